"""Update the GUI translations and compile them.

    python installer/build_translations.py            # lupdate, then lrelease
    python installer/build_translations.py --release  # lrelease only
    python installer/build_translations.py --check    # also fail if anything is untranslated

1. pyside6-lupdate reads every `self.tr("...")`, `QCoreApplication.translate(...)`
   and `QT_TRANSLATE_NOOP(...)` in app/ui and merges the texts into
   resources/translations/demilge_{ky,ru,en}.ts (no source locations, so the
   files change only when texts change; texts gone from the code are dropped).
2. English is the source language: its .ts gets every text as its own
   translation, marked finished.
3. pyside6-lrelease compiles each .ts into the .qm the program loads.

Kyrgyz and Russian are translated by people (Qt Linguist, or by editing the
.ts); a new text stays type="unfinished" until then, and the tests say so.
The tools are found in the PySide6 package (lupdate.exe on Windows) or next to
the Python interpreter, so this works in a virtualenv on Windows and Linux.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "app" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ky", "ru", "en")
SOURCE_LANGUAGE = "en"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"demilge_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"demilge_{lang}.qm"


def find_tool(name: str) -> Path:
    """lupdate / lrelease from the PySide6 wheel, else pyside6-<name> beside Python."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = []
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / f"{name}{exe}", package / "Qt" / "libexec" / f"{name}{exe}",
                       package / "Qt" / "bin" / f"{name}{exe}"]
    except ImportError:
        pass
    scripts = Path(sys.executable).parent
    candidates += [scripts / f"pyside6-{name}{exe}", scripts / "Scripts" / f"pyside6-{name}{exe}"]
    for path in candidates:
        if path.is_file():
            return path
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise SystemExit(f"{name} not found: install PySide6 in this Python ({sys.executable})")


def sources() -> list[Path]:
    return sorted(SOURCE_DIR.rglob("*.py"))


def run(cmd: list, cwd: Path = ROOT) -> None:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"failed: {Path(str(cmd[0])).name} (exit {proc.returncode})")


# Qt's own words (standard buttons, line-edit menus) in languages Qt has no
# catalogue for: our hand-written qtbase_<lang>.ts (lupdate never touches it).
QT_OWN_LANGUAGES = ("ky",)


def qt_own_ts(lang: str) -> Path:
    return TS_DIR / f"qtbase_{lang}.ts"


def qt_own_qm(lang: str) -> Path:
    return TS_DIR / f"qtbase_{lang}.qm"


def lupdate(ts_files: list[Path]) -> None:
    rel = [p.relative_to(ROOT) for p in sources()]
    run([find_tool("lupdate"), *rel, "-locations", "none", "-no-obsolete", "-silent",
         "-ts", *[p.relative_to(ROOT) for p in ts_files]])


def lrelease(ts: Path, qm: Path) -> None:
    run([find_tool("lrelease"), "-silent", ts, "-qm", qm])


def fill_source_language(ts: Path) -> int:
    """Give every unfinished message of the source-language file its own text."""
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
            filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                out.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    parser.add_argument("--check", action="store_true", help="exit 1 if a text is untranslated")
    args = parser.parse_args(argv)

    TS_DIR.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(lang) for lang in LANGUAGES]
    if not args.release:
        lupdate(ts_files)
        if fill_source_language(ts_path(SOURCE_LANGUAGE)):
            lupdate([ts_path(SOURCE_LANGUAGE)])   # back into lupdate's own layout
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
    for lang in QT_OWN_LANGUAGES:
        lrelease(qt_own_ts(lang), qt_own_qm(lang))
    missing = {lang: unfinished(ts_path(lang)) for lang in LANGUAGES}
    for lang, texts in missing.items():
        for text in texts:
            print(f"untranslated [{lang}] {text}")
    print(f"translations: {', '.join(f'{lang} {len(t)} untranslated' for lang, t in missing.items())}")
    return 1 if args.check and any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
