"""Every report builds on the demo database in Kyrgyz and Russian, in each of
its formats; figures read back in their rows and columns. (Pictures of the
first pages, for a person to look at: tests/screenshots.py.)"""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services import reporting
from app.services.listing import id_listing
from tests.reports.pdf_grid import Table, line_with, pieces

REPORT_NAMES = [spec.name for spec in reporting.list_reports()]


def _params(db, spec, lang):
    ids = {}
    for need, kind in (("competition", "competitions"), ("meeting", "meetings"), ("project", "projects"),
                       ("program", "programs"), ("hearing", "hearings")):
        if need in spec.needs:
            rows = id_listing(db, kind)
            # the richest demo record: the ЖД competition, its meeting, «Жомокко саякат»
            pick = next((r for r in rows if "2021" in r[1] or "Жомокко" in r[1]), rows[0])
            ids[need] = pick[0]
    extra = {}
    if "period" in spec.needs:
        extra = dict(date_from=date(2018, 1, 1), date_to=date(2023, 12, 31))
    if spec.name == "monitoring":
        extra["half"] = "2023H1"
    if "year" in spec.needs:
        extra["year"] = 2021
    return reporting.ReportParams(lang=lang, **ids, **extra)


def test_report_list_is_complete():
    assert {"announcement", "register", "council-summary", "action-plan", "indicator-matrix",
            "monitoring"} <= set(REPORT_NAMES)


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_report_builds_in_both_languages_and_formats(demo_db, tmp_path, name, lang):
    spec = reporting.get_report(name)
    params = _params(demo_db, spec, lang)
    for fmt in spec.formats:
        out = tmp_path / f"{name}-{lang}.{fmt}"
        reporting.build_report(demo_db, name, params, fmt, out)
        assert out.stat().st_size > 1000
        if fmt == "pdf":
            reader = PdfReader(str(out))
            text = "".join(page.extract_text() for page in reader.pages)
            assert len(text) > 100
            fonts = set()
            for page in reader.pages:
                for f in (page.get("/Resources") or {}).get("/Font", {}).values():
                    fonts.add(str(f.get_object().get("/BaseFont")))
            assert any("Noto" in f for f in fonts), fonts  # the bundled font, embedded
        else:
            wb = load_workbook(out)
            numbers = [c.value for ws in wb.worksheets for row in ws.iter_rows(min_row=2) for c in row
                       if isinstance(c.value, (int, float))]
            if name != "action-plan":  # the action plan's six columns are all text (period is free text)
                assert numbers, f"{name} xlsx has no numeric cells"


def _text_pages(path):
    return [p.extract_text() for p in PdfReader(str(path)).pages]


@pytest.mark.parametrize("lang,words", [
    ("ky", ["Жергиликтүү кеңештин сессиясы үчүн маалымат", "Балдар", "Кыз балдар", "Мигранттардын балдары"]),
    ("ru", ["Справка для сессии местного кенеша", "Дети", "Девочки", "Дети мигрантов"]),
])
def test_council_summary_figures(demo_db, tmp_path, lang, words):
    out = tmp_path / f"cs-{lang}.pdf"
    reporting.build_report(demo_db, "council-summary", reporting.ReportParams(
        lang=lang, date_from=date(2018, 1, 1), date_to=date(2021, 12, 31)), "pdf", out)
    pages = _text_pages(out)
    text = "\n".join(pages)
    for w in words:
        assert w in text
    found = pieces(out)
    ru = lang == "ru"
    allocated = "Выделено, сом" if ru else "Бөлүнгөн, сом"
    comps = Table(found, ["Муниципалитет", "Вид", "Название", "Состояние", allocated] if ru
                  else ["Муниципалитет", "Түрү", "Аталышы", "Абалы", allocated])
    assert comps.cell("Баткен шаары", allocated) == "50 000,00"
    assert comps.cell("А. Орозбеков айыл", allocated) == "23 000,00"
    sources = Table(found, ["Источник", "План, сом", "Израсходовано, сом"] if ru
                    else ["Булак", "Пландалган, сом", "Жумшалган, сом"])
    local = sources.row("местный бюджет" if ru else "жергиликтүү бюджет")
    assert list(local.values())[1:] == ["73 000,00", "73 000,00"]        # allocations 23 000 + 50 000
    people = Table(found, ["Категория", "Человек" if ru else "Адам"])
    count = "Человек" if ru else "Адам"
    for label, figure in ((words[1], "302"), (words[2], "118"), (words[3], "89"), ("ОВЗ" if ru else "ДМЧ", "19"),
                          ("Отцы" if ru else "Аталар", "28"), ("Матери" if ru else "Энелер", "54")):
        assert people.cell(label, count) == figure, label   # children 302 = 290 + the boys 8 and girls 4 of an event without children's total, girls (114 + 4), migrants', disabled...
    assert line_with(found, "384").endswith(": 384")     # people reached: 94 + 290, each once
    # the events table runs over pages and repeats its header row
    header = "Күнү" if lang == "ky" else "Дата"
    event_pages = [i for i, p in enumerate(pages) if "Чоң ата балыкты" in p or "Аталар менен" in p]
    assert len(pages) >= 2
    assert event_pages and all(header in pages[i] for i in event_pages)
    assert f"1 / {len(pages)}" in pages[0].replace("-бет", "") or f"1 из {len(pages)}" in pages[0]


def test_council_summary_xlsx_numbers(demo_db, tmp_path):
    out = tmp_path / "cs.xlsx"
    reporting.build_report(demo_db, "council-summary", reporting.ReportParams(
        lang="ru", date_from=date(2018, 1, 1), date_to=date(2021, 12, 31)), "xlsx", out)
    wb = load_workbook(out)
    money = wb.worksheets[2]
    assert money.freeze_panes == "A2"
    values = {row[0].value: row[1].value for row in money.iter_rows(min_row=2)}
    assert float(values["местный бюджет"]) == 73000.0 and money["B2"].number_format == "#,##0.00"
    events = wb.worksheets[4]
    assert events["A2"].is_date and events["A2"].number_format == "DD.MM.YYYY"


def test_council_summary_refuses_a_reversed_period(demo_db, tmp_path):
    from app.services.errors import ServiceError

    with pytest.raises(ServiceError) as err:
        reporting.build_report(demo_db, "council-summary", reporting.ReportParams(
            lang="ky", date_from=date(2021, 1, 1), date_to=date(2020, 1, 1)), "pdf", tmp_path / "x.pdf")
    assert err.value.key == "cs.bad_period"
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("name", [n for n in REPORT_NAMES if "pdf" in reporting.get_report(n).formats])
def test_every_pdf_footer_has_page_numbers_time_and_data_hash(demo_db, tmp_path, name):
    import re

    spec = reporting.get_report(name)
    out = tmp_path / f"{name}.pdf"
    reporting.build_report(demo_db, name, _params(demo_db, spec, "ru"), "pdf", out)
    first = PdfReader(str(out)).pages[0].extract_text()
    assert re.search(r"(Стр\. 1 из \d+|1 / \d+)", first), name
    assert re.search(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", first), name
    assert re.search(r"(хэш данных|хэш|SHA-256)[^0-9a-f]*[0-9a-f]{12}", first), name
    assert re.search(r"аудит #\d+ [0-9a-f]{12}", first), name   # the audit chain's head, a paper witness
