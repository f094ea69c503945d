"""Issue 15 through the services, on real database files: lots (directions)
with their own allocation and decision, consortium applicants, prize
competitions, and the organiser. Every refusal names the problem in the
user's language and leaves the database exactly as it was."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import i18n
from app.domain import enums as E
from app.services import applications as AP
from app.services import browse
from app.services import commission as CM
from app.services import competitions as C
from app.services import lots as LT
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store.db import Actor
from app.store.lot_models import ApplicationPartner, Lot, Prize, default_lot_id
from tests.competition_data import CASE_A, CASE_B, dump, municipality

ANNOUNCED = date(2021, 9, 1)


def _refused(db, fn, *args, key=None, field=None, **kwargs):
    """Call, expect a refusal (with message key `key`), and prove nothing changed."""
    before = dump(db)
    with pytest.raises(ServiceError) as info:
        fn(*args, **kwargs)
    exc = info.value
    if isinstance(exc, ValidationError):
        keys = {e.key for e in exc.errors.values()}
        fields = set(exc.errors)
    else:
        keys, fields = {exc.key}, {exc.field}
    if key:
        assert key in keys, keys
    if field:
        assert field in fields, fields
    assert dump(db) == before
    for lang in ("ky", "ru"):
        assert exc.message(lang) and "{" not in exc.message(lang)
    return exc


@pytest.fixture
def two_lots(db):
    """A draft ЖД competition of 80 000 som (max grant 50 000) in two lots:
    «Спорт» 50 000 (max 50 000) and «Маданият» 30 000 (max 30 000)."""
    municipality(db)
    comp = C.create_competition(db, replace(CASE_B, total_allocation_tyiyn=8_000_000, max_grant_tyiyn=5_000_000))
    first = LT.lots_view(db, comp).lots[0]
    LT.update_lot(db, first.id, "Спорт", 5_000_000, 5_000_000, "Дене тарбия жана массалык спорт")
    second = LT.add_lot(db, comp, "Маданият", "30 000", "30 000", "Элдик көркөм чыгармачылык")
    return {"competition": comp, "sport": first.id, "culture": second}


# --------------------------------------------------------------------------
# Lots


def test_a_new_competition_has_one_untitled_lot_with_its_figures(db):
    municipality(db)
    comp = C.create_competition(db, CASE_B)
    view = LT.lots_view(db, comp)
    assert [(x.id, x.title, x.allocation_tyiyn, x.max_grant_tyiyn) for x in view.lots] == [
        (default_lot_id(comp), "", 2_300_000, 1_200_000)]
    # with one lot the lot's money follows the competition's
    C.update_competition(db, comp, replace(CASE_B, total_allocation_tyiyn=2_500_000))
    assert LT.lots_view(db, comp).lots[0].allocation_tyiyn == 2_500_000


def test_two_lots_are_kept_with_their_figures(db, two_lots):
    view = LT.lots_view(db, two_lots["competition"])
    assert [(x.number, x.title, x.allocation_tyiyn, x.max_grant_tyiyn, x.priority_areas) for x in view.lots] == [
        (1, "Спорт", 5_000_000, 5_000_000, ("Дене тарбия жана массалык спорт",)),
        (2, "Маданият", 3_000_000, 3_000_000, ("Элдик көркөм чыгармачылык",))]
    assert view.allocated_tyiyn == 8_000_000
    assert C.get_competition(db, two_lots["competition"]).lots == 2


def test_lot_refusals_change_nothing(db, two_lots):
    comp, sport = two_lots["competition"], two_lots["sport"]
    _refused(db, LT.add_lot, db, comp, "Жаштар", 1_000_000, 2_000_000, key="lots.max_over_allocation",
             field="max_grant_tyiyn")
    exc = _refused(db, LT.add_lot, db, comp, "Жаштар", 1_000_000, 500_000, key="lots.over_total")
    assert "90 000" in exc.message("ky") and "80 000" in exc.message("ru")
    _refused(db, LT.update_lot, db, sport, "Спорт", 6_000_000, 5_000_000, key="lots.over_total")
    _refused(db, LT.add_lot, db, comp, "", 0, 0, key="lots.title", field="title")
    _refused(db, LT.add_lot, db, comp, " маданият ", 0, 0, key="lots.allocation")
    _refused(db, LT.update_lot, db, two_lots["culture"], "СПОРТ", None, None, key="lots.title_exists")
    _refused(db, LT.update_lot, db, two_lots["culture"], "Маданият", 3_000_000, 6_000_000,
             key="lots.max_over_allocation")
    _refused(db, LT.update_lot, db, sport, "", None, None, key="lots.title")
    # the competition's figures must still hold its lots
    _refused(db, C.update_competition, db, comp, replace(CASE_B, total_allocation_tyiyn=7_000_000,
                                                          max_grant_tyiyn=5_000_000), key="lots.competition_total",
             field="total_allocation_tyiyn")
    _refused(db, C.update_competition, db, comp, replace(CASE_B, total_allocation_tyiyn=8_000_000,
                                                          max_grant_tyiyn=4_000_000), key="lots.competition_max")


def test_a_lots_maximum_grant_cannot_exceed_the_competitions(db):
    municipality(db)
    comp = C.create_competition(db, replace(CASE_B, total_allocation_tyiyn=8_000_000, max_grant_tyiyn=2_000_000))
    first = LT.lots_view(db, comp).lots[0].id
    LT.update_lot(db, first, "Спорт", 5_000_000, 2_000_000)
    _refused(db, LT.add_lot, db, comp, "Маданият", 3_000_000, 3_000_000, key="lots.max_over_competition")


def test_a_second_lot_needs_the_first_to_have_a_title(db):
    municipality(db)
    comp = C.create_competition(db, CASE_B)
    exc = _refused(db, LT.add_lot, db, comp, "Маданият", 100_000, 100_000, key="lots.untitled")
    assert "1" in exc.message("ru")


def test_removing_lots(db, two_lots):
    comp = two_lots["competition"]
    LT.remove_lot(db, two_lots["culture"])
    assert [x.title for x in LT.lots_view(db, comp).lots] == ["Спорт"]
    _refused(db, LT.remove_lot, db, two_lots["sport"], key="lots.last")


def test_lots_are_published_terms(db, two_lots):
    comp = two_lots["competition"]
    C.announce_competition(db, comp, today=ANNOUNCED)
    exc = _refused(db, LT.add_lot, db, comp, "Жаштар", 100, 100, key="lots.locked")
    assert "жарыяланган" in exc.message("ky")
    _refused(db, LT.update_lot, db, two_lots["sport"], "Спорт 2", None, None, key="lots.locked")
    _refused(db, LT.remove_lot, db, two_lots["culture"], key="lots.locked")
    assert not LT.lots_view(db, comp).editable


def _announce_with_apps(db, two_lots):
    comp = two_lots["competition"]
    C.announce_competition(db, comp, today=ANNOUNCED)
    ids = {}
    for key, name in (("a", "Жаштар бирикмеси"), ("b", "Аялдар кеңеши"), ("c", "Ардагерлер кеңеши")):
        ids[key] = AP.create_applicant(db, AP.ApplicantInput(kind="group", name=name, leader_name="Лидер",
                                                             village="Орозбеков"))
    return comp, ids


def _app(applicant, title, requested, lot=None, partners=(), received=date(2021, 9, 10)):
    return AP.ApplicationInput(applicant_id=applicant, received_on=received, title=title, requested_tyiyn=requested,
                               lot_id=lot, partner_ids=tuple(partners),
                               cofinancing=(AP.CofinancingInput("donor", requested, description="Донор"),))


def test_an_application_needs_a_lot_of_its_competition(db, two_lots):
    comp, ids = _announce_with_apps(db, two_lots)
    today = date(2021, 9, 10)
    exc = _refused(db, AP.register_application, db, comp, _app(ids["a"], "Футбол", 1_000_000), today=today,
                   key="application.lot_required", field="lot")
    assert "направлен" in exc.message("ru")
    _refused(db, AP.register_application, db, comp, _app(ids["a"], "Футбол", 1_000_000, lot="nope"), today=today,
             key="application.lot_unknown")
    exc = _refused(db, AP.register_application, db, comp, _app(ids["a"], "Оюн", 4_000_000,
                                                                lot=two_lots["culture"]),
                   today=today, key="application.requested_max_lot", field="requested_tyiyn")
    assert "Маданият" in exc.message("ky") and "30 000" in exc.message("ky")
    reg = AP.register_application(db, comp, _app(ids["a"], "Оюн", 2_000_000, lot=two_lots["culture"]), today=today)
    detail = AP.get_application(db, reg.id)
    assert (detail.lot_id, detail.lot_title) == (two_lots["culture"], "Маданият")
    assert detail.as_input().lot_id == two_lots["culture"]
    rows = AP.list_register(db, comp).rows
    assert [r.lot_title for r in rows] == ["Маданият"]
    assert [r.id for r in AP.list_register(db, comp, search="маданият").rows] == [reg.id]


def test_with_one_lot_the_application_needs_no_lot(db):
    municipality(db)
    comp = C.create_competition(db, CASE_B)
    C.announce_competition(db, comp, today=ANNOUNCED)
    who = AP.create_applicant(db, AP.ApplicantInput(kind="person", name="Кожонова Анаргүл", village="Орозбеков"))
    reg = AP.register_application(db, comp, _app(who, "Атам, апам жана мен", 1_200_000), today=date(2021, 9, 10))
    d = AP.get_application(db, reg.id)
    assert d.lot_title == "" and d.lot_id == default_lot_id(comp)


def _decide_two_lots(db, two_lots):
    """The issue's case: «Спорт» has one application for its whole 50 000;
    «Маданият» has a cheaper one that scores higher than everything."""
    comp, ids = _announce_with_apps(db, two_lots)
    today = date(2021, 9, 10)
    sport = AP.register_application(db, comp, _app(ids["a"], "Футбол", 5_000_000, lot=two_lots["sport"]),
                                    today=today).id
    play = AP.register_application(db, comp, _app(ids["b"], "Театр", 3_000_000, lot=two_lots["culture"]),
                                   today=today).id
    song = AP.register_application(db, comp, _app(ids["c"], "Ыр кечеси", 2_000_000, lot=two_lots["culture"]),
                                   today=today).id
    with db.session() as s:
        c = s.get(M.Competition, comp)
        c.status = E.CompetitionStatus.UNDER_REVIEW
        c.tie_rule = "earlier_registration"
        for aid in (sport, play, song):
            s.get(M.Application, aid).status = E.ApplicationStatus.ELIGIBLE
    commission = CM.ensure_commission(db, comp)
    members = [CM.add_member(db, commission, f"Мүчө {i}", "community", "chair" if i == 0 else "member")
               for i in range(3)]
    crit = CM.add_criterion(db, comp, "Пайдасы", 10, "1")
    meeting = CM.create_meeting(db, commission, date(2021, 10, 22), "Айыл өкмөтү")
    CM.set_attendance(db, meeting, set(members))
    for m in members:
        CM.record_score_sheet(db, meeting, m, {(sport, crit): 7, (play, crit): 8, (song, crit): 10})
    return {"competition": comp, "meeting": meeting, "sport": sport, "play": play, "song": song,
            "members": members, "applicants": ids}


def test_the_decision_never_moves_money_between_lots(db, two_lots):
    ids = _decide_two_lots(db, two_lots)
    lines = CM.record_decision(db, ids["meeting"])
    by_app = {x.application_id: x for x in lines}
    assert (by_app[ids["sport"]].outcome, by_app[ids["sport"]].awarded_tyiyn) == ("winner", 5_000_000)
    assert (by_app[ids["song"]].rank, by_app[ids["song"]].awarded_tyiyn) == (1, 2_000_000)
    assert (by_app[ids["play"]].rank, by_app[ids["play"]].awarded_tyiyn) == (2, 1_000_000)
    assert [x.lot_title for x in lines] == ["Спорт", "Маданият", "Маданият"]
    assert sum(x.awarded_tyiyn for x in lines if x.lot_id == two_lots["culture"]) == 3_000_000
    # a hand-made order works inside each lot and still never crosses lots
    lines = CM.preview_decision(db, ids["meeting"], manual_order=[ids["play"], ids["song"], ids["sport"]])
    by_app = {x.application_id: x for x in lines}
    assert (by_app[ids["play"]].rank, by_app[ids["play"]].awarded_tyiyn) == (1, 3_000_000)
    assert (by_app[ids["song"]].outcome, by_app[ids["song"]].awarded_tyiyn) == ("reserve", 0)
    assert by_app[ids["sport"]].awarded_tyiyn == 5_000_000


def test_one_lot_decides_as_before(db):
    """A single-lot competition gives the same decision as the one pool did."""
    from app.domain import commission as rules

    municipality(db)
    comp = C.create_competition(db, CASE_B)
    C.announce_competition(db, comp, today=ANNOUNCED)
    apps = []
    for i, req in enumerate((1_200_000, 1_100_000, 1_000_000), start=1):
        who = AP.create_applicant(db, AP.ApplicantInput(kind="person", name=f"Демилгечи {i}"))
        apps.append(AP.register_application(db, comp, _app(who, f"Долбоор {i}", req), today=date(2021, 9, 10)).id)
    with db.session() as s:
        s.get(M.Competition, comp).status = E.CompetitionStatus.UNDER_REVIEW
        for a in apps:
            s.get(M.Application, a).status = E.ApplicationStatus.ELIGIBLE
    commission = CM.ensure_commission(db, comp)
    member = CM.add_member(db, commission, "Төрага", "community", "chair")
    crit = CM.add_criterion(db, comp, "Пайдасы", 10)
    meeting = CM.create_meeting(db, commission, date(2021, 10, 22))
    CM.set_attendance(db, meeting, {member})
    CM.record_score_sheet(db, meeting, member, {(apps[0], crit): 9, (apps[1], crit): 8, (apps[2], crit): 7})
    lines = CM.preview_decision(db, meeting)
    pool = rules.allocate([rules.Candidate(a, Decimal(p), r, 0, i) for i, (a, p, r) in enumerate(
        zip(apps, (9, 8, 7), (1_200_000, 1_100_000, 1_000_000)))], 2_300_000)
    assert [(x.application_id, x.outcome, x.awarded_tyiyn) for x in lines] == [
        (a.application_id, a.outcome, a.awarded_tyiyn) for a in pool]
    assert all(x.lot_title == "" for x in lines)


# --------------------------------------------------------------------------
# Consortium applicants


def test_a_consortium_has_a_lead_and_real_partners(db, two_lots):
    comp, ids = _announce_with_apps(db, two_lots)
    today = date(2021, 9, 10)
    _refused(db, AP.register_application, db, comp,
             _app(ids["a"], "Футбол", 1_000_000, lot=two_lots["sport"], partners=[ids["a"]]), today=today,
             key="application.partner_is_lead", field="partners")
    exc = _refused(db, AP.register_application, db, comp,
                   _app(ids["a"], "Футбол", 1_000_000, lot=two_lots["sport"], partners=[ids["b"], ids["b"]]),
                   today=today, key="application.partner_twice")
    assert "Аялдар кеңеши" in exc.message("ky")
    _refused(db, AP.register_application, db, comp,
             _app(ids["a"], "Футбол", 1_000_000, lot=two_lots["sport"], partners=["nobody"]), today=today,
             key="application.partner_not_found")
    # a new lead typed with the application cannot be one of its own partners either
    _refused(db, AP.register_application, db, comp,
             _app("", "Футбол", 1_000_000, lot=two_lots["sport"], partners=[ids["b"]]), today=today,
             new_applicant=AP.ApplicantInput(kind="group", name="аялдар  КЕҢЕШИ", leader_name="Лидер"),
             allow_same_name=True, key="application.partner_is_lead")
    reg = AP.register_application(db, comp, _app(ids["a"], "Футбол", 1_000_000, lot=two_lots["sport"],
                                                 partners=[ids["c"], ids["b"]]), today=today)
    detail = AP.get_application(db, reg.id)
    assert [p.name for p in detail.partners] == ["Ардагерлер кеңеши", "Аялдар кеңеши"]
    assert detail.as_input().partner_ids == (ids["c"], ids["b"])
    # dropping a partner tombstones it; taking it back revives the same row
    AP.update_application(db, reg.id, replace(detail.as_input(), partner_ids=(ids["b"],)), today=today)
    assert [p.name for p in AP.get_application(db, reg.id).partners] == ["Аялдар кеңеши"]
    AP.update_application(db, reg.id, replace(detail.as_input(), partner_ids=(ids["b"], ids["c"])), today=today)
    with db.reader() as s:
        rows = s.scalars(select(ApplicationPartner).where(ApplicationPartner.application_id == reg.id)).all()
    assert len(rows) == 2 and all(r.deleted_at is None for r in rows)

    # lists and search see the partners
    row = AP.list_register(db, comp).rows[0]
    assert row.partner_names == ("Аялдар кеңеши", "Ардагерлер кеңеши")
    assert row.applicants_text == "Жаштар бирикмеси (башкы катышуучу) + өнөктөштөр: Аялдар кеңеши, Ардагерлер кеңеши"
    i18n.set_language("ru")
    assert "ведущий участник" in AP.list_register(db, comp).rows[0].applicants_text
    i18n.set_language("ky")
    assert [r.id for r in AP.list_register(db, search="ардагерлер").rows] == [reg.id]
    assert [r.id for r in browse.list_applications(db, search="ардагерлер")] == [reg.id]
    assert "Ардагерлер кеңеши" in browse.list_applications(db)[0].applicant_name


def test_the_already_funded_check_sees_partners(db, two_lots):
    ids = _decide_two_lots(db, two_lots)
    CM.record_decision(db, ids["meeting"])
    # a later competition: the earlier winner «Аялдар кеңеши» (lead of «Театр») now comes as a partner
    comp2 = C.create_competition(db, replace(CASE_B, year=2022, title="ЖД 2022", announced_on=date(2022, 9, 1),
                                             deadline_on=date(2022, 9, 30), decision_on=date(2022, 10, 15)))
    C.announce_competition(db, comp2, today=date(2022, 9, 1))
    newcomer = AP.create_applicant(db, AP.ApplicantInput(kind="person", name="Жаңы демилгечи"))
    reg = AP.register_application(db, comp2, _app(newcomer, "Жаңы долбоор", 1_000_000,
                                                  partners=[ids["applicants"]["b"]], received=date(2022, 9, 10)),
                                  today=date(2022, 9, 10))
    funded = AP.get_application(db, reg.id).already_funded
    assert [(f.applicant_name, f.role, f.title, f.awarded_tyiyn) for f in funded] == [
        ("Аялдар кеңеши", "lead", "Театр", 1_000_000)]
    sheet = AP.eligibility_sheet(db, reg.id)
    assert sheet.already_funded == funded and sheet.partner_names == ("Аялдар кеңеши",)
    assert "Театр" in AP.funded_text(funded[0], "ru") and "получал" in AP.funded_text(funded[0], "ru")
    # and one funded as a partner is seen when it comes back as a lead
    first = AP.get_application(db, ids["song"])
    assert first.already_funded == ()


def test_a_conflict_with_an_applicant_covers_its_partnerships(db, two_lots):
    comp, ids = _announce_with_apps(db, two_lots)
    today = date(2021, 9, 10)
    lead = AP.register_application(db, comp, _app(ids["a"], "Футбол", 1_000_000, lot=two_lots["sport"]),
                                   today=today).id
    partner = AP.register_application(db, comp, _app(ids["b"], "Театр", 1_000_000, lot=two_lots["culture"],
                                                     partners=[ids["a"]]), today=today).id
    other = AP.register_application(db, comp, _app(ids["c"], "Ыр", 1_000_000, lot=two_lots["culture"]),
                                    today=today).id
    with db.session() as s:
        s.get(M.Competition, comp).status = E.CompetitionStatus.UNDER_REVIEW
        for a in (lead, partner, other):
            s.get(M.Application, a).status = E.ApplicationStatus.ELIGIBLE
    commission = CM.ensure_commission(db, comp)
    member = CM.add_member(db, commission, "Мүчө", "community", "chair")
    meeting = CM.create_meeting(db, commission, date(2021, 10, 22))
    view = CM.meeting_view(db, meeting)
    ref = next(a for a in view.applications if a.id == partner)
    assert ref.parties[1] == (ids["a"], "Жаштар бирикмеси") and "Жаштар бирикмеси" in ref.label
    assert ref.lot_title == "Маданият"
    declared = CM.declare_conflict_for_applicant(db, meeting, member, ids["a"], "туугандык")
    assert sorted(declared) == sorted([AP.get_application(db, x).reg_number for x in (lead, partner)])
    assert {aid for _m, aid, _n in CM.meeting_view(db, meeting).conflicts} == {lead, partner}
    _refused(db, CM.declare_conflict_for_applicant, db, meeting, member, ids["a"], key="commission.conflict_exists")
    stranger = AP.create_applicant(db, AP.ApplicantInput(kind="person", name="Бөтөн адам"))
    exc = _refused(db, CM.declare_conflict_for_applicant, db, meeting, member, stranger,
                   key="commission.applicant_not_in_meeting")
    assert "Бөтөн адам" in exc.message("ru")


# --------------------------------------------------------------------------
# Prize competitions and the organiser


@pytest.fixture
def prize_comp(db):
    """A national contest among municipalities run by a state agency: two
    nominations with prizes for places 1 and 2."""
    municipality(db)
    data = replace(CASE_A, title="Эң таза шаар", total_allocation_tyiyn=50_000_000, max_grant_tyiyn=20_000_000,
                   organiser_kind="national_body", organiser_name="ЖӨБ иштери боюнча мамлекеттик агенттик",
                   award_mode="prizes", eligible_applicants=("organisation", "legal_entity"))
    comp = C.create_competition(db, data)
    first = LT.lots_view(db, comp).lots[0].id
    LT.update_lot(db, first, "Эң таза шаар")
    second = LT.add_lot(db, comp, "Эң мыкты жаштар демилгеси")
    LT.set_prize(db, first, 1, "200 000")
    LT.set_prize(db, first, 2, 10_000_000)
    LT.set_prize(db, second, 1, 10_000_000)
    return {"competition": comp, "clean": first, "youth": second}


def test_prizes_are_set_per_nomination_and_place(db, prize_comp):
    view = LT.lots_view(db, prize_comp["competition"])
    assert view.award_mode == "prizes"
    assert [(x.title, [(p.place, p.amount_tyiyn) for p in x.prizes], x.allocation_tyiyn, x.max_grant_tyiyn)
            for x in view.lots] == [("Эң таза шаар", [(1, 20_000_000), (2, 10_000_000)], 30_000_000, 20_000_000),
                                    ("Эң мыкты жаштар демилгеси", [(1, 10_000_000)], 10_000_000, 10_000_000)]
    d = C.get_competition(db, prize_comp["competition"])
    assert (d.organiser_kind, d.organiser_name, d.award_mode) == (
        "national_body", "ЖӨБ иштери боюнча мамлекеттик агенттик", "prizes")
    assert d.as_input().organiser_name == "ЖӨБ иштери боюнча мамлекеттик агенттик"


def test_prize_refusals_change_nothing(db, prize_comp):
    clean = prize_comp["clean"]
    exc = _refused(db, LT.set_prize, db, clean, 1, 5_000_000, key="prizes.place_exists", field="place")
    assert "200 000" in exc.message("ky") and "Эң таза шаар" in exc.message("ru")
    _refused(db, LT.set_prize, db, clean, 3, 15_000_000, key="prizes.over_total")
    _refused(db, LT.set_prize, db, clean, 3, 25_000_000, key="prizes.over_max")
    _refused(db, LT.set_prize, db, clean, 0, 100, key="prizes.place")
    _refused(db, LT.set_prize, db, clean, "бир", 100, key="prizes.place")
    _refused(db, LT.set_prize, db, clean, 3, 0, key="prizes.amount")
    prize = LT.lots_view(db, prize_comp["competition"]).lots[0].prizes[1]
    LT.remove_prize(db, prize.id)
    assert LT.lots_view(db, prize_comp["competition"]).lots[0].allocation_tyiyn == 20_000_000
    LT.set_prize(db, clean, 2, 5_000_000)  # the removed row comes back
    assert [p.amount_tyiyn for p in LT.lots_view(db, prize_comp["competition"]).lots[0].prizes] == [
        20_000_000, 5_000_000]


def test_prizes_only_in_a_prize_competition(db, two_lots):
    _refused(db, LT.set_prize, db, two_lots["sport"], 1, 100, key="prizes.not_prize_competition")


def test_the_organiser_is_named_when_not_the_municipality(db):
    municipality(db)
    exc = _refused(db, C.create_competition, db, replace(CASE_B, organiser_kind="donor"),
                   key="competition.organiser_name", field="organiser_name")
    assert "организатор" in exc.message("ru")
    _refused(db, C.create_competition, db, replace(CASE_B, organiser_kind="king"), key="competition.organiser_kind")
    _refused(db, C.create_competition, db, replace(CASE_B, award_mode="lottery"), key="competition.award_mode")


def test_a_prize_competition_ranks_by_scores(db, prize_comp):
    comp = prize_comp["competition"]
    exc = _refused(db, CM.set_rules, db, comp, "vote", "more_than_half", key="competition.prizes_need_scoring")
    assert "критерий" in exc.message("ky")
    grants = C.create_competition(db, replace(CASE_B, title="Башка"))
    CM.set_rules(db, grants, "vote", "more_than_half")
    _refused(db, C.update_competition, db, grants, replace(CASE_B, title="Башка", award_mode="prizes"),
             key="competition.prizes_need_scoring")


def _prize_decision(db, prize_comp):
    """Three cities: Ош enters both nominations (two entries), Баткен and
    Нарын one each."""
    comp = prize_comp["competition"]
    C.announce_competition(db, comp, today=date(2018, 5, 10))
    who = {n: AP.create_applicant(db, AP.ApplicantInput(kind="legal_entity", name=f"{n} шаарынын мэриясы"))
           for n in ("Ош", "Баткен", "Нарын")}
    today = date(2018, 6, 1)

    def entry(city, title, lot):
        return AP.register_application(db, comp, AP.ApplicationInput(
            applicant_id=who[city], received_on=today, title=title, requested_tyiyn="", lot_id=lot), today=today).id

    apps = {"osh_clean": entry("Ош", "Таза Ош", prize_comp["clean"]),
            "batken": entry("Баткен", "Таза Баткен", prize_comp["clean"]),
            "naryn": entry("Нарын", "Таза Нарын", prize_comp["clean"]),
            "osh_youth": entry("Ош", "Ош жаштары", prize_comp["youth"])}
    with db.session() as s:
        s.get(M.Competition, comp).status = E.CompetitionStatus.UNDER_REVIEW
        for a in apps.values():
            s.get(M.Application, a).status = E.ApplicationStatus.ELIGIBLE
    commission = CM.ensure_commission(db, comp)
    member = CM.add_member(db, commission, "Төрага", "lsg_specialist", "chair")
    crit = CM.add_criterion(db, comp, "Тазалык", 10, "1,5")
    meeting = CM.create_meeting(db, commission, date(2018, 6, 20))
    CM.set_attendance(db, meeting, {member})
    CM.record_score_sheet(db, meeting, member, {(apps["osh_clean"], crit): 9, (apps["batken"], crit): 8,
                                                (apps["naryn"], crit): 6, (apps["osh_youth"], crit): 7})
    return comp, meeting, apps, who


def test_prizes_are_awarded_by_place_and_one_participant_may_win_several(db, prize_comp):
    comp, meeting, apps, _who = _prize_decision(db, prize_comp)
    lines = CM.record_decision(db, meeting)
    got = {x.application_id: (x.lot_title, x.rank, x.outcome, x.awarded_tyiyn, str(x.score)) for x in lines}
    assert got == {apps["osh_clean"]: ("Эң таза шаар", 1, "winner", 20_000_000, "13.50"),
                   apps["batken"]: ("Эң таза шаар", 2, "winner", 10_000_000, "12.00"),
                   apps["naryn"]: ("Эң таза шаар", 3, "rejected", 0, "9.00"),
                   apps["osh_youth"]: ("Эң мыкты жаштар демилгеси", 1, "winner", 10_000_000, "10.50")}
    assert AP.get_application(db, apps["osh_clean"]).requested_tyiyn == 0


def test_a_prize_entry_asks_no_amount(db, prize_comp):
    comp = prize_comp["competition"]
    C.announce_competition(db, comp, today=date(2018, 5, 10))
    city = AP.create_applicant(db, AP.ApplicantInput(kind="legal_entity", name="Ош шаарынын мэриясы"))
    exc = _refused(db, AP.register_application, db, comp, AP.ApplicationInput(
        applicant_id=city, received_on=date(2018, 6, 1), title="Таза Ош", requested_tyiyn="50 000",
        lot_id=prize_comp["clean"]), today=date(2018, 6, 1), key="application.prize_no_request")
    assert "номинац" in exc.message("ru")


# --------------------------------------------------------------------------
# Roles, sync and the audit trail


def test_every_new_service_is_refused_to_a_viewer(db, two_lots, prize_comp):
    db.actor = Actor("viewer", "viewer")
    calls = [
        lambda: LT.add_lot(db, two_lots["competition"], "Жаштар", 100, 100),
        lambda: LT.update_lot(db, two_lots["sport"], "Спорт", None, None),
        lambda: LT.remove_lot(db, two_lots["culture"]),
        lambda: LT.set_prize(db, prize_comp["clean"], 3, 100),
        lambda: LT.remove_prize(db, LT.lots_view(db, prize_comp["competition"]).lots[0].prizes[0].id),
        lambda: CM.declare_conflict_for_applicant(db, "m", "x", "y"),
    ]
    for call in calls:
        _refused(db, call, key="auth.denied")
    # a commission secretary may not change lots or prizes either
    db.actor = Actor("secretary", "secretary")
    _refused(db, LT.add_lot, db, two_lots["competition"], "Жаштар", 100, 100, key="auth.denied")
    _refused(db, LT.set_prize, db, prize_comp["clean"], 3, 100, key="auth.denied")


def test_new_rows_are_synced_and_audited(db, two_lots, prize_comp):
    from app.store.admin_models import AuditEntry
    from app.store.sync_models import ChangeEntry
    from app.sync.canonical import synced_tables

    assert {"lot", "prize", "application_partner"} <= set(synced_tables())
    comp, ids = _announce_with_apps(db, two_lots)
    reg = AP.register_application(db, comp, _app(ids["a"], "Футбол", 1_000_000, lot=two_lots["sport"],
                                                 partners=[ids["b"]]), today=date(2021, 9, 10))
    with db.reader() as s:
        partner = s.scalar(select(ApplicationPartner).where(ApplicationPartner.application_id == reg.id))
        prize = s.scalar(select(Prize).where(Prize.lot_id == prize_comp["clean"], Prize.place == 1))
        for table, row_id in (("lot", two_lots["culture"]), ("prize", prize.id),
                              ("application_partner", partner.id), ("application", reg.id)):
            assert s.scalar(select(AuditEntry).where(AuditEntry.table_name == table,
                                                     AuditEntry.row_id == row_id)) is not None, table
            assert s.scalar(select(ChangeEntry).where(ChangeEntry.table_name == table,
                                                      ChangeEntry.row_id == row_id)) is not None, table
        lot = s.get(Lot, two_lots["culture"])
        assert lot.site_id is not None and lot.deleted_at is None
