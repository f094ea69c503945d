"""Answering dialogs in a test the way a person does: type into the real
fields, then press the real OK (or Yes/No) button with the mouse.

A page opens its forms with app.ui.form_helpers.run_form / confirm; a test
sets `page.dialog_hook = lambda d: fill_form(d, ...)` or
`page.confirm_hook = lambda box: answer(box, True)`. The hook runs while the
dialog is open and modal; whatever it does, the dialog is closed afterwards
(an OK that did not take the input ends as cancelled), so nothing hangs.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit


def ok_button(dialog):
    """The dialog's OK (or Save) button: the one a person presses."""
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None and button.isVisible(), "the dialog shows no OK button"
    return button


def press(button) -> None:
    """A left click in the middle of the button, as a person does."""
    assert button.isEnabled(), f"the button «{button.text()}» is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def set_fields(dialog, **values) -> None:
    for key, value in values.items():
        w = dialog.fields[key]
        if isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            assert index >= 0, f"{key}: no choice {value!r}"
            w.setCurrentIndex(index)
        elif isinstance(w, QDateEdit):
            w.setDate(QDate(value.year, value.month, value.day))
        else:
            raise TypeError(f"{key}: cannot fill a {type(w).__name__}")


def fill_form(dialog, **values) -> bool:
    """Fill the fields, press OK; True when the dialog took the input and
    closed (a refused input keeps it open with its messages)."""
    assert dialog.isVisible(), "the form is not open"
    set_fields(dialog, **values)
    press(ok_button(dialog))
    return dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def answer(box: QMessageBox, yes: bool) -> None:
    """Press Yes or No in a question box."""
    assert box.isVisible(), "the question is not shown"
    press(box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No))


def wait_job(qtbot, job, timeout=30000):
    """Wait until a background job has ended and its signals reached the GUI.
    (Connecting to the job's signal after it started races with a quick job:
    a signal emitted before the connection is never delivered.)"""
    qtbot.waitUntil(job.done.is_set, timeout=timeout)
    qtbot.wait(50)   # queued signals from the worker thread are delivered here
    return job
