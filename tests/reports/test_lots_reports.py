"""Issue 15 on paper: the demo's illustrative competitions printed in Kyrgyz
and Russian and read back (lots with subtotals, consortium partners, weights,
prizes with a subtotal per participant), and the seal covers what they add."""
from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services import browse
from app.services.reporting import ReportParams, build_report
from app.store import models as M
from app.store.protocol_hash import protocol_content, protocol_hash


def _text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages)).replace("\u00a0", " ")


def _ids(db):
    from app.services import commission as CM

    comps = {c.title: c.id for c in browse.list_competitions(db)}
    lots = next(i for t, i in comps.items() if "эки багыт" in t)
    prizes = next(i for t, i in comps.items() if "республикалык" in t)
    return {"lots": lots, "prizes": prizes, "lots_meeting": CM.commission_view(db, lots).meetings[0].id,
            "prizes_meeting": CM.commission_view(db, prizes).meetings[0].id}


@pytest.mark.parametrize("lang,words", [
    ("ky", {"lot": "1-багыт (лот): Шаардын тазалыгы", "subtotal": "Багыт боюнча жыйынды",
            "total": "Сынак боюнча бардыгы", "lead": "башкы катышуучу", "weights": "Салмагы",
            "moved": "каражат багыттардын ортосунда которулган жок"}),
    ("ru", {"lot": "Направление (лот) 1: Шаардын тазалыгы", "subtotal": "Итого по направлению",
            "total": "Всего по конкурсу", "lead": "ведущий участник", "weights": "Вес",
            "moved": "деньги между направлениями не переносились"}),
])
def test_the_two_lot_protocol(demo_db, tmp_path, lang, words):
    ids = _ids(demo_db)
    out = build_report(demo_db, "protocol", ReportParams(lang=lang, meeting=ids["lots_meeting"]), "pdf",
                       tmp_path / "p.pdf")
    text = _text(out)
    for w in words.values():
        assert w in text, w
    assert "Жаштар жана спорт" in text and "100 000,00" in text and "150 000,00" in text
    assert "Самаркандек райондук аймактык ден соолук комитети" in text
    # the weights as set (2, 1 and 1,5) and the weighted score the ranking used
    assert re.search(r"Коомдук пайдасы 10 2 ", text) and re.search(r"Уюмдун тажрыйбасы 10 1,5", text)
    assert "41,7" in text and "35,5" in text


@pytest.mark.parametrize("lang,words", [
    ("ky", ["Номинация: Эң таза шаар", "Катышуучулар боюнча жыйынды", "сыйлыксыз", "1-орун — 300 000,00 сом"]),
    ("ru", ["Номинация: Эң таза шаар", "Итого по участникам", "без премии", "1-е место — 300 000,00 сом"]),
])
def test_the_prize_protocol_and_the_council_summary(demo_db, tmp_path, lang, words):
    ids = _ids(demo_db)
    text = _text(build_report(demo_db, "protocol", ReportParams(lang=lang, meeting=ids["prizes_meeting"]), "pdf",
                              tmp_path / "p.pdf"))
    for w in words:
        assert w in text, w
    assert text.startswith("ЖӨБ иштери боюнча мамлекеттик агенттик")   # the organiser, not a city
    assert re.search(r"Кара-Балта шаарынын мэриясы 2 450 000,00", text)
    assert re.search(r"Баткен шаарынын мэриясы 1 200 000,00", text)
    summary = _text(build_report(demo_db, "council-summary", ReportParams(
        lang=lang, date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)), "pdf", tmp_path / "c.pdf"))
    assert re.search(r"Кара-Балта шаарынын мэриясы 2 450 000,00", summary)
    xlsx = build_report(demo_db, "council-summary", ReportParams(
        lang=lang, date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)), "xlsx", tmp_path / "c.xlsx")
    rows = [[c.value for c in r] for ws in load_workbook(xlsx).worksheets for r in ws.iter_rows()]
    assert any(r[1:4] == ["Кара-Балта шаарынын мэриясы", 2, 450000] for r in rows if len(r) >= 4)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_announcement_register_and_sheets_show_lots_and_weights(demo_db, tmp_path, lang):
    ids = _ids(demo_db)
    ann = _text(build_report(demo_db, "announcement", ReportParams(lang=lang, competition=ids["lots"]), "pdf",
                             tmp_path / "a.pdf"))
    heading = {"ky": "Сынактын багыттары (лоттор)", "ru": "Направления (лоты) конкурса"}[lang]
    assert heading in ann and "Шаардын тазалыгы" in ann and "Таштандыны бөлүп чогултуу" in ann
    assert re.search(r"2 Жаштар жана спорт .*50 000,00 50 000,00", ann)
    prizes = _text(build_report(demo_db, "announcement", ReportParams(lang=lang, competition=ids["prizes"]), "pdf",
                                tmp_path / "b.pdf"))
    assert "Эң мыкты жаштар демилгеси" in prizes and "650 000,00" in prizes
    reg = _text(build_report(demo_db, "register", ReportParams(lang=lang, competition=ids["lots"]), "pdf",
                             tmp_path / "r.pdf"))
    subtotal = {"ky": "Багыт боюнча: 2 өтүнмө", "ru": "По направлению: 2 заявок"}[lang]
    assert reg.count(subtotal) == 2 and "170 000,00" in reg and "90 000,00" in reg and "260 000,00" in reg
    partners = {"ky": "өнөктөштөр:", "ru": "партнёры:"}[lang]
    assert partners in reg and "Самаркандек" in reg
    xlsx = build_report(demo_db, "register", ReportParams(lang=lang, competition=ids["lots"]), "xlsx",
                        tmp_path / "r.xlsx")
    ws = load_workbook(xlsx).active
    subtotals = [ws.cell(r, 6).value for r in range(1, ws.max_row + 1)
                 if str(ws.cell(r, 3).value or "").startswith(subtotal.split(":")[0])]
    assert subtotals == [170000, 90000]
    sheets = _text(build_report(demo_db, "score-sheets", ReportParams(lang=lang, meeting=ids["lots_meeting"]),
                                "pdf", tmp_path / "s.pdf"))
    weight = {"ky": "салмагы 1,5", "ru": "вес 1,5"}[lang]
    assert weight in sheets and {"ky": "упай × салмак", "ru": "балл × вес"}[lang] in sheets


def test_the_seal_covers_lots_partners_weights_and_prizes(demo_db):
    """Changing behind the program's back a fact these sections print makes
    the recomputed hash differ from the one printed on the closed protocol."""
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    ids = _ids(demo_db)
    checks = [
        ("UPDATE lot SET title = 'Башка' WHERE id = (SELECT lot_id FROM application WHERE reg_number = "
         "'МСЗ-2024/003' AND competition_id = :c)", "lots"),
        ("UPDATE applicant SET name = 'Башка' WHERE name = 'Самаркандек райондук аймактык ден соолук комитети'",
         "lots"),
        ("UPDATE scoring_criterion SET weight = '3' WHERE competition_id = :c AND position = 2", "lots"),
        ("UPDATE prize SET amount_tyiyn = 1 WHERE competition_id = :c AND place = 2", "prizes"),
    ]
    for sql, which in checks:
        meeting = ids[which + "_meeting"]
        with demo_db.engine.connect() as conn:
            trans = conn.begin()
            with Session(bind=conn) as s:
                stored = s.get(M.Meeting, meeting).content_hash
                assert protocol_hash(protocol_content(s, meeting)) == stored
            conn.execute(text(sql), {"c": ids[which]})
            with Session(bind=conn) as s:
                assert protocol_hash(protocol_content(s, meeting)) != stored, sql
            trans.rollback()
