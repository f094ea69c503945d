"""Pure rules of the project cycle: cost per participant and shares (exact,
rounded half up only for showing), results summed over projects without
hiding the projects that have no plan or no counted people, the warnings of
the agreement and monitoring, and the work plan's step states."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain import cycle as CY
from app.domain.participants import Category

MEN, WOMEN, CHILDREN, GIRLS = "men", "women", "children", "girls"
RULES = {MEN: Category(MEN, None, True), WOMEN: Category(WOMEN, None, True),
         CHILDREN: Category(CHILDREN, None, True), GIRLS: Category(GIRLS, CHILDREN, True)}


def _results(planned, events, local, donor, surveys=(), required=None):
    return CY.project_results(planned_counts=planned, event_counts=events, rules=RULES, events_planned=len(events),
                              source_totals=[("local_budget", local, local), ("donor", donor, donor)],
                              surveys=surveys, required_cofinancing_pct=required)


def test_per_person_and_shares_round_half_up():
    assert CY.per_person(3_700_000, 94) == 39362        # 393,617…
    assert CY.per_person(50, 4) == 13                   # 12,5 -> 13 (half up, not to even)
    assert CY.per_person(100, 0) is None and CY.per_person(100, None) is None
    assert CY.share_pct(25_000, 37_000) == Decimal("67.6")
    assert CY.share_pct(1, 8) == Decimal("12.5") and CY.share_pct(1, 0) is None
    assert CY.pct_text(Decimal("67.6")) == "67,6" and CY.pct_text(None) == "—"


def test_project_results_plan_actual_and_parts():
    r = _results({MEN: 10, CHILDREN: 5}, [{MEN: 8, GIRLS: 3}, {WOMEN: 4}], 1200, 2500, [(10, 9)], required=30)
    assert r.planned_people == 15 and r.reached == 15
    assert r.actual[CHILDREN] == 3                       # girls are a part of children, counted once
    assert (r.actual_cost, r.local_actual, r.cofinancing_actual) == (3700, 1200, 2500)
    assert r.cost_per_participant == 247 and r.local_cost_per_participant == 80
    assert r.cofinancing_share == Decimal("67.6") and r.satisfied_share == Decimal("90.0")
    assert r.warnings() == []
    low = _results(None, [{MEN: 2}], 1000, 100, required=30)
    assert low.planned_people is None and low.planned_cost_per_participant is None
    assert [w.key for w in low.warnings()] == ["cycle.warn.cofinancing_below"]
    assert CY.warning_text(low.warnings()[0], "ru") == ("Доля софинансирования 9,1 %, условие конкурса — "
                                                        "не меньше 30 %.")


def test_combined_results_leave_out_projects_without_people_and_say_so():
    a = _results({MEN: 10}, [{MEN: 10}], 1000, 1000)
    b = _results(None, [{}], 5000, 0)                   # events held, nobody counted, no plan
    total = CY.combine([a, b])
    assert total.reached == 10 and total.actual_cost == 7000
    assert total.cost_per_participant == 200            # 2 000 / 10, not 7 000 / 10
    assert total.planned_cost_per_participant == 200 and total.planned_people == 10
    assert [w.key for w in total.warnings()] == ["cycle.warn.no_plan", "cycle.warn.no_people"]
    assert total.projects == 2 and total.events_held == 2


def _cycle(**kw):
    base = dict(project_id="p", award=1000, agreement_date=date(2021, 10, 29), end_on=date(2022, 1, 31),
                project_status="running")
    base.update(kw)
    return CY.CycleData(**base)


def test_cycle_warnings():
    report = CY.ReportInfo("r", "interim", None, None, date(2021, 12, 10), None, "expected", "")
    paid = CY.TrancheInfo("t1", 1, date(2021, 11, 1), 500, "", None,
                          (CY.PaymentInfo("x", "t1", date(2021, 11, 2), 500, "", ""),))
    after = CY.TrancheInfo("t2", 2, date(2021, 12, 20), 500, "", "r",
                           (CY.PaymentInfo("y", "t2", date(2021, 12, 20), 100, "", ""),))
    visit = CY.VisitInfo("v", date(2021, 11, 13), "Адис", "", "", "Тизме", date(2021, 11, 20), None)
    c = _cycle(tranches=(paid, after), reports=(report,), visits=(visit,))
    assert CY.cycle_warnings(c, date(2021, 11, 15)) == [
        CY.CycleWarning("cycle.warn.tranche_without_report", {"number": 2, "paid": 100,
                                                              "report": "cycle.report_kind.interim"})]
    keys = [w.key for w in CY.cycle_warnings(c, date(2022, 2, 1))]
    assert keys == ["cycle.warn.report_overdue", "cycle.warn.no_final_report", "cycle.warn.tranche_without_report",
                    "cycle.warn.tranche_overdue", "cycle.warn.follow_up_overdue"]
    assert CY.cycle_warnings(_cycle(project_status="terminated"), date(2022, 2, 1)) == []


def test_plan_step_states():
    today = date(2021, 9, 20)
    assert CY.plan_step_state(date(2021, 9, 15), None, today) == CY.PlanStepState.OVERDUE
    assert CY.plan_step_state(date(2021, 9, 25), None, today) == CY.PlanStepState.PENDING
    assert CY.plan_step_state(None, None, today) == CY.PlanStepState.PENDING
    assert CY.plan_step_state(date(2021, 9, 15), date(2021, 9, 15), today) == CY.PlanStepState.DONE
    assert CY.plan_step_state(date(2021, 9, 15), date(2021, 9, 16), today) == CY.PlanStepState.DONE_LATE
