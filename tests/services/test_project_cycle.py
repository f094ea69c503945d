"""The project cycle after the award on the demo data (case B): tranches and
payments, executor's reports, monitoring visits, satisfaction, the
acceptance act (the only way a project is completed), attachments, results
against plan per project and per competition; every refusal names what to
fix and leaves the database exactly as it was; a viewer changes nothing."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain import cycle as CY
from app.domain.money import som
from app.domain.participants import builtin_category_id as cat
from app.services import browse
from app.services import project_cycle as PC
from app.services import projects as PS
from app.services.errors import ServiceError, ValidationError
from app.store.db import Actor
from tests.competition_data import dump


def _project(db, title):
    return next(p for p in browse.list_projects(db) if p.title == title).id


@pytest.fixture
def atam(demo_db):
    return _project(demo_db, "Атам, апам жана мен")


@pytest.fixture
def jomokko(demo_db):
    return _project(demo_db, "Жомокко саякат")


@pytest.fixture
def running(demo_db, atam):
    """«Атам, апам жана мен» taken back to work (its act's acceptance cancelled)."""
    PC.cancel_acceptance(demo_db, atam, "Текшерүү үчүн")
    return atam


def _refused(db, call, key, field=None):
    before = dump(db)
    with pytest.raises(ServiceError) as err:
        call()
    exc = err.value
    if isinstance(exc, ValidationError):
        assert key in {e.key for e in exc.errors.values()}, exc.errors
        if field:
            assert field in exc.errors
    else:
        assert exc.key == key
    assert dump(db) == before
    return exc


# --------------------------------------------------------------------------
# Results against plan: the real figures


def test_atam_apam_results_against_plan(demo_db, atam):
    r = PC.get_results(demo_db, atam)
    assert r.reached == 94 and r.actual_cost == som(37000)
    assert (r.actual[cat("fathers")], r.actual[cat("mothers")], r.actual[cat("boys")], r.actual[cat("girls")]) == (
        28, 54, 8, 4)
    assert r.planned_people == 100 and r.planned[cat("mothers")] == 50      # the illustrative plan
    assert r.cost_per_participant == 39362            # 37 000 / 94 = 393,617… som
    assert r.local_cost_per_participant == 12766      # 12 000 / 94 = 127,659… som
    assert r.local_actual == som(12000) and r.source("donor").actual == som(25000)
    assert r.cofinancing_actual == som(25000) and r.cofinancing_share == Decimal("67.6")
    assert CY.share_pct(r.local_actual, r.actual_cost) == Decimal("32.4")
    assert (r.asked, r.satisfied, r.satisfied_share) == (40, 37, Decimal("92.5"))
    assert (r.events_planned, r.events_held) == (6, 6)
    keys = [w.key for w in r.warnings()]
    assert keys == ["cycle.warn.below_plan", "cycle.warn.unvalued_in_kind"]


def test_competition_results_sum_both_projects(demo_db):
    comp = next(c for c in browse.list_competitions(demo_db) if c.year == 2021).id
    cr = PC.competition_results(demo_db, comp)
    assert [t for _p, t, _r in cr.projects] == ["Атам, апам жана мен", "Жомокко саякат"]
    total = cr.total
    assert total.reached == 94 + 290 and total.actual_cost == som(37000 + 36000)
    assert total.local_actual == som(23000)
    assert total.cost_per_participant == 19010         # 73 000 / 384 = 190,104… som
    assert total.local_cost_per_participant == 5990    # 23 000 / 384 = 59,895… som
    assert total.planned_people == 400 and total.projects == 2 and total.projects_without_plan == 0


def test_the_demo_cycle_is_complete_and_quiet(demo_db, atam):
    c = PC.get_cycle(demo_db, atam)
    assert c.agreed == c.paid == c.award == som(12000)
    assert [t.number for t in c.tranches] == [1, 2]
    assert c.act.accepted and c.act.delivered_hash == PC.delivered_seal(demo_db, atam)
    assert all("иллюстрация" in t.condition for t in c.tranches)
    assert "иллюстрация" in c.visits[0].findings
    assert CY.cycle_warnings(c, date(2026, 1, 1)) == []


# --------------------------------------------------------------------------
# Tranches and payments


def test_tranche_rules(demo_db, atam, jomokko):
    comp_report = PC.get_cycle(demo_db, jomokko).reports[0].id
    for data, key, field in [
        (PC.TrancheInput(date(2021, 12, 1), "0"), "cycle.tranche_amount_zero", "amount"),
        (PC.TrancheInput(date(2021, 10, 1), "100"), "cycle.tranche_before_agreement", "due_on"),
        (PC.TrancheInput(None, "100"), "input.required", "due_on"),
        (PC.TrancheInput(date(2021, 12, 1), "сто"), "input.money_format", "amount"),
        (PC.TrancheInput(date(2021, 12, 1), "100", report_id=comp_report), "cycle.report_other_project", "report"),
    ]:
        _refused(demo_db, lambda d=data: PC.add_tranche(demo_db, atam, d), key, field)
    tid = PC.add_tranche(demo_db, atam, PC.TrancheInput(date(2022, 1, 10), "1 000", "Кошумча"))
    c = PC.get_cycle(demo_db, atam)
    assert [t.number for t in c.tranches] == [1, 2, 3]
    warning = CY.cycle_warnings(c, date(2022, 1, 5))
    assert [w.key for w in warning] == ["cycle.warn.tranches_total"]
    assert CY.warning_text(warning[0], "ru") == "Сумма траншей 13 000,00 сом, а сумма гранта 12 000,00 сом."
    first = c.tranches[0].id
    _refused(demo_db, lambda: PC.update_tranche(demo_db, first, PC.TrancheInput(date(2021, 11, 1), "5 000")),
             "cycle.tranche_below_paid", "amount")
    _refused(demo_db, lambda: PC.remove_tranche(demo_db, first), "cycle.tranche_has_payments")
    PC.remove_tranche(demo_db, tid)
    assert [t.number for t in PC.get_cycle(demo_db, atam).tranches] == [1, 2]


def test_payment_rules(demo_db, atam):
    tid = PC.add_tranche(demo_db, atam, PC.TrancheInput(date(2022, 1, 10), "1 000"))
    exc = _refused(demo_db, lambda: PC.add_payment(demo_db, tid, "11.01.2022", "1 500"), "cycle.payment_over")
    assert exc.errors["amount"].message("ru") == ("По траншу 3 осталось выплатить 1 000,00 сом; "
                                                  "платёж 1 500,00 сом больше.")
    _refused(demo_db, lambda: PC.add_payment(demo_db, tid, "01.10.2021", "100"), "cycle.payment_before_agreement",
             "paid_on")
    _refused(demo_db, lambda: PC.add_payment(demo_db, tid, "11.01.2022", "0"), "cycle.payment_zero")
    _refused(demo_db, lambda: PC.add_payment(demo_db, tid, "32.01.2022", "10"), "input.date", "paid_on")
    PC.add_payment(demo_db, tid, "11.01.2022", "600", "№ 7")
    pid = PC.add_payment(demo_db, tid, "12.01.2022", "400")
    _refused(demo_db, lambda: PC.add_payment(demo_db, tid, "13.01.2022", "0,01"), "cycle.payment_over")
    t = next(t for t in PC.get_cycle(demo_db, atam).tranches if t.id == tid)
    assert (t.paid, t.remaining) == (som(1000), 0)
    PC.remove_payment(demo_db, pid)
    assert [p.amount for p in PC.list_payments(demo_db, atam)][-1] == som(600)


# --------------------------------------------------------------------------
# Reports, visits, warnings


def test_report_rules(demo_db, atam):
    R = PC.ReportInput
    for data, key, field in [
        (R("interim", date(2022, 2, 1), status="received"), "cycle.received_needs_date", "received_on"),
        (R("interim", date(2022, 2, 1), received_on=date(2022, 1, 30)), "cycle.expected_with_date", "received_on"),
        (R("interim", date(2022, 2, 1), received_on=date(2022, 3, 1), status="received"),
         "cycle.received_in_future", "received_on"),
        (R("interim", date(2022, 2, 1), date(2022, 1, 10), date(2022, 1, 1)), "cycle.period_order", "period_to"),
        (R("final", date(2022, 2, 1)), "cycle.second_final", "kind"),
        (R("monthly", date(2022, 2, 1)), "cycle.kind", "kind"),
    ]:
        _refused(demo_db, lambda d=data: PC.add_report(demo_db, atam, d, today=date(2022, 2, 1)), key, field)
    exc = _refused(demo_db, lambda: PC.add_report(demo_db, atam, R("interim", date(2022, 2, 1), status="accepted"),
                                                  today=date(2022, 2, 1)), "cycle.received_needs_date")
    assert exc.errors["received_on"].message("ru") == "Укажите дату получения отчёта (состояние «принят»)."
    interim = PC.get_cycle(demo_db, atam).reports[0].id
    _refused(demo_db, lambda: PC.remove_report(demo_db, interim), "cycle.report_has_tranches")


def test_warnings_for_overdue_reports_tranches_and_follow_ups(demo_db, running):
    pid = running
    rid = PC.add_report(demo_db, pid, PC.ReportInput("interim", date(2022, 1, 10)))
    tid = PC.add_tranche(demo_db, pid, PC.TrancheInput(date(2022, 1, 15), "500", report_id=rid))
    PC.add_payment(demo_db, tid, "12.01.2022", "200")
    PC.add_visit(demo_db, pid, PC.VisitInput(date(2022, 1, 5), "Адис", follow_up="Тизмени берүү",
                                             follow_up_due_on=date(2022, 1, 12)))
    early = [w.key for w in CY.cycle_warnings(PC.get_cycle(demo_db, pid), date(2022, 1, 9))]
    assert early == ["cycle.warn.tranches_total", "cycle.warn.tranche_without_report"]
    texts = PC.warnings(demo_db, pid, today=date(2022, 1, 20), lang="ky")
    assert "Аралык отчет 10.01.2022 чейин тапшырылышы керек эле, али келе элек." in texts
    assert "3-транш 15.01.2022 төлөнүшү керек эле: 300,00 сом төлөнө элек." in texts
    assert ("3-транш төлөндү (200,00 сом), бирок анын шарты болгон аралык отчет кабыл алына элек." in texts)
    assert "05.01.2022 мониторингдин тапшырмасы 12.01.2022 чейин аткарылышы керек эле: Тизмени берүү" in texts
    PC.update_report(demo_db, rid, PC.ReportInput("interim", date(2022, 1, 10), received_on=date(2022, 1, 11),
                                                  status="accepted"), today=date(2022, 1, 20))
    keys = [w.key for w in CY.cycle_warnings(PC.get_cycle(demo_db, pid), date(2022, 1, 20))]
    assert "cycle.warn.report_overdue" not in keys and "cycle.warn.tranche_without_report" not in keys


def test_no_final_report_warning(demo_db, running):
    final = next(r for r in PC.get_cycle(demo_db, running).reports if r.kind == "final")
    tranche = PC.get_cycle(demo_db, running).tranches
    assert tranche  # the final report has no tranche depending on it
    PC.remove_report(demo_db, final.id)
    keys = [w.key for w in CY.cycle_warnings(PC.get_cycle(demo_db, running), date(2022, 2, 1))]
    assert keys == ["cycle.warn.no_final_report"]


def test_visit_rules(demo_db, atam):
    V = PC.VisitInput
    for data, key, field in [
        (V(None, "Адис"), "input.required", "visited_on"),
        (V(date(2021, 11, 13), ""), "input.required", "visitors"),
        (V(date(2021, 11, 13), "Адис", follow_up_due_on=date(2021, 11, 20)), "cycle.follow_up_needs_text",
         "follow_up"),
        (V(date(2021, 11, 13), "Адис", follow_up="Тизме", follow_up_due_on=date(2021, 11, 1)),
         "cycle.follow_up_due_before_visit", "follow_up_due_on"),
        (V(date(2021, 11, 13), "Адис", follow_up="Тизме", follow_up_done_on=date(2021, 11, 1)),
         "cycle.done_before_visit", "follow_up_done_on"),
    ]:
        _refused(demo_db, lambda d=data: PC.add_visit(demo_db, atam, d), key, field)
    vid = PC.add_visit(demo_db, atam, V(date(2021, 12, 4), "Маматов Улан", "Үй-бүлөлүк мелдеш", "Жакшы өттү"))
    PC.update_visit(demo_db, vid, V(date(2021, 12, 4), "Маматов Улан", "Үй-бүлөлүк мелдеш", "Абдан жакшы өттү"))
    assert [v.findings for v in PC.list_visits(demo_db, atam)][-1] == "Абдан жакшы өттү"
    PC.remove_visit(demo_db, vid)
    assert len(PC.list_visits(demo_db, atam)) == 1


def test_satisfaction_rules(demo_db, atam):
    exc = _refused(demo_db, lambda: PC.add_survey(demo_db, atam, "20", "25"), "cycle.satisfied_over_asked",
                   "satisfied")
    assert exc.errors["satisfied"].message("ru") == "Удовлетворённых (25) не может быть больше опрошенных (20)."
    _refused(demo_db, lambda: PC.add_survey(demo_db, atam, "0", "0"), "input.integer", "asked")
    sid = PC.add_survey(demo_db, atam, "10", "9", "11.12.2021", "Сурамжылоо")
    r = PC.get_results(demo_db, atam)
    assert (r.asked, r.satisfied, r.surveys) == (50, 46, 2)
    PC.remove_survey(demo_db, sid)
    assert PC.get_results(demo_db, atam).asked == 40


# --------------------------------------------------------------------------
# The acceptance act completes the project, and only it


def test_completed_only_by_the_act(demo_db, running):
    pid = running
    assert PS.get_project(demo_db, pid).status == "running"
    _refused(demo_db, lambda: PS.set_project_status(demo_db, pid, "completed"), "project.complete_by_act")
    final = next(r for r in PC.get_cycle(demo_db, pid).reports if r.kind == "final")
    PC.update_report(demo_db, final.id, PC.ReportInput("final", final.due_on, status="expected"))
    _refused(demo_db, lambda: PC.accept_act(demo_db, pid), "cycle.act_needs_final_report")
    PC.update_report(demo_db, final.id, PC.ReportInput("final", final.due_on, received_on=date(2022, 1, 17),
                                                       status="received"))
    _refused(demo_db, lambda: PC.save_act(demo_db, pid, PC.ActInput("A-1", date(2021, 10, 1))),
             "cycle.act_before_agreement", "act_date")
    PC.save_act(demo_db, pid, PC.ActInput("ЖД-2021/К-1-А", date(2022, 1, 31), "Айыл өкмөтүнүн башчысы",
                                          "Кожонова А. А.", "Эскертүү жок"))
    PC.accept_act(demo_db, pid)
    assert PS.get_project(demo_db, pid).status == "completed"
    act = PC.get_cycle(demo_db, pid).act
    assert act.accepted and act.accepted_by and act.delivered_hash == PC.delivered_seal(demo_db, pid)
    _refused(demo_db, lambda: PC.save_act(demo_db, pid, PC.ActInput("other", date(2022, 2, 1))),
             "cycle.act_accepted")
    _refused(demo_db, lambda: PC.accept_act(demo_db, pid), "cycle.act_accepted")
    _refused(demo_db, lambda: PS.set_project_status(demo_db, pid, "running"), "project.cancel_acceptance_first")
    _refused(demo_db, lambda: PC.cancel_acceptance(demo_db, pid, "  "), "cycle.cancel_reason", "reason")
    PC.cancel_acceptance(demo_db, pid, "Отчетто ката табылды")
    assert PS.get_project(demo_db, pid).status == "running"
    act = PC.get_cycle(demo_db, pid).act
    assert not act.accepted and act.cancel_reason == "Отчетто ката табылды" and not act.delivered_hash
    _refused(demo_db, lambda: PC.cancel_acceptance(demo_db, pid, "Дагы"), "cycle.not_accepted")


def test_act_needs_number_and_date(demo_db, jomokko):
    PC.cancel_acceptance(demo_db, jomokko, "Текшерүү")
    PC.save_act(demo_db, jomokko, PC.ActInput("", None))
    _refused(demo_db, lambda: PC.accept_act(demo_db, jomokko), "cycle.act_missing")


def test_terminated_project_cannot_be_accepted(demo_db, running):
    PS.set_project_status(demo_db, running, "terminated", "Демилгечи көчүп кетти")
    _refused(demo_db, lambda: PC.accept_act(demo_db, running), "cycle.act_status")


# --------------------------------------------------------------------------
# Attachments


def test_attachments_are_stored_by_hash_and_checked(demo_db, atam, jomokko, tmp_path):
    scan = tmp_path / "келишим.pdf"
    scan.write_bytes(b"%PDF-1.4 agreement scan")
    visit = PC.get_cycle(demo_db, atam).visits[0].id
    other_visit = PC.get_cycle(demo_db, jomokko).visits[0].id
    _refused(demo_db, lambda: PC.add_attachment(demo_db, atam, scan, "photo", visit_id=other_visit),
             "cycle.link_other_project", "link")
    _refused(demo_db, lambda: PC.add_attachment(demo_db, atam, scan, "selfie"), "cycle.kind", "kind")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    _refused(demo_db, lambda: PC.add_attachment(demo_db, atam, empty, "photo"), "attachment.empty")
    aid = PC.add_attachment(demo_db, atam, scan, "agreement", "Кол коюлган нуска")
    photo = tmp_path / "visit.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    PC.add_attachment(demo_db, atam, photo, "photo", visit_id=visit)
    rows = PC.list_attachments(demo_db, atam, "ky")
    assert [(r.kind, r.filename, r.belongs_to) for r in rows] == [
        ("agreement", "келишим.pdf", ""), ("photo", "visit.jpg", "13.11.2021 мониторинг")]
    stored = PC.attachment_file(demo_db, aid)
    assert stored.read_bytes() == scan.read_bytes()
    copy = PC.copy_attachment(demo_db, aid, tmp_path / "copy.pdf")
    assert copy.read_bytes() == scan.read_bytes()
    stored.write_bytes(b"tampered")
    with pytest.raises(ServiceError) as err:
        PC.attachment_file(demo_db, aid)
    assert err.value.key == "attachment.damaged"
    PC.remove_visit(demo_db, visit)   # the photo stays with the project
    assert [r.belongs_to for r in PC.list_attachments(demo_db, atam)] == ["", ""]
    PC.remove_attachment(demo_db, aid)
    assert [r.filename for r in PC.list_attachments(demo_db, atam)] == ["visit.jpg"]


# --------------------------------------------------------------------------
# Roles


def _changes(db, atam, tmp_path):
    c = PC.get_cycle(db, atam)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"scan")
    return [
        lambda: PC.add_tranche(db, atam, PC.TrancheInput(date(2022, 1, 10), "100")),
        lambda: PC.update_tranche(db, c.tranches[0].id, PC.TrancheInput(date(2021, 11, 1), "6 000")),
        lambda: PC.remove_tranche(db, c.tranches[0].id),
        lambda: PC.add_payment(db, c.tranches[0].id, "02.11.2021", "1"),
        lambda: PC.remove_payment(db, c.tranches[0].payments[0].id),
        lambda: PC.add_report(db, atam, PC.ReportInput("interim", date(2022, 1, 10))),
        lambda: PC.update_report(db, c.reports[0].id, PC.ReportInput("interim", date(2022, 1, 10))),
        lambda: PC.remove_report(db, c.reports[1].id),
        lambda: PC.add_visit(db, atam, PC.VisitInput(date(2021, 12, 1), "Адис")),
        lambda: PC.update_visit(db, c.visits[0].id, PC.VisitInput(date(2021, 12, 1), "Адис")),
        lambda: PC.remove_visit(db, c.visits[0].id),
        lambda: PC.add_survey(db, atam, 5, 5),
        lambda: PC.remove_survey(db, c.surveys[0].id),
        lambda: PC.save_act(db, atam, PC.ActInput("1", date(2022, 1, 31))),
        lambda: PC.accept_act(db, atam),
        lambda: PC.cancel_acceptance(db, atam, "Себеп"),
        lambda: PC.add_attachment(db, atam, scan, "other"),
    ]


def test_a_viewer_changes_nothing(demo_db, atam, tmp_path):
    calls = _changes(demo_db, atam, tmp_path)
    demo_db.actor = Actor("viewer", "viewer")
    before = dump(demo_db)
    for call in calls:
        with pytest.raises(ServiceError) as err:
            call()
        assert err.value.key == "auth.denied"
    assert dump(demo_db) == before
    # reading and printing stay open to a viewer
    assert PC.get_results(demo_db, atam).reached == 94 and PC.list_tranches(demo_db, atam)


def test_a_secretary_may_not_either(demo_db, atam, tmp_path):
    demo_db.actor = Actor("secretary", "secretary")
    with pytest.raises(ServiceError) as err:
        PC.add_visit(demo_db, atam, PC.VisitInput(date(2021, 12, 1), "Адис"))
    assert err.value.key == "auth.denied"
