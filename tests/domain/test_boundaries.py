"""Rules at their exact boundary, in the domain (each has a twin in
tests/services/test_boundaries.py that goes through the service): a part
equal to its whole and one more, the award cut-off at the last tyiyn, the
deadline day and the day after, sub-indicators adding up to their parent and
a little more. (Money parsing: tests/domain/test_money.py.)"""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app.domain import commission as C
from app.domain import lifecycle as LC
from app.domain import programs as P
from app.domain.enums import CompetitionStatus as S
from app.domain.enums import IndicatorValueType as VT
from app.domain.participants import DEFAULT_CATEGORIES, Category, builtin_category_id, check_counts
from tests.domain.test_commission import _c
from tests.domain.test_programs import _ind

CATS = {builtin_category_id(c.code): Category(builtin_category_id(c.code),
                                              builtin_category_id(c.parent) if c.parent else None, c.additive)
        for c in DEFAULT_CATEGORIES}


def counts(**kw):
    return {builtin_category_id(k): v for k, v in kw.items()}


# ------------------------------------------------------------ part <= whole

@pytest.mark.parametrize("girls,problems", [(100, 0), (101, 1)])
def test_a_part_may_equal_its_whole_not_exceed_it(girls, problems):
    assert len(check_counts(counts(children=100, girls=girls), CATS)) == problems


@pytest.mark.parametrize("disabled,problems", [(100, 0), (101, 1)])
def test_an_of_whom_part_may_equal_its_whole_not_exceed_it(disabled, problems):
    assert len(check_counts(counts(children=100, children_disabilities=disabled), CATS)) == problems


@pytest.mark.parametrize("boys,problems", [(60, 0), (61, 1)])
def test_additive_parts_together_up_to_the_whole(boys, problems):
    found = check_counts(counts(children=100, girls=40, boys=boys), CATS)
    assert len(found) == problems
    if problems:
        assert found[0].parts_sum and (found[0].part_count, found[0].whole_count) == (101, 100)


# ------------------------------------------------------------ award cut-off

@pytest.mark.parametrize("allocation,expected", [
    (21_000, [("a", "winner", 12_000), ("b", "winner", 9_000), ("c", "reserve", 0)]),       # exactly two
    (20_999, [("a", "winner", 12_000), ("b", "winner", 8_999), ("c", "reserve", 0)]),       # the last gets the rest
    (26_000, [("a", "winner", 12_000), ("b", "winner", 9_000), ("c", "winner", 5_000)]),
    (25_999, [("a", "winner", 12_000), ("b", "winner", 9_000), ("c", "winner", 4_999)]),
    (12_000, [("a", "winner", 12_000), ("b", "reserve", 0), ("c", "reserve", 0)]),
])
def test_the_allocation_is_used_to_the_last_tyiyn(allocation, expected):
    ranked = [_c("a", 40, req=12_000), _c("b", 35, req=9_000), _c("c", 30, req=5_000)]
    assert [(x.application_id, x.outcome, x.awarded_tyiyn) for x in C.allocate(ranked, allocation)] == expected


def test_without_partial_awards_the_one_that_does_not_fit_is_reserve():
    ranked = [_c("a", 40, req=12_000), _c("b", 35, req=9_000)]
    got = [(x.outcome, x.awarded_tyiyn) for x in C.allocate(ranked, 20_999, allow_partial=False)]
    assert got == [("winner", 12_000), ("reserve", 0)]


@pytest.mark.parametrize("score,outcome", [(D("32.00"), "winner"), (D("31.99"), "rejected")])
def test_minimum_score_is_reached_by_an_equal_score(score, outcome):
    assert C.allocate([_c("a", score, req=1_000)], 50_000, min_score=D(32))[0].outcome == outcome


# ------------------------------------------------------------ deadline

def test_the_deadline_day_is_on_time_the_next_day_is_late():
    deadline = date(2021, 9, 30)
    assert not LC.is_late(date(2021, 9, 30), deadline)
    assert LC.is_late(date(2021, 10, 1), deadline)


def test_applications_close_on_the_deadline_day_not_before():
    facts = LC.CompetitionFacts(status=S.ANNOUNCED, deadline_on=date(2021, 9, 30))
    assert LC.check_step(LC.Step.CLOSE_APPLICATIONS, facts, date(2021, 9, 29)).key == \
        "lifecycle.close_before_deadline"
    assert LC.check_step(LC.Step.CLOSE_APPLICATIONS, facts, date(2021, 9, 30)) is None


# ------------------------------------------------------------ sub-indicators

def _program(*indicators):
    return P.ProgramData("p", "KB", None, 2023, 2026, None, None, None, None, indicators=indicators)


@pytest.mark.parametrize("upper_final,warned", [("51130", False), ("51130.1", True)])
def test_sub_indicators_may_add_up_to_their_parent_not_more(upper_final, warned):
    parent = _ind("irr", VT.NUMBER, [], "84615.9", False)
    lower = _ind("lower", VT.NUMBER, ["8371.4"] * 4, "33485.9", False, parent="irr")
    upper = _ind("upper", VT.NUMBER, [upper_final] * 4, upper_final, True, parent="irr")
    codes = [(i.indicator_id, i.code) for i in P.check_matrix(_program(parent, lower, upper))]
    assert (("irr", "children_exceed") in codes) is warned


def test_a_sub_indicator_in_another_unit_is_not_added():
    parent = _ind("irr", VT.NUMBER, [], "100", False)
    same = _ind("a", VT.NUMBER, ["25"] * 4, "100", False, parent="irr")
    other = _ind("b", VT.NUMBER, ["50"] * 4, "200", False, parent="irr", unit="даана")
    assert "children_exceed" not in [i.code for i in P.check_matrix(_program(parent, same, other))]
