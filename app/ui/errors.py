"""Errors in sight: an exception that escapes a slot (or any thread) is written
to the log (app/logs.py) and the user gets a message box in their language
with the log's path, instead of nothing. Qt's own warnings go to the log too.
"""
from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n, logs
from app.ui.modal import exec_dialog

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
qt_log = logging.getLogger("qt")


def qt_message_handler(mode, context, message: str) -> None:
    """Qt's qDebug/qWarning/... into the log; warnings also on stderr as Qt would."""
    level = QT_LEVELS.get(mode, logging.WARNING)
    where = f" ({context.file}:{context.line})" if getattr(context, "file", None) else ""
    qt_log.log(level, "%s%s", message, where)
    if level >= logging.WARNING and sys.stderr is not None:
        try:
            sys.stderr.write(f"{message}\n")
        except (OSError, ValueError):
            pass


class ErrorReporter(QObject):
    """Shows the error box in the GUI thread, whichever thread failed; one box at a time."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.failed.connect(self.show_error)   # queued when emitted from another thread

    def report(self, message: str) -> None:
        self.failed.emit(message)

    def show_error(self, message: str, *, wait: bool = False) -> None:
        if self.box is not None:
            return          # one box at a time: the later errors are in the log as well
        box = QMessageBox(QMessageBox.Icon.Critical, "Demilge", message, QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)   # the path can be copied
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.finished.connect(self._closed)
        self.box = box
        if wait:
            exec_dialog(box)
        else:
            box.open()

    def _closed(self, _result: int) -> None:
        box, self.box = self.box, None
        if box is not None:
            box.deleteLater()


def unexpected_message() -> str:
    return i18n.t("log.unexpected", path=str(logs.log_path()))


class ErrorRouting:
    """Installs the hooks for the window's lifetime and puts the previous ones back."""

    def __init__(self, app: QApplication):
        self.reporter = ErrorReporter(app)
        self._previous = None

    def install(self) -> ErrorRouting:
        self._previous = (sys.excepthook, threading.excepthook, qInstallMessageHandler(qt_message_handler))
        logs.install_excepthook(self.reporter.report)
        return self

    def remove(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, handler = self._previous
        qInstallMessageHandler(handler)
        self._previous = None

    def fatal(self, exc: BaseException) -> None:
        """An error that stops the start: logged, shown, and waited for."""
        logs.record(type(exc), exc, exc.__traceback__, where="start-up")
        self.reporter.show_error(unexpected_message(), wait=True)
