"""Half-year monitoring report for the monitoring group: indicators (the
year's target, the half-year's actual, the year so far and % of the target),
the status of each measure scheduled for the year, target corrections with
the decisions that approved them, and the group's signature lines.

Needs --program and --half (e.g. 2023H1)."""
from __future__ import annotations

from pathlib import Path

from app import i18n
from app.domain import programs as P
from app.domain.enums import MeasureStatus
from app.reports import _layout as L
from app.reports import _program_common as C
from app.reports._errors import ReportInputError

i18n.register({
    "report.monitoring.title": {
        "ky": "Өнүктүрүү программасынын аткарылышы жөнүндө маалымат",
        "ru": "Информация о выполнении программы развития",
        "en": "Information on the execution of the development program",
    },
    "report.monitoring.period": {
        "ky": "Мезгил: {half}",
        "ru": "Период: {half}",
        "en": "Period: {half}",
    },
    "report.monitoring.indicators": {"ky": "1. Индикаторлор: план жана факт", "ru": "1. Индикаторы: план и факт",
                                     "en": "1. Indicators: plan and actual"},
    "report.monitoring.measures": {"ky": "2. Иш-чаралардын аткарылышы", "ru": "2. Выполнение мероприятий",
                                   "en": "2. Execution of the measures"},
    "report.monitoring.corrections": {"ky": "3. Максаттарды оңдоо", "ru": "3. Корректировка целей",
                                      "en": "3. Target corrections"},
    "report.monitoring.group": {"ky": "Мониторинг тобу", "ru": "Группа мониторинга", "en": "Monitoring group"},
    "report.monitoring.summary": {
        "ky": "Бардыгы {total} иш-чара: аткарылды {done}, аткарылууда {in_progress}, башталган жок {not_started}, "
              "токтотулду {dropped}.",
        "ru": "Всего мероприятий {total}: выполнено {done}, выполняется {in_progress}, не начато {not_started}, "
              "отменено {dropped}.",
        "en": "{total} measures in all: done {done}, in progress {in_progress}, not started {not_started}, "
              "dropped {dropped}.",
    },
    "report.monitoring.indicator": {"ky": "Индикатор", "ru": "Индикатор", "en": "Indicator"},
    "report.monitoring.unit": {"ky": "Өлчөө бирдиги", "ru": "Ед. изм.", "en": "Unit"},
    "report.monitoring.target": {"ky": "{year}-жылдын максаты", "ru": "Цель на {year} г.",
                                 "en": "Target {year}"},
    "report.monitoring.actual_half": {"ky": "Факт (жарым жыл)", "ru": "Факт (полугодие)",
                                      "en": "Actual (half-year)"},
    "report.monitoring.actual_year": {"ky": "Факт (жыл башынан)", "ru": "Факт (с начала года)",
                                      "en": "Actual (year to date)"},
    "report.monitoring.percent": {"ky": "Максаттын %", "ru": "% от цели", "en": "% of target"},
    "report.monitoring.comment": {"ky": "Түшүндүрмө", "ru": "Комментарий", "en": "Comment"},
    "report.monitoring.no": {"ky": "№", "ru": "№", "en": "No."},
    "report.monitoring.measure": {"ky": "Иш-чара", "ru": "Мероприятие", "en": "Activity"},
    "report.monitoring.responsible": {"ky": "Жооптуу аткаруучулар", "ru": "Ответственные исполнители",
                                      "en": "Responsible executors"},
    "report.monitoring.status": {"ky": "Абалы", "ru": "Состояние", "en": "Status"},
    "report.monitoring.reason": {"ky": "Себеби: {reason}", "ru": "Причина: {reason}", "en": "Reason: {reason}"},
    "report.monitoring.as_of": {"ky": "({half} боюнча)", "ru": "(по данным {half})", "en": "(as of {half})"},
    "report.monitoring.year": {"ky": "Жыл", "ru": "Год", "en": "Year"},
    "report.monitoring.final": {"ky": "акыркы максат", "ru": "итоговая цель", "en": "final target"},
    "report.monitoring.was": {"ky": "Болгон", "ru": "Было", "en": "Was"},
    "report.monitoring.new": {"ky": "Жаңы", "ru": "Стало", "en": "New"},
    "report.monitoring.decision": {"ky": "Чечим", "ru": "Решение", "en": "Decision"},
    "report.monitoring.decision_text": {"ky": "{body} № {number}, {date}", "ru": "{body} № {number} от {date}",
                                        "en": "{body} No. {number} of {date}"},
    "report.monitoring.proposed": {"ky": "сунушталды, бекитиле элек", "ru": "предложено, не утверждено",
                                   "en": "proposed, not yet approved"},
    "report.monitoring.no_corrections": {"ky": "Оңдоолор жок.", "ru": "Корректировок нет.",
                                         "en": "No corrections."},
    "report.monitoring.signature": {"ky": "{name} ({role}, {organisation}) ____________________",
                                    "ru": "{name} ({role}, {organisation}) ____________________",
                                    "en": "{name} ({role}, {organisation}) ____________________"},
})


def half_of(program: P.ProgramData, half: str | None) -> str:
    if not half:
        raise ReportInputError("preport.half_missing")
    try:
        year, h = P.parse_half(half)
    except P.HalfError:
        raise ReportInputError("preport.half_bad", half=half, start=program.start_year,
                               end=program.end_year) from None
    if not program.start_year <= year <= program.end_year:
        raise ReportInputError("preport.half_bad", half=half, start=program.start_year, end=program.end_year)
    return P.half_code(year, h)


def indicator_table(data: P.MonitoringData, lang: str) -> C.Table:
    year = P.parse_half(data.half)[0]
    k = "report.monitoring."
    t = C.Table([i18n.t(k + "indicator", lang), i18n.t(k + "unit", lang), i18n.t(k + "target", lang, year=year),
                 i18n.t(k + "actual_half", lang), i18n.t(k + "actual_year", lang), i18n.t(k + "percent", lang),
                 i18n.t(k + "comment", lang)], [30, 8, 11, 11, 11, 8, 21])
    for row in data.indicators:
        ind = row.indicator
        t.add(C.Cell(ind.name, indent=row.depth), C.Cell(ind.unit or "", align="center"),
              C.Cell(ind.fmt(row.target), align="right"), C.Cell(ind.fmt(row.half_actual), align="right"),
              C.Cell(ind.fmt(row.to_date), align="right"), C.Cell(C.percent_text(row.percent), align="right"),
              C.Cell(row.comment or ""))
    return t


def measure_table(data: P.MonitoringData, lang: str) -> C.Table:
    k = "report.monitoring."
    t = C.Table([i18n.t(k + c, lang) for c in ("no", "measure", "responsible", "status", "comment")],
                [6, 36, 18, 12, 28])
    current = None
    for row in data.measures:
        if row.priority.id != current:
            current = row.priority.id
            t.add(C.Cell(i18n.t("preport.priority", lang, number=row.priority.number, title=row.priority.title),
                         bold=True, span=5))
        status = C.status_label(row.status, lang)
        if row.recorded_period and row.recorded_period != data.half:
            status += " " + i18n.t(k + "as_of", lang, half=row.recorded_period)
        notes = []
        if row.status is MeasureStatus.DROPPED and row.reason:
            notes.append(i18n.t(k + "reason", lang, reason=row.reason))
        if row.comment:
            notes.append(row.comment)
        t.add(row.measure.number, row.measure.title, row.measure.responsible_text, status, "\n".join(notes))
    return t


def summary_line(data: P.MonitoringData, lang: str) -> str:
    counts = data.status_counts()
    return i18n.t("report.monitoring.summary", lang, total=len(data.measures),
                  **{s.value: counts[s] for s in MeasureStatus})


def correction_table(data: P.MonitoringData, lang: str) -> C.Table | list[str]:
    if not data.corrections:
        return [i18n.t("report.monitoring.no_corrections", lang)]
    k = "report.monitoring."
    t = C.Table([i18n.t(k + c, lang) for c in ("indicator", "year", "was", "new", "comment", "decision")],
                [28, 8, 10, 10, 22, 22])
    for c in data.corrections:
        ind = data.program.indicator(c.indicator_id)
        if c.approved:
            decision = i18n.t(k + "decision_text", lang, body=c.decision_body or "", number=c.decision_number,
                              date=L.fmt_date(c.decision_date)).strip()
        else:
            decision = i18n.t(k + "proposed", lang)
        t.add(ind.name, str(c.year) if c.year else i18n.t(k + "final", lang), ind.fmt(c.old_value),
              ind.fmt(c.new_value), c.reason or "", decision)
    return t


def actual_notes(data: P.MonitoringData, lang: str) -> list[str]:
    """The actual values of the report's year up to its half-year that
    disagree with their parts or step back (figures to check)."""
    from app.domain import figures  # noqa: F401  (registers the heading)

    year, h = P.parse_half(data.half)
    names = {i.id: i.name for i in data.program.indicators}
    notes = []
    for issue in P.check_actuals(data.program):
        if int(issue.params["year"]) == year and (issue.params["half"] == "I" or h == 2):
            notes.append("• " + names[issue.indicator_id] + ": " + i18n.t(f"programs.warn.{issue.code}", lang,
                                                                          **issue.params))
    if not notes:
        return []
    return [i18n.t("figures.note", lang)] + notes


def document(data: P.MonitoringData, lang: str) -> C.Document:
    program = data.program
    k = "report.monitoring."
    subtitle = [program.title, C.approved_line(program, lang),
                i18n.t(k + "period", lang, half=C.half_label(data.half, lang))]
    notes = actual_notes(data, lang)
    sections = [
        (i18n.t(k + "indicators", lang), indicator_table(data, lang)),
        *([(i18n.t("figures.heading", lang), notes)] if notes else []),
        (i18n.t(k + "measures", lang), [summary_line(data, lang)]),
        ("", measure_table(data, lang)),
        (i18n.t(k + "corrections", lang), correction_table(data, lang)),
    ]
    signatures = []
    if program.members:
        signatures.append(i18n.t(k + "group", lang) + ":")
        for m in program.members:
            signatures.append(i18n.t(k + "signature", lang, name=m.full_name, role=m.role or "",
                                     organisation=m.organisation or "").replace(" (, )", "").replace("(, ", "(")
                              .replace(", )", ")"))
    return C.Document(i18n.t(k + "title", lang), subtitle, sections, signatures, lang=lang)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    program = C.read_program(db, params.program)
    data = P.monitoring(program, half_of(program, params.half))
    progress(1, 2)
    C.write(document(data, params.lang), fmt, out, cancel)
    progress(2, 2)


REPORTS = [dict(
    name="monitoring",
    title={lang: i18n.t("report.monitoring.title", lang) for lang in i18n.LANGUAGES},
    needs=("program", "half"), formats=("pdf", "xlsx"), build=build,
)]
