"""Import an action plan or an indicator matrix from an Excel (XLSX) file.

Two steps: `preview_import` reads the file and returns what it understood
(rows) and, row by row, what it could not read and why (problems) — nothing
is saved; `confirm_import` then saves the previewed rows in one transaction.
If the preview has problems, confirm refuses unless `skip_bad_rows=True`
(the user has seen the list and agrees to leave those rows out).

The first worksheet is read. Cells may be text or numbers; empty rows are
skipped everywhere; rows above the header (titles) are ignored.

Action plan — six columns, A to F:
    A No. · B task · C measures/actions · D period · E expected result
    (product) · F responsible executors
  * The header is the first row with at least 5 of A–F filled. A row just
    under it holding only the column numbers (1 2 3 4 5 6) is skipped.
  * A heading row (only A filled, usually merged across the row) opens a
    priority when it starts with "Priority", "Приоритет", "Артыкчылык", or
    with a number not followed by ".digit" ("1. ...", "2-артыкчылык ...");
    the number is the first whole number in it (else the next free one).
    Any other heading row ("1.1 Education", "Билим берүү") opens a sub-area
    of the current priority.
  * B filled: a new task of the current priority; if C is filled too, that is
    the task's first measure.
  * B empty, C filled: one more measure of the current task.
  * A measure needs a period in D naming years ("2023–2026", "2024") or
    "every year" / "жыл сайын" / "ежегодно", inside the program's years, and
    at least one body in F (names separated by new lines, ";" or ",").

Indicator matrix — eleven columns, A to K:
    A issue · B indicator · C unit · D baseline (2022) · E year 1 · F year 2 ·
    G year 3 · H year 4 · I final target · J responsible · K footnote
  * The header is the first row with at least 8 of A–K filled. Rows under it
    holding only years or only column numbers are skipped. The years of E–H
    are the years written in the header rows (2000–2100) in those columns,
    otherwise the program's first four years; the baseline year is the year
    written in D's header, otherwise the year before the program.
  * A empty: the issue of the row above carries on (merged cells).
  * B is required in any row that has something in it.
  * B starting with "including", "incl.", "анын ичинде", "в том числе", "-"
    or "–" makes the row a sub-indicator of the last indicator above it.
  * Values: numbers "8 371,4" or 8371.4; percentages "50 %", "50%" or a
    cell formatted as percent; ratios "1:2,5". A row is a ratio if any value
    has ":", a percentage if the unit is "%" or a value ends with "%",
    otherwise numbers; every value of the row must fit that type.
  * Numbers whose last yearly target equals the final target are levels
    (cumulative); other numbers are yearly amounts that must add up to the
    final target. Percentages and ratios are levels.
  * J: responsible bodies as in the action plan; K: the footnote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app import i18n
from app.domain import programs as P
from app.domain.enums import IndicatorValueType
from app.domain.kyrgyz_text import convert_legacy
from app.services import programs as S
from app.services.auth import Perm, require
from app.services.errors import ServiceError
from app.store import models as M

ACTION_PLAN = "action-plan"
INDICATOR_MATRIX = "indicator-matrix"
KINDS = (ACTION_PLAN, INDICATOR_MATRIX)

i18n.register({
    "import.file": {
        "ky": "Файлды окуу мүмкүн эмес (XLSX болушу керек): {name}.",
        "ru": "Не удалось прочитать файл (нужен XLSX): {name}.",
        "en": "The file cannot be read (it must be XLSX): {name}.",
    },
    "import.kind": {
        "ky": "Импорттун түрү белгисиз: {kind}.",
        "ru": "Неизвестный вид импорта: {kind}.",
        "en": "Unknown kind of import: {kind}.",
    },
    "import.no_header": {
        "ky": "Таблицанын башы табылган жок: {columns} мамычалуу саптын башы керек ({layout}).",
        "ru": "Не найдена шапка таблицы: нужна шапка из {columns} {columns:plural|столбца|столбцов|столбцов} ({layout}).",
        "en": "No table header found: a header of {columns} columns is needed ({layout}).",
    },
    "import.years": {
        "ky": "Файлдагы жылдар ({years}) программанын жылдарына ({start}–{end}) кирбейт.",
        "ru": "Годы в файле ({years}) вне лет программы ({start}–{end}).",
        "en": "The years in the file ({years}) are outside the program's years ({start}–{end}).",
    },
    "import.nothing": {
        "ky": "Файлда импорттоло турган сап жок.",
        "ru": "В файле нет строк для импорта.",
        "en": "There are no rows to import in the file.",
    },
    "import.has_problems": {
        "ky": "{count} сап окулган жок. Аларды оңдоңуз же аларсыз импорттоону тандаңыз.",
        "ru": "Не прочитано строк: {count}. Исправьте их или выберите импорт без них.",
        "en": "{count} rows could not be read. Fix them or choose to import without them.",
    },
    "import.row.no_priority": {
        "ky": "Тапшырма артыкчылыктан мурун турат: адегенде артыкчылыктын сабы керек.",
        "ru": "Задача стоит до приоритета: сначала нужна строка приоритета.",
        "en": "A task comes before any priority: a priority row is needed first.",
    },
    "import.row.no_task": {
        "ky": "Чара тапшырмадан мурун турат (B мамычасында тапшырма жок).",
        "ru": "Мера стоит до задачи (нет задачи в столбце B).",
        "en": "A measure comes before any task (no task in column B).",
    },
    "import.row.measure": {
        "ky": "C мамычасында чара жок.",
        "ru": "Нет меры в столбце C.",
        "en": "No measure in column C.",
    },
    "import.row.period": {
        "ky": "D мамычасындагы мөөнөттөн жылдар табылган жок: «{text}».",
        "ru": "В сроке (столбец D) не найдены годы: «{text}».",
        "en": "No years found in the period (column D): “{text}”.",
    },
    "import.row.period_missing": {
        "ky": "D мамычасында мөөнөт жок.",
        "ru": "Нет срока в столбце D.",
        "en": "No period in column D.",
    },
    "import.row.period_outside": {
        "ky": "Мөөнөт ({text}) программанын жылдарынан ({start}–{end}) чыгат.",
        "ru": "Срок ({text}) выходит за годы программы ({start}–{end}).",
        "en": "The period ({text}) goes outside the program's years ({start}–{end}).",
    },
    "import.row.responsible": {
        "ky": "F мамычасында жооптуу аткаруучу жок.",
        "ru": "Нет ответственного исполнителя в столбце F.",
        "en": "No responsible executor in column F.",
    },
    "import.row.name": {
        "ky": "B мамычасында индикатордун аталышы жок.",
        "ru": "Нет названия индикатора в столбце B.",
        "en": "No indicator name in column B.",
    },
    "import.row.value": {
        "ky": "{column} мамычасы: «{text}» — {kind} эмес.",
        "ru": "Столбец {column}: «{text}» — не {kind}.",
        "en": "Column {column}: “{text}” is not {kind}.",
    },
    "import.row.no_parent": {
        "ky": "«Анын ичинде» сабынын үстүндө окулган индикатор жок.",
        "ru": "Над строкой «в том числе» нет прочитанного индикатора.",
        "en": "There is no readable indicator above this “including” row.",
    },
    "import.row.too_long": {
        "ky": "{column} мамычасындагы текст өтө узун ({max} белгиден ашпасын).",
        "ru": "Текст в столбце {column} слишком длинный (не больше {max} {max:plural|знака|знаков|знаков}).",
        "en": "The text in column {column} is too long (at most {max} characters).",
    },
    "import.kind.number": {"ky": "сан", "ru": "число", "en": "a number"},
    "import.kind.percent": {"ky": "пайыз", "ru": "процент", "en": "a percentage"},
    "import.kind.ratio": {"ky": "катыш (1:2,5)", "ru": "соотношение (1:2,5)", "en": "a ratio (1:2,5)"},
    "import.layout.action-plan": {
        "ky": "№ · тапшырма · чаралар · мөөнөт · күтүлгөн натыйжа · жооптуу аткаруучулар",
        "ru": "№ · задача · меры · срок · ожидаемый результат · ответственные исполнители",
        "en": "No. · task · measures · period · expected result · responsible executors",
    },
    "import.layout.indicator-matrix": {
        "ky": "маселе · индикатор · бирдик · база · 1–4-жылдар · акыркы максат · жооптуу · эскертүү",
        "ru": "проблема · индикатор · ед. изм. · база · годы 1–4 · итоговая цель · ответственный · примечание",
        "en": "issue · indicator · unit · baseline · years 1–4 · final target · responsible · footnote",
    },
})

COLS = "ABCDEFGHIJK"


@dataclass(frozen=True)
class RowProblem:
    row: int  # the row number in the worksheet (1-based, as Excel shows it)
    key: str
    params: dict = field(default_factory=dict, compare=False)

    def message(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "kind" in params:
            params["kind"] = i18n.t(f"import.kind.{params['kind']}", lang)
        return i18n.t(self.key, lang, **params)


@dataclass(frozen=True)
class PlanRow:
    row: int
    kind: str  # priority | area | task | measure
    title: str
    number: int | None = None  # priorities
    period_text: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    expected_result: str | None = None
    responsible: tuple[str, ...] = ()


@dataclass(frozen=True)
class MatrixRow:
    row: int
    issue: str | None
    name: str
    unit: str | None
    value_type: IndicatorValueType
    baseline: Decimal | None
    targets: tuple[tuple[int, Decimal], ...]
    final: Decimal | None
    cumulative: bool
    responsible: tuple[str, ...]
    footnote: str | None
    parent_row: int | None  # sub-indicators: the row of their indicator

    def fmt(self, value: Decimal | None) -> str:
        return P.format_value(value, self.value_type)


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    program_id: str
    file_name: str
    rows: tuple[PlanRow | MatrixRow, ...]
    problems: tuple[RowProblem, ...]
    years: tuple[int, ...] = ()  # the matrix's year columns E–H
    baseline_year: int | None = None
    converted: tuple = ()        # app.domain.kyrgyz_text.Conversion of cells typed in an old Kyrgyz font

    def conversion_notice(self, lang: str | None = None) -> str:
        from app.services.oldfonts import notice

        return notice(list(self.converted), lang)


@dataclass(frozen=True)
class ImportResult:
    priorities: int = 0
    areas: int = 0
    tasks: int = 0
    measures: int = 0
    indicators: int = 0
    skipped_rows: int = 0


# --------------------------------------------------------------------------
# Reading the sheet


def _cell_text(cell) -> str | None:
    value = cell.value
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float, Decimal)):
        number = P.parse_number(value)
        fmt = getattr(cell, "number_format", "") or ""
        if "%" in fmt:
            return P.format_number(number * 100, sep=" ") + " %"
        return P.format_number(number, sep=" ")
    if hasattr(value, "year") and hasattr(value, "month"):
        return value.strftime("%d.%m.%Y")
    text = str(value).replace("\r\n", "\n").strip()
    return text or None


def _read_rows(path: Path, ncols: int, converted: list | None = None) -> list[tuple[int, list[str | None]]]:
    """The sheet's rows as texts; Kyrgyz typed in an old font is made proper
    ң ө ү, the whole sheet telling which font it was (each conversion is
    added to `converted`)."""
    rows = _read_raw_rows(path, ncols)
    context = "\n".join(c for _i, cells in rows for c in cells if c)
    out = []
    for index, cells in rows:
        new = []
        for c in cells:
            if c:
                conv = convert_legacy(c, context)
                if (conv.changed or conv.unresolved) and converted is not None:
                    converted.append(conv)
                c = conv.text
            new.append(c)
        out.append((index, new))
    return out


def _read_raw_rows(path: Path, ncols: int) -> list[tuple[int, list[str | None]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except Exception:
        raise ServiceError("import.file", name=Path(path).name) from None
    try:
        ws = wb.worksheets[0]
        out = []
        for index, row in enumerate(ws.iter_rows(max_col=ncols), start=1):
            cells = [_cell_text(c) for c in row][:ncols]
            cells += [None] * (ncols - len(cells))
            out.append((index, cells))
        return out
    finally:
        wb.close()


def _filled(cells) -> int:
    return sum(1 for c in cells if c)


def _is_numbering(cells) -> bool:
    values = [c for c in cells if c]
    return bool(values) and all(re.fullmatch(r"\d{1,2}", v) for v in values) and \
        [int(v) for v in values] == list(range(int(values[0]), int(values[0]) + len(values)))


def _find_header(rows, ncols: int, minimum: int, kind: str) -> int:
    for i, (_, cells) in enumerate(rows):
        if _filled(cells) >= minimum and not _is_numbering(cells):
            return i
    raise ServiceError("import.no_header", columns=ncols, layout=i18n.t(f"import.layout.{kind}"))


def _year_in(text: str | None) -> int | None:
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text or "")
    return int(m.group(1)) if m else None


# --------------------------------------------------------------------------
# Action plan

_PRIORITY_WORDS = ("priority", "приоритет", "артыкчылык")


def _heading(text: str) -> tuple[str, int | None, str]:
    """("priority", number, title) or ("area", None, title)."""
    low = text.casefold()
    stripped = text.strip()
    if any(low.startswith(w) for w in _PRIORITY_WORDS) or any(
            re.match(rf"^\d+\s*-?\s*{w}", low) for w in _PRIORITY_WORDS):
        m = re.search(r"\d+", stripped)
        title = re.sub(rf"^(\d+\s*-?\s*)?({'|'.join(_PRIORITY_WORDS)})\w*\s*(\d+)?\s*[.:)\-–]?\s*", "",
                       stripped, flags=re.IGNORECASE)
        return "priority", int(m.group()) if m else None, title or stripped
    m = re.match(r"^(\d+)(?!\.\d)\s*[.)\-–]?\s+(.*)$", stripped, flags=re.S)
    if m:
        return "priority", int(m.group(1)), m.group(2).strip()
    return "area", None, stripped


def _parse_action_plan(rows, program: P.ProgramData) -> tuple[list[PlanRow], list[RowProblem]]:
    header = _find_header(rows, 6, 5, ACTION_PLAN)
    out: list[PlanRow] = []
    problems: list[RowProblem] = []
    used_numbers = {p.number for p in program.priorities}
    have_priority = False
    have_task = False
    for n, (rownum, cells) in enumerate(rows[header + 1:]):
        if not _filled(cells) or (n == 0 and _is_numbering(cells)):
            continue
        a, b, c, d, e, f = cells
        too_long = [(COLS[i], limit) for i, limit in ((1, 4000), (2, 4000), (3, 200), (4, 4000), (5, 4000))
                    if cells[i] and len(cells[i]) > limit]
        if too_long:
            problems.append(RowProblem(rownum, "import.row.too_long", {"column": too_long[0][0],
                                                                       "max": too_long[0][1]}))
            continue
        if a and not _filled([b, c, d, e, f]):
            kind, number, title = _heading(a)
            if kind == "priority":
                if number is None or number in [r.number for r in out if r.kind == "priority"]:
                    number = max(used_numbers | {r.number for r in out if r.kind == "priority"} | {0}) + 1
                out.append(PlanRow(rownum, "priority", title, number=number))
                have_priority, have_task = True, False
            elif not have_priority:
                problems.append(RowProblem(rownum, "import.row.no_priority"))
            else:
                out.append(PlanRow(rownum, "area", title))
            continue
        if b:
            if not have_priority:
                problems.append(RowProblem(rownum, "import.row.no_priority"))
                have_task = False
                continue
            out.append(PlanRow(rownum, "task", b))
            have_task = True
            if not c:
                continue
        if not c:
            # something in D–F without a measure: a measure without its text
            problems.append(RowProblem(rownum, "import.row.measure"))
            continue
        if not have_task:
            problems.append(RowProblem(rownum, "import.row.no_task"))
            continue
        if not d:
            problems.append(RowProblem(rownum, "import.row.period_missing"))
            continue
        years = P.parse_period(d, program.start_year, program.end_year)
        if years is None:
            problems.append(RowProblem(rownum, "import.row.period", {"text": d}))
            continue
        if years[0] < program.start_year or years[1] > program.end_year:
            problems.append(RowProblem(rownum, "import.row.period_outside", {
                "text": d, "start": program.start_year, "end": program.end_year}))
            continue
        bodies = tuple(P.split_bodies(f))
        if not bodies:
            problems.append(RowProblem(rownum, "import.row.responsible"))
            continue
        out.append(PlanRow(rownum, "measure", c, period_text=d, start_year=years[0], end_year=years[1],
                           expected_result=e, responsible=bodies))
    return out, problems


# --------------------------------------------------------------------------
# Indicator matrix

_SUB = ("including", "incl.", "incl ", "анын ичинде", "в том числе", "в т.ч.", "- ", "– ", "— ")


def _parse_matrix(rows, program: P.ProgramData) -> tuple[list[MatrixRow], list[RowProblem], list[int], int]:
    header = _find_header(rows, 11, 8, INDICATOR_MATRIX)
    start = header + 1
    head_rows = [rows[header][1]]
    while start < len(rows):
        cells = rows[start][1]
        year_cells = [_year_in(c) for c in cells[4:8]]
        only_years = _filled(cells) and all(c is None or re.fullmatch(r"(?:19|20)\d\d(\s*-?ж\.?|\s*г\.?)?", c)
                                            for c in cells)
        if _filled(cells) and (_is_numbering(cells) or (only_years and any(year_cells))):
            head_rows.append(cells)
            start += 1
            continue
        break
    years: list[int | None] = [None] * 4
    base_year = None
    for cells in ([rows[header - 1][1]] if header > 0 else []) + head_rows:
        for i in range(4):
            years[i] = years[i] or _year_in(cells[4 + i])
        base_year = base_year or _year_in(cells[3])
    if all(y is None for y in years):
        years = [program.start_year + i for i in range(4)]
    else:
        years = [y if y is not None else program.start_year + i for i, y in enumerate(years)]
    outside = [y for y in years if not program.start_year <= y <= program.end_year]
    # a program shorter than four years leaves the extra columns empty
    base_year = base_year or program.start_year - 1

    out: list[MatrixRow] = []
    problems: list[RowProblem] = []
    issue = None
    last_top: int | None = None
    last_top_ok = False
    for rownum, cells in rows[start:]:
        if not _filled(cells):
            continue
        a, b, c, d, e, f, g, h, i_, j, k = cells
        if a:
            issue = a
        if not b:
            problems.append(RowProblem(rownum, "import.row.name"))
            continue
        too_long = [(COLS[x], 4000) for x in (0, 1, 10) if cells[x] and len(cells[x]) > 4000]
        if c and len(c) > 100:
            too_long.append(("C", 100))
        if too_long:
            problems.append(RowProblem(rownum, "import.row.too_long", {"column": too_long[0][0],
                                                                       "max": too_long[0][1]}))
            if not b.casefold().startswith(_SUB):
                last_top_ok = False
            continue
        is_sub = b.casefold().startswith(_SUB)
        if not is_sub:
            last_top = rownum
        value_cells = {"D": d, "E": e, "F": f, "G": g, "H": h, "I": i_}
        vt = P.guess_value_type(c, value_cells.values())
        parsed: dict[str, Decimal | None] = {}
        bad = None
        for col, text in value_cells.items():
            if not text:
                parsed[col] = None
                continue
            try:
                parsed[col] = P.parse_value(text, vt)
            except P.ValueError_:
                bad = (col, text)
                break
        if bad is None:
            for idx, col in enumerate("EFGH"):
                if parsed[col] is not None and years[idx] in outside:
                    bad = ("years", col)
                    break
        if bad is not None:
            if bad[0] == "years":
                problems.append(RowProblem(rownum, "import.years", {
                    "years": ", ".join(map(str, outside)), "start": program.start_year, "end": program.end_year}))
            else:
                problems.append(RowProblem(rownum, "import.row.value", {"column": bad[0], "text": bad[1],
                                                                        "kind": vt.value}))
            if not is_sub:
                last_top_ok = False
            continue
        if is_sub and (last_top is None or not last_top_ok):
            problems.append(RowProblem(rownum, "import.row.no_parent"))
            continue
        targets = tuple((years[idx], parsed[col]) for idx, col in enumerate("EFGH") if parsed[col] is not None)
        cumulative = P.guess_cumulative(vt, [v for _, v in targets], parsed["I"])
        out.append(MatrixRow(rownum, issue, b, c, vt, parsed["D"], targets, parsed["I"], cumulative,
                             tuple(P.split_bodies(j)), k, last_top if is_sub else None))
        if not is_sub:
            last_top_ok = True
    return out, problems, years, base_year


# --------------------------------------------------------------------------
# The two service calls


def preview_import(db, program_id: str, path: Path | str, kind: str) -> ImportPreview:
    """Read the file; save nothing. Refuses (ServiceError) only a file that
    cannot be read at all or has no header; bad rows are listed instead."""
    if kind not in KINDS:
        raise ServiceError("import.kind", kind=kind)
    program = S.get_program(db, program_id)
    path = Path(path)
    converted: list = []
    if kind == ACTION_PLAN:
        rows, problems = _parse_action_plan(_read_rows(path, 6, converted), program)
        return ImportPreview(kind, program_id, path.name, tuple(rows), tuple(problems), converted=tuple(converted))
    rows, problems, years, base_year = _parse_matrix(_read_rows(path, 11, converted), program)
    return ImportPreview(kind, program_id, path.name, tuple(rows), tuple(problems), tuple(years), base_year,
                         tuple(converted))


def confirm_import(db, preview: ImportPreview, *, skip_bad_rows: bool = False) -> ImportResult:
    """Save the previewed rows, all in one transaction."""
    require(db, Perm.PROGRAMS)
    if preview.problems and not skip_bad_rows:
        raise ServiceError("import.has_problems", count=len({p.row for p in preview.problems}))
    if not preview.rows:
        raise ServiceError("import.nothing")
    skipped = len({p.row for p in preview.problems})
    with db.session() as s:
        prog = S._program(s, preview.program_id)
        if preview.kind == ACTION_PLAN:
            return _save_plan(s, prog, preview, skipped)
        return _save_matrix(s, prog, preview, skipped)


def _save_plan(s, prog, preview: ImportPreview, skipped: int) -> ImportResult:
    from sqlalchemy import select

    existing = {p.number: p for p in s.scalars(select(M.ProgramPriority).where(
        M.ProgramPriority.program_id == prog.id, M.ProgramPriority.deleted_at.is_(None)))}
    counts = dict(priorities=0, areas=0, tasks=0, measures=0)
    priority = area = task = None
    for row in preview.rows:
        if row.kind == "priority":
            priority = existing.get(row.number)
            if priority is None:
                priority = M.ProgramPriority(program_id=prog.id, number=row.number, title=row.title)
                s.add(priority)
                s.flush()
                existing[row.number] = priority
                counts["priorities"] += 1
            area = None
        elif row.kind == "area":
            area = M.ProgramArea(priority_id=priority.id, title=row.title, position=S._next_position(
                s, M.ProgramArea, M.ProgramArea.priority_id, priority.id))
            s.add(area)
            s.flush()
            counts["areas"] += 1
        elif row.kind == "task":
            task = M.ProgramTask(priority_id=priority.id, area_id=area.id if area else None, title=row.title,
                                 position=S._next_position(s, M.ProgramTask, M.ProgramTask.priority_id,
                                                           priority.id))
            s.add(task)
            s.flush()
            counts["tasks"] += 1
        else:
            measure = M.ProgramMeasure(
                task_id=task.id, title=row.title, period_text=row.period_text, start_year=row.start_year,
                end_year=row.end_year, expected_result=row.expected_result,
                position=S._next_position(s, M.ProgramMeasure, M.ProgramMeasure.task_id, task.id))
            s.add(measure)
            s.flush()
            for body_id in S._resolve_bodies(s, row.responsible):
                s.add(M.MeasureResponsible(measure_id=measure.id, body_id=body_id))
            counts["measures"] += 1
    return ImportResult(**counts, skipped_rows=skipped)


def _save_matrix(s, prog, preview: ImportPreview, skipped: int) -> ImportResult:
    from sqlalchemy import select

    positions = s.scalars(select(M.Indicator.position).where(M.Indicator.program_id == prog.id)).all()
    position = max(positions) if positions else 0
    by_row: dict[int, str] = {}
    for row in preview.rows:
        position += 1
        ind = M.Indicator(
            program_id=prog.id, parent_id=by_row.get(row.parent_row) if row.parent_row else None,
            position=position, issue=row.issue, name=row.name, unit=row.unit, value_type=row.value_type,
            baseline_year=preview.baseline_year if row.baseline is not None else None,
            baseline_value=row.baseline, final_target=row.final, targets_cumulative=row.cumulative,
            footnote=row.footnote)
        s.add(ind)
        s.flush()
        by_row[row.row] = ind.id
        S._set_targets(s, ind.id, dict(row.targets))
        S._set_indicator_bodies(s, ind, list(row.responsible))
    return ImportResult(indicators=len(preview.rows), skipped_rows=skipped)
