"""The pages of the main window: lists, the commission's two lists, the
placeholders for reports and sync, and settings."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui import labels as L
from app.ui.shell_pages import AREA_TITLES, AREAS, SettingsPage, area_title  # noqa: F401 (the pages' names)
from app.ui.table import COUNT, DATE, ENUM, INT, MONEY, NUMBER, TEXT, Column, ListPage, heading_label

# --------------------------------------------------------------------------
# Columns of each list

COMPETITION_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), ENUM, L.COMPETITION_KIND),
    Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), INT),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT, stretch=True),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM, L.COMPETITION_STATUS),
    Column("allocation_tyiyn", QT_TRANSLATE_NOOP("Columns", "Allocation, som"), MONEY),
    Column("max_grant_tyiyn", QT_TRANSLATE_NOOP("Columns", "Max. grant, som"), MONEY),
    Column("announced_on", QT_TRANSLATE_NOOP("Columns", "Announced on"), DATE),
    Column("deadline_on", QT_TRANSLATE_NOOP("Columns", "Deadline"), DATE),
)

APPLICATION_COLUMNS = (
    Column("reg_number", QT_TRANSLATE_NOOP("Columns", "Reg. No."), TEXT),
    Column("competition_title", QT_TRANSLATE_NOOP("Columns", "Competition"), TEXT),
    Column("applicant_name", QT_TRANSLATE_NOOP("Columns", "Applicant"), TEXT),
    Column("village", QT_TRANSLATE_NOOP("Columns", "Village"), TEXT),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT, stretch=True),
    Column("requested_tyiyn", QT_TRANSLATE_NOOP("Columns", "Requested, som"), MONEY),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM, L.APPLICATION_STATUS),
)

PROJECT_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT, stretch=True),
    Column("executor", QT_TRANSLATE_NOOP("Columns", "Executor"), TEXT),
    Column("awarded_tyiyn", QT_TRANSLATE_NOOP("Columns", "Grant, som"), MONEY),
    Column("start_on", QT_TRANSLATE_NOOP("Columns", "Start"), DATE),
    Column("end_on", QT_TRANSLATE_NOOP("Columns", "End"), DATE),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM, L.PROJECT_STATUS),
)

EVENT_COLUMNS = (
    Column("project_title", QT_TRANSLATE_NOOP("Columns", "Project or competition"), TEXT),
    Column("held_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), TEXT),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), ENUM, L.EVENT_KIND),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT, stretch=True),
    Column("is_planned", QT_TRANSLATE_NOOP("Columns", "State"), ENUM, L.EVENT_STATE),
    Column("participants", QT_TRANSLATE_NOOP("Columns", "Participants"), COUNT),
)

PROGRAM_COLUMNS = (
    Column("program_title", QT_TRANSLATE_NOOP("Columns", "Program"), TEXT),
    Column("priority_number", QT_TRANSLATE_NOOP("Columns", "Priority"), INT),
    Column("indicator_name", QT_TRANSLATE_NOOP("Columns", "Indicator"), TEXT, stretch=True),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), TEXT),
    Column("baseline", QT_TRANSLATE_NOOP("Columns", "Baseline"), NUMBER),
    Column("final_target", QT_TRANSLATE_NOOP("Columns", "Final target"), NUMBER),
)

FIGURE_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Columns", "What"), ENUM, L.FIGURE_KIND),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Project or program"), TEXT),
    Column("item", QT_TRANSLATE_NOOP("Columns", "Item"), TEXT),
    Column("stated", QT_TRANSLATE_NOOP("Columns", "Stated"), TEXT),
    Column("computed", QT_TRANSLATE_NOOP("Columns", "Computed"), TEXT),
    Column("difference", QT_TRANSLATE_NOOP("Columns", "Difference"), TEXT),
    Column("note", QT_TRANSLATE_NOOP("Columns", "What to check"), TEXT, stretch=True),
)

class PlaceholderPage(QWidget):
    """An area whose own issue is still to come: says what will be here."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = heading_label(self)
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(area_title(self.objectName()))
        if self.objectName() == "reports":
            self.text.setText(self.tr(
                "The reports will be built here, in Kyrgyz and Russian, as PDF and XLSX: the competition "
                "announcement, the application register, blank score sheets for commission members, the "
                "commission protocol with signature lines, project budgets (planned and actual by funding "
                "source), event participants, the summary for a council session and the development "
                "program's action plan and indicator matrix."))
        else:
            self.text.setText(self.tr(
                "Synchronisation by file will be done here: export the changes made in this office into one "
                "signed package file, take it to another office on a USB stick, by e-mail or through a shared "
                "folder, import packages from trusted offices, and settle conflicts where two offices changed "
                "the same record."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FiguresPage(ListPage):
    """Figures to check: every stated figure that its parts contradict, in
    all projects and programs. The notes are words of the current language,
    so the list is read again when the language changes."""

    def __init__(self, parent=None):
        from app.services.figures import list_figures_to_check

        super().__init__("figures", FIGURE_COLUMNS, list_figures_to_check, AREA_TITLES["figures"], parent)
        self.explain = QLabel(self)
        self.explain.setObjectName("figures_explain")
        self.explain.setWordWrap(True)
        self.layout().insertWidget(1, self.explain)
        self._explain()

    def _explain(self) -> None:
        self.explain.setText(self.tr(
            "A figure a document states (the participants of an event, a line's amount, an indicator's value) and "
            "the one computed from its parts disagree. Both are kept and printed; correct the one that is wrong "
            "where it was typed (the project's events or budget, the program's monitoring)."))

    def showEvent(self, event) -> None:
        # figures change wherever they are typed: read the list each time it is shown
        if self.loaded and self.db is not None:
            self.load(self.db)
        super().showEvent(event)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "explain"):
            self._explain()
        if self.loaded and self.db is not None:
            self.load(self.db)


def make_area_page(name: str) -> QWidget:
    """One data area's page (the main window builds each on first use)."""
    from app.services import browse

    if name == "competitions":
        from app.ui.competitions_page import CompetitionsPage

        return CompetitionsPage(COMPETITION_COLUMNS, AREA_TITLES["competitions"])
    if name == "applications":
        from app.ui.applications_page import ApplicationsPage

        return ApplicationsPage(AREA_TITLES["applications"])
    if name == "commission":
        from app.ui.commission_page import CommissionPage

        return CommissionPage()
    if name == "projects":
        from app.ui.projects_page import ProjectsPage

        return ProjectsPage()
    if name == "events":
        from app.ui.events_page import EventsPage

        return EventsPage(EVENT_COLUMNS, AREA_TITLES["events"])
    if name == "program":
        return ListPage("program", PROGRAM_COLUMNS, browse.listing("program"), AREA_TITLES["program"])
    if name == "figures":
        return FiguresPage()
    if name == "registers":
        from app.ui.registers_page import RegistersPage

        return RegistersPage()    # resolutions, hearings, needs, local budgets (issue 19)
    if name == "settings":
        return SettingsPage()
    return PlaceholderPage(name)


def make_list_pages() -> dict[str, QWidget]:
    """The data areas, by name, in sidebar order."""
    from app.ui.applications_page import ApplicationsPage
    from app.ui.competitions_page import CompetitionsPage
    from app.ui.commission_page import CommissionPage
    from app.ui.events_page import EventsPage
    from app.ui.projects_page import ProjectsPage
    from app.ui.registers_page import RegistersPage

    competitions = CompetitionsPage(COMPETITION_COLUMNS, AREA_TITLES["competitions"])
    applications = ApplicationsPage(AREA_TITLES["applications"])
    # a change on one page makes the other read its list again when shown
    competitions.changed.connect(applications.mark_stale)
    applications.changed.connect(competitions.mark_stale)
    registers = RegistersPage()    # resolutions, hearings, needs, local budgets (issue 19)
    registers.changed.connect(competitions.mark_stale)
    competitions.changed.connect(registers.mark_stale)
    return {
        "competitions": competitions,
        "applications": applications,
        "commission": CommissionPage(),
        "projects": ProjectsPage(),
        "events": EventsPage(EVENT_COLUMNS, AREA_TITLES["events"]),
        "program": make_area_page("program"),
        "figures": FiguresPage(),
        "registers": registers,
    }
