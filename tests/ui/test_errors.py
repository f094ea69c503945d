"""Errors in sight: an exception in a slot (or a worker thread) lands in the
rotating log with its traceback and the user sees a message box in their
language with the log's path; Qt's own warnings go to the log; a start that
fails is shown, not a silent exit."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app import i18n, logs
from app.ui import main as ui_main
from app.ui.errors import ErrorRouting


@pytest.fixture
def routing(gui_app):
    """The hooks run_gui installs, removed after the test (pytest-qt's come back)."""
    logs.setup()
    installed = ErrorRouting(gui_app).install()
    yield installed
    installed.remove()
    if installed.reporter.box is not None:
        installed.reporter.box.close()
    logs.shutdown()


def _log_text() -> str:
    return logs.log_path().read_text(encoding="utf-8")


def _press_ok(qtbot, box: QMessageBox) -> None:
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert ok is not None and ok.isVisible()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_an_exception_in_a_slot_shows_the_dialog_and_lands_in_the_log(qtbot, switcher, routing, lang):
    switcher.apply(lang)
    button = QPushButton("Do it")
    qtbot.addWidget(button)

    def broken_slot():
        raise RuntimeError("boom in a slot: Айгүл")

    button.clicked.connect(broken_slot)
    button.show()
    qtbot.waitExposed(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    box = routing.reporter.box
    assert box is not None and box.isVisible()
    assert box.text() == i18n.t("log.unexpected", lang, path=str(logs.log_path()))
    assert str(logs.log_path()) in box.text()
    assert ("журналда" if lang == "ky" else "журнале") in box.text()
    _press_ok(qtbot, box)
    qtbot.waitUntil(lambda: routing.reporter.box is None)

    text = _log_text()
    assert "CRITICAL demilge" in text and "Traceback" in text
    assert "RuntimeError: boom in a slot: Айгүл" in text and "broken_slot" in text


def test_only_one_box_at_a_time_but_every_error_is_logged(qtbot, switcher, routing):
    button = QPushButton("Do it")
    qtbot.addWidget(button)
    count = iter(range(10))
    button.clicked.connect(lambda: (_ for _ in ()).throw(ValueError(f"failure {next(count)}")))
    button.show()
    qtbot.waitExposed(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = routing.reporter.box
    button.click()          # the box is modal to the user; a second error (a timer, a repaint) comes anyway
    assert routing.reporter.box is first
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()] == [first]
    _press_ok(qtbot, first)
    text = _log_text()
    assert "ValueError: failure 0" in text and "ValueError: failure 1" in text


def test_an_exception_in_a_worker_thread_is_shown_by_the_gui_thread(qtbot, switcher, routing):
    worker = threading.Thread(target=lambda: 1 / 0, name="report-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: routing.reporter.box is not None and routing.reporter.box.isVisible())
    assert routing.reporter.box.thread() is QApplication.instance().thread()
    _press_ok(qtbot, routing.reporter.box)
    text = _log_text()
    assert "in thread report-worker" in text and "ZeroDivisionError" in text


def test_qt_warnings_go_to_the_log(routing):
    qWarning("a warning from Qt: ң ө ү")
    assert "WARNING qt " in _log_text() and "a warning from Qt: ң ө ү" in _log_text()


def test_a_start_that_fails_shows_the_dialog_and_returns_1(qtbot, gui_app, monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr("sys.excepthook", sys.excepthook)

    def broken_open(db_path, switcher):
        raise KeyError("settings damaged")

    monkeypatch.setattr(ui_main, "open_for_window", broken_open)
    seen: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        _press_ok(qtbot, box)

    QTimer.singleShot(0, answer)
    before = sys.excepthook
    assert ui_main.run_gui(tmp_path / "office.sqlite3", "ru") == 1
    assert seen == [i18n.t("log.unexpected", "ru", path=str(logs.log_path()))]
    assert "KeyError: 'settings damaged'" in _log_text() and "start-up" in _log_text()
    assert sys.excepthook is before          # run_gui put the previous hooks back
    logs.shutdown()


def test_a_background_job_that_breaks_is_logged_a_refusal_is_not(routing):
    from app.services.errors import ServiceError
    from app.ui.jobs import Job

    def broken_report():
        raise KeyError("missing column")

    def refused():
        raise ServiceError("cli.empty")

    failures = []
    for fn in (broken_report, refused):
        job = Job(fn)
        job.signals.failed.connect(failures.append)
        job.run()
    assert [type(e) for e in failures] == [KeyError, ServiceError]
    text = _log_text()
    assert "Background job broken_report failed" in text and "KeyError: 'missing column'" in text
    assert "refused" not in text


def test_a_failed_start_up_backup_is_logged_and_shown_but_work_goes_on(gui_app, monkeypatch, db):
    from app.services import backup

    def broken_backup(path, reason):
        raise OSError("disk full")

    shown: list[str] = []
    monkeypatch.setattr(backup, "backup_now", broken_backup)
    monkeypatch.setattr(ui_main, "show_error", lambda text, parent=None: shown.append(text))
    logs.setup()
    try:
        ui_main.start_backup(db)             # returns: the office keeps working
        assert shown == [i18n.t("log.unexpected", path=str(logs.log_path()))]
        assert "The start-up backup failed" in _log_text() and "OSError: disk full" in _log_text()
    finally:
        logs.shutdown()


def test_garbage_holding_a_widget_is_collected_on_the_gui_thread_not_in_a_worker(gui_app):
    """A worker thread that allocates (a report, a count) must not run the
    collector: it would delete a closed page's widgets outside the GUI
    thread and crash the program (seen in the UI tests before this)."""
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    from app.ui.collector import GuiThreadCollector

    class ClosedPage:
        pass

    before = gc.isenabled()            # off already when the test's fixtures installed one
    collector = GuiThreadCollector().install()
    try:
        freed_in: list[str] = []
        page = ClosedPage()
        page.itself, page.widget = page, QWidget()              # a cycle, as a page with its slots makes
        weakref.finalize(page, lambda: freed_in.append(threading.current_thread().name))
        del page
        kept: list = []                                         # what a report builds, alive until it ends
        worker = threading.Thread(target=lambda: kept.extend([[i]] for i in range(50_000)), name="report-worker")
        worker.start()
        worker.join()
        assert freed_in == [] and not gc.isenabled()          # the worker allocated, collected nothing
        assert collector.check() >= 0                          # the timer's check, due now
        assert freed_in == [threading.current_thread().name] == [threading.main_thread().name]
    finally:
        collector.remove()
    assert gc.isenabled() == before
