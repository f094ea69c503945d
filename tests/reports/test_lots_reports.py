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


WARNING = {"ru": "ВНИМАНИЕ: ПРОТОКОЛ НЕ СОВПАДАЕТ СО СВОЕЙ ПЕЧАТЬЮ",
           "ky": "ЭСКЕРТҮҮ: БУЛ ПРОТОКОЛ ӨЗҮНҮН МӨӨРҮНӨ ДАЛ КЕЛБЕЙТ"}


def _consortium(doc):
    return next(a for a in doc["applications"] if a["partners"])


def _tamper_partner(doc):
    _consortium(doc)["partners"][0] = "Башка өнөктөш"


def _tamper_allocation(doc):
    doc["lots"][0]["allocation_tyiyn"] += 100


def _tamper_app_lot(doc):
    a = _consortium(doc)
    a["lot"] = next(x["id"] for x in doc["lots"] if x["id"] != a["lot"])


def _tamper_weight(doc):
    doc["criteria"][1]["weight"] = "3"


def _tamper_prize(doc):
    next(p for x in doc["lots"] for p in x["prizes"] if p["place"] == 2)["amount_tyiyn"] = 1


def _tamper_organiser(doc):
    doc["competition"]["organiser_name"] = "Башка уюм"


FROZEN = {   # the sealed document itself, changed in the file (what the report prints from)
    "a partner": ("lots", _tamper_partner),
    "a lot's allocation": ("lots", _tamper_allocation),
    "an application's lot": ("lots", _tamper_app_lot),
    "a criterion weight": ("lots", _tamper_weight),
    "a prize amount": ("prizes", _tamper_prize),
    "the organiser": ("prizes", _tamper_organiser),
}


def _setup(demo_template, tmp_path):
    import shutil

    from app.store.db import open_database

    path = tmp_path / "d.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(path)
    try:
        ids = _ids(db)
    finally:
        db.close()
    return path, ids


def _check(path) -> int:
    from app.cli import parse, run

    return run(parse(["check", "--db", str(path), "--lang", "ru"]))


def _print(path, meeting, lang, out):
    from app.store.db import open_database

    db = open_database(path)
    try:
        return _text(build_report(db, "protocol", ReportParams(lang=lang, meeting=meeting), "pdf", out))
    finally:
        db.close()


@pytest.mark.parametrize("what", sorted(FROZEN))
def test_the_seal_covers_lots_partners_weights_prizes_and_the_organiser(demo_template, tmp_path, capsys, what):
    """The sealed document of a closed protocol carries what the issue-15
    sections print; changing it in the file (and so what would be printed)
    is shown on the page and found by `demilge check`. Fails when a fact is
    left out of the document (nothing to change) or out of the seal."""
    import json

    from app.store.protocol_doc import canonical_json
    from tests.tamper import edit_directly, query

    path, ids = _setup(demo_template, tmp_path)
    which, tamper = FROZEN[what]
    meeting = ids[which + "_meeting"]
    assert WARNING["ru"] not in _print(path, meeting, "ru", tmp_path / "before.pdf")
    doc = json.loads(query(path, "SELECT sealed_content FROM meeting WHERE id = ?", (meeting,))[0][0])
    assert doc["version"] == 3
    before = canonical_json(doc)
    tamper(doc)
    assert canonical_json(doc) != before
    edit_directly(path, "UPDATE meeting SET sealed_content = ? WHERE id = ?", params=(canonical_json(doc), meeting))
    assert _check(path) == 1
    assert "сохранённый текст не совпадает с печатью" in capsys.readouterr().err
    for lang in ("ky", "ru"):
        assert WARNING[lang] in _print(path, meeting, lang, tmp_path / f"{lang}.pdf"), (what, lang)


LIVE = {   # the shared rows behind the protocol, changed in the file with the triggers dropped
    "a partner": ("lots", "UPDATE application_partner SET applicant_id = (SELECT id FROM applicant WHERE name LIKE "
                          "'Кара-Балта%' LIMIT 1) WHERE id = (SELECT min(id) FROM application_partner)",
                  "application_partner", "applicant_id"),
    "a lot's allocation": ("lots", "UPDATE lot SET allocation_tyiyn = allocation_tyiyn + 100 WHERE competition_id = "
                                   "'{c}' AND title = 'Шаардын тазалыгы'", "lot", "allocation_tyiyn"),
    "a criterion weight": ("lots", "UPDATE scoring_criterion SET weight = '3' WHERE competition_id = '{c}' AND "
                                   "position = (SELECT max(position) FROM scoring_criterion WHERE competition_id = "
                                   "'{c}')", "scoring_criterion", "weight"),
    "a prize amount": ("prizes", "UPDATE prize SET amount_tyiyn = 1 WHERE competition_id = '{c}' AND place = 2 AND "
                                 "lot_id = (SELECT min(lot_id) FROM prize WHERE competition_id = '{c}' AND place = 2)",
                       "prize", "amount_tyiyn"),
}


@pytest.mark.parametrize("what", sorted(LIVE))
def test_a_shared_row_changed_behind_the_program_is_found_and_the_protocol_keeps_its_sealed_text(
        demo_template, tmp_path, capsys, what):
    """A partner, a lot's allocation, a criterion's weight or a prize changed
    directly in the file: `demilge check` names the row (the audit trail
    replays it), and the closed protocol still prints what was sealed."""
    from tests.tamper import edit_directly

    path, ids = _setup(demo_template, tmp_path)
    which, sql, table, fld = LIVE[what]
    meeting = ids[which + "_meeting"]
    before = _print(path, meeting, "ru", tmp_path / "before.pdf")
    assert _check(path) == 0
    capsys.readouterr()
    edit_directly(path, sql.format(c=ids[which]))
    assert _check(path) == 1
    err = capsys.readouterr().err
    assert any(line.startswith(f"{table} ") and f"поле {fld} =" in line for line in err.splitlines()), err
    after = _print(path, meeting, "ru", tmp_path / "after.pdf")
    assert WARNING["ru"] not in after
    # footer: the audit head moved, and the printing time may be the next minute
    strip = lambda t: re.sub(r"\d\d:\d\d", "", re.sub(r"\S*[0-9a-f]{12,}\S*", "", t))  # noqa: E731
    assert strip(after) == strip(before)
