"""The year's local budget on a real database file: the reserve fund at most
1 % of expenditure without the reserve and paid services, decisions within
the fund, allocations and the competitions they fund, refusals that change
nothing, roles."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.money import som
from app.services import competitions as C
from app.services import local_budgets as LB
from app.services import resolutions as RS
from app.services.errors import ServiceError, ValidationError
from app.store.db import Actor
from tests.services.registers_data import RES_226, municipality, snapshot

BUDGET_2021 = LB.BudgetInput(year=2021, total_expenditure_tyiyn="12 400 000", paid_services_tyiyn="150 000",
                             reserve_fund_tyiyn="120 000")


@pytest.fixture
def mun(db):
    return municipality(db)


def _jd_competition(db, amount="23 000", year=2021, title="Жергиликтүү демилгелер 2021", kind="jd"):
    return C.create_competition(db, C.CompetitionInput(kind=kind, year=year, title=title,
                                                       total_allocation_tyiyn=amount, max_grant_tyiyn="100"))


def test_a_year_budget_with_its_allocation_and_the_competition_it_funds(db, mun):
    bid = LB.create_budget(db, BUDGET_2021)
    aid = LB.add_allocation(db, bid, LB.AllocationInput("local_initiatives", "Жергиликтүү демилгелер", "23 000"))
    comp = _jd_competition(db)
    LB.fund_competition(db, aid, comp)
    d = LB.get_budget(db, bid)
    assert (d.year, d.total_expenditure_tyiyn, d.reserve_fund_tyiyn) == (2021, som(12_400_000), som(120_000))
    assert d.base_tyiyn == som(12_400_000 - 150_000 - 120_000) and d.limit_tyiyn == som(121_300)
    assert d.allocations[0].amount_tyiyn == som(23_000) and d.allocations[0].competitions_tyiyn == som(23_000)
    assert d.warnings == ()
    row = LB.list_budgets(db)[0]
    assert (row.year, row.local_initiatives_tyiyn, row.social_order_tyiyn, row.warnings) == (2021, som(23_000), 0, 0)
    assert LB.list_budgets(db, "2021") and LB.list_budgets(db, "2020") == []


def test_reserve_over_one_percent_is_refused_naming_both_figures(db, mun):
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        # base = 12 400 000 - 150 000 - 122 500 = 12 127 500; 1 % = 121 275
        LB.create_budget(db, replace(BUDGET_2021, reserve_fund_tyiyn="122 500"))
    e = err.value.errors["reserve_fund_tyiyn"]
    assert e.key == "reg.reserve_over_limit"
    for text in (e.message("ky"), e.message("ru")):
        assert "122 500,00" in text and "121 275,00" in text and "12 127 500,00" in text
    assert snapshot(db) == before
    # exactly 1 % is allowed: 101 × R = 12 250 000 - R... R = 121 287,12 is the largest
    LB.create_budget(db, replace(BUDGET_2021, reserve_fund_tyiyn="121 287,12"))
    with pytest.raises(ValidationError):
        LB.create_budget(db, replace(BUDGET_2021, year=2022, reserve_fund_tyiyn="121 287,13"))


@pytest.mark.parametrize("change,field,key", [
    (dict(year="20x1"), "year", "input.integer"),
    (dict(total_expenditure_tyiyn="-5"), "total_expenditure_tyiyn", "input.money_negative"),
    (dict(reserve_fund_tyiyn="1,0055"), "reserve_fund_tyiyn", "input.money_precision"),
    (dict(reserve_fund_tyiyn="1,005"), "reserve_fund_tyiyn", "input.money_ambiguous"),
    (dict(total_expenditure_tyiyn="100 000", paid_services_tyiyn="100 000"), "reserve_fund_tyiyn",
     "reg.reserve_over_total"),
])
def test_bad_budget_input_is_refused(db, mun, change, field, key):
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        LB.create_budget(db, replace(BUDGET_2021, **change))
    assert err.value.errors[field].key == key
    assert snapshot(db) == before


def test_one_budget_a_year(db, mun):
    LB.create_budget(db, BUDGET_2021)
    with pytest.raises(ValidationError) as err:
        LB.create_budget(db, BUDGET_2021)
    assert err.value.errors["year"].key == "budget.year_exists"


def test_decisions_on_the_reserve_fund_stay_within_it(db, mun):
    bid = LB.create_budget(db, BUDGET_2021)
    first = LB.add_reserve_decision(db, bid, LB.DecisionInput("12.03.2021", "Айыл өкмөтүнүн токтому № 14", "80 000",
                                                              "Селден кийин көпүрөнү оңдоо"))
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        LB.add_reserve_decision(db, bid, LB.DecisionInput("01.06.2021", "№ 20", "40 000,01", "Суу түтүгү"))
    e = err.value.errors["amount_tyiyn"]
    assert e.key == "reg.decisions_over_fund" and "120 000,01" in e.message("ru") and "120 000,00" in e.message("ru")
    with pytest.raises(ValidationError) as err:
        LB.add_reserve_decision(db, bid, LB.DecisionInput("05.01.2022", "№ 1", "100", "Кышкы отун"))
    assert err.value.errors["decided_on"].key == "reg.decision_other_year"
    with pytest.raises(ValidationError) as err:
        LB.add_reserve_decision(db, bid, LB.DecisionInput("05.06.2021", "", "0", ""))
    assert {"document", "amount_tyiyn", "purpose"} <= set(err.value.errors)
    # lowering the fund below what was decided is refused too
    with pytest.raises(ValidationError) as err:
        LB.update_budget(db, bid, replace(BUDGET_2021, reserve_fund_tyiyn="79 999"))
    assert err.value.errors["reserve_fund_tyiyn"].key == "reg.decisions_over_fund"
    assert snapshot(db) == before
    LB.add_reserve_decision(db, bid, LB.DecisionInput("01.06.2021", "№ 20", "40 000", "Суу түтүгү"))
    assert LB.get_budget(db, bid).decided_tyiyn == som(120_000)
    with pytest.raises(ValidationError):
        LB.update_reserve_decision(db, first, LB.DecisionInput("12.03.2021", "№ 14", "80 001", "Көпүрө"))
    LB.remove_reserve_decision(db, first)
    assert LB.get_budget(db, bid).decided_tyiyn == som(40_000)


def test_competitions_must_fit_the_allocation_that_funds_them(db, mun):
    bid = LB.create_budget(db, BUDGET_2021)
    aid = LB.add_allocation(db, bid, LB.AllocationInput("local_initiatives", "Жергиликтүү демилгелер", "23 000"))
    sso = LB.add_allocation(db, bid, LB.AllocationInput("social_order", "Социалдык заказ", "50 000"))
    first = _jd_competition(db, "20 000")
    second = _jd_competition(db, "3 001", title="Экинчи сынак")
    LB.fund_competition(db, aid, first)
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        LB.fund_competition(db, aid, second)
    e = err.value.errors["competition_id"]
    assert e.key == "reg.competitions_over_allocation" and "23 001,00" in e.message("ky") and "23 000,00" in e.message()
    with pytest.raises(ValidationError) as err:
        LB.fund_competition(db, sso, second)                  # ЖД from the social-order line
    assert err.value.errors["competition_id"].key == "reg.allocation_kind_mismatch"
    with pytest.raises(ValidationError) as err:
        LB.fund_competition(db, aid, _jd_competition(db, "100", year=2022, title="2022"))
    assert err.value.errors["competition_id"].key == "budget.competition_year"
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        LB.fund_competition(db, sso, first)                   # already funded elsewhere
    assert err.value.errors["competition_id"].key in ("budget.already_funds", "reg.allocation_kind_mismatch")
    with pytest.raises(ValidationError) as err:
        LB.update_allocation(db, aid, LB.AllocationInput("local_initiatives", "Жергиликтүү демилгелер", "19 999"))
    assert err.value.errors["amount_tyiyn"].key == "reg.competitions_over_allocation"
    with pytest.raises(ValidationError) as err:
        LB.update_allocation(db, aid, LB.AllocationInput("social_order", "Жергиликтүү демилгелер", "23 000"))
    assert err.value.errors["kind"].key == "reg.allocation_kind_mismatch"
    with pytest.raises(ServiceError) as err:
        LB.remove_allocation(db, aid)
    assert err.value.key == "budget.in_use"
    with pytest.raises(ValidationError) as err:   # allocations + reserve over the expenditure
        LB.add_allocation(db, bid, LB.AllocationInput("other", "Жолдор", "12 210 000,01"))
    assert err.value.errors["amount_tyiyn"].key == "reg.allocations_over_total"
    assert snapshot(db) == before
    # unlinking and linking again revives the same row
    link = LB.get_budget(db, bid).allocations[0].competitions[0].link_id
    LB.unfund_competition(db, link)
    assert LB.fund_competition(db, aid, first) == link


def test_what_came_by_sync_and_breaks_a_rule_is_shown_as_a_warning(db, mun):
    bid = LB.create_budget(db, BUDGET_2021)
    aid = LB.add_allocation(db, bid, LB.AllocationInput("local_initiatives", "ЖД", "23 000"))
    LB.fund_competition(db, aid, _jd_competition(db))
    from app.store import register_models as RM

    with db.session() as s:   # as if another office had lowered it meanwhile
        s.get(RM.BudgetAllocation, aid).amount_tyiyn = som(20_000)
        s.get(RM.LocalBudget, bid).reserve_fund_tyiyn = som(200_000)
    d = LB.get_budget(db, bid, lang="ru")
    assert len(d.warnings) == 2
    assert any("23 000,00" in w and "20 000,00" in w for w in d.warnings)
    assert any("200 000,00" in w for w in d.warnings)
    assert LB.list_budgets(db)[0].warnings == 2


def test_the_budget_can_rest_on_a_resolution_of_its_municipality(db, mun):
    r226 = RS.create_resolution(db, RES_226)
    bid = LB.create_budget(db, replace(BUDGET_2021, resolution_id=r226))
    assert "226" in LB.get_budget(db, bid).resolution
    assert ("budget", "budget", bid) in {(x.relation, x.target_kind, x.target_id)
                                         for x in RS.get_resolution(db, r226).links}
    other = municipality(db, "Кара-Балта шаары", "city")
    with pytest.raises(ValidationError) as err:
        LB.create_budget(db, replace(BUDGET_2021, municipality_id=other, resolution_id=r226))
    assert err.value.errors["resolution_id"].key == "registers.other_municipality"
    LB.remove_budget(db, bid)
    assert LB.list_budgets(db) == []


CHANGES = [
    ("create_budget", lambda db, ids: LB.create_budget(db, replace(BUDGET_2021, year=2022))),
    ("update_budget", lambda db, ids: LB.update_budget(db, ids["b"], BUDGET_2021)),
    ("remove_budget", lambda db, ids: LB.remove_budget(db, ids["b"])),
    ("add_allocation", lambda db, ids: LB.add_allocation(db, ids["b"], LB.AllocationInput("other", "X", "1"))),
    ("update_allocation", lambda db, ids: LB.update_allocation(db, ids["a"], LB.AllocationInput(
        "local_initiatives", "X", "23 000"))),
    ("remove_allocation", lambda db, ids: LB.remove_allocation(db, ids["a"])),
    ("fund_competition", lambda db, ids: LB.fund_competition(db, ids["a"], ids["c"])),
    ("unfund_competition", lambda db, ids: LB.unfund_competition(db, ids["l"])),
    ("add_reserve_decision", lambda db, ids: LB.add_reserve_decision(db, ids["b"], LB.DecisionInput(
        "01.02.2021", "№ 1", "1", "X"))),
    ("update_reserve_decision", lambda db, ids: LB.update_reserve_decision(db, ids["d"], LB.DecisionInput(
        "01.02.2021", "№ 1", "1", "X"))),
    ("remove_reserve_decision", lambda db, ids: LB.remove_reserve_decision(db, ids["d"])),
]


@pytest.mark.parametrize("role", ["viewer", "secretary"])
@pytest.mark.parametrize("name,action", CHANGES, ids=[c[0] for c in CHANGES])
def test_roles_without_the_right_are_refused(db, mun, role, name, action):
    b = LB.create_budget(db, BUDGET_2021)
    a = LB.add_allocation(db, b, LB.AllocationInput("local_initiatives", "ЖД", "23 000"))
    c = _jd_competition(db, "1 000")
    other = _jd_competition(db, "1 000", title="Башка")
    ids = {"b": b, "a": a, "c": other, "l": LB.fund_competition(db, a, c),
           "d": LB.add_reserve_decision(db, b, LB.DecisionInput("10.03.2021", "№ 5", "10 000", "Көпүрө"))}
    before = snapshot(db)
    db.actor = Actor("someone", role)
    with pytest.raises(ServiceError) as err:
        action(db, ids)
    assert err.value.key == "auth.denied"
    assert snapshot(db) == before
    assert LB.get_budget(db, b).allocations
