"""Declarative base, naming convention and the columns every synced row has."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, MetaData, String, Text, TypeDecorator
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Money(BigInteger):
    """Money in tyiyn: a 64-bit integer. SQLite's INTEGER is 64-bit already (and
    the files keep their INTEGER columns); PostgreSQL's integer is 32-bit (at most
    21 474 836.47 som, less than a town's yearly budget), so there it is BIGINT
    (db/versions/0050_weight_check.py widens the columns made by earlier revisions).
    Read back as int: PostgreSQL's SUM of a BIGINT is NUMERIC (a Decimal), and
    SUM(column) takes the column's type. An Integer, so sync and the audit trail
    treat it as one."""

    def adapt(self, cls, **kw):
        # a dialect's own BIGINT class (psycopg's) would drop the int() below
        return Money() if issubclass(cls, BigInteger) else super().adapt(cls, **kw)

    def result_processor(self, dialect, coltype):
        return lambda value: None if value is None else int(value)


@compiles(Money, "sqlite")
def _money_on_sqlite(type_, compiler, **kw) -> str:
    return "INTEGER"


class UTCDateTime(TypeDecorator):
    """Stores timezone-aware UTC datetimes; returns aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; store UTC-aware datetimes")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


class DecimalText(TypeDecorator):
    """An exact decimal stored as text (SQLite has no decimal type)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        d = Decimal(value)
        if not d.is_finite():
            raise ValueError("not a finite decimal")
        return format(d.normalize(), "f") if d != 0 else "0"

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Columns of every row that travels between offices.

    A UUID made where the row is born, created/updated timestamps, the office
    (site) that last changed it, and a tombstone instead of DELETE.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    # set by the session hook (app.store.hooks) to the change's clock time,
    # so every office derives the same value; no onupdate here on purpose
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    site_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


__all__ = ["Base", "Synced", "UTCDateTime", "DecimalText", "new_id", "utcnow", "Text"]
