"""The seal of protocols closed by earlier versions of the program (before
migration 0012): a SHA-256 over the ids and figures of the meeting and its
rows only. Kept so that such a seal (printed on old paper, stored as the
meeting's `legacy_hash`) can still be recomputed and compared; new seals
cover the whole printed document (app.store.protocol_doc)."""
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


def legacy_content(session: Session, meeting_id: str) -> dict:
    """What the earlier seal covered, in its stable order."""
    meeting = session.get(M.Meeting, meeting_id)
    content = {"meeting": _row(meeting, PROTOCOL_FIELDS["meeting"])}
    for name, model in CHILD_MODELS.items():
        rows = session.scalars(select(model).where(model.meeting_id == meeting_id, model.deleted_at.is_(None)))
        items = [_row(r, PROTOCOL_FIELDS[name]) for r in rows]
        content[name] = sorted(items, key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False))
    return content


def legacy_hash(session: Session, meeting_id: str) -> str:
    data = json.dumps(legacy_content(session, meeting_id), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
