"""The demo database's registers hold the real examples of cases B, C and A,
and mark every invented detail as illustrative."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.money import som
from app.services import competitions as C
from app.services import hearings as H
from app.services import local_budgets as LB
from app.services import needs as N
from app.services import programs as PS
from app.services import resolutions as RS
from app.store import models as M
from app.store import register_models as RM


def _by_number(db, number):
    return next(r for r in RS.list_resolutions(db) if r.number == number)


def test_resolution_05_of_kara_balta(demo_db):
    r = RS.get_resolution(demo_db, _by_number(demo_db, "05").id, today=date(2026, 12, 2))
    assert (r.body_kind, r.body_name, r.adopted_on, r.normative) == (
        "city_council", "Кара-Балта шаардык кеңеши", date(2023, 2, 16), True)
    assert "бюджет, муниципалдык менчик, турак жай-коммуналдык чарба жана инвестициялар" in r.control_commission.lower()
    assert "М. Р. Джекшенов" in r.control_official
    assert len(r.distribution) == 5 and "МС и ММБ" in r.distribution and "МИ «Универсал»" in r.distribution
    texts = " ".join(p.text for p in r.points)
    assert "Чүй–Бишкек шаардык юстиция башкармалыгына" in texts and "бирдиктүү мамлекеттик реестрине" in texts
    assert "иш-чаралардын планы" in texts and "2023-жылы ишке ашыруу" in texts
    assert "Иллюстрация" in r.note
    program = next(x for x in r.links if x.relation == "basis")
    assert program.target_kind == "program" and "Кара-Балта" in program.title
    p = PS.get_program(demo_db, program.target_id)
    assert (p.resolution_number, p.resolution_date) == ("05", date(2023, 2, 16))
    states = {p.number: p.state for p in r.points}
    assert states[3] == "overdue" and states[4] == "done"


def test_resolution_226_is_the_basis_of_the_local_initiatives_competition(demo_db):
    r = RS.get_resolution(demo_db, _by_number(demo_db, "226").id)
    assert (r.body_kind, r.body_name, r.adopted_on) == ("ayil_kenesh", "А. Орозбеков айылдык кеңеши",
                                                         date(2020, 12, 28))
    assert "№01-18/84" in r.points[0].text and "2019-жылдын 5-сентябрындагы" in r.points[0].text
    assert ("approves", "regulation", "Жергиликтүү демилгелер жөнүндө жобо") in {
        (x.relation, x.target_kind, x.title) for x in r.links}
    comp_id = next(x.target_id for x in r.links if x.relation == "basis")
    comp = C.get_competition(demo_db, comp_id)
    assert comp.kind == "jd" and comp.resolution_id == r.id
    assert (comp.legal_doc_number, comp.legal_doc_date) == ("226", date(2020, 12, 28))
    assert all("иллюстрация" in x.lower() for x in (r.control_commission, r.control_official, r.note))


def test_the_2021_budget_gives_23_000_som_to_local_initiatives(demo_db):
    row = next(b for b in LB.list_budgets(demo_db) if b.year == 2021)
    d = LB.get_budget(demo_db, row.id)
    assert d.municipality == "А. Орозбеков айыл аймагы"
    jd = d.allocations[0]
    assert (jd.kind, jd.amount_tyiyn) == ("local_initiatives", som(23_000))
    assert [c.title for c in jd.competitions] == ["Жергиликтүү демилгелердин сынагы 2021"]
    assert jd.competitions_tyiyn == som(23_000) == jd.amount_tyiyn
    assert d.reserve_fund_tyiyn <= d.limit_tyiyn and d.decided_tyiyn <= d.reserve_fund_tyiyn
    assert d.warnings == () and "Иллюстрация" in d.note
    kara_balta = {b.year: b.social_order_tyiyn for b in LB.list_budgets(demo_db) if b.municipality == "Кара-Балта шаары"}
    assert kara_balta == {2022: som(400_000), 2023: som(550_000)}
    assert all(b.warnings == 0 for b in LB.list_budgets(demo_db))


def test_a_budget_hearing_with_answered_proposals(demo_db):
    [row] = H.list_hearings(demo_db)
    h = H.get_hearing(demo_db, row.id)
    assert h.kind == "budget_draft" and h.held_on == date(2020, 12, 4) and h.notice_on < h.held_on
    assert h.participants == 85 and "Иллюстрация" in h.note
    assert h.counts == {"pending": 0, "accepted": 1, "partly": 1, "rejected": 1}
    accepted = h.proposals[0]
    assert "226" in accepted.included and "Жергиликтүү демилгелер" in accepted.included
    assert h.proposals[2].need_id is not None


def test_needs_linked_to_the_batken_theme(demo_db):
    rows = N.list_needs(demo_db)
    batken = [r for r in rows if r.municipality == "Баткен шаары"]
    assert len(batken) == 4
    addressed = [r for r in batken if r.status == "addressed"]
    assert len(addressed) == 3 and {r.answered_by for r in addressed} == {
        "2018 — Мамлекеттик социалдык заказ 2018: шаардын тазалыгы"}
    with demo_db.reader() as s:
        comp = s.scalars(select(M.Competition).join(M.Municipality).where(
            M.Competition.kind == "msz", M.Municipality.name == "Баткен шаары",
            ~M.Competition.title.startswith("ИЛЛЮСТРАЦИЯ"))).one()
        assert comp.theme == "Баткен шаарынын калкынын тазалыкка болгон көз карашын өзгөртүү"
        assert all("Иллюстрация" in n.note for n in s.scalars(select(RM.Need)))
    assert {r.source for r in rows} == {"survey", "letter", "meeting", "online", "hearing"}


def test_the_control_list_shows_the_overdue_point(demo_db):
    rows = RS.list_control(demo_db, today=date(2026, 12, 2))
    assert [(r.state, r.due_on) for r in rows] == [("overdue", date(2023, 12, 31))]
    assert "Джекшенов" in rows[0].controller
