"""The development program area: the action plan as a tree (priorities,
sub-areas, tasks, measures), the indicator matrix with its target check, the
half-year monitoring (actual values and measure statuses) and the annual
plan. Every button is one service call; the page then reads the program
again."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import programs as P
from app.domain.enums import MeasureStatus
from app.services.auth import Perm
from app.services import programs as S
from app.services.errors import ServiceError
from app.ui.form_helpers import confirm, run_form, show_date
from app.ui.program_dialogs import ERROR_STYLE, FormDialog, ImportDialog, align_right
from app.ui.roles import restrict
from app.ui.table import heading_label

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_KIND = Qt.ItemDataRole.UserRole + 1



def _typed(value) -> str:
    """A stored number as a person types it: 8371,4 (empty for none)."""
    return format(value.normalize(), "f").replace(".", ",") if value is not None else ""


def _pop_targets(values: dict, years) -> dict:
    """Take the yearly target fields out of a form's values; empty ones are left out."""
    targets = {y: values.pop(f"target_{y}") for y in years}
    return {y: t for y, t in targets.items() if t.strip()}

class ProgramPage(QWidget):
    def __init__(self, db=None, parent=None):
        super().__init__(parent)
        self.setObjectName("program")
        self.db = db
        self.loaded = False
        self.program: P.ProgramData | None = None

        self.heading = heading_label(self)
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("program_combo")
        self.program_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program_combo.setMinimumContentsLength(16)
        self.program_label = QLabel(self)
        self.program_label.setBuddy(self.program_combo)
        self.new_program = QPushButton(self)
        self.new_program.setObjectName("new_program")
        self.edit_program = QPushButton(self)
        self.edit_program.setObjectName("edit_program")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_button")
        self.info = QLabel(self)
        self.info.setObjectName("program_info")
        self.info.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("program_tabs")
        # action plan
        self.plan_tab = QWidget(self.tabs)
        self.tree = QTreeWidget(self.plan_tab)
        self.tree.setObjectName("plan_tree")
        self.tree.setColumnCount(5)
        self.tree.setWordWrap(True)
        self.add_priority_button = QPushButton(self.plan_tab)
        self.add_priority_button.setObjectName("add_priority")
        self.add_task_button = QPushButton(self.plan_tab)
        self.add_task_button.setObjectName("add_task")
        self.add_measure_button = QPushButton(self.plan_tab)
        self.add_measure_button.setObjectName("add_measure")
        self.delete_button = QPushButton(self.plan_tab)
        self.delete_button.setObjectName("delete_item")
        self.edit_item_button = QPushButton(self.plan_tab)
        self.edit_item_button.setObjectName("edit_item")
        buttons = QHBoxLayout()
        for b in (self.add_priority_button, self.add_task_button, self.add_measure_button, self.edit_item_button,
                  self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self.plan_tab)
        lay.addLayout(buttons)
        lay.addWidget(self.tree)
        # indicator matrix
        self.matrix_tab = QWidget(self.tabs)
        self.matrix = QTableWidget(self.matrix_tab)
        self.matrix.setObjectName("matrix_table")
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.add_indicator_button = QPushButton(self.matrix_tab)
        self.add_indicator_button.setObjectName("add_indicator")
        self.warnings = QLabel(self.matrix_tab)
        self.warnings.setObjectName("matrix_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_indicator_button = QPushButton(self.matrix_tab)
        self.edit_indicator_button.setObjectName("edit_indicator")
        self.delete_indicator_button = QPushButton(self.matrix_tab)
        self.delete_indicator_button.setObjectName("delete_indicator")
        self.propose_button = QPushButton(self.matrix_tab)
        self.propose_button.setObjectName("propose_correction")
        self.matrix.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.matrix.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        lay = QVBoxLayout(self.matrix_tab)
        row = QHBoxLayout()
        for b in (self.add_indicator_button, self.edit_indicator_button, self.delete_indicator_button,
                  self.propose_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.matrix, 1)
        lay.addWidget(self.warnings)
        # monitoring
        self.monitor_tab = QWidget(self.tabs)
        self.half_combo = QComboBox(self.monitor_tab)
        self.half_combo.setObjectName("half_combo")
        self.half_label = QLabel(self.monitor_tab)
        self.half_label.setBuddy(self.half_combo)
        self.actuals = QTableWidget(self.monitor_tab)
        self.actuals.setObjectName("actuals_table")
        self.statuses = QTableWidget(self.monitor_tab)
        self.statuses.setObjectName("status_table")
        self.save_button = QPushButton(self.monitor_tab)
        self.save_button.setObjectName("save_half")
        self.monitor_error = QLabel(self.monitor_tab)
        self.monitor_error.setObjectName("monitor_error")
        self.monitor_error.setStyleSheet(ERROR_STYLE)
        self.monitor_error.setWordWrap(True)
        self.monitor_saved = QLabel(self.monitor_tab)
        self.monitor_saved.setObjectName("monitor_saved")
        self.actual_checks = QLabel(self.monitor_tab)
        self.actual_checks.setObjectName("actual_checks")
        self.actual_checks.setWordWrap(True)
        self.actual_checks.setStyleSheet(ERROR_STYLE)
        self.actual_checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indicators_caption = QLabel(self.monitor_tab)
        self.measures_caption = QLabel(self.monitor_tab)
        lay = QVBoxLayout(self.monitor_tab)
        row = QHBoxLayout()
        row.addWidget(self.half_label)
        row.addWidget(self.half_combo)
        row.addStretch(1)
        row.addWidget(self.monitor_saved)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        lay.addWidget(self.monitor_error)
        lay.addWidget(self.indicators_caption)
        lay.addWidget(self.actuals, 1)
        lay.addWidget(self.actual_checks)
        lay.addWidget(self.measures_caption)
        lay.addWidget(self.statuses, 1)
        # annual plan
        self.annual_tab = QWidget(self.tabs)
        self.year_combo = QComboBox(self.annual_tab)
        self.year_combo.setObjectName("year_combo")
        self.year_label = QLabel(self.annual_tab)
        self.year_label.setBuddy(self.year_combo)
        self.derive_button = QPushButton(self.annual_tab)
        self.derive_button.setObjectName("derive_plan")
        self.annual = QTableWidget(self.annual_tab)
        self.annual.setObjectName("annual_table")
        self.annual.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.missing = QLabel(self.annual_tab)
        self.missing.setObjectName("annual_missing")
        self.missing.setWordWrap(True)
        lay = QVBoxLayout(self.annual_tab)
        row = QHBoxLayout()
        row.addWidget(self.year_label)
        row.addWidget(self.year_combo)
        row.addWidget(self.derive_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.missing)
        lay.addWidget(self.annual, 1)

        self._build_group_tab()
        for tab in (self.plan_tab, self.matrix_tab, self.monitor_tab, self.annual_tab, self.group_tab):
            self.tabs.addTab(tab, "")
        for table in (self.matrix, self.actuals, self.statuses, self.annual):
            table.verticalHeader().hide()

        top = QHBoxLayout()
        top.addWidget(self.program_label)
        top.addWidget(self.program_combo, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.new_program)
        actions.addWidget(self.edit_program)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)

        self.program_combo.currentIndexChanged.connect(self._program_chosen)
        self.half_combo.currentIndexChanged.connect(self._fill_monitoring)
        self.year_combo.currentIndexChanged.connect(self._fill_annual)
        self.new_program.clicked.connect(self.create_program)
        self.edit_program.clicked.connect(self.change_program)
        self.import_button.clicked.connect(self.open_import)
        self.add_priority_button.clicked.connect(self.add_priority)
        self.add_task_button.clicked.connect(self.add_task)
        self.add_measure_button.clicked.connect(self.add_measure)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.save_button.clicked.connect(self.save_half_year)
        self.derive_button.clicked.connect(self.derive_annual)
        self.edit_item_button.clicked.connect(self.edit_selected)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.edit_indicator_button.clicked.connect(self.edit_indicator)
        self.matrix.doubleClicked.connect(lambda *_: self.edit_indicator())
        self.delete_indicator_button.clicked.connect(self.delete_indicator)
        self.propose_button.clicked.connect(self.propose_correction)
        self.retranslate()
        if db is not None:
            self.load(db)

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Development program"))
        self.program_label.setText(self.tr("&Program:"))
        self.new_program.setText(self.tr("&New program..."))
        self.edit_program.setText(self.tr("&Edit..."))
        self.import_button.setText(self.tr("&Import from Excel..."))
        self.tabs.setTabText(0, self.tr("Action plan"))
        self.tabs.setTabText(1, self.tr("Indicator matrix"))
        self.tabs.setTabText(2, self.tr("Half-year monitoring"))
        self.tabs.setTabText(3, self.tr("Annual plan"))
        self.add_priority_button.setText(self.tr("Add p&riority..."))
        self.add_task_button.setText(self.tr("Add &task..."))
        self.add_measure_button.setText(self.tr("Add &measure..."))
        self.delete_button.setText(self.tr("&Delete"))
        self.add_indicator_button.setText(self.tr("Add &indicator..."))
        self.half_label.setText(self.tr("&Half-year:"))
        self.save_button.setText(self.tr("&Save the half-year"))
        self.indicators_caption.setText(self.tr("Indicators: enter the actual value for this half-year"))
        self.measures_caption.setText(self.tr("Measures scheduled for this year: status, reason, comment"))
        self.year_label.setText(self.tr("&Year:"))
        self.derive_button.setText(self.tr("&Take in from the multi-year plan"))
        self.edit_item_button.setText(self.tr("&Edit…"))
        self.edit_indicator_button.setText(self.tr("Edit indicator…"))
        self.delete_indicator_button.setText(self.tr("Delete indicator"))
        self.propose_button.setText(self.tr("Propose a target correction…"))
        self.tabs.setTabText(4, self.tr("Corrections, group, bodies"))
        self.corrections_caption.setText(self.tr("Proposed target corrections and the decisions that approved them"))
        self.approve_button.setText(self.tr("&Approve the correction…"))
        self.group_caption.setText(self.tr("Monitoring group"))
        self.add_member_button.setText(self.tr("Add a group &member…"))
        self.remove_member_button.setText(self.tr("Remove member"))
        self.bodies_caption.setText(self.tr("Responsible bodies and how else they are written (aliases)"))
        self.edit_body_button.setText(self.tr("Edit body and aliases…"))
        self.merge_body_button.setText(self.tr("Merge into another…"))
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Title"), self.tr("Period"), self.tr("Expected result"),
                                   self.tr("Responsible executors")])
        self._fill()

    def status_words(self) -> dict[MeasureStatus, str]:
        return {MeasureStatus.NOT_STARTED: self.tr("not started"), MeasureStatus.IN_PROGRESS: self.tr("in progress"),
                MeasureStatus.DONE: self.tr("done"), MeasureStatus.DROPPED: self.tr("dropped")}

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lists(self) -> list:
        """The page has no generic list tables (see MainWindow.list_pages)."""
        return []

    # ------------------------------------------------------------------ data
    def load(self, db) -> None:
        self.db = db
        current = self.program_combo.currentData()
        programs = S.list_programs(db)
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        for p in programs:
            self.program_combo.addItem("{} ({}–{})".format(p.title, p.start_year, p.end_year), p.id)
        index = self.program_combo.findData(current) if current else 0
        self.program_combo.setCurrentIndex(max(0, index))
        self.program_combo.blockSignals(False)
        self.loaded = True
        self._program_chosen()

    def _program_chosen(self) -> None:
        program_id = self.program_combo.currentData()
        self.program = S.get_program(self.db, program_id) if program_id else None
        has = self.program is not None
        for w in (self.edit_program, self.import_button, self.tabs):
            w.setEnabled(has)
        restrict(self.db, Perm.PROGRAMS, self.new_program, self.edit_program, self.import_button,
                 self.add_priority_button, self.add_task_button, self.add_measure_button, self.delete_button,
                 self.add_indicator_button, self.save_button, self.derive_button, self.edit_item_button,
                 self.edit_indicator_button, self.delete_indicator_button, self.propose_button, self.approve_button,
                 self.add_member_button, self.remove_member_button, self.edit_body_button, self.merge_body_button)
        if has:
            half = self.half_combo.currentData()
            self.half_combo.blockSignals(True)
            self.half_combo.clear()
            for code in P.halves(self.program.start_year, self.program.end_year):
                self.half_combo.addItem(code, code)
            self.half_combo.setCurrentIndex(max(0, self.half_combo.findData(half)) if half else 0)
            self.half_combo.blockSignals(False)
            year = self.year_combo.currentData()
            self.year_combo.blockSignals(True)
            self.year_combo.clear()
            for y in self.program.years:
                self.year_combo.addItem(str(y), y)
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)) if year else 0)
            self.year_combo.blockSignals(False)
        self._fill()

    def reload(self) -> None:
        if self.db is not None:
            self.load(self.db)

    def _fill(self) -> None:
        if not hasattr(self, "annual"):
            return
        p = self.program
        if p is None:
            self.info.setText(self.tr("No development program yet: create one or import it from Excel."))
            self.tree.clear()
            self.matrix.clear()
            self.actuals.clear()
            self.statuses.clear()
            self.annual.clear()
            for t in (self.corrections, self.group, self.bodies):
                t.setRowCount(0)
            return
        parts = []
        if p.motto:
            parts.append(f"«{p.motto}»")
        if p.resolution_number:
            date_text = p.resolution_date.strftime("%d.%m.%Y") if p.resolution_date else ""
            parts.append(self.tr("Approved by resolution No. %1 of %2").replace("%1", p.resolution_number)
                         .replace("%2", date_text))
        self.info.setText("  ·  ".join(parts))
        self._fill_tree()
        self._fill_matrix()
        self._fill_monitoring()
        self._fill_annual()
        self._fill_group()

    def _fill_tree(self) -> None:
        p = self.program
        self.tree.clear()
        for pri in p.priorities:
            top = QTreeWidgetItem([str(pri.number), pri.title, "", "", ""])
            top.setData(0, ROLE_ID, pri.id)
            top.setData(0, ROLE_KIND, "priority")
            font = top.font(1)
            font.setBold(True)
            top.setFont(1, font)
            self.tree.addTopLevelItem(top)
            areas = {a.id: a for a in pri.areas}
            area_items: dict[str, QTreeWidgetItem] = {}
            for area in pri.areas:
                item = QTreeWidgetItem(["", area.title, "", "", ""])
                item.setData(0, ROLE_ID, area.id)
                item.setData(0, ROLE_KIND, "area")
                top.addChild(item)
                area_items[area.id] = item
            for task in pri.tasks:
                parent = area_items.get(task.area_id) if task.area_id in areas else top
                t_item = QTreeWidgetItem([task.number, task.title, "", "", ""])
                t_item.setData(0, ROLE_ID, task.id)
                t_item.setData(0, ROLE_KIND, "task")
                (parent or top).addChild(t_item)
                for m in task.measures:
                    m_item = QTreeWidgetItem([m.number, m.title, m.period_text or "", m.expected_result or "",
                                              m.responsible_text])
                    m_item.setData(0, ROLE_ID, m.id)
                    m_item.setData(0, ROLE_KIND, "measure")
                    t_item.addChild(m_item)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            self.tree.resizeColumnToContents(col)

    def _fill_matrix(self) -> None:
        p = self.program
        years = p.years
        heads = [self.tr("Issue"), self.tr("Indicator"), self.tr("Unit"), self.tr("Baseline"),
                 *[str(y) for y in years], self.tr("Final target"), self.tr("Responsible")]
        rows = p.ordered_indicators()
        self.matrix.clear()
        self.matrix.setColumnCount(len(heads))
        self.matrix.setHorizontalHeaderLabels(heads)
        self.matrix.setRowCount(len(rows))
        for r, (ind, depth) in enumerate(rows):
            cells = [ind.issue or "", ("    " * depth) + ind.name, ind.unit or "", ind.fmt(ind.baseline_value),
                     *[ind.fmt(ind.target(y)) for y in years], ind.fmt(ind.final_target), ind.responsible_text]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, ind.id)
                if 3 <= c < 4 + len(years) + 1:
                    align_right(item)
                self.matrix.setItem(r, c, item)
        self.matrix.resizeColumnsToContents()
        self.matrix.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        warnings = S.warnings_of(p)
        if warnings:
            lines = [self.tr("Check of the targets:")] + [f"• {w.indicator_name}: {w.message()}" for w in warnings]
            self.warnings.setStyleSheet(ERROR_STYLE)
        else:
            lines = [self.tr("The yearly targets agree with the final targets.")]
            self.warnings.setStyleSheet("")
        self.warnings.setText("\n".join(lines))

    def _fill_monitoring(self) -> None:
        p = self.program
        half = self.half_combo.currentData()
        if p is None or not half:
            return
        self.monitor_error.clear()
        data = P.monitoring(p, half)
        heads = [self.tr("Indicator"), self.tr("Unit"), self.tr("Target for the year"), self.tr("Actual"),
                 self.tr("Year to date"), self.tr("% of target"), self.tr("Comment")]
        self.actuals.clear()
        self.actuals.setColumnCount(len(heads))
        self.actuals.setHorizontalHeaderLabels(heads)
        self.actuals.setRowCount(len(data.indicators))
        for r, row in enumerate(data.indicators):
            ind = row.indicator
            values = [("    " * row.depth) + ind.name, ind.unit or "", ind.fmt(row.target),
                      ind.fmt(row.half_actual), ind.fmt(row.to_date),
                      "" if row.percent is None else P.format_number(row.percent) + " %", row.comment or ""]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, ind.id)
                if c not in (3, 6):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c in (2, 3, 4, 5):
                    align_right(item)
                self.actuals.setItem(r, c, item)
        self.actuals.resizeColumnsToContents()
        self.actuals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        checks = S.actual_warnings_of(p)
        self.actual_checks.setText("\n".join([self.tr("Check of the actual values:")] + [
            f"• {w.indicator_name}: {w.message()}" for w in checks]) if checks else "")
        self.actual_checks.setVisible(bool(checks))

        heads = [self.tr("No."), self.tr("Measure"), self.tr("Status"), self.tr("Reason (if dropped)"),
                 self.tr("Comment")]
        self.statuses.clear()
        self.statuses.setColumnCount(len(heads))
        self.statuses.setHorizontalHeaderLabels(heads)
        self.statuses.setRowCount(len(data.measures))
        words = self.status_words()
        for r, row in enumerate(data.measures):
            for c, text in ((0, row.measure.number), (1, row.measure.title)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(ROLE_ID, row.measure.id)
                self.statuses.setItem(r, c, item)
            combo = QComboBox(self.statuses)
            combo.setObjectName(f"status_{r}")
            for status, word in words.items():
                combo.addItem(word, status.value)
            combo.setCurrentIndex(combo.findData(row.status.value))
            self.statuses.setCellWidget(r, 2, combo)
            self.statuses.setItem(r, 3, QTableWidgetItem(row.reason or ""))
            self.statuses.setItem(r, 4, QTableWidgetItem(row.comment or ""))
        self.statuses.resizeColumnsToContents()
        self.statuses.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._shown = data

    def _fill_annual(self) -> None:
        p = self.program
        year = self.year_combo.currentData()
        if p is None or year is None:
            return
        ids = P.annual_plan_ids(p, year)
        missing = P.missing_from_annual_plan(p, year)
        heads = [self.tr("No."), self.tr("Measure"), self.tr("Period"), self.tr("In the annual plan")]
        rows = [m for _, _, m in p.measures() if m.id in ids or m in missing]
        self.annual.clear()
        self.annual.setColumnCount(len(heads))
        self.annual.setHorizontalHeaderLabels(heads)
        self.annual.setRowCount(len(rows))
        for r, m in enumerate(rows):
            for c, text in enumerate((m.number, m.title, m.period_text or "",
                                      self.tr("yes") if m.id in ids else self.tr("missing"))):
                self.annual.setItem(r, c, QTableWidgetItem(text))
        self.annual.resizeColumnsToContents()
        self.annual.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if missing:
            self.missing.setText(self.tr("Measures of the multi-year plan missing from the annual plan: %1")
                                 .replace("%1", ", ".join(m.number for m in missing)))
            self.missing.setStyleSheet(ERROR_STYLE)
        else:
            self.missing.setText(self.tr("Every measure scheduled for this year is in the annual plan."))
            self.missing.setStyleSheet("")

    # ------------------------------------------------------------------ actions
    def _selected(self) -> tuple[str | None, str | None, QTreeWidgetItem | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None, None
        return item.data(0, ROLE_KIND), item.data(0, ROLE_ID), item

    def _priority_of(self, item: QTreeWidgetItem | None) -> str | None:
        while item is not None and item.data(0, ROLE_KIND) != "priority":
            item = item.parent()
        return item.data(0, ROLE_ID) if item else None

    def _program_form(self, title: str, p: P.ProgramData | None) -> FormDialog:
        d = FormDialog(title, self)
        d.setObjectName("program_dialog")
        d.add_line("title", self.tr("&Title:"), p.title if p else "")
        d.add_line("motto", self.tr("&Motto:"), (p.motto or "") if p else "")
        d.add_line("start_year", self.tr("&First year:"), str(p.start_year) if p else "")
        d.add_line("end_year", self.tr("&Last year:"), str(p.end_year) if p else "")
        # the approving resolution from the register (its body, number and date are copied)
        from app.services import resolutions as RS

        chosen = RS.basis_of(self.db, "program", p.id) if p else None
        d.add_combo("resolution_id", self.tr("Approved by &resolution:"),
                    [(self.tr("(not chosen)"), None)] + [(c.text, c.id) for c in RS.resolution_choices(self.db, owner=("program", p.id if p else None))],
                    chosen)
        return d

    @staticmethod
    def _typed_basis(p) -> dict:
        """An older program's typed basis, kept while no resolution is chosen."""
        return {"resolution_body": p.resolution_body, "resolution_number": p.resolution_number,
                "resolution_date": p.resolution_date} if p else {}

    def create_program(self) -> None:
        d = self._program_form(self.tr("New development program"), None)
        d.submit = lambda v: S.create_program(self.db, **v)
        if run_form(self, d):
            self.load(self.db)
            self.program_combo.setCurrentIndex(self.program_combo.findData(d.result_value))

    def change_program(self) -> None:
        if self.program is None:
            return
        d = self._program_form(self.tr("Development program"), self.program)
        pid = self.program.id
        typed = self._typed_basis(self.program)
        d.submit = lambda v: S.update_program(self.db, pid, **typed, **v)
        if run_form(self, d):
            self.reload()

    def add_priority(self) -> None:
        if self.program is None:
            return
        d = FormDialog(self.tr("New priority"), self)
        d.setObjectName("priority_dialog")
        d.add_line("number", self.tr("&Number:"), str(len(self.program.priorities) + 1))
        d.add_line("title", self.tr("&Title:"))
        pid = self.program.id
        d.submit = lambda v: S.add_priority(self.db, pid, v["number"], v["title"])
        if run_form(self, d):
            self.reload()

    def add_task(self) -> None:
        if self.program is None:
            return
        kind, item_id, item = self._selected()
        priority_id = self._priority_of(item)
        if priority_id is None:
            self._say(self.tr("Choose a priority in the tree first."))
            return
        d = FormDialog(self.tr("New task"), self)
        d.setObjectName("task_dialog")
        d.add_line("title", self.tr("&Task:"))
        area_id = item_id if kind == "area" else None
        d.submit = lambda v: S.add_task(self.db, priority_id, v["title"], area_id=area_id)
        if run_form(self, d):
            self.reload()

    def add_measure(self) -> None:
        kind, item_id, item = self._selected()
        if kind == "measure":
            item_id, kind = item.parent().data(0, ROLE_ID), "task"
        if kind != "task":
            self._say(self.tr("Choose a task in the tree first."))
            return
        d = FormDialog(self.tr("New measure"), self)
        d.setObjectName("measure_dialog")
        d.add_line("title", self.tr("&Measure:"))
        d.add_line("period_text", self.tr("&Period:"))
        d.add_line("expected_result", self.tr("&Expected result:"))
        d.add_line("responsible", self.tr("&Responsible executors:"))
        task_id = item_id
        d.submit = lambda v: S.add_measure(self.db, task_id, **v)
        if run_form(self, d):
            self.reload()

    def delete_selected(self) -> None:
        kind, item_id, _ = self._selected()
        actions = {"priority": S.delete_priority, "task": S.delete_task, "measure": S.delete_measure}
        if kind not in actions:
            return
        if not confirm(self, self.tr("Delete"), self.tr("Delete the chosen row with everything under it?")):
            return
        try:
            actions[kind](self.db, item_id)
        except ServiceError as exc:
            self._say(exc.message())
        self.reload()

    def add_indicator(self) -> None:
        if self.program is None:
            return
        d = self._indicator_form(self.tr("New indicator"), None)
        parents = [(self.tr("(none)"), None)] + [(i.name, i.id) for i in self.program.indicators if i.parent_id is None]
        d.add_combo("parent_id", self.tr("&Part of:"), parents)
        pid, years = self.program.id, self.program.years
        d.submit = lambda v: S.add_indicator(self.db, pid, targets=_pop_targets(v, years), **v)
        if run_form(self, d):
            self.reload()
            self.tabs.setCurrentWidget(self.matrix_tab)

    def save_half_year(self) -> None:
        data = getattr(self, "_shown", None)
        if self.program is None or data is None:
            return
        actuals = {}
        for r, row in enumerate(data.indicators):
            value = self.actuals.item(r, 3).text().strip()
            comment = self.actuals.item(r, 6).text().strip()
            old_value = row.indicator.fmt(row.half_actual)
            if value != old_value or comment != (row.comment or ""):
                actuals[row.indicator.id] = S.ActualInput(value or None, comment or None)
        statuses = {}
        for r, row in enumerate(data.measures):
            status = self.statuses.cellWidget(r, 2).currentData()
            reason = self.statuses.item(r, 3).text().strip()
            comment = self.statuses.item(r, 4).text().strip()
            same = (row.recorded_period == data.half and status == row.status.value
                    and reason == (row.reason or "") and comment == (row.comment or ""))
            untouched = row.recorded_period is None and status == MeasureStatus.NOT_STARTED.value \
                and not reason and not comment
            if not same and not untouched:
                statuses[row.measure.id] = S.StatusInput(status, reason or None, comment or None)
        try:
            S.record_half_year(self.db, self.program.id, data.half, actuals=actuals, statuses=statuses)
        except ServiceError as exc:
            self.monitor_error.setText(self._explain(exc))
            self.monitor_saved.clear()
            return
        self.reload()
        self.monitor_saved.setText(self.tr("Saved."))

    def _explain(self, exc: ServiceError) -> str:
        errors = getattr(exc, "errors", None) or {exc.field or "": exc}
        names = {i.id: i.name for i in self.program.indicators}
        numbers = {m.id: m.number for _, _, m in self.program.measures()}
        lines = []
        for field, err in errors.items():
            kind, _, row_id = (field or "").partition(":")
            where = names.get(row_id) if kind == "actual" else numbers.get(row_id)
            lines.append(f"{where}: {err.message()}" if where else err.message())
        return "\n".join(lines)

    def derive_annual(self) -> None:
        year = self.year_combo.currentData()
        if self.program is None or year is None:
            return
        try:
            S.derive_annual_plan(self.db, self.program.id, year)
        except ServiceError as exc:
            self._say(exc.message())
        self.reload()

    def open_import(self) -> None:
        if self.program is None:
            return
        dialog = ImportDialog(self.db, self.program.id, self)
        if run_form(self, dialog):
            self.reload()

    def _say(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Development program"), text)

    # ------------------------------------------------------------------ editing, corrections, group, bodies
    def _build_group_tab(self) -> None:
        self.group_tab = QWidget(self.tabs)
        self.corrections_caption, self.group_caption, self.bodies_caption = (QLabel(self.group_tab)
                                                                             for _ in range(3))
        self.corrections = QTableWidget(self.group_tab)
        self.corrections.setObjectName("corrections_table")
        self.group = QTableWidget(self.group_tab)
        self.group.setObjectName("group_table")
        self.bodies = QTableWidget(self.group_tab)
        self.bodies.setObjectName("bodies_table")
        for t in (self.corrections, self.group, self.bodies):
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            t.verticalHeader().hide()
        self.approve_button = QPushButton(self.group_tab)
        self.approve_button.setObjectName("approve_correction")
        self.add_member_button = QPushButton(self.group_tab)
        self.add_member_button.setObjectName("add_group_member")
        self.remove_member_button = QPushButton(self.group_tab)
        self.remove_member_button.setObjectName("remove_group_member")
        self.edit_body_button = QPushButton(self.group_tab)
        self.edit_body_button.setObjectName("edit_body")
        self.merge_body_button = QPushButton(self.group_tab)
        self.merge_body_button.setObjectName("merge_body")
        lay = QVBoxLayout(self.group_tab)
        for caption, table, buttons in (
                (self.corrections_caption, self.corrections, (self.approve_button,)),
                (self.group_caption, self.group, (self.add_member_button, self.remove_member_button)),
                (self.bodies_caption, self.bodies, (self.edit_body_button, self.merge_body_button))):
            lay.addWidget(caption)
            lay.addWidget(table, 1)
            row = QHBoxLayout()
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            lay.addLayout(row)
        self.approve_button.clicked.connect(self.approve_correction)
        self.add_member_button.clicked.connect(self.add_group_member)
        self.remove_member_button.clicked.connect(self.remove_group_member)
        self.edit_body_button.clicked.connect(self.edit_body)
        self.merge_body_button.clicked.connect(self.merge_body)

    def _fill_group(self) -> None:
        p = self.program
        names = {i.id: i for i in p.indicators}
        self.corrections.clear()
        self.corrections.setColumnCount(6)
        self.corrections.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Year"), self.tr("Was"),
                                                    self.tr("Proposed"), self.tr("Reason"), self.tr("Decision")])
        self.corrections.setRowCount(len(p.corrections))
        for r, c in enumerate(p.corrections):
            ind = names.get(c.indicator_id)
            decision = (self.tr("No. %1 of %2").replace("%1", c.decision_number or "").replace(
                "%2", show_date(c.decision_date)) if c.approved else self.tr("proposed, not approved"))
            cells = [ind.name if ind else "", str(c.year) if c.year else self.tr("final target"),
                     ind.fmt(c.old_value) if ind else "", ind.fmt(c.new_value) if ind else "", c.reason or "",
                     decision]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, c.id)
                self.corrections.setItem(r, col, item)
        self.corrections.resizeColumnsToContents()
        self.corrections.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.group.clear()
        self.group.setColumnCount(3)
        self.group.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Organisation"), self.tr("Role")])
        self.group.setRowCount(len(p.members))
        for r, m in enumerate(p.members):
            for col, text in enumerate((m.full_name, m.organisation or "", m.role or "")):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, m.id)
                self.group.setItem(r, col, item)
        self.group.resizeColumnsToContents()
        self.group.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.body_rows = S.list_bodies(self.db)
        self.bodies.clear()
        self.bodies.setColumnCount(3)
        self.bodies.setHorizontalHeaderLabels([self.tr("Body"), self.tr("Also written as"), self.tr("Used")])
        self.bodies.setRowCount(len(self.body_rows))
        for r, b in enumerate(self.body_rows):
            for col, text in enumerate((b.name, "; ".join(b.aliases), str(b.uses))):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, b.id)
                self.bodies.setItem(r, col, item)
        self.bodies.resizeColumnsToContents()
        self.bodies.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _row_id(table: QTableWidget):
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(ROLE_ID) if item is not None else None

    def edit_selected(self) -> None:
        kind, item_id, _item = self._selected()
        p = self.program
        if p is None or kind not in ("priority", "task", "measure"):
            return
        if kind == "priority":
            pri = next(x for x in p.priorities if x.id == item_id)
            d = FormDialog(self.tr("Priority"), self)
            d.add_line("title", self.tr("&Title:"), pri.title)
            d.submit = lambda v: S.update_priority(self.db, item_id, v["title"])
        elif kind == "task":
            task = next(t for x in p.priorities for t in x.tasks if t.id == item_id)
            d = FormDialog(self.tr("Task"), self)
            d.add_line("title", self.tr("&Task:"), task.title)
            d.submit = lambda v: S.update_task(self.db, item_id, v["title"])
        else:
            m = next(m for _p, _t, m in p.measures() if m.id == item_id)
            d = FormDialog(self.tr("Measure"), self)
            d.add_line("title", self.tr("&Measure:"), m.title)
            d.add_line("period_text", self.tr("&Period:"), m.period_text or "")
            d.add_line("start_year", self.tr("&First year:"), str(m.start_year or ""))
            d.add_line("end_year", self.tr("&Last year:"), str(m.end_year or ""))
            d.add_line("expected_result", self.tr("&Expected result:"), m.expected_result or "")
            d.add_line("responsible", self.tr("&Responsible executors:"), "; ".join(b.name for b in m.responsible))
            d.submit = lambda v: S.update_measure(self.db, item_id, **v)
        d.setObjectName("edit_dialog")
        if run_form(self, d):
            self.reload()

    def _indicator_form(self, title: str, ind) -> FormDialog:
        """The indicator's fields, filled from `ind` or empty for a new one."""
        p = self.program
        d = FormDialog(title, self)
        d.setObjectName("indicator_dialog")
        d.add_line("issue", self.tr("&Issue:"), (ind.issue or "") if ind else "")
        d.add_line("name", self.tr("&Indicator:"), ind.name if ind else "")
        d.add_line("unit", self.tr("&Unit:"), (ind.unit or "") if ind else "")
        d.add_combo("value_type", self.tr("&Kind of value:"),
                    [(self.tr("number"), "number"), (self.tr("percentage"), "percent"), (self.tr("ratio 1:x"), "ratio")],
                    ind.value_type.value if ind else None)
        d.add_line("baseline_year", self.tr("&Baseline year:"),
                   str(ind.baseline_year or "") if ind else str(p.start_year - 1))
        d.add_line("baseline", self.tr("Baseline &value:"), _typed(ind.baseline_value) if ind else "")
        for y in p.years:
            d.add_line(f"target_{y}", self.tr("Target %1:").replace("%1", str(y)), _typed(ind.target(y)) if ind else "")
        d.add_line("final", self.tr("&Final target:"), _typed(ind.final_target) if ind else "")
        d.add_line("responsible", self.tr("&Responsible:"), "; ".join(b.name for b in ind.responsible) if ind else "")
        d.add_line("footnote", self.tr("F&ootnote:"), (getattr(ind, "footnote", None) or "") if ind else "")
        return d

    def edit_indicator(self) -> None:
        p = self.program
        ind = p.indicator(self._row_id(self.matrix)) if p else None
        if ind is None:
            return
        d = self._indicator_form(self.tr("Indicator"), ind)
        years = p.years
        d.submit = lambda v: S.update_indicator(self.db, ind.id, targets=_pop_targets(v, years),
                                                parent_id=ind.parent_id, **v)
        if run_form(self, d):
            self.reload()
            self.tabs.setCurrentWidget(self.matrix_tab)

    def delete_indicator(self) -> None:
        p = self.program
        ind = p.indicator(self._row_id(self.matrix)) if p else None
        if ind is None:
            return
        if not confirm(self, self.tr("Development program"), self.tr("Delete the indicator «%1» with its targets and values?").replace("%1", ind.name)):
            return
        try:
            S.delete_indicator(self.db, ind.id)
        except ServiceError as exc:
            self._say(exc.message())
        self.reload()
        self.tabs.setCurrentWidget(self.matrix_tab)

    def propose_correction(self) -> None:
        p = self.program
        ind = p.indicator(self._row_id(self.matrix)) if p else None
        if ind is None:
            self._say(self.tr("Choose an indicator in the matrix first."))
            return
        d = FormDialog(self.tr("Target correction: %1").replace("%1", ind.name), self)
        d.setObjectName("correction_dialog")
        d.add_combo("year", self.tr("&Target of:"), [(str(y), y) for y in p.years] + [(self.tr("final target"), None)])
        d.add_line("new_value", self.tr("&New value:"))
        d.add_line("reason", self.tr("&Reason:"))
        half = self.half_combo.currentData()
        d.submit = lambda v: S.propose_correction(self.db, ind.id, year=v["year"], new_value=v["new_value"],
                                                  reason=v["reason"] or None, half=half)
        if run_form(self, d):
            self.reload()
            self.tabs.setCurrentWidget(self.group_tab)

    def approve_correction(self) -> None:
        cid = self._row_id(self.corrections)
        if cid is None:
            return
        d = FormDialog(self.tr("Approve the correction"), self)
        d.setObjectName("approve_dialog")
        d.add_line("decision_body", self.tr("Decided &by:"))
        d.add_line("decision_number", self.tr("Decision &No.:"))
        d.add_date("decision_date", self.tr("Decision &date:"))
        d.submit = lambda v: S.approve_correction(self.db, cid, decision_number=v["decision_number"],
                                                  decision_date=v["decision_date"],
                                                  decision_body=v["decision_body"] or None)
        if run_form(self, d):
            self.reload()
            self.tabs.setCurrentWidget(self.group_tab)

    def add_group_member(self) -> None:
        if self.program is None:
            return
        pid = self.program.id
        d = FormDialog(self.tr("Monitoring group member"), self)
        d.setObjectName("group_dialog")
        d.add_line("full_name", self.tr("&Full name:"))
        d.add_line("organisation", self.tr("&Organisation:"))
        d.add_line("role", self.tr("&Role in the group:"))
        d.submit = lambda v: S.add_group_member(self.db, pid, full_name=v["full_name"],
                                                organisation=v["organisation"] or None, role=v["role"] or None)
        if run_form(self, d):
            self.reload()
            self.tabs.setCurrentWidget(self.group_tab)

    def remove_group_member(self) -> None:
        mid = self._row_id(self.group)
        if mid and confirm(self, self.tr("Development program"), self.tr("Remove the selected member from the monitoring group?")):
            try:
                S.remove_group_member(self.db, mid)
            except ServiceError as exc:
                self._say(exc.message())
            self.reload()
            self.tabs.setCurrentWidget(self.group_tab)

    def edit_body(self) -> None:
        bid = self._row_id(self.bodies)
        body = next((b for b in self.body_rows if b.id == bid), None)
        if body is None:
            return
        d = FormDialog(self.tr("Responsible body"), self)
        d.setObjectName("body_dialog")
        d.add_line("name", self.tr("&Name:"), body.name)
        d.add_line("aliases", self.tr("&Also written as (separated by ;):"), "; ".join(body.aliases))
        d.submit = lambda v: S.save_body(self.db, body.id, v["name"], [a.strip() for a in v["aliases"].split(";")
                                                                       if a.strip()])
        if run_form(self, d):
            self.reload()
            self.tabs.setCurrentWidget(self.group_tab)

    def merge_body(self) -> None:
        bid = self._row_id(self.bodies)
        body = next((b for b in self.body_rows if b.id == bid), None)
        if body is None:
            return
        d = FormDialog(self.tr("Merge «%1» into").replace("%1", body.name), self)
        d.setObjectName("merge_dialog")
        d.add_combo("keep", self.tr("&The same body as:"), [(b.name, b.id) for b in self.body_rows if b.id != bid])
        d.submit = lambda v: S.merge_bodies(self.db, v["keep"], bid)
        if run_form(self, d):
            self.reload()
            self.tabs.setCurrentWidget(self.group_tab)
