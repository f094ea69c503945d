"""Public hearings and the needs register on a real database file:
attendance part <= whole (the events' rule), answers to proposals, needs
and what answered them, a competition started from needs; refusals change
nothing; roles."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.participants import builtin_category_id as cat
from app.services import competitions as C
from app.services import hearings as H
from app.services import local_budgets as LB
from app.services import needs as N
from app.services import resolutions as RS
from app.services.errors import ServiceError, ValidationError
from app.store.db import Actor
from tests.services.registers_data import RES_226, municipality, snapshot

TODAY = date(2026, 12, 2)
HEARING = H.HearingInput(kind="budget_draft", title="2021-жылдын жергиликтүү бюджетинин долбоору боюнча коомдук угуу",
                         notice_on="20.11.2020", notice_channel="Айыл өкмөтүнүн тактасы, WhatsApp тобу",
                         held_on="04.12.2020", place="А. Орозбеков айыл өкмөтүнүн жыйындар залы")


@pytest.fixture
def mun(db):
    return municipality(db)


def test_hearing_with_attendance_proposals_and_answers(db, mun):
    hid = H.create_hearing(db, HEARING)
    H.set_attendance(db, hid, {cat("men"): 31, cat("women"): 42, cat("persons_disabilities"): 3})
    p1 = H.add_proposal(db, hid, H.ProposalInput("Жаштар", "Жергиликтүү демилгелерге бюджеттен каражат бөлүү"))
    p2 = H.add_proposal(db, hid, H.ProposalInput("Ата-энелер", "Бала бакчанын чатырын оңдоо"))
    H.add_proposal(db, hid, H.ProposalInput("", "Көчө жарыгы"))
    r226 = RS.create_resolution(db, RES_226)
    bid = LB.create_budget(db, LB.BudgetInput(2021, "12 400 000", "150 000", "120 000"))
    aid = LB.add_allocation(db, bid, LB.AllocationInput("local_initiatives", "Жергиликтүү демилгелер", "23 000"))
    H.answer_proposal(db, p1, H.AnswerInput("accepted", "2021-жылдын бюджетине 23 000 сом киргизилди",
                                            included_resolution_id=r226, included_allocation_id=aid))
    H.answer_proposal(db, p2, H.AnswerInput("rejected", "Каражат жетишсиз; 2022-жылы каралат"))
    d = H.get_hearing(db, hid)
    assert d.participants == 73
    counts = {c.id: c.count for c in d.attendance}
    assert counts[cat("men")] == 31 and counts[cat("children")] is None
    assert d.counts == {"pending": 1, "accepted": 1, "partly": 0, "rejected": 1}
    assert "226" in d.proposals[0].included and "Жергиликтүү демилгелер" in d.proposals[0].included
    row = H.list_hearings(db)[0]
    assert (row.participants, row.proposals, row.answered) == (73, 3, 2)
    assert ("proposal", "hearing", hid) in {(x.relation, x.target_kind, x.target_id)
                                            for x in RS.get_resolution(db, r226).links}
    assert H.list_hearings(db, "бюджетинин") and H.list_hearings(db, "тариф") == []


def test_attendance_part_larger_than_its_whole_is_refused_naming_both(db, mun):
    hid = H.create_hearing(db, HEARING)
    H.set_attendance(db, hid, {cat("children"): 20, cat("girls"): 10})
    before = snapshot(db)
    with pytest.raises(ServiceError) as err:
        H.set_attendance(db, hid, {cat("girls"): 25}, lang="ru")
    assert err.value.key == "hearing.part_exceeds"
    text = err.value.message("ru")
    assert "Девочки" in text and "25" in text and "Дети" in text and "20" in text
    with pytest.raises(ServiceError) as err:
        H.set_attendance(db, hid, {cat("boys"): 11})          # 11 + 10 > 20
    assert err.value.key == "hearing.parts_sum_exceeds"
    with pytest.raises(ValidationError):
        H.set_attendance(db, hid, {cat("men"): "-3"})
    assert snapshot(db) == before
    H.set_attendance(db, hid, {cat("girls"): None, cat("boys"): 11})
    assert {c.id: c.count for c in H.get_hearing(db, hid).attendance}[cat("girls")] is None


@pytest.mark.parametrize("change,field,key", [
    (dict(title=""), "title", "input.required"),
    (dict(held_on=""), "held_on", "input.required"),
    (dict(notice_on="05.12.2020"), "notice_on", "reg.notice_after_hearing"),
    (dict(kind="referendum"), "kind", "registers.choice"),
])
def test_bad_hearing_is_refused(db, mun, change, field, key):
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        H.create_hearing(db, replace(HEARING, **change))
    assert err.value.errors[field].key == key
    assert snapshot(db) == before


def test_answer_rules(db, mun):
    hid = H.create_hearing(db, HEARING)
    pid = H.add_proposal(db, hid, H.ProposalInput("Жаштар", "Спорт аянтчасы"))
    r226 = RS.create_resolution(db, RES_226)
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        H.answer_proposal(db, pid, H.AnswerInput("rejected", ""))
    assert err.value.errors["answer"].key == "reg.rejected_needs_reason"
    with pytest.raises(ValidationError) as err:
        H.answer_proposal(db, pid, H.AnswerInput("rejected", "Жок", included_resolution_id=r226))
    assert err.value.errors["included_resolution_id"].key == "reg.inclusion_needs_acceptance"
    with pytest.raises(ValidationError) as err:
        H.answer_proposal(db, pid, H.AnswerInput("pending", "Жооп"))
    assert err.value.errors["status"].key == "reg.answer_needs_status"
    assert snapshot(db) == before
    H.answer_proposal(db, pid, H.AnswerInput("partly", "", included_note="Программанын 1-приоритети"))
    assert H.get_hearing(db, hid).proposals[0].included == "Программанын 1-приоритети"


def test_a_proposal_goes_on_to_the_needs_register(db, mun):
    hid = H.create_hearing(db, HEARING)
    pid = H.add_proposal(db, hid, H.ProposalInput("Жаштар", "Спорт аянтчасы керек"))
    nid = H.proposal_to_need(db, pid, village="Кара-Дөбө")
    n = N.get_need(db, nid)
    assert (n.source, n.received_on, n.village, n.group_concerned, n.problem, n.hearing_id) == (
        "hearing", date(2020, 12, 4), "Кара-Дөбө", "Жаштар", "Спорт аянтчасы керек", hid)
    assert H.get_hearing(db, hid).proposals[0].need_id == nid
    with pytest.raises(ValidationError):
        H.proposal_to_need(db, pid)
    with pytest.raises(ServiceError) as err:
        H.remove_proposal(db, pid)
    assert err.value.key == "hearing.proposal_in_use"
    with pytest.raises(ServiceError) as err:
        H.remove_hearing(db, hid)
    assert err.value.key == "hearing.in_use"
    N.remove_need(db, nid)
    H.remove_hearing(db, hid)
    assert H.list_hearings(db) == []


NEED = N.NeedInput(source="survey", received_on="15.04.2018", village="Баткен", group_concerned="Мектеп окуучулары",
                   problem="Көчөлөрдө таштанды көп, калк тазалыкка кайдыгер",
                   proposal="Тазалык боюнча маалыматтык кампания жана сынак")


def test_needs_register_and_answers(db, mun):
    nid = N.create_need(db, NEED, today=TODAY)
    assert [r.problem for r in N.list_needs(db)] == [NEED.problem]
    before = snapshot(db)
    for change, field, key in [(dict(problem=""), "problem", "input.required"),
                               (dict(received_on="01.01.2027"), "received_on", "need.in_future"),
                               (dict(source="pigeon"), "source", "registers.choice")]:
        with pytest.raises(ValidationError) as err:
            N.create_need(db, replace(NEED, **change), today=TODAY)
        assert err.value.errors[field].key == key
    assert snapshot(db) == before
    hid = H.create_hearing(db, HEARING)
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        N.create_need(db, replace(NEED, hearing_id=hid), today=TODAY)      # a survey is not a hearing
    assert err.value.errors["hearing_id"].key == "reg.hearing_only_for_hearing_source"
    with pytest.raises(ValidationError) as err:
        N.answer_need(db, nid, N.NeedAnswer("addressed", ""))
    assert err.value.errors["competition_id"].key == "reg.addressed_needs_link"
    with pytest.raises(ValidationError) as err:
        N.answer_need(db, nid, N.NeedAnswer("declined", " "))
    assert err.value.errors["answer"].key == "reg.declined_needs_answer"
    assert snapshot(db) == before
    comp = C.create_competition(db, C.CompetitionInput(kind="msz", year=2018, title="МСЗ 2018"))
    N.answer_need(db, nid, N.NeedAnswer("addressed", "Сынактын темасы болду", competition_id=comp))
    row = N.list_needs(db)[0]
    assert row.status == "addressed" and row.answered_by == "2018 — МСЗ 2018"
    assert N.list_needs(db, "таштанды") and N.list_needs(db, "суу") == []


def test_a_competition_starts_from_selected_needs(db, mun):
    a = N.create_need(db, NEED, today=TODAY)
    b = N.create_need(db, replace(NEED, village="Кызыл-Топу", group_concerned="Квартал тургундары",
                                  problem="Базарда таштанды", proposal="Базарда тазалык акциясы"), today=TODAY)
    draft = N.draft_from_needs(db, [a, b], today=TODAY)
    assert draft.theme == "Тазалык боюнча маалыматтык кампания жана сынак\nБазарда тазалык акциясы"
    assert draft.priority_areas == "Мектеп окуучулары\nКвартал тургундары" and draft.year == 2026
    before = snapshot(db)
    with pytest.raises(ValidationError):                 # the title is still missing: nothing saved
        N.create_competition_from_needs(db, [a, b], draft)
    with pytest.raises(ValidationError) as err:
        N.create_competition_from_needs(db, [], replace(draft, title="X"))
    assert err.value.errors[""].key == "need.none_chosen"
    assert snapshot(db) == before
    cid = N.create_competition_from_needs(db, [a, b], replace(draft, kind="msz", title="Тазалык 2026"))
    d = C.get_competition(db, cid)
    assert d.status == "draft" and d.theme == draft.theme and len(d.criteria) == 4
    assert {r.status for r in N.list_needs(db)} == {"addressed"}
    assert {N.get_need(db, x).competition_id for x in (a, b)} == {cid}
    other = municipality(db, "Кара-Балта шаары", "city")
    c = N.create_need(db, replace(NEED, municipality_id=other), today=TODAY)
    with pytest.raises(ValidationError) as err:
        N.draft_from_needs(db, [a, c])
    assert err.value.errors[""].key == "need.mixed_municipalities"


def test_starting_a_competition_from_needs_needs_both_rights(db, mun):
    a = N.create_need(db, NEED, today=TODAY)
    draft = replace(N.draft_from_needs(db, [a], today=TODAY), title="Тазалык")
    before = snapshot(db)
    for role in ("viewer", "secretary"):
        db.actor = Actor("x", role)
        with pytest.raises(ServiceError) as err:
            N.create_competition_from_needs(db, [a], draft)
        assert err.value.key == "auth.denied"
    assert snapshot(db) == before


CHANGES = [
    ("create_hearing", lambda db, ids: H.create_hearing(db, HEARING)),
    ("update_hearing", lambda db, ids: H.update_hearing(db, ids["h"], replace(HEARING, title="X"))),
    ("remove_hearing", lambda db, ids: H.remove_hearing(db, ids["h"])),
    ("set_attendance", lambda db, ids: H.set_attendance(db, ids["h"], {cat("men"): 5})),
    ("add_proposal", lambda db, ids: H.add_proposal(db, ids["h"], H.ProposalInput("", "X"))),
    ("update_proposal", lambda db, ids: H.update_proposal(db, ids["p"], H.ProposalInput("", "X"))),
    ("answer_proposal", lambda db, ids: H.answer_proposal(db, ids["p"], H.AnswerInput("accepted", "ok"))),
    ("remove_proposal", lambda db, ids: H.remove_proposal(db, ids["p"])),
    ("proposal_to_need", lambda db, ids: H.proposal_to_need(db, ids["p"])),
    ("create_need", lambda db, ids: N.create_need(db, NEED, today=TODAY)),
    ("update_need", lambda db, ids: N.update_need(db, ids["n"], replace(NEED, village="X"), today=TODAY)),
    ("remove_need", lambda db, ids: N.remove_need(db, ids["n"])),
    ("answer_need", lambda db, ids: N.answer_need(db, ids["n"], N.NeedAnswer("considered", ""))),
]


@pytest.mark.parametrize("role", ["viewer", "chair"])
@pytest.mark.parametrize("name,action", CHANGES, ids=[c[0] for c in CHANGES])
def test_roles_without_the_right_are_refused(db, mun, role, name, action):
    h = H.create_hearing(db, HEARING)
    ids = {"h": h, "p": H.add_proposal(db, h, H.ProposalInput("Жаштар", "Аянтча")),
           "n": N.create_need(db, NEED, today=TODAY)}
    before = snapshot(db)
    db.actor = Actor("someone", role)
    with pytest.raises(ServiceError) as err:
        action(db, ids)
    assert err.value.key == "auth.denied"
    assert snapshot(db) == before
    assert H.list_hearings(db) and N.list_needs(db)
