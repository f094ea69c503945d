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
    content.update(issue15_content(session, meeting))
    return content


def protocol_hash(content: dict) -> str:
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------
# Issue 15: the criteria with their weights, the organiser, lots, prizes and
# consortium partners, as the protocol prints them. Each part is present only
# when the protocol shows it (a one-lot grant competition of the
# municipality, with no consortium, adds only its criteria).

ISSUE15_KEYS = ("criteria", "organiser", "lots", "application_lots", "prizes", "leads", "partners")


def _protocol_applications(session: Session, meeting: M.Meeting, comp: M.Competition) -> list[str]:
    """The applications the protocol names: those it decides, scores, votes
    or declares a conflict on; before any of that, the eligible ones."""
    ids: set[str] = set()
    for model in (M.Decision, M.Score, M.Vote, M.ConflictDeclaration):
        ids |= set(session.scalars(select(model.application_id).where(model.meeting_id == meeting.id,
                                                                      model.deleted_at.is_(None))))
    if not ids:
        ids = set(session.scalars(select(M.Application.id).where(
            M.Application.competition_id == comp.id, M.Application.deleted_at.is_(None),
            M.Application.status.in_(["eligible", "winner", "reserve", "rejected"]))))
    return sorted(ids)


def issue15_content(session: Session, meeting: M.Meeting) -> dict:
    from app.domain import enums as E
    from app.store import lot_queries as LQ

    commission = session.get(M.Commission, meeting.commission_id)
    comp = session.get(M.Competition, commission.competition_id)
    out: dict = {}
    if comp.decision_method == E.DecisionMethod.SCORING:
        out["criteria"] = [{"id": c.id, "name": c.name, "max_points": c.max_points, "weight": to_json_value(c.weight),
                            "position": c.position}
                           for c in session.scalars(select(M.ScoringCriterion).where(
                               M.ScoringCriterion.competition_id == comp.id, M.ScoringCriterion.deleted_at.is_(None))
                               .order_by(M.ScoringCriterion.position, M.ScoringCriterion.id))]
    if comp.organiser_kind != E.OrganiserKind.MUNICIPALITY:
        out["organiser"] = {"kind": comp.organiser_kind.value, "name": comp.organiser_name or ""}
    lots = LQ.competition_lots(session, comp)
    app_ids = _protocol_applications(session, meeting, comp)
    apps = {a.id: a for a in session.scalars(select(M.Application).where(M.Application.id.in_(app_ids)))}
    if len(lots) > 1:
        out["lots"] = [{"id": x.id, "number": x.number, "title": x.title, "allocation_tyiyn": x.allocation_tyiyn,
                        "max_grant_tyiyn": x.max_grant_tyiyn} for x in lots]
        out["application_lots"] = {aid: LQ.lot_of(a, lots).id for aid, a in sorted(apps.items())}
    prizes = LQ.is_prize_competition(comp)
    if prizes:
        out["prizes"] = [{"lot_id": x.id, "lot_title": x.title, "place": place, "amount_tyiyn": amount}
                         for x in lots for place, amount in x.prizes]
    partners = LQ.partners_of(session, sorted(apps))
    if partners:
        out["partners"] = {aid: [name for _i, name in rows] for aid, rows in sorted(partners.items())}
    if partners or prizes:
        out["leads"] = {aid: session.get(M.Applicant, a.applicant_id).name for aid, a in sorted(apps.items())
                        if prizes or aid in partners}
    return out
