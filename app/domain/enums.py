"""Enumerations of the domain. Values are stored in the database as text."""
from __future__ import annotations

from enum import StrEnum


class MunicipalityKind(StrEnum):
    AYIL_AIMAK = "ayil_aimak"
    CITY = "city"
    TOWN = "town"


class CompetitionKind(StrEnum):
    JD = "jd"    # local initiative (жергиликтүү демилге)
    MSZ = "msz"  # state / municipal social order (мамлекеттик социалдык заказ)


class CompetitionStatus(StrEnum):
    DRAFT = "draft"
    ANNOUNCED = "announced"
    APPLICATIONS_CLOSED = "applications_closed"
    UNDER_REVIEW = "under_review"
    DECIDED = "decided"
    IN_IMPLEMENTATION = "in_implementation"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ApplicantKind(StrEnum):
    PERSON = "person"
    GROUP = "group"
    ORGANISATION = "organisation"
    LEGAL_ENTITY = "legal_entity"


class ApplicationStatus(StrEnum):
    REGISTERED = "registered"
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    WITHDRAWN = "withdrawn"
    WINNER = "winner"
    RESERVE = "reserve"
    REJECTED = "rejected"


class FundingSource(StrEnum):
    """Who pays."""

    LOCAL_BUDGET = "local_budget"
    REPUBLICAN_BUDGET = "republican_budget"
    DONOR = "donor"
    INITIATOR_CASH = "initiator_cash"
    INITIATOR_IN_KIND = "initiator_in_kind"
    OTHER = "other"


class FundingChannel(StrEnum):
    """How the money is paid: through the local budget (e.g. a donor's
    subsidy passed on by the ayil okmotu) or directly to the executor."""

    THROUGH_LOCAL_BUDGET = "through_local_budget"
    DIRECT = "direct"


class DirectKind(StrEnum):
    """A project that came without a competition."""

    DIRECT_GRANT = "direct_grant"
    SUBSIDY = "subsidy"


class MemberRole(StrEnum):
    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class MemberCategory(StrEnum):
    LSG_SPECIALIST = "lsg_specialist"
    COUNCIL_DEPUTY = "council_deputy"
    COMMUNITY = "community"
    CIVIL_SOCIETY = "civil_society"


class DecisionMethod(StrEnum):
    SCORING = "scoring"
    VOTE = "vote"


class QuorumRule(StrEnum):
    MORE_THAN_HALF = "more_than_half"
    TWO_THIRDS = "two_thirds"
    FIXED = "fixed"


class VoteChoice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class DecisionOutcome(StrEnum):
    WINNER = "winner"
    RESERVE = "reserve"
    REJECTED = "rejected"


class MeetingStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class EventKind(StrEnum):
    SPORT = "sport"
    PERFORMANCE = "performance"
    CLEAN_UP = "clean_up"
    INFO_MEETING = "info_meeting"
    BROADCAST = "broadcast"
    TRAINING = "training"
    CONTEST = "contest"
    ANNOUNCEMENT = "announcement"        # publication of a competition's announcement
    CANDIDATES_CALL = "candidates_call"  # call for civil-society members of the commission
    OTHER = "other"


class MaterialKind(StrEnum):
    BANNER = "banner"
    ROLL_UP = "roll_up"
    POSTER = "poster"
    BROCHURE = "brochure"
    VIDEO = "video"
    OTHER = "other"


class MediaLevel(StrEnum):
    CITY = "city"
    DISTRICT = "district"
    REGION = "region"
    NATIONAL = "national"
    ONLINE = "online"


class IndicatorValueType(StrEnum):
    NUMBER = "number"
    PERCENT = "percent"
    RATIO = "ratio"


class MeasureStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class OrganiserKind(StrEnum):
    """Who runs a competition: the municipality itself (its executive body),
    a national (state) body, a regional or district body, or a donor."""
    MUNICIPALITY = "municipality"
    NATIONAL_BODY = "national_body"
    REGIONAL_BODY = "regional_body"
    DONOR = "donor"


class AwardMode(StrEnum):
    """Grants: each winner gets what it asked for, within its lot's allocation.
    Prizes: fixed amounts set by the competition for each place of each
    nomination (a nomination is a lot of a prize competition)."""
    GRANTS = "grants"
    PRIZES = "prizes"
