"""The project page's tabs for the cycle after the award: the agreement's
tranches and payments; monitoring visits and the executor's reports; results
against plan, satisfaction and the acceptance act; attached files. Each list
is a ListPage read by one service function; every change goes through
app.services.project_cycle, and a refusal is shown at the form's field."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain import cycle as CY
from app.domain.money import format_amount, group_thousands
from app.services import project_cycle as PC
from app.services.auth import Perm, allowed
from app.services.errors import ServiceError
from app.ui.form_helpers import FlowLayout, confirm, fit_columns, record_table, run_form, show_date, show_money, \
    table_item
from app.ui.labels import FUNDING_SOURCE, EnumLabels
from app.ui.program_dialogs import FormDialog
from app.ui.table import COUNT, DATE, ENUM, INT, MONEY, TEXT, Column, ListPage

WARN_STYLE = "color: #9A3412;"
ERROR_STYLE = "color: #B00020;"

REPORT_KIND = EnumLabels("ReportKind", {
    CY.ReportKind.INTERIM: "Interim report",
    CY.ReportKind.FINAL: "Final report",
})
REPORT_STATUS = EnumLabels("ReportStatus", {
    CY.ReportStatus.EXPECTED: "Expected",
    CY.ReportStatus.RECEIVED: "Received",
    CY.ReportStatus.ACCEPTED: "Accepted",
    CY.ReportStatus.RETURNED: "Returned for correction",
})
ATTACHMENT_KIND = EnumLabels("AttachmentKind", {
    CY.AttachmentKind.AGREEMENT: QT_TRANSLATE_NOOP("AttachmentKind", "Signed agreement"),
    CY.AttachmentKind.REPORT: QT_TRANSLATE_NOOP("AttachmentKind", "Report"),
    CY.AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("AttachmentKind", "Photo"),
    CY.AttachmentKind.ACT: QT_TRANSLATE_NOOP("AttachmentKind", "Signed act"),
    CY.AttachmentKind.OTHER: QT_TRANSLATE_NOOP("AttachmentKind", "Other"),
})

TRANCHE_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), INT),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), DATE),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount, som"), MONEY),
    Column("paid", QT_TRANSLATE_NOOP("Columns", "Paid, som"), MONEY),
    Column("remaining", QT_TRANSLATE_NOOP("Columns", "Left to pay, som"), MONEY),
    Column("condition", QT_TRANSLATE_NOOP("Columns", "Condition"), TEXT, stretch=True),
    Column("report", QT_TRANSLATE_NOOP("Columns", "Paid after"), TEXT),
)
PAYMENT_COLUMNS = (
    Column("tranche", QT_TRANSLATE_NOOP("Columns", "Tranche"), INT),
    Column("paid_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount, som"), MONEY),
    Column("document_number", QT_TRANSLATE_NOOP("Columns", "Document No."), TEXT),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), TEXT, stretch=True),
)
REPORT_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Report"), ENUM, REPORT_KIND),
    Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), TEXT),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), DATE),
    Column("received_on", QT_TRANSLATE_NOOP("Columns", "Received"), DATE),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM, REPORT_STATUS),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), TEXT, stretch=True),
)
VISIT_COLUMNS = (
    Column("visited_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("visitors", QT_TRANSLATE_NOOP("Columns", "Who"), TEXT),
    Column("checked", QT_TRANSLATE_NOOP("Columns", "Checked"), TEXT),
    Column("findings", QT_TRANSLATE_NOOP("Columns", "Findings"), TEXT, stretch=True),
    Column("follow_up", QT_TRANSLATE_NOOP("Columns", "Follow-up"), TEXT),
    Column("follow_up_due_on", QT_TRANSLATE_NOOP("Columns", "Due"), DATE),
    Column("follow_up_done_on", QT_TRANSLATE_NOOP("Columns", "Done"), DATE),
)
SURVEY_COLUMNS = (
    Column("surveyed_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("asked", QT_TRANSLATE_NOOP("Columns", "Asked"), COUNT),
    Column("satisfied", QT_TRANSLATE_NOOP("Columns", "Satisfied"), COUNT),
    Column("share", QT_TRANSLATE_NOOP("Columns", "Satisfied, %"), TEXT),
    Column("method", QT_TRANSLATE_NOOP("Columns", "How"), TEXT, stretch=True),
)
ATTACHMENT_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), ENUM, ATTACHMENT_KIND),
    Column("filename", QT_TRANSLATE_NOOP("Columns", "File"), TEXT, stretch=True),
    Column("size_bytes", QT_TRANSLATE_NOOP("Columns", "Size, bytes"), COUNT),
    Column("belongs_to", QT_TRANSLATE_NOOP("Columns", "Documents"), TEXT),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), TEXT),
    Column("added_on", QT_TRANSLATE_NOOP("Columns", "Added"), DATE),
)


def _row_list(parent: QWidget, name: str, columns, loader) -> ListPage:
    """A ListPage of one project's records (loader(db, project_id))."""
    page = ListPage(name, columns, lambda db: loader(db, parent.project_id) if parent.project_id else [],
                    parent=parent)
    page.table.setMinimumHeight(page.table.verticalHeader().defaultSectionSize() * 4)
    return page


def _buttons(parent: QWidget, *buttons: QPushButton) -> QWidget:
    box = QWidget(parent)
    flow = FlowLayout(box)
    for b in buttons:
        flow.addWidget(b)
    return box


def _button(parent: QWidget, name: str, slot) -> QPushButton:
    b = QPushButton(parent)
    b.setObjectName(name)
    b.clicked.connect(slot)
    return b


def _label(parent: QWidget, name: str, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class CycleTab(QWidget):
    """What the four tabs share: the project page, the project shown, the
    role's right to change it, forms run through the page (tests answer
    them with `page.dialog_hook`), reloading after a change."""

    def __init__(self, page):
        super().__init__(page.tabs)
        self.page = page
        self.project_id: str | None = None
        self.lists: list[ListPage] = []
        page.tabs.addTab(self, "")

    @property
    def db(self):
        return self.page.db

    def may_edit(self) -> bool:
        return self.db is not None and allowed(self.db.actor.role, Perm.PROJECTS)

    def editing_buttons(self) -> list[QPushButton]:
        return []

    def show_project(self, d) -> None:
        self.project_id = d.id if d is not None else None
        for lst in self.lists:
            lst.load(self.db) if self.db is not None else lst.model.set_rows([])
        ok = self.may_edit() and d is not None
        note = self.tr("Your role does not allow this.") if not self.may_edit() else ""
        for b in self.editing_buttons():
            b.setEnabled(ok)
            b.setToolTip(note)
        self.refresh(d)

    def refresh(self, d) -> None:
        """Texts that are not lists (warnings, summaries)."""

    def form(self, title: str) -> FormDialog:
        dialog = FormDialog(title, self)
        dialog.setObjectName("cycle_form")
        return dialog

    def run(self, dialog: FormDialog) -> bool:
        if run_form(self.page, dialog):
            self.page.reload()
            return True
        return False

    def ask(self, text: str) -> bool:
        return confirm(self.page, self.tr("Projects"), text)

    def selected(self, lst: ListPage):
        return lst.selected_row()

    def report(self, name: str) -> None:
        if self.project_id:
            self.page.report_requested.emit(name, "project", self.project_id)

    def set_tab_text(self, text: str) -> None:
        index = self.page.tabs.indexOf(self)
        if index >= 0:
            self.page.tabs.setTabText(index, text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


# --------------------------------------------------------------------------
# The agreement: tranches and payments


class AgreementTab(CycleTab):
    def __init__(self, page):
        super().__init__(page)
        self.setObjectName("cycle_agreement")
        self.warnings = _label(self, "cycle_warnings", WARN_STYLE)
        self.summary = _label(self, "agreement_summary")
        self.tranches_caption, self.payments_caption = QLabel(self), QLabel(self)
        self.tranches = _row_list(self, "tranches", TRANCHE_COLUMNS, lambda db, pid: PC.list_tranches(db, pid))
        self.payments = _row_list(self, "payments", PAYMENT_COLUMNS, PC.list_payments)
        self.lists = [self.tranches, self.payments]
        self.add_button = _button(self, "tranche_add", self.add_tranche)
        self.edit_button = _button(self, "tranche_edit", self.edit_tranche)
        self.remove_button = _button(self, "tranche_remove", self.remove_tranche)
        self.pay_button = _button(self, "payment_add", self.add_payment)
        self.unpay_button = _button(self, "payment_remove", self.remove_payment)
        self.print_button = _button(self, "report_grant-agreement", lambda: self.report("grant-agreement"))
        self.tranches.table.doubleClicked.connect(lambda *_: self.edit_tranche())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tranches_caption)
        layout.addWidget(self.tranches, 3)
        layout.addWidget(_buttons(self, self.add_button, self.edit_button, self.remove_button, self.print_button))
        layout.addWidget(self.payments_caption)
        layout.addWidget(self.payments, 2)
        layout.addWidget(_buttons(self, self.pay_button, self.unpay_button))
        self.retranslate()

    def editing_buttons(self):
        return [self.add_button, self.edit_button, self.remove_button, self.pay_button, self.unpay_button]

    def retranslate(self) -> None:
        self.set_tab_text(self.tr("Agreement"))
        self.tranches_caption.setText(self.tr("Payment schedule: tranches of the grant"))
        self.payments_caption.setText(self.tr("Payments made"))
        self.add_button.setText(self.tr("Add &tranche…"))
        self.edit_button.setText(self.tr("Edit tranche…"))
        self.remove_button.setText(self.tr("Remove tranche"))
        self.pay_button.setText(self.tr("Record a &payment…"))
        self.unpay_button.setText(self.tr("Remove payment"))
        self.print_button.setText(self.tr("Print the &agreement"))
        if self.page.project is not None:
            self.refresh(self.page.project)

    def refresh(self, d) -> None:
        if d is None:
            self.summary.clear()
            self.warnings.clear()
            return
        c = PC.get_cycle(self.db, d.id)
        self.summary.setText(self.tr("Grant %1 som; in the schedule %2 som; paid %3 som.")
                             .replace("%1", format_amount(c.award)).replace("%2", format_amount(c.agreed))
                             .replace("%3", format_amount(c.paid)))
        texts = PC.warnings(self.db, d.id, lang=i18n.language())
        self.warnings.setText("\n".join("⚠ " + w for w in texts))
        self.warnings.setVisible(bool(texts))

    def _reports(self) -> list[tuple[str, str | None]]:
        c = PC.get_cycle(self.db, self.project_id)
        return [(self.tr("(on signing, no report)"), None)] + [
            (f"{REPORT_KIND.label(r.kind)}, {show_date(r.due_on)}", r.id) for r in c.reports]

    def _tranche_form(self, title: str, row=None) -> FormDialog:
        dialog = self.form(title)
        dialog.add_date("due_on", self.tr("&Date:"), row.due_on if row else None)
        dialog.add_line("amount", self.tr("&Amount, som:"), show_money(row.amount) if row else "")
        dialog.add_line("condition", self.tr("&Condition:"), row.condition if row else "")
        current = next((t.report_id for t in PC.get_cycle(self.db, self.project_id).tranches
                        if row is not None and t.id == row.id), None)
        dialog.add_combo("report", self.tr("Paid after the &report:"), self._reports(), current)
        return dialog

    @staticmethod
    def _tranche_input(v: dict) -> PC.TrancheInput:
        return PC.TrancheInput(v["due_on"], v["amount"], v["condition"], v["report"])

    def add_tranche(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        dialog = self._tranche_form(self.tr("New tranche"))
        dialog.submit = lambda v: PC.add_tranche(self.db, pid, self._tranche_input(v))
        self.run(dialog)

    def edit_tranche(self) -> None:
        row = self.selected(self.tranches)
        if row is None or not self.edit_button.isEnabled():
            return
        dialog = self._tranche_form(self.tr("Tranche"), row)
        dialog.submit = lambda v: PC.update_tranche(self.db, row.id, self._tranche_input(v))
        self.run(dialog)

    def remove_tranche(self) -> None:
        row = self.selected(self.tranches)
        if row is not None and self.ask(self.tr("Remove tranche %1?").replace("%1", str(row.number))):
            self._try(lambda: PC.remove_tranche(self.db, row.id))

    def add_payment(self) -> None:
        if not self.project_id:
            return
        c = PC.get_cycle(self.db, self.project_id)
        if not c.tranches:
            self.warnings.setText(self.tr("Add the tranches of the schedule first."))
            self.warnings.show()
            return
        chosen = self.selected(self.tranches)
        dialog = self.form(self.tr("New payment"))
        dialog.add_combo("tranche", self.tr("&Tranche:"), [
            (self.tr("%1: %2 som, left %3").replace("%1", str(t.number)).replace("%2", format_amount(t.amount))
             .replace("%3", format_amount(t.remaining)), t.id) for t in c.tranches],
            chosen.id if chosen else next((t.id for t in c.tranches if t.remaining), None))
        dialog.add_date("paid_on", self.tr("&Date:"))
        dialog.add_line("amount", self.tr("&Amount, som:"))
        dialog.add_line("document_number", self.tr("Payment &order No.:"))
        dialog.add_line("note", self.tr("&Note:"))
        dialog.submit = lambda v: PC.add_payment(self.db, v["tranche"], v["paid_on"], v["amount"],
                                                 v["document_number"], v["note"])
        self.run(dialog)

    def remove_payment(self) -> None:
        row = self.selected(self.payments)
        if row is not None and self.ask(self.tr("Remove the selected payment?")):
            self._try(lambda: PC.remove_payment(self.db, row.id))

    def _try(self, action) -> None:
        try:
            action()
        except ServiceError as exc:
            self.page.reload()
            self.warnings.setText(exc.message())
            self.warnings.show()
            return
        self.page.reload()


# --------------------------------------------------------------------------
# Monitoring: visits and the executor's reports


class MonitoringTab(CycleTab):
    def __init__(self, page):
        super().__init__(page)
        self.setObjectName("cycle_monitoring")
        self.message = _label(self, "monitoring_message", ERROR_STYLE)
        self.message.hide()
        self.reports_caption, self.visits_caption = QLabel(self), QLabel(self)
        self.reports = _row_list(self, "executor_reports", REPORT_COLUMNS, PC.list_reports)
        self.visits = _row_list(self, "visits", VISIT_COLUMNS, PC.list_visits)
        self.lists = [self.reports, self.visits]
        self.add_report_button = _button(self, "report_add", self.add_report)
        self.edit_report_button = _button(self, "report_edit", self.edit_report)
        self.remove_report_button = _button(self, "report_remove", self.remove_report)
        self.add_visit_button = _button(self, "visit_add", self.add_visit)
        self.edit_visit_button = _button(self, "visit_edit", self.edit_visit)
        self.remove_visit_button = _button(self, "visit_remove", self.remove_visit)
        self.reports.table.doubleClicked.connect(lambda *_: self.edit_report())
        self.visits.table.doubleClicked.connect(lambda *_: self.edit_visit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reports_caption)
        layout.addWidget(self.reports, 2)
        layout.addWidget(_buttons(self, self.add_report_button, self.edit_report_button, self.remove_report_button))
        layout.addWidget(self.visits_caption)
        layout.addWidget(self.visits, 3)
        layout.addWidget(_buttons(self, self.add_visit_button, self.edit_visit_button, self.remove_visit_button))
        self.retranslate()

    def editing_buttons(self):
        return [self.add_report_button, self.edit_report_button, self.remove_report_button, self.add_visit_button,
                self.edit_visit_button, self.remove_visit_button]

    def retranslate(self) -> None:
        self.set_tab_text(self.tr("Monitoring"))
        self.reports_caption.setText(self.tr("The executor's interim and final reports"))
        self.visits_caption.setText(self.tr("Monitoring visits"))
        self.add_report_button.setText(self.tr("Add &report…"))
        self.edit_report_button.setText(self.tr("Edit report…"))
        self.remove_report_button.setText(self.tr("Remove report"))
        self.add_visit_button.setText(self.tr("Add &visit…"))
        self.edit_visit_button.setText(self.tr("Edit visit…"))
        self.remove_visit_button.setText(self.tr("Remove visit"))

    def refresh(self, d) -> None:
        self.message.hide()

    def _report_form(self, title: str, r=None) -> FormDialog:
        dialog = self.form(title)
        dialog.add_combo("kind", self.tr("&Report:"), [(REPORT_KIND.label(k), k.value) for k in CY.ReportKind],
                         r.kind if r else None)
        dialog.add_date("period_from", self.tr("Period &from:"), r.period_from if r else None)
        dialog.add_date("period_to", self.tr("Period &to:"), r.period_to if r else None)
        dialog.add_date("due_on", self.tr("&Due by:"), r.due_on if r else None)
        dialog.add_date("received_on", self.tr("R&eceived on:"), r.received_on if r else None)
        dialog.add_combo("status", self.tr("&Status:"), [(REPORT_STATUS.label(k), k.value) for k in CY.ReportStatus],
                         r.status if r else None)
        dialog.add_line("note", self.tr("&Note:"), r.note if r else "")
        return dialog

    @staticmethod
    def _report_input(v: dict) -> PC.ReportInput:
        return PC.ReportInput(v["kind"], v["due_on"], v["period_from"], v["period_to"], v["received_on"],
                              v["status"], v["note"])

    def add_report(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        dialog = self._report_form(self.tr("New report of the executor"))
        dialog.submit = lambda v: PC.add_report(self.db, pid, self._report_input(v))
        self.run(dialog)

    def edit_report(self) -> None:
        row = self.selected(self.reports)
        if row is None or not self.edit_report_button.isEnabled():
            return
        r = PC.get_cycle(self.db, self.project_id).report(row.id)
        dialog = self._report_form(self.tr("Report of the executor"), r)
        dialog.submit = lambda v: PC.update_report(self.db, r.id, self._report_input(v))
        self.run(dialog)

    def remove_report(self) -> None:
        row = self.selected(self.reports)
        if row is not None and self.ask(self.tr("Remove the selected report?")):
            self._try(lambda: PC.remove_report(self.db, row.id))

    def _visit_form(self, title: str, v=None) -> FormDialog:
        dialog = self.form(title)
        dialog.add_date("visited_on", self.tr("&Date:"), v.visited_on if v else None)
        dialog.add_line("visitors", self.tr("&Who came:"), v.visitors if v else "")
        dialog.add_line("checked", self.tr("What was &checked:"), v.checked if v else "")
        dialog.add_line("findings", self.tr("&Findings:"), v.findings if v else "")
        dialog.add_line("follow_up", self.tr("F&ollow-up asked:"), v.follow_up if v else "")
        dialog.add_date("follow_up_due_on", self.tr("Follow-up d&ue by:"), v.follow_up_due_on if v else None)
        dialog.add_date("follow_up_done_on", self.tr("Follow-up do&ne on:"), v.follow_up_done_on if v else None)
        return dialog

    @staticmethod
    def _visit_input(v: dict) -> PC.VisitInput:
        return PC.VisitInput(v["visited_on"], v["visitors"], v["checked"], v["findings"], v["follow_up"],
                             v["follow_up_due_on"], v["follow_up_done_on"])

    def add_visit(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        dialog = self._visit_form(self.tr("New monitoring visit"))
        dialog.submit = lambda v: PC.add_visit(self.db, pid, self._visit_input(v))
        self.run(dialog)

    def edit_visit(self) -> None:
        row = self.selected(self.visits)
        if row is None or not self.edit_visit_button.isEnabled():
            return
        dialog = self._visit_form(self.tr("Monitoring visit"), row)
        dialog.submit = lambda v: PC.update_visit(self.db, row.id, self._visit_input(v))
        self.run(dialog)

    def remove_visit(self) -> None:
        row = self.selected(self.visits)
        if row is not None and self.ask(self.tr("Remove the selected visit? Its photos stay with the project.")):
            self._try(lambda: PC.remove_visit(self.db, row.id))

    def _try(self, action) -> None:
        try:
            action()
        except ServiceError as exc:
            self.page.reload()
            self.message.setText(exc.message())
            self.message.show()
            return
        self.page.reload()


# --------------------------------------------------------------------------
# Results against plan, satisfaction, the acceptance act


class ResultsTab(CycleTab):
    def __init__(self, page):
        super().__init__(page)
        self.setObjectName("cycle_results")
        self.people = record_table(self, "results_people")
        self.figures = _label(self, "results_figures")
        self.result_warnings = _label(self, "results_warnings", WARN_STYLE)
        self.surveys_caption = QLabel(self)
        self.surveys = _row_list(self, "surveys", SURVEY_COLUMNS, PC.list_surveys)
        self.lists = [self.surveys]
        self.add_survey_button = _button(self, "survey_add", self.add_survey)
        self.remove_survey_button = _button(self, "survey_remove", self.remove_survey)
        self.act_caption = QLabel(self)
        font = self.act_caption.font()
        font.setBold(True)
        self.act_caption.setFont(font)
        self.surveys_caption.setFont(font)
        self.act_state = _label(self, "act_state")
        self.act_error = _label(self, "act_error", ERROR_STYLE)
        self.act_error.hide()
        self.act_button = _button(self, "act_edit", self.edit_act)
        self.accept_button = _button(self, "act_accept", self.accept)
        self.cancel_button = _button(self, "act_cancel", self.cancel_acceptance)
        self.print_act_button = _button(self, "report_acceptance-act", lambda: self.report("acceptance-act"))
        self.print_results_button = _button(self, "report_project-results", lambda: self.report("project-results"))
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.people, 1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.figures)
        rl.addWidget(self.result_warnings)
        rl.addStretch(1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 3)
        layout.addWidget(_buttons(self, self.print_results_button))
        layout.addWidget(self.act_caption)
        layout.addWidget(self.act_state)
        layout.addWidget(self.act_error)
        layout.addWidget(_buttons(self, self.act_button, self.accept_button, self.cancel_button,
                                  self.print_act_button))
        layout.addWidget(self.surveys_caption)
        layout.addWidget(self.surveys, 2)
        layout.addWidget(_buttons(self, self.add_survey_button, self.remove_survey_button))
        self.retranslate()

    def editing_buttons(self):
        return [self.add_survey_button, self.remove_survey_button, self.act_button, self.accept_button,
                self.cancel_button]

    def retranslate(self) -> None:
        self.set_tab_text(self.tr("Results and act"))
        self.surveys_caption.setText(self.tr("Satisfaction of participants"))
        self.add_survey_button.setText(self.tr("Add &survey…"))
        self.remove_survey_button.setText(self.tr("Remove survey"))
        self.act_caption.setText(self.tr("Acceptance act"))
        self.act_button.setText(self.tr("&Write the act…"))
        self.accept_button.setText(self.tr("A&ccept the result…"))
        self.cancel_button.setText(self.tr("Ca&ncel the acceptance…"))
        self.print_act_button.setText(self.tr("Print the act"))
        self.print_results_button.setText(self.tr("Print the results"))
        if self.page.project is not None:
            self.refresh(self.page.project)

    def refresh(self, d) -> None:
        self.act_error.hide()
        if d is None:
            self.people.setRowCount(0)
            self.figures.clear()
            self.result_warnings.clear()
            self.act_state.clear()
            return
        lang = i18n.language()
        r = PC.get_results(self.db, d.id)
        self._fill_people(d, r, lang)
        money = lambda t: "—" if t is None else format_amount(t)  # noqa: E731
        pct = lambda v: CY.pct_text(v)  # noqa: E731
        lines = [
            self.tr("Events: %1 planned, %2 held.").replace("%1", str(r.events_planned)).replace(
                "%2", str(r.events_held)),
            self.tr("Cost: planned %1 som, actual %2 som.").replace("%1", money(r.planned_cost)).replace(
                "%2", money(r.actual_cost)),
            self.tr("Per participant: planned %1 som, actual %2 som.").replace(
                "%1", money(r.planned_cost_per_participant)).replace("%2", money(r.cost_per_participant)),
            self.tr("From the local budget per participant: planned %1 som, actual %2 som.").replace(
                "%1", money(r.planned_local_cost_per_participant)).replace("%2", money(r.local_cost_per_participant)),
            self.tr("Co-financing (all but the local budget): %1 som, %2 % of the cost.").replace(
                "%1", money(r.cofinancing_actual)).replace("%2", pct(r.cofinancing_share)),
        ]
        for s in r.sources:
            if s.actual or s.planned:
                lines.append("    " + self.tr("%1: %2 som (%3 %)").replace("%1", FUNDING_SOURCE.label(s.source))
                             .replace("%2", money(s.actual)).replace("%3", pct(CY.share_pct(s.actual, r.actual_cost))))
        if r.surveys:
            lines.append(self.tr("Satisfied: %1 of %2 asked (%3 %).").replace("%1", group_thousands(r.satisfied))
                         .replace("%2", group_thousands(r.asked)).replace("%3", pct(r.satisfied_share)))
        else:
            lines.append(self.tr("No satisfaction survey yet."))
        self.figures.setText("\n".join(lines))
        warnings = [CY.warning_text(w, lang) for w in r.warnings()]
        self.result_warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.result_warnings.setVisible(bool(warnings))
        act = PC.get_cycle(self.db, d.id).act
        if act is None:
            state = self.tr("No act yet. Write the act, then accept the result: only that completes the project.")
        elif act.accepted:
            state = self.tr("Act No. %1 of %2 is accepted (%3): the project is completed.").replace(
                "%1", act.number).replace("%2", show_date(act.act_date)).replace("%3", act.accepted_by)
        else:
            state = self.tr("Act No. %1 of %2 is a draft, not accepted yet.").replace(
                "%1", act.number or "—").replace("%2", show_date(act.act_date) or "—")
            if act.cancel_reason:
                state += " " + self.tr("Acceptance cancelled: %1").replace("%1", act.cancel_reason)
        self.act_state.setText(state)
        if self.may_edit():
            accepted = act is not None and act.accepted
            self.act_button.setEnabled(not accepted)
            self.accept_button.setEnabled(not accepted)
            self.cancel_button.setEnabled(accepted)

    def _fill_people(self, d, r: CY.Results, lang: str) -> None:
        t = self.people
        t.clear()
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels([self.tr("Participants"), self.tr("Planned"), self.tr("Actual"),
                                     self.tr("Of plan, %")])
        rows = []
        for c in CY.parents_first(d.categories):
            planned, actual = r.planned.get(c.id), r.actual.get(c.id)
            if planned is None and actual is None:
                continue
            rows.append(((" " * 4 if c.parent_id else "") + c.name(lang), planned, actual or 0))
        rows.append((self.tr("All participants (each once)"), r.planned_people, r.reached))
        t.setRowCount(len(rows))
        for i, (name, planned, actual) in enumerate(rows):
            share = CY.pct_text(CY.share_pct(actual, planned)) if planned else "—"
            for j, item in enumerate([table_item(name), table_item("—" if planned is None else group_thousands(planned),
                                                                   right=True),
                                      table_item(group_thousands(actual), right=True), table_item(share, right=True)]):
                if i == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                t.setItem(i, j, item)
        fit_columns(t)
        t.setMinimumWidth(t.horizontalHeader().length() + 2 * t.frameWidth() + 4)

    def add_survey(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        dialog = self.form(self.tr("New satisfaction survey"))
        dialog.add_date("surveyed_on", self.tr("&Date:"))
        dialog.add_line("asked", self.tr("How many were &asked:"))
        dialog.add_line("satisfied", self.tr("How many were &satisfied:"))
        dialog.add_line("method", self.tr("&How (questionnaire, show of hands…):"))
        dialog.add_line("note", self.tr("&Note:"))
        dialog.submit = lambda v: PC.add_survey(self.db, pid, v["asked"], v["satisfied"], v["surveyed_on"],
                                                v["method"], v["note"])
        self.run(dialog)

    def remove_survey(self) -> None:
        row = self.selected(self.surveys)
        if row is not None and self.ask(self.tr("Remove the selected survey?")):
            self._try(lambda: PC.remove_survey(self.db, row.id))

    def edit_act(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        act = PC.get_cycle(self.db, pid).act
        d = self.page.project
        dialog = self.form(self.tr("Acceptance act"))
        dialog.add_line("number", self.tr("Act &No.:"), act.number if act else (
            f"{d.agreement_number}-А" if d and d.agreement_number else ""))
        dialog.add_date("act_date", self.tr("&Date:"), act.act_date if act else None)
        dialog.add_line("customer_signatory", self.tr("Signs for the &customer:"),
                        act.customer_signatory if act else "")
        dialog.add_line("executor_signatory", self.tr("Signs for the &executor:"),
                        act.executor_signatory if act else (d.executor if d else ""))
        dialog.add_line("remarks", self.tr("&Remarks:"), act.remarks if act else "")
        dialog.submit = lambda v: PC.save_act(self.db, pid, PC.ActInput(
            v["number"], v["act_date"], v["customer_signatory"], v["executor_signatory"], v["remarks"]))
        self.run(dialog)

    def accept(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        if self.ask(self.tr("Accept the project's result? The project becomes completed and the figures the act "
                            "lists are sealed.")):
            self._try(lambda: PC.accept_act(self.db, pid))

    def cancel_acceptance(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        dialog = self.form(self.tr("Cancel the acceptance"))
        dialog.add_line("reason", self.tr("&Why:"))
        dialog.submit = lambda v: PC.cancel_acceptance(self.db, pid, v["reason"])
        self.run(dialog)

    def _try(self, action) -> None:
        try:
            action()
        except ServiceError as exc:
            self.page.reload()
            self.act_error.setText(exc.message())
            self.act_error.show()
            return
        self.page.reload()


# --------------------------------------------------------------------------
# Attachments


class AttachmentsTab(CycleTab):
    def __init__(self, page):
        super().__init__(page)
        self.setObjectName("cycle_attachments")
        self.hint = _label(self, "attachments_hint")
        self.message = _label(self, "attachments_message", ERROR_STYLE)
        self.message.hide()
        self.files = _row_list(self, "project_attachments", ATTACHMENT_COLUMNS,
                               lambda db, pid: PC.list_attachments(db, pid, i18n.language()))
        self.lists = [self.files]
        self.add_button = _button(self, "attachment_add", self.add_attachment)
        self.open_button = _button(self, "attachment_open", self.open_attachment)
        self.copy_button = _button(self, "attachment_copy", self.copy_attachment)
        self.remove_button = _button(self, "attachment_remove", self.remove_attachment)
        self.files.table.doubleClicked.connect(lambda *_: self.open_attachment())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self, self.add_button, self.open_button, self.copy_button, self.remove_button))
        self.retranslate()

    def editing_buttons(self):
        return [self.add_button, self.remove_button]

    def retranslate(self) -> None:
        self.set_tab_text(self.tr("Attachments"))
        self.hint.setText(self.tr("Scans of the signed agreement and act, the executor's reports, photos of the "
                                  "visits. The files are kept in the data folder and travel to other offices "
                                  "with the sync packages."))
        self.add_button.setText(self.tr("&Attach a file…"))
        self.open_button.setText(self.tr("&Open"))
        self.copy_button.setText(self.tr("Save a &copy…"))
        self.remove_button.setText(self.tr("Remove"))

    def refresh(self, d) -> None:
        self.message.hide()
        has = d is not None
        self.open_button.setEnabled(has)
        self.copy_button.setEnabled(has)

    def add_attachment(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        c = PC.get_cycle(self.db, pid)
        dialog = self.form(self.tr("Attach a file"))
        path = dialog.add_line("file", self.tr("&File:"))
        browse = QPushButton(self.tr("&Browse…"), dialog)
        browse.setObjectName("attachment_browse")

        def choose() -> None:
            chosen, _ = QFileDialog.getOpenFileName(dialog, self.tr("Attach a file"), str(Path.home()))
            if chosen:
                path.setText(chosen)

        browse.clicked.connect(choose)
        dialog.form.addRow("", browse)
        dialog.add_combo("kind", self.tr("&Kind:"), [(ATTACHMENT_KIND.label(k), k.value) for k in CY.AttachmentKind])
        links = [(self.tr("(the project as a whole)"), None)]
        links += [(self.tr("Visit of %1").replace("%1", show_date(v.visited_on)), "visit:" + v.id) for v in c.visits]
        links += [(f"{REPORT_KIND.label(r.kind)}, {show_date(r.due_on)}", "report:" + r.id) for r in c.reports]
        dialog.add_combo("link", self.tr("&Documents:"), links)
        dialog.add_line("note", self.tr("&Note:"))

        def submit(v: dict):
            link = v["link"] or ""
            return PC.add_attachment(self.db, pid, v["file"].strip(), v["kind"], v["note"],
                                     visit_id=link[6:] if link.startswith("visit:") else None,
                                     report_id=link[7:] if link.startswith("report:") else None)

        dialog.submit = submit
        self.run(dialog)

    def open_attachment(self) -> Path | None:
        row = self.selected(self.files)
        if row is None:
            return None
        try:
            path = PC.attachment_file(self.db, row.id)
        except ServiceError as exc:
            self.message.setText(exc.message())
            self.message.show()
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def copy_attachment(self) -> Path | None:
        row = self.selected(self.files)
        if row is None:
            return None
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(Path.home() / row.filename))
        if not target:
            return None
        try:
            return PC.copy_attachment(self.db, row.id, target)
        except ServiceError as exc:
            self.message.setText(exc.message())
            self.message.show()
            return None

    def remove_attachment(self) -> None:
        row = self.selected(self.files)
        if row is None or not self.ask(self.tr("Remove the file «%1» from the project?").replace("%1", row.filename)):
            return
        try:
            PC.remove_attachment(self.db, row.id)
        except ServiceError as exc:
            self.message.setText(exc.message())
            self.message.show()
            return
        self.page.reload()


def add_cycle_tabs(page) -> list[CycleTab]:
    """Add the cycle's tabs to the project page's tab widget."""
    return [AgreementTab(page), MonitoringTab(page), ResultsTab(page), AttachmentsTab(page)]


__all__ = ["add_cycle_tabs", "CycleTab", "AgreementTab", "MonitoringTab", "ResultsTab", "AttachmentsTab",
           "REPORT_KIND", "REPORT_STATUS", "ATTACHMENT_KIND"]
