"""SQLAlchemy models for the whole domain (see DESIGN.md).

Money columns end in `_tyiyn` and hold integers (1 som = 100 tyiyn).
Dates are `date`; moments are UTC-aware datetimes.
Participant categories are rows, not columns.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain import enums as E
from app.store.base import Base, DecimalText, Money, Synced, UTCDateTime, new_id, utcnow


def enum_col(cls: type[StrEnum], name: str | None = None) -> Enum:
    """Text column restricted to the enum's values by a CHECK constraint."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=32,
        name=name or cls.__name__.lower(),
        values_callable=lambda c: [m.value for m in c],
        validate_strings=True,
    )


def fk(target: str, nullable: bool = False, ondelete: str | None = None):
    return mapped_column(String(36), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


def nonneg(*cols: str) -> tuple[CheckConstraint, ...]:
    return tuple(CheckConstraint(f"{c} >= 0", name=f"{c}_nonneg") for c in cols)


# --------------------------------------------------------------------------
# Local installation (not synced)



PERIOD_GLOB = "period GLOB '[0-9][0-9][0-9][0-9]H[12]'"
PERIOD_REGEX = "period ~ '^[0-9]{4}H[12]$'"


def period_format_checks() -> tuple:
    """A half-year such as 2023H1: GLOB on SQLite, a regular expression on PostgreSQL
    (the same constraint name; each dialect creates its own)."""
    return (CheckConstraint(PERIOD_GLOB, name="period_format").ddl_if(dialect="sqlite"),
            CheckConstraint(PERIOD_REGEX, name="period_format").ddl_if(dialect="postgresql"))

class Setting(Base):
    """Key/value settings of this installation."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Site(Base):
    """An office (installation). The local one has is_local = true."""

    __tablename__ = "site"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


# --------------------------------------------------------------------------
# Municipality


class Municipality(Synced, Base):
    __tablename__ = "municipality"
    __table_args__ = nonneg("population", "households", "men", "women", "schoolchildren")

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[E.MunicipalityKind] = mapped_column(enum_col(E.MunicipalityKind), nullable=False)
    district: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    executive_body: Mapped[str | None] = mapped_column(String(300))  # e.g. Баткен шаарынын мэриясы
    council_name: Mapped[str | None] = mapped_column(String(300))
    population: Mapped[int | None] = mapped_column(Integer)
    households: Mapped[int | None] = mapped_column(Integer)
    men: Mapped[int | None] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    schoolchildren: Mapped[int | None] = mapped_column(Integer)
    villages: Mapped[str | None] = mapped_column(Text)  # one per line


# --------------------------------------------------------------------------
# Competitions and applications


class Competition(Synced, Base):
    __tablename__ = "competition"
    __table_args__ = (
        *nonneg("total_allocation_tyiyn", "max_grant_tyiyn", "duration_months", "cofinancing_share_pct"),
        CheckConstraint("cofinancing_share_pct <= 100", name="cofin_pct_max"),
        CheckConstraint("max_grant_tyiyn <= total_allocation_tyiyn", name="max_grant_le_allocation"),
        CheckConstraint(
            "deadline_on IS NULL OR announced_on IS NULL OR deadline_on > announced_on",
            name="deadline_after_announcement",
        ),
    )

    municipality_id: Mapped[str] = fk("municipality.id")
    kind: Mapped[E.CompetitionKind] = mapped_column(enum_col(E.CompetitionKind), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    theme: Mapped[str | None] = mapped_column(Text)
    priority_areas: Mapped[str | None] = mapped_column(Text)  # one per line
    legal_doc_kind: Mapped[str | None] = mapped_column(String(200))
    legal_doc_number: Mapped[str | None] = mapped_column(String(50))
    legal_doc_date: Mapped[date | None] = mapped_column(Date)
    total_allocation_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    max_grant_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    duration_months: Mapped[int | None] = mapped_column(Integer)
    cofinancing_share_pct: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # comma-separated ApplicantKind values that may apply
    eligible_applicants: Mapped[str] = mapped_column(String(200), nullable=False, default="person,group,organisation")
    announced_on: Mapped[date | None] = mapped_column(Date)
    deadline_on: Mapped[date | None] = mapped_column(Date)
    decision_on: Mapped[date | None] = mapped_column(Date)
    contact_person: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[E.CompetitionStatus] = mapped_column(
        enum_col(E.CompetitionStatus), nullable=False, default=E.CompetitionStatus.DRAFT
    )
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    # commission rules
    decision_method: Mapped[E.DecisionMethod] = mapped_column(
        enum_col(E.DecisionMethod), nullable=False, default=E.DecisionMethod.SCORING
    )
    quorum_rule: Mapped[E.QuorumRule] = mapped_column(
        enum_col(E.QuorumRule), nullable=False, default=E.QuorumRule.MORE_THAN_HALF
    )
    quorum_fixed: Mapped[int | None] = mapped_column(Integer)
    vote_two_thirds: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    chair_casting_vote: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    min_score: Mapped[Decimal | None] = mapped_column(DecimalText)
    tie_rule: Mapped[str] = mapped_column(String(32), nullable=False, default="chair")
    # issue 15: who runs it (not only a municipality) and how it awards
    organiser_kind: Mapped[E.OrganiserKind] = mapped_column(
        enum_col(E.OrganiserKind), nullable=False, default=E.OrganiserKind.MUNICIPALITY
    )
    organiser_name: Mapped[str | None] = mapped_column(String(300))
    award_mode: Mapped[E.AwardMode] = mapped_column(enum_col(E.AwardMode), nullable=False, default=E.AwardMode.GRANTS)
    # the legal basis from the resolutions register (legal_doc_* keep its text)
    resolution_id: Mapped[str | None] = fk("resolution.id", nullable=True)

    municipality: Mapped[Municipality] = relationship(lazy="raise")


class CompetitionTransition(Synced, Base):
    """Each lifecycle step of a competition, with date and user."""

    __tablename__ = "competition_transition"
    competition_id: Mapped[str] = fk("competition.id")
    from_status: Mapped[E.CompetitionStatus | None] = mapped_column(enum_col(E.CompetitionStatus, "from_status"))
    to_status: Mapped[E.CompetitionStatus] = mapped_column(enum_col(E.CompetitionStatus, "to_status"), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_name: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)


class CompetitionPlanStep(Synced, Base):
    """A row of the competition's action plan (step; responsible; document; deadline)."""

    __tablename__ = "competition_plan_step"
    competition_id: Mapped[str] = fk("competition.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    step: Mapped[str] = mapped_column(Text, nullable=False)
    responsible: Mapped[str | None] = mapped_column(Text)
    confirming_document: Mapped[str | None] = mapped_column(Text)
    deadline_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class EligibilityCriterion(Synced, Base):
    __tablename__ = "eligibility_criterion"
    competition_id: Mapped[str] = fk("competition.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    code: Mapped[str | None] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text, nullable=False)


class Applicant(Synced, Base):
    __tablename__ = "applicant"
    __table_args__ = nonneg("members_count")

    kind: Mapped[E.ApplicantKind] = mapped_column(enum_col(E.ApplicantKind), nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    village: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    id_document: Mapped[str | None] = mapped_column(String(100))
    leader_name: Mapped[str | None] = mapped_column(String(300))
    members_count: Mapped[int | None] = mapped_column(Integer)
    legal_form: Mapped[str | None] = mapped_column(String(100))
    registration_number: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)


class Application(Synced, Base):
    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("competition_id", "reg_number", name="uq_application_competition_reg_number"),
        UniqueConstraint("competition_id", "reg_seq", name="uq_application_competition_reg_seq"),
        *nonneg("requested_tyiyn", "reg_seq"),
    )

    competition_id: Mapped[str] = fk("competition.id")
    applicant_id: Mapped[str] = fk("applicant.id")
    reg_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    reg_number: Mapped[str] = mapped_column(String(50), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    is_late: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    late_reason: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    goal: Mapped[str | None] = mapped_column(Text)
    target_groups: Mapped[str | None] = mapped_column(Text)
    village: Mapped[str | None] = mapped_column(String(200))
    requested_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False)
    status: Mapped[E.ApplicationStatus] = mapped_column(
        enum_col(E.ApplicationStatus), nullable=False, default=E.ApplicationStatus.REGISTERED
    )
    status_reason: Mapped[str | None] = mapped_column(Text)
    lot_id: Mapped[str | None] = fk("lot.id", nullable=True)  # issue 15; None = the competition's first lot

    applicant: Mapped[Applicant] = relationship(lazy="raise")
    competition: Mapped[Competition] = relationship(lazy="raise")


class ApplicationCofinancing(Synced, Base):
    __tablename__ = "application_cofinancing"
    __table_args__ = nonneg("amount_tyiyn")

    application_id: Mapped[str] = fk("application.id")
    source: Mapped[E.FundingSource] = mapped_column(enum_col(E.FundingSource), nullable=False)
    in_kind: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    amount_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    valuation_note: Mapped[str | None] = mapped_column(Text)


class PlannedEvent(Synced, Base):
    __tablename__ = "planned_event"
    __table_args__ = nonneg("times")

    application_id: Mapped[str] = fk("application.id")
    description: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[E.EventKind] = mapped_column(enum_col(E.EventKind), nullable=False, default=E.EventKind.OTHER)
    times: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class PlannedParticipants(Synced, Base):
    __tablename__ = "planned_participants"
    __table_args__ = (
        UniqueConstraint("application_id", "category_id", name="uq_planned_participants_app_cat"),
        *nonneg("count"),
    )

    application_id: Mapped[str] = fk("application.id")
    category_id: Mapped[str] = fk("participant_category.id")
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class Attachment(Synced, Base):
    """A scan or document, stored in the data folder by content hash."""

    __tablename__ = "attachment"
    __table_args__ = nonneg("size_bytes")

    application_id: Mapped[str | None] = fk("application.id", nullable=True)
    project_id: Mapped[str | None] = fk("project.id", nullable=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(300), nullable=False)
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class EligibilityCheck(Synced, Base):
    __tablename__ = "eligibility_check"
    __table_args__ = (UniqueConstraint("application_id", "criterion_id", name="uq_eligibility_check_app_crit"),)

    application_id: Mapped[str] = fk("application.id")
    criterion_id: Mapped[str] = fk("eligibility_criterion.id")
    passed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------
# Commission, meetings, protocols


class Commission(Synced, Base):
    __tablename__ = "commission"
    __table_args__ = nonneg("min_members", "min_community")

    competition_id: Mapped[str] = fk("competition.id")
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    appointing_document: Mapped[str | None] = mapped_column(String(300))
    min_members: Mapped[int] = mapped_column(Integer, nullable=False, default=5)
    require_odd: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    min_community: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class CommissionMember(Synced, Base):
    __tablename__ = "commission_member"

    commission_id: Mapped[str] = fk("commission.id")
    full_name: Mapped[str] = mapped_column(String(300), nullable=False)
    position: Mapped[str | None] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))
    category: Mapped[E.MemberCategory] = mapped_column(enum_col(E.MemberCategory), nullable=False)
    role: Mapped[E.MemberRole] = mapped_column(enum_col(E.MemberRole), nullable=False)
    appointing_document: Mapped[str | None] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ScoringCriterion(Synced, Base):
    __tablename__ = "scoring_criterion"
    __table_args__ = (
        CheckConstraint("max_points > 0", name="max_points_pos"),
        # a number above zero (stored as text): compared as a number on both backends
        CheckConstraint("CAST(weight AS NUMERIC) > 0", name="weight_pos"),
    )

    competition_id: Mapped[str] = fk("competition.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    max_points: Mapped[int] = mapped_column(Integer, nullable=False)
    weight: Mapped[Decimal] = mapped_column(DecimalText, nullable=False, default=Decimal(1))


class Meeting(Synced, Base):
    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("commission_id", "number", name="uq_meeting_commission_number"),
        CheckConstraint("number > 0", name="number_pos"),
    )

    commission_id: Mapped[str] = fk("commission.id")
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    place: Mapped[str | None] = mapped_column(String(300))
    agenda: Mapped[str | None] = mapped_column(Text)
    status: Mapped[E.MeetingStatus] = mapped_column(
        enum_col(E.MeetingStatus), nullable=False, default=E.MeetingStatus.OPEN
    )
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(200))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    # the printed protocol frozen at closing (app.store.protocol_doc); its SHA-256 is content_hash
    sealed_content: Mapped[str | None] = mapped_column(Text)
    # the seal given by a program version before 0012 (ids and figures only), still checked
    legacy_hash: Mapped[str | None] = mapped_column(String(64))
    amends_meeting_id: Mapped[str | None] = fk("meeting.id", nullable=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Attendance(Synced, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", name="uq_attendance_meeting_member"),)

    meeting_id: Mapped[str] = fk("meeting.id")
    member_id: Mapped[str] = fk("commission_member.id")
    present: Mapped[bool] = mapped_column(Boolean, nullable=False)


class ConflictDeclaration(Synced, Base):
    __tablename__ = "conflict_declaration"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", "application_id", name="uq_conflict_declaration_m_m_a"),
    )

    meeting_id: Mapped[str] = fk("meeting.id")
    member_id: Mapped[str] = fk("commission_member.id")
    application_id: Mapped[str] = fk("application.id")
    note: Mapped[str | None] = mapped_column(Text)


class Score(Synced, Base):
    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", "application_id", "criterion_id", name="uq_score_entry"),
        *nonneg("points"),
    )

    meeting_id: Mapped[str] = fk("meeting.id")
    member_id: Mapped[str] = fk("commission_member.id")
    application_id: Mapped[str] = fk("application.id")
    criterion_id: Mapped[str] = fk("scoring_criterion.id")
    points: Mapped[int] = mapped_column(Integer, nullable=False)


class Vote(Synced, Base):
    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", "application_id", name="uq_vote_entry"),)

    meeting_id: Mapped[str] = fk("meeting.id")
    member_id: Mapped[str] = fk("commission_member.id")
    application_id: Mapped[str] = fk("application.id")
    choice: Mapped[E.VoteChoice] = mapped_column(enum_col(E.VoteChoice), nullable=False)


class Decision(Synced, Base):
    __tablename__ = "decision"
    __table_args__ = (
        UniqueConstraint("meeting_id", "application_id", name="uq_decision_meeting_app"),
        *nonneg("awarded_tyiyn"),
    )

    meeting_id: Mapped[str] = fk("meeting.id")
    application_id: Mapped[str] = fk("application.id")
    rank: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[Decimal | None] = mapped_column(DecimalText)
    outcome: Mapped[E.DecisionOutcome] = mapped_column(enum_col(E.DecisionOutcome), nullable=False)
    awarded_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    justification: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------
# Projects


class Project(Synced, Base):
    """A funded project: from a competition's winner, or without a competition
    (a direct grant or a subsidy, on the legal basis given)."""

    __tablename__ = "project"
    __table_args__ = (
        *nonneg("awarded_tyiyn"),
        CheckConstraint("end_on IS NULL OR start_on IS NULL OR end_on >= start_on", name="end_after_start"),
        CheckConstraint("competition_id IS NOT NULL OR direct_kind IS NOT NULL", name="competition_or_direct"),
    )

    competition_id: Mapped[str | None] = fk("competition.id", nullable=True)
    application_id: Mapped[str | None] = fk("application.id", nullable=True)
    # without a competition: what it is, on which basis, for which municipality
    direct_kind: Mapped[E.DirectKind | None] = mapped_column(enum_col(E.DirectKind))
    legal_basis: Mapped[str | None] = mapped_column(Text)
    legal_basis_date: Mapped[date | None] = mapped_column(Date)
    municipality_id: Mapped[str | None] = fk("municipality.id", nullable=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    goal: Mapped[str | None] = mapped_column(Text)
    agreement_number: Mapped[str | None] = mapped_column(String(100))
    agreement_date: Mapped[date | None] = mapped_column(Date)
    customer: Mapped[str | None] = mapped_column(String(300))
    executor: Mapped[str | None] = mapped_column(String(300))
    awarded_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[E.ProjectStatus] = mapped_column(
        enum_col(E.ProjectStatus), nullable=False, default=E.ProjectStatus.PLANNED
    )
    status_reason: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    # why the agreement's award is above the decided award or the maximum grant
    award_excess_reason: Mapped[str | None] = mapped_column(Text)


class GrantRecipient(Synced, Base):
    """One of the recipients a grant is split among; together they receive
    exactly the project's award."""

    __tablename__ = "grant_recipient"
    __table_args__ = nonneg("amount_tyiyn")

    project_id: Mapped[str] = fk("project.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    amount_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class BudgetLine(Synced, Base):
    """Who pays (source) and how it is paid (channel); the planned amount as
    the budget states it, with the quantity and unit price it gives."""

    __tablename__ = "budget_line"
    __table_args__ = nonneg("planned_tyiyn", "actual_tyiyn", "unit_price_tyiyn")

    project_id: Mapped[str] = fk("project.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    category: Mapped[str] = mapped_column(String(300), nullable=False)
    source: Mapped[E.FundingSource] = mapped_column(enum_col(E.FundingSource), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    valuation_note: Mapped[str | None] = mapped_column(Text)
    planned_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    actual_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    channel: Mapped[E.FundingChannel | None] = mapped_column(enum_col(E.FundingChannel))
    quantity: Mapped[Decimal | None] = mapped_column(DecimalText)
    unit: Mapped[str | None] = mapped_column(String(50))
    unit_price_tyiyn: Mapped[int | None] = mapped_column(Money())


class Expense(Synced, Base):
    __tablename__ = "expense"
    __table_args__ = (CheckConstraint("amount_tyiyn > 0", name="amount_pos"),)

    project_id: Mapped[str] = fk("project.id")
    budget_line_id: Mapped[str | None] = fk("budget_line.id", nullable=True)
    spent_on: Mapped[date] = mapped_column(Date, nullable=False)
    document_number: Mapped[str | None] = mapped_column(String(100))
    amount_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False)
    source: Mapped[E.FundingSource] = mapped_column(enum_col(E.FundingSource), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class ParticipantCategory(Synced, Base):
    """A participant category (data, not a column). parent_id = 'is part of'."""

    __tablename__ = "participant_category"
    __table_args__ = (UniqueConstraint("code", name="uq_participant_category_code"),)

    code: Mapped[str] = mapped_column(String(50), nullable=False)
    name_ky: Mapped[str] = mapped_column(String(200), nullable=False)
    name_ru: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    parent_id: Mapped[str | None] = fk("participant_category.id", nullable=True)
    # additive: a disjoint piece of its parent (boys, girls) that adds up to
    # the whole; not additive: an "of whom" subset (children with disabilities)
    additive: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


# An event or a media coverage belongs to a project, or to a competition
# itself (its information meeting, the published announcement, the call for
# commission candidates): exactly one of the two.
ONE_OWNER = "(project_id IS NULL) <> (competition_id IS NULL)"


class Event(Synced, Base):
    __tablename__ = "event"
    __table_args__ = (*nonneg("stated_total"), CheckConstraint(ONE_OWNER, name="one_owner"))

    project_id: Mapped[str | None] = fk("project.id", nullable=True)
    competition_id: Mapped[str | None] = fk("competition.id", nullable=True)
    held_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[E.EventKind] = mapped_column(enum_col(E.EventKind), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    is_planned: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # the number of participants the source document states, kept beside the counts
    stated_total: Mapped[int | None] = mapped_column(Integer)


class EventParticipants(Synced, Base):
    __tablename__ = "event_participants"
    __table_args__ = (
        UniqueConstraint("event_id", "category_id", name="uq_event_participants_event_cat"),
        *nonneg("count"),
    )

    event_id: Mapped[str] = fk("event.id")
    category_id: Mapped[str] = fk("participant_category.id")
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class Material(Synced, Base):
    __tablename__ = "material"
    __table_args__ = nonneg("quantity")

    project_id: Mapped[str] = fk("project.id")
    kind: Mapped[E.MaterialKind] = mapped_column(enum_col(E.MaterialKind), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    size: Mapped[str | None] = mapped_column(String(100))


class MediaCoverage(Synced, Base):
    __tablename__ = "media_coverage"
    __table_args__ = (CheckConstraint(ONE_OWNER, name="one_owner"),)

    project_id: Mapped[str | None] = fk("project.id", nullable=True)
    competition_id: Mapped[str | None] = fk("competition.id", nullable=True)
    outlet: Mapped[str] = mapped_column(String(300), nullable=False)
    level: Mapped[E.MediaLevel] = mapped_column(enum_col(E.MediaLevel), nullable=False)
    published_on: Mapped[date | None] = mapped_column(Date)
    link: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------
# Development programs


class DevelopmentProgram(Synced, Base):
    __tablename__ = "development_program"
    __table_args__ = (CheckConstraint("end_year >= start_year", name="years_order"),)

    municipality_id: Mapped[str] = fk("municipality.id")
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    motto: Mapped[str | None] = mapped_column(String(500))
    start_year: Mapped[int] = mapped_column(Integer, nullable=False)
    end_year: Mapped[int] = mapped_column(Integer, nullable=False)
    resolution_body: Mapped[str | None] = mapped_column(String(300))
    resolution_number: Mapped[str | None] = mapped_column(String(50))
    resolution_date: Mapped[date | None] = mapped_column(Date)
    # the approving resolution from the register (resolution_* keep its text)
    resolution_id: Mapped[str | None] = fk("resolution.id", nullable=True)
    monitoring_note: Mapped[str | None] = mapped_column(Text)


class ProgramPriority(Synced, Base):
    __tablename__ = "program_priority"

    program_id: Mapped[str] = fk("development_program.id")
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)


class ProgramArea(Synced, Base):
    """A sub-area of a priority (education, health, sport/culture...)."""

    __tablename__ = "program_area"

    priority_id: Mapped[str] = fk("program_priority.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(Text, nullable=False)


class ProgramTask(Synced, Base):
    __tablename__ = "program_task"

    priority_id: Mapped[str] = fk("program_priority.id")
    area_id: Mapped[str | None] = fk("program_area.id", nullable=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(Text, nullable=False)


class ProgramMeasure(Synced, Base):
    __tablename__ = "program_measure"
    __table_args__ = (
        CheckConstraint("end_year IS NULL OR start_year IS NULL OR end_year >= start_year", name="years_order"),
    )

    task_id: Mapped[str] = fk("program_task.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    period_text: Mapped[str | None] = mapped_column(String(200))
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    expected_result: Mapped[str | None] = mapped_column(Text)


class ResponsibleBody(Synced, Base):
    __tablename__ = "responsible_body"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    aliases: Mapped[str | None] = mapped_column(Text)  # one per line


class MeasureResponsible(Synced, Base):
    __tablename__ = "measure_responsible"
    __table_args__ = (UniqueConstraint("measure_id", "body_id", name="uq_measure_responsible_m_b"),)

    measure_id: Mapped[str] = fk("program_measure.id")
    body_id: Mapped[str] = fk("responsible_body.id")


class Indicator(Synced, Base):
    __tablename__ = "indicator"

    program_id: Mapped[str] = fk("development_program.id")
    priority_id: Mapped[str | None] = fk("program_priority.id", nullable=True)
    parent_id: Mapped[str | None] = fk("indicator.id", nullable=True)  # "including ..."
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    issue: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    unit: Mapped[str | None] = mapped_column(String(100))
    value_type: Mapped[E.IndicatorValueType] = mapped_column(
        enum_col(E.IndicatorValueType), nullable=False, default=E.IndicatorValueType.NUMBER
    )
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    final_target: Mapped[Decimal | None] = mapped_column(DecimalText)
    targets_cumulative: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    responsible_body_id: Mapped[str | None] = fk("responsible_body.id", nullable=True)
    footnote: Mapped[str | None] = mapped_column(Text)


class IndicatorTarget(Synced, Base):
    """An intermediate target for one year. Ratios 1:x store x."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "year", name="uq_indicator_target_ind_year"),)

    indicator_id: Mapped[str] = fk("indicator.id")
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    value: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)


class IndicatorActual(Synced, Base):
    __tablename__ = "indicator_actual"
    __table_args__ = (
        UniqueConstraint("indicator_id", "period", name="uq_indicator_actual_ind_period"),
        *period_format_checks(),
    )

    indicator_id: Mapped[str] = fk("indicator.id")
    period: Mapped[str] = mapped_column(String(6), nullable=False)  # 2023H1
    value: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)


class MeasureProgress(Synced, Base):
    __tablename__ = "measure_progress"
    __table_args__ = (
        UniqueConstraint("measure_id", "period", name="uq_measure_progress_m_period"),
        *period_format_checks(),
    )

    measure_id: Mapped[str] = fk("program_measure.id")
    period: Mapped[str] = mapped_column(String(6), nullable=False)
    status: Mapped[E.MeasureStatus] = mapped_column(enum_col(E.MeasureStatus), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)


class MonitoringGroupMember(Synced, Base):
    __tablename__ = "monitoring_group_member"

    program_id: Mapped[str] = fk("development_program.id")
    full_name: Mapped[str] = mapped_column(String(300), nullable=False)
    organisation: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(100))


class IndicatorResponsible(Synced, Base):
    """Every body responsible for an indicator (the matrix may name several);
    Indicator.responsible_body_id is the first of them."""

    __tablename__ = "indicator_body"
    __table_args__ = (UniqueConstraint("indicator_id", "body_id", name="uq_indicator_body_i_b"),)

    indicator_id: Mapped[str] = fk("indicator.id")
    body_id: Mapped[str] = fk("responsible_body.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class TargetCorrection(Synced, Base):
    """A proposed change of an indicator's target for one year (year NULL = the
    final target); applied only with the decision that approved it."""

    __tablename__ = "target_correction"

    indicator_id: Mapped[str] = fk("indicator.id")
    year: Mapped[int | None] = mapped_column(Integer)
    old_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    new_value: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    proposed_period: Mapped[str | None] = mapped_column(String(6))  # the half-year report that proposed it
    decision_body: Mapped[str | None] = mapped_column(String(300))
    decision_number: Mapped[str | None] = mapped_column(String(50))
    decision_date: Mapped[date | None] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(200))


class AnnualPlanItem(Synced, Base):
    """A measure of the multi-year plan taken into the annual plan of one year."""

    __tablename__ = "annual_plan_item"
    __table_args__ = (UniqueConstraint("measure_id", "year", name="uq_annual_plan_item_m_year"),)

    program_id: Mapped[str] = fk("development_program.id")
    measure_id: Mapped[str] = fk("program_measure.id")
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


from app.store import lot_models  # noqa: E402,F401  (lots, partners, prizes)
# the project cycle's tables (agreement tranches, monitoring, acceptance...)
from app.store import cycle_models as _cycle_models  # noqa: E402,F401
# the registers (issue 19) live in their own module; loaded with these models
from app.store import register_models as _register_models  # noqa: E402,F401


def __getattr__(name: str):
    """SYNCED_MODELS is built on first use, when every model module has run
    (a model module imported before this one would otherwise be left out)."""
    if name == "SYNCED_MODELS":
        value = [m for m in Base.registry._class_registry.values() if isinstance(m, type) and issubclass(m, Synced)]
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
