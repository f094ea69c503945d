"""A competition's own preparation and results, opened from the
Competitions area: the work plan (step, responsible, confirming document,
deadline, done date) with overdue warnings and a printed plan; the events
and media coverage that belong to the competition itself (information
meeting, published announcement, call for commission candidates); and the
results of its projects summed. Lists are ListPages read by one service
function each; changes go through app.services.competition_prep."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain import cycle as CY
from app.domain import enums as E
from app.domain.money import format_amount, group_thousands
from app.services import competition_prep as CP
from app.services import project_cycle as PC
from app.services import projects as PS
from app.services.auth import Perm, allowed
from app.services.errors import ServiceError
from app.ui import labels as L
from app.ui.form_helpers import FlowLayout, confirm, run_form
from app.ui.labels import EnumLabels
from app.ui.program_dialogs import FormDialog
from app.ui.report_dialog import ReportDialog
from app.ui.table import COUNT, DATE, ENUM, INT, MONEY, TEXT, Column, ListPage

WARN_STYLE = "color: #9A3412;"
ERROR_STYLE = "color: #B00020;"

STEP_STATE = EnumLabels("PlanStepState", {
    CY.PlanStepState.PENDING: QT_TRANSLATE_NOOP("PlanStepState", "Ahead"),
    CY.PlanStepState.OVERDUE: QT_TRANSLATE_NOOP("PlanStepState", "Overdue"),
    CY.PlanStepState.DONE: QT_TRANSLATE_NOOP("PlanStepState", "Done"),
    CY.PlanStepState.DONE_LATE: QT_TRANSLATE_NOOP("PlanStepState", "Done late"),
})

STEP_COLUMNS = (
    Column("position", QT_TRANSLATE_NOOP("Columns", "No."), INT),
    Column("step", QT_TRANSLATE_NOOP("Columns", "Step"), TEXT, stretch=True),
    Column("responsible", QT_TRANSLATE_NOOP("Columns", "Responsible"), TEXT),
    Column("confirming_document", QT_TRANSLATE_NOOP("Columns", "Confirming document"), TEXT),
    Column("deadline_on", QT_TRANSLATE_NOOP("Columns", "Deadline"), DATE),
    Column("done_on", QT_TRANSLATE_NOOP("Columns", "Done"), DATE),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), ENUM, STEP_STATE),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), TEXT),
)
EVENT_COLUMNS = (
    Column("held_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), TEXT),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), ENUM, L.EVENT_KIND),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT, stretch=True),
    Column("people", QT_TRANSLATE_NOOP("Columns", "Participants"), COUNT),
    Column("is_planned", QT_TRANSLATE_NOOP("Columns", "State"), ENUM, L.EVENT_STATE),
)
MEDIA_COLUMNS = (
    Column("outlet", QT_TRANSLATE_NOOP("Columns", "Outlet"), TEXT, stretch=True),
    Column("level", QT_TRANSLATE_NOOP("Columns", "Level"), ENUM, L.MEDIA_LEVEL),
    Column("published_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), TEXT),
)
RESULT_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Project"), TEXT, stretch=True),
    Column("planned_people", QT_TRANSLATE_NOOP("Columns", "Planned participants"), COUNT),
    Column("reached", QT_TRANSLATE_NOOP("Columns", "Participants"), COUNT),
    Column("actual_cost", QT_TRANSLATE_NOOP("Columns", "Cost, som"), MONEY),
    Column("cost_per_participant", QT_TRANSLATE_NOOP("Columns", "Per participant, som"), MONEY),
    Column("cofinancing", QT_TRANSLATE_NOOP("Columns", "Co-financing"), TEXT),
    Column("satisfied", QT_TRANSLATE_NOOP("Columns", "Satisfied"), TEXT),
)


class CompetitionPrepDialog(QDialog):
    def __init__(self, db, competition_id: str, title: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("competition_prep_dialog")
        self.db = db
        self.competition_id = competition_id
        self.competition_title = title
        self.report_dialog: ReportDialog | None = None
        self.resize(1000, 680)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("prep_tabs")
        self._build_plan()
        self._build_events()
        self._build_results()
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("prep_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.close_box)
        self.retranslate()
        self.load()

    # ------------------------------------------------------------------ building
    def _list(self, parent, name, columns, loader) -> ListPage:
        page = ListPage(name, columns, lambda db: loader(db, self.competition_id), parent=parent)
        page.table.setMinimumHeight(page.table.verticalHeader().defaultSectionSize() * 4)
        return page

    @staticmethod
    def _button(parent, name, slot) -> QPushButton:
        b = QPushButton(parent)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    @staticmethod
    def _row(parent, *buttons) -> QWidget:
        box = QWidget(parent)
        flow = FlowLayout(box)
        for b in buttons:
            flow.addWidget(b)
        return box

    def _build_plan(self) -> None:
        tab = QWidget(self.tabs)
        self.plan_tab = tab
        self.plan_warnings = QLabel(tab)
        self.plan_warnings.setObjectName("plan_warnings")
        self.plan_warnings.setWordWrap(True)
        self.plan_warnings.setStyleSheet(WARN_STYLE)
        self.steps = self._list(tab, "plan_steps", STEP_COLUMNS, CP.list_plan)
        self.add_step_button = self._button(tab, "step_add", self.add_step)
        self.edit_step_button = self._button(tab, "step_edit", self.edit_step)
        self.done_button = self._button(tab, "step_done", self.mark_done)
        self.up_button = self._button(tab, "step_up", lambda: self.move(-1))
        self.down_button = self._button(tab, "step_down", lambda: self.move(1))
        self.remove_step_button = self._button(tab, "step_remove", self.remove_step)
        self.print_plan_button = self._button(tab, "report_competition-plan",
                                              lambda: self.print_report("competition-plan"))
        self.steps.table.doubleClicked.connect(lambda *_: self.edit_step())
        layout = QVBoxLayout(tab)
        layout.addWidget(self.plan_warnings)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self._row(tab, self.add_step_button, self.edit_step_button, self.done_button, self.up_button,
                                   self.down_button, self.remove_step_button, self.print_plan_button))
        self.tabs.addTab(tab, "")

    def _build_events(self) -> None:
        tab = QWidget(self.tabs)
        self.events_tab = tab
        self.events_caption, self.media_caption = QLabel(tab), QLabel(tab)
        self.events_message = QLabel(tab)
        self.events_message.setObjectName("events_message")
        self.events_message.setStyleSheet(ERROR_STYLE)
        self.events_message.setWordWrap(True)
        self.events_message.hide()
        self.events = self._list(tab, "competition_events", EVENT_COLUMNS, CP.list_competition_events)
        self.media = self._list(tab, "competition_media", MEDIA_COLUMNS, CP.list_competition_media)
        self.add_event_button = self._button(tab, "prep_event_add", self.add_event)
        self.edit_event_button = self._button(tab, "prep_event_edit", self.edit_event)
        self.remove_event_button = self._button(tab, "prep_event_remove", self.remove_event)
        self.add_media_button = self._button(tab, "prep_media_add", self.add_media)
        self.remove_media_button = self._button(tab, "prep_media_remove", self.remove_media)
        self.events.table.doubleClicked.connect(lambda *_: self.edit_event())
        layout = QVBoxLayout(tab)
        layout.addWidget(self.events_caption)
        layout.addWidget(self.events, 3)
        layout.addWidget(self._row(tab, self.add_event_button, self.edit_event_button, self.remove_event_button))
        layout.addWidget(self.media_caption)
        layout.addWidget(self.media, 2)
        layout.addWidget(self._row(tab, self.add_media_button, self.remove_media_button))
        layout.addWidget(self.events_message)
        self.tabs.addTab(tab, "")

    def _build_results(self) -> None:
        tab = QWidget(self.tabs)
        self.results_tab = tab
        self.results_summary = QLabel(tab)
        self.results_summary.setObjectName("competition_results_summary")
        self.results_summary.setWordWrap(True)
        self.results_warnings = QLabel(tab)
        self.results_warnings.setObjectName("competition_results_warnings")
        self.results_warnings.setWordWrap(True)
        self.results_warnings.setStyleSheet(WARN_STYLE)
        self.results = self._list(tab, "competition_results", RESULT_COLUMNS, PC.list_competition_results)
        self.print_results_button = self._button(tab, "report_competition-results",
                                                 lambda: self.print_report("competition-results"))
        layout = QVBoxLayout(tab)
        layout.addWidget(self.results_summary)
        layout.addWidget(self.results_warnings)
        layout.addWidget(self.results, 1)
        layout.addWidget(self._row(tab, self.print_results_button))
        self.tabs.addTab(tab, "")

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Work plan and preparation"))
        self.heading.setText(self.competition_title)
        self.tabs.setTabText(0, self.tr("Work plan"))
        self.tabs.setTabText(1, self.tr("Events and media"))
        self.tabs.setTabText(2, self.tr("Results of the projects"))
        self.add_step_button.setText(self.tr("&Add step…"))
        self.edit_step_button.setText(self.tr("&Edit step…"))
        self.done_button.setText(self.tr("Mark &done…"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.remove_step_button.setText(self.tr("Remove step"))
        self.print_plan_button.setText(self.tr("&Print the plan…"))
        self.events_caption.setText(self.tr("The competition's own events: information meeting, publication of the "
                                            "announcement, call for commission candidates"))
        self.media_caption.setText(self.tr("Media coverage of the competition"))
        self.add_event_button.setText(self.tr("Add e&vent…"))
        self.edit_event_button.setText(self.tr("Edit event…"))
        self.remove_event_button.setText(self.tr("Remove event"))
        self.add_media_button.setText(self.tr("Add &coverage…"))
        self.remove_media_button.setText(self.tr("Remove coverage"))
        self.print_results_button.setText(self.tr("Print the &results…"))
        self.close_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        if getattr(self, "loaded", False):
            self._refresh_texts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    def may_edit(self) -> bool:
        return allowed(self.db.actor.role, Perm.COMPETITIONS)

    def load(self) -> None:
        for lst in (self.steps, self.events, self.media, self.results):
            lst.load(self.db)
        may = self.may_edit()
        note = "" if may else self.tr("Your role does not allow this.")
        for b in (self.add_step_button, self.edit_step_button, self.done_button, self.up_button, self.down_button,
                  self.remove_step_button, self.add_event_button, self.edit_event_button, self.remove_event_button,
                  self.add_media_button, self.remove_media_button):
            b.setEnabled(may)
            b.setToolTip(note)
        self.loaded = True
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        warnings = CP.plan_warnings(self.db, self.competition_id, lang=i18n.language())
        self.plan_warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.plan_warnings.setVisible(bool(warnings))
        total = PC.competition_results(self.db, self.competition_id).total
        money = lambda t: "—" if t is None else format_amount(t)  # noqa: E731
        planned = "—" if total.planned_people is None else group_thousands(total.planned_people)
        lines = [
            self.tr("Projects: %1. Participants: planned %2, reached %3.").replace("%1", str(total.projects))
            .replace("%2", planned).replace("%3", group_thousands(total.reached)),
            self.tr("Cost: %1 som, of it from the local budget %2 som.").replace("%1", money(total.actual_cost))
            .replace("%2", money(total.local_actual)),
            self.tr("Per participant: %1 som in all, %2 som from the local budget.").replace(
                "%1", money(total.cost_per_participant)).replace("%2", money(total.local_cost_per_participant)),
            self.tr("Co-financing: %1 som, %2 % of the cost.").replace("%1", money(total.cofinancing_actual))
            .replace("%2", CY.pct_text(total.cofinancing_share)),
        ]
        if total.surveys:
            lines.append(self.tr("Satisfied: %1 of %2 asked (%3 %).").replace("%1", group_thousands(total.satisfied))
                         .replace("%2", group_thousands(total.asked)).replace("%3", CY.pct_text(total.satisfied_share)))
        self.results_summary.setText("\n".join(lines))
        texts = [CY.warning_text(w, i18n.language()) for w in total.warnings()]
        self.results_warnings.setText("\n".join("⚠ " + w for w in texts))
        self.results_warnings.setVisible(bool(texts))

    def _run(self, dialog: FormDialog) -> bool:
        if run_form(self, dialog):
            self.load()
            return True
        return False

    def _form(self, title: str) -> FormDialog:
        dialog = FormDialog(title, self)
        dialog.setObjectName("prep_form")
        return dialog

    def _try(self, action) -> None:
        self.events_message.hide()
        try:
            action()
        except ServiceError as exc:
            self.events_message.setText(exc.message())
            self.events_message.show()
        self.load()

    def print_report(self, name: str) -> ReportDialog:
        self.report_dialog = ReportDialog(self.db, name, self.competition_id, self)
        self.report_dialog.open()
        return self.report_dialog

    # ------------------------------------------------------------------ the plan
    def _step_form(self, title: str, row=None) -> FormDialog:
        dialog = self._form(title)
        dialog.add_line("step", self.tr("&Step:"), row.step if row else "")
        dialog.add_line("responsible", self.tr("&Responsible:"), row.responsible if row else "")
        dialog.add_line("confirming_document", self.tr("&Confirming document:"), row.confirming_document if row else "")
        dialog.add_date("deadline_on", self.tr("&Deadline:"), row.deadline_on if row else None)
        dialog.add_date("done_on", self.tr("D&one on:"), row.done_on if row else None)
        dialog.add_line("note", self.tr("&Note:"), row.note if row else "")
        return dialog

    @staticmethod
    def _step_input(v: dict) -> CP.StepInput:
        return CP.StepInput(v["step"], v["responsible"], v["confirming_document"], v["deadline_on"], v["done_on"],
                            v["note"])

    def add_step(self) -> None:
        dialog = self._step_form(self.tr("New step of the work plan"))
        dialog.submit = lambda v: CP.add_plan_step(self.db, self.competition_id, self._step_input(v))
        self._run(dialog)

    def edit_step(self) -> None:
        row = self.steps.selected_row()
        if row is None or not self.edit_step_button.isEnabled():
            return
        dialog = self._step_form(self.tr("Step of the work plan"), row)
        dialog.submit = lambda v: CP.update_plan_step(self.db, row.id, self._step_input(v))
        self._run(dialog)

    def mark_done(self) -> None:
        row = self.steps.selected_row()
        if row is None:
            return
        dialog = self._form(self.tr("Mark the step done"))
        dialog.add_date("done_on", self.tr("D&one on:"), row.done_on or date.today())
        dialog.submit = lambda v: CP.update_plan_step(self.db, row.id, CP.StepInput(
            row.step, row.responsible, row.confirming_document, row.deadline_on, v["done_on"], row.note))
        self._run(dialog)

    def move(self, offset: int) -> None:
        row = self.steps.selected_row()
        if row is None:
            return
        CP.move_plan_step(self.db, row.id, offset)
        self.load()
        self.steps.select_row_id(row.id)

    def remove_step(self) -> None:
        row = self.steps.selected_row()
        if row is not None and confirm(self, self.tr("Work plan"), self.tr("Remove the step «%1»?")
                                       .replace("%1", row.step)):
            self._try(lambda: CP.remove_plan_step(self.db, row.id))

    # ------------------------------------------------------------------ events and media
    def _event_form(self, title: str, row=None, counts: dict | None = None) -> FormDialog:
        dialog = self._form(title)
        dialog.add_date("held_on", self.tr("&Date:"), row.held_on if row else None)
        dialog.add_line("place", self.tr("&Place:"), row.place if row else "")
        kinds = [E.EventKind.INFO_MEETING, E.EventKind.ANNOUNCEMENT, E.EventKind.CANDIDATES_CALL] + [
            k for k in E.EventKind if k not in (E.EventKind.INFO_MEETING, E.EventKind.ANNOUNCEMENT,
                                                E.EventKind.CANDIDATES_CALL)]
        dialog.add_combo("kind", self.tr("&Kind:"), [(L.EVENT_KIND.label(k), k.value) for k in kinds],
                         row.kind if row else None)
        dialog.add_line("title", self.tr("&Title:"), row.title if row else "")
        planned = QCheckBox(self.tr("Only planned, not held yet"), dialog)
        planned.setObjectName("field_is_planned")
        planned.setChecked(bool(row and row.is_planned))
        dialog.form.addRow("", planned)
        dialog.planned_box = planned
        lang = i18n.language()
        dialog.count_ids = []
        for c in PS.list_categories(self.db):
            if c.parent_id is None:
                value = (counts or {}).get(c.id)
                dialog.add_line(c.id, f"{c.name(lang)}:", "" if value is None else str(value))
                dialog.count_ids.append(c.id)
        return dialog

    @staticmethod
    def _event_input(dialog, v: dict) -> tuple[PS.EventInput, dict]:
        data = PS.EventInput(v["held_on"], v["place"], v["kind"], v["title"], "", dialog.planned_box.isChecked())
        return data, {cid: (v[cid].strip() or None) for cid in dialog.count_ids}

    def add_event(self) -> None:
        dialog = self._event_form(self.tr("New event of the competition"))
        dialog.submit = lambda v: CP.add_competition_event(self.db, self.competition_id,
                                                           *self._event_input(dialog, v), lang=i18n.language())
        self._run(dialog)

    def edit_event(self) -> None:
        row = self.events.selected_row()
        if row is None or not self.edit_event_button.isEnabled():
            return
        counts = CP.competition_event_counts(self.db, row.id)
        dialog = self._event_form(self.tr("Event of the competition"), row, counts)
        dialog.submit = lambda v: CP.update_competition_event(self.db, row.id, *self._event_input(dialog, v),
                                                              lang=i18n.language())
        self._run(dialog)

    def remove_event(self) -> None:
        row = self.events.selected_row()
        if row is not None and confirm(self, self.tr("Events"), self.tr("Remove the event «%1»?")
                                       .replace("%1", row.title)):
            self._try(lambda: CP.remove_competition_event(self.db, row.id))

    def add_media(self) -> None:
        dialog = self._form(self.tr("New media coverage of the competition"))
        dialog.add_line("outlet", self.tr("&Outlet:"))
        dialog.add_combo("level", self.tr("&Level:"), [(L.MEDIA_LEVEL.label(k), k.value) for k in E.MediaLevel])
        dialog.add_date("published_on", self.tr("&Date:"))
        dialog.add_line("link", self.tr("Lin&k:"))
        dialog.add_line("note", self.tr("&Note:"))
        dialog.submit = lambda v: CP.add_competition_media(self.db, self.competition_id, v["outlet"], v["level"],
                                                           v["published_on"], v["link"], v["note"])
        self._run(dialog)

    def remove_media(self) -> None:
        row = self.media.selected_row()
        if row is not None and confirm(self, self.tr("Media"), self.tr("Remove the coverage «%1»?")
                                       .replace("%1", row.outlet)):
            self._try(lambda: CP.remove_competition_media(self.db, row.id))


__all__ = ["CompetitionPrepDialog", "STEP_STATE"]
