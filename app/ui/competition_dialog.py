"""The competition editor: terms (with inline validation), the eligibility
checklist, and the lifecycle with its history. Keyboard: Tab moves between
fields, Enter saves, Esc closes, Alt+letter jumps to a field or button."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import enums as E
from app import i18n
from app.services import competitions as C
from app.services import lots as LT
from app.services.errors import ServiceError, ValidationError
from app.ui.dates import DateEdit, date_edit
from app.ui import form_helpers as H
from app.ui import labels as L
from app.ui.labels import APPLICANT_KIND, LIFECYCLE_STEP

APPLICANT_KINDS = [k.value for k in E.ApplicantKind]
DATE_FIELDS = ("announced_on", "deadline_on", "decision_on")


class CompetitionDialog(H.DiscardGuard, QDialog):
    """Create (competition_id None) or edit a competition."""

    saved = Signal(str)            # the competition's id, after any change

    def __init__(self, db, competition_id: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("competition_dialog")
        self.db = db
        self.competition_id = competition_id
        self.detail: C.CompetitionDetail | None = None
        self.touched: set[str] = set()
        self.show_all_errors = False

        self.status = QLabel(self)
        self.status.setObjectName("competition_status")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("competition_tabs")

        # --- terms
        self.terms = QWidget(self.tabs)
        form = QFormLayout(self.terms)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, H.ErrorLabel] = {}
        self.form_labels: dict[str, QLabel] = {}

        self.kind = QComboBox(self.terms)
        self.kind.setObjectName("kind")
        for k in E.CompetitionKind:
            self.kind.addItem("", k.value)
        self._add_row(form, "kind", self.kind)
        self.award_mode = QComboBox(self.terms)
        self.award_mode.setObjectName("award_mode")
        for m in E.AwardMode:
            self.award_mode.addItem("", m.value)
        self._add_row(form, "award_mode", self.award_mode)
        self.year = H.line(self.terms, "year")
        self.year.setMaxLength(4)
        self._add_row(form, "year", self.year)
        self._add_row(form, "title", H.line(self.terms, "title"))
        self._add_row(form, "theme", H.plain_text(self.terms, "theme", 2))
        self._add_row(form, "priority_areas", H.plain_text(self.terms, "priority_areas", 3))
        # the legal basis: a resolution of the register (its text is kept by the service)
        basis = QWidget(self.terms)
        row = QHBoxLayout(basis)
        row.setContentsMargins(0, 0, 0, 0)
        self.resolution = QComboBox(basis)
        self.resolution.setObjectName("resolution_id")
        self.resolution.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.resolution.setMinimumContentsLength(30)
        self.new_resolution = QPushButton(basis)
        self.new_resolution.setObjectName("new_resolution")
        self.new_resolution.setAutoDefault(False)
        self.new_resolution.clicked.connect(self.register_resolution)
        row.addWidget(self.resolution, 1)
        row.addWidget(self.new_resolution)
        self.legacy_basis = QLabel(self.terms)
        self.legacy_basis.setObjectName("legacy_basis")
        self.legacy_basis.setWordWrap(True)
        self.legacy_basis.setVisible(False)
        box = QWidget(self.terms)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        col.addWidget(basis)
        col.addWidget(self.legacy_basis)
        self._add_row(form, "resolution_id", box, focus=self.resolution)
        self.fields["resolution_id"] = self.resolution
        self._legacy = ("", "", None)         # the typed basis of an older competition, kept as it is
        self.organiser_kind = QComboBox(self.terms)
        self.organiser_kind.setObjectName("organiser_kind")
        for k in E.OrganiserKind:
            self.organiser_kind.addItem("", k.value)
        self._add_row(form, "organiser_kind", self.organiser_kind)
        self._add_row(form, "organiser_name", H.line(self.terms, "organiser_name"))
        for name in ("total_allocation_tyiyn", "max_grant_tyiyn", "duration_months", "cofinancing_share_pct"):
            self._add_row(form, name, H.line(self.terms, name))
        who = QWidget(self.terms)
        who_row = QHBoxLayout(who)
        who_row.setContentsMargins(0, 0, 0, 0)
        self.applicant_boxes: dict[str, QCheckBox] = {}
        for k in APPLICANT_KINDS:
            cb = QCheckBox(who)
            cb.setObjectName(f"may_apply_{k}")
            who_row.addWidget(cb)
            self.applicant_boxes[k] = cb
            cb.toggled.connect(self._on_edit)
        who_row.addStretch(1)
        self._add_row(form, "eligible_applicants", who, focus=self.applicant_boxes[APPLICANT_KINDS[0]])
        for name in ("announced_on", "deadline_on", "decision_on", "contact_person"):
            self._add_row(form, name, date_edit(self.terms, name) if name in DATE_FIELDS else H.line(self.terms, name))
        self.tabs.addTab(self.terms, "")

        # --- checklist
        self.checklist = QWidget(self.tabs)
        self.criteria = QListWidget(self.checklist)
        self.criteria.setObjectName("criteria")
        self.criteria.setWordWrap(True)
        self.criteria_note = QLabel(self.checklist)
        self.criteria_note.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_item = QPushButton(self.checklist)
        self.edit_item = QPushButton(self.checklist)
        self.remove_item = QPushButton(self.checklist)
        self.up_item = QPushButton(self.checklist)
        self.down_item = QPushButton(self.checklist)
        for b in (self.add_item, self.edit_item, self.remove_item, self.up_item, self.down_item):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.checklist)
        layout.addWidget(self.criteria_note)
        layout.addWidget(self.criteria, 1)
        layout.addLayout(buttons)
        self.add_item.clicked.connect(self._add_criterion)
        self.edit_item.clicked.connect(self._edit_criterion)
        self.remove_item.clicked.connect(self._remove_criterion)
        self.up_item.clicked.connect(lambda: self._move_criterion(-1))
        self.down_item.clicked.connect(lambda: self._move_criterion(1))
        self.criteria.itemActivated.connect(self._edit_criterion)
        self.tabs.addTab(self.checklist, "")

        # --- lifecycle
        self.lifecycle = QWidget(self.tabs)
        self.step_buttons = QHBoxLayout()
        self.step_widgets: list[QPushButton] = []
        self.step_note = QLabel(self.lifecycle)
        self.step_note.setObjectName("step_note")
        self.step_note.setWordWrap(True)
        self.history = QTableWidget(0, 4, self.lifecycle)
        self.history.setObjectName("history")
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_label = QLabel(self.lifecycle)
        layout = QVBoxLayout(self.lifecycle)
        layout.addLayout(self.step_buttons)
        layout.addWidget(self.step_note)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.tabs.addTab(self.lifecycle, "")

        self._build_lots()

        # --- buttons
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.amend_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.amend_button.setObjectName("amend")
        self.amend_button.setAutoDefault(False)
        self.amend_button.clicked.connect(self.amend)
        self.amend_button.hide()
        self.general_error = H.reserve_line(H.ErrorLabel("general", self))
        self.locked_note = QLabel(self)
        self.locked_note.setObjectName("locked_note")
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet("color: #505050;")
        self.locked_note.hide()

        main = QVBoxLayout(self)
        main.addWidget(self.status)
        main.addWidget(self.locked_note)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.general_error)
        main.addWidget(self.buttons)

        for name, widget in self.fields.items():
            if isinstance(widget, (QLineEdit, QPlainTextEdit, DateEdit)):
                widget.textChanged.connect(self._on_edit)
            widget.installEventFilter(self)
        self.kind.currentIndexChanged.connect(self._on_edit)
        self.award_mode.currentIndexChanged.connect(self._on_edit)
        self.organiser_kind.currentIndexChanged.connect(self._on_edit)
        self.resolution.currentIndexChanged.connect(self._on_edit)
        self.resolution.currentIndexChanged.connect(self._show_legacy)
        self.creator = None            # how a new competition is saved (default: C.create_competition)
        self.basis_owner = None        # whose municipality's resolutions are offered (default: this competition's)
        self._fill_resolutions()

        self.retranslate()
        self.resize(760, 720)
        if competition_id:
            self.load()
        else:
            self._fill(C.CompetitionInput())
            self._update_state()
        (self.kind if competition_id else self.fields["title"]).setFocus()

    # --- building
    def _add_row(self, form: QFormLayout, name: str, widget: QWidget, focus: QWidget | None = None) -> None:
        label = QLabel(self.terms)
        label.setBuddy(focus or widget)
        error = H.ErrorLabel(name, self.terms)
        self.fields[name] = widget
        self.errors[name] = error
        self.form_labels[name] = label
        form.addRow(label, H.with_error(widget, error))

    # --- data
    def _fill(self, data: C.CompetitionInput) -> None:
        blocked = [w for w in self.fields.values()] + list(self.applicant_boxes.values())
        for w in blocked:
            w.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.award_mode.setCurrentIndex(max(0, self.award_mode.findData(data.award_mode)))
        self.organiser_kind.setCurrentIndex(max(0, self.organiser_kind.findData(data.organiser_kind)))
        self.fields["organiser_name"].setText(data.organiser_name or "")
        self.year.setText("" if data.year in (None, "") else str(data.year))
        self._legacy = (data.legal_doc_kind or "", data.legal_doc_number or "", data.legal_doc_date)
        index = self.resolution.findData(data.resolution_id) if data.resolution_id else 0
        self.resolution.setCurrentIndex(max(0, index))
        self._show_legacy()
        for name in ("title", "contact_person"):
            self.fields[name].setText(getattr(data, name) or "")
        for name in ("theme", "priority_areas"):
            self.fields[name].setPlainText(getattr(data, name) or "")
        for name in DATE_FIELDS:
            v = getattr(data, name)
            self.fields[name].setText(H.show_date(v) if not isinstance(v, str) else v)
        for name in ("total_allocation_tyiyn", "max_grant_tyiyn"):
            v = getattr(data, name)
            self.fields[name].setText(H.show_money(v) if isinstance(v, int) and self.competition_id else
                                      ("" if v in (0, None) else str(v)))
        self.fields["duration_months"].setText("" if data.duration_months in (None, "") else str(data.duration_months))
        pct = data.cofinancing_share_pct
        self.fields["cofinancing_share_pct"].setText("" if pct in (None, "") else str(pct))
        for k, cb in self.applicant_boxes.items():
            cb.setChecked(k in data.eligible_applicants)
        for w in blocked:
            w.blockSignals(False)

    def current_input(self) -> C.CompetitionInput:
        return C.CompetitionInput(
            kind=self.kind.currentData(), year=self.year.text(),
            title=H.value(self.fields["title"]), theme=H.value(self.fields["theme"]),
            priority_areas=H.value(self.fields["priority_areas"]),
            legal_doc_kind=self._legacy[0], legal_doc_number=self._legacy[1], legal_doc_date=self._legacy[2],
            resolution_id=self.resolution.currentData() or None,
            total_allocation_tyiyn=H.value(self.fields["total_allocation_tyiyn"]),
            max_grant_tyiyn=H.value(self.fields["max_grant_tyiyn"]),
            duration_months=H.value(self.fields["duration_months"]),
            cofinancing_share_pct=H.value(self.fields["cofinancing_share_pct"]),
            eligible_applicants=tuple(k for k, cb in self.applicant_boxes.items() if cb.isChecked()),
            announced_on=H.value(self.fields["announced_on"]), deadline_on=H.value(self.fields["deadline_on"]),
            decision_on=H.value(self.fields["decision_on"]),
            contact_person=H.value(self.fields["contact_person"]),
            organiser_kind=self.organiser_kind.currentData(), organiser_name=H.value(self.fields["organiser_name"]),
            award_mode=self.award_mode.currentData(),
        )

    def load(self) -> None:
        self.detail = C.get_competition(self.db, self.competition_id)
        self._fill(self.detail.as_input())
        self._update_state()
        self.mark_clean()

    def snapshot(self):
        return self.current_input()

    # --- inline validation
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.FocusOut:
            for name, widget in self.fields.items():
                if widget is obj:
                    self.touched.add(name)
                    self.validate()
        return super().eventFilter(obj, event)

    def _on_edit(self, *_args) -> None:
        sender = self.sender()
        for name, widget in self.fields.items():
            if widget is sender or sender in self.applicant_boxes.values() and name == "eligible_applicants":
                self.touched.add(name)
        self.validate()

    def validate(self) -> dict[str, str]:
        """Show the problems of the fields already visited (all of them after
        a save attempt); return every problem."""
        try:
            C.validate_competition(self.current_input())
            problems: dict[str, str] = {}
        except ValidationError as exc:
            problems = H.field_errors(exc)
        self._show(problems)
        return problems

    def _show(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = problems.get(name, "") if (self.show_all_errors or name in self.touched) else ""
            label.show_error(text)
            H.mark_invalid(self.fields[name], bool(text))

    # --- saving
    def save(self) -> bool:
        self.show_all_errors = True
        self.general_error.show_error("")
        data = self.current_input()
        try:
            if self.competition_id is None:
                create = self.creator or (lambda d: C.create_competition(self.db, d))
                self.competition_id = create(data)
            else:
                C.update_competition(self.db, self.competition_id, data)
        except ValidationError as exc:
            problems = H.field_errors(exc)
            self._show(problems)
            self.tabs.setCurrentWidget(self.terms)
            first = next((self.fields[n] for n in self.fields if n in problems), None)
            if first is not None:
                first.setFocus()
            return False
        except ServiceError as exc:
            self.general_error.show_error(exc.message())
            return False
        self.touched.clear()
        self.load()
        self.saved.emit(self.competition_id)
        return True

    # --- the legal basis from the register
    def _fill_resolutions(self) -> None:
        from app.services import resolutions as RS

        chosen = self.resolution.currentData()
        self.resolution.blockSignals(True)
        self.resolution.clear()
        self.resolution.addItem(self.tr("(not chosen)"), None)
        for c in RS.resolution_choices(self.db, owner=self.basis_owner or ("competition", self.competition_id)):
            self.resolution.addItem(c.text, c.id)
            self.resolution.setItemData(self.resolution.count() - 1, c.text, Qt.ItemDataRole.ToolTipRole)
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(chosen)) if chosen else 0)
        self.resolution.blockSignals(False)

    def _show_legacy(self, *_args) -> None:
        """An older competition's typed basis, shown while none is chosen."""
        kind, number, day = self._legacy
        text = " ".join(x for x in (kind, number and "№" + number, H.show_date(day) if day else "") if x)
        shown = bool(text) and self.resolution.currentData() is None
        self.legacy_basis.setText(self.tr("As typed before: %1").replace("%1", text) if shown else "")
        self.legacy_basis.setVisible(shown)

    def prefill(self, data: C.CompetitionInput) -> None:
        """Start a new competition from these values (e.g. drafted from needs)."""
        self._fill_resolutions()       # basis_owner may have been set since the dialog was made
        self._fill(data)
        self.validate()

    def register_resolution(self) -> None:
        """Enter a resolution into the register without leaving the form."""
        from app.ui.registers_forms import resolution_form

        dialog = resolution_form(self, self.db, None)
        if H.run_form(self, dialog) and dialog.result_value:
            self._fill_resolutions()
            self.resolution.setCurrentIndex(max(0, self.resolution.findData(dialog.result_value)))

    # --- checklist
    def _selected_criterion(self) -> str | None:
        item = self.criteria.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _criteria_call(self, fn, *args) -> None:
        try:
            fn(self.db, *args)
        except ServiceError as exc:
            H.refuse(self, exc, self.windowTitle())
            return
        row = self.criteria.currentRow()
        self.load()
        self.criteria.setCurrentRow(min(max(row, 0), self.criteria.count() - 1))
        self.saved.emit(self.competition_id)

    def _add_criterion(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Eligibility checklist"), self.tr("New requirement:"))
        if ok:
            self._criteria_call(C.add_criterion, self.competition_id, text)
            self.criteria.setCurrentRow(self.criteria.count() - 1)

    def _edit_criterion(self, *_args) -> None:
        cid = self._selected_criterion()
        if cid:
            old = self.criteria.currentItem().text()
            text, ok = QInputDialog.getText(self, self.tr("Eligibility checklist"), self.tr("Requirement:"), text=old)
            if ok:
                self._criteria_call(C.update_criterion, cid, text)

    def _remove_criterion(self) -> None:
        cid = self._selected_criterion()
        if cid:
            self._criteria_call(C.remove_criterion, cid)

    def _move_criterion(self, delta: int) -> None:
        cid = self._selected_criterion()
        if cid:
            self._criteria_call(C.move_criterion, cid, delta)
            self.criteria.setCurrentRow(self.criteria.currentRow() + delta)

    # --- lots and prizes (issue 15)
    def _build_lots(self) -> None:
        self.lots_page = QWidget(self.tabs)
        self.lots_note = QLabel(self.lots_page)
        self.lots_note.setObjectName("lots_note")
        self.lots_note.setWordWrap(True)
        self.lots_table = H.record_table(self.lots_page, "lots")
        self.lots_table.doubleClicked.connect(lambda *_: self.edit_lot())
        self.add_lot_button = QPushButton(self.lots_page)
        self.add_lot_button.setObjectName("lot_add")
        self.edit_lot_button = QPushButton(self.lots_page)
        self.edit_lot_button.setObjectName("lot_edit")
        self.remove_lot_button = QPushButton(self.lots_page)
        self.remove_lot_button.setObjectName("lot_remove")
        self.lots_total = QLabel(self.lots_page)
        self.lots_total.setObjectName("lots_total")
        self.lots_total.setWordWrap(True)
        self.prizes_label = QLabel(self.lots_page)
        self.prizes_table = H.record_table(self.lots_page, "prizes")
        self.add_prize_button = QPushButton(self.lots_page)
        self.add_prize_button.setObjectName("prize_add")
        self.remove_prize_button = QPushButton(self.lots_page)
        self.remove_prize_button.setObjectName("prize_remove")
        layout = QVBoxLayout(self.lots_page)
        layout.addWidget(self.lots_note)
        layout.addWidget(self.lots_table, 2)
        row = QHBoxLayout()
        for b in (self.add_lot_button, self.edit_lot_button, self.remove_lot_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.lots_total)
        layout.addWidget(self.prizes_label)
        layout.addWidget(self.prizes_table, 1)
        row = QHBoxLayout()
        for b in (self.add_prize_button, self.remove_prize_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_lot_button.clicked.connect(self.add_lot)
        self.edit_lot_button.clicked.connect(self.edit_lot)
        self.remove_lot_button.clicked.connect(self.remove_lot)
        self.add_prize_button.clicked.connect(self.add_prize)
        self.remove_prize_button.clicked.connect(self.remove_prize)
        self.lots_view: LT.LotsView | None = None
        self.tabs.addTab(self.lots_page, "")

    def _fill_lots(self) -> None:
        self.lots_view = LT.lots_view(self.db, self.competition_id) if self.competition_id else None
        v = self.lots_view
        lots = v.lots if v else ()
        prizes = bool(v) and v.award_mode == E.AwardMode.PRIZES.value
        self.lots_table.setRowCount(len(lots))
        for i, lot in enumerate(lots):
            cells = [str(lot.number), lot.title, H.show_money(lot.allocation_tyiyn), H.show_money(lot.max_grant_tyiyn),
                     "; ".join(lot.priority_areas), str(lot.applications)]
            for j, text in enumerate(cells):
                self.lots_table.setItem(i, j, H.table_item(text, lot.id if j == 0 else None, right=j in (0, 2, 3, 5)))
        rows = [(lot, p) for lot in lots for p in lot.prizes]
        self.prizes_table.setRowCount(len(rows))
        for i, (lot, p) in enumerate(rows):
            for j, text in enumerate((lot.title or str(lot.number), str(p.place), H.show_money(p.amount_tyiyn))):
                self.prizes_table.setItem(i, j, H.table_item(text, p.id if j == 0 else None, right=j > 0))
        editable = bool(v) and v.editable
        for b in (self.add_lot_button, self.edit_lot_button, self.remove_lot_button, self.add_prize_button,
                  self.remove_prize_button):
            b.setEnabled(editable)
        for w in (self.prizes_label, self.prizes_table, self.add_prize_button, self.remove_prize_button):
            w.setVisible(prizes)
        self._retranslate_lots()
        H.fit_columns(self.lots_table, 1)
        H.fit_columns(self.prizes_table, 0)

    def _retranslate_lots(self) -> None:
        self.lots_table.setColumnCount(6)
        self.lots_table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Title"), self.tr("Allocation, som"),
                                                   self.tr("Max. grant, som"), self.tr("Priority areas"),
                                                   self.tr("Applications")])
        self.prizes_table.setColumnCount(3)
        self.prizes_table.setHorizontalHeaderLabels([self.tr("Nomination"), self.tr("Place"), self.tr("Prize, som")])
        self.add_lot_button.setText(self.tr("Add a &lot…"))
        self.edit_lot_button.setText(self.tr("Edit the lot…"))
        self.remove_lot_button.setText(self.tr("Remove the lot"))
        self.add_prize_button.setText(self.tr("Add a prize…"))
        self.remove_prize_button.setText(self.tr("Remove the prize"))
        self.prizes_label.setText(self.tr("Prizes by nomination (lot) and place; each application enters one "
                                          "nomination, and one participant may enter several:"))
        v = self.lots_view
        if v is None:
            self.lots_note.setText("")
            self.lots_total.setText("")
            return
        if len(v.lots) <= 1:
            note = self.tr("The competition has one lot: its allocation and maximum grant are the competition's, and "
                           "nothing about lots is printed. To split the money into directions, give this lot a "
                           "title and its part of the allocation, then add the next lot.")
        else:
            note = self.tr("Each application belongs to one lot; each lot is ranked and awarded within its own "
                           "allocation, and money never moves between lots.")
        if not v.editable:
            note += " " + self.tr("Lots and prizes can change only while the competition is a draft.")
        self.lots_note.setText(note)
        total = self.tr("Lots together: %1 som of the competition's %2 som.").replace(
            "%1", H.show_money(v.allocated_tyiyn)).replace("%2", H.show_money(v.total_allocation_tyiyn))
        self.lots_total.setText(total if len(v.lots) > 1 or v.award_mode == E.AwardMode.PRIZES.value else "")

    def _lot_form(self, title: str, lot: LT.LotView | None = None):
        from app.ui.program_dialogs import FormDialog

        d = FormDialog(title, self)
        d.setObjectName("lot_form")
        d.add_line("title", self.tr("&Title:"), lot.title if lot else "")
        if self.lots_view is None or self.lots_view.award_mode != E.AwardMode.PRIZES.value:
            d.add_line("allocation_tyiyn", self.tr("&Allocation, som:"), H.show_money(lot.allocation_tyiyn) if lot
                       else "")
            d.add_line("max_grant_tyiyn", self.tr("&Maximum grant, som:"), H.show_money(lot.max_grant_tyiyn) if lot
                       else "")
        d.add_line("priority_areas", self.tr("&Priority areas (separated by ;):"),
                   "; ".join(lot.priority_areas) if lot else "")
        return d

    @staticmethod
    def _areas(text: str) -> str:
        return "\n".join(a.strip() for a in (text or "").split(";") if a.strip())

    def _selected_lot(self) -> LT.LotView | None:
        lid = H.selected_id(self.lots_table)
        return next((x for x in self.lots_view.lots if x.id == lid), None) if self.lots_view and lid else None

    def _lots_changed(self) -> None:
        self.load()
        self.saved.emit(self.competition_id)

    def add_lot(self) -> None:
        d = self._lot_form(self.tr("New lot"))
        d.submit = lambda v: LT.add_lot(self.db, self.competition_id, v["title"], v.get("allocation_tyiyn", 0),
                                        v.get("max_grant_tyiyn"), self._areas(v["priority_areas"]))
        if H.run_form(self, d):
            self._lots_changed()

    def edit_lot(self) -> None:
        lot = self._selected_lot()
        if lot is None:
            return
        d = self._lot_form(self.tr("Lot %1").replace("%1", str(lot.number)), lot)
        d.submit = lambda v: LT.update_lot(self.db, lot.id, v["title"], v.get("allocation_tyiyn"),
                                           v.get("max_grant_tyiyn"), self._areas(v["priority_areas"]))
        if H.run_form(self, d):
            self._lots_changed()

    def remove_lot(self) -> None:
        lot = self._selected_lot()
        if lot is None or not H.confirm(self, self.windowTitle(), self.tr("Remove lot %1 «%2»?").replace(
                "%1", str(lot.number)).replace("%2", lot.title)):
            return
        try:
            LT.remove_lot(self.db, lot.id)
        except ServiceError as exc:
            H.refuse(self, exc, self.windowTitle())
            return
        self._lots_changed()

    def add_prize(self) -> None:
        from app.ui.program_dialogs import FormDialog

        if not self.lots_view:
            return
        d = FormDialog(self.tr("New prize"), self)
        d.setObjectName("prize_form")
        d.add_combo("lot", self.tr("&Nomination:"), [(x.title or str(x.number), x.id) for x in self.lots_view.lots])
        d.add_line("place", self.tr("&Place:"))
        d.add_line("amount_tyiyn", self.tr("&Prize, som:"))
        d.submit = lambda v: LT.set_prize(self.db, v["lot"], v["place"], v["amount_tyiyn"])
        if H.run_form(self, d):
            self._lots_changed()

    def remove_prize(self) -> None:
        pid = H.selected_id(self.prizes_table)
        if not pid:
            return
        try:
            LT.remove_prize(self.db, pid)
        except ServiceError as exc:
            H.refuse(self, exc, self.windowTitle())
            return
        self._lots_changed()

    # --- lifecycle
    def take_step(self, step: str) -> bool:
        try:
            if step == "cancel":
                reason, ok = QInputDialog.getText(self, self.tr("Cancel the competition"),
                                                  self.tr("Reason for cancelling:"))
                if not ok:
                    return False
                C.cancel_competition(self.db, self.competition_id, reason)
            else:
                C.STEP_FUNCTIONS[step](self.db, self.competition_id)
        except ServiceError as exc:
            H.refuse(self, exc, self.windowTitle())
            return False
        self.load()
        self.saved.emit(self.competition_id)
        return True

    def _update_state(self) -> None:
        d = self.detail
        exists = d is not None
        self.tabs.setTabEnabled(1, exists)
        self.tabs.setTabEnabled(2, exists)
        self.tabs.setTabEnabled(3, exists)
        self._fill_lots()
        editable = d.editable if exists else frozenset(C.EDITABLE)
        why = self.locked_reason()
        for name, widget in self.fields.items():
            if name == "eligible_applicants":
                for cb in self.applicant_boxes.values():
                    cb.setEnabled(name in editable)
                    cb.setToolTip("" if name in editable else why)
            else:
                H.show_locked(widget, name not in editable, why)
        self.save_button.setEnabled(bool(editable))
        locked_any = exists and any(n not in editable for n in self.fields)
        self.locked_note.setText(why if locked_any else "")
        self.locked_note.setVisible(locked_any)
        self.amend_button.setVisible(exists and d.status not in ("draft", "completed", "cancelled")
                                     and self._may_amend())
        self.new_resolution.setEnabled("resolution_id" in editable)
        # checklist
        self.criteria.clear()
        for c in (d.criteria if exists else ()):
            item = QListWidgetItem(f"{c.position}. {c.text}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.criteria.addItem(item)
        can_edit_list = exists and d.status in ("draft", "announced", "applications_closed")
        for b in (self.add_item, self.edit_item, self.remove_item, self.up_item, self.down_item):
            b.setEnabled(can_edit_list)
        # lifecycle
        while self.step_widgets:
            w = self.step_widgets.pop()
            self.step_buttons.removeWidget(w)
            w.deleteLater()
        notes = []
        if exists:
            for state in C.step_states(self.db, d.id):
                b = QPushButton(LIFECYCLE_STEP.label(state.step), self.lifecycle)
                b.setObjectName(f"step_{state.step}")
                b.setAutoDefault(False)
                b.setEnabled(state.allowed)
                b.setToolTip(state.refusal)
                b.clicked.connect(lambda _=False, s=state.step: self.take_step(s))
                self.step_buttons.insertWidget(len(self.step_widgets), b)
                self.step_widgets.append(b)
                if not state.allowed:
                    notes.append(f"{LIFECYCLE_STEP.long_label(state.step)}: {state.refusal}")
            self.history.setRowCount(len(d.transitions))
            for i, t in enumerate(d.transitions):
                cells = [t.at.astimezone().strftime("%d.%m.%Y %H:%M"),
                         L.COMPETITION_STATUS.label(t.to_status), t.user_name, t.reason]
                for j, text in enumerate(cells):
                    self.history.setItem(i, j, QTableWidgetItem(text))
            self.history.resizeColumnsToContents()
        self.step_note.setText("\n".join(notes))
        self._retranslate_state()

    def locked_reason(self) -> str:
        d = self.detail
        if d is not None and d.status in ("completed", "cancelled"):
            return self.tr("The competition is finished: its terms are kept as they were.")
        return self.tr("Published with the announcement: grey fields can no longer be edited. A typo is corrected "
                       "with “Correct a published term…”, which records who, when and why.")

    def _may_amend(self) -> bool:
        from app.services.auth import Perm, allowed

        return allowed(self.db.actor.role, Perm.COMPETITIONS)

    def amend(self):
        """Correct a published term: a recorded amendment (who, when, why)."""
        from app.ui.program_dialogs import FormDialog

        d = self.detail
        if d is None:
            return None
        dialog = FormDialog(self.tr("Correct a published term"), self)
        dialog.setObjectName("amend_form")
        names = {f: i18n.t(f"competition.field.{f}") for f in C.AMENDABLE}
        combo = dialog.add_combo("field", self.tr("&Field:"), [(names[f], f) for f in C.AMENDABLE], "title")
        value = dialog.add_line("value", self.tr("&Correct value:"), d.title)
        dialog.add_line("reason", self.tr("&Why:"))

        def show_current(_i=0) -> None:
            current = getattr(d, combo.currentData(), "") or ""
            value.setText(current.replace("\n", "; ") if combo.currentData() != "priority_areas" else current)

        combo.currentIndexChanged.connect(show_current)
        cid = self.competition_id
        dialog.submit = lambda v: C.amend_competition(self.db, cid, v["field"], v["value"], v["reason"])
        self.amend_dialog = dialog
        if H.run_form(self, dialog):
            self.load()
            self.saved.emit(cid)
        return dialog

    # --- language
    def _retranslate_state(self) -> None:
        d = self.detail
        if d is None:
            self.setWindowTitle(self.tr("New competition"))
            self.status.setText(self.tr("A new competition is saved as a draft; announce it on the Lifecycle tab."))
        else:
            self.setWindowTitle(self.tr("Competition: %1").replace("%1", d.title))
            text = self.tr("Status: %1").replace("%1", L.COMPETITION_STATUS.label(d.status))
            if d.status == "cancelled" and d.cancel_reason:
                text += " — " + d.cancel_reason
            text += "  ·  " + self.tr("Applications: %1").replace("%1", str(d.applications))
            self.status.setText(text)
        for b in self.step_widgets:
            b.setText(LIFECYCLE_STEP.label(b.objectName().removeprefix("step_")))

    def retranslate(self) -> None:
        for i, k in enumerate(E.CompetitionKind):
            self.kind.setItemText(i, L.COMPETITION_KIND.long_label(k.value))
        for i, m in enumerate(E.AwardMode):
            self.award_mode.setItemText(i, L.AWARD_MODE.label(m.value))
        for i, k in enumerate(E.OrganiserKind):
            self.organiser_kind.setItemText(i, L.ORGANISER_KIND.label(k.value))
        labels = {
            "kind": self.tr("&Kind:"), "year": self.tr("&Year:"), "title": self.tr("&Title:"),
            "theme": self.tr("T&heme:"), "priority_areas": self.tr("&Priority areas (one per line):"),
            "resolution_id": self.tr("&Legal basis (resolution):"),
            "total_allocation_tyiyn": self.tr("Total &allocation, som:"),
            "max_grant_tyiyn": self.tr("&Maximum grant, som:"),
            "duration_months": self.tr("Project d&uration, months:"),
            "cofinancing_share_pct": self.tr("Required &co-financing, %:"),
            "eligible_applicants": self.tr("&Who may apply:"),
            "announced_on": self.tr("A&nnounced on:"), "deadline_on": self.tr("&Deadline for applications:"),
            "decision_on": self.tr("Decision planned &on:"), "contact_person": self.tr("Contact p&erson:"),
            "award_mode": self.tr("It a&wards:"), "organiser_kind": self.tr("Organiser:"),
            "organiser_name": self.tr("Organiser's name:"),
        }
        for name, text in labels.items():
            self.form_labels[name].setText(text)
        self.new_resolution.setText(self.tr("New resol&ution…"))
        self.new_resolution.setToolTip(self.tr("Enter the resolution into the register and choose it here"))
        self.resolution.setItemText(0, self.tr("(not chosen)"))
        self._show_legacy()
        for name in DATE_FIELDS:
            self.fields[name].setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.fields["total_allocation_tyiyn"].setPlaceholderText(self.tr("e.g. 23 000"))
        self.fields["max_grant_tyiyn"].setPlaceholderText(self.tr("e.g. 12 000"))
        self.fields["cofinancing_share_pct"].setPlaceholderText(self.tr("0 if not required"))
        for k, cb in self.applicant_boxes.items():
            cb.setText(APPLICANT_KIND.label(k))
        self.tabs.setTabText(0, self.tr("Te&rms"))
        self.tabs.setTabText(1, self.tr("Eli&gibility checklist"))
        self.tabs.setTabText(2, self.tr("Li&fecycle"))
        self.tabs.setTabText(3, self.tr("Lots and &prizes"))
        self._retranslate_lots()
        self.criteria_note.setText(self.tr("Each application is checked against these requirements. The list can "
                                           "change until the review starts."))
        self.add_item.setText(self.tr("A&dd…"))
        self.edit_item.setText(self.tr("&Edit…"))
        self.remove_item.setText(self.tr("Re&move"))
        self.up_item.setText(self.tr("U&p"))
        self.down_item.setText(self.tr("Do&wn"))
        self.history_label.setText(self.tr("History:"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Status"), self.tr("User"),
                                                self.tr("Reason")])
        self.save_button.setText(self.tr("&Save"))
        self.amend_button.setText(self.tr("Co&rrect a published term…"))
        self.amend_button.setToolTip(self.tr("A typo in the published terms is corrected as a recorded amendment: "
                                             "who, when and why are kept and printed on the announcement"))
        self.close_button.setText(self.tr("Close"))
        self._retranslate_state()
        if self.detail is not None or self.show_all_errors or self.touched:
            self.validate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
