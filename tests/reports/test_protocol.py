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
    m = _meetings(demo_db)["msz"]
    out = tmp_path / "p.pdf"
    reporting.build_report(demo_db, "protocol", reporting.ReportParams(lang="ky", meeting=m.id), "pdf", out)
    text = _text(out)
    assert "ПРОТОКОЛУ № 1" in text and "20.06.2018" in text
    for name in ("Абдыкадыров Нурбек", "Турдубаев Азамат", "Сыдыкова Жылдыз"):
        assert name in text
    assert "Самаркандек" in text or "Шаарыбыздын тазалыгы өз колубузда" in text
    assert "50 000,00" in text.replace("\u00a0", " ")
    assert "Кворум бар" in text
    pages = PdfReader(str(out)).pages
    assert all(m.content_hash[:16] in p.extract_text() for p in pages)   # the hash on every page


def test_orozbekov_protocol_winners_and_scores(demo_db, tmp_path):
    m = _meetings(demo_db)["jd"]
    out = tmp_path / "p.pdf"
    reporting.build_report(demo_db, "protocol", reporting.ReportParams(lang="ru", meeting=m.id), "pdf", out)
    flat = _text(out).replace("\u00a0", " ")
    assert "ПРОТОКОЛ № 1" in flat and "22.10.2021" in flat
    assert "Атам, апам жана мен" in flat and "Жомокко саякат" in flat
    assert "12 000,00" in flat and "11 000,00" in flat and "победитель" in flat and "резерв" in flat
    assert "Маматов Улан" in flat and "Баллы" in flat


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

    from pypdf import PdfReader

    from app.services import reporting
    from app.services.listing import id_listing

    meeting = next(r[0] for r in id_listing(demo_db, "meetings") if "2021" in r[1])
    out = tmp_path / "p.pdf"
    reporting.build_report(demo_db, "protocol", reporting.ReportParams(lang=lang, meeting=meeting), "pdf", out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert words in text and "23 000,00" in text.replace("\u00a0", " ")
    comp = next(r[0] for r in id_listing(demo_db, "competitions") if "2021" in r[1])
    reporting.build_report(demo_db, "announcement", reporting.ReportParams(lang=lang, competition=comp), "pdf", out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert words in text
