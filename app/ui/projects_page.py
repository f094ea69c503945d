"""The Projects area: the list of projects and, for the chosen one, its
budget by funding source (bars, plan vs actual, expenses, warnings), its
events with participant counts in a fast grid (type, Tab/Enter, paste a block
from Excel, Delete clears) with running totals, and materials and media."""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QToolTip,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain import enums as E
from app.domain.money import format_amount, group_thousands
from app.domain.projects import ProjectData
from app.services import browse
from app.services import projects as PS
from app.services.auth import Perm
from app.services.errors import ServiceError
from app.ui.form_helpers import show_in_sight
from app.ui import labels as L
from app.ui.form_helpers import (
    FlowLayout,
    confirm,
    fit_columns,
    record_table,
    run_form,
    selected_id,
    show_date,
    show_money,
    table_item,
)
from app.ui.program_dialogs import FormDialog
from app.ui.project_cycle_tabs import add_cycle_tabs
from app.ui.roles import restrict
from app.ui.table import ListPage, heading_label

WARN_STYLE = "color: #9A3412;"
PLANNED_COLOR, ACTUAL_COLOR = QColor("#9DB8D9"), QColor("#2F5D8A")


def _people(n: int | None) -> str:
    return "" if n is None else group_thousands(n)


def _quantity(line) -> str:
    """"15 сертификат", "2,5 м²": the quantity as a person writes it."""
    from app.domain.figures import quantity_text

    return quantity_text(line).replace("\u00a0", " ")


class BudgetChart(QWidget):
    """Planned and actual by funding source, as pairs of bars."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("budget_chart")
        self.bars: list[tuple[str, int, int]] = []   # (label, planned, actual)
        self.legend = ("", "")
        self.setMinimumHeight(170)

    def set_bars(self, bars: list[tuple[str, int, int]], legend: tuple[str, str]) -> None:
        self.bars, self.legend = bars, legend
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        w, h = self.width(), self.height()
        legend_w = max(fm.horizontalAdvance(t) for t in self.legend) + 30 if self.bars else 0
        left, bottom, top = 10, fm.height() * 2 + 8, fm.height() + 6
        area_w = max(50, w - left - legend_w - 20)
        area_h = max(30, h - bottom - top)
        peak = max([max(pl, ac) for _l, pl, ac in self.bars] + [1])
        n = max(1, len(self.bars))
        slot = area_w / n
        bar_w = min(46.0, slot / 3)
        p.setPen(self.palette().text().color())
        p.drawLine(left, top + area_h, left + area_w, top + area_h)
        for i, (label, planned, actual) in enumerate(self.bars):
            x0 = left + i * slot + (slot - 2 * bar_w) / 2
            for j, (value, color) in enumerate(((planned, PLANNED_COLOR), (actual, ACTUAL_COLOR))):
                bh = area_h * value / peak
                rect = QRectF(x0 + j * bar_w, top + area_h - bh, bar_w - 2, bh)
                p.fillRect(rect, color)
                text = show_money(value).rsplit(",", 1)[0]
                p.drawText(QRectF(x0 + j * bar_w - 20, top + area_h - bh - fm.height() - 1, bar_w + 40,
                                  fm.height()), Qt.AlignmentFlag.AlignHCenter, text)
            p.drawText(QRectF(left + i * slot, top + area_h + 4, slot, fm.height() * 2 + 4),
                       Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, label)
        if self.bars:
            lx = left + area_w + 20
            for k, (text, color) in enumerate(zip(self.legend, (PLANNED_COLOR, ACTUAL_COLOR))):
                y = top + k * (fm.height() + 6)
                p.fillRect(QRectF(lx, y + 2, 14, fm.height() - 4), color)
                p.drawText(int(lx + 20), int(y + fm.ascent()), text)
        p.end()


class CountGrid(QTableWidget):
    """Events by rows, participant categories by columns. A typed count is
    saved when the cell is left; Ctrl+V pastes a block copied from a
    spreadsheet at the current cell; Delete clears the selected cells."""

    cell_edited = Signal(str, str, str)        # event id, category id, text
    paste_requested = Signal(int, int, str)    # row, category column index, text
    clear_requested = Signal(list)             # [(event id, category id)]

    FIXED = 4  # date, place, event, participants as stated by the source

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("count_grid")
        self.event_ids: list[str] = []
        self.category_ids: list[str] = []
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(True)
        self._filling = False
        self.itemChanged.connect(self._changed)

    def fill(self, d: ProjectData, lang: str, headers: list[str], people_header: str, total_text: str,
             editable: bool, stated_header: str = "", mismatch_tip: str = "%1 ≠ %2") -> None:
        self._filling = True
        cats = list(d.categories)
        self.event_ids = [e.id for e in d.events]
        self.category_ids = [c.id for c in cats]
        self.clear()
        self.setColumnCount(self.FIXED + len(cats) + 1)
        self.setRowCount(len(d.events) + 1)
        self.setHorizontalHeaderLabels(headers + [stated_header] + [c.name(lang) for c in cats] + [people_header])
        for j, c in enumerate(cats):
            item = self.horizontalHeaderItem(self.FIXED + j)
            if c.parent_id:
                parent = next((x for x in cats if x.id == c.parent_id), None)
                if parent is not None:
                    item.setToolTip(self.tr("%1 is part of %2").replace("%1", c.name(lang))
                                    .replace("%2", parent.name(lang)))
        for i, e in enumerate(d.events):
            self.setItem(i, 0, table_item(show_date(e.held_on), e.id))
            self.setItem(i, 1, table_item(e.place))
            self.setItem(i, 2, table_item(e.title))
            for j, cid in enumerate(self.category_ids):
                self.setItem(i, self.FIXED + j, table_item(_people(e.counts.get(cid)), cid, right=True, editable=editable))
            self.setItem(i, self.FIXED + len(cats), table_item(_people(d.people(e)), right=True))
            stated = table_item(_people(e.stated_total), right=True)
            mismatch = d.stated_mismatch(e)
            if mismatch:
                stated.setForeground(QColor("#B00020"))
                stated.setToolTip(mismatch_tip.replace("%1", _people(mismatch[0])).replace("%2", _people(mismatch[1])))
            self.setItem(i, self.FIXED - 1, stated)
        last = len(d.events)
        bold = QFont(self.font())
        bold.setBold(True)
        totals = d.participant_totals(list(d.events))
        self.setItem(last, 2, table_item(total_text))
        for j, cid in enumerate(self.category_ids):
            self.setItem(last, self.FIXED + j, table_item(_people(totals.get(cid)), right=True))
        self.setItem(last, self.FIXED + len(cats), table_item(_people(d.reached(list(d.events))), right=True))
        for j in range(self.columnCount()):
            if self.item(last, j) is None:
                self.setItem(last, j, table_item(""))
            self.item(last, j).setFont(bold)
            self.item(last, j).setBackground(self.palette().alternateBase())
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        if self.columnWidth(2) > 240:
            self.setColumnWidth(2, 240)
        self._filling = False

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < self.FIXED or item.row() >= len(self.event_ids):
            return
        j = item.column() - self.FIXED
        if j >= len(self.category_ids):
            return
        # saved after the editor has closed: the save re-reads the grid
        event_id, category_id, text = self.event_ids[item.row()], self.category_ids[j], item.text()
        QTimer.singleShot(0, self, lambda: self.cell_edited.emit(event_id, category_id, text))  # dropped if the grid is gone

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            row, col = self.currentRow(), self.currentColumn() - self.FIXED
            if 0 <= row < len(self.event_ids) and 0 <= col < len(self.category_ids):
                self.paste_requested.emit(row, col, QGuiApplication.clipboard().text())
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != \
                QAbstractItemView.State.EditingState:
            cells = [(self.event_ids[it.row()], self.category_ids[it.column() - self.FIXED])
                     for it in self.selectedItems()
                     if it.row() < len(self.event_ids) and self.FIXED <= it.column() < self.FIXED +
                     len(self.category_ids) and it.text()]
            if cells:
                self.clear_requested.emit(cells)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != \
                QAbstractItemView.State.EditingState:
            self.setCurrentCell(min(self.currentRow() + 1, max(0, len(self.event_ids) - 1)), self.currentColumn())
            return
        super().keyPressEvent(event)


class ProjectsPage(QWidget):
    report_requested = Signal(str, str, str)   # report name, parameter, id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("projects")
        self.db = None
        self.loaded = False
        self.project: ProjectData | None = None

        self.heading = heading_label(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("project_new")
        self.new_direct_button = QPushButton(self)
        self.new_direct_button.setObjectName("project_new_direct")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("project_edit")
        self.status_button = QPushButton(self)
        self.status_button.setObjectName("project_status")
        self.report_buttons = {}
        for name in ("project-budget", "participants", "project-completion"):
            b = QPushButton(self)
            b.setObjectName(f"report_{name}")
            b.clicked.connect(lambda _=False, n=name: self._report(n))
            self.report_buttons[name] = b
        buttons = QWidget(self)
        flow = FlowLayout(buttons)
        for b in (self.new_button, self.new_direct_button, self.edit_button, self.status_button,
                  *self.report_buttons.values()):
            flow.addWidget(b)

        from app.ui.areas import PROJECT_COLUMNS

        self.list = ListPage("projects_list", PROJECT_COLUMNS, browse.listing("projects"), parent=self)
        self.list.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # about six projects visible before the list scrolls
        self.list.table.setMinimumHeight(self.list.table.verticalHeader().defaultSectionSize() * 6)
        self.title = QLabel(self)
        self.title.setObjectName("project_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.info = QLabel(self)
        self.info.setObjectName("project_info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("project_tabs")
        self._build_budget_tab()
        self._build_events_tab()
        self._build_materials_tab()
        self._build_recipients_tab()
        self.cycle_tabs = add_cycle_tabs(self)   # agreement, monitoring, results and acceptance, attachments

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.title)
        dl.addWidget(self.info)
        dl.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(buttons)
        layout.addWidget(self.splitter, 1)

        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self._project_chosen())
        self.new_button.clicked.connect(self.new_project)
        self.new_direct_button.clicked.connect(self.new_direct_project)
        self.edit_button.clicked.connect(self.edit_project)
        self.status_button.clicked.connect(self.change_status)
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _build_budget_tab(self) -> None:
        tab = QWidget(self.tabs)
        self.budget_summary = QLabel(tab)
        self.budget_summary.setObjectName("budget_summary")
        self.budget_summary.setWordWrap(True)
        self.budget_warnings = QLabel(tab)
        self.budget_warnings.setObjectName("budget_warnings")
        self.budget_warnings.setWordWrap(True)
        self.budget_warnings.setStyleSheet(WARN_STYLE)
        self.chart = BudgetChart(tab)
        self.lines = record_table(tab, "budget_lines")
        self.add_line_button = QPushButton(tab)
        self.add_line_button.setObjectName("line_add")
        self.edit_line_button = QPushButton(tab)
        self.edit_line_button.setObjectName("line_edit")
        self.remove_line_button = QPushButton(tab)
        self.remove_line_button.setObjectName("line_remove")
        self.expenses = record_table(tab, "expenses")
        self.add_expense_button = QPushButton(tab)
        self.add_expense_button.setObjectName("expense_add")
        self.remove_expense_button = QPushButton(tab)
        self.remove_expense_button.setObjectName("expense_remove")
        self.lines_caption, self.expenses_caption = QLabel(tab), QLabel(tab)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.add_line_button, self.edit_line_button, self.remove_line_button):
            row1.addWidget(b)
        row1.addStretch(1)
        for b in (self.add_expense_button, self.remove_expense_button):
            row2.addWidget(b)
        row2.addStretch(1)
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.budget_summary)
        left.addWidget(self.budget_warnings)
        left.addStretch(1)
        top.addLayout(left, 2)
        top.addWidget(self.chart, 3)
        layout.addLayout(top)
        layout.addWidget(self.lines_caption)
        layout.addWidget(self.lines, 2)
        layout.addLayout(row1)
        layout.addWidget(self.expenses_caption)
        layout.addWidget(self.expenses, 1)
        layout.addLayout(row2)
        self.tabs.addTab(tab, "")
        self.add_line_button.clicked.connect(self.add_line)
        self.edit_line_button.clicked.connect(self.edit_line)
        self.lines.doubleClicked.connect(lambda *_: self.edit_line())
        self.remove_line_button.clicked.connect(self.remove_line)
        self.add_expense_button.clicked.connect(self.add_expense)
        self.remove_expense_button.clicked.connect(self.remove_expense)

    def _build_events_tab(self) -> None:
        tab = QWidget(self.tabs)
        self.add_event_button = QPushButton(tab)
        self.add_event_button.setObjectName("event_add")
        self.edit_event_button = QPushButton(tab)
        self.edit_event_button.setObjectName("event_edit")
        self.remove_event_button = QPushButton(tab)
        self.remove_event_button.setObjectName("event_remove")
        self.add_category_button = QPushButton(tab)
        self.add_category_button.setObjectName("category_add")
        self.grid_hint = QLabel(tab)
        self.grid_hint.setWordWrap(True)
        self.grid = CountGrid(tab)
        self.grid.setMinimumHeight(220)
        self.grid_error = QLabel(tab)
        self.grid_error.setObjectName("grid_error")
        self.grid_error.setWordWrap(True)
        self.grid_error.setStyleSheet("color: #B00020;")
        self.grid_error.hide()
        self.reach = QLabel(tab)
        self.reach.setObjectName("participants_reached")
        self.reach.setWordWrap(True)
        self.event_figures = QLabel(tab)
        self.event_figures.setObjectName("event_figures")
        self.event_figures.setWordWrap(True)
        self.event_figures.setStyleSheet(WARN_STYLE)
        self.event_figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        for b in (self.add_event_button, self.edit_event_button, self.remove_event_button, self.add_category_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.grid_hint)
        layout.addWidget(self.grid_error)   # above the grid: in sight however long the grid is
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.reach)
        layout.addWidget(self.event_figures)
        self.tabs.addTab(tab, "")
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button.clicked.connect(self.edit_event)
        self.remove_event_button.clicked.connect(self.remove_event)
        self.add_category_button.clicked.connect(self.add_category)
        self.grid.cell_edited.connect(self._count_edited)
        self.grid.paste_requested.connect(self._paste)
        self.grid.clear_requested.connect(self._clear_cells)

    def _build_materials_tab(self) -> None:
        tab = QWidget(self.tabs)
        self.materials = record_table(tab, "materials")
        self.media = record_table(tab, "media")
        self.add_material_button = QPushButton(tab)
        self.add_material_button.setObjectName("material_add")
        self.remove_material_button = QPushButton(tab)
        self.remove_material_button.setObjectName("material_remove")
        self.add_media_button = QPushButton(tab)
        self.add_media_button.setObjectName("media_add")
        self.remove_media_button = QPushButton(tab)
        self.remove_media_button.setObjectName("media_remove")
        self.materials_caption, self.media_caption = QLabel(tab), QLabel(tab)
        layout = QVBoxLayout(tab)
        for caption, table, buttons in ((self.materials_caption, self.materials,
                                         (self.add_material_button, self.remove_material_button)),
                                        (self.media_caption, self.media,
                                         (self.add_media_button, self.remove_media_button))):
            layout.addWidget(caption)
            layout.addWidget(table, 1)
            row = QHBoxLayout()
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            layout.addLayout(row)
        self.tabs.addTab(tab, "")
        self.add_material_button.clicked.connect(self.add_material)
        self.remove_material_button.clicked.connect(lambda: self._remove(self.materials, PS.remove_material))
        self.add_media_button.clicked.connect(self.add_media)
        self.remove_media_button.clicked.connect(lambda: self._remove(self.media, PS.remove_media))

    def _build_recipients_tab(self) -> None:
        tab = QWidget(self.tabs)
        self.recipients_caption = QLabel(tab)
        self.recipients_caption.setWordWrap(True)
        self.recipients = record_table(tab, "recipients")
        self.recipients_total = QLabel(tab)
        self.recipients_total.setObjectName("recipients_total")
        self.recipients_total.setWordWrap(True)
        self.edit_recipients_button = QPushButton(tab)
        self.edit_recipients_button.setObjectName("recipients_edit")
        row = QHBoxLayout()
        row.addWidget(self.edit_recipients_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.recipients_caption)
        layout.addWidget(self.recipients, 1)
        layout.addWidget(self.recipients_total)
        layout.addLayout(row)
        self.tabs.addTab(tab, "")
        self.edit_recipients_button.clicked.connect(self.edit_recipients)

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Projects"))
        self.new_button.setText(self.tr("&New project from a winner…"))
        self.new_direct_button.setText(self.tr("Project &without a competition…"))
        self.edit_button.setText(self.tr("&Agreement…"))
        self.status_button.setText(self.tr("S&tatus…"))
        self.report_buttons["project-budget"].setText(self.tr("Budget report"))
        self.report_buttons["participants"].setText(self.tr("Participants report"))
        self.report_buttons["project-completion"].setText(self.tr("Completion report"))
        self.tabs.setTabText(0, self.tr("Budget"))
        self.tabs.setTabText(1, self.tr("Events and participants"))
        self.tabs.setTabText(2, self.tr("Materials and media"))
        self.tabs.setTabText(3, self.tr("Recipients"))
        self.recipients_caption.setText(self.tr(
            "A grant split among several recipients: each one's amount; together they must make exactly the grant."))
        self.edit_recipients_button.setText(self.tr("Edit &recipients…"))
        self.lines_caption.setText(self.tr("Budget lines: planned and actual"))
        self.expenses_caption.setText(self.tr("Expenses"))
        self.add_line_button.setText(self.tr("Add &line…"))
        self.edit_line_button.setText(self.tr("&Edit line…"))
        self.remove_line_button.setText(self.tr("Remove line"))
        self.add_expense_button.setText(self.tr("Add e&xpense…"))
        self.remove_expense_button.setText(self.tr("Remove expense"))
        self.add_event_button.setText(self.tr("Add &event…"))
        self.edit_event_button.setText(self.tr("Edit event…"))
        self.remove_event_button.setText(self.tr("Remove event"))
        self.add_category_button.setText(self.tr("New &category…"))
        self.grid_hint.setText(self.tr(
            "Type the number of participants in the grid: a count is saved when you leave the cell. Ctrl+V pastes "
            "a block copied from Excel at the current cell; Delete clears the selected cells."))
        self.materials_caption.setText(self.tr("Materials produced"))
        self.media_caption.setText(self.tr("Media coverage"))
        self.add_material_button.setText(self.tr("Add &material…"))
        self.remove_material_button.setText(self.tr("Remove material"))
        self.add_media_button.setText(self.tr("Add media &coverage…"))
        self.remove_media_button.setText(self.tr("Remove coverage"))
        self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lists(self) -> list[ListPage]:
        return [self.list]

    # ------------------------------------------------------------------ data
    def load(self, db) -> None:
        self.db = db
        current = self.project.id if self.project else None
        self.list.load(db)
        self.loaded = True
        self._select(current)
        may = restrict(db, Perm.PROJECTS, self.new_button, self.new_direct_button, self.edit_button,
                       self.status_button, self.edit_recipients_button,
                       self.add_line_button, self.edit_line_button, self.remove_line_button,
                       self.add_expense_button, self.remove_expense_button, self.add_event_button,
                       self.edit_event_button, self.remove_event_button, self.add_category_button,
                       self.add_material_button, self.remove_material_button, self.add_media_button,
                       self.remove_media_button)
        self.may_edit = may

    def _select(self, project_id: str | None) -> None:
        rows = self.list.model.rows()
        target = self.list.model.index_of(project_id) if project_id else None
        if target is None:
            target = 0 if rows else None
        if target is None:
            self._project_chosen()
            return
        index = self.list.proxy.mapFromSource(self.list.model.index(target, 0))
        self.list.table.setCurrentIndex(index)
        self._project_chosen()

    def _project_chosen(self) -> None:
        row = self.list.selected_row()
        try:
            self.project = PS.get_project(self.db, row.id) if (row is not None and self.db is not None) else None
        except ServiceError:
            self.project = None
        self._show()

    def reload(self) -> None:
        """Read the list and the project again after a change to the project."""
        pid = self.project.id if self.project else None
        self.list.load(self.db)
        self._select(pid)

    def _reread_counts(self, keep_cell: tuple[int, int]) -> None:
        """After a count changed: only the project is read again (the list
        shows nothing that counts change), the cursor stays where it was."""
        self.project = PS.get_project(self.db, self.project.id)
        self._show()
        self.grid.setCurrentCell(*keep_cell)

    def _lang(self) -> str:
        return i18n.language()

    def _show(self) -> None:
        d = self.project
        has = d is not None
        for tab in getattr(self, "cycle_tabs", ()):
            tab.show_project(d)
        self.tabs.setEnabled(has)
        for b in (self.edit_button, self.status_button):
            b.setEnabled(has and getattr(self, "may_edit", False))
        for b in self.report_buttons.values():
            b.setEnabled(has)
        if not has:
            self.title.setText(self.tr("No project chosen. Projects are made from the winners of a competition."))
            self.info.clear()
            for t in (self.lines, self.expenses, self.materials, self.media, self.grid, self.recipients):
                t.setRowCount(0)
            self.chart.set_bars([], ("", ""))
            self.budget_summary.clear()
            self.budget_warnings.clear()
            self.reach.clear()
            self.event_figures.clear()
            self.recipients_total.clear()
            return
        self.title.setText("«" + d.title + "»")  # the record's own words
        period = f"{show_date(d.start_on)} – {show_date(d.end_on)}"
        agreement = self.tr("Agreement No. %1 of %2").replace("%1", d.agreement_number or "—").replace(
            "%2", show_date(d.agreement_date) or "—")
        status = L.PROJECT_STATUS.label(d.status) + (f": {d.status_reason}" if d.status_reason else "")
        basis = ""
        if d.competition_id is None:
            basis = L.DIRECT_KIND.label(d.direct_kind) + ": " + d.legal_basis + (
                f" ({show_date(d.legal_basis_date)})" if d.legal_basis_date else "")
        excess = ""
        if d.award_above():
            excess = self.tr("award above the decision or maximum — reason: %1").replace(
                "%1", d.award_excess_reason or "—")
        self.info.setText(" · ".join(x for x in (
            basis, agreement, self.tr("executor: %1").replace("%1", d.executor or "—"),
            self.tr("customer: %1").replace("%1", d.customer or "—"),
            self.tr("grant: %1 som").replace("%1", format_amount(d.award)), excess, period, status) if x))
        self._show_budget(d)
        self._show_events(d)
        self._show_materials(d)
        self._show_recipients(d)

    def _show_budget(self, d: ProjectData) -> None:
        b = d.budget
        if d.competition_id is None:   # no competition, no allocation to compare with
            summary = self.tr("Planned %1 som, actual %2 som.\nLocal budget: planned %3, actual %4, grant %5.")
        else:
            summary = self.tr(
                "Planned %1 som, actual %2 som.\nLocal budget: planned %3, actual %4, grant %5.\n"
                "Competition allocation %6 som; local budget planned by all its projects %7 som.")
        self.budget_summary.setText(
            summary.replace("%1", format_amount(b.planned)).replace("%2", format_amount(b.actual))
            .replace("%3", format_amount(b.local_planned)).replace("%4", format_amount(b.local_actual))
            .replace("%5", format_amount(b.award)).replace("%6", format_amount(b.allocation))
            .replace("%7", format_amount(b.competition_local_planned)))
        warnings = [PS.warning_text(w, self._lang()) for w in b.warnings] + [
            c.text(self._lang()) for c in d.figure_checks() if c.kind == "budget_line"]
        self.budget_warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.budget_warnings.setVisible(bool(warnings))
        self.chart.set_bars([(L.FUNDING_SOURCE.label(s.source), s.planned, s.actual) for s in b.by_source
                             if s.planned or s.actual], (self.tr("Planned"), self.tr("Actual")))
        self.lines.clear()
        self.lines.setColumnCount(8)
        self.lines.setHorizontalHeaderLabels([self.tr("Budget line"), self.tr("Funding source"),
                                              self.tr("Planned, som"), self.tr("Actual, som"),
                                              self.tr("Difference, som"), self.tr("Valuation / note"),
                                              self.tr("Channel"), self.tr("Quantity × unit price")])
        self.lines.setRowCount(len(b.lines) + 1)
        for i, ln in enumerate(b.lines):
            actual = show_money(ln.actual) + (" *" if ln.expense_count else "")
            product = ""
            if ln.computed is not None:
                product = f"{_quantity(ln)} × {show_money(ln.unit_price)} = {show_money(ln.computed)}"
            cells = [table_item(ln.category, ln.id), table_item(L.FUNDING_SOURCE.label(ln.source)),
                     table_item(show_money(ln.planned), right=True), table_item(actual, right=True),
                     table_item(show_money(ln.actual - ln.planned), right=True), table_item(ln.valuation_note or ""),
                     table_item(L.FUNDING_CHANNEL.label(ln.paid_through)), table_item(product)]
            if ln.actual > ln.planned:
                cells[3].setForeground(QColor("#9A3412"))
            if ln.mismatch:
                for c in (cells[2], cells[7]):
                    c.setForeground(QColor("#B00020"))
                    c.setToolTip(self.tr("The planned amount differs from quantity × unit price: %1 ≠ %2")
                                 .replace("%1", show_money(ln.planned)).replace("%2", show_money(ln.computed)))
            for j, c in enumerate(cells):
                self.lines.setItem(i, j, c)
        bold = QFont(self.lines.font())
        bold.setBold(True)
        total = [table_item(self.tr("Total")), table_item(""), table_item(show_money(b.planned), right=True),
                 table_item(show_money(b.actual), right=True), table_item(show_money(b.actual - b.planned), right=True),
                 table_item(""), table_item(""), table_item("")]
        for j, c in enumerate(total):
            c.setFont(bold)
            self.lines.setItem(len(b.lines), j, c)
        self.lines.setToolTip(self.tr("* the actual amount is the sum of the expenses booked to the line"))
        fit_columns(self.lines, 0)
        self.expenses.clear()
        self.expenses.setColumnCount(6)
        self.expenses.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Document No."), self.tr("Budget line"),
                                                 self.tr("Funding source"), self.tr("Amount, som"), self.tr("Note")])
        self.expenses.setRowCount(len(d.expenses))
        for i, e in enumerate(d.expenses):
            for j, c in enumerate([table_item(show_date(e.spent_on), e.id), table_item(e.document_number),
                                   table_item(e.line_category or "—"), table_item(L.FUNDING_SOURCE.label(e.source)),
                                   table_item(show_money(e.amount), right=True), table_item(e.note)]):
                self.expenses.setItem(i, j, c)
        fit_columns(self.expenses, 2)

    def _show_events(self, d: ProjectData) -> None:
        lang = self._lang()
        self.grid.fill(d, lang, [self.tr("Date"), self.tr("Place"), self.tr("Event")], self.tr("People"),
                       self.tr("Total"), getattr(self, "may_edit", False) and d is not None, self.tr("Stated"),
                       self.tr("The source states %1, the counts give %2"))
        notes = [c.text(lang) for c in d.figure_checks() if c.kind == "event"]
        self.event_figures.setText("\n".join("⚠ " + n for n in notes))
        self.event_figures.setVisible(bool(notes))
        held = d.held_events()
        self.reach.setText(self.tr("Reached: %1 people at %2 events held in %3 places (a part such as girls is "
                                   "never added twice).").replace("%1", _people(d.reached()))
                           .replace("%2", str(len(held))).replace("%3", str(len({e.place for e in held}))))

    def _show_recipients(self, d: ProjectData) -> None:
        self.recipients.clear()
        self.recipients.setColumnCount(4)
        self.recipients.setHorizontalHeaderLabels([self.tr("No."), self.tr("Recipient"), self.tr("Amount, som"),
                                                   self.tr("Note")])
        self.recipients.setRowCount(len(d.recipients))
        for i, r in enumerate(d.recipients):
            for j, c in enumerate([table_item(str(i + 1), r.id), table_item(r.name),
                                   table_item(show_money(r.amount), right=True), table_item(r.note)]):
                self.recipients.setItem(i, j, c)
        fit_columns(self.recipients, 1)
        if d.recipients:
            self.recipients_total.setText(self.tr("%1 recipients receive %2 som together; the grant is %3 som.")
                                          .replace("%1", str(len(d.recipients)))
                                          .replace("%2", format_amount(d.recipients_total))
                                          .replace("%3", format_amount(d.award)))
        else:
            self.recipients_total.setText(self.tr("The grant is not split among recipients."))

    def _show_materials(self, d: ProjectData) -> None:
        self.materials.clear()
        self.materials.setColumnCount(4)
        self.materials.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Quantity"), self.tr("Size"),
                                                  self.tr("Description")])
        self.materials.setRowCount(len(d.materials))
        for i, m in enumerate(d.materials):
            for j, c in enumerate([table_item(L.MATERIAL_KIND.label(m.kind), m.id), table_item(_people(m.quantity), right=True),
                                   table_item(m.size), table_item(m.description)]):
                self.materials.setItem(i, j, c)
        fit_columns(self.materials, 0)
        self.media.clear()
        self.media.setColumnCount(4)
        self.media.setHorizontalHeaderLabels([self.tr("Outlet"), self.tr("Level"), self.tr("Date"),
                                              self.tr("Link or note")])
        self.media.setRowCount(len(d.media))
        for i, m in enumerate(d.media):
            for j, c in enumerate([table_item(m.outlet, m.id), table_item(L.MEDIA_LEVEL.label(m.level)),
                                   table_item(show_date(m.published_on)), table_item(m.link or m.note)]):
                self.media.setItem(i, j, c)
        fit_columns(self.media, 0)

    # ------------------------------------------------------------------ actions
    def _refused(self, exc: ServiceError, title: str) -> None:
        QMessageBox.warning(self, title, exc.message())

    def _dialog(self, title: str) -> FormDialog:
        dialog = FormDialog(title, self)
        dialog.setObjectName("project_form")
        return dialog

    def _agreement_fields(self, dialog: FormDialog, data: PS.ProjectInput) -> None:
        dialog.add_line("title", self.tr("&Title:"), str(data.title or ""))
        dialog.add_line("agreement_number", self.tr("Agreement &No.:"), str(data.agreement_number or ""))
        dialog.add_date("agreement_date", self.tr("Agreement &date:"), data.agreement_date)
        dialog.add_line("customer", self.tr("C&ustomer:"), str(data.customer or ""))
        dialog.add_line("executor", self.tr("&Executor:"), str(data.executor or ""))
        awarded = data.awarded if isinstance(data.awarded, str) else show_money(data.awarded)
        dialog.add_line("awarded", self.tr("&Grant, som:"), awarded)
        dialog.add_date("start_on", self.tr("&Start:"), data.start_on)
        dialog.add_date("end_on", self.tr("E&nd:"), data.end_on)
        dialog.add_line("goal", self.tr("Goa&l:"), str(data.goal or ""))
        dialog.add_line("results", self.tr("&Results:"), str(data.results or ""))
        dialog.add_line("excess_reason", self.tr("Reason if above the &decision or maximum:"),
                        str(data.excess_reason or ""))

    def _direct_fields(self, dialog: FormDialog, data: PS.ProjectInput) -> None:
        dialog.add_combo("direct_kind", self.tr("&What it is:"), [(L.DIRECT_KIND.label(k), k.value)
                                                                  for k in E.DirectKind], data.direct_kind)
        dialog.add_line("legal_basis", self.tr("Legal &basis (resolution, order or agreement, No.):"),
                        str(data.legal_basis or ""))
        dialog.add_date("legal_basis_date", self.tr("Date of the &basis:"), data.legal_basis_date)

    @staticmethod
    def _agreement_input(v: dict) -> PS.ProjectInput:
        return PS.ProjectInput(title=v["title"], goal=v["goal"], agreement_number=v["agreement_number"],
                               agreement_date=v["agreement_date"], customer=v["customer"], executor=v["executor"],
                               awarded=v["awarded"], start_on=v["start_on"], end_on=v["end_on"],
                               results=v["results"], excess_reason=v.get("excess_reason", ""),
                               direct_kind=v.get("direct_kind"), legal_basis=v.get("legal_basis", ""),
                               legal_basis_date=v.get("legal_basis_date"))

    def _confirm_award(self, v: dict, application_id: str | None = None, project_id: str | None = None) -> None:
        """An award above the decision or the maximum, with its reason
        written, is saved only when the user says it is right."""
        if not (v.get("excess_reason") or "").strip():
            return  # the service refuses and says why, at the reason field
        question = PS.award_question(self.db, v["awarded"], application_id, project_id)
        if question and not confirm(self, self.tr("Grant agreement"), question + "\n\n" + self.tr(
                "Save the agreement with this award and the reason written?")):
            raise ServiceError("project.award_not_confirmed", "excess_reason")

    def new_project(self) -> None:
        winners = PS.winners_without_project(self.db)
        if not winners:
            QMessageBox.information(self, self.tr("New project"), self.tr(
                "Every winning application already has a project. Projects are made from the winners a "
                "commission decided."))
            return
        dialog = self._dialog(self.tr("New project from a winner"))
        combo = dialog.add_combo("winner", self.tr("&Winner:"), [
            (f"{w.reg_number} — {w.title} ({w.applicant})", w.application_id) for w in winners])
        self._agreement_fields(dialog, PS.project_defaults(self.db, winners[0].application_id))

        def suggest(_index=None):
            s = PS.project_defaults(self.db, combo.currentData())
            for key in ("title", "customer", "executor", "goal"):
                dialog.fields[key].setText(str(getattr(s, key) or ""))
            dialog.fields["awarded"].setText(show_money(s.awarded))
            for key in ("agreement_date", "start_on", "end_on"):
                value = getattr(s, key)
                if value:
                    dialog.fields[key].setDate(QDate(value.year, value.month, value.day))

        combo.currentIndexChanged.connect(suggest)

        def submit(v):
            self._confirm_award(v, application_id=v["winner"])
            return PS.create_project(self.db, v["winner"], self._agreement_input(v))

        dialog.submit = submit
        if run_form(self, dialog):
            self.project = PS.get_project(self.db, dialog.result_value)
            self.reload()

    def edit_project(self) -> None:
        d = self.project
        if d is None:
            return
        dialog = self._dialog(self.tr("Grant agreement"))
        data = PS.ProjectInput(d.title, d.goal, d.agreement_number, d.agreement_date, d.customer, d.executor,
                               d.award, d.start_on, d.end_on, d.results, d.award_excess_reason, d.direct_kind,
                               d.legal_basis, d.legal_basis_date)
        if d.competition_id is None:
            self._direct_fields(dialog, data)
        self._agreement_fields(dialog, data)

        def submit(v):
            self._confirm_award(v, project_id=d.id)
            return PS.update_project(self.db, d.id, self._agreement_input(v))

        dialog.submit = submit
        if run_form(self, dialog):
            self.reload()

    def new_direct_project(self) -> None:
        """A direct grant or a subsidy that came without a competition."""
        dialog = self._dialog(self.tr("Project without a competition"))
        summary = browse.municipality_summary(self.db)
        customer = (summary.name if summary else "") or ""
        from datetime import date

        data = PS.ProjectInput(customer=customer, agreement_date=date.today(), start_on=date.today())
        municipalities = PS.municipality_choices(self.db)
        if len(municipalities) > 1:
            dialog.add_combo("municipality_id", self.tr("&Municipality:"), [(name, mid) for mid, name in municipalities])
        self._direct_fields(dialog, data)
        self._agreement_fields(dialog, data)
        dialog.fields["excess_reason"].setEnabled(False)   # nothing decided to exceed

        def submit(v):
            data = self._agreement_input(v)
            data.municipality_id = v.get("municipality_id")
            return PS.create_direct_project(self.db, data)

        dialog.submit = submit
        if run_form(self, dialog):
            self.project = PS.get_project(self.db, dialog.result_value)
            self.reload()
            self._select(dialog.result_value)

    def edit_recipients(self) -> None:
        d = self.project
        if d is None:
            return
        dialog = RecipientsDialog(d, self)
        if run_form(self, dialog):
            self.reload()

    def change_status(self) -> None:
        d = self.project
        if d is None:
            return
        dialog = self._dialog(self.tr("Project status"))
        dialog.add_combo("status", self.tr("&Status:"), [(L.PROJECT_STATUS.label(s), s.value)
                                                         for s in E.ProjectStatus], d.status)
        dialog.add_line("reason", self.tr("&Reason (when terminated):"), d.status_reason)
        dialog.submit = lambda v: PS.set_project_status(self.db, d.id, v["status"], v["reason"])
        if run_form(self, dialog):
            self.reload()

    def _line_dialog(self, title: str, line=None) -> FormDialog:
        dialog = self._dialog(title)
        dialog.add_line("category", self.tr("Budget &line:"), line.category if line else "")
        dialog.add_combo("source", self.tr("Funding &source:"),
                         [(L.FUNDING_SOURCE.label(s), s.value) for s in E.FundingSource],
                         line.source if line else None)
        dialog.add_line("planned", self.tr("&Planned, som:"), show_money(line.planned) if line else "")
        dialog.add_line("actual", self.tr("&Actual, som (while no expense is booked):"),
                        show_money(line.recorded_actual) if line else "")
        dialog.add_line("valuation_note", self.tr("&Valuation (in kind) or note:"),
                        (line.valuation_note or "") if line else "")
        dialog.add_combo("channel", self.tr("&How it is paid:"),
                         [(L.FUNDING_CHANNEL.label(""), None)] +
                         [(L.FUNDING_CHANNEL.label(c), c.value) for c in E.FundingChannel],
                         (line.channel or None) if line else None)
        dialog.add_line("quantity", self.tr("&Quantity (optional):"),
                        format(line.quantity.normalize(), "f").replace(".", ",")
                        if line and line.quantity is not None else "")
        dialog.add_line("unit", self.tr("U&nit (pieces, certificates…):"), (line.unit or "") if line else "")
        dialog.add_line("unit_price", self.tr("Unit p&rice, som:"),
                        show_money(line.unit_price) if line and line.unit_price is not None else "")
        product = QLabel(dialog)
        product.setObjectName("line_product")
        product.setWordWrap(True)
        dialog.form.addRow("", product)
        dialog.product_label = product

        def show_product(_text=None) -> None:
            product.setText(self._product_text(dialog.values()))
            product.setStyleSheet(WARN_STYLE if "≠" in product.text() else "")

        for key in ("planned", "quantity", "unit", "unit_price"):
            dialog.fields[key].textChanged.connect(show_product)
        show_product()
        return dialog

    def _product_text(self, v: dict) -> str:
        """Quantity × unit price as typed, beside the planned amount."""
        from app.domain.budget import line_computed
        from app.domain.money import MoneyError, parse_amount
        from app.domain.programs import ValueError_, parse_number

        try:
            q = parse_number(v["quantity"])
            price = parse_amount(v["unit_price"])
        except (ValueError_, MoneyError):
            return ""
        computed = line_computed(q, price)
        text = self.tr("Quantity × unit price = %1 som").replace("%1", show_money(computed))
        try:
            planned = parse_amount(v["planned"]) if (v["planned"] or "").strip() else None
        except MoneyError:
            planned = None
        if planned is None:
            return text + " " + self.tr("(taken as the planned amount)")
        if planned != computed:
            return text + " ≠ " + self.tr("planned %1 som: both are kept and the line is listed in the figures to "
                                          "check").replace("%1", show_money(planned))
        return text

    @staticmethod
    def _line_extra(v: dict) -> dict:
        return {"channel": v["channel"], "quantity": v["quantity"], "unit": v["unit"], "unit_price": v["unit_price"]}

    def add_line(self) -> None:
        if self.project is None:
            return
        pid = self.project.id
        dialog = self._line_dialog(self.tr("New budget line"))
        dialog.submit = lambda v: PS.add_budget_line(self.db, pid, v["category"], v["source"], v["planned"],
                                                     v["actual"], v["valuation_note"], **self._line_extra(v))
        if run_form(self, dialog):
            self.reload()

    def edit_line(self) -> None:
        line_id = selected_id(self.lines)
        line = next((x for x in self.project.budget.lines if x.id == line_id), None) if self.project else None
        if line is None:
            return
        dialog = self._line_dialog(self.tr("Budget line"), line)
        dialog.submit = lambda v: PS.update_budget_line(self.db, line.id, v["category"], v["source"], v["planned"],
                                                        v["actual"], v["valuation_note"], line.description,
                                                        **self._line_extra(v))
        if run_form(self, dialog):
            self.reload()

    def remove_line(self) -> None:
        line_id = selected_id(self.lines)
        if not line_id:
            return
        if confirm(self, self.tr("Projects"), self.tr("Remove the selected budget line?")):
            try:
                PS.remove_budget_line(self.db, line_id)
            except ServiceError as exc:
                self._refused(exc, self.tr("Budget"))
            self.reload()

    def add_expense(self) -> None:
        if self.project is None:
            return
        pid = self.project.id
        dialog = self._dialog(self.tr("New expense"))
        from datetime import date

        dialog.add_date("spent_on", self.tr("&Date:"), date.today())
        dialog.add_line("document_number", self.tr("&Document No.:"))
        dialog.add_combo("line", self.tr("Budget &line:"), [(self.tr("(no line)"), None)] + [
            (f"{ln.category} — {L.FUNDING_SOURCE.label(ln.source)}", ln.id) for ln in self.project.budget.lines],
            selected_id(self.lines))
        dialog.add_combo("source", self.tr("Funding &source (when no line):"),
                         [(self.tr("(the line's source)"), None)] +
                         [(L.FUNDING_SOURCE.label(s), s.value) for s in E.FundingSource])
        dialog.add_line("amount", self.tr("&Amount, som:"))
        dialog.add_line("note", self.tr("&Note:"))
        dialog.submit = lambda v: PS.add_expense(self.db, pid, v["spent_on"], v["amount"], v["source"], v["line"],
                                                 v["document_number"], v["note"])
        if run_form(self, dialog):
            self.reload()

    def remove_expense(self) -> None:
        expense_id = selected_id(self.expenses)
        if expense_id and confirm(self, self.tr("Projects"), self.tr("Remove the selected expense?")):
            try:
                PS.remove_expense(self.db, expense_id)
            except ServiceError as exc:
                self._refused(exc, self.tr("Budget"))
            self.reload()

    def _event_dialog(self, title: str, event=None) -> FormDialog:
        dialog = self._dialog(title)
        dialog.add_date("held_on", self.tr("&Date:"), event.held_on if event else None)
        dialog.add_line("place", self.tr("&Place (village):"), event.place if event else "")
        dialog.add_combo("kind", self.tr("&Kind:"), [(L.EVENT_KIND.label(k), k.value) for k in E.EventKind],
                         event.kind if event else None)
        dialog.add_line("title", self.tr("&Title:"), event.title if event else "")
        dialog.add_line("description", self.tr("D&escription:"), event.description if event else "")
        dialog.add_line("stated_total", self.tr("Participants as the &source states (optional):"),
                        _people(event.stated_total).replace("\u00a0", " ") if event else "")
        if event is not None and self.project is not None:
            counted = QLabel(dialog)
            counted.setObjectName("event_counted")
            counted.setWordWrap(True)
            dialog.form.addRow("", counted)
            computed = self.project.people(event) if event.counts else None

            def show_counted(text: str = "") -> None:
                if computed is None:
                    counted.setText("")
                    return
                stated = text.replace(" ", "").replace("\u00a0", "")
                words = self.tr("The counts by category give %1.").replace("%1", _people(computed))
                if stated.isdigit() and int(stated) != computed:
                    words += " " + self.tr("It differs from the stated number: both are kept and the event is "
                                           "listed in the figures to check.")
                    counted.setStyleSheet(WARN_STYLE)
                else:
                    counted.setStyleSheet("")
                counted.setText(words)

            dialog.fields["stated_total"].textChanged.connect(show_counted)
            show_counted(dialog.fields["stated_total"].text())
        planned = QCheckBox(self.tr("Only planned, not held yet"), dialog)
        planned.setObjectName("field_is_planned")
        planned.setChecked(bool(event and event.is_planned))
        dialog.form.addRow("", planned)
        dialog.planned_box = planned
        return dialog

    def _event_input(self, dialog, v) -> PS.EventInput:
        return PS.EventInput(v["held_on"], v["place"], v["kind"], v["title"], v["description"],
                             dialog.planned_box.isChecked(), v["stated_total"])

    def add_event(self) -> None:
        if self.project is None:
            return
        pid = self.project.id
        dialog = self._event_dialog(self.tr("New event"))
        dialog.submit = lambda v: PS.add_event(self.db, pid, self._event_input(dialog, v))
        if run_form(self, dialog):
            self.reload()

    def _current_event(self):
        row = self.grid.currentRow()
        if self.project is None or not 0 <= row < len(self.grid.event_ids):
            return None
        return next(e for e in self.project.events if e.id == self.grid.event_ids[row])

    def edit_event(self) -> None:
        event = self._current_event()
        if event is None:
            return
        dialog = self._event_dialog(self.tr("Event"), event)
        dialog.submit = lambda v: PS.update_event(self.db, event.id, self._event_input(dialog, v))
        if run_form(self, dialog):
            self.reload()

    def remove_event(self) -> None:
        event = self._current_event()
        if event is not None and confirm(self, self.tr("Projects"), self.tr("Remove the event «%1» and its participant counts?")
                                               .replace("%1", event.title)):
            try:
                PS.remove_event(self.db, event.id)
            except ServiceError as exc:
                self._refused(exc, self.tr("Events"))
            self.reload()

    def add_category(self) -> None:
        lang = self._lang()
        cats = PS.list_categories(self.db)
        dialog = self._dialog(self.tr("New participant category"))
        dialog.add_line("name_ky", self.tr("Name in &Kyrgyz:"))
        dialog.add_line("name_ru", self.tr("Name in &Russian:"))
        dialog.add_combo("parent", self.tr("&Part of:"), [(self.tr("(none)"), None)] +
                         [(c.name(lang), c.id) for c in cats])
        additive = QCheckBox(self.tr("The parts add up to the whole (like boys and girls make up children)"),
                             dialog)
        additive.setObjectName("field_additive")
        dialog.form.addRow("", additive)
        dialog.submit = lambda v: PS.add_category(self.db, v["name_ky"], v["name_ru"], None, v["parent"],
                                                  additive.isChecked())
        if run_form(self, dialog):
            self.reload()

    def add_material(self) -> None:
        if self.project is None:
            return
        pid = self.project.id
        dialog = self._dialog(self.tr("New material"))
        dialog.add_combo("kind", self.tr("&Kind:"), [(L.MATERIAL_KIND.label(k), k.value) for k in E.MaterialKind])
        dialog.add_line("quantity", self.tr("&Quantity:"))
        dialog.add_line("size", self.tr("&Size:"))
        dialog.add_line("description", self.tr("&Description:"))
        dialog.submit = lambda v: PS.add_material(self.db, pid, v["kind"], v["quantity"], v["size"],
                                                  v["description"])
        if run_form(self, dialog):
            self.reload()

    def add_media(self) -> None:
        if self.project is None:
            return
        pid = self.project.id
        dialog = self._dialog(self.tr("New media coverage"))
        dialog.add_line("outlet", self.tr("&Outlet:"))
        dialog.add_combo("level", self.tr("&Level:"), [(L.MEDIA_LEVEL.label(k), k.value) for k in E.MediaLevel])
        dialog.add_date("published_on", self.tr("&Date:"))
        dialog.add_line("link", self.tr("Lin&k:"))
        dialog.add_line("note", self.tr("&Note:"))
        dialog.submit = lambda v: PS.add_media(self.db, pid, v["outlet"], v["level"], v["published_on"], v["link"],
                                               v["note"])
        if run_form(self, dialog):
            self.reload()

    def _remove(self, table: QTableWidget, action) -> None:
        row_id = selected_id(table)
        if row_id and confirm(self, self.tr("Projects"), self.tr("Remove the selected row?")):
            try:
                action(self.db, row_id)
            except ServiceError as exc:
                self._refused(exc, self.tr("Projects"))
            self.reload()

    def _report(self, name: str) -> None:
        if self.project is not None:
            self.report_requested.emit(name, "project", self.project.id)

    # ------------------------------------------------------------------ the grid
    def _show_grid_error(self, exc: ServiceError | None) -> None:
        self.grid_error.setText(exc.message() if exc else "")
        self.grid_error.setVisible(exc is not None)
        if exc is not None:
            show_in_sight(self.grid_error)
            # and at the cell itself, where the eye is
            item = self.grid.currentItem()
            if item is not None:
                rect = self.grid.visualItemRect(item)
                QToolTip.showText(self.grid.viewport().mapToGlobal(rect.bottomLeft()), exc.message(), self.grid)

    def _count_edited(self, event_id: str, category_id: str, text: str) -> None:
        cell = (self.grid.currentRow(), self.grid.currentColumn())
        try:
            PS.set_counts(self.db, event_id, {category_id: text.strip() or None}, lang=self._lang())
        except ServiceError as exc:
            self._show_grid_error(exc)
            self._reread_counts(cell)  # the cell shows what is saved again
            self._show_grid_error(exc)
            return
        self._show_grid_error(None)
        self._reread_counts(cell)

    def _paste(self, row: int, col: int, text: str) -> None:
        cell = (self.grid.currentRow(), self.grid.currentColumn())
        try:
            PS.paste_counts(self.db, self.grid.event_ids[row:], self.grid.category_ids[col:], text,
                            lang=self._lang())
        except ServiceError as exc:
            self._show_grid_error(exc)
            return
        self._show_grid_error(None)
        self._reread_counts(cell)

    def _clear_cells(self, cells: list) -> None:
        grid: dict[str, dict] = {}
        for event_id, category_id in cells:
            grid.setdefault(event_id, {})[category_id] = None
        cell = (self.grid.currentRow(), self.grid.currentColumn())
        try:
            PS.set_count_grid(self.db, grid, lang=self._lang())
        except ServiceError as exc:
            self._show_grid_error(exc)
            return
        self._show_grid_error(None)
        self._reread_counts(cell)


class RecipientsDialog(QDialog):
    """The recipients a grant is split among: name, amount and note per row.
    The sum is shown against the grant as it is typed; OK saves the whole
    list, which must add up to the grant exactly (the service refuses
    otherwise and nothing is saved)."""

    def __init__(self, project: ProjectData, parent=None):
        super().__init__(parent)
        self.setObjectName("recipients_dialog")
        self.setWindowTitle(self.tr("Recipients of the grant"))
        self.setMinimumWidth(640)
        self.project = project
        self.db = getattr(parent, "db", None)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("recipients_table")
        self.table.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Amount, som"), self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_row_button = QPushButton(self.tr("&Add a recipient"), self)
        self.add_row_button.setObjectName("recipient_add")
        self.remove_row_button = QPushButton(self.tr("&Remove the recipient"), self)
        self.remove_row_button.setObjectName("recipient_remove")
        self.sum_label = QLabel(self)
        self.sum_label.setObjectName("recipients_sum")
        self.sum_label.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("form_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        self.error.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("form_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.add_row_button)
        row.addWidget(self.remove_row_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for r in project.recipients:
            self.add_row(r.name, show_money(r.amount), r.note)
        if not project.recipients:
            self.add_row()
        self.add_row_button.clicked.connect(lambda: self.add_row())
        self.remove_row_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(lambda _item: self._show_sum())
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self._show_sum()

    def add_row(self, name: str = "", amount: str = "", note: str = "") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((name, amount, note)):
            item = QTableWidgetItem(text)
            if c == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._show_sum()

    def rows(self) -> list[PS.RecipientInput]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text() if self.table.item(r, c) else "").strip() for c in range(3)]
            if any(cells):
                out.append(PS.RecipientInput(*cells))
        return out

    def _show_sum(self) -> None:
        from app.domain.money import MoneyError, parse_amount

        total, unread = 0, False
        for row in self.rows():
            try:
                total += parse_amount(str(row.amount))
            except MoneyError:
                unread = True
        text = self.tr("Together: %1 som; the grant: %2 som.").replace("%1", show_money(total)).replace(
            "%2", show_money(self.project.award))
        ok = not unread and (total == self.project.award or not self.rows())
        self.sum_label.setText(text if ok else text + " " + self.tr("They must add up to the grant exactly."))
        self.sum_label.setStyleSheet("" if ok else WARN_STYLE)

    def show_conversion_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_ok(self) -> None:
        try:
            PS.set_recipients(self.db, self.project.id, self.rows())
        except ServiceError as exc:
            errors = getattr(exc, "errors", None) or {exc.field or "": exc}
            lines = []
            for field, err in errors.items():
                kind, _, row = (field or "").partition(":")
                lines.append((self.tr("Row %1: ").replace("%1", row) if row else "") + err.message())
            self.error.setText("\n".join(lines))
            self.error.show()
            return
        self.accept()


__all__ = ["ProjectsPage", "CountGrid", "BudgetChart", "RecipientsDialog"]
