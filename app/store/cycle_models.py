"""The project cycle after the award (issue 20): the grant agreement's
tranches and the payments made against them, monitoring visits, the
executor's interim and final reports, the acceptance act, satisfaction
surveys and the files attached to a project.

Every table is synced (UUID key, timestamps, office, tombstone); money is
integer tyiyn. Imported by app.store.models, so Alembic and sync see them.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain import cycle as CY
from app.store.base import Base, Money, Synced, UTCDateTime
from app.store.models import enum_col, fk, nonneg


class GrantTranche(Synced, Base):
    """A payment of the grant foreseen by the agreement: its date, amount and
    condition; `report_id` is the executor's report that must be accepted
    before it is paid (none for an advance on signing)."""

    __tablename__ = "grant_tranche"
    __table_args__ = (CheckConstraint("amount_tyiyn > 0", name="amount_pos"), *nonneg("number"))

    project_id: Mapped[str] = fk("project.id")
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False)
    condition: Mapped[str | None] = mapped_column(Text)
    report_id: Mapped[str | None] = fk("executor_report.id", nullable=True)


class GrantPayment(Synced, Base):
    """Money actually paid against a tranche (a payment order)."""

    __tablename__ = "grant_payment"
    __table_args__ = (CheckConstraint("amount_tyiyn > 0", name="amount_pos"),)

    tranche_id: Mapped[str] = fk("grant_tranche.id")
    paid_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount_tyiyn: Mapped[int] = mapped_column(Money(), nullable=False)
    document_number: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)


class MonitoringVisit(Synced, Base):
    """A monitoring visit: who came, what was checked, what was found and the
    follow-up asked of the executor, with its due date and when it was done."""

    __tablename__ = "monitoring_visit"
    __table_args__ = (
        CheckConstraint("follow_up_due_on IS NULL OR follow_up_due_on >= visited_on", name="due_after_visit"),
    )

    project_id: Mapped[str] = fk("project.id")
    visited_on: Mapped[date] = mapped_column(Date, nullable=False)
    visitors: Mapped[str] = mapped_column(Text, nullable=False)
    checked: Mapped[str | None] = mapped_column(Text)
    findings: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    follow_up_due_on: Mapped[date | None] = mapped_column(Date)
    follow_up_done_on: Mapped[date | None] = mapped_column(Date)


class ExecutorReport(Synced, Base):
    """An interim or final report the executor owes: the period it covers,
    when it is due, when it came and what the office made of it."""

    __tablename__ = "executor_report"
    __table_args__ = (
        CheckConstraint("period_to IS NULL OR period_from IS NULL OR period_to >= period_from",
                        name="period_order"),
    )

    project_id: Mapped[str] = fk("project.id")
    kind: Mapped[CY.ReportKind] = mapped_column(enum_col(CY.ReportKind), nullable=False)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    received_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CY.ReportStatus] = mapped_column(enum_col(CY.ReportStatus), nullable=False,
                                                    default=CY.ReportStatus.EXPECTED)
    note: Mapped[str | None] = mapped_column(Text)


class AcceptanceAct(Synced, Base):
    """The act by which the customer accepts the project's result. Accepting
    it completes the project; `delivered_hash` seals the figures it listed."""

    __tablename__ = "acceptance_act"

    project_id: Mapped[str] = fk("project.id")
    number: Mapped[str | None] = mapped_column(String(100))
    act_date: Mapped[date | None] = mapped_column(Date)
    customer_signatory: Mapped[str | None] = mapped_column(String(300))
    executor_signatory: Mapped[str | None] = mapped_column(String(300))
    remarks: Mapped[str | None] = mapped_column(Text)
    status: Mapped[CY.ActStatus] = mapped_column(enum_col(CY.ActStatus), nullable=False,
                                                 default=CY.ActStatus.DRAFT)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepted_by: Mapped[str | None] = mapped_column(String(200))
    delivered_hash: Mapped[str | None] = mapped_column(String(64))
    cancel_reason: Mapped[str | None] = mapped_column(Text)


class SatisfactionSurvey(Synced, Base):
    """A short satisfaction record: how many were asked, how many were satisfied."""

    __tablename__ = "satisfaction_survey"
    __table_args__ = (
        CheckConstraint("asked > 0", name="asked_pos"),
        CheckConstraint("satisfied >= 0 AND satisfied <= asked", name="satisfied_le_asked"),
    )

    project_id: Mapped[str] = fk("project.id")
    surveyed_on: Mapped[date | None] = mapped_column(Date)
    asked: Mapped[int] = mapped_column(Integer, nullable=False)
    satisfied: Mapped[int] = mapped_column(Integer, nullable=False)
    method: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)


class ProjectAttachment(Synced, Base):
    """A scan, report or photo of a project, stored in the data folder by
    content hash: the same shape as an application's attachment (sha256,
    filename, size_bytes, note), so it travels by sync the same way."""

    __tablename__ = "project_attachment"
    __table_args__ = nonneg("size_bytes")

    project_id: Mapped[str] = fk("project.id")
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(300), nullable=False)
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[CY.AttachmentKind] = mapped_column(enum_col(CY.AttachmentKind), nullable=False,
                                                    default=CY.AttachmentKind.OTHER)
    visit_id: Mapped[str | None] = fk("monitoring_visit.id", nullable=True)
    report_id: Mapped[str | None] = fk("executor_report.id", nullable=True)


__all__ = ["GrantTranche", "GrantPayment", "MonitoringVisit", "ExecutorReport", "AcceptanceAct",
           "SatisfactionSurvey", "ProjectAttachment"]
