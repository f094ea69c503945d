"""The year's local budget: total expenditure, the allocations to local
initiatives and social order (and the competitions each funds), the reserve
fund (at most 1 % of expenditure without the reserve itself and the paid
services) and the decisions on its use (together within the fund).

Every rule refuses with both figures named and nothing saved; what came in
by sync and breaks a rule is still shown as a warning (`warnings`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app import i18n
from app.domain import registers as R
from app.services import _input as F
from app.services import _registers as G
from app.services.auth import Perm, require
from app.services.browse import _filter
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store import register_models as RM
from app.store.base import utcnow
from app.store.register_queries import resolution_label
from app.terms import word

i18n.register({
    "budget.year_exists": {
        "ky": "{year}-жылдын бюджети бул муниципалитетте мурда эле бар.",
        "ru": "Бюджет {year} года у этого муниципалитета уже есть.",
        "en": "This municipality already has the {year} budget.",
    },
    "budget.in_use": {
        "ky": "Өчүрүүгө болбойт: буга {n} жазуу шилтеме кылат ({what}).",
        "ru": "Удалить нельзя: на это ссылаются записи ({n}: {what}).",
        "en": "It cannot be removed: {n} records refer to it ({what}).",
    },
    "budget.already_funds": {
        "ky": "Бул сынак мурда эле «{allocation}» сабынан каржыланат.",
        "ru": "Этот конкурс уже финансируется по строке «{allocation}».",
        "en": "This competition is already funded from “{allocation}”.",
    },
    "budget.competition_year": {
        "ky": "Сынак {comp_year}-жылдыкы, бюджет {year}-жылдыкы.",
        "ru": "Конкурс {comp_year} года, а бюджет {year} года.",
        "en": "The competition is of {comp_year}, the budget of {year}.",
    },
    "budget.amount_zero": {
        "ky": "Сумма нөлдөн чоң болушу керек.", "ru": "Сумма должна быть больше нуля.",
        "en": "The amount must be more than zero.",
    },
    "budget.what_competitions": {"ky": "сынактар", "ru": "конкурсы", "en": "competitions"},
    "budget.what_proposals": {"ky": "угуулардын сунуштары", "ru": "предложения слушаний", "en": "hearing proposals"},
    "budget.what_needs": {"ky": "муктаждыктар", "ru": "потребности", "en": "needs"},
    "budget.what_links": {"ky": "токтомдордун шилтемелери", "ru": "ссылки постановлений", "en": "resolution links"},
})


# --------------------------------------------------------------------------
# Data in and out


@dataclass(frozen=True)
class BudgetInput:
    """Money: int = tyiyn, str = som as typed ("12 400 000")."""

    year: int | str | None = None
    total_expenditure_tyiyn: int | str = 0
    paid_services_tyiyn: int | str = 0
    reserve_fund_tyiyn: int | str = 0
    resolution_id: str | None = None
    note: str = ""
    municipality_id: str | None = None


@dataclass(frozen=True)
class AllocationInput:
    kind: str = R.AllocationKind.LOCAL_INITIATIVES.value
    title: str = ""
    amount_tyiyn: int | str = 0
    note: str = ""


@dataclass(frozen=True)
class DecisionInput:
    decided_on: date | str | None = None
    document: str = ""
    amount_tyiyn: int | str = 0
    purpose: str = ""
    resolution_id: str | None = None


@dataclass(frozen=True)
class FundedCompetition:
    link_id: str
    competition_id: str
    title: str
    kind: str
    year: int
    allocation_tyiyn: int


@dataclass(frozen=True)
class AllocationView:
    id: str
    kind: str
    title: str
    amount_tyiyn: int
    note: str
    competitions: tuple[FundedCompetition, ...]

    @property
    def competitions_tyiyn(self) -> int:
        return sum(c.allocation_tyiyn for c in self.competitions)


@dataclass(frozen=True)
class DecisionView:
    id: str
    decided_on: date
    document: str
    amount_tyiyn: int
    purpose: str
    resolution_id: str | None
    resolution: str


@dataclass(frozen=True)
class BudgetDetail:
    id: str
    municipality_id: str
    municipality: str
    year: int
    total_expenditure_tyiyn: int
    paid_services_tyiyn: int
    reserve_fund_tyiyn: int
    resolution_id: str | None
    resolution: str
    note: str
    allocations: tuple[AllocationView, ...]
    decisions: tuple[DecisionView, ...]
    base_tyiyn: int                 # expenditure without the reserve fund and paid services
    limit_tyiyn: int                # 1 % of the base
    warnings: tuple[str, ...]       # rules broken by what is stored (e.g. after sync), in words

    @property
    def decided_tyiyn(self) -> int:
        return sum(d.amount_tyiyn for d in self.decisions)

    @property
    def allocated_tyiyn(self) -> int:
        return sum(a.amount_tyiyn for a in self.allocations)

    def as_input(self) -> BudgetInput:
        return BudgetInput(self.year, self.total_expenditure_tyiyn, self.paid_services_tyiyn,
                           self.reserve_fund_tyiyn, self.resolution_id, self.note, self.municipality_id)


@dataclass(frozen=True)
class BudgetRow:
    id: str
    municipality: str
    year: int
    total_expenditure_tyiyn: int
    local_initiatives_tyiyn: int
    social_order_tyiyn: int
    reserve_fund_tyiyn: int
    limit_tyiyn: int
    decided_tyiyn: int
    warnings: int


# --------------------------------------------------------------------------
# Reading


def _allocations(s, budget_id: str) -> list[RM.BudgetAllocation]:
    A = RM.BudgetAllocation
    return list(s.scalars(select(A).where(A.budget_id == budget_id, G.live(A)).order_by(A.position, A.created_at)))


def _decisions(s, budget_id: str) -> list[RM.ReserveDecision]:
    D = RM.ReserveDecision
    return list(s.scalars(select(D).where(D.budget_id == budget_id, G.live(D)).order_by(D.decided_on, D.created_at)))


def _funded(s, allocation_id: str) -> list[FundedCompetition]:
    AC, C = RM.AllocationCompetition, M.Competition
    return [FundedCompetition(link.id, c.id, c.title, c.kind.value, c.year, c.total_allocation_tyiyn)
            for link, c in s.execute(select(AC, C).join(C, C.id == AC.competition_id)
                                     .where(AC.allocation_id == allocation_id, G.live(AC), G.live(C))
                                     .order_by(C.year, C.title))]


def budget_problems(b: RM.LocalBudget, allocations: list[AllocationView], decided: int) -> list[R.Problem]:
    """Every rule the stored budget breaks (normally none: the services
    refuse; sync can bring two offices' changes that together do)."""
    out = R.check_budget(b.total_expenditure_tyiyn, b.reserve_fund_tyiyn, b.paid_services_tyiyn,
                         sum(a.amount_tyiyn for a in allocations))
    out += R.check_reserve_use(b.reserve_fund_tyiyn, decided)
    for a in allocations:
        out += R.check_allocation_fit(a.title, a.amount_tyiyn, a.competitions_tyiyn)
    return out


def _detail(s, b: RM.LocalBudget, lang: str | None) -> BudgetDetail:
    mun = s.get(M.Municipality, b.municipality_id)
    allocations = tuple(AllocationView(a.id, a.kind.value, a.title, a.amount_tyiyn, a.note or "",
                                       tuple(_funded(s, a.id))) for a in _allocations(s, b.id))
    decisions = []
    for d in _decisions(s, b.id):
        r = s.get(RM.Resolution, d.resolution_id) if d.resolution_id else None
        decisions.append(DecisionView(d.id, d.decided_on, d.document, d.amount_tyiyn, d.purpose, d.resolution_id,
                                      resolution_label(r, lang) if r is not None else ""))
    decided = sum(d.amount_tyiyn for d in decisions)
    lim = R.reserve_limit(b.total_expenditure_tyiyn, b.reserve_fund_tyiyn, b.paid_services_tyiyn)
    r = s.get(RM.Resolution, b.resolution_id) if b.resolution_id else None
    warnings = tuple(p.message(lang) for p in budget_problems(b, list(allocations), decided))
    return BudgetDetail(b.id, b.municipality_id, mun.name if mun else "", b.year, b.total_expenditure_tyiyn,
                        b.paid_services_tyiyn, b.reserve_fund_tyiyn, b.resolution_id,
                        resolution_label(r, lang) if r is not None else "", b.note or "", allocations,
                        tuple(decisions), lim.base_tyiyn, lim.limit_tyiyn, warnings)


def get_budget(db, budget_id: str, lang: str | None = None) -> BudgetDetail:
    with db.reader() as s:
        return _detail(s, G.get_live(s, RM.LocalBudget, budget_id), lang)


def list_budgets(db, search: str = "") -> list[BudgetRow]:
    """Every year's budget, newest first."""
    B, Mu = RM.LocalBudget, M.Municipality
    with db.reader() as s:
        out = []
        for b, name in s.execute(select(B, Mu.name).join(Mu, Mu.id == B.municipality_id).where(G.live(B))
                                 .order_by(B.year.desc(), Mu.name)):
            d = _detail(s, b, None)
            by_kind = {k.value: sum(a.amount_tyiyn for a in d.allocations if a.kind == k.value)
                       for k in R.AllocationKind}
            out.append(BudgetRow(b.id, name, b.year, b.total_expenditure_tyiyn,
                                 by_kind[R.AllocationKind.LOCAL_INITIATIVES.value],
                                 by_kind[R.AllocationKind.SOCIAL_ORDER.value], b.reserve_fund_tyiyn,
                                 d.limit_tyiyn, d.decided_tyiyn, len(d.warnings)))
    return _filter(out, search)


def allocation_choices(db, lang: str | None = None) -> list:
    """Every allocation, "2021 · А. Орозбеков… · ЖД: title", for links."""
    from app.services.resolutions import Choice

    A, B, Mu = RM.BudgetAllocation, RM.LocalBudget, M.Municipality
    with db.reader() as s:
        return [Choice(a.id, f"{b.year} · {name} · {a.title}", b.municipality_id, {"kind": a.kind.value})
                for a, b, name in s.execute(
                    select(A, B, Mu.name).join(B, B.id == A.budget_id).join(Mu, Mu.id == B.municipality_id)
                    .where(G.live(A), G.live(B)).order_by(B.year.desc(), Mu.name, A.position))]


def budget_years(s, municipality_id: str) -> dict[int, dict[str, int]]:
    """year -> allocation kind -> amount, for the year-on-year figures."""
    A, B = RM.BudgetAllocation, RM.LocalBudget
    out: dict[int, dict[str, int]] = {}
    for year, kind, amount in s.execute(
            select(B.year, A.kind, func.sum(A.amount_tyiyn)).join(A, A.budget_id == B.id)
            .where(B.municipality_id == municipality_id, G.live(A), G.live(B)).group_by(B.year, A.kind)):
        out.setdefault(year, {})[kind.value if hasattr(kind, "value") else kind] = int(amount or 0)
    for (year,) in s.execute(select(B.year).where(B.municipality_id == municipality_id, G.live(B))):
        out.setdefault(year, {})
    return out


# --------------------------------------------------------------------------
# The budget


def _budget_values(data: BudgetInput) -> dict:
    errors: dict = {}
    out = {
        "year": F.integer(errors, "year", data.year, lo=1990, hi=2100),
        "total_expenditure_tyiyn": F.money(errors, "total_expenditure_tyiyn", data.total_expenditure_tyiyn),
        "paid_services_tyiyn": F.money(errors, "paid_services_tyiyn",
                                       data.paid_services_tyiyn if data.paid_services_tyiyn not in (None, "") else 0),
        "reserve_fund_tyiyn": F.money(errors, "reserve_fund_tyiyn",
                                      data.reserve_fund_tyiyn if data.reserve_fund_tyiyn not in (None, "") else 0),
        "note": F.text(errors, "note", data.note, max_len=4000, multiline=True),
    }
    G.refuse([], errors)
    return out


def _year_free(s, mid: str, year: int, own_id: str | None) -> None:
    B = RM.LocalBudget
    q = select(B.id).where(G.live(B), B.municipality_id == mid, B.year == year)
    if own_id:
        q = q.where(B.id != own_id)
    if s.scalar(q.limit(1)):
        raise ValidationError({"year": ServiceError("budget.year_exists", "year", year=year)})


def _resolution(s, resolution_id: str | None, mid: str) -> str | None:
    if not resolution_id:
        return None
    r = G.get_live(s, RM.Resolution, resolution_id, "resolution_id")
    G.same_municipality(s, mid, r.municipality_id, "resolution_id")
    return r.id


def create_budget(db, data: BudgetInput) -> str:
    require(db, Perm.REGISTERS)
    values = _budget_values(data)
    G.refuse(R.check_budget(values["total_expenditure_tyiyn"], values["reserve_fund_tyiyn"],
                            values["paid_services_tyiyn"]))
    with db.session() as s:
        mid = G.municipality_id(s, data.municipality_id)
        _year_free(s, mid, values["year"], None)
        b = RM.LocalBudget(municipality_id=mid, resolution_id=_resolution(s, data.resolution_id, mid), **values)
        s.add(b)
        s.flush()
        return b.id


def update_budget(db, budget_id: str, data: BudgetInput) -> None:
    """Save the year's figures; the reserve rule, the allocations and the
    decisions already taken must still fit."""
    require(db, Perm.REGISTERS)
    values = _budget_values(data)
    with db.session() as s:
        b = G.get_live(s, RM.LocalBudget, budget_id)
        _year_free(s, b.municipality_id, values["year"], b.id)
        allocated = sum(a.amount_tyiyn for a in _allocations(s, b.id))
        decided = sum(d.amount_tyiyn for d in _decisions(s, b.id))
        problems = R.check_budget(values["total_expenditure_tyiyn"], values["reserve_fund_tyiyn"],
                                  values["paid_services_tyiyn"], allocated)
        problems += [R.Problem(p.key, p.params, "reserve_fund_tyiyn")
                     for p in R.check_reserve_use(values["reserve_fund_tyiyn"], decided)]
        problems += [p for d in _decisions(s, b.id) for p in R.check_decision_year(d.decided_on, values["year"])]
        G.refuse(problems)
        values["resolution_id"] = _resolution(s, data.resolution_id, b.municipality_id)
        F.set_changed(b, values)


def _budget_uses(s, budget_id: str) -> dict[str, int]:
    L = RM.ResolutionLink
    n = s.scalar(select(func.count()).select_from(L).where(G.live(L), L.target_kind == R.LinkTarget.BUDGET,
                                                           L.target_id == budget_id)) or 0
    return {"links": n}


def remove_budget(db, budget_id: str) -> None:
    """Tombstone a year's budget with its allocations and decisions, unless
    a proposal, need or resolution link points at it."""
    require(db, Perm.REGISTERS)
    with db.session() as s:
        b = G.get_live(s, RM.LocalBudget, budget_id)
        uses = _budget_uses(s, b.id)
        for a in _allocations(s, b.id):
            for k, n in _allocation_uses(s, a.id).items():
                if k != "competitions":
                    uses[k] = uses.get(k, 0) + n
        _refuse_uses(uses)
        now = utcnow()
        for a in _allocations(s, b.id):
            for link in s.scalars(select(RM.AllocationCompetition).where(
                    RM.AllocationCompetition.allocation_id == a.id, G.live(RM.AllocationCompetition))):
                link.deleted_at = now
            a.deleted_at = now
        for d in _decisions(s, b.id):
            d.deleted_at = now
        b.deleted_at = now


def _refuse_uses(uses: dict[str, int]) -> None:
    uses = {k: n for k, n in uses.items() if n}
    if uses:
        what = ", ".join(f"{i18n.t('budget.what_' + k)}: {n}" for k, n in uses.items())
        raise ServiceError("budget.in_use", n=sum(uses.values()), what=what)


# --------------------------------------------------------------------------
# Allocations and the competitions they fund


def _allocation_values(data: AllocationInput) -> dict:
    errors: dict = {}
    out = {
        "kind": G.choice(errors, "kind", data.kind, R.AllocationKind),
        "title": F.text(errors, "title", data.title, required=True, max_len=300),
        "amount_tyiyn": F.money(errors, "amount_tyiyn", data.amount_tyiyn),
        "note": F.text(errors, "note", data.note, max_len=2000, multiline=True),
    }
    G.refuse([], errors)
    return out


def _fits(s, b: RM.LocalBudget, allocated: int) -> None:
    G.refuse([R.Problem(p.key, p.params, "amount_tyiyn") for p in R.check_budget(
        b.total_expenditure_tyiyn, b.reserve_fund_tyiyn, b.paid_services_tyiyn, allocated)])


def add_allocation(db, budget_id: str, data: AllocationInput) -> str:
    require(db, Perm.REGISTERS)
    values = _allocation_values(data)
    with db.session() as s:
        b = G.get_live(s, RM.LocalBudget, budget_id)
        existing = _allocations(s, b.id)
        _fits(s, b, sum(a.amount_tyiyn for a in existing) + values["amount_tyiyn"])
        a = RM.BudgetAllocation(budget_id=b.id, position=max((x.position for x in existing), default=0) + 1,
                                **values)
        s.add(a)
        s.flush()
        return a.id


def update_allocation(db, allocation_id: str, data: AllocationInput) -> None:
    """The amount must still hold the competitions it funds."""
    require(db, Perm.REGISTERS)
    values = _allocation_values(data)
    with db.session() as s:
        a = G.get_live(s, RM.BudgetAllocation, allocation_id)
        b = G.get_live(s, RM.LocalBudget, a.budget_id)
        others = sum(x.amount_tyiyn for x in _allocations(s, b.id) if x.id != a.id)
        _fits(s, b, others + values["amount_tyiyn"])
        funded = _funded(s, a.id)
        problems = R.check_allocation_fit(values["title"], values["amount_tyiyn"],
                                          sum(c.allocation_tyiyn for c in funded))
        for c in funded:
            problems += R.check_allocation_kind(values["kind"], c.kind, word("competition_kind", c.kind))
        G.refuse([R.Problem(p.key, p.params, "amount_tyiyn" if p.key.endswith("allocation") else "kind")
                  for p in problems])
        F.set_changed(a, values)


def _allocation_uses(s, allocation_id: str) -> dict[str, int]:
    def count(model, *where) -> int:
        return s.scalar(select(func.count()).select_from(model).where(G.live(model), *where)) or 0

    return {
        "competitions": count(RM.AllocationCompetition, RM.AllocationCompetition.allocation_id == allocation_id),
        "proposals": count(RM.HearingProposal, RM.HearingProposal.included_allocation_id == allocation_id),
        "needs": count(RM.Need, RM.Need.allocation_id == allocation_id),
    }


def remove_allocation(db, allocation_id: str) -> None:
    """Tombstone a line no competition, proposal or need refers to."""
    require(db, Perm.REGISTERS)
    with db.session() as s:
        a = G.get_live(s, RM.BudgetAllocation, allocation_id)
        _refuse_uses(_allocation_uses(s, a.id))
        a.deleted_at = utcnow()


def fund_competition(db, allocation_id: str, competition_id: str) -> str:
    """Record that a competition is funded from this line: of the right kind
    (ЖД from local initiatives, МСЗ from social order), of the same
    municipality and year, and fitting with the others in the amount."""
    require(db, Perm.REGISTERS)
    with db.session() as s:
        a = G.get_live(s, RM.BudgetAllocation, allocation_id)
        b = G.get_live(s, RM.LocalBudget, a.budget_id)
        c = G.get_live(s, M.Competition, competition_id, "competition_id")
        G.same_municipality(s, b.municipality_id, c.municipality_id, "competition_id")
        if c.year != b.year:
            raise ValidationError({"competition_id": ServiceError("budget.competition_year", "competition_id",
                                                                  comp_year=c.year, year=b.year)})
        AC = RM.AllocationCompetition
        links = {link.allocation_id: link for link in s.scalars(select(AC).where(AC.competition_id == c.id))}
        live_other = [link for link in links.values() if link.deleted_at is None]
        if live_other:
            other = s.get(RM.BudgetAllocation, live_other[0].allocation_id)
            raise ValidationError({"competition_id": ServiceError("budget.already_funds", "competition_id",
                                                                  allocation=other.title if other else "?")})
        problems = R.check_allocation_kind(a.kind, c.kind, word("competition_kind", c.kind))
        funded = sum(x.allocation_tyiyn for x in _funded(s, a.id))
        problems += R.check_allocation_fit(a.title, a.amount_tyiyn, funded + c.total_allocation_tyiyn)
        G.refuse(problems)
        link = links.get(a.id)
        if link is not None:            # the unique (allocation, competition) row comes back
            link.deleted_at = None
        else:
            link = AC(allocation_id=a.id, competition_id=c.id)
            s.add(link)
        s.flush()
        return link.id


def unfund_competition(db, link_id: str) -> None:
    require(db, Perm.REGISTERS)
    with db.session() as s:
        link = G.get_live(s, RM.AllocationCompetition, link_id)
        link.deleted_at = utcnow()


# --------------------------------------------------------------------------
# Decisions on the use of the reserve fund


def _decision_values(data: DecisionInput) -> dict:
    errors: dict = {}
    out = {
        "decided_on": F.a_date(errors, "decided_on", data.decided_on, required=True),
        "document": F.text(errors, "document", data.document, required=True, max_len=300),
        "amount_tyiyn": F.money(errors, "amount_tyiyn", data.amount_tyiyn),
        "purpose": F.text(errors, "purpose", data.purpose, required=True, max_len=2000, multiline=True),
    }
    if out["amount_tyiyn"] == 0:
        errors["amount_tyiyn"] = ServiceError("budget.amount_zero", "amount_tyiyn")
    G.refuse([], errors)
    return out


def _decision_fits(s, b: RM.LocalBudget, values: dict, others: int) -> None:
    G.refuse(R.check_decision_year(values["decided_on"], b.year)
             + R.check_reserve_use(b.reserve_fund_tyiyn, others + values["amount_tyiyn"]))


def add_reserve_decision(db, budget_id: str, data: DecisionInput) -> str:
    require(db, Perm.REGISTERS)
    values = _decision_values(data)
    with db.session() as s:
        b = G.get_live(s, RM.LocalBudget, budget_id)
        _decision_fits(s, b, values, sum(d.amount_tyiyn for d in _decisions(s, b.id)))
        d = RM.ReserveDecision(budget_id=b.id, resolution_id=_resolution(s, data.resolution_id, b.municipality_id),
                               **values)
        s.add(d)
        s.flush()
        return d.id


def update_reserve_decision(db, decision_id: str, data: DecisionInput) -> None:
    require(db, Perm.REGISTERS)
    values = _decision_values(data)
    with db.session() as s:
        d = G.get_live(s, RM.ReserveDecision, decision_id)
        b = G.get_live(s, RM.LocalBudget, d.budget_id)
        _decision_fits(s, b, values, sum(x.amount_tyiyn for x in _decisions(s, b.id) if x.id != d.id))
        values["resolution_id"] = _resolution(s, data.resolution_id, b.municipality_id)
        F.set_changed(d, values)


def remove_reserve_decision(db, decision_id: str) -> None:
    require(db, Perm.REGISTERS)
    with db.session() as s:
        d = G.get_live(s, RM.ReserveDecision, decision_id)
        d.deleted_at = utcnow()
