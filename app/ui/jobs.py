"""Running long work off the GUI thread.

A job is a plain function (no Qt) taking its arguments and, optionally,
`progress(done, total)` and `cancel() -> bool` callbacks. `Job` runs it in
Qt's thread pool and reports back through signals on the GUI thread.
Workers get ids, paths and copies, never widgets or live ORM objects.
"""
from __future__ import annotations

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
        self.pool.start(job)
        return job

    def _forget(self, job: Job, _result) -> None:
        self.jobs.discard(job)
