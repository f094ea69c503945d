"""Windows, checked as far as Linux allows (installer/windows_check.py):
every dependency resolves as a win_amd64 wheel for Python 3.11, and
installer/demilge.iss compiles with Inno Setup (npm's innosetup, under wine)
over a bundle-shaped folder. .ci/run installs wine and caches both."""
from __future__ import annotations

import importlib.util
import os
import shutil
import zipfile
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("windows_check", ROOT / "installer" / "windows_check.py")
windows_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(windows_check)


def _wheel(folder: Path, name: str, version: str, requires: list[str], tag: str = "py3-none-any") -> None:
    dist = f"{name}-{version}"
    with zipfile.ZipFile(folder / f"{dist}-{tag}.whl", "w") as zf:
        meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
            f"Requires-Dist: {r}\n" for r in requires)
        zf.writestr(f"{dist}.dist-info/METADATA", meta)


def test_requirements_only_windows_needs_are_found_with_windows_markers(tmp_path):
    # pip download evaluates markers for Linux: a win32-only requirement is missed; the check finds it
    _wheel(tmp_path, "builder", "6.0", ['pefile>=2022; sys_platform == "win32"', 'macholib; sys_platform == "darwin"',
                                        "packaging", 'extra-thing; extra == "docs"'])
    _wheel(tmp_path, "packaging", "26.0", [])
    assert windows_check.unmet_windows_requirements(tmp_path, ["builder>=6"]) == ["pefile>=2022"]
    _wheel(tmp_path, "pefile", "2024.8.26", [])
    assert windows_check.unmet_windows_requirements(tmp_path, ["builder>=6"]) == []
    assert windows_check.unmet_windows_requirements(tmp_path, ["builder>=7"]) == ["builder>=7"]
    assert windows_check.unmet_windows_requirements(tmp_path, ["builder[docs]"]) == ["extra-thing"]


def test_a_cache_holding_several_versions_meets_a_pin_and_follows_the_fitting_wheel(tmp_path):
    # the wheel cache outlives a pin: 6.12 and 6.11 of the same package lie side by side
    _wheel(tmp_path, "gui", "6.12.0", ["core==6.12.0"])
    _wheel(tmp_path, "gui", "6.11.3", ["core==6.11.3"])
    _wheel(tmp_path, "core", "6.11.3", [])
    assert windows_check.unmet_windows_requirements(tmp_path, ["gui>=6.6,<6.12"]) == []
    assert windows_check.unmet_windows_requirements(tmp_path, ["gui>=6.6"]) == ["core==6.12.0"]


@pytest.mark.slow
def test_every_dependency_resolves_as_a_win_amd64_wheel_for_python_311():
    wheels = windows_check.check_wheels()
    names = {w.name.split("-")[0].lower() for w in wheels}
    for needed in ("pyside6_essentials", "shiboken6", "sqlalchemy", "alembic", "reportlab", "openpyxl",
                   "platformdirs", "cryptography", "cffi", "pyinstaller", "pefile", "pywin32_ctypes"):
        assert needed in names, f"{needed} missing from the Windows wheels"
    for wheel in wheels:
        tags = wheel.name[:-4].split("-")[-3:]
        assert tags[2] in ("win_amd64", "any"), wheel.name
        assert tags[1] in ("none", "abi3", "cp311"), wheel.name
    print(f"\n{len(wheels)} Windows wheels, {sum(w.stat().st_size for w in wheels) / 2**20:.0f} MB (cached)")


def _iscc_or_skip():
    if os.name != "nt" and windows_check.find_wine() is None:
        pytest.skip("wine is not installed: dpkg --add-architecture i386; apt-get install wine wine32 "
                    "(.ci/run installs it)")
    iscc = windows_check.find_iscc()
    if iscc is None:
        pytest.skip("Inno Setup's compiler is not available: the npm package innosetup could not be installed "
                    "(npm missing or the registry unreachable)")
    return iscc


@pytest.mark.slow
def test_the_inno_setup_script_compiles_over_a_bundle_shaped_folder(tmp_path):
    iscc = _iscc_or_skip()
    bundle = windows_check.fake_bundle(tmp_path / "dist")
    setup = windows_check.compile_installer(ROOT / "installer" / "demilge.iss", bundle, tmp_path / "out", iscc)
    assert setup.name == f"Demilge-Setup-{app.__version__}.exe"     # the version read from app/__init__.py
    assert setup.read_bytes()[:2] == b"MZ" and setup.stat().st_size > 500_000

    # the one version: another __init__.py beside a copy of the script gives another installer name
    copy = tmp_path / "copy"
    (copy / "installer").mkdir(parents=True)
    (copy / "app").mkdir()
    for name in ("demilge.iss", "Kyrgyz.isl"):
        shutil.copy(ROOT / "installer" / name, copy / "installer" / name)
    (copy / "app" / "__init__.py").write_text(
        (ROOT / "app" / "__init__.py").read_text(encoding="utf-8").replace(app.__version__, "9.8.7"), encoding="utf-8")
    other = windows_check.compile_installer(copy / "installer" / "demilge.iss", bundle, tmp_path / "out2", iscc)
    assert other.name == "Demilge-Setup-9.8.7.exe"

    # a broken script is caught, with the compiler's message
    broken = copy / "installer" / "demilge.iss"
    broken.write_text(broken.read_text(encoding="utf-8").replace("ArchitecturesAllowed=x64compatible",
                                                                 "ArchitecturesAllowed=x64compatibel"),
                      encoding="utf-8")
    with pytest.raises(windows_check.CheckFailed, match="ArchitecturesAllowed|x64compatibel"):
        windows_check.compile_installer(broken, bundle, tmp_path / "out3", iscc)


def test_the_script_refuses_with_a_reason_when_iscc_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("ISCC", str(tmp_path / "nowhere" / "ISCC.exe"))
    monkeypatch.setattr(windows_check, "find_wine", lambda: None)
    if os.name == "nt":
        pytest.skip("wine is not needed on Windows")
    with pytest.raises(windows_check.CheckFailed, match="wine not found"):
        windows_check.compile_installer(ROOT / "installer" / "demilge.iss", tmp_path, tmp_path / "out")
