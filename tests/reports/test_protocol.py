"""The protocol PDF of the demo competitions read back, score sheets and the scores workbook."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.services import reporting
from app.store import models as M


def _meetings(db):
    with db.reader() as s:
        rows = s.execute(select(M.Meeting.id, M.Meeting.number, M.Meeting.held_on, M.Meeting.content_hash,
                                M.Competition.kind).join(M.Commission, M.Commission.id == M.Meeting.commission_id)
                         .join(M.Competition, M.Competition.id == M.Commission.competition_id)
                         .where(M.Competition.year < 2024)).all()   # the real cases, not the illustrative ones
    return {r.kind.value: r for r in rows}


def _text(path):
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_batken_protocol_no_1(demo_db, tmp_path):
    from tests.reports.pdf_grid import Table, line_with, margin_texts, pieces

    m = _meetings(demo_db)["msz"]
    out = tmp_path / "p.pdf"
    reporting.build_report(demo_db, "protocol", reporting.ReportParams(lang="ky", meeting=m.id), "pdf", out)
    found = pieces(out)
    assert line_with(found, "ПРОТОКОЛУ") == "Гранттык комиссиянын отурумунун ПРОТОКОЛУ № 1"
    assert line_with(found, "Күнү:").startswith("Күнү: 20.06.2018.")
    attendance = Table(found, ["№", "Мүчө", "Кызматы", "Катышкандар"], after="Катышкандар")
    for name in ("Абдыкадыров Нурбек", "Турдубаев Азамат", "Сыдыкова Жылдыз"):
        assert attendance.cell(name, "Катышкандар", by=1) == "катышты"
    assert line_with(found, "кворум үчүн").endswith("Кворум бар.")
    decision = Table(found, ["Орун", "Өтүнмө", "Жыйынтык", "Суралган, сом", "Берилди, сом"], after="Чечим")
    winner = decision.row("МСЗ-2018/001", 1)
    assert (winner["Жыйынтык"], winner["Суралган, сом"], winner["Берилди, сом"]) == ("жеңүүчү", "50 000,00",
                                                                                     "50 000,00")
    assert decision.row("Жыйынды", 1)["Берилди, сом"] == "50 000,00"
    pages = PdfReader(str(out)).pages
    assert all(m.content_hash[:16] in p.extract_text() for p in pages)   # the hash on every page
    assert sum(m.content_hash[:16] in t for t in margin_texts(out)) >= len(pages)   # in its header


def test_orozbekov_protocol_winners_and_scores(demo_db, tmp_path):
    from tests.reports.pdf_grid import Table, line_with, pieces

    m = _meetings(demo_db)["jd"]
    out = tmp_path / "p.pdf"
    reporting.build_report(demo_db, "protocol", reporting.ReportParams(lang="ru", meeting=m.id), "pdf", out)
    found = pieces(out)
    assert line_with(found, "ПРОТОКОЛ №") == "ПРОТОКОЛ № 1 заседания грантовой комиссии"
    assert line_with(found, "Дата:").startswith("Дата: 22.10.2021.")
    assert line_with(found, "для кворума") == ("Из 5 членов комиссии присутствуют 5; для кворума нужно 3. "
                                                "Кворум есть.")
    decision = Table(found, ["Место", "Заявка", "Итог", "Запрошено, сом", "Выделено, сом"], after="Решение")
    got = [tuple(decision.row(reg, 1)[k] for k in ("Место", "Итог", "Запрошено, сом", "Выделено, сом"))
           for reg in ("ЖД-2021/001 «Атам, апам жана мен»", "ЖД-2021/002 «Жомокко саякат»", "ЖД-2021/003")]
    assert got == [("1", "победитель", "12 000,00", "12 000,00"), ("2", "победитель", "11 000,00", "11 000,00"),
                   ("3", "резерв", "10 000,00", "0,00")]
    assert decision.row("Итого", 1)["Выделено, сом"] == "23 000,00"
    members = ["Маматов Улан", "Ташиева Нургүл", "Исаков Бакыт", "Абдыраимова Чолпон", "Сатыбалдиев Эрмек"]
    scores = Table(found, ["Заявка", *members, "Балл"], after="Баллы")
    assert [scores.row("ЖД-2021/001")[n] for n in members + ["Балл"]] == ["35", "31", "35", "31", "35", "33,40"]
    assert [scores.row("ЖД-2021/003")[n] for n in members + ["Балл"]] == ["28", "24", "28", "24", "28", "26,40"]


def test_score_sheets_one_page_per_member_and_scores_xlsx(demo_db, tmp_path):
    m = _meetings(demo_db)["jd"]
    out = tmp_path / "s.pdf"
    reporting.build_report(demo_db, "score-sheets", reporting.ReportParams(lang="ky", meeting=m.id), "pdf", out)
    pages = PdfReader(str(out)).pages
    assert len(pages) == 5 and all("Кол тамга" in p.extract_text() for p in pages)
    xlsx = tmp_path / "s.xlsx"
    reporting.build_report(demo_db, "scores", reporting.ReportParams(lang="ru", meeting=m.id), "xlsx", xlsx)
    wb = load_workbook(xlsx)
    points = [row[3].value for row in wb.worksheets[0].iter_rows(min_row=2)]
    assert len(points) == 5 * 3 * 4 and all(isinstance(p, int) for p in points)
    decisions = wb.worksheets[1]
    assert decisions["F2"].value == 12000 and decisions["F2"].number_format == "#,##0.00"


@pytest.mark.parametrize("lang,words", [("ky", "Жыйырма үч миң сом 00 тыйын"),
                                        ("ru", "Двадцать три тысячи сом 00 тыйын")])
def test_protocol_and_announcement_give_amounts_in_words(demo_db, tmp_path, lang, words):
    import re

    from app.services import reporting
    from app.services.listing import id_listing
    from tests.reports.pdf_grid import pieces, text_of

    def frame(path):            # footer and header (time, hash) left out
        return re.sub(r"\s+", " ", text_of(pieces(path))).replace("\u00a0", " ")

    meeting = next(r[0] for r in id_listing(demo_db, "meetings") if "2021" in r[1])
    out = tmp_path / "p.pdf"
    reporting.build_report(demo_db, "protocol", reporting.ReportParams(lang=lang, meeting=meeting), "pdf", out)
    assert f"23 000,00 сом ({words})" in frame(out)      # the figure with its own words
    comp = next(r[0] for r in id_listing(demo_db, "competitions") if "2021" in r[1])
    reporting.build_report(demo_db, "announcement", reporting.ReportParams(lang=lang, competition=comp), "pdf", out)
    assert f"23 000,00 сом ({words})" in frame(out)


# ---------------------------------------------------------------------------
# A meeting with one member absent and one declared conflict: every printed
# score in its row and column, the quorum line with the present count.

from app.services import commission as C  # noqa: E402
from tests.reports.pdf_grid import Table, line_with, lines, margin_texts, pieces, text_of  # noqa: E402
from tests.services.test_commission import setup  # noqa: E402,F401  (a fixture)

# points (criterion 1 weight 1, criterion 2 weight 2) of each present member; member 3 declared a
# conflict on the third application and has no points for it; member 4 is absent
SHEETS = {
    0: {0: (9, 9), 1: (8, 7), 2: (6, 5)},
    1: {0: (8, 9), 1: (9, 8), 2: (5, 5)},
    2: {0: (7, 8), 1: (7, 7), 2: (6, 6)},
    3: {0: (10, 9), 1: (6, 6)},
}
# worked out by hand: weighted totals p1 + 2*p2, and the means over the members who scored
TOTALS = {0: {0: "27", 1: "22", 2: "16"}, 1: {0: "26", 1: "25", 2: "15"}, 2: {0: "23", 1: "21", 2: "18"},
          3: {0: "28", 1: "18", 2: "—"}}
SCORES = {0: "26", 1: "21,5", 2: "16,33"}          # 104/4, 86/4, 49/3 (printed without trailing zeros)
APPS = {0: "ЖД-2021/001", 1: "ЖД-2021/002", 2: "ЖД-2021/003"}
LABELS = {
    "ky": dict(app="Өтүнмө", score="Упай", attendance="Катышкандар", member="Мүчө", present="катышты",
               absent="катышкан жок", quorum="Комиссиянын 5 мүчөсүнөн 4 катышты; кворум үчүн 3 керек. Кворум бар.",
               conflict="Мүчө 3 — ЖД-2021/003 «Китепкана» боюнча: Тууганы", rank="Орун", outcome="Жыйынтык",
               requested="Суралган, сом", awarded="Берилди, сом", winner="жеңүүчү", reserve="резерв",
               total="Жыйынды", scores="Упайлар", signatures="Кол тамгалар", position="Кызматы"),
    "ru": dict(app="Заявка", score="Балл", attendance="Присутствовали", member="Член комиссии",
               present="присутствовал(а)", absent="отсутствовал(а)",
               quorum="Из 5 членов комиссии присутствуют 4; для кворума нужно 3. Кворум есть.",
               conflict="Мүчө 3 — по заявке ЖД-2021/003 «Китепкана»: Тууганы", rank="Место", outcome="Итог",
               requested="Запрошено, сом", awarded="Выделено, сом", winner="победитель", reserve="резерв",
               total="Итого", scores="Баллы", signatures="Подписи", position="Должность"),
}


@pytest.fixture
def closed_meeting(db, setup):  # noqa: F811
    members, apps, crits = setup["members"], setup["apps"], setup["crits"]
    C.set_attendance(db, setup["meeting"], set(members[:4]))
    C.declare_conflict(db, setup["meeting"], members[3], apps[2], "Тууганы")
    for m, sheet in SHEETS.items():
        points = {}
        for a, (p1, p2) in sheet.items():
            points[(apps[a], crits[0])], points[(apps[a], crits[1])] = p1, p2
        C.record_score_sheet(db, setup["meeting"], members[m], points)
    C.record_decision(db, setup["meeting"])
    C.close_protocol(db, setup["meeting"])
    return setup


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_protocol_with_an_absent_member_and_a_conflict(db, closed_meeting, tmp_path, lang):
    out = tmp_path / f"protocol-{lang}.pdf"
    reporting.build_report(db, "protocol", reporting.ReportParams(lang=lang, meeting=closed_meeting["meeting"]),
                           "pdf", out)
    found = pieces(out)
    w = LABELS[lang]

    attendance = Table(found, ["№", w["member"], w["position"], w["attendance"]], after=w["attendance"])
    assert [attendance.cell(f"Мүчө {i}", w["attendance"], by=1) for i in range(5)] == [w["present"]] * 4 + [w["absent"]]
    assert line_with(found, w["quorum"][:12]) == w["quorum"]      # present 4 of 5, not all members
    assert line_with(found, "Мүчө 3 —") == w["conflict"]

    members = [f"Мүчө {i}" for i in range(4)]                    # the absent member has no column
    scores = Table(found, [w["app"], *members, w["score"]], after=w["scores"])
    assert "Мүчө 4" not in " ".join(p.text for line in lines(found) for p in line
                                    if abs(p.y - scores.headers[0][1]) < 1)
    for a, reg in APPS.items():
        row = scores.row(reg)
        assert [row.get(m) for m in members] == [TOTALS[i][a] for i in range(4)], reg
        assert row[w["score"]] == SCORES[a], reg

    decision = Table(found, [w["rank"], w["app"], w["outcome"], w["requested"], w["awarded"]], after=w["scores"])
    assert {k: decision.row(reg, 1)[k] for k in (w["outcome"], w["requested"], w["awarded"])
            for reg in [APPS[0]]} == {w["outcome"]: w["winner"], w["requested"]: "12 000,00",
                                      w["awarded"]: "12 000,00"}
    got = [(decision.row(APPS[a], 1)[w["outcome"]], decision.row(APPS[a], 1)[w["awarded"]]) for a in APPS]
    assert got == [(w["winner"], "12 000,00"), (w["winner"], "11 000,00"), (w["reserve"], "0,00")]
    assert decision.row(w["total"], 1)[w["awarded"]] == "23 000,00"

    signatures = Table(found, [w["member"], w["position"], w["signatures"]], after=w["signatures"])
    assert [r[w["member"]] for r in signatures.rows() if r.get(w["member"], "").startswith("Мүчө")] == members

    # the footer (time, hash, page) is not part of the text the figures were read from
    body = text_of(found)
    assert "SHA-256" not in body.split(w["signatures"])[0]
    assert any("SHA-256" in t for t in margin_texts(out))
