"""Pictures of the program for people to look at (not a test: nothing here
passes or fails on what a picture holds).

    python tests/screenshots.py [OUT] [--with-tests]

makes, in OUT (default /tmp/demilge-screenshots), on a fresh demo database:
every area of the main window, the competition, application and eligibility
dialogs and the first-run dialog, in Kyrgyz and Russian; and the first page of
every PDF report at 60 dpi (when pdftoppm is installed). With --with-tests it
also runs the GUI tests with DEMILGE_SCREENSHOT_DIR=OUT, so the screens those
tests reach (refusals, warnings, a closed protocol...) are saved too
(tests/ui/shots.py). Look at them in both languages: text fits, ң ө ү render,
nothing overlaps.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _grab(widget, out: Path, name: str, made: list[Path]) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    made.append(path)


def _windows(db, out: Path, made: list[Path]) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services.listing import id_listing
    from app.ui.areas import AREAS
    from app.ui.first_run import FirstRunDialog
    from app.ui.language import LanguageSwitcher
    from app.ui.main import configure_application
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    switcher = LanguageSwitcher(app)
    competition = next(r[0] for r in id_listing(db, "competitions") if "2021" in r[1])
    for lang in ("ky", "ru"):
        switcher.apply(lang)
        window = MainWindow(db, switcher)
        window.resize(1280, 800)
        window.show()
        for i, (name, _title) in enumerate(AREAS, start=1):
            window.show_area(name)
            _grab(window, out, f"{lang}_{i}_{name}", made)
            if name == "commission":
                window.page("commission").tabs.setCurrentIndex(1)
                _grab(window, out, f"{lang}_{i}_{name}_meetings", made)
                window.page("commission").tabs.setCurrentIndex(0)
        window.show_area("competitions")
        page = window.page("competitions")
        page.select_id(competition)
        dialog = page.open_current()
        for t in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(t)
            _grab(dialog, out, f"{lang}_competition_tab{t + 1}", made)
        dialog.close()
        window.show_area("applications")
        apps = window.page("applications")
        apps.table.selectRow(0)
        dialog = apps.open_current()
        for t in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(t)
            _grab(dialog, out, f"{lang}_application_tab{t + 1}", made)
        dialog.close()
        dialog = apps.check_eligibility()
        if dialog is not None:
            _grab(dialog, out, f"{lang}_eligibility", made)
            dialog.close()
        first = FirstRunDialog(switcher, allow_demo=True)
        first.show()
        _grab(first, out, f"{lang}_first_run", made)
        first.close()
        window.close()
    switcher.remove()


def _reports(db, out: Path, made: list[Path]) -> None:
    from app.services import reporting
    from app.services.listing import id_listing

    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (apt-get install poppler-utils): no report pictures")
        return
    picks = {}
    for need, kind in (("competition", "competitions"), ("meeting", "meetings"), ("project", "projects"),
                       ("program", "programs")):
        rows = id_listing(db, kind)
        picks[need] = next((r for r in rows if "2021" in r[1] or "Жомокко" in r[1]), rows[0])[0]
    for spec in reporting.list_reports():
        if "pdf" not in spec.formats:
            continue
        for lang in ("ky", "ru"):
            extra = {}
            if "period" in spec.needs:
                extra = dict(date_from=date(2018, 1, 1), date_to=date(2023, 12, 31))
            if "half" in spec.needs:
                extra["half"] = "2023H1"
            params = reporting.ReportParams(lang=lang, **{k: v for k, v in picks.items() if k in spec.needs},
                                            **extra)
            pdf = out / f"report-{spec.name}-{lang}.pdf"
            reporting.build_report(db, spec.name, params, "pdf", pdf)
            stem = out / f"report-{spec.name}-{lang}"
            subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf), str(stem)],
                           check=True)
            pdf.unlink()
            made.append(stem.with_suffix(".png"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default=str(Path(tempfile.gettempdir()) / "demilge-screenshots"))
    parser.add_argument("--with-tests", action="store_true", help="also save the screens the GUI tests reach")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="demilge-shots-"))
    os.environ["DEMILGE_DATA_DIR"] = str(scratch / "userdata")      # never the user's own data or settings
    from app.services import demo
    from app.store.db import open_database

    db = open_database(scratch / "demo.sqlite3")
    made: list[Path] = []
    try:
        demo.build_demo(db)
        _windows(db, out, made)
        _reports(db, out, made)
    finally:
        db.close()
        shutil.rmtree(scratch, ignore_errors=True)
    if args.with_tests:
        env = dict(os.environ, DEMILGE_SCREENSHOT_DIR=str(out))
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/ui"], cwd=ROOT,
                       env=env)
    pictures = sorted(out.glob("*.png"))
    print(f"{len(pictures)} pictures in {out} ({len(made)} from the tour"
          f"{', the rest from the GUI tests' if args.with_tests else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
