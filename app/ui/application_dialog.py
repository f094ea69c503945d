"""Registering and editing an application, checking its eligibility.

The applicant's name suggests the applicants already known (Down to reach
the list, Enter to take one), so the same person is not entered twice.
Keyboard: Tab between fields, Enter saves, Esc closes, Alt+letter jumps.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain import enums as E
from app.services import applications as AP
from app.services import browse
from app.services import lots as LT
from app.services.errors import ServiceError, ValidationError
from app.ui.dates import date_edit
from app.ui import form_helpers as H
from app.ui import labels as L

REGISTRATION_OPEN = ("announced", "applications_closed")
APPLICANT_FIELDS = ("name", "village", "phone", "id_document", "leader_name", "members_count", "legal_form",
                    "registration_number")
SHOWN_FOR = {
    "id_document": {"person"},
    "leader_name": {"group"},
    "members_count": {"group"},
    "legal_form": {"organisation", "legal_entity"},
    "registration_number": {"organisation", "legal_entity"},
}


class ApplicationDialog(H.DiscardGuard, QDialog):
    """Register a new application (application_id None) or edit one."""

    saved = Signal(str)

    def __init__(self, db, application_id: str | None = None, competition_id: str | None = None, parent=None,
                 today: date | None = None):
        super().__init__(parent)
        self.setObjectName("application_dialog")
        self.db = db
        self.application_id = application_id
        self.today = today
        self.detail: AP.ApplicationDetail | None = None
        self.applicant_id: str | None = None
        self.suggestions: list[AP.ApplicantRow] = []
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, H.ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("application_tabs")

        # --- main tab
        page = QWidget()
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.main_page = scroll
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        self.competition = QComboBox(page)
        self.competition.setObjectName("competition")
        self._row(form, "competition", self.competition, page)
        self.lot = QComboBox(page)
        self.lot.setObjectName("lot")
        self._row(form, "lot", self.lot, page)
        self.lot_count = 1
        self.award_mode = E.AwardMode.GRANTS.value

        self.applicant_box = QGroupBox(page)
        ap_form = self.ap_form = QFormLayout(self.applicant_box)
        self.applicant_kind = QComboBox(self.applicant_box)
        self.applicant_kind.setObjectName("applicant_kind")
        for k in E.ApplicantKind:
            self.applicant_kind.addItem("", k.value)
        self._row(ap_form, "applicant_kind", self.applicant_kind, self.applicant_box)
        self.applicant_name = H.line(self.applicant_box, "applicant_name")
        self._row(ap_form, "applicant_name", self.applicant_name, self.applicant_box)
        self.suggestion_list = QListWidget(self.applicant_box)
        self.suggestion_list.setObjectName("applicant_suggestions")
        self.suggestion_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.suggestion_note = QLabel(self.applicant_box)
        self.suggestion_note.setObjectName("suggestion_note")
        self.suggestion_note.setWordWrap(True)
        ap_form.addRow(self.suggestion_note)
        ap_form.addRow(self.suggestion_list)
        self.chosen = QLabel(self.applicant_box)
        self.chosen.setObjectName("chosen_applicant")
        self.chosen.setWordWrap(True)
        ap_form.addRow(self.chosen)
        self._show_suggestions(False)
        self._set_chosen("")
        for name in APPLICANT_FIELDS[1:]:
            self._row(ap_form, f"applicant_{name}", H.line(self.applicant_box, f"applicant_{name}"),
                      self.applicant_box)
        outer.addWidget(self.applicant_box)

        # consortium partners (issue 15): real applicant records, the lead above
        self.partners_box = QGroupBox(page)
        pl = QVBoxLayout(self.partners_box)
        self.partners_note = QLabel(self.partners_box)
        self.partners_note.setWordWrap(True)
        self.partners = QListWidget(self.partners_box)
        self.partners.setObjectName("partners")
        self.partners.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.add_partner_button = QPushButton(self.partners_box)
        self.add_partner_button.setObjectName("partner_add")
        self.remove_partner_button = QPushButton(self.partners_box)
        self.remove_partner_button.setObjectName("partner_remove")
        self.errors["partners"] = H.ErrorLabel("partners", self.partners_box)
        self.funded = QLabel(self.partners_box)
        self.funded.setObjectName("already_funded")
        self.funded.setWordWrap(True)
        self.funded.setStyleSheet("color: #9A3412;")
        pl.addWidget(self.partners_note)
        pl.addWidget(self.partners)
        prow = QHBoxLayout()
        for b in (self.add_partner_button, self.remove_partner_button):
            b.setAutoDefault(False)
            prow.addWidget(b)
        prow.addStretch(1)
        pl.addLayout(prow)
        pl.addWidget(self.errors["partners"])
        pl.addWidget(self.funded)
        outer.addWidget(self.partners_box)
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button.clicked.connect(self.remove_partner)

        form2 = QFormLayout()
        outer.addLayout(form2)
        self._row(form2, "received_on", date_edit(page, "received_on"), page)
        late = QWidget(page)
        late_row = QHBoxLayout(late)
        late_row.setContentsMargins(0, 0, 0, 0)
        self.is_late = QCheckBox(late)
        self.is_late.setObjectName("is_late")
        self.late_reason = H.line(late, "late_reason")
        late_row.addWidget(self.is_late)
        late_row.addWidget(self.late_reason, 1)
        self._row(form2, "late_reason", late, page, focus=self.is_late)
        self.fields["late_reason"] = self.late_reason
        self._row(form2, "title", H.line(page, "title"), page)
        self._row(form2, "goal", H.plain_text(page, "goal", 2), page)
        self._row(form2, "target_groups", H.line(page, "target_groups"), page)
        self._row(form2, "village", H.line(page, "village"), page)
        self._row(form2, "requested_tyiyn", H.line(page, "requested_tyiyn"), page)
        self.status_label = QLabel(page)
        self.status_label.setObjectName("application_status")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        outer.addStretch(1)
        self.tabs.addTab(self.main_page, "")

        # --- money and events
        self.plan_page = QWidget(self.tabs)
        plan = QVBoxLayout(self.plan_page)
        self.cofin_label = QLabel(self.plan_page)
        self.cofin = QTableWidget(0, 5, self.plan_page)
        self.cofin.setObjectName("cofinancing")
        self.cofin_label.setBuddy(self.cofin)
        self.cofin.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.cofin.setTabKeyNavigation(False)
        self.add_cofin = QPushButton(self.plan_page)
        self.remove_cofin = QPushButton(self.plan_page)
        self.errors["cofinancing"] = H.ErrorLabel("cofinancing", self.plan_page)
        self.events_label = QLabel(self.plan_page)
        self.events = QTableWidget(0, 3, self.plan_page)
        self.events.setObjectName("events")
        self.events_label.setBuddy(self.events)
        self.events.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.events.setTabKeyNavigation(False)
        self.add_event = QPushButton(self.plan_page)
        self.remove_event = QPushButton(self.plan_page)
        self.errors["events"] = H.ErrorLabel("events", self.plan_page)
        for label, table, add, remove, key in ((self.cofin_label, self.cofin, self.add_cofin, self.remove_cofin,
                                                "cofinancing"),
                                               (self.events_label, self.events, self.add_event, self.remove_event,
                                                "events")):
            plan.addWidget(label)
            plan.addWidget(table, 1)
            row = QHBoxLayout()
            for b in (add, remove):
                b.setAutoDefault(False)
                row.addWidget(b)
            row.addStretch(1)
            plan.addLayout(row)
            plan.addWidget(self.errors[key])
        self.add_cofin.clicked.connect(lambda: self._add_cofin_row(AP.CofinancingInput("local_budget"), True))
        self.remove_cofin.clicked.connect(lambda: self._remove_row(self.cofin))
        self.add_event.clicked.connect(lambda: self._add_event_row(AP.EventInput(""), True))
        self.remove_event.clicked.connect(lambda: self._remove_row(self.events))
        self.tabs.addTab(self.plan_page, "")

        # --- participants
        self.people_page = QWidget(self.tabs)
        grid = QGridLayout(self.people_page)
        self.people_note = QLabel(self.people_page)
        self.people_note.setWordWrap(True)
        grid.addWidget(self.people_note, 0, 0, 1, 4)
        self.categories = AP.participant_categories(db)
        self.counts: dict[str, QLineEdit] = {}
        self.count_labels: dict[str, QLabel] = {}
        for i, cat in enumerate(self.categories):
            label = QLabel(self.people_page)
            edit = QLineEdit(self.people_page)
            edit.setObjectName(f"count_{cat.code}")
            edit.setMaximumWidth(100)
            label.setBuddy(edit)
            r, c = divmod(i, 2)
            grid.addWidget(label, r + 1, c * 2)
            grid.addWidget(edit, r + 1, c * 2 + 1)
            self.counts[cat.code] = edit
            self.count_labels[cat.code] = label
        self.errors["participants"] = H.ErrorLabel("participants", self.people_page)
        grid.addWidget(self.errors["participants"], len(self.categories) // 2 + 2, 0, 1, 4)
        grid.setRowStretch(len(self.categories) // 2 + 3, 1)
        self.tabs.addTab(self.people_page, "")

        # --- attachments
        self.files_page = QWidget(self.tabs)
        files = QVBoxLayout(self.files_page)
        self.files_note = QLabel(self.files_page)
        self.files_note.setWordWrap(True)
        self.attachments = QListWidget(self.files_page)
        self.attachments.setObjectName("attachments")
        self.add_file = QPushButton(self.files_page)
        self.open_file = QPushButton(self.files_page)
        self.remove_file = QPushButton(self.files_page)
        self.errors["file"] = H.ErrorLabel("file", self.files_page)
        files.addWidget(self.files_note)
        files.addWidget(self.attachments, 1)
        row = QHBoxLayout()
        for b in (self.add_file, self.open_file, self.remove_file):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        files.addLayout(row)
        files.addWidget(self.errors["file"])
        self.add_file.clicked.connect(self.choose_attachment)
        self.open_file.clicked.connect(self.open_attachment)
        self.remove_file.clicked.connect(self.remove_attachment)
        self.attachments.itemActivated.connect(self.open_attachment)
        self.tabs.addTab(self.files_page, "")

        # --- buttons
        self.general_error = H.reserve_line(H.ErrorLabel("general", self))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.general_error)
        main.addWidget(self.buttons)

        self.suggest_timer = QTimer(self)
        self.suggest_timer.setSingleShot(True)
        self.suggest_timer.setInterval(150)
        self.suggest_timer.timeout.connect(self.update_suggestions)
        self.applicant_name.textEdited.connect(self._name_edited)
        self.applicant_name.installEventFilter(self)
        self.suggestion_list.itemActivated.connect(self._take_suggestion)
        self.applicant_kind.currentIndexChanged.connect(self._kind_changed)
        self.is_late.toggled.connect(self._late_toggled)
        self.competition.currentIndexChanged.connect(lambda *_: self._fill_lots())

        self._fill_competitions(competition_id)
        self._fill_lots()
        if application_id:
            self.load()
        else:
            self.fields["received_on"].setText(H.show_date(today or date.today()))
            self._kind_changed()
            self._late_toggled(False)
            self._update_state()
        self.retranslate()
        self.resize(820, 760)
        (self.applicant_name if application_id is None else self.fields["title"]).setFocus()

    # --- building
    def _row(self, form: QFormLayout, name: str, widget: QWidget, parent: QWidget,
             focus: QWidget | None = None) -> None:
        label = QLabel(parent)
        label.setBuddy(focus or widget)
        error = H.ErrorLabel(name, parent)
        self.fields[name] = widget
        self.errors[name] = error
        self.labels[name] = label
        form.addRow(label, H.with_error(widget, error))

    def _fill_competitions(self, competition_id: str | None) -> None:
        """A new application: the competitions open for registration (read
        alone, not a district's whole list); a registered one keeps its own
        competition (added by load; the choice is locked)."""
        self.competition.clear()
        if self.application_id is not None:
            return
        for r in browse.list_competitions(self.db, statuses=REGISTRATION_OPEN):
            self.competition.addItem(H.competition_choice(r), r.id)
        if competition_id:
            index = self.competition.findData(competition_id)
            if index >= 0:
                self.competition.setCurrentIndex(index)

    # --- applicant
    def eventFilter(self, obj, event):
        if obj is self.applicant_name and event.type() == QEvent.Type.KeyPress and self.suggestion_list.isVisible():
            if event.key() == Qt.Key.Key_Down and self.suggestion_list.count():
                self.suggestion_list.setFocus()
                self.suggestion_list.setCurrentRow(0)
                return True
        return super().eventFilter(obj, event)

    def _name_edited(self, _text: str) -> None:
        if self.applicant_id is not None:
            self._unlink_applicant()
        self.suggest_timer.start()

    def update_suggestions(self) -> None:
        self.suggestions = AP.suggest_applicants(self.db, self.applicant_name.text())
        self.suggestion_list.clear()
        for s in self.suggestions:
            text = s.name + (f" — {s.village}" if s.village else "") + f" ({L.APPLICANT_KIND.label(s.kind)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.suggestion_list.addItem(item)
        visible = bool(self.suggestions) and self.application_id is None
        self._show_suggestions(visible)
        exact = any(s.exact for s in self.suggestions)
        self.suggestion_note.setText(
            self.tr("This applicant is already registered. Press Down and Enter to take the existing record "
                    "instead of creating a second one.") if exact else
            self.tr("Similar applicants are already registered (Down, then Enter to take one):"))

    def _take_suggestion(self, item: QListWidgetItem) -> None:
        applicant = AP.get_applicant(self.db, item.data(Qt.ItemDataRole.UserRole))
        self.use_applicant(applicant)
        self.fields["received_on"].setFocus()

    def use_applicant(self, a: AP.ApplicantRow) -> None:
        self.applicant_id = a.id
        self.applicant_kind.setCurrentIndex(max(0, self.applicant_kind.findData(a.kind)))
        self.applicant_name.setText(a.name)
        values = {"village": a.village, "phone": a.phone, "leader_name": a.leader_name,
                  "members_count": "" if a.members_count is None else str(a.members_count),
                  "legal_form": a.legal_form, "registration_number": a.registration_number, "id_document": ""}
        for name, v in values.items():
            self.fields[f"applicant_{name}"].setText(v)
        self._show_suggestions(False)
        self._applicant_editable(False)
        self._set_chosen(self.tr("Existing applicant: %1. Change the name to enter a new applicant instead.")
                         .replace("%1", a.name))

    def _show_suggestions(self, visible: bool) -> None:
        self.ap_form.setRowVisible(self.suggestion_list, visible)
        self.ap_form.setRowVisible(self.suggestion_note, visible)

    def _set_chosen(self, text: str) -> None:
        self.chosen.setText(text)
        self.ap_form.setRowVisible(self.chosen, bool(text))

    def _unlink_applicant(self) -> None:
        self.applicant_id = None
        self._set_chosen("")
        self._applicant_editable(True)

    def _applicant_editable(self, editable: bool) -> None:
        self.applicant_kind.setEnabled(editable and self.application_id is None)
        for name in APPLICANT_FIELDS[1:]:
            self.fields[f"applicant_{name}"].setReadOnly(not editable)

    def _kind_changed(self, *_args) -> None:
        kind = self.applicant_kind.currentData()
        for name, kinds in SHOWN_FOR.items():
            self.ap_form.setRowVisible(self.fields[f"applicant_{name}"].parentWidget(), kind in kinds)

    def _late_toggled(self, checked: bool) -> None:
        self.late_reason.setEnabled(checked)

    # --- tables
    def _combo(self, table: QTableWidget, labels: L.EnumLabels, values, current: str) -> QComboBox:
        combo = QComboBox(table)
        for v in values:
            combo.addItem(labels.label(v), v.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _add_cofin_row(self, c: AP.CofinancingInput, focus: bool = False) -> None:
        t = self.cofin
        r = t.rowCount()
        t.insertRow(r)
        t.setCellWidget(r, 0, self._combo(t, L.FUNDING_SOURCE, E.FundingSource, c.source))
        box = QCheckBox(t)
        box.setChecked(bool(c.in_kind))
        t.setCellWidget(r, 1, box)
        amount = c.amount_tyiyn
        t.setItem(r, 2, QTableWidgetItem(H.show_money(amount) if isinstance(amount, int) else str(amount)))
        t.setItem(r, 3, QTableWidgetItem(c.description))
        t.setItem(r, 4, QTableWidgetItem(c.valuation_note))
        t.resizeColumnToContents(0)
        if focus:
            t.cellWidget(r, 0).setFocus()

    def _add_event_row(self, e: AP.EventInput, focus: bool = False) -> None:
        t = self.events
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(e.description))
        t.setCellWidget(r, 1, self._combo(t, L.EVENT_KIND, E.EventKind, e.kind))
        t.setItem(r, 2, QTableWidgetItem(str(e.times)))
        if focus:
            t.setCurrentCell(r, 0)
            t.setFocus()
            t.editItem(t.item(r, 0))

    def _remove_row(self, table: QTableWidget) -> None:
        r = table.currentRow()
        if r >= 0:
            table.removeRow(r)

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text() if item else ""

    # --- data
    def current_input(self) -> AP.ApplicationInput:
        cofin = tuple(AP.CofinancingInput(self.cofin.cellWidget(r, 0).currentData(), self._cell(self.cofin, r, 2),
                                          self.cofin.cellWidget(r, 1).isChecked(), self._cell(self.cofin, r, 3),
                                          self._cell(self.cofin, r, 4)) for r in range(self.cofin.rowCount()))
        events = tuple(AP.EventInput(self._cell(self.events, r, 0), self.events.cellWidget(r, 1).currentData(),
                                     self._cell(self.events, r, 2)) for r in range(self.events.rowCount()))
        return AP.ApplicationInput(
            applicant_id=self.applicant_id or "", received_on=H.value(self.fields["received_on"]),
            title=H.value(self.fields["title"]), requested_tyiyn=H.value(self.fields["requested_tyiyn"]),
            is_late=self.is_late.isChecked(), late_reason=self.late_reason.text(),
            goal=H.value(self.fields["goal"]), target_groups=H.value(self.fields["target_groups"]),
            village=H.value(self.fields["village"]), cofinancing=cofin, events=events,
            participants={code: edit.text() for code, edit in self.counts.items() if edit.text().strip()},
            lot_id=self.lot.currentData() or None,
            partner_ids=tuple(self.partners.item(i).data(Qt.ItemDataRole.UserRole)
                              for i in range(self.partners.count())))

    def new_applicant(self) -> AP.ApplicantInput:
        f = self.fields
        return AP.ApplicantInput(
            kind=self.applicant_kind.currentData(), name=self.applicant_name.text(),
            village=f["applicant_village"].text(), phone=f["applicant_phone"].text(),
            id_document=f["applicant_id_document"].text(), leader_name=f["applicant_leader_name"].text(),
            members_count=f["applicant_members_count"].text(), legal_form=f["applicant_legal_form"].text(),
            registration_number=f["applicant_registration_number"].text())

    def load(self) -> None:
        d = self.detail = AP.get_application(self.db, self.application_id)
        self._fill_competitions(d.competition_id)        # a registered application: its own competition alone
        self.competition.addItem(H.competition_choice(SimpleNamespace(
            kind=d.competition_kind, year=d.competition_year, title=d.competition_title)), d.competition_id)
        self.competition.setCurrentIndex(0)
        self.use_applicant(d.applicant)
        self._set_chosen("")
        self._fill_lots()
        self.lot.setCurrentIndex(max(0, self.lot.findData(d.lot_id)))
        self.partners.clear()
        for p in d.partners:
            self._add_partner_item(p.id, p.name)
        self.funded.setText("\n".join(AP.funded_text(f) for f in d.already_funded))
        self.funded.setVisible(bool(d.already_funded))
        self.fields["received_on"].setText(H.show_date(d.received_on))
        self.is_late.setChecked(d.is_late)
        self.late_reason.setText(d.late_reason)
        self._late_toggled(d.is_late)
        self.fields["title"].setText(d.title)
        self.fields["goal"].setPlainText(d.goal)
        self.fields["target_groups"].setText(d.target_groups)
        self.fields["village"].setText(d.village)
        self.fields["requested_tyiyn"].setText(H.show_money(d.requested_tyiyn))
        self.cofin.setRowCount(0)
        for c in d.cofinancing:
            self._add_cofin_row(c)
        self.cofin.resizeColumnToContents(0)
        self.events.setRowCount(0)
        for e in d.events:
            self._add_event_row(e)
        for code, edit in self.counts.items():
            edit.setText(str(d.participants[code]) if code in d.participants else "")
        self.attachments.clear()
        for a in d.attachments:
            item = QListWidgetItem(self.tr("%1  (%2 KB, %3)").replace("%1", a.filename).replace(
                "%2", str(a.size_bytes // 1024 + 1)).replace("%3", H.show_date(a.added_at)))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.attachments.addItem(item)
        self._kind_changed()
        self._update_state()
        self.mark_clean()

    def snapshot(self):
        return self.current_input(), self.new_applicant()

    def _update_state(self) -> None:
        d = self.detail
        new = d is None
        self.competition.setEnabled(new)
        editable = new or d.editable
        for name in ("received_on", "title", "target_groups", "village", "requested_tyiyn"):
            self.fields[name].setReadOnly(not editable)
        self.fields["goal"].setReadOnly(not editable)
        for w in (self.is_late, self.add_cofin, self.remove_cofin, self.add_event, self.remove_event,
                  self.cofin, self.events, self.lot, self.add_partner_button, self.remove_partner_button):
            w.setEnabled(editable)
        for edit in self.counts.values():
            edit.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.tabs.setTabEnabled(3, not new)
        self._retranslate_state()

    # --- lot and partners (issue 15)
    def _fill_lots(self) -> None:
        """The lot choice, shown only when the competition has several lots;
        a prize competition's entries ask no amount."""
        cid = self.competition.currentData()
        keep = self.lot.currentData()
        self.lot.blockSignals(True)
        self.lot.clear()
        view = LT.lots_view(self.db, cid) if cid else None
        lots = view.lots if view else ()
        self.lot_count = len(lots)
        self.award_mode = view.award_mode if view else E.AwardMode.GRANTS.value
        if len(lots) > 1:
            self.lot.addItem("", None)
            for x in lots:
                self.lot.addItem(str(x.number) + ". " + x.title, x.id)
            self.lot.setCurrentIndex(max(0, self.lot.findData(keep)))
        self.lot.blockSignals(False)
        several = len(lots) > 1
        self.lot.setVisible(several)
        self.labels["lot"].setVisible(several)
        prizes = self.award_mode == E.AwardMode.PRIZES.value
        self.fields["requested_tyiyn"].setVisible(not prizes)
        self.labels["requested_tyiyn"].setVisible(not prizes)
        if prizes:
            self.fields["requested_tyiyn"].setText("")

    def _add_partner_item(self, applicant_id: str, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, applicant_id)
        self.partners.addItem(item)

    def add_partner(self) -> None:
        """Choose an existing applicant as a partner, or enter a new one."""
        from app.ui.program_dialogs import FormDialog

        d = FormDialog(self.tr("Consortium partner"), self)
        d.setObjectName("partner_form")
        taken = {self.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.partners.count())}
        choices = [(self.tr("— a new applicant (fill in below) —"), "")]
        choices += [(f"{a.name} ({a.village})" if a.village else a.name, a.id) for a in AP.list_applicants(self.db)
                    if a.id not in taken and a.id != self.applicant_id]
        d.add_combo("existing", self.tr("&Existing applicant:"), choices)
        d.add_combo("kind", self.tr("&Kind of new applicant:"),
                    [(L.APPLICANT_KIND.label(k.value), k.value) for k in E.ApplicantKind], E.ApplicantKind.ORGANISATION.value)
        d.add_line("name", self.tr("&Name of new applicant:"))
        d.add_line("village", self.tr("&Village:"))
        d.add_line("leader_name", self.tr("Group &leader (for a group):"))

        def submit(v):
            if v["existing"]:
                return v["existing"]
            return AP.create_applicant(self.db, AP.ApplicantInput(kind=v["kind"], name=v["name"], village=v["village"],
                                                                  leader_name=v["leader_name"]))

        d.submit = submit
        if H.run_form(self, d):
            pid = d.result_value
            self._add_partner_item(pid, AP.get_applicant(self.db, pid).name)
            self.partners.setCurrentRow(self.partners.count() - 1)

    def remove_partner(self) -> None:
        row = self.partners.currentRow()
        if row >= 0:
            self.partners.takeItem(row)

    # --- saving
    def save(self) -> bool:
        self.general_error.show_error("")
        cid = self.competition.currentData()
        data = self.current_input()
        try:
            if self.application_id is None:
                if not cid:
                    self._show_errors({"competition": self.tr("Choose a competition that accepts applications.")})
                    return False
                reg = AP.register_application(self.db, cid, data, self.today,
                                              None if self.applicant_id else self.new_applicant())
                self.application_id = reg.id
            else:
                AP.update_application(self.db, self.application_id, data, self.today)
        except ValidationError as exc:
            problems = H.field_errors(exc)
            if "applicant" in problems:
                problems["applicant_name"] = problems.pop("applicant")
            self._show_errors(problems)
            if "applicant_name" in problems:
                self.update_suggestions()
            return False
        except ServiceError as exc:
            self._show_errors({})
            self.general_error.show_error(exc.message())
            return False
        self._show_errors({})
        self.load()
        self.saved.emit(self.application_id)
        return True

    def _show_errors(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = problems.get(name, "")
            label.show_error(text)
            if name in self.fields:
                H.mark_invalid(self.fields[name], bool(text))
        rest = [text for name, text in problems.items() if name not in self.errors]
        if rest:
            self.general_error.show_error("\n".join(rest))
        for tab, names in ((self.main_page, [n for n in self.fields] + ["partners"]), (self.plan_page, ["cofinancing", "events"]),
                           (self.people_page, ["participants"])):
            first = next((n for n in names if problems.get(n)), None)
            if first:
                self.tabs.setCurrentWidget(tab)
                if first in self.fields:
                    self.fields[first].setFocus()
                break

    # --- attachments
    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a scan or document"), str(Path.home()))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> bool:
        self.errors["file"].show_error("")
        try:
            AP.add_attachment(self.db, self.application_id, path)
        except ServiceError as exc:
            self.tabs.setCurrentWidget(self.files_page)
            self.errors["file"].show_error(exc.message())
            return False
        self.load()
        self.saved.emit(self.application_id)
        return True

    def _current_attachment(self) -> str | None:
        item = self.attachments.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_attachment(self, *_args) -> Path | None:
        aid = self._current_attachment()
        if not aid:
            return None
        try:
            path = AP.attachment_file(self.db, aid)
        except ServiceError as exc:
            self.errors["file"].show_error(exc.message())
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def remove_attachment(self) -> None:
        aid = self._current_attachment()
        if aid:
            try:
                AP.remove_attachment(self.db, aid)
            except ServiceError as exc:
                self.errors["file"].show_error(exc.message())
                return
            self.load()
            self.saved.emit(self.application_id)

    # --- language
    def _retranslate_state(self) -> None:
        d = self.detail
        if d is None:
            self.setWindowTitle(self.tr("Register an application"))
            self.status_label.setText(self.tr("The registration number is given when the application is saved."))
        else:
            self.setWindowTitle(self.tr("Application %1").replace("%1", d.reg_number))
            text = self.tr("No. %1 · status: %2").replace("%1", d.reg_number).replace(
                "%2", L.APPLICATION_STATUS.label(d.status))
            if d.status_reason:
                text += " — " + d.status_reason
            self.status_label.setText(text)

    def retranslate(self) -> None:
        texts = {
            "competition": self.tr("Co&mpetition:"), "applicant_kind": self.tr("&Kind of applicant:"),
            "applicant_name": self.tr("Applicant's &name:"), "applicant_village": self.tr("&Village:"),
            "applicant_phone": self.tr("P&hone:"), "applicant_id_document": self.tr("&ID document:"),
            "applicant_leader_name": self.tr("Group &leader:"), "applicant_members_count": self.tr("Mem&bers:"),
            "applicant_legal_form": self.tr("Legal &form:"),
            "applicant_registration_number": self.tr("Registration n&o.:"),
            "received_on": self.tr("&Received on:"), "late_reason": self.tr("Lat&e:"),
            "title": self.tr("&Title of the project:"), "goal": self.tr("&Goal:"),
            "target_groups": self.tr("Target gro&ups:"), "village": self.tr("Village of the pro&ject:"),
            "requested_tyiyn": self.tr("Re&quested amount, som:"),
            "lot": self.tr("Lo&t (direction):"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.applicant_box.setTitle(self.tr("Applicant"))
        self.partners_box.setTitle(self.tr("Consortium partners"))
        self.partners_note.setText(self.tr("When organisations apply together, the applicant above is the lead; add "
                                           "each partner as an applicant of its own (existing or new)."))
        self.add_partner_button.setText(self.tr("Add a &partner…"))
        self.remove_partner_button.setText(self.tr("Remove the partner"))
        for i, k in enumerate(E.ApplicantKind):
            self.applicant_kind.setItemText(i, L.APPLICANT_KIND.label(k.value))
        self.is_late.setText(self.tr("after the deadline; reason:"))
        self.fields["received_on"].setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.fields["requested_tyiyn"].setPlaceholderText(self.tr("e.g. 12 000"))
        self.fields["village"].setPlaceholderText(self.tr("the applicant's village if empty"))
        self.tabs.setTabText(0, self.tr("&1 Application"))
        self.tabs.setTabText(1, self.tr("&2 Co-financing and events"))
        self.tabs.setTabText(2, self.tr("&3 Participants"))
        self.tabs.setTabText(3, self.tr("&4 Attachments"))
        self.cofin_label.setText(self.tr("Co-&financing by source (the applicant's and partners' share):"))
        self.cofin.setHorizontalHeaderLabels([self.tr("Source"), self.tr("In kind"), self.tr("Amount, som"),
                                              self.tr("What it is"), self.tr("How it was valued")])
        self.add_cofin.setText(self.tr("&Add source"))
        self.remove_cofin.setText(self.tr("Remove source"))
        self.events_label.setText(self.tr("Planned &events:"))
        self.events.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Kind"), self.tr("Times")])
        self.add_event.setText(self.tr("Add e&vent"))
        self.remove_event.setText(self.tr("Remove event"))
        self.people_note.setText(self.tr("Expected participants by category. A part (e.g. girls) cannot be more "
                                         "than its whole (children); leave a field empty if not known."))
        for cat in AP.participant_categories(self.db, i18n.language()):
            if cat.code in self.count_labels:
                self.count_labels[cat.code].setText(cat.name + ":")
        self.files_note.setText(self.tr("Scans and documents are copied into the program's data folder "
                                        "(at most 20 MB each) and open in the system's viewer."))
        self.add_file.setText(self.tr("&Attach file…"))
        self.open_file.setText(self.tr("&Open"))
        self.remove_file.setText(self.tr("Remo&ve"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self._retranslate_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EligibilityDialog(QDialog):
    """The competition's checklist for one application: tick what holds,
    note why; the application is eligible when everything holds, otherwise
    ineligible with a reason."""

    saved = Signal(str)

    def __init__(self, db, application_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("eligibility_dialog")
        self.db = db
        self.application_id = application_id
        self.sheet = AP.eligibility_sheet(db, application_id)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.funded = QLabel(self)
        self.funded.setObjectName("already_funded")
        self.funded.setWordWrap(True)
        self.funded.setStyleSheet("color: #9A3412;")
        self.funded.setVisible(bool(self.sheet.already_funded))
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.hints: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, item in enumerate(self.sheet.items):
            box = QCheckBox(f"&{i + 1}. {item.text}" if i < 9 else item.text, self)
            box.setObjectName(f"item_{i + 1}")
            passed = item.passed if item.passed is not None else bool(item.suggested)
            box.setChecked(passed)
            note = QLineEdit(item.note, self)
            note.setObjectName(f"note_{i + 1}")
            hint = QLabel(self)
            grid.addWidget(box, i, 0)
            grid.addWidget(hint, i, 1)
            grid.addWidget(note, i, 2)
            self.boxes[item.criterion_id] = box
            self.notes[item.criterion_id] = note
            self.hints[item.criterion_id] = hint
            box.toggled.connect(self._update)
        grid.setColumnStretch(2, 1)
        self.reason_label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.reason.setPlainText(self.sheet.status_reason)
        self.reason_label.setBuddy(self.reason)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.error = H.ErrorLabel("reason", self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.funded)
        layout.addLayout(grid)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button.setEnabled(self.sheet.editable and bool(self.sheet.items))
        self.retranslate()
        self.resize(760, 420)

    def all_hold(self) -> bool:
        return all(b.isChecked() for b in self.boxes.values())

    def _update(self, *_args) -> None:
        ok = self.all_hold()
        self.reason.setEnabled(not ok)
        self.reason_label.setEnabled(not ok)
        self.outcome.setText(self.tr("Result: eligible") if ok else self.tr("Result: not eligible — give the reason"))

    def save(self) -> bool:
        try:
            AP.record_eligibility(self.db, self.application_id, {k: b.isChecked() for k, b in self.boxes.items()},
                                  {k: e.text() for k, e in self.notes.items() if e.text().strip()},
                                  None if self.all_hold() else self.reason.toPlainText())
        except ServiceError as exc:
            self.error.show_error(exc.message())
            if not self.all_hold():
                self.reason.setFocus()
            return False
        self.saved.emit(self.application_id)
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eligibility: %1").replace("%1", self.sheet.reg_number))
        who = AP.consortium_text(self.sheet.applicant_name, self.sheet.partner_names)
        self.heading.setText(self.tr("%1 — %2. Tick each requirement the application meets.")
                             .replace("%1", who).replace("%2", self.sheet.title))
        if self.sheet.already_funded:
            self.funded.setText(self.tr("Already funded (the lead or a partner):") + "\n" + "\n".join(
                AP.funded_text(f) for f in self.sheet.already_funded))
        for item in self.sheet.items:
            hint = ""
            if item.suggested is True:
                hint = self.tr("(by the figures: yes)")
            elif item.suggested is False:
                hint = self.tr("(by the figures: no)")
            self.hints[item.criterion_id].setText(hint)
            self.notes[item.criterion_id].setPlaceholderText(self.tr("note"))
        self.reason_label.setText(self.tr("&Reason if not eligible:"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

