"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a
collection is due. A report or a count running in a worker thread
(app/ui/jobs.py) would then free the wrapper of a closed page there and so
delete its widgets outside the GUI thread, and Qt crashes (seen in the UI
tests: a segmentation fault in QCoreApplication::notify while a worker
building a report deleted a closed window's widgets). So while the window
runs, automatic collection is off and a timer on the GUI thread collects
each generation whose threshold has been passed, as automatic collection
would have (the approach of pyqtgraph's GarbageCollector).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Made on the GUI thread; `install()` switches automatic collection off
    and collects from a timer; `remove()` puts automatic collection back."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._was_enabled: bool | None = None

    def install(self) -> GuiThreadCollector:
        if self._was_enabled is None:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self.timer.start()
        return self

    def remove(self) -> None:
        if self._was_enabled is None:
            return
        self.timer.stop()
        self.check()
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def check(self) -> int:
        """Collect the generations due, on this (the GUI) thread; returns
        the oldest generation collected, -1 when none was due."""
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        done = -1
        if c0 > t0:
            gc.collect(0)
            done = 0
            if c1 > t1:
                gc.collect(1)
                done = 1
                if c2 > t2:
                    gc.collect(2)
                    done = 2
        return done
