"""Helpers for the register tests: a municipality, the canonical dump that
proves a refusal changed nothing, and the two real resolutions of cases B
and C as service inputs."""
from __future__ import annotations

import sqlite3
from datetime import date

from app.services import browse
from app.services import resolutions as RS
from app.sync.canonical import dump_hash

RES_226 = RS.ResolutionInput(
    body_kind="ayil_kenesh", body_name="А. Орозбеков айылдык кеңеши", act_kind="resolution", number="226",
    adopted_on=date(2020, 12, 28), title="Жергиликтүү демилгелер жөнүндө жобону бекитүү жөнүндө", normative=True)

RES_05 = RS.ResolutionInput(
    body_kind="city_council", body_name="Кара-Балта шаардык кеңеши", act_kind="resolution", number="05",
    adopted_on=date(2023, 2, 16),
    title="Кара-Балта шаарын социалдык-экономикалык өнүктүрүү программасын бекитүү жөнүндө", normative=True,
    control_commission="Бюджет, муниципалдык менчик, турак жай-коммуналдык чарба жана инвестициялар боюнча "
                       "туруктуу депутаттык комиссия",
    control_official="Мэр М. Р. Джекшенов",
    distribution="Шаардык кеңеш\nМэрия\nМС и ММБ\nМИ «Универсал»\nЮстиция министрлиги")


def municipality(db, name="А. Орозбеков айыл аймагы", kind="ayil_aimak") -> str:
    return browse.create_municipality(db, name, kind)


def snapshot(db) -> str:
    conn = sqlite3.connect(db.path)
    try:
        return dump_hash(conn)
    finally:
        conn.close()
