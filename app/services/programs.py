"""Development programs: the program and its action plan, responsible bodies
with aliases, the indicator matrix, half-year monitoring, target corrections,
the monitoring group and the annual plan.

Every function takes the open database first; each changing action is one
transaction and checks `Perm.PROGRAMS`. Readers return the plain read model
of app.domain.programs (frozen dataclasses), never ORM objects.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.domain import programs as P
from app.domain.enums import IndicatorValueType, MeasureStatus
from app.reports import _program_common  # noqa: F401  (registers the target-check texts)
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store.base import utcnow
from app.store.program_queries import body_entries, load_program

TITLE_MAX = 500
YEAR_MIN, YEAR_MAX = 2000, 2100

i18n.register({
    "programs.not_found": {
        "ky": "Өнүктүрүү программасы табылган жок.",
        "ru": "Программа развития не найдена.",
        "en": "The development program was not found.",
    },
    "programs.item_not_found": {
        "ky": "Бул жазуу табылган жок (өчүрүлгөн болушу мүмкүн).",
        "ru": "Запись не найдена (возможно, удалена).",
        "en": "This record was not found (it may have been deleted).",
    },
    "programs.no_municipality": {
        "ky": "Адегенде муниципалитетти киргизиңиз.",
        "ru": "Сначала введите муниципалитет.",
        "en": "Enter the municipality first.",
    },
    "programs.required": {
        "ky": "Бул талааны толтуруңуз.",
        "ru": "Заполните это поле.",
        "en": "Fill in this field.",
    },
    "programs.too_long": {
        "ky": "Өтө узун: {max} белгиден ашпасын.",
        "ru": "Слишком длинно: не больше {max} {max:plural|знака|знаков|знаков}.",
        "en": "Too long: at most {max} characters.",
    },
    "programs.year": {
        "ky": "Жылды 2000дөн 2100гө чейин жазыңыз.",
        "ru": "Укажите год от 2000 до 2100.",
        "en": "Enter a year from 2000 to 2100.",
    },
    "programs.years_order": {
        "ky": "Аяктоо жылы башталыш жылынан эрте боло албайт.",
        "ru": "Год окончания не может быть раньше года начала.",
        "en": "The end year cannot be before the start year.",
    },
    "programs.outside_program": {
        "ky": "Мөөнөт программанын мөөнөтүнөн ({start}–{end}) чыкпасын.",
        "ru": "Срок должен быть в пределах программы ({start}–{end}).",
        "en": "The period must lie within the program's years ({start}–{end}).",
    },
    "programs.period_unknown": {
        "ky": "Мөөнөттөн жылдарды таба алган жокмун: «{text}». Жылдарды жазыңыз (мис. 2023–2026) же «жыл сайын».",
        "ru": "Не удалось понять годы в сроке «{text}». Укажите годы (напр. 2023–2026) или «ежегодно».",
        "en": "Could not find the years in the period “{text}”. Write the years (e.g. 2023–2026) or “every year”.",
    },
    "programs.priority_number": {
        "ky": "Артыкчылыктын номери 1ден баштап бүтүн сан болсун жана кайталанбасын.",
        "ru": "Номер приоритета: целое число от 1, без повторов.",
        "en": "The priority number must be a whole number from 1, not used twice.",
    },
    "programs.responsible_missing": {
        "ky": "Жок дегенде бир жооптуу аткаруучуну жазыңыз.",
        "ru": "Укажите хотя бы одного ответственного исполнителя.",
        "en": "Enter at least one responsible executor.",
    },
    "programs.value": {
        "ky": "«{text}» — сан эмес. Мисалы: 8 371,4",
        "ru": "«{text}» — не число. Например: 8 371,4",
        "en": "“{text}” is not a number. Example: 8 371,4",
    },
    "programs.value_percent": {
        "ky": "«{text}» — пайыз эмес. Мисалы: 50 %",
        "ru": "«{text}» — не процент. Например: 50 %",
        "en": "“{text}” is not a percentage. Example: 50 %",
    },
    "programs.value_ratio": {
        "ky": "«{text}» — катыш эмес. Мисалы: 1:2,5",
        "ru": "«{text}» — не соотношение. Например: 1:2,5",
        "en": "“{text}” is not a ratio. Example: 1:2,5",
    },
    "programs.half": {
        "ky": "Жарым жылды ЖЖЖЖH1 же ЖЖЖЖH2 түрүндө жазыңыз (мис. 2023H1).",
        "ru": "Полугодие укажите как ГГГГH1 или ГГГГH2 (напр. 2023H1).",
        "en": "Write the half-year as YYYYH1 or YYYYH2 (e.g. 2023H1).",
    },
    "programs.half_outside": {
        "ky": "{half} жарым жылдыгы программанын мөөнөтүнө ({start}–{end}) кирбейт.",
        "ru": "Полугодие {half} вне срока программы ({start}–{end}).",
        "en": "The half-year {half} is outside the program's years ({start}–{end}).",
    },
    "programs.status": {
        "ky": "Иш-чаранын абалын тандаңыз.",
        "ru": "Выберите состояние мероприятия.",
        "en": "Choose the measure's status.",
    },
    "programs.reason_required": {
        "ky": "Иш-чара эмне үчүн токтотулганын жазыңыз.",
        "ru": "Укажите причину, по которой мероприятие отменено.",
        "en": "Say why the measure was dropped.",
    },
    "programs.parent_indicator": {
        "ky": "«Анын ичинде» индикатору ушул программанын башкы индикаторуна гана тиешелүү боло алат.",
        "ru": "Подиндикатор («в том числе») может относиться только к основному индикатору этой программы.",
        "en": "A sub-indicator (“including”) can only belong to a top-level indicator of this program.",
    },
    "programs.alias_taken": {
        "ky": "«{name}» деген жазылыш башка органга тиешелүү: {other}.",
        "ru": "Написание «{name}» уже относится к другому органу: {other}.",
        "en": "The spelling “{name}” already belongs to another body: {other}.",
    },
    "programs.same_body": {
        "ky": "Бир органды өзү менен бириктирүүгө болбойт.",
        "ru": "Нельзя объединить орган с самим собой.",
        "en": "A body cannot be merged with itself.",
    },
    "programs.decision_required": {
        "ky": "Оңдоону бекиткен чечимдин номерин жана күнүн жазыңыз.",
        "ru": "Укажите номер и дату решения, утвердившего корректировку.",
        "en": "Enter the number and date of the decision that approved the correction.",
    },
    "programs.already_approved": {
        "ky": "Бул оңдоо мурда эле бекитилген.",
        "ru": "Эта корректировка уже утверждена.",
        "en": "This correction has already been approved.",
    },
    "programs.correction_year": {
        "ky": "Жыл программанын жылдарынын бири болсун же бош калсын (акыркы максат).",
        "ru": "Год должен быть одним из лет программы или пустым (итоговая цель).",
        "en": "The year must be one of the program's years, or empty for the final target.",
    },
})


# --------------------------------------------------------------------------
# Small input helpers


def _text(value, field: str, errors: dict, *, required: bool = False, max_len: int = TITLE_MAX) -> str | None:
    s = (value or "").strip() if isinstance(value, str) or value is None else str(value).strip()
    if not s:
        if required:
            errors[field] = ServiceError("programs.required", field)
        return None
    if len(s) > max_len:
        errors[field] = ServiceError("programs.too_long", field, max=max_len)
    return s


def _year(value, field: str, errors: dict, *, required: bool = False) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors[field] = ServiceError("programs.year", field)
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        errors[field] = ServiceError("programs.year", field)
        return None
    if not YEAR_MIN <= year <= YEAR_MAX:
        errors[field] = ServiceError("programs.year", field)
        return None
    return year


_VALUE_KEYS = {"number": "programs.value", "empty": "programs.value",
               "percent": "programs.value_percent", "ratio": "programs.value_ratio"}


def _value(text, value_type, field: str, errors: dict, *, required: bool = False) -> Decimal | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        if required:
            errors[field] = ServiceError("programs.required", field)
        return None
    try:
        return P.parse_value(text, value_type)
    except P.ValueError_ as exc:
        key = _VALUE_KEYS[exc.code]
        if P.VT(value_type) is not P.VT.NUMBER and exc.code in ("number", "empty"):
            key = _VALUE_KEYS[P.VT(value_type).value]
        errors[field] = ServiceError(key, field, text=str(text))
        return None


def _check(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


def _get(s: Session, model, row_id: str | None):
    obj = s.get(model, row_id) if row_id else None
    if obj is None or obj.deleted_at is not None:
        raise ServiceError("programs.item_not_found")
    return obj


def _program(s: Session, program_id: str) -> M.DevelopmentProgram:
    prog = s.get(M.DevelopmentProgram, program_id) if program_id else None
    if prog is None or prog.deleted_at is not None:
        raise ServiceError("programs.not_found")
    return prog


def _half(text: str, prog: M.DevelopmentProgram | P.ProgramData, field: str = "half") -> str:
    try:
        year, h = P.parse_half(text)
    except P.HalfError:
        raise ServiceError("programs.half", field) from None
    if not prog.start_year <= year <= prog.end_year:
        raise ServiceError("programs.half_outside", field, half=text, start=prog.start_year, end=prog.end_year)
    return P.half_code(year, h)


def _program_of_measure(s: Session, measure: M.ProgramMeasure) -> M.DevelopmentProgram:
    task = s.get(M.ProgramTask, measure.task_id)
    pri = s.get(M.ProgramPriority, task.priority_id)
    return s.get(M.DevelopmentProgram, pri.program_id)


def _tombstone(obj) -> None:
    obj.deleted_at = utcnow()


# --------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class ProgramSummary:
    id: str
    title: str
    start_year: int
    end_year: int
    resolution_number: str | None
    resolution_date: date | None


def list_programs(db) -> list[ProgramSummary]:
    with db.reader() as s:
        rows = s.scalars(select(M.DevelopmentProgram).where(M.DevelopmentProgram.deleted_at.is_(None))
                         .order_by(M.DevelopmentProgram.start_year, M.DevelopmentProgram.title))
        return [ProgramSummary(p.id, p.title, p.start_year, p.end_year, p.resolution_number, p.resolution_date)
                for p in rows]


def get_program(db, program_id: str) -> P.ProgramData:
    with db.reader() as s:
        data = load_program(s, program_id)
    if data is None:
        raise ServiceError("programs.not_found")
    return data


@dataclass(frozen=True)
class MatrixWarning:
    indicator_id: str
    indicator_name: str
    code: str
    params: dict

    def message(self, lang: str | None = None) -> str:
        return i18n.t(f"programs.warn.{self.code}", lang, **self.params)


def matrix_warnings(db, program_id: str) -> list[MatrixWarning]:
    """The target check of the whole indicator matrix."""
    return warnings_of(get_program(db, program_id))


def warnings_of(program: P.ProgramData) -> list[MatrixWarning]:
    names = {i.id: i.name for i in program.indicators}
    return [MatrixWarning(w.indicator_id, names[w.indicator_id], w.code, w.params) for w in P.check_matrix(program)]


def actual_warnings_of(program: P.ProgramData) -> list[MatrixWarning]:
    """The actual values checked the way the targets are (app.domain.programs.check_actuals)."""
    names = {i.id: i.name for i in program.indicators}
    return [MatrixWarning(w.indicator_id, names[w.indicator_id], w.code, w.params) for w in P.check_actuals(program)]


def monitoring_view(db, program_id: str, half: str) -> P.MonitoringData:
    program = get_program(db, program_id)
    return P.monitoring(program, _half(half, program))


@dataclass(frozen=True)
class AnnualPlanView:
    year: int
    planned: tuple[P.MeasureData, ...]
    missing: tuple[P.MeasureData, ...]  # scheduled for the year by the multi-year plan, not in the annual plan
    outside: tuple[P.MeasureData, ...]  # in the annual plan although their period excludes the year


def annual_plan(db, program_id: str, year: int) -> AnnualPlanView:
    program = get_program(db, program_id)
    errors: dict = {}
    year = _year(year, "year", errors, required=True)
    _check(errors)
    ids = P.annual_plan_ids(program, year)
    planned = tuple(m for _, _, m in program.measures() if m.id in ids)
    return AnnualPlanView(year, planned, tuple(P.missing_from_annual_plan(program, year)),
                          tuple(P.outside_period_in_annual_plan(program, year)))


# --------------------------------------------------------------------------
# The program and its action plan


def _program_fields(errors: dict, title, motto, start_year, end_year, resolution_body, resolution_number,
                    resolution_date) -> dict:
    values = dict(
        title=_text(title, "title", errors, required=True),
        motto=_text(motto, "motto", errors),
        start_year=_year(start_year, "start_year", errors, required=True),
        end_year=_year(end_year, "end_year", errors, required=True),
        resolution_body=_text(resolution_body, "resolution_body", errors, max_len=300),
        resolution_number=_text(resolution_number, "resolution_number", errors, max_len=50),
        resolution_date=resolution_date,
    )
    if values["start_year"] and values["end_year"] and values["end_year"] < values["start_year"]:
        errors["end_year"] = ServiceError("programs.years_order", "end_year")
    return values


def create_program(db, *, title: str, start_year, end_year, motto: str | None = None,
                   resolution_body: str | None = None, resolution_number: str | None = None,
                   resolution_date: date | None = None, municipality_id: str | None = None,
                   resolution_id: str | None = None) -> str:
    """resolution_id: the approving resolution from the register (its body,
    number and date then replace the typed ones)."""
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    values = _program_fields(errors, title, motto, start_year, end_year, resolution_body, resolution_number,
                             resolution_date)
    _check(errors)
    with db.session() as s:
        if municipality_id is None:
            municipality_id = s.scalar(select(M.Municipality.id).where(M.Municipality.deleted_at.is_(None))
                                       .order_by(M.Municipality.created_at, M.Municipality.name).limit(1))
            if municipality_id is None:
                raise ServiceError("programs.no_municipality")
        else:
            _get(s, M.Municipality, municipality_id)
        from app.services.resolutions import basis_values

        values.update(basis_values(s, resolution_id, municipality_id, "program"))
        prog = M.DevelopmentProgram(municipality_id=municipality_id, **values)
        s.add(prog)
        s.flush()
        return prog.id


def update_program(db, program_id: str, *, title: str, start_year, end_year, motto: str | None = None,
                   resolution_body: str | None = None, resolution_number: str | None = None,
                   resolution_date: date | None = None, resolution_id: str | None = None) -> None:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    values = _program_fields(errors, title, motto, start_year, end_year, resolution_body, resolution_number,
                             resolution_date)
    _check(errors)
    with db.session() as s:
        prog = _program(s, program_id)
        from app.services.resolutions import basis_values

        values.update(basis_values(s, resolution_id, prog.municipality_id, "program"))
        for key, value in values.items():
            setattr(prog, key, value)


def add_priority(db, program_id: str, number, title: str) -> str:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    title = _text(title, "title", errors, required=True, max_len=2000)
    try:
        number = int(str(number).strip())
        if number < 1:
            raise ValueError
    except ValueError:
        errors["number"] = ServiceError("programs.priority_number", "number")
    _check(errors)
    with db.session() as s:
        _program(s, program_id)
        taken = s.scalar(select(M.ProgramPriority.id).where(
            M.ProgramPriority.program_id == program_id, M.ProgramPriority.number == number,
            M.ProgramPriority.deleted_at.is_(None)))
        if taken:
            raise ValidationError({"number": ServiceError("programs.priority_number", "number")})
        row = M.ProgramPriority(program_id=program_id, number=number, title=title)
        s.add(row)
        s.flush()
        return row.id


def _next_position(s: Session, model, parent_col, parent_id) -> int:
    rows = s.scalars(select(model.position).where(parent_col == parent_id)).all()
    return (max(rows) + 1) if rows else 1


def add_area(db, priority_id: str, title: str) -> str:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    title = _text(title, "title", errors, required=True, max_len=2000)
    _check(errors)
    with db.session() as s:
        _get(s, M.ProgramPriority, priority_id)
        row = M.ProgramArea(priority_id=priority_id, title=title,
                            position=_next_position(s, M.ProgramArea, M.ProgramArea.priority_id, priority_id))
        s.add(row)
        s.flush()
        return row.id


def add_task(db, priority_id: str, title: str, area_id: str | None = None) -> str:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    title = _text(title, "title", errors, required=True, max_len=4000)
    _check(errors)
    with db.session() as s:
        _get(s, M.ProgramPriority, priority_id)
        if area_id:
            area = _get(s, M.ProgramArea, area_id)
            if area.priority_id != priority_id:
                raise ServiceError("programs.item_not_found", "area_id")
        row = M.ProgramTask(priority_id=priority_id, area_id=area_id or None, title=title,
                            position=_next_position(s, M.ProgramTask, M.ProgramTask.priority_id, priority_id))
        s.add(row)
        s.flush()
        return row.id


def update_task(db, task_id: str, title: str) -> None:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    title = _text(title, "title", errors, required=True, max_len=4000)
    _check(errors)
    with db.session() as s:
        _get(s, M.ProgramTask, task_id).title = title


def update_priority(db, priority_id: str, title: str) -> None:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    title = _text(title, "title", errors, required=True, max_len=2000)
    _check(errors)
    with db.session() as s:
        _get(s, M.ProgramPriority, priority_id).title = title


def _resolve_bodies(s: Session, names: Iterable[str]) -> list[str]:
    """Body ids for the names, by name or alias; unknown names become new bodies."""
    directory = P.BodyDirectory(body_entries(s))
    ids: list[str] = []
    for name in names:
        body_id = directory.resolve(name)
        if body_id is None:
            body = M.ResponsibleBody(name=name.strip()[:300])
            s.add(body)
            s.flush()
            body_id = body.id
            directory = P.BodyDirectory([*directory.entries, P.BodyEntry(body.id, body.name)])
        if body_id not in ids:
            ids.append(body_id)
    return ids


def _measure_fields(errors: dict, prog, title, period_text, start_year, end_year, expected_result,
                    responsible) -> dict:
    title = _text(title, "title", errors, required=True, max_len=4000)
    period_text = _text(period_text, "period_text", errors, max_len=200)
    start = _year(start_year, "start_year", errors)
    end = _year(end_year, "end_year", errors)
    if start is None and end is None and "start_year" not in errors and "end_year" not in errors:
        if period_text:
            years = P.parse_period(period_text, prog.start_year, prog.end_year)
            if years is None:
                errors["period_text"] = ServiceError("programs.period_unknown", "period_text", text=period_text)
            else:
                start, end = years
        else:
            start, end = prog.start_year, prog.end_year
    elif start is None or end is None:
        start = start if start is not None else end
        end = end if end is not None else start
    if start is not None and end is not None and "start_year" not in errors and "end_year" not in errors:
        if end < start:
            errors["end_year"] = ServiceError("programs.years_order", "end_year")
        elif start < prog.start_year or end > prog.end_year:
            errors["period_text"] = ServiceError("programs.outside_program", "period_text",
                                                 start=prog.start_year, end=prog.end_year)
    names = P.split_bodies(responsible) if isinstance(responsible, str) or responsible is None else [
        n.strip() for n in responsible if n and n.strip()]
    if not names:
        errors["responsible"] = ServiceError("programs.responsible_missing", "responsible")
    return dict(title=title, period_text=period_text, start_year=start, end_year=end,
                expected_result=_text(expected_result, "expected_result", errors, max_len=4000), names=names)


def add_measure(db, task_id: str, *, title: str, period_text: str | None = None, start_year=None,
                end_year=None, expected_result: str | None = None,
                responsible: str | Iterable[str] | None = None) -> str:
    """A measure of a task. Without start/end years they are read from the
    period text ("2023–2026", "every year ..."); no period = all program years.
    `responsible` is a cell text ("МП «Универсал», МС и ММ управление") or a
    list of names; names resolve to bodies by name or alias."""
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        task = _get(s, M.ProgramTask, task_id)
        prog = s.get(M.DevelopmentProgram, s.get(M.ProgramPriority, task.priority_id).program_id)
        errors: dict = {}
        values = _measure_fields(errors, prog, title, period_text, start_year, end_year, expected_result,
                                 responsible)
        _check(errors)
        names = values.pop("names")
        row = M.ProgramMeasure(task_id=task_id, position=_next_position(
            s, M.ProgramMeasure, M.ProgramMeasure.task_id, task_id), **values)
        s.add(row)
        s.flush()
        for body_id in _resolve_bodies(s, names):
            s.add(M.MeasureResponsible(measure_id=row.id, body_id=body_id))
        return row.id


def update_measure(db, measure_id: str, *, title: str, period_text: str | None = None, start_year=None,
                   end_year=None, expected_result: str | None = None,
                   responsible: str | Iterable[str] | None = None) -> None:
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        row = _get(s, M.ProgramMeasure, measure_id)
        prog = _program_of_measure(s, row)
        errors: dict = {}
        values = _measure_fields(errors, prog, title, period_text, start_year, end_year, expected_result,
                                 responsible)
        _check(errors)
        names = values.pop("names")
        for key, value in values.items():
            setattr(row, key, value)
        wanted = _resolve_bodies(s, names)
        links = list(s.scalars(select(M.MeasureResponsible).where(M.MeasureResponsible.measure_id == measure_id)))
        for link in links:
            if link.body_id in wanted:
                link.deleted_at = None
            elif link.deleted_at is None:
                _tombstone(link)
        have = {link.body_id for link in links}
        for body_id in wanted:
            if body_id not in have:
                s.add(M.MeasureResponsible(measure_id=measure_id, body_id=body_id))


def delete_measure(db, measure_id: str) -> None:
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        _tombstone(_get(s, M.ProgramMeasure, measure_id))


def delete_task(db, task_id: str) -> None:
    """Deletes the task with its measures."""
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        task = _get(s, M.ProgramTask, task_id)
        for m in s.scalars(select(M.ProgramMeasure).where(M.ProgramMeasure.task_id == task_id,
                                                          M.ProgramMeasure.deleted_at.is_(None))):
            _tombstone(m)
        _tombstone(task)


def delete_priority(db, priority_id: str) -> None:
    """Deletes the priority with its sub-areas, tasks and measures."""
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        pri = _get(s, M.ProgramPriority, priority_id)
        for task in s.scalars(select(M.ProgramTask).where(M.ProgramTask.priority_id == priority_id,
                                                          M.ProgramTask.deleted_at.is_(None))):
            for m in s.scalars(select(M.ProgramMeasure).where(M.ProgramMeasure.task_id == task.id,
                                                              M.ProgramMeasure.deleted_at.is_(None))):
                _tombstone(m)
            _tombstone(task)
        for area in s.scalars(select(M.ProgramArea).where(M.ProgramArea.priority_id == priority_id,
                                                          M.ProgramArea.deleted_at.is_(None))):
            _tombstone(area)
        _tombstone(pri)


# --------------------------------------------------------------------------
# Responsible bodies


@dataclass(frozen=True)
class BodyInfo:
    id: str
    name: str
    aliases: tuple[str, ...]
    uses: int  # measures and indicators naming it


def list_bodies(db) -> list[BodyInfo]:
    with db.reader() as s:
        entries = body_entries(s)
        uses: dict[str, int] = {}
        for (body_id,) in s.execute(select(M.MeasureResponsible.body_id).where(
                M.MeasureResponsible.deleted_at.is_(None))):
            uses[body_id] = uses.get(body_id, 0) + 1
        for (body_id,) in s.execute(select(M.IndicatorResponsible.body_id).where(
                M.IndicatorResponsible.deleted_at.is_(None))):
            uses[body_id] = uses.get(body_id, 0) + 1
    return [BodyInfo(e.id, e.name, e.aliases, uses.get(e.id, 0)) for e in entries]


def resolve_body(db, text: str) -> str | None:
    """The id of the body written as `text` (name or alias), if any."""
    with db.reader() as s:
        return P.BodyDirectory(body_entries(s)).resolve(text)


def save_body(db, body_id: str | None, name: str, aliases: str | Iterable[str] = "") -> str:
    """Create (body_id None) or change a responsible body and its aliases
    (one per line). A spelling that belongs to another body is refused."""
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    name = _text(name, "name", errors, required=True, max_len=300)
    _check(errors)
    alias_list = P.parse_aliases(aliases if isinstance(aliases, str) else "\n".join(aliases))
    with db.session() as s:
        row = _get(s, M.ResponsibleBody, body_id) if body_id else None
        others = [e for e in body_entries(s) if row is None or e.id != row.id]
        directory = P.BodyDirectory(others)
        for spelling in (name, *alias_list):
            other = directory.resolve(spelling)
            if other is not None:
                other_name = next(e.name for e in others if e.id == other)
                raise ValidationError({"aliases": ServiceError("programs.alias_taken", "aliases",
                                                               name=spelling, other=other_name)})
        if row is None:
            row = M.ResponsibleBody(name=name)
            s.add(row)
        row.name = name
        row.aliases = "\n".join(a for a in alias_list if P.normalise_name(a) != P.normalise_name(name)) or None
        s.flush()
        return row.id


def merge_bodies(db, keep_id: str, merge_id: str) -> None:
    """Two entries are one body: `merge_id`'s name and aliases become aliases
    of `keep_id`, and everything that named it now names `keep_id`."""
    require(db, Perm.PROGRAMS)
    if keep_id == merge_id:
        raise ServiceError("programs.same_body")
    with db.session() as s:
        keep = _get(s, M.ResponsibleBody, keep_id)
        gone = _get(s, M.ResponsibleBody, merge_id)
        aliases = P.parse_aliases("\n".join([keep.aliases or "", gone.name, gone.aliases or ""]))
        keep.aliases = "\n".join(a for a in aliases if P.normalise_name(a) != P.normalise_name(keep.name)) or None
        kept = {link.measure_id: link for link in s.scalars(select(M.MeasureResponsible).where(
            M.MeasureResponsible.body_id == keep_id))}
        for link in s.scalars(select(M.MeasureResponsible).where(M.MeasureResponsible.body_id == merge_id,
                                                                 M.MeasureResponsible.deleted_at.is_(None))):
            mine = kept.get(link.measure_id)
            if mine is None:
                kept[link.measure_id] = M.MeasureResponsible(measure_id=link.measure_id, body_id=keep_id)
                s.add(kept[link.measure_id])
            else:
                mine.deleted_at = None
            _tombstone(link)
        for ind in s.scalars(select(M.Indicator).where(M.Indicator.responsible_body_id == merge_id)):
            ind.responsible_body_id = keep_id
        kept_ind = {link.indicator_id: link for link in s.scalars(select(M.IndicatorResponsible).where(
            M.IndicatorResponsible.body_id == keep_id))}
        for link in s.scalars(select(M.IndicatorResponsible).where(M.IndicatorResponsible.body_id == merge_id,
                                                                   M.IndicatorResponsible.deleted_at.is_(None))):
            mine = kept_ind.get(link.indicator_id)
            if mine is None:
                kept_ind[link.indicator_id] = M.IndicatorResponsible(indicator_id=link.indicator_id,
                                                                     body_id=keep_id, position=link.position)
                s.add(kept_ind[link.indicator_id])
            elif mine.deleted_at is not None:
                mine.deleted_at, mine.position = None, link.position
            _tombstone(link)
        _tombstone(gone)


# --------------------------------------------------------------------------
# Indicators


def _indicator_fields(s: Session, errors: dict, prog: M.DevelopmentProgram, *, name, unit, value_type, issue,
                      baseline_year, baseline, targets, final, cumulative, footnote, parent_id, priority_id,
                      self_id: str | None = None) -> dict:
    name = _text(name, "name", errors, required=True, max_len=4000)
    try:
        vt = IndicatorValueType(value_type or "number")
    except ValueError:
        vt = IndicatorValueType.NUMBER
    base_year = _year(baseline_year, "baseline_year", errors)
    base = _value(baseline, vt, "baseline", errors)
    final_v = _value(final, vt, "final", errors)
    parsed_targets: dict[int, Decimal] = {}
    for year, text in (targets or {}).items():
        value = _value(text, vt, f"target_{year}", errors)
        if value is not None:
            if not prog.start_year <= int(year) <= prog.end_year:
                errors[f"target_{year}"] = ServiceError("programs.outside_program", f"target_{year}",
                                                        start=prog.start_year, end=prog.end_year)
            parsed_targets[int(year)] = value
    if parent_id:
        parent = s.get(M.Indicator, parent_id)
        if (parent is None or parent.deleted_at is not None or parent.program_id != prog.id
                or parent.parent_id is not None or parent_id == self_id):
            errors["parent_id"] = ServiceError("programs.parent_indicator", "parent_id")
    if priority_id:
        pri = s.get(M.ProgramPriority, priority_id)
        if pri is None or pri.deleted_at is not None or pri.program_id != prog.id:
            errors["priority_id"] = ServiceError("programs.item_not_found", "priority_id")
    if cumulative is None:
        cumulative = P.guess_cumulative(vt, [v for _, v in sorted(parsed_targets.items())], final_v)
    return dict(
        name=name, unit=_text(unit, "unit", errors, max_len=100), value_type=vt,
        issue=_text(issue, "issue", errors, max_len=4000), baseline_year=base_year, baseline_value=base,
        final_target=final_v, targets_cumulative=bool(cumulative), footnote=_text(footnote, "footnote", errors,
                                                                                  max_len=4000),
        parent_id=parent_id or None, priority_id=priority_id or None, targets=parsed_targets)


def _set_targets(s: Session, indicator_id: str, targets: Mapping[int, Decimal]) -> None:
    rows = {t.year: t for t in s.scalars(select(M.IndicatorTarget).where(
        M.IndicatorTarget.indicator_id == indicator_id))}
    for year, row in rows.items():
        if year in targets:
            row.value = targets[year]
            row.deleted_at = None
        elif row.deleted_at is None:
            _tombstone(row)
    for year, value in targets.items():
        if year not in rows:
            s.add(M.IndicatorTarget(indicator_id=indicator_id, year=year, value=value))


def _set_indicator_bodies(s: Session, row: M.Indicator, responsible: str | Iterable[str] | None) -> None:
    names = P.split_bodies(responsible) if isinstance(responsible, str) or responsible is None else [
        n.strip() for n in responsible if n and n.strip()]
    wanted = _resolve_bodies(s, names)
    row.responsible_body_id = wanted[0] if wanted else None
    links = {link.body_id: link for link in s.scalars(select(M.IndicatorResponsible).where(
        M.IndicatorResponsible.indicator_id == row.id))}
    for body_id, link in links.items():
        if body_id not in wanted and link.deleted_at is None:
            _tombstone(link)
    for position, body_id in enumerate(wanted, start=1):
        link = links.get(body_id)
        if link is None:
            s.add(M.IndicatorResponsible(indicator_id=row.id, body_id=body_id, position=position))
        else:
            link.position, link.deleted_at = position, None


def add_indicator(db, program_id: str, *, name: str, unit: str | None = None, value_type: str = "number",
                  issue: str | None = None, baseline_year=None, baseline=None,
                  targets: Mapping[int, str] | None = None, final=None, cumulative: bool | None = None,
                  responsible: str | Iterable[str] | None = None, footnote: str | None = None,
                  parent_id: str | None = None,
                  priority_id: str | None = None) -> str:
    """A row of the indicator matrix. Values are texts in the indicator's
    type ("8 371,4", "50 %", "1:2,5"). `cumulative` None: guessed (see
    app.domain.programs.guess_cumulative)."""
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        prog = _program(s, program_id)
        errors: dict = {}
        values = _indicator_fields(s, errors, prog, name=name, unit=unit, value_type=value_type, issue=issue,
                                   baseline_year=baseline_year, baseline=baseline, targets=targets, final=final,
                                   cumulative=cumulative, footnote=footnote, parent_id=parent_id,
                                   priority_id=priority_id)
        _check(errors)
        parsed = values.pop("targets")
        positions = s.scalars(select(M.Indicator.position).where(M.Indicator.program_id == program_id)).all()
        row = M.Indicator(program_id=program_id, position=(max(positions) + 1) if positions else 1, **values)
        s.add(row)
        s.flush()
        _set_targets(s, row.id, parsed)
        _set_indicator_bodies(s, row, responsible)
        return row.id


def update_indicator(db, indicator_id: str, *, name: str, unit: str | None = None, value_type: str = "number",
                     issue: str | None = None, baseline_year=None, baseline=None,
                     targets: Mapping[int, str] | None = None, final=None, cumulative: bool | None = None,
                     responsible: str | Iterable[str] | None = None, footnote: str | None = None,
                  parent_id: str | None = None,
                     priority_id: str | None = None) -> None:
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        row = _get(s, M.Indicator, indicator_id)
        prog = _program(s, row.program_id)
        errors: dict = {}
        values = _indicator_fields(s, errors, prog, name=name, unit=unit, value_type=value_type, issue=issue,
                                   baseline_year=baseline_year, baseline=baseline, targets=targets, final=final,
                                   cumulative=cumulative, footnote=footnote, parent_id=parent_id,
                                   priority_id=priority_id, self_id=indicator_id)
        _check(errors)
        parsed = values.pop("targets")
        for key, value in values.items():
            setattr(row, key, value)
        _set_targets(s, row.id, parsed)
        _set_indicator_bodies(s, row, responsible)


def delete_indicator(db, indicator_id: str) -> None:
    """Deletes the indicator with its sub-indicators."""
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        row = _get(s, M.Indicator, indicator_id)
        for child in s.scalars(select(M.Indicator).where(M.Indicator.parent_id == indicator_id,
                                                         M.Indicator.deleted_at.is_(None))):
            _tombstone(child)
        _tombstone(row)


# --------------------------------------------------------------------------
# Half-year monitoring


@dataclass(frozen=True)
class ActualInput:
    value: str | None  # empty: no value for this half-year (an earlier one is removed)
    comment: str | None = None


@dataclass(frozen=True)
class StatusInput:
    status: str  # MeasureStatus value
    reason: str | None = None
    comment: str | None = None


def record_half_year(db, program_id: str, half: str, *, actuals: Mapping[str, ActualInput] | None = None,
                     statuses: Mapping[str, StatusInput] | None = None) -> None:
    """Save what the officer entered for one half-year: actual values by
    indicator id and measure statuses by measure id, all or nothing. Errors
    are keyed "actual:<indicator id>" and "status:<measure id>"."""
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        prog = _program(s, program_id)
        half = _half(half, prog)
        errors: dict = {}
        indicators = {i.id: i for i in s.scalars(select(M.Indicator).where(
            M.Indicator.program_id == program_id, M.Indicator.deleted_at.is_(None)))}
        data = load_program(s, program_id)
        measure_ids = {m.id for _, _, m in data.measures()}
        parsed_actuals: dict[str, tuple[Decimal | None, str | None]] = {}
        for ind_id, entry in (actuals or {}).items():
            ind = indicators.get(ind_id)
            if ind is None:
                errors[f"actual:{ind_id}"] = ServiceError("programs.item_not_found", f"actual:{ind_id}")
                continue
            value = _value(entry.value, ind.value_type, f"actual:{ind_id}", errors)
            comment = _text(entry.comment, f"actual:{ind_id}", errors, max_len=4000)
            parsed_actuals[ind_id] = (value, comment)
        parsed_status: dict[str, tuple[MeasureStatus, str | None, str | None]] = {}
        for measure_id, entry in (statuses or {}).items():
            key = f"status:{measure_id}"
            if measure_id not in measure_ids:
                errors[key] = ServiceError("programs.item_not_found", key)
                continue
            try:
                status = MeasureStatus(entry.status)
            except ValueError:
                errors[key] = ServiceError("programs.status", key)
                continue
            reason = _text(entry.reason, key, errors, max_len=4000)
            comment = _text(entry.comment, key, errors, max_len=4000)
            if P.status_needs_reason(status) and not reason:
                errors[key] = ServiceError("programs.reason_required", key)
            parsed_status[measure_id] = (status, reason, comment)
        _check(errors)

        existing = {a.indicator_id: a for a in s.scalars(select(M.IndicatorActual).where(
            M.IndicatorActual.indicator_id.in_(list(parsed_actuals)), M.IndicatorActual.period == half))}
        for ind_id, (value, comment) in parsed_actuals.items():
            row = existing.get(ind_id)
            if value is None:
                if row is not None and row.deleted_at is None:
                    _tombstone(row)
                continue
            if row is None:
                s.add(M.IndicatorActual(indicator_id=ind_id, period=half, value=value, comment=comment))
            else:
                row.value, row.comment, row.deleted_at = value, comment, None
        progress = {p.measure_id: p for p in s.scalars(select(M.MeasureProgress).where(
            M.MeasureProgress.measure_id.in_(list(parsed_status)), M.MeasureProgress.period == half))}
        for measure_id, (status, reason, comment) in parsed_status.items():
            row = progress.get(measure_id)
            if row is None:
                s.add(M.MeasureProgress(measure_id=measure_id, period=half, status=status,
                                        reason=reason, comment=comment))
            else:
                row.status, row.reason, row.comment, row.deleted_at = status, reason, comment, None


def record_actual(db, indicator_id: str, half: str, value: str | None, comment: str | None = None) -> None:
    require(db, Perm.PROGRAMS)
    with db.reader() as s:
        program_id = _get(s, M.Indicator, indicator_id).program_id
    record_half_year(db, program_id, half, actuals={indicator_id: ActualInput(value, comment)})


def set_measure_status(db, measure_id: str, half: str, status: str, reason: str | None = None,
                       comment: str | None = None) -> None:
    require(db, Perm.PROGRAMS)
    with db.reader() as s:
        program_id = _program_of_measure(s, _get(s, M.ProgramMeasure, measure_id)).id
    record_half_year(db, program_id, half, statuses={measure_id: StatusInput(status, reason, comment)})


# --------------------------------------------------------------------------
# Target corrections


def propose_correction(db, indicator_id: str, *, year, new_value: str, reason: str | None = None,
                       half: str | None = None) -> str:
    """Record a proposed change of a yearly target (or of the final target,
    year None). Nothing changes in the matrix until it is approved."""
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        ind = _get(s, M.Indicator, indicator_id)
        prog = _program(s, ind.program_id)
        errors: dict = {}
        y = _year(year, "year", errors)
        if y is not None and not prog.start_year <= y <= prog.end_year:
            errors["year"] = ServiceError("programs.correction_year", "year")
        value = _value(new_value, ind.value_type, "new_value", errors, required=True)
        reason = _text(reason, "reason", errors, max_len=4000)
        period = None
        if half:
            try:
                period = _half(half, prog)
            except ServiceError as exc:
                errors["half"] = exc
        _check(errors)
        if y is None:
            old = ind.final_target
        else:
            old = s.scalar(select(M.IndicatorTarget.value).where(
                M.IndicatorTarget.indicator_id == indicator_id, M.IndicatorTarget.year == y,
                M.IndicatorTarget.deleted_at.is_(None)))
        row = M.TargetCorrection(indicator_id=indicator_id, year=y, old_value=old, new_value=value, reason=reason,
                                 proposed_period=period)
        s.add(row)
        s.flush()
        return row.id


def approve_correction(db, correction_id: str, *, decision_number: str, decision_date: date | None,
                       decision_body: str | None = None) -> None:
    """Record the decision that approved the correction and apply it to the matrix."""
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    number = _text(decision_number, "decision_number", errors, max_len=50)
    if not number or decision_date is None:
        errors["decision_number"] = ServiceError("programs.decision_required", "decision_number")
    body = _text(decision_body, "decision_body", errors, max_len=300)
    _check(errors)
    with db.session() as s:
        row = _get(s, M.TargetCorrection, correction_id)
        if row.decision_number:
            raise ServiceError("programs.already_approved")
        ind = _get(s, M.Indicator, row.indicator_id)
        row.decision_number, row.decision_date, row.decision_body = number, decision_date, body
        row.approved_by = db.actor.name
        if row.year is None:
            ind.final_target = row.new_value
        else:
            target = s.scalar(select(M.IndicatorTarget).where(M.IndicatorTarget.indicator_id == ind.id,
                                                              M.IndicatorTarget.year == row.year))
            if target is None:
                s.add(M.IndicatorTarget(indicator_id=ind.id, year=row.year, value=row.new_value))
            else:
                target.value, target.deleted_at = row.new_value, None


# --------------------------------------------------------------------------
# Monitoring group


def add_group_member(db, program_id: str, *, full_name: str, organisation: str | None = None,
                     role: str | None = None) -> str:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    full_name = _text(full_name, "full_name", errors, required=True, max_len=300)
    organisation = _text(organisation, "organisation", errors, max_len=300)
    role = _text(role, "role", errors, max_len=100)
    _check(errors)
    with db.session() as s:
        _program(s, program_id)
        row = M.MonitoringGroupMember(program_id=program_id, full_name=full_name, organisation=organisation,
                                      role=role)
        s.add(row)
        s.flush()
        return row.id


def remove_group_member(db, member_id: str) -> None:
    require(db, Perm.PROGRAMS)
    with db.session() as s:
        _tombstone(_get(s, M.MonitoringGroupMember, member_id))


# --------------------------------------------------------------------------
# Annual plan


def derive_annual_plan(db, program_id: str, year) -> int:
    """Take into the annual plan of `year` every measure the multi-year plan
    schedules for it; returns how many were added."""
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    year = _year(year, "year", errors, required=True)
    _check(errors)
    with db.session() as s:
        prog = _program(s, program_id)
        if not prog.start_year <= year <= prog.end_year:
            raise ValidationError({"year": ServiceError("programs.outside_program", "year",
                                                        start=prog.start_year, end=prog.end_year)})
        data = load_program(s, program_id)
        added = 0
        for m in P.missing_from_annual_plan(data, year):
            _include(s, program_id, m.id, year)
            added += 1
        return added


def _include(s: Session, program_id: str, measure_id: str, year: int) -> None:
    row = s.scalar(select(M.AnnualPlanItem).where(M.AnnualPlanItem.measure_id == measure_id,
                                                  M.AnnualPlanItem.year == year))
    if row is None:
        s.add(M.AnnualPlanItem(program_id=program_id, measure_id=measure_id, year=year))
    else:
        row.deleted_at = None


def set_in_annual_plan(db, measure_id: str, year, included: bool) -> None:
    require(db, Perm.PROGRAMS)
    errors: dict = {}
    year = _year(year, "year", errors, required=True)
    _check(errors)
    with db.session() as s:
        prog = _program_of_measure(s, _get(s, M.ProgramMeasure, measure_id))
        if not prog.start_year <= year <= prog.end_year:
            raise ValidationError({"year": ServiceError("programs.outside_program", "year",
                                                        start=prog.start_year, end=prog.end_year)})
        if included:
            _include(s, prog.id, measure_id, year)
        else:
            row = s.scalar(select(M.AnnualPlanItem).where(M.AnnualPlanItem.measure_id == measure_id,
                                                          M.AnnualPlanItem.year == year,
                                                          M.AnnualPlanItem.deleted_at.is_(None)))
            if row is not None:
                _tombstone(row)
