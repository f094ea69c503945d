"""A dialog that was run modally must not crash the program later.

PySide6's exec() hands a parented dialog over to Python; the cycle collector
then deletes it whenever it runs, which was once in the middle of a language
change walking the page's children (a segfault seen in CI after the tests had
opened forms in a page). app.ui.modal.exec_dialog hands the dialog back to
Qt (deleteLater), which deletes it at a safe point. The crash itself is shown in a
child process: with plain exec() it dies of SIGSEGV."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.form_helpers import confirm, run_form
from app.ui.program_dialogs import FormDialog
from tests.ui.forms import answer

ROOT = Path(__file__).resolve().parents[2]

SCENARIO = """
import gc, sys
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from app.ui.modal import exec_dialog

app = QApplication([])


class Collector(QWidget):
    # a widget whose re-translation allocates enough for the collector to run
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            gc.collect()
        super().changeEvent(event)


page = QWidget()
Collector(page)


def edit():
    dialog = QDialog(page)
    dialog.cycle = dialog            # a reference cycle: only the collector frees the wrapper
    QTimer.singleShot(0, dialog.reject)
    (exec_dialog if sys.argv[1] == "exec_dialog" else QDialog.exec)(dialog)


edit()
# the user switches the language before the event loop came round again
QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
print("still running")
"""


def _scenario(how: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", SCENARIO, how], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_a_language_change_after_a_dialog_does_not_crash():
    done = _scenario("exec_dialog")
    assert done.returncode == 0 and "still running" in done.stdout, done.stderr
    # the fault this guards against, shown: the same steps with plain exec() crash
    assert _scenario("exec").returncode != 0


def test_forms_and_questions_are_given_back_and_deleted(qtbot, gui_app):
    page = QWidget()
    qtbot.addWidget(page)
    dialog = FormDialog("Form", page)
    page.dialog_hook = lambda d: None          # leaves the form unanswered: it ends as cancelled
    assert run_form(page, dialog) is False
    assert not shiboken6.ownedByPython(dialog)  # Qt's again: the collector cannot delete it
    page.confirm_hook = lambda box: answer(box, True)
    assert confirm(page, "Question", "Yes?") is True
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    assert [c for c in page.children() if c.isWidgetType()] == []   # no hidden dialog left behind per use


# dialogs made before the main window, without a parent (nothing to walk
# their children while they are alive), and the application's own loop
PLAIN_EXEC_ALLOWED = {("main.py", "dialog.exec()"), ("main.py", "box.exec()"), ("main.py", "app.exec()"),
                      ("modal.py", "dialog.exec()"),
                      ("jobs.py", "loop.exec()")}   # run_busy's QEventLoop: its window is shown, never exec()'d


def test_every_dialog_is_run_through_exec_dialog():
    import re

    found = set()
    for path in (ROOT / "app" / "ui").rglob("*.py"):
        for m in re.finditer(r"[\w.()]*?(\w+)\.exec\(\)", path.read_text(encoding="utf-8")):
            found.add((path.name, f"{m.group(1)}.exec()"))
    assert found <= PLAIN_EXEC_ALLOWED, sorted(found - PLAIN_EXEC_ALLOWED)
