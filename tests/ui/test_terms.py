"""One source for every term (issue 17, point 13): the screen's words for
statuses and kinds are the printed words of app/terms.py; the glossary's
terms have one translation on screen and in print; Russian numbers take the
right plural form."""
from __future__ import annotations

import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app
from app import i18n

ROOT = Path(__file__).resolve().parent.parent.parent
TS = ROOT / "resources" / "translations"

# English source texts of glossary terms used both on screen (.ts) and in print (app.i18n)
GLOSSARY_TERMS = ("budget line", "grant agreement", "co-financing", "indicator", "initiator", "winner", "quorum")


def _load_all_texts() -> None:
    for m in pkgutil.walk_packages(app.__path__, "app."):
        if not m.name.startswith("app.ui"):
            importlib.import_module(m.name)


def _norm(text: str | None) -> str:
    return re.sub(r"[&:…]|\.\.\.", "", text or "").strip().lower()


# English texts that name two different things (a noun on screen, an adjective
# in print; a commission's sitting and a citizens' meeting) or are abbreviated
# in a narrow printed column: the only texts allowed two translations.
HOMONYMS = {"city", "district", "meeting", "number", "abstain", "late", "received"}


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_text_on_screen_and_in_print_has_one_translation(lang):
    """Every English text both the screen (.ts) and print (app.i18n) translate
    is translated the same way in both, unless it is a known homonym."""
    _load_all_texts()
    printed: dict[str, set[str]] = {}
    for texts in i18n.MESSAGES.values():
        if isinstance(texts, dict) and texts.get("en") and isinstance(texts.get(lang), str):
            printed.setdefault(_norm(texts["en"]), set()).add(_norm(texts[lang]))
    screen: dict[str, set[str]] = {}
    for message in ET.parse(TS / f"demilge_{lang}.ts").getroot().iter("message"):
        screen.setdefault(_norm(message.findtext("source")), set()).add(_norm(message.findtext("translation")))
    both = set(printed) & set(screen)
    assert len(both) > 100     # the comparison reads both sides
    differ = {text: (screen[text], printed[text]) for text in both - HOMONYMS if not screen[text] & printed[text]}
    assert not differ, differ


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_glossary_term_has_one_translation_on_screen_and_in_print(lang):
    _load_all_texts()
    found: dict[str, set[str]] = {term: set() for term in GLOSSARY_TERMS}
    for texts in i18n.MESSAGES.values():
        if _norm(texts.get("en")) in found:
            found[_norm(texts["en"])].add(_norm(texts[lang]))
    for message in ET.parse(TS / f"demilge_{lang}.ts").getroot().iter("message"):
        source = _norm(message.findtext("source"))
        if source in found:
            found[source].add(_norm(message.findtext("translation")))
    two = {term: words for term, words in found.items() if len(words) > 1}
    assert not two, two


def test_screen_words_of_statuses_and_kinds_are_the_printed_words(switcher):
    from app import terms
    from app.ui import labels as L
    from app.ui import project_cycle_tabs, register_labels

    every = [x for module in (L, register_labels, project_cycle_tabs) for x in vars(module).values()
             if isinstance(x, L.EnumLabels)]
    assert {"BodyKind", "NeedStatus", "LinkRelation", "ReportStatus", "CompetitionStatus"} <= {x.context for x in every}
    # words only the screen has (no printed word for them), or a fuller option text in a form
    screen_only = {"MemberCategory", "MunicipalityKind", "EventState", "LifecycleStep", "BackupReason",
                   "OrganiserKind", "AwardMode", "HearingPlace", "YesNo", "AttachmentKind", "PlanStepState"}
    assert {x.context for x in every} - screen_only <= set(L.TERM_GROUPS)
    for lang in ("ky", "ru"):
        switcher.apply(lang)
        for labels in every:
            group = L.TERM_GROUPS.get(labels.context)
            if group is None:
                continue
            for value in labels.texts:
                word = terms.word(group, value, lang)
                assert labels.label(value) == word[:1].upper() + word[1:]
    # and no second translation of them is kept for the screen
    contexts = {c.findtext("name") for c in ET.parse(TS / "demilge_ky.ts").getroot().iter("context")}
    assert not contexts & set(L.TERM_GROUPS), contexts & set(L.TERM_GROUPS)


def test_russian_numbers_take_their_plural_form():
    _load_all_texts()
    said = [i18n.t("lifecycle.decide_unchecked", "ru", n=n) for n in (1, 3, 5, 21, 12)]
    assert said[0].startswith("1 заявка ещё не проверена")
    assert said[1].startswith("3 заявки ещё не проверены")
    assert said[2].startswith("5 заявок") and said[3].startswith("21 заявка") and said[4].startswith("12 заявок")
    assert i18n.t("lifecycle.decide_unchecked", "ky", n=3).startswith("3 өтүнмө")
    assert i18n.plural(2, "член|члена|членов", "ru") == "члена"
