"""Lots (directions) of a competition, consortium partners of an application
and the fixed prizes of a prize competition (issue 15).

Every competition has at least one lot. A competition with one lot works as
before: the lot's allocation and maximum grant are the competition's. The
first lot of a competition gets a fixed id (uuid5 of the competition's id),
so the lot that migration 0020 made for an old competition in every office
is the same row everywhere.
"""
from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Synced

DEFAULT_LOT_NS = uuid.UUID("0b6f8a1e-5d0c-4c1e-9f7a-1c2d3e4f5a60")


def fk(target: str, nullable: bool = False):
    # the same as app.store.models.fk; not imported from there so that this
    # module can be imported first (models.py imports it before SYNCED_MODELS)
    return mapped_column(String(36), ForeignKey(target), nullable=nullable, index=True)


def nonneg(*cols: str) -> tuple[CheckConstraint, ...]:
    return tuple(CheckConstraint(f"{c} >= 0", name=f"{c}_nonneg") for c in cols)


def default_lot_id(competition_id: str) -> str:
    """The id of a competition's first lot (the same in every office)."""
    return str(uuid.uuid5(DEFAULT_LOT_NS, competition_id))


class Lot(Synced, Base):
    """A direction of a competition with its own allocation and maximum grant;
    in a prize competition, a nomination (its allocation = its prizes)."""

    __tablename__ = "lot"
    __table_args__ = (
        *nonneg("allocation_tyiyn", "max_grant_tyiyn"),
        CheckConstraint("max_grant_tyiyn <= allocation_tyiyn", name="max_le_allocation"),
    )

    competition_id: Mapped[str] = fk("competition.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    allocation_tyiyn: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    max_grant_tyiyn: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    priority_areas: Mapped[str | None] = mapped_column(Text)  # one per line


class ApplicationPartner(Synced, Base):
    """A partner applicant of a consortium application (the lead is
    Application.applicant_id)."""

    __tablename__ = "application_partner"
    __table_args__ = (UniqueConstraint("application_id", "applicant_id", name="uq_application_partner_app_appl"),)

    application_id: Mapped[str] = fk("application.id")
    applicant_id: Mapped[str] = fk("applicant.id")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Prize(Synced, Base):
    """A fixed prize for a place in a nomination (a lot) of a prize competition."""

    __tablename__ = "prize"
    __table_args__ = (
        UniqueConstraint("lot_id", "place", name="uq_prize_lot_place"),
        CheckConstraint("place > 0", name="place_pos"),
        CheckConstraint("amount_tyiyn > 0", name="amount_pos"),
    )

    competition_id: Mapped[str] = fk("competition.id")
    lot_id: Mapped[str] = fk("lot.id")
    place: Mapped[int] = mapped_column(Integer, nullable=False)
    amount_tyiyn: Mapped[int] = mapped_column(Integer, nullable=False)
