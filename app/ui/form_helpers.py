"""Pieces shared by the competition and application forms: a field with its
inline error line under it, reading text from widgets, and showing a
service's refusal in the user's language."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_amount
from app.services import oldfonts
from app.services.errors import ServiceError, ValidationError
from app.ui.modal import exec_dialog

ERROR_COLOR = "#B00020"


class ErrorLabel(QLabel):
    """A red line under a field; hidden while there is nothing to say."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"{name}_error")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """The field with its error line under it, as one form cell."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def show_conversion(widget: QWidget, note: str) -> None:
    """Tell what was converted from an old Kyrgyz font: in the window's own
    notice line when it has one, else as the field's tooltip, shown now."""
    from PySide6.QtWidgets import QToolTip

    widget.setToolTip(note)
    window = widget.window()
    if hasattr(window, "show_conversion_notice"):
        window.show_conversion_notice(note)
    elif note:
        QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), note, widget)


def _convert_line(edit: QLineEdit) -> None:
    conv = oldfonts.convert_text(edit.text())
    if not conv.changed and not conv.unresolved:
        return
    if conv.changed:
        pos = edit.cursorPosition()
        edit.setText(conv.text)
        edit.setCursorPosition(min(pos, len(conv.text)))
    show_conversion(edit, oldfonts.notice([conv]))


def watch_old_fonts(edit: QLineEdit) -> QLineEdit:
    """Text typed or pasted into the field in an old Kyrgyz font becomes
    proper ң ө ү at once, and the user is told which words changed."""
    edit.textEdited.connect(lambda _text, e=edit: _convert_line(e))
    return edit


class PlainTextEdit(QPlainTextEdit):
    """A multi-line field that converts text pasted in an old Kyrgyz font."""

    def insertFromMimeData(self, source) -> None:
        text = source.text() if source is not None and source.hasText() else ""
        conv = oldfonts.convert_text(text)
        if not conv.changed and not conv.unresolved:
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(conv.text)
        show_conversion(self, oldfonts.notice([conv]))


def plain_text(parent, name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (it does not type a tab)."""
    edit = PlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def line(parent, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    return watch_old_fonts(edit)


def value(widget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


def show_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def show_money(tyiyn: int | None) -> str:
    return "" if tyiyn is None else format_amount(tyiyn, sep=" ")


def competition_choice(row) -> str:
    """How a competition reads in a drop-down: "ЖД 2021 — title"."""
    from app.ui.labels import COMPETITION_KIND

    return f"{COMPETITION_KIND.label(row.kind)} {row.year} — {row.title}"


class LazyCombo(QComboBox):
    """A drop-down whose many choices (a district's 50 000 competitions) are
    read only when someone looks at them: opening it, a key or the wheel on
    it, or code asking for its items (findData, count). Until then it holds
    its fixed first choices and the one chosen, so the filter it sets works
    and reads the same."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loader = None

    def set_choices(self, first, loader, keep=None) -> None:
        """`first`: [(text, data)] always at the top; `loader()`: the rest,
        [(text, data)], read when needed; `keep`: (data, text) of the choice
        to show chosen (it stays chosen after the rest is read). Emits no
        signal."""
        self.blockSignals(True)
        try:
            super().clear()
            for text, data in first:
                self.addItem(text, data)
            self._first, self._loader = list(first), loader
            data, text = keep if keep else (None, "")
            index = super().findData(data) if data is not None else 0
            if index < 0:
                self.addItem(text, data)
                index = super().count() - 1
            self.setCurrentIndex(max(0, index))
        finally:
            self.blockSignals(False)

    def fill(self) -> None:
        """Read the choices now (once)."""
        if self._loader is None:
            return
        loader, self._loader = self._loader, None
        chosen = self.currentData()
        self.blockSignals(True)
        try:
            super().clear()
            for text, data in self._first + list(loader()):
                self.addItem(text, data)
            index = super().findData(chosen) if chosen is not None else 0
            self.setCurrentIndex(max(0, index))
        finally:
            self.blockSignals(False)
        if chosen is not None and index < 0:       # the chosen one is gone: the filter changes, say so
            self.currentIndexChanged.emit(0)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def keyPressEvent(self, event) -> None:
        self.fill()
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        self.fill()
        super().wheelEvent(event)

    def findData(self, *args, **kwargs) -> int:
        self.fill()
        return super().findData(*args, **kwargs)

    def findText(self, *args, **kwargs) -> int:
        self.fill()
        return super().findText(*args, **kwargs)

    def count(self) -> int:
        self.fill()
        return super().count()


def field_errors(exc: ServiceError) -> dict[str, str]:
    """field -> message in the current language."""
    if isinstance(exc, ValidationError):
        return {name: err.message() for name, err in exc.errors.items()}
    return {exc.field or "": exc.message()}


def refuse(parent: QWidget, exc: ServiceError, title: str) -> None:
    """A refusal that belongs to no field: a message box saying why."""
    QMessageBox.warning(parent, title, exc.message())


def reserve_line(label: QLabel) -> QLabel:
    """Keep a line's room while the message is hidden, so that the buttons
    below do not jump when a warning appears (a click would land elsewhere)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().height())
    return label


class DiscardGuard:
    """For a QDialog (put it first among the bases): closing a form whose
    fields differ from what was last loaded or saved asks first (Close, Esc,
    the window's X). The dialog gives `snapshot()`; it is taken when the
    form is first shown and again by `mark_clean()` after loading or saving."""

    _clean_state = None

    def snapshot(self):
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean_state = self.snapshot()

    def has_unsaved(self) -> bool:
        return self._clean_state is not None and self.snapshot() != self._clean_state

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._clean_state is None:
            self.mark_clean()

    def reject(self) -> None:
        if self.has_unsaved() and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        hook = getattr(self, "discard_hook", None)
        if hook is not None:
            return bool(hook())
        from PySide6.QtCore import QCoreApplication

        SB = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), QCoreApplication.translate(
            "Forms", "The form has changes that are not saved. Close it and lose them?"), SB.Discard | SB.Cancel, self)
        box.setObjectName("discard_question")
        box.setDefaultButton(SB.Cancel)
        return exec_dialog(box) == SB.Discard


def show_in_sight(widget: QWidget) -> None:
    """Scroll every scroll area holding `widget` so that it is on screen (an
    error line below the visible part of a page is an error nobody sees)."""
    from PySide6.QtCore import QTimer

    def scroll() -> None:
        from PySide6.QtWidgets import QScrollArea

        parent = widget.parentWidget()
        while parent is not None:
            if (isinstance(parent, QScrollArea) and parent.widget() is not None
                    and parent.widget().isAncestorOf(widget)):
                parent.ensureWidgetVisible(widget, 0, 20)
            parent = parent.parentWidget()

    QTimer.singleShot(0, widget, scroll)   # once the new line's place is laid out


LOCKED_STYLE = "background: #ECECEC; color: #505050;"


def show_locked(widget: QWidget, locked: bool, why: str = "") -> None:
    """A field that may not change looks so (grey, read-only) and says why
    in its tooltip, instead of a white field where typing does nothing."""
    if hasattr(widget, "setReadOnly"):
        widget.setReadOnly(locked)
    else:
        widget.setEnabled(not locked)
    widget.setProperty("locked", locked)
    widget.setStyleSheet(LOCKED_STYLE if locked else "")
    widget.setToolTip(why if locked else "")


def mark_invalid(widget: QWidget, bad: bool) -> None:
    """Tint a field whose value was refused (besides the text under it)."""
    widget.setProperty("invalid", bad)
    if bad:
        widget.setStyleSheet(f"border: 1px solid {ERROR_COLOR};")
    else:
        widget.setStyleSheet(LOCKED_STYLE if widget.property("locked") else "")


class FlowLayout(QLayout):
    """Lays widgets left to right and wraps to the next line when narrow
    (so a row of buttons never forces the window to be wide)."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)
        if isinstance(parent, QWidget):
            # Qt skips the layout of a hidden widget; texts changed meanwhile
            # (a language switch) would keep their old widths: lay out on show
            parent.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            self.invalidate()
            self.setGeometry(watched.rect())
        return False

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(item.widget().parentWidget()):
                continue
            # the widget's own hint: an item's cached one can be stale after a
            # language change while the page was hidden
            hint = item.widget().sizeHint() if item.widget() is not None else item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def labelled(parent: QWidget, label: QLabel, widget: QWidget, *more: QWidget) -> QWidget:
    """A label and its field(s) kept together on one line of a FlowLayout."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label.setParent(box)
    row.addWidget(label)
    for w in (widget, *more):
        w.setParent(box)
        row.addWidget(w)
    return box


# --------------------------------------------------------------------------
# Small tables of records, and forms and questions a test can answer

ID_ROLE = Qt.ItemDataRole.UserRole


def table_item(text: str, data=None, right: bool = False, editable: bool = False) -> QTableWidgetItem:
    """A cell: its record id in ID_ROLE, amounts to the right, long text in a
    tooltip, editable only when asked."""
    item = QTableWidgetItem(text)
    if len(text) > 30:
        item.setToolTip(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    return item


def record_table(parent, name: str) -> QTableWidget:
    """A read-only table of records, one selected row at a time."""
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def fit_columns(table: QTableWidget, stretch: int | None = None, widest: int = 300) -> None:
    """Columns as wide as their text (at most `widest`); `stretch` takes the rest."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for i in range(table.columnCount()):
        if header.sectionSize(i) > widest:
            header.resizeSection(i, widest)
    if stretch is not None and 0 <= stretch < table.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def selected_id(table: QTableWidget):
    """The record id of the current row (first column), or None."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(ID_ROLE) if item is not None else None


def _answer_when_shown(dialog, hook) -> None:
    """Call `hook(dialog)` once the dialog's own event loop runs, and close the
    dialog after it whatever the hook did: a form a test left unanswered (or
    whose OK did nothing) ends as cancelled instead of waiting forever; a
    filled form is not asked about its unsaved changes then (DiscardGuard's
    question would be one more modal nobody answers)."""

    def answer() -> None:
        try:
            hook(dialog)
        finally:
            if dialog.isVisible():
                QDialog.reject(dialog)   # ends as cancelled, without DiscardGuard's question

    QTimer.singleShot(0, answer)


def run_form(owner: QWidget, dialog) -> bool:
    """Show a form dialog modally; True when it was accepted (its OK took the
    input). A test sets `owner.dialog_hook`: it is called with the open dialog
    and answers it through its real fields and buttons (tests/ui/forms.py)."""
    hook = getattr(owner, "dialog_hook", None)
    if hook is not None:
        _answer_when_shown(dialog, hook)
    return exec_dialog(dialog) == QDialog.DialogCode.Accepted


def confirm(owner: QWidget, title: str, text: str) -> bool:
    """Ask yes or no; True when Yes was pressed. A test sets
    `owner.confirm_hook`: it is called with the open message box and presses
    one of its buttons (tests/ui/forms.py `answer`)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, owner)
    box.setObjectName("confirm_box")
    hook = getattr(owner, "confirm_hook", None)
    if hook is not None:
        _answer_when_shown(box, hook)
    exec_dialog(box)
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
