"""The audit trail: every change to a synced row, field by field.

Written by a session hook in the same transaction as the change, so a change
without its audit entry cannot be committed. Each entry's hash covers the
previous entry's hash, so editing or deleting any entry (even with a plain
SQLite tool, past the triggers) breaks the chain at that point.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.admin_models import AuditEntry
from app.store.base import utcnow
from app.store.changes import pending_changes

GENESIS = "0" * 64
SKIP_FIELDS = {"updated_at", "created_at", "site_id"}


def to_json_value(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def canonical(value) -> str:
    return json.dumps(to_json_value(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, seq: int, at: datetime, user: str, site: str | None, action: str,
               table: str, row_id: str, field: str | None, old: str | None, new: str | None) -> str:
    payload = json.dumps(
        [prev_hash, seq, at.isoformat(), user, site, action, table, row_id, field, old, new],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def collect_changes(session: Session, changes=None) -> list[tuple[str, str, str, str | None, str | None, str | None]]:
    """(action, table, row_id, field, old_json, new_json) for pending changes."""
    if changes is None:
        changes = pending_changes(session)
    out = []
    for c in changes:
        if c.field in SKIP_FIELDS:
            continue
        if c.action == "insert":
            out.append(("insert", c.table, c.row_id, c.field, None, canonical(c.new) if c.field else None))
        elif c.action == "purge":
            out.append(("purge", c.table, c.row_id, None, None, None))
        else:
            out.append((c.action, c.table, c.row_id, c.field, canonical(c.old), canonical(c.new)))
    return out


def last_entry(session: Session) -> tuple[int, str]:
    row = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (row.seq, row.hash) if row else (0, GENESIS)


def write_entries(session: Session, changes, user: str, site: str | None) -> None:
    if not changes:
        return
    with session.no_autoflush:
        seq, prev = last_entry(session)
    at = utcnow()
    for action, table, row_id, field, old, new in changes:
        seq += 1
        h = entry_hash(prev, seq, at, user, site, action, table, row_id, field, old, new)
        session.add(AuditEntry(seq=seq, at=at, user_name=user, site_id=site, action=action, table_name=table,
                               row_id=row_id, field=field, old_value=old, new_value=new, prev_hash=prev, hash=h))
        prev = h


@dataclass(frozen=True)
class ChainResult:
    ok: bool
    entries: int
    first_broken_seq: int | None = None
    reason: str | None = None


def verify_chain(conn) -> ChainResult:
    """Walk the chain (a DB-API or SQLAlchemy connection); report the first broken link."""
    rows = conn.execute(
        "SELECT seq, at, user_name, site_id, action, table_name, row_id, field, old_value, new_value, "
        "prev_hash, hash FROM audit_entry ORDER BY seq"
    )
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, at, user, site, action, table, row_id, field, old, new, prev_hash, h in rows:
        count += 1
        if seq != expected_seq:
            return ChainResult(False, count, expected_seq, "missing")
        if prev_hash != prev:
            return ChainResult(False, count, seq, "link")
        at_dt = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        if at_dt.tzinfo is None:
            from datetime import timezone

            at_dt = at_dt.replace(tzinfo=timezone.utc)
        if entry_hash(prev, seq, at_dt, user, site, action, table, row_id, field, old, new) != h:
            return ChainResult(False, count, seq, "content")
        prev = h
        expected_seq += 1
    return ChainResult(True, count)
