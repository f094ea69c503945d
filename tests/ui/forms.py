"""Answering a FormDialog in a test: set its fields, press OK, say whether
it was accepted (a refused input keeps it open with its messages)."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLineEdit


def fill_form(dialog, **values) -> bool:
    for key, value in values.items():
        w = dialog.fields[key]
        if isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(w.findData(value))
        elif isinstance(w, QDateEdit):
            w.setDate(QDate(value.year, value.month, value.day))
    dialog._on_ok()
    return dialog.result() == QDialog.DialogCode.Accepted
