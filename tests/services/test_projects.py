"""Projects on the demo data (case B): budgets by source, warnings, events,
participant counts with part-of rules, paste from a spreadsheet, refusals
that leave everything as it was."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain import enums as E
from app.domain.money import som
from app.domain.participants import builtin_category_id as cat
from app.services import browse
from app.services import projects as PS
from app.services.errors import ServiceError, ValidationError
from app.services import commission as C
from app.store import models as M
from tests.competition_data import dump
from tests.services.test_commission import _score_all, setup  # noqa: F401 (a fixture)


def _project(db, title):
    return next(p for p in browse.list_projects(db) if p.title == title).id


@pytest.fixture
def atam(demo_db):
    return _project(demo_db, "Атам, апам жана мен")


@pytest.fixture
def jomokko(demo_db):
    return _project(demo_db, "Жомокко саякат")


def test_atam_apam_budget_by_source(demo_db, atam):
    d = PS.get_project(demo_db, atam)
    b = d.budget
    assert b.planned == som(37000)
    assert b.source("local_budget").planned == som(12000)
    assert b.source("donor").planned == som(25000)
    assert b.source("initiator_in_kind").planned == 0
    in_kind = next(line for line in b.lines if line.source == "initiator_in_kind")
    assert "заттай" in in_kind.valuation_note
    assert b.local_planned == d.award == som(12000)
    # 12 000 + 11 000 use the 23 000 allocation exactly: no warning
    assert b.competition_local_planned == b.allocation == som(23000)
    assert b.warnings == ()


def test_jomokko_budget_and_counts(demo_db, jomokko):
    d = PS.get_project(demo_db, jomokko)
    assert d.budget.planned == som(36000) and d.budget.local_planned == som(11000)
    totals = d.participant_totals()
    assert totals[cat("children")] == 290 and totals[cat("girls")] == 114
    assert totals[cat("children_disabilities")] == 19 and totals[cat("migrant_children")] == 89
    assert d.reached() == 290
    assert len(d.held_events()) == 5 and len(d.by_village()) == 3


def test_atam_apam_participants(demo_db, atam):
    d = PS.get_project(demo_db, atam)
    t = d.participant_totals()
    assert (t[cat("fathers")], t[cat("mothers")], t[cat("boys")], t[cat("girls")]) == (28, 54, 8, 4)
    assert d.reached() == 94


def test_totals_by_period_village_and_project(demo_db):
    all_ = PS.participant_totals(demo_db, date(2021, 11, 1), date(2021, 12, 31))
    assert all_.by_category[cat("children")] == 290 + 12  # boys and girls of «Атам, апам жана мен» too
    assert all_.reached == 290 + 94
    assert set(all_.by_project) == {"Атам, апам жана мен", "Жомокко саякат"}
    december = PS.participant_totals(demo_db, date(2021, 12, 20), date(2021, 12, 31))
    assert december.by_category[cat("children")] == 290 and december.events == 5
    village = next(iter(december.by_village))
    one = PS.participant_totals(demo_db, date(2021, 12, 20), date(2021, 12, 31), village=village)
    assert one.reached == sum(one.by_village[village].get(cat(c), 0) for c in ("children",))


def test_budget_warnings_are_shown_not_silent(demo_db, atam):
    d = PS.get_project(demo_db, atam)
    local = next(line for line in d.budget.lines if line.source == "local_budget")
    PS.add_expense(demo_db, atam, "15.11.2021", "13 500", line_id=local.id, document_number="№ 7")
    d = PS.get_project(demo_db, atam)
    line = next(x for x in d.budget.lines if x.id == local.id)
    assert line.actual == som(13500) and d.budget.source("local_budget").actual == som(13500)
    keys = [w.key for w in d.budget.warnings]
    assert keys == ["budget.warn.line_over", "budget.warn.local_actual_over_award"]
    ru = PS.budget_warnings(demo_db, atam, "ru")
    assert "13 500,00" in ru[0] and "12 000,00" in ru[0]
    # the planned local part over the award, and over the competition's allocation
    PS.update_budget_line(demo_db, local.id, local.category, "local_budget", "14 000")
    keys = [w.key for w in PS.get_project(demo_db, atam).budget.warnings]
    assert "budget.warn.local_planned_over_award" in keys and "budget.warn.over_allocation" in keys


def test_expense_without_line_counts_in_its_source(demo_db, atam):
    PS.add_expense(demo_db, atam, date(2021, 11, 20), 50000, source="initiator_cash", note="Транспорт")
    b = PS.get_project(demo_db, atam).budget
    assert b.source("initiator_cash").actual == 50000 and b.actual == som(37000) + 50000


@pytest.mark.parametrize("amount", ["-5", "abc", "12,345", "", "0", True])
def test_bad_expense_refused_and_nothing_changes(demo_db, atam, amount):
    before = dump(demo_db)
    with pytest.raises(ServiceError):
        PS.add_expense(demo_db, atam, "15.11.2021", amount, source="donor")
    assert dump(demo_db) == before


@pytest.mark.parametrize("planned", ["-1", "много", "1e5", "12 000,005"])
def test_bad_budget_line_refused(demo_db, atam, planned):
    before = dump(demo_db)
    with pytest.raises(ValidationError) as err:
        PS.add_budget_line(demo_db, atam, "Сүрөттөр", "donor", planned)
    assert "planned" in err.value.errors
    assert dump(demo_db) == before


def test_line_with_expenses_cannot_be_removed(demo_db, atam):
    d = PS.get_project(demo_db, atam)
    donor = next(line for line in d.budget.lines if line.source == "donor")
    PS.add_expense(demo_db, atam, "10.11.2021", "25 000", line_id=donor.id)
    before = dump(demo_db)
    with pytest.raises(ServiceError) as err:
        PS.remove_budget_line(demo_db, donor.id)
    assert err.value.key == "project.line_has_expenses"
    assert dump(demo_db) == before


def test_part_exceeding_whole_refused_naming_both_numbers(demo_db, jomokko):
    event = PS.get_project(demo_db, jomokko).events[0]
    before = dump(demo_db)
    with pytest.raises(ServiceError) as err:
        PS.set_counts(demo_db, event.id, {cat("girls"): 61}, lang="ru")
    text = err.value.message("ru")
    assert "61" in text and "60" in text and "Девочки" in text and "Дети" in text
    with pytest.raises(ServiceError) as err:
        PS.set_counts(demo_db, event.id, {cat("children"): 3}, lang="ky")
    assert "(24)" in err.value.message("ky") and "(3)" in err.value.message("ky")
    assert dump(demo_db) == before


def test_additive_parts_may_not_outgrow_the_whole(demo_db, atam):
    ev = PS.add_event(demo_db, atam, PS.EventInput("01.12.2021", "Орозбеков", "sport", "Мелдеш"))
    before = dump(demo_db)
    with pytest.raises(ServiceError) as err:
        PS.set_counts(demo_db, ev, {cat("children"): 10, cat("boys"): 6, cat("girls"): 5}, lang="en")
    assert err.value.key == "project.in_event" and "11" in err.value.message("en")
    assert dump(demo_db) == before
    PS.set_counts(demo_db, ev, {cat("children"): 11, cat("boys"): 6, cat("girls"): 5})
    assert PS.get_project(demo_db, atam).participant_totals([e for e in PS.get_project(demo_db, atam).events
                                                             if e.id == ev])[cat("children")] == 11


def test_counts_clear_and_come_back(demo_db, atam):
    ev = PS.add_event(demo_db, atam, PS.EventInput(date(2021, 12, 1), "Орозбеков", "sport", "Мелдеш"))
    PS.set_counts(demo_db, ev, {cat("fathers"): 5})
    PS.set_counts(demo_db, ev, {cat("fathers"): None})
    assert next(e for e in PS.get_project(demo_db, atam).events if e.id == ev).counts == {}
    PS.set_counts(demo_db, ev, {cat("fathers"): "7"})  # the tombstoned row comes back
    assert next(e for e in PS.get_project(demo_db, atam).events if e.id == ev).counts == {cat("fathers"): 7}


def test_grid_saved_all_or_nothing(demo_db, jomokko):
    events = PS.get_project(demo_db, jomokko).events
    before = dump(demo_db)
    with pytest.raises(ServiceError):
        PS.set_count_grid(demo_db, {events[0].id: {cat("children"): 70},
                                    events[1].id: {cat("girls"): 100}})  # second event: 100 girls of 60
    assert dump(demo_db) == before


def test_paste_from_spreadsheet(demo_db, atam):
    a = PS.add_event(demo_db, atam, PS.EventInput("02.12.2021", "Орозбеков", "sport", "A"))
    b = PS.add_event(demo_db, atam, PS.EventInput("03.12.2021", "Орозбеков", "sport", "B"))
    cats = [cat("fathers"), cat("mothers"), cat("boys")]
    PS.paste_counts(demo_db, [a, b], cats, "3\t4\t1\r\n5\t\t2\r\n")
    events = {e.id: e.counts for e in PS.get_project(demo_db, atam).events}
    assert events[a] == {cat("fathers"): 3, cat("mothers"): 4, cat("boys"): 1}
    assert events[b] == {cat("fathers"): 5, cat("boys"): 2}


@pytest.mark.parametrize("text,where", [
    ("3\tфыв\t1", "«фыв»"), ("3\t-4", "«-4»"), ("1\t2\t3\t4", "4"), ("1\n2\n3", "3"), ("", "1"), ("2,5", "«2,5»"),
])
def test_malformed_paste_refused_cleanly(demo_db, atam, text, where):
    a = PS.add_event(demo_db, atam, PS.EventInput("02.12.2021", "Орозбеков", "sport", "A"))
    b = PS.add_event(demo_db, atam, PS.EventInput("03.12.2021", "Орозбеков", "sport", "B"))
    before = dump(demo_db)
    with pytest.raises(ServiceError) as err:
        PS.paste_counts(demo_db, [a, b], [cat("fathers"), cat("mothers"), cat("boys")], text, lang="ru")
    assert err.value.key == "project.grid" and where in err.value.message("ru")
    assert dump(demo_db) == before


def test_office_category_part_of_children(demo_db, atam):
    cid = PS.add_category(demo_db, "Бала бакчага барбаган балдар", "Дети, не посещающие детсад",
                          parent_id=cat("children"))
    ev = PS.add_event(demo_db, atam, PS.EventInput("04.12.2021", "Орозбеков", "sport", "C"))
    with pytest.raises(ServiceError):
        PS.set_counts(demo_db, ev, {cat("children"): 5, cid: 9})
    PS.set_counts(demo_db, ev, {cat("children"): 9, cid: 9})
    d = PS.get_project(demo_db, atam)
    e = next(x for x in d.events if x.id == ev)
    assert d.people(e) == 9  # a non-additive part never adds to the total
    with pytest.raises(ServiceError):
        PS.add_category(demo_db, "бала бакчага барбаган балдар")


def test_project_from_winner(demo_db):
    # Batken and Orozbekov winners all have projects in the demo; only the
    # winners of the two illustrations (lots, prizes: decided, no projects) are left
    left = PS.winners_without_project(demo_db)
    with demo_db.reader() as s:
        titles_of = {c.id: c.title for c in s.scalars(select(M.Competition))}
    assert len(left) == 5 and {titles_of[w.competition_id].split(":")[0] for w in left} == {"ИЛЛЮСТРАЦИЯ"}, left
    titles = {p.title for p in browse.list_projects(demo_db)}
    assert {"Атам, апам жана мен", "Жомокко саякат"} <= titles


def test_project_from_a_decided_winner(db, setup):
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 8], 2: [5, 5]})
    C.record_decision(db, setup["meeting"])
    winners = PS.winners_without_project(db)
    assert [w.title for w in winners] == ["Атам, апам жана мен", "Жомокко саякат"]
    first = winners[0]
    suggested = PS.project_defaults(db, first.application_id, today=date(2021, 11, 1))
    assert suggested.executor == "Демилгечи 1" and suggested.awarded == first.awarded_tyiyn == som(12000)
    suggested.agreement_number = "ЖД-2021/К-1"
    pid = PS.create_project(db, first.application_id, suggested)
    d = PS.get_project(db, pid)
    assert (d.status, d.award, d.agreement_number, d.start_on) == ("planned", som(12000), "ЖД-2021/К-1",
                                                                  date(2021, 11, 1))
    assert [w.title for w in PS.winners_without_project(db)] == ["Жомокко саякат"]
    before = dump(db)
    with pytest.raises(ServiceError) as err:
        PS.create_project(db, first.application_id, suggested)
    assert err.value.key == "project.exists"
    with pytest.raises(ServiceError) as err:  # the third application is on the reserve list
        PS.create_project(db, setup["apps"][2], suggested)
    assert err.value.key == "project.not_winner"
    assert dump(db) == before
    PS.set_project_status(db, pid, "running")
    with pytest.raises(ServiceError) as err:  # completed only by accepting the act (app.services.project_cycle)
        PS.set_project_status(db, pid, "completed")
    assert err.value.key == "project.complete_by_act"
    assert PS.get_project(db, pid).status == "running"


def test_status_rules(demo_db, atam):
    assert PS.get_project(demo_db, atam).status == "completed"
    before = dump(demo_db)
    with pytest.raises(ServiceError) as err:  # a completed project is reopened, not terminated
        PS.set_project_status(demo_db, atam, "terminated", "Себеп")
    assert err.value.key == "project.status_step"
    assert dump(demo_db) == before
    with pytest.raises(ServiceError) as err:  # its act is accepted: reopened by cancelling the acceptance
        PS.set_project_status(demo_db, atam, "running")
    assert err.value.key == "project.cancel_acceptance_first"
    from app.services import project_cycle

    project_cycle.cancel_acceptance(demo_db, atam, "Кайра текшерүү")
    assert PS.get_project(demo_db, atam).status == "running"
    before = dump(demo_db)
    for reason in (None, "  "):
        with pytest.raises(ServiceError) as err:
            PS.set_project_status(demo_db, atam, "terminated", reason)
        assert err.value.key == "project.reason"
    assert dump(demo_db) == before
    PS.set_project_status(demo_db, atam, "terminated", "Демилгечи көчүп кетти")
    d = PS.get_project(demo_db, atam)
    assert d.status == "terminated" and d.status_reason == "Демилгечи көчүп кетти"
    with pytest.raises(ServiceError) as err:
        PS.set_project_status(demo_db, atam, "running")
    assert err.value.key == "project.status_step"


def test_bad_agreement_refused(demo_db, atam):
    d = PS.get_project(demo_db, atam)
    before = dump(demo_db)
    bad = PS.ProjectInput(title=d.title, awarded="-100", start_on="01.11.2021", end_on="31.10.2021",
                          agreement_date="32.13.2021")
    with pytest.raises(ValidationError) as err:
        PS.update_project(demo_db, atam, bad)
    assert {"awarded", "agreement_date"} <= set(err.value.errors)
    bad = PS.ProjectInput(title=d.title, awarded="12 000", start_on="01.11.2021", end_on="31.10.2021")
    with pytest.raises(ValidationError) as err:
        PS.update_project(demo_db, atam, bad)
    assert "end_on" in err.value.errors and "01.11.2021" in err.value.errors["end_on"].message("ru")
    assert dump(demo_db) == before


def test_viewer_may_not_change_projects(demo_db, atam):
    from app.store.db import Actor

    demo_db.actor = Actor("viewer", "viewer")
    before = dump(demo_db)
    with pytest.raises(ServiceError) as err:
        PS.add_expense(demo_db, atam, "15.11.2021", "100", source="donor")
    assert err.value.key == "auth.denied"
    assert dump(demo_db) == before


def test_materials_and_media(demo_db, jomokko):
    PS.add_material(demo_db, jomokko, "banner", "2", "6×3 м", "Баннер")
    PS.add_media(demo_db, jomokko, "«Кызыл Туу»", "district", "05.01.2022")
    with pytest.raises(ValidationError):
        PS.add_material(demo_db, jomokko, "banner", "-2")
    with pytest.raises(ValidationError):
        PS.add_media(demo_db, jomokko, "", "planet")
    d = PS.get_project(demo_db, jomokko)
    assert [(m.kind, m.quantity) for m in d.materials] == [("banner", 2)]
    assert [(m.outlet, m.level, m.published_on) for m in d.media] == [("«Кызыл Туу»", "district",
                                                                       date(2022, 1, 5))]
