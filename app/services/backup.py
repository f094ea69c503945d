"""Backups: automatic on start, before migrations and imports, on demand to
a chosen folder (USB stick), rotation, and restore.

Copies are made with SQLite's online backup API and verified with
`PRAGMA integrity_check` after writing.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import i18n, paths
from app.services.auth import Perm, require
from app.services.errors import ServiceError
from app.store import db as store_db

KEEP_DAILY = 7
KEEP_MONTHLY = 12
KEEP_SAFETY_DAYS = 30
START = "start"
# copies made to undo something: kept at least KEEP_SAFETY_DAYS days, and
# the newest of each kind for good
SAFETY_REASONS = ("before-upgrade", "before-import", "before-restore", "replaced")

i18n.register({
    "backup.not_valid": {
        "ky": "Бул файл жарактуу камдык көчүрмө эмес: {path}",
        "ru": "Этот файл не является пригодной резервной копией: {path}",
        "en": "This file is not a usable backup: {path}",
    },
    "backup.folder": {
        "ky": "Папкага жазууга болбойт: {path}",
        "ru": "Нельзя записать в папку: {path}",
        "en": "Cannot write to the folder: {path}",
    },
})


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int


def _pattern(db_path: Path) -> re.Pattern:
    """This database's own copies only: `<name>_<date>_<time>_<reason>[_n].sqlite3`
    (another database in the same folder has another name)."""
    prefix = re.escape(store_db.backup_prefix(Path(db_path)))
    return re.compile(rf"^{prefix}_(\d{{4}}-\d{{2}}-\d{{2}})_(\d{{6}})_([a-z]+(?:-[a-z]+)*)(?:_(\d+))?\.sqlite3$")


def _parse(path: Path, pattern: re.Pattern) -> BackupInfo | None:
    m = pattern.match(path.name)
    if not m:
        return None
    try:
        made = datetime.strptime(m.group(1) + m.group(2), "%Y-%m-%d%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made, m.group(3), size)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's copies in backups/, newest first."""
    folder = paths.backups_dir(db_path)
    pattern = _pattern(db_path)
    out = [b for p in folder.glob("*.sqlite3") if (b := _parse(p, pattern))]
    return sorted(out, key=lambda b: b.made_at, reverse=True)


def backup_now(db_path: Path, reason: str = START) -> BackupInfo:
    """A dated, verified copy in backups/ next to the database."""
    target = store_db.backup_file(Path(db_path), reason)
    return _parse(target, _pattern(db_path))


def rotate(db_path: Path, keep_daily: int = KEEP_DAILY, keep_monthly: int = KEEP_MONTHLY,
           now: datetime | None = None) -> list[Path]:
    """Thin out this database's automatic start-up copies: keep the newest of
    each of the last `keep_daily` days and of each of the last `keep_monthly`
    months. Safety copies (before an upgrade, an import or a restore, and the
    file a restore replaced) are kept KEEP_SAFETY_DAYS days, and the newest
    of each kind always; copies made by hand and other databases' copies are
    never touched."""
    now = now or datetime.now()
    backups = list_backups(db_path)  # newest first
    removed = []
    starts = [b for b in backups if b.reason == START]
    keep: set[Path] = set()
    days: dict[str, Path] = {}
    months: dict[str, Path] = {}
    for b in starts:
        days.setdefault(b.made_at.strftime("%Y-%m-%d"), b.path)
        months.setdefault(b.made_at.strftime("%Y-%m"), b.path)
    keep.update(list(days.values())[:keep_daily])
    keep.update(list(months.values())[:keep_monthly])
    doomed = [b for b in starts if b.path not in keep]
    for reason in SAFETY_REASONS:
        mine = [b for b in backups if b.reason == reason]
        doomed += [b for b in mine[1:] if (now - b.made_at).days >= KEEP_SAFETY_DAYS]
    for b in doomed:
        try:
            b.path.unlink()
        except OSError:
            continue
        removed.append(b.path)
    return removed


def backup_to_folder(db, folder: Path) -> Path:
    """On demand, to a chosen folder or USB stick; verified after writing."""
    require(db, Perm.BACKUP)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".demilge-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        raise ServiceError("backup.folder", path=str(folder)) from None
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    target = folder / f"{store_db.backup_prefix(Path(db.path))}_{stamp}_manual.sqlite3"
    tmp = target.with_suffix(".part")
    src = sqlite3.connect(str(db.path))
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise ServiceError("db.backup_failed", path=str(target))
    tmp.replace(target)
    return target


def verify_backup(path: Path) -> None:
    """A usable backup: SQLite, intact, a Demilge schema this program knows."""
    path = Path(path)
    try:
        rev = store_db.current_revision(path)
        conn = sqlite3.connect(store_db.sqlite_uri(path, mode="ro"), uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except (store_db.DatabaseError, sqlite3.DatabaseError, OSError):
        raise ServiceError("backup.not_valid", path=str(path)) from None
    if ok != "ok" or rev is None or rev not in store_db.known_revisions():
        raise ServiceError("backup.not_valid", path=str(path))


def restore(db, backup: Path) -> Path | None:
    """Put a backup in place of the open database `db`, which is closed here
    (the caller opens the file again).

    Needs the backup right (checked here, not only in the window); a refusal
    (ServiceError) comes before the database is closed. The current file is first kept aside in backups/ (reason "replaced"), so a
    restore can itself be undone. Returns the path of the kept-aside copy.
    """
    require(db, Perm.BACKUP)
    verify_backup(backup)
    db_path = Path(db.path)
    db.close()
    aside = None
    if db_path.exists():
        aside = store_db.backup_file(db_path, "replaced")
    tmp = db_path.with_name(db_path.name + ".restore")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)
    return aside
