"""The audit trail: every change to a synced row, field by field.

Written by a session hook in the same transaction as the change, so a change
without its audit entry cannot be committed. Each entry's hash covers the
previous entry's hash, so editing or deleting any entry (even with a plain
SQLite tool, past the triggers) breaks the chain at that point.

Every way data is written leaves entries from which each synced row's
current values can be replayed (`replay`, `unexplained_rows`): the services
and the demo through the session hook, sync import through the applier,
migrations that write rows through `record_baseline`. So a row changed
directly in the file (triggers dropped) is found by `demilge check`. The
chain's head (`audit_head`) is witnessed: signed locally after every change
(app.store.witness) and printed in every PDF footer (and meant for every
signed sync manifest), so a chain cut short or rewritten and re-chained is
found too.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import insert, select
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


def audit_head(session) -> tuple[int, str]:
    """The chain's head: (seq, hash) of the last entry, (0, GENESIS) when empty.
    Printed in report footers; meant for every signed sync manifest as a witness."""
    return last_entry(session)


def short_head(head: tuple[int, str]) -> str:
    """The head as printed: "#1234 ab12cd34ef56"."""
    return f"#{head[0]} {head[1][:12]}"


def write_entries(session: Session, changes, user: str, site: str | None) -> None:
    if not changes:
        return
    session.info["audit_written"] = True
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


# ----------------------------------------------------------------------------
# Replaying the trail: what each synced row should hold

BASELINE = "baseline"  # an upgrade took the row (or field) as it stood; see record_baseline


def synced_tables() -> dict:
    """name -> Table of every synced table (the Synced mixin)."""
    from app.store.base import Base, Synced
    from app.store import models  # noqa: F401  (registers the tables)

    out = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Synced):
            out[mapper.local_table.name] = mapper.local_table
    return dict(sorted(out.items()))


def norm(column, value):
    """A decoded JSON value in one comparable form per column type (so "1.50"
    and "1.5", or two spellings of one UTC moment, compare equal)."""
    from sqlalchemy import Boolean, Integer

    from app.store.base import DecimalText, UTCDateTime

    if value is None:
        return None
    t = column.type
    try:
        if isinstance(t, DecimalText):
            d = Decimal(str(value))
            return format(d.normalize(), "f") if d != 0 else "0"
        if isinstance(t, UTCDateTime):
            from datetime import timezone

            moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
            return moment.astimezone(timezone.utc).isoformat()
        if isinstance(t, Boolean):
            return bool(value)
        if isinstance(t, Integer) and not isinstance(value, bool):
            return int(value)
    except (ArithmeticError, ValueError, TypeError):
        return value
    return value


@dataclass
class RowTrail:
    fields: dict
    exists: bool = True
    last_seq: int = 0


def replay(conn, upto: int | None = None) -> dict[tuple[str, str], RowTrail]:
    """Fold the trail (a Session or Connection) into each row's field values
    (decoded JSON), by (table, row id)."""
    from sqlalchemy import text

    sql = "SELECT seq, action, table_name, row_id, field, new_value FROM audit_entry"
    if upto is not None:
        sql += " WHERE seq <= :upto"
    rows = conn.execute(text(sql + " ORDER BY seq"), {"upto": upto} if upto is not None else {})
    out: dict[tuple[str, str], RowTrail] = {}
    for seq, action, table, row_id, fld, new in rows:
        key = (table, row_id)
        trail = out.get(key)
        if trail is None:
            trail = out[key] = RowTrail({})
        trail.last_seq = seq
        if action == "purge":
            trail.fields, trail.exists = {}, False
            continue
        if action in ("insert", BASELINE) and not trail.exists:
            trail.fields, trail.exists = {}, True
        if fld is not None:
            trail.fields[fld] = json.loads(new) if new is not None else None
    return out


def _current_rows(conn, table) -> list[dict]:
    return [dict(r) for r in conn.execute(select(table)).mappings()]


def _compared_columns(table) -> list:
    return [c for c in table.columns if c.name != "id" and c.name not in SKIP_FIELDS]


@dataclass(frozen=True)
class RowProblem:
    kind: str           # "changed" | "no_trail" | "missing"
    table: str
    row_id: str
    field: str | None = None
    value: object = None      # what the row holds now
    expected: object = None   # what the trail says


def unexplained_rows(conn, tables: dict | None = None) -> list[RowProblem]:
    """Every synced row whose current values are not what the trail says:
    a field that differs, a row the trail does not know, a row the trail
    says exists but is gone."""
    tables = tables if tables is not None else synced_tables()
    trails = replay(conn)
    problems: list[RowProblem] = []
    for name, table in tables.items():
        seen = set()
        columns = _compared_columns(table)
        for row in _current_rows(conn, table):
            seen.add(row["id"])
            trail = trails.get((name, row["id"]))
            if trail is None or not trail.exists:
                problems.append(RowProblem("no_trail", name, row["id"]))
                continue
            fields = trail.fields
            for col in columns:
                said = fields.get(col.name)
                if to_json_value(row[col.name]) == said:
                    continue        # the same value as the trail's (most cells): nothing to normalise
                now = norm(col, json.loads(canonical(row[col.name])))
                said = norm(col, said)
                if now != said:
                    problems.append(RowProblem("changed", name, row["id"], col.name, now, said))
        for (t, row_id), trail in trails.items():
            if t == name and trail.exists and row_id not in seen:
                problems.append(RowProblem("missing", name, row_id))
    return problems


def row_values(conn, table_name: str, row_id: str) -> dict[str, str] | None:
    """A row's audited fields as canonical JSON (None when there is no row)."""
    table = synced_tables()[table_name]
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if row is None:
        return None
    return {c.name: canonical(row[c.name]) for c in _compared_columns(table)}


def diff_items(table: str, row_id: str, before: dict | None, after: dict | None) -> list[tuple]:
    """Audit items (as for write_entries) for a row written without the ORM."""
    if after is None:
        return [] if before is None else [("purge", table, row_id, None, None, None)]
    if before is None:
        items = [("insert", table, row_id, f, None, v) for f, v in after.items() if v != "null"]
        return items or [("insert", table, row_id, None, None, None)]
    return [("delete" if f == "deleted_at" and v != "null" else "update", table, row_id, f, before.get(f), v)
            for f, v in after.items() if before.get(f) != v]


def record_baseline(conn, user: str) -> int:
    """For a migration that wrote rows or filled a new column: record, as
    'baseline' entries, the rows the trail does not know at all and the
    fields it never mentioned. A field the trail did record and that now
    differs is left alone (it stays a finding of `demilge check`). Reads the
    real table columns, so it works before later columns exist. Returns the
    number of entries written. Runs once per `user` (the revision)."""
    from sqlalchemy import inspect as sa_inspect, text

    if conn.execute(text("SELECT 1 FROM audit_entry WHERE user_name = :u LIMIT 1"), {"u": user}).first():
        return 0
    inspector = sa_inspect(conn)
    present = set(inspector.get_table_names())
    trails = replay(conn)
    items = []
    for name, table in synced_tables().items():
        if name not in present or conn.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is None:
            continue
        have = {c["name"] for c in inspector.get_columns(name)}
        columns = [c for c in _compared_columns(table) if c.name in have]
        rows = conn.execute(select(*[table.c.id], *columns)).mappings()
        for row in rows:
            trail = trails.get((name, row["id"]))
            known = trail.fields if trail is not None and trail.exists else None
            values = {c.name: canonical(row[c.name]) for c in columns}
            new = [(f, v) for f, v in values.items() if v != "null" and (known is None or f not in known)]
            items += [(BASELINE, name, row["id"], f, None, v) for f, v in new]
            if known is None and not new:
                items.append((BASELINE, name, row["id"], None, None, None))
    return append_entries(conn, items, user)


def append_entries(conn, items, user: str, site: str | None = None) -> int:
    """Chain entries onto the trail with plain SQL (for migrations' data
    steps; the program itself writes through write_entries)."""
    from sqlalchemy import text

    if not items:
        return 0
    last = conn.execute(text("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    at = utcnow()
    rows = []
    for action, table, row_id, fld, old, new in items:
        seq += 1
        h = entry_hash(prev, seq, at, user, site, action, table, row_id, fld, old, new)
        rows.append(dict(seq=seq, at=at, user_name=user, site_id=site, action=action, table_name=table,
                         row_id=row_id, field=fld, old_value=old, new_value=new, prev_hash=prev, hash=h))
        prev = h
    conn.execute(insert(AuditEntry), rows)
    return len(rows)
