"""The project cycle after the award, as pure rules: the grant agreement's
tranches and payments, the executor's reports, monitoring visits, the
acceptance act, and the results against plan (participants by category,
cost per participant, co-financing share by source, satisfaction).

Amounts are tyiyn; shares and costs are exact Decimals rounded only for
showing. Warnings are keys of app.i18n with their parameters, shown and
printed, never blocking.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Iterable, Mapping

from app import i18n
from app.domain.enums import FundingSource
from app.domain.money import format_amount
from app.domain.participants import Category, grand_total, sum_counts
from app.domain.projects import event_totals


class ReportKind(StrEnum):
    INTERIM = "interim"
    FINAL = "final"


class ReportStatus(StrEnum):
    EXPECTED = "expected"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    RETURNED = "returned"      # sent back to the executor for correction


class ActStatus(StrEnum):
    DRAFT = "draft"
    ACCEPTED = "accepted"


class AttachmentKind(StrEnum):
    AGREEMENT = "agreement"    # the signed agreement's scan
    REPORT = "report"          # an executor's report
    PHOTO = "photo"
    ACT = "act"                # the signed acceptance act
    OTHER = "other"


class PlanStepState(StrEnum):
    PENDING = "pending"
    OVERDUE = "overdue"
    DONE = "done"
    DONE_LATE = "done_late"


# --------------------------------------------------------------------------
# Read model


@dataclass(frozen=True)
class PaymentInfo:
    id: str
    tranche_id: str
    paid_on: date
    amount: int
    document_number: str
    note: str


@dataclass(frozen=True)
class TrancheInfo:
    id: str
    number: int
    due_on: date
    amount: int
    condition: str
    report_id: str | None
    payments: tuple[PaymentInfo, ...] = ()

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def remaining(self) -> int:
        return self.amount - self.paid


@dataclass(frozen=True)
class ReportInfo:
    id: str
    kind: str
    period_from: date | None
    period_to: date | None
    due_on: date
    received_on: date | None
    status: str
    note: str

    @property
    def received(self) -> bool:
        return self.status in (ReportStatus.RECEIVED, ReportStatus.ACCEPTED, ReportStatus.RETURNED)


@dataclass(frozen=True)
class VisitInfo:
    id: str
    visited_on: date
    visitors: str
    checked: str
    findings: str
    follow_up: str
    follow_up_due_on: date | None
    follow_up_done_on: date | None


@dataclass(frozen=True)
class ActInfo:
    id: str
    number: str
    act_date: date | None
    customer_signatory: str
    executor_signatory: str
    remarks: str
    status: str
    accepted_at: datetime | None
    accepted_by: str
    delivered_hash: str
    cancel_reason: str

    @property
    def accepted(self) -> bool:
        return self.status == ActStatus.ACCEPTED


@dataclass(frozen=True)
class SurveyInfo:
    id: str
    surveyed_on: date | None
    asked: int
    satisfied: int
    method: str
    note: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    kind: str
    filename: str
    size_bytes: int
    sha256: str
    note: str
    visit_id: str | None
    report_id: str | None
    added_on: date


@dataclass(frozen=True)
class CycleData:
    project_id: str
    award: int
    agreement_date: date | None
    end_on: date | None
    project_status: str
    tranches: tuple[TrancheInfo, ...] = ()
    reports: tuple[ReportInfo, ...] = ()
    visits: tuple[VisitInfo, ...] = ()
    act: ActInfo | None = None
    surveys: tuple[SurveyInfo, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()

    @property
    def agreed(self) -> int:
        return sum(t.amount for t in self.tranches)

    @property
    def paid(self) -> int:
        return sum(t.paid for t in self.tranches)

    def report(self, report_id: str | None) -> ReportInfo | None:
        return next((r for r in self.reports if r.id == report_id), None)

    def final_report(self) -> ReportInfo | None:
        return next((r for r in self.reports if r.kind == ReportKind.FINAL), None)


# --------------------------------------------------------------------------
# Warnings


@dataclass(frozen=True)
class CycleWarning:
    key: str
    params: dict = field(default_factory=dict)


i18n.register({
    "cycle.report_kind.interim": {"ky": "аралык отчет", "ru": "промежуточный отчёт", "en": "interim report"},
    "cycle.report_kind.final": {"ky": "акыркы отчет", "ru": "итоговый отчёт", "en": "final report"},
    "cycle.report_status.expected": {"ky": "күтүлүүдө", "ru": "ожидается", "en": "expected"},
    "cycle.report_status.received": {"ky": "келди", "ru": "получен", "en": "received"},
    "cycle.report_status.accepted": {"ky": "кабыл алынды", "ru": "принят", "en": "accepted"},
    "cycle.report_status.returned": {"ky": "оңдоого кайтарылды", "ru": "возвращён на доработку",
                                     "en": "returned for correction"},
    "cycle.warn.report_overdue": {
        "ky": "{report} {due} чейин тапшырылышы керек эле, али келе элек.",
        "ru": "{report} должен был поступить до {due}, но ещё не получен.",
        "en": "The {report} was due by {due} and has not arrived.",
    },
    "cycle.warn.no_final_report": {
        "ky": "Долбоор {end} аяктады, бирок акыркы отчет катталган эмес.",
        "ru": "Проект закончился {end}, но итоговый отчёт не зарегистрирован.",
        "en": "The project ended on {end} but no final report is registered.",
    },
    "cycle.warn.tranche_without_report": {
        "ky": "{number}-транш төлөндү ({paid} сом), бирок анын шарты болгон {report} кабыл алына элек.",
        "ru": "Транш {number} выплачен ({paid} сом), но его условие — {report} — ещё не принят.",
        "en": "Tranche {number} was paid ({paid} som) but the {report} it depends on is not accepted.",
    },
    "cycle.warn.tranche_overdue": {
        "ky": "{number}-транш {due} төлөнүшү керек эле: {remaining} сом төлөнө элек.",
        "ru": "Транш {number} должен был быть выплачен до {due}: не выплачено {remaining} сом.",
        "en": "Tranche {number} was due on {due}: {remaining} som not paid.",
    },
    "cycle.warn.tranches_total": {
        "ky": "Транштардын суммасы {agreed} сом, грант суммасы {award} сом.",
        "ru": "Сумма траншей {agreed} сом, а сумма гранта {award} сом.",
        "en": "The tranches add up to {agreed} som; the grant is {award} som.",
    },
    "cycle.warn.follow_up_overdue": {
        "ky": "{visit} мониторингдин тапшырмасы {due} чейин аткарылышы керек эле: {task}",
        "ru": "Поручение мониторинга от {visit} нужно было выполнить до {due}: {task}",
        "en": "The follow-up of the visit on {visit} was due by {due}: {task}",
    },
    "cycle.warn.below_plan": {
        "ky": "Камтылган катышуучулар ({actual}) пландагыдан ({planned}) аз.",
        "ru": "Охвачено участников ({actual}) меньше плана ({planned}).",
        "en": "Participants reached ({actual}) are fewer than planned ({planned}).",
    },
    "cycle.warn.cofinancing_below": {
        "ky": "Кошумча каржылоонун үлүшү {share} %, сынактын талабы — кеминде {required} %.",
        "ru": "Доля софинансирования {share} %, условие конкурса — не меньше {required} %.",
        "en": "The co-financing share is {share} %; the competition requires at least {required} %.",
    },
    "cycle.warn.unvalued_in_kind": {
        "ky": "Заттай салымдын {n} сабы акчалай бааланган эмес: үлүштөргө кирген жок.",
        "ru": "Строк натурального вклада без денежной оценки: {n}; в доли они не вошли.",
        "en": "{n} in-kind lines are not valued in money and are not in the shares.",
    },
    "cycle.warn.no_plan": {
        "ky": "{n} долбоордун пландалган катышуучулары көрсөтүлгөн эмес.",
        "ru": "У проектов без плановых участников: {n}.",
        "en": "{n} projects have no planned participant counts.",
    },
    "cycle.warn.no_people": {
        "ky": "{n} долбоордо катышуучулар саналган эмес: алардын чыгымы бир катышуучуга кеткен чыгымга кирген жок.",
        "ru": "Проектов без подсчитанных участников: {n}; их стоимость не вошла в стоимость на одного участника.",
        "en": "{n} projects counted no participants; their cost is left out of the cost per participant.",
    },
    "cycle.warn.changed_after_acceptance": {
        "ky": "Эскертүү: акт кабыл алынгандан кийин ({when}) долбоордун көрсөткүчтөрү өзгөрдү.",
        "ru": "Внимание: показатели проекта изменились после принятия акта ({when}).",
        "en": "Note: the project's figures changed after the act was accepted ({when}).",
    },
    "cycle.warn.plan_overdue": {
        "ky": "«{step}» {due} чейин аткарылышы керек эле.",
        "ru": "«{step}» нужно было выполнить до {due}.",
        "en": "“{step}” was due by {due}.",
    },
})


def _d(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def cycle_warnings(c: CycleData, today: date) -> list[CycleWarning]:
    """What an office must see about a project's agreement and monitoring."""
    out: list[CycleWarning] = []
    if c.tranches and c.agreed != c.award:
        out.append(CycleWarning("cycle.warn.tranches_total", {"agreed": c.agreed, "award": c.award}))
    for r in c.reports:
        if not r.received and r.due_on < today:
            out.append(CycleWarning("cycle.warn.report_overdue", {
                "report": i18n.Term(f"cycle.report_kind.{r.kind}"), "due": _d(r.due_on)}))
    if c.end_on and c.end_on < today and c.final_report() is None and c.project_status != "terminated":
        out.append(CycleWarning("cycle.warn.no_final_report", {"end": _d(c.end_on)}))
    for t in c.tranches:
        report = c.report(t.report_id)
        if t.paid and report is not None and report.status != ReportStatus.ACCEPTED:
            out.append(CycleWarning("cycle.warn.tranche_without_report", {
                "number": t.number, "paid": t.paid, "report": i18n.Term(f"cycle.report_kind.{report.kind}")}))
        if t.remaining > 0 and t.due_on < today and c.project_status != "terminated":
            out.append(CycleWarning("cycle.warn.tranche_overdue", {
                "number": t.number, "due": _d(t.due_on), "remaining": t.remaining}))
    for v in c.visits:
        if v.follow_up and v.follow_up_due_on and not v.follow_up_done_on and v.follow_up_due_on < today:
            out.append(CycleWarning("cycle.warn.follow_up_overdue", {
                "visit": _d(v.visited_on), "due": _d(v.follow_up_due_on), "task": v.follow_up}))
    return out


MONEY_PARAMS = frozenset({"paid", "remaining", "agreed", "award"})


def warning_text(w: CycleWarning, lang: str | None = None) -> str:
    """The warning in words, amounts written 12 000,00."""
    params = {k: (format_amount(v, sep=" ") if k in MONEY_PARAMS else v) for k, v in w.params.items()}
    text = i18n.t(w.key, lang, **params)
    return text[:1].upper() + text[1:]   # a sentence may start with a word such as "interim report"


def plan_step_state(deadline: date | None, done: date | None, today: date) -> PlanStepState:
    """A work-plan step: done (on time or late), overdue, or still ahead."""
    if done is not None:
        return PlanStepState.DONE_LATE if deadline is not None and done > deadline else PlanStepState.DONE
    if deadline is not None and deadline < today:
        return PlanStepState.OVERDUE
    return PlanStepState.PENDING


# --------------------------------------------------------------------------
# Results against plan


def per_person(amount: int, people: int | None) -> int | None:
    """Tyiyn per person, rounded half up to the tyiyn; None without people."""
    if not people:
        return None
    return int((Decimal(amount) / Decimal(people)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def share_pct(part: int, whole: int) -> Decimal | None:
    """part / whole in per cent, one decimal; None when the whole is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def pct_text(value: Decimal | None) -> str:
    return "—" if value is None else format(value, "f").replace(".", ",")


@dataclass(frozen=True)
class SourceResult:
    source: str
    planned: int
    actual: int


@dataclass(frozen=True)
class Results:
    """One project's (or several projects') results against plan."""

    planned: dict[str, int]            # category id -> planned people (derived totals)
    actual: dict[str, int]             # category id -> people reached (derived totals)
    planned_people: int | None         # None: no plan was given
    reached: int
    events_planned: int                # times of the application's planned events
    events_held: int
    sources: tuple[SourceResult, ...]  # every source, fixed order
    asked: int = 0
    satisfied: int = 0
    surveys: int = 0
    required_cofinancing_pct: int | None = None
    unvalued_in_kind: int = 0          # in-kind lines with no money value
    projects: int = 1
    projects_without_plan: int = 0
    # cost per participant counts only the projects that counted people, and
    # the planned one only those with a plan; how many are left out is warned
    people_cost: int = 0
    people_local_cost: int = 0
    plan_cost: int = 0
    plan_local_cost: int = 0
    projects_without_people: int = 0

    @property
    def planned_cost(self) -> int:
        return sum(s.planned for s in self.sources)

    @property
    def actual_cost(self) -> int:
        return sum(s.actual for s in self.sources)

    def source(self, source) -> SourceResult:
        return next(s for s in self.sources if s.source == str(source))

    @property
    def local_planned(self) -> int:
        return self.source(FundingSource.LOCAL_BUDGET).planned

    @property
    def local_actual(self) -> int:
        return self.source(FundingSource.LOCAL_BUDGET).actual

    @property
    def cost_per_participant(self) -> int | None:
        return per_person(self.people_cost, self.reached)

    @property
    def local_cost_per_participant(self) -> int | None:
        return per_person(self.people_local_cost, self.reached)

    @property
    def planned_cost_per_participant(self) -> int | None:
        return per_person(self.plan_cost, self.planned_people)

    @property
    def planned_local_cost_per_participant(self) -> int | None:
        return per_person(self.plan_local_cost, self.planned_people)

    @property
    def cofinancing_actual(self) -> int:
        return self.actual_cost - self.local_actual

    @property
    def cofinancing_planned(self) -> int:
        return self.planned_cost - self.local_planned

    @property
    def cofinancing_share(self) -> Decimal | None:
        return share_pct(self.cofinancing_actual, self.actual_cost)

    @property
    def satisfied_share(self) -> Decimal | None:
        return share_pct(self.satisfied, self.asked)

    def warnings(self) -> list[CycleWarning]:
        out = []
        if self.planned_people and self.reached < self.planned_people:
            out.append(CycleWarning("cycle.warn.below_plan", {"actual": self.reached,
                                                               "planned": self.planned_people}))
        share = self.cofinancing_share
        if self.required_cofinancing_pct and share is not None and share < self.required_cofinancing_pct:
            out.append(CycleWarning("cycle.warn.cofinancing_below", {
                "share": pct_text(share), "required": self.required_cofinancing_pct}))
        if self.unvalued_in_kind:
            out.append(CycleWarning("cycle.warn.unvalued_in_kind", {"n": self.unvalued_in_kind}))
        if self.projects > 1 and self.projects_without_plan:
            out.append(CycleWarning("cycle.warn.no_plan", {"n": self.projects_without_plan}))
        if self.projects > 1 and self.projects_without_people:
            out.append(CycleWarning("cycle.warn.no_people", {"n": self.projects_without_people}))
        return out


def parents_first(categories) -> list:
    """Categories (with .id and .parent_id) in their order, each followed by
    its parts: men, fathers, women, mothers, children, boys, girls..."""
    categories = list(categories)
    known = {c.id for c in categories}
    kids: dict = {}
    for c in categories:
        kids.setdefault(c.parent_id if c.parent_id in known else None, []).append(c)
    out: list = []

    def walk(parent) -> None:
        for c in kids.get(parent, []):
            out.append(c)
            walk(c.id)

    walk(None)
    return out


def derived_totals(counts: Mapping[str, int], rules: Mapping[str, Category]) -> dict[str, int]:
    """Each category's people: entered, or its additive parts summed."""
    return event_totals(dict(counts), dict(rules))


def project_results(*, planned_counts: Mapping[str, int] | None, event_counts: Iterable[Mapping[str, int]],
                    rules: Mapping[str, Category], events_planned: int, source_totals: Iterable[tuple[str, int, int]],
                    surveys: Iterable[tuple[int, int]] = (), required_cofinancing_pct: int | None = None,
                    unvalued_in_kind: int = 0) -> Results:
    """One project's results. `planned_counts`: the application's planned
    participants by category (None when there is no plan); `event_counts`: the
    counts of each event held; `source_totals`: (source, planned, actual)."""
    event_counts = list(event_counts)
    actual = sum_counts(derived_totals(c, rules) for c in event_counts)
    reached = sum(grand_total(c, rules) for c in event_counts)
    if planned_counts:
        planned = derived_totals(planned_counts, rules)
        planned_people: int | None = grand_total(planned_counts, rules)
    else:
        planned, planned_people = {}, None
    totals = {str(s): (0, 0) for s in FundingSource}
    for source, p, a in source_totals:
        op, oa = totals[str(source)]
        totals[str(source)] = (op + p, oa + a)
    surveys = list(surveys)
    sources = tuple(SourceResult(s, p, a) for s, (p, a) in totals.items())
    local = totals[str(FundingSource.LOCAL_BUDGET)]
    cost = (sum(p for p, _a in totals.values()), sum(a for _p, a in totals.values()))
    return Results(planned, actual, planned_people, reached, events_planned, len(event_counts), sources,
                   asked=sum(a for a, _s in surveys), satisfied=sum(s for _a, s in surveys), surveys=len(surveys),
                   required_cofinancing_pct=required_cofinancing_pct or None, unvalued_in_kind=unvalued_in_kind,
                   projects=1, projects_without_plan=0 if planned_counts else 1,
                   people_cost=cost[1] if reached else 0, people_local_cost=local[1] if reached else 0,
                   plan_cost=cost[0] if planned_people else 0, plan_local_cost=local[0] if planned_people else 0,
                   projects_without_people=0 if reached else 1)


def combine(results: Iterable[Results]) -> Results:
    """Several projects' results added up (a competition, a council period).
    The planned people are the sum over projects that have a plan; how many
    have none is kept and warned about."""
    results = list(results)
    required = {r.required_cofinancing_pct for r in results}
    planned_known = [r.planned_people for r in results if r.planned_people is not None]
    sources = {str(s): [0, 0] for s in FundingSource}
    for r in results:
        for s in r.sources:
            sources[s.source][0] += s.planned
            sources[s.source][1] += s.actual
    return Results(
        sum_counts(r.planned for r in results), sum_counts(r.actual for r in results),
        sum(planned_known) if planned_known else None, sum(r.reached for r in results),
        sum(r.events_planned for r in results), sum(r.events_held for r in results),
        tuple(SourceResult(s, p, a) for s, (p, a) in sources.items()),
        asked=sum(r.asked for r in results), satisfied=sum(r.satisfied for r in results),
        surveys=sum(r.surveys for r in results),
        required_cofinancing_pct=required.pop() if len(required) == 1 else None,
        unvalued_in_kind=sum(r.unvalued_in_kind for r in results), projects=len(results),
        projects_without_plan=sum(r.projects_without_plan for r in results),
        people_cost=sum(r.people_cost for r in results), people_local_cost=sum(r.people_local_cost for r in results),
        plan_cost=sum(r.plan_cost for r in results), plan_local_cost=sum(r.plan_local_cost for r in results),
        projects_without_people=sum(r.projects_without_people for r in results))


def delivered_plain(d, results: Results) -> dict:
    """What an acceptance act lists as delivered (d: app.domain.projects.
    ProjectData); sealed when the act is accepted, compared when printed."""
    return {"events": [(e.id, str(e.held_on), d.people(e)) for e in d.held_events()],
            "results": results_plain(results),
            "materials": [(m.id, m.kind, m.quantity) for m in d.materials]}


def results_plain(r: Results) -> dict:
    """The figures of the results, for a printout's hash and the act's seal."""
    return {"planned": sorted(r.planned.items()), "actual": sorted(r.actual.items()),
            "planned_people": r.planned_people, "reached": r.reached, "events": [r.events_planned, r.events_held],
            "sources": [(s.source, s.planned, s.actual) for s in r.sources], "asked": r.asked,
            "satisfied": r.satisfied}


def seal(obj) -> str:
    """SHA-256 of canonical JSON: what an accepted act's figures were."""
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------
# The competition's work plan


@dataclass(frozen=True)
class PlanStepInfo:
    id: str
    position: int
    step: str
    responsible: str
    confirming_document: str
    deadline_on: date | None
    done_on: date | None
    note: str

    def state(self, today: date) -> PlanStepState:
        return plan_step_state(self.deadline_on, self.done_on, today)


def plan_warnings(steps: Iterable[PlanStepInfo], today: date) -> list[CycleWarning]:
    return [CycleWarning("cycle.warn.plan_overdue", {"step": s.step, "due": _d(s.deadline_on)})
            for s in steps if s.state(today) == PlanStepState.OVERDUE]
