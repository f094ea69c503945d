"""A competition's own preparation: its work plan (step, responsible,
confirming document, deadline, done date) with overdue warnings, and the
events and media coverage that belong to the competition itself rather than
to a project (the information meeting, the published announcement, the call
for civil-society members of the commission).

One function per user action; every change calls `require(db,
Perm.COMPETITIONS)` first and runs in one transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app import i18n
from app.domain import cycle as CY
from app.domain import enums as E
from app.domain.participants import grand_total
from app.services import _input as F
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.services.projects import EventInput, _category_maps, _check, _clean_counts, _event_values, _write_counts
from app.store import cycle_queries as Q
from app.store import models as M
from app.store.base import utcnow
from app.store.project_queries import load_categories

C = Perm.COMPETITIONS

i18n.register({
    "prep.done_in_future": {
        "ky": "Аткарылган күнү бүгүндөн ({today}) кийин боло албайт.",
        "ru": "Дата выполнения не может быть позже сегодняшней ({today}).",
        "en": "The date done cannot be after today ({today}).",
    },
    "prep.not_competition_event": {
        "ky": "Бул иш-чара сынакка эмес, долбоорго тиешелүү; аны «Долбоорлор» бөлүмүндө өзгөртүңүз.",
        "ru": "Это мероприятие относится к проекту, а не к конкурсу; измените его в разделе «Проекты».",
        "en": "This event belongs to a project, not to the competition; change it under Projects.",
    },
    "prep.level": {"ky": "Деңгээлин тандаңыз.", "ru": "Выберите уровень.", "en": "Choose the level."},
})


def _today(today: date | None) -> date:
    return today or date.today()


def _competition(s, competition_id: str) -> M.Competition:
    c = s.get(M.Competition, competition_id) if competition_id else None
    if c is None or c.deleted_at is not None:
        raise F.not_found()
    return c


# --------------------------------------------------------------------------
# The work plan


@dataclass(frozen=True)
class PlanStepRow:
    id: str
    position: int
    step: str
    responsible: str
    confirming_document: str
    deadline_on: date | None
    done_on: date | None
    state: str                    # app.domain.cycle.PlanStepState
    note: str


def list_plan(db, competition_id: str, today: date | None = None) -> list[PlanStepRow]:
    with db.reader() as s:
        _competition(s, competition_id)
        steps = Q.load_plan(s, competition_id)
    day = _today(today)
    return [PlanStepRow(p.id, i + 1, p.step, p.responsible, p.confirming_document, p.deadline_on, p.done_on,
                        p.state(day).value, p.note) for i, p in enumerate(steps)]


def plan_warnings(db, competition_id: str, today: date | None = None, lang: str | None = None) -> list[str]:
    with db.reader() as s:
        _competition(s, competition_id)
        steps = Q.load_plan(s, competition_id)
    return [CY.warning_text(w, lang) for w in CY.plan_warnings(steps, _today(today))]


@dataclass
class StepInput:
    step: object = ""
    responsible: object = ""
    confirming_document: object = ""
    deadline_on: object = None
    done_on: object = None
    note: object = ""


def _step_values(data: StepInput, today: date) -> dict:
    errors: dict = {}
    out = {
        "step": F.text(errors, "step", data.step, required=True, max_len=2000, multiline=True),
        "responsible": F.text(errors, "responsible", data.responsible, max_len=1000, multiline=True),
        "confirming_document": F.text(errors, "confirming_document", data.confirming_document, max_len=1000,
                                      multiline=True),
        "deadline_on": F.a_date(errors, "deadline_on", data.deadline_on),
        "done_on": F.a_date(errors, "done_on", data.done_on),
        "note": F.text(errors, "note", data.note, max_len=2000, multiline=True),
    }
    if out["done_on"] and out["done_on"] > today:
        errors["done_on"] = ServiceError("prep.done_in_future", "done_on", today=F.show_date(today))
    if errors:
        raise ValidationError(errors)
    return out


def add_plan_step(db, competition_id: str, data: StepInput, today: date | None = None) -> str:
    """A row of the competition's work plan, at the end."""
    require(db, C)
    values = _step_values(data, _today(today))
    with db.session() as s:
        _competition(s, competition_id)
        PS = M.CompetitionPlanStep
        last = s.scalar(select(func.max(PS.position)).where(PS.competition_id == competition_id,
                                                            PS.deleted_at.is_(None)))
        row = PS(competition_id=competition_id, position=(last + 1) if last is not None else 0, **values)
        s.add(row)
        s.flush()
        return row.id


def _step(s, step_id: str) -> M.CompetitionPlanStep:
    row = s.get(M.CompetitionPlanStep, step_id) if step_id else None
    if row is None or row.deleted_at is not None:
        raise F.not_found()
    _competition(s, row.competition_id)
    return row


def update_plan_step(db, step_id: str, data: StepInput, today: date | None = None) -> None:
    """Change a step, or mark it done (its done date)."""
    require(db, C)
    values = _step_values(data, _today(today))
    with db.session() as s:
        F.set_changed(_step(s, step_id), values)


def remove_plan_step(db, step_id: str) -> None:
    require(db, C)
    with db.session() as s:
        _step(s, step_id).deleted_at = utcnow()


def move_plan_step(db, step_id: str, offset: int) -> None:
    """Move a step up (-1) or down (+1) in the plan."""
    require(db, C)
    with db.session() as s:
        row = _step(s, step_id)
        PS = M.CompetitionPlanStep
        steps = list(s.scalars(select(PS).where(PS.competition_id == row.competition_id, PS.deleted_at.is_(None))
                               .order_by(PS.position, PS.deadline_on, PS.created_at)))
        i = steps.index(row)
        j = max(0, min(len(steps) - 1, i + offset))
        if i == j:
            return
        steps.insert(j, steps.pop(i))
        for k, step in enumerate(steps):
            if step.position != k:
                step.position = k


# --------------------------------------------------------------------------
# The competition's own events and media


@dataclass(frozen=True)
class CompetitionEventRow:
    id: str
    held_on: date | None
    place: str
    kind: str
    title: str
    people: int
    is_planned: bool


def list_competition_events(db, competition_id: str) -> list[CompetitionEventRow]:
    with db.reader() as s:
        _competition(s, competition_id)
        rules = {c.id: c.rule for c in load_categories(s)}
        events = Q.load_competition_events(s, competition_id)
    return [CompetitionEventRow(e.id, e.held_on, e.place, e.kind, e.title, grand_total(e.counts, rules),
                                e.is_planned) for e in events]


def competition_event_counts(db, event_id: str) -> dict[str, int]:
    """Category id -> count of one of the competition's events."""
    with db.reader() as s:
        ev = _event(s, event_id)
        return {r.category_id: r.count for r in s.scalars(select(M.EventParticipants).where(
            M.EventParticipants.event_id == ev.id, M.EventParticipants.deleted_at.is_(None)))}


def _event(s, event_id: str) -> M.Event:
    ev = s.get(M.Event, event_id) if event_id else None
    if ev is None or ev.deleted_at is not None:
        raise F.not_found()
    if ev.competition_id is None:
        raise ServiceError("prep.not_competition_event")
    _competition(s, ev.competition_id)
    return ev


def _save_counts(s, event_id: str, counts: dict | None, lang: str | None) -> None:
    if counts is None:
        return
    rules, names = _category_maps(s, lang)
    cleaned = _clean_counts(counts, rules)
    merged = {cid: n for cid, n in cleaned.items() if n is not None}
    problem = _check(merged, rules, names)
    if problem is not None:
        raise ValidationError({"counts": problem})
    _write_counts(s, event_id, cleaned)


def add_competition_event(db, competition_id: str, data: EventInput, counts: dict | None = None,
                          lang: str | None = None) -> str:
    """An event of the competition itself, with its participants by category
    (category id -> count; a part may not exceed its whole)."""
    require(db, C)
    values = _event_values(data)
    with db.session() as s:
        _competition(s, competition_id)
        ev = M.Event(competition_id=competition_id, project_id=None, **values)
        s.add(ev)
        s.flush()
        _save_counts(s, ev.id, counts, lang)
        return ev.id


def update_competition_event(db, event_id: str, data: EventInput, counts: dict | None = None,
                             lang: str | None = None) -> None:
    """Change the event; `counts` replaces its counts (None keeps them)."""
    require(db, C)
    values = _event_values(data)
    with db.session() as s:
        ev = _event(s, event_id)
        F.set_changed(ev, values)
        if counts is not None:
            existing = {r.category_id for r in s.scalars(select(M.EventParticipants).where(
                M.EventParticipants.event_id == ev.id, M.EventParticipants.deleted_at.is_(None)))}
            full = {cid: None for cid in existing}
            full.update(counts)
            _save_counts(s, ev.id, full, lang)


def remove_competition_event(db, event_id: str) -> None:
    require(db, C)
    with db.session() as s:
        ev = _event(s, event_id)
        now = utcnow()
        for row in s.scalars(select(M.EventParticipants).where(M.EventParticipants.event_id == ev.id,
                                                               M.EventParticipants.deleted_at.is_(None))):
            row.deleted_at = now
        ev.deleted_at = now


@dataclass(frozen=True)
class CompetitionMediaRow:
    id: str
    outlet: str
    level: str
    published_on: date | None
    link: str
    note: str


def list_competition_media(db, competition_id: str) -> list[CompetitionMediaRow]:
    with db.reader() as s:
        _competition(s, competition_id)
        media = Q.load_competition_media(s, competition_id)
    return [CompetitionMediaRow(m.id, m.outlet, m.level, m.published_on, m.link, m.note) for m in media]


def add_competition_media(db, competition_id: str, outlet, level, published_on=None, link=None, note=None) -> str:
    """Where the competition was published or covered (the announcement in
    the newspaper, the call for candidates on the radio...)."""
    require(db, C)
    errors: dict = {}
    name = F.text(errors, "outlet", outlet, required=True, max_len=300)
    try:
        lv = E.MediaLevel(level)
    except ValueError:
        errors["level"] = ServiceError("prep.level", "level")
    when = F.a_date(errors, "published_on", published_on)
    url = F.text(errors, "link", link, max_len=2000)
    text = F.text(errors, "note", note, max_len=2000, multiline=True)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        _competition(s, competition_id)
        row = M.MediaCoverage(competition_id=competition_id, project_id=None, outlet=name, level=lv,
                              published_on=when, link=url, note=text)
        s.add(row)
        s.flush()
        return row.id


def remove_competition_media(db, media_id: str) -> None:
    require(db, C)
    with db.session() as s:
        row = s.get(M.MediaCoverage, media_id) if media_id else None
        if row is None or row.deleted_at is not None or row.competition_id is None:
            raise F.not_found()
        _competition(s, row.competition_id)
        row.deleted_at = utcnow()
