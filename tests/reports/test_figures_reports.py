"""Printed, in Kyrgyz and Russian: the legal basis of a project without a
competition, totals by funding source and channel, the recipients of a split
grant, quantity × unit price, the reason for an award above the decision, and
a note for every figure to check. PDFs read back with pypdf, XLSX with openpyxl."""
from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.services import browse, reporting
from app.services import programs as S
from app.services import projects as PS
from app.store import models as M

SUBSIDY = "Демилгелүү топторго спорттук субсидия (иллюстрация)"


def _pid(db, title):
    return next(p for p in browse.list_projects(db) if p.title == title).id


def _pdf(db, name, lang, tmp_path, **params) -> str:
    out = tmp_path / f"{name}-{lang}.pdf"
    reporting.build_report(db, name, reporting.ReportParams(lang=lang, **params), "pdf", out)
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    return re.sub(r"[ \u00a0\u202f]+", " ", text).replace("-\n", "").replace("\n", " ")


@pytest.mark.parametrize("lang,words", [
    ("ky", ["Негизи", "субсидия (сынаксыз)", "01.03.2022", "жергиликтүү бюджет аркылуу", "Гранттын алуучулары",
            "Текшерүүчү сандар", "20 дана × 750,00 сом = 15 000,00 сом", "[текшериңиз]"]),
    ("ru", ["Основание", "субсидия (без конкурса)", "от 01.03.2022", "через местный бюджет", "Получатели гранта",
            "Цифры для проверки", "15 сертификат × 300,00 сом = 4 500,00 сом", "[проверьте]"]),
])
def test_budget_report_of_the_subsidy(demo_db, tmp_path, lang, words):
    text = _pdf(demo_db, "project-budget", lang, tmp_path, project=_pid(demo_db, SUBSIDY))
    for w in words:
        assert w in text, w
    assert "«Ынтымак» демилгелүү тобу (иллюстрация)" in text and "30 000,00" in text
    assert "6 000,00" in text and "4 500,00" in text and "-1 500,00" in text    # both kept, the difference named


def test_budget_xlsx_by_channel_recipients_and_notes(demo_db, tmp_path):
    out = tmp_path / "b.xlsx"
    reporting.build_report(demo_db, "project-budget", reporting.ReportParams(lang="ru", project=_pid(
        demo_db, SUBSIDY)), "xlsx", out)
    wb = load_workbook(out)
    channels = next(ws for ws in wb.worksheets if ws.title.startswith("По источникам и каналам"))
    rows = [[c.value for c in r] for r in channels.iter_rows(min_row=2)]
    assert ["донорский проект", "через местный бюджет", 21000.0, 21000.0] in rows
    assert rows[-1] == ["Итого", None, 30000.0, 30000.0]
    recipients = [[c.value for c in r] for r in wb["Получатели гранта"].iter_rows(min_row=2)]
    assert [r[2] for r in recipients] == [12000.0, 10000.0, 8000.0, 30000.0]
    notes = [r[0].value for r in wb["Цифры для проверки"].iter_rows(min_row=2)]
    assert len(notes) == 1 and "Сертификаттар" in notes[0]


@pytest.mark.parametrize("lang,heading", [("ky", "Текшерүүчү сандар"), ("ru", "Цифры для проверки")])
def test_participants_and_completion_reports_note_the_stated_total(demo_db, tmp_path, lang, heading):
    pid = _pid(demo_db, SUBSIDY)
    for name in ("participants", "project-completion"):
        text = _pdf(demo_db, name, lang, tmp_path, project=pid)
        assert heading in text and "150" in text and "144" in text, name


@pytest.mark.parametrize("lang,words", [
    ("ky", ["Грант суммасы чечимден же максимумдан ашканынын себеби", "комиссия чечкен сумма 12 000,00 сом",
            "Себеби: Айылдык кеңештин токтому № 7"]),
    ("ru", ["Причина превышения решения или максимума", "сумма по решению комиссии 12 000,00 сом",
            "Причина: Айылдык кеңештин токтому № 7"]),
])
def test_the_reason_for_an_award_above_the_decision_is_printed(demo_db, tmp_path, lang, words):
    pid = _pid(demo_db, "Атам, апам жана мен")
    d = PS.get_project(demo_db, pid)
    PS.update_project(demo_db, pid, PS.ProjectInput(
        d.title, d.goal, d.agreement_number, d.agreement_date, d.customer, d.executor, "120 000", d.start_on,
        d.end_on, d.results, "Айылдык кеңештин токтому № 7"))
    for name in ("project-budget", "project-completion"):
        text = _pdf(demo_db, name, lang, tmp_path, project=pid)
        for w in words:
            assert w in text, (name, w)


@pytest.mark.parametrize("lang,words", [
    ("ky", ["Каржылоо жолу боюнча", "жергиликтүү бюджет аркылуу", "Текшерүүчү сандар", "булакта 150 катышуучу"]),
    ("ru", ["По каналам финансирования", "через местный бюджет", "Цифры для проверки", "указано участников: 150"]),
])
def test_council_summary_notes_and_channels(demo_db, tmp_path, lang, words):
    text = _pdf(demo_db, "council-summary", lang, tmp_path, date_from=date(2022, 1, 1), date_to=date(2022, 12, 31))
    for w in words:
        assert w in text, w
    assert "Сертификаттар" in text


def test_monitoring_report_notes_actuals_that_disagree(demo_db, tmp_path):
    with demo_db.reader() as s:
        pid = s.scalar(select(M.DevelopmentProgram.id))
    program = S.get_program(demo_db, pid)
    parent = next(i for i, depth in program.ordered_indicators() if depth == 0 and program.children(i.id))
    actuals = {parent.id: S.ActualInput("100", None)}
    actuals.update({k.id: S.ActualInput("80", None) for k in program.children(parent.id)})
    S.record_half_year(demo_db, pid, "2023H1", actuals=actuals)
    text = _pdf(demo_db, "monitoring", "ru", tmp_path, program=pid, half="2023H1")
    assert "Цифры для проверки" in text and "сумма фактических значений подиндикаторов" in text
    later = _pdf(demo_db, "monitoring", "ru", tmp_path, program=pid, half="2024H1")
    assert "Цифры для проверки" not in later       # another year's report has nothing to check
