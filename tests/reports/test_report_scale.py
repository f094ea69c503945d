"""Long report tables: plain-string cells broken into lines beforehand,
page-sized chunks with the header on every page, every row printed once;
Cancel stops a PDF while it is laid out."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import _layout as L

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_a_long_table_is_chunked_and_keeps_every_row_and_its_header(tmp_path):
    st = L.styles()
    w = L.frame_width()
    rows = [[f"{i + 1:04d}", "Ак-Суу", "Балдар үчүн спорттук мелдеш жана ден соолук күнү " * (1 + i % 3), str(i)]
            for i in range(300)]
    rows.append(["", "", "Жыйынтыгы", "44850"])
    table = L.grid_table(["№", "Айыл", "Аталышы", "Адамдар"], rows, [w * .1, w * .2, w * .55, w * .15], st,
                         right=(3,), total_rows=1)
    assert isinstance(table, L.ChunkedTable) and len(table.tables) == -(-len(rows) // L.CHUNK_ROWS)
    out = tmp_path / "long.pdf"
    L.build_pdf(out, [L.p("Узун таблица", st["title"]), table], lang="ky", title="test")
    pages = _text(out)
    assert len(pages) > 5
    assert all("Аталышы" in page for page in pages)            # the header row on every page
    text = "\n".join(pages)
    for i in range(300):
        assert f"{i + 1:04d}" in text                            # every row, none lost between chunks
    assert "Жыйынтыгы" in text and "44850" in text
    assert "ден соолук күнү" in text                             # a wrapped cell keeps its words


def test_wrap_text_fits_the_width_and_keeps_the_words():
    L.register_fonts()
    text = "Жергиликтүү демилгелерди колдоо боюнча ачык сынак " * 4
    wrapped = L.wrap_text(text.strip(), 120, L.FONT, 9)
    lines = wrapped.split("\n")
    assert len(lines) > 3
    from reportlab.pdfbase import pdfmetrics

    assert all(pdfmetrics.stringWidth(line, L.FONT, 9) <= 120 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_cancel_stops_a_long_pdf_while_it_is_laid_out(tmp_path):
    from bench import datagen

    from app.services import reporting
    from app.services.errors import ServiceError
    from app.store.db import open_database

    path = tmp_path / "district.sqlite3"
    datagen.generate(path, municipalities=1, years=1)
    db = open_database(path, lock=False)
    asked = []

    def cancel():
        asked.append(1)
        return len(asked) > 3          # the user presses Cancel while the PDF is laid out

    progress = []
    out = tmp_path / "summary.pdf"
    params = reporting.ReportParams(lang="ky", date_from=date(2016, 1, 1), date_to=date(2016, 12, 31))
    try:
        with pytest.raises(ServiceError) as err:
            reporting.build_report(db, "council-summary", params, "pdf", out,
                                   progress=lambda d, t: progress.append((d, t)), cancel=cancel)
    finally:
        db.close()
    assert err.value.key == "report.cancelled"
    assert len(asked) > 3 and progress and not out.exists() and not list(tmp_path.glob("*.part"))
