"""One "data changed" signal for the whole window (STYLE.md; Anki's
operation_did_execute): every committed write of the open database is
collected, and once the action that made it has returned, `changed` is
emitted once with the tables it touched. The window refreshes its pages
from this one signal, so no page shows stale data after an action in
another page."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.services import changes


class DataChanges(QObject):
    changed = Signal(object)        # frozenset of table names
    _committed = Signal(object)     # from any thread; collected in the GUI thread

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self._pending: set[str] = set()
        self._watch = None
        self._committed.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self.watch(db)

    def watch(self, db) -> None:
        """Follow `db` (again after a restore opened a new one)."""
        self.remove()
        self._watch = changes.watch(db, self._send)

    def _send(self, tables) -> None:
        try:
            self._committed.emit(tables)
        except RuntimeError:  # the window is gone; the database lives on (tests)
            pass

    def remove(self) -> None:
        if self._watch is not None:
            self._watch.remove()
            self._watch = None

    def _collect(self, tables) -> None:
        if not self._pending:
            QTimer.singleShot(0, self, self._emit)   # dropped if the window is gone by then
        self._pending |= set(tables)

    def _emit(self) -> None:
        tables, self._pending = frozenset(self._pending), set()
        if tables:
            try:
                self.changed.emit(tables)
            except RuntimeError:  # the window was closed meanwhile (tests close it at once)
                pass
