"""Dialogs of the development-program page: a small form dialog used for the
program, priorities, tasks, measures and indicators, and the Excel import
dialog with its preview."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.form_helpers import DiscardGuard, reserve_line
from app.services import program_import as I
from app.services.errors import ServiceError, ValidationError

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "color: #1D4ED8;"


class FormDialog(DiscardGuard, QDialog):
    """Labelled fields with an error line under each; OK calls `submit(values)`
    (a service call). A refused call shows its messages at the fields and
    keeps the dialog open; Esc cancels."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel(self)
        self.general_error.setObjectName("form_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        reserve_line(self.general_error)
        self.notice = QLabel(self)
        self.notice.setObjectName("form_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.submit: Callable[[dict], object] | None = None
        self.result_value = None

    def snapshot(self):
        return self.values(), [b.isChecked() for b in self.findChildren(QCheckBox)]

    def show_conversion_notice(self, text: str) -> None:
        """What was converted from an old Kyrgyz font (app.ui.form_helpers)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.adjustSize()

    def add_line(self, key: str, label: str, text: str = "") -> QLineEdit:
        from app.ui.form_helpers import watch_old_fonts

        edit = QLineEdit(self)
        edit.setObjectName(f"field_{key}")
        edit.setText(text)
        watch_old_fonts(edit)
        self._add(key, label, edit)
        return edit

    def add_combo(self, key: str, label: str, items: list[tuple[str, object]], current=None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"field_{key}")
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._add(key, label, combo)
        return combo

    def add_date(self, key: str, label: str, value=None) -> QDateEdit:
        from app.ui.dates import date_edit

        edit = date_edit(self, f"field_{key}", value)
        self._add(key, label, edit)
        return edit

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        err = QLabel(self)
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        reserve_line(err)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(err)
        self.form.addRow(lab, box)
        self.fields[key] = widget
        self.errors[key] = err

    def values(self) -> dict:
        out = {}
        for key, w in self.fields.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QDateEdit):
                d = w.date()
                out[key] = None if d == w.minimumDate() else d.toPython()
        return out

    def show_error(self, exc: ServiceError) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        items = exc.errors.items() if isinstance(exc, ValidationError) else [(exc.field, exc)]
        first = None
        for field, err in items:
            key = (field or "").split(":")[0]
            target = self.errors.get(field or "") or self.errors.get(key)
            if target is None and field and field.startswith("target_"):
                target = self.errors.get(field)
            if target is None:
                self.general_error.setText(err.message())
                self.general_error.show()
                continue
            target.setText(err.message())
            target.show()
            first = first or self.fields.get(field) or self.fields.get(key)
        if first is not None:
            first.setFocus()
        # a long message gets its room: a wrapped line under a narrow field
        # is as tall as its text needs at the field's width
        for key, label in self.errors.items():
            if not label.isHidden():
                width = max(self.fields[key].width(), 200)
                label.setMinimumHeight(label.heightForWidth(width))
        self.adjustSize()

    def _on_ok(self) -> None:
        if self.submit is None:
            self.accept()
            return
        try:
            self.result_value = self.submit(self.values())
        except ServiceError as exc:
            self.show_error(exc)
            return
        self.accept()


class ImportDialog(QDialog):
    """Choose an XLSX file and what it holds, read it, look at what was
    understood and at the rows that could not be read, then import."""

    def __init__(self, db, program_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.db = db
        self.program_id = program_id
        self.preview: I.ImportPreview | None = None
        self.result: I.ImportResult | None = None
        self.resize(900, 600)

        self.kind = QComboBox(self)
        self.kind.setObjectName("import_kind")
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path)
        self.browse = QPushButton(self)
        self.browse.setObjectName("import_browse")
        self.read = QPushButton(self)
        self.read.setObjectName("import_read")
        self.layout_hint = QLabel(self)
        self.layout_hint.setWordWrap(True)
        self.file_error = QLabel(self)
        self.file_error.setObjectName("import_file_error")
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.setWordWrap(True)
        self.rows_label = QLabel(self)
        self.rows = QTableWidget(0, 5, self)
        self.rows.setObjectName("import_rows")
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems_label = QLabel(self)
        self.converted = QLabel(self)
        self.converted.setObjectName("import_converted")
        self.converted.setWordWrap(True)
        self.converted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QTableWidget(0, 2, self)
        self.problems.setObjectName("import_problems")
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.skip = QCheckBox(self)
        self.skip.setObjectName("import_skip")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("import_ok")

        top = QFormLayout()
        top.addRow(self.kind_label, self.kind)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_row.addWidget(self.read)
        top.addRow(self.path_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.layout_hint)
        layout.addWidget(self.file_error)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.converted)
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)

        self.browse.clicked.connect(self._browse)
        self.read.clicked.connect(self.read_file)
        self.path.returnPressed.connect(self.read_file)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.skip.toggled.connect(self._update_ok)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from Excel"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Indicator matrix (11 columns)"), I.INDICATOR_MATRIX)
        self.kind.addItem(self.tr("Action plan (6 columns)"), I.ACTION_PLAN)
        if current:
            self.kind.setCurrentIndex(self.kind.findData(current))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("&What the file holds:"))
        self.path_label.setText(self.tr("&File:"))
        self.browse.setText(self.tr("&Browse..."))
        self.read.setText(self.tr("&Read the file"))
        self.skip.setText(self.tr("Import &without the rows that could not be read"))
        self.ok.setText(self.tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._hint()
        self._fill()

    def _hint(self) -> None:
        if self.kind.currentData() == I.ACTION_PLAN:
            self.layout_hint.setText(self.tr(
                "Columns A–F: No. · task · measures/actions · period · expected result · responsible executors. "
                "A row with text only in A is a priority (\"1. ...\", \"Priority 2 ...\") or a sub-area."))
        else:
            self.layout_hint.setText(self.tr(
                "Columns A–K: issue · indicator · unit · baseline (2022) · year 1 · year 2 · year 3 · year 4 · "
                "final target · responsible · footnote. Values: 8 371,4 or 50 % or 1:2,5; an indicator starting "
                "with \"including\" is a sub-indicator."))

    def _kind_changed(self) -> None:
        self._hint()
        self.preview = None
        self._fill()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Excel file"), "",
                                              self.tr("Excel files (*.xlsx)"))
        if path:
            self.path.setText(path)
            self.read_file()

    def read_file(self) -> None:
        self.file_error.clear()
        self.preview = None
        try:
            self.preview = I.preview_import(self.db, self.program_id, self.path.text().strip(),
                                            self.kind.currentData())
        except ServiceError as exc:
            self.file_error.setText(exc.message())
        self._fill()

    def _fill(self) -> None:
        pv = self.preview
        rows = list(pv.rows) if pv else []
        problems = list(pv.problems) if pv else []
        if pv and pv.kind == I.INDICATOR_MATRIX:
            heads = [self.tr("Row"), self.tr("Indicator"), self.tr("Unit"), self.tr("Targets"),
                     self.tr("Final target")]
        else:
            heads = [self.tr("Row"), self.tr("Title"), self.tr("Kind"), self.tr("Period"),
                     self.tr("Responsible")]
        self.rows.setColumnCount(len(heads))
        self.rows.setHorizontalHeaderLabels(heads)
        self.rows.setRowCount(len(rows))
        kinds = {"priority": self.tr("priority"), "area": self.tr("sub-area"), "task": self.tr("task"),
                 "measure": self.tr("measure")}
        for r, row in enumerate(rows):
            if isinstance(row, I.MatrixRow):
                cells = [str(row.row), ("    " if row.parent_row else "") + row.name, row.unit or "",
                         " · ".join(f"{y}: {row.fmt(v)}" for y, v in row.targets), row.fmt(row.final)]
            else:
                cells = [str(row.row), row.title, kinds[row.kind], row.period_text or "",
                         ", ".join(row.responsible)]
            for c, text in enumerate(cells):
                self.rows.setItem(r, c, QTableWidgetItem(text))
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it could not be read")])
        self.problems.setRowCount(len(problems))
        for r, p in enumerate(problems):
            self.problems.setItem(r, 0, QTableWidgetItem(str(p.row)))
            self.problems.setItem(r, 1, QTableWidgetItem(p.message()))
        for table in (self.rows, self.problems):
            table.verticalHeader().hide()
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rows_label.setText(self.tr("Rows read: %1").replace("%1", str(len(rows))))
        self.problems_label.setText(self.tr("Rows that could not be read: %1").replace("%1", str(len(problems))))
        self.skip.setVisible(bool(problems))
        notice = pv.conversion_notice() if pv else ""
        self.converted.setText(notice)
        self.converted.setVisible(bool(notice))
        self._update_ok()

    def _update_ok(self) -> None:
        pv = self.preview
        self.ok.setEnabled(bool(pv and pv.rows and (not pv.problems or self.skip.isChecked())))

    def confirm(self) -> None:
        if self.preview is None:
            return
        try:
            self.result = I.confirm_import(self.db, self.preview, skip_bad_rows=self.skip.isChecked())
        except ServiceError as exc:
            self.file_error.setText(exc.message())
            return
        self.accept()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def align_right(item: QTableWidgetItem) -> QTableWidgetItem:
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
