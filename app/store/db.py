"""Opening a database file: pragmas, migrations, backups, single instance.

`open_database(path)` is the one way the program opens a file. It
- refuses a file written by a newer version of the program (left untouched);
- copies an existing file to a dated backup before upgrading it;
- creates or upgrades the schema with Alembic (never `create_all`);
- holds an exclusive lock so a second instance on the same file is refused.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app import i18n, paths

i18n.register({
    "db.foreign_keys": {
        "ky": "Маалымат базасын жаңыртуу токтотулду: «{table}» таблицасында {rows} жазуу жок жазууга шилтеме берет. "
              "Файл өзгөртүлгөн жок.",
        "ru": "Обновление базы остановлено: в таблице «{table}» записей со ссылкой на несуществующие: {rows}. "
              "Файл не изменён.",
        "en": "The database upgrade stopped: {rows} rows of “{table}” refer to rows that do not exist. "
              "The file was not changed.",
    },
})

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database that cannot be opened. `code` selects the user message."""

    def __init__(self, code: str, **details):
        self.code = code
        self.details = details
        super().__init__(f"{code}: {details}")


def _on_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin
    # (the documented recipe; makes SAVEPOINT and BEGIN IMMEDIATE work).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _on_begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def engine_url(path: Path | str) -> URL:
    """The one place that turns a database given by the user (`--db`, DEMILGE_DB,
    the data folder) into an engine URL. Built from its parts, never by string
    formatting: a '#', '?' or '%' in a folder name stays part of the file name."""
    return URL.create("sqlite", database=str(Path(path)))


def sqlite_uri(path: Path | str, **params: str) -> str:
    """A `file:` URI for `sqlite3.connect(uri, uri=True)` (e.g. mode="ro"):
    Path.as_uri() percent-encodes '#', '?' and '%', so the whole path is the file."""
    uri = Path(path).resolve().as_uri()
    return uri + ("?" + urlencode(params) if params else "")


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(engine_url(path), future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


_REVISIONS: dict[str, tuple[str, frozenset[str]]] = {}


def _revisions() -> tuple[str, frozenset[str]]:
    """Head and all revisions, read once per migrations folder (reading
    compiles every migration script, which is slow to repeat per package)."""
    key = str(paths.migrations_dir())
    if key not in _REVISIONS:
        scripts = script_directory()
        _REVISIONS[key] = (scripts.get_current_head(), frozenset(r.revision for r in scripts.walk_revisions()))
    return _REVISIONS[key]


def head_revision() -> str:
    return _revisions()[0]


def known_revisions() -> set[str]:
    return set(_revisions()[1])


def current_revision(path: Path) -> str | None:
    """The schema revision recorded in the file, read without changing it."""
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        return None
    conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError("not_demilge", path=str(path))
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("not_sqlite", path=str(path), error=str(exc)) from exc
    finally:
        conn.close()


def backup_prefix(path: Path) -> str:
    """How this database's backup copies are named: `office.sqlite3` ->
    `office_...`; another suffix keeps the whole name (`office.db_...`), so two
    databases in one folder never share copies."""
    path = Path(path)
    return path.stem if path.suffix == ".sqlite3" else path.name


def backup_file(path: Path, reason: str) -> Path:
    """Copy the database with SQLite's online backup API into backups/."""
    path = Path(path)
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    prefix = backup_prefix(path)
    target = paths.backups_dir(path) / f"{prefix}_{stamp}_{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{prefix}_{stamp}_{reason}_{n}.sqlite3")
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise DatabaseError("backup_failed", path=str(target), error=ok)
    finally:
        dst.close()
        src.close()
    return target


class InstanceLock:
    """An exclusive OS lock on `<db>.lock`; released when the process ends."""

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self._fh = None

    def acquire(self) -> None:
        fh = open(self.path, "a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise DatabaseError("locked", path=str(self.path.with_suffix(""))) from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None


@dataclass(frozen=True)
class Actor:
    """Who is working: the logged-in user's name and role."""

    name: str = "admin"
    role: str = "admin"  # admin | specialist | secretary | chair | viewer


@dataclass
class Database:
    """An open database file: engine, session factory, its lock, the actor."""

    path: Path
    engine: Engine
    sessions: sessionmaker  # writers: BEGIN IMMEDIATE, one writer at a time
    readers: sessionmaker
    lock: InstanceLock | None
    upgraded_from: str | None = None
    backup_path: Path | None = None
    info: dict = field(default_factory=dict)
    actor: Actor = field(default_factory=Actor)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        s = self.sessions()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit: loaded objects stay usable after it ends."""
        s = self.readers()
        try:
            yield s
        finally:
            s.close()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            self.lock.release()


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction. SQLite alters a table by
    rebuilding it (batch mode), and dropping the old copy of a table that
    other rows refer to fails while foreign keys are enforced: they are
    switched off for the upgrade (the pragma only works outside a
    transaction) and every key is checked before the commit instead."""
    cfg = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.dbapi_connection if sqlite else None
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError("foreign_keys", table=broken[0][0], rows=len(broken),
                                            revision=revision)
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def open_database(path: Path | str, *, lock: bool = True, migrate: bool = True) -> Database:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db_lock = InstanceLock(path) if lock else None
    if db_lock:
        db_lock.acquire()
    try:
        existed = path.exists() and path.stat().st_size > 0
        current = current_revision(path)
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseError("newer_schema", path=str(path), revision=current)
        backup = None
        if migrate and existed and current != head:
            backup = backup_file(path, "before-upgrade")
        engine = make_engine(path)
        if migrate and current != head:
            upgrade_schema(engine)
        writer_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        sessions = sessionmaker(writer_engine, expire_on_commit=False, future=True)
        readers = sessionmaker(engine, expire_on_commit=False, future=True)
        db = Database(path, engine, sessions, readers, db_lock, upgraded_from=current if existed else None,
                      backup_path=backup)
        from app.store import hooks

        hooks.install(db)
        if migrate:
            hooks.ensure_local_site(db)
            if current != head:
                # created or upgraded by this program just now: the first witness, or one
                # over the entries the migrations wrote (and nothing else)
                from app.store import witness

                with db.session() as s:
                    witness.start(s) or witness.advance(s, only_user_prefix="upgrade ")
        return db
    except BaseException:
        if db_lock:
            db_lock.release()
        raise


def is_network_or_removable(path: Path) -> bool:
    """Best-effort: a UNC path on Windows or a mount under /media, /mnt, /run/media."""
    p = str(Path(path).resolve())
    if os.name == "nt":
        if p.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(p)[0] + "\\"
            kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
            return kind in (2, 4)  # DRIVE_REMOVABLE, DRIVE_REMOTE
        except Exception:
            return False
    return p.startswith(("/media/", "/mnt/", "/run/media/"))
