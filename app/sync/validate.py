"""What a change entry may say: the allow-list of synced tables and fields,
and the shape and type of every value, checked before anything is stored.

The allow-list is derived from the models: every table of a `Synced` model
and its columns (less the row id and the stamps each office derives itself).
A table of this installation only (users, audit trail, settings, sync
bookkeeping) is never a synced table, so no package can write to it.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from sqlalchemy import Boolean, Date, Enum, Integer, String, Text

from app.store.base import Base, DecimalText, UTCDateTime
from app.store.changelog import NOT_CAPTURED_FIELDS, PROTOCOL_CHILD_TABLES
from app.sync.canonical import synced_tables

KINDS = ("ins", "set", "seal")
SEAL_FIELD = "__seal__"
HEX64 = re.compile(r"^[0-9a-f]{64}$")
HEX128 = re.compile(r"^[0-9a-f]{128}$")
SITE = re.compile(r"^[0-9A-Za-z-]{1,36}$")
HLC = re.compile(r"^(\d{18})\.(\d{5})\.([0-9A-Za-z-]{1,36})$")
MAX_INT = 2**63 - 1
MAX_VALUE_CHARS = 1_000_000


class EntryError(Exception):
    """A change a package may not carry; `code` selects the message."""

    def __init__(self, code: str, **details):
        self.code = code
        self.details = details
        super().__init__(code)


@lru_cache(maxsize=1)
def allowed_fields() -> dict[str, frozenset[str]]:
    """table -> the fields a change may set (derived from the Synced models)."""
    out = {}
    for name in synced_tables():
        table = Base.metadata.tables[name]
        out[name] = frozenset(c.key for c in table.columns if c.key != "id" and c.key not in NOT_CAPTURED_FIELDS)
    return out


@lru_cache(maxsize=1)
def attachment_tables() -> tuple[str, ...]:
    """Synced tables that describe a stored file: a `sha256` and a `filename`
    column (application attachments today; any later table of that shape)."""
    return tuple(name for name in synced_tables()
                 if {"sha256", "filename"} <= set(Base.metadata.tables[name].c.keys()))


def _bad(table: str, field: str) -> EntryError:
    return EntryError("bad_value", table=table, column=field)


def check_value(column, value, table: str, stored: bool = False):
    """`value` (decoded JSON) fits the column; raise EntryError otherwise.
    `stored`: a value as the database file holds it (a seal's snapshot), where
    a boolean is 0 or 1."""
    field = column.key
    if value is None:
        return
    t = column.type
    if isinstance(t, Boolean):
        ok = isinstance(value, bool) or (stored and type(value) is int and value in (0, 1))
    elif isinstance(t, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool) and -MAX_INT <= value <= MAX_INT
    elif isinstance(t, UTCDateTime):
        ok = isinstance(value, str) and _parses(datetime.fromisoformat, value)
    elif isinstance(t, Date):
        ok = isinstance(value, str) and _parses(date.fromisoformat, value)
    elif isinstance(t, DecimalText):
        ok = isinstance(value, str) and _finite_decimal(value)
    elif isinstance(t, Enum):
        allowed = {e.value for e in t.enum_class} if t.enum_class is not None else set(t.enums)
        ok = isinstance(value, str) and value in allowed
    elif isinstance(t, (String, Text)):
        length = getattr(t, "length", None)
        ok = isinstance(value, str) and (length is None or len(value) <= length) and "\x00" not in value
    else:
        ok = False
    if not ok:
        raise _bad(table, field)


def _parses(fn, text: str) -> bool:
    try:
        fn(text)
        return True
    except ValueError:
        return False


def _finite_decimal(text: str) -> bool:
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        return False
    return d.is_finite() and len(text) <= 64


def _json(text, table: str, field: str):
    if text is None:
        return None
    if not isinstance(text, str) or len(text) > MAX_VALUE_CHARS:
        raise _bad(table, field)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise _bad(table, field) from None


def _no_constant(_name):
    raise ValueError("NaN and Infinity are not JSON values")


def check_shape(e: dict) -> None:
    """The entry's own fields have the right types (before its hash is trusted)."""
    ok = (isinstance(e.get("origin"), str) and SITE.match(e["origin"])
          and isinstance(e.get("seq"), int) and not isinstance(e["seq"], bool) and 1 <= e["seq"] <= MAX_INT
          and isinstance(e.get("hlc"), str) and HLC.match(e["hlc"])
          and e.get("kind") in KINDS
          and isinstance(e.get("table_name"), str) and len(e["table_name"]) <= 64
          and isinstance(e.get("row_id"), str) and SITE.match(e["row_id"])
          and isinstance(e.get("field"), str) and len(e["field"]) <= 64
          and (e.get("value") is None or isinstance(e["value"], str))
          and isinstance(e.get("base_hlc"), str) and (e["base_hlc"] == "" or HLC.match(e["base_hlc"]))
          and isinstance(e.get("prev_hash"), str) and HEX64.match(e["prev_hash"])
          and isinstance(e.get("hash"), str) and HEX64.match(e["hash"])
          and isinstance(e.get("sig"), str) and HEX128.match(e["sig"]))
    if not ok:
        raise EntryError("bad_manifest")
    # the change's clock stamp names the office that made it
    if HLC.match(e["hlc"]).group(3) != e["origin"]:
        raise EntryError("bad_manifest")


def check_entry(e: dict) -> None:
    """A known synced table and field, and a value that fits the column."""
    table, field = e["table_name"], e["field"]
    fields = allowed_fields().get(table)
    if fields is None:
        raise EntryError("unknown_table", table=table, column=field)
    if e["kind"] == "seal":
        if table != "meeting" or field != SEAL_FIELD:
            raise EntryError("unknown_field", table=table, column=field)
        check_seal(e["row_id"], _json(e["value"], table, field))
        return
    if field not in fields:
        raise EntryError("unknown_field", table=table, column=field)
    column = Base.metadata.tables[table].c[field]
    check_value(column, _json(e["value"], table, field), table)


def check_seal(meeting_id: str, snapshot) -> None:
    """A closed protocol: the meeting row and its child rows, every column known."""
    tables = ("meeting",) + PROTOCOL_CHILD_TABLES
    if not isinstance(snapshot, dict) or not set(snapshot) <= set(tables) or "meeting" not in snapshot:
        raise _bad("meeting", SEAL_FIELD)
    for table, rows in snapshot.items():
        if table not in allowed_fields():
            raise EntryError("unknown_table", table=table, column=SEAL_FIELD)
        columns = Base.metadata.tables[table].c
        if not isinstance(rows, list) or len(rows) > 100_000:
            raise _bad(table, SEAL_FIELD)
        for row in rows:
            if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not SITE.match(row["id"]):
                raise _bad(table, SEAL_FIELD)
            for key, value in row.items():
                if key not in columns:
                    raise EntryError("unknown_field", table=table, column=key)
                if key != "id":
                    check_value(columns[key], value, table, stored=True)
            owner = row["id"] if table == "meeting" else row.get("meeting_id")
            if owner != meeting_id:
                raise _bad(table, SEAL_FIELD)
    if len(snapshot["meeting"]) != 1:
        raise _bad("meeting", SEAL_FIELD)

