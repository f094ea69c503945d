"""Texts outside the GUI: service messages, CLI output and report labels.

The GUI translates its own widgets with Qt (.ts/.qm under resources/); the
services, the CLI and the reports have no Qt, so their user-facing texts live
here, in Kyrgyz, Russian and English. A test checks that every key has all
three languages with the same {placeholders}.
"""
from __future__ import annotations

import re
import string

LANGUAGES = ("ky", "ru", "en")
DEFAULT_LANGUAGE = "ky"

_current = DEFAULT_LANGUAGE

# key -> {lang: text}. Placeholders use str.format names.
MESSAGES: dict[str, dict[str, str]] = {}


def register(catalogue: dict[str, dict[str, str]]) -> None:
    """Modules add their texts at import time."""
    for key, texts in catalogue.items():
        if key in MESSAGES and MESSAGES[key] != texts:
            raise ValueError(f"message {key!r} registered twice with different texts")
        MESSAGES[key] = texts


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def language() -> str:
    return _current


class Term(str):
    """A message key given as a parameter of another message: it is
    translated into the same language as the message (e.g. a status word)."""


# "{n:plural|заявка|заявки|заявок}": the word that goes with the number n, by
# the language's plural rule (CLDR: Russian one/few/many, English one/other;
# Kyrgyz nouns do not change after a number, one form).
_PLURAL = re.compile(r"\{(\w+):plural\|([^{}]*)\}")


def plural_index(n: int, lang: str) -> int:
    n = abs(int(n))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if lang == "en":
        return 0 if n == 1 else 1
    return 0


def plural(n: int, forms: str | list[str], lang: str | None = None) -> str:
    words = forms.split("|") if isinstance(forms, str) else list(forms)
    return words[min(plural_index(n, lang or _current), len(words) - 1)]


def t(key: str, lang: str | None = None, **params) -> str:
    texts = MESSAGES.get(key)
    if texts is None:
        return key
    lang = lang or _current
    text = texts.get(lang) or texts["en"]
    if not params:
        return text
    params = {k: t(v, lang) if isinstance(v, Term) else v for k, v in params.items()}
    text = _PLURAL.sub(lambda m: plural(params[m.group(1)], m.group(2), lang).replace("{", "{{").replace("}", "}}"),
                       text)
    return text.format(**params)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


register({
    "db.locked": {
        "ky": "Бул маалымат базасы башка терезеде ачык турат: {path}. Ошол терезени жабыңыз.",
        "ru": "Эта база данных уже открыта в другом окне: {path}. Закройте то окно.",
        "en": "This database is already open in another window: {path}. Close that window first.",
    },
    "db.newer_schema": {
        "ky": "Бул файлды программанын жаңыраак версиясы түзгөн ({revision}). Программаны жаңыртыңыз; файл өзгөртүлгөн жок.",
        "ru": "Этот файл создан более новой версией программы ({revision}). Обновите программу; файл не изменён.",
        "en": "This file was made by a newer version of the program ({revision}). Update the program; the file was not changed.",
    },
    "db.not_sqlite": {
        "ky": "Файл маалымат базасы эмес же бузулган: {path}.",
        "ru": "Файл не является базой данных или повреждён: {path}.",
        "en": "The file is not a database or is damaged: {path}.",
    },
    "db.not_demilge": {
        "ky": "Бул файл Демилге программасынын базасы эмес: {path}.",
        "ru": "Этот файл не является базой программы Демилге: {path}.",
        "en": "This file is not a Demilge database: {path}.",
    },
    "db.backup_failed": {
        "ky": "Камдык көчүрмө текшерүүдөн өткөн жок: {path}.",
        "ru": "Резервная копия не прошла проверку: {path}.",
        "en": "The backup failed its check: {path}.",
    },
})
