"""Opening a database file: pragmas, migrations, backups, single instance.

`open_database(path)` is the one way the program opens a file. It
- refuses a file written by a newer version of the program (left untouched);
- copies an existing file to a dated backup before upgrading it;
- creates or upgrades the schema with Alembic (never `create_all`);
- holds an exclusive lock so a second instance on the same file is refused.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

from sqlalchemy import URL, create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
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
    "db.unsupported_url": {
        "ky": "Бул дарек колдоого алынбайт: {url}. Файлдын жолун же postgresql+psycopg://… дарегин бериңиз.",
        "ru": "Этот адрес не поддерживается: {url}. Укажите путь к файлу или адрес postgresql+psycopg://….",
        "en": "This address is not supported: {url}. Give a file path or a postgresql+psycopg://… address.",
    },
    "db.server": {
        "ky": "Маалымат базасынын серверине туташуу мүмкүн болгон жок ({url}): {error}",
        "ru": "Не удалось подключиться к серверу базы данных ({url}): {error}",
        "en": "Could not connect to the database server ({url}): {error}",
    },
    "db.restore_failed": {
        "ky": "Камдык көчүрмөдөн калыбына келтирүү ишке ашкан жок ({path}): {error}. Маалымат базасы өзгөртүлгөн жок.",
        "ru": "Не удалось восстановить из резервной копии ({path}): {error}. База данных не изменена.",
        "en": "Restoring the backup failed ({path}): {error}. The database was not changed.",
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


# One office, one clock: every writing transaction on a server database takes this
# transaction-level advisory lock first (released at commit or rollback), so writers
# from several PCs take turns as SQLite's BEGIN IMMEDIATE makes them on a file: the
# office clock and the audit chain never go backwards, repeat or fork.
WRITER_LOCK_KEY = 0x44454D494C4745  # "DEMILGE"


def _on_begin_server(conn) -> None:
    if conn.get_execution_options().get("writer"):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


_URL_RE = paths.URL_RE


def is_url(target: Path | str | URL) -> bool:
    """A SQLAlchemy URL (postgresql+psycopg://…) rather than a file path."""
    return isinstance(target, URL) or (isinstance(target, str) and bool(_URL_RE.match(target)))


def server_url(target: str | URL) -> URL:
    """A server database URL; `postgresql://` means the psycopg (3) driver. Credentials
    may come from a libpq service file (`?service=name`) or PGPASSWORD instead."""
    url = make_url(target) if not isinstance(target, URL) else target
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() != "postgresql":
        raise DatabaseError("unsupported_url", url=url.render_as_string(hide_password=True))
    return url


def server_path(url: URL) -> Path:
    """Where this PC keeps its files for a server database (backups, attachments):
    the data folder, one sub-folder per server and database."""
    host = url.host or url.query.get("host") or url.query.get("service") or "local"
    if isinstance(host, tuple):
        host = host[0]
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{host}-{url.port or ''}-{url.database or ''}").strip("_")
    return paths.data_dir() / "servers" / safe / f"{url.database or 'demilge'}.pgdb"


def engine_url(path: Path | str | URL) -> URL:
    """The one place that turns a database given by the user (`--db`, DEMILGE_DB,
    the data folder) into an engine URL. Built from its parts, never by string
    formatting: a '#', '?' or '%' in a folder name stays part of the file name."""
    if is_url(path):
        return server_url(path)
    return URL.create("sqlite", database=str(Path(path)))


def sqlite_uri(path: Path | str, **params: str) -> str:
    """A `file:` URI for `sqlite3.connect(uri, uri=True)` (e.g. mode="ro"):
    Path.as_uri() percent-encodes '#', '?' and '%', so the whole path is the file."""
    uri = Path(path).resolve().as_uri()
    return uri + ("?" + urlencode(params) if params else "")


def make_engine(path: Path | str | URL) -> Engine:
    url = engine_url(path)
    if url.get_backend_name() == "postgresql":
        engine = create_engine(url, future=True, pool_pre_ping=True)
        event.listen(engine, "begin", _on_begin_server)
        return engine
    engine = create_engine(url, future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# The newest migration in db/versions: the program knows a file is current
# without loading Alembic (which it then loads only to migrate). A test checks
# that it is Alembic's head.
HEAD_REVISION = "0055_figure_indexes"


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


def script_directory():
    from alembic.script import ScriptDirectory

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
    return HEAD_REVISION


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


def server_revision(engine: Engine) -> str | None:
    """The schema revision recorded in a server database, read without changing it."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError("not_demilge", path=engine.url.render_as_string(hide_password=True))
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def pg_tool(name: str) -> str:
    """pg_dump / pg_restore: from PATH (Debian's wrapper picks the version) or the
    newest /usr/lib/postgresql/<major>/bin."""
    found = shutil.which(name)
    if found:
        return found
    import glob

    cands = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if cands:
        return cands[-1]
    raise DatabaseError("backup_failed", path=name, error=f"{name} not found")


def libpq_args(url: URL) -> tuple[list[str], dict]:
    """`--dbname=<conninfo>` for pg_dump/pg_restore and the environment carrying the
    password (never on the command line, where other users could see it)."""
    url = server_url(url)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = url.password
    conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return [f"--dbname={conninfo}"], env


def pg_dump(url: URL, target: Path) -> Path:
    """A custom-format dump (`pg_dump -Fc`), read back with `pg_restore --list` to check it."""
    args, env = libpq_args(url)
    tmp = target.with_name(target.name + ".part")
    done = subprocess.run([pg_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(tmp), *args], env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise DatabaseError("backup_failed", path=str(target), error=done.stderr.strip()[-300:])
    listed = subprocess.run([pg_tool("pg_restore"), "--list", str(tmp)], capture_output=True, text=True)
    if listed.returncode != 0 or "TABLE DATA public alembic_version" not in listed.stdout:
        tmp.unlink(missing_ok=True)
        raise DatabaseError("backup_failed", path=str(target), error=(listed.stderr or "no schema").strip()[-300:])
    tmp.replace(target)
    return target


def pg_restore(url: URL, dump: Path) -> None:
    """Replace the server database's contents with a custom-format dump, in one transaction."""
    args, env = libpq_args(url)
    done = subprocess.run([pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
                           "--exit-on-error", *args, str(dump)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise DatabaseError("restore_failed", path=str(dump), error=done.stderr.strip()[-300:])


# The refusals the database itself makes (db/versions 0009, 0011, app/store/triggers.py);
# `check` on a server database reports one that is missing or disabled.
PROTECTION_TRIGGERS = tuple(
    [("audit_entry", "audit_entry_no_update"), ("audit_entry", "audit_entry_no_delete"),
     ("meeting", "meeting_closed_update"), ("meeting", "meeting_closed_delete")]
    + [(t, f"{t}_closed_{e}") for t in ("attendance", "conflict_declaration", "score", "vote", "decision")
       for e in ("insert", "update", "delete")])

SERVER_URLS: dict[Path, URL] = {}  # server_path -> URL, for the functions given a Database's path


def backup_prefix(path: Path) -> str:
    """How this database's backup copies are named: `office.sqlite3` ->
    `office_...`; another suffix keeps the whole name (`office.db_...`), so two
    databases in one folder never share copies."""
    path = Path(path)
    return path.stem if path.suffix in (".sqlite3", ".pgdb") else path.name


def _backup_target(path: Path, reason: str, suffix: str) -> Path:
    """A new name in backups/: prefix, moment and reason, numbered if taken."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    prefix = backup_prefix(path)
    target = paths.backups_dir(path) / f"{prefix}_{stamp}_{reason}{suffix}"
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{prefix}_{stamp}_{reason}_{n}{suffix}")
    return target


def backup_file(path: Path, reason: str, check: str = "integrity_check") -> Path:
    """Copy the database with SQLite's online backup API into backups/, then
    check the copy (`check`: "integrity_check", or the start-up backup's
    faster "quick_check"); a server database: pg_dump's custom format, `.dump`."""
    path = Path(path)
    if path in SERVER_URLS:
        return pg_dump(SERVER_URLS[path], _backup_target(path, reason, ".dump"))
    target = _backup_target(path, reason, ".sqlite3")
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA quick_check" if check == "quick_check" else "PRAGMA integrity_check").fetchone()[0]
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

    path: Path  # the file; for a server database, this PC's folder for it (backups, attachments)
    engine: Engine
    sessions: sessionmaker  # writers: BEGIN IMMEDIATE, one writer at a time
    readers: sessionmaker
    lock: InstanceLock | None
    upgraded_from: str | None = None
    backup_path: Path | None = None
    info: dict = field(default_factory=dict)
    actor: Actor = field(default_factory=Actor)

    @property
    def server(self) -> bool:
        """A server database (PostgreSQL) shared by several PCs, not a file."""
        return self.engine.dialect.name != "sqlite"

    @property
    def label(self) -> str:
        """What the user is shown: the file, or the server URL without its password."""
        if self.server:
            return self.engine.url.render_as_string(hide_password=True)
        return str(self.path)

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
    from alembic import command

    cfg = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.dbapi_connection if sqlite else None
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if not sqlite:  # two PCs starting at once: one upgrades, the other waits and finds head
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")
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


def server_fingerprint(engine: Engine) -> str:
    """The identity of a server database, the same from every PC that opens it: the
    cluster's system identifier, the database's name and its oid (a copy restored
    elsewhere is another office, as a copied file is)."""
    with engine.connect() as conn:
        try:
            system = conn.execute(text("SELECT system_identifier FROM pg_control_system()")).scalar()
        except Exception:
            conn.rollback()
            system = ""
        name, oid = conn.execute(text(
            "SELECT datname, oid FROM pg_database WHERE datname = current_database()")).one()
    return hashlib.sha256(f"postgresql|{system}|{name}|{oid}".encode()).hexdigest()


SERVER_FINGERPRINTS: dict[Path, str] = {}


def open_server(url: URL, *, migrate: bool = True) -> Database:
    """A PostgreSQL database shared by the PCs of one office: no file lock (several
    users work at once), writers take turns by an advisory lock, backups by pg_dump."""
    url = server_url(url)
    path = server_path(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        try:
            current = server_revision(engine)
        except OperationalError as exc:
            first = str(exc.orig or exc).strip().splitlines()[0][:200]
            raise DatabaseError("server", url=url.render_as_string(hide_password=True), error=first) from None
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseError("newer_schema", path=url.render_as_string(hide_password=True), revision=current)
        SERVER_URLS[path] = url
        backup = None
        if migrate and current is not None and current != head:
            backup = backup_file(path, "before-upgrade")
        if migrate and current != head:
            upgrade_schema(engine)
        SERVER_FINGERPRINTS[path] = server_fingerprint(engine)
    except BaseException:
        engine.dispose()
        raise
    return _finish_open(path, engine, None, current, current is not None, backup, migrate,
                        engine.execution_options(writer=True))


def open_database(path: Path | str | URL, *, lock: bool = True, migrate: bool = True) -> Database:
    if is_url(path):
        return open_server(path, migrate=migrate)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db_lock = InstanceLock(path) if lock else None
    if db_lock:
        db_lock.acquire()
    try:
        existed = path.exists() and path.stat().st_size > 0
        current = current_revision(path)
        head = head_revision()
        if current is not None and current != head and current not in known_revisions():
            raise DatabaseError("newer_schema", path=str(path), revision=current)
        backup = None
        if migrate and existed and current != head:
            backup = backup_file(path, "before-upgrade")
        engine = make_engine(path)
        if migrate and current != head:
            upgrade_schema(engine)
        return _finish_open(path, engine, db_lock, current, existed, backup, migrate,
                            engine.execution_options(sqlite_begin="IMMEDIATE"))
    except BaseException:
        if db_lock:
            db_lock.release()
        raise


def _finish_open(path, engine, db_lock, current, existed, backup, migrate, writer_engine) -> Database:
    head = head_revision()
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
