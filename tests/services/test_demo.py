"""The demo database holds the figures of cases A, B and C exactly."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain import enums as E
from app.domain.money import som
from app.domain.participants import Category, builtin_category_id, check_counts, grand_total, sum_counts
from app.services import demo
from app.services.errors import ServiceError
from app.store.protocol_doc import verify_sealed
from app.store import models as M


def _one(s, model, **where):
    q = select(model)
    for k, v in where.items():
        q = q.where(getattr(model, k) == v)
    return s.scalars(q).one()


def _categories(s):
    return {c.id: Category(c.id, c.parent_id, c.additive) for c in s.scalars(select(M.ParticipantCategory))}


def _project_counts(s, title):
    project = _one(s, M.Project, title=title)
    events = s.scalars(select(M.Event).where(M.Event.project_id == project.id)).all()
    per_event = []
    for e in events:
        rows = s.scalars(select(M.EventParticipants).where(M.EventParticipants.event_id == e.id))
        per_event.append({r.category_id: r.count for r in rows})
    return project, events, per_event


def test_batken_municipality_figures(demo_db):
    with demo_db.reader() as s:
        m = _one(s, M.Municipality, name="Баткен шаары")
        assert (m.population, m.households, m.men, m.women, m.schoolchildren) == (25024, 6597, 12604, 12420, 5648)
        assert m.executive_body == "Баткен шаарынын мэриясы"


def test_batken_competition_protocol_and_project(demo_db):
    with demo_db.reader() as s:
        comp = _one(s, M.Competition, kind=E.CompetitionKind.MSZ, year=2018)
        assert comp.announced_on == date(2018, 5, 10)
        assert comp.max_grant_tyiyn == som(50000) and comp.duration_months == 3
        assert comp.theme == "Баткен шаарынын калкынын тазалыкка болгон көз карашын өзгөртүү"
        meeting = s.scalars(select(M.Meeting).join(M.Commission, M.Commission.id == M.Meeting.commission_id)
                            .where(M.Commission.competition_id == comp.id)).one()
        assert (meeting.number, meeting.held_on, meeting.status) == (1, date(2018, 6, 20), E.MeetingStatus.CLOSED)
        assert verify_sealed(s, meeting.id).ok and verify_sealed(s, meeting.id).seal == meeting.content_hash
        winner = s.scalars(select(M.Decision).where(M.Decision.meeting_id == meeting.id,
                                                    M.Decision.outcome == E.DecisionOutcome.WINNER)).one()
        app = s.get(M.Application, winner.application_id)
        assert app.title == "Шаарыбыздын тазалыгы өз колубузда"
        assert s.get(M.Applicant, app.applicant_id).name == "Самаркандек райондук аймактык ден соолук комитети"
        assert winner.awarded_tyiyn == som(50000)
        members = s.scalars(select(M.CommissionMember.organisation)).all()
        assert "Ассамблея народа Кыргызстана" in members
        project = _one(s, M.Project, application_id=app.id)
        assert project.customer == "Баткен шаарынын мэриясы" and project.awarded_tyiyn == som(50000)
        materials = {m.kind: (m.quantity, m.size) for m in s.scalars(select(M.Material).where(
            M.Material.project_id == project.id))}
        assert materials == {E.MaterialKind.BANNER: (2, "6×3 м"), E.MaterialKind.ROLL_UP: (1, None),
                             E.MaterialKind.POSTER: (100, None), E.MaterialKind.BROCHURE: (200, None)}
        outlets = [m.outlet for m in s.scalars(select(M.MediaCoverage).where(M.MediaCoverage.project_id == project.id))]
        assert len(outlets) == 6 and any("Өрүкзар" in o for o in outlets) and "Facebook" in outlets
        planned = s.scalars(select(M.Event).where(M.Event.project_id == project.id, M.Event.is_planned.is_(True)))
        assert {e.held_on for e in planned} == {date(2018, 11, 8), date(2018, 11, 12), date(2018, 11, 30)}
        counts = s.scalar(select(func.count()).select_from(M.EventParticipants).join(
            M.Event, M.Event.id == M.EventParticipants.event_id).where(M.Event.project_id == project.id))
        assert counts == 0  # case A gives no participant counts; none invented


def test_orozbekov_competition_and_budget(demo_db):
    with demo_db.reader() as s:
        comp = _one(s, M.Competition, kind=E.CompetitionKind.JD, year=2021)
        assert (comp.legal_doc_number, comp.legal_doc_date) == ("226", date(2020, 12, 28))
        assert comp.total_allocation_tyiyn == som(23000)
        assert len(comp.priority_areas.splitlines()) == 4
        commission = _one(s, M.Commission, competition_id=comp.id)
        assert s.scalar(select(func.count()).select_from(M.CommissionMember).where(
            M.CommissionMember.commission_id == commission.id)) == 5
        budgets = {}
        for title in ("Атам, апам жана мен", "Жомокко саякат"):
            p = _one(s, M.Project, title=title)
            lines = s.scalars(select(M.BudgetLine).where(M.BudgetLine.project_id == p.id)).all()
            by_source = {}
            for line in lines:
                by_source[line.source] = by_source.get(line.source, 0) + line.planned_tyiyn
            budgets[title] = (p, by_source)
        p1, b1 = budgets["Атам, апам жана мен"]
        assert b1[E.FundingSource.LOCAL_BUDGET] == som(12000) and b1[E.FundingSource.DONOR] == som(25000)
        assert E.FundingSource.INITIATOR_IN_KIND in b1
        assert sum(b1.values()) == som(37000)
        p2, b2 = budgets["Жомокко саякат"]
        assert b2[E.FundingSource.LOCAL_BUDGET] == som(11000) and b2[E.FundingSource.DONOR] == som(25000)
        assert sum(b2.values()) == som(36000)
        assert b1[E.FundingSource.LOCAL_BUDGET] + b2[E.FundingSource.LOCAL_BUDGET] == comp.total_allocation_tyiyn
        assert p1.executor == "Кожонова Анаргүл Абдиллаевна" and p2.executor == "Кулназарова Райма Эркиновна"
        assert (p1.awarded_tyiyn, p2.awarded_tyiyn) == (som(12000), som(11000))


def test_atam_apam_participants(demo_db):
    with demo_db.reader() as s:
        cats = _categories(s)
        _project, events, per_event = _project_counts(s, "Атам, апам жана мен")
        assert len(events) == 6
        total = sum_counts(per_event)
        c = builtin_category_id
        assert (total[c("fathers")], total[c("mothers")], total[c("boys")], total[c("girls")]) == (28, 54, 8, 4)
        assert grand_total(total, cats) == 94
        assert len(per_event) == 6 and all(check_counts(e, cats) == [] for e in per_event)


def test_jomokko_participants(demo_db):
    with demo_db.reader() as s:
        cats = _categories(s)
        _project, events, per_event = _project_counts(s, "Жомокко саякат")
        assert len(events) == 5 and len({e.place for e in events}) == 3
        assert all("Чоң ата балыкты кантип кармады?" in e.title for e in events)
        total = sum_counts(per_event)
        c = builtin_category_id
        assert total[c("children")] == 290 and total[c("girls")] == 114
        assert total[c("children_disabilities")] == 19 and total[c("migrant_children")] == 89
        assert grand_total(total, cats) == 290
        assert len(per_event) == 5 and all(check_counts(e, cats) == [] for e in per_event)


def test_both_protocols_closed_with_matching_hash(demo_db):
    with demo_db.reader() as s:
        meetings = s.scalars(select(M.Meeting)).all()
        assert len(meetings) == 4   # cases A and B, and the two illustrative ones (issue 15)
        for m in meetings:
            assert m.status == E.MeetingStatus.CLOSED and len(m.content_hash) == 64
            assert verify_sealed(s, m.id).ok
        jd = s.scalars(select(M.Meeting).join(M.Commission, M.Commission.id == M.Meeting.commission_id)
                       .join(M.Competition, M.Competition.id == M.Commission.competition_id)
                       .where(M.Competition.kind == E.CompetitionKind.JD)).one()
        winners = s.scalars(select(M.Decision).where(M.Decision.meeting_id == jd.id,
                                                     M.Decision.outcome == E.DecisionOutcome.WINNER)).all()
        titles = {s.get(M.Application, d.application_id).title: d.awarded_tyiyn for d in winners}
        assert titles == {"Атам, апам жана мен": som(12000), "Жомокко саякат": som(11000)}


def test_kara_balta_program_and_indicators(demo_db):
    with demo_db.reader() as s:
        prog = s.scalars(select(M.DevelopmentProgram)).one()
        assert (prog.start_year, prog.end_year, prog.resolution_number, prog.resolution_date) == (
            2023, 2026, "05", date(2023, 2, 16))
        assert prog.motto == "Келечектин жашыл, сарамжалдуу шаары"
        assert s.scalar(select(func.count()).select_from(M.ProgramPriority).where(
            M.ProgramPriority.program_id == prog.id)) == 4

        def targets(name):
            ind = _one(s, M.Indicator, name=name)
            rows = s.scalars(select(M.IndicatorTarget).where(M.IndicatorTarget.indicator_id == ind.id)
                             .order_by(M.IndicatorTarget.year)).all()
            return ind, [r.value for r in rows]

        lower, yearly = targets("анын ичинде төмөнкү парк")
        assert yearly == [Decimal("8371.4")] * 4 and lower.final_target == Decimal("33485.9")
        upper, yearly = targets("анын ичинде жогорку парк")
        assert yearly == [Decimal("12782.5")] * 4 and upper.final_target == Decimal("51130")
        total, _ = targets("Парктарды автоматтык сугаруу")
        assert total.final_target == Decimal("84615.9") == lower.final_target + upper.final_target
        assert lower.parent_id == total.id
        net, yearly = targets("Сугат тармагын калыбына келтирүү (40 486 п.м. бардыгы)")
        assert (net.baseline_value, net.final_target) == (Decimal("50"), Decimal("100"))
        assert "20 243" in net.footnote and "5 061" in net.footnote
        trees, yearly = targets("Бар дарактардын жаңы отургузулгандарга катышы")
        assert trees.value_type == E.IndicatorValueType.RATIO
        assert [trees.baseline_value, *yearly, trees.final_target] == [
            Decimal("0"), Decimal("0.3"), Decimal("0.8"), Decimal("2"), Decimal("2.5"), Decimal("3")]
        social, _ = targets("Социалдык заказды каржылоо")
        assert (social.baseline_value, social.final_target) == (Decimal("400000"), Decimal("1000000"))
        body = _one(s, M.ResponsibleBody, name="МП «Универсал»")
        assert "МП Универсал" in body.aliases


def test_demo_refused_into_a_database_with_competitions(demo_db):
    with demo_db.reader() as s:
        before = s.scalar(select(func.count()).select_from(M.Municipality))
    with pytest.raises(ServiceError) as err:
        demo.build_demo(demo_db)
    assert err.value.key == "demo.not_empty"
    with demo_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(M.Municipality)) == before


def test_demo_summary_ids(db):
    summary = demo.build_demo(db)
    with db.reader() as s:
        assert s.get(M.Project, summary.projects["atam_apam"]).title == "Атам, апам жана мен"
        assert s.get(M.Meeting, summary.meetings["batken"]).held_on == date(2018, 6, 20)
    assert summary.events == 6 + 5 + 9 + 5 + 1  # the projects', the two competitions' own, the subsidy's one


def test_the_practice_competition_is_open_and_named_so(demo_db):
    """Issue 17, point 15: one open competition to practise the commission on."""
    from app.services import browse
    from app.services import commission as C

    open_ones = [c for c in browse.list_competitions(demo_db) if c.status == "under_review"]
    assert len(open_ones) == 1 and "МАШЫГУУ" in open_ones[0].title and "чыныгы эмес" in open_ones[0].title
    view = C.commission_view(demo_db, open_ones[0].id)
    assert len(view.members) == 5 and len(view.criteria) == 3 and not view.meetings and not view.warnings
