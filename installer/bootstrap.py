#!/usr/bin/env python3
"""Set up Demilge on a fresh machine with Python 3.11+ and run it or its tests.

    python installer/bootstrap.py run     # install, build the demo database, open the program
    python installer/bootstrap.py test    # install with test tools, run all the tests

Works the same on Windows and Linux. Everything goes into a virtual
environment `.venv` next to this repository's pyproject.toml; nothing is
installed system-wide. Extra arguments after `test` go to pytest.
"""
from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def sh(*args: str | Path, env: dict | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env=env)


def ensure_venv(extra: str | None) -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"Demilge needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = venv_python()
    if not py.exists():
        print(f"Creating a virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    target = f".[{extra}]" if extra else "."
    sh(py, "-m", "pip", "install", "--disable-pip-version-check", "-q", "--upgrade", "pip")
    sh(py, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target)
    return py


def run_program(extra_args: list[str]) -> int:
    py = ensure_venv(None)
    code = (
        "from app import paths; print(paths.data_dir() / 'demo.sqlite3')"
    )
    demo = Path(subprocess.run([str(py), "-c", code], check=True, cwd=ROOT,
                               capture_output=True, text=True).stdout.strip())
    if not demo.exists():
        sh(py, "-m", "app", "demo", "--db", demo)
    return subprocess.call([str(py), "-m", "app", "--db", str(demo), *extra_args], cwd=ROOT)


def run_tests(extra_args: list[str]) -> int:
    py = ensure_venv("test")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PYTHONUTF8", "1")
    lint = subprocess.call([str(_lint_imports(py))], cwd=ROOT, env=env)
    if lint != 0:
        print("The layer contracts (import-linter) failed.", flush=True)
        return lint
    return subprocess.call([str(py), "-m", "pytest", *extra_args], cwd=ROOT, env=env)


def _lint_imports(py: Path) -> Path:
    scripts = py.parent
    exe = scripts / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    return exe


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    if argv[0] == "run":
        return run_program(argv[1:])
    return run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
