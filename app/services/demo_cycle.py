"""The project cycle of the demo database (called by app.services.demo):
agreement tranches and payments, executor's reports, monitoring visits,
acceptance acts, satisfaction surveys and planned participants for the
three real projects, and the competitions' own work-plan dates, events and
media.

From the sources (../shared/domain/cases.md): the projects, their budgets by
source (for «Атам, апам жана мен» 12 000 + 25 000 = 37 000 som), the
participants (94 for «Атам, апам жана мен», 290 children for «Жомокко
саякат»), the planned events (6 and 5), case A's two announcements of
10 May 2018 and its information meeting, case B's announcement and its
explanation to the community.

Illustrative (not in the sources, marked «иллюстрация» where a text is
shown): tranche dates and splits, payment orders, report dates, visit dates,
visitors, findings and follow-ups, act numbers and signatories, satisfaction
figures, the planned participant counts of the applications, the done dates
of the work-plan steps, the outlets and dates of the competitions' own
coverage and the attendance of their meetings.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select

from app.domain import cycle as CY
from app.domain import enums as E
from app.domain.money import som
from app.domain.participants import builtin_category_id as cat
from app.store import cycle_models as CM
from app.store import models as M

ILL = "иллюстрация"


def _add(s, obj):
    s.add(obj)
    s.flush()
    return obj


def fill(s, projects: dict[str, str], competitions: dict[str, str]) -> None:
    """`projects`: samarkandek, atam_apam, jomokko -> id; `competitions`:
    batken, orozbekov -> id. Runs inside the demo's one transaction."""
    _plan_done(s, competitions)
    _competition_events(s, competitions)
    _planned(s, projects)
    for key, spec in CYCLE.items():
        _project_cycle(s, projects[key], spec)


def _plan_done(s, competitions) -> None:
    PS = M.CompetitionPlanStep
    for cid in competitions.values():
        for step in s.scalars(select(PS).where(PS.competition_id == cid)):
            step.done_on = step.deadline_on
            step.note = f"Аткарылган күнү — {ILL}"
    s.flush()


def _competition_events(s, competitions) -> None:
    batken, orozbekov = competitions["batken"], competitions["orozbekov"]
    events = [
        (batken, date(2018, 5, 10), "Баткен шаары", E.EventKind.CANDIDATES_CALL,
         "Мэриянын гранттык комиссиясына жарандык коомдун талапкерлерин чакыруу жөнүндө кулактандыруу", {}),
        (batken, date(2018, 5, 10), "Баткен шаары", E.EventKind.ANNOUNCEMENT,
         "Коомдук пайдалуу долбоорлордун сунуштарын чакыруу жөнүндө кулактандыруу", {}),
        (batken, date(2018, 5, 18), "Баткен шаарынын мэриясы", E.EventKind.INFO_MEETING,
         f"Маалыматтык жолугушуу (күнү жана катышуучулар — {ILL})", {"men": 14, "women": 17}),
        (orozbekov, date(2021, 9, 15), "А. Орозбеков айыл өкмөтү", E.EventKind.ANNOUNCEMENT,
         "Жергиликтүү демилгелердин сынагын жарыялоо", {}),
        (orozbekov, date(2021, 10, 1), "Орозбеков", E.EventKind.INFO_MEETING,
         f"Калкка түшүндүрүү жолугушуусу (катышуучулар — {ILL})", {"men": 12, "women": 21}),
    ]
    for cid, held, place, kind, title, counts in events:
        ev = _add(s, M.Event(competition_id=cid, held_on=held, place=place, kind=kind, title=title))
        for code, n in counts.items():
            _add(s, M.EventParticipants(event_id=ev.id, category_id=cat(code), count=n))
    for cid, outlet, level, when, note in [
        (batken, "«Өрүкзар» (шаардык гезит)", E.MediaLevel.CITY, date(2018, 5, 10),
         f"Эки кулактандыруу жарыяланды ({ILL})"),
        (batken, "Баткен ТВ", E.MediaLevel.CITY, date(2018, 5, 11), f"Кулактандыруу окулду ({ILL})"),
        (orozbekov, "Айыл өкмөтүнүн маалымат тактасы", E.MediaLevel.CITY, date(2021, 9, 15),
         f"Сынактын кулактандыруусу ({ILL})"),
    ]:
        _add(s, M.MediaCoverage(competition_id=cid, outlet=outlet, level=level, published_on=when, note=note))


def _planned(s, projects) -> None:
    """The applications' planned participants (illustrative) and events (the
    sources' 6 and 5 events)."""
    plans = {
        "atam_apam": ({"fathers": 30, "mothers": 50, "boys": 10, "girls": 10}, [
            ("Аталар менен баскетбол", 1), ("Энелер менен волейбол", 1), ("Энелер менен баскетбол", 1),
            ("Аталар менен волейбол", 1), ("Үй-бүлөлүк мелдештер", 2)], E.EventKind.SPORT),
        "jomokko": ({"children": 300, "girls": 120, "children_disabilities": 20, "migrant_children": 90}, [
            ("«Чоң ата балыкты кантип кармады?» жаңы жылдык оюну, 3 айылда", 5)], E.EventKind.PERFORMANCE),
    }
    for key, (counts, events, kind) in plans.items():
        app_id = s.get(M.Project, projects[key]).application_id
        for code, n in counts.items():
            _add(s, M.PlannedParticipants(application_id=app_id, category_id=cat(code), count=n))
        for description, times in events:
            _add(s, M.PlannedEvent(application_id=app_id, description=description, kind=kind, times=times))


# project -> tranches (due, som, condition, depends on the interim report, paid on, order no.),
# reports (kind, period, due, received), visits, act, surveys
CYCLE = {
    "samarkandek": dict(
        tranches=[(date(2018, 9, 3), 30000, "Келишимге кол коюлгандан кийин аванс", False, date(2018, 9, 4), "12"),
                  (date(2018, 10, 25), 20000, "Аралык отчет кабыл алынгандан кийин", True, date(2018, 10, 26),
                   "31")],
        reports=[(CY.ReportKind.INTERIM, date(2018, 9, 1), date(2018, 10, 15), date(2018, 10, 20),
                  date(2018, 10, 18)),
                 (CY.ReportKind.FINAL, date(2018, 9, 1), date(2018, 11, 30), date(2018, 12, 10), date(2018, 12, 7))],
        visits=[(date(2018, 10, 13), "Мэриянын адиси жана гранттык комиссиянын мүчөсү",
                 "«Жеңиш» паркындагы тазалоо: окуучулардын катышуусу, каражаттын жумшалышы",
                 "Иш-чара пландагыдай өттү; катышуучулардын тизмеси жок", "Катышуучулардын тизмесин тапшыруу",
                 date(2018, 10, 20), date(2018, 10, 19))],
        act=("МСЗ-2018/1-А", date(2018, 12, 10), "Баткен шаарынын мэриясынын өкүлү",
             "Самаркандек райондук аймактык ден соолук комитетинин төрагасы"),
        surveys=[(date(2018, 11, 30), 50, 44, "Тургундардан сурамжылоо")]),
    "atam_apam": dict(
        tranches=[(date(2021, 11, 1), 6000, "Келишимге кол коюлгандан кийин аванс (50 %)", False,
                   date(2021, 11, 2), "104"),
                  (date(2021, 12, 20), 6000, "Аралык отчет кабыл алынгандан кийин", True, date(2021, 12, 21),
                   "131")],
        reports=[(CY.ReportKind.INTERIM, date(2021, 11, 1), date(2021, 11, 30), date(2021, 12, 10),
                  date(2021, 12, 8)),
                 (CY.ReportKind.FINAL, date(2021, 11, 1), date(2021, 12, 31), date(2022, 1, 20), date(2022, 1, 17))],
        visits=[(date(2021, 11, 13), "Ташиева Нургүл, айыл өкмөтүнүн адиси",
                 "Энелер менен волейбол: иш-чаранын өтүшү, катышуучулардын тизмеси, спорттук шаймандар",
                 "Иш-чара пландагыдай өттү; катышуучулардын тизмесинде 2 кыздын аты жок",
                 "Катышуучулардын тизмесин толуктоо", date(2021, 11, 20), date(2021, 11, 19))],
        act=("ЖД-2021/К-1-А", date(2022, 1, 31), "А. Орозбеков айыл өкмөтүнүн башчысы",
             "Кожонова Анаргүл Абдиллаевна"),
        surveys=[(date(2021, 12, 11), 40, 37, "Ата-энелерден сурамжылоо")]),
    "jomokko": dict(
        tranches=[(date(2021, 11, 1), 5500, "Келишимге кол коюлгандан кийин аванс (50 %)", False,
                   date(2021, 11, 3), "105"),
                  (date(2021, 12, 20), 5500, "Аралык отчет кабыл алынгандан кийин", True, date(2021, 12, 22),
                   "132")],
        reports=[(CY.ReportKind.INTERIM, date(2021, 11, 1), date(2021, 11, 30), date(2021, 12, 10),
                  date(2021, 12, 9)),
                 (CY.ReportKind.FINAL, date(2021, 11, 1), date(2021, 12, 31), date(2022, 1, 20), date(2022, 1, 14))],
        visits=[(date(2021, 12, 25), "Ташиева Нургүл, айыл өкмөтүнүн адиси",
                 "Кара-Дөбөдөгү оюн: костюмдар, катышкан балдар", "Оюн пландагыдай өттү; эскертүү жок", "",
                 None, None)],
        act=("ЖД-2021/К-2-А", date(2022, 1, 31), "А. Орозбеков айыл өкмөтүнүн башчысы",
             "Кулназарова Райма Эркиновна"),
        surveys=[(date(2021, 12, 30), 60, 57, "Ата-энелерден сурамжылоо")]),
}


def _project_cycle(s, project_id: str, spec: dict) -> None:
    reports = []
    for kind, p_from, p_to, due, received in spec["reports"]:
        reports.append(_add(s, CM.ExecutorReport(
            project_id=project_id, kind=kind, period_from=p_from, period_to=p_to, due_on=due, received_on=received,
            status=CY.ReportStatus.ACCEPTED, note=f"Мөөнөттөр — {ILL}")))
    interim = reports[0]
    for number, (due, amount, condition, after_report, paid_on, order) in enumerate(spec["tranches"], start=1):
        tranche = _add(s, CM.GrantTranche(project_id=project_id, number=number, due_on=due, amount_tyiyn=som(amount),
                                          condition=f"{condition} ({ILL})",
                                          report_id=interim.id if after_report else None))
        _add(s, CM.GrantPayment(tranche_id=tranche.id, paid_on=paid_on, amount_tyiyn=som(amount),
                                document_number=f"Төлөм тапшырмасы № {order} ({ILL})"))
    for visited, who, checked, findings, follow_up, due, done in spec["visits"]:
        _add(s, CM.MonitoringVisit(project_id=project_id, visited_on=visited, visitors=f"{who} ({ILL})",
                                   checked=checked, findings=f"{findings} ({ILL})", follow_up=follow_up or None,
                                   follow_up_due_on=due, follow_up_done_on=done))
    for surveyed, asked, satisfied, method in spec["surveys"]:
        _add(s, CM.SatisfactionSurvey(project_id=project_id, surveyed_on=surveyed, asked=asked, satisfied=satisfied,
                                      method=method, note=ILL))
    number, act_date, customer, executor = spec["act"]
    act = _add(s, CM.AcceptanceAct(project_id=project_id, number=f"{number} ({ILL})", act_date=act_date,
                                   customer_signatory=f"{customer} ({ILL})", executor_signatory=executor,
                                   status=CY.ActStatus.DRAFT))
    _accept(s, act, project_id, act_date)


def _accept(s, act, project_id: str, act_date: date) -> None:
    """Accept as the service does: the delivered figures are sealed."""
    from app.store.cycle_queries import load_results
    from app.store.project_queries import load_project

    d = load_project(s, project_id)
    results = load_results(s, [project_id])[project_id]
    act.status = CY.ActStatus.ACCEPTED
    act.accepted_at = datetime(act_date.year, act_date.month, act_date.day, 9, tzinfo=timezone.utc)
    act.accepted_by = "demo"
    act.delivered_hash = CY.seal(CY.delivered_plain(d, results))
    s.flush()
