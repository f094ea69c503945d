"""Words for the stored codes of the domain enums, translated by Qt.

Each table maps an enum value to an English source text marked with
QT_TRANSLATE_NOOP (so lupdate collects it under the enum's context);
`EnumLabels.label(value)` translates it into the current language.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import enums as E
from app.domain.lifecycle import Step


@dataclass(frozen=True)
class EnumLabels:
    context: str
    texts: dict[str, str]          # value -> English source text
    long_texts: dict[str, str] | None = None   # fuller words for tooltips

    def label(self, value) -> str:
        key = value.value if isinstance(value, StrEnum) else value
        source = self.texts.get(key)
        return QCoreApplication.translate(self.context, source) if source else str(value)

    def long_label(self, value) -> str:
        key = value.value if isinstance(value, StrEnum) else value
        if self.long_texts and key in self.long_texts:
            return QCoreApplication.translate(self.context, self.long_texts[key])
        return self.label(value)


COMPETITION_KIND = EnumLabels(
    "CompetitionKind",
    {
        E.CompetitionKind.JD: QT_TRANSLATE_NOOP("CompetitionKind", "LI"),
        E.CompetitionKind.MSZ: QT_TRANSLATE_NOOP("CompetitionKind", "SSO"),
    },
    {
        E.CompetitionKind.JD: QT_TRANSLATE_NOOP("CompetitionKind", "Local initiative"),
        E.CompetitionKind.MSZ: QT_TRANSLATE_NOOP("CompetitionKind", "State social order"),
    },
)

COMPETITION_STATUS = EnumLabels("CompetitionStatus", {
    E.CompetitionStatus.DRAFT: QT_TRANSLATE_NOOP("CompetitionStatus", "Draft"),
    E.CompetitionStatus.ANNOUNCED: QT_TRANSLATE_NOOP("CompetitionStatus", "Announced"),
    E.CompetitionStatus.APPLICATIONS_CLOSED: QT_TRANSLATE_NOOP("CompetitionStatus", "Applications closed"),
    E.CompetitionStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("CompetitionStatus", "Under review"),
    E.CompetitionStatus.DECIDED: QT_TRANSLATE_NOOP("CompetitionStatus", "Decided"),
    E.CompetitionStatus.IN_IMPLEMENTATION: QT_TRANSLATE_NOOP("CompetitionStatus", "In implementation"),
    E.CompetitionStatus.COMPLETED: QT_TRANSLATE_NOOP("CompetitionStatus", "Completed"),
    E.CompetitionStatus.CANCELLED: QT_TRANSLATE_NOOP("CompetitionStatus", "Cancelled"),
})

APPLICATION_STATUS = EnumLabels("ApplicationStatus", {
    E.ApplicationStatus.REGISTERED: QT_TRANSLATE_NOOP("ApplicationStatus", "Registered"),
    E.ApplicationStatus.ELIGIBLE: QT_TRANSLATE_NOOP("ApplicationStatus", "Eligible"),
    E.ApplicationStatus.INELIGIBLE: QT_TRANSLATE_NOOP("ApplicationStatus", "Not eligible"),
    E.ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ApplicationStatus", "Withdrawn"),
    E.ApplicationStatus.WINNER: QT_TRANSLATE_NOOP("ApplicationStatus", "Winner"),
    E.ApplicationStatus.RESERVE: QT_TRANSLATE_NOOP("ApplicationStatus", "Reserve"),
    E.ApplicationStatus.REJECTED: QT_TRANSLATE_NOOP("ApplicationStatus", "Rejected"),
})

MEMBER_ROLE = EnumLabels("MemberRole", {
    E.MemberRole.CHAIR: QT_TRANSLATE_NOOP("MemberRole", "Chair"),
    E.MemberRole.DEPUTY_CHAIR: QT_TRANSLATE_NOOP("MemberRole", "Deputy chair"),
    E.MemberRole.SECRETARY: QT_TRANSLATE_NOOP("MemberRole", "Secretary"),
    E.MemberRole.MEMBER: QT_TRANSLATE_NOOP("MemberRole", "Member"),
})

MEMBER_CATEGORY = EnumLabels("MemberCategory", {
    E.MemberCategory.LSG_SPECIALIST: QT_TRANSLATE_NOOP("MemberCategory", "LSG specialist"),
    E.MemberCategory.COUNCIL_DEPUTY: QT_TRANSLATE_NOOP("MemberCategory", "Council deputy"),
    E.MemberCategory.COMMUNITY: QT_TRANSLATE_NOOP("MemberCategory", "Community representative"),
    E.MemberCategory.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("MemberCategory", "Civil society representative"),
})

MEETING_STATUS = EnumLabels("MeetingStatus", {
    E.MeetingStatus.OPEN: QT_TRANSLATE_NOOP("MeetingStatus", "Protocol open"),
    E.MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("MeetingStatus", "Protocol closed"),
})

PROJECT_STATUS = EnumLabels("ProjectStatus", {
    E.ProjectStatus.PLANNED: QT_TRANSLATE_NOOP("ProjectStatus", "Planned"),
    E.ProjectStatus.RUNNING: QT_TRANSLATE_NOOP("ProjectStatus", "Running"),
    E.ProjectStatus.COMPLETED: QT_TRANSLATE_NOOP("ProjectStatus", "Completed"),
    E.ProjectStatus.TERMINATED: QT_TRANSLATE_NOOP("ProjectStatus", "Terminated"),
})

EVENT_KIND = EnumLabels("EventKind", {
    E.EventKind.SPORT: QT_TRANSLATE_NOOP("EventKind", "Sport"),
    E.EventKind.PERFORMANCE: QT_TRANSLATE_NOOP("EventKind", "Performance"),
    E.EventKind.CLEAN_UP: QT_TRANSLATE_NOOP("EventKind", "Clean-up"),
    E.EventKind.INFO_MEETING: QT_TRANSLATE_NOOP("EventKind", "Information meeting"),
    E.EventKind.BROADCAST: QT_TRANSLATE_NOOP("EventKind", "TV or radio broadcast"),
    E.EventKind.TRAINING: QT_TRANSLATE_NOOP("EventKind", "Training"),
    E.EventKind.CONTEST: QT_TRANSLATE_NOOP("EventKind", "Contest"),
    E.EventKind.ANNOUNCEMENT: QT_TRANSLATE_NOOP("EventKind", "Publication of the announcement"),
    E.EventKind.CANDIDATES_CALL: QT_TRANSLATE_NOOP("EventKind", "Call for commission candidates"),
    E.EventKind.OTHER: QT_TRANSLATE_NOOP("EventKind", "Other"),
})

MUNICIPALITY_KIND = EnumLabels("MunicipalityKind", {
    E.MunicipalityKind.AYIL_AIMAK: QT_TRANSLATE_NOOP("MunicipalityKind", "Ayil aimak"),
    E.MunicipalityKind.CITY: QT_TRANSLATE_NOOP("MunicipalityKind", "City"),
    E.MunicipalityKind.TOWN: QT_TRANSLATE_NOOP("MunicipalityKind", "Town"),
})

EVENT_STATE = EnumLabels("EventState", {
    True: QT_TRANSLATE_NOOP("EventState", "Planned"),
    False: QT_TRANSLATE_NOOP("EventState", "Held"),
})

APPLICANT_KIND = EnumLabels("ApplicantKind", {
    E.ApplicantKind.PERSON: QT_TRANSLATE_NOOP("ApplicantKind", "Individual"),
    E.ApplicantKind.GROUP: QT_TRANSLATE_NOOP("ApplicantKind", "Initiative group"),
    E.ApplicantKind.ORGANISATION: QT_TRANSLATE_NOOP("ApplicantKind", "Non-profit organisation"),
    E.ApplicantKind.LEGAL_ENTITY: QT_TRANSLATE_NOOP("ApplicantKind", "Legal entity"),
})

FUNDING_SOURCE = EnumLabels("FundingSource", {
    E.FundingSource.LOCAL_BUDGET: QT_TRANSLATE_NOOP("FundingSource", "Local budget"),
    E.FundingSource.REPUBLICAN_BUDGET: QT_TRANSLATE_NOOP("FundingSource", "Republican budget"),
    E.FundingSource.DONOR: QT_TRANSLATE_NOOP("FundingSource", "Donor project"),
    E.FundingSource.INITIATOR_CASH: QT_TRANSLATE_NOOP("FundingSource", "Initiator, cash"),
    E.FundingSource.INITIATOR_IN_KIND: QT_TRANSLATE_NOOP("FundingSource", "Initiator, in kind"),
    E.FundingSource.OTHER: QT_TRANSLATE_NOOP("FundingSource", "Other source"),
})

FUNDING_CHANNEL = EnumLabels("FundingChannel", {
    E.FundingChannel.THROUGH_LOCAL_BUDGET: QT_TRANSLATE_NOOP("FundingChannel", "Through the local budget"),
    E.FundingChannel.DIRECT: QT_TRANSLATE_NOOP("FundingChannel", "Directly"),
    "": QT_TRANSLATE_NOOP("FundingChannel", "Not stated"),
})

DIRECT_KIND = EnumLabels("DirectKind", {
    E.DirectKind.DIRECT_GRANT: QT_TRANSLATE_NOOP("DirectKind", "Direct grant"),
    E.DirectKind.SUBSIDY: QT_TRANSLATE_NOOP("DirectKind", "Subsidy"),
})

FIGURE_KIND = EnumLabels("FigureKind", {
    "event": QT_TRANSLATE_NOOP("FigureKind", "Event"),
    "budget_line": QT_TRANSLATE_NOOP("FigureKind", "Budget line"),
    "indicator": QT_TRANSLATE_NOOP("FigureKind", "Indicator"),
})

MATERIAL_KIND = EnumLabels("MaterialKind", {
    E.MaterialKind.BANNER: QT_TRANSLATE_NOOP("MaterialKind", "Banner"),
    E.MaterialKind.ROLL_UP: QT_TRANSLATE_NOOP("MaterialKind", "Roll-up"),
    E.MaterialKind.POSTER: QT_TRANSLATE_NOOP("MaterialKind", "Poster"),
    E.MaterialKind.BROCHURE: QT_TRANSLATE_NOOP("MaterialKind", "Brochure"),
    E.MaterialKind.VIDEO: QT_TRANSLATE_NOOP("MaterialKind", "Video"),
    E.MaterialKind.OTHER: QT_TRANSLATE_NOOP("MaterialKind", "Other"),
})

MEDIA_LEVEL = EnumLabels("MediaLevel", {
    E.MediaLevel.CITY: QT_TRANSLATE_NOOP("MediaLevel", "City"),
    E.MediaLevel.DISTRICT: QT_TRANSLATE_NOOP("MediaLevel", "District"),
    E.MediaLevel.REGION: QT_TRANSLATE_NOOP("MediaLevel", "Region"),
    E.MediaLevel.NATIONAL: QT_TRANSLATE_NOOP("MediaLevel", "National"),
    E.MediaLevel.ONLINE: QT_TRANSLATE_NOOP("MediaLevel", "Online"),
})

# the steps of a competition's lifecycle (app.domain.lifecycle.Step): button
# texts, and fuller words for notes
LIFECYCLE_STEP = EnumLabels(
    "LifecycleStep",
    {
        Step.ANNOUNCE: QT_TRANSLATE_NOOP("LifecycleStep", "&Announce"),
        Step.CLOSE_APPLICATIONS: QT_TRANSLATE_NOOP("LifecycleStep", "&Close applications"),
        Step.START_REVIEW: QT_TRANSLATE_NOOP("LifecycleStep", "Start re&view"),
        Step.DECIDE: QT_TRANSLATE_NOOP("LifecycleStep", "Mark &decided"),
        Step.START_IMPLEMENTATION: QT_TRANSLATE_NOOP("LifecycleStep", "Start &implementation"),
        Step.COMPLETE: QT_TRANSLATE_NOOP("LifecycleStep", "Co&mplete"),
        Step.CANCEL: QT_TRANSLATE_NOOP("LifecycleStep", "Ca&ncel the competition…"),
    },
    {
        Step.ANNOUNCE: QT_TRANSLATE_NOOP("LifecycleStep", "Announce"),
        Step.CLOSE_APPLICATIONS: QT_TRANSLATE_NOOP("LifecycleStep", "Close applications"),
        Step.START_REVIEW: QT_TRANSLATE_NOOP("LifecycleStep", "Start review"),
        Step.DECIDE: QT_TRANSLATE_NOOP("LifecycleStep", "Mark decided"),
        Step.START_IMPLEMENTATION: QT_TRANSLATE_NOOP("LifecycleStep", "Start implementation"),
        Step.COMPLETE: QT_TRANSLATE_NOOP("LifecycleStep", "Complete"),
        Step.CANCEL: QT_TRANSLATE_NOOP("LifecycleStep", "Cancel the competition"),
    },
)

# why a backup copy was made (app.services.backup): shown in words, never the code
BACKUP_REASON = EnumLabels("BackupReason", {
    "start": QT_TRANSLATE_NOOP("BackupReason", "At start"),
    "manual": QT_TRANSLATE_NOOP("BackupReason", "Made by hand"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupReason", "Before a program update"),
    "before-import": QT_TRANSLATE_NOOP("BackupReason", "Before importing a package"),
    "before-restore": QT_TRANSLATE_NOOP("BackupReason", "Before a restore"),
    "replaced": QT_TRANSLATE_NOOP("BackupReason", "Replaced by a restore"),
})

# enum class -> its labels; a test checks every member has a word
BY_ENUM: dict[type, EnumLabels] = {
    E.CompetitionKind: COMPETITION_KIND,
    E.CompetitionStatus: COMPETITION_STATUS,
    E.ApplicationStatus: APPLICATION_STATUS,
    E.MemberRole: MEMBER_ROLE,
    E.MemberCategory: MEMBER_CATEGORY,
    E.MeetingStatus: MEETING_STATUS,
    E.ProjectStatus: PROJECT_STATUS,
    E.EventKind: EVENT_KIND,
    E.MunicipalityKind: MUNICIPALITY_KIND,
    E.ApplicantKind: APPLICANT_KIND,
    E.FundingSource: FUNDING_SOURCE,
    E.FundingChannel: FUNDING_CHANNEL,
    E.DirectKind: DIRECT_KIND,
    E.MaterialKind: MATERIAL_KIND,
    E.MediaLevel: MEDIA_LEVEL,
    Step: LIFECYCLE_STEP,
}

# issue 15
ORGANISER_KIND = EnumLabels("OrganiserKind", {
    E.OrganiserKind.MUNICIPALITY: QT_TRANSLATE_NOOP("OrganiserKind", "This municipality (its executive body)"),
    E.OrganiserKind.NATIONAL_BODY: QT_TRANSLATE_NOOP("OrganiserKind", "A national (state) body"),
    E.OrganiserKind.REGIONAL_BODY: QT_TRANSLATE_NOOP("OrganiserKind", "A regional or district body"),
    E.OrganiserKind.DONOR: QT_TRANSLATE_NOOP("OrganiserKind", "A donor"),
})

AWARD_MODE = EnumLabels("AwardMode", {
    E.AwardMode.GRANTS: QT_TRANSLATE_NOOP("AwardMode", "Grants (the amount asked, within the lot's allocation)"),
    E.AwardMode.PRIZES: QT_TRANSLATE_NOOP("AwardMode", "Prizes (a fixed amount by nomination and place)"),
})
