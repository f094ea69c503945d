"""What a flush is about to change, field by field (shared by the audit
trail and the sync change log)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.store.base import Synced


@dataclass
class FieldChange:
    obj: Any
    table: str
    row_id: str
    action: str  # insert | update | delete | purge
    field: str | None
    old: Any
    new: Any


def _column_keys(obj) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def pending_changes(session: Session) -> list[FieldChange]:
    out: list[FieldChange] = []
    for obj in session.new:
        if not isinstance(obj, Synced):
            continue
        table = obj.__table__.name
        any_field = False
        for key in _column_keys(obj):
            if key == "id":
                continue
            value = getattr(obj, key)
            if value is None:
                continue
            out.append(FieldChange(obj, table, obj.id, "insert", key, None, value))
            any_field = True
        if not any_field:
            out.append(FieldChange(obj, table, obj.id, "insert", None, None, None))
    for obj in session.dirty:
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        table = obj.__table__.name
        state = inspect(obj)
        for key in _column_keys(obj):
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            action = "delete" if key == "deleted_at" and new is not None else "update"
            out.append(FieldChange(obj, table, obj.id, action, key, old, new))
    for obj in session.deleted:
        if isinstance(obj, Synced):
            out.append(FieldChange(obj, obj.__table__.name, obj.id, "purge", None, None, None))
    return out
