"""Money is an integer number of tyiyn (1 som = 100 tyiyn); never a float."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

TYIYN_PER_SOM = 100
NBSP = "\u00a0"


class MoneyError(ValueError):
    """A text that is not an amount of money."""


def som(amount: int | str | Decimal) -> int:
    """Whole som (or a decimal string) to tyiyn."""
    return parse_amount(str(amount)) if not isinstance(amount, int) else amount * TYIYN_PER_SOM


_PLAIN_NUMBER = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)$")


def parse_amount(text: str) -> int:
    """Parse "37 000,00", "37000.5" or "37 000" into tyiyn.

    Raises MoneyError for anything that is not a non-negative amount with at
    most two decimals.
    """
    if text is None:
        raise MoneyError("empty")
    cleaned = str(text).strip().replace(NBSP, "").replace(" ", "").replace("\u202f", "")
    for suffix in ("сом", "som"):
        if cleaned.lower().endswith(suffix):
            cleaned = cleaned[: -len(suffix)]
    cleaned = cleaned.replace(",", ".")
    if not cleaned:
        raise MoneyError("empty")
    if cleaned.count(".") > 1:
        raise MoneyError("format")
    if not _PLAIN_NUMBER.match(cleaned):  # Decimal would take "1e5", "1_000", "+5"
        raise MoneyError("format")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise MoneyError("format") from exc
    if not value.is_finite():
        raise MoneyError("format")
    if value < 0:
        raise MoneyError("negative")
    tyiyn = value * TYIYN_PER_SOM
    if tyiyn != tyiyn.to_integral_value():
        raise MoneyError("precision")
    return int(tyiyn)


def group_thousands(n: int, sep: str = NBSP) -> str:
    s = str(abs(n))
    groups = []
    while s:
        groups.append(s[-3:])
        s = s[:-3]
    return ("-" if n < 0 else "") + sep.join(reversed(groups))


def format_amount(tyiyn: int, sep: str = NBSP, decimals: bool = True) -> str:
    """37 000,00 — Kyrgyz/Russian style, without the currency."""
    sign = "-" if tyiyn < 0 else ""
    whole, frac = divmod(abs(tyiyn), TYIYN_PER_SOM)
    text = group_thousands(whole, sep)
    if decimals:
        text += f",{frac:02d}"
    return sign + text


def format_som(tyiyn: int, sep: str = NBSP) -> str:
    """37 000,00 сом"""
    return f"{format_amount(tyiyn, sep)}{NBSP}сом"


def to_decimal_som(tyiyn: int) -> Decimal:
    return (Decimal(tyiyn) / TYIYN_PER_SOM).quantize(Decimal("0.01"))
