"""Editing a database file the way a person with a plain SQLite tool could:
triggers dropped for the moment, statements run, triggers put back. No audit
entry, no change log, no program code involved. On a server database (the
`Database.path` of an open PostgreSQL database, or its URL) the same with psql's
means: triggers off for the session (session_replication_role = replica)."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def _server(path):
    from app.store import db as store_db

    if store_db.is_url(path):
        return store_db.server_url(path)
    return store_db.SERVER_URLS.get(Path(path))


def _pg_connect(url):
    import psycopg

    return psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False))


def _changed(sql: str, rows: int) -> None:
    """A tampering statement that matched no row would make its test pass for
    nothing (a `check` that finds no change is right then): refuse it."""
    if sql.lstrip().split(None, 1)[0].upper() in {"UPDATE", "DELETE", "INSERT"} and rows == 0:
        raise AssertionError(f"the tampering statement changed no row: {sql}")


def edit_directly(path: Path, *statements: str, params: tuple = ()) -> None:
    url = _server(path)
    if url is not None:
        with _pg_connect(url) as conn:
            conn.execute("SET session_replication_role = replica")
            for sql in statements:
                cur = conn.execute(sql.replace("?", "%s"), params) if params else conn.execute(sql)
                _changed(sql, cur.rowcount)
        return
    conn = sqlite3.connect(str(path))
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for sql in statements:
            before = conn.total_changes
            conn.execute(sql, params) if params else conn.execute(sql)
            _changed(sql, conn.total_changes - before)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    url = _server(path)
    if url is not None:
        with _pg_connect(url) as conn:
            return conn.execute(sql.replace("?", "%s"), params).fetchall()
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
