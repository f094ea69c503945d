"""Bookkeeping of file synchronisation (local to each installation)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, UTCDateTime, utcnow


class SyncIdentity(Base):
    """This office's public signing key; one row. The private key lives in a
    key file outside the database (app.store.site_identity); the column is
    blank since 0015 (older versions kept it here in plain text)."""

    __tablename__ = "sync_identity"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    private_key: Mapped[str] = mapped_column(String(64), nullable=False, default="")  # always blank now
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)
    machine: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class ChangeEntry(Base):
    """One changed field, as made at its origin office. Gapless seq per origin,
    hash-chained per origin; imported entries keep their original stamps."""

    __tablename__ = "change_entry"
    __table_args__ = (PrimaryKeyConstraint("origin", "seq", name="pk_change_entry"),)

    origin: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # ins | set | seal
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    value: Mapped[str | None] = mapped_column(Text)  # canonical JSON
    base_hlc: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    # the origin office's Ed25519 signature of `hash` (hex); empty only for
    # this office's own changes made while its key file was missing
    sig: Mapped[str | None] = mapped_column(String(128))
    package_id: Mapped[str | None] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(12), nullable=False, default="applied")


class FieldClock(Base):
    __tablename__ = "field_clock"
    __table_args__ = (PrimaryKeyConstraint("table_name", "row_id", "field", name="pk_field_clock"),)

    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)


class SyncPeer(Base):
    __tablename__ = "sync_peer"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)
    trusted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    clock_flagged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # what we know the peer has: JSON {origin: max contiguous seq}
    known_vector: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class SyncPackage(Base):
    __tablename__ = "sync_package"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4), nullable=False)  # in | out
    peer_site: Mapped[str | None] = mapped_column(String(36))
    file_name: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    entries: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    applied: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    already: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    waiting: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # changes by offices not trusted here, left out of this import
    set_aside: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    # the sender's audit-trail head when it signed the package (a witness
    # held outside the sender's file: see `demilge check`)
    audit_seq: Mapped[int | None] = mapped_column(Integer)
    audit_hash: Mapped[str | None] = mapped_column(String(64))


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # concurrent | hard | clock | seal
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str | None] = mapped_column(String(64))
    kept_value: Mapped[str | None] = mapped_column(Text)
    kept_hlc: Mapped[str | None] = mapped_column(String(64))
    other_value: Mapped[str | None] = mapped_column(Text)
    other_hlc: Mapped[str | None] = mapped_column(String(64))
    other_origin: Mapped[str | None] = mapped_column(String(36))
    package_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolution: Mapped[str | None] = mapped_column(String(12))  # kept | took_other
