"""Competitions and applications made through the services, with the figures
of cases A and B (shared/domain/cases.md), for the tests of issue 3; and a
dump of every table to prove a refused action changed nothing."""
from __future__ import annotations

import sqlite3
from datetime import date

from app.services import applications as AP
from app.services import browse
from app.services import competitions as C

CASE_B = C.CompetitionInput(
    kind="jd", year=2021, title="Жергиликтүү демилгелердин сынагы 2021",
    theme="Жаштар жана үй-бүлө", priority_areas="Элдик көркөм чыгармачылык\nБалдар жана жаштар менен иштөө\n"
    "Дене тарбия жана массалык спорт\nҮй-бүлөлүк зомбулуктан коргоо",
    legal_doc_kind="Айыл кеңешинин токтому", legal_doc_number="226", legal_doc_date=date(2020, 12, 28),
    total_allocation_tyiyn=2_300_000, max_grant_tyiyn=1_200_000, duration_months=3, cofinancing_share_pct=50,
    eligible_applicants=("person", "group"), announced_on=date(2021, 9, 1), deadline_on=date(2021, 9, 30),
    decision_on=date(2021, 10, 15), contact_person="Абдыкадыров Бакыт, тел. 0770 123 456",
)

CASE_A = C.CompetitionInput(
    kind="msz", year=2018, title="Баткен шаарынын калкынын тазалыкка болгон көз карашын өзгөртүү",
    theme="Социалдык пайдалуу долбоорлор", total_allocation_tyiyn=5_000_000, max_grant_tyiyn=5_000_000,
    duration_months=3, eligible_applicants=("organisation",), announced_on=date(2018, 5, 10),
    deadline_on=date(2018, 6, 10), decision_on=date(2018, 6, 20),
)

KOZHONOVA = AP.ApplicantInput(kind="person", name="Кожонова Анаргүл Абдиллаевна", village="Орозбеков",
                              phone="0772 000 111")
KULNAZAROVA = AP.ApplicantInput(kind="person", name="Кулназарова Райма Эркиновна", village="Үч-Коргон")


def winner_1(applicant_id: str, received=date(2021, 9, 20)) -> AP.ApplicationInput:
    return AP.ApplicationInput(
        applicant_id=applicant_id, received_on=received, title="Атам, апам жана мен",
        goal="Жаш мигрант үй-бүлөлөрдү бекемдөө, жаштарга спорт үчүн орун берүү",
        target_groups="Аталар, энелер, балдар", requested_tyiyn=1_200_000,
        cofinancing=(AP.CofinancingInput("donor", 2_500_000, description="Спорттук шаймандар"),
                     AP.CofinancingInput("initiator_in_kind", 0, True, "Иш-чараларды уюштуруу жана өткөрүү")),
        events=(AP.EventInput("Аталар менен баскетбол", "sport"), AP.EventInput("Энелер менен волейбол", "sport"),
                AP.EventInput("Энелер менен баскетбол", "sport"), AP.EventInput("Аталар менен волейбол", "sport"),
                AP.EventInput("Үй-бүлөлүк мелдештер", "sport", 2)),
        participants={"fathers": 28, "mothers": 54, "boys": 8, "girls": 4},
    )


def winner_2(applicant_id: str, received=date(2021, 9, 21)) -> AP.ApplicationInput:
    return AP.ApplicationInput(
        applicant_id=applicant_id, received_on=received, title="Жомокко саякат",
        goal="ДМЧ балдар жана бала бакчага барбаган балдар үчүн эс алуу", requested_tyiyn=1_100_000,
        cofinancing=(AP.CofinancingInput("donor", 2_500_000, description="Костюмдар"),
                     AP.CofinancingInput("initiator_in_kind", 0, True, "Оюн коюу")),
        events=(AP.EventInput("«Чоң ата балыкты кантип кармады?» жаңы жылдык оюну", "performance", 5),),
        participants={"children": 290, "girls": 114, "children_disabilities": 19, "migrant_children": 89},
    )


def municipality(db) -> str:
    existing = browse.municipality_summary(db)
    if existing:
        return existing.id
    return browse.create_municipality(db, "А. Орозбеков айыл аймагы", "ayil_aimak", "Кадамжай району",
                                      "Баткен облусу")


def case_b(db, announce: bool = True) -> dict[str, str]:
    """Municipality, the ЖД competition of case B and its two applications."""
    ids = {"municipality": municipality(db)}
    ids["competition"] = C.create_competition(db, CASE_B)
    if announce:
        C.announce_competition(db, ids["competition"], today=date(2021, 9, 1))
        ids["kozhonova"] = AP.create_applicant(db, KOZHONOVA)
        ids["kulnazarova"] = AP.create_applicant(db, KULNAZAROVA)
        ids["app1"] = AP.register_application(db, ids["competition"], winner_1(ids["kozhonova"]),
                                              today=date(2021, 9, 20)).id
        ids["app2"] = AP.register_application(db, ids["competition"], winner_2(ids["kulnazarova"]),
                                              today=date(2021, 9, 21)).id
    return ids


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, to compare before and after a refused action."""
    conn = sqlite3.connect(db.path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()
