"""Rules at their exact boundary, through the services on a real database
(the twins of tests/domain/test_boundaries.py): what is taken is saved, what
is refused says why and leaves the file as it was."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.participants import builtin_category_id as cat
from app.services import applications as AP
from app.services import browse
from app.services import commission as C
from app.services import programs as PG
from app.services import projects as PS
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from tests.competition_data import case_b, dump, winner_1
from tests.program_case_c import build_karabalta
from tests.services.test_commission import _score_all, setup  # noqa: F401  (a fixture)


def _project(db, title):
    return next(p.id for p in browse.list_projects(db) if p.title == title)


# ------------------------------------------------------------ part <= whole

def test_a_part_equal_to_its_whole_is_saved_one_more_is_refused(demo_db):
    project = _project(demo_db, "Жомокко саякат")
    event = PS.get_project(demo_db, project).events[0]          # 60 children, 24 girls
    PS.set_counts(demo_db, event.id, {cat("girls"): 60})
    assert PS.get_project(demo_db, project).events[0].counts[cat("girls")] == 60
    before = dump(demo_db)
    with pytest.raises(ServiceError) as err:
        PS.set_counts(demo_db, event.id, {cat("girls"): 61}, lang="ru")
    assert "61" in err.value.message("ru") and "60" in err.value.message("ru")
    assert dump(demo_db) == before
    PS.set_counts(demo_db, event.id, {cat("girls"): 24, cat("children_disabilities"): 60})   # "of whom": all
    before = dump(demo_db)
    with pytest.raises(ServiceError):
        PS.set_counts(demo_db, event.id, {cat("children_disabilities"): 61})
    assert dump(demo_db) == before


# ------------------------------------------------------------ money parsing

def test_an_ambiguous_expense_is_refused_with_both_readings_and_nothing_saved(demo_db):
    project = _project(demo_db, "Атам, апам жана мен")
    before = dump(demo_db)
    for text, thousands, decimal in (("37.000", "37 000", "37"), ("1,500", "1 500", "1,5")):
        with pytest.raises(ValidationError) as err:
            PS.add_expense(demo_db, project, date(2021, 11, 15), text, source="donor")
        refusal = err.value.errors["amount"]
        assert refusal.key == "input.money_ambiguous"
        assert f"{thousands} сом или {decimal} сом?" in refusal.message("ru")
        assert f"{thousands} сомбу же {decimal} сомбу?" in refusal.message("ky")
    assert dump(demo_db) == before
    PS.add_expense(demo_db, project, date(2021, 11, 15), "37 000", source="donor")
    PS.add_expense(demo_db, project, date(2021, 11, 16), "1.234.567", source="donor")
    PS.add_expense(demo_db, project, date(2021, 11, 17), "37,5", source="donor")
    assert sorted(e.amount for e in PS.get_project(demo_db, project).expenses) == [
        3_750, 3_700_000, 123_456_700]


# ------------------------------------------------------------ award cut-off

def _allocation(db, ids, tyiyn):
    with db.session() as s:
        s.get(M.Competition, ids["competition"]).total_allocation_tyiyn = tyiyn


@pytest.mark.parametrize("allocation,expected", [
    (2_300_000, [("winner", 1_200_000), ("winner", 1_100_000), ("reserve", 0)]),   # 12 000 + 11 000 exactly
    (2_299_999, [("winner", 1_200_000), ("winner", 1_099_999), ("reserve", 0)]),   # one tyiyn short
    (3_300_000, [("winner", 1_200_000), ("winner", 1_100_000), ("winner", 1_000_000)]),
    (3_299_999, [("winner", 1_200_000), ("winner", 1_100_000), ("winner", 999_999)]),
])
def test_the_decision_uses_the_allocation_to_the_last_tyiyn(db, setup, allocation, expected):  # noqa: F811
    _allocation(db, setup, allocation)
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 9], 2: [7, 7]})
    lines = C.record_decision(db, setup["meeting"])
    assert [(x.outcome, x.awarded_tyiyn) for x in lines] == expected


@pytest.mark.parametrize("minimum,third", [("21", "reserve"), ("21.01", "rejected")])
def test_a_score_equal_to_the_minimum_is_not_rejected(db, setup, minimum, third):  # noqa: F811
    C.set_rules(db, setup["competition"], "scoring", "more_than_half", min_score=minimum)
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 9], 2: [7, 7]})      # 27, 26 and 7 + 2 × 7 = 21 points
    lines = C.record_decision(db, setup["meeting"])
    assert [x.outcome for x in lines] == ["winner", "winner", third]


# ------------------------------------------------------------ deadline

def test_received_on_the_deadline_day_is_on_time_the_next_day_is_late(db):
    ids = case_b(db, announce=True)                          # deadline 30.09.2021
    on_time = AP.register_application(db, ids["competition"], replace(
        winner_1(ids["kozhonova"], received=date(2021, 9, 30)), title="Акыркы күнү"), today=date(2021, 9, 30))
    assert not on_time.is_late
    before = dump(db)
    with pytest.raises(ValidationError) as err:
        AP.register_application(db, ids["competition"], replace(
            winner_1(ids["kozhonova"], received=date(2021, 10, 1)), title="Бир күн кеч"), today=date(2021, 10, 1))
    assert err.value.errors["late_reason"].key == "application.late_reason"
    assert dump(db) == before


def test_applications_close_on_the_deadline_day_not_before(db):
    from app.services import competitions as CO

    ids = case_b(db, announce=True)
    with pytest.raises(ServiceError) as err:
        CO.close_applications(db, ids["competition"], today=date(2021, 9, 29))
    assert err.value.key == "lifecycle.close_before_deadline"
    CO.close_applications(db, ids["competition"], today=date(2021, 9, 30))
    assert CO.get_competition(db, ids["competition"]).status == "applications_closed"


# ------------------------------------------------------------ sub-indicators

def test_sub_indicators_may_add_up_to_their_parent_not_more(db):
    ids = build_karabalta(db, with_monitoring=False)          # 33 485,9 + 51 130 = 84 615,9 exactly
    codes = [(w.indicator_id, w.code) for w in PG.matrix_warnings(db, ids["program"])]
    assert (ids["irrigation"], "children_exceed") not in codes
    upper = next(i for i in PG.get_program(db, ids["program"]).indicators if i.id == ids["upper_park"])
    PG.update_indicator(db, ids["upper_park"], name=upper.name, unit=upper.unit, value_type="number",
                        final="51 130,1", parent_id=ids["irrigation"], priority_id=upper.priority_id)
    warnings = [w for w in PG.matrix_warnings(db, ids["program"]) if w.code == "children_exceed"]
    assert [w.indicator_id for w in warnings] == [ids["irrigation"]]
    assert "84 615,9" in warnings[0].message("ru").replace("\u00a0", " ")
