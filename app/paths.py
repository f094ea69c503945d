"""Where the program finds its own files and keeps the user's data.

The one place that resolves the program's own files: the migrations (`db`)
and the fonts and translations (`resources`). An installed wheel and the
frozen (PyInstaller) bundle carry them inside the package as `app/db` and
`app/resources`, read with importlib.resources; the source tree and an
editable install keep them in the repository's top-level `db/` and
`resources/` (setup.py and installer/demilge.spec map those into the package).
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import user_data_dir

from app import APP_AUTHOR, APP_NAME

SOURCE_ROOT = Path(__file__).resolve().parent.parent   # the repository, when running from it


def _packaged_dir(name: str) -> Path:
    """`app/<name>` inside the installed package or bundle, else the repository's `<name>/`."""
    inside = resources.files("app").joinpath(name)
    if isinstance(inside, Path) and inside.is_dir():
        return inside
    return SOURCE_ROOT / name


def resource(*parts: str) -> Path:
    return _packaged_dir("resources").joinpath(*parts)


def migrations_dir() -> Path:
    return _packaged_dir("db")


def fonts_dir() -> Path:
    return resource("fonts")


def translations_dir() -> Path:
    return resource("translations")


def data_dir() -> Path:
    """The user's data folder (database, backups, attachments)."""
    override = os.environ.get("DEMILGE_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    """The program's log and crash files (app/logs.py), in the data folder."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db_path() -> Path:
    env = os.environ.get("DEMILGE_DB")
    if env:
        return Path(env)
    return data_dir() / "demilge.sqlite3"


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the database, in a `backups` folder."""
    folder = Path(db_path).resolve().parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def attachments_dir(db_path: Path) -> Path:
    folder = Path(db_path).resolve().parent / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def attachment_blob(db_path: Path, sha256: str, filename: str) -> Path:
    """Where a stored attachment file lives: `attachments/<2 hex>/<sha256><ext>`
    beside the database. The one rule for every attachment table and for sync."""
    ext = Path(filename or "").suffix.lower()
    if not (len(ext) <= 10 and ext[1:].isalnum()):
        ext = ""
    return attachments_dir(db_path) / sha256[:2] / f"{sha256}{ext}"


def keys_dir() -> Path:
    """The office signing keys: one small file per office, in the user's data
    folder but never inside a database copy or a backup. DEMILGE_KEY_DIR
    overrides it (tests, portable installs)."""
    override = os.environ.get("DEMILGE_KEY_DIR")
    path = Path(override) if override else data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    return path
