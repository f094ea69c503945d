#!/usr/bin/env python3
"""Build the one-folder bundle of Demilge under dist/demilge/.

    python installer/build.py

Works on Windows and Linux with the Python that runs it (installs PyInstaller
into that environment if it is missing). On Windows, then build the installer:

    ISCC installer\\demilge.iss
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "demilge"


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6,<7"], check=True)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> int:
    ensure_pyinstaller()
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
           str(ROOT / "installer" / "demilge.spec")]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    size = folder_size(BUNDLE)
    print(f"bundle: {BUNDLE}  size: {size / 1024 / 1024:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
