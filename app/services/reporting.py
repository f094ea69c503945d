"""The list of reports and the one function that builds any of them.

Each report module registers a `ReportSpec`. The GUI's Reports area and the
command line (`demilge report NAME ...`) both read this registry, so a new
report appears in both places at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Protocol

from app import i18n
from app.reports._errors import ReportInputError
from app.services.auth import Perm, require
from app.services.errors import ServiceError

i18n.register({
    "report.unknown": {
        "ky": "Мындай отчет жок: {name}. Тизме: demilge report --list",
        "ru": "Нет такого отчёта: {name}. Список: demilge report --list",
        "en": "No such report: {name}. See: demilge report --list",
    },
    "report.format": {
        "ky": "{name} отчету {fmt} форматында түзүлбөйт.",
        "ru": "Отчёт {name} не строится в формате {fmt}.",
        "en": "Report {name} cannot be made as {fmt}.",
    },
    "report.param_missing": {
        "ky": "{name} отчету үчүн --{param} керек.",
        "ru": "Для отчёта {name} нужен параметр --{param}.",
        "en": "Report {name} needs --{param}.",
    },
    "report.not_found": {
        "ky": "--{param} боюнча мындай жазуу жок: {id}. Тизме: demilge {param}s",
        "ru": "Нет записи с таким --{param}: {id}. Список: demilge {param}s",
        "en": "No record with this --{param}: {id}. See: demilge {param}s",
    },
    "report.bad_year": {
        "ky": "Жылды төрт сан менен жазыңыз, мисалы 2021: {value}",
        "ru": "Укажите год четырьмя цифрами, например 2021: {value}",
        "en": "Enter the year as four digits, e.g. 2021: {value}",
    },
    "report.cancelled": {
        "ky": "Отчет токтотулду.",
        "ru": "Построение отчёта отменено.",
        "en": "The report was cancelled.",
    },
})

PARAMS = ("competition", "meeting", "project", "program", "period", "half", "hearing", "year")


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


@dataclass(frozen=True)
class ReportParams:
    lang: str = "ky"
    competition: str | None = None
    meeting: str | None = None
    project: str | None = None
    program: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    half: str | None = None  # 2023H1
    hearing: str | None = None
    year: int | str | None = None  # local-budget


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: dict[str, str]  # lang -> title
    needs: tuple[str, ...]  # subset of PARAMS
    formats: tuple[str, ...]  # "pdf", "xlsx"
    build: Callable[..., None] = field(compare=False)
    # build(db, params: ReportParams, fmt: str, out: Path, progress, cancel) -> None


REGISTRY: dict[str, ReportSpec] = {}


def register(spec: ReportSpec) -> ReportSpec:
    REGISTRY[spec.name] = spec
    return spec


def _load_all() -> None:
    """Import the report modules so they register themselves.

    app.reports sits below app.services (import-linter's layers), so a report
    module may also describe itself with a module-level `REPORT` dict of
    ReportSpec's fields instead of importing this module.
    """
    import importlib
    import pkgutil

    import app.reports as pkg

    for mod in pkgutil.iter_modules(pkg.__path__):
        if not mod.name.startswith("_"):
            module = importlib.import_module(f"app.reports.{mod.name}")
            # app.reports may not import app.services (layers), so a report
            # module declares its spec(s) as plain dicts: REPORT or REPORTS
            declared = list(getattr(module, "REPORTS", ()))
            if getattr(module, "REPORT", None):
                declared.append(module.REPORT)
            for spec in declared:
                if spec["name"] not in REGISTRY:
                    register(ReportSpec(**spec))


def list_reports() -> list[ReportSpec]:
    _load_all()
    return sorted(REGISTRY.values(), key=lambda s: s.name)


def get_report(name: str) -> ReportSpec:
    _load_all()
    if name not in REGISTRY:
        raise ServiceError("report.unknown", name=name)
    return REGISTRY[name]


_ID_MODELS = {"competition": "Competition", "meeting": "Meeting", "project": "Project",
              "program": "DevelopmentProgram", "hearing": "Hearing"}


def _exists(db, need: str, row_id: str) -> bool:
    """Whether a live (not tombstoned) row with this id exists."""
    from app.store import models as M
    from app.store import register_models as RM

    model = getattr(M, _ID_MODELS[need], None) or getattr(RM, _ID_MODELS[need])
    with db.reader() as s:
        row = s.get(model, row_id)
        return row is not None and row.deleted_at is None


def build_report(db, name: str, params: ReportParams, fmt: str, out: Path,
                 progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> Path:
    """Build one report into `out` (written to a temp file, then renamed)."""
    require(db, Perm.REPORTS)
    spec = get_report(name)
    if fmt not in spec.formats:
        raise ServiceError("report.format", name=name, fmt=fmt)
    for need in spec.needs:
        if need == "period":
            if params.date_from is None or params.date_to is None:
                raise ServiceError("report.param_missing", name=name, param="from/--to")
        elif getattr(params, need) is None:
            raise ServiceError("report.param_missing", name=name, param=need)
        elif need == "year":
            value = str(params.year).strip()
            if not (value.isdigit() and len(value) == 4 and 1990 <= int(value) <= 2100):
                raise ServiceError("report.bad_year", value=params.year)
        elif need in _ID_MODELS and not _exists(db, need, getattr(params, need)):
            raise ServiceError("report.not_found", param=need, id=getattr(params, need))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    from app.reports import _layout
    from app.store.audit import audit_head, short_head

    with db.reader() as s:
        head = short_head(audit_head(s))
    token = _layout.AUDIT_HEAD.set(head)  # every PDF footer carries the audit chain's head
    try:
        try:
            spec.build(db, params, fmt, tmp, progress or (lambda d, t: None), cancel or (lambda: False))
        except ReportInputError as exc:
            raise ServiceError(exc.key, **exc.params) from None
        tmp.replace(out)
    finally:
        _layout.AUDIT_HEAD.reset(token)
        if tmp.exists():
            tmp.unlink()
    return out
