"""The frozen program works, not only the source tree: build the one-folder
bundle from a clean clone and run it with no Python environment around it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""


def _clean_env(data: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DEMILGE")) and k != "PATH"}
    env["PATH"] = "/usr/bin:/bin" if os.name != "nt" else os.environ.get("SystemRoot", "C:\\Windows")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DEMILGE_DATA_DIR"] = str(data)
    return env


@pytest.mark.slow
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git repository to clone")
def test_bundle_from_a_clean_clone_runs_demo_check_and_a_report(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--depth", "1", f"file://{ROOT}", str(clone)], check=True)
    subprocess.run([sys.executable, "installer/build.py"], cwd=clone, check=True)
    bundle = clone / "dist" / "demilge"
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle size: {size / 1024 / 1024:.0f} MB")

    internal = bundle / "_internal"
    # everything the program reads at run time is inside, where app/paths.py looks (app/db, app/resources)
    packaged = internal / "app"
    assert (packaged / "resources" / "fonts" / "NotoSans-Regular.ttf").exists()
    for lang in ("ky", "ru", "en"):
        assert (packaged / "resources" / "translations" / f"demilge_{lang}.qm").exists()
    assert not list(packaged.rglob("*.ts")) and not (packaged / "resources" / "screenshots").exists()
    assert (packaged / "db" / "env.py").exists()
    assert sorted(p.name for p in (packaged / "db" / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    qt = internal / "PySide6"
    assert list(qt.glob("QtPdf*")), "QtPdf is missing"
    assert list(qt.rglob("*Qt6Pdf*")), "the Qt PDF library is missing"
    assert list(qt.rglob("plugins/printsupport")) or os.name == "nt" or list(qt.rglob("*PrintSupport*"))
    assert not list(qt.rglob("*WebEngine*")), "WebEngine must not be bundled"

    cli = bundle / f"demilge-cli{EXE}"
    data = tmp_path / "data"
    env = _clean_env(data)
    run = lambda *args: subprocess.run([str(cli), *args], env=env, capture_output=True, text=True,  # noqa: E731
                                       cwd=tmp_path, timeout=300)
    version = run("--version")
    assert version.returncode == 0 and "demilge" in version.stdout
    db = tmp_path / "frozen-demo.sqlite3"
    r = run("demo", "--db", str(db))
    assert r.returncode == 0, r.stderr
    r = run("check", "--db", str(db))
    assert r.returncode == 0, r.stderr
    r = run("competitions", "--db", str(db))
    competition = next(line.split("\t")[0] for line in r.stdout.splitlines() if "2021" in line)
    out = tmp_path / "register.pdf"
    r = run("report", "register", "--competition", competition, "--lang", "ky", "--format", "pdf",
            "--out", str(out), "--db", str(db))
    assert r.returncode == 0, r.stderr
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "ЖД-2021/001" in text and "Кожонова Анаргүл" in text
    shutil.rmtree(clone / "build", ignore_errors=True)
