"""The competition editor and lifecycle on a real database file."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app import i18n
from app.domain import enums as E
from app.services import applications as AP
from app.services import competitions as C
from app.services.errors import ServiceError, ValidationError
from app.store.db import Actor
from tests.competition_data import CASE_A, CASE_B, KOZHONOVA, case_b, dump, municipality, winner_1


@pytest.fixture
def mdb(db):
    municipality(db)
    return db


def refused(db, fn, *args, **kwargs) -> ServiceError:
    """Call fn, expect a refusal, and check the database did not change."""
    before = dump(db)
    with pytest.raises(ServiceError) as info:
        fn(*args, **kwargs)
    assert dump(db) == before
    return info.value


def test_create_saves_every_field_with_the_default_checklist(mdb):
    cid = C.create_competition(mdb, CASE_B)
    d = C.get_competition(mdb, cid)
    assert (d.kind, d.year, d.status) == ("jd", 2021, "draft")
    assert d.title == "Жергиликтүү демилгелердин сынагы 2021"
    assert d.legal_doc_number == "226" and d.legal_doc_date == date(2020, 12, 28)
    assert d.priority_areas[0] == "Элдик көркөм чыгармачылык" and len(d.priority_areas) == 4
    assert (d.total_allocation_tyiyn, d.max_grant_tyiyn, d.cofinancing_share_pct) == (2_300_000, 1_200_000, 50)
    assert d.eligible_applicants == ("person", "group")
    assert [c.code for c in d.criteria] == ["residence", "amount", "cofinancing", "documents"]
    assert d.criteria[0].text.startswith("Өтүнмө берүүчү")
    assert [(t.from_status, t.to_status, t.user_name) for t in d.transitions] == [("", "draft", "admin")]
    assert d.as_input() == CASE_B


def test_amounts_typed_as_text_and_dates_as_dd_mm_yyyy(mdb):
    data = replace(CASE_B, total_allocation_tyiyn="23 000", max_grant_tyiyn="12 000,00",
                   announced_on="01.09.2021", deadline_on="2021-09-30", year="")
    d = C.get_competition(mdb, C.create_competition(mdb, data))
    assert (d.total_allocation_tyiyn, d.max_grant_tyiyn) == (2_300_000, 1_200_000)
    assert (d.announced_on, d.deadline_on, d.year) == (date(2021, 9, 1), date(2021, 9, 30), 2021)


def test_zero_cofinancing_share_is_allowed(mdb):
    d = C.get_competition(mdb, C.create_competition(mdb, CASE_A))
    assert d.cofinancing_share_pct == 0 and d.kind == "msz"


@pytest.mark.parametrize("change, field_name, key", [
    (dict(title=" "), "title", "input.required"),
    (dict(title="а" * 501), "title", "input.too_long"),
    (dict(kind="xx"), "kind", "competition.kind"),
    (dict(total_allocation_tyiyn="-5"), "total_allocation_tyiyn", "input.money_negative"),
    (dict(total_allocation_tyiyn=-1), "total_allocation_tyiyn", "input.money_negative"),
    (dict(max_grant_tyiyn="abc"), "max_grant_tyiyn", "input.money_format"),
    (dict(max_grant_tyiyn="12,345"), "max_grant_tyiyn", "input.money_ambiguous"),
    (dict(max_grant_tyiyn="12 000,345"), "max_grant_tyiyn", "input.money_precision"),
    (dict(max_grant_tyiyn=""), "max_grant_tyiyn", "input.required"),
    (dict(max_grant_tyiyn=10**16), "max_grant_tyiyn", "input.money_too_large"),
    (dict(max_grant_tyiyn=2_300_001), "max_grant_tyiyn", "competition.max_grant"),
    (dict(duration_months="0"), "duration_months", "input.integer"),
    (dict(cofinancing_share_pct="101"), "cofinancing_share_pct", "input.integer"),
    (dict(cofinancing_share_pct="-1"), "cofinancing_share_pct", "input.integer"),
    (dict(eligible_applicants=()), "eligible_applicants", "competition.applicants"),
    (dict(eligible_applicants=("alien",)), "eligible_applicants", "competition.applicants"),
    (dict(deadline_on=date(2021, 9, 1)), "deadline_on", "competition.deadline_order"),
    (dict(deadline_on="31.08.2021"), "deadline_on", "competition.deadline_order"),
    (dict(deadline_on="31.02.2021"), "deadline_on", "input.date"),
    (dict(announced_on="вчера"), "announced_on", "input.date"),
    (dict(decision_on=date(2021, 9, 29)), "decision_on", "competition.decision_order"),
    (dict(legal_doc_date="1.1.1800"), "legal_doc_date", "input.date"),
    (dict(year="20211"), "year", "input.integer"),
    (dict(contact_person="Абдыкадыров\x00"), "contact_person", "input.control_chars"),
])
def test_each_bad_field_is_refused_and_nothing_saved(mdb, change, field_name, key):
    err = refused(mdb, C.create_competition, mdb, replace(CASE_B, **change))
    assert isinstance(err, ValidationError)
    assert field_name in err.errors and err.errors[field_name].key == key
    for lang in ("ky", "ru", "en"):
        assert err.errors[field_name].message(lang) != key


def test_validation_reports_every_bad_field_at_once(mdb):
    with pytest.raises(ValidationError) as info:
        C.validate_competition(replace(CASE_B, title="", max_grant_tyiyn=-1, deadline_on=date(2020, 1, 1)))
    assert set(info.value.errors) == {"title", "max_grant_tyiyn", "deadline_on"}
    msg = info.value.errors["deadline_on"].message("ru")
    assert "01.09.2021" in msg and "Срок приёма" in msg


def test_refused_without_a_municipality(db):
    err = refused(db, C.create_competition, db, CASE_B)
    assert err.key == "competition.no_municipality"


def test_a_viewer_may_not_create_or_announce(mdb):
    cid = C.create_competition(mdb, CASE_B)
    mdb.actor = Actor("viewer1", "viewer")
    assert refused(mdb, C.create_competition, mdb, CASE_B).key == "auth.denied"
    assert refused(mdb, C.announce_competition, mdb, cid).key == "auth.denied"


def test_the_whole_lifecycle_is_recorded_with_user_and_reason(mdb):
    ids = case_b(mdb)
    cid = ids["competition"]
    mdb.actor = Actor("aigul", "specialist")
    assert refused(mdb, C.close_applications, mdb, cid, today=date(2021, 9, 29)).key == \
        "lifecycle.close_before_deadline"
    assert C.close_applications(mdb, cid, today=date(2021, 9, 30)) == "applications_closed"
    assert C.start_review(mdb, cid) == "under_review"
    err = refused(mdb, C.mark_decided, mdb, cid)
    assert err.key == "lifecycle.decide_unchecked" and err.params == {"n": 2}
    for app_id in (ids["app1"], ids["app2"]):
        sheet = AP.eligibility_sheet(mdb, app_id)
        AP.record_eligibility(mdb, app_id, {i.criterion_id: True for i in sheet.items})
    assert C.mark_decided(mdb, cid) == "decided"
    assert refused(mdb, C.cancel_competition, mdb, cid, "кеч").key == "lifecycle.cancel_too_late"
    assert refused(mdb, C.start_implementation, mdb, cid).key == "lifecycle.implement_no_winners"
    # the commission's decision (another part of the program) makes a winner
    from app.store import models as M

    with mdb.session() as s:
        s.get(M.Application, ids["app1"]).status = E.ApplicationStatus.WINNER
    assert C.start_implementation(mdb, cid) == "in_implementation"
    assert C.complete_competition(mdb, cid) == "completed"
    d = C.get_competition(mdb, cid)
    assert [(t.from_status, t.to_status) for t in d.transitions] == [
        ("", "draft"), ("draft", "announced"), ("announced", "applications_closed"),
        ("applications_closed", "under_review"), ("under_review", "decided"),
        ("decided", "in_implementation"), ("in_implementation", "completed")]
    assert [t.user_name for t in d.transitions] == ["admin", "admin"] + ["aigul"] * 5
    assert all(t.at.tzinfo is not None for t in d.transitions)
    assert C.step_states(mdb, cid) == []
    assert refused(mdb, C.announce_competition, mdb, cid).key == "lifecycle.wrong_state"


def test_refusals_say_why_in_the_users_language(mdb):
    cid = C.create_competition(mdb, replace(CASE_B, deadline_on=None))
    err = refused(mdb, C.announce_competition, mdb, cid)
    assert err.key == "lifecycle.announce_dates"
    assert "жарыялоо күнүн" in err.message("ky") and "дату объявления" in err.message("ru")
    err = refused(mdb, C.close_applications, mdb, cid)
    i18n.set_language("ru")
    assert err.message() == "Для этого шага конкурс должен быть в состоянии «объявлен»; сейчас он «черновик»."
    assert err.message("ky") == "Бул кадам үчүн сынак «жарыяланган» абалында болушу керек; азыр ал «даярдалууда»."
    states = C.step_states(mdb, cid)
    assert [(s.step, s.allowed) for s in states] == [("announce", False), ("cancel", True)]
    assert "дату объявления" in states[0].refusal


def test_cancel_needs_a_reason_and_is_final(mdb):
    cid = C.create_competition(mdb, CASE_B)
    C.announce_competition(mdb, cid)
    err = refused(mdb, C.cancel_competition, mdb, cid, "   ")
    assert err.key == "lifecycle.cancel_reason" and err.field == "reason"
    assert C.cancel_competition(mdb, cid, " Каражат бөлүнгөн жок ") == "cancelled"
    d = C.get_competition(mdb, cid)
    assert d.status == "cancelled" and d.cancel_reason == "Каражат бөлүнгөн жок"
    assert d.transitions[-1].reason == "Каражат бөлүнгөн жок"
    assert refused(mdb, C.close_applications, mdb, cid).key == "lifecycle.cancelled"
    assert refused(mdb, C.cancel_competition, mdb, cid, "дагы").key == "lifecycle.already_cancelled"
    assert refused(mdb, C.update_competition, mdb, cid, replace(CASE_B, contact_person="x")).key == \
        "competition.locked_field"


def test_review_needs_applications(mdb):
    cid = C.create_competition(mdb, CASE_B)
    C.announce_competition(mdb, cid)
    C.close_applications(mdb, cid, today=date(2021, 10, 1))
    assert refused(mdb, C.start_review, mdb, cid).key == "lifecycle.review_no_applications"


def test_published_terms_do_not_change_after_the_announcement(mdb):
    cid = C.create_competition(mdb, CASE_B)
    C.update_competition(mdb, cid, replace(CASE_B, max_grant_tyiyn=1_000_000))
    assert C.get_competition(mdb, cid).max_grant_tyiyn == 1_000_000
    C.announce_competition(mdb, cid)
    err = refused(mdb, C.update_competition, mdb, cid, replace(CASE_B, max_grant_tyiyn=2_000_000))
    assert set(err.errors) == {"max_grant_tyiyn"}
    C.update_competition(mdb, cid, replace(CASE_B, max_grant_tyiyn=1_000_000, contact_person="Жаңы адам",
                                           decision_on=date(2021, 10, 20)))
    d = C.get_competition(mdb, cid)
    assert (d.contact_person, d.decision_on) == ("Жаңы адам", date(2021, 10, 20))
    assert d.editable == {"contact_person", "decision_on"}


def test_the_checklist_is_configurable_until_the_review(mdb):
    ids = case_b(mdb)
    cid = ids["competition"]
    new = C.add_criterion(mdb, cid, "Долбоордун бюджети тиркелген")
    first = C.get_competition(mdb, cid).criteria[0]
    C.update_criterion(mdb, first.id, "Айыл аймагында жашайт")
    C.move_criterion(mdb, new, -1)
    crit = C.get_competition(mdb, cid).criteria
    assert [c.text for c in crit][-2:] == ["Долбоордун бюджети тиркелген", "Документтер толук"]
    assert crit[0].text == "Айыл аймагында жашайт" and crit[0].code == ""
    assert refused(mdb, C.add_criterion, mdb, cid, "  ").key == "input.required"
    C.remove_criterion(mdb, new)
    assert len(C.get_competition(mdb, cid).criteria) == 4
    sheet = AP.eligibility_sheet(mdb, ids["app1"])
    AP.record_eligibility(mdb, ids["app1"], {i.criterion_id: True for i in sheet.items})
    err = refused(mdb, C.remove_criterion, mdb, crit[0].id)
    assert err.key == "criterion.in_use" and err.params == {"n": 1}
    C.close_applications(mdb, cid, today=date(2021, 10, 1))
    C.start_review(mdb, cid)
    assert refused(mdb, C.add_criterion, mdb, cid, "Кеч").key == "lifecycle.criteria_locked"
    assert refused(mdb, C.move_criterion, mdb, crit[1].id, 1).key == "lifecycle.criteria_locked"


def test_unknown_ids_are_refused(mdb):
    assert refused(mdb, C.announce_competition, mdb, "nope").key == "competition.not_found"
    assert refused(mdb, C.get_competition, mdb, "").key == "competition.not_found"
    assert refused(mdb, C.update_criterion, mdb, "nope", "x").key == "input.not_found"


def test_listing_shows_new_competitions(mdb, capsys):
    from app.cli import parse, run

    C.create_competition(mdb, CASE_B)
    C.create_competition(mdb, CASE_A)
    path = str(mdb.path)
    mdb.close()
    assert run(parse(["competitions", "--db", path])) == 0
    out = capsys.readouterr().out
    assert "Жергиликтүү демилгелердин сынагы 2021" in out and "MSZ 2018" in out


def test_registering_needs_an_announced_competition(mdb):
    cid = C.create_competition(mdb, CASE_B)
    aid = AP.create_applicant(mdb, KOZHONOVA)
    err = refused(mdb, AP.register_application, mdb, cid, winner_1(aid), today=date(2021, 9, 20))
    assert err.key == "application.not_announced"


def test_a_new_competition_on_the_demo_database(demo_db):
    cid = C.create_competition(demo_db, replace(CASE_B, year=2024, title="Жаңы сынак 2024",
                                                announced_on=date(2024, 3, 1), deadline_on=date(2024, 3, 31),
                                                decision_on=None, legal_doc_date=None))
    C.announce_competition(demo_db, cid)
    aid = AP.suggest_applicants(demo_db, "Кожонова Анаргүл Абдиллаевна")[0].id
    reg = AP.register_application(demo_db, cid, replace(winner_1(aid), received_on=date(2024, 3, 5)),
                                  today=date(2024, 3, 5))
    assert reg.reg_number == "ЖД-2024/001"
    assert len(AP.suggest_applicants(demo_db, "Кожонова Анаргүл Абдиллаевна")) == 1


def test_the_commission_area_opens_on_the_competition_under_review_else_the_newest(mdb):
    from app.services import browse

    assert browse.commission_competition(mdb) is None
    old = C.create_competition(mdb, CASE_B)                                    # 2021
    newer = C.create_competition(mdb, replace(CASE_B, year=2023, title="Сынак 2023"))
    assert browse.commission_competition(mdb).id == newer                      # none at the commission: the newest
    C.announce_competition(mdb, old, today=date(2021, 9, 1))
    C.close_applications(mdb, old, today=date(2021, 10, 1))
    assert browse.commission_competition(mdb).id == old                        # applications closed: its turn
    newest = C.create_competition(mdb, replace(CASE_B, year=2024, title="Сынак 2024"))   # a newer draft
    assert browse.commission_competition(mdb).id == old
    assert browse.list_competitions(mdb)[0].id == newest
