"""The project cycle after the award: the grant agreement's tranches and the
payments made against them, monitoring visits, the executor's interim and
final reports, satisfaction surveys, the acceptance act (accepting it is
the only way a project becomes completed), files attached to a project, and
the results against plan for a project and a competition.

One function per user action; every change calls `require(db,
Perm.PROJECTS)` first and runs in one transaction, so a refused action
changes nothing. Warnings are computed, shown and printed; they never block.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app import i18n, paths
from app.domain import cycle as CY
from app.domain import enums as E
from app.domain.money import format_amount
from app.services import _input as F
from app.services import applications as AP
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.store import cycle_models as CM
from app.store import cycle_queries as Q
from app.store import models as M
from app.store.base import utcnow
from app.store.project_queries import load_project

P = Perm.PROJECTS

i18n.register({
    "cycle.tranche_amount_zero": {
        "ky": "Транштын суммасы нөлдөн чоң болушу керек.", "ru": "Сумма транша должна быть больше нуля.",
        "en": "The tranche must be more than zero.",
    },
    "cycle.tranche_before_agreement": {
        "ky": "Транштын мөөнөтү келишимдин күнүнөн ({date}) мурун болбойт.",
        "ru": "Срок транша не может быть раньше даты соглашения ({date}).",
        "en": "The tranche cannot fall before the agreement's date ({date}).",
    },
    "cycle.tranche_below_paid": {
        "ky": "Бул транш боюнча {paid} сом төлөнгөн: суммасы андан аз болбойт.",
        "ru": "По этому траншу уже выплачено {paid} сом: сумма не может быть меньше.",
        "en": "{paid} som has been paid against this tranche: it cannot be less.",
    },
    "cycle.tranche_has_payments": {
        "ky": "Бул транш боюнча {n} төлөм катталган; адегенде аларды өчүрүңүз.",
        "ru": "По этому траншу проведено платежей: {n}; сначала удалите их.",
        "en": "{n} payments are booked to this tranche; remove them first.",
    },
    "cycle.report_other_project": {
        "ky": "Бул отчет башка долбоорго тиешелүү.", "ru": "Этот отчёт относится к другому проекту.",
        "en": "This report belongs to another project.",
    },
    "cycle.payment_zero": {
        "ky": "Төлөмдүн суммасы нөлдөн чоң болушу керек.", "ru": "Сумма платежа должна быть больше нуля.",
        "en": "The payment must be more than zero.",
    },
    "cycle.payment_over": {
        "ky": "{number}-транш боюнча {remaining} сом гана калды; {amount} сом төлөөгө болбойт.",
        "ru": "По траншу {number} осталось выплатить {remaining} сом; платёж {amount} сом больше.",
        "en": "Only {remaining} som is left of tranche {number}; {amount} som is more.",
    },
    "cycle.payment_before_agreement": {
        "ky": "Төлөм келишимге кол коюлган күндөн ({date}) мурун болбойт.",
        "ru": "Платёж не может быть раньше подписания соглашения ({date}).",
        "en": "A payment cannot come before the agreement was signed ({date}).",
    },
    "cycle.kind": {"ky": "Түрүн тандаңыз.", "ru": "Выберите вид.", "en": "Choose the kind."},
    "cycle.status": {"ky": "Абалын тандаңыз.", "ru": "Выберите состояние.", "en": "Choose the status."},
    "cycle.period_order": {
        "ky": "Мезгилдин аягы башталышынан ({start}) мурун болбойт.",
        "ru": "Конец периода не может быть раньше начала ({start}).",
        "en": "The period cannot end before it starts ({start}).",
    },
    "cycle.received_needs_date": {
        "ky": "Отчет келген күндү жазыңыз (абалы «{status}»).",
        "ru": "Укажите дату получения отчёта (состояние «{status}»).",
        "en": "Enter the date the report arrived (status “{status}”).",
    },
    "cycle.expected_with_date": {
        "ky": "Келген күнү жазылган отчет «күтүлүүдө» боло албайт: же күндү өчүрүңүз, же абалын тандаңыз.",
        "ru": "Отчёт с датой получения не может быть «ожидается»: удалите дату или выберите состояние.",
        "en": "A report with a date received cannot be “expected”: clear the date or choose the status.",
    },
    "cycle.received_in_future": {
        "ky": "Келген күнү бүгүндөн ({today}) кийин боло албайт.",
        "ru": "Дата получения не может быть позже сегодняшней ({today}).",
        "en": "The date received cannot be after today ({today}).",
    },
    "cycle.second_final": {
        "ky": "Бул долбоордун акыркы отчету мурунтан эле бар.", "ru": "Итоговый отчёт по этому проекту уже есть.",
        "en": "This project already has a final report.",
    },
    "cycle.report_has_tranches": {
        "ky": "{n}-транш ушул отчетко байланган; адегенде транштын шартын өзгөртүңүз.",
        "ru": "Транш {n} зависит от этого отчёта; сначала измените условие транша.",
        "en": "Tranche {n} depends on this report; change the tranche's condition first.",
    },
    "cycle.follow_up_due_before_visit": {
        "ky": "Тапшырманын мөөнөтү баруудан ({date}) мурун болбойт.",
        "ru": "Срок поручения не может быть раньше визита ({date}).",
        "en": "The follow-up cannot be due before the visit ({date}).",
    },
    "cycle.follow_up_needs_text": {
        "ky": "Мөөнөт коюлду: тапшырманы жазыңыз.", "ru": "Указан срок: опишите поручение.",
        "en": "A due date is set: write the follow-up.",
    },
    "cycle.done_before_visit": {
        "ky": "Аткарылган күнү баруудан ({date}) мурун болбойт.",
        "ru": "Дата выполнения не может быть раньше визита ({date}).",
        "en": "It cannot be done before the visit ({date}).",
    },
    "cycle.satisfied_over_asked": {
        "ky": "Канааттангандар ({satisfied}) суралгандардан ({asked}) көп болбойт.",
        "ru": "Удовлетворённых ({satisfied}) не может быть больше опрошенных ({asked}).",
        "en": "Those satisfied ({satisfied}) cannot be more than those asked ({asked}).",
    },
    "cycle.act_accepted": {
        "ky": "Акт кабыл алынган; аны өзгөртүү үчүн адегенде кабыл алууну жокко чыгарыңыз.",
        "ru": "Акт принят; чтобы изменить его, сначала отмените приёмку.",
        "en": "The act is accepted; cancel the acceptance before changing it.",
    },
    "cycle.act_missing": {
        "ky": "Адегенде актты толтуруңуз (номери жана күнү).", "ru": "Сначала заполните акт (номер и дату).",
        "en": "Fill in the act first (its number and date).",
    },
    "cycle.act_needs_final_report": {
        "ky": "Кабыл алуу үчүн аткаруучунун акыркы отчету келген болушу керек.",
        "ru": "Для приёмки нужен полученный итоговый отчёт исполнителя.",
        "en": "The executor's final report must have arrived before acceptance.",
    },
    "cycle.act_before_agreement": {
        "ky": "Актын күнү келишимдин күнүнөн ({date}) мурун болбойт.",
        "ru": "Дата акта не может быть раньше даты соглашения ({date}).",
        "en": "The act cannot be dated before the agreement ({date}).",
    },
    "cycle.act_status": {
        "ky": "Абалы «{status}» болгон долбоордун актысын кабыл алууга болбойт.",
        "ru": "Нельзя принять акт проекта в состоянии «{status}».",
        "en": "The act of a project that is “{status}” cannot be accepted.",
    },
    "cycle.not_accepted": {
        "ky": "Бул долбоордун кабыл алынган актысы жок.", "ru": "У этого проекта нет принятого акта.",
        "en": "This project has no accepted act.",
    },
    "cycle.cancel_reason": {
        "ky": "Кабыл алуу эмне үчүн жокко чыгарылганын жазыңыз.", "ru": "Укажите причину отмены приёмки.",
        "en": "Write why the acceptance is cancelled.",
    },
    "cycle.link_other_project": {
        "ky": "Тандалган баруу же отчет башка долбоорго тиешелүү.",
        "ru": "Выбранный визит или отчёт относится к другому проекту.",
        "en": "The chosen visit or report belongs to another project.",
    },
    "project.complete_by_act": {
        "ky": "Долбоор кабыл алуу-өткөрүп берүү актысы кабыл алынганда гана аякталат («Натыйжалар, акт» барагы).",
        "ru": "Проект завершается только принятием акта приёма-передачи (вкладка «Результаты, акт»).",
        "en": "A project is completed only by accepting its acceptance act (the “Results and act” tab).",
    },
    "project.cancel_acceptance_first": {
        "ky": "Долбоордун актысы кабыл алынган: кайра ачуу үчүн кабыл алууну себеби менен жокко чыгарыңыз.",
        "ru": "Акт проекта принят: чтобы вернуть проект в работу, отмените приёмку с указанием причины.",
        "en": "The project's act is accepted: to reopen it, cancel the acceptance with a reason.",
    },
})


def _today(today: date | None) -> date:
    return today or date.today()


# --------------------------------------------------------------------------
# Reading


def get_cycle(db, project_id: str) -> CY.CycleData:
    with db.reader() as s:
        data = Q.load_cycle(s, project_id)
    if data is None:
        raise F.not_found()
    return data


def warnings(db, project_id: str, today: date | None = None, lang: str | None = None) -> list[str]:
    """The agreement's and monitoring's warnings, and the results' ones."""
    items = CY.cycle_warnings(get_cycle(db, project_id), _today(today)) + get_results(db, project_id).warnings()
    return [CY.warning_text(w, lang) for w in items]


def get_results(db, project_id: str) -> CY.Results:
    with db.reader() as s:
        results = Q.load_results(s, [project_id]).get(project_id)
    if results is None:
        raise F.not_found()
    return results


@dataclass(frozen=True)
class CompetitionResults:
    total: CY.Results
    projects: tuple[tuple[str, str, CY.Results], ...]   # (project id, title, results)


def competition_results(db, competition_id: str) -> CompetitionResults:
    """The results of every live project of a competition, and their sum."""
    with db.reader() as s:
        comp = s.get(M.Competition, competition_id) if competition_id else None
        if comp is None or comp.deleted_at is not None:
            raise F.not_found()
        projects = Q.competition_project_ids(s, competition_id)
        results = Q.load_results(s, [pid for pid, _t in projects])
    rows = tuple((pid, title, results[pid]) for pid, title in projects if pid in results)
    return CompetitionResults(CY.combine(r for _p, _t, r in rows), rows)


def delivered_seal(db, project_id: str) -> str:
    with db.reader() as s:
        d = load_project(s, project_id)
        results = Q.load_results(s, [project_id]).get(project_id)
    if d is None or results is None:
        raise F.not_found()
    return CY.seal(CY.delivered_plain(d, results))


# Rows of the project page's lists (one function per list)

@dataclass(frozen=True)
class TrancheRow:
    id: str
    number: int
    due_on: date
    amount: int
    paid: int
    remaining: int
    condition: str
    report: str                 # the report it depends on, in words


@dataclass(frozen=True)
class PaymentRow:
    id: str
    tranche: int
    paid_on: date
    amount: int
    document_number: str
    note: str


@dataclass(frozen=True)
class ReportRow:
    id: str
    kind: str
    period: str
    due_on: date
    received_on: date | None
    status: str
    note: str


@dataclass(frozen=True)
class VisitRow:
    id: str
    visited_on: date
    visitors: str
    checked: str
    findings: str
    follow_up: str
    follow_up_due_on: date | None
    follow_up_done_on: date | None


@dataclass(frozen=True)
class SurveyRow:
    id: str
    surveyed_on: date | None
    asked: int
    satisfied: int
    share: str                  # "85,0 %"
    method: str


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    kind: str
    filename: str
    size_bytes: int
    note: str
    belongs_to: str             # the visit or report it documents, in words
    added_on: date


def report_label(r: CY.ReportInfo, lang: str | None = None) -> str:
    """"interim report, due 15.12.2021"."""
    return f"{i18n.t(f'cycle.report_kind.{r.kind}', lang)}, {F.show_date(r.due_on)}"


def list_tranches(db, project_id: str, lang: str | None = None) -> list[TrancheRow]:
    c = get_cycle(db, project_id)
    return [TrancheRow(t.id, t.number, t.due_on, t.amount, t.paid, t.remaining, t.condition,
                       report_label(c.report(t.report_id), lang) if t.report_id else "") for t in c.tranches]


def list_payments(db, project_id: str) -> list[PaymentRow]:
    c = get_cycle(db, project_id)
    rows = [PaymentRow(p.id, t.number, p.paid_on, p.amount, p.document_number, p.note)
            for t in c.tranches for p in t.payments]
    return sorted(rows, key=lambda r: (r.paid_on, r.tranche))


def list_reports(db, project_id: str) -> list[ReportRow]:
    return [ReportRow(r.id, r.kind, " – ".join(F.show_date(d) for d in (r.period_from, r.period_to) if d),
                      r.due_on, r.received_on, r.status, r.note) for r in get_cycle(db, project_id).reports]


def list_visits(db, project_id: str) -> list[VisitRow]:
    return [VisitRow(v.id, v.visited_on, v.visitors, v.checked, v.findings, v.follow_up, v.follow_up_due_on,
                     v.follow_up_done_on) for v in get_cycle(db, project_id).visits]


def list_surveys(db, project_id: str) -> list[SurveyRow]:
    return [SurveyRow(v.id, v.surveyed_on, v.asked, v.satisfied, CY.pct_text(CY.share_pct(v.satisfied, v.asked))
                      + " %", v.method) for v in get_cycle(db, project_id).surveys]


def list_attachments(db, project_id: str, lang: str | None = None) -> list[AttachmentRow]:
    c = get_cycle(db, project_id)
    visits = {v.id: v for v in c.visits}
    out = []
    for a in c.attachments:
        if a.visit_id:
            what = i18n.t("cycle.visit_of", lang, date=F.show_date(visits[a.visit_id].visited_on))
        elif a.report_id:
            what = report_label(c.report(a.report_id), lang)
        else:
            what = ""
        out.append(AttachmentRow(a.id, a.kind, a.filename, a.size_bytes, a.note, what, a.added_on))
    return out


i18n.register({
    "cycle.visit_of": {"ky": "{date} мониторинг", "ru": "мониторинг {date}", "en": "visit of {date}"},
})


# --------------------------------------------------------------------------
# Tranches and payments


def _project(s, project_id: str) -> M.Project:
    p = s.get(M.Project, project_id) if project_id else None
    if p is None or p.deleted_at is not None:
        raise F.not_found()
    return p


def _row(s, model, row_id: str):
    row = s.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise F.not_found()
    _project(s, row.project_id)
    return row


@dataclass
class TrancheInput:
    due_on: object = None
    amount: object = None          # tyiyn (int) or som text
    condition: object = ""
    report_id: str | None = None   # the report to be accepted before paying


def _tranche_values(s, project: M.Project, data: TrancheInput) -> dict:
    errors: dict = {}
    out = {
        "due_on": F.a_date(errors, "due_on", data.due_on, required=True),
        "amount_tyiyn": F.money(errors, "amount", data.amount),
        "condition": F.text(errors, "condition", data.condition, max_len=2000, multiline=True),
        "report_id": data.report_id or None,
    }
    if out["amount_tyiyn"] == 0:
        errors["amount"] = ServiceError("cycle.tranche_amount_zero", "amount")
    if out["due_on"] and project.agreement_date and out["due_on"] < project.agreement_date:
        errors["due_on"] = ServiceError("cycle.tranche_before_agreement", "due_on",
                                        date=F.show_date(project.agreement_date))
    if out["report_id"]:
        report = s.get(CM.ExecutorReport, out["report_id"])
        if report is None or report.deleted_at is not None or report.project_id != project.id:
            errors["report"] = ServiceError("cycle.report_other_project", "report")
    if errors:
        raise ValidationError(errors)
    return out


def add_tranche(db, project_id: str, data: TrancheInput) -> str:
    """A tranche of the payment schedule: date, amount, condition."""
    require(db, P)
    with db.session() as s:
        project = _project(s, project_id)
        values = _tranche_values(s, project, data)
        numbers = list(s.scalars(select(CM.GrantTranche.number).where(CM.GrantTranche.project_id == project_id,
                                                                      CM.GrantTranche.deleted_at.is_(None))))
        row = CM.GrantTranche(project_id=project_id, number=max(numbers, default=0) + 1, **values)
        s.add(row)
        s.flush()
        return row.id


def _paid(s, tranche_id: str) -> tuple[int, int]:
    amounts = list(s.scalars(select(CM.GrantPayment.amount_tyiyn).where(CM.GrantPayment.tranche_id == tranche_id,
                                                                        CM.GrantPayment.deleted_at.is_(None))))
    return sum(amounts), len(amounts)


def update_tranche(db, tranche_id: str, data: TrancheInput) -> None:
    require(db, P)
    with db.session() as s:
        row = _row(s, CM.GrantTranche, tranche_id)
        values = _tranche_values(s, _project(s, row.project_id), data)
        paid, _n = _paid(s, row.id)
        if values["amount_tyiyn"] < paid:
            raise ValidationError({"amount": ServiceError("cycle.tranche_below_paid", "amount",
                                                          paid=format_amount(paid, sep=" "))})
        F.set_changed(row, values)


def remove_tranche(db, tranche_id: str) -> None:
    require(db, P)
    with db.session() as s:
        row = _row(s, CM.GrantTranche, tranche_id)
        _paid_sum, n = _paid(s, row.id)
        if n:
            raise ServiceError("cycle.tranche_has_payments", n=n)
        row.deleted_at = utcnow()


def add_payment(db, tranche_id: str, paid_on, amount, document_number=None, note=None) -> str:
    """Money paid against a tranche; never more than what is left of it."""
    require(db, P)
    errors: dict = {}
    when = F.a_date(errors, "paid_on", paid_on, required=True)
    tyiyn = F.money(errors, "amount", amount)
    doc = F.text(errors, "document_number", document_number, max_len=100)
    text = F.text(errors, "note", note, max_len=2000, multiline=True)
    if tyiyn == 0:
        errors["amount"] = ServiceError("cycle.payment_zero", "amount")
    with db.session() as s:
        tranche = _row(s, CM.GrantTranche, tranche_id)
        project = _project(s, tranche.project_id)
        if when and project.agreement_date and when < project.agreement_date:
            errors["paid_on"] = ServiceError("cycle.payment_before_agreement", "paid_on",
                                             date=F.show_date(project.agreement_date))
        paid, _n = _paid(s, tranche.id)
        remaining = tranche.amount_tyiyn - paid
        if tyiyn and "amount" not in errors and tyiyn > remaining:
            errors["amount"] = ServiceError("cycle.payment_over", "amount", number=tranche.number,
                                            remaining=format_amount(remaining, sep=" "),
                                            amount=format_amount(tyiyn, sep=" "))
        if errors:
            raise ValidationError(errors)
        row = CM.GrantPayment(tranche_id=tranche.id, paid_on=when, amount_tyiyn=tyiyn, document_number=doc,
                              note=text)
        s.add(row)
        s.flush()
        return row.id


def remove_payment(db, payment_id: str) -> None:
    require(db, P)
    with db.session() as s:
        row = s.get(CM.GrantPayment, payment_id) if payment_id else None
        if row is None or row.deleted_at is not None:
            raise F.not_found()
        _row(s, CM.GrantTranche, row.tranche_id)
        row.deleted_at = utcnow()


# --------------------------------------------------------------------------
# The executor's reports


@dataclass
class ReportInput:
    kind: object = CY.ReportKind.INTERIM.value
    due_on: object = None
    period_from: object = None
    period_to: object = None
    received_on: object = None
    status: object = CY.ReportStatus.EXPECTED.value
    note: object = ""


def _report_values(data: ReportInput, today: date) -> dict:
    errors: dict = {}
    out = {
        "due_on": F.a_date(errors, "due_on", data.due_on, required=True),
        "period_from": F.a_date(errors, "period_from", data.period_from),
        "period_to": F.a_date(errors, "period_to", data.period_to),
        "received_on": F.a_date(errors, "received_on", data.received_on),
        "note": F.text(errors, "note", data.note, max_len=4000, multiline=True),
    }
    try:
        out["kind"] = CY.ReportKind(data.kind)
    except ValueError:
        errors["kind"] = ServiceError("cycle.kind", "kind")
    try:
        out["status"] = CY.ReportStatus(data.status)
    except ValueError:
        errors["status"] = ServiceError("cycle.status", "status")
    if out["period_from"] and out["period_to"] and out["period_to"] < out["period_from"]:
        errors["period_to"] = ServiceError("cycle.period_order", "period_to", start=F.show_date(out["period_from"]))
    status = out.get("status")
    if status is not None and "received_on" not in errors:
        if status != CY.ReportStatus.EXPECTED and out["received_on"] is None:
            errors["received_on"] = ServiceError("cycle.received_needs_date", "received_on",
                                                 status=i18n.Term(f"cycle.report_status.{status.value}"))
        elif status == CY.ReportStatus.EXPECTED and out["received_on"] is not None:
            errors["received_on"] = ServiceError("cycle.expected_with_date", "received_on")
    if out["received_on"] and out["received_on"] > today:
        errors["received_on"] = ServiceError("cycle.received_in_future", "received_on", today=F.show_date(today))
    if errors:
        raise ValidationError(errors)
    return out


def _no_second_final(s, project_id: str, kind, except_id: str | None = None) -> None:
    if kind != CY.ReportKind.FINAL:
        return
    R = CM.ExecutorReport
    other = s.scalar(select(R.id).where(R.project_id == project_id, R.deleted_at.is_(None),
                                        R.kind == CY.ReportKind.FINAL, R.id != (except_id or "")).limit(1))
    if other is not None:
        raise ValidationError({"kind": ServiceError("cycle.second_final", "kind")})


def add_report(db, project_id: str, data: ReportInput, today: date | None = None) -> str:
    """An interim or final report the executor owes (due date, period), and
    when it came and what became of it."""
    require(db, P)
    values = _report_values(data, _today(today))
    with db.session() as s:
        _project(s, project_id)
        _no_second_final(s, project_id, values["kind"])
        row = CM.ExecutorReport(project_id=project_id, **values)
        s.add(row)
        s.flush()
        return row.id


def update_report(db, report_id: str, data: ReportInput, today: date | None = None) -> None:
    require(db, P)
    values = _report_values(data, _today(today))
    with db.session() as s:
        row = _row(s, CM.ExecutorReport, report_id)
        _no_second_final(s, row.project_id, values["kind"], except_id=row.id)
        F.set_changed(row, values)


def remove_report(db, report_id: str) -> None:
    require(db, P)
    with db.session() as s:
        row = _row(s, CM.ExecutorReport, report_id)
        T = CM.GrantTranche
        number = s.scalar(select(T.number).where(T.report_id == row.id, T.deleted_at.is_(None)).limit(1))
        if number is not None:
            raise ServiceError("cycle.report_has_tranches", n=number)
        now = utcnow()
        for a in s.scalars(select(CM.ProjectAttachment).where(CM.ProjectAttachment.report_id == row.id,
                                                              CM.ProjectAttachment.deleted_at.is_(None))):
            a.report_id = None   # the file stays with the project
        row.deleted_at = now


# --------------------------------------------------------------------------
# Monitoring visits


@dataclass
class VisitInput:
    visited_on: object = None
    visitors: object = ""
    checked: object = ""
    findings: object = ""
    follow_up: object = ""
    follow_up_due_on: object = None
    follow_up_done_on: object = None


def _visit_values(data: VisitInput) -> dict:
    errors: dict = {}
    out = {
        "visited_on": F.a_date(errors, "visited_on", data.visited_on, required=True),
        "visitors": F.text(errors, "visitors", data.visitors, required=True, max_len=1000, multiline=True),
        "checked": F.text(errors, "checked", data.checked, max_len=4000, multiline=True),
        "findings": F.text(errors, "findings", data.findings, max_len=4000, multiline=True),
        "follow_up": F.text(errors, "follow_up", data.follow_up, max_len=4000, multiline=True),
        "follow_up_due_on": F.a_date(errors, "follow_up_due_on", data.follow_up_due_on),
        "follow_up_done_on": F.a_date(errors, "follow_up_done_on", data.follow_up_done_on),
    }
    visit = out["visited_on"]
    if out["follow_up_due_on"] and not out["follow_up"]:
        errors["follow_up"] = ServiceError("cycle.follow_up_needs_text", "follow_up")
    if visit and out["follow_up_due_on"] and out["follow_up_due_on"] < visit:
        errors["follow_up_due_on"] = ServiceError("cycle.follow_up_due_before_visit", "follow_up_due_on",
                                                  date=F.show_date(visit))
    if visit and out["follow_up_done_on"] and out["follow_up_done_on"] < visit:
        errors["follow_up_done_on"] = ServiceError("cycle.done_before_visit", "follow_up_done_on",
                                                   date=F.show_date(visit))
    if errors:
        raise ValidationError(errors)
    return out


def add_visit(db, project_id: str, data: VisitInput) -> str:
    """A monitoring visit: date, who, what was checked, findings, follow-up."""
    require(db, P)
    values = _visit_values(data)
    with db.session() as s:
        _project(s, project_id)
        row = CM.MonitoringVisit(project_id=project_id, **values)
        s.add(row)
        s.flush()
        return row.id


def update_visit(db, visit_id: str, data: VisitInput) -> None:
    require(db, P)
    values = _visit_values(data)
    with db.session() as s:
        F.set_changed(_row(s, CM.MonitoringVisit, visit_id), values)


def remove_visit(db, visit_id: str) -> None:
    require(db, P)
    with db.session() as s:
        row = _row(s, CM.MonitoringVisit, visit_id)
        for a in s.scalars(select(CM.ProjectAttachment).where(CM.ProjectAttachment.visit_id == row.id,
                                                              CM.ProjectAttachment.deleted_at.is_(None))):
            a.visit_id = None   # the photo stays with the project
        row.deleted_at = utcnow()


# --------------------------------------------------------------------------
# Satisfaction


def add_survey(db, project_id: str, asked, satisfied, surveyed_on=None, method=None, note=None) -> str:
    """How many were asked and how many were satisfied."""
    require(db, P)
    errors: dict = {}
    n_asked = F.integer(errors, "asked", asked, lo=1, hi=1_000_000)
    n_ok = F.integer(errors, "satisfied", satisfied, lo=0, hi=1_000_000)
    when = F.a_date(errors, "surveyed_on", surveyed_on)
    how = F.text(errors, "method", method, max_len=300)
    text = F.text(errors, "note", note, max_len=2000, multiline=True)
    if n_asked is not None and n_ok is not None and n_ok > n_asked:
        errors["satisfied"] = ServiceError("cycle.satisfied_over_asked", "satisfied", satisfied=n_ok, asked=n_asked)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        _project(s, project_id)
        row = CM.SatisfactionSurvey(project_id=project_id, asked=n_asked, satisfied=n_ok, surveyed_on=when,
                                    method=how, note=text)
        s.add(row)
        s.flush()
        return row.id


def remove_survey(db, survey_id: str) -> None:
    require(db, P)
    with db.session() as s:
        _row(s, CM.SatisfactionSurvey, survey_id).deleted_at = utcnow()


# --------------------------------------------------------------------------
# The acceptance act


@dataclass
class ActInput:
    number: object = ""
    act_date: object = None
    customer_signatory: object = ""
    executor_signatory: object = ""
    remarks: object = ""


def _act(s, project_id: str) -> CM.AcceptanceAct | None:
    A = CM.AcceptanceAct
    return s.scalar(select(A).where(A.project_id == project_id, A.deleted_at.is_(None))
                    .order_by(A.created_at.desc()).limit(1))


def save_act(db, project_id: str, data: ActInput) -> str:
    """Write the act (number, date, who signs, remarks) before accepting it."""
    require(db, P)
    errors: dict = {}
    values = {
        "number": F.text(errors, "number", data.number, max_len=100),
        "act_date": F.a_date(errors, "act_date", data.act_date),
        "customer_signatory": F.text(errors, "customer_signatory", data.customer_signatory, max_len=300),
        "executor_signatory": F.text(errors, "executor_signatory", data.executor_signatory, max_len=300),
        "remarks": F.text(errors, "remarks", data.remarks, max_len=4000, multiline=True),
    }
    with db.session() as s:
        project = _project(s, project_id)
        if values["act_date"] and project.agreement_date and values["act_date"] < project.agreement_date:
            errors["act_date"] = ServiceError("cycle.act_before_agreement", "act_date",
                                              date=F.show_date(project.agreement_date))
        if errors:
            raise ValidationError(errors)
        act = _act(s, project_id)
        if act is not None and act.status == CY.ActStatus.ACCEPTED:
            raise ServiceError("cycle.act_accepted")
        if act is None:
            act = CM.AcceptanceAct(project_id=project_id, status=CY.ActStatus.DRAFT, **values)
            s.add(act)
            s.flush()
        else:
            F.set_changed(act, values)
        return act.id


def accept_act(db, project_id: str) -> None:
    """Accept the project's result: the act needs a number and a date and the
    executor's final report must have arrived; the figures the act lists are
    sealed, and the project becomes completed (the only way it does)."""
    require(db, P)
    from app.terms import word

    with db.session() as s:
        project = _project(s, project_id)
        act = _act(s, project_id)
        if act is None or not act.number or not act.act_date:
            raise ServiceError("cycle.act_missing")
        if act.status == CY.ActStatus.ACCEPTED:
            raise ServiceError("cycle.act_accepted")
        if project.status not in (E.ProjectStatus.PLANNED, E.ProjectStatus.RUNNING):
            raise ServiceError("cycle.act_status", status=word("project_status", project.status))
        R = CM.ExecutorReport
        final = s.scalar(select(R).where(R.project_id == project_id, R.deleted_at.is_(None),
                                         R.kind == CY.ReportKind.FINAL).limit(1))
        if final is None or final.status not in (CY.ReportStatus.RECEIVED, CY.ReportStatus.ACCEPTED):
            raise ServiceError("cycle.act_needs_final_report")
        d = load_project(s, project_id)
        results = Q.load_results(s, [project_id])[project_id]
        act.status = CY.ActStatus.ACCEPTED
        act.accepted_at = utcnow()
        act.accepted_by = db.actor.name
        act.delivered_hash = CY.seal(CY.delivered_plain(d, results))
        act.cancel_reason = None
        project.status = E.ProjectStatus.COMPLETED
        project.status_reason = None


def cancel_acceptance(db, project_id: str, reason) -> None:
    """Take back an accepted act (with the reason): the project runs again."""
    require(db, P)
    errors: dict = {}
    why = F.text(errors, "reason", reason, max_len=2000, multiline=True)
    if errors:
        raise ValidationError(errors)
    if not why:
        raise ValidationError({"reason": ServiceError("cycle.cancel_reason", "reason")})
    with db.session() as s:
        project = _project(s, project_id)
        act = _act(s, project_id)
        if act is None or act.status != CY.ActStatus.ACCEPTED:
            raise ServiceError("cycle.not_accepted")
        act.status = CY.ActStatus.DRAFT
        act.accepted_at = None
        act.accepted_by = None
        act.delivered_hash = None
        act.cancel_reason = why
        project.status = E.ProjectStatus.RUNNING


def completion_refusal(s, project: M.Project, new_status) -> ServiceError | None:
    """The rule app.services.projects.set_project_status asks about: a project
    is completed only by its accepted act, and one with an accepted act is
    reopened only by cancelling the acceptance."""
    if new_status == E.ProjectStatus.COMPLETED:
        return ServiceError("project.complete_by_act", "status")
    if project.status == E.ProjectStatus.COMPLETED and Q.accepted_act_exists(s, project.id):
        return ServiceError("project.cancel_acceptance_first", "status")
    return None


# --------------------------------------------------------------------------
# Attachments


def add_attachment(db, project_id: str, source: str | Path, kind=CY.AttachmentKind.OTHER.value, note: str = "",
                   visit_id: str | None = None, report_id: str | None = None) -> str:
    """Copy a scan, report or photo into the data folder (named by its
    SHA-256, like an application's attachment) and attach it to the project,
    optionally to one of its visits or reports."""
    require(db, P)
    errors: dict = {}
    clean_note = F.text(errors, "note", note, max_len=1000)
    try:
        clean_kind = CY.AttachmentKind(kind)
    except ValueError:
        errors["kind"] = ServiceError("cycle.kind", "kind")
    if not str(source or "").strip():
        errors["file"] = ServiceError("input.required", "file")
    if errors:
        raise ValidationError(errors)

    def check_links(s):
        _project(s, project_id)
        for model, row_id in ((CM.MonitoringVisit, visit_id), (CM.ExecutorReport, report_id)):
            if row_id:
                row = s.get(model, row_id)
                if row is None or row.deleted_at is not None or row.project_id != project_id:
                    raise ValidationError({"link": ServiceError("cycle.link_other_project", "link")})

    source = Path(source)
    with db.reader() as s:
        check_links(s)
    sha, size, tmp = AP._read_source(source, paths.attachments_dir(db.path))
    target = AP._blob_path(db, sha, source.name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and target.stat().st_size == size:
            tmp.unlink()
        else:
            os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    with db.session() as s:
        check_links(s)
        row = CM.ProjectAttachment(project_id=project_id, sha256=sha,
                                   filename=unicodedata.normalize("NFC", source.name)[:300], size_bytes=size,
                                   note=clean_note, kind=clean_kind, visit_id=visit_id or None,
                                   report_id=report_id or None)
        s.add(row)
        s.flush()
        return row.id


def attachment_file(db, attachment_id: str) -> Path:
    """The stored copy of a project's attachment, checked against its hash."""
    with db.reader() as s:
        row = s.get(CM.ProjectAttachment, attachment_id) if attachment_id else None
        if row is None or row.deleted_at is not None:
            raise F.not_found()
        sha, filename = row.sha256, row.filename
    path = AP._blob_path(db, sha, filename)
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(chunk)
    except OSError:
        raise ServiceError("attachment.damaged", name=filename) from None
    if digest.hexdigest() != sha:
        raise ServiceError("attachment.damaged", name=filename)
    return path


def copy_attachment(db, attachment_id: str, target: str | Path) -> Path:
    return Path(shutil.copyfile(attachment_file(db, attachment_id), target))


def remove_attachment(db, attachment_id: str) -> None:
    """Take a file off the project (the row is tombstoned; the stored file
    stays, it may be shared by content)."""
    require(db, P)
    with db.session() as s:
        _row(s, CM.ProjectAttachment, attachment_id).deleted_at = utcnow()


@dataclass(frozen=True)
class CompetitionResultRow:
    id: str
    title: str
    planned_people: int | None
    reached: int
    actual_cost: int
    cost_per_participant: int | None
    cofinancing: str            # "67,6 %"
    satisfied: str


def list_competition_results(db, competition_id: str) -> list[CompetitionResultRow]:
    """One line per project of a competition, for the competition's results list."""
    return [CompetitionResultRow(pid, title, r.planned_people, r.reached, r.actual_cost, r.cost_per_participant,
                                 CY.pct_text(r.cofinancing_share) + " %", CY.pct_text(r.satisfied_share) + " %")
            for pid, title, r in competition_results(db, competition_id).projects]
