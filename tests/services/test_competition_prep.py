"""A competition's own work plan, events and media on the demo data: editing
the plan with overdue warnings, events that belong to the competition (not
to a project) with their counts, where they show (the Events area, the
totals) and where they do not (a project's page and results); refusals
leave everything as it was; a viewer changes nothing."""
from __future__ import annotations

from datetime import date

import pytest

from app.domain.participants import builtin_category_id as cat
from app.services import browse
from app.services import competition_prep as CP
from app.services import project_cycle as PC
from app.services import projects as PS
from app.services.errors import ServiceError, ValidationError
from app.store.db import Actor
from tests.competition_data import dump


def _competition(db, year):
    return next(c for c in browse.list_competitions(db) if c.year == year).id


@pytest.fixture
def jd(demo_db):
    return _competition(demo_db, 2021)


def _refused(db, call, key, field=None):
    before = dump(db)
    with pytest.raises(ServiceError) as err:
        call()
    exc = err.value
    keys = {e.key for e in exc.errors.values()} if isinstance(exc, ValidationError) else {exc.key}
    assert key in keys
    if field:
        assert field in exc.errors
    assert dump(db) == before
    return exc


def test_the_demo_plans_are_done(demo_db, jd):
    rows = CP.list_plan(demo_db, jd)
    assert [r.step for r in rows][:2] == ["Жергиликтүү демилгелер боюнча кызматташуу келишимине кол коюу",
                                         "Пилоттук айыл өкмөттөрү үчүн онлайн окутуу"]
    assert rows[0].deadline_on == date(2021, 9, 7) and rows[0].responsible == "ЖӨБ, ЖӨБ Союзу жана Долбоор"
    assert {r.state for r in rows} == {"done"} and rows[0].position == 1
    assert CP.plan_warnings(demo_db, jd) == []


def test_plan_editing_warnings_and_order(demo_db, jd):
    today = date(2021, 10, 5)
    _refused(demo_db, lambda: CP.add_plan_step(demo_db, jd, CP.StepInput(""), today=today), "input.required", "step")
    exc = _refused(demo_db, lambda: CP.add_plan_step(demo_db, jd, CP.StepInput("Отчет", done_on=date(2021, 10, 6)),
                                                     today=today), "prep.done_in_future", "done_on")
    assert exc.errors["done_on"].message("ru") == "Дата выполнения не может быть позже сегодняшней (05.10.2021)."
    sid = CP.add_plan_step(demo_db, jd, CP.StepInput("Жеңүүчүлөр менен келишим түзүү", "Айыл өкмөтү", "Келишимдер",
                                                     deadline_on=date(2021, 10, 1)), today=today)
    rows = CP.list_plan(demo_db, jd, today=today)
    assert rows[-1].step == "Жеңүүчүлөр менен келишим түзүү" and rows[-1].state == "overdue"
    assert CP.plan_warnings(demo_db, jd, today=today, lang="ru") == [
        "«Жеңүүчүлөр менен келишим түзүү» нужно было выполнить до 01.10.2021."]
    CP.update_plan_step(demo_db, sid, CP.StepInput("Жеңүүчүлөр менен келишим түзүү", "Айыл өкмөтү", "Келишимдер",
                                                   date(2021, 10, 1), date(2021, 10, 4)), today=today)
    assert CP.list_plan(demo_db, jd, today=today)[-1].state == "done_late"
    assert CP.plan_warnings(demo_db, jd, today=today) == []
    CP.move_plan_step(demo_db, sid, -1)
    steps = [r.step for r in CP.list_plan(demo_db, jd)]
    assert steps.index("Жеңүүчүлөр менен келишим түзүү") == len(steps) - 2
    CP.move_plan_step(demo_db, sid, -100)
    assert CP.list_plan(demo_db, jd)[0].id == sid
    CP.remove_plan_step(demo_db, sid)
    assert sid not in {r.id for r in CP.list_plan(demo_db, jd)}


def test_competition_events_and_counts(demo_db, jd):
    rows = CP.list_competition_events(demo_db, jd)
    assert [(r.kind, r.people) for r in rows] == [("announcement", 0), ("info_meeting", 33)]
    data = PS.EventInput(date(2021, 9, 20), "Кара-Дөбө", "candidates_call", "Комиссияга талапкерлерди чакыруу")
    exc = _refused(demo_db, lambda: CP.add_competition_event(
        demo_db, jd, data, {cat("children"): 5, cat("girls"): 7}, lang="ru"), "project.part_exceeds", "counts")
    assert exc.errors["counts"].message("ru") == "«Девочки» (7) не может быть больше, чем «Дети» (5)."
    _refused(demo_db, lambda: CP.add_competition_event(demo_db, jd, PS.EventInput(None, "", "sport", "X")),
             "input.required", "held_on")
    eid = CP.add_competition_event(demo_db, jd, data, {cat("men"): 4, cat("women"): 9})
    assert CP.competition_event_counts(demo_db, eid) == {cat("men"): 4, cat("women"): 9}
    CP.update_competition_event(demo_db, eid, data, {cat("women"): 10})
    assert CP.competition_event_counts(demo_db, eid) == {cat("women"): 10}
    assert [r.people for r in CP.list_competition_events(demo_db, jd) if r.id == eid] == [10]
    # the project services do not touch an event of a competition
    _refused(demo_db, lambda: PS.update_event(demo_db, eid, data), "input.not_found")
    _refused(demo_db, lambda: PS.set_counts(demo_db, eid, {cat("men"): 1}), "input.not_found")
    project_event = PS.get_project(demo_db, _atam(demo_db)).events[0].id
    _refused(demo_db, lambda: CP.update_competition_event(demo_db, project_event, data), "prep.not_competition_event")
    CP.remove_competition_event(demo_db, eid)
    assert eid not in {r.id for r in CP.list_competition_events(demo_db, jd)}


def _atam(db):
    return next(p for p in browse.list_projects(db) if p.title == "Атам, апам жана мен").id


def test_where_competition_events_show(demo_db, jd):
    events = browse.list_events(demo_db)
    own = [e for e in events if e.project_title == "Жергиликтүү демилгелердин сынагы 2021"]
    assert [(e.kind, e.participants) for e in own] == [("announcement", 0), ("info_meeting", 33)]
    assert len(events) == 20 + 1 + 5   # the three projects, the illustrative subsidy (no competition), competitions
    totals = PS.participant_totals(demo_db, date(2021, 9, 1), date(2021, 12, 31))
    assert totals.reached == 94 + 290 + 33
    assert totals.by_project["Жергиликтүү демилгелердин сынагы 2021"][cat("women")] == 21
    # not on a project's page, not in its results
    atam = _atam(demo_db)
    assert len(PS.get_project(demo_db, atam).events) == 6
    assert PS.participant_totals(demo_db, project_id=atam).reached == 94
    assert PC.competition_results(demo_db, jd).total.reached == 94 + 290


def test_competition_media(demo_db, jd):
    assert [m.outlet for m in CP.list_competition_media(demo_db, jd)] == ["Айыл өкмөтүнүн маалымат тактасы"]
    _refused(demo_db, lambda: CP.add_competition_media(demo_db, jd, "", "planet"), "input.required", "outlet")
    _refused(demo_db, lambda: CP.add_competition_media(demo_db, jd, "Кызыл Туу", "planet"), "prep.level", "level")
    mid = CP.add_competition_media(demo_db, jd, "«Кызыл Туу»", "district", "16.09.2021", note="Кулактандыруу")
    assert [m.outlet for m in CP.list_competition_media(demo_db, jd)][-1] == "«Кызыл Туу»"
    assert all(m.outlet != "«Кызыл Туу»" for m in PS.get_project(demo_db, _atam(demo_db)).media)
    CP.remove_competition_media(demo_db, mid)
    _refused(demo_db, lambda: CP.remove_competition_media(demo_db, mid), "input.not_found")


def test_a_viewer_changes_nothing(demo_db, jd):
    step = CP.list_plan(demo_db, jd)[0].id
    event = CP.list_competition_events(demo_db, jd)[0].id
    media = CP.list_competition_media(demo_db, jd)[0].id
    data = PS.EventInput(date(2021, 9, 20), "Орозбеков", "info_meeting", "Жолугушуу")
    calls = [lambda: CP.add_plan_step(demo_db, jd, CP.StepInput("X")),
             lambda: CP.update_plan_step(demo_db, step, CP.StepInput("X")),
             lambda: CP.remove_plan_step(demo_db, step), lambda: CP.move_plan_step(demo_db, step, 1),
             lambda: CP.add_competition_event(demo_db, jd, data), lambda: CP.update_competition_event(demo_db, event,
                                                                                                      data),
             lambda: CP.remove_competition_event(demo_db, event),
             lambda: CP.add_competition_media(demo_db, jd, "X", "city"),
             lambda: CP.remove_competition_media(demo_db, media)]
    demo_db.actor = Actor("viewer", "viewer")
    before = dump(demo_db)
    for call in calls:
        with pytest.raises(ServiceError) as err:
            call()
        assert err.value.key == "auth.denied"
    assert dump(demo_db) == before
    assert CP.list_plan(demo_db, jd) and CP.plan_warnings(demo_db, jd) == []
