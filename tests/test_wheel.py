"""A normal (non-editable) install works: build the wheel from this tree,
install it into a fresh virtual environment and run the program from another
folder, far from the repository's db/ and resources/.

Offline and quick: the wheel is built with --no-build-isolation (the bootstrap
puts the build requirements in .venv) and the fresh venv borrows the already
installed dependencies (PySide6, SQLAlchemy...) through a .pth line instead of
downloading them; the wheel itself is installed with --no-index."""
from __future__ import annotations

import importlib.util
import os
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

import app

ROOT = Path(__file__).resolve().parent.parent


def _copy_tree(dest: Path) -> None:
    """The files of this checkout (tracked and new, not ignored ones: no .venv, build/, dist/)."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                                capture_output=True).stdout.decode("utf-8").split("\0")
        for name in filter(None, listed):
            src = ROOT / name
            if src.is_file():
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest / name)
    else:
        shutil.copytree(ROOT, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns(
            ".venv", "build", "dist", "__pycache__", "*.egg-info", ".git"))


def _python(venv_dir: Path) -> Path:
    return venv_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _script(venv_dir: Path, name: str) -> Path:
    return venv_dir / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


@pytest.mark.slow
def test_the_wheel_installed_elsewhere_runs_demo_check_and_a_report(tmp_path):
    src = tmp_path / "src"
    _copy_tree(src)
    wheels = tmp_path / "wheels"
    offline = importlib.util.find_spec("setuptools") is not None and importlib.util.find_spec("wheel") is not None
    build = [sys.executable, "-m", "pip", "wheel", "--disable-pip-version-check", "-q", "--no-deps", "-w", str(wheels)]
    if offline:
        build += ["--no-build-isolation", "--no-index"]
    subprocess.run([*build, str(src)], check=True, cwd=tmp_path)
    wheel = next(wheels.glob("demilge-*.whl"))
    assert wheel.name.startswith(f"demilge-{app.__version__}-")      # the one version, from app/__init__.py

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = _python(env_dir)
    purelib = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  check=True, capture_output=True, text=True).stdout.strip())
    # borrow the dependencies already installed here (appended after the venv's own site-packages)
    (purelib / "borrowed-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", "--no-deps", "--no-index",
                    "--ignore-installed", str(wheel)], check=True, cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DEMILGE"))}
    env.update(DEMILGE_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess:
        r = subprocess.run([str(_script(env_dir, "demilge")), *args], env=env, cwd=elsewhere, capture_output=True,
                           text=True, encoding="utf-8", timeout=300)
        assert r.returncode == 0, r.stderr
        return r

    where = subprocess.run([str(py), "-c", (
        "import importlib.metadata as m, app, app.paths as p; "
        "print(app.__file__); print(p.migrations_dir()); print(p.fonts_dir()); print(p.translations_dir()); "
        "print(m.version('demilge'))")], env=env, cwd=elsewhere, check=True, capture_output=True,
        text=True).stdout.splitlines()
    package = purelib / "app"
    assert Path(where[0]).parent == package, "the program must come from the wheel, not the repository"
    assert Path(where[1]) == package / "db" and (package / "db" / "env.py").exists()
    assert sorted(p.name for p in (package / "db" / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    assert Path(where[2]) == package / "resources" / "fonts" and (package / "resources/fonts/NotoSans-Regular.ttf").exists()
    assert sorted(p.name for p in Path(where[3]).glob("*.qm")) == sorted(
        p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))
    assert not list(package.rglob("*.ts")) and not (package / "resources" / "screenshots").exists()
    assert where[4] == app.__version__

    assert run("--version").stdout.strip() == f"demilge {app.__version__}"
    db = tmp_path / "wheel-demo.sqlite3"
    run("demo", "--db", str(db))
    run("check", "--db", str(db))
    competitions = run("competitions", "--db", str(db)).stdout
    competition = next(line.split("\t")[0] for line in competitions.splitlines() if "2021" in line)
    out = tmp_path / "register.pdf"
    run("report", "register", "--competition", competition, "--lang", "ky", "--format", "pdf", "--out", str(out),
        "--db", str(db))
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "ЖД-2021/001" in text and "Кожонова Анаргүл" in text
    assert not any(elsewhere.iterdir())
