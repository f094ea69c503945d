"""Reading form fields: text, money, whole numbers and dates, each either
already typed (int, date) or as the text a person entered. Every reader
collects its refusal into an `errors` dict (field -> ServiceError), so a form
can show all its problems at once next to the fields."""
from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from datetime import date, datetime

from app import i18n
from app.domain.kyrgyz_text import Conversion, convert_legacy
from app.domain.money import MoneyError, parse_amount
from app.services.errors import ServiceError

# texts converted from the old Kyrgyz fonts during the current action, for
# whoever asked to hear about them (app.services.oldfonts.collecting)
CONVERTED: ContextVar[list[Conversion] | None] = ContextVar("demilge_converted", default=None)

i18n.register({
    "input.required": {
        "ky": "Бул талааны толтуруңуз.",
        "ru": "Заполните это поле.",
        "en": "Fill in this field.",
    },
    "input.too_long": {
        "ky": "Өтө узун: {max} белгиден ашпасын.",
        "ru": "Слишком длинно: не больше {max} {max:plural|знака|знаков|знаков}.",
        "en": "Too long: at most {max} characters.",
    },
    "input.control_chars": {
        "ky": "Текстте көзгө көрүнбөгөн башкаруу белгилери бар; аларды өчүрүңүз.",
        "ru": "В тексте есть невидимые управляющие символы; удалите их.",
        "en": "The text has invisible control characters; remove them.",
    },
    "input.money_format": {
        "ky": "Сумманы сан менен жазыңыз, мисалы 37 000 же 37 000,50.",
        "ru": "Введите сумму числом, например 37 000 или 37 000,50.",
        "en": "Enter the amount as a number, e.g. 37 000 or 37 000,50.",
    },
    "input.money_negative": {
        "ky": "Сумма терс болбойт.",
        "ru": "Сумма не может быть отрицательной.",
        "en": "The amount cannot be negative.",
    },
    "input.money_precision": {
        "ky": "Тыйынга чейин гана: үтүрдөн кийин эки сандан ашпасын.",
        "ru": "Не точнее тыйына: не больше двух знаков после запятой.",
        "en": "Down to the tyiyn only: at most two digits after the comma.",
    },
    "input.money_ambiguous": {
        "ky": "«{text}» — {thousands} сомбу же {decimal} сомбу? Миңдерди боштук менен (37 000), "
              "тыйынды үтүр менен (37,50) жазыңыз.",
        "ru": "«{text}» — это {thousands} сом или {decimal} сом? Пишите тысячи через пробел (37 000), "
              "тыйыны — через запятую (37,50).",
        "en": "“{text}” — {thousands} som or {decimal} som? Write thousands with a space (37 000) "
              "and tyiyn after a comma (37,50).",
    },
    "input.money_too_large": {
        "ky": "Сумма өтө чоң.",
        "ru": "Слишком большая сумма.",
        "en": "The amount is too large.",
    },
    "input.integer": {
        "ky": "{min} менен {max} ортосундагы бүтүн санды жазыңыз.",
        "ru": "Введите целое число от {min} до {max}.",
        "en": "Enter a whole number from {min} to {max}.",
    },
    "input.date": {
        "ky": "Күндү КК.АА.ЖЖЖЖ түрүндө жазыңыз, мисалы 28.12.2020.",
        "ru": "Введите дату в виде ДД.ММ.ГГГГ, например 28.12.2020.",
        "en": "Enter the date as DD.MM.YYYY, e.g. 28.12.2020.",
    },
    "input.not_found": {
        "ky": "Жазуу табылган жок (өчүрүлгөн болушу мүмкүн).",
        "ru": "Запись не найдена (возможно, удалена).",
        "en": "The record was not found (it may have been deleted).",
    },
})

# SQLite's INTEGER is 64-bit; no real grant comes near this (10^13 som).
MAX_TYIYN = 10**15
_DATE_RE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def text(errors: dict, name: str, value, *, required: bool = False, max_len: int = 500,
         multiline: bool = False) -> str | None:
    """Trimmed text (NFC), None when empty and optional. Kyrgyz typed in an
    old non-Unicode font is made proper ң ө ү (app.domain.kyrgyz_text)."""
    s = unicodedata.normalize("NFC", "" if value is None else str(value)).strip()
    conversion = convert_legacy(s)
    if conversion.changed or conversion.unresolved:
        s = conversion.text
        noted = CONVERTED.get()
        if noted is not None:
            noted.append(conversion)
    if multiline:
        s = "\n".join(line.rstrip() for line in s.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if not s:
        if required:
            errors[name] = ServiceError("input.required", name)
        return None
    if len(s) > max_len:
        errors[name] = ServiceError("input.too_long", name, max=max_len)
        return None
    allowed = {"\n", "\t"} if multiline else set()
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in allowed for ch in s):
        errors[name] = ServiceError("input.control_chars", name)
        return None
    return s


def money(errors: dict, name: str, value, *, required: bool = True) -> int | None:
    """Tyiyn from an int (already tyiyn) or a text in som ("37 000,50")."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors[name] = ServiceError("input.required", name)
        return None
    if isinstance(value, bool):
        errors[name] = ServiceError("input.money_format", name)
        return None
    if isinstance(value, int):
        tyiyn = value
    else:
        try:
            tyiyn = parse_amount(str(value))
        except MoneyError as exc:
            errors[name] = money_refusal(name, str(value), exc)
            return None
    if tyiyn < 0:
        errors[name] = ServiceError("input.money_negative", name)
        return None
    if tyiyn > MAX_TYIYN:
        errors[name] = ServiceError("input.money_too_large", name)
        return None
    return tyiyn


def money_refusal(name: str | None, text: str, exc: MoneyError) -> ServiceError:
    """Why a typed amount was refused, in the user's language; an ambiguous
    one ("37.000") shows both of its readings."""
    if str(exc) == "ambiguous":
        return ServiceError("input.money_ambiguous", name, text=text.strip(), thousands=exc.thousands,
                            decimal=exc.decimal)
    key = {"negative": "input.money_negative", "precision": "input.money_precision"}.get(
        str(exc), "input.money_format")
    return ServiceError(key, name)


def integer(errors: dict, name: str, value, *, lo: int, hi: int, required: bool = True) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors[name] = ServiceError("input.required", name)
        return None
    if isinstance(value, bool):
        n = None
    elif isinstance(value, int):
        n = value
    else:
        cleaned = str(value).strip().replace("\u00a0", "").replace(" ", "")
        n = int(cleaned) if re.fullmatch(r"[+-]?\d{1,12}", cleaned) else None
    if n is None or not lo <= n <= hi:
        errors[name] = ServiceError("input.integer", name, min=lo, max=hi)
        return None
    return n


def parse_date(value) -> date:
    """date, datetime, "28.12.2020" or "2020-12-28"; ValueError otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    m = _DATE_RE.match(s)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(s)


def a_date(errors: dict, name: str, value, *, required: bool = False) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip().strip(".").strip()):
        if required:
            errors[name] = ServiceError("input.required", name)
        return None
    try:
        d = parse_date(value)
    except (ValueError, TypeError):
        errors[name] = ServiceError("input.date", name)
        return None
    if not 1990 <= d.year <= 2100:
        errors[name] = ServiceError("input.date", name)
        return None
    return d


def show_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def not_found(field: str | None = None) -> ServiceError:
    return ServiceError("input.not_found", field)


def set_changed(row, values: dict) -> None:
    """Assign only the fields whose value differs, so the change log and the
    audit trail record what a person changed and nothing else."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
