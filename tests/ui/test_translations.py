"""Every text on screen exists in Kyrgyz, Russian and English.

- the .ts files: every message translated (nothing unfinished or obsolete),
  the same messages in every language, the same %1 / {name} markers and
  the same number of & shortcut marks as the English source;
- the .ts files hold every text of app/ui (lupdate finds nothing new);
- the committed .qm files are what lrelease makes of the .ts files now;
- app.i18n.MESSAGES (texts outside the GUI): ky, ru and en with the same
  {placeholders}.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app
from app import i18n
from app.domain import enums as E
from app.ui import labels as L
from installer import build_translations as bt

LANGS = ("ky", "ru", "en")
KYRGYZ_LETTERS = set("ңөүҢӨҮ")


def messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(bt.ts_path(lang)).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def markers(text: str) -> list[str]:
    qt = re.findall(r"%L?\d+", text)
    py = [f"{{{name}}}" for name in i18n.placeholders(text)] if "{" in text else []
    return sorted(qt + py)


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    found = messages(lang)
    assert found
    bad = [key for key, tr in found.items()
           if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()]
    assert bad == []


def test_languages_have_the_same_messages():
    keys = {lang: set(messages(lang)) for lang in LANGS}
    assert keys["ky"] == keys["ru"] == keys["en"]


def test_ts_files_name_their_language():
    for lang, code in (("ky", "ky_KG"), ("ru", "ru_RU"), ("en", "en_US")):
        assert ET.parse(bt.ts_path(lang)).getroot().get("language") == code


@pytest.mark.parametrize("lang", LANGS)
def test_markers_and_shortcuts_match_the_source(lang):
    for (context, source), tr in messages(lang).items():
        assert markers(tr.text) == markers(source), (lang, context, source, tr.text)
        assert mnemonics(tr.text) == mnemonics(source), (lang, context, source, tr.text)


def test_english_is_the_source_text():
    for (_context, source), tr in messages("en").items():
        assert tr.text == source


def test_kyrgyz_is_kyrgyz_and_russian_is_russian():
    ky, ru = messages("ky"), messages("ru")
    sidebar = [(c, s) for (c, s) in ky if c == "Areas"]
    assert {ky[k].text for k in sidebar} >= {"Сынактар", "Өтүнмөлөр", "Гранттык комиссия", "Долбоорлор",
                                             "Иш-чаралар", "Өнүктүрүү программасы", "Отчеттор",
                                             "Шайкештештирүү", "Жөндөөлөр"}
    assert {ru[k].text for k in sidebar} >= {"Конкурсы", "Заявки", "Проекты", "Настройки"}
    assert sum(1 for tr in ky.values() if KYRGYZ_LETTERS & set(tr.text)) >= 30
    same_as_russian = [key for key in ky if ky[key].text == ru[key].text]
    assert len(same_as_russian) <= len(ky) // 8, same_as_russian     # "Спорт", "№", "Файл:" ... only
    assert not any(KYRGYZ_LETTERS & set(tr.text) for key, tr in ru.items()
                   if key[0] not in ("FirstRunDialog", "PlaceholderPage"))


def test_every_enum_value_has_a_translated_word():
    ky = messages("ky")
    for enum_cls, labels in L.BY_ENUM.items():
        for member in enum_cls:
            source = labels.texts.get(member.value)
            assert source, (enum_cls.__name__, member)
            group = L.TERM_GROUPS.get(labels.context)
            if group is not None:   # one source: the printed word of app.terms, in every language
                assert f"{group}.{member.value}" in i18n.MESSAGES, (group, member)
                continue
            assert (labels.context, source) in ky, (labels.context, source)
    assert set(L.BY_ENUM) >= {E.CompetitionKind, E.CompetitionStatus, E.ApplicationStatus, E.MemberRole,
                              E.MemberCategory, E.MeetingStatus, E.ProjectStatus, E.EventKind}


def test_ts_files_hold_every_text_of_the_code(tmp_path):
    """lupdate over app/ui into copies of the .ts finds nothing untranslated."""
    copies = []
    for lang in LANGS:
        copy = tmp_path / f"demilge_{lang}.ts"
        shutil.copy(bt.ts_path(lang), copy)
        copies.append(copy)
    sources = [str(p) for p in bt.sources()]
    proc = subprocess.run([str(bt.find_tool("lupdate")), *sources, "-locations", "none", "-no-obsolete",
                           "-silent", "-ts", *map(str, copies)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for lang, copy in zip(LANGS, copies):
        assert bt.unfinished(copy) == [], f"run installer/build_translations.py and translate ({lang})"


@pytest.mark.parametrize("lang", LANGS)
def test_qm_files_are_built_from_the_current_ts(tmp_path, lang):
    fresh = tmp_path / f"demilge_{lang}.qm"
    bt.lrelease(bt.ts_path(lang), fresh)
    committed = bt.qm_path(lang)
    assert committed.exists(), "run installer/build_translations.py --release"
    assert committed.read_bytes() == fresh.read_bytes(), "stale .qm: run installer/build_translations.py --release"


def _import_all_app_modules() -> None:
    """Modules register their texts at import time; import every non-GUI one."""
    importlib.import_module("app.cli")
    for package in ("app.services", "app.reports", "app.sync", "app.store"):
        pkg = importlib.import_module(package)
        for info in pkgutil.walk_packages(pkg.__path__, package + "."):
            importlib.import_module(info.name)


def test_i18n_messages_have_every_language_with_the_same_placeholders():
    _import_all_app_modules()
    assert "municipality.name" in i18n.MESSAGES and "db.locked" in i18n.MESSAGES
    for key, texts in i18n.MESSAGES.items():
        assert set(texts) == set(i18n.LANGUAGES), key
        assert all(texts[lang].strip() for lang in i18n.LANGUAGES), key
        expected = i18n.placeholders(texts["en"])
        for lang in i18n.LANGUAGES:
            assert i18n.placeholders(texts[lang]) == expected, (key, lang)


def test_the_app_package_is_what_the_tests_import():
    assert Path(app.__file__).resolve().parent == bt.ROOT / "app"


def _ui_calls():
    import ast

    for path in bt.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                yield path, node, name


def test_translated_texts_are_literals():
    """lupdate reads literals only: no f-strings, variables or concatenation
    inside tr() / translate() / QT_TRANSLATE_NOOP (except translating a value
    that was itself marked with QT_TRANSLATE_NOOP)."""
    import ast

    bad = []
    for path, node, name in _ui_calls():
        if name == "tr":
            args = node.args[:1]
        elif name in ("QT_TRANSLATE_NOOP",):
            args = node.args[:2]
        elif name == "translate" and node.args and isinstance(node.args[0], ast.Constant):
            args = node.args[:1]          # the context; the text may be a NOOP-marked value
        else:
            continue
        for arg in args:
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                bad.append(f"{path.name}:{node.lineno} {name}")
    assert bad == []


def test_no_untranslated_literals_put_on_widgets():
    import ast

    setters = {"setText", "setTitle", "setWindowTitle", "setPlaceholderText", "setTabText", "setToolTip",
               "addItem", "addTab", "addMenu", "setStatusTip"}
    bad = []
    for path, node, name in _ui_calls():
        if name in setters:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and re.search(r"[^\W\d_]", arg.value):
                    bad.append(f"{path.name}:{node.lineno} {name}({arg.value!r})")
                if isinstance(arg, ast.JoinedStr):
                    bad.append(f"{path.name}:{node.lineno} {name}(f-string)")
    assert bad == []
