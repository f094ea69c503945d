"""Money is an integer number of tyiyn (1 som = 100 tyiyn); never a float."""
from __future__ import annotations

import re
from decimal import Decimal

TYIYN_PER_SOM = 100
NBSP = "\u00a0"


class MoneyError(ValueError):
    """A text that is not an amount of money; str(error) says why: "empty",
    "format", "negative", "precision" or "ambiguous". An ambiguous text keeps
    both of its readings, written for people: `thousands` ("37 000") and
    `decimal` ("37")."""

    def __init__(self, reason: str, thousands: str | None = None, decimal: str | None = None):
        super().__init__(reason)
        self.thousands = thousands
        self.decimal = decimal


def som(amount: int | str | Decimal) -> int:
    """Whole som (or a decimal string) to tyiyn."""
    return parse_amount(str(amount)) if not isinstance(amount, int) else amount * TYIYN_PER_SOM


_DIGITS_AND_SEPARATORS = re.compile(r"^[0-9.,]+$")
_LEADING_GROUP = re.compile(r"^[1-9][0-9]{0,2}$")


def _grouped(text: str, sep: str) -> str | None:
    """ "1.234.567" with sep "." -> "1234567"; None unless every group after
    the first has exactly three digits and the first has one to three."""
    groups = text.split(sep)
    if len(groups) < 2 or not _LEADING_GROUP.match(groups[0]):
        return None
    if not all(len(g) == 3 and g.isdigit() for g in groups[1:]):
        return None
    return "".join(groups)


def _split(number: str) -> tuple[str, str]:
    """Whole som digits and tyiyn digits (0-2) of a text of digits, dots and
    commas; the rules are those of parse_amount."""
    seps = [c for c in number if c in ".,"]
    if not seps:
        return number, ""
    if len(seps) == 1:
        whole, frac = re.split(r"[.,]", number)
        if len(frac) == 3 and _LEADING_GROUP.match(whole):
            value = Decimal(f"{whole}.{frac}").normalize()
            raise MoneyError("ambiguous", thousands=group_thousands(int(whole + frac), " "),
                             decimal=format(value, "f").replace(".", ","))
        if not whole and not frac:
            raise MoneyError("format")
        if len(frac) > 2:
            raise MoneyError("precision")
        return whole or "0", frac
    if len(set(seps)) == 1:                      # "1.234.567", "1,234,567": thousands only
        whole = _grouped(number, seps[0])
        if whole is None:
            raise MoneyError("format")
        return whole, ""
    last = seps[-1]                              # "1.234,56", "1,234.56": groups, then the decimals
    if seps.count(last) != 1:
        raise MoneyError("format")
    head, frac = number.rsplit(last, 1)
    whole = _grouped(head, seps[0])
    if whole is None:
        raise MoneyError("format")
    if len(frac) > 2:
        raise MoneyError("precision")
    return whole, frac


def parse_amount(text: str) -> int:
    """Read an amount of som as people type it into tyiyn.

    Spaces (also no-break ones) group thousands and are ignored, a trailing
    "сом"/"som" too. Taken: "37 000", "37000", "37 000,50", "37000.50", "37,5",
    "37,", "1.234.567" and "1,234,567" (thousands), "1.234,56" and "1,234.56"
    (groups, then the decimals). Refused with MoneyError: a lone "." or ","
    followed by exactly three digits after one to three digits ("37.000",
    "37,000": 37 000 som or 37 som? -- "ambiguous", with both readings); more
    than two decimals ("precision"); a minus ("negative"); anything else
    ("format"), e.g. badly grouped "1.23.456" or "1,234,5".
    """
    if text is None:
        raise MoneyError("empty")
    cleaned = str(text).strip()
    for suffix in ("сом", "som"):
        if cleaned.lower().endswith(suffix):
            cleaned = cleaned[: -len(suffix)]
    cleaned = cleaned.replace(NBSP, "").replace(" ", "").replace("\u202f", "")
    if not cleaned:
        raise MoneyError("empty")
    negative = cleaned.startswith("-")
    if negative:
        cleaned = cleaned[1:]
    if not _DIGITS_AND_SEPARATORS.match(cleaned):  # not "1e5", "1_000", "+5", "nan"
        raise MoneyError("format")
    whole, frac = _split(cleaned)
    if negative:
        raise MoneyError("negative")
    return int(whole) * TYIYN_PER_SOM + int(frac.ljust(2, "0"))


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
