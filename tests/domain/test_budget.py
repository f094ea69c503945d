"""A project's budget arithmetic (app/domain/budget.py): totals per source,
actual amounts from expenses, and every warning at its boundary. Amounts in
tyiyn; the expected figures are worked out by hand."""
from __future__ import annotations

import pytest

from app.domain.budget import SOURCES, LineFacts, line_actual, summarize, warning_text

LOCAL, DONOR, CASH, KIND, OTHER = "local_budget", "donor", "initiator_cash", "initiator_in_kind", "other"


def line(id_, source, planned, recorded=0, expenses=0, count=0, category=None):
    return LineFacts(id_, category or f"Берене {id_}", source, planned, recorded, expenses, count)


def keys(summary):
    return [w.key for w in summary.warnings]


def test_a_line_is_its_expenses_or_else_what_was_typed():
    assert line_actual(5_000, 0, 0) == 5_000            # no expenses: the typed amount
    assert line_actual(5_000, 3_000, 2) == 3_000        # expenses replace it
    assert line_actual(5_000, 0, 1) == 0                # an expense of 0 still counts as booked


def test_case_b_atam_apam_totals_by_source():
    lines = [line("a", LOCAL, 1_200_000, 1_200_000), line("b", DONOR, 2_500_000, 2_500_000),
             line("c", KIND, 0, 0)]
    s = summarize(lines, {}, award=1_200_000, allocation=2_300_000, competition_local_planned=2_300_000)
    assert [(t.source, t.planned, t.actual) for t in s.by_source] == [
        (LOCAL, 1_200_000, 1_200_000), ("republican_budget", 0, 0), (DONOR, 2_500_000, 2_500_000),
        (CASH, 0, 0), (KIND, 0, 0), (OTHER, 0, 0)]
    assert (s.planned, s.actual, s.local_planned, s.local_actual) == (3_700_000, 3_700_000, 1_200_000, 1_200_000)
    assert s.warnings == ()
    assert [t.source for t in s.by_source] == [str(x) for x in SOURCES]     # every source, fixed order


def test_expenses_booked_to_no_line_count_in_their_source_only():
    lines = [line("a", DONOR, 1_000_000, expenses=400_000, count=1)]
    s = summarize(lines, {DONOR: 100_000, CASH: 50_000}, award=0, allocation=0, competition_local_planned=0)
    assert s.source(DONOR).actual == 500_000 and s.source(CASH).actual == 50_000
    assert s.lines[0].actual == 400_000 and s.actual == 550_000 and s.planned == 1_000_000


@pytest.mark.parametrize("source", [LOCAL, DONOR, CASH, KIND, OTHER])
def test_overspending_any_line_is_shown_whatever_its_source(source):
    at_plan = summarize([line("a", source, 500_000, expenses=500_000, count=3)], {}, award=10**9, allocation=0,
                        competition_local_planned=0)
    assert "budget.warn.line_over" not in keys(at_plan)
    over = summarize([line("a", source, 500_000, expenses=500_001, count=3, category="Топтор")], {}, award=10**9,
                     allocation=0, competition_local_planned=0)
    assert keys(over) == ["budget.warn.line_over"]
    assert over.warnings[0].params == {"line": "Топтор", "actual": 500_001, "planned": 500_000}
    assert warning_text(over.warnings[0], "ru") == "«Топтор»: фактически 5 000,01 сом, больше плана 5 000,00 сом."


def test_donor_overspending_is_not_a_local_budget_problem():
    s = summarize([line("a", LOCAL, 1_000_000, 1_000_000), line("b", DONOR, 2_000_000, expenses=2_600_000, count=2)],
                  {}, award=1_000_000, allocation=0, competition_local_planned=0)
    assert keys(s) == ["budget.warn.line_over"] and s.local_actual == 1_000_000
    assert s.source(DONOR).actual == 2_600_000 and s.actual == 3_600_000


def test_a_partial_award_compared_with_the_local_part():
    # requested 12 000 som, awarded 10 999 (the last winner got what was left)
    award = 1_099_900
    exact = summarize([line("a", LOCAL, award, award)], {}, award=award, allocation=2_300_000,
                      competition_local_planned=2_300_000)
    assert exact.warnings == ()
    planned_as_requested = summarize([line("a", LOCAL, 1_200_000, 1_100_000)], {}, award=award, allocation=2_300_000,
                                     competition_local_planned=2_300_000)
    assert keys(planned_as_requested) == ["budget.warn.local_planned_over_award",
                                          "budget.warn.local_actual_over_award"]
    assert planned_as_requested.warnings[0].params == {"local": 1_200_000, "award": award}
    assert warning_text(planned_as_requested.warnings[1], "ky") == (
        "Жергиликтүү бюджеттен иш жүзүндө 11 000,00 сом жумшалды, грант суммасы 10 999,00 сом.")


def test_the_local_part_against_the_award_counts_expenses_without_a_line():
    s = summarize([line("a", LOCAL, 1_000_000, expenses=1_000_000, count=1)], {LOCAL: 1}, award=1_000_000,
                  allocation=0, competition_local_planned=0)
    assert s.local_actual == 1_000_001 and keys(s) == ["budget.warn.local_actual_over_award"]


@pytest.mark.parametrize("competition_local,allocation,warned", [
    (2_300_000, 2_300_000, False), (2_300_001, 2_300_000, True), (5_000_000, 0, False)])   # 0: not set
def test_all_projects_of_a_competition_against_its_allocation(competition_local, allocation, warned):
    s = summarize([], {}, award=0, allocation=allocation, competition_local_planned=competition_local)
    assert ("budget.warn.over_allocation" in keys(s)) is warned
