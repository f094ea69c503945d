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

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog


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
        self.result = None
        self.error: BaseException | None = None

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
            self.error = exc
            if not _is_refusal(exc):    # a bug, not a refusal: keep its traceback in the log
                logging.getLogger("demilge.jobs").error(
                    "Background job %s failed", getattr(self.fn, "__name__", self.fn), exc_info=True)
            self._emit("failed", exc)
        else:
            self.result = result
            self._emit("finished", result)
        finally:
            self.done.set()

    def _emit(self, name: str, value) -> None:
        """Report to the GUI; a job given up on (Cancel) may end after the
        window and its signals are gone, at exit: nobody is listening then."""
        try:
            getattr(self.signals, name).emit(value)
        except RuntimeError:
            logging.getLogger("demilge.jobs").info("Background job %s ended after its window",
                                                   getattr(self.fn, "__name__", self.fn))


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


class Busy:
    """What `run_busy` gives back: `done` (False: the user cancelled) and the
    function's `result`."""

    def __init__(self, done: bool, result=None):
        self.done = done
        self.result = result


_abandoned: set[Job] = set()      # cancelled jobs still running: kept until they end


def run_busy(parent, text: str, fn, *args, show_after_ms: int = 300, **kwargs) -> Busy:
    """Run `fn(*args, **kwargs)` (no Qt, no widgets: plain values in and out)
    off the GUI thread and wait for it, the window still painting: after a
    moment a small window says `text` with a moving bar and Cancel. Cancel
    returns at once (done False); the work, a reading the database cannot
    stop halfway, ends on its own and its result is dropped. An exception of
    `fn` is raised here, on the GUI thread."""
    for old in [j for j in _abandoned if j.done.is_set()]:
        _abandoned.discard(old)
    job = Job(fn, *args, **kwargs)
    loop = QEventLoop()
    job.signals.finished.connect(loop.quit)
    job.signals.failed.connect(loop.quit)
    dialog = QProgressDialog(text, QCoreApplication.translate("Busy", "Cancel"), 0, 0, parent)
    dialog.setObjectName("busy")
    dialog.setWindowTitle(QCoreApplication.translate("Busy", "Please wait — Demilge"))
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(text) + 6 * dialog.fontMetrics().height())
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)   # nothing else changes meanwhile
    dialog.setMinimumDuration(2 ** 30)       # shown by the timer below, not by QProgressDialog's own
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    cancelled: list[bool] = []
    dialog.canceled.connect(lambda: (cancelled.append(True), loop.quit()))
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(dialog.show)
    timer.start(show_after_ms)
    QThreadPool.globalInstance().start(job)
    if not job.done.is_set():
        loop.exec()
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    if cancelled and not job.done.is_set():     # the user cancelled: it ends in the background
        job.cancel()
        _abandoned.add(job)
        return Busy(False)
    job.done.wait()          # it has ended (its signal came); only its last line may be running still
    if job.error is not None:
        raise job.error
    return Busy(True, job.result)
