"""Tables of this installation only (not exchanged between offices):
user accounts and the append-only, hash-chained audit trail."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, UTCDateTime, new_id, utcnow


class UserAccount(Base):
    __tablename__ = "user_account"
    __table_args__ = (
        CheckConstraint("role IN ('admin','specialist','secretary','chair','viewer')", name="role_known"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(300), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # failed logins in a row, and until when the account is paused (app.services.users.LOCKOUT)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """Who changed what, when, where: one row per changed field.

    Append-only (triggers refuse UPDATE and DELETE) and hash-chained: `hash`
    is SHA-256 over the previous entry's hash and this entry's content.
    """

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    user_name: Mapped[str] = mapped_column(String(200), nullable=False)
    site_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(8), nullable=False)  # insert | update | delete
    table_name: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)  # canonical JSON
    new_value: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
