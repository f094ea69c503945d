"""What the register services share: the municipality a new entry belongs
to, reading live rows, turning broken domain rules into a refusal, and the
one-line labels of records shown in drop-downs and links."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import i18n
from app.domain import registers as R
from app.services import _input as F
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store import register_models as RM
from app.store.register_queries import resolution_label  # noqa: F401  (re-exported)

i18n.register({
    "registers.no_municipality": {
        "ky": "Адегенде муниципалитетти киргизиңиз (Жөндөөлөр).",
        "ru": "Сначала укажите муниципалитет (Настройки).",
        "en": "Enter the municipality first (Settings).",
    },
    "registers.choice": {
        "ky": "Тизмеден тандаңыз.",
        "ru": "Выберите из списка.",
        "en": "Choose from the list.",
    },
    "registers.other_municipality": {
        "ky": "Бул жазуу башка муниципалитетке таандык ({name}).",
        "ru": "Эта запись относится к другому муниципалитету ({name}).",
        "en": "This record belongs to another municipality ({name}).",
    },
})


def live(model):
    return model.deleted_at.is_(None)


def get_live(s, model, row_id: str | None, field: str | None = None):
    row = s.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise F.not_found(field)
    return row


def municipality_id(s, wanted: str | None) -> str:
    Mu = M.Municipality
    if wanted:
        mun = s.get(Mu, wanted)
        if mun is not None and mun.deleted_at is None:
            return mun.id
        raise F.not_found("municipality_id")
    first = s.scalar(select(Mu.id).where(live(Mu)).order_by(Mu.created_at, Mu.name).limit(1))
    if first:
        return first
    raise ServiceError("registers.no_municipality")


def same_municipality(s, mid: str, other_mid: str, field: str) -> None:
    if mid != other_mid:
        mun = s.get(M.Municipality, other_mid)
        raise ValidationError({field: ServiceError("registers.other_municipality", field,
                                                   name=mun.name if mun else "?")})


def to_error(problem: R.Problem) -> ServiceError:
    return ServiceError(problem.key, problem.field, **problem.shown_params())


def refuse(problems: list[R.Problem], errors: dict | None = None) -> None:
    """Raise the problems (and field errors already collected) at once."""
    errors = dict(errors or {})
    for p in problems:
        errors.setdefault(p.field or "", to_error(p))
    if errors:
        raise ValidationError(errors)


def choice(errors: dict, name: str, value, cls, *, required: bool = True):
    """A code of the enum `cls` (or None when optional and empty)."""
    if value in (None, "") and not required:
        return None
    try:
        return cls(value)
    except ValueError:
        errors[name] = ServiceError("registers.choice", name)
        return None


def today_or(today: date | None) -> date:
    return today or date.today()
