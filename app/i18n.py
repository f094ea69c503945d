"""Texts outside the GUI: service messages, CLI output and report labels.

The GUI translates its own widgets with Qt (.ts/.qm under resources/); the
services, the CLI and the reports have no Qt, so their user-facing texts live
here, in Kyrgyz, Russian and English. A test checks that every key has all
three languages with the same {placeholders}.
"""
from __future__ import annotations

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


def t(key: str, lang: str | None = None, **params) -> str:
    texts = MESSAGES.get(key)
    if texts is None:
        return key
    text = texts.get(lang or _current) or texts["en"]
    if not params:
        return text
    params = {k: t(v, lang) if isinstance(v, Term) else v for k, v in params.items()}
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
