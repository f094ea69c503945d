"""The layering of DESIGN.md, checked by import-linter (contracts in pyproject.toml)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports() -> str:
    scripts = Path(sys.executable).parent
    return str(scripts / ("lint-imports.exe" if os.name == "nt" else "lint-imports"))


def test_import_contracts_hold_and_catch_qt_in_services():
    """The contracts hold; and they are real: a service importing PySide6
    breaks them. One test, in this order: the probe file written into the
    source tree must never be seen by a clean check running in another
    worker at the same moment."""
    proc = subprocess.run([_lint_imports()], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" in proc.stdout and "0 broken" in proc.stdout

    bad = ROOT / "app" / "services" / "_qt_leak_probe.py"
    bad.write_text("import PySide6.QtCore  # deliberately wrong\n", encoding="utf-8")
    try:
        proc = subprocess.run([_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    finally:
        bad.unlink()
    assert proc.returncode != 0
    assert "Qt only in app.ui" in proc.stdout
