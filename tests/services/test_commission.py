"""The commission from meeting to closed protocol, on a real database file."""
from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain import enums as E
from app.domain.money import som
from app.services import commission as C
from app.services.errors import ServiceError, ValidationError
from app.store.protocol_doc import verify_sealed
from app.store import models as M
from app.store.db import Actor


def _dump(db) -> str:
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for (t,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            for row in conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1'):
                h.update(repr((t, tuple(row))).encode())
    return h.hexdigest()


@pytest.fixture
def setup(db):
    """A ЖД competition with 5 members, 3 eligible applications and 2 criteria."""
    with db.session() as s:
        mun = M.Municipality(name="А. Орозбеков айыл аймагы", kind=E.MunicipalityKind.AYIL_AIMAK)
        s.add(mun)
        s.flush()
        comp = M.Competition(municipality_id=mun.id, kind=E.CompetitionKind.JD, year=2021, title="ЖД 2021",
                             total_allocation_tyiyn=som(23000), max_grant_tyiyn=som(12000),
                             status=E.CompetitionStatus.UNDER_REVIEW, tie_rule="earlier_registration")
        s.add(comp)
        s.flush()
        crits = [M.ScoringCriterion(competition_id=comp.id, name=n, max_points=10, weight=Decimal(w), position=i)
                 for i, (n, w) in enumerate([("Артыкчылык", "1"), ("Бюджет", "2")])]
        s.add_all(crits)
        apps = []
        for i, (name, req) in enumerate([("Атам, апам жана мен", 12000), ("Жомокко саякат", 11000),
                                         ("Китепкана", 10000)], start=1):
            who = M.Applicant(kind=E.ApplicantKind.PERSON, name=f"Демилгечи {i}")
            s.add(who)
            s.flush()
            a = M.Application(competition_id=comp.id, applicant_id=who.id, reg_seq=i, reg_number=f"ЖД-2021/{i:03d}",
                              received_on=date(2021, 10, i), title=name, requested_tyiyn=som(req),
                              status=E.ApplicationStatus.ELIGIBLE)
            s.add(a)
            apps.append(a)
        s.flush()
        ids = dict(competition=comp.id, apps=[a.id for a in apps], crits=[c.id for c in crits])
    commission = C.ensure_commission(db, ids["competition"])
    roles = [("chair", "council_deputy"), ("secretary", "lsg_specialist"), ("member", "community"),
             ("member", "community"), ("member", "council_deputy")]
    ids["members"] = [C.add_member(db, commission, f"Мүчө {i}", cat, role) for i, (role, cat) in enumerate(roles)]
    ids["commission"] = commission
    ids["meeting"] = C.create_meeting(db, commission, date(2021, 10, 22), "Айыл өкмөтү")
    return ids


def _score_all(db, ids, table):
    """table[app_index] = points for each of the two criteria, same for every present member."""
    present = [m for m in ids["members"]]
    for m in present:
        sheet = {}
        for ai, pts in table.items():
            for ci, p in enumerate(pts):
                sheet[(ids["apps"][ai], ids["crits"][ci])] = p
        C.record_score_sheet(db, ids["meeting"], m, sheet)


def test_no_decision_without_quorum_and_the_message_counts(db, setup):
    C.set_attendance(db, setup["meeting"], set(setup["members"][:2]))
    with pytest.raises(ServiceError) as err:
        C.record_decision(db, setup["meeting"])
    assert err.value.key == "commission.no_quorum" and err.value.params == {"present": 2, "needed": 3}
    assert "2" in err.value.message("ru") and "3" in err.value.message("ru")


def test_scoring_decision_with_budget_cut_off(db, setup):
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 9], 2: [7, 7]})
    lines = C.record_decision(db, setup["meeting"])
    got = [(l.reg_number, l.outcome, l.awarded_tyiyn) for l in lines]
    assert got == [("ЖД-2021/001", "winner", som(12000)), ("ЖД-2021/002", "winner", som(11000)),
                   ("ЖД-2021/003", "reserve", 0)]
    assert lines[0].score == Decimal("27.00")


def test_conflict_recusal_changes_the_mean_and_the_quorum(db, setup):
    m = setup["members"]
    C.set_attendance(db, setup["meeting"], set(m))
    _score_all(db, setup, {0: [5, 5], 1: [5, 5], 2: [5, 5]})
    C.record_score_sheet(db, setup["meeting"], m[4], {(setup["apps"][0], setup["crits"][0]): 10,
                                                     (setup["apps"][0], setup["crits"][1]): 10})
    before = C.preview_decision(db, setup["meeting"])[0]
    C.declare_conflict(db, setup["meeting"], m[4], setup["apps"][0], "туугандык байланыш")
    after = {l.reg_number: l for l in C.preview_decision(db, setup["meeting"])}["ЖД-2021/001"]
    assert before.score == Decimal("18.00") and after.score == Decimal("15.00")  # the high sheet is gone
    q = C.quorum(db, setup["meeting"], setup["apps"][0])
    assert (q.members, q.present, q.needed) == (4, 4, 3)
    with pytest.raises(ServiceError) as err:
        C.record_vote(db, setup["meeting"], m[4], setup["apps"][0], "for")
    assert err.value.key == "commission.conflicted"


def test_double_entry_mismatch_saves_nothing(db, setup):
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    first = {(setup["apps"][0], setup["crits"][0]): 7, (setup["apps"][0], setup["crits"][1]): 8}
    second = dict(first)
    second[(setup["apps"][0], setup["crits"][1])] = 3
    before = _dump(db)
    with pytest.raises(ServiceError) as err:
        C.record_score_sheet(db, setup["meeting"], setup["members"][0], first, check=second)
    assert err.value.params == {"count": 1} and _dump(db) == before
    C.record_score_sheet(db, setup["meeting"], setup["members"][0], first, check=dict(first))


def test_points_out_of_range_refused(db, setup):
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    before = _dump(db)
    with pytest.raises(ValidationError):
        C.record_score_sheet(db, setup["meeting"], setup["members"][0], {(setup["apps"][0], setup["crits"][0]): 11})
    assert _dump(db) == before


def test_manual_order_needs_a_justification(db, setup):
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 9], 2: [7, 7]})
    order = [setup["apps"][2], setup["apps"][0], setup["apps"][1]]
    with pytest.raises(ValidationError):
        C.record_decision(db, setup["meeting"], manual_order=order)
    lines = C.record_decision(db, setup["meeting"], manual_order=order, justification="Китепкана биринчи кезекте")
    assert lines[0].reg_number == "ЖД-2021/003"


def test_closed_protocol_refused_by_services_and_by_the_database(db, setup):
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 9], 2: [7, 7]})
    C.record_decision(db, setup["meeting"])
    db.actor = Actor("specialist", "specialist")
    with pytest.raises(ServiceError) as err:
        C.close_protocol(db, setup["meeting"])
    assert err.value.key == "auth.denied"
    db.actor = Actor("secretary", "secretary")
    digest = C.close_protocol(db, setup["meeting"])
    with db.reader() as s:
        assert digest == verify_sealed(s, setup["meeting"]).seal and verify_sealed(s, setup["meeting"]).ok
    before = _dump(db)
    for action in (lambda: C.set_attendance(db, setup["meeting"], set()),
                   lambda: C.record_vote(db, setup["meeting"], setup["members"][0], setup["apps"][0], "against"),
                   lambda: C.record_decision(db, setup["meeting"]),
                   lambda: C.declare_conflict(db, setup["meeting"], setup["members"][0], setup["apps"][0])):
        with pytest.raises(ServiceError) as err:
            action()
        assert err.value.key == "commission.closed"
    assert _dump(db) == before
    # past the services: the database itself refuses
    for sql in ("UPDATE score SET points = 0",
                "DELETE FROM decision",
                "UPDATE meeting SET status = 'open'",
                "UPDATE attendance SET present = 0",
                f"INSERT INTO vote (id, meeting_id, member_id, application_id, choice, created_at, updated_at) "
                f"VALUES ('x', '{setup['meeting']}', '{setup['members'][0]}', '{setup['apps'][0]}', 'for', "
                f"'2026-01-01', '2026-01-01')"):
        conn = sqlite3.connect(db.path)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql)
        conn.close()
    assert _dump(db) == before
    # corrections go into an amending protocol with the next number
    amending = C.amend_protocol(db, setup["meeting"], date(2021, 10, 29))
    with db.reader() as s:
        new = s.get(M.Meeting, amending)
        assert (new.number, new.amends_meeting_id) == (2, setup["meeting"])


def test_demo_protocols_are_frozen(demo_db):
    with demo_db.reader() as s:
        meeting_id = s.scalars(select(M.Meeting.id)).first()
    with pytest.raises(ServiceError):
        C.set_attendance(demo_db, meeting_id, set())
    with pytest.raises(IntegrityError):
        with demo_db.session() as s:
            s.get(M.Meeting, meeting_id).place = "Башка жер"


def test_rules_and_criteria_are_set_and_locked_after_closing(db, setup):
    comp = setup["competition"]
    view = C.commission_view(db, comp)
    assert len(view.members) == 5 and view.rules.tie_rule == "earlier_registration" and not view.locked
    before = _dump(db)
    for bad in (dict(quorum_rule="fixed", quorum_fixed=None), dict(min_score="-1"), dict(tie_rule="coin"),
                dict(decision_method="lottery")):
        args = dict(decision_method="scoring", quorum_rule="more_than_half", tie_rule="chair") | bad
        with pytest.raises(ServiceError):
            C.set_rules(db, comp, **args)
    with pytest.raises(ServiceError):
        C.add_criterion(db, comp, "Жаңы", 10, "0")
    assert _dump(db) == before
    C.set_rules(db, comp, "scoring", "two_thirds", tie_rule="cofinancing", min_score="7,5", min_members=7)
    view = C.commission_view(db, comp)
    assert (view.rules.quorum_rule, view.rules.min_score, view.rules.min_members) == ("two_thirds", Decimal("7.5"), 7)
    assert [w.code for w in view.warnings] == ["too_few"]
    assert "7" in C.warning_text(view.warnings[0], "ru") and "5" in C.warning_text(view.warnings[0], "ru")
    cid = C.add_criterion(db, comp, "Туруктуулук", 5, "1,5")
    C.update_criterion(db, cid, "Туруктуулугу", 5, "2")
    assert [(k.name, k.weight) for k in C.commission_view(db, comp).criteria][-1] == ("Туруктуулугу", Decimal(2))
    C.remove_criterion(db, cid)
    C.set_rules(db, comp, "scoring", "more_than_half", tie_rule="earlier_registration")
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 8], 2: [5, 5]})
    with pytest.raises(ServiceError) as err:  # scores are entered: the criteria stay
        C.add_criterion(db, comp, "Кеч", 10, 1)
    assert err.value.key == "commission.criteria_locked"
    C.record_decision(db, setup["meeting"])
    C.close_protocol(db, setup["meeting"])
    before = _dump(db)
    with pytest.raises(ServiceError) as err:
        C.set_rules(db, comp, "vote", "more_than_half")
    assert err.value.key == "commission.rules_locked"
    assert _dump(db) == before
    mv = C.meeting_view(db, setup["meeting"])
    assert mv.closed and len(mv.decisions) == 3 and mv.quorum.ok and len(mv.present) == 5


def test_member_added_after_the_meeting_can_attend(db, setup):
    late = C.add_member(db, setup["commission"], "Кечиккен Мүчө", "community", "member")
    C.set_attendance(db, setup["meeting"], {late, *setup["members"][:3]})
    assert C.quorum(db, setup["meeting"]).present == 4
    C.update_member(db, late, "Кечиккен Мүчө уулу", "civil_society", "member", "Жаштар кеңеши")
    assert [m.full_name for m in C.commission_view(db, setup["competition"]).members][-1] == "Кечиккен Мүчө уулу"


def test_a_conflict_declared_twice_is_refused_with_a_message(db, setup):
    C.declare_conflict(db, setup["meeting"], setup["members"][4], setup["apps"][2], "Тууганы")
    before = _dump(db)
    with pytest.raises(ServiceError) as err:
        C.declare_conflict(db, setup["meeting"], setup["members"][4], setup["apps"][2])
    assert err.value.key == "commission.conflict_exists" and "Мүчө 4" in err.value.message("ky")
    assert _dump(db) == before


def test_member_removed_unless_in_a_closed_protocol(db, setup):
    extra = C.add_member(db, setup["commission"], "Ката Мүчө", "community", "member")
    C.remove_member(db, extra)
    assert len(C.commission_view(db, setup["competition"]).members) == 5
    C.set_attendance(db, setup["meeting"], set(setup["members"]))
    _score_all(db, setup, {0: [9, 9], 1: [8, 8], 2: [5, 5]})
    C.record_decision(db, setup["meeting"])
    C.close_protocol(db, setup["meeting"])
    before = _dump(db)
    with pytest.raises(ServiceError) as err:
        C.remove_member(db, setup["members"][0])
    assert err.value.key == "commission.member_in_protocol"
    assert _dump(db) == before


def test_on_the_demo_a_chair_holds_an_amending_meeting_to_the_end(demo_db):
    """The demo's protocols are closed; a correction is a new, amending
    meeting that goes from attendance to a closed protocol of its own."""
    from app.services.listing import id_listing

    first = next(r[0] for r in id_listing(demo_db, "meetings") if "2021" in r[1])
    old_hash = C.meeting_view(demo_db, first).content_hash
    new = C.amend_protocol(demo_db, first, date(2021, 10, 29), "Айыл өкмөтү", "№ 1 протоколду толуктоо")
    mv = C.meeting_view(demo_db, new)
    assert mv.number == 2 and not mv.closed
    members = [m.id for m in mv.members]
    C.set_attendance(demo_db, new, set(members[:4]))
    C.declare_conflict(demo_db, new, members[3], mv.applications[2].id, "Тууганы")
    for m in members[:4]:
        sheet = {(a.id, k.id): (9 if i == 0 else 8 if i == 1 else 6)
                 for i, a in enumerate(mv.applications) for k in mv.criteria
                 if not (m == members[3] and a.id == mv.applications[2].id)}
        C.record_score_sheet(demo_db, new, m, sheet)
    lines = C.record_decision(demo_db, new)
    assert [x.outcome for x in lines] == ["winner", "winner", "reserve"]
    assert sum(x.awarded_tyiyn for x in lines) == 2300000
    C.close_protocol(demo_db, new)
    assert C.meeting_view(demo_db, first).content_hash == old_hash  # the amended protocol is untouched
