"""The project reports on the demo data (case B) hold the source documents'
figures, in Kyrgyz and Russian, PDF read back and XLSX with real numbers."""
from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services import browse, reporting
from app.services import projects as PS


def _pid(db, title):
    return next(p for p in browse.list_projects(db) if p.title == title).id


def _pdf_text(db, name, project, lang, tmp_path) -> str:
    out = tmp_path / f"{name}-{lang}.pdf"
    reporting.build_report(db, name, reporting.ReportParams(lang=lang, project=project), "pdf", out)
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    return re.sub(r"[ \u00a0\u202f]+", " ", text)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_budget_pdf_figures(demo_db, tmp_path, lang):
    text = _pdf_text(demo_db, "project-budget", _pid(demo_db, "Атам, апам жана мен"), lang, tmp_path)
    assert "37 000,00" in text and "12 000,00" in text and "25 000,00" in text
    assert "Кожонова Анаргүл Абдиллаевна" in text and "ЖД-2021/К-1" in text
    assert ("Он эки миң сом 00 тыйын" if lang == "ky" else "Двенадцать тысяч сом 00 тыйын") in text
    assert ("жергиликтүү бюджет" if lang == "ky" else "местный бюджет") in text
    assert ("заттай" in text)  # the in-kind line and how it was valued
    assert "23 000,00" in text  # the competition's allocation beside the local part


def test_budget_pdf_lists_warnings_and_expenses(demo_db, tmp_path):
    pid = _pid(demo_db, "Атам, апам жана мен")
    local = next(ln for ln in PS.get_project(demo_db, pid).budget.lines if ln.source == "local_budget")
    PS.add_expense(demo_db, pid, "15.11.2021", "12 500", line_id=local.id, document_number="АО-77")
    text = _pdf_text(demo_db, "project-budget", pid, "ru", tmp_path)
    assert "АО-77" in text and "12 500,00" in text
    assert "Обратите внимание" in text and "больше плана" in text


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_participants_pdf_figures(demo_db, tmp_path, lang):
    text = _pdf_text(demo_db, "participants", _pid(demo_db, "Жомокко саякат"), lang, tmp_path)
    for figure in ("290", "114", "19", "89"):
        assert re.search(rf"\b{figure}\b", text), figure
    assert ("Балдар" if lang == "ky" else "Дети") in text
    assert text.count("«Чоң ата балыкты кантип кармады?»") >= 5
    text = _pdf_text(demo_db, "participants", _pid(demo_db, "Атам, апам жана мен"), lang, tmp_path)
    for figure in ("28", "54", "94"):
        assert re.search(rf"\b{figure}\b", text), figure


def test_participants_xlsx_numbers(demo_db, tmp_path):
    out = tmp_path / "p.xlsx"
    reporting.build_report(demo_db, "participants", reporting.ReportParams(
        lang="ru", project=_pid(demo_db, "Жомокко саякат")), "xlsx", out)
    wb = load_workbook(out)
    assert len(wb.worksheets) == 3
    by_event = wb.worksheets[0]
    assert by_event.freeze_panes == "A2"
    header = [c.value for c in by_event[1]]
    total = [c.value for c in by_event[by_event.max_row]]
    assert total[header.index("Дети")] == 290 and total[header.index("Девочки")] == 114
    assert total[header.index("в том числе: Дети мигрантов")] == 89
    assert total[-1] == 290  # children with disabilities are not added on top
    totals = {r[0].value: r[1].value for r in wb.worksheets[1].iter_rows(min_row=2)}
    assert totals["Итого"] == 290


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_completion_report(demo_db, tmp_path, lang):
    pid = _pid(demo_db, "Жомокко саякат")
    PS.add_material(demo_db, pid, "poster", 30, "А3", "Афиша")
    PS.add_media(demo_db, pid, "«Кызыл Туу»", "district", "05.01.2022")
    text = _pdf_text(demo_db, "project-completion", pid, lang, tmp_path)
    assert "36 000,00" in text and "11 000,00" in text and "290" in text
    assert "«Кызыл Туу»" in text and "Афиша" in text
    assert "Кулназарова Райма Эркиновна" in text
    assert ("аяктаган" if lang == "ky" else "завершён") in text


def test_budget_xlsx_money_is_numbers(demo_db, tmp_path):
    out = tmp_path / "b.xlsx"
    reporting.build_report(demo_db, "project-budget", reporting.ReportParams(
        lang="ky", project=_pid(demo_db, "Атам, апам жана мен")), "xlsx", out)
    wb = load_workbook(out)
    lines = wb.worksheets[0]
    total = [c.value for c in lines[lines.max_row]]
    assert lines.cell(1, 4).value == "Каржылоо жолу" and lines.cell(2, 4).value == "жергиликтүү бюджет аркылуу"
    assert total[4] == 37000.0 and lines.cell(2, 5).number_format == "#,##0.00"
    by_source = {r[0].value: r[1].value for r in wb.worksheets[1].iter_rows(min_row=2)}
    assert by_source["жергиликтүү бюджет"] == 12000.0 and by_source["донордук долбоор"] == 25000.0


def test_missing_project_refused(demo_db, tmp_path):
    from app.services.errors import ServiceError

    with pytest.raises(ServiceError):
        reporting.build_report(demo_db, "project-budget", reporting.ReportParams(project="nope"), "pdf",
                               tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
