"""JSON values of the change log back into column values."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import Boolean, Date, Enum, Integer

from app.store.base import DecimalText, UTCDateTime


def from_json(column, text: str | None):
    if text is None:
        return None
    value = json.loads(text)
    if value is None:
        return None
    t = column.type
    if isinstance(t, UTCDateTime):
        d = datetime.fromisoformat(value)
        return d if d.tzinfo else d.replace(tzinfo=timezone.utc)
    if isinstance(t, Date):
        return date.fromisoformat(value)
    if isinstance(t, DecimalText):
        return Decimal(value)
    if isinstance(t, Enum) and t.enum_class is not None:
        return t.enum_class(value)
    if isinstance(t, Boolean):
        return bool(value)
    if isinstance(t, Integer):
        return int(value)
    return value


def from_plain(column, value):
    """A snapshot value (already decoded JSON) into a column value."""
    return from_json(column, json.dumps(value)) if value is not None else None
