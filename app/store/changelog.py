"""The sync change log, written in the same transaction as the data.

Every changed field of a synced row becomes one `ChangeEntry` stamped with a
Hybrid Logical Clock, numbered gaplessly per origin office and hash-chained
per origin. Closing a commission meeting adds a 'seal' entry carrying the
whole protocol, so every office ends with exactly the closed content.
"""
from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime, timezone

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from app.domain.hlc import ZERO, Stamp, receive, tick
from app.store.audit import canonical, to_json_value
from app.store.models import Setting
from app.store.sync_models import ChangeEntry, FieldClock

HLC_KEY = "hlc_last"
NOT_CAPTURED_FIELDS = {"updated_at", "site_id"}
PROTOCOL_CHILD_TABLES = ("attendance", "conflict_declaration", "score", "vote", "decision")
GENESIS = "0" * 64


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _read_hlc(session: Session) -> Stamp:
    value = session.scalar(select(Setting.value).where(Setting.key == HLC_KEY))
    return Stamp.decode(value) if value else ZERO


def _write_hlc(session: Session, stamp: Stamp) -> None:
    session.execute(
        text("INSERT INTO setting (key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = :v"),
        {"k": HLC_KEY, "v": stamp.encode()},
    )


def next_stamp(session: Session, site: str, wall_ms: int | None = None) -> Stamp:
    stamp = tick(_read_hlc(session), now_ms() if wall_ms is None else wall_ms, site)
    _write_hlc(session, stamp)
    return stamp


def observe(session: Session, remote: Stamp, site: str, wall_ms: int | None = None) -> None:
    _write_hlc(session, receive(_read_hlc(session), remote, now_ms() if wall_ms is None else wall_ms, site))


def stamp_datetime(stamp: Stamp) -> datetime:
    return datetime.fromtimestamp(stamp.wall_ms / 1000, tz=timezone.utc)


def entry_hash(origin: str, seq: int, hlc: str, kind: str, table: str, row_id: str, field: str,
               value: str | None, base_hlc: str, prev_hash: str) -> str:
    payload = json.dumps([origin, seq, hlc, kind, table, row_id, field, value, base_hlc, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_of_origin(session: Session, origin: str) -> tuple[int, str]:
    row = session.execute(
        select(ChangeEntry.seq, ChangeEntry.hash).where(ChangeEntry.origin == origin)
        .order_by(ChangeEntry.seq.desc()).limit(1)
    ).first()
    return (row.seq, row.hash) if row else (0, GENESIS)


def field_clocks(session: Session, table: str, row_id: str) -> dict[str, str]:
    rows = session.execute(
        select(FieldClock.field, FieldClock.hlc).where(FieldClock.table_name == table, FieldClock.row_id == row_id)
    )
    return {r.field: r.hlc for r in rows}


_SET_CLOCK = text(
    "INSERT INTO field_clock (table_name, row_id, field, hlc) VALUES (:t, :r, :f, :h) "
    "ON CONFLICT(table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc")


def set_clock(session: Session, table: str, row_id: str, field: str, hlc: str) -> None:
    session.execute(_SET_CLOCK, {"t": table, "r": row_id, "f": field, "h": hlc})


def set_clocks(session: Session, items: list[tuple[str, str, str, str]]) -> None:
    """Many (table, row_id, field, hlc) at once."""
    if items:
        session.execute(_SET_CLOCK, [{"t": t, "r": r, "f": f, "h": h} for t, r, f, h in items])


def append_local(session: Session, site: str, stamp: Stamp, items: list[tuple[str, str, str, str, str | None]]) -> None:
    """items: (kind, table, row_id, field, value_json). Chains and numbers them."""
    if not items:
        return
    seq, prev = last_of_origin(session, site)
    hlc = stamp.encode()
    signer = session.info.get("signer")
    if signer is not None and signer.site_id != site:
        signer = None
    rows = []
    clocks: dict[tuple[str, str], dict[str, str]] = {}
    for kind, table, row_id, field, value in items:
        seq += 1
        if kind == "set":
            key = (table, row_id)
            if key not in clocks:
                clocks[key] = field_clocks(session, table, row_id)
            base = clocks[key].get(field, "")
        else:
            base = ""
        h = entry_hash(site, seq, hlc, kind, table, row_id, field, value, base, prev)
        rows.append(dict(origin=site, seq=seq, hlc=hlc, kind=kind, table_name=table, row_id=row_id, field=field,
                         value=value, base_hlc=base, prev_hash=prev, hash=h,
                         sig=signer.sign_entry(h) if signer is not None else None, package_id=None,
                         state="applied"))
        prev = h
    session.execute(insert(ChangeEntry), rows)
    set_clocks(session, [(r["table_name"], r["row_id"], r["field"], hlc) for r in rows if r["kind"] != "seal"])


def capture(session: Session, changes, site: str, wall_ms: int | None = None) -> Stamp | None:
    """Turn the flush's field changes into change-log entries; return the stamp."""
    items = []
    for c in changes:
        if c.action == "purge" or c.field is None or c.field in NOT_CAPTURED_FIELDS:
            continue
        kind = "ins" if c.action == "insert" else "set"
        items.append((kind, c.table, c.row_id, c.field, canonical(c.new)))
    if not items:
        return None
    stamp = next_stamp(session, site, wall_ms)
    append_local(session, site, stamp, items)
    return stamp


# ----------------------------------------------------------------------------
# Protocol seals


def _row_dict(session: Session, table: str, row_id: str) -> dict | None:
    row = session.execute(text(f'SELECT * FROM "{table}" WHERE id = :id'), {"id": row_id}).mappings().first()
    return None if row is None else {k: _plain(v) for k, v in row.items()}


def _plain(v):
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    return to_json_value(v)


def protocol_snapshot(session: Session, meeting_id: str) -> dict:
    """Every stored column of the meeting and its child rows, as stored."""
    snap = {"meeting": [_row_dict(session, "meeting", meeting_id)]}
    for table in PROTOCOL_CHILD_TABLES:
        rows = session.execute(
            text(f'SELECT * FROM "{table}" WHERE meeting_id = :m ORDER BY id'), {"m": meeting_id}
        ).mappings().all()
        snap[table] = [{k: _plain(v) for k, v in r.items()} for r in rows]
    return snap


def seal(session: Session, site: str, meeting_id: str, wall_ms: int | None = None) -> None:
    snap = protocol_snapshot(session, meeting_id)
    value = json.dumps(snap, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    stamp = next_stamp(session, site, wall_ms)
    append_local(session, site, stamp, [("seal", "meeting", meeting_id, "__seal__", value)])
