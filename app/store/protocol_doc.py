"""The commission protocol as a document: one plain, canonical structure that
the protocol report prints from and the seal covers.

`protocol_document()` reads the database and returns everything the printed
protocol shows (municipality, competition, commission, the meeting, members
with names, roles and positions, attendance and quorum, conflicts, criteria,
scores, votes, each application's number, title and applicant, amounts,
decisions with order and justification, texts). Closing a protocol stores
this document frozen in the meeting row (`sealed_content`) with its SHA-256
(`content_hash`); the report prints the frozen document and checks it twice:
the stored document against the seal, and the document rebuilt from the live
rows against the seal.

Rules that keep the seal verifiable:
- Values are plain JSON and do not depend on the database backend: dates as
  ISO strings, decimals as normalised strings, money as integer tyiyn,
  booleans as true/false; lists are ordered by natural keys (order of the
  members, registration numbers, criterion positions), never by UUID.
- The rows are read with plain SQL (`SELECT *`), so the same code runs inside
  a migration (see 0012_protocol_seal) while newer columns do not exist yet.
- The document has a `version`. To print a new fact in the protocol, add it
  here for `version >= N` (bump DOC_VERSION to N) and print it in
  app/reports/protocol.py when present: protocols sealed before keep their
  version, are rebuilt with it, and keep verifying.

Versions: 2 (migration 0012 seals with it; it must not read tables made by
later migrations) and 3 (issue 15): the competition's organiser and award
mode, its lots (directions or, in a prize competition, nominations) with
their number, title, allocation, maximum grant and the prizes by place, and
for each application its lot and its consortium partners (the lead is the
applicant). The criteria's weights were in version 2 already. Decisions and
applications of version 3 are ordered lot by lot.

Facts of shared tables (the municipality, competition, commission, members,
applications, applicants, criteria) are frozen at closing: renaming a member
or an applicant later does not change the closed protocol. The rebuild from
live rows therefore takes those from the frozen document and rebuilds the
protocol's own rows (meeting, attendance, conflicts, scores, votes,
decisions; guarded by the closed-protocol triggers) from the database.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import text

from app.domain import commission as rules

DOC_VERSION = 3
VERSIONS = (2, 3)
SHARED_KEYS = ("municipality", "competition", "commission", "members", "applications", "criteria")
SHARED_KEYS_V3 = SHARED_KEYS + ("lots",)
DECIDED_STATUSES = ("eligible", "winner", "reserve", "rejected")
_LAST = 10**9


class ProtocolNotFound(LookupError):
    pass


# -- plain values ---------------------------------------------------------------

def _date(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v)[:10]


def _dec(v) -> str | None:
    if v is None:
        return None
    d = Decimal(str(v))
    return format(d.normalize(), "f") if d != 0 else "0"


def _int(v) -> int | None:
    return None if v is None else int(v)


def _str(v) -> str | None:
    return None if v is None else str(v)


def canonical_json(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def document_hash(doc: dict) -> str:
    return hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()


# -- reading rows ---------------------------------------------------------------

def _rows(conn, sql: str, **params) -> list[dict]:
    return [dict(r) for r in conn.execute(text(sql), params).mappings().all()]


def _row(conn, table: str, row_id: str | None) -> dict | None:
    if row_id is None:
        return None
    found = _rows(conn, f'SELECT * FROM "{table}" WHERE id = :id', id=row_id)
    return found[0] if found else None


def _live(conn, table: str, column: str, value) -> list[dict]:
    return _rows(conn, f'SELECT * FROM "{table}" WHERE {column} = :v AND deleted_at IS NULL', v=value)


# -- the document ---------------------------------------------------------------

def shared_keys(version: int) -> tuple[str, ...]:
    return SHARED_KEYS_V3 if version >= 3 else SHARED_KEYS


def _lots(conn, comp: dict) -> list[dict]:
    """The competition's lots as app.store.lot_queries.competition_lots gives
    them: in their order, numbered from 1; a single lot carries the
    competition's own allocation and maximum grant; a competition without a
    lot row has one implicit lot with the competition's id."""
    rows = sorted(_live(conn, "lot", "competition_id", comp["id"]),
                  key=lambda x: (x["position"] or 0, str(x["created_at"]), x["id"]))
    prizes: dict[str, list[dict]] = {}
    for p in sorted(_live(conn, "prize", "competition_id", comp["id"]), key=lambda p: (p["place"], p["id"])):
        prizes.setdefault(p["lot_id"], []).append({"place": _int(p["place"]), "amount_tyiyn": _int(p["amount_tyiyn"])})
    if not rows:
        rows = [{"id": comp["id"], "title": ""}]
    single = len(rows) == 1
    return [{"id": r["id"], "number": i, "title": r["title"] or "",
             "allocation_tyiyn": _int(comp["total_allocation_tyiyn"] if single else r["allocation_tyiyn"]),
             "max_grant_tyiyn": _int(comp["max_grant_tyiyn"] if single else r["max_grant_tyiyn"]),
             "prizes": prizes.get(r["id"], [])}
            for i, r in enumerate(rows, start=1)]


def _partners(conn, application_id: str) -> list[str]:
    rows = _rows(conn, "SELECT p.position, p.created_at, p.id, a.name FROM application_partner p "
                       "JOIN applicant a ON a.id = p.applicant_id "
                       "WHERE p.application_id = :a AND p.deleted_at IS NULL", a=application_id)
    rows.sort(key=lambda r: (r["position"] or 0, str(r["created_at"]), r["id"]))
    return [r["name"] for r in rows]


def _shared(conn, meeting: dict, decisions: list[dict], version: int) -> dict:
    """The facts of shared tables, as they are now."""
    commission = _row(conn, "commission", meeting["commission_id"])
    comp = _row(conn, "competition", commission["competition_id"])
    mun = _row(conn, "municipality", comp["municipality_id"])
    members = sorted(_live(conn, "commission_member", "commission_id", commission["id"]),
                     key=lambda m: (m["sort_order"] or 0, m["full_name"], m["id"]))
    criteria = sorted(_live(conn, "scoring_criterion", "competition_id", comp["id"]),
                      key=lambda c: (c["position"] or 0, c["name"], c["id"]))
    lots = _lots(conn, comp) if version >= 3 else []
    lot_ix = {x["id"]: x["number"] for x in lots}

    def lot_of(a: dict) -> str | None:   # app.store.lot_queries.lot_of
        return (a["lot_id"] if a.get("lot_id") in lot_ix else lots[0]["id"]) if lots else None

    if decisions:
        apps = [_row(conn, "application", d["application_id"]) for d in decisions]
    else:
        apps = [a for a in _live(conn, "application", "competition_id", comp["id"])
                if a["status"] in DECIDED_STATUSES]
        apps.sort(key=lambda a: (a["reg_seq"], a["reg_number"], a["id"]))
    if lots:   # lot by lot, each in its own order (a stable sort)
        apps.sort(key=lambda a: lot_ix[lot_of(a)])
    applicants = {}
    for a in apps:
        if a["applicant_id"] not in applicants:
            applicants[a["applicant_id"]] = _row(conn, "applicant", a["applicant_id"]) or {}
    shared = {
        "municipality": {"name": mun["name"]},
        "competition": {
            "title": comp["title"], "kind": _str(comp["kind"]), "year": _int(comp["year"]),
            "method": _str(comp["decision_method"]), "allocation_tyiyn": _int(comp["total_allocation_tyiyn"]),
            "quorum_rule": _str(comp["quorum_rule"]), "quorum_fixed": _int(comp["quorum_fixed"]),
        },
        "commission": {"name": commission["name"]},
        "members": [{"id": m["id"], "name": m["full_name"], "role": _str(m["role"]), "position": m["position"],
                     "organisation": m["organisation"], "category": _str(m["category"])} for m in members],
        "applications": [{"id": a["id"], "reg": a["reg_number"], "title": a["title"],
                          "applicant": applicants[a["applicant_id"]].get("name"),
                          "requested_tyiyn": _int(a["requested_tyiyn"])} for a in apps],
        "criteria": [{"id": c["id"], "name": c["name"], "max": _int(c["max_points"]), "weight": _dec(c["weight"])}
                     for c in criteria],
    }
    if version >= 3:
        shared["competition"].update({
            "organiser_kind": _str(comp["organiser_kind"]), "organiser_name": comp["organiser_name"],
            "award_mode": _str(comp["award_mode"])})
        shared["lots"] = lots
        for entry, a in zip(shared["applications"], apps):
            entry["lot"] = lot_of(a)
            entry["partners"] = _partners(conn, a["id"])
    return shared


def protocol_document(conn, meeting_id: str, *, version: int = DOC_VERSION, frozen: dict | None = None) -> dict:
    """Everything the protocol prints, from the database (a Session or a
    Connection). With `frozen` (a sealed document), the shared facts are
    taken from it and only the protocol's own rows are read."""
    if version not in VERSIONS:
        raise ValueError(f"unknown protocol document version {version}")
    meeting = _row(conn, "meeting", meeting_id)
    if meeting is None:
        raise ProtocolNotFound(meeting_id)
    decisions = _live(conn, "decision", "meeting_id", meeting_id)
    decisions.sort(key=lambda d: (d["rank"] is None, d["rank"] or 0))
    if version >= 3:   # lot by lot (ranks count within a lot), then by rank
        if frozen:
            app_lot = {a["id"]: a["lot"] for a in frozen["applications"]}
            lot_ix = {x["id"]: x["number"] for x in frozen["lots"]}
        else:
            lots = _lots(conn, _row(conn, "competition", _row(conn, "commission", meeting["commission_id"])
                                    ["competition_id"]))
            lot_ix = {x["id"]: x["number"] for x in lots}
            app_lot = {d["application_id"]: (_row(conn, "application", d["application_id"]) or {}).get("lot_id")
                       for d in decisions}
        decisions.sort(key=lambda d: (lot_ix.get(app_lot.get(d["application_id"]), 1),
                                      d["rank"] is None, d["rank"] or 0, d["application_id"]))
    shared = ({k: frozen[k] for k in shared_keys(version)} if frozen
              else _shared(conn, meeting, decisions, version))
    members, apps, crits = shared["members"], shared["applications"], shared["criteria"]
    m_ix = {m["id"]: i for i, m in enumerate(members)}
    a_ix = {a["id"]: i for i, a in enumerate(apps)}
    c_ix = {c["id"]: i for i, c in enumerate(crits)}

    def order(row, *keys):
        out = []
        for key, index in zip(keys, (m_ix, a_ix, c_ix)):
            out += [index.get(row[key], _LAST), row[key] if row[key] not in index else ""]
        return out

    present = {a["member_id"] for a in _live(conn, "attendance", "meeting_id", meeting_id) if a["present"]}
    amends = _row(conn, "meeting", meeting["amends_meeting_id"])
    if frozen:
        quorum = dict(frozen["quorum"])
    else:
        comp = shared["competition"]
        quorum = {"members": len(members),
                  "needed": rules.quorum_needed(comp["quorum_rule"], len(members), comp["quorum_fixed"])}
    quorum["present"] = sum(1 for m in members if m["id"] in present)
    conflicts = sorted(_live(conn, "conflict_declaration", "meeting_id", meeting_id),
                       key=lambda c: order(c, "member_id", "application_id") + [c["note"] or ""])
    scores = sorted(_live(conn, "score", "meeting_id", meeting_id),
                    key=lambda r: order(r, "member_id", "application_id", "criterion_id"))
    votes = sorted(_live(conn, "vote", "meeting_id", meeting_id), key=lambda r: order(r, "member_id", "application_id"))
    return {
        "version": version,
        **{k: shared[k] for k in shared_keys(version) if k != "members"},
        "meeting": {"number": _int(meeting["number"]), "held_on": _date(meeting["held_on"]), "place": meeting["place"],
                    "agenda": meeting["agenda"], "notes": meeting["notes"],
                    "amends_number": _int(amends["number"]) if amends else None},
        "members": [{**{k: v for k, v in m.items() if k != "present"}, "present": m["id"] in present}
                    for m in members],
        "quorum": quorum,
        "conflicts": [{"member": c["member_id"], "application": c["application_id"], "note": c["note"]}
                      for c in conflicts],
        "scores": [{"member": r["member_id"], "application": r["application_id"], "criterion": r["criterion_id"],
                    "points": _int(r["points"])} for r in scores],
        "votes": [{"member": r["member_id"], "application": r["application_id"], "choice": _str(r["choice"])}
                  for r in votes],
        "decisions": [{"application": d["application_id"], "rank": _int(d["rank"]), "score": _dec(d["score"]),
                       "outcome": _str(d["outcome"]), "awarded_tyiyn": _int(d["awarded_tyiyn"]),
                       "justification": d["justification"]} for d in decisions],
    }


def seal_values(conn, meeting_id: str, *, version: int = DOC_VERSION) -> dict:
    """The frozen document and its hash, for closing a protocol (a migration
    passes the version it was written for)."""
    doc = protocol_document(conn, meeting_id, version=version)
    return {"sealed_content": canonical_json(doc), "content_hash": document_hash(doc)}


# -- verifying a closed protocol --------------------------------------------------

class SealCheck:
    """A closed protocol checked against its seal.

    `document` is what to print (the frozen one when it can be read);
    `problems` lists what does not match (empty when all is well):
    "snapshot" (the stored document differs from the seal), "live" (the
    database's rows differ from the seal), "legacy" (the earlier seal of a
    protocol closed by an older version no longer matches), "unsealed"
    (closed without a stored document)."""

    def __init__(self, seal: str, document: dict, problems: list[str], snapshot_hash: str | None,
                 live_hash: str | None, legacy_hash: str | None):
        self.seal = seal
        self.document = document
        self.problems = problems
        self.snapshot_hash = snapshot_hash
        self.live_hash = live_hash
        self.legacy_hash = legacy_hash

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_sealed(conn, meeting_id: str) -> SealCheck:
    from app.store.protocol_hash import legacy_hash

    meeting = _row(conn, "meeting", meeting_id)
    if meeting is None:
        raise ProtocolNotFound(meeting_id)
    seal = meeting["content_hash"] or ""
    problems = []
    frozen = None
    snapshot_hash = None
    if meeting.get("sealed_content"):
        try:
            frozen = json.loads(meeting["sealed_content"])
            snapshot_hash = document_hash(frozen)
        except ValueError:
            frozen = None
    if frozen is None:
        problems.append("unsealed" if not meeting.get("sealed_content") else "snapshot")
        document = protocol_document(conn, meeting_id)
        live_hash = document_hash(document)
        if live_hash != seal:
            problems.append("live")
    else:
        if snapshot_hash != seal:
            problems.append("snapshot")
        document = frozen
        try:
            live_hash = document_hash(protocol_document(conn, meeting_id, version=frozen.get("version"),
                                                        frozen=frozen))
        except (ValueError, KeyError, TypeError):
            live_hash = None
        if live_hash != seal:
            problems.append("live")
    legacy = meeting.get("legacy_hash")
    if legacy and legacy_hash(conn, meeting_id) != legacy:
        problems.append("legacy")
    return SealCheck(seal, document, problems, snapshot_hash, live_hash, legacy)
