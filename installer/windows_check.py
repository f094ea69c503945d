#!/usr/bin/env python3
"""Check the Windows build from a Linux machine, as far as one allows.

    python installer/windows_check.py wheels      # every dependency as a win_amd64 wheel for Python 3.11
    python installer/windows_check.py installer   # compile installer/demilge.iss with Inno Setup
    python installer/windows_check.py             # both

`wheels` downloads (into a cache folder, reused next time) the program's
dependencies and the build tools (PyInstaller) as binary wheels for 64-bit
Windows and Python 3.11, the way an office PC gets them, with
`pip download --platform win_amd64 --only-binary=:all: --python-version 3.11`.
pip evaluates environment markers for the machine it runs on, so the script
then reads each wheel's requirements with Windows' markers (sys_platform ==
"win32" ...) and fetches what only Windows needs (pefile, pywin32-ctypes for
PyInstaller) until nothing is missing. A dependency without a Windows wheel
stops it with its name. The folder is a ready wheelhouse for an offline build
(`pip install --no-index --find-links DIR ...` on the Windows PC).

`installer` compiles installer/demilge.iss with the Inno Setup compiler of the
npm registry's `innosetup` package (ISCC.exe; under wine on Linux) over a
bundle-shaped folder: dist/demilge when --bundle names it, else a folder of
placeholder files shaped like it. A broken script fails here, not in an office.
Needs wine with 32-bit support on Linux (Debian: dpkg --add-architecture i386;
apt-get install wine wine32) and npm, or ISCC=path/to/ISCC.exe.

Caches: DEMILGE_CACHE (default ~/.cache/demilge): wheels-win_amd64-cp311/,
innosetup/ (the npm package), wine/ (the wine prefix).
"""
from __future__ import annotations

import argparse
import email.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INNOSETUP_NPM = "innosetup@6.4.1"     # Inno Setup 6.4.1; the script needs 6.3+ (x64compatible)
PLATFORM = "win_amd64"
PYTHON_VERSION = "3.11"
EXTRAS = ("build",)                   # PyInstaller, which builds the bundle on the Windows PC


class CheckFailed(Exception):
    pass


def cache_dir() -> Path:
    base = os.environ.get("DEMILGE_CACHE") or Path.home() / ".cache" / "demilge"
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _packaging():
    try:
        from packaging import markers, requirements, specifiers, utils, version
    except ImportError:   # pip carries its own copy
        from pip._vendor.packaging import markers, requirements, specifiers, utils, version  # type: ignore
    return markers, requirements, specifiers, utils, version


# --------------------------------------------------------------------------
# Wheels


def windows_environment(python_version: str = PYTHON_VERSION) -> dict[str, str]:
    """PEP 508 marker values of CPython `python_version` on 64-bit Windows 10/11."""
    return {
        "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64",
        "platform_release": "10", "platform_version": "10.0.19045", "implementation_name": "cpython",
        "platform_python_implementation": "CPython", "python_version": python_version,
        "python_full_version": f"{python_version}.0", "implementation_version": f"{python_version}.0",
    }


def project_requirements(extras=EXTRAS) -> list[str]:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        project = tomllib.load(fh)["project"]
    reqs = list(project.get("dependencies", []))
    for extra in extras:
        reqs += project.get("optional-dependencies", {}).get(extra, [])
    return reqs


def wheel_requirements(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA") and n.count("/") == 1)
        meta = email.parser.Parser().parsestr(zf.read(name).decode("utf-8"))
    return meta.get_all("Requires-Dist") or []


def unmet_windows_requirements(folder: Path, top: list[str], python_version: str = PYTHON_VERSION) -> list[str]:
    """Requirements that apply on Windows and that no wheel in `folder` satisfies."""
    markers, requirements, _specifiers, utils, version = _packaging()
    env = windows_environment(python_version)
    have: dict[str, list[tuple[object, Path]]] = {}   # a cache reused across pins holds several versions
    for wheel in folder.glob("*.whl"):
        name, ver, _build, _tags = utils.parse_wheel_filename(wheel.name)
        have.setdefault(utils.canonicalize_name(name), []).append((ver, wheel))

    unmet: list[str] = []
    seen: set[tuple[str, str]] = set()
    queue: list[tuple[str, str]] = [(r, "") for r in top]
    while queue:
        text, extra = queue.pop()
        req = requirements.Requirement(text)
        if req.marker is not None and not req.marker.evaluate({**env, "extra": extra}):
            continue
        name = utils.canonicalize_name(req.name)
        fitting = sorted((v, w) for v, w in have.get(name, []) if req.specifier.contains(v, prereleases=True))
        if not fitting:
            bare = f"{req.name}{'[' + ','.join(sorted(req.extras)) + ']' if req.extras else ''}{req.specifier}"
            if bare not in unmet:
                unmet.append(bare)
            continue
        for wanted_extra in ("", *sorted(req.extras)):
            if (name, wanted_extra) in seen:
                continue
            seen.add((name, wanted_extra))
            queue += [(r, wanted_extra) for r in wheel_requirements(fitting[-1][1])]
    return unmet


def pip_download(folder: Path, reqs: list[str], python_version: str) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q", "--dest", str(folder),
           "--platform", PLATFORM, "--only-binary=:all:", "--python-version", python_version,
           "--implementation", "cp", "--abi", "cp" + python_version.replace(".", ""), *reqs]
    r = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace")
    if r.returncode != 0:
        missing = re.findall(r"No matching distribution found for (\S+)", r.stderr)
        if missing:
            raise CheckFailed(f"No {PLATFORM} wheel for Python {python_version}: {', '.join(missing)}")
        offline = subprocess.run([*cmd, "--no-index", "--find-links", str(folder)], capture_output=True,
                                 text=True, encoding="utf-8", errors="replace")
        if offline.returncode != 0:     # neither the index nor the cache has them
            raise CheckFailed("pip download failed: " + (r.stderr.strip().splitlines() or ["?"])[-1])


def check_wheels(folder: Path | None = None, python_version: str = PYTHON_VERSION) -> list[Path]:
    """Download the Windows closure of the dependencies; returns the wheels."""
    folder = folder or cache_dir() / f"wheels-{PLATFORM}-cp{python_version.replace('.', '')}"
    folder.mkdir(parents=True, exist_ok=True)
    top = project_requirements()
    wanted = list(top)      # with the cache filled, one pip call; a fresh cache needs a second for pefile & co
    for _round in range(5):
        pip_download(folder, wanted, python_version)
        unmet = unmet_windows_requirements(folder, top, python_version)
        if not unmet:
            break
        wanted += [u for u in unmet if u not in wanted]
    else:
        raise CheckFailed(f"Windows-only requirements could not be resolved: {', '.join(unmet)}")
    _m, _r, _s, utils, _v = _packaging()
    wheels = sorted(folder.glob("*.whl"))
    bad = [w.name for w in wheels if not all(t.platform in (PLATFORM, "any") for t in utils.parse_wheel_filename(w.name)[3])]
    if bad:
        raise CheckFailed(f"Not for {PLATFORM}: {', '.join(bad)}")
    return wheels


# --------------------------------------------------------------------------
# Inno Setup


def find_wine() -> str | None:
    return shutil.which("wine") or shutil.which("wine64")


def find_iscc(install: bool = True) -> Path | None:
    """ISCC.exe: $ISCC, else the npm package in the cache (installed with npm if missing)."""
    if os.environ.get("ISCC"):
        return Path(os.environ["ISCC"])
    folder = cache_dir() / "innosetup"
    iscc = folder / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if not iscc.exists() and install and shutil.which("npm"):
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run([shutil.which("npm"), "install", "--prefix", str(folder), "--no-audit", "--no-fund",
                        "--loglevel=error", INNOSETUP_NPM], check=False, capture_output=True)
    return iscc if iscc.exists() else None


def fake_bundle(folder: Path) -> Path:
    """A folder shaped like dist/demilge (PyInstaller's one-folder bundle), placeholder files."""
    bundle = folder / "demilge"
    for name in ("Demilge.exe", "demilge-cli.exe", "_internal/python311.dll", "_internal/base_library.zip",
                 "_internal/PySide6/Qt6Core.dll", "_internal/PySide6/plugins/platforms/qwindows.dll",
                 "_internal/app/db/env.py", "_internal/app/db/versions/0001_initial.py",
                 "_internal/app/resources/fonts/NotoSans-Regular.ttf",
                 "_internal/app/resources/translations/demilge_ky.qm"):
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"MZ placeholder for the installer check\n")
    return bundle


def _windows_path(path: Path) -> str:
    """A path as the Windows program sees it (wine maps / to drive Z:)."""
    return str(path) if os.name == "nt" else "Z:" + str(path.resolve()).replace("/", "\\")


def compile_installer(script: Path, bundle: Path, out_dir: Path, iscc: Path | None = None) -> Path:
    """Compile `script` over `bundle` into out_dir; returns the Setup .exe."""
    iscc = iscc or find_iscc()
    if iscc is None:
        raise CheckFailed("Inno Setup's ISCC.exe not found: set ISCC or install npm (the innosetup package)")
    cmd = [str(iscc), "/Q", f"/DBundleDir={_windows_path(bundle)}", f"/O{_windows_path(out_dir)}",
           _windows_path(script)]
    env = dict(os.environ)
    if os.name != "nt":
        wine = find_wine()
        if wine is None:
            raise CheckFailed("wine not found (Debian: dpkg --add-architecture i386; apt-get install wine wine32)")
        cmd.insert(0, wine)
        env.setdefault("WINEPREFIX", str(cache_dir() / "wine"))
        env.setdefault("WINEDEBUG", "-all")
        env.setdefault("WINEDLLOVERRIDES", "mscoree,mshtml=")   # no Mono/Gecko install prompts
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.time() - 2
    r = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", env=env,
                       timeout=900)
    made = sorted(p for p in out_dir.glob("*.exe") if p.stat().st_mtime >= started)
    if r.returncode != 0 or not made:
        detail = "\n".join(line for line in (r.stdout + r.stderr).splitlines() if line.strip())
        raise CheckFailed(f"ISCC failed (exit {r.returncode}):\n{detail}")
    return made[-1]


def check_installer(bundle: Path | None = None, out_dir: Path | None = None) -> Path:
    """Compile installer/demilge.iss over `bundle` (default: placeholders); the Setup .exe stays in out_dir."""
    out_dir = out_dir or ROOT / "build" / "windows-check"
    with tempfile.TemporaryDirectory(prefix="demilge-iss-") as tmp:
        return compile_installer(ROOT / "installer" / "demilge.iss", bundle or fake_bundle(Path(tmp)), out_dir)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", nargs="?", choices=("wheels", "installer", "all"), default="all")
    parser.add_argument("--wheels-dir", type=Path, help="where to download the wheels (default: the cache)")
    parser.add_argument("--python-version", default=PYTHON_VERSION)
    parser.add_argument("--bundle", type=Path, help="a built dist/demilge (default: placeholder files)")
    parser.add_argument("--out", type=Path, help="folder for the compiled Setup .exe (default: build/windows-check)")
    args = parser.parse_args(argv)
    try:
        if args.what in ("wheels", "all"):
            started = time.monotonic()
            wheels = check_wheels(args.wheels_dir, args.python_version)
            size = sum(w.stat().st_size for w in wheels) / 1024 / 1024
            print(f"{PLATFORM}, Python {args.python_version}: {len(wheels)} wheels, {size:.0f} MB, "
                  f"{time.monotonic() - started:.0f} s, in {wheels[0].parent}")
            for w in wheels:
                print("  " + w.name)
        if args.what in ("installer", "all"):
            started = time.monotonic()
            setup = check_installer(args.bundle, args.out)
            print(f"installer: {setup} ({setup.stat().st_size / 1024:.0f} KB, "
                  f"{time.monotonic() - started:.0f} s)")
    except CheckFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
