"""The one date field of the program: dd.mm.yyyy typed the Kyrgyz/Russian
way ("02.12.2026", "2.12.2026" or "02122026"), a calendar that opens at
today (or at the date shown), and an empty state for optional dates."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

EMPTY = QDate(1999, 12, 31)       # the minimum stands for "no date" (shown blank)
DATE_FORMAT = "dd.MM.yyyy"


class DateEdit(QDateEdit):
    """A QDateEdit whose minimum date means "empty" (shown blank). Typing into
    an empty field starts from today's date with the day selected, so the
    digits and dots land where a person expects them."""

    textChanged = Signal(str)   # like a line edit's, for forms that watch text

    def __init__(self, parent: QWidget | None = None, value: date | None = None, optional: bool = True):
        super().__init__(parent)
        self.dateChanged.connect(self._date_changed)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(EMPTY)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(True)
        if optional:
            self.setSpecialValueText(" ")
        self.set_value(value if value is not None or optional else date.today())
        self.calendarWidget().installEventFilter(self)

    # --- value
    def value(self) -> date | None:
        d = self.date()
        return None if d == EMPTY else d.toPython()

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setSpecialValueText(" ")
            self.setDate(EMPTY)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    # --- the text of a line edit, for forms that read and write text
    def text(self) -> str:
        return "" if self.is_empty() else self.date().toString(DATE_FORMAT)

    def setText(self, text: str) -> None:
        d = QDate.fromString((text or "").strip(), DATE_FORMAT)
        if not d.isValid():
            d = QDate.fromString((text or "").strip(), "d.M.yyyy")
        if d.isValid():
            self.setSpecialValueText("" if not self.optional else self.specialValueText())
            self.setDate(d)
        else:
            self.set_value(None)

    def setPlaceholderText(self, text: str) -> None:
        self.setToolTip(text)

    def _date_changed(self, _d) -> None:
        self.textChanged.emit(self.text())

    # --- typing
    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        line = self.lineEdit()
        if text and text in ".,/-":
            # a full day or month already moved on to the next part: the dot
            # typed after it must not skip that part as well
            start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
            if start > 0 and line.text()[start - 1:start] == ".":
                event.accept()
                return
        if text and text.isdigit():
            if self.is_empty():
                self.setSpecialValueText("")
                self.setDate(QDate.currentDate())
                self.setSelectedSection(QDateEdit.Section.DaySection)
            elif self.lineEdit().hasSelectedText() and self.lineEdit().selectedText() == self.lineEdit().text():
                self.setSelectedSection(QDateEdit.Section.DaySection)   # all selected: start at the day
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.optional and (
                self.lineEdit().selectedText() == self.lineEdit().text()):
            self.set_value(None)
            return
        super().keyPressEvent(event)

        self._calendar_at_today()

    # --- the calendar opens at today while the field is empty
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._calendar_at_today()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.calendarWidget() and event.type() == QEvent.Type.Show:
            self._calendar_at_today()
        return super().eventFilter(obj, event)

    def _calendar_at_today(self) -> None:
        if self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


def date_edit(parent: QWidget | None, name: str, value: date | None = None, optional: bool = True) -> DateEdit:
    """The date field used everywhere (forms, filters, dialogs)."""
    edit = DateEdit(parent, value, optional)
    edit.setObjectName(name)
    return edit
