"""The program's log: standard `logging` to a rotating file in the data folder.

`setup()` (called by the entry point for the window and the command line)
- writes the log to `<data folder>/logs/demilge.log`, rotated at 1 MB, 5 old files kept;
- turns `faulthandler` on, into `<data folder>/logs/crash.log`, so a native
  crash (in Qt, SQLite, a driver) leaves the Python stack of every thread;
- routes uncaught exceptions (`sys.excepthook`, `threading.excepthook`) into
  the log; the window adds a message box on top (app/ui/errors.py).

No Qt here: the command line uses it too.
"""
from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import i18n, paths

LOG_FILE = "demilge.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"

log = logging.getLogger("demilge")

i18n.register({
    "log.unexpected": {
        "ky": "Программада күтүлбөгөн ката кетти. Акыркы аракет аткарылбай калышы мүмкүн: текшериңиз.\n"
              "Чоо-жайы журналда: {path}",
        "ru": "В программе произошла непредвиденная ошибка. Последнее действие могло не выполниться: "
              "проверьте его.\nПодробности в журнале: {path}",
        "en": "An unexpected error occurred. The last action may not have been carried out: check it.\n"
              "Details are in the log: {path}",
    },
    "log.see_log": {
        "ky": "Чоо-жайы журналда: {path}",
        "ru": "Подробности в журнале: {path}",
        "en": "Details are in the log: {path}",
    },
})

_handler: RotatingFileHandler | None = None
_fault_file = None


def log_path() -> Path:
    return paths.logs_dir() / LOG_FILE


def crash_path() -> Path:
    return paths.logs_dir() / CRASH_FILE


def setup(level: int = logging.INFO) -> Path:
    """Log to the rotating file of the current data folder; returns its path.

    Safe to call again (a test, another data folder): the previous file handler
    and fault file are replaced, never doubled.
    """
    global _handler
    target = log_path()
    if _handler is None or Path(_handler.baseFilename) != target.resolve():
        root = logging.getLogger()
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        _handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                       encoding="utf-8", delay=True)
        _handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(_handler)
        if root.level == logging.NOTSET or root.level > level:
            root.setLevel(level)
        _enable_faulthandler(crash_path())
    return target


def _enable_faulthandler(path: Path) -> None:
    global _fault_file
    if path.exists() and path.stat().st_size > MAX_BYTES:
        path.replace(path.with_name(path.name + ".1"))
    old = _fault_file
    _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115  (stays open: faulthandler writes into it on a crash)
    faulthandler.enable(file=_fault_file, all_threads=True)
    if old is not None:
        old.close()


def shutdown() -> None:
    """Detach the file handler and the fault file (tests; the end of a run)."""
    global _handler, _fault_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None


def record(exc_type, exc, tb, where: str = "") -> None:
    """Write an exception with its traceback to the log (and to stderr, if there is one)."""
    log.critical("Unexpected error%s", f" in {where}" if where else "", exc_info=(exc_type, exc, tb))
    for handler in logging.getLogger().handlers:
        handler.flush()
    if sys.stderr is not None:
        try:
            sys.stderr.write("".join(traceback.format_exception(exc_type, exc, tb)))
            sys.stderr.flush()
        except (OSError, ValueError):
            pass


def install_excepthook(notify: Callable[[str], None] | None = None) -> None:
    """Uncaught exceptions, in the main thread or any other, go to the log;
    then `notify(message)` tells the user (the window's dialog; the command
    line prints the line). Ctrl+C keeps Python's own handling."""

    def excepthook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        record(exc_type, exc, tb)
        _notify()

    def thread_excepthook(args) -> None:
        if args.exc_type is SystemExit:
            return
        record(args.exc_type, args.exc_value, args.exc_traceback,
               where=f"thread {args.thread.name}" if args.thread else "a thread")
        _notify()

    def _notify() -> None:
        message = i18n.t("log.unexpected", path=str(log_path()))
        try:
            if notify is not None:
                notify(message)
            elif sys.stderr is not None:
                print(i18n.t("log.see_log", path=str(log_path())), file=sys.stderr)
        except Exception:  # noqa: BLE001  (telling the user must never raise from the hook)
            log.exception("Could not show the error message")

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook

