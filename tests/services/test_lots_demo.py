"""The demo's illustrative competitions of issue 15: two lots with a
consortium and its closed protocol, and a national prize contest."""
from __future__ import annotations

from sqlalchemy import select

from app.domain.money import som
from app.services import applications as AP
from app.services import browse
from app.services import commission as CM
from app.services import lots as LT
from app.store import models as M
from app.store.protocol_doc import verify_sealed


def _ids(demo_db):
    comps = {c.title: c.id for c in browse.list_competitions(demo_db)}
    lots = next(i for t, i in comps.items() if t.startswith("ИЛЛЮСТРАЦИЯ") and "эки багыт" in t)
    prizes = next(i for t, i in comps.items() if t.startswith("ИЛЛЮСТРАЦИЯ") and "республикалык" in t)
    return lots, prizes


def test_the_illustrative_competitions_come_first_and_say_so(demo_db):
    rows = browse.list_competitions(demo_db)
    # first the practice competition (МАШЫГУУ), then the two illustrations, then the real cases
    assert rows[0].title.startswith("МАШЫГУУ")
    assert [r.title.startswith("ИЛЛЮСТРАЦИЯ") for r in rows[1:3]] == [True, True]
    assert not any(r.title.startswith("ИЛЛЮСТРАЦИЯ") for r in rows[3:])


def test_two_lots_keep_their_money_and_the_consortium_wins(demo_db):
    lots, _prizes = _ids(demo_db)
    view = LT.lots_view(demo_db, lots)
    assert [(x.title, x.allocation_tyiyn) for x in view.lots] == [("Шаардын тазалыгы", som(100000)),
                                                                  ("Жаштар жана спорт", som(50000))]
    meeting = CM.commission_view(demo_db, lots).meetings[0]
    assert meeting.status == "closed"
    m = CM.meeting_view(demo_db, meeting.id)
    got = {a.title: (rank, outcome, awarded) for a in m.applications
           for aid, rank, outcome, awarded, _w in m.decisions if aid == a.id}
    assert got == {"Таза көчөлөр — таза шаар (иллюстрация)": (1, "winner", som(100000)),
                   "Жашыл короолор (иллюстрация)": (2, "reserve", 0),
                   "Жаштар спорт аянтчасында (иллюстрация)": (1, "winner", som(50000)),
                   "Кышкы футбол лигасы (иллюстрация)": (2, "reserve", 0)}
    consortium = next(a for a in m.applications if a.title.startswith("Таза көчөлөр"))
    assert [n for _i, n in consortium.parties] == ["«Таза шаар» коомдук бирикмеси (иллюстрация)",
                                                   "Самаркандек райондук аймактык ден соолук комитети"]
    assert any(aid == consortium.id for _m, aid, _n in m.conflicts)
    # the partner won in 2018: the already-funded check sees it
    funded = AP.get_application(demo_db, consortium.id).already_funded
    assert [(f.applicant_name, f.reg_number, f.awarded_tyiyn) for f in funded] == [
        ("Самаркандек райондук аймактык ден соолук комитети", "МСЗ-2018/001", som(50000))]
    with demo_db.reader() as s:
        meeting_row = s.get(M.Meeting, meeting.id)
        check = verify_sealed(s, meeting.id)
        assert check.ok and check.seal == meeting_row.content_hash
        doc = check.document   # the sealed document (version 3) carries what issue 15 prints
        assert doc["version"] == 3
        assert [(x["title"], x["allocation_tyiyn"]) for x in doc["lots"]] == [("Шаардын тазалыгы", som(100000)),
                                                                              ("Жаштар жана спорт", som(50000))]
        entry = next(a for a in doc["applications"] if a["id"] == consortium.id)
        assert entry["partners"] == ["Самаркандек райондук аймактык ден соолук комитети"]
        assert entry["lot"] == doc["lots"][0]["id"]
        assert [c["weight"] for c in doc["criteria"]] == ["2", "1", "1.5"]


def test_the_prize_contest_gives_two_prizes_to_one_city(demo_db):
    _lots, prizes = _ids(demo_db)
    detail = AP.list_register(demo_db, prizes)
    assert {r.requested_tyiyn for r in detail.rows} == {0}
    meeting = CM.commission_view(demo_db, prizes).meetings[0]
    lines = CM.meeting_view(demo_db, meeting.id)
    awarded = {}
    apps = {a.id: a for a in lines.applications}
    with demo_db.reader() as s:
        for aid, _rank, _outcome, amount, _w in lines.decisions:
            lead = s.get(M.Applicant, s.get(M.Application, aid).applicant_id).name
            awarded[lead] = awarded.get(lead, 0) + amount
        comp = s.get(M.Competition, prizes)
        assert comp.organiser_name.startswith("ЖӨБ иштери боюнча мамлекеттик агенттик")
    assert awarded == {"Кара-Балта шаарынын мэриясы": som(450000), "Баткен шаарынын мэриясы": som(200000),
                       "А. Орозбеков айыл өкмөтү": 0}
    assert sum(a.requested_tyiyn for a in apps.values()) == 0
