"""Reading a project into the plain read model of app.domain.projects. Used
by the project services and the project reports (reports cannot call
services, so the one query lives here)."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain import budget as B
from app.domain import projects as D
from app.domain import enums as E
from app.domain.enums import FundingSource
from app.store import models as M


def _alive(model):
    return model.deleted_at.is_(None)


def load_categories(s: Session) -> tuple[D.CategoryInfo, ...]:
    PC = M.ParticipantCategory
    return tuple(D.CategoryInfo(c.id, c.code, {"ky": c.name_ky, "ru": c.name_ru, "en": c.name_en}, c.parent_id,
                                bool(c.additive), bool(c.builtin))
                 for c in s.scalars(select(PC).where(_alive(PC)).order_by(PC.position, PC.created_at)))


def competition_local_planned(s: Session, competition_id: str) -> int:
    """The local-budget part planned by all live projects of a competition."""
    BL, P = M.BudgetLine, M.Project
    return int(s.scalar(select(func.coalesce(func.sum(BL.planned_tyiyn), 0)).join(P, P.id == BL.project_id).where(
        P.competition_id == competition_id, _alive(P), _alive(BL),
        BL.source == FundingSource.LOCAL_BUDGET)) or 0)


def decided_award(s: Session, application_id: str | None) -> int | None:
    """The award of the latest live decision that made the application a
    winner (None: no such decision)."""
    if not application_id:
        return None
    D, MT = M.Decision, M.Meeting
    row = s.execute(select(D.awarded_tyiyn).join(MT, MT.id == D.meeting_id).where(
        D.application_id == application_id, _alive(D), _alive(MT), D.outcome == E.DecisionOutcome.WINNER)
        .order_by(MT.held_on.desc(), MT.number.desc()).limit(1)).first()
    return int(row[0]) if row else None


def line_facts(ln: M.BudgetLine, expenses: int = 0, expense_count: int = 0) -> B.LineFacts:
    return B.LineFacts(ln.id, ln.category, str(ln.source), ln.planned_tyiyn, ln.actual_tyiyn, expenses,
                       expense_count, ln.valuation_note, ln.description, ln.quantity, ln.unit,
                       ln.unit_price_tyiyn, str(ln.channel) if ln.channel else None)


def load_budget(s: Session, project: M.Project, competition: M.Competition | None) -> B.BudgetSummary:
    lines = list(s.scalars(select(M.BudgetLine).where(M.BudgetLine.project_id == project.id, _alive(M.BudgetLine))
                           .order_by(M.BudgetLine.position, M.BudgetLine.created_at)))
    by_line: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
    unassigned: dict[str, int] = defaultdict(int)
    live_lines = {ln.id for ln in lines}
    for e in s.scalars(select(M.Expense).where(M.Expense.project_id == project.id, _alive(M.Expense))):
        if e.budget_line_id in live_lines:
            by_line[e.budget_line_id][0] += e.amount_tyiyn
            by_line[e.budget_line_id][1] += 1
        else:
            unassigned[str(e.source)] += e.amount_tyiyn
    facts = [line_facts(ln, by_line[ln.id][0] if ln.id in by_line else 0,
                        by_line[ln.id][1] if ln.id in by_line else 0) for ln in lines]
    if competition is None:   # a project without a competition: no allocation to compare with
        return B.summarize(facts, dict(unassigned), project.awarded_tyiyn, 0, 0)
    return B.summarize(facts, dict(unassigned), project.awarded_tyiyn, competition.total_allocation_tyiyn,
                       competition_local_planned(s, competition.id))


def load_events(s: Session, live_categories: set[str], *, project_ids: list[str] | None = None,
                competition_ids: list[str] | None = None, with_competitions: bool = False,
                date_from=None, date_to=None, held_only: bool = False) -> list[tuple[str, D.EventInfo]]:
    """(owner id, event with its counts), by date; counts read one query per
    500 events, live categories only.

    By default the events of live projects (owner = the project's id), of
    `project_ids` only when given. `competition_ids`: instead, the events
    that belong to these competitions themselves (an information meeting,
    the published announcement). `with_competitions`: the projects' events
    and every live competition's own events (owner = the competition's id)."""
    EV, P, C = M.Event, M.Project, M.Competition
    order = (EV.held_on.is_(None), EV.held_on, EV.created_at)
    # plain columns, not ORM objects: tens of thousands of events at district scale
    cols = (EV.id, EV.project_id, EV.competition_id, EV.held_on, EV.place, EV.kind, EV.title, EV.description,
            EV.is_planned, EV.stated_total)
    if competition_ids is not None:
        q = (select(*cols).join(C, C.id == EV.competition_id)
             .where(_alive(EV), _alive(C), EV.competition_id.in_(competition_ids)).order_by(*order))
    elif with_competitions:
        q = (select(*cols).outerjoin(P, P.id == EV.project_id).outerjoin(C, C.id == EV.competition_id)
             .where(_alive(EV), or_(and_(EV.project_id.is_not(None), _alive(P)),
                                    and_(EV.competition_id.is_not(None), _alive(C)))).order_by(*order))
    else:
        q = select(*cols).join(P, P.id == EV.project_id).where(_alive(EV), _alive(P)).order_by(*order)
    if project_ids is not None:
        q = q.where(EV.project_id.in_(project_ids))
    if held_only:
        q = q.where(EV.is_planned.is_(False))
    if date_from is not None:
        q = q.where(EV.held_on >= date_from)
    if date_to is not None:
        q = q.where(EV.held_on <= date_to)
    events = s.execute(q).all()
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    ids = [e.id for e in events]
    EP = M.EventParticipants
    for i in range(0, len(ids), 500):
        for event_id, category_id, count in s.execute(select(EP.event_id, EP.category_id, EP.count).where(
                EP.event_id.in_(ids[i:i + 500]), _alive(EP))):
            if category_id in live_categories:
                counts[event_id][category_id] = count
    return [(e.project_id or e.competition_id, D.EventInfo(e.id, e.held_on, e.place or "", str(e.kind), e.title, e.description or "",
                                       bool(e.is_planned), dict(counts.get(e.id, {})), e.stated_total)) for e in events]


def _category_sql(categories, raw: dict):
    """SQL expressions of each category's people at one event, as
    app.domain.participants computes them: what was entered, else its
    additive parts' people added up (NULL when nothing is known), and the
    people the event reached: the additive top-level groups added up, or the
    largest category when that is more. `raw`: category id -> the column of
    the count entered at the event (NULL: none)."""
    from sqlalchemy import case, literal, null

    rules = {c.id: c for c in categories}
    kids: dict[str, list] = {cid: [] for cid in rules}
    for c in categories:
        if c.parent_id and c.parent_id in kids:
            kids[c.parent_id].append(c)

    def closure(cid: str) -> list[str]:      # the counts this category's people may come from
        return [cid] + [x for k in kids[cid] if k.additive for x in closure(k.id)]

    def total(cid: str):
        parts = [k.id for k in kids[cid] if k.additive]
        if not parts:
            return raw[cid]
        unknown = and_(*(raw[x].is_(None) for x in closure(cid)[1:]))
        added = sum((func.coalesce(total(k), 0) for k in parts), literal(0))
        return func.coalesce(raw[cid], case((unknown, null()), else_=added))

    totals = {cid: total(cid) for cid in rules}
    groups = sum((func.coalesce(totals[c.id], 0) for c in categories if c.parent_id is None and c.additive),
                 literal(0))
    return totals, [groups] + [func.coalesce(t, 0) for t in totals.values()]


def _held_events(q, project_id, date_from, date_to, village):
    """`q` (selecting from Event) narrowed to the held events participant_sums adds up."""
    EV, P, C = M.Event, M.Project, M.Competition
    if project_id is not None:
        q = q.join(P, P.id == EV.project_id).where(_alive(P), EV.project_id == project_id)
    else:
        q = (q.outerjoin(P, P.id == EV.project_id).outerjoin(C, C.id == EV.competition_id)
             .where(or_(and_(EV.project_id.is_not(None), _alive(P)), and_(EV.competition_id.is_not(None), _alive(C)))))
    q = q.where(_alive(EV), EV.is_planned.is_(False))
    if date_from is not None:
        q = q.where(EV.held_on >= date_from)
    if date_to is not None:
        q = q.where(EV.held_on <= date_to)
    if village:
        q = q.where(func.coalesce(EV.place, "") == village)
    return q


def held_event_count(s: Session, *, project_id: str | None = None, date_from=None, date_to=None,
                     village: str | None = None, at_most: int | None = None) -> int:
    """How many events participant_sums would add up; with `at_most`, counting stops there."""
    q = _held_events(select(M.Event.id).select_from(M.Event), project_id, date_from, date_to, village)
    if at_most is not None:
        q = q.limit(at_most)
    return s.scalar(select(func.count()).select_from(q.subquery())) or 0


def participant_sums(s: Session, categories, *, project_id: str | None = None, date_from=None, date_to=None,
                     village: str | None = None) -> list[tuple[str, str, int, int, dict[str, int]]]:
    """People reached by held events, added up in the database (one GROUP BY,
    not the events one by one): rows (owner id, place, events, people
    reached, category id -> people) per owner and place. The events are
    those load_events(with_competitions=True, held_only=True) reads, or one
    project's; the people as participants.people_by_category and
    event_people give them (an event without counts: its stated total)."""
    from sqlalchemy import case

    EV, EP = M.Event, M.EventParticipants
    categories = tuple(categories)
    owner = func.coalesce(EV.project_id, EV.competition_id)
    place = func.coalesce(EV.place, "")
    # one row per event with counts: each live category's count in its own column
    cols = {c.id: func.max(case((EP.category_id == c.id, EP.count))).label(f"c{i}")
            for i, c in enumerate(categories)}
    pivot = (select(EP.event_id, *cols.values())
             .where(_alive(EP), EP.category_id.in_([c.id for c in categories]))
             .group_by(EP.event_id).subquery())
    raw = {cid: pivot.c[col.name] for cid, col in cols.items()}
    totals, candidates = _category_sql(categories, raw)
    greatest = func.greatest if s.get_bind().dialect.name == "postgresql" else func.max
    computed = greatest(*candidates) if len(candidates) > 1 else candidates[0]
    reached = case((pivot.c.event_id.is_(None), func.coalesce(EV.stated_total, 0)), else_=computed)
    q = select(owner.label("owner"), place.label("place"), func.count().label("n"),
               func.sum(reached).label("reached"), *(func.sum(t).label(f"t{i}") for i, t in enumerate(totals.values())))
    q = q.select_from(EV).outerjoin(pivot, pivot.c.event_id == EV.id)
    q = _held_events(q, project_id, date_from, date_to, village).group_by(owner, place)
    ids = list(totals)
    out = []
    for row in s.execute(q):
        people = {cid: int(v) for cid, v in zip(ids, row[4:]) if v is not None}
        out.append((row.owner, row.place, int(row.n), int(row.reached or 0), people))
    return out


def load_project(s: Session, project_id: str) -> D.ProjectData | None:
    """The whole project (tombstoned rows skipped), or None if there is none."""
    p = s.get(M.Project, project_id) if project_id else None
    if p is None or p.deleted_at is not None:
        return None
    comp = s.get(M.Competition, p.competition_id) if p.competition_id else None
    mun_id = comp.municipality_id if comp is not None else p.municipality_id
    mun = s.get(M.Municipality, mun_id) if mun_id else None
    app = s.get(M.Application, p.application_id) if p.application_id else None
    budget = load_budget(s, p, comp)
    line_names = {ln.id: ln.category for ln in budget.lines}
    expenses = tuple(D.ExpenseInfo(e.id, e.spent_on, e.document_number or "", e.amount_tyiyn, str(e.source),
                                   e.budget_line_id if e.budget_line_id in line_names else None,
                                   line_names.get(e.budget_line_id, ""), e.note or "")
                     for e in s.scalars(select(M.Expense).where(M.Expense.project_id == p.id, _alive(M.Expense))
                                        .order_by(M.Expense.spent_on, M.Expense.created_at)))
    categories = load_categories(s)
    event_infos = tuple(e for _pid, e in load_events(s, {c.id for c in categories}, project_ids=[p.id]))
    materials = tuple(D.MaterialInfo(m.id, str(m.kind), m.description or "", m.quantity, m.size or "")
                      for m in s.scalars(select(M.Material).where(M.Material.project_id == p.id, _alive(M.Material))
                                         .order_by(M.Material.created_at)))
    media = tuple(D.MediaInfo(m.id, m.outlet, str(m.level), m.published_on, m.link or "", m.note or "")
                  for m in s.scalars(select(M.MediaCoverage).where(M.MediaCoverage.project_id == p.id,
                                                                   _alive(M.MediaCoverage))
                                     .order_by(M.MediaCoverage.published_on.is_(None), M.MediaCoverage.published_on,
                                               M.MediaCoverage.created_at)))
    villages = tuple(v.strip() for v in (mun.villages or "").splitlines() if v.strip()) if mun else ()
    recipients = tuple(D.RecipientInfo(r.id, r.name, r.amount_tyiyn, r.note or "") for r in s.scalars(
        select(M.GrantRecipient).where(M.GrantRecipient.project_id == p.id, _alive(M.GrantRecipient))
        .order_by(M.GrantRecipient.position, M.GrantRecipient.created_at)))
    return D.ProjectData(
        p.id, mun.name if mun else "", comp.id if comp else None, comp.title if comp else "",
        str(comp.kind) if comp else "", comp.year if comp else None, p.application_id,
        app.reg_number if app else "", p.title, p.goal or "", p.agreement_number or "", p.agreement_date,
        p.customer or "", p.executor or "", p.awarded_tyiyn, p.start_on, p.end_on, str(p.status),
        p.status_reason or "", p.results or "", budget, expenses, event_infos, categories, materials, media, villages,
        str(p.direct_kind) if p.direct_kind else None, p.legal_basis or "", p.legal_basis_date,
        p.award_excess_reason or "", decided_award(s, p.application_id), comp.max_grant_tyiyn if comp else 0,
        recipients)
