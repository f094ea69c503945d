#!/usr/bin/env python3
"""Set up Demilge on a fresh machine with Python 3.11+ and run it or its tests.

    python installer/bootstrap.py run     # install, build the demo database, open the program
    python installer/bootstrap.py test    # install with test tools, run all the tests

Works the same on Windows and Linux. Everything goes into a virtual
environment `.venv` next to this repository's pyproject.toml; nothing is
installed system-wide. Extra arguments after `test` go to pytest.

pip runs only when something it would install changed: a stamp in `.venv`
keeps the hash of pyproject.toml and setup.py and the extras installed, so a
second start goes straight to the program. Delete `.venv` to reinstall.
Where Qt needs a system library that is missing (on Linux, the xcb platform
plugin's libxcb-cursor0 and friends) it says in one line what to install.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP_NAME = "demilge-install.json"
# the files whose change means pip has something new to do (code itself is an editable install)
PACKAGING_FILES = ("pyproject.toml", "setup.py")

# A shared library Qt needs (soname) -> the Debian/Ubuntu package that has it.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb.so.1": "libxcb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xinput.so.0": "libxcb-xinput0",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1", "libXau.so.6": "libxau6", "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6", "libICE.so.6": "libice6",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3", "libpng16.so.16": "libpng16-16", "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1", "libexpat.so.1": "libexpat1",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1", "libcups.so.2": "libcups2",
}
# the Qt modules the program imports (app/ui) and the plugins it loads
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets")
VC_REDIST = "https://aka.ms/vs/17/release/vc_redist.x64.exe"


def utf8_streams() -> None:
    """Print UTF-8 whatever the console or pipe's code page (paths may hold ү, ө, ң)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure") and \
                (stream.encoding or "").replace("-", "").lower() != "utf8":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def venv_python(venv_dir: Path | None = None) -> Path:
    venv_dir = venv_dir or VENV
    if os.name == "nt":
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def sh(*args: str | Path, env: dict | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env=env)


# --------------------------------------------------------------------------
# Installing once


def packaging_hash(root: Path | None = None) -> str:
    root = root or ROOT
    digest = hashlib.sha256()
    for name in PACKAGING_FILES:
        path = root / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return digest.hexdigest()


def read_stamp(venv_dir: Path | None = None) -> dict:
    try:
        return json.loads(((venv_dir or VENV) / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def up_to_date(extra: str | None, root: Path | None = None, venv_dir: Path | None = None) -> bool:
    """True when the venv already holds this checkout's packaging with `extra`."""
    stamp = read_stamp(venv_dir)
    return (venv_python(venv_dir).exists() and stamp.get("hash") == packaging_hash(root)
            and (extra is None or extra in stamp.get("extras", [])))


def write_stamp(extra: str | None, root: Path | None = None, venv_dir: Path | None = None) -> None:
    stamp = read_stamp(venv_dir)
    current = packaging_hash(root)
    extras = set(stamp.get("extras", [])) if stamp.get("hash") == current else set()
    if extra:
        extras.add(extra)
    ((venv_dir or VENV) / STAMP_NAME).write_text(
        json.dumps({"hash": current, "extras": sorted(extras)}), encoding="utf-8")


def build_requirements(root: Path | None = None) -> list[str]:
    """[build-system] requires, so the venv builds the package (and wheels) offline."""
    import tomllib

    with open((root or ROOT) / "pyproject.toml", "rb") as fh:
        return list(tomllib.load(fh).get("build-system", {}).get("requires", []))


def ensure_venv(extra: str | None) -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"Demilge needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = venv_python()
    if up_to_date(extra):
        return py
    if not py.exists():
        print(f"Creating a virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    target = f".[{extra}]" if extra else "."
    pip = (py, "-m", "pip", "install", "--disable-pip-version-check", "-q")
    sh(*pip, "--upgrade", "pip")
    sh(*pip, *build_requirements())
    sh(*pip, "--no-build-isolation", "-e", target)
    write_stamp(extra)
    return py


# --------------------------------------------------------------------------
# System libraries Qt needs


def qt_platform(env: dict | None = None) -> str | None:
    """The Qt platform plugin the program will load on Linux, or None when no screen is there."""
    env = os.environ if env is None else env
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested
    if env.get("DISPLAY"):
        return "xcb"
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return None


def missing_libraries(files: list[Path]) -> list[str]:
    """The shared libraries (sonames) that `files` need and the system lacks, by ldd."""
    ldd = shutil.which("ldd")
    if not ldd or not files:
        return []
    out = subprocess.run([ldd, *map(str, files)], capture_output=True, text=True, encoding="utf-8",
                         errors="replace").stdout
    missing = re.findall(r"^\s*(\S+)\s+=>\s+not found", out, flags=re.MULTILINE)
    return sorted(set(missing))


def qt_files(pyside_dir: Path, platform: str) -> list[Path]:
    """The platform plugin and the Qt modules the program imports: without these it cannot start."""
    files = sorted((pyside_dir / "Qt").glob(f"plugins/platforms/libq{platform}*.so"))
    for module in QT_MODULES:
        files += sorted(pyside_dir.glob(f"{module}.*.so"))
    return files


def printing_hint(venv_dir: Path | None = None) -> str | None:
    """Printing (CUPS) is optional for starting: a line to show, not a reason to stop."""
    pyside = pyside_dir(venv_dir) if sys.platform.startswith("linux") else None
    missing = missing_libraries(sorted((pyside / "Qt").glob("plugins/printsupport/*.so"))) if pyside else []
    if not missing:
        return None
    return install_hint(missing, who="Printing (not the program's start)")


def install_hint(missing: list[str], who: str = "Qt") -> str:
    """One line: what to install for the missing libraries."""
    packages = sorted({DEBIAN_PACKAGES[m] for m in missing if m in DEBIAN_PACKAGES})
    unknown = [m for m in missing if m not in DEBIAN_PACKAGES]
    line = f"{who} needs system libraries that are missing ({', '.join(missing)})."
    if packages:
        line += f" Install them with: sudo apt-get install {' '.join(packages)}"
        if unknown:
            line += f" (and the package that has {', '.join(unknown)})"
    else:
        line += " Install the packages of your system that provide them."
    return line


def pyside_dir(venv_dir: Path | None = None) -> Path | None:
    venv_dir = venv_dir or VENV
    found = sorted(venv_dir.glob("lib/python3*/site-packages/PySide6"))
    return found[-1] if found else None


def system_library_problem(venv_dir: Path | None = None, env: dict | None = None) -> str | None:
    """A one-line reason Qt cannot start on this Linux machine, or None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = qt_platform(env)
    if platform is None:
        return ("No screen here (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from the desktop, "
                "or set QT_QPA_PLATFORM=offscreen to run without a window.")
    pyside = pyside_dir(venv_dir)
    if pyside is None:
        return None
    missing = missing_libraries(qt_files(pyside, platform))
    return install_hint(missing) if missing else None


def windows_qt_hint(error: str) -> str:
    return (f"Qt could not load ({error.strip().splitlines()[-1] if error.strip() else 'unknown error'}). "
            f"Install the Microsoft Visual C++ Redistributable (x64): {VC_REDIST}")


# --------------------------------------------------------------------------
# Commands

PROBE = """
import json, sys
from app import paths
qt = None
if sys.platform == "win32":
    try:
        import PySide6.QtWidgets  # noqa: F401  (a missing system DLL shows here)
    except ImportError as exc:
        qt = str(exc)
print(json.dumps({"demo": str(paths.data_dir() / "demo.sqlite3"), "qt": qt}))
"""


def run_program(extra_args: list[str]) -> int:
    py = ensure_venv(None)
    problem = system_library_problem()
    if problem:
        print(problem, file=sys.stderr, flush=True)
        return 1
    printing = printing_hint()
    if printing:
        print(printing, file=sys.stderr, flush=True)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    probe = json.loads(subprocess.run([str(py), "-c", PROBE], check=True, cwd=ROOT, env=env,
                                      capture_output=True, encoding="utf-8").stdout)
    if probe["qt"]:
        print(windows_qt_hint(probe["qt"]), file=sys.stderr, flush=True)
        return 1
    demo = Path(probe["demo"])
    if not demo.exists():
        sh(py, "-m", "app", "demo", "--db", demo)
    return subprocess.call([str(py), "-m", "app", "--db", str(demo), *extra_args], cwd=ROOT)


def run_tests(extra_args: list[str]) -> int:
    py = ensure_venv("test")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PYTHONUTF8", "1")
    # Compiled modules are kept, in the environment's folder rather than beside
    # the sources, even where the machine says not to write them
    # (PYTHONDONTWRITEBYTECODE, as some CI images set): otherwise every test
    # process compiles the program and rewrites every test module anew, and so
    # does every program a test starts (about a minute of the suite on two cores).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(VENV / "pycache"))
    problem = system_library_problem(env=env)
    if problem:
        print(problem, file=sys.stderr, flush=True)
        return 1
    lint = subprocess.call([str(_lint_imports(py))], cwd=ROOT, env=env)
    if lint != 0:
        print("The layer contracts (import-linter) failed.", flush=True)
        return lint
    if not extra_args:
        # the whole suite: one worker process more than there are cores (part
        # of every test waits on files, subprocesses and the PostgreSQL
        # server: on two cores, three workers ran the suite in 8.3 minutes,
        # two in 9.5). A test whose worker crashed outright is run once more
        # in a fresh worker and shows as "rerun" (a safety net: the one such
        # crash seen, a dialog deleted by Python's collector while Qt walked
        # its parent's children, was fixed in app/ui/modal.py); an ordinary
        # failure is never rerun (--only-rerun matches no assertion).
        cores = os.cpu_count() or 1
        workers = min(cores + 1, 5) if cores > 1 else 1
        if workers > 1:
            extra_args = ["-n", str(workers), "--reruns", "1", "--only-rerun", "^Fatal Python error: worker crash$",
                          "-raR",   # the summary also names a rerun test (the one whose worker crashed)
                          "--durations=25"]   # the slowest tests, named at the end of every full run
    return subprocess.call([str(py), "-m", "pytest", *extra_args], cwd=ROOT, env=env)


def _lint_imports(py: Path) -> Path:
    scripts = py.parent
    exe = scripts / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    return exe


def main(argv: list[str]) -> int:
    utf8_streams()
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    if argv[0] == "run":
        return run_program(argv[1:])
    return run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
