"""Packaging hook: the wheel carries the migrations and resources inside `app`.

All metadata is in pyproject.toml. The repository keeps the migrations in the
top-level `db/` and fonts and translations in `resources/` (the layout the
design names); a built wheel holds them as `app/db/` and `app/resources/`,
where app/paths.py finds them with importlib.resources. An editable install
(and the source tree) reads the top-level folders themselves, so nothing is
copied then. installer/demilge.spec maps the same folders for the frozen bundle.
"""
from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# repository folder -> folder inside the `app` package, and what stays out
PACKAGED_DIRS = {"db": "db", "resources": "resources"}
LEFT_OUT = ("__pycache__", "*.pyc", "*.ts", "screenshots", "*.sqlite3", "*.sqlite3-*", "*.lock")


def _ignore(_folder: str, names: list[str]) -> set[str]:
    return {n for n in names if any(fnmatch.fnmatch(n, pattern) for pattern in LEFT_OUT)}


class BuildPyWithData(build_py):
    """build_py, then copy db/ and resources/ into the built `app` package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for source, inside in PACKAGED_DIRS.items():
            target = Path(self.build_lib) / "app" / inside
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(HERE / source, target, ignore=_ignore)


setup(cmdclass={"build_py": BuildPyWithData})
