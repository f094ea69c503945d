"""installer/bootstrap.py: a second start runs no pip, and a missing system
library Qt needs is named in one line with the apt-get command."""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bootstrap", ROOT / "installer" / "bootstrap.py")
bootstrap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bootstrap)

linux_with_gcc = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("gcc")
                                    or not shutil.which("ldd"), reason="needs Linux with gcc and ldd")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A checkout with its own pyproject.toml and a venv whose python exists; pip calls recorded."""
    root = tmp_path / "checkout"
    root.mkdir()
    (root / "pyproject.toml").write_text('[build-system]\nrequires = ["setuptools>=68", "wheel"]\n', encoding="utf-8")
    (root / "setup.py").write_text("from setuptools import setup\nsetup()\n", encoding="utf-8")
    venv_dir = root / ".venv"
    py = bootstrap.venv_python(venv_dir)
    py.parent.mkdir(parents=True)
    py.write_text("", encoding="utf-8")
    calls: list[tuple] = []
    monkeypatch.setattr(bootstrap, "ROOT", root)
    monkeypatch.setattr(bootstrap, "VENV", venv_dir)
    monkeypatch.setattr(bootstrap, "sh", lambda *args, env=None: calls.append(tuple(map(str, args))))
    return root, calls


def test_pip_runs_only_when_packaging_or_the_extra_changed(project):
    root, calls = project
    bootstrap.ensure_venv("test")
    assert any("-e" in c and ".[test]" in c for c in calls)
    assert any("setuptools>=68" in c for c in calls)         # the build requirements, for offline builds
    calls.clear()

    bootstrap.ensure_venv("test")                              # second start: nothing
    bootstrap.ensure_venv(None)                                # `run` after `test`: the test extra has it all
    assert calls == []

    (root / "pyproject.toml").write_text((root / "pyproject.toml").read_text() + "# a new dependency\n")
    bootstrap.ensure_venv(None)
    assert any("-e" in c and "." in c for c in calls)
    calls.clear()
    bootstrap.ensure_venv("test")                              # the changed file needs the test extra again
    assert any(".[test]" in c for c in calls)
    calls.clear()
    (root / "setup.py").write_text("from setuptools import setup\nsetup()  # changed\n")
    bootstrap.ensure_venv("test")
    assert calls


def test_a_deleted_venv_is_reinstalled(project, monkeypatch):
    root, calls = project
    bootstrap.ensure_venv(None)
    calls.clear()
    bootstrap.venv_python(root / ".venv").unlink()
    monkeypatch.setattr(bootstrap.venv, "EnvBuilder", lambda **kw: type("B", (), {"create": lambda self, d: None})())
    bootstrap.ensure_venv(None)
    assert calls


def _shared_object(path: Path, needs: list[str], build: Path) -> None:
    """A tiny shared library that needs `needs` (stubs linked, then deleted)."""
    build.mkdir(exist_ok=True)
    src = build / "empty.c"
    src.write_text("int demilge_probe(void) { return 0; }\n", encoding="utf-8")
    for soname in needs:
        subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(build / soname), f"-Wl,-soname,{soname}", str(src)],
                       check=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(path), str(src), f"-L{build}", "-Wl,--no-as-needed",
                    *[f"-l:{s}" for s in needs]], check=True)
    for soname in needs:
        (build / soname).unlink()


def test_the_hint_names_debian_packages_for_qts_libraries():
    assert bootstrap.install_hint(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]) == (
        "Qt needs system libraries that are missing (libxcb-cursor.so.0, libxcb-icccm.so.4, "
        "libxkbcommon-x11.so.0). Install them with: sudo apt-get install libxcb-cursor0 libxcb-icccm4 "
        "libxkbcommon-x11-0")
    assert bootstrap.install_hint(["libweird.so.3"]).endswith("Install the packages of your system that provide them.")


@linux_with_gcc
def test_a_missing_library_of_the_xcb_plugin_is_found_and_run_stops_with_one_line(tmp_path, monkeypatch, capsys):
    # libraries no system has, standing for libxcb-cursor0 and friends on a fresh desktop
    monkeypatch.setitem(bootstrap.DEBIAN_PACKAGES, "libdemilge-xcb-a.so.0", "libdemilge-xcb-a0")
    monkeypatch.setitem(bootstrap.DEBIAN_PACKAGES, "libdemilge-xcb-b.so.1", "libdemilge-xcb-b1")
    venv_dir = tmp_path / "venv"
    pyside = venv_dir / "lib" / "python3.11" / "site-packages" / "PySide6"
    _shared_object(pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so",
                   ["libdemilge-xcb-a.so.0", "libdemilge-xcb-b.so.1", "libweird.so.3"], tmp_path / "build")
    _shared_object(pyside / "QtWidgets.abi3.so", [], tmp_path / "build")

    line = bootstrap.system_library_problem(venv_dir, env={"DISPLAY": ":0"})
    assert line == ("Qt needs system libraries that are missing (libdemilge-xcb-a.so.0, libdemilge-xcb-b.so.1, "
                    "libweird.so.3). Install them with: sudo apt-get install libdemilge-xcb-a0 libdemilge-xcb-b1 "
                    "(and the package that has libweird.so.3)")
    # the offscreen plugin is not there, so nothing it needs is missing
    assert bootstrap.system_library_problem(venv_dir, env={"QT_QPA_PLATFORM": "offscreen"}) is None

    # `bootstrap.py run` stops there with that one line, before starting anything
    monkeypatch.setattr(bootstrap, "VENV", venv_dir)
    monkeypatch.setattr(bootstrap, "ensure_venv", lambda extra: bootstrap.venv_python(venv_dir))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert bootstrap.run_program([]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [line]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_no_screen_is_said_plainly_and_the_real_qt_has_what_offscreen_needs():
    assert "DISPLAY" in bootstrap.system_library_problem(env={})
    assert bootstrap.system_library_problem(env={"QT_QPA_PLATFORM": "offscreen"}) is None


def test_windows_hint_names_the_runtime_to_install():
    hint = bootstrap.windows_qt_hint("Traceback...\nImportError: DLL load failed while importing QtCore")
    assert hint.startswith("Qt could not load (ImportError: DLL load failed while importing QtCore).")
    assert bootstrap.VC_REDIST in hint and "\n" not in hint


@pytest.mark.skipif(not bootstrap.up_to_date(None), reason=".venv was not installed by installer/bootstrap.py")
def test_a_second_start_runs_no_pip_and_opens_at_once(tmp_path, demo_template):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_template, data / "demo.sqlite3")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(DEMILGE_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    r = subprocess.run([sys.executable, str(ROOT / "installer" / "bootstrap.py"), "run", "--version"],
                       env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    took = time.monotonic() - started
    assert r.returncode == 0, r.stderr
    assert "pip" not in r.stdout + r.stderr and "+ " not in r.stdout
    assert r.stdout.strip().startswith("demilge ")
    print(f"\nsecond start of bootstrap.py run (to --version): {took:.1f} s")


@linux_with_gcc
def test_a_missing_printing_library_is_said_but_does_not_stop_the_start(tmp_path, monkeypatch):
    monkeypatch.setitem(bootstrap.DEBIAN_PACKAGES, "libdemilge-cups.so.2", "libdemilge-cups2")
    venv_dir = tmp_path / "venv"
    pyside = venv_dir / "lib" / "python3.11" / "site-packages" / "PySide6"
    _shared_object(pyside / "Qt" / "plugins" / "printsupport" / "libcupsprintersupport.so",
                   ["libdemilge-cups.so.2"], tmp_path / "build")
    _shared_object(pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so", [], tmp_path / "build")
    assert bootstrap.system_library_problem(venv_dir, env={"DISPLAY": ":0"}) is None
    assert bootstrap.printing_hint(venv_dir) == (
        "Printing (not the program's start) needs system libraries that are missing (libdemilge-cups.so.2). "
        "Install them with: sudo apt-get install libdemilge-cups2")
