"""A small dataset built through the models, with known figures (from cases
A and B of shared/domain/cases.md), for tests that must assert exact rows.

`build_sample(db)` returns the ids of the rows tests refer to.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain import enums as E
from app.domain.participants import builtin_category_id
from app.store import models as M
from app.store.base import utcnow


def build_sample(db) -> dict[str, str]:
    ids: dict[str, str] = {}
    with db.session() as s:
        mun = M.Municipality(name="А. Орозбеков айыл аймагы", kind=E.MunicipalityKind.AYIL_AIMAK,
                             district="Кадамжай району", region="Баткен облусу", population=12000)
        s.add(mun)
        s.flush()
        comp = M.Competition(
            municipality_id=mun.id, kind=E.CompetitionKind.JD, year=2021,
            title="Жергиликтүү демилгелер сынагы 2021", status=E.CompetitionStatus.IN_IMPLEMENTATION,
            total_allocation_tyiyn=2_300_000, max_grant_tyiyn=1_200_000,
            announced_on=date(2021, 9, 1), deadline_on=date(2021, 9, 30),
        )
        msz = M.Competition(
            municipality_id=mun.id, kind=E.CompetitionKind.MSZ, year=2018,
            title="Шаардын тазалыгы", status=E.CompetitionStatus.ANNOUNCED,
            total_allocation_tyiyn=5_000_000, max_grant_tyiyn=5_000_000,
            announced_on=date(2018, 5, 10), deadline_on=date(2018, 6, 10),
        )
        gone = M.Competition(
            municipality_id=mun.id, kind=E.CompetitionKind.JD, year=2019, title="Өчүрүлгөн сынак",
            deleted_at=utcnow(),
        )
        s.add_all([comp, msz, gone])
        s.flush()
        p1 = M.Applicant(kind=E.ApplicantKind.PERSON, name="Кожонова Анаргүл Абдиллаевна", village="Орозбеков")
        p2 = M.Applicant(kind=E.ApplicantKind.PERSON, name="Кулназарова Райма Эркиновна", village="Үч-Коргон")
        s.add_all([p1, p2])
        s.flush()
        a1 = M.Application(competition_id=comp.id, applicant_id=p1.id, reg_seq=1, reg_number="ЖД-2021-001",
                           received_on=date(2021, 9, 20), title="Атам, апам жана мен", village="Орозбеков",
                           requested_tyiyn=3_700_000, status=E.ApplicationStatus.WINNER)
        a2 = M.Application(competition_id=comp.id, applicant_id=p2.id, reg_seq=2, reg_number="ЖД-2021-002",
                           received_on=date(2021, 9, 21), title="Жомокко саякат", village="Үч-Коргон",
                           requested_tyiyn=3_600_000, status=E.ApplicationStatus.WINNER)
        a3 = M.Application(competition_id=comp.id, applicant_id=p2.id, reg_seq=3, reg_number="ЖД-2021-003",
                           received_on=date(2021, 9, 22), title="Тартылып алынган өтүнмө",
                           requested_tyiyn=100_000, status=E.ApplicationStatus.REGISTERED, deleted_at=utcnow())
        a4 = M.Application(competition_id=gone.id, applicant_id=p2.id, reg_seq=1, reg_number="ЖД-2019-001",
                           received_on=date(2019, 9, 22), title="Өчүрүлгөн сынактын өтүнмөсү",
                           requested_tyiyn=100_000)
        s.add_all([a1, a2, a3, a4])
        k = M.Commission(competition_id=comp.id, name="Гранттык комиссия")
        s.add(k)
        s.flush()
        members = [
            M.CommissionMember(commission_id=k.id, full_name="Асанов Бакыт", position="Айыл өкмөтүнүн адиси",
                               category=E.MemberCategory.LSG_SPECIALIST, role=E.MemberRole.CHAIR, sort_order=1),
            M.CommissionMember(commission_id=k.id, full_name="Токтогулова Гүлнара", position="Айылдык кеңештин депутаты",
                               category=E.MemberCategory.COUNCIL_DEPUTY, role=E.MemberRole.SECRETARY, sort_order=2),
            M.CommissionMember(commission_id=k.id, full_name="Мамытов Нурлан",
                               category=E.MemberCategory.COMMUNITY, role=E.MemberRole.MEMBER, sort_order=3),
            M.CommissionMember(commission_id=k.id, full_name="Чыгарылган Мүчө",
                               category=E.MemberCategory.COMMUNITY, role=E.MemberRole.MEMBER, sort_order=4,
                               deleted_at=utcnow()),
        ]
        s.add_all(members)
        m1 = M.Meeting(commission_id=k.id, number=1, held_on=date(2021, 10, 5), place="Айыл өкмөтү",
                       status=E.MeetingStatus.CLOSED, content_hash="ab12cd34ef56" + "0" * 52, closed_at=utcnow())
        m2 = M.Meeting(commission_id=k.id, number=2, held_on=date(2021, 10, 20), place="Айыл өкмөтү")
        s.add_all([m1, m2])
        s.flush()
        pr1 = M.Project(competition_id=comp.id, application_id=a1.id, title="Атам, апам жана мен",
                        executor="Кожонова Анаргүл Абдиллаевна", awarded_tyiyn=3_700_000,
                        start_on=date(2021, 11, 1), end_on=date(2021, 12, 31), status=E.ProjectStatus.RUNNING)
        pr2 = M.Project(competition_id=comp.id, application_id=a2.id, title="Жомокко саякат",
                        executor="Кулназарова Райма Эркиновна", awarded_tyiyn=3_600_000,
                        start_on=date(2021, 12, 1), end_on=date(2022, 1, 15), status=E.ProjectStatus.COMPLETED)
        s.add_all([pr1, pr2])
        s.flush()
        ev1 = M.Event(project_id=pr1.id, held_on=date(2021, 11, 14), place="Орозбеков", kind=E.EventKind.SPORT,
                      title="Аталар менен баскетбол")
        ev2 = M.Event(project_id=pr2.id, held_on=date(2021, 12, 28), place="Үч-Коргон",
                      kind=E.EventKind.PERFORMANCE, title="Чоң ата балыкты кантип кармады?")
        ev3 = M.Event(project_id=pr2.id, held_on=date(2021, 12, 29), place="Үч-Коргон",
                      kind=E.EventKind.PERFORMANCE, title="Өчүрүлгөн иш-чара", deleted_at=utcnow())
        s.add_all([ev1, ev2, ev3])
        s.flush()
        cat = builtin_category_id
        # case B: 28 fathers, 54 mothers, 8 boys, 4 girls -> 94 people
        for code, n in (("fathers", 28), ("mothers", 54), ("boys", 8), ("girls", 4)):
            s.add(M.EventParticipants(event_id=ev1.id, category_id=cat(code), count=n))
        # 290 children, of them 114 girls, 19 with disabilities, 89 migrants' children -> 290
        for code, n in (("children", 290), ("girls", 114), ("children_disabilities", 19),
                        ("migrant_children", 89)):
            s.add(M.EventParticipants(event_id=ev2.id, category_id=cat(code), count=n))
        prog = M.DevelopmentProgram(municipality_id=mun.id, title="Кара-Балта шаарын өнүктүрүү программасы",
                                    start_year=2023, end_year=2026)
        s.add(prog)
        s.flush()
        pri1 = M.ProgramPriority(program_id=prog.id, number=1, title="Социалдык өнүгүү")
        pri3 = M.ProgramPriority(program_id=prog.id, number=3, title="Климатка ыңгайлашуу")
        s.add_all([pri1, pri3])
        s.flush()
        s.add_all([
            M.Indicator(program_id=prog.id, priority_id=pri3.id, position=1, name="Парктарды автоматтык сугаруу",
                        unit="м²", baseline_value=Decimal(0), final_target=Decimal("84615.9")),
            M.Indicator(program_id=prog.id, priority_id=pri3.id, position=2, name="Жашылдандыруу",
                        unit="", value_type=E.IndicatorValueType.RATIO, baseline_value=Decimal(0),
                        final_target=Decimal(3)),
            M.Indicator(program_id=prog.id, priority_id=pri1.id, position=1, name="Социалдык заказды каржылоо",
                        unit="сом", baseline_value=Decimal(400000), final_target=Decimal(1000000)),
            M.Indicator(program_id=prog.id, priority_id=pri1.id, position=2, name="Өчүрүлгөн индикатор",
                        deleted_at=utcnow()),
        ])
        ids.update(municipality=mun.id, competition=comp.id, msz=msz.id, gone=gone.id, application=a1.id,
                   project=pr1.id, event=ev1.id, meeting=m1.id, program=prog.id)
    return ids
