"""The grant commission of a competition: its members and rules (with the
composition warnings), the scoring criteria, and its meetings: attendance
with the live quorum, declared conflicts of interest, the paper score sheets
typed in (optionally twice, by two people) or the open vote, the decision
within the budget with an optional hand-made order and its justification,
closing the protocol, and printing it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain import enums as E
from app.services import browse
from app.services import commission as C
from app.services.auth import Perm, allowed
from app.services.errors import ServiceError
from app.ui import form_helpers as H
from app.ui import labels as L
from app.ui.form_helpers import (
    ID_ROLE,
    FlowLayout,
    competition_choice,
    confirm,
    fit_columns,
    record_table,
    run_form,
    selected_id,
    show_date,
    show_in_sight,
    show_money,
    table_item,
)
from app.ui.program_dialogs import FormDialog
from app.ui.table import heading_label

WARN_STYLE = "color: #9A3412;"
ERROR_STYLE = "color: #B00020;"
OK_STYLE = "color: #1B5E20;"
BAD_CELL = QColor("#F8D7DA")


class CommissionPage(QWidget):
    report_requested = Signal(str, str, str)   # report name, parameter, id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("commission")
        self.db = None
        self.loaded = False
        self.view: C.CommissionView | None = None
        self.meeting: C.MeetingView | None = None
        self.first_entry: dict | None = None
        self.manual_order: list[str] | None = None
        self.chair_order: list[str] | None = None   # the chair settles tied scores (tie rule "chair")
        self.preview_lines: list[C.DecisionLine] = []

        self.heading = heading_label(self)
        self.competition_label = QLabel(self)
        self.competition = H.LazyCombo(self)     # a district's competitions are read when it is opened
        self.competition.setObjectName("commission_competition")
        self.competition.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.competition_label.setBuddy(self.competition)
        top = QHBoxLayout()
        top.addWidget(self.competition_label)
        top.addWidget(self.competition, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("commission_tabs")
        self._build_composition()
        self._build_meetings()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.competition.currentIndexChanged.connect(lambda *_: self.show_competition())
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _buttons(self, parent, *names: str) -> tuple[QWidget, list[QPushButton]]:
        box = QWidget(parent)
        flow = FlowLayout(box)
        out = []
        for name in names:
            b = QPushButton(box)
            b.setObjectName(name)
            flow.addWidget(b)
            out.append(b)
        return box, out

    def _build_composition(self) -> None:
        tab = QWidget(self.tabs)
        self.members_caption = QLabel(tab)
        self.members = record_table(tab, "members")
        self.members.doubleClicked.connect(lambda *_: self.edit_member())
        box, (self.add_member_button, self.edit_member_button, self.remove_member_button) = self._buttons(
            tab, "member_add", "member_edit", "member_remove")
        self.warnings = QLabel(tab)
        self.warnings.setObjectName("composition_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARN_STYLE)
        self.rules_box = QGroupBox(tab)
        self.rules_text = QLabel(self.rules_box)
        self.rules_text.setObjectName("rules_text")
        self.rules_text.setWordWrap(True)
        self.rules_button = QPushButton(self.rules_box)
        self.rules_button.setObjectName("rules_edit")
        rl = QVBoxLayout(self.rules_box)
        rl.addWidget(self.rules_text)
        rl.addWidget(self.rules_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.criteria_caption = QLabel(tab)
        self.criteria = record_table(tab, "criteria")
        self.criteria.doubleClicked.connect(lambda *_: self.edit_criterion())
        cbox, (self.add_criterion_button, self.edit_criterion_button, self.remove_criterion_button,
               self.default_criteria_button) = self._buttons(tab, "criterion_add", "criterion_edit",
                                                             "criterion_remove", "criteria_default")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.members_caption)
        layout.addWidget(self.members, 2)
        layout.addWidget(box)
        layout.addWidget(self.warnings)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.criteria_caption)
        layout.addWidget(self.criteria, 1)
        layout.addWidget(cbox)
        self.tabs.addTab(tab, "")
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.rules_button.clicked.connect(self.edit_rules)
        self.add_criterion_button.clicked.connect(self.add_criterion)
        self.edit_criterion_button.clicked.connect(self.edit_criterion)
        self.remove_criterion_button.clicked.connect(self.remove_criterion)
        self.default_criteria_button.clicked.connect(self.default_criteria)

    def _build_meetings(self) -> None:
        tab = QWidget(self.tabs)
        self.meeting_label = QLabel(tab)
        self.meeting_combo = QComboBox(tab)
        self.meeting_combo.setObjectName("meeting_combo")
        self.meeting_label.setBuddy(self.meeting_combo)
        mbox, (self.new_meeting_button, self.amend_button, self.protocol_button, self.sheets_button,
               self.scores_button) = self._buttons(tab, "meeting_new", "meeting_amend", "print_protocol",
                                                   "print_sheets", "scores_xlsx")
        self.meeting_info = QLabel(tab)
        self.meeting_info.setObjectName("meeting_info")
        self.meeting_info.setWordWrap(True)
        self.meeting_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # attendance and conflicts
        self.attendance_box = QGroupBox(tab)
        self.attendance = QListWidget(self.attendance_box)
        self.attendance.setObjectName("attendance")
        self.quorum_label = QLabel(self.attendance_box)
        self.quorum_label.setObjectName("quorum_label")
        self.quorum_label.setWordWrap(True)
        al = QVBoxLayout(self.attendance_box)
        al.addWidget(self.attendance)
        al.addWidget(self.quorum_label)
        self.conflicts_box = QGroupBox(tab)
        self.conflicts = record_table(self.conflicts_box, "conflicts")
        self.conflict_button = QPushButton(self.conflicts_box)
        self.conflict_button.setObjectName("conflict_declare")
        cl = QVBoxLayout(self.conflicts_box)
        cl.addWidget(self.conflicts)
        cl.addWidget(self.conflict_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.attendance_box, 1)
        row.addWidget(self.conflicts_box, 2)

        # entry of sheets / votes
        self.entry_box = QGroupBox(tab)
        self.sheet_member_label = QLabel(self.entry_box)
        self.sheet_member = QComboBox(self.entry_box)
        self.sheet_member.setObjectName("sheet_member")
        self.sheet_member_label.setBuddy(self.sheet_member)
        self.double_entry = QCheckBox(self.entry_box)
        self.double_entry.setObjectName("double_entry")
        self.sheet = QTableWidget(self.entry_box)
        self.sheet.setObjectName("score_sheet")
        self.sheet.setTabKeyNavigation(True)
        self.sheet.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.save_sheet_button = QPushButton(self.entry_box)
        self.save_sheet_button.setObjectName("sheet_save")
        self.entry_message = QLabel(self.entry_box)
        self.entry_message.setObjectName("entry_message")
        self.entry_message.setWordWrap(True)
        el = QVBoxLayout(self.entry_box)
        er = QHBoxLayout()
        er.addWidget(self.sheet_member_label)
        er.addWidget(self.sheet_member, 1)
        er.addWidget(self.double_entry)
        el.addLayout(er)
        el.addWidget(self.sheet)
        el.addWidget(self.entry_message)
        el.addWidget(self.save_sheet_button, 0, Qt.AlignmentFlag.AlignLeft)

        # the decision
        self.decision_box = QGroupBox(tab)
        dbox, (self.preview_button, self.up_button, self.down_button, self.record_button,
               self.close_button) = self._buttons(self.decision_box, "decision_preview", "decision_up",
                                                  "decision_down", "decision_record", "protocol_close")
        self.decision = record_table(self.decision_box, "decision_table")
        self.justification_label = QLabel(self.decision_box)
        self.justification = QLineEdit(self.decision_box)
        self.justification.setObjectName("justification")
        self.justification_label.setBuddy(self.justification)
        self.decision_message = QLabel(self.decision_box)
        self.decision_message.setObjectName("decision_message")
        self.decision_message.setWordWrap(True)
        dl = QVBoxLayout(self.decision_box)
        dl.addWidget(self.decision)
        jr = QHBoxLayout()
        jr.addWidget(self.justification_label)
        jr.addWidget(self.justification, 1)
        dl.addLayout(jr)
        dl.addWidget(self.decision_message)
        dl.addWidget(dbox)

        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting_combo, 1)
        layout.addLayout(top)
        layout.addWidget(mbox)
        layout.addWidget(self.meeting_info)
        layout.addLayout(row)
        layout.addWidget(self.entry_box)
        layout.addWidget(self.decision_box)
        self.tabs.addTab(tab, "")

        self.meeting_combo.currentIndexChanged.connect(lambda *_: self.show_meeting())
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.amend_button.clicked.connect(self.amend_meeting)
        self.attendance.itemChanged.connect(self._attendance_changed)
        self.conflict_button.clicked.connect(self.declare_conflict)
        self.sheet_member.currentIndexChanged.connect(lambda *_: self._fill_sheet())
        self.double_entry.toggled.connect(lambda *_: self._reset_entry())
        self.save_sheet_button.clicked.connect(self.save_sheet)
        self.preview_button.clicked.connect(self.preview_decision)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.record_button.clicked.connect(self.record_decision)
        self.close_button.clicked.connect(self.close_protocol)
        self.protocol_button.clicked.connect(lambda: self._report("protocol"))
        self.sheets_button.clicked.connect(lambda: self._report("score-sheets"))
        self.scores_button.clicked.connect(lambda: self._report("scores"))

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Grant commission"))
        self.competition_label.setText(self.tr("&Competition:"))
        self.tabs.setTabText(0, self.tr("Members and rules"))
        self.tabs.setTabText(1, self.tr("Meetings and protocols"))
        self.members_caption.setText(self.tr("Members of the commission"))
        self.add_member_button.setText(self.tr("Add &member…"))
        self.edit_member_button.setText(self.tr("Edit member…"))
        self.remove_member_button.setText(self.tr("Remove member"))
        self.rules_box.setTitle(self.tr("Rules"))
        self.rules_button.setText(self.tr("Change the &rules…"))
        self.criteria_caption.setText(self.tr("Scoring criteria"))
        self.add_criterion_button.setText(self.tr("Add criterion…"))
        self.edit_criterion_button.setText(self.tr("Edit criterion…"))
        self.remove_criterion_button.setText(self.tr("Remove criterion"))
        self.default_criteria_button.setText(self.tr("Suggested criteria"))
        self.meeting_label.setText(self.tr("M&eeting:"))
        self.new_meeting_button.setText(self.tr("&New meeting…"))
        self.amend_button.setText(self.tr("Amending protocol…"))
        self.protocol_button.setText(self.tr("&Print the protocol"))
        self.sheets_button.setText(self.tr("Blank sheets"))
        self.scores_button.setText(self.tr("All scores (XLSX)"))
        self.attendance_box.setTitle(self.tr("Attendance (tick who is present)"))
        self.conflicts_box.setTitle(self.tr("Conflicts of interest"))
        self.conflict_button.setText(self.tr("Declare a conflict…"))
        self.sheet_member_label.setText(self.tr("Sheet &of:"))
        self.double_entry.setText(self.tr("Double entry (a second person types the sheet again)"))
        self.justification_label.setText(self.tr("&Justification of a hand-made order:"))
        self.decision_box.setTitle(self.tr("Decision within the budget"))
        self.preview_button.setText(self.tr("Pre&view the decision"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.record_button.setText(self.tr("Record the &decision"))
        self.close_button.setText(self.tr("C&lose the protocol…"))
        self.show_competition()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lists(self) -> list:
        return []

    # ------------------------------------------------------------------ data
    def load(self, db) -> None:
        self.db = db
        current = (self.competition.currentData(), self.competition.currentText())
        if not current[0]:          # none chosen yet: the one under review now, else the newest
            first = browse.commission_competition(db)
            current = (first.id, competition_choice(first)) if first else None
        self.competition.set_choices([], lambda: [(competition_choice(r), r.id) for r in browse.list_competitions(db)],
                                     keep=current)
        self.loaded = True
        self.show_competition()

    def _may(self, perm: Perm) -> bool:
        return self.db is not None and allowed(self.db.actor.role, perm)

    def show_competition(self) -> None:
        cid = self.competition.currentData() if self.db is not None else None
        try:
            self.view = C.commission_view(self.db, cid) if cid else None
        except ServiceError:
            self.view = None
        v = self.view
        self.tabs.setEnabled(v is not None)
        self.members.clear()
        self.criteria.clear()
        if v is None:
            self.warnings.clear()
            self.rules_text.clear()
            self._fill_meetings()
            return
        self.members.setColumnCount(5)
        self.members.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Role"), self.tr("Category"),
                                                self.tr("Position"), self.tr("Appointed by")])
        self.members.setRowCount(len(v.members))
        for i, m in enumerate(v.members):
            for j, text in enumerate((m.full_name, L.MEMBER_ROLE.label(m.role), L.MEMBER_CATEGORY.label(m.category),
                                      m.position, m.appointing_document)):
                self.members.setItem(i, j, table_item(text, m.id if j == 0 else None))
        fit_columns(self.members, 3, widest=320)
        texts = [C.warning_text(w, i18n.language()) for w in v.warnings]
        self.warnings.setText("\n".join("⚠ " + t for t in texts))
        self.warnings.setVisible(bool(texts))
        r = v.rules
        method = self.tr("scoring by criteria") if r.decision_method == "scoring" else self.tr("open vote")
        quorum = {"more_than_half": self.tr("more than half of the members"),
                  "two_thirds": self.tr("two thirds of the members"),
                  "fixed": self.tr("%1 members").replace("%1", str(r.quorum_fixed or ""))}[r.quorum_rule]
        tie = self.tie_words()[r.tie_rule]
        parts = [self.tr("Decision: %1.").replace("%1", method), self.tr("Quorum: %1.").replace("%1", quorum)]
        if r.decision_method == "scoring":
            parts.append(self.tr("Ties: %1.").replace("%1", tie))
            if r.min_score is not None:
                parts.append(self.tr("Minimum score to be funded: %1.").replace(
                    "%1", format(r.min_score.normalize(), "f").replace(".", ",")))
        else:
            parts.append(self.tr("Passes with %1 of the present members without a conflict.").replace(
                "%1", self.tr("two thirds") if r.vote_two_thirds else self.tr("a simple majority")))
            if r.chair_casting_vote:
                parts.append(self.tr("The chair's vote decides a tie."))
        parts.append(self.tr("Composition: at least %1 members, %2 from the community%3.")
                     .replace("%1", str(r.min_members)).replace("%2", str(r.min_community))
                     .replace("%3", self.tr(", an odd number") if r.require_odd else ""))
        if v.locked:
            parts.append(self.tr("A protocol is closed: the rules and criteria are fixed."))
        self.rules_text.setText(" ".join(parts))
        self.criteria.setColumnCount(3)
        self.criteria.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Max. points"), self.tr("Weight")])
        self.criteria.setRowCount(len(v.criteria))
        for i, k in enumerate(v.criteria):
            self.criteria.setItem(i, 0, table_item(k.name, k.id))
            self.criteria.setItem(i, 1, table_item(str(k.max_points), right=True))
            self.criteria.setItem(i, 2, table_item(format(k.weight.normalize(), "f").replace(".", ","), right=True))
        fit_columns(self.criteria, 0, widest=320)
        may_c = self._may(Perm.COMMISSION)
        for b in (self.add_member_button, self.edit_member_button, self.remove_member_button):
            b.setEnabled(may_c)
        for b in (self.rules_button, self.add_criterion_button, self.edit_criterion_button,
                  self.remove_criterion_button, self.default_criteria_button):
            b.setEnabled(may_c and not v.locked)
        self.default_criteria_button.setEnabled(may_c and not v.locked and not v.criteria)
        self._fill_meetings()

    def tie_words(self) -> dict[str, str]:
        return {"chair": self.tr("the chair decides"), "cofinancing": self.tr("higher co-financing share first"),
                "earlier_registration": self.tr("earlier registration first")}

    def _fill_meetings(self) -> None:
        current = self.meeting.id if self.meeting else None
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for m in (self.view.meetings if self.view else ()):
            text = self.tr("Protocol No. %1 of %2 — %3").replace("%1", str(m.number)).replace(
                "%2", show_date(m.held_on)).replace("%3", L.MEETING_STATUS.label(m.status))
            self.meeting_combo.addItem(text, m.id)
        index = self.meeting_combo.findData(current) if current else self.meeting_combo.count() - 1
        self.meeting_combo.setCurrentIndex(max(0, index) if self.meeting_combo.count() else -1)
        self.meeting_combo.blockSignals(False)
        self.show_meeting()

    def show_meeting(self) -> None:
        mid = self.meeting_combo.currentData()
        try:
            self.meeting = C.meeting_view(self.db, mid) if mid else None
        except ServiceError:
            self.meeting = None
        m = self.meeting
        has = m is not None
        for w in (self.attendance_box, self.conflicts_box, self.entry_box, self.decision_box, self.protocol_button,
                  self.sheets_button, self.scores_button):
            w.setEnabled(has)
        self.new_meeting_button.setEnabled(self.view is not None and self.view.commission_id is not None
                                           and self._may(Perm.MEETINGS))
        self.amend_button.setEnabled(has and m.closed and self._may(Perm.MEETINGS))
        self.first_entry = None
        self.manual_order = None
        self.chair_order = None
        self.preview_lines = []
        self.entry_message.clear()
        self.decision_message.clear()
        if not has:
            self.meeting_info.setText(self.tr("No meeting yet: make one with “New meeting…”.")
                                      if self.view and self.view.commission_id else
                                      self.tr("Add the commission's members first."))
            # nothing of another competition's meeting stays: no grid, no names
            self.attendance.clear()
            self.conflicts.setRowCount(0)
            self.sheet.clear()
            self.sheet.setRowCount(0)
            self.sheet.setColumnCount(0)
            self.sheet_member.clear()
            self.justification.clear()
            self._fill_decision([])
            self.quorum_label.clear()
            return
        info = [self.tr("Protocol No. %1, %2").replace("%1", str(m.number)).replace("%2", show_date(m.held_on))]
        if m.place:
            info.append(m.place)
        if m.agenda:
            info.append(m.agenda)
        if m.closed:
            info.append(self.tr("closed; SHA-256 %1").replace("%1", m.content_hash[:16]))
        self.meeting_info.setText(" · ".join(info))
        self._fill_attendance()
        self._fill_conflicts()
        self._fill_sheet_members()
        self._fill_decision([])
        may = self._may(Perm.MEETINGS) and not m.closed
        for w in (self.conflict_button, self.save_sheet_button, self.preview_button, self.up_button,
                  self.down_button, self.record_button, self.justification, self.double_entry):
            w.setEnabled(may)
        self.sheet.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed if may
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.close_button.setEnabled(self._may(Perm.CLOSE_PROTOCOL) and not m.closed)
        if m.decisions:
            self._show_recorded()

    def _fill_attendance(self) -> None:
        m = self.meeting
        self.attendance.blockSignals(True)
        self.attendance.clear()
        editable = self._may(Perm.MEETINGS) and not m.closed
        for member in m.members:
            item = QListWidgetItem(f"{member.full_name} ({L.MEMBER_ROLE.label(member.role)})")
            item.setData(ID_ROLE, member.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if member.id in m.present else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self._show_quorum()

    def _show_quorum(self) -> None:
        q = self.meeting.quorum
        text = self.tr("Present %1 of %2; %3 needed for a quorum.").replace("%1", str(q.present)).replace(
            "%2", str(q.members)).replace("%3", str(q.needed))
        text += " " + (self.tr("There is a quorum.") if q.ok else self.tr("No quorum: no decision can be made."))
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(OK_STYLE if q.ok else ERROR_STYLE)

    def _attendance_changed(self, _item) -> None:
        present = {self.attendance.item(i).data(ID_ROLE) for i in range(self.attendance.count())
                   if self.attendance.item(i).checkState() == Qt.CheckState.Checked}
        try:
            C.set_attendance(self.db, self.meeting.id, present)
        except ServiceError as exc:
            self._refused(exc)
        self._reload_meeting()

    def _reload_meeting(self) -> None:
        keep = self.sheet_member.currentData()
        self.meeting = C.meeting_view(self.db, self.meeting.id)
        self._fill_attendance()
        self._fill_conflicts()
        self._fill_sheet_members(keep)

    def _names(self) -> dict[str, str]:
        return {m.id: m.full_name for m in self.meeting.members}

    def _apps(self) -> dict[str, C.ApplicationRef]:
        return {a.id: a for a in self.meeting.applications}

    def _fill_conflicts(self) -> None:
        names, apps = self._names(), self._apps()
        self.conflicts.clear()
        self.conflicts.setColumnCount(3)
        self.conflicts.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Application"), self.tr("Note")])
        self.conflicts.setRowCount(len(self.meeting.conflicts))
        for i, (mid, aid, note) in enumerate(self.meeting.conflicts):
            app = apps.get(aid)
            self.conflicts.setItem(i, 0, table_item(names.get(mid, "")))
            self.conflicts.setItem(i, 1, table_item(app.label if app else ""))
            self.conflicts.setItem(i, 2, table_item(note))
        fit_columns(self.conflicts, 1, widest=320)

    # ------------------------------------------------------------------ sheets and votes
    def _fill_sheet_members(self, keep: str | None = None) -> None:
        m = self.meeting
        keep = keep or self.sheet_member.currentData()
        self.sheet_member.blockSignals(True)
        self.sheet_member.clear()
        if m.method == "scoring":
            self.entry_box.setTitle(self.tr("Score sheets (typed from paper)"))
            for member in m.members:
                if member.id in m.present:
                    self.sheet_member.addItem(member.full_name, member.id)
            self.sheet_member.setCurrentIndex(max(0, self.sheet_member.findData(keep)))
            self.save_sheet_button.setText(self.tr("&Save the sheet"))
        else:
            self.entry_box.setTitle(self.tr("Open vote (for / against / abstain)"))
            self.save_sheet_button.setText(self.tr("&Save the votes"))
        self.sheet_member.blockSignals(False)
        self.sheet_member.setVisible(m.method == "scoring")
        self.sheet_member_label.setVisible(m.method == "scoring")
        self.double_entry.setVisible(m.method == "scoring")
        self._fill_sheet()

    def _reset_entry(self) -> None:
        self.first_entry = None
        self._fill_sheet()

    def _fill_sheet(self, blank: bool = False) -> None:
        m = self.meeting
        if m is None:
            return
        self.sheet.clear()
        conflicted = {(mid, aid) for mid, aid, _n in m.conflicts}
        if m.method == "scoring":
            member = self.sheet_member.currentData()
            self.sheet.setColumnCount(len(m.criteria))
            self.sheet.setHorizontalHeaderLabels([self.tr("%1 (0–%2; weight %3)").replace("%1", k.name).replace(
                "%2", str(k.max_points)).replace("%3", format(k.weight.normalize(), "f").replace(".", ","))
                for k in m.criteria])
            self.sheet.setRowCount(len(m.applications))
            self.sheet.setVerticalHeaderLabels([a.label for a in m.applications])
            self.sheet.verticalHeader().setVisible(True)
            use_saved = not blank and not (self.double_entry.isChecked() and self.first_entry is not None)
            for i, a in enumerate(m.applications):
                for j, k in enumerate(m.criteria):
                    value = m.scores.get((member, a.id, k.id)) if use_saved else None
                    blocked = (member, a.id) in conflicted
                    item = table_item("" if value is None else str(value), (a.id, k.id), editable=not blocked,
                                 right=True)
                    if blocked:
                        item.setBackground(QColor("#E0E0E0"))
                        item.setToolTip(self.tr("Conflict of interest: this member does not score it."))
                    self.sheet.setItem(i, j, item)
        else:
            present = [x for x in m.members if x.id in m.present]
            self.sheet.setColumnCount(len(m.applications))
            self.sheet.setHorizontalHeaderLabels([a.reg_number for a in m.applications])
            self.sheet.setRowCount(len(present))
            self.sheet.setVerticalHeaderLabels([x.full_name for x in present])
            self.sheet.verticalHeader().setVisible(True)
            words = [("", None), (self.tr("for"), "for"), (self.tr("against"), "against"),
                     (self.tr("abstain"), "abstain")]
            for i, member in enumerate(present):
                for j, a in enumerate(m.applications):
                    combo = QComboBox(self.sheet)
                    combo.setObjectName(f"vote_{i}_{j}")
                    for text, data in words:
                        combo.addItem(text, data)
                    combo.setCurrentIndex(max(0, combo.findData(m.votes.get((member.id, a.id)))))
                    combo.setEnabled((member.id, a.id) not in conflicted and not m.closed
                                     and self._may(Perm.MEETINGS))
                    combo.setProperty("key", (member.id, a.id))
                    self.sheet.setCellWidget(i, j, combo)
        self.sheet.resizeColumnsToContents()
        self.sheet.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sheet.setMinimumHeight(min(360, 40 + 30 * max(1, self.sheet.rowCount())))

    def _typed_sheet(self) -> dict | None:
        """The grid's numbers, or None after marking what is not a number."""
        out, bad = {}, False
        for i in range(self.sheet.rowCount()):
            for j in range(self.sheet.columnCount()):
                item = self.sheet.item(i, j)
                if item is None or not item.flags() & Qt.ItemFlag.ItemIsEditable:
                    continue
                text = item.text().strip()
                item.setBackground(QColor(0, 0, 0, 0))
                if not text:
                    continue
                if not text.isdigit():
                    item.setBackground(BAD_CELL)
                    bad = True
                    continue
                out[item.data(ID_ROLE)] = int(text)
        if bad:
            self._entry_error(self.tr("Whole numbers only: the marked cells are not numbers. Nothing was saved."))
            return None
        return out

    def _entry_error(self, text: str) -> None:
        self.entry_message.setText(text)
        self.entry_message.setStyleSheet(ERROR_STYLE)
        show_in_sight(self.entry_message)

    def _entry_ok(self, text: str) -> None:
        self.entry_message.setText(text)
        self.entry_message.setStyleSheet(OK_STYLE)

    def save_sheet(self) -> None:
        m = self.meeting
        if m is None:
            return
        if m.method != "scoring":
            votes = {}
            for i in range(self.sheet.rowCount()):
                for j in range(self.sheet.columnCount()):
                    combo = self.sheet.cellWidget(i, j)
                    if combo is not None and combo.isEnabled() and combo.currentData():
                        votes[tuple(combo.property("key"))] = combo.currentData()
            try:
                C.record_votes(self.db, m.id, votes)
            except ServiceError as exc:
                self._entry_error(exc.message())
                return
            self.meeting = C.meeting_view(self.db, m.id)
            self._entry_ok(self.tr("The votes are saved."))
            return
        points = self._typed_sheet()
        if points is None:
            return
        member = self.sheet_member.currentData()
        if self.double_entry.isChecked() and self.first_entry is None:
            self.first_entry = points
            self._fill_sheet(blank=True)
            self._entry_ok(self.tr("First entry kept (not saved yet). Now a second person types the same sheet and "
                                   "presses the button again."))
            return
        check = None
        if self.double_entry.isChecked():
            points, check = self.first_entry, points
        try:
            C.record_score_sheet(self.db, m.id, member, points, check=check)
        except ServiceError as exc:
            if check is not None and exc.key == "commission.double_entry":
                diffs = set(C.score_differences(points, check))
                for i in range(self.sheet.rowCount()):
                    for j in range(self.sheet.columnCount()):
                        item = self.sheet.item(i, j)
                        if item is not None and tuple(item.data(ID_ROLE)) in diffs:
                            item.setBackground(BAD_CELL)
                            first = points.get(tuple(item.data(ID_ROLE)))
                            item.setToolTip(self.tr("First entry: %1").replace(
                                "%1", "—" if first is None else str(first)))
                self.first_entry = None
            self._entry_error(exc.message())
            return
        self.first_entry = None
        self.meeting = C.meeting_view(self.db, m.id)
        self._fill_sheet()
        self._entry_ok(self.tr("The sheet of %1 is saved.").replace("%1", self.sheet_member.currentText()))

    # ------------------------------------------------------------------ the decision
    def _fill_decision(self, lines: list[C.DecisionLine]) -> None:
        self.decision.clear()
        lots = any(x.lot_title for x in lines)
        self.decision.setColumnCount(7 if lots else 6)
        self.decision.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Application"), self.tr("Score / votes for"),
                                                 self.tr("Outcome"), self.tr("Requested, som"),
                                                 self.tr("Awarded, som")] + ([self.tr("Lot")] if lots else []))
        self.decision.setRowCount(len(lines))
        outcome = {"winner": self.tr("winner"), "reserve": self.tr("reserve"), "rejected": self.tr("not funded")}
        for i, x in enumerate(lines):
            score = (format(x.score.quantize(x.score.__class__("0.01")), "f").replace(".", ",")
                     if x.score is not None and x.votes_for is None else
                     (str(x.votes_for) if x.votes_for is not None else "—"))
            for j, text in enumerate((str(x.rank), f"{x.reg_number} «{x.title}»", score, outcome.get(x.outcome, ""),
                                      show_money(x.requested_tyiyn), show_money(x.awarded_tyiyn))):
                self.decision.setItem(i, j, table_item(text, x.application_id if j == 0 else None, right=j in (0, 2, 4, 5)))
            if lots:
                self.decision.setItem(i, 6, table_item(x.lot_title))
        fit_columns(self.decision, 1, widest=320)

    def _show_recorded(self) -> None:
        m = self.meeting
        apps = self._apps()
        voting = m.method != "scoring"
        lines = [C.DecisionLine(aid, apps[aid].reg_number if aid in apps else "", apps[aid].title if aid in apps
                                else "", m.decision_scores.get(aid),
                                sum(1 for (_mid, a), c in m.votes.items() if a == aid and c == "for") if voting
                                else None, rank or 0, outcome, apps[aid].requested_tyiyn if aid in apps
                                else 0, awarded, apps[aid].lot_id if aid in apps else "",
                                apps[aid].lot_title if aid in apps else "")
                 for aid, rank, outcome, awarded, _why in m.decisions]
        order = {a.id: i for i, a in enumerate(m.applications)}   # lot by lot, then by rank
        lines.sort(key=lambda x: (next((i for i, a in enumerate(m.applications) if a.lot_id == x.lot_id), 0), x.rank,
                                  order.get(x.application_id, 0)))
        self._fill_decision(lines)
        why = next((w for *_x, w in m.decisions if w), "")
        self.justification.setText(why)
        total = sum(x.awarded_tyiyn for x in lines)
        self.decision_message.setText(self.tr("Recorded decision: %1 som awarded.").replace("%1", show_money(total)))
        self.decision_message.setStyleSheet(OK_STYLE)

    def preview_decision(self) -> None:
        try:
            lines = C.preview_decision(self.db, self.meeting.id, self.manual_order, self.chair_order)
        except ServiceError as exc:
            self.decision_message.setText(exc.message())
            self.decision_message.setStyleSheet(ERROR_STYLE)
            show_in_sight(self.decision_message)
            return
        self.preview_lines = lines
        self._fill_decision(lines)
        total = sum(x.awarded_tyiyn for x in lines)
        text = self.tr("Preview (not saved): %1 som of the allocation awarded.").replace("%1", show_money(total))
        if self.manual_order:
            text += " " + self.tr("The order was changed by hand: write the justification.")
        elif self.chair_order:
            text += " " + self.tr("The chair settled the order of equal scores.")
        self.decision_message.setText(text)
        self.decision_message.setStyleSheet("")

    def _move(self, delta: int) -> None:
        if not self.preview_lines:
            self.preview_decision()
            if not self.preview_lines:
                return
        row = self.decision.currentRow()
        order = [x.application_id for x in self.preview_lines]
        target = row + delta
        if not (0 <= row < len(order) and 0 <= target < len(order)):
            return
        a, b = self.preview_lines[row], self.preview_lines[target]
        order[row], order[target] = order[target], order[row]
        tie = a.score is not None and a.score == b.score and a.votes_for is None
        if tie and self.manual_order is None and self.view is not None and self.view.rules.tie_rule == "chair":
            self.chair_order = order  # the rules give ties to the chair: no justification needed
        else:
            self.manual_order = order
        self.preview_decision()
        self.decision.setCurrentCell(target, 1)

    def record_decision(self) -> None:
        try:
            lines = C.record_decision(self.db, self.meeting.id, self.manual_order, self.justification.text(),
                                      chair_order=self.chair_order)
        except ServiceError as exc:
            self.decision_message.setText(exc.message())
            self.decision_message.setStyleSheet(ERROR_STYLE)
            show_in_sight(self.decision_message)
            return
        self.manual_order = None
        self.chair_order = None
        self.meeting = C.meeting_view(self.db, self.meeting.id)
        self._fill_decision(lines)
        self._show_recorded()

    def close_protocol(self) -> None:
        m = self.meeting
        if m is None or not confirm(self, self.tr("Grant commission"), self.tr(
                "Close protocol No. %1? After closing, its attendance, scores, votes and decision can no longer be "
                "changed; corrections need an amending protocol.").replace("%1", str(m.number))):
            return
        try:
            digest = C.close_protocol(self.db, m.id)
        except ServiceError as exc:
            self._refused(exc)
            return
        self.show_competition()
        self.decision_message.setText(self.tr("The protocol is closed. SHA-256: %1").replace("%1", digest))
        self.decision_message.setStyleSheet(OK_STYLE)

    # ------------------------------------------------------------------ dialogs
    def _refused(self, exc: ServiceError) -> None:
        QMessageBox.warning(self, self.tr("Grant commission"), exc.message())

    def _dialog(self, title: str) -> FormDialog:
        d = FormDialog(title, self)
        d.setObjectName("commission_form")
        return d

    def _member_dialog(self, title: str, member: C.MemberView | None = None) -> FormDialog:
        d = self._dialog(title)
        d.add_line("full_name", self.tr("&Full name:"), member.full_name if member else "")
        d.add_combo("role", self.tr("&Role:"), [(L.MEMBER_ROLE.label(r), r.value) for r in E.MemberRole],
                    member.role if member else E.MemberRole.MEMBER.value)
        d.add_combo("category", self.tr("&Category:"), [(L.MEMBER_CATEGORY.label(c), c.value)
                                                        for c in E.MemberCategory],
                    member.category if member else None)
        d.add_line("position", self.tr("&Position:"), member.position if member else "")
        d.add_line("appointing_document", self.tr("&Appointed by (document):"),
                   member.appointing_document if member else "")
        return d

    def add_member(self) -> None:
        if self.view is None:
            return
        comp = self.view.competition_id
        d = self._member_dialog(self.tr("New member"))

        def submit(v):
            commission = C.ensure_commission(self.db, comp)
            return C.add_member(self.db, commission, v["full_name"], v["category"], v["role"], v["position"],
                                v["appointing_document"])

        d.submit = submit
        if run_form(self, d):
            self.show_competition()

    def edit_member(self) -> None:
        mid = selected_id(self.members)
        member = next((m for m in self.view.members if m.id == mid), None) if self.view else None
        if member is None:
            return
        d = self._member_dialog(self.tr("Member"), member)
        d.submit = lambda v: C.update_member(self.db, member.id, v["full_name"], v["category"], v["role"],
                                             v["position"], v["appointing_document"])
        if run_form(self, d):
            self.show_competition()

    def remove_member(self) -> None:
        mid = selected_id(self.members)
        member = next((m for m in self.view.members if m.id == mid), None) if self.view else None
        if member is None or not confirm(self, self.tr("Grant commission"), self.tr("Remove %1 from the commission?").replace(
                "%1", member.full_name)):
            return
        try:
            C.remove_member(self.db, member.id)
        except ServiceError as exc:
            self._refused(exc)
        self.show_competition()

    def edit_rules(self) -> None:
        if self.view is None:
            return
        r = self.view.rules
        d = self._dialog(self.tr("Commission rules"))
        d.add_combo("decision_method", self.tr("&Decision:"), [(self.tr("scoring by criteria"), "scoring"),
                                                                (self.tr("open vote"), "vote")], r.decision_method)
        d.add_combo("quorum_rule", self.tr("&Quorum:"), [(self.tr("more than half of the members"), "more_than_half"),
                                                          (self.tr("two thirds of the members"), "two_thirds"),
                                                          (self.tr("a fixed number of members"), "fixed")],
                    r.quorum_rule)
        d.add_line("quorum_fixed", self.tr("&Fixed quorum, members:"), str(r.quorum_fixed or ""))
        d.add_combo("tie_rule", self.tr("&Ties:"), [(t, k) for k, t in self.tie_words().items()], r.tie_rule)
        d.add_line("min_score", self.tr("&Minimum score to be funded:"),
                   format(r.min_score.normalize(), "f").replace(".", ",") if r.min_score is not None else "")
        two_thirds = QCheckBox(self.tr("A vote passes with two thirds (not a simple majority)"), d)
        two_thirds.setChecked(r.vote_two_thirds)
        casting = QCheckBox(self.tr("The chair's vote decides a tie"), d)
        casting.setChecked(r.chair_casting_vote)
        d.form.addRow("", two_thirds)
        d.form.addRow("", casting)
        d.add_line("min_members", self.tr("At least, &members:"), str(r.min_members))
        d.add_line("min_community", self.tr("At least, community &representatives:"), str(r.min_community))
        odd = QCheckBox(self.tr("An odd number of members"), d)
        odd.setChecked(r.require_odd)
        d.form.addRow("", odd)
        comp = self.view.competition_id
        d.submit = lambda v: C.set_rules(self.db, comp, v["decision_method"], v["quorum_rule"], v["quorum_fixed"],
                                         v["tie_rule"], v["min_score"], two_thirds.isChecked(), casting.isChecked(),
                                         v["min_members"], odd.isChecked(), v["min_community"])
        if run_form(self, d):
            self.show_competition()

    def _criterion_dialog(self, title: str, k: C.CriterionView | None = None) -> FormDialog:
        d = self._dialog(title)
        d.add_line("name", self.tr("&Criterion:"), k.name if k else "")
        d.add_line("max_points", self.tr("&Maximum points:"), str(k.max_points) if k else "10")
        d.add_line("weight", self.tr("&Weight:"), format(k.weight.normalize(), "f").replace(".", ",") if k else "1")
        return d

    def add_criterion(self) -> None:
        comp = self.view.competition_id
        d = self._criterion_dialog(self.tr("New criterion"))
        d.submit = lambda v: C.add_criterion(self.db, comp, v["name"], v["max_points"], v["weight"])
        if run_form(self, d):
            self.show_competition()

    def edit_criterion(self) -> None:
        kid = selected_id(self.criteria)
        k = next((x for x in self.view.criteria if x.id == kid), None) if self.view else None
        if k is None:
            return
        d = self._criterion_dialog(self.tr("Criterion"), k)
        d.submit = lambda v: C.update_criterion(self.db, k.id, v["name"], v["max_points"], v["weight"])
        if run_form(self, d):
            self.show_competition()

    def remove_criterion(self) -> None:
        kid = selected_id(self.criteria)
        if kid and confirm(self, self.tr("Grant commission"), self.tr("Remove the selected criterion?")):
            try:
                C.remove_criterion(self.db, kid)
            except ServiceError as exc:
                self._refused(exc)
            self.show_competition()

    def default_criteria(self) -> None:
        try:
            C.add_default_criteria(self.db, self.view.competition_id, i18n.language())
        except ServiceError as exc:
            self._refused(exc)
        self.show_competition()

    def new_meeting(self) -> None:
        if self.view is None or self.view.commission_id is None:
            return
        commission = self.view.commission_id
        d = self._dialog(self.tr("New meeting"))
        d.add_date("held_on", self.tr("&Date:"), date.today())
        d.add_line("place", self.tr("&Place:"))
        d.add_line("agenda", self.tr("&Agenda:"))
        d.submit = lambda v: C.create_meeting(self.db, commission, v["held_on"] or date.today(), v["place"] or None,
                                              v["agenda"] or None)
        if run_form(self, d):
            self.meeting = None
            self.show_competition()
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(d.result_value))

    def amend_meeting(self) -> None:
        m = self.meeting
        if m is None or not m.closed:
            return
        d = self._dialog(self.tr("Amending protocol"))
        d.add_date("held_on", self.tr("&Date:"), date.today())
        d.add_line("place", self.tr("&Place:"), m.place)
        d.add_line("agenda", self.tr("&Agenda:"), self.tr("Amends protocol No. %1").replace("%1", str(m.number)))
        d.submit = lambda v: C.amend_protocol(self.db, m.id, v["held_on"] or date.today(), v["place"] or None,
                                              v["agenda"] or None)
        if run_form(self, d):
            self.meeting = None
            self.show_competition()
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(d.result_value))

    def declare_conflict(self) -> None:
        m = self.meeting
        if m is None:
            return
        d = self._dialog(self.tr("Conflict of interest"))
        d.add_combo("member", self.tr("&Member:"), [(x.full_name, x.id) for x in m.members])
        d.add_combo("application", self.tr("&Application:"), [(a.label, a.id) for a in m.applications])
        parties: dict[str, str] = {}
        for a in m.applications:
            for pid, name in a.parties:
                parties.setdefault(pid, name)
        d.add_combo("applicant", self.tr("or every application of an app&licant or partner:"),
                    [(self.tr("— only the application above —"), "")] + sorted(
                        ((name, pid) for pid, name in parties.items()), key=lambda x: x[0].casefold()))
        d.add_line("note", self.tr("&Note (e.g. a relative of the applicant):"))

        def submit(v):
            if v["applicant"]:
                return C.declare_conflict_for_applicant(self.db, m.id, v["member"], v["applicant"], v["note"] or None)
            return C.declare_conflict(self.db, m.id, v["member"], v["application"], v["note"] or None)

        d.submit = submit
        if run_form(self, d):
            self.meeting = C.meeting_view(self.db, m.id)
            self._reload_meeting()

    def _report(self, name: str) -> None:
        if self.meeting is not None:
            self.report_requested.emit(name, "meeting", self.meeting.id)
