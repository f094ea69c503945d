"""The program's indicator matrix: issue · indicator · unit · baseline ·
intermediate targets by year · final target · responsible body, with
footnotes, sub-indicators ("including ...") and the target check."""
from __future__ import annotations

from pathlib import Path

from app import i18n
from app.domain import programs as P
from app.reports import _program_common as C

i18n.register({
    "report.indicator_matrix.title": {
        "ky": "Индикаторлордун матрицасы",
        "ru": "Матрица индикаторов",
        "en": "Indicator matrix",
    },
    "report.indicator_matrix.issue": {"ky": "Маселе", "ru": "Проблема", "en": "Issue"},
    "report.indicator_matrix.indicator": {"ky": "Индикатор", "ru": "Индикатор", "en": "Indicator"},
    "report.indicator_matrix.unit": {"ky": "Өлчөө бирдиги", "ru": "Ед. изм.", "en": "Unit"},
    "report.indicator_matrix.baseline": {"ky": "Базалык маани ({year})", "ru": "Базовое значение ({year})",
                                         "en": "Baseline ({year})"},
    "report.indicator_matrix.targets": {"ky": "Аралык максаттар", "ru": "Промежуточные цели",
                                        "en": "Intermediate targets"},
    "report.indicator_matrix.final": {"ky": "Акыркы максат", "ru": "Итоговая цель", "en": "Final target"},
    "report.indicator_matrix.responsible": {"ky": "Жооптуу орган", "ru": "Ответственный орган",
                                            "en": "Responsible body"},
    "report.indicator_matrix.notes": {"ky": "Эскертүүлөр", "ru": "Примечания", "en": "Notes"},
    "report.indicator_matrix.check": {"ky": "Максаттарды текшерүү", "ru": "Проверка целей",
                                      "en": "Check of the targets"},
    "report.indicator_matrix.check_ok": {
        "ky": "Жылдык максаттар акыркы максаттарга туура келет.",
        "ru": "Годовые цели согласуются с итоговыми.",
        "en": "The yearly targets agree with the final targets.",
    },
})


def baseline_year(program: P.ProgramData) -> int:
    years = [i.baseline_year for i in program.indicators if i.baseline_year]
    return max(set(years), key=years.count) if years else program.start_year - 1


def table(program: P.ProgramData, lang: str) -> tuple[C.Table, list[str]]:
    years = program.years
    heads = [i18n.t(f"report.indicator_matrix.{k}", lang) for k in ("issue", "indicator", "unit")]
    base = i18n.t("report.indicator_matrix.baseline", lang, year=baseline_year(program))
    headers = [*heads, base, *[str(y) for y in years], i18n.t("report.indicator_matrix.final", lang),
               i18n.t("report.indicator_matrix.responsible", lang)]
    widths = [16, 24, 7, 9, *[8] * len(years), 9, 17]
    t = C.Table(headers, widths)
    notes: list[str] = []
    last_issue = None
    for ind, depth in program.ordered_indicators():
        name = ind.name
        if ind.footnote:
            notes.append(f"{len(notes) + 1}) {ind.footnote}")
            name += f" ({len(notes)})"
        issue = ind.issue or ""
        shown_issue = "" if issue == last_issue else issue
        last_issue = issue
        base_value = ind.fmt(ind.baseline_value)
        if ind.baseline_year and ind.baseline_year != baseline_year(program) and base_value:
            base_value += f" ({ind.baseline_year})"
        t.add(C.Cell(shown_issue), C.Cell(name, indent=depth), C.Cell(ind.unit or "", align="center"),
              C.Cell(base_value, align="right"),
              *[C.Cell(ind.fmt(ind.target(y)), align="right") for y in years],
              C.Cell(ind.fmt(ind.final_target), align="right", bold=depth == 0),
              C.Cell(ind.responsible_text))
    return t, notes


def check_lines(program: P.ProgramData, lang: str) -> list[str]:
    names = {i.id: i.name for i in program.indicators}
    lines = [f"• {names[w.indicator_id]}: " + i18n.t(f"programs.warn.{w.code}", lang, **w.params)
             for w in P.check_matrix(program)]
    return lines or [i18n.t("report.indicator_matrix.check_ok", lang)]


def document(program: P.ProgramData, lang: str) -> C.Document:
    t, notes = table(program, lang)
    sections: list = [("", t)]
    if notes:
        sections.append((i18n.t("report.indicator_matrix.notes", lang), notes))
    sections.append((i18n.t("report.indicator_matrix.check", lang), check_lines(program, lang)))
    subtitle = [program.title, C.approved_line(program, lang)]
    return C.Document(i18n.t("report.indicator_matrix.title", lang), subtitle, sections, lang=lang)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    program = C.read_program(db, params.program)
    progress(1, 2)
    C.write(document(program, params.lang), fmt, out, cancel)
    progress(2, 2)


REPORTS = [dict(
    name="indicator-matrix",
    title={lang: i18n.t("report.indicator_matrix.title", lang) for lang in i18n.LANGUAGES},
    needs=("program",), formats=("pdf", "xlsx"), build=build,
)]
