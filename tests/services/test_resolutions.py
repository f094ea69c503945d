"""The resolutions register on a real database file: entries, points under
control, the control list, links, the legal basis of competitions and
programs, refusals that change nothing, roles."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.services import competitions as C
from app.services import programs as PS
from app.services import resolutions as RS
from app.services.errors import ServiceError, ValidationError
from app.store.db import Actor
from tests.services.registers_data import RES_05, RES_226, municipality, snapshot

TODAY = date(2026, 12, 2)


@pytest.fixture
def mun(db):
    return municipality(db)


def test_create_list_and_read_a_resolution(db, mun):
    rid = RS.create_resolution(db, RES_05)
    rows = RS.list_resolutions(db)
    assert [(r.number, r.adopted_on, r.body) for r in rows] == [("05", date(2023, 2, 16), "Кара-Балта шаардык кеңеши")]
    assert "Джекшенов" in rows[0].controllers and "туруктуу депутаттык комиссия" in rows[0].controllers
    d = RS.get_resolution(db, rid)
    assert d.distribution == ("Шаардык кеңеш", "Мэрия", "МС и ММБ", "МИ «Универсал»", "Юстиция министрлиги")
    assert d.label == "Кара-Балта шаардык кеңеши токтом №05, 16.02.2023"
    assert RS.get_resolution(db, rid, lang="ru").label == "Кара-Балта шаардык кеңеши постановление № 05 от 16.02.2023"
    assert d.as_input() == replace(RES_05, municipality_id=mun, justice_register_no="", note="")
    assert [r.id for r in RS.list_resolutions(db, "джекшенов")] == [rid]
    assert RS.list_resolutions(db, "Баткен") == []


@pytest.mark.parametrize("change,field,key", [
    (dict(number=""), "number", "input.required"),
    (dict(adopted_on="31.02.2023"), "adopted_on", "input.date"),
    (dict(title="  "), "title", "input.required"),
    (dict(body_kind="king"), "body_kind", "registers.choice"),
    (dict(normative=False, justice_sent_on="20.02.2023"), "normative", "reg.justice_not_normative"),
    (dict(justice_sent_on="10.02.2023"), "justice_sent_on", "reg.sent_before_adoption"),
    (dict(justice_registered_on="01.03.2023"), "justice_sent_on", "reg.registered_needs_sent"),
])
def test_bad_resolution_is_refused_and_nothing_saved(db, mun, change, field, key):
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        RS.create_resolution(db, replace(RES_05, **change))
    assert field in err.value.errors and err.value.errors[field].key == key
    assert err.value.errors[field].message("ru") and err.value.errors[field].message("ky")
    assert snapshot(db) == before


def test_the_same_resolution_twice_is_refused_naming_it(db, mun):
    RS.create_resolution(db, RES_226)
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        RS.create_resolution(db, replace(RES_226, title="Башка"))
    assert err.value.errors["number"].key == "resolution.duplicate"
    assert "№226, 28.12.2020" in err.value.errors["number"].message("ky")
    assert snapshot(db) == before


def test_points_under_control_and_the_control_list(db, mun):
    rid = RS.create_resolution(db, RES_05)
    RS.add_point(db, rid, RS.PointInput("Программаны бекитүү"))                      # no due date: not controlled
    justice = RS.add_point(db, rid, RS.PointInput("Юстицияга жөнөтүү", due_on="28.02.2023"))
    y2023 = RS.add_point(db, rid, RS.PointInput("2023-жылга ишке ашыруу", due_on=date(2023, 12, 31)))
    month = RS.add_point(db, rid, RS.PointInput("Жарым жылдык маалымат", due_on=date(2026, 12, 20),
                                                controller="Мэриянын экономика бөлүмү"))
    later = RS.add_point(db, rid, RS.PointInput("Программаны аткаруу", due_on=date(2027, 12, 31)))
    d = RS.get_resolution(db, rid, today=TODAY)
    assert [p.number for p in d.points] == [1, 2, 3, 4, 5]
    # due before the adoption: refused, nothing saved
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        RS.add_point(db, rid, RS.PointInput("Эрте", due_on="01.02.2023"))
    assert err.value.errors["due_on"].key == "reg.due_before_adoption"
    with pytest.raises(ValidationError) as err:
        RS.add_point(db, rid, RS.PointInput("Кайталанган", number=2))
    assert err.value.errors["number"].key == "resolution.point_number_used"
    assert snapshot(db) == before

    attention = RS.list_control(db, today=TODAY)
    assert [c.id for c in attention] == [justice, y2023, month]          # overdue (oldest first), then this month
    assert [c.state for c in attention] == ["overdue", "overdue", "due_this_month"]
    assert attention[0].days_overdue == (TODAY - date(2023, 2, 28)).days
    assert "Джекшенов" in attention[0].controller and attention[2].controller == "Мэриянын экономика бөлүмү"
    everything = RS.list_control(db, today=TODAY, attention_only=False)
    assert [c.id for c in everything] == [justice, y2023, month, later]
    assert RS.list_resolutions(db, today=TODAY)[0].overdue == 2

    # done needs the date and the document; then it leaves the list
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        RS.mark_point_done(db, justice, "", "", today=TODAY)
    assert set(err.value.errors) == {"done_on", "done_document"}
    with pytest.raises(ValidationError) as err:
        RS.mark_point_done(db, justice, "01.01.2027", "Кат № 12", today=TODAY)
    assert err.value.errors["done_on"].key == "reg.in_future"
    assert snapshot(db) == before
    RS.mark_point_done(db, justice, "24.02.2023", "Кат № 12", today=TODAY)
    RS.mark_point_done(db, y2023, date(2024, 1, 15), "Маалымкат № 3", today=TODAY)
    with pytest.raises(ServiceError) as err:
        RS.mark_point_done(db, y2023, date(2024, 1, 16), "Маалымкат № 4", today=TODAY)
    assert err.value.key == "resolution.already_done"
    states = {p.id: p.state for p in RS.get_resolution(db, rid, today=TODAY).points}
    assert states[justice] == "done" and states[y2023] == "done_late"
    assert [c.id for c in RS.list_control(db, today=TODAY)] == [month]
    RS.reopen_point(db, y2023)
    assert [c.id for c in RS.list_control(db, today=TODAY)] == [y2023, month]
    with pytest.raises(ServiceError):
        RS.reopen_point(db, y2023)
    RS.update_point(db, month, RS.PointInput("Жарым жылдык маалымат", number=9, due_on=date(2027, 1, 31)))
    assert [c.id for c in RS.list_control(db, today=TODAY)] == [y2023]
    RS.remove_point(db, y2023)
    assert RS.list_control(db, today=TODAY) == []
    # moving the adoption after a due date is refused
    with pytest.raises(ValidationError) as err:
        RS.update_resolution(db, rid, replace(RES_05, adopted_on=date(2023, 3, 1)))
    assert err.value.errors["due_on"].key == "reg.due_before_adoption"


def test_competition_and_program_rest_on_a_resolution_and_follow_its_corrections(db, mun):
    r226 = RS.create_resolution(db, RES_226)
    comp = C.create_competition(db, C.CompetitionInput(title="ЖД 2021", total_allocation_tyiyn="23 000",
                                                       max_grant_tyiyn="12 000", resolution_id=r226))
    d = C.get_competition(db, comp)
    assert d.resolution_id == r226
    assert (d.legal_doc_kind, d.legal_doc_number, d.legal_doc_date) == (
        "А. Орозбеков айылдык кеңеши, токтом", "226", date(2020, 12, 28))
    assert d.as_input().resolution_id == r226
    prog = PS.create_program(db, title="Программа", start_year=2023, end_year=2026, resolution_id=r226)
    assert RS.basis_of(db, "program", prog) == r226
    # a correction in the register reaches both
    RS.update_resolution(db, r226, replace(RES_226, number="226-1", adopted_on=date(2020, 12, 29)))
    d = C.get_competition(db, comp)
    assert (d.legal_doc_number, d.legal_doc_date) == ("226-1", date(2020, 12, 29))
    p = PS.get_program(db, prog)
    assert (p.resolution_body, p.resolution_number, p.resolution_date) == (
        "А. Орозбеков айылдык кеңеши", "226-1", date(2020, 12, 29))
    links = RS.get_resolution(db, r226).links
    assert {(x.relation, x.target_kind, x.target_id) for x in links} == {
        ("basis", "competition", comp), ("basis", "program", prog)}
    # in use: cannot be removed
    before = snapshot(db)
    with pytest.raises(ServiceError) as err:
        RS.remove_resolution(db, r226)
    assert err.value.key == "resolution.in_use" and "2" in err.value.message("ru")
    assert snapshot(db) == before
    # choosing none leaves the text as it was typed
    C.update_competition(db, comp, replace(C.get_competition(db, comp).as_input(), resolution_id=None))
    assert C.get_competition(db, comp).legal_doc_number == "226-1"


def test_a_resolution_of_another_municipality_is_refused_as_a_basis(db, mun):
    other = municipality(db, "Кара-Балта шаары", "city")
    r05 = RS.create_resolution(db, replace(RES_05, municipality_id=other))
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        C.create_competition(db, C.CompetitionInput(title="ЖД", resolution_id=r05), municipality_id=mun)
    assert err.value.errors["resolution_id"].key == "registers.other_municipality"
    assert "Кара-Балта" in err.value.errors["resolution_id"].message()
    assert snapshot(db) == before


def test_only_the_records_own_municipality_resolutions_are_offered(db, mun):
    """A district database holds many villages' registers: the editor of a
    competition, program, hearing or budget offers only its own village's
    resolutions (another's is refused when saved)."""
    from app.services import hearings as HS
    from app.services import local_budgets as LB
    from app.services import needs as NS

    other = municipality(db, "Кара-Балта шаары", "city")
    r226 = RS.create_resolution(db, RES_226)                                     # mun (the first)
    r05 = RS.create_resolution(db, replace(RES_05, municipality_id=other))
    theirs = C.create_competition(db, C.CompetitionInput(title="ЖД", total_allocation_tyiyn="23 000",
                                                         max_grant_tyiyn="12 000"), municipality_id=other)
    ours = C.create_competition(db, C.CompetitionInput(title="ЖД", total_allocation_tyiyn="23 000",
                                                       max_grant_tyiyn="12 000"), municipality_id=mun)
    prog = PS.create_program(db, title="Программа", start_year=2023, end_year=2026, municipality_id=other)
    hearing = HS.create_hearing(db, HS.HearingInput(title="Бюджет 2024", notice_on=date(2023, 10, 1),
                                                    held_on=date(2023, 10, 20), municipality_id=other))
    budget = LB.create_budget(db, LB.BudgetInput(year=2024, total_expenditure_tyiyn="1 000 000",
                                                 municipality_id=other))
    need = NS.create_need(db, NS.NeedInput(problem="Суу жок", received_on=date(2023, 5, 1), municipality_id=other))

    def offered(owner):
        return [c.id for c in RS.resolution_choices(db, owner=owner)]

    assert offered(("competition", theirs)) == [r05]
    assert offered(("competition", ours)) == [r226]
    assert offered(("program", prog)) == [r05]
    assert offered(("hearing", hearing)) == [r05]
    assert offered(("budget", budget)) == [r05]
    assert offered(("need", need)) == [r05]
    # a new record goes to the first municipality, and so do its choices
    assert offered(("competition", None)) == offered(None) == [r226]
    # and each offered one is accepted on save
    C.update_competition(db, theirs, replace(C.get_competition(db, theirs).as_input(), resolution_id=r05))
    assert C.get_competition(db, theirs).resolution_id == r05


def test_links_to_what_a_resolution_approves_or_changes(db, mun):
    r226 = RS.create_resolution(db, RES_226)
    link = RS.link_resolution(db, r226, "approves", "regulation", title="Жергиликтүү демилгелер жөнүндө жобо")
    before = snapshot(db)
    for args, field, key in [
        (("approves", "regulation"), "title", "resolution.link_needs_title"),
        (("approves", "competition"), "target_id", "resolution.link_needs_record"),
        (("governs", "regulation"), "relation", "registers.choice"),
    ]:
        with pytest.raises(ValidationError) as err:
            RS.link_resolution(db, r226, *args)
        assert err.value.errors[field].key == key
    with pytest.raises(ServiceError) as err:
        RS.link_resolution(db, r226, "approves", "regulation", title="Жергиликтүү демилгелер жөнүндө жобо")
    assert err.value.key == "resolution.link_exists"
    with pytest.raises(ServiceError) as err:
        RS.link_resolution(db, r226, "changes", "competition", target_id="nope")
    assert err.value.key == "input.not_found"
    assert snapshot(db) == before
    comp = C.create_competition(db, C.CompetitionInput(title="ЖД 2021"))
    RS.link_resolution(db, r226, "changes", "competition", comp)
    assert {(x.relation, x.title) for x in RS.get_resolution(db, r226).links} == {
        ("approves", "Жергиликтүү демилгелер жөнүндө жобо"), ("changes", "ЖД 2021")}
    RS.unlink_resolution(db, link)
    assert [x.title for x in RS.get_resolution(db, r226).links] == ["ЖД 2021"]
    assert [c.id for c in RS.link_choices(db, "competition")] == [comp]


def test_removing_an_unused_resolution_tombstones_it_with_its_points(db, mun):
    rid = RS.create_resolution(db, RES_05)
    RS.add_point(db, rid, RS.PointInput("Юстицияга жөнөтүү", due_on="28.02.2023"))
    RS.remove_resolution(db, rid)
    assert RS.list_resolutions(db) == [] and RS.list_control(db, today=TODAY) == []
    with db.reader() as s:
        from sqlalchemy import select

        from app.store import register_models as RM
        assert all(p.deleted_at is not None for p in s.scalars(select(RM.ResolutionPoint)))
    with pytest.raises(ServiceError):
        RS.get_resolution(db, rid)


CHANGES = [
    ("create_resolution", lambda db, ids: RS.create_resolution(db, RES_226)),
    ("update_resolution", lambda db, ids: RS.update_resolution(db, ids["r"], replace(RES_05, title="X"))),
    ("remove_resolution", lambda db, ids: RS.remove_resolution(db, ids["r"])),
    ("add_point", lambda db, ids: RS.add_point(db, ids["r"], RS.PointInput("X"))),
    ("update_point", lambda db, ids: RS.update_point(db, ids["p"], RS.PointInput("X"))),
    ("mark_point_done", lambda db, ids: RS.mark_point_done(db, ids["p"], "24.02.2023", "Кат", today=TODAY)),
    ("reopen_point", lambda db, ids: RS.reopen_point(db, ids["p"])),
    ("remove_point", lambda db, ids: RS.remove_point(db, ids["p"])),
    ("link_resolution", lambda db, ids: RS.link_resolution(db, ids["r"], "approves", "other", title="X")),
    ("unlink_resolution", lambda db, ids: RS.unlink_resolution(db, ids["l"])),
]


@pytest.mark.parametrize("role", ["viewer", "secretary", "chair"])
@pytest.mark.parametrize("name,action", CHANGES, ids=[c[0] for c in CHANGES])
def test_roles_without_the_right_are_refused_and_nothing_changes(db, mun, role, name, action):
    rid = RS.create_resolution(db, RES_05)
    ids = {"r": rid, "p": RS.add_point(db, rid, RS.PointInput("Юстицияга", due_on="28.02.2023")),
           "l": RS.link_resolution(db, rid, "approves", "other", title="План")}
    before = snapshot(db)
    db.actor = Actor("someone", role)
    with pytest.raises(ServiceError) as err:
        action(db, ids)
    assert err.value.key == "auth.denied"
    assert snapshot(db) == before
    assert RS.list_resolutions(db) and RS.list_control(db, today=TODAY)     # reading is allowed


def test_a_specialist_may_keep_the_register(db, mun):
    db.actor = Actor("spec", "specialist")
    rid = RS.create_resolution(db, RES_05)
    RS.add_point(db, rid, RS.PointInput("Юстицияга", due_on="28.02.2023"))
    assert RS.list_resolutions(db)[0].points == 1
