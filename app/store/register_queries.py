"""Reading the registers, shared by the services and the reports: how a
resolution is named, and the points under control with their state."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.domain import registers as R
from app.store import models as M
from app.store import register_models as RM
from app.terms import word

i18n.register({
    "registers.resolution_label": {
        "ky": "{body} {act} №{number}, {date}",
        "ru": "{body} {act} № {number} от {date}",
        "en": "{body} {act} No. {number} of {date}",
    },
})


def _show(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def resolution_label(r: RM.Resolution, lang: str | None = None) -> str:
    """How a resolution is named in lists, links and reports, e.g.
    "Кара-Балта шаардык кеңеши токтом №05, 16.02.2023"."""
    body = r.body_name or word("body_kind", r.body_kind, lang)
    act = word("act_kind", r.act_kind, lang) if r.act_kind else ""
    if r.number and r.adopted_on:
        return " ".join(i18n.t("registers.resolution_label", lang, body=body, act=act, number=r.number,
                               date=_show(r.adopted_on)).split())
    return " ".join(x for x in (body, act, r.number and "№" + r.number, _show(r.adopted_on)) if x)


def basis_copy(r: RM.Resolution) -> dict:
    """The text a competition keeps of its legal basis (legal_doc_*), taken
    from the register so announcements print what the register says."""
    act = word("act_kind", r.act_kind, "ky") if r.act_kind else ""
    kind = ", ".join(x for x in (r.body_name or word("body_kind", r.body_kind, "ky"), act) if x)
    return {"legal_doc_kind": kind[:200] or None, "legal_doc_number": r.number, "legal_doc_date": r.adopted_on}


def program_copy(r: RM.Resolution) -> dict:
    """The same for a development program (resolution_*)."""
    return {"resolution_body": (r.body_name or word("body_kind", r.body_kind, "ky"))[:300],
            "resolution_number": r.number, "resolution_date": r.adopted_on}


@dataclass(frozen=True)
class ControlPoint:
    id: str
    resolution_id: str
    resolution: str          # the resolution's label
    resolution_title: str
    number: int
    text: str
    controller: str
    due_on: date | None
    state: str               # PointState value
    days_overdue: int
    done_on: date | None
    done_document: str


def controllers_of(r: RM.Resolution) -> str:
    return "; ".join(x for x in ((r.control_commission or "").strip(), (r.control_official or "").strip()) if x)


def control_points(s: Session, today: date, lang: str | None = None, *, attention_only: bool = False,
                   resolution_id: str | None = None) -> list[ControlPoint]:
    """Every point with a due date of a live resolution, overdue first."""
    P, Rs = RM.ResolutionPoint, RM.Resolution
    q = (select(P, Rs).join(Rs, Rs.id == P.resolution_id)
         .where(P.deleted_at.is_(None), Rs.deleted_at.is_(None), P.due_on.is_not(None)))
    if resolution_id:
        q = q.where(Rs.id == resolution_id)
    out = []
    for p, r in s.execute(q).all():
        state = R.point_state(p.status, p.due_on, p.done_on, today)
        if attention_only and state not in R.ATTENTION:
            continue
        out.append(ControlPoint(p.id, r.id, resolution_label(r, lang), r.title, p.number, p.text,
                                (p.controller or "").strip() or controllers_of(r), p.due_on, state.value,
                                R.days_overdue(p.due_on, today) if state == R.PointState.OVERDUE else 0,
                                p.done_on, p.done_document or ""))
    out.sort(key=lambda c: (R.control_order(R.PointState(c.state), c.due_on), c.resolution, c.number))
    return out


def proposal_included(s: Session, p: RM.HearingProposal, lang: str | None = None) -> str:
    """Where a hearing's proposal was included: the resolution, the budget
    line (year · title) and/or the note, in words."""
    parts = []
    if p.included_resolution_id:
        r = s.get(RM.Resolution, p.included_resolution_id)
        if r is not None:
            parts.append(resolution_label(r, lang))
    if p.included_allocation_id:
        a = s.get(RM.BudgetAllocation, p.included_allocation_id)
        b = s.get(RM.LocalBudget, a.budget_id) if a else None
        if a is not None:
            parts.append(f"{b.year if b else ''} · {a.title}".strip(" ·"))
    if p.included_note:
        parts.append(p.included_note)
    return "; ".join(parts)


def need_answered_by(s: Session, n: RM.Need, with_answer: bool = False) -> str:
    """What answered a need (competition, program measure, budget line), in
    words; with the answer's text too when asked."""
    parts = []
    if n.competition_id:
        c = s.get(M.Competition, n.competition_id)
        if c is not None and c.deleted_at is None:
            parts.append(f"{c.year} — {c.title}")
    if n.measure_id:
        m = s.get(M.ProgramMeasure, n.measure_id)
        if m is not None and m.deleted_at is None:
            parts.append(m.title)
    if n.allocation_id:
        a = s.get(RM.BudgetAllocation, n.allocation_id)
        b = s.get(RM.LocalBudget, a.budget_id) if a else None
        if a is not None and a.deleted_at is None:
            parts.append(f"{b.year if b else ''} · {a.title}".strip(" ·"))
    if with_answer and n.answer:
        parts.append(n.answer)
    return "; ".join(parts)
