"""Models of the office's registers (issue 19): council resolutions with the
points under control and what they approve or change, public hearings with
attendance and proposals, citizens' needs and proposals, and the year's
local budget with its allocations and reserve fund.

Every table is `Synced` (UUID, timestamps, office, tombstone), so sync and
the audit trail cover it like the rest. Imported by app.store.models, so
whoever loads the models loads these too.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain import registers as R
from app.store.base import Base, Money, Synced
from app.store.models import enum_col, fk, nonneg

# --------------------------------------------------------------------------
# Council resolutions and the control of their execution


class Resolution(Synced, Base):
    """A resolution (or order, decision) of a council or the executive body."""

    __tablename__ = "resolution"

    municipality_id: Mapped[str] = fk("municipality.id")
    body_kind: Mapped[R.BodyKind] = mapped_column(enum_col(R.BodyKind), nullable=False)
    body_name: Mapped[str | None] = mapped_column(String(300))     # e.g. Кара-Балта шаардык кеңеши
    act_kind: Mapped[R.ActKind | None] = mapped_column(enum_col(R.ActKind))
    number: Mapped[str | None] = mapped_column(String(50))
    adopted_on: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    normative: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    justice_sent_on: Mapped[date | None] = mapped_column(Date)
    justice_registered_on: Mapped[date | None] = mapped_column(Date)
    justice_register_no: Mapped[str | None] = mapped_column(String(100))
    control_commission: Mapped[str | None] = mapped_column(Text)   # a standing deputy commission
    control_official: Mapped[str | None] = mapped_column(String(300))
    distribution: Mapped[str | None] = mapped_column(Text)         # one addressee per line
    note: Mapped[str | None] = mapped_column(Text)


class ResolutionPoint(Synced, Base):
    """A point of a resolution; one with a due date is under control."""

    __tablename__ = "resolution_point"

    resolution_id: Mapped[str] = fk("resolution.id")
    number: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    controller: Mapped[str | None] = mapped_column(String(300))    # empty: the resolution's controllers
    status: Mapped[R.PointStatus] = mapped_column(enum_col(R.PointStatus), nullable=False,
                                                  default=R.PointStatus.IN_PROGRESS)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_document: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)


class ResolutionLink(Synced, Base):
    """What a resolution approves or changes: a record of the program
    (target_id) or a document named by its title (a regulation...)."""

    __tablename__ = "resolution_link"

    resolution_id: Mapped[str] = fk("resolution.id")
    relation: Mapped[R.LinkRelation] = mapped_column(enum_col(R.LinkRelation), nullable=False)
    target_kind: Mapped[R.LinkTarget] = mapped_column(enum_col(R.LinkTarget), nullable=False)
    target_id: Mapped[str | None] = mapped_column(String(36), index=True)
    title: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------
# The year's local budget


class LocalBudget(Synced, Base):
    __tablename__ = "local_budget"
    __table_args__ = nonneg("total_expenditure_tyiyn", "paid_services_tyiyn", "reserve_fund_tyiyn")

    municipality_id: Mapped[str] = fk("municipality.id")
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    total_expenditure_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    paid_services_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    reserve_fund_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    resolution_id: Mapped[str | None] = fk("resolution.id", nullable=True)   # the resolution approving it
    note: Mapped[str | None] = mapped_column(Text)


class BudgetAllocation(Synced, Base):
    """A line of the local budget: local initiatives, social order, other."""

    __tablename__ = "local_budget_allocation"
    __table_args__ = nonneg("amount_tyiyn")

    budget_id: Mapped[str] = fk("local_budget.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    kind: Mapped[R.AllocationKind] = mapped_column(enum_col(R.AllocationKind), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    amount_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False, default=0)
    note: Mapped[str | None] = mapped_column(Text)


class AllocationCompetition(Synced, Base):
    """A competition funded from an allocation."""

    __tablename__ = "allocation_competition"
    __table_args__ = (UniqueConstraint("allocation_id", "competition_id", name="uq_allocation_competition_a_c"),)

    allocation_id: Mapped[str] = fk("local_budget_allocation.id")
    competition_id: Mapped[str] = fk("competition.id")


class ReserveDecision(Synced, Base):
    """A decision of the executive body on using the reserve fund."""

    __tablename__ = "reserve_decision"
    __table_args__ = (CheckConstraint("amount_tyiyn > 0", name="amount_pos"),)

    budget_id: Mapped[str] = fk("local_budget.id")
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    document: Mapped[str] = mapped_column(String(300), nullable=False)
    resolution_id: Mapped[str | None] = fk("resolution.id", nullable=True)
    amount_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False)
    purpose: Mapped[str] = mapped_column(Text, nullable=False)


# --------------------------------------------------------------------------
# Public hearings


class Hearing(Synced, Base):
    __tablename__ = "hearing"

    municipality_id: Mapped[str] = fk("municipality.id")
    kind: Mapped[R.HearingKind] = mapped_column(enum_col(R.HearingKind), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    notice_on: Mapped[date | None] = mapped_column(Date)
    notice_channel: Mapped[str | None] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    place: Mapped[str | None] = mapped_column(String(300))     # or the messenger / link when online
    online: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    chair: Mapped[str | None] = mapped_column(String(300))
    secretary: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)


class HearingAttendance(Synced, Base):
    __tablename__ = "hearing_attendance"
    __table_args__ = (
        UniqueConstraint("hearing_id", "category_id", name="uq_hearing_attendance_h_c"),
        *nonneg("count"),
    )

    hearing_id: Mapped[str] = fk("hearing.id")
    category_id: Mapped[str] = fk("participant_category.id")
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class HearingProposal(Synced, Base):
    __tablename__ = "hearing_proposal"

    hearing_id: Mapped[str] = fk("hearing.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    author_group: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[R.ProposalStatus] = mapped_column(enum_col(R.ProposalStatus), nullable=False,
                                                     default=R.ProposalStatus.PENDING)
    answer: Mapped[str | None] = mapped_column(Text)
    included_resolution_id: Mapped[str | None] = fk("resolution.id", nullable=True)
    included_allocation_id: Mapped[str | None] = fk("local_budget_allocation.id", nullable=True)
    included_note: Mapped[str | None] = mapped_column(String(300))


# --------------------------------------------------------------------------
# Citizens' needs and proposals


class Need(Synced, Base):
    __tablename__ = "need"

    municipality_id: Mapped[str] = fk("municipality.id")
    source: Mapped[R.NeedSource] = mapped_column(enum_col(R.NeedSource), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    village: Mapped[str | None] = mapped_column(String(200))
    group_concerned: Mapped[str | None] = mapped_column(String(300))
    author: Mapped[str | None] = mapped_column(String(300))
    problem: Mapped[str] = mapped_column(Text, nullable=False)
    proposal: Mapped[str | None] = mapped_column(Text)
    status: Mapped[R.NeedStatus] = mapped_column(enum_col(R.NeedStatus), nullable=False, default=R.NeedStatus.NEW)
    answer: Mapped[str | None] = mapped_column(Text)
    hearing_id: Mapped[str | None] = fk("hearing.id", nullable=True)
    proposal_id: Mapped[str | None] = fk("hearing_proposal.id", nullable=True)
    competition_id: Mapped[str | None] = fk("competition.id", nullable=True)
    measure_id: Mapped[str | None] = fk("program_measure.id", nullable=True)
    allocation_id: Mapped[str | None] = fk("local_budget_allocation.id", nullable=True)
    note: Mapped[str | None] = mapped_column(Text)


REGISTER_MODELS = (Resolution, ResolutionPoint, ResolutionLink, LocalBudget, BudgetAllocation, AllocationCompetition,
                   ReserveDecision, Hearing, HearingAttendance, HearingProposal, Need)

# the lists' indexes need every model; this module is the last of them to load, whichever was imported first
from app.store import list_indexes as _list_indexes  # noqa: E402,F401
