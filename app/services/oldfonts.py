"""Kyrgyz text from documents typed in the old non-Unicode fonts: every text
a service reads is converted (app.services._input.text); these functions let
the window convert a paste at once and tell the user what was converted."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from app import i18n
from app.domain.kyrgyz_text import Conversion, convert_legacy
from app.services._input import CONVERTED

i18n.register({
    "oldfont.converted": {
        "ky": "Эски кыргыз шрифтинен которулду: {words}.",
        "ru": "Преобразовано из старого кыргызского шрифта: {words}.",
        "en": "Converted from an old Kyrgyz font: {words}.",
    },
    "oldfont.unresolved": {
        "ky": "Эски шрифттин тамгалары калды, шрифт аныкталган жок: {words}. Текшериңиз.",
        "ru": "Остались буквы старого шрифта, шрифт не определён: {words}. Проверьте.",
        "en": "Letters of an old font were left, the font could not be told: {words}. Please check.",
    },
})

MAX_WORDS = 12


def convert_text(text: str, context: str | None = None) -> Conversion:
    """A pasted or imported text with the old fonts' letters made Kyrgyz."""
    return convert_legacy(text, context)


@contextmanager
def collecting() -> Iterator[list[Conversion]]:
    """Collect the conversions the services make inside the block."""
    token = CONVERTED.set([])
    try:
        yield CONVERTED.get()
    finally:
        CONVERTED.reset(token)


def notice(conversions: list[Conversion], lang: str | None = None) -> str:
    """What was converted (each word once) and what was left, in words;
    "" when nothing."""
    replaced, unresolved = [], []
    for c in conversions:
        for pair in c.replaced:
            if pair not in replaced:
                replaced.append(pair)
        for w in c.unresolved:
            if w not in unresolved:
                unresolved.append(w)
    lines = []
    if replaced:
        words = ", ".join(f"«{old}» → «{new}»" for old, new in replaced[:MAX_WORDS])
        lines.append(i18n.t("oldfont.converted", lang, words=words + (" …" if len(replaced) > MAX_WORDS else "")))
    if unresolved:
        words = ", ".join(f"«{w}»" for w in unresolved[:MAX_WORDS])
        lines.append(i18n.t("oldfont.unresolved", lang, words=words))
    return "\n".join(lines)
