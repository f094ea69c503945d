"""Reading the project cycle into the plain read model of app.domain.cycle:
a project's tranches, payments, reports, visits, act, surveys and
attachments; results against plan for any set of projects (read in batches,
so a district's council summary does not read project by project); a
competition's work plan, its own events and media, and the parties of a
grant agreement. Used by the services and the reports."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import budget as B
from app.domain import cycle as CY
from app.domain import projects as D
from app.domain.enums import FundingSource
from app.store import cycle_models as CM
from app.store import models as M
from app.store.project_queries import load_categories, load_events

CHUNK = 500


def _alive(model):
    return model.deleted_at.is_(None)


def _chunks(ids: list[str]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


# --------------------------------------------------------------------------
# One project's cycle


def load_cycle(s: Session, project_id: str) -> CY.CycleData | None:
    p = s.get(M.Project, project_id) if project_id else None
    if p is None or p.deleted_at is not None:
        return None
    T, PAY, R, V = CM.GrantTranche, CM.GrantPayment, CM.ExecutorReport, CM.MonitoringVisit
    tranches = list(s.scalars(select(T).where(T.project_id == p.id, _alive(T)).order_by(T.number, T.due_on)))
    payments: dict[str, list[CY.PaymentInfo]] = defaultdict(list)
    if tranches:
        for pay in s.scalars(select(PAY).where(PAY.tranche_id.in_([t.id for t in tranches]), _alive(PAY))
                             .order_by(PAY.paid_on, PAY.created_at)):
            payments[pay.tranche_id].append(CY.PaymentInfo(pay.id, pay.tranche_id, pay.paid_on, pay.amount_tyiyn,
                                                           pay.document_number or "", pay.note or ""))
    reports = tuple(CY.ReportInfo(r.id, str(r.kind), r.period_from, r.period_to, r.due_on, r.received_on,
                                  str(r.status), r.note or "")
                    for r in s.scalars(select(R).where(R.project_id == p.id, _alive(R))
                                       .order_by(R.due_on, R.created_at)))
    live_reports = {r.id for r in reports}
    visits = tuple(CY.VisitInfo(v.id, v.visited_on, v.visitors, v.checked or "", v.findings or "",
                                v.follow_up or "", v.follow_up_due_on, v.follow_up_done_on)
                   for v in s.scalars(select(V).where(V.project_id == p.id, _alive(V))
                                      .order_by(V.visited_on, V.created_at)))
    live_visits = {v.id for v in visits}
    act_row = s.scalar(select(CM.AcceptanceAct).where(CM.AcceptanceAct.project_id == p.id,
                                                      _alive(CM.AcceptanceAct))
                       .order_by(CM.AcceptanceAct.created_at.desc()).limit(1))
    act = None if act_row is None else CY.ActInfo(
        act_row.id, act_row.number or "", act_row.act_date, act_row.customer_signatory or "",
        act_row.executor_signatory or "", act_row.remarks or "", str(act_row.status), act_row.accepted_at,
        act_row.accepted_by or "", act_row.delivered_hash or "", act_row.cancel_reason or "")
    SV = CM.SatisfactionSurvey
    surveys = tuple(CY.SurveyInfo(v.id, v.surveyed_on, v.asked, v.satisfied, v.method or "", v.note or "")
                    for v in s.scalars(select(SV).where(SV.project_id == p.id, _alive(SV))
                                       .order_by(SV.surveyed_on.is_(None), SV.surveyed_on, SV.created_at)))
    AT = CM.ProjectAttachment
    attachments = tuple(CY.AttachmentInfo(a.id, str(a.kind), a.filename, a.size_bytes, a.sha256, a.note or "",
                                           a.visit_id if a.visit_id in live_visits else None,
                                           a.report_id if a.report_id in live_reports else None,
                                           a.created_at.date())
                        for a in s.scalars(select(AT).where(AT.project_id == p.id, _alive(AT))
                                           .order_by(AT.created_at)))
    return CY.CycleData(
        p.id, p.awarded_tyiyn, p.agreement_date, p.end_on, str(p.status),
        tuple(CY.TrancheInfo(t.id, t.number, t.due_on, t.amount_tyiyn, t.condition or "",
                             t.report_id if t.report_id in live_reports else None, tuple(payments.get(t.id, ())))
              for t in tranches),
        reports, visits, act, surveys, attachments)


def accepted_act_exists(s: Session, project_id: str) -> bool:
    A = CM.AcceptanceAct
    return s.scalar(select(func.count()).select_from(A).where(
        A.project_id == project_id, _alive(A), A.status == CY.ActStatus.ACCEPTED)) > 0


# --------------------------------------------------------------------------
# Results against plan, for any number of projects


def load_results(s: Session, project_ids: list[str]) -> dict[str, CY.Results]:
    """project id -> its results (live projects only), read in batches."""
    P = M.Project
    projects = []
    for chunk in _chunks(list(project_ids)):
        projects += s.execute(select(P.id, P.application_id, P.competition_id)
                              .where(P.id.in_(chunk), _alive(P))).all()
    if not projects:
        return {}
    ids = [p.id for p in projects]
    categories = load_categories(s)
    rules = {c.id: c.rule for c in categories}
    comp_ids = list({p.competition_id for p in projects if p.competition_id})
    required: dict[str, int] = {}
    for chunk in _chunks(comp_ids):
        required.update(dict(s.execute(select(M.Competition.id, M.Competition.cofinancing_share_pct)
                                       .where(M.Competition.id.in_(chunk))).all()))
    app_ids = [p.application_id for p in projects if p.application_id]
    planned: dict[str, dict[str, int]] = defaultdict(dict)
    planned_events: dict[str, int] = defaultdict(int)
    PP, PE = M.PlannedParticipants, M.PlannedEvent
    for chunk in _chunks(app_ids):
        for app_id, cat_id, n in s.execute(select(PP.application_id, PP.category_id, PP.count)
                                           .where(PP.application_id.in_(chunk), _alive(PP))):
            if cat_id in rules:
                planned[app_id][cat_id] = n
        for app_id, times in s.execute(select(PE.application_id, func.sum(PE.times))
                                       .where(PE.application_id.in_(chunk), _alive(PE))
                                       .group_by(PE.application_id)):
            planned_events[app_id] = int(times or 0)
    event_counts: dict[str, list[dict[str, int]]] = defaultdict(list)
    for chunk in _chunks(ids):
        for pid, e in load_events(s, set(rules), project_ids=chunk, held_only=True):
            event_counts[pid].append(e.counts)
    sources = _source_totals(s, ids)
    surveys: dict[str, list[tuple[int, int]]] = defaultdict(list)
    SV = CM.SatisfactionSurvey
    for chunk in _chunks(ids):
        for pid, asked, satisfied in s.execute(select(SV.project_id, SV.asked, SV.satisfied)
                                               .where(SV.project_id.in_(chunk), _alive(SV))):
            surveys[pid].append((asked, satisfied))
    out = {}
    for p in projects:
        totals, unvalued = sources.get(p.id, ({}, 0))
        out[p.id] = CY.project_results(
            planned_counts=planned.get(p.application_id) if p.application_id else None,
            event_counts=event_counts.get(p.id, []), rules=rules,
            events_planned=planned_events.get(p.application_id, 0) if p.application_id else 0,
            source_totals=[(src, pl, ac) for src, (pl, ac) in totals.items()], surveys=surveys.get(p.id, []),
            required_cofinancing_pct=required.get(p.competition_id), unvalued_in_kind=unvalued)
    return out


def _source_totals(s: Session, ids: list[str]) -> dict[str, tuple[dict[str, tuple[int, int]], int]]:
    """project id -> (source -> (planned, actual)), in-kind lines without a value),
    by the budget's own rule (app.domain.budget.summarize)."""
    BL, EX = M.BudgetLine, M.Expense
    lines: dict[str, list[M.BudgetLine]] = defaultdict(list)
    booked: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    unassigned: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for chunk in _chunks(ids):
        for line in s.scalars(select(BL).where(BL.project_id.in_(chunk), _alive(BL))):
            lines[line.project_id].append(line)
    live_lines = {ln.id for group in lines.values() for ln in group}
    for chunk in _chunks(ids):
        for e in s.execute(select(EX.project_id, EX.budget_line_id, EX.source, EX.amount_tyiyn)
                           .where(EX.project_id.in_(chunk), _alive(EX))):
            if e.budget_line_id in live_lines:
                booked[e.budget_line_id][0] += e.amount_tyiyn
                booked[e.budget_line_id][1] += 1
            else:
                unassigned[e.project_id][str(e.source)] += e.amount_tyiyn
    out = {}
    for pid in ids:
        facts = [B.LineFacts(ln.id, ln.category, str(ln.source), ln.planned_tyiyn, ln.actual_tyiyn,
                             *(booked[ln.id] if ln.id in booked else (0, 0))) for ln in lines.get(pid, [])]
        summary = B.summarize(facts, dict(unassigned.get(pid, {})), 0, 0, 0)
        unvalued = sum(1 for f in facts if f.source == FundingSource.INITIATOR_IN_KIND and not f.planned
                       and not f.actual)
        out[pid] = ({t.source: (t.planned, t.actual) for t in summary.by_source}, unvalued)
    return out


def competition_project_ids(s: Session, competition_id: str) -> list[tuple[str, str]]:
    """(id, title) of a competition's live projects, by start date."""
    P = M.Project
    return [(r.id, r.title) for r in s.execute(
        select(P.id, P.title).where(P.competition_id == competition_id, _alive(P))
        .order_by(P.start_on.is_(None), P.start_on, P.title))]


# --------------------------------------------------------------------------
# The competition's own work plan, events and media


def load_plan(s: Session, competition_id: str) -> list[CY.PlanStepInfo]:
    PS = M.CompetitionPlanStep
    return [CY.PlanStepInfo(r.id, r.position, r.step, r.responsible or "", r.confirming_document or "",
                            r.deadline_on, r.done_on, r.note or "")
            for r in s.scalars(select(PS).where(PS.competition_id == competition_id, _alive(PS))
                               .order_by(PS.position, PS.deadline_on, PS.created_at))]


def load_competition_events(s: Session, competition_id: str) -> list[D.EventInfo]:
    rules = {c.id for c in load_categories(s)}
    return [e for _owner, e in load_events(s, rules, competition_ids=[competition_id])]


def load_competition_media(s: Session, competition_id: str) -> list[D.MediaInfo]:
    MC = M.MediaCoverage
    return [D.MediaInfo(m.id, m.outlet, str(m.level), m.published_on, m.link or "", m.note or "")
            for m in s.scalars(select(MC).where(MC.competition_id == competition_id, _alive(MC))
                               .order_by(MC.published_on.is_(None), MC.published_on, MC.created_at))]


# --------------------------------------------------------------------------
# The parties of a grant agreement


@dataclass(frozen=True)
class Parties:
    municipality: str
    district: str
    region: str
    customer: str
    executor: str
    executor_kind: str
    legal_form: str
    registration_number: str
    address: str
    village: str
    phone: str
    id_document: str
    leader: str
    legal_basis: str              # the council resolution behind the competition
    planned_events: tuple[tuple[str, str, int], ...]   # (description, kind, times) from the application


def load_parties(s: Session, project_id: str) -> Parties | None:
    p = s.get(M.Project, project_id) if project_id else None
    if p is None or p.deleted_at is not None:
        return None
    comp = s.get(M.Competition, p.competition_id) if p.competition_id else None
    mun = s.get(M.Municipality, comp.municipality_id) if comp else None
    app = s.get(M.Application, p.application_id) if p.application_id else None
    applicant = s.get(M.Applicant, app.applicant_id) if app else None
    basis = ""
    if comp and (comp.legal_doc_kind or comp.legal_doc_number):
        basis = " ".join(x for x in (comp.legal_doc_kind or "", f"№ {comp.legal_doc_number}"
                                     if comp.legal_doc_number else "",
                                     comp.legal_doc_date.strftime("%d.%m.%Y") if comp.legal_doc_date else "") if x)
    events: tuple = ()
    if app:
        PE = M.PlannedEvent
        events = tuple((e.description, str(e.kind), e.times) for e in s.scalars(
            select(PE).where(PE.application_id == app.id, _alive(PE)).order_by(PE.created_at)))
    a = applicant
    return Parties(mun.name if mun else "", (mun.district or "") if mun else "", (mun.region or "") if mun else "",
                   p.customer or ((mun.executive_body or mun.name) if mun else ""), p.executor or (a.name if a else ""),
                   str(a.kind) if a else "", (a.legal_form or "") if a else "", (a.registration_number or "") if a else "",
                   (a.address or "") if a else "", (a.village or "") if a else "", (a.phone or "") if a else "",
                   (a.id_document or "") if a else "", (a.leader_name or "") if a else "", basis, events)
