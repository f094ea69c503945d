"""Lifting the closed-protocol triggers for one transaction.

Only sync does this, and only to put the winning seal of a protocol closed at
two offices in place of the losing one (see app.sync.apply). The triggers are
whatever the schema holds on those tables (app code does not repeat their
text): on SQLite they are read from `sqlite_master`, dropped and created
again from the stored text in the same transaction, so a crash or an error
anywhere rolls back to the file with its triggers; on PostgreSQL the user
triggers of those tables are disabled and enabled again, also transactionally.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session


@contextmanager
def triggers_lifted(session: Session, tables: tuple[str, ...]) -> Iterator[None]:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN :tables "
                 "ORDER BY name").bindparams(bindparam("tables", expanding=True)),
            {"tables": list(tables)},
        ).all()
        conn = session.connection()
        for name, _sql in rows:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            for _name, sql in rows:
                conn.exec_driver_sql(sql)
    else:
        conn = session.connection()
        for table in tables:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
        try:
            yield
        finally:
            for table in tables:
                conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
