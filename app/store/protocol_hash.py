"""The canonical content of a commission protocol and its SHA-256.

The hash printed on every page of a closed protocol is computed from this
content, so anyone can recompute it from the database and see that nothing
changed since the protocol was closed.
"""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store import models as M
from app.store.audit import to_json_value

PROTOCOL_FIELDS = {
    "meeting": ("id", "commission_id", "number", "held_on", "place", "agenda", "amends_meeting_id", "notes"),
    "attendance": ("member_id", "present"),
    "conflict_declaration": ("member_id", "application_id", "note"),
    "score": ("member_id", "application_id", "criterion_id", "points"),
    "vote": ("member_id", "application_id", "choice"),
    "decision": ("application_id", "rank", "score", "outcome", "awarded_tyiyn", "justification"),
}
CHILD_MODELS = {
    "attendance": M.Attendance,
    "conflict_declaration": M.ConflictDeclaration,
    "score": M.Score,
    "vote": M.Vote,
    "decision": M.Decision,
}


def _row(obj, fields) -> dict:
    return {f: to_json_value(getattr(obj, f)) for f in fields}


def protocol_content(session: Session, meeting_id: str) -> dict:
    """Everything the protocol states, in a stable order."""
    meeting = session.get(M.Meeting, meeting_id)
    content = {"meeting": _row(meeting, PROTOCOL_FIELDS["meeting"])}
    for name, model in CHILD_MODELS.items():
        rows = session.scalars(select(model).where(model.meeting_id == meeting_id, model.deleted_at.is_(None)))
        items = [_row(r, PROTOCOL_FIELDS[name]) for r in rows]
        content[name] = sorted(items, key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False))
    return content


def protocol_hash(content: dict) -> str:
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
