"""Rules of the registers: control of resolution points, the reserve fund,
allocations and the competitions they fund, hearings and needs."""
from __future__ import annotations

from datetime import date

import pytest

from app.domain import registers as R
from app.domain.enums import CompetitionKind
from app.domain.money import som

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("status,due,done,state", [
    ("in_progress", date(2026, 12, 1), None, R.PointState.OVERDUE),
    ("in_progress", date(2023, 12, 31), None, R.PointState.OVERDUE),
    ("in_progress", date(2026, 12, 2), None, R.PointState.DUE_THIS_MONTH),   # due today: not overdue yet
    ("in_progress", date(2026, 12, 31), None, R.PointState.DUE_THIS_MONTH),
    ("in_progress", date(2027, 1, 1), None, R.PointState.IN_PROGRESS),
    ("in_progress", None, None, R.PointState.IN_PROGRESS),
    ("done", date(2026, 12, 1), date(2026, 11, 30), R.PointState.DONE),
    ("done", date(2026, 12, 1), date(2026, 12, 1), R.PointState.DONE),
    ("done", date(2026, 11, 1), date(2026, 11, 20), R.PointState.DONE_LATE),
])
def test_point_state(status, due, done, state):
    assert R.point_state(status, due, done, TODAY) == state


def test_control_order_puts_overdue_first_oldest_first():
    rows = [
        (R.PointState.DONE, date(2020, 1, 1)),
        (R.PointState.IN_PROGRESS, date(2027, 5, 1)),
        (R.PointState.DUE_THIS_MONTH, date(2026, 12, 20)),
        (R.PointState.OVERDUE, date(2026, 11, 1)),
        (R.PointState.OVERDUE, date(2023, 12, 31)),
    ]
    ordered = sorted(rows, key=lambda r: R.control_order(*r))
    assert ordered[0] == (R.PointState.OVERDUE, date(2023, 12, 31))
    assert ordered[1] == (R.PointState.OVERDUE, date(2026, 11, 1))
    assert [s for s, _ in ordered[2:]] == [R.PointState.DUE_THIS_MONTH, R.PointState.IN_PROGRESS, R.PointState.DONE]
    assert R.days_overdue(date(2026, 11, 1), TODAY) == 31 and R.days_overdue(None, TODAY) == 0


def test_due_date_and_done_rules():
    adopted = date(2023, 2, 16)
    assert R.check_point(adopted, date(2023, 2, 15))[0].key == "reg.due_before_adoption"
    assert R.check_point(adopted, adopted) == []
    keys = {p.key for p in R.check_done(adopted, None, "", TODAY)}
    assert keys == {"reg.done_needs_date", "reg.done_needs_document"}
    assert R.check_done(adopted, date(2023, 1, 1), "№ 1", TODAY)[0].key == "reg.done_before_adoption"
    assert R.check_done(adopted, date(2027, 1, 1), "№ 1", TODAY)[0].key == "reg.in_future"
    assert R.check_done(adopted, date(2023, 2, 24), "Кат № 12", TODAY) == []
    msg = R.check_point(adopted, date(2023, 2, 15))[0].message("ru")
    assert "15.02.2023" in msg and "16.02.2023" in msg


def test_justice_registration_rules():
    a = date(2020, 12, 28)
    assert R.check_justice(False, a, date(2021, 1, 5), None, None)[0].key == "reg.justice_not_normative"
    assert R.check_justice(True, a, date(2020, 12, 1), None, None)[0].key == "reg.sent_before_adoption"
    assert R.check_justice(True, a, None, date(2021, 1, 5), None)[0].key == "reg.registered_needs_sent"
    assert R.check_justice(True, a, date(2021, 1, 10), date(2021, 1, 5), None)[0].key == "reg.registered_before_sent"
    assert R.check_justice(True, a, date(2021, 1, 5), None, "123")[0].key == "reg.register_no_needs_date"
    assert R.check_justice(True, a, date(2021, 1, 5), date(2021, 1, 20), "123") == []
    assert R.check_justice(False, a, None, None, None) == []


def test_reserve_fund_at_most_one_percent_of_expenditure_without_reserve_and_paid_services():
    total, paid = som(10_200_000), som(100_000)
    # base = 10 200 000 - 100 000 - reserve; reserve 100 000 -> base 10 000 000, limit 100 000: allowed exactly
    assert R.check_budget(total, som(100_000), paid) == []
    lim = R.reserve_limit(total, som(100_000), paid)
    assert (lim.base_tyiyn, lim.limit_tyiyn) == (som(10_000_000), som(100_000))
    # one tyiyn more is over: base 9 999 999,99, limit 99 999,99
    problems = R.check_budget(total, som(100_000) + 1, paid)
    assert [p.key for p in problems] == ["reg.reserve_over_limit"]
    text = problems[0].message("ru")
    assert "100 000,01" in text and "9 999 999,99" in text and "99 999,99" in text
    ky = problems[0].message("ky")
    assert "100 000,01" in ky and "99 999,99" in ky
    # counting the reserve in its own base would have allowed it: the rule excludes it
    assert 100 * (som(100_000) + 1) <= total - paid
    # paid services are excluded too
    assert R.check_budget(som(10_100_000), som(100_000), 0) == []
    assert R.check_budget(som(10_100_000), som(100_000), som(1))[0].key == "reg.reserve_over_limit"


def test_budget_parts_cannot_exceed_the_whole():
    assert R.check_budget(som(100), som(60), som(50))[0].key == "reg.reserve_over_total"
    problems = R.check_budget(som(1_010_000), som(10_000), 0, allocations_tyiyn=som(1_000_001))
    assert [p.key for p in problems] == ["reg.allocations_over_total"]
    assert R.check_budget(som(1_010_000), som(10_000), 0, allocations_tyiyn=som(1_000_000)) == []


def test_reserve_decisions_within_the_fund():
    assert R.check_reserve_use(som(100_000), som(100_000)) == []
    p = R.check_reserve_use(som(100_000), som(100_000) + 1)[0]
    assert p.key == "reg.decisions_over_fund" and "100 000,01" in p.message("ky") and "100 000,00" in p.message("ky")
    assert R.check_decision_year(date(2022, 1, 5), 2021)[0].key == "reg.decision_other_year"
    assert R.check_decision_year(date(2021, 3, 5), 2021) == []


def test_allocations_fund_competitions_of_their_kind_and_must_hold_them():
    assert R.check_allocation_fit("ЖД", som(23_000), som(23_000)) == []
    p = R.check_allocation_fit("ЖД", som(23_000), som(23_000) + 100)[0]
    assert "23 001,00" in p.message("ru") and "23 000,00" in p.message("ru")
    assert R.check_allocation_kind("local_initiatives", CompetitionKind.JD, "ЖД") == []
    assert R.check_allocation_kind("social_order", "msz", "МСЗ") == []
    assert R.check_allocation_kind("social_order", "jd", "ЖД")[0].key == "reg.allocation_kind_mismatch"
    assert R.check_allocation_kind("other", "jd", "ЖД")[0].key == "reg.allocation_kind_mismatch"


def test_hearing_and_proposal_rules():
    assert R.check_hearing_dates(date(2021, 1, 10), date(2021, 1, 5))[0].key == "reg.notice_after_hearing"
    assert R.check_hearing_dates(date(2021, 1, 5), date(2021, 1, 5)) == []
    assert R.check_proposal_answer("rejected", " ", False)[0].key == "reg.rejected_needs_reason"
    assert R.check_proposal_answer("rejected", "Каражат жок", False) == []
    assert R.check_proposal_answer("rejected", "Каражат жок", True)[0].key == "reg.inclusion_needs_acceptance"
    assert R.check_proposal_answer("pending", "", True)[0].key == "reg.inclusion_needs_acceptance"
    assert R.check_proposal_answer("pending", "жооп", False)[0].key == "reg.answer_needs_status"
    assert R.check_proposal_answer("partly", "", True) == []
    assert R.proposal_counts(["accepted", "rejected", "accepted"]) == {
        "pending": 0, "accepted": 2, "partly": 0, "rejected": 1}


def test_need_rules():
    assert R.check_need("letter", True, "new", "", False)[0].key == "reg.hearing_only_for_hearing_source"
    assert R.check_need("hearing", True, "addressed", "", False)[0].key == "reg.addressed_needs_link"
    assert R.check_need("hearing", True, "addressed", "", True) == []
    assert R.check_need("survey", False, "declined", "", False)[0].key == "reg.declined_needs_answer"
    assert R.theme_from_needs([("Таштанды", "Тазалык акциясы"), ("Таштанды", "Тазалык акциясы"),
                               ("Балдарга аянтча жок", "")]) == "Тазалык акциясы\nБалдарга аянтча жок"


def test_year_on_year():
    rows = R.year_on_year({2020: som(10_000), 2021: som(23_000), 2023: som(5_000)}, range(2020, 2024))
    assert [r.amount_tyiyn for r in rows] == [som(10_000), som(23_000), None, som(5_000)]
    assert rows[0].change_tyiyn is None and rows[1].change_tyiyn == som(13_000)
    assert rows[1].change_percent == "+130,0"
    assert rows[2].change_tyiyn is None and rows[3].change_tyiyn is None
    down = R.year_on_year({2022: som(400_000), 2023: som(300_000)}, [2022, 2023])
    assert down[1].change_percent == "-25,0"
    zero = R.year_on_year({2022: 0, 2023: som(1)}, [2022, 2023])
    assert zero[1].change_tyiyn == 100 and zero[1].change_percent is None
