"""The history of a record, read from the audit trail."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.store.admin_models import AuditEntry
from app.store.models import Site


@dataclass(frozen=True)
class HistoryRow:
    seq: int
    at: datetime
    user_name: str
    office: str
    action: str
    table_name: str
    field: str | None
    old_value: str | None
    new_value: str | None


def _plain(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def record_history(db, row_id: str) -> list[HistoryRow]:
    """Every audited change of one record, oldest first."""
    with db.reader() as s:
        offices = {site.id: site.name for site in s.scalars(select(Site))}
        rows = s.scalars(select(AuditEntry).where(AuditEntry.row_id == row_id).order_by(AuditEntry.seq))
        return [HistoryRow(e.seq, e.at, e.user_name, offices.get(e.site_id or "", e.site_id or ""), e.action,
                           e.table_name, e.field, _plain(e.old_value), _plain(e.new_value)) for e in rows]
