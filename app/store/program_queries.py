"""Reading a development program into the plain read model of
app.domain.programs. Used by the program services and the program reports
(reports cannot call services, so the one query lives here)."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import programs as P
from app.store import models as M


def _alive(model):
    return model.deleted_at.is_(None)


def load_program(s: Session, program_id: str) -> P.ProgramData | None:
    """The whole program (tombstoned rows skipped), or None if there is none."""
    prog = s.get(M.DevelopmentProgram, program_id)
    if prog is None or prog.deleted_at is not None:
        return None
    mun = s.get(M.Municipality, prog.municipality_id)

    bodies = {b.id: b for b in s.scalars(select(M.ResponsibleBody))}

    def ref(body_id: str | None) -> P.BodyRef | None:
        b = bodies.get(body_id) if body_id else None
        return P.BodyRef(b.id, b.name) if b is not None else None

    priorities = list(s.scalars(
        select(M.ProgramPriority).where(M.ProgramPriority.program_id == program_id, _alive(M.ProgramPriority))
        .order_by(M.ProgramPriority.number, M.ProgramPriority.created_at)))
    pids = [p.id for p in priorities]
    areas = list(s.scalars(select(M.ProgramArea).where(M.ProgramArea.priority_id.in_(pids), _alive(M.ProgramArea))
                           .order_by(M.ProgramArea.position, M.ProgramArea.created_at)))
    tasks = list(s.scalars(select(M.ProgramTask).where(M.ProgramTask.priority_id.in_(pids), _alive(M.ProgramTask))
                           .order_by(M.ProgramTask.position, M.ProgramTask.created_at)))
    tids = [t.id for t in tasks]
    measures = list(s.scalars(
        select(M.ProgramMeasure).where(M.ProgramMeasure.task_id.in_(tids), _alive(M.ProgramMeasure))
        .order_by(M.ProgramMeasure.position, M.ProgramMeasure.created_at)))
    mids = [m.id for m in measures]
    resp: dict[str, list[P.BodyRef]] = defaultdict(list)
    for mr in s.scalars(select(M.MeasureResponsible).where(
            M.MeasureResponsible.measure_id.in_(mids), _alive(M.MeasureResponsible))
            .order_by(M.MeasureResponsible.created_at, M.MeasureResponsible.id)):
        r = ref(mr.body_id)
        if r is not None and bodies[mr.body_id].deleted_at is None:
            resp[mr.measure_id].append(r)

    areas_by_p: dict[str, list] = defaultdict(list)
    for a in areas:
        areas_by_p[a.priority_id].append(P.AreaData(a.id, a.position, a.title))
    measures_by_t: dict[str, list] = defaultdict(list)
    for m in measures:
        measures_by_t[m.task_id].append(m)
    tasks_by_p: dict[str, list] = defaultdict(list)
    for t in tasks:
        tasks_by_p[t.priority_id].append(t)

    pdata = []
    for p in priorities:
        tdata = []
        for t_index, t in enumerate(tasks_by_p[p.id], start=1):
            t_no = f"{p.number}.{t_index}"
            mdata = tuple(
                P.MeasureData(
                    id=m.id, task_id=t.id, number=f"{t_no}.{m_index}", position=m.position, title=m.title,
                    period_text=m.period_text, start_year=m.start_year, end_year=m.end_year,
                    expected_result=m.expected_result, responsible=tuple(resp[m.id]))
                for m_index, m in enumerate(measures_by_t[t.id], start=1))
            tdata.append(P.TaskData(t.id, t_no, t.position, t.title, t.area_id, mdata))
        pdata.append(P.PriorityData(p.id, p.number, p.title, tuple(areas_by_p[p.id]), tuple(tdata)))

    indicators = list(s.scalars(
        select(M.Indicator).where(M.Indicator.program_id == program_id, _alive(M.Indicator))
        .order_by(M.Indicator.position, M.Indicator.created_at)))
    iids = [i.id for i in indicators]
    targets: dict[str, list] = defaultdict(list)
    for t in s.scalars(select(M.IndicatorTarget).where(M.IndicatorTarget.indicator_id.in_(iids),
                                                       _alive(M.IndicatorTarget)).order_by(M.IndicatorTarget.year)):
        targets[t.indicator_id].append((t.year, t.value))
    actuals: dict[str, list] = defaultdict(list)
    for a in s.scalars(select(M.IndicatorActual).where(M.IndicatorActual.indicator_id.in_(iids),
                                                       _alive(M.IndicatorActual)).order_by(M.IndicatorActual.period)):
        actuals[a.indicator_id].append(P.ActualData(a.period, a.value, a.comment))
    ind_bodies: dict[str, list[P.BodyRef]] = defaultdict(list)
    for link in s.scalars(select(M.IndicatorResponsible).where(
            M.IndicatorResponsible.indicator_id.in_(iids), _alive(M.IndicatorResponsible))
            .order_by(M.IndicatorResponsible.position, M.IndicatorResponsible.created_at)):
        r = ref(link.body_id)
        if r is not None and bodies[link.body_id].deleted_at is None:
            ind_bodies[link.indicator_id].append(r)
    idata = []
    alive_ids = set(iids)
    for i in indicators:
        idata.append(P.IndicatorData(
            id=i.id, parent_id=i.parent_id if i.parent_id in alive_ids else None, priority_id=i.priority_id,
            position=i.position, issue=i.issue, name=i.name, unit=i.unit, value_type=i.value_type,
            baseline_year=i.baseline_year, baseline_value=i.baseline_value, targets=tuple(targets[i.id]),
            final_target=i.final_target, cumulative=i.targets_cumulative,
            # rows written without the link table (older data) name their one body directly
            responsible=tuple(ind_bodies[i.id]) or tuple(r for r in [ref(i.responsible_body_id)] if r),
            footnote=i.footnote, actuals=tuple(actuals[i.id])))

    progress = tuple(
        P.ProgressData(p.measure_id, p.period, p.status, p.reason, p.comment)
        for p in s.scalars(select(M.MeasureProgress).where(M.MeasureProgress.measure_id.in_(mids),
                                                           _alive(M.MeasureProgress))
                           .order_by(M.MeasureProgress.period)))
    corrections = tuple(
        P.CorrectionData(c.id, c.indicator_id, c.year, c.old_value, c.new_value, c.reason, c.proposed_period,
                         c.decision_body, c.decision_number, c.decision_date, c.approved_by)
        for c in s.scalars(select(M.TargetCorrection).where(M.TargetCorrection.indicator_id.in_(iids),
                                                            _alive(M.TargetCorrection))
                           .order_by(M.TargetCorrection.created_at)))
    members = tuple(
        P.MemberData(m.id, m.full_name, m.organisation, m.role)
        for m in s.scalars(select(M.MonitoringGroupMember).where(
            M.MonitoringGroupMember.program_id == program_id, _alive(M.MonitoringGroupMember))
            .order_by(M.MonitoringGroupMember.created_at, M.MonitoringGroupMember.id)))
    alive_measures = set(mids)
    plan = tuple(sorted(
        (a.year, a.measure_id)
        for a in s.scalars(select(M.AnnualPlanItem).where(M.AnnualPlanItem.program_id == program_id,
                                                          _alive(M.AnnualPlanItem)))
        if a.measure_id in alive_measures))

    return P.ProgramData(
        id=prog.id, title=prog.title, motto=prog.motto, start_year=prog.start_year, end_year=prog.end_year,
        resolution_body=prog.resolution_body, resolution_number=prog.resolution_number,
        resolution_date=prog.resolution_date, municipality_name=mun.name if mun else None,
        priorities=tuple(pdata), indicators=tuple(idata), progress=progress, corrections=corrections,
        members=members, annual_plan=plan, monitoring_note=prog.monitoring_note)


def body_entries(s: Session) -> list[P.BodyEntry]:
    return [P.BodyEntry(b.id, b.name, P.parse_aliases(b.aliases))
            for b in s.scalars(select(M.ResponsibleBody).where(_alive(M.ResponsibleBody))
                               .order_by(M.ResponsibleBody.name))]
