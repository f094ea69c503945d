"""How PDFs are laid out (issue 17, point 7): header words are divided only
between words (or at a syllable with a hyphen), a total row never stands
alone on a page, nothing of the development plan is cut with "…"."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from app.reports import _layout as L
from app.services import browse, reporting


def _lines(path) -> list[list[str]]:
    return [page.extract_text().splitlines() for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_participants_headers_break_between_words_only(demo_db, tmp_path, lang):
    from app.services import projects as PS

    words = set()
    for c in PS.list_categories(demo_db):
        words |= set(c.name(lang).split())
    words |= {"Катышуучулар", "Участники", "Адам", "Человек"}
    for p in browse.list_projects(demo_db):
        out = tmp_path / f"{p.id}.pdf"
        reporting.build_report(demo_db, "participants", reporting.ReportParams(lang=lang, project=p.id), "pdf", out)
        for lines in _lines(out):
            for a, b in zip(lines, lines[1:]):
                if a.split() and b.split():
                    joined = a.split()[-1] + b.split()[0]
                    assert joined not in words, (p.title, a, b)          # "Женщин" + "ы" would be cut
                    assert not re.search(r"\d{2}\.\d{2}\.\d{3}$", a), (a, b)  # "01.04.202" + "3"


def test_a_total_row_stays_with_its_table(tmp_path):
    st = L.styles()
    width = L.frame_width()
    # short tables (one reportlab Table) and long ones laid out a page at a time (ChunkedTable),
    # with the end of the table falling at every place of a page
    for n in [*range(25, 60, 3), *range(95, 142)]:   # every place over a whole page
        rows = [[f"row{i:03d}", "1"] for i in range(1, n + 1)] + [["TOTALROW", str(n)]]
        out = tmp_path / f"t{n}.pdf"
        story = [L.Spacer(1, 300), L.grid_table(["Name", "Count"], rows, [width * .6, width * .2], st, right=(1,),
                                                total_rows=1)]
        L.build_pdf(out, story, lang="ru", title="t")
        seen = []
        for page in PdfReader(str(out)).pages:
            text = page.extract_text()
            seen += re.findall(r"row\d{3}", text)
            if "TOTALROW" in text:
                assert f"row{n:03d}" in text, n      # the last row came along: the total is not alone
        assert seen == [f"row{i:03d}" for i in range(1, n + 1)], n   # every row once, in order


def test_a_long_table_fills_each_page_with_rows_of_any_height(tmp_path):
    """Rows of one, two and three lines and a cell with a word too wide for
    its column (a Paragraph in a smaller font): each page is filled, no row
    is lost, doubled or cut, and the header is on every page."""
    st = L.styles()
    width = L.frame_width()
    rows = []
    for i in range(1, 181):
        name = f"r{i:03d} " + "Жергиликтүү демилге " * (i % 3 * 4)
        if i % 17 == 0:
            name = f"r{i:03d} Жергиликтүүөзалдынчабашкаруунунорганы"   # one word wider than the column
        rows.append([name.strip(), str(i)])
    out = tmp_path / "long.pdf"
    L.build_pdf(out, [L.grid_table(["Аталышы", "Саны"], rows, [width * .3, width * .2], st, right=(1,))],
                lang="ky", title="t")
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    seen = [m for text in pages for m in re.findall(r"r\d{3}", text)]
    assert seen == [f"r{i:03d}" for i in range(1, 181)]
    assert all("Аталышы" in text for text in pages)
    counts = [len(re.findall(r"r\d{3}", text)) for text in pages]
    assert len(pages) >= 3 and min(counts[:-1]) >= 10, counts      # pages filled, not one row each


def test_the_development_plan_is_not_cut(db, tmp_path):
    from app.services import programs as S
    from tests.program_case_c import build_karabalta

    ids = build_karabalta(db)
    long_title = ("Шаардын бардык мектептеринде жана бала бакчаларында ичүүчү суунун сапатын жакшыртуу үчүн "
                  "чыпкалоочу жабдууларды сатып алуу, орнотуу жана аларды тейлөө боюнча көп жылдык иш-чара")
    S.add_measure(db, ids["t1"], title=long_title, period_text="2023–2026", responsible="Шаардын мэриясы")
    out = tmp_path / "action-plan.pdf"
    reporting.build_report(db, "action-plan", reporting.ReportParams(lang="ky", program=ids["program"]), "pdf", out)
    text = " ".join(" ".join(lines) for lines in _lines(out))
    assert "…" not in text
    assert re.sub(r"[\s\u00ad-]+", "", long_title) in re.sub(r"[\s\u00ad-]+", "", text)
