"""Running long work off the GUI thread.

A job is a plain function (no Qt) taking its arguments and, optionally,
`progress(done, total)` and `cancel() -> bool` callbacks. `Job` runs it in
Qt's thread pool and reports back through signals on the GUI thread.
Workers get ids, paths and copies, never widgets or live ORM objects.
"""
from __future__ import annotations

import gc
import inspect
import logging
from functools import partial
import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Job(QRunnable):
    def __init__(self, fn, *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:        # the signals' objects are gone (the program is closing): no one to tell
            pass
        finally:
            if getattr(self, "gc_paused", False):
                try:
                    _gc_gate().released.emit(self)  # queued: the GUI thread lets the collector run again
                except RuntimeError:
                    pass

    def _run(self) -> None:
        kwargs = dict(self.kwargs)
        params = inspect.signature(self.fn).parameters
        if "progress" in params:
            kwargs["progress"] = lambda done, total: self.signals.progress.emit(int(done), int(total))
        if "cancel" in params:
            kwargs["cancel"] = self.cancelled
        try:
            result = self.fn(*self.args, **kwargs)
        except BaseException as exc:  # reported to the GUI, never lost
            exc.__demilge_traceback__ = traceback.format_exc()
            if not _is_refusal(exc):    # a bug, not a refusal: keep its traceback in the log
                logging.getLogger("demilge.jobs").error(
                    "Background job %s failed", getattr(self.fn, "__name__", self.fn), exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


class _GcGate(QObject):
    """Python's garbage collector is kept off while a job runs. It runs in
    whichever thread happens to allocate when it is due, and a collection in
    a worker thread that frees a widget's wrapper deletes the widget outside
    the GUI thread: the program crashes (seen as a segmentation fault while a
    list was counted in the background). Paused on the GUI thread when a job
    starts, resumed on the GUI thread when the last running job has ended.

    The gate also keeps every running job referenced until it has ended: a
    job freed while the pool runs it (its page, and the page's JobRunner,
    closed meanwhile) would crash the program."""

    released = Signal(object)

    def __init__(self):
        super().__init__()
        self.running: set = set()
        self.was_enabled = True
        self.released.connect(self.release)

    def pause(self, job) -> None:
        if not self.running:
            self.was_enabled = gc.isenabled()
            gc.disable()
        self.running.add(job)

    def release(self, job) -> None:
        self.running.discard(job)
        if not self.running and self.was_enabled:
            gc.enable()


_GATE: list[_GcGate] = []


def _gc_gate() -> _GcGate:
    """The one gate, made on the GUI thread (by the first JobRunner.start)."""
    if not _GATE:
        _GATE.append(_GcGate())
    return _GATE[0]


def _is_refusal(exc: BaseException) -> bool:
    from app.services.errors import ServiceError

    return isinstance(exc, ServiceError)


class JobRunner(QObject):
    """Keeps references to running jobs so none is garbage-collected early."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self.jobs: set[Job] = set()

    def start(self, job: Job) -> Job:
        self.jobs.add(job)
        job.signals.finished.connect(partial(self._forget, job))
        job.signals.failed.connect(partial(self._forget, job))
        _gc_gate().pause(job)
        job.gc_paused = True
        self.pool.start(job)
        return job

    def _forget(self, job: Job, _result) -> None:
        self.jobs.discard(job)
