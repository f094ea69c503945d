"""The Applications area: the register of applications with filters
(competition, status, village, requested amount), search, sorting by any
column, and the count and requested sum of what is shown under the table."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QLineEdit, QPushButton

from app.domain import enums as E
from app.domain.money import format_amount
from app.services import applications as AP
from app.services import browse
from app.services.auth import Perm
from app.services.errors import ServiceError
from app.ui import form_helpers as H
from app.ui import labels as L
from app.ui.application_dialog import ApplicationDialog, EligibilityDialog
from app.ui.report_dialog import ReportDialog
from app.ui.roles import restrict
from app.ui.table import DATE, ENUM, MONEY, TEXT, Column, ListPage, ServiceSource

REGISTER_COLUMNS = (
    Column("reg_number", QT_TRANSLATE_NOOP("Columns", "Reg. No."), TEXT),
    Column("received_on", QT_TRANSLATE_NOOP("Columns", "Received"), DATE),
    Column("competition_title", QT_TRANSLATE_NOOP("Columns", "Competition"), TEXT),
    Column("applicants_text", QT_TRANSLATE_NOOP("Columns", "Applicant"), TEXT),  # the lead and partners
    Column("village", QT_TRANSLATE_NOOP("Columns", "Village"), TEXT),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT, stretch=True),
    Column("requested_tyiyn", QT_TRANSLATE_NOOP("Columns", "Requested, som"), MONEY),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM, L.APPLICATION_STATUS),
)


class ApplicationsPage(ListPage):
    """The application register and the actions on one application."""

    changed = Signal()

    def __init__(self, heading: str | None = None, parent=None):
        self.filters_ready = False
        super().__init__("applications", REGISTER_COLUMNS, ServiceSource(browse.listing("register"), self._filters),
                         heading, parent)
        self.db = None
        self.dialog = None
        self.report_dialog: ReportDialog | None = None

        # filters
        # a district's thousands of competitions and villages are read when the drop-down is opened
        self.competition = H.LazyCombo(self)
        self.competition.setObjectName("filter_competition")
        self.status = QComboBox(self)
        self.status.setObjectName("filter_status")
        self.village = H.LazyCombo(self)
        self.village.setObjectName("filter_village")
        self.min_amount = QLineEdit(self)
        self.min_amount.setObjectName("filter_min")
        self.max_amount = QLineEdit(self)
        self.max_amount.setObjectName("filter_max")
        for edit in (self.min_amount, self.max_amount):
            edit.setMaximumWidth(120)
        self.filter_labels = [QLabel(self) for _ in range(4)]
        for label, widget in zip(self.filter_labels, (self.competition, self.status, self.village, self.min_amount)):
            label.setBuddy(widget)
        self.dash = QLabel("–", self)
        self.competition.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.competition.setMinimumContentsLength(30)
        for combo in (self.status, self.village):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.amount_error = H.ErrorLabel("filter_amount", self)
        filters = H.FlowLayout()
        filters.addWidget(H.labelled(self, self.filter_labels[0], self.competition))
        filters.addWidget(H.labelled(self, self.filter_labels[1], self.status))
        filters.addWidget(H.labelled(self, self.filter_labels[2], self.village))
        filters.addWidget(H.labelled(self, self.filter_labels[3], self.min_amount, self.dash, self.max_amount))

        # actions
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_application")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_application")
        self.eligibility_button = QPushButton(self)
        self.eligibility_button.setObjectName("eligibility")
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdraw")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_register")
        self.applicant_button = QPushButton(self)
        self.applicant_button.setObjectName("edit_applicant")
        bar = H.FlowLayout()
        for b in (self.new_button, self.open_button, self.eligibility_button, self.withdraw_button,
                  self.applicant_button, self.print_button):
            bar.addWidget(b)
        self.layout().insertLayout(1, filters)
        self.layout().insertWidget(2, self.amount_error)
        self.layout().insertLayout(3, bar)

        self.totals = QLabel(self)
        self.totals.setObjectName("applications_totals")
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.totals.setWordWrap(True)
        self.layout().addWidget(self.totals)

        self.competition.currentIndexChanged.connect(self._filters_changed)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.village.currentIndexChanged.connect(self._filters_changed)
        self.min_amount.editingFinished.connect(self._filters_changed)
        self.max_amount.editingFinished.connect(self._filters_changed)
        self.new_button.clicked.connect(self.new_application)
        self.open_button.clicked.connect(self.open_current)
        self.eligibility_button.clicked.connect(self.check_eligibility)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.print_button.clicked.connect(self.print_register)
        self.applicant_button.clicked.connect(self.edit_applicant)
        self.table.activated.connect(self.open_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_totals)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_application)
        self.filters_ready = True
        self.retranslate()
        self._update_buttons()

    # --- data
    def amount_range(self) -> tuple[int | None, int | None]:
        out = []
        problems = []
        for edit in (self.min_amount, self.max_amount):
            text = edit.text().strip()
            if not text:
                out.append(None)
                continue
            try:
                out.append(AP.amount_bound(text))
                H.mark_invalid(edit, False)
            except ServiceError as exc:
                out.append(None)
                # an ambiguous "10.000" says both readings; other refusals the usual hint
                problems.append(exc.message() if exc.key == "input.money_ambiguous"
                                else self.tr("Enter amounts as numbers, e.g. 10 000."))
                H.mark_invalid(edit, True)
        self.amount_error.show_error(problems[0] if problems else "")
        return out[0], out[1]

    def _filters(self) -> dict:
        if not self.filters_ready and not hasattr(self, "max_amount"):
            return {}
        lo, hi = self.amount_range()
        return dict(competition_id=self.competition.currentData() or None, status=self.status.currentData(),
                    village=self.village.currentData(), min_tyiyn=lo, max_tyiyn=hi)

    def load(self, db) -> None:
        self.db = db
        self._fill_filters()
        super().load(db)
        self._update_buttons()
        self._update_totals()

    def _fill_filters(self) -> None:
        self.filters_ready = False
        db = self.db
        self.competition.set_choices(
            [(self.tr("All competitions"), None)],
            lambda: [(H.competition_choice(r), r.id) for r in browse.list_competitions(db)],
            keep=(self.competition.currentData(), self.competition.currentText()))
        self.village.set_choices([(self.tr("Any village"), None)], lambda: [(v, v) for v in AP.villages(db)],
                                 keep=(self.village.currentData(), self.village.currentText()))
        status = self.status.currentData()
        self.status.clear()
        self.status.addItem(self.tr("Any status"), None)
        for s in E.ApplicationStatus:
            self.status.addItem(L.APPLICATION_STATUS.label(s.value), s.value)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.filters_ready = True

    def _filters_changed(self, *_args) -> None:
        if self.filters_ready and self.db is not None:
            super().load(self.db)
            self._update_buttons()
            self._update_totals()

    def shown_rows(self) -> list:
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def count_everything(self) -> bool:
        done = super().count_everything()
        self._update_totals()
        return done

    def _update_totals(self, *_args) -> None:
        if not hasattr(self, "totals"):
            return
        if self.db is None:
            return
        shown, exact = self.model.shown_total()
        if not exact:       # a district's whole register: added up when asked (Count all), not at every look
            self.totals.setText(self.tr("Shown: %1 applications · press “Count all” to add up what they request")
                                .replace("%1", f"{shown}+"))
            return
        search = self.model.search()
        totals = browse.register_totals(self.db, search, codes=self.model.source._codes(search), **self._filters())
        self.totals.setText(self.tr("Shown: %1 applications · requested in all: %2 som (withdrawn not counted)")
                            .replace("%1", str(totals.shown)).replace("%2", format_amount(totals.requested_tyiyn)))

    def select_id(self, application_id: str) -> None:
        self.select_row_id(application_id)

    def _update_buttons(self, *_args) -> None:
        if not hasattr(self, "print_button"):
            return
        row = self.current_row()
        for b in (self.open_button, self.eligibility_button, self.withdraw_button, self.applicant_button):
            b.setEnabled(row is not None)
        self.print_button.setEnabled(bool(self.competition.currentData()) or row is not None)
        self.new_button.setEnabled(self.db is not None)
        restrict(self.db, Perm.APPLICATIONS, self.new_button, self.open_button, self.eligibility_button,
                 self.withdraw_button, self.applicant_button)

    # --- actions
    def new_application(self, competition_id: str | None = None) -> ApplicationDialog | None:
        if not self.new_button.isEnabled():  # Ctrl+N too: not for a role without the right
            return None
        if self.db is None:
            return None
        self.dialog = ApplicationDialog(self.db, None, competition_id or self.competition.currentData(), self)
        self.dialog.saved.connect(self._after_save)
        self.dialog.open()
        return self.dialog

    def open_current(self, *_args) -> ApplicationDialog | None:
        if not self.open_button.isEnabled():
            return None
        row = self.current_row()
        if row is None:
            return None
        self.dialog = ApplicationDialog(self.db, row.id, parent=self)
        self.dialog.saved.connect(self._after_save)
        self.dialog.open()
        return self.dialog

    def edit_applicant(self) -> bool:
        """Correct the applicant of the chosen application (a phone, a village,
        a registration number): every application of the applicant shows it."""
        from app.ui.program_dialogs import FormDialog

        row = self.current_row()
        if row is None or self.db is None:
            return False
        detail = AP.get_application(self.db, row.id)
        a = AP.get_applicant(self.db, detail.applicant.id)
        d = FormDialog(self.tr("Applicant: %1").replace("%1", a.name), self)
        d.setObjectName("applicant_dialog")
        d.add_line("name", self.tr("&Name:"), a.name)
        d.add_line("village", self.tr("&Village:"), a.village)
        d.add_line("phone", self.tr("&Phone:"), a.phone)
        if a.kind == E.ApplicantKind.PERSON.value:
            d.add_line("id_document", self.tr("&ID document:"), a.id_document)
        if a.kind == E.ApplicantKind.GROUP.value:
            d.add_line("leader_name", self.tr("&Leader:"), a.leader_name)
            d.add_line("members_count", self.tr("&Members:"), "" if a.members_count is None else str(a.members_count))
        if a.kind in (E.ApplicantKind.ORGANISATION.value, E.ApplicantKind.LEGAL_ENTITY.value):
            d.add_line("legal_form", self.tr("&Legal form:"), a.legal_form)
            d.add_line("registration_number", self.tr("&Registration No.:"), a.registration_number)
        d.add_line("address", self.tr("&Address:"), a.address)

        def submit(v: dict):
            from dataclasses import replace

            return AP.update_applicant(self.db, a.id, replace(a.as_input(), **v))

        d.submit = submit
        ok = H.run_form(self, d)
        if ok:
            self.load(self.db)
            self.select_id(row.id)
            self.changed.emit()
        return ok

    def check_eligibility(self) -> EligibilityDialog | None:
        row = self.current_row()
        if row is None:
            return None
        self.dialog = EligibilityDialog(self.db, row.id, self)
        self.dialog.saved.connect(self._after_save)
        self.dialog.open()
        return self.dialog

    def withdraw(self, reason: str | None = None) -> bool:
        row = self.current_row()
        if row is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Withdraw application %1").replace("%1", row.reg_number),
                                              self.tr("Why is the application withdrawn?"))
            if not ok:
                return False
        try:
            AP.withdraw_application(self.db, row.id, reason)
        except ServiceError as exc:
            H.refuse(self, exc, self.tr("Withdraw application %1").replace("%1", row.reg_number))
            return False
        self._after_save(row.id)
        return True

    def print_register(self) -> ReportDialog | None:
        cid = self.competition.currentData()
        if not cid:
            row = self.current_row()
            cid = row.competition_id if row else None
        if not cid:
            return None
        self.report_dialog = ReportDialog(self.db, "register", cid, self)
        self.report_dialog.open()
        return self.report_dialog

    def _after_save(self, application_id: str) -> None:
        self.load(self.db)
        self.select_id(application_id)
        self.changed.emit()

    def mark_stale(self) -> None:
        """Another page changed data shown here: read it again when shown."""
        self.loaded = False

    # --- language
    def retranslate(self) -> None:
        super().retranslate()
        if not getattr(self, "filters_ready", False) or not hasattr(self, "totals"):
            return
        for label, text in zip(self.filter_labels, (self.tr("&Competition:"), self.tr("S&tatus:"),
                                                     self.tr("&Village:"), self.tr("&Amount, som:"))):
            label.setText(text)
        self.min_amount.setPlaceholderText(self.tr("from"))
        self.max_amount.setPlaceholderText(self.tr("to"))
        self.new_button.setText(self.tr("&Register application…"))
        self.new_button.setToolTip(self.tr("Register a received application (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open…"))
        self.eligibility_button.setText(self.tr("Check &eligibility…"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.applicant_button.setText(self.tr("Edit &applicant…"))
        self.print_button.setText(self.tr("&Print register…"))
        if self.db is not None:
            self._fill_filters()
        self._update_totals()
