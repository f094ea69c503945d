"""What changed: every committed write of a database is reported, with the
tables it touched, to whoever watches that database (the window refreshes
its pages from it: one "data changed" signal, see STYLE.md).

A service returns its result; the watcher learns from the commit itself
which tables changed, so no action can forget to announce its change.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

_KEY = "demilge_changed_tables"


def _tables_of(objects) -> set[str]:
    out = set()
    for obj in objects:
        table = getattr(obj, "__tablename__", None)
        if table:
            out.add(table)
    return out


class Watch:
    """Calls `callback(tables)` after each commit of `db` that wrote something."""

    def __init__(self, db, callback: Callable[[frozenset[str]], None]):
        self.factory = db.sessions
        self.callback = callback
        event.listen(self.factory, "before_flush", self._before_flush)
        event.listen(self.factory, "do_orm_execute", self._execute)
        event.listen(self.factory, "after_commit", self._after_commit)
        event.listen(self.factory, "after_rollback", self._after_rollback)

    def _before_flush(self, session: Session, _ctx, _instances) -> None:
        tables = _tables_of(list(session.new) + list(session.dirty) + list(session.deleted))
        if tables:
            session.info.setdefault(_KEY, set()).update(tables)

    def _execute(self, state) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            name = getattr(table, "name", None) or "?"
            state.session.info.setdefault(_KEY, set()).add(name)

    def _after_commit(self, session: Session) -> None:
        tables = session.info.pop(_KEY, None)
        if tables:
            self.callback(frozenset(tables))

    def _after_rollback(self, session: Session) -> None:
        session.info.pop(_KEY, None)

    def remove(self) -> None:
        for name, fn in (("before_flush", self._before_flush), ("do_orm_execute", self._execute),
                         ("after_commit", self._after_commit), ("after_rollback", self._after_rollback)):
            if event.contains(self.factory, name, fn):
                event.remove(self.factory, name, fn)


def watch(db, callback: Callable[[frozenset[str]], None]) -> Watch:
    return Watch(db, callback)
