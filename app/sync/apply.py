"""Applying other offices' change entries: idempotent and order-free.

Rules (see SYNC in README):
- entries are stored once per (origin, seq); a repeated entry is "already had";
- an entry is processed only when every earlier entry of its origin is here
  and its hash chain checks; otherwise it waits;
- processing goes in HLC order; a new row (or a field pointing at another
  row) waits until the rows it refers to exist; every field is
  last-writer-wins by HLC (`hlc.later`: an exact tie goes to the higher site
  id), and an edit that did not know of the winning one is listed as a
  concurrent conflict;
- a sealed (closed) protocol becomes exactly the sealed content; later
  changes to it are refused and listed as hard conflicts;
- one protocol closed at two offices: the seal with the earlier stamp wins
  everywhere (`hlc.seal_wins`: an exact tie goes to the lower site id); its
  whole protocol replaces the other's, and the losing seal is listed as a
  "seal" conflict;
- unique-key and check collisions never overwrite: the row already here
  stays, the other change is listed as a hard conflict.

Which changes may arrive at all (synced tables and fields, value types, the
author's signature) is checked before anything is stored: app.sync.validate
and app.sync.package; `check_history` refuses a package whose changes
contradict the history already here.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.hlc import Stamp, later, seal_wins
from app.store import audit, changelog
from app.store.base import Base
from app.store.protocol_guard import triggers_lifted
from app.store.sync_models import ChangeEntry, FieldClock, SyncConflict, SyncPeer
from app.sync.package import PackageError
from app.sync.values import from_json, from_plain

PROTOCOL_TABLES = ("meeting",) + changelog.PROTOCOL_CHILD_TABLES
CLOCK_AHEAD_MS = 24 * 3600 * 1000


@dataclass
class ApplyReport:
    applied: int = 0
    already: int = 0
    waiting: int = 0
    conflicts: int = 0
    superseded: int = 0
    refused: int = 0
    clock_flagged: set[str] = field(default_factory=set)


def _table(name: str):
    return Base.metadata.tables[name]


def _row_exists(session: Session, table: str, row_id: str) -> bool:
    return session.execute(text(f'SELECT 1 FROM "{table}" WHERE id = :id'), {"id": row_id}).first() is not None


def _sealed_meetings(session: Session) -> dict[str, str]:
    """meeting id -> stamp of the seal in force (the winning one)."""
    rows = session.execute(
        select(ChangeEntry.row_id, ChangeEntry.hlc)
        .where(ChangeEntry.kind == "seal", ChangeEntry.state == "applied")
    ).all()
    out: dict[str, str] = {}
    for r in rows:
        if r.row_id not in out or seal_wins(r.hlc, out[r.row_id]):
            out[r.row_id] = r.hlc
    return out


def check_history(session: Session, entries: list[dict]) -> None:
    """Refuse (PackageError "chain") changes that contradict the history
    already here: another change under the same number, or a link that does
    not fit the stored neighbour. Nothing is stored from such a package, so
    the office's later, good packages are not blocked by it."""
    by_origin: dict[str, dict[int, dict]] = defaultdict(dict)
    for e in entries:
        by_origin[e["origin"]][e["seq"]] = e
    for origin, mine in by_origin.items():
        lo, hi = min(mine) - 1, max(mine) + 1
        rows = session.execute(select(ChangeEntry.seq, ChangeEntry.hash, ChangeEntry.prev_hash).where(
            ChangeEntry.origin == origin, ChangeEntry.seq.between(lo, hi))).all()
        stored = {r.seq: (r.hash, r.prev_hash) for r in rows}
        for seq, e in mine.items():
            here = stored.get(seq)
            if here is not None and here[0] != e["hash"]:
                raise PackageError("chain")
            before = stored.get(seq - 1)
            if seq - 1 not in mine and before is not None and before[0] != e["prev_hash"]:
                raise PackageError("chain")
            after = stored.get(seq + 1)
            if seq + 1 not in mine and after is not None and after[1] != e["hash"]:
                raise PackageError("chain")


def _protocol_meeting(session: Session, table: str, row_id: str, values: dict | None = None) -> str | None:
    if table == "meeting":
        return row_id
    if table not in changelog.PROTOCOL_CHILD_TABLES:
        return None
    if values and "meeting_id" in values:
        return values["meeting_id"]
    row = session.execute(text(f'SELECT meeting_id FROM "{table}" WHERE id = :id'), {"id": row_id}).first()
    return row[0] if row else None


def _missing_parents(session: Session, table: str, values: dict) -> bool:
    t = _table(table)
    for fk in t.foreign_keys:
        col = fk.parent
        if col.name not in values:
            continue
        v = values[col.name]
        if v is None:
            continue
        target = fk.column.table.name
        if not _row_exists(session, target, v):
            return True
    return False


def _conflict(session: Session, report: ApplyReport, kind: str, table: str, row_id: str, fld: str | None,
              kept_value, kept_hlc, other_value, other_hlc, origin, package_id) -> None:
    session.add(SyncConflict(kind=kind, table_name=table, row_id=row_id, field=fld, kept_value=kept_value,
                             kept_hlc=kept_hlc, other_value=other_value, other_hlc=other_hlc, other_origin=origin,
                             package_id=package_id))
    report.conflicts += 1


def _current_json(session: Session, table: str, row_id: str, fld: str) -> str | None:
    t = _table(table)
    col = t.c[fld]
    row = session.execute(select(col).where(t.c.id == row_id)).first()
    if row is None:
        return None
    return audit.canonical(_as_python(col, row[0]))


def _as_python(col, raw):
    return raw


def _touch_row(session: Session, table: str, row_id: str) -> None:
    """updated_at / site_id follow the row's newest field stamp everywhere."""
    top = session.scalar(
        select(FieldClock.hlc).where(FieldClock.table_name == table, FieldClock.row_id == row_id)
        .order_by(FieldClock.hlc.desc()).limit(1)
    )
    if not top:
        return
    stamp = Stamp.decode(top)
    t = _table(table)
    session.execute(t.update().where(t.c.id == row_id).values(
        updated_at=changelog.stamp_datetime(stamp), site_id=stamp.site))


class Applier:
    def __init__(self, session: Session, local_site: str, package_id: str | None, user_for: dict[str, str],
                 now_ms: int | None = None):
        self.s = session
        self.local = local_site
        self.package_id = package_id
        self.user_for = user_for
        self.report = ApplyReport()
        self.touched: set[tuple[str, str]] = set()
        self.now_ms = changelog.now_ms() if now_ms is None else now_ms
        self.max_stamp: Stamp | None = None
        self.audit_items: list[tuple[str, tuple]] = []

    # -- storing -------------------------------------------------------------
    def store(self, entries: list[dict]) -> None:
        """Keep every entry we do not have yet, as waiting. An entry we have
        without its signature (made before changes were signed) takes it."""
        have: dict[tuple[str, int], str | None] = {}
        by_origin = defaultdict(list)
        for e in entries:
            by_origin[e["origin"]].append(e["seq"])
        for origin, seqs in by_origin.items():
            rows = self.s.execute(select(ChangeEntry.seq, ChangeEntry.sig).where(
                ChangeEntry.origin == origin, ChangeEntry.seq.between(min(seqs), max(seqs)))).all()
            have.update(((origin, r.seq), r.sig) for r in rows)
        new_rows = []
        for e in entries:
            key = (e["origin"], e["seq"])
            if key in have:
                self.report.already += 1
                if have[key] is None and e.get("sig"):
                    self.s.execute(ChangeEntry.__table__.update().where(
                        ChangeEntry.origin == e["origin"], ChangeEntry.seq == e["seq"]).values(sig=e["sig"]))
                continue
            have[key] = e.get("sig")
            new_rows.append(dict(e, package_id=self.package_id, state="waiting"))
        if new_rows:
            self.s.execute(ChangeEntry.__table__.insert(), new_rows)

    # -- readiness -------------------------------------------------------------
    def _complete_upto(self, origin: str) -> int:
        """The highest seq of `origin` with every earlier one stored here."""
        count, top = self.s.execute(select(func.count(), func.max(ChangeEntry.seq))
                                    .where(ChangeEntry.origin == origin)).one()
        if not top or count == top:
            return top or 0
        n = 0
        for q in self.s.scalars(select(ChangeEntry.seq).where(ChangeEntry.origin == origin)
                                .order_by(ChangeEntry.seq)):
            if q != n + 1:
                break
            n = q
        return n

    def _ready(self) -> list[ChangeEntry]:
        """Waiting entries whose origin's history up to them is all here (some
        of it may itself be waiting, e.g. for a row it refers to) and chained."""
        waiting = list(self.s.scalars(
            select(ChangeEntry).where(ChangeEntry.state == "waiting").order_by(ChangeEntry.origin, ChangeEntry.seq)))
        ready = []
        by_origin = defaultdict(list)
        for e in waiting:
            by_origin[e.origin].append(e)
        for origin, items in by_origin.items():
            upto = self._complete_upto(origin)
            items = [e for e in items if e.seq <= upto]
            if not items:
                continue
            before = {r.seq: r.hash for r in self.s.execute(select(ChangeEntry.seq, ChangeEntry.hash).where(
                ChangeEntry.origin == origin, ChangeEntry.seq.in_([e.seq - 1 for e in items])))}
            for e in items:
                prev_hash = before.get(e.seq - 1, changelog.GENESIS if e.seq == 1 else None)
                good = e.prev_hash == prev_hash and changelog.entry_hash(
                    e.origin, e.seq, e.hlc, e.kind, e.table_name, e.row_id, e.field, e.value, e.base_hlc,
                    e.prev_hash) == e.hash
                if not good:
                    # a forged or damaged history: refuse it and everything after it
                    e.state = "refused"
                    self.report.refused += 1
                    _conflict(self.s, self.report, "hard", e.table_name, e.row_id, e.field, None, None, e.value,
                              e.hlc, e.origin, self.package_id)
                    break
                ready.append(e)
        ready.sort(key=lambda e: (e.hlc, e.origin, e.seq))
        return ready

    # -- processing ------------------------------------------------------------
    def run(self) -> ApplyReport:
        # states of entries are flushed once per pass, not before every query
        with self.s.no_autoflush:
            return self._run()

    def _run(self) -> ApplyReport:
        sealed = _sealed_meetings(self.s)
        while True:
            self.s.flush()
            ready = self._ready()
            progress = False
            i = 0
            while i < len(ready):
                e = ready[i]
                if e.kind == "ins":
                    group = [e]
                    j = i + 1
                    while j < len(ready) and ready[j].kind == "ins" and ready[j].hlc == e.hlc and \
                            ready[j].origin == e.origin and ready[j].row_id == e.row_id and \
                            ready[j].table_name == e.table_name:
                        group.append(ready[j])
                        j += 1
                    if self._apply_insert(group, sealed):
                        progress = True
                    i = j
                    continue
                if e.kind == "seal":
                    if self._apply_seal(e, sealed):
                        progress = True
                else:
                    if self._apply_set(e, sealed):
                        progress = True
                i += 1
            if not progress:
                break
        self.s.flush()
        for table, row_id in sorted(self.touched):
            if _row_exists(self.s, table, row_id):
                _touch_row(self.s, table, row_id)
        self._write_audit()
        self.report.waiting = self.s.scalar(
            select(text("count(*)")).select_from(ChangeEntry).where(ChangeEntry.state == "waiting")) or 0
        if self.max_stamp is not None:
            changelog.observe(self.s, self.max_stamp, self.local, self.now_ms)
        return self.report

    def _seen(self, e: ChangeEntry) -> None:
        stamp = Stamp.decode(e.hlc)
        if self.max_stamp is None or stamp > self.max_stamp:
            self.max_stamp = stamp
        if stamp.wall_ms - self.now_ms > CLOCK_AHEAD_MS and e.origin not in self.report.clock_flagged:
            self.report.clock_flagged.add(e.origin)
            peer = self.s.get(SyncPeer, e.origin)
            if peer is not None:
                peer.clock_flagged_at = datetime.now(timezone.utc)
            _conflict(self.s, self.report, "clock", e.table_name, e.row_id, None, None, None, None, e.hlc,
                      e.origin, self.package_id)

    def _audit(self, e_origin: str, items) -> None:
        """Audit entries are written together at the end of the run, in order,
        each named for the office that made the change."""
        self.audit_items.extend((e_origin, item) for item in items)

    def _write_audit(self) -> None:
        i = 0
        while i < len(self.audit_items):
            origin = self.audit_items[i][0]
            j = i
            while j < len(self.audit_items) and self.audit_items[j][0] == origin:
                j += 1
            self.s.flush()
            user = "sync:" + self.user_for.get(origin, origin[:8])
            audit.write_entries(self.s, [item for _, item in self.audit_items[i:j]], user, origin)
            i = j
        self.audit_items = []

    def _apply_insert(self, group: list[ChangeEntry], sealed: dict[str, str]) -> bool:
        e0 = group[0]
        table, row_id = e0.table_name, e0.row_id
        if _row_exists(self.s, table, row_id):
            progressed = False
            for e in group:
                progressed |= self._apply_set(e, sealed)
            return progressed
        t = _table(table)
        values = {}
        for e in group:
            if e.field in t.c:
                values[e.field] = from_json(t.c[e.field], e.value)
        meeting = _protocol_meeting(self.s, table, row_id, {"meeting_id": values.get("meeting_id")}
                                    if "meeting_id" in values else None)
        if meeting and meeting in sealed:
            for e in group:
                e.state = "refused"
            self.report.refused += len(group)
            _conflict(self.s, self.report, "hard", table, row_id, None, None, sealed[meeting],
                      json.dumps({x.field: json.loads(x.value) for x in group}, ensure_ascii=False), e0.hlc,
                      e0.origin, self.package_id)
            return True
        if _missing_parents(self.s, table, values):
            return False
        if table == "meeting" and str(getattr(values.get("status"), "value", values.get("status"))) == "closed":
            values["status"] = "open"  # the seal closes it, after writing the protocol
        values["id"] = row_id
        try:
            with self.s.begin_nested():
                self.s.execute(t.insert().values(**values))
        except IntegrityError:
            for e in group:
                e.state = "refused"
            self.report.refused += len(group)
            _conflict(self.s, self.report, "hard", table, row_id, None, None, None,
                      json.dumps({x.field: json.loads(x.value) for x in group}, ensure_ascii=False), e0.hlc,
                      e0.origin, self.package_id)
            return True
        for e in group:
            self._seen(e)
            e.state = "applied"
        changelog.set_clocks(self.s, [(table, row_id, e.field, e.hlc) for e in group])
        self.report.applied += len(group)
        self.touched.add((table, row_id))
        # audit what is stored (a closed meeting arrives open until its seal)
        self._audit(e0.origin, audit.diff_items(table, row_id, None, audit.row_values(self.s, table, row_id)))
        return True

    def _never_here(self, table: str, row_id: str, sealed: dict[str, str]) -> bool:
        """A row that will not come: its insert was refused here (a closed
        protocol, a unique key), or it belongs to a protocol closed here."""
        refused = self.s.scalar(select(ChangeEntry.seq).where(
            ChangeEntry.table_name == table, ChangeEntry.row_id == row_id, ChangeEntry.kind == "ins",
            ChangeEntry.state == "refused").limit(1))
        if refused is not None:
            return True
        if table in changelog.PROTOCOL_CHILD_TABLES:
            meeting = self.s.scalar(select(ChangeEntry.value).where(
                ChangeEntry.table_name == table, ChangeEntry.row_id == row_id, ChangeEntry.kind == "ins",
                ChangeEntry.field == "meeting_id").limit(1))
            return meeting is not None and json.loads(meeting) in sealed
        return False

    def _apply_set(self, e: ChangeEntry, sealed: dict[str, str]) -> bool:
        table, row_id = e.table_name, e.row_id
        if not _row_exists(self.s, table, row_id):
            if self._never_here(table, row_id, sealed):
                e.state = "refused"
                self.report.refused += 1
                return True
            return False
        t = _table(table)
        if e.field not in t.c:
            e.state = "refused"
            self.report.refused += 1
            return True
        if table == "meeting" and e.field == "status" and e.value == '"closed"':
            # closing comes with the protocol's seal, which sets the status last
            e.state = "superseded"
            self.report.superseded += 1
            return True
        new_value = from_json(t.c[e.field], e.value)
        if new_value is not None and _missing_parents(self.s, table, {e.field: new_value}):
            return False  # it points at a row that has not arrived yet
        self._seen(e)
        current = _current_json(self.s, table, row_id, e.field)
        meeting = _protocol_meeting(self.s, table, row_id)
        if meeting and meeting in sealed:
            e.state = "refused"
            self.report.refused += 1
            if current != e.value:
                _conflict(self.s, self.report, "hard", table, row_id, e.field, current, sealed[meeting], e.value,
                          e.hlc, e.origin, self.package_id)
            return True
        clock_hlc = self.s.scalar(select(FieldClock.hlc).where(
            FieldClock.table_name == table, FieldClock.row_id == row_id, FieldClock.field == e.field)) or ""
        if later(e.hlc, clock_hlc):
            try:
                with self.s.begin_nested():
                    self.s.execute(t.update().where(t.c.id == row_id).values(**{e.field: new_value}))
            except IntegrityError:
                # the value breaks a rule of the database here (a unique key,
                # a check): the row stays as it is and a person is shown
                e.state = "refused"
                self.report.refused += 1
                _conflict(self.s, self.report, "hard", table, row_id, e.field, current, clock_hlc or None, e.value,
                          e.hlc, e.origin, self.package_id)
                return True
            if clock_hlc and e.base_hlc != clock_hlc and current != e.value:
                # the writer did not know the value it replaces: show a person
                _conflict(self.s, self.report, "concurrent", table, row_id, e.field, e.value, e.hlc, current,
                          clock_hlc, Stamp.decode(clock_hlc).site, self.package_id)
            changelog.set_clock(self.s, table, row_id, e.field, e.hlc)
            e.state = "applied"
            self.report.applied += 1
            self.touched.add((table, row_id))
            if current != e.value:
                action = "delete" if e.field == "deleted_at" and e.value != "null" else "update"
                self._audit(e.origin, [(action, table, row_id, e.field, current, e.value)])
        else:
            e.state = "superseded"
            self.report.superseded += 1
            winner_base = self.s.scalar(select(ChangeEntry.base_hlc).where(
                ChangeEntry.hlc == clock_hlc, ChangeEntry.table_name == table, ChangeEntry.row_id == row_id,
                ChangeEntry.field == e.field).limit(1))
            if winner_base is not None and winner_base != e.hlc and e.hlc != clock_hlc and current != e.value \
                    and e.base_hlc != clock_hlc:
                _conflict(self.s, self.report, "concurrent", table, row_id, e.field, current, clock_hlc, e.value,
                          e.hlc, e.origin, self.package_id)
        return True

    # -- protocol seals ----------------------------------------------------------
    def _apply_seal(self, e: ChangeEntry, sealed: dict[str, str]) -> bool:
        meeting_id = e.row_id
        snapshot = json.loads(e.value)
        replacing = None
        if meeting_id in sealed:
            self.s.flush()
            in_force = self.s.scalars(select(ChangeEntry).where(
                ChangeEntry.kind == "seal", ChangeEntry.row_id == meeting_id, ChangeEntry.state == "applied",
                ChangeEntry.hlc == sealed[meeting_id])).first()
            if in_force is not None and in_force.value == e.value:
                e.state = "superseded"  # the same protocol, sealed the same way
                self.report.superseded += 1
                return True
            if not seal_wins(e.hlc, sealed[meeting_id]):
                # the seal in force closed earlier: this one is kept for a person to see
                e.state = "superseded"
                self.report.superseded += 1
                self._seen(e)
                _conflict(self.s, self.report, "seal", "meeting", meeting_id, "__seal__",
                          in_force.value if in_force else None, sealed[meeting_id], e.value, e.hlc, e.origin,
                          self.package_id)
                return True
            replacing = in_force
        # every row the protocol refers to must be here first
        for table, rows in snapshot.items():
            t = _table(table)
            for row in rows:
                values = {k: from_plain(t.c[k], v) for k, v in row.items() if k in t.c}
                if _missing_parents(self.s, table, {k: v for k, v in values.items() if k != "id"}):
                    return False
        self._seen(e)
        if replacing is None:
            self._write_protocol(e, snapshot, quiet=False)
        else:
            # this seal closed earlier than the one in force: its protocol
            # replaces the other everywhere; the other is kept as a conflict
            tables = ("meeting",) + changelog.PROTOCOL_CHILD_TABLES
            with triggers_lifted(self.s, tables):
                self._write_protocol(e, snapshot, quiet=True)
            replacing.state = "superseded"
            _conflict(self.s, self.report, "seal", "meeting", meeting_id, "__seal__", e.value, e.hlc,
                      replacing.value, replacing.hlc, replacing.origin, self.package_id)
            self._settle_refused(snapshot)
        e.state = "applied"
        sealed[meeting_id] = e.hlc
        self.report.applied += 1
        return True

    def _settle_refused(self, snapshot: dict) -> None:
        """Edits refused while the losing seal was in force that the winning
        protocol holds anyway are no longer a question for a person."""
        ids = {(t, r["id"]) for t, rows in snapshot.items() for r in rows}
        self.s.flush()
        for c in self.s.scalars(select(SyncConflict).where(
                SyncConflict.kind == "hard", SyncConflict.resolved_at.is_(None), SyncConflict.field.is_not(None),
                SyncConflict.table_name.in_(PROTOCOL_TABLES))):
            if (c.table_name, c.row_id) in ids and c.field in _table(c.table_name).c and \
                    _current_json(self.s, c.table_name, c.row_id, c.field) == c.other_value:
                c.resolved_at = datetime.now(timezone.utc)
                c.resolved_by = "sync"
                c.resolution = "kept"

    def _row_values(self, table: str, row_id: str) -> dict | None:
        t = _table(table)
        row = self.s.execute(select(t).where(t.c.id == row_id)).mappings().first()
        return dict(row) if row is not None else None

    def _write_protocol(self, e: ChangeEntry, snapshot: dict, quiet: bool) -> None:
        """Make the local protocol exactly the snapshot; the meeting's status
        last. Every changed field goes to the audit trail, named for the
        office that closed the protocol."""
        meeting_id = e.row_id
        audit_items = []
        keep_ids = {t: {r["id"] for r in snapshot.get(t, [])} for t in changelog.PROTOCOL_CHILD_TABLES}
        for table in changelog.PROTOCOL_CHILD_TABLES:
            t = _table(table)
            extra = self.s.execute(select(t.c.id).where(t.c.meeting_id == meeting_id)).scalars().all()
            for rid in extra:
                if rid not in keep_ids[table]:
                    self.s.execute(t.delete().where(t.c.id == rid))
                    if not quiet:
                        _conflict(self.s, self.report, "hard", table, rid, None, None, e.hlc, None, None, e.origin,
                                  self.package_id)
                    audit_items.append(("purge", table, rid, None, None, None))
        status = closing = None
        for table in ["meeting"] + list(changelog.PROTOCOL_CHILD_TABLES):
            t = _table(table)
            for row in snapshot.get(table, []):
                values = {k: from_plain(t.c[k], v) for k, v in row.items() if k in t.c}
                rid = values["id"]
                old = self._row_values(table, rid)
                if old is None:
                    audit_items += [("insert", table, rid, k, None, audit.canonical(v)) for k, v in values.items()
                                    if k not in audit.SKIP_FIELDS and k != "id" and v is not None]
                else:
                    audit_items += [("update", table, rid, k, audit.canonical(old.get(k)), audit.canonical(v))
                                    for k, v in values.items() if k not in audit.SKIP_FIELDS and k != "id"
                                    and audit.canonical(old.get(k)) != audit.canonical(v)]
                if table == "meeting" and not quiet:
                    # closing comes last, after the protocol's rows are written
                    status = values.pop("status")
                    closing = {k: values.pop(k) for k in ("closed_at", "closed_by", "content_hash") if k in values}
                    if old is None:
                        values["status"] = "open"
                if old is not None:
                    self.s.execute(t.update().where(t.c.id == rid).values(**values))
                else:
                    self.s.execute(t.insert().values(**values))
                changelog.set_clocks(self.s, [(table, rid, k, e.hlc) for k in row
                                              if k not in ("id", "updated_at", "site_id")])
        if not quiet:
            t = _table("meeting")
            self.s.execute(t.update().where(t.c.id == meeting_id).values(status=status, **closing))
        # the sealed rows keep the stamps they had at the closing office
        for table in ["meeting"] + list(changelog.PROTOCOL_CHILD_TABLES):
            for row in snapshot.get(table, []):
                self.touched.discard((table, row["id"]))
        audit_items.append(("update", "meeting", meeting_id, "__seal__", None, json.dumps(e.hlc)))
        self._audit(e.origin, audit_items)
