"""The project reports on the demo data (case B) hold the source documents'
figures, in Kyrgyz and Russian, PDF read back and XLSX with real numbers."""
from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from app.services import browse, reporting
from app.services import projects as PS
from tests.reports.pdf_grid import Table, beside, line_with, pieces, text_of


def _pid(db, title):
    return next(p for p in browse.list_projects(db) if p.title == title).id


def _pdf_text(db, name, project, lang, tmp_path) -> str:
    """The body text (no header, no footer), lines joined."""
    return re.sub(r"\s+", " ", text_of(_found(db, name, project, lang, tmp_path)))


def _found(db, name, project, lang, tmp_path):
    out = tmp_path / f"{name}-{lang}.pdf"
    reporting.build_report(db, name, reporting.ReportParams(lang=lang, project=project), "pdf", out)
    return pieces(out)


W = {
    "ky": dict(award="Грант суммасы", sources="Каржылоо булактары боюнча",
               source_cols=["Каржылоо булагы", "Пландалган, сом", "Иш жүзүндө, сом", "Айырма, сом",
                            "Аткарылышы, %"], local="жергиликтүү бюджет",
               donor="донордук долбоор", total="Бардыгы", category="Катышуучулардын категориясы", count="Саны",
               children="Балдар", girls="Кыз балдар", disabled="анын ичинде: ДМЧ балдар",
               migrants="анын ичинде: Мигранттардын балдары", fathers="Аталар", mothers="Энелер"),
    "ru": dict(award="Сумма гранта", sources="По источникам финансирования",
               source_cols=["Источник финансирования", "План, сом", "Факт, сом", "Отклонение, сом",
                            "Исполнение, %"], local="местный бюджет",
               donor="донорский проект", total="Итого", category="Категория участников", count="Число",
               children="Дети", girls="Девочки", disabled="в том числе: Дети с ОВЗ",
               migrants="в том числе: Дети мигрантов", fathers="Отцы", mothers="Матери"),
}


def _by_source(found, w, after=None):
    table = Table(found, w["source_cols"], after=after or w["sources"])
    plan, fact = w["source_cols"][1:3]
    return {label: (table.cell(label, plan), table.cell(label, fact)) for label in (w["local"], w["donor"], w["total"])}


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_budget_pdf_figures(demo_db, tmp_path, lang):
    w = W[lang]
    found = _found(demo_db, "project-budget", _pid(demo_db, "Атам, апам жана мен"), lang, tmp_path)
    words = "Он эки миң сом 00 тыйын" if lang == "ky" else "Двенадцать тысяч сом 00 тыйын"
    assert beside(found, w["award"]) == f"12 000,00 сом ({words})"
    assert _by_source(found, w) == {w["local"]: ("12 000,00", "12 000,00"), w["donor"]: ("25 000,00", "25 000,00"),
                                    w["total"]: ("37 000,00", "37 000,00")}
    text = re.sub(r"\s+", " ", text_of(found))
    assert "Кожонова Анаргүл Абдиллаевна" in line_with(found, "Кожонова") and "ЖД-2021/К-1" in text
    assert ("заттай" in text)  # the in-kind line and how it was valued
    assert "23 000,00" in text  # the competition's allocation beside the local part (in a sentence)


def test_budget_pdf_lists_warnings_and_expenses(demo_db, tmp_path):
    pid = _pid(demo_db, "Атам, апам жана мен")
    local = next(ln for ln in PS.get_project(demo_db, pid).budget.lines if ln.source == "local_budget")
    PS.add_expense(demo_db, pid, "15.11.2021", "12 500", line_id=local.id, document_number="АО-77")
    found = _found(demo_db, "project-budget", pid, "ru", tmp_path)
    assert "12 500,00" in line_with(found, "АО-77").split("АО-77", 1)[1]   # the amount on the document's row
    text = re.sub(r"\s+", " ", text_of(found))
    assert "Обратите внимание" in text and "больше плана" in text


def _categories(found, w):
    table = Table(found, [w["category"], w["count"]])
    return {r[w["category"]]: r.get(w["count"]) for r in table.rows() if w["count"] in r}


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_participants_pdf_figures(demo_db, tmp_path, lang):
    w = W[lang]
    found = _found(demo_db, "participants", _pid(demo_db, "Жомокко саякат"), lang, tmp_path)
    assert _categories(found, w) == {w["children"]: "290", w["girls"]: "114", w["disabled"]: "19",
                                     w["migrants"]: "89", w["total"]: "290"}
    assert text_of(found).count("«Чоң ата балыкты кантип кармады?»") >= 5
    found = _found(demo_db, "participants", _pid(demo_db, "Атам, апам жана мен"), lang, tmp_path)
    got = _categories(found, w)
    assert (got[w["fathers"]], got[w["mothers"]], got[w["total"]]) == ("28", "54", "94")


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
    w = W[lang]
    pid = _pid(demo_db, "Жомокко саякат")
    PS.add_material(demo_db, pid, "poster", 30, "А3", "Афиша")
    PS.add_media(demo_db, pid, "«Кызыл Туу»", "district", "05.01.2022")
    found = _found(demo_db, "project-completion", pid, lang, tmp_path)
    assert beside(found, w["award"]).startswith("11 000,00 сом (")
    budget_title = "Бюджет каржылоо булактары боюнча" if lang == "ky" else "Бюджет по источникам"
    assert _by_source(found, w, after=budget_title)[w["total"]] == ("36 000,00", "36 000,00")
    assert _categories(found, w)[w["total"]] == "290"
    text = re.sub(r"\s+", " ", text_of(found))
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
