"""People reached, added up by the database, equal the rules of
app.domain.participants applied event by event.

projects.participant_totals (the Events area's totals) adds up in one GROUP
BY; the reference below reads every event and applies event_totals and
event_people as the project pages and reports do. They are compared on the
demo with random counts added: the office's own categories nested under
builtin ones (additive and "of whom"), a whole whose parts were given
without it, an "of whom" group larger than the groups beside it, events
with only a stated total, planned, removed and other-village events, on
SQLite and PostgreSQL.
"""
from __future__ import annotations

import random
from datetime import date

import pytest

from app.domain.participants import builtin_category_id as cat
from app.domain.participants import event_people, sum_counts
from app.domain.projects import event_totals
from app.services import browse
from app.services import projects as PS
from app.store.project_queries import load_categories, load_events
from tests.conftest import both_backends


def reference(db, date_from=None, date_to=None, project_id=None, village=None) -> PS.ParticipantTotals:
    """The totals as the rules give them, event by event (the code the
    database query replaced)."""
    from sqlalchemy import select

    from app.store import models as M

    with db.reader() as s:
        rules = {c.id: c.rule for c in load_categories(s)}
        titles = dict(s.execute(select(M.Project.id, M.Project.title)).all())
        titles.update(s.execute(select(M.Competition.id, M.Competition.title)).all())
        events = load_events(s, set(rules), project_ids=[project_id] if project_id else None,
                             with_competitions=not project_id, date_from=date_from, date_to=date_to, held_only=True)
    by_village: dict = {}
    by_project: dict = {}
    rows, reached, n = [], 0, 0
    for pid, e in events:
        if village and (e.place or "") != village:
            continue
        totals = event_totals(e.counts, rules)
        rows.append(totals)
        by_village.setdefault(e.place or "", []).append(totals)
        by_project.setdefault(titles[pid], []).append(totals)
        reached += event_people(e.counts, rules, e.stated_total)
        n += 1
    return PS.ParticipantTotals(sum_counts(rows), {v: sum_counts(r) for v, r in by_village.items()},
                                {t: sum_counts(r) for t, r in by_project.items()}, reached, n)


def _random_events(db, seed: int) -> list[str]:
    rng = random.Random(seed)
    # the office's own categories: an additive part of boys, an "of whom" part of it, a top-level whole
    # with an additive part, and an "of whom" group of its own
    scouts = PS.add_category(db, "Скауттар", parent_id=cat("boys"), additive=True)
    young = PS.add_category(db, "Кичүү скауттар", parent_id=scouts, additive=False)
    everyone = PS.add_category(db, "Бардык катышуучулар", additive=True)
    guests = PS.add_category(db, "Коноктор", parent_id=everyone, additive=True)
    PS.add_category(db, "Ыктыярчылар")          # never counted: stays out of every total
    projects = [p.id for p in browse.list_projects(db)][:4]
    places = ["Ак-Суу", "Көк-Жар", ""]
    made = []
    for i in range(40):
        planned = i % 13 == 0
        ev = PS.add_event(db, projects[i % len(projects)], PS.EventInput(
            held_on=None if planned else date(2021, 1 + i % 12, 1 + i % 28), place=rng.choice(places),
            title=f"Иш-чара {i}", is_planned=planned,
            stated_total=rng.choice([None, rng.randint(0, 300)])))
        made.append(ev)
        shape = i % 6
        if shape == 0:
            continue                                            # only a stated total (or nothing)
        if shape == 1:                                          # parts given without their wholes
            counts = {cat("boys"): rng.randint(0, 30), cat("girls"): rng.randint(0, 30),
                      cat("fathers"): rng.randint(0, 10)}
        elif shape == 2:                                        # an "of whom" group larger than the rest
            counts = {cat("men"): rng.randint(0, 5), cat("elderly"): rng.randint(20, 90)}
        elif shape == 3:                                        # the office's own whole and its nested parts
            s = rng.randint(0, 20)
            counts = {everyone: rng.randint(60, 120), guests: rng.randint(0, 10), scouts: s,
                      young: rng.randint(0, s)}
        elif shape == 4:                                        # a whole with only some of its parts
            w = rng.randint(10, 60)
            counts = {cat("children"): w, cat("girls"): rng.randint(0, w // 2),
                      cat("children_disabilities"): rng.randint(0, w // 3), cat("women"): rng.randint(0, 40)}
        else:                                                   # everything, as the demo gives it
            counts = {cat("men"): rng.randint(0, 40), cat("women"): rng.randint(0, 40),
                      cat("persons_disabilities"): rng.randint(0, 5), scouts: rng.randint(0, 9)}
        PS.set_counts(db, ev, counts)
    for ev in made[5:8]:
        PS.remove_event(db, ev)                                 # removed: counted nowhere
    return projects


@both_backends
def test_database_totals_equal_the_rules_event_by_event(demo_db):
    projects = _random_events(demo_db, seed=7)
    cases = [dict(), dict(date_from=date(2021, 3, 1), date_to=date(2021, 10, 31)),
             dict(village="Ак-Суу"), dict(village="Көк-Жар", date_from=date(2021, 6, 1)),
             dict(project_id=projects[0]), dict(project_id=projects[1], village="Ак-Суу"),
             dict(date_from=date(2030, 1, 1))]
    for kwargs in cases:
        got, want = PS.participant_totals(demo_db, **kwargs), reference(demo_db, **kwargs)
        assert got == want, kwargs
    whole = PS.participant_totals(demo_db)
    # the figures are not trivially equal: events, people and every kind of category are there
    assert whole.events > 40 and whole.reached > 1000 and len(whole.by_village) >= 3
    assert cat("children") in whole.by_category and cat("elderly") in whole.by_category


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_database_totals_equal_the_rules_on_other_random_counts(demo_db, seed):
    _random_events(demo_db, seed=seed)
    for kwargs in (dict(), dict(village="Көк-Жар"), dict(date_to=date(2021, 6, 30))):
        assert PS.participant_totals(demo_db, **kwargs) == reference(demo_db, **kwargs), kwargs


@both_backends
def test_the_events_areas_span_is_the_live_events_dates_and_villages(demo_db):
    """browse.event_span (the Events area's offered period and villages) walks
    indexes instead of reading every event; it equals what the whole list
    gives, removed events left out (the list's own rule for its owners too)."""
    projects = _random_events(demo_db, seed=11)
    gone = PS.add_event(demo_db, projects[0], PS.EventInput(held_on=date(1999, 1, 2), place="Жаңы-Айыл",
                                                            title="Өчүрүлгөн иш-чара"))
    late = PS.add_event(demo_db, projects[1], PS.EventInput(held_on=date(2031, 5, 6), place="Арал",
                                                            title="Кеч иш-чара"))

    def from_the_list():
        rows = browse.list_events(demo_db)
        dates = [r.held_on for r in rows if r.held_on]
        return min(dates), max(dates), tuple(sorted({r.place for r in rows if r.place}))

    span = browse.event_span(demo_db)
    assert (span.first, span.last, span.places) == from_the_list()
    assert span.first == date(1999, 1, 2) and span.last == date(2031, 5, 6) and "Жаңы-Айыл" in span.places
    PS.remove_event(demo_db, gone)
    span = browse.event_span(demo_db)
    assert (span.first, span.last, span.places) == from_the_list()
    assert span.first > date(1999, 1, 2) and "Жаңы-Айыл" not in span.places
    assert late and len(span.places) >= 3
