"""The plain read model of a project: what the project page, the services and
the project reports all show. Amounts in tyiyn."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain import figures as FG
from app.domain.budget import BudgetSummary
from app.domain.participants import Category, event_people, event_totals, people_by_category, stated_mismatch

__all__ = ["event_totals"]  # re-exported: the reports and services read it from here


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    code: str
    names: dict[str, str]        # lang -> name
    parent_id: str | None
    additive: bool
    builtin: bool

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.code

    @property
    def rule(self) -> Category:
        return Category(self.id, self.parent_id, self.additive)


@dataclass(frozen=True)
class ExpenseInfo:
    id: str
    spent_on: date
    document_number: str
    amount: int
    source: str
    line_id: str | None
    line_category: str
    note: str


@dataclass(frozen=True)
class EventInfo:
    id: str
    held_on: date | None
    place: str
    kind: str
    title: str
    description: str
    is_planned: bool
    counts: dict[str, int]       # category id -> count
    stated_total: int | None = None   # what the source document states


@dataclass(frozen=True)
class MaterialInfo:
    id: str
    kind: str
    description: str
    quantity: int
    size: str


@dataclass(frozen=True)
class MediaInfo:
    id: str
    outlet: str
    level: str
    published_on: date | None
    link: str
    note: str


@dataclass(frozen=True)
class RecipientInfo:
    id: str
    name: str
    amount: int                  # tyiyn
    note: str


@dataclass(frozen=True)
class ProjectData:
    id: str
    municipality: str
    competition_id: str | None   # None: a project without a competition (see direct_kind)
    competition_title: str
    competition_kind: str
    competition_year: int | None
    application_id: str | None
    reg_number: str
    title: str
    goal: str
    agreement_number: str
    agreement_date: date | None
    customer: str
    executor: str
    award: int
    start_on: date | None
    end_on: date | None
    status: str
    status_reason: str
    results: str
    budget: BudgetSummary
    expenses: tuple[ExpenseInfo, ...]
    events: tuple[EventInfo, ...]
    categories: tuple[CategoryInfo, ...]
    materials: tuple[MaterialInfo, ...]
    media: tuple[MediaInfo, ...]
    villages: tuple[str, ...] = field(default=())
    direct_kind: str | None = None          # DirectKind value when there was no competition
    legal_basis: str = ""
    legal_basis_date: date | None = None
    award_excess_reason: str = ""
    decided_award: int | None = None        # the commission's award for the application
    max_grant: int = 0                      # the competition's maximum grant (0: none)
    recipients: tuple[RecipientInfo, ...] = ()

    @property
    def rules(self) -> dict[str, Category]:
        return {c.id: c.rule for c in self.categories}

    def held_events(self) -> list[EventInfo]:
        return [e for e in self.events if not e.is_planned]

    def participant_totals(self, events: list[EventInfo] | None = None) -> dict[str, int]:
        """Category id -> people, over held events (parts never added twice)."""
        evs = self.held_events() if events is None else events
        return people_by_category((e.counts for e in evs), self.rules)

    def people(self, event: EventInfo) -> int:
        return event_people(event.counts, self.rules, event.stated_total)

    def stated_mismatch(self, event: EventInfo) -> tuple[int, int] | None:
        return stated_mismatch(event.counts, self.rules, event.stated_total)

    def figure_checks(self) -> list[FG.FigureCheck]:
        """Every stated figure of the project that its parts contradict:
        events' stated totals, budget lines' quantity × unit price."""
        out = []
        for e in self.events:
            m = self.stated_mismatch(e)
            if m:
                out.append(FG.event_check(self.id, self.title, e.id, e.held_on, e.title, *m))
        for ln in self.budget.lines:
            c = FG.line_check(self.id, self.title, ln)
            if c:
                out.append(c)
        return out

    def award_above(self) -> list[tuple[str, int]]:
        """("decision", decided) and/or ("max_grant", maximum) the award exceeds."""
        out = []
        if self.decided_award is not None and self.award > self.decided_award:
            out.append(("decision", self.decided_award))
        if self.max_grant and self.award > self.max_grant:
            out.append(("max_grant", self.max_grant))
        return out

    @property
    def recipients_total(self) -> int:
        return sum(r.amount for r in self.recipients)

    def reached(self, events: list[EventInfo] | None = None) -> int:
        evs = self.held_events() if events is None else events
        return sum(self.people(e) for e in evs)

    def by_village(self) -> dict[str, dict[str, int]]:
        """Village -> category id -> people, over held events."""
        groups: dict[str, list[EventInfo]] = {}
        for e in self.held_events():
            groups.setdefault(e.place or "", []).append(e)
        return {v: self.participant_totals(evs) for v, evs in groups.items()}
