"""The program's action plan, six columns as in the source document:
No. · task · measures/actions · period · expected result (product) ·
responsible executors. Priorities (and their sub-areas) head their rows."""
from __future__ import annotations

from pathlib import Path

from app import i18n
from app.domain import programs as P
from app.reports import _program_common as C

i18n.register({
    "report.action_plan.title": {
        "ky": "Иш-чаралардын планы",
        "ru": "План мероприятий",
        "en": "Action plan",
    },
    "report.action_plan.no": {"ky": "№", "ru": "№", "en": "No."},
    "report.action_plan.task": {"ky": "Тапшырма", "ru": "Задача", "en": "Task"},
    "report.action_plan.measures": {"ky": "Чаралар / иш-аракеттер", "ru": "Меры / действия",
                                    "en": "Measures / actions"},
    "report.action_plan.period": {"ky": "Мөөнөтү", "ru": "Срок", "en": "Period"},
    "report.action_plan.result": {"ky": "Күтүлгөн натыйжа (продукт)", "ru": "Ожидаемый результат (продукт)",
                                  "en": "Expected result (product)"},
    "report.action_plan.responsible": {"ky": "Жооптуу аткаруучулар", "ru": "Ответственные исполнители",
                                       "en": "Responsible executors"},
})

COLUMNS = ("no", "task", "measures", "period", "result", "responsible")
WIDTHS = [5, 20, 27, 10, 21, 17]


def table(program: P.ProgramData, lang: str) -> C.Table:
    t = C.Table([i18n.t(f"report.action_plan.{c}", lang) for c in COLUMNS], WIDTHS)
    for pri in program.priorities:
        t.add(C.Cell(i18n.t("preport.priority", lang, number=pri.number, title=pri.title), bold=True, span=6))
        areas = {a.id: a for a in pri.areas}
        shown_area = None
        for task in pri.tasks:
            if task.area_id and task.area_id != shown_area and task.area_id in areas:
                shown_area = task.area_id
                t.add(C.Cell(areas[task.area_id].title, bold=True, span=6, indent=1))
            if not task.measures:
                t.add(task.number, task.title, "", "", "", "")
            for index, m in enumerate(task.measures):
                t.add(m.number if index else f"{task.number}\n{m.number}",
                      task.title if index == 0 else "", m.title, m.period_text or _years(m),
                      m.expected_result or "", m.responsible_text)
    return t


def _years(m: P.MeasureData) -> str:
    if m.start_year is None:
        return ""
    return str(m.start_year) if m.start_year == m.end_year else f"{m.start_year}–{m.end_year}"


def document(program: P.ProgramData, lang: str) -> C.Document:
    subtitle = [program.title, f"«{program.motto}»" if program.motto else "", C.approved_line(program, lang)]
    return C.Document(i18n.t("report.action_plan.title", lang), subtitle, [("", table(program, lang))], lang=lang)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    program = C.read_program(db, params.program)
    progress(1, 2)
    C.write(document(program, params.lang), fmt, out, cancel)
    progress(2, 2)


REPORTS = [dict(
    name="action-plan",
    title={lang: i18n.t("report.action_plan.title", lang) for lang in i18n.LANGUAGES},
    needs=("program",), formats=("pdf", "xlsx"), build=build,
)]
