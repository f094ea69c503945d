"""Editing a database file the way a person with a plain SQLite tool could:
triggers dropped for the moment, statements run, triggers put back. No audit
entry, no change log, no program code involved."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def edit_directly(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(str(path))
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for sql in statements:
            conn.execute(sql, params) if params else conn.execute(sql)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
