"""The project-cycle reports on the demo data, read back: the grant
agreement (amount in figures and words, tranches, reporting dates, parties),
the acceptance act (delivered against the agreement; draft and changed
figures said so), the project and competition results (PDF and XLSX) and the
competition's work plan with its overdue steps."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.participants import builtin_category_id as cat
from app.services import browse
from app.services import competition_prep as CP
from app.services import project_cycle as PC
from app.services import projects as PS
from app.services import reporting
from app.services.errors import ServiceError


def _project(db, title):
    return next(p for p in browse.list_projects(db) if p.title == title).id


def _competition(db, year):
    return next(c for c in browse.list_competitions(db) if c.year == year).id


def _pdf(db, name, tmp_path, lang, **ids) -> str:
    out = tmp_path / f"{name}-{lang}.pdf"
    reporting.build_report(db, name, reporting.ReportParams(lang=lang, **ids), "pdf", out)
    return "\n".join(p.extract_text() for p in PdfReader(str(out)).pages).replace("\u00a0", " ")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang,words", [
    ("ky", ["ГРАНТТЫК КЕЛИШИМ № ЖД-2021/К-1", "Он эки миң сом 00 тыйын", "Төлөмдөрдүн графиги",
            "Аралык отчет кабыл алынгандан кийин", "Заказчы", "Аткаруучу", "(колу)"]),
    ("ru", ["ГРАНТОВОЕ СОГЛАШЕНИЕ № ЖД-2021/К-1", "Двенадцать тысяч сом 00 тыйын", "График выплат",
            "после принятия: промежуточный отчёт", "Заказчик", "Исполнитель", "(подпись)"]),
])
def test_grant_agreement(demo_db, tmp_path, lang, words):
    text = _flat(_pdf(demo_db, "grant-agreement", tmp_path, lang, project=_project(demo_db, "Атам, апам жана мен")))
    for w in words:
        assert w in text, w
    assert "12 000,00" in text and "25 000,00" in text and "37 000,00" in text   # grant, donor, budget
    assert text.count("6 000,00") >= 2                                          # two tranches
    for day in ("29.10.2021", "01.11.2021", "20.12.2021", "10.12.2021", "20.01.2022", "31.01.2022"):
        assert day in text, day
    assert "Кожонова Анаргүл Абдиллаевна" in text and "А. Орозбеков айыл өкмөтү" in text
    assert "226" in text and "28.12.2020" in text                               # the council resolution


def test_grant_agreement_prints_a_schedule_that_does_not_add_up(demo_db, tmp_path):
    pid = _project(demo_db, "Атам, апам жана мен")
    PC.cancel_acceptance(demo_db, pid, "Келишимге кошумча")
    PC.add_tranche(demo_db, pid, PC.TrancheInput(date(2022, 1, 10), "500", "Кошумча"))
    text = _flat(_pdf(demo_db, "grant-agreement", tmp_path, "ru", project=pid))
    assert "Сумма траншей 12 500,00 сом, а сумма гранта 12 000,00 сом." in text


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_acceptance_act_lists_what_was_delivered(demo_db, tmp_path, lang):
    pid = _project(demo_db, "Атам, апам жана мен")
    text = _flat(_pdf(demo_db, "acceptance-act", tmp_path, lang, project=pid))
    heading = "КАБЫЛ АЛУУ-ӨТКӨРҮП БЕРҮҮ АКТЫСЫ" if lang == "ky" else "АКТ ПРИЁМА-ПЕРЕДАЧИ"
    assert heading in text and "ЖД-2021/К-1-А (иллюстрация)" in text
    assert "94" in text and "100" in text and "37 000,00" in text and "12 000,00" in text
    assert "Аталар менен баскетбол" in text and "Энелер менен волейбол" in text
    accepted = "Натыйжалар кабыл алынды 31.01.2022" if lang == "ky" else "Результаты приняты 31.01.2022"
    assert accepted in text


def test_acceptance_act_draft_and_changed_figures(demo_db, tmp_path):
    pid = _project(demo_db, "Атам, апам жана мен")
    event = PS.get_project(demo_db, pid).events[0].id
    PS.set_counts(demo_db, event, {cat("fathers"): 15})   # one more father after acceptance
    text = _flat(_pdf(demo_db, "acceptance-act", tmp_path, "ru", project=pid))
    assert "Внимание: показатели проекта изменились после принятия акта (31.01.2022)." in text
    assert "95" in text
    PC.cancel_acceptance(demo_db, pid, "Саны өзгөрдү")
    text = _flat(_pdf(demo_db, "acceptance-act", tmp_path, "ru", project=pid))
    assert "ПРОЕКТ: акт ещё не принят." in text and "Результаты приняты" not in text


@pytest.mark.parametrize("lang,words", [
    ("ky", ["ДОЛБООРДУН НАТЫЙЖАЛАРЫ ПЛАНДЫН АЛДЫНДА", "Бир катышуучуга, бардыгы", "Кошумча каржылоо",
            "Суралган 40 адамдын 37 канааттанды (92,5 %)"]),
    ("ru", ["РЕЗУЛЬТАТЫ ПРОЕКТА В СРАВНЕНИИ С ПЛАНОМ", "На одного участника, всего", "Софинансирование",
            "Из 40 опрошенных удовлетворены 37 (92,5 %)"]),
])
def test_project_results_pdf(demo_db, tmp_path, lang, words):
    text = _flat(_pdf(demo_db, "project-results", tmp_path, lang, project=_project(demo_db, "Атам, апам жана мен")))
    for w in words:
        assert w in text, w
    for figure in ("393,62", "127,66", "370,00", "120,00", "67,6", "32,4", "94,0", "37 000,00"):
        assert figure in text, figure


def test_project_results_xlsx_numbers(demo_db, tmp_path):
    out = tmp_path / "pr.xlsx"
    reporting.build_report(demo_db, "project-results", reporting.ReportParams(
        lang="ru", project=_project(demo_db, "Атам, апам жана мен")), "xlsx", out)
    wb = load_workbook(out)
    people = {r[0].value: (r[1].value, r[2].value) for r in wb["Участники план и факт"].iter_rows(min_row=2)}
    assert people["Всего участников (без повторов)"] == (100, 94)
    assert people["Отцы"] == (30, 28)
    cost = {r[0].value: (r[1].value, r[2].value) for r in wb.worksheets[2].iter_rows(min_row=2)}
    assert cost["На одного участника, всего"] == (370.0, 393.62)
    assert cost["На одного участника, из местного бюджета"] == (120.0, 127.66)
    assert wb.worksheets[2]["C2"].number_format == "#,##0.00"
    shares = {r[0].value: r[3].value for r in wb.worksheets[3].iter_rows(min_row=2)}
    assert shares["донорский проект"] == 67.6 and shares["местный бюджет"] == 32.4


def test_competition_results(demo_db, tmp_path):
    comp = _competition(demo_db, 2021)
    text = _flat(_pdf(demo_db, "competition-results", tmp_path, "ru", competition=comp))
    assert "РЕЗУЛЬТАТЫ ПРОЕКТОВ КОНКУРСА" in text and "Проектов: 2" in text
    for figure in ("384", "400", "73 000,00", "23 000,00", "190,10", "59,90", "393,62", "124,14"):
        assert figure in text, figure
    out = tmp_path / "cr.xlsx"
    reporting.build_report(demo_db, "competition-results", reporting.ReportParams(lang="ky", competition=comp),
                           "xlsx", out)
    rows = [[c.value for c in r] for r in load_workbook(out).worksheets[-1].iter_rows(min_row=2)]
    assert [r[:3] for r in rows] == [["Атам, апам жана мен", 100, 94], ["Жомокко саякат", 300, 290]]
    assert rows[0][3] == 37000.0 and rows[0][4] == 393.62


@pytest.mark.parametrize("lang,words", [
    ("ky", ["СЫНАКТЫ ДАЯРДОО ЖАНА ӨТКӨРҮҮ БОЮНЧА ИШ ПЛАНЫ", "Сынакты жарыялоо", "аткарылды",
            "Сынактын иш-чаралары", "Калкка түшүндүрүү жолугушуусу"]),
    ("ru", ["ПЛАН РАБОТЫ ПО ПОДГОТОВКЕ И ПРОВЕДЕНИЮ КОНКУРСА", "Сынакты жарыялоо", "выполнено",
            "Мероприятия конкурса", "Освещение в СМИ"]),
])
def test_competition_plan(demo_db, tmp_path, lang, words):
    comp = _competition(demo_db, 2021)
    text = _flat(_pdf(demo_db, "competition-plan", tmp_path, lang, competition=comp))
    for w in words:
        assert w in text, w
    assert "07.09.2021" in text and "226" in text


def test_competition_plan_prints_overdue_steps(demo_db, tmp_path):
    comp = _competition(demo_db, 2018)
    past = date.today() - timedelta(days=3)
    CP.add_plan_step(demo_db, comp, CP.StepInput("Жыйынтыктарды жарыялоо", "Мэрия", "Маалымат",
                                                 deadline_on=past))
    text = _flat(_pdf(demo_db, "competition-plan", tmp_path, "ru", competition=comp))
    assert "просрочено" in text
    assert f"«Жыйынтыктарды жарыялоо» нужно было выполнить до {past:%d.%m.%Y}." in text
    out = tmp_path / "cp.xlsx"
    reporting.build_report(demo_db, "competition-plan", reporting.ReportParams(lang="ru", competition=comp), "xlsx",
                           out)
    ws = load_workbook(out).worksheets[0]
    last = [c.value for c in ws[ws.max_row]]
    assert last[1] == "Жыйынтыктарды жарыялоо" and last[6] == "просрочено" and ws.cell(ws.max_row, 5).is_date
    batken_events = load_workbook(out).worksheets[1]
    assert batken_events.max_row == 4   # the two announcements of 10 May 2018 and the information meeting


def test_cycle_reports_need_their_record(demo_db, tmp_path):
    for name in ("grant-agreement", "acceptance-act", "project-results"):
        with pytest.raises(ServiceError) as err:
            reporting.build_report(demo_db, name, reporting.ReportParams(lang="ky"), "pdf", tmp_path / "x.pdf")
        assert err.value.key == "report.param_missing"
        with pytest.raises(ServiceError) as err:
            reporting.build_report(demo_db, name, reporting.ReportParams(lang="ky", project="nope"), "pdf",
                                   tmp_path / "x.pdf")
        assert err.value.key == "report.not_found"
    with pytest.raises(ServiceError) as err:
        reporting.build_report(demo_db, "grant-agreement", reporting.ReportParams(lang="ky", project="x"), "xlsx",
                               tmp_path / "x.xlsx")
    assert err.value.key == "report.format"


@pytest.mark.parametrize("lang,words", [
    ("ky", ["8. Натыйжалар пландын алдында", "Сынактардын өз иш-чаралары жана жарыялоолору",
            "кулактандырууну жарыялоо", "1 долбоордо катышуучулар саналган эмес"]),
    ("ru", ["8. Результаты в сравнении с планом", "Собственные мероприятия и публикации конкурсов",
            "публикация объявления", "Проектов без подсчитанных участников: 1"]),
])
def test_council_summary_has_results_and_the_competitions_own_events(demo_db, tmp_path, lang, words):
    out = tmp_path / f"cs-{lang}.pdf"
    reporting.build_report(demo_db, "council-summary", reporting.ReportParams(
        lang=lang, date_from=date(2018, 1, 1), date_to=date(2021, 12, 31)), "pdf", out)
    text = _flat("\n".join(p.extract_text() for p in PdfReader(str(out)).pages).replace("\u00a0", " "))
    for w in words:
        assert w in text, w
    # the Batken project counted nobody: its 50 000 som stay out of the cost per participant
    assert "190,10" in text and "59,90" in text and "123 000,00" in text
    assert "Калкка түшүндүрүү жолугушуусу" in text and "«Өрүкзар» (шаардык гезит)" in text
    xlsx = tmp_path / f"cs-{lang}.xlsx"
    reporting.build_report(demo_db, "council-summary", reporting.ReportParams(
        lang=lang, date_from=date(2018, 1, 1), date_to=date(2021, 12, 31)), "xlsx", xlsx)
    wb = load_workbook(xlsx)
    # the sheets after "results against plan": per project, then the competitions' own events
    # (the public hearings sheet of the registers follows them)
    results = next(i for i, ws in enumerate(wb.worksheets) if ws.max_column == 7
                   and ws.cell(1, 5).value in ("1 катышуучуга, сом", "На 1 участника, сом"))
    projects = [[c.value for c in r] for r in wb.worksheets[results].iter_rows(min_row=2)]
    assert [r[2] for r in projects] == [0, 94, 290] and projects[1][4] == 393.62
    prep = [[c.value for c in r] for r in wb.worksheets[results + 1].iter_rows(min_row=2)]
    assert len(prep) == 5 + 3 and prep[2][4] == 31


def test_command_line(demo_db, tmp_path, capsys):
    from app.cli import parse, run

    pid = _project(demo_db, "Атам, апам жана мен")
    path = str(demo_db.path)
    demo_db.close()   # the command line opens the file itself
    for name, fmt in (("grant-agreement", "pdf"), ("acceptance-act", "pdf"), ("project-results", "xlsx")):
        out = tmp_path / f"{name}.{fmt}"
        code = run(parse(["report", name, "--project", pid, "--lang", "ru", "--format", fmt, "--out", str(out),
                          "--db", path]))
        assert code == 0 and out.stat().st_size > 1000, name
    code = run(parse(["report", "grant-agreement", "--lang", "ru", "--out", str(tmp_path / "x.pdf"), "--db", path]))
    assert code != 0 and "--project" in capsys.readouterr().err
