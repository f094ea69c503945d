"""The registers' lists for the GUI, read a page at a time in SQL (issue 18):
resolutions, public hearings, needs and local budgets.

Each is an `app.services.browse.Listing`: its select, its default order (the
same as the register's `list_xxx` function, newest first), the row fields
one may sort by and the columns searched in SQL. The figures of a row that
come from its parts (a resolution's points and overdue points, a hearing's
participants and proposals, a need's answer, a budget's lines and reserve
use) are read for the rows of one page only, with IN queries.

The rows are the registers' own row classes, so a page holds exactly what
`list_resolutions`, `list_hearings`, `list_needs` and `list_budgets` give.
"""
from __future__ import annotations

from sqlalchemy import String, cast, select

from app.domain import registers as R
from app.domain.participants import grand_total
from app.services import _registers as G
from app.services.browse import Listing
from app.store import models as M
from app.store import register_models as RM
from app.store.register_queries import controllers_of, need_answered_by
from app.terms import word


# --------------------------------------------------------------------------
# Resolutions


def _resolution_query():
    Rs = RM.Resolution
    return select(Rs.id, Rs.number, Rs.adopted_on, Rs.body_kind, Rs.body_name, Rs.title, Rs.normative,
                  Rs.control_commission, Rs.control_official).where(G.live(Rs))


def _make_resolutions(s, results):
    from app.services.resolutions import ResolutionRow

    P = RM.ResolutionPoint
    ids = [r.id for r in results]
    today = G.today_or(None)
    points: dict[str, int] = {}
    overdue: dict[str, int] = {}
    if ids:
        for rid, status, due_on, done_on in s.execute(
                select(P.resolution_id, P.status, P.due_on, P.done_on).where(P.resolution_id.in_(ids), G.live(P))):
            points[rid] = points.get(rid, 0) + 1
            if R.point_state(status, due_on, done_on, today) == R.PointState.OVERDUE:
                overdue[rid] = overdue.get(rid, 0) + 1
    return [ResolutionRow(r.id, r.number or "", r.adopted_on, r.body_name or word("body_kind", r.body_kind), r.title,
                          bool(r.normative), points.get(r.id, 0), overdue.get(r.id, 0), controllers_of(r))
            for r in results]


# --------------------------------------------------------------------------
# Hearings


def _hearing_query():
    H = RM.Hearing
    return select(H.id, H.held_on, H.kind, H.title, H.place, H.online).where(G.live(H))


def _make_hearings(s, results):
    from app.services.hearings import HearingRow
    from app.store.project_queries import load_categories

    A, P = RM.HearingAttendance, RM.HearingProposal
    ids = [r.id for r in results]
    counts: dict[str, dict[str, int]] = {}
    statuses: dict[str, list[str]] = {}
    rules = {}
    if ids:
        rules = {c.id: c.rule for c in load_categories(s)}       # the category tree, once per page
        for hid, cat, count in s.execute(select(A.hearing_id, A.category_id, A.count)
                                         .where(A.hearing_id.in_(ids), G.live(A))):
            counts.setdefault(hid, {})[cat] = count
        for hid, status in s.execute(select(P.hearing_id, P.status).where(P.hearing_id.in_(ids), G.live(P))):
            statuses.setdefault(hid, []).append(status.value)
    out = []
    for r in results:
        mine = statuses.get(r.id, [])
        out.append(HearingRow(r.id, r.held_on, r.kind.value, r.title, r.place or "", bool(r.online),
                              grand_total(counts.get(r.id, {}), rules), len(mine),
                              sum(1 for x in mine if x != R.ProposalStatus.PENDING.value)))
    return out


# --------------------------------------------------------------------------
# Needs


def _need_query():
    N, Mu = RM.Need, M.Municipality
    return (select(N.id, N.received_on, N.source, N.village, N.group_concerned, N.problem, N.proposal, N.status,
                   Mu.name.label("municipality"))
            .join(Mu, Mu.id == N.municipality_id).where(G.live(N)))


def _make_needs(s, results):
    from app.services.needs import NeedRow

    N = RM.Need
    ids = [r.id for r in results]
    needs = {n.id: n for n in s.scalars(select(N).where(N.id.in_(ids)))} if ids else {}
    return [NeedRow(r.id, r.received_on, r.source.value, r.village or "", r.group_concerned or "", r.problem,
                    r.proposal or "", r.status.value, need_answered_by(s, needs[r.id]), r.municipality)
            for r in results]


# --------------------------------------------------------------------------
# Local budgets


def _budget_query():
    B, Mu = RM.LocalBudget, M.Municipality
    return (select(B.id, B.year, Mu.name.label("municipality"))
            .join(Mu, Mu.id == B.municipality_id).where(G.live(B)))


def _make_budgets(s, results):
    from app.services.local_budgets import BudgetRow, _detail

    B = RM.LocalBudget
    ids = [r.id for r in results]
    budgets = {b.id: b for b in s.scalars(select(B).where(B.id.in_(ids)))} if ids else {}
    out = []
    for r in results:
        b = budgets[r.id]
        d = _detail(s, b, None)
        by_kind = {k.value: sum(a.amount_tyiyn for a in d.allocations if a.kind == k.value) for k in R.AllocationKind}
        out.append(BudgetRow(b.id, r.municipality, b.year, b.total_expenditure_tyiyn,
                             by_kind[R.AllocationKind.LOCAL_INITIATIVES.value],
                             by_kind[R.AllocationKind.SOCIAL_ORDER.value], b.reserve_fund_tyiyn,
                             d.limit_tyiyn, d.decided_tyiyn, len(d.warnings)))
    return out


# --------------------------------------------------------------------------


def _listings() -> dict[str, Listing]:
    Rs, H, N, B, Mu = RM.Resolution, RM.Hearing, RM.Need, RM.LocalBudget, M.Municipality
    return {
        "resolutions": Listing(
            "resolutions", _resolution_query, _make_resolutions, [(Rs.adopted_on, True), (Rs.number, False)],
            {"number": Rs.number, "adopted_on": Rs.adopted_on, "title": Rs.title, "normative": Rs.normative},
            [Rs.number, Rs.body_name, Rs.title, Rs.control_commission, Rs.control_official], Rs.id),
        "hearings": Listing(
            "hearings", _hearing_query, _make_hearings, [(H.held_on, True), (H.title, False)],
            {"held_on": H.held_on, "kind": H.kind, "title": H.title, "place": H.place, "online": H.online},
            [H.title, H.place], H.id),
        "needs": Listing(
            "needs", _need_query, _make_needs, [(N.received_on, True), (N.village, False), (N.created_at, False)],
            {"received_on": N.received_on, "source": N.source, "village": N.village,
             "group_concerned": N.group_concerned, "problem": N.problem, "proposal": N.proposal,
             "status": N.status, "municipality": Mu.name},
            [N.village, N.group_concerned, N.problem, N.proposal, Mu.name], N.id),
        "budgets": Listing(
            "budgets", _budget_query, _make_budgets, [(B.year, True), (Mu.name, False)],
            {"year": B.year, "municipality": Mu.name, "total_expenditure_tyiyn": B.total_expenditure_tyiyn,
             "reserve_fund_tyiyn": B.reserve_fund_tyiyn},
            [Mu.name, cast(B.year, String)], B.id),
    }


_LISTINGS: dict[str, Listing] = {}


def listing(name: str) -> Listing:
    """The lazy list of a register: resolutions, hearings, needs, budgets."""
    if not _LISTINGS:
        _LISTINGS.update(_listings())
    return _LISTINGS[name]
