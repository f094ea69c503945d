"""Applicants, applications, numbering, eligibility and attachments."""
from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from datetime import date

import pytest

from app import paths
from app.services import applications as AP
from app.services import competitions as C
from app.services.errors import ServiceError, ValidationError
from app.store.db import open_database
from tests.competition_data import CASE_A, CASE_B, KOZHONOVA, KULNAZAROVA, case_b, dump, municipality, winner_1


@pytest.fixture
def b(db):
    return case_b(db)


def refused(db, fn, *args, **kwargs) -> ServiceError:
    before = dump(db)
    with pytest.raises(ServiceError) as info:
        fn(*args, **kwargs)
    assert dump(db) == before
    return info.value


# --------------------------------------------------------------------------
# Applicants


def test_suggestions_find_the_same_name_and_near_misses(db, b):
    exact = AP.suggest_applicants(db, "  кожонова   анаргүл абдиллаевна ")
    assert [(r.name, r.exact, r.applications) for r in exact] == [("Кожонова Анаргүл Абдиллаевна", True, 1)]
    assert [r.name for r in AP.suggest_applicants(db, "Кожо")] == ["Кожонова Анаргүл Абдиллаевна"]
    assert [r.name for r in AP.suggest_applicants(db, "райма кулназарова")] == ["Кулназарова Райма Эркиновна"]
    typo = AP.suggest_applicants(db, "Кожонова Анаргул Абдиллаевна")    # у for ү
    assert [(r.name, r.exact) for r in typo] == [("Кожонова Анаргүл Абдиллаевна", False)]
    assert AP.suggest_applicants(db, "Асанов") == [] and AP.suggest_applicants(db, "К") == []


def test_a_duplicate_applicant_is_refused_unless_a_namesake(db, b):
    err = refused(db, AP.create_applicant, db, replace(KOZHONOVA, name="КОЖОНОВА  Анаргүл Абдиллаевна"))
    assert err.errors["name"].key == "applicant.exists" and "Орозбеков" in err.message("ky")
    new = AP.create_applicant(db, replace(KOZHONOVA, village="Кара-Тал"), allow_same_name=True)
    assert AP.get_applicant(db, new).village == "Кара-Тал"


def test_applicant_kinds_and_their_fields(db):
    group = AP.create_applicant(db, AP.ApplicantInput(kind="group", name="«Жаштар» демилгелүү тобу",
                                                      leader_name="Асанов Бакыт", members_count="7"))
    org = AP.create_applicant(db, AP.ApplicantInput(
        kind="organisation", name="Самаркандек райондук аймактык ден соолук комитети",
        legal_form="Коомдук бирикме", registration_number="12345-3305-ОБ"))
    assert AP.get_applicant(db, group).members_count == 7
    assert AP.get_applicant(db, org).legal_form == "Коомдук бирикме"
    err = refused(db, AP.create_applicant, db, AP.ApplicantInput(kind="group", name="Топ"))
    assert err.errors["leader_name"].key == "applicant.leader"
    err = refused(db, AP.create_applicant, db, AP.ApplicantInput(kind="group", name="Топ", leader_name="А",
                                                                 members_count="-2"))
    assert err.errors["members_count"].key == "input.integer"
    assert refused(db, AP.create_applicant, db, AP.ApplicantInput(kind="robot", name="X")).errors["kind"]
    AP.update_applicant(db, group, AP.ApplicantInput(kind="group", name="«Жаштар» тобу", leader_name="Асанов Бакыт",
                                                     members_count=9, village="Орозбеков"))
    assert AP.get_applicant(db, group).name == "«Жаштар» тобу"


# --------------------------------------------------------------------------
# Registration and numbering


def test_numbers_per_competition_with_kind_and_year(db, b):
    rows = AP.list_register(db, b["competition"]).rows
    assert [r.reg_number for r in rows] == ["ЖД-2021/001", "ЖД-2021/002"]
    msz = C.create_competition(db, CASE_A)
    C.announce_competition(db, msz)
    org = AP.create_applicant(db, AP.ApplicantInput(kind="organisation", name="Ден соолук комитети"))
    reg = AP.register_application(db, msz, AP.ApplicationInput(
        applicant_id=org, received_on=date(2018, 6, 1), title="Шаарыбыздын тазалыгы өз колубузда",
        requested_tyiyn="50 000"), today=date(2018, 6, 1))
    assert reg.reg_number == "МСЗ-2018/001" and not reg.is_late


def test_a_withdrawn_or_deleted_number_is_never_reused(db, b):
    AP.withdraw_application(db, b["app2"], "Демилгечи баш тартты")
    from app.store import models as M
    from app.store.base import utcnow

    with db.session() as s:
        s.get(M.Application, b["app1"]).deleted_at = utcnow()
    reg = AP.register_application(db, b["competition"], winner_1(b["kozhonova"]), today=date(2021, 9, 25))
    assert reg.reg_number == "ЖД-2021/003"


def test_numbering_is_safe_with_two_sessions_on_one_file(db, b):
    second = open_database(db.path, lock=False)
    per_thread = 8
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(database, applicant):
        try:
            start.wait()
            for i in range(per_thread):
                data = replace(winner_1(applicant), title=f"Өтүнмө {i}")
                numbers.append(AP.register_application(database, b["competition"], data,
                                                       today=date(2021, 9, 25)).reg_number)
        except BaseException as exc:        # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(db, b["kozhonova"])),
               threading.Thread(target=work, args=(second, b["kulnazarova"]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    second.close()
    assert errors == []
    expected = [f"ЖД-2021/{n:03d}" for n in range(3, 3 + 2 * per_thread)]
    assert sorted(numbers) == expected
    assert [r.reg_number for r in AP.list_register(db, b["competition"]).rows] == \
        ["ЖД-2021/001", "ЖД-2021/002", *expected]


def test_a_lost_race_on_the_unique_number_is_retried(db, b, monkeypatch):
    """If another office's row took the number in between (e.g. from a sync
    import), the unique constraint refuses it and registration tries again."""
    real = AP.format_reg_number
    calls = []

    def stale(kind, year, seq):
        calls.append(seq)
        return real(kind, year, 2 if len(calls) == 1 else seq)   # first try collides with ЖД-2021/002

    monkeypatch.setattr(AP, "format_reg_number", stale)
    reg = AP.register_application(db, b["competition"], winner_1(b["kozhonova"]), today=date(2021, 9, 25))
    assert len(calls) == 2 and reg.reg_number == "ЖД-2021/003"
    assert len(AP.list_register(db, b["competition"]).rows) == 3


def test_the_application_is_saved_whole(db, b):
    d = AP.get_application(db, b["app1"])
    assert d.reg_number == "ЖД-2021/001" and d.applicant.name == "Кожонова Анаргүл Абдиллаевна"
    assert d.requested_tyiyn == 1_200_000 and d.cofinancing_tyiyn == 2_500_000
    assert [(c.source, c.in_kind, c.amount_tyiyn) for c in d.cofinancing] == [
        ("donor", False, 2_500_000), ("initiator_in_kind", True, 0)]
    assert sum(e.times for e in d.events) == 6
    assert d.participants == {"fathers": 28, "mothers": 54, "boys": 8, "girls": 4}
    assert d.village == "Орозбеков" and d.status == "registered" and d.editable


def test_late_applications(db, b):
    cid = b["competition"]
    late = replace(winner_1(b["kozhonova"]), received_on=date(2021, 10, 2))
    err = refused(db, AP.register_application, db, cid, late, today=date(2021, 10, 2))
    assert err.errors["late_reason"].key == "application.late_reason"
    assert "30.09.2021" in err.errors["late_reason"].message("ru")
    reg = AP.register_application(db, cid, replace(late, late_reason="Почта кечикти"), today=date(2021, 10, 2))
    assert reg.is_late
    C.close_applications(db, cid, today=date(2021, 10, 2))
    on_time = replace(winner_1(b["kozhonova"]), received_on=date(2021, 9, 29))
    assert refused(db, AP.register_application, db, cid, on_time, today=date(2021, 10, 2)).key == \
        "application.closed_needs_late"
    flagged = replace(on_time, is_late=True)
    assert refused(db, AP.register_application, db, cid, flagged, today=date(2021, 10, 2)).errors[
        "late_reason"].key == "application.late_reason_flag"
    AP.register_application(db, cid, replace(flagged, late_reason="Табыштама кеч тапшырылды"),
                            today=date(2021, 10, 2))
    C.start_review(db, cid)
    err = refused(db, AP.register_application, db, cid, replace(flagged, late_reason="x"), today=date(2021, 10, 3))
    assert err.key == "application.registration_over" and "каралууда" in err.message("ky")


@pytest.mark.parametrize("change, field_name, key", [
    (dict(requested_tyiyn="-1"), "requested_tyiyn", "input.money_negative"),
    (dict(requested_tyiyn="0"), "requested_tyiyn", "application.requested_zero"),
    (dict(requested_tyiyn="12 000,01"), "requested_tyiyn", "application.requested_max"),
    (dict(requested_tyiyn=""), "requested_tyiyn", "input.required"),
    (dict(requested_tyiyn="он миң"), "requested_tyiyn", "input.money_format"),
    (dict(title=""), "title", "input.required"),
    (dict(applicant_id="nobody"), "applicant", "applicant.not_found"),
    (dict(received_on=""), "received_on", "input.required"),
    (dict(received_on="32.09.2021"), "received_on", "input.date"),
    (dict(received_on=date(2021, 8, 31)), "received_on", "application.received_before"),
    (dict(received_on=date(2021, 9, 26)), "received_on", "application.received_future"),
    (dict(cofinancing=(AP.CofinancingInput("gold", 1),)), "cofinancing", "application.cofinancing_source"),
    (dict(cofinancing=(AP.CofinancingInput("donor", "-3"),)), "cofinancing", "application.cofinancing_amount"),
    (dict(cofinancing=(AP.CofinancingInput("initiator_cash", 100, True, "x"),)), "cofinancing",
     "application.cofinancing_kind"),
    (dict(cofinancing=(AP.CofinancingInput("initiator_in_kind", 0),)), "cofinancing",
     "application.cofinancing_in_kind"),
    (dict(events=(AP.EventInput(" "),)), "events", "application.event"),
    (dict(events=(AP.EventInput("Мелдеш", "sport", 0),)), "events", "application.event"),
    (dict(participants={"girls": "-4"}), "participants", "application.participants_count"),
    (dict(participants={"martians": 4}), "participants", "application.participants_count"),
    (dict(participants={"fathers": 60, "men": 50}), "participants", "application.participants_part"),
    (dict(participants={"children": 10, "boys": 6, "girls": 6}), "participants", "application.participants_sum"),
])
def test_each_bad_application_field_is_refused_and_nothing_saved(db, b, change, field_name, key):
    data = replace(winner_1(b["kozhonova"]), **change)
    err = refused(db, AP.register_application, db, b["competition"], data, today=date(2021, 9, 25))
    assert isinstance(err, ValidationError) and err.errors[field_name].key == key
    assert err.errors[field_name].message("ky") != key and err.errors[field_name].message("ru") != key


def test_participant_problems_name_the_categories(db, b):
    data = replace(winner_1(b["kozhonova"]), participants={"fathers": 60, "men": 50})
    with pytest.raises(ValidationError) as info:
        AP.register_application(db, b["competition"], data, today=date(2021, 9, 25))
    assert info.value.errors["participants"].message("ru") == "«Отцы» (60) не может быть больше, чем «Мужчины» (50)."
    assert info.value.errors["participants"].message("ky") == "«Аталар» (60) «Эркектер» (50) санынан ашпасын."


def test_editing_keeps_the_number_and_replaces_the_lists(db, b):
    d = AP.get_application(db, b["app1"])
    data = replace(d.as_input(), title="Атам, апам жана мен (2)", requested_tyiyn="11 500",
                   cofinancing=(AP.CofinancingInput("local_budget", 100_000),),
                   events=(AP.EventInput("Баскетбол", "sport", 3),), participants={"fathers": 30})
    AP.update_application(db, b["app1"], data, today=date(2021, 9, 25))
    d2 = AP.get_application(db, b["app1"])
    assert (d2.reg_number, d2.title, d2.requested_tyiyn) == ("ЖД-2021/001", "Атам, апам жана мен (2)", 1_150_000)
    assert d2.cofinancing_tyiyn == 100_000 and d2.participants == {"fathers": 30} and len(d2.events) == 1
    before = dump(db)
    AP.update_application(db, b["app1"], d2.as_input(), today=date(2021, 9, 25))   # nothing changed
    assert dump(db) == before


def test_withdrawal_needs_a_reason_and_locks(db, b):
    assert refused(db, AP.withdraw_application, db, b["app2"], " ").errors["reason"].key == \
        "application.withdraw_reason"
    AP.withdraw_application(db, b["app2"], "Демилгечи баш тартты")
    d = AP.get_application(db, b["app2"])
    assert (d.status, d.status_reason, d.editable) == ("withdrawn", "Демилгечи баш тартты", False)
    assert refused(db, AP.withdraw_application, db, b["app2"], "дагы").key == "application.withdrawn"
    assert refused(db, AP.update_application, db, b["app2"], d.as_input()).key == "application.withdrawn"
    assert AP.list_register(db, b["competition"]).requested_tyiyn == 1_200_000   # withdrawn not summed


# --------------------------------------------------------------------------
# Eligibility


def test_eligibility_checklist_per_application(db, b):
    sheet = AP.eligibility_sheet(db, b["app1"])
    assert [i.code for i in sheet.items] == ["residence", "amount", "cofinancing", "documents"]
    assert [i.suggested for i in sheet.items] == [None, True, True, None]
    assert all(i.passed is None for i in sheet.items)
    answers = {i.criterion_id: True for i in sheet.items}
    assert AP.record_eligibility(db, b["app1"], answers) == "eligible"
    assert all(i.passed for i in AP.eligibility_sheet(db, b["app1"]).items)

    docs = sheet.items[3].criterion_id
    failed = dict(answers, **{docs: False})
    err = refused(db, AP.record_eligibility, db, b["app1"], failed)
    assert err.errors["reason"].key == "eligibility.reason"
    partial = {k: v for k, v in answers.items() if k != docs}
    assert refused(db, AP.record_eligibility, db, b["app1"], partial).errors["items"].key == "eligibility.missing"
    status = AP.record_eligibility(db, b["app1"], failed, {docs: "Бюджет жок"}, "Документтер толук эмес")
    assert status == "ineligible"
    d = AP.get_application(db, b["app1"])
    assert (d.status, d.status_reason) == ("ineligible", "Документтер толук эмес")
    items = AP.eligibility_sheet(db, b["app1"]).items
    assert [i.passed for i in items] == [True, True, True, False] and items[3].note == "Бюджет жок"
    assert AP.record_eligibility(db, b["app1"], answers) == "eligible"
    assert AP.get_application(db, b["app1"]).status_reason == ""


def test_suggestions_follow_the_competition_rules(db, b):
    from app.store import models as M

    with db.session() as s:
        s.get(M.Competition, b["competition"]).cofinancing_share_pct = 80
        s.get(M.Municipality, b["municipality"]).villages = "Орозбеков\nКара-Тал"
    items = {i.code: i.suggested for i in AP.eligibility_sheet(db, b["app1"]).items}
    assert items == {"residence": True, "amount": True, "cofinancing": False, "documents": None}
    items = {i.code: i.suggested for i in AP.eligibility_sheet(db, b["app2"]).items}
    assert items["residence"] is False        # Үч-Коргон is not in the list


# --------------------------------------------------------------------------
# Register


def test_register_filters_sort_and_totals(db, b):
    cid = b["competition"]
    group = AP.create_applicant(db, AP.ApplicantInput(kind="group", name="Жаштар тобу", leader_name="Асанов",
                                                      village="Орозбеков"))
    AP.register_application(db, cid, AP.ApplicationInput(applicant_id=group, received_on=date(2021, 9, 22),
                                                         title="Спорт аянтчасы", requested_tyiyn=500_000),
                            today=date(2021, 9, 22))
    r = AP.list_register(db, cid)
    assert (r.count, r.requested_tyiyn) == (3, 2_800_000)
    r = AP.list_register(db, cid, village="орозбеков")
    assert [x.reg_number for x in r.rows] == ["ЖД-2021/001", "ЖД-2021/003"] and r.requested_tyiyn == 1_700_000
    r = AP.list_register(db, cid, min_tyiyn=600_000, max_tyiyn=1_100_000)
    assert [x.title for x in r.rows] == ["Жомокко саякат"]
    r = AP.list_register(db, cid, sort="amount")
    assert [x.requested_tyiyn for x in r.rows] == [500_000, 1_100_000, 1_200_000]
    r = AP.list_register(db, cid, sort="amount_desc")
    assert [x.requested_tyiyn for x in r.rows] == [1_200_000, 1_100_000, 500_000]
    r = AP.list_register(db, cid, search="жомок")
    assert r.count == 1 and r.rows[0].applicant_name == "Кулназарова Райма Эркиновна"
    sheet = AP.eligibility_sheet(db, b["app2"])
    AP.record_eligibility(db, b["app2"], {i.criterion_id: True for i in sheet.items})
    assert [x.reg_number for x in AP.list_register(db, cid, status="eligible").rows] == ["ЖД-2021/002"]
    assert AP.villages(db, cid) == ["Орозбеков", "Үч-Коргон"]


# --------------------------------------------------------------------------
# Attachments


def test_attachments_are_stored_by_content_hash(db, b, tmp_path):
    scan = tmp_path / "өтүнмө.PDF"
    content = b"%PDF-1.4 scan of the application\n" * 100
    scan.write_bytes(content)
    row = AP.add_attachment(db, b["app1"], scan, "Өтүнмөнүн сканы")
    sha = hashlib.sha256(content).hexdigest()
    assert (row.sha256, row.size_bytes, row.filename) == (sha, len(content), "өтүнмө.PDF")
    stored = AP.attachment_file(db, row.id)
    assert stored == paths.attachments_dir(db.path) / sha[:2] / f"{sha}.pdf"
    assert stored.read_bytes() == content
    scan.unlink()                                     # the original may go; the copy stays
    assert AP.attachment_file(db, row.id).exists()
    again = tmp_path / "copy.pdf"
    again.write_bytes(content)
    second = AP.add_attachment(db, b["app2"], again)
    assert second.sha256 == sha and AP.attachment_file(db, second.id) == stored
    assert len([p for p in stored.parent.iterdir()]) == 1          # one copy of the same content
    assert not [p for p in paths.attachments_dir(db.path).iterdir() if p.name.startswith(".incoming")]
    assert [a.filename for a in AP.get_application(db, b["app1"]).attachments] == ["өтүнмө.PDF"]
    AP.remove_attachment(db, row.id)
    assert AP.get_application(db, b["app1"]).attachments == ()
    assert stored.exists()                                           # still used by app2


def test_attachment_refusals(db, b, tmp_path, monkeypatch):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert refused(db, AP.add_attachment, db, b["app1"], empty).key == "attachment.empty"
    assert refused(db, AP.add_attachment, db, b["app1"], tmp_path / "absent.pdf").key == "attachment.missing"
    assert refused(db, AP.add_attachment, db, b["app1"], tmp_path).key == "attachment.not_a_file"
    monkeypatch.setattr(AP, "MAX_ATTACHMENT_BYTES", 1024)
    big = tmp_path / "big.jpg"
    big.write_bytes(b"x" * 2048)
    err = refused(db, AP.add_attachment, db, b["app1"], big)
    assert err.key == "attachment.too_large" and "big.jpg" in err.message("ru")
    assert not [p for p in paths.attachments_dir(db.path).rglob("*") if p.is_file()]


def test_unreadable_file_is_refused(db, b, tmp_path, monkeypatch):
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"secret")
    real_open = open

    def no_permission(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(AP, "open", no_permission, raising=False)
    err = refused(db, AP.add_attachment, db, b["app1"], locked)
    assert err.key == "attachment.missing" and "locked.pdf" in err.message("ky")
    assert not [p for p in paths.attachments_dir(db.path).rglob("*") if p.is_file()]


def test_a_damaged_stored_copy_is_detected(db, b, tmp_path):
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG fake image")
    row = AP.add_attachment(db, b["app1"], scan)
    AP.attachment_file(db, row.id).write_bytes(b"changed")
    with pytest.raises(ServiceError) as info:
        AP.attachment_file(db, row.id)
    assert info.value.key == "attachment.damaged"


def test_nothing_to_register_in_an_unknown_competition(db):
    municipality(db)
    aid = AP.create_applicant(db, KULNAZAROVA)
    err = refused(db, AP.register_application, db, "nope", winner_1(aid))
    assert err.key == "competition.not_found"
    assert C.create_competition(db, CASE_B)


def test_a_new_applicant_is_created_with_the_application_in_one_transaction(db, b):
    group = AP.ApplicantInput(kind="group", name="Жаштар тобу", leader_name="Асанов Бакыт", village="Кара-Тал")
    data = AP.ApplicationInput(applicant_id="", received_on=date(2021, 9, 22), title="Спорт аянтчасы",
                               requested_tyiyn="15 000")          # too much: nothing is saved, not even the group
    err = refused(db, AP.register_application, db, b["competition"], data, date(2021, 9, 22), group)
    assert set(err.errors) == {"requested_tyiyn"}
    err = refused(db, AP.register_application, db, b["competition"], replace(data, requested_tyiyn="5000"),
                  date(2021, 9, 22), replace(group, leader_name=""))
    assert set(err.errors) == {"applicant_leader_name"}
    err = refused(db, AP.register_application, db, b["competition"], replace(data, requested_tyiyn="5000"),
                  date(2021, 9, 22), replace(KOZHONOVA, name="кожонова анаргүл абдиллаевна"))
    assert err.errors["applicant_name"].key == "applicant.exists"
    reg = AP.register_application(db, b["competition"], replace(data, requested_tyiyn="5000"), date(2021, 9, 22),
                                  group)
    d = AP.get_application(db, reg.id)
    assert (d.reg_number, d.applicant.name, d.applicant.kind, d.village) == (
        "ЖД-2021/003", "Жаштар тобу", "group", "Кара-Тал")
