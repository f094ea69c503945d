"""The demo database, built from the real cases A, B and C
(../shared/domain/cases.md). Every figure of the sources is used exactly.

What the sources do not give and is filled in here for a working demo is
illustrative, and said so:
- names of commission members other than the organisation named in case A;
- the competing applications that did not win, and the commission's scores
  and votes (the sources give only the winners);
- the three village names of A. Orozbekov ayil aimak;
- the split of participant counts over the events (the sources give project
  totals; the per-event split adds up exactly to them);
- registration numbers, agreement numbers, deadlines and meeting dates other
  than those in the sources;
- tasks and measures of the Kara-Balta program beyond the four priorities and
  the indicators listed in case C;
- the two competitions whose title begins with «ИЛЛЮСТРАЦИЯ» (issue 15): a
  2024 social-order competition of Batken in two lots (directions) with a
  consortium applicant and its closed protocol, and a 2024 national prize
  contest among municipalities run by a state agency. No source gives them;
  they show lots, consortia and prizes on real-looking data.
- the whole subsidy of 2022 to A. Orozbekov's initiative groups (marked
  "иллюстрация"): a project without a competition, split among three
  recipients, with budget lines given as quantity × unit price (one of them
  "15 certificates × 300 som = 6 000", whose figures disagree), donor money
  paid through the local budget, and an event whose source states 150
  participants while its counts give 144 — so the figures-to-check view and
  the printed notes have something to show.
- the project cycle's dates and details (tranches, payments, reports, visits,
  acts, satisfaction, planned participants): see app.services.demo_cycle.
- in the registers (resolutions, hearing, needs, local budgets): what
  app.services.demo_registers lists.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import func, select

from app import i18n
from app.domain import enums as E
from app.domain.money import som
from app.domain.participants import builtin_category_id as cat
from app.services.auth import Perm, require
from app.services import demo_cycle
from app.services.errors import ServiceError
from app.store import models as M
from app.store.lot_models import ApplicationPartner, Lot, Prize, default_lot_id
from app.store.protocol_doc import seal_values

i18n.register({
    "demo.not_empty": {
        "ky": "Бул маалымат базасында сынактар бар; демо маалыматтар бош базага гана түзүлөт.",
        "ru": "В этой базе уже есть конкурсы; демонстрационные данные создаются только в пустой базе.",
        "en": "This database already has competitions; the demo is built only into an empty database.",
    },
})


@dataclass(frozen=True)
class DemoSummary:
    municipalities: dict[str, str]   # batken, orozbekov, kara_balta -> id
    competitions: dict[str, str]     # batken, orozbekov, practice -> id
    meetings: dict[str, str]         # batken, orozbekov -> id
    projects: dict[str, str]         # samarkandek, atam_apam, jomokko -> id
    program: str
    applications: int
    events: int
    illustrative: dict[str, str] = field(default_factory=dict)  # lots, lots_meeting, prizes, prizes_meeting -> id
    registers: dict[str, str] = field(default_factory=dict)   # see app.services.demo_registers


def _utc(y, m, d, h=9) -> datetime:
    return datetime(y, m, d, h, 0, tzinfo=timezone.utc)


def _add(s, obj):
    s.add(obj)
    s.flush()
    return obj


def build_demo(db) -> DemoSummary:
    """Fill an empty database with cases A, B and C in one transaction
    (the administrator's right: it adds municipalities)."""
    require(db, Perm.SETTINGS)
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(M.Competition)):
            raise ServiceError("demo.not_empty")
        batken = _case_a(s)
        orozbekov = _case_b(s)
        demo_cycle.fill(s, {"samarkandek": batken["project"], "atam_apam": orozbekov["atam_apam"],
                            "jomokko": orozbekov["jomokko"]},
                        {"batken": batken["competition"], "orozbekov": orozbekov["competition"]})
        program = _case_c(s)
        illustrative = _illustrative_lots(s, batken["municipality"])
        illustrative.update(_illustrative_prizes(s, program["municipality"]))
        subsidy = _subsidy(s, orozbekov["municipality"])
        practice = _practice(s, orozbekov["municipality"])
        from app.services import demo_registers

        registers = demo_registers.build(s, batken, orozbekov, program)
        apps = s.scalar(select(func.count()).select_from(M.Application))
        events = s.scalar(select(func.count()).select_from(M.Event))
        return DemoSummary(
            municipalities={"batken": batken["municipality"], "orozbekov": orozbekov["municipality"],
                            "kara_balta": program["municipality"]},
            competitions={"batken": batken["competition"], "orozbekov": orozbekov["competition"],
                          "practice": practice},
            meetings={"batken": batken["meeting"], "orozbekov": orozbekov["meeting"]},
            projects={"samarkandek": batken["project"], "atam_apam": orozbekov["atam_apam"],
                      "jomokko": orozbekov["jomokko"], "subsidy": subsidy},
            program=program["program"], applications=apps, events=events, illustrative=illustrative, registers=registers,
        )


def _transitions(s, competition, steps):
    previous = None
    for status, when in steps:
        _add(s, M.CompetitionTransition(competition_id=competition.id, from_status=previous, to_status=status,
                                        at=when, user_name="demo"))
        previous = status


def _one_lot(s, comp) -> Lot:
    """The single untitled lot every competition has (as migration 0020 gives
    the older ones); applications with no lot set belong to it."""
    return _add(s, Lot(id=default_lot_id(comp.id), competition_id=comp.id, position=0, title="",
                       allocation_tyiyn=comp.total_allocation_tyiyn, max_grant_tyiyn=comp.max_grant_tyiyn))


def _close(s, meeting, when, by):
    s.flush()
    seal = seal_values(s, meeting.id)  # before closing: closed rows are frozen
    meeting.status = E.MeetingStatus.CLOSED
    meeting.closed_at = when
    meeting.closed_by = by
    meeting.sealed_content, meeting.content_hash = seal["sealed_content"], seal["content_hash"]
    s.flush()


# ----------------------------------------------------------------------------
# Case A — Batken city, state social order, 2018


def _case_a(s) -> dict:
    mun = _add(s, M.Municipality(
        name="Баткен шаары", kind=E.MunicipalityKind.CITY, region="Баткен облусу",
        executive_body="Баткен шаарынын мэриясы", council_name="Баткен шаардык кеңеши",
        population=25024, households=6597, men=12604, women=12420, schoolchildren=5648,
        villages="Баткен\nКелечек кварталы\nКызыл-Топу"))
    comp = _add(s, M.Competition(
        municipality_id=mun.id, kind=E.CompetitionKind.MSZ, year=2018,
        title="Мамлекеттик социалдык заказ 2018: шаардын тазалыгы",
        theme="Баткен шаарынын калкынын тазалыкка болгон көз карашын өзгөртүү",
        priority_areas="Шаардын тазалыгы жана көрктөндүрүү\nКалкты маалымдоо",
        legal_doc_kind="Баткен шаарынын мэриясынын буйругу",
        total_allocation_tyiyn=som(50000), max_grant_tyiyn=som(50000), duration_months=3,
        cofinancing_share_pct=0, eligible_applicants="organisation",
        announced_on=date(2018, 5, 10), deadline_on=date(2018, 6, 8), decision_on=date(2018, 6, 20),
        contact_person="Баткен шаарынын мэриясы", status=E.CompetitionStatus.COMPLETED,
        decision_method=E.DecisionMethod.VOTE))
    _one_lot(s, comp)
    _transitions(s, comp, [
        (E.CompetitionStatus.DRAFT, _utc(2018, 5, 2)),
        (E.CompetitionStatus.ANNOUNCED, _utc(2018, 5, 10)),
        (E.CompetitionStatus.APPLICATIONS_CLOSED, _utc(2018, 6, 8)),
        (E.CompetitionStatus.UNDER_REVIEW, _utc(2018, 6, 11)),
        (E.CompetitionStatus.DECIDED, _utc(2018, 6, 20)),
        (E.CompetitionStatus.IN_IMPLEMENTATION, _utc(2018, 7, 2)),
        (E.CompetitionStatus.COMPLETED, _utc(2018, 11, 30)),
    ])
    for i, (step, resp, doc, due) in enumerate([
        ("Калктын муктаждыктарын изилдөө", "Баткен шаарынын мэриясы", "Изилдөөнүн жыйынтыгы", date(2018, 4, 30)),
        ("Жарандардын жана уюмдардын сунуштарынын базасын түзүү", "Баткен шаарынын мэриясы",
         "Сунуштардын базасы", date(2018, 5, 5)),
        ("Гранттык комиссияга жарандык коомдун талапкерлерин чакыруу жөнүндө кулактандыруу",
         "Баткен шаарынын мэриясы", "Кулактандыруу", date(2018, 5, 10)),
        ("Коомдук пайдалуу долбоорлордун сунуштарын чакыруу жөнүндө кулактандыруу",
         "Баткен шаарынын мэриясы", "Кулактандыруу", date(2018, 5, 10)),
        ("Маалыматтык жолугушуу", "Баткен шаарынын мэриясы", "Катышуучулардын тизмеси", date(2018, 5, 18)),
        ("Гранттык комиссияны түзүү", "Баткен шаарынын мэриясы", "Буйрук", date(2018, 6, 1)),
    ]):
        _add(s, M.CompetitionPlanStep(competition_id=comp.id, position=i, step=step, responsible=resp,
                                      confirming_document=doc, deadline_on=due))
    _eligibility(s, comp)

    commission = _add(s, M.Commission(competition_id=comp.id, name="Баткен шаарынын мэриясынын гранттык комиссиясы",
                                      appointing_document="Мэриянын буйругу (иллюстрация)", min_members=5))
    members = [
        ("Абдыкадыров Нурбек", "Мэриянын орун басары", None, E.MemberCategory.LSG_SPECIALIST, E.MemberRole.CHAIR),
        ("Жумабаева Гүлзат", "Шаардык кеңештин депутаты", None, E.MemberCategory.COUNCIL_DEPUTY,
         E.MemberRole.DEPUTY_CHAIR),
        ("Турдубаев Азамат", "Мүчө", "Ассамблея народа Кыргызстана", E.MemberCategory.CIVIL_SOCIETY,
         E.MemberRole.MEMBER),
        ("Эргешова Айпери", "Коомдук бирикменин өкүлү", None, E.MemberCategory.CIVIL_SOCIETY, E.MemberRole.MEMBER),
        ("Сыдыкова Жылдыз", "Мэриянын адиси", None, E.MemberCategory.LSG_SPECIALIST, E.MemberRole.SECRETARY),
    ]
    member_rows = [_add(s, M.CommissionMember(commission_id=commission.id, full_name=n, position=p, organisation=o,
                                              category=c, role=r, sort_order=i))
                   for i, (n, p, o, c, r) in enumerate(members)]

    winner_org = _add(s, M.Applicant(kind=E.ApplicantKind.ORGANISATION,
                                     name="Самаркандек райондук аймактык ден соолук комитети",
                                     legal_form="коомдук бирикме", village="Баткен"))
    others = [
        _add(s, M.Applicant(kind=E.ApplicantKind.ORGANISATION, name="«Жашыл Баткен» коомдук фонду (иллюстрация)",
                            legal_form="коомдук фонд", village="Баткен")),
        _add(s, M.Applicant(kind=E.ApplicantKind.ORGANISATION, name="«Келечек» жаштар бирикмеси (иллюстрация)",
                            legal_form="коомдук бирикме", village="Баткен")),
    ]
    win_app = _add(s, M.Application(
        competition_id=comp.id, applicant_id=winner_org.id, reg_seq=1, reg_number="МСЗ-2018/001",
        received_on=date(2018, 6, 4), title="Шаарыбыздын тазалыгы өз колубузда",
        goal="Баткен шаарынын калкынын тазалыкка болгон көз карашын өзгөртүү",
        target_groups="Шаардын тургундары, мектеп окуучулары, мекемелердин кызматкерлери",
        village="Баткен", requested_tyiyn=som(50000), status=E.ApplicationStatus.WINNER))
    other_apps = [
        _add(s, M.Application(competition_id=comp.id, applicant_id=others[0].id, reg_seq=2,
                              reg_number="МСЗ-2018/002", received_on=date(2018, 6, 6),
                              title="Таза көчө — таза шаар (иллюстрация)", village="Баткен",
                              requested_tyiyn=som(48000), status=E.ApplicationStatus.REJECTED,
                              status_reason="Комиссиянын добуш берүүсүнүн жыйынтыгы")),
        _add(s, M.Application(competition_id=comp.id, applicant_id=others[1].id, reg_seq=3,
                              reg_number="МСЗ-2018/003", received_on=date(2018, 6, 7),
                              title="Жаштар тазалык үчүн (иллюстрация)", village="Баткен",
                              requested_tyiyn=som(45000), status=E.ApplicationStatus.REJECTED,
                              status_reason="Комиссиянын добуш берүүсүнүн жыйынтыгы")),
    ]
    meeting = _add(s, M.Meeting(commission_id=commission.id, number=1, held_on=date(2018, 6, 20),
                                place="Баткен шаарынын мэриясы",
                                agenda="Коомдук пайдалуу долбоорлордун сынагынын жеңүүчүсүн аныктоо"))
    for m in member_rows:
        _add(s, M.Attendance(meeting_id=meeting.id, member_id=m.id, present=True))
    votes = {win_app.id: ["for"] * 5, other_apps[0].id: ["against", "against", "for", "against", "abstain"],
             other_apps[1].id: ["against", "abstain", "against", "against", "against"]}
    for app_id, choices in votes.items():
        for m, choice in zip(member_rows, choices):
            _add(s, M.Vote(meeting_id=meeting.id, member_id=m.id, application_id=app_id, choice=E.VoteChoice(choice)))
    _add(s, M.Decision(meeting_id=meeting.id, application_id=win_app.id, rank=1,
                       outcome=E.DecisionOutcome.WINNER, awarded_tyiyn=som(50000)))
    for rank, a in enumerate(other_apps, start=2):
        _add(s, M.Decision(meeting_id=meeting.id, application_id=a.id, rank=rank, outcome=E.DecisionOutcome.REJECTED,
                           awarded_tyiyn=0))
    _close(s, meeting, _utc(2018, 6, 20, 12), "Сыдыкова Жылдыз")

    project = _add(s, M.Project(
        competition_id=comp.id, application_id=win_app.id, title="Шаарыбыздын тазалыгы өз колубузда",
        goal="Баткен шаарынын калкынын тазалыкка болгон көз карашын өзгөртүү",
        agreement_number="МСЗ-2018/1 (иллюстрация)", agreement_date=date(2018, 7, 2),
        customer="Баткен шаарынын мэриясы", executor=winner_org.name, awarded_tyiyn=som(50000),
        start_on=date(2018, 9, 1), end_on=date(2018, 11, 30), status=E.ProjectStatus.COMPLETED))
    _add(s, M.BudgetLine(project_id=project.id, position=0, category="Маалыматтык кампания жана иш-чаралар",
                         source=E.FundingSource.LOCAL_BUDGET, planned_tyiyn=som(50000), actual_tyiyn=som(50000)))
    events = [
        (date(2018, 9, 5), "Баткен шаары", E.EventKind.INFO_MEETING,
         "Шаардагы мекемелердин жетекчилери жана кызматкерлери үчүн маалымат", False),
        (date(2018, 9, 10), "Баткен ТВ", E.EventKind.BROADCAST,
         "Баткен ТВде 2 ай бою 30 секунддук видеоролик", False),
        (date(2018, 9, 15), "Радио", E.EventKind.BROADCAST,
         "«Тазалык – бардык жерде баарыбыз үчүн» радио кайрылуусу (6 ишемби, күнүнө 5 жолу)", False),
        (date(2018, 10, 5), "3 мектеп (В.И. Ленин, Ж. Бөкөнбаев, А. Имаров – Кызыл-Топу)", E.EventKind.CONTEST,
         "5–6-класстардын окуучулары үчүн сынак, байге менен", False),
        (date(2018, 10, 13), "«Жеңиш» паркы", E.EventKind.CLEAN_UP, "Окуучулар менен «Жеңиш» паркында тазалоо", False),
        (date(2018, 10, 20), "Келечек кварталы", E.EventKind.CLEAN_UP,
         "«Менин таза кварталым»: АДКнын кызматкерлери менен Келечек кварталында тазалоо", False),
        (date(2018, 11, 8), "«Салам» радиосу", E.EventKind.BROADCAST, "«Салам» радиосунда берүү, саат 14:00", True),
        (date(2018, 11, 12), "Баткен ТВ", E.EventKind.BROADCAST, "Баткен ТВде атайын берүү, саат 08:30", True),
        (date(2018, 11, 30), "Борбордук базарлар", E.EventKind.CLEAN_UP,
         "«Шаардын көркү – базардан башталат» жыйынтыктоочу акциясы (ноябрдын аягы)", True),
    ]
    for held, place, kind, title, planned in events:
        _add(s, M.Event(project_id=project.id, held_on=held, place=place, kind=kind, title=title, is_planned=planned))
    for kind, qty, size, desc in [
        (E.MaterialKind.BANNER, 2, "6×3 м", "Баннер"),
        (E.MaterialKind.ROLL_UP, 1, None, "Ролл-ап"),
        (E.MaterialKind.POSTER, 100, None, "Плакаттар"),
        (E.MaterialKind.BROCHURE, 200, None, "Брошюралар"),
    ]:
        _add(s, M.Material(project_id=project.id, kind=kind, quantity=qty, size=size, description=desc))
    for outlet, level in [("«Өрүкзар» (шаардык гезит)", E.MediaLevel.CITY),
                          ("«Кызыл Туу» (райондук гезит)", E.MediaLevel.DISTRICT),
                          ("«Баткен Таңы» (облустук гезит)", E.MediaLevel.REGION),
                          ("Aki-press", E.MediaLevel.NATIONAL),
                          ("Instagram", E.MediaLevel.ONLINE),
                          ("Facebook", E.MediaLevel.ONLINE)]:
        _add(s, M.MediaCoverage(project_id=project.id, outlet=outlet, level=level))
    return {"municipality": mun.id, "competition": comp.id, "meeting": meeting.id, "project": project.id}


def _eligibility(s, comp):
    for i, (code, text) in enumerate([
        ("resident", "Өтүнмө ээси муниципалитетте жашайт же иштейт"),
        ("amount", "Суралган сумма гранттын максималдуу суммасынан ашпайт"),
        ("cofinancing", "Кошумча каржылоонун талап кылынган үлүшү аткарылган"),
        ("documents", "Документтер толук"),
    ]):
        _add(s, M.EligibilityCriterion(competition_id=comp.id, position=i, code=code, text=text))


# ----------------------------------------------------------------------------
# Practice: an open competition, clearly named so, ready for a commission
# meeting (members, criteria, three eligible applications, no meeting yet)

PRACTICE_TITLE = "МАШЫГУУ: комиссиянын ишин үйрөнүү үчүн сынак (чыныгы эмес)"


def _practice(s, municipality_id: str) -> str:
    comp = _add(s, M.Competition(
        municipality_id=municipality_id, kind=E.CompetitionKind.JD, year=2026, title=PRACTICE_TITLE,
        theme="Машыгуу үчүн: комиссиянын отурумун, упайларды жана чечимди сынап көрүү",
        priority_areas="Балдар жана жаштар менен иштөө\nДене тарбия жана массалык спорт",
        legal_doc_kind="Машыгуу (документ жок)", legal_doc_number="—", legal_doc_date=date(2026, 1, 15),
        total_allocation_tyiyn=som(30000), max_grant_tyiyn=som(15000), duration_months=3,
        cofinancing_share_pct=0, eligible_applicants="person,group,organisation",
        announced_on=date(2026, 2, 2), deadline_on=date(2026, 3, 2), decision_on=date(2026, 3, 16),
        contact_person="Машыгуу", status=E.CompetitionStatus.UNDER_REVIEW,
        decision_method=E.DecisionMethod.SCORING, tie_rule="earlier_registration"))
    _one_lot(s, comp)
    _transitions(s, comp, [
        (E.CompetitionStatus.DRAFT, _utc(2026, 1, 20)),
        (E.CompetitionStatus.ANNOUNCED, _utc(2026, 2, 2)),
        (E.CompetitionStatus.APPLICATIONS_CLOSED, _utc(2026, 3, 2)),
        (E.CompetitionStatus.UNDER_REVIEW, _utc(2026, 3, 4)),
    ])
    _eligibility(s, comp)
    commission = _add(s, M.Commission(competition_id=comp.id, name="Машыгуу комиссиясы (чыныгы эмес)",
                                      appointing_document="Машыгуу (документ жок)", min_members=5))
    for i, (n, p, c, r) in enumerate([
        ("Машыгуу: Төрага", "Айылдык кеңештин депутаты", E.MemberCategory.COUNCIL_DEPUTY, E.MemberRole.CHAIR),
        ("Машыгуу: Катчы", "Айыл өкмөтүнүн адиси", E.MemberCategory.LSG_SPECIALIST, E.MemberRole.SECRETARY),
        ("Машыгуу: Мүчө 1", "Айылдык кеңештин депутаты", E.MemberCategory.COUNCIL_DEPUTY, E.MemberRole.MEMBER),
        ("Машыгуу: Мүчө 2", "Коомчулуктун өкүлү", E.MemberCategory.COMMUNITY, E.MemberRole.MEMBER),
        ("Машыгуу: Мүчө 3", "Коомчулуктун өкүлү", E.MemberCategory.COMMUNITY, E.MemberRole.MEMBER),
    ]):
        _add(s, M.CommissionMember(commission_id=commission.id, full_name=n, position=p, category=c, role=r,
                                   sort_order=i))
    for i, (n, mx, w) in enumerate([("Артыкчылыктуу багытка шайкештиги", 10, "1"),
                                    ("Максаттуу топторду камтуусу", 10, "1"),
                                    ("Бюджеттин негиздүүлүгү", 10, "1")]):
        _add(s, M.ScoringCriterion(competition_id=comp.id, position=i, name=n, max_points=mx, weight=Decimal(w)))
    for seq, (name, title, amount, village) in enumerate([
        ("Машыгуу: Асанова Айгүл", "Балдар үчүн спорт аянтчасы (машыгуу)", 15000, VILLAGES_B[0]),
        ("Машыгуу: Токтогулова Жаркын", "Жаштар клубу (машыгуу)", 12000, VILLAGES_B[1]),
        ("Машыгуу: Үсөнов Бекжан", "Айыл китепканасы (машыгуу)", 9000, VILLAGES_B[2]),
    ], start=1):
        applicant = _add(s, M.Applicant(kind=E.ApplicantKind.PERSON, name=name, village=village))
        _add(s, M.Application(
            competition_id=comp.id, applicant_id=applicant.id, reg_seq=seq, reg_number=f"ЖД-2026/{seq:03d}",
            received_on=date(2026, 2, 10 + seq), title=title, village=village, requested_tyiyn=som(amount),
            status=E.ApplicationStatus.ELIGIBLE))
    return comp.id


# ----------------------------------------------------------------------------
# Case B — A. Orozbekov ayil aimak, local initiatives, 2021

VILLAGES_B = ("Орозбеков", "Кара-Дөбө", "Жаңы-Жол")  # illustrative names


def _case_b(s) -> dict:
    mun = _add(s, M.Municipality(
        name="А. Орозбеков айыл аймагы", kind=E.MunicipalityKind.AYIL_AIMAK, region="Баткен облусу",
        executive_body="А. Орозбеков айыл өкмөтү", council_name="А. Орозбеков айылдык кеңеши",
        villages="\n".join(VILLAGES_B)))
    comp = _add(s, M.Competition(
        municipality_id=mun.id, kind=E.CompetitionKind.JD, year=2021,
        title="Жергиликтүү демилгелердин сынагы 2021",
        theme="Үй-бүлөлөрдү чыңдоо жана балдардын бош убактысы",
        priority_areas="Элдик чыгармачылык\nБалдар жана жаштар менен иштөө\nДене тарбия жана массалык спорт\n"
                       "Үй-бүлөлүк зомбулуктан коргоо",
        legal_doc_kind="Айылдык кеңештин токтому", legal_doc_number="226", legal_doc_date=date(2020, 12, 28),
        total_allocation_tyiyn=som(23000), max_grant_tyiyn=som(12000), duration_months=3,
        cofinancing_share_pct=0, eligible_applicants="person,group,organisation",
        announced_on=date(2021, 9, 15), deadline_on=date(2021, 10, 15), decision_on=date(2021, 10, 22),
        contact_person="А. Орозбеков айыл өкмөтүнүн адиси", status=E.CompetitionStatus.COMPLETED,
        decision_method=E.DecisionMethod.SCORING, tie_rule="earlier_registration"))
    _one_lot(s, comp)
    _transitions(s, comp, [
        (E.CompetitionStatus.DRAFT, _utc(2021, 9, 1)),
        (E.CompetitionStatus.ANNOUNCED, _utc(2021, 9, 15)),
        (E.CompetitionStatus.APPLICATIONS_CLOSED, _utc(2021, 10, 15)),
        (E.CompetitionStatus.UNDER_REVIEW, _utc(2021, 10, 18)),
        (E.CompetitionStatus.DECIDED, _utc(2021, 10, 22)),
        (E.CompetitionStatus.IN_IMPLEMENTATION, _utc(2021, 11, 1)),
        (E.CompetitionStatus.COMPLETED, _utc(2022, 1, 31)),
    ])
    for i, (step, resp, doc, due) in enumerate([
        ("Жергиликтүү демилгелер боюнча кызматташуу келишимине кол коюу",
         "ЖӨБ, ЖӨБ Союзу жана Долбоор", "Кызматташуу келишими", date(2021, 9, 7)),
        ("Пилоттук айыл өкмөттөрү үчүн онлайн окутуу", "Долбоор, айыл аймагы",
         "Катышуучулардын тизмеси, отчет", date(2021, 9, 11)),
        ("Сынакты жарыялоо", "Айыл өкмөтү", "Кулактандыруу", date(2021, 9, 15)),
        ("Калкка түшүндүрүү", "Айыл өкмөтү, комиссия", "Жолугушуулардын тизмеси", date(2021, 10, 1)),
        ("Сынак жана жеңүүчүлөрдү аныктоо", "Комиссия", "Протокол", date(2021, 10, 22)),
    ]):
        _add(s, M.CompetitionPlanStep(competition_id=comp.id, position=i, step=step, responsible=resp,
                                      confirming_document=doc, deadline_on=due))
    _eligibility(s, comp)

    commission = _add(s, M.Commission(competition_id=comp.id, name="Жергиликтүү демилгелер боюнча комиссия",
                                      appointing_document="Айыл өкмөтүнүн буйругу (иллюстрация)", min_members=5))
    members = [
        ("Маматов Улан", "Айылдык кеңештин депутаты", E.MemberCategory.COUNCIL_DEPUTY, E.MemberRole.CHAIR),
        ("Ташиева Нургүл", "Айыл өкмөтүнүн адиси", E.MemberCategory.LSG_SPECIALIST, E.MemberRole.SECRETARY),
        ("Исаков Бакыт", "Айылдык кеңештин депутаты", E.MemberCategory.COUNCIL_DEPUTY, E.MemberRole.MEMBER),
        ("Абдыраимова Чолпон", "Коомчулуктун өкүлү", E.MemberCategory.COMMUNITY, E.MemberRole.MEMBER),
        ("Сатыбалдиев Эрмек", "Коомчулуктун өкүлү", E.MemberCategory.COMMUNITY, E.MemberRole.MEMBER),
    ]
    member_rows = [_add(s, M.CommissionMember(commission_id=commission.id, full_name=n, position=p, category=c,
                                              role=r, sort_order=i))
                   for i, (n, p, c, r) in enumerate(members)]
    criteria = [_add(s, M.ScoringCriterion(competition_id=comp.id, position=i, name=n, max_points=mx,
                                           weight=Decimal(w)))
                for i, (n, mx, w) in enumerate([
                    ("Артыкчылыктуу багытка шайкештиги", 10, "1"),
                    ("Максаттуу топторду камтуусу", 10, "1"),
                    ("Бюджеттин негиздүүлүгү", 10, "1"),
                    ("Демилгечинин салымы", 10, "1"),
                ])]

    kozhonova = _add(s, M.Applicant(kind=E.ApplicantKind.PERSON, name="Кожонова Анаргүл Абдиллаевна",
                                    village=VILLAGES_B[0]))
    kulnazarova = _add(s, M.Applicant(kind=E.ApplicantKind.PERSON, name="Кулназарова Райма Эркиновна",
                                      village=VILLAGES_B[1]))
    third = _add(s, M.Applicant(kind=E.ApplicantKind.GROUP, name="«Ынтымак» демилгелүү тобу (иллюстрация)",
                                leader_name="Осмонов Талант", members_count=7, village=VILLAGES_B[2]))
    app1 = _add(s, M.Application(
        competition_id=comp.id, applicant_id=kozhonova.id, reg_seq=1, reg_number="ЖД-2021/001",
        received_on=date(2021, 10, 4), title="Атам, апам жана мен",
        goal="Жаш мигрант үй-бүлөлөрүн чыңдоо жана жаштарга спорт үчүн шарт түзүү",
        target_groups="Мигранттардын үй-бүлөлөрү, аталар, энелер, балдар", village=VILLAGES_B[0],
        requested_tyiyn=som(12000), status=E.ApplicationStatus.WINNER))
    app2 = _add(s, M.Application(
        competition_id=comp.id, applicant_id=kulnazarova.id, reg_seq=2, reg_number="ЖД-2021/002",
        received_on=date(2021, 10, 8), title="Жомокко саякат",
        goal="Ден соолугунун мүмкүнчүлүгү чектелген балдардын жана бала бакчага барбаган балдардын бош убактысын "
             "уюштуруу",
        target_groups="ДМЧ балдар, бала бакчага барбаган балдар, мигранттардын балдары", village=VILLAGES_B[1],
        requested_tyiyn=som(11000), status=E.ApplicationStatus.WINNER))
    app3 = _add(s, M.Application(
        competition_id=comp.id, applicant_id=third.id, reg_seq=3, reg_number="ЖД-2021/003",
        received_on=date(2021, 10, 12), title="Айыл китепканасын жандандыруу (иллюстрация)", village=VILLAGES_B[2],
        requested_tyiyn=som(10000), status=E.ApplicationStatus.RESERVE,
        status_reason="Бөлүнгөн каражат жетпегендиктен резервдик тизмеде"))
    for app, parts in ((app1, [(E.FundingSource.LOCAL_BUDGET, False, 12000, "Байгелер, сертификаттар, медалдар"),
                               (E.FundingSource.DONOR, False, 25000, "Спорттук шаймандар"),
                               (E.FundingSource.INITIATOR_IN_KIND, True, 0,
                                "Иш-чараларды уюштуруу жана өткөрүү")]),
                       (app2, [(E.FundingSource.LOCAL_BUDGET, False, 11000, "2 костюм (түлкү, ат), декорациялар"),
                               (E.FundingSource.DONOR, False, 25000, "Костюмдар (коён, илбирс, аю, карышкыр, короз)"),
                               (E.FundingSource.INITIATOR_IN_KIND, True, 0, "Иш-чараларды уюштуруу")])):
        for source, in_kind, amount, desc in parts:
            _add(s, M.ApplicationCofinancing(application_id=app.id, source=source, in_kind=in_kind,
                                             amount_tyiyn=som(amount), description=desc,
                                             valuation_note="Акчалай бааланган эмес" if in_kind else None))

    meeting = _add(s, M.Meeting(commission_id=commission.id, number=1, held_on=date(2021, 10, 22),
                                place="А. Орозбеков айыл өкмөтү",
                                agenda="Жергиликтүү демилгелердин сынагынын жеңүүчүлөрүн аныктоо"))
    for m in member_rows:
        _add(s, M.Attendance(meeting_id=meeting.id, member_id=m.id, present=True))
    points = {app1.id: [9, 9, 8, 9], app2.id: [9, 10, 8, 8], app3.id: [7, 7, 8, 6]}
    for app_id, base in points.items():
        for k, m in enumerate(member_rows):
            for crit, p in zip(criteria, base):
                _add(s, M.Score(meeting_id=meeting.id, member_id=m.id, application_id=app_id, criterion_id=crit.id,
                                points=max(0, min(crit.max_points, p - (k % 2)))))
    # equal scores: the competition's tie rule (earlier registration) puts app1 first
    for rank, (app, outcome, award) in enumerate([(app1, E.DecisionOutcome.WINNER, 12000),
                                                  (app2, E.DecisionOutcome.WINNER, 11000),
                                                  (app3, E.DecisionOutcome.RESERVE, 0)], start=1):
        _add(s, M.Decision(meeting_id=meeting.id, application_id=app.id, rank=rank, outcome=outcome,
                           awarded_tyiyn=som(award),
                           justification="Бөлүнгөн 23 000 сом эки жеңүүчүгө толук жумшалды" if award == 0 else None))
    _close(s, meeting, _utc(2021, 10, 22, 12), "Ташиева Нургүл")

    p1 = _project_b(s, comp, app1, kozhonova, "ЖД-2021/К-1", [
        ("Байгелер, сертификаттар, медалдар", E.FundingSource.LOCAL_BUDGET, 12000, None),
        ("Спорттук шаймандар: шакектер, аркандар, волейбол жана баскетбол топтору, гантелдер",
         E.FundingSource.DONOR, 25000, None),
        ("Иш-чараларды уюштуруу жана өткөрүү", E.FundingSource.INITIATOR_IN_KIND, 0,
         "Демилгечинин эмгеги менен (заттай), акчалай бааланган эмес"),
    ])
    atam_events = [
        (date(2021, 11, 6), "Аталар менен баскетбол", E.EventKind.SPORT, {"fathers": 14, "boys": 4}),
        (date(2021, 11, 13), "Энелер менен волейбол", E.EventKind.SPORT, {"mothers": 27, "girls": 2}),
        (date(2021, 11, 20), "Энелер менен баскетбол", E.EventKind.SPORT, {"mothers": 27, "girls": 2}),
        (date(2021, 11, 27), "Аталар менен волейбол", E.EventKind.SPORT, {"fathers": 14, "boys": 4}),
        (date(2021, 12, 4), "Үй-бүлөлүк мелдеш (1)", E.EventKind.SPORT, {}),
        (date(2021, 12, 11), "Үй-бүлөлүк мелдеш (2)", E.EventKind.SPORT, {}),
    ]
    for held, title, kind, counts in atam_events:
        _event(s, p1, held, VILLAGES_B[0], kind, title, counts)

    p2 = _project_b(s, comp, app2, kulnazarova, "ЖД-2021/К-2", [
        ("2 костюм (түлкү жана ат), декорациялар", E.FundingSource.LOCAL_BUDGET, 11000, None),
        ("Костюмдар: коён, илбирс, аю, карышкыр, короз", E.FundingSource.DONOR, 25000, None),
        ("Иш-чараларды уюштуруу жана өткөрүү", E.FundingSource.INITIATOR_IN_KIND, 0,
         "Демилгечинин эмгеги менен (заттай), акчалай бааланган эмес"),
    ])
    show = "«Чоң ата балыкты кантип кармады?» жаңы жылдык оюну"
    jomokko_events = [
        (date(2021, 12, 24), VILLAGES_B[0], {"children": 60, "girls": 24, "children_disabilities": 4,
                                             "migrant_children": 18}),
        (date(2021, 12, 25), VILLAGES_B[1], {"children": 60, "girls": 24, "children_disabilities": 4,
                                             "migrant_children": 18}),
        (date(2021, 12, 26), VILLAGES_B[2], {"children": 60, "girls": 22, "children_disabilities": 4,
                                             "migrant_children": 18}),
        (date(2021, 12, 28), VILLAGES_B[0], {"children": 55, "girls": 22, "children_disabilities": 4,
                                             "migrant_children": 18}),
        (date(2021, 12, 30), VILLAGES_B[1], {"children": 55, "girls": 22, "children_disabilities": 3,
                                             "migrant_children": 17}),
    ]
    for held, village, counts in jomokko_events:
        _event(s, p2, held, village, E.EventKind.PERFORMANCE, show, counts)
    return {"municipality": mun.id, "competition": comp.id, "meeting": meeting.id, "atam_apam": p1.id,
            "jomokko": p2.id}


def _project_b(s, comp, app, applicant, number, lines):
    local = sum(a for _c, src, a, _n in lines if src == E.FundingSource.LOCAL_BUDGET)
    project = _add(s, M.Project(
        competition_id=comp.id, application_id=app.id, title=app.title, goal=app.goal,
        agreement_number=number, agreement_date=date(2021, 10, 29), customer="А. Орозбеков айыл өкмөтү",
        executor=applicant.name, awarded_tyiyn=som(local), start_on=date(2021, 11, 1), end_on=date(2022, 1, 31),
        status=E.ProjectStatus.COMPLETED))
    for i, (category, source, amount, note) in enumerate(lines):
        _add(s, M.BudgetLine(project_id=project.id, position=i, category=category, source=source,
                             planned_tyiyn=som(amount), actual_tyiyn=som(amount), valuation_note=note))
    return project


def _event(s, project, held, place, kind, title, counts):
    event = _add(s, M.Event(project_id=project.id, held_on=held, place=place, kind=kind, title=title))
    for code, n in counts.items():
        _add(s, M.EventParticipants(event_id=event.id, category_id=cat(code), count=n))
    return event


# ----------------------------------------------------------------------------
# Illustrative: a subsidy without a competition, split among recipients


def _subsidy(s, municipality_id: str) -> str:
    project = _add(s, M.Project(
        competition_id=None, application_id=None, municipality_id=municipality_id,
        direct_kind=E.DirectKind.SUBSIDY,
        legal_basis="Айыл өкмөтүнүн демилгелүү топторго субсидия берүү жөнүндө токтому № 12 (иллюстрация)",
        legal_basis_date=date(2022, 3, 1),
        title="Демилгелүү топторго спорттук субсидия (иллюстрация)",
        goal="Үч айылдын демилгелүү топторунун спорттук иш-чараларын колдоо",
        agreement_number="СУБ-2022/1 (иллюстрация)", agreement_date=date(2022, 3, 15),
        customer="А. Орозбеков айыл өкмөтү", executor="Үч демилгелүү топ (иллюстрация)",
        awarded_tyiyn=som(30000), start_on=date(2022, 4, 1), end_on=date(2022, 6, 30),
        status=E.ProjectStatus.COMPLETED))
    for i, (name, village, amount) in enumerate([
        ("«Ынтымак» демилгелүү тобу (иллюстрация)", VILLAGES_B[0], 12000),
        ("«Жаштык» демилгелүү тобу (иллюстрация)", VILLAGES_B[1], 10000),
        ("«Береке» демилгелүү тобу (иллюстрация)", VILLAGES_B[2], 8000),
    ]):
        _add(s, M.GrantRecipient(project_id=project.id, position=i, name=name, amount_tyiyn=som(amount),
                                 note=village))
    through = E.FundingChannel.THROUGH_LOCAL_BUDGET
    for i, (category, source, channel, planned, quantity, unit, price) in enumerate([
        ("Спорттук формалар", E.FundingSource.DONOR, through, 15000, Decimal(20), "дана", 750),
        # the source's own figures disagree: 15 × 300 = 4 500, not 6 000 (listed in the figures to check)
        ("Сертификаттар", E.FundingSource.DONOR, through, 6000, Decimal(15), "сертификат", 300),
        ("Иш-чараларды уюштуруу", E.FundingSource.LOCAL_BUDGET, through, 9000, None, None, None),
    ]):
        _add(s, M.BudgetLine(project_id=project.id, position=i, category=category, source=source, channel=channel,
                             planned_tyiyn=som(planned), actual_tyiyn=som(planned), quantity=quantity, unit=unit,
                             unit_price_tyiyn=som(price) if price else None))
    # "150 participants, of them 83 women and 61 men": kept as stated, listed in the figures to check
    event = _event(s, project, date(2022, 5, 15), VILLAGES_B[2], E.EventKind.SPORT,
                   "Айылдар аралык спорттук майрам (иллюстрация)", {"women": 83, "men": 61})
    event.stated_total = 150
    s.flush()
    return project.id


# ----------------------------------------------------------------------------
# Case C — Kara-Balta city development program 2023–2026


def _case_c(s) -> dict:
    mun = _add(s, M.Municipality(name="Кара-Балта шаары", kind=E.MunicipalityKind.CITY, region="Чүй облусу",
                                 executive_body="Кара-Балта шаарынын мэриясы",
                                 council_name="Кара-Балта шаардык кеңеши"))
    program = _add(s, M.DevelopmentProgram(
        municipality_id=mun.id, title="Кара-Балта шаарын өнүктүрүү программасы 2023–2026",
        motto="Келечектин жашыл, сарамжалдуу шаары", start_year=2023, end_year=2026,
        resolution_body="Кара-Балта шаардык кеңеши", resolution_number="05", resolution_date=date(2023, 2, 16),
        monitoring_note="Мониторинг тобу (мэрия, шаардык кеңеш, бизнес жана жарандык кеңештер) аткаруу жөнүндө "
                        "маалыматты ар бир жарым жылда карайт; отчеттор жарыяланат."))
    universal = _add(s, M.ResponsibleBody(name="МП «Универсал»", aliases="МП Универсал\nУниверсал МИ\nМИ «Универсал»"))
    ms_mm = _add(s, M.ResponsibleBody(name="МС и ММ управление", aliases="МСиММ\nМС жана ММ башкармалыгы"))
    mayor = _add(s, M.ResponsibleBody(name="Кара-Балта шаарынын мэриясы", aliases="Мэрия\nшаардын мэриясы"))
    priorities = [
        "Социалдык өнүгүү үчүн шарттар (билим берүү, саламаттык сактоо, спорт жана маданият)",
        "Бизнести өнүктүрүү жана инвестициялар",
        "Климатка ыңгайлашуу, таза суу, коммуналдык кызматтар, санариптештирүү",
        "Шаарды башкаруунун заманбап системасы",
    ]
    prio_rows = [_add(s, M.ProgramPriority(program_id=program.id, number=i + 1, title=t))
                 for i, t in enumerate(priorities)]
    measures = {
        0: [("Билим берүү", "Мектептердин материалдык базасын чыңдоо",
             "Спорт аянтчаларын куруу жана оңдоо", "2023–2026", 2023, 2026, "Жаңы спорт аянтчалары", mayor),
            ("Социалдык заказ", "Социалдык заказды каржылоону көбөйтүү",
             "Жыл сайын социалдык заказдын сынагын өткөрүү", "жыл сайын", 2023, 2026,
             "Каржылоо жылына 400 000 сомдон 1 000 000 сомго чейин", mayor)],
        1: [("Бизнес", "Ишкерликти колдоо", "Ишкерлер менен жыл сайын кеминде 2 жолугушуу",
             "жыл сайын, кеминде 2 иш-чара", 2023, 2026, "Жолугушуулардын протоколдору", mayor)],
        2: [("Жашыл шаар", "Парктарды автоматтык сугаруу",
             "Төмөнкү жана жогорку парктарда автоматтык сугаруу системасын орнотуу", "2023–2026", 2023, 2026,
             "84 615,9 м² сугарылат", universal),
            ("Суу", "Сугат тармагын калыбына келтирүү", "Жыл сайын 5 061 п.м. тармакты калыбына келтирүү",
             "2023–2026", 2023, 2026, "40 486 п.м. тармак 100 % иштейт", universal),
            ("Жашыл шаар", "Шаарды көгалдандыруу", "Жаңы дарактарды отургузуу", "2023–2026", 2023, 2026,
             "Бар дарактардын жаңыларына катышы 1:3", ms_mm)],
        3: [("Башкаруу", "Мониторинг жана баалоо", "Жарым жылдык мониторинг отчетторун жарыялоо",
             "ар бир жарым жылда", 2023, 2026, "Жарыяланган отчеттор", mayor)],
    }
    for p_index, items in measures.items():
        for i, (area_title, task_title, measure_title, period, y0, y1, result, body) in enumerate(items):
            area = _add(s, M.ProgramArea(priority_id=prio_rows[p_index].id, position=i, title=area_title))
            task = _add(s, M.ProgramTask(priority_id=prio_rows[p_index].id, area_id=area.id, position=i,
                                         title=task_title))
            measure = _add(s, M.ProgramMeasure(task_id=task.id, position=0, title=measure_title, period_text=period,
                                               start_year=y0, end_year=y1, expected_result=result))
            _add(s, M.MeasureResponsible(measure_id=measure.id, body_id=body.id))

    def indicator(name, unit, vtype, baseline, final, yearly, *, issue=None, parent=None, body=None,
                  cumulative=False, footnote=None, priority=2, position=0):
        ind = _add(s, M.Indicator(program_id=program.id, priority_id=prio_rows[priority].id,
                                  parent_id=parent.id if parent else None, position=position, issue=issue,
                                  name=name, unit=unit, value_type=vtype, baseline_year=2022,
                                  baseline_value=Decimal(baseline), final_target=Decimal(final),
                                  targets_cumulative=cumulative, responsible_body_id=body.id if body else None,
                                  footnote=footnote))
        for year, value in zip(range(2023, 2027), yearly):
            _add(s, M.IndicatorTarget(indicator_id=ind.id, year=year, value=Decimal(value)))
        return ind

    irrigation = indicator("Парктарды автоматтык сугаруу", "м²", E.IndicatorValueType.NUMBER, "0", "84615.9",
                           ["21153.9", "21153.9", "21153.9", "21153.9"],
                           issue="Парктарды сугаруу", body=universal, position=0,
                           footnote="Жооптуулар: МП «Универсал», МС и ММ управление")
    indicator("анын ичинде төмөнкү парк", "м²", E.IndicatorValueType.NUMBER, "0", "33485.9",
              ["8371.4", "8371.4", "8371.4", "8371.4"], parent=irrigation, body=universal, position=1,
              footnote="Булакта: жылына 8 371,4, бардыгы 33 485,9 (4 × 8 371,4 = 33 485,6)")
    indicator("анын ичинде жогорку парк", "м²", E.IndicatorValueType.NUMBER, "0", "51130",
              ["12782.5", "12782.5", "12782.5", "12782.5"], parent=irrigation, body=universal, position=2)
    indicator("Сугат тармагын калыбына келтирүү (40 486 п.м. бардыгы)", "%", E.IndicatorValueType.PERCENT, "50",
              "100", ["62.5", "75", "87.5", "100"], issue="Сугат тармагы", body=universal, cumulative=True,
              position=3, footnote="Базалык жылы 20 243 п.м. (50 %); жыл сайын 5 061 п.м.")
    indicator("Бар дарактардын жаңы отургузулгандарга катышы", "катыш", E.IndicatorValueType.RATIO, "0", "3",
              ["0.3", "0.8", "2", "2.5"], issue="Көгалдандыруу", body=ms_mm, cumulative=True, position=4,
              footnote="1:0 → 1:0,3 → 1:0,8 → 1:2 → 1:2,5; акыркы максат 1:3")
    indicator("Социалдык заказды каржылоо", "сом жылына", E.IndicatorValueType.NUMBER, "400000", "1000000",
              ["550000", "700000", "850000", "1000000"], issue="Социалдык заказ", body=mayor, cumulative=True,
              priority=0, position=5, footnote="Булак: жылына 400 000 сомдон 1 000 000 сомго чейин өсөт; "
                                               "аралык максаттар иллюстрация")
    for name, org, role in [("Мэриянын өкүлү", "Кара-Балта шаарынын мэриясы", "төрага"),
                            ("Шаардык кеңештин депутаты", "Кара-Балта шаардык кеңеши", "мүчө"),
                            ("Бизнес кеңештин өкүлү", "Бизнес кеңеш", "мүчө"),
                            ("Жарандык кеңештин өкүлү", "Жарандык кеңеш", "мүчө")]:
        _add(s, M.MonitoringGroupMember(program_id=program.id, full_name=name, organisation=org, role=role))
    return {"municipality": mun.id, "program": program.id}


# ----------------------------------------------------------------------------
# Illustrative (issue 15): two lots with a consortium and its closed protocol,
# and a national prize contest. No source gives these; their titles begin
# with «ИЛЛЮСТРАЦИЯ» so they are never taken for real cases.

ILLUSTRATION = "ИЛЛЮСТРАЦИЯ"


def _decide_and_close(s, meeting, when, by):
    """Record the decision exactly as the commission page would (every lot on
    its own, prizes by place) and close the protocol."""
    from app.services import commission as CM

    for line in CM._decide(s, meeting.id, None, None):
        _add(s, M.Decision(meeting_id=meeting.id, application_id=line.application_id, rank=line.rank,
                           score=line.score, outcome=E.DecisionOutcome(line.outcome),
                           awarded_tyiyn=line.awarded_tyiyn))
        s.get(M.Application, line.application_id).status = {
            "winner": E.ApplicationStatus.WINNER, "reserve": E.ApplicationStatus.RESERVE,
            "rejected": E.ApplicationStatus.REJECTED}[line.outcome]
    s.flush()
    _close(s, meeting, when, by)


def _scored_meeting(s, comp, commission_name, members, criteria, apps_points, held_on, place, conflicts=()):
    """A commission, its members and criteria, a meeting where all are
    present and score: apps_points[application] = points per criterion (the
    second and fourth members give one point less on the first criterion)."""
    commission = _add(s, M.Commission(competition_id=comp.id, name=commission_name,
                                      appointing_document=f"{ILLUSTRATION}: буйрук", min_members=5))
    rows = [_add(s, M.CommissionMember(commission_id=commission.id, full_name=n, position=p, category=c, role=r,
                                       sort_order=i)) for i, (n, p, c, r) in enumerate(members)]
    crits = [_add(s, M.ScoringCriterion(competition_id=comp.id, position=i, name=n, max_points=mx, weight=Decimal(w)))
             for i, (n, mx, w) in enumerate(criteria)]
    meeting = _add(s, M.Meeting(commission_id=commission.id, number=1, held_on=held_on, place=place,
                                agenda="Жеңүүчүлөрдү аныктоо"))
    for m in rows:
        _add(s, M.Attendance(meeting_id=meeting.id, member_id=m.id, present=True))
    for member_index, app, note in conflicts:
        _add(s, M.ConflictDeclaration(meeting_id=meeting.id, member_id=rows[member_index].id, application_id=app.id,
                                      note=note))
    skip = {(rows[i].id, a.id) for i, a, _n in conflicts}
    for app, points in apps_points:
        for k, m in enumerate(rows):
            if (m.id, app.id) in skip:
                continue
            for j, (crit, p) in enumerate(zip(crits, points)):
                _add(s, M.Score(meeting_id=meeting.id, member_id=m.id, application_id=app.id, criterion_id=crit.id,
                                points=p - (1 if j == 0 and k in (1, 3) else 0)))
    return meeting


def _illustrative_lots(s, municipality_id) -> dict:
    """Batken, 2024: 150 000 som in two lots. «Жаштар жана спорт» has two
    applications that score higher than everything in «Шаардын тазалыгы»;
    one pool would cut the cleanliness winner to 60 000 som, the lots keep
    its 100 000. The cleanliness winner is a consortium whose partner is the
    2018 winner (the "already funded" check and a member's conflict of
    interest see it)."""
    comp = _add(s, M.Competition(
        municipality_id=municipality_id, kind=E.CompetitionKind.MSZ, year=2024,
        title=f"{ILLUSTRATION}: Социалдык заказ 2024 — эки багыт жана консорциум",
        theme="Иллюстрация, булактарда жок: эки багыттуу (лоттуу) сынак, консорциум жана анын жабык протоколу",
        priority_areas="Шаардын тазалыгы\nЖаштар жана спорт",
        legal_doc_kind=f"Баткен шаарынын мэриясынын буйругу ({ILLUSTRATION.lower()})",
        total_allocation_tyiyn=som(150000), max_grant_tyiyn=som(100000), duration_months=6,
        cofinancing_share_pct=0, eligible_applicants="organisation",
        announced_on=date(2024, 5, 6), deadline_on=date(2024, 6, 5), decision_on=date(2024, 6, 20),
        contact_person="Баткен шаарынын мэриясы", status=E.CompetitionStatus.DECIDED,
        decision_method=E.DecisionMethod.SCORING, tie_rule="earlier_registration"))
    _transitions(s, comp, [(E.CompetitionStatus.DRAFT, _utc(2024, 5, 2)),
                           (E.CompetitionStatus.ANNOUNCED, _utc(2024, 5, 6)),
                           (E.CompetitionStatus.APPLICATIONS_CLOSED, _utc(2024, 6, 5)),
                           (E.CompetitionStatus.UNDER_REVIEW, _utc(2024, 6, 10)),
                           (E.CompetitionStatus.DECIDED, _utc(2024, 6, 20))])
    _eligibility(s, comp)
    clean = _add(s, Lot(id=default_lot_id(comp.id), competition_id=comp.id, position=0, title="Шаардын тазалыгы",
                        allocation_tyiyn=som(100000), max_grant_tyiyn=som(100000),
                        priority_areas="Таштандыны бөлүп чогултуу\nКалкты маалымдоо"))
    youth = _add(s, Lot(competition_id=comp.id, position=1, title="Жаштар жана спорт", allocation_tyiyn=som(50000),
                        max_grant_tyiyn=som(50000), priority_areas="Жаштардын бош убактысы\nМассалык спорт"))

    def applicant(name, **kw):
        found = s.scalar(select(M.Applicant).where(M.Applicant.name == name))
        return found or _add(s, M.Applicant(kind=E.ApplicantKind.ORGANISATION, name=name, village="Баткен", **kw))

    lead = applicant("«Таза шаар» коомдук бирикмеси (иллюстрация)", legal_form="коомдук бирикме")
    partner = applicant("Самаркандек райондук аймактык ден соолук комитети")
    rows = [(lead, clean, "Таза көчөлөр — таза шаар (иллюстрация)", 100000),
            (applicant("«Жашыл Баткен» коомдук фонду (иллюстрация)"), clean, "Жашыл короолор (иллюстрация)", 70000),
            (applicant("«Келечек» жаштар бирикмеси (иллюстрация)"), youth,
             "Жаштар спорт аянтчасында (иллюстрация)", 50000),
            (applicant("«Чемпион» спорт клубу (иллюстрация)", legal_form="коомдук бирикме"), youth,
             "Кышкы футбол лигасы (иллюстрация)", 40000)]
    apps = [_add(s, M.Application(competition_id=comp.id, applicant_id=who.id, reg_seq=i,
                                  reg_number=f"МСЗ-2024/{i:03d}", received_on=date(2024, 5, 20 + i), title=title,
                                  village="Баткен", requested_tyiyn=som(amount), lot_id=lot.id,
                                  status=E.ApplicationStatus.ELIGIBLE))
            for i, (who, lot, title, amount) in enumerate(rows, start=1)]
    _add(s, ApplicationPartner(application_id=apps[0].id, applicant_id=partner.id, position=0))
    members = [
        ("Абдыкадыров Нурбек", "Мэриянын орун басары", E.MemberCategory.LSG_SPECIALIST, E.MemberRole.CHAIR),
        ("Жумабаева Гүлзат", "Шаардык кеңештин депутаты", E.MemberCategory.COUNCIL_DEPUTY, E.MemberRole.DEPUTY_CHAIR),
        ("Турдубаев Азамат", "Ассамблея народа Кыргызстана", E.MemberCategory.CIVIL_SOCIETY, E.MemberRole.MEMBER),
        ("Эргешова Айпери", "Коомдук бирикменин өкүлү", E.MemberCategory.CIVIL_SOCIETY, E.MemberRole.MEMBER),
        ("Сыдыкова Жылдыз", "Мэриянын адиси", E.MemberCategory.LSG_SPECIALIST, E.MemberRole.SECRETARY),
    ]
    meeting = _scored_meeting(
        s, comp, f"Баткен шаарынын мэриясынын гранттык комиссиясы ({ILLUSTRATION.lower()})", members,
        [("Коомдук пайдасы", 10, "2"), ("Бюджеттин негиздүүлүгү", 10, "1"), ("Уюмдун тажрыйбасы", 10, "1.5")],
        [(apps[0], (8, 8, 8)), (apps[1], (6, 6, 6)), (apps[2], (10, 9, 9)), (apps[3], (9, 9, 9))],
        date(2024, 6, 20), "Баткен шаарынын мэриясы",
        conflicts=[(3, apps[0], "Өнөктөш уюмдун (Самаркандек комитетинин) мүчөсү")])
    _decide_and_close(s, meeting, _utc(2024, 6, 20, 12), "Сыдыкова Жылдыз")
    return {"lots": comp.id, "lots_meeting": meeting.id}


def _illustrative_prizes(s, municipality_id) -> dict:
    """A national contest among municipalities run by a state agency, with
    fixed prizes in two nominations; Kara-Balta wins a prize in each."""
    comp = _add(s, M.Competition(
        municipality_id=municipality_id, kind=E.CompetitionKind.MSZ, year=2024,
        title=f"{ILLUSTRATION}: «Эң таза жана жашыл шаар» республикалык сынагы 2024",
        theme="Иллюстрация, булактарда жок: номинация жана орун боюнча сыйлыктар, уюштуруучусу — мамлекеттик орган",
        organiser_kind=E.OrganiserKind.NATIONAL_BODY,
        organiser_name=f"ЖӨБ иштери боюнча мамлекеттик агенттик ({ILLUSTRATION.lower()})",
        award_mode=E.AwardMode.PRIZES, total_allocation_tyiyn=som(650000), max_grant_tyiyn=som(300000),
        cofinancing_share_pct=0, eligible_applicants="legal_entity",
        announced_on=date(2024, 3, 1), deadline_on=date(2024, 4, 30), decision_on=date(2024, 5, 20),
        contact_person="Мамлекеттик агенттик", status=E.CompetitionStatus.DECIDED,
        decision_method=E.DecisionMethod.SCORING, tie_rule="earlier_registration"))
    _transitions(s, comp, [(E.CompetitionStatus.DRAFT, _utc(2024, 2, 20)),
                           (E.CompetitionStatus.ANNOUNCED, _utc(2024, 3, 1)),
                           (E.CompetitionStatus.APPLICATIONS_CLOSED, _utc(2024, 4, 30)),
                           (E.CompetitionStatus.UNDER_REVIEW, _utc(2024, 5, 6)),
                           (E.CompetitionStatus.DECIDED, _utc(2024, 5, 20))])
    for i, (code, text) in enumerate([("participant", "Катышуучу — шаардын мэриясы же айыл өкмөтү"),
                                      ("documents", "Документтер толук")]):
        _add(s, M.EligibilityCriterion(competition_id=comp.id, position=i, code=code, text=text))
    clean = _add(s, Lot(id=default_lot_id(comp.id), competition_id=comp.id, position=0, title="Эң таза шаар",
                        allocation_tyiyn=som(500000), max_grant_tyiyn=som(300000)))
    youth = _add(s, Lot(competition_id=comp.id, position=1, title="Эң мыкты жаштар демилгеси",
                        allocation_tyiyn=som(150000), max_grant_tyiyn=som(150000)))
    for lot, place, amount in ((clean, 1, 300000), (clean, 2, 200000), (youth, 1, 150000)):
        _add(s, Prize(competition_id=comp.id, lot_id=lot.id, place=place, amount_tyiyn=som(amount)))
    cities = {name: _add(s, M.Applicant(kind=E.ApplicantKind.LEGAL_ENTITY, name=name))
              for name in ("Кара-Балта шаарынын мэриясы", "Баткен шаарынын мэриясы", "А. Орозбеков айыл өкмөтү")}
    rows = [("Кара-Балта шаарынын мэриясы", clean, "Жашыл Кара-Балта"),
            ("Баткен шаарынын мэриясы", clean, "Таза Баткен"),
            ("А. Орозбеков айыл өкмөтү", clean, "Таза айыл"),
            ("Кара-Балта шаарынын мэриясы", youth, "Жаштар шаары")]
    apps = [_add(s, M.Application(competition_id=comp.id, applicant_id=cities[who].id, reg_seq=i,
                                  reg_number=f"МСЗ-2024/{i:03d}", received_on=date(2024, 4, 10 + i), title=title,
                                  requested_tyiyn=0, lot_id=lot.id, status=E.ApplicationStatus.ELIGIBLE))
            for i, (who, lot, title) in enumerate(rows, start=1)]
    members = [  # illustrative names (the commission's name says so)
        ("Асанов Нурлан", "Агенттиктин өкүлү", E.MemberCategory.LSG_SPECIALIST, E.MemberRole.CHAIR),
        ("Бекова Айгүл", "ЖӨБ Союзунун өкүлү", E.MemberCategory.CIVIL_SOCIETY, E.MemberRole.DEPUTY_CHAIR),
        ("Осмоналиев Тимур", "Эксперт", E.MemberCategory.COMMUNITY, E.MemberRole.MEMBER),
        ("Жээнбекова Мээрим", "Эксперт", E.MemberCategory.CIVIL_SOCIETY, E.MemberRole.MEMBER),
        ("Токтогулов Азамат", "Агенттиктин адиси", E.MemberCategory.LSG_SPECIALIST, E.MemberRole.SECRETARY)]
    meeting = _scored_meeting(
        s, comp, f"Сынактын республикалык комиссиясы ({ILLUSTRATION.lower()})", members,
        [("Тазалык жана көрктөндүрүү", 10, "2"), ("Жашылдандыруу", 10, "1.5"), ("Калктын катышуусу", 10, "1")],
        [(apps[0], (9, 9, 8)), (apps[1], (8, 8, 8)), (apps[2], (7, 6, 7)), (apps[3], (8, 9, 9))],
        date(2024, 5, 20), "Бишкек")
    _decide_and_close(s, meeting, _utc(2024, 5, 20, 12), members[4][0])
    return {"prizes": comp.id, "prizes_meeting": meeting.id}
