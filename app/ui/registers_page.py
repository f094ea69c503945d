"""The Registers area: council resolutions with the points under control,
the control list (overdue and due this month), public hearings with
attendance and proposals, citizens' needs and proposals, and the year's
local budgets. Each tab is a list (the shared ListPage; resolutions, hearings,
needs and budgets read a page at a time in SQL, app.services.register_lists)
with its actions and, under it, the selected record's parts. Every change goes through one service
function; a refusal is shown in words under the buttons and nothing changes.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import hearings as HS
from app.services import local_budgets as LB
from app.services import needs as NS
from app.services import register_lists as LISTS
from app.services import resolutions as RS
from app.services.auth import Perm
from app.services.errors import ServiceError
from app.ui import form_helpers as H
from app.ui import register_labels as RL
from app.ui import registers_forms as F
from app.ui.roles import restrict
from app.ui.table import COUNT, DATE, ENUM, INT, MONEY, TEXT, Column, ListPage, heading_label

# --------------------------------------------------------------------------
# Columns of the lists

RESOLUTION_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), TEXT),
    Column("adopted_on", QT_TRANSLATE_NOOP("Columns", "Adopted"), DATE),
    Column("body", QT_TRANSLATE_NOOP("Columns", "Body"), TEXT),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT, stretch=True),
    Column("normative", QT_TRANSLATE_NOOP("Columns", "Normative"), ENUM, RL.YES_NO),
    Column("points", QT_TRANSLATE_NOOP("Columns", "Points"), COUNT),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), COUNT),
)

CONTROL_COLUMNS = (
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), ENUM, RL.POINT_STATE),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), DATE),
    Column("days_overdue", QT_TRANSLATE_NOOP("Columns", "Days late"), COUNT),
    Column("resolution", QT_TRANSLATE_NOOP("Columns", "Resolution"), TEXT),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Point"), INT),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Text"), TEXT, stretch=True),
    Column("controller", QT_TRANSLATE_NOOP("Columns", "Controller"), TEXT),
)

HEARING_COLUMNS = (
    Column("held_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Type"), ENUM, RL.HEARING_KIND),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Subject"), TEXT, stretch=True),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), TEXT),
    Column("online", QT_TRANSLATE_NOOP("Columns", "Format"), ENUM, RL.HEARING_PLACE),
    Column("participants", QT_TRANSLATE_NOOP("Columns", "Participants"), COUNT),
    Column("proposals", QT_TRANSLATE_NOOP("Columns", "Proposals"), COUNT),
    Column("answered", QT_TRANSLATE_NOOP("Columns", "Answered"), COUNT),
)

NEED_COLUMNS = (
    Column("received_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), ENUM, RL.NEED_SOURCE),
    Column("village", QT_TRANSLATE_NOOP("Columns", "Village"), TEXT),
    Column("group_concerned", QT_TRANSLATE_NOOP("Columns", "Group"), TEXT),
    Column("problem", QT_TRANSLATE_NOOP("Columns", "Problem"), TEXT, stretch=True),
    Column("proposal", QT_TRANSLATE_NOOP("Columns", "Proposal"), TEXT),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM, RL.NEED_STATUS),
    Column("answered_by", QT_TRANSLATE_NOOP("Columns", "Answered by"), TEXT),
)

BUDGET_COLUMNS = (
    Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), INT),
    Column("municipality", QT_TRANSLATE_NOOP("Columns", "Municipality"), TEXT),
    Column("total_expenditure_tyiyn", QT_TRANSLATE_NOOP("Columns", "Expenditure, som"), MONEY),
    Column("local_initiatives_tyiyn", QT_TRANSLATE_NOOP("Columns", "Local initiatives, som"), MONEY),
    Column("social_order_tyiyn", QT_TRANSLATE_NOOP("Columns", "Social order, som"), MONEY),
    Column("reserve_fund_tyiyn", QT_TRANSLATE_NOOP("Columns", "Reserve fund, som"), MONEY),
    Column("limit_tyiyn", QT_TRANSLATE_NOOP("Columns", "Reserve limit (1 %), som"), MONEY),
    Column("decided_tyiyn", QT_TRANSLATE_NOOP("Columns", "Reserve used, som"), MONEY),
    Column("warnings", QT_TRANSLATE_NOOP("Columns", "Warnings"), COUNT),
)


def _headers(table: QTableWidget, titles: list[str]) -> None:
    table.setColumnCount(len(titles))
    table.setHorizontalHeaderLabels(titles)


def _fill(table: QTableWidget, rows: list[list[str]], ids: list, right: tuple[int, ...] = (), stretch: int = 1,
          editable: tuple[int, ...] = (), widest: int = 300) -> None:
    table.setRowCount(len(rows))
    for i, (row, row_id) in enumerate(zip(rows, ids)):
        for j, text in enumerate(row):
            table.setItem(i, j, H.table_item(text, row_id if j == 0 or j in editable else None, j in right,
                                             editable=j in editable))
    H.fit_columns(table, stretch, widest)


# --------------------------------------------------------------------------
# One tab: a list, its buttons, a line for refusals, and the record's parts


class RegisterTab(QWidget):
    changed = Signal()

    def __init__(self, page: "RegistersPage", name: str, columns, loader):
        super().__init__(page)
        self.page = page
        self.db = None
        self.setObjectName(f"{name}_tab")
        self.list = ListPage(name, columns, loader, parent=self)
        self.bar = H.FlowLayout()
        self.message = H.ErrorLabel(f"{name}_message", self)
        self.detail = QWidget(self)
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(self.bar)
        top_layout.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.changes: list[QPushButton] = []      # buttons that change data (need REGISTERS)
        self.list.table.selectionModel().selectionChanged.connect(self._selected)

    def button(self, name: str, slot, changes: bool = True, bar=None) -> QPushButton:
        b = QPushButton(self)
        b.setObjectName(name)
        b.clicked.connect(slot)
        (bar or self.bar).addWidget(b)
        if changes:
            self.changes.append(b)
        return b

    # --- data
    def load(self, db) -> None:
        self.db = db
        chosen = self.current_id()
        self.list.load(db)
        if chosen:
            self.select(chosen)
        self._selected()

    def current_id(self) -> str | None:
        row = self.list.selected_row()
        return row.id if row is not None else None

    def selected_ids(self) -> list[str]:
        rows = {self.list.proxy.mapToSource(i).row() for i in self.list.table.selectionModel().selectedRows()}
        return [self.list.model.row_at(r).id for r in sorted(rows)]

    def select(self, row_id: str) -> None:
        """Select the record, reading further pages of the list until it is found."""
        self.list.select_row_id(row_id)

    def _selected(self, *_args) -> None:
        self.show_detail(self.current_id())
        self.update_buttons()

    def show_detail(self, row_id: str | None) -> None:
        """Fill the parts of the selected record (override)."""

    def update_buttons(self) -> None:
        """Enable what fits the selection (override), then the role's rule."""

    def restrict_changes(self) -> None:
        restrict(self.db, Perm.REGISTERS, *self.changes)

    # --- actions
    def form(self, dialog) -> bool:
        """Show a form; after a saved change read the list again."""
        self.message.show_error("")
        if H.run_form(self.page, dialog):
            chosen = dialog.result_value if isinstance(dialog.result_value, str) else None
            self.after_change(chosen)
            return True
        return False

    def call(self, fn, *args) -> bool:
        """Run a service action; say why when refused."""
        self.message.show_error("")
        try:
            result = fn(self.db, *args)
        except ServiceError as exc:
            self.message.show_error(exc.message())
            return False
        self.after_change(result if isinstance(result, str) else None)
        return True

    def after_change(self, new_id: str | None = None) -> None:
        keep = self.current_id()
        self.list.load(self.db)
        target = keep or new_id
        if target:
            self.select(target)
        self._selected()
        self.changed.emit()

    def ask(self, text: str) -> bool:
        return H.confirm(self.page, self.windowTitle() or "Demilge", text)

    def retranslate(self) -> None:
        self.list.retranslate()


# --------------------------------------------------------------------------
# Resolutions


class ResolutionsTab(RegisterTab):
    def __init__(self, page):
        super().__init__(page, "resolutions", RESOLUTION_COLUMNS, LISTS.listing("resolutions"))
        self.new_button = self.button("new_resolution", self.new_resolution)
        self.edit_button = self.button("edit_resolution", self.edit_resolution)
        self.remove_button = self.button("remove_resolution", self.remove_resolution)
        self.print_button = self.button("print_control", self.print_control, changes=False)
        self.title = heading_label(self.detail)
        self.title.setObjectName("resolution_title")
        self.title.setWordWrap(True)
        self.info = QLabel(self.detail)
        self.info.setObjectName("resolution_info")
        self.info.setWordWrap(True)
        self.points_label = QLabel(self.detail)
        self.points = H.record_table(self.detail, "resolution_points")
        self.point_bar = H.FlowLayout()
        self.add_point_button = self.button("add_point", self.add_point, bar=self.point_bar)
        self.edit_point_button = self.button("edit_point", self.edit_point, bar=self.point_bar)
        self.done_button = self.button("mark_done", self.mark_done, bar=self.point_bar)
        self.reopen_button = self.button("reopen_point", self.reopen_point, bar=self.point_bar)
        self.remove_point_button = self.button("remove_point", self.remove_point, bar=self.point_bar)
        self.links_label = QLabel(self.detail)
        self.links = H.record_table(self.detail, "resolution_links")
        self.link_bar = H.FlowLayout()
        self.link_button = self.button("link_resolution", self.link, bar=self.link_bar)
        self.unlink_button = self.button("unlink_resolution", self.unlink, bar=self.link_bar)
        for w in (self.title, self.info, self.points_label, self.points):
            self.detail_layout.addWidget(w)
        self.detail_layout.addLayout(self.point_bar)
        self.detail_layout.addWidget(self.links_label)
        self.detail_layout.addWidget(self.links)
        self.detail_layout.addLayout(self.link_bar)
        self.points.itemSelectionChanged.connect(self.update_buttons)
        self.links.itemSelectionChanged.connect(self.update_buttons)
        self.points.itemActivated.connect(self.edit_point)
        self.resolution: RS.ResolutionDetail | None = None
        self.retranslate()

    def show_detail(self, row_id):
        self.resolution = RS.get_resolution(self.db, row_id) if row_id and self.db else None
        r = self.resolution
        self.title.setText(f"{r.label} — {r.title}" if r else "")
        if r:
            parts = []
            controllers = "; ".join(x for x in (r.control_commission, r.control_official) if x)
            if controllers:
                parts.append(self.tr("Under the control of: %1").replace("%1", controllers))
            if r.distribution:
                parts.append(self.tr("Distribution: %1").replace("%1", ", ".join(r.distribution)))
            if r.justice_sent_on or r.justice_registered_on:
                parts.append(self.tr("Justice: sent %1, registered %2 %3")
                             .replace("%1", H.show_date(r.justice_sent_on) or "—")
                             .replace("%2", H.show_date(r.justice_registered_on) or "—")
                             .replace("%3", r.justice_register_no))
            if r.note:
                parts.append(r.note)
            self.info.setText("\n".join(parts))
        else:
            self.info.setText("")
        points = r.points if r else ()
        _fill(self.points, [[str(p.number), p.text, H.show_date(p.due_on), p.controller,
                             RL.POINT_STATE.label(p.state) if p.due_on or p.status == "done" else "",
                             " ".join(x for x in (H.show_date(p.done_on), p.done_document) if x)] for p in points],
              [p.id for p in points])
        links = r.links if r else ()
        _fill(self.links, [[RL.LINK_RELATION.label(x.relation), RL.LINK_TARGET.label(x.target_kind), x.title]
                           for x in links], [x.id for x in links], stretch=2)

    def _point(self) -> RS.PointRow | None:
        pid = H.selected_id(self.points)
        return next((p for p in self.resolution.points if p.id == pid), None) if self.resolution and pid else None

    def update_buttons(self):
        has = self.resolution is not None
        point = self._point()
        for b in (self.edit_button, self.remove_button, self.add_point_button, self.link_button):
            b.setEnabled(has)
        self.edit_point_button.setEnabled(point is not None)
        self.remove_point_button.setEnabled(point is not None)
        self.done_button.setEnabled(point is not None and point.status != "done")
        self.reopen_button.setEnabled(point is not None and point.status == "done")
        self.unlink_button.setEnabled(H.selected_id(self.links) is not None)
        self.new_button.setEnabled(self.db is not None)
        self.restrict_changes()

    def new_resolution(self):
        return self.form(F.resolution_form(self, self.db, None))

    def edit_resolution(self):
        if self.resolution:
            return self.form(F.resolution_form(self, self.db, self.resolution))

    def remove_resolution(self):
        if self.resolution and self.ask(self.tr("Remove the resolution %1 from the register?")
                                        .replace("%1", self.resolution.label)):
            self.call(RS.remove_resolution, self.resolution.id)

    def add_point(self):
        if self.resolution:
            self.form(F.point_form(self, self.db, self.resolution.id, None))

    def edit_point(self, *_args):
        point = self._point()
        if point:
            self.form(F.point_form(self, self.db, self.resolution.id, point))

    def mark_done(self):
        point = self._point()
        if point:
            self.form(F.done_form(self, self.db, point.id, point.text))

    def reopen_point(self):
        point = self._point()
        if point:
            self.call(RS.reopen_point, point.id)

    def remove_point(self):
        point = self._point()
        if point and self.ask(self.tr("Remove point %1?").replace("%1", str(point.number))):
            self.call(RS.remove_point, point.id)

    def link(self):
        if self.resolution:
            self.form(F.link_form(self, self.db, self.resolution.id))

    def unlink(self):
        link_id = H.selected_id(self.links)
        if link_id:
            self.call(RS.unlink_resolution, link_id)

    def print_control(self):
        self.page.report_requested.emit("resolution-control", "", "")

    def retranslate(self):
        super().retranslate()
        self.new_button.setText(self.tr("&New resolution…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.print_button.setText(self.tr("&Print the control report…"))
        self.points_label.setText(self.tr("Points (a point with a due date is under control):"))
        _headers(self.points, [self.tr("No."), self.tr("Text"), self.tr("Due"), self.tr("Controller"),
                               self.tr("State"), self.tr("Done")])
        self.add_point_button.setText(self.tr("Add a &point…"))
        self.edit_point_button.setText(self.tr("Edit the point…"))
        self.done_button.setText(self.tr("Mark &done…"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.remove_point_button.setText(self.tr("Remove the point"))
        self.links_label.setText(self.tr("What it approves or changes, and what rests on it:"))
        _headers(self.links, [self.tr("Relation"), self.tr("What"), self.tr("Title")])
        self.link_button.setText(self.tr("&Link…"))
        self.unlink_button.setText(self.tr("Unlink"))
        if self.db is not None:
            self.show_detail(self.current_id())


# --------------------------------------------------------------------------
# Control: overdue and due this month


class ControlTab(RegisterTab):
    def __init__(self, page):
        super().__init__(page, "control", CONTROL_COLUMNS, self._rows)
        self.show_all = QCheckBox(self)
        self.show_all.setObjectName("control_show_all")
        self.show_all.toggled.connect(lambda _on: self.load(self.db) if self.db else None)
        self.bar.addWidget(self.show_all)
        self.done_button = self.button("control_mark_done", self.mark_done)
        self.print_button = self.button("control_print", self.print_control, changes=False)
        self.note = QLabel(self.detail)
        self.note.setWordWrap(True)
        self.detail_layout.addWidget(self.note)
        self.detail_layout.addStretch(1)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        self.retranslate()

    def _rows(self, db):
        return RS.list_control(db, attention_only=not self.show_all.isChecked())

    def update_buttons(self):
        row = self.list.selected_row()
        self.done_button.setEnabled(row is not None and row.state not in ("done", "done_late"))
        self.restrict_changes()

    def mark_done(self):
        row = self.list.selected_row()
        if row:
            self.form(F.done_form(self, self.db, row.id, row.text))

    def print_control(self):
        self.page.report_requested.emit("resolution-control", "", "")

    def retranslate(self):
        super().retranslate()
        self.show_all.setText(self.tr("Show &all points under control"))
        self.done_button.setText(self.tr("Mark &done…"))
        self.print_button.setText(self.tr("&Print the control report…"))
        self.note.setText(self.tr("Overdue points come first, the oldest due date first, then those due this "
                                  "month. A point is under control when it has a due date; it leaves this list "
                                  "when it is marked done with the date and the confirming document."))


# --------------------------------------------------------------------------
# Public hearings


class HearingsTab(RegisterTab):
    def __init__(self, page):
        super().__init__(page, "hearings", HEARING_COLUMNS, LISTS.listing("hearings"))
        self.new_button = self.button("new_hearing", self.new_hearing)
        self.edit_button = self.button("edit_hearing", self.edit_hearing)
        self.remove_button = self.button("remove_hearing", self.remove_hearing)
        self.print_button = self.button("print_hearing", self.print_protocol, changes=False)
        self.attendance_label = QLabel(self.detail)
        self.attendance = H.record_table(self.detail, "hearing_attendance")
        self.attendance.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        self.attendance_bar = H.FlowLayout()
        self.save_attendance_button = self.button("save_attendance", self.save_attendance, bar=self.attendance_bar)
        self.total = QLabel(self.detail)
        self.total.setObjectName("hearing_total")
        self.attendance_bar.addWidget(self.total)
        self.proposals_label = QLabel(self.detail)
        self.proposals = H.record_table(self.detail, "hearing_proposals")
        self.proposal_bar = H.FlowLayout()
        self.add_proposal_button = self.button("add_proposal", self.add_proposal, bar=self.proposal_bar)
        self.edit_proposal_button = self.button("edit_proposal", self.edit_proposal, bar=self.proposal_bar)
        self.answer_button = self.button("answer_proposal", self.answer, bar=self.proposal_bar)
        self.to_need_button = self.button("proposal_to_need", self.to_need, bar=self.proposal_bar)
        self.remove_proposal_button = self.button("remove_proposal", self.remove_proposal, bar=self.proposal_bar)
        for w in (self.attendance_label, self.attendance):
            self.detail_layout.addWidget(w)
        self.detail_layout.addLayout(self.attendance_bar)
        self.detail_layout.addWidget(self.proposals_label)
        self.detail_layout.addWidget(self.proposals)
        self.detail_layout.addLayout(self.proposal_bar)
        self.proposals.itemSelectionChanged.connect(self.update_buttons)
        self.proposals.itemActivated.connect(self.answer)
        self.hearing: HS.HearingDetail | None = None
        self.retranslate()

    def show_detail(self, row_id):
        self.hearing = HS.get_hearing(self.db, row_id) if row_id and self.db else None
        h = self.hearing
        cats = h.attendance if h else ()
        depth = {}
        for c in cats:
            depth[c.id] = depth.get(c.parent_id, -1) + 1 if c.parent_id else 0
        _fill(self.attendance, [[("    " * depth[c.id]) + c.name, "" if c.count is None else str(c.count)]
                                for c in cats], [c.id for c in cats], right=(1,), stretch=0, editable=(1,))
        self.total.setText(self.tr("Participants (each counted once): %1").replace("%1", str(h.participants))
                           if h else "")
        props = h.proposals if h else ()
        _fill(self.proposals, [[str(p.position), p.author_group, p.text, RL.PROPOSAL_STATUS.label(p.status),
                                p.answer, p.included] for p in props], [p.id for p in props], stretch=2, widest=190)

    def _proposal(self) -> HS.ProposalView | None:
        pid = H.selected_id(self.proposals)
        return next((p for p in self.hearing.proposals if p.id == pid), None) if self.hearing and pid else None

    def update_buttons(self):
        has = self.hearing is not None
        p = self._proposal()
        for b in (self.edit_button, self.remove_button, self.print_button, self.save_attendance_button,
                  self.add_proposal_button):
            b.setEnabled(has)
        for b in (self.edit_proposal_button, self.answer_button, self.remove_proposal_button):
            b.setEnabled(p is not None)
        self.to_need_button.setEnabled(p is not None and p.need_id is None)
        self.new_button.setEnabled(self.db is not None)
        self.restrict_changes()

    def attendance_values(self) -> dict[str, str]:
        out = {}
        for r in range(self.attendance.rowCount()):
            item = self.attendance.item(r, 1)
            out[item.data(H.ID_ROLE)] = item.text()
        return out

    def new_hearing(self):
        return self.form(F.hearing_form(self, self.db, None))

    def edit_hearing(self):
        if self.hearing:
            self.form(F.hearing_form(self, self.db, self.hearing))

    def remove_hearing(self):
        if self.hearing and self.ask(self.tr("Remove the hearing «%1» with its attendance and proposals?")
                                     .replace("%1", self.hearing.title)):
            self.call(HS.remove_hearing, self.hearing.id)

    def save_attendance(self):
        if self.hearing:
            self.call(HS.set_attendance, self.hearing.id, self.attendance_values())

    def add_proposal(self):
        if self.hearing:
            self.form(F.proposal_form(self, self.db, self.hearing.id, None))

    def edit_proposal(self):
        p = self._proposal()
        if p:
            self.form(F.proposal_form(self, self.db, self.hearing.id, p))

    def answer(self, *_args):
        p = self._proposal()
        if p and self.answer_button.isEnabled():
            self.form(F.answer_form(self, self.db, p, self.hearing.id))

    def to_need(self):
        p = self._proposal()
        if p and self.call(HS.proposal_to_need, p.id):
            self.message.show_error("")
            self.page.needs.mark_stale()

    def remove_proposal(self):
        p = self._proposal()
        if p and self.ask(self.tr("Remove the proposal?")):
            self.call(HS.remove_proposal, p.id)

    def print_protocol(self):
        if self.hearing:
            self.page.report_requested.emit("hearing-protocol", "hearing", self.hearing.id)

    def retranslate(self):
        super().retranslate()
        self.new_button.setText(self.tr("&New hearing…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.print_button.setText(self.tr("&Print the protocol…"))
        self.attendance_label.setText(self.tr("Attendance by category (type the numbers, then save; a part cannot "
                                              "be more than its whole):"))
        _headers(self.attendance, [self.tr("Category"), self.tr("People")])
        self.save_attendance_button.setText(self.tr("&Save attendance"))
        self.proposals_label.setText(self.tr("Proposals and answers:"))
        _headers(self.proposals, [self.tr("No."), self.tr("Author group"), self.tr("Proposal"), self.tr("Decision"),
                                  self.tr("Answer"), self.tr("Included in")])
        self.add_proposal_button.setText(self.tr("Add a p&roposal…"))
        self.edit_proposal_button.setText(self.tr("Edit the proposal…"))
        self.answer_button.setText(self.tr("&Answer…"))
        self.to_need_button.setText(self.tr("To the needs re&gister"))
        self.remove_proposal_button.setText(self.tr("Remove the proposal"))
        if self.db is not None:
            self.show_detail(self.current_id())


# --------------------------------------------------------------------------
# Needs and proposals


class NeedsTab(RegisterTab):
    competition_created = Signal(str)

    def __init__(self, page):
        super().__init__(page, "needs", NEED_COLUMNS, LISTS.listing("needs"))
        self.new_button = self.button("new_need", self.new_need)
        self.edit_button = self.button("edit_need", self.edit_need)
        self.answer_button = self.button("answer_need", self.answer)
        self.remove_button = self.button("remove_need", self.remove_need)
        self.competition_button = self.button("competition_from_needs", self.competition_from_needs)
        self.print_button = self.button("print_needs", self.print_register, changes=False)
        self.hint = QLabel(self.detail)
        self.hint.setWordWrap(True)
        self.detail_layout.addWidget(self.hint)
        self.detail_layout.addStretch(1)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        self.competition_dialog = None
        self.stale = False
        self.list.table.activated.connect(self.edit_need)
        self.retranslate()

    def mark_stale(self):
        self.stale = True

    def update_buttons(self):
        has = self.current_id() is not None
        for b in (self.edit_button, self.answer_button, self.remove_button):
            b.setEnabled(has)
        self.competition_button.setEnabled(bool(self.selected_ids()))
        self.new_button.setEnabled(self.db is not None)
        self.restrict_changes()
        restrict(self.db, Perm.COMPETITIONS, self.competition_button)

    def new_need(self):
        return self.form(F.need_form(self, self.db, None))

    def edit_need(self, *_args):
        nid = self.current_id()
        if nid and self.edit_button.isEnabled():
            self.form(F.need_form(self, self.db, NS.get_need(self.db, nid)))

    def answer(self):
        nid = self.current_id()
        if nid:
            self.form(F.need_answer_form(self, self.db, NS.get_need(self.db, nid)))

    def remove_need(self):
        nid = self.current_id()
        if nid and self.ask(self.tr("Remove the selected entry from the register?")):
            self.call(NS.remove_need, nid)

    def competition_from_needs(self):
        """The competition editor, filled from the selected needs; saving it
        links them to the new competition."""
        from app.ui.competition_dialog import CompetitionDialog

        ids = self.selected_ids()
        self.message.show_error("")
        try:
            draft = NS.draft_from_needs(self.db, ids)
        except ServiceError as exc:
            self.message.show_error(exc.message())
            return None
        dialog = CompetitionDialog(self.db, None, self)
        dialog.creator = lambda data: NS.create_competition_from_needs(self.db, ids, data)
        dialog.basis_owner = ("need", ids[0])     # it goes to the needs' municipality
        dialog.prefill(draft)
        dialog.saved.connect(self._competition_saved)
        self.competition_dialog = dialog
        dialog.open()
        return dialog

    def _competition_saved(self, competition_id: str):
        self.after_change()
        self.competition_created.emit(competition_id)

    def print_register(self):
        self.page.report_requested.emit("needs-register", "", "")

    def retranslate(self):
        super().retranslate()
        self.new_button.setText(self.tr("&New entry…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.answer_button.setText(self.tr("&Answer…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.competition_button.setText(self.tr("New &competition from the selected…"))
        self.competition_button.setToolTip(self.tr("Select needs (Ctrl+click), then start a competition: its theme "
                                                   "and priority areas are drafted from them"))
        self.print_button.setText(self.tr("&Print the register…"))
        self.hint.setText(self.tr("Needs and proposals come from surveys, hearings, meetings, letters and online. "
                                  "Mark what answered each: a competition's theme, a program measure or a line "
                                  "of the local budget."))


# --------------------------------------------------------------------------
# Local budgets


class BudgetsTab(RegisterTab):
    def __init__(self, page):
        super().__init__(page, "budgets", BUDGET_COLUMNS, LISTS.listing("budgets"))
        self.new_button = self.button("new_budget", self.new_budget)
        self.edit_button = self.button("edit_budget", self.edit_budget)
        self.remove_button = self.button("remove_budget", self.remove_budget)
        self.print_button = self.button("print_budget", self.print_budget, changes=False)
        self.summary = QLabel(self.detail)
        self.summary.setObjectName("budget_summary")
        self.summary.setWordWrap(True)
        self.warnings = H.ErrorLabel("budget_warnings", self.detail)
        self.allocations_label = QLabel(self.detail)
        self.allocations = H.record_table(self.detail, "budget_allocations")
        self.allocation_bar = H.FlowLayout()
        self.add_allocation_button = self.button("add_allocation", self.add_allocation, bar=self.allocation_bar)
        self.edit_allocation_button = self.button("edit_allocation", self.edit_allocation, bar=self.allocation_bar)
        self.remove_allocation_button = self.button("remove_allocation", self.remove_allocation,
                                                    bar=self.allocation_bar)
        self.fund_button = self.button("fund_competition", self.fund, bar=self.allocation_bar)
        self.unfund_button = self.button("unfund_competition", self.unfund, bar=self.allocation_bar)
        self.decisions_label = QLabel(self.detail)
        self.decisions = H.record_table(self.detail, "reserve_decisions")
        self.decision_bar = H.FlowLayout()
        self.add_decision_button = self.button("add_decision", self.add_decision, bar=self.decision_bar)
        self.edit_decision_button = self.button("edit_decision", self.edit_decision, bar=self.decision_bar)
        self.remove_decision_button = self.button("remove_decision", self.remove_decision, bar=self.decision_bar)
        for w in (self.summary, self.warnings, self.allocations_label, self.allocations):
            self.detail_layout.addWidget(w)
        self.detail_layout.addLayout(self.allocation_bar)
        self.detail_layout.addWidget(self.decisions_label)
        self.detail_layout.addWidget(self.decisions)
        self.detail_layout.addLayout(self.decision_bar)
        self.allocations.itemSelectionChanged.connect(self.update_buttons)
        self.decisions.itemSelectionChanged.connect(self.update_buttons)
        self.budget: LB.BudgetDetail | None = None
        self._rows: list[tuple[LB.AllocationView, LB.FundedCompetition | None]] = []
        self.retranslate()

    def show_detail(self, row_id):
        self.budget = LB.get_budget(self.db, row_id) if row_id and self.db else None
        b = self.budget
        if b:
            self.summary.setText(
                self.tr("%1, %2: expenditure %3 som; reserve fund %4 som of at most %5 som (1 % of %6 som, "
                        "expenditure without the reserve fund and paid services); decided %7 som.")
                .replace("%1", b.municipality).replace("%2", str(b.year))
                .replace("%3", F.money_text(b.total_expenditure_tyiyn)).replace("%4", F.money_text(b.reserve_fund_tyiyn))
                .replace("%5", F.money_text(b.limit_tyiyn)).replace("%6", F.money_text(b.base_tyiyn))
                .replace("%7", F.money_text(b.decided_tyiyn)))
        else:
            self.summary.setText("")
        self.warnings.show_error("\n".join(b.warnings) if b else "")
        self._rows = []
        rows, ids = [], []
        for a in (b.allocations if b else ()):
            funded = a.competitions or (None,)
            for i, c in enumerate(funded):
                self._rows.append((a, c))
                first = i == 0
                rows.append([RL.ALLOCATION_KIND.label(a.kind) if first else "", a.title if first else "",
                             F.money_text(a.amount_tyiyn) if first else "",
                             c.title if c else "", F.money_text(c.allocation_tyiyn) if c else ""])
                ids.append(f"{a.id}|{c.link_id if c else ''}")
        _fill(self.allocations, rows, ids, right=(2, 4), stretch=3)
        decisions = b.decisions if b else ()
        _fill(self.decisions, [[H.show_date(d.decided_on), d.document, F.money_text(d.amount_tyiyn), d.purpose]
                               for d in decisions], [d.id for d in decisions], right=(2,), stretch=3)

    def _allocation_row(self) -> tuple[LB.AllocationView, LB.FundedCompetition | None] | None:
        row = self.allocations.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) and self.allocations.selectedItems() else None

    def _decision(self) -> LB.DecisionView | None:
        did = H.selected_id(self.decisions)
        return next((d for d in self.budget.decisions if d.id == did), None) if self.budget and did else None

    def update_buttons(self):
        has = self.budget is not None
        chosen = self._allocation_row()
        for b in (self.edit_button, self.remove_button, self.print_button, self.add_allocation_button,
                  self.add_decision_button):
            b.setEnabled(has)
        for b in (self.edit_allocation_button, self.remove_allocation_button, self.fund_button):
            b.setEnabled(chosen is not None)
        self.unfund_button.setEnabled(chosen is not None and chosen[1] is not None)
        decision = self._decision()
        self.edit_decision_button.setEnabled(decision is not None)
        self.remove_decision_button.setEnabled(decision is not None)
        self.new_button.setEnabled(self.db is not None)
        self.restrict_changes()

    def new_budget(self):
        return self.form(F.budget_form(self, self.db, None))

    def edit_budget(self):
        if self.budget:
            self.form(F.budget_form(self, self.db, self.budget))

    def remove_budget(self):
        if self.budget and self.ask(self.tr("Remove the %1 budget with its lines and decisions?")
                                    .replace("%1", str(self.budget.year))):
            self.call(LB.remove_budget, self.budget.id)

    def add_allocation(self):
        if self.budget:
            self.form(F.allocation_form(self, self.db, self.budget.id, None))

    def edit_allocation(self):
        chosen = self._allocation_row()
        if chosen:
            self.form(F.allocation_form(self, self.db, self.budget.id, chosen[0]))

    def remove_allocation(self):
        chosen = self._allocation_row()
        if chosen and self.ask(self.tr("Remove the line «%1»?").replace("%1", chosen[0].title)):
            self.call(LB.remove_allocation, chosen[0].id)

    def fund(self):
        chosen = self._allocation_row()
        if chosen:
            self.form(F.fund_form(self, self.db, chosen[0]))

    def unfund(self):
        chosen = self._allocation_row()
        if chosen and chosen[1]:
            self.call(LB.unfund_competition, chosen[1].link_id)

    def add_decision(self):
        if self.budget:
            self.form(F.decision_form(self, self.db, self.budget.id, None))

    def edit_decision(self):
        d = self._decision()
        if d:
            self.form(F.decision_form(self, self.db, self.budget.id, d))

    def remove_decision(self):
        d = self._decision()
        if d and self.ask(self.tr("Remove the decision %1?").replace("%1", d.document)):
            self.call(LB.remove_reserve_decision, d.id)

    def print_budget(self):
        if self.budget:
            self.page.report_requested.emit("local-budget", "year", str(self.budget.year))

    def retranslate(self):
        super().retranslate()
        self.new_button.setText(self.tr("&New year's budget…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.print_button.setText(self.tr("&Print the budget…"))
        self.allocations_label.setText(self.tr("Allocations and the competitions they fund (the competitions' "
                                               "allocations must fit):"))
        _headers(self.allocations, [self.tr("Kind"), self.tr("Title"), self.tr("Amount, som"),
                                    self.tr("Competition funded"), self.tr("Its allocation, som")])
        self.add_allocation_button.setText(self.tr("Add a &line…"))
        self.edit_allocation_button.setText(self.tr("Edit the line…"))
        self.remove_allocation_button.setText(self.tr("Remove the line"))
        self.fund_button.setText(self.tr("&Fund a competition…"))
        self.unfund_button.setText(self.tr("Stop funding"))
        self.decisions_label.setText(self.tr("Decisions on using the reserve fund (together at most the fund):"))
        _headers(self.decisions, [self.tr("Date"), self.tr("Document"), self.tr("Amount, som"), self.tr("Purpose")])
        self.add_decision_button.setText(self.tr("Add a &decision…"))
        self.edit_decision_button.setText(self.tr("Edit the decision…"))
        self.remove_decision_button.setText(self.tr("Remove the decision"))
        if self.db is not None:
            self.show_detail(self.current_id())


# --------------------------------------------------------------------------
# The area


class RegistersPage(QWidget):
    report_requested = Signal(str, str, str)   # report name, parameter, id (or year)
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("registers")
        self.db = None
        self.loaded = False
        self.heading = heading_label(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registers_tabs")
        self.resolutions = ResolutionsTab(self)
        self.control = ControlTab(self)
        self.hearings = HearingsTab(self)
        self.needs = NeedsTab(self)
        self.budgets = BudgetsTab(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
            tab.changed.connect(self._changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def all_tabs(self) -> list[RegisterTab]:
        return [self.resolutions, self.control, self.hearings, self.needs, self.budgets]

    def lists(self) -> list[ListPage]:
        return [t.list for t in self.all_tabs()]

    def load(self, db) -> None:
        self.db = db
        for tab in self.all_tabs():
            tab.load(db)
        self.needs.stale = False
        self.loaded = True

    def mark_stale(self) -> None:
        """Another page changed data shown here: read it again when shown."""
        self.loaded = False

    def _changed(self) -> None:
        """A change on one tab may show on the others (a point done leaves the
        control list; a proposal becomes a need): read them again."""
        sender = self.sender()
        for tab in self.all_tabs():
            if tab is not sender and self.db is not None:
                tab.load(self.db)
        self.changed.emit()

    def _tab_shown(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.needs and self.needs.stale and self.db is not None:
            self.needs.load(self.db)
            self.needs.stale = False

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("Areas", "Registers"))
        for i, text in enumerate((self.tr("&Resolutions"), self.tr("&Control: overdue and this month"),
                                  self.tr("Public &hearings"), self.tr("&Needs and proposals"),
                                  self.tr("Local &budgets"))):
            self.tabs.setTabText(i, text)
        for tab in self.all_tabs():
            tab.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
