"""One measurement in a fresh interpreter (started by bench/run.py); prints
one JSON line. Timing runs never start tracemalloc; memory runs do.

    python bench/_child.py start-bare
    python bench/_child.py start-app DB
    python bench/_child.py lists DB [--memory]
    python bench/_child.py report DB YEAR [--memory]
    python bench/_child.py report-cells DB YEAR CELLS
    python bench/_child.py report-raw CELLS [--memory]
"""
from __future__ import annotations

import json
import os
import sys
import time

T0 = time.perf_counter()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def say(**values) -> None:
    print(json.dumps(values), flush=True)


class _PaintWatch:
    """Reports the first paint of a main window, then (for the program) the
    first list with rows, then quits."""

    def __init__(self, app, want_list: bool):
        from PySide6.QtCore import QObject, QEvent, QTimer

        self.app = app
        self.want_list = want_list
        self.painted = None
        watch = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if watch.painted is None and event.type() == QEvent.Type.Paint and obj.isWidgetType() \
                        and obj.window().inherits("QMainWindow"):
                    watch.painted = time.perf_counter() - T0
                    if not watch.want_list:
                        QTimer.singleShot(0, watch.done)
                return False

        self.filter = Filter()
        app.installEventFilter(self.filter)
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.poll)
        if want_list:
            self.timer.start()

    def poll(self):
        if self.painted is None:
            return
        from PySide6.QtWidgets import QApplication, QTableView

        for w in QApplication.topLevelWidgets():
            if not w.inherits("QMainWindow") or not w.isVisible():
                continue
            for view in w.findChildren(QTableView):
                if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                    self.filled = time.perf_counter() - T0
                    self.done()
                    return

    def done(self):
        self.timer.stop()
        say(paint=self.painted, filled=getattr(self, "filled", None))
        os._exit(0)     # no clean-up in the measurement (a backup thread may still run)


def start_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    _PaintWatch(app, want_list=False)
    w = QMainWindow()
    w.setCentralWidget(QLabel("Demilge"))
    w.statusBar().showMessage("ready")
    w.resize(1200, 760)
    w.show()
    app.exec()


def start_app(db_path: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _PaintWatch(app, want_list=True)
    from app.ui import main as ui_main

    ui_main.ask_login = lambda db: True     # the person typing a password is not the program's time
    ui_main.warn_if_not_local = lambda db: None
    ui_main.run_gui(db_path, "ky")


def _open(db_path: str):
    from app.store.db import open_database

    return open_database(db_path, lock=False, migrate=False)


def lists(db_path: str, memory: bool) -> None:
    """Each list's first page (ListPage.load: its first page, count and for
    the register its filters and totals), and each data area as a whole
    (areas: ...) for the record."""
    import tracemalloc

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from app.ui.areas import make_area_page
    from app.ui.table import ListPage

    db = _open(db_path)
    out, areas = {}, {}

    def measure(fn):
        if memory:
            tracemalloc.start()
        t = time.perf_counter()
        fn()
        app.processEvents()
        elapsed = time.perf_counter() - t
        if memory:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            return peak
        return elapsed

    for name in ("competitions", "applications", "commission", "projects", "events", "program", "figures"):
        page = make_area_page(name)
        page.resize(1200, 700)
        page.show()
        lists = [page] if isinstance(page, ListPage) else list(page.lists()) if hasattr(page, "lists") else []
        for i, lst in enumerate(lists):
            out[name if i == 0 else f"{name}{i}"] = measure(lambda: lst.load(db))
        areas[name] = measure(lambda: page.load(db))
        page.hide()
    say(**out, areas=areas)


def _report(db, year: int, out_path: str):
    from datetime import date

    from app.services import reporting

    params = reporting.ReportParams(lang="ru", date_from=date(year, 1, 1), date_to=date(year, 12, 31))
    reporting.build_report(db, "council-summary", params, "pdf", __import__("pathlib").Path(out_path))


def _open_as_the_program_has_it(db_path: str):
    """The database open and the models configured, as they are in the
    program by the time a person asks for a report (the first list did it):
    opening the database is the program's start, not the report's work."""
    from sqlalchemy.orm import configure_mappers

    db = _open(db_path)
    configure_mappers()
    return db


def report(db_path: str, year: int, memory: bool) -> None:
    import tempfile
    import tracemalloc

    from app.services import reporting

    reporting.list_reports()     # the report modules imported, as in the program
    db = _open_as_the_program_has_it(db_path)
    out = tempfile.mktemp(suffix=".pdf")
    if memory:
        tracemalloc.start()
    t = time.perf_counter()
    _report(db, year, out)
    elapsed = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1] if memory else None
    pages = _pages(out)
    os.unlink(out)
    say(time=elapsed, peak=peak, pages=pages)


def _pages(path: str) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def report_cells(db_path: str, year: int, cells_path: str) -> None:
    """The cells of every table of the summary, as the plain strings shown."""
    import pickle
    import tempfile

    from app.reports import _layout as L

    tables = []
    real = L.grid_table

    def capture(header, rows, widths, *args, **kwargs):
        tables.append(([str(h) for h in header], [[str(c) for c in r] for r in rows], list(widths)))
        return real(header, rows, widths, *args, **kwargs)

    L.grid_table = capture
    out = tempfile.mktemp(suffix=".pdf")
    _report(_open(db_path), year, out)
    os.unlink(out)
    with open(cells_path, "wb") as f:
        pickle.dump(tables, f)
    say(tables=len(tables), rows=sum(len(t[1]) for t in tables))


def report_raw(cells_path: str, memory: bool) -> None:
    """The baseline: one reportlab Table per table, every cell a plain string."""
    import pickle
    import tempfile
    import tracemalloc

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from app.reports import _layout as L

    L.register_fonts()
    with open(cells_path, "rb") as f:
        tables = pickle.load(f)
    out = tempfile.mktemp(suffix=".pdf")
    if memory:
        tracemalloc.start()
    t = time.perf_counter()
    font = L.styles()["body"].fontName
    story = []
    for header, rows, widths in tables:
        table = Table([header] + rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 8), ("GRID", (0, 0), (-1, -1), 0.4, "grey")]))
        story.append(table)
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm).build(story)
    elapsed = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1] if memory else None
    pages = _pages(out)
    os.unlink(out)
    say(time=elapsed, peak=peak, pages=pages)


def main(argv: list[str]) -> None:
    memory = "--memory" in argv
    args = [a for a in argv if a != "--memory"]
    mode = args[0]
    if mode == "start-bare":
        start_bare()
    elif mode == "start-app":
        start_app(args[1])
    elif mode == "lists":
        lists(args[1], memory)
    elif mode == "report":
        report(args[1], int(args[2]), memory)
    elif mode == "report-cells":
        report_cells(args[1], int(args[2]), args[3])
    elif mode == "report-raw":
        report_raw(args[1], memory)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
