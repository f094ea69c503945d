"""Where the program finds its own files and keeps the user's data.

One helper for every path the program reads at run time, so the source tree
and a frozen (PyInstaller) bundle resolve files the same way.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from app import APP_AUTHOR, APP_NAME


def install_root() -> Path:
    """The folder that holds `app/`, `db/` and `resources/`.

    From source this is the repository root; in a PyInstaller bundle it is the
    bundle's data folder (`sys._MEIPASS`).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return install_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    return install_root() / "db"


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
