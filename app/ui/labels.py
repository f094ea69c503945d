"""Words for the stored codes of the domain enums.

One source for every term shown on screen and in print: where app/terms.py
has the word (statuses, kinds, sources...), the screen shows that word, with
a capital letter, in the current language -- the same word the reports
print. The other tables (member roles, lifecycle steps...) are screen-only
and translated by Qt: an English source text marked with QT_TRANSLATE_NOOP.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import i18n, terms
from app.domain import enums as E
from app.domain.lifecycle import Step


# Qt context -> app/terms.py group whose words the screen shows
TERM_GROUPS: dict[str, str] = {'CompetitionKind': 'competition_kind', 'CompetitionStatus': 'competition_status', 'ApplicationStatus': 'application_status', 'MeetingStatus': 'meeting_status', 'ProjectStatus': 'project_status', 'EventKind': 'event_kind', 'ApplicantKind': 'applicant_kind', 'FundingSource': 'funding_source', 'FundingChannel': 'funding_channel', 'DirectKind': 'direct_kind', 'MaterialKind': 'material_kind', 'MediaLevel': 'media_level',
    # registers (issue 19) and the project cycle (issue 20)
    'BodyKind': 'body_kind', 'ActKind': 'act_kind', 'PointState': 'point_state', 'LinkRelation': 'link_relation',
    'LinkTarget': 'link_target', 'HearingKind': 'hearing_kind', 'ProposalStatus': 'proposal_status',
    'NeedSource': 'need_source', 'NeedStatus': 'need_status', 'AllocationKind': 'allocation_kind',
    'ReportKind': 'cycle.report_kind', 'ReportStatus': 'cycle.report_status',
    'FigureKind': 'figures.kind', 'MemberRole': 'member_role'}


@dataclass(frozen=True)
class EnumLabels:
    context: str
    texts: dict[str, str]          # value -> English source text
    long_texts: dict[str, str] | None = None   # fuller words for tooltips

    def label(self, value) -> str:
        key = value.value if isinstance(value, StrEnum) else value
        shared = self._term(key)
        if shared is not None:
            return shared
        source = self.texts.get(key)
        return QCoreApplication.translate(self.context, source) if source else str(value)

    def _term(self, key: str) -> str | None:
        group = TERM_GROUPS.get(self.context)
        if group is None or f"{group}.{key}" not in i18n.MESSAGES:
            return None
        text = terms.word(group, key)
        return text[:1].upper() + text[1:]

    def long_label(self, value) -> str:
        key = value.value if isinstance(value, StrEnum) else value
        group = TERM_GROUPS.get(self.context)
        if group is not None and f"{group}_long.{key}" in i18n.MESSAGES:
            text = terms.word(f"{group}_long", key)
            return text[:1].upper() + text[1:]
        if self.long_texts and key in self.long_texts:
            return QCoreApplication.translate(self.context, self.long_texts[key])
        return self.label(value)


COMPETITION_KIND = EnumLabels(
    "CompetitionKind",
    {
        E.CompetitionKind.JD: "LI",
        E.CompetitionKind.MSZ: "SSO",
    },
    {
        E.CompetitionKind.JD: "Local initiative",
        E.CompetitionKind.MSZ: "State social order",
    },
)

COMPETITION_STATUS = EnumLabels("CompetitionStatus", {
    E.CompetitionStatus.DRAFT: "Draft",
    E.CompetitionStatus.ANNOUNCED: "Announced",
    E.CompetitionStatus.APPLICATIONS_CLOSED: "Applications closed",
    E.CompetitionStatus.UNDER_REVIEW: "Under review",
    E.CompetitionStatus.DECIDED: "Decided",
    E.CompetitionStatus.IN_IMPLEMENTATION: "In implementation",
    E.CompetitionStatus.COMPLETED: "Completed",
    E.CompetitionStatus.CANCELLED: "Cancelled",
})

APPLICATION_STATUS = EnumLabels("ApplicationStatus", {
    E.ApplicationStatus.REGISTERED: "Registered",
    E.ApplicationStatus.ELIGIBLE: "Eligible",
    E.ApplicationStatus.INELIGIBLE: "Not eligible",
    E.ApplicationStatus.WITHDRAWN: "Withdrawn",
    E.ApplicationStatus.WINNER: "Winner",
    E.ApplicationStatus.RESERVE: "Reserve",
    E.ApplicationStatus.REJECTED: "Rejected",
})

MEMBER_ROLE = EnumLabels("MemberRole", {
    E.MemberRole.CHAIR: "Chair",
    E.MemberRole.DEPUTY_CHAIR: "Deputy chair",
    E.MemberRole.SECRETARY: "Secretary",
    E.MemberRole.MEMBER: "Member",
})

MEMBER_CATEGORY = EnumLabels("MemberCategory", {
    E.MemberCategory.LSG_SPECIALIST: QT_TRANSLATE_NOOP("MemberCategory", "LSG specialist"),
    E.MemberCategory.COUNCIL_DEPUTY: QT_TRANSLATE_NOOP("MemberCategory", "Council deputy"),
    E.MemberCategory.COMMUNITY: QT_TRANSLATE_NOOP("MemberCategory", "Community representative"),
    E.MemberCategory.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("MemberCategory", "Civil society representative"),
})

MEETING_STATUS = EnumLabels("MeetingStatus", {
    E.MeetingStatus.OPEN: "Protocol open",
    E.MeetingStatus.CLOSED: "Protocol closed",
})

PROJECT_STATUS = EnumLabels("ProjectStatus", {
    E.ProjectStatus.PLANNED: "Planned",
    E.ProjectStatus.RUNNING: "Running",
    E.ProjectStatus.COMPLETED: "Completed",
    E.ProjectStatus.TERMINATED: "Terminated",
})

EVENT_KIND = EnumLabels("EventKind", {
    E.EventKind.SPORT: "Sport",
    E.EventKind.PERFORMANCE: "Performance",
    E.EventKind.CLEAN_UP: "Clean-up",
    E.EventKind.INFO_MEETING: "Information meeting",
    E.EventKind.BROADCAST: "TV or radio broadcast",
    E.EventKind.TRAINING: "Training",
    E.EventKind.CONTEST: "Contest",
    E.EventKind.ANNOUNCEMENT: "Publication of the announcement",
    E.EventKind.CANDIDATES_CALL: "Call for commission candidates",
    E.EventKind.OTHER: "Other",
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
    E.ApplicantKind.PERSON: "Individual",
    E.ApplicantKind.GROUP: "Initiative group",
    E.ApplicantKind.ORGANISATION: "Non-profit organisation",
    E.ApplicantKind.LEGAL_ENTITY: "Legal entity",
})

FUNDING_SOURCE = EnumLabels("FundingSource", {
    E.FundingSource.LOCAL_BUDGET: "Local budget",
    E.FundingSource.REPUBLICAN_BUDGET: "Republican budget",
    E.FundingSource.DONOR: "Donor project",
    E.FundingSource.INITIATOR_CASH: "Initiator, cash",
    E.FundingSource.INITIATOR_IN_KIND: "Initiator, in kind",
    E.FundingSource.OTHER: "Other source",
})

FUNDING_CHANNEL = EnumLabels("FundingChannel", {
    E.FundingChannel.THROUGH_LOCAL_BUDGET: "Through the local budget",
    E.FundingChannel.DIRECT: "Directly",
    "": "Not stated",
})

DIRECT_KIND = EnumLabels("DirectKind", {
    E.DirectKind.DIRECT_GRANT: "Direct grant",
    E.DirectKind.SUBSIDY: "Subsidy",
})

FIGURE_KIND = EnumLabels("FigureKind", {
    "event": "Event",
    "budget_line": "Budget line",
    "indicator": "Indicator",
})

MATERIAL_KIND = EnumLabels("MaterialKind", {
    E.MaterialKind.BANNER: "Banner",
    E.MaterialKind.ROLL_UP: "Roll-up",
    E.MaterialKind.POSTER: "Poster",
    E.MaterialKind.BROCHURE: "Brochure",
    E.MaterialKind.VIDEO: "Video",
    E.MaterialKind.OTHER: "Other",
})

MEDIA_LEVEL = EnumLabels("MediaLevel", {
    E.MediaLevel.CITY: "City",
    E.MediaLevel.DISTRICT: "District",
    E.MediaLevel.REGION: "Region",
    E.MediaLevel.NATIONAL: "National",
    E.MediaLevel.ONLINE: "Online",
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
