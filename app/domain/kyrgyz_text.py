"""Kyrgyz text typed in the old non-Unicode fonts, and the folding of text
for search.

Before Windows had the Kyrgyz letters ң ө ү, offices typed Kyrgyz with fonts
that drew them in the places of letters Kyrgyz does not use. Copied out of
such a document the text keeps those letters, not the Kyrgyz ones. What the
fonts did (from the conversion macros the Kyrgyz Encyclopedia centre used for
its own archive):

  font                                       ү     ө     ң    (capitals alike)
  Kyrgyz Encyclopedia centre's Arial         є     љ     ї    Є Љ Ї
  FineReader output of Kyrgyz pages          њ     љ     ћ    Њ Љ Ћ
  "Times Q2"-family Kyrgyz Times             ї*    є     ў    Ї Є Ў
  (* or the symbol-font code U+F0D7)

Besides, people without a Kyrgyz keyboard wrote the letters with look-alikes
from other alphabets: ö ӧ ѳ ɵ for ө, ü ÿ ӱ for ү, ñ ҥ ӈ ӊ ŋ for ң.

Some fonts put ң ө ү in the places of Russian letters (Janyzak Arial: щ ё ъ);
such text is left alone, because a Russian word could not be told from it.

The conversion is conservative:
- only inside a word written in Cyrillic (at least one Russian or Kyrgyz
  letter, no other Latin letters), so a Latin word (Müller) or a word of
  another language (with Kazakh, Uzbek or Ukrainian letters) stays as it is;
- look-alikes are always read as the Kyrgyz letter they imitate;
- the letters of the old fonts are read by the font the text shows: є means
  ү in one font and ө in another, so є alone is converted only when another
  letter of the same text tells the font (љ, ў, њ ...) or the sounds do (ң
  never starts a word; ү does not stand with а о у ы in a Kyrgyz word). When
  nothing tells, the words are left as they are and reported as unresolved.

Search folds the same variants: `search_key(text)` holds every plausible
reading of a text, so the real word finds a record stored in an old font
(also one that could not be converted), and `fold(query)` is compared with it.
The functions are pure, so a later SQL search can store `search_key` in a
column and compare it with LIKE.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# --------------------------------------------------------------------------
# What stands for what

LOOKALIKES: dict[str, str] = {
    "ö": "ө", "ӧ": "ө", "ѳ": "ө", "ɵ": "ө",
    "ü": "ү", "ÿ": "ү", "ӱ": "ү",
    "ñ": "ң", "ҥ": "ң", "ӈ": "ң", "ӊ": "ң", "ŋ": "ң",
}
LOOKALIKES.update({k.upper(): v.upper() for k, v in list(LOOKALIKES.items()) if k.upper() != k})

SYMBOL_U = "\uf0d7"  # the lowercase ү of the Times Q2 font (a symbol-font code)


def _with_capitals(lower: dict[str, str]) -> dict[str, str]:
    out = dict(lower)
    out.update({k.upper(): v.upper() for k, v in lower.items() if k.upper() != k})
    return out


@dataclass(frozen=True)
class LegacyFont:
    name: str
    letters: dict[str, str]   # old-font letter -> Kyrgyz letter, both cases


FONTS: tuple[LegacyFont, ...] = (
    LegacyFont("encyclopedia_arial", _with_capitals({"є": "ү", "љ": "ө", "ї": "ң"})),
    LegacyFont("finereader_kyrgyz", _with_capitals({"њ": "ү", "љ": "ө", "ћ": "ң"})),
    LegacyFont("times_q2", {**_with_capitals({"ї": "ү", "є": "ө", "ў": "ң"}), SYMBOL_U: "ү"}),
)
FONT_LETTERS = frozenset(ch for f in FONTS for ch in f.letters)

_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
CYRILLIC = frozenset(_RUSSIAN | {c.upper() for c in _RUSSIAN} | set("ңөүҢӨҮ"))
# letters of other Cyrillic alphabets (Kazakh, Uzbek, Ukrainian, Tatar): a word
# with one of them is a word of that language, not garbled Kyrgyz
FOREIGN = frozenset("әғқұһіґҳҗ" + "ӘҒҚҰҺІҐҲҖ")
BACK_VOWELS = frozenset("аоуыАОУЫ")



def _words(text: str):
    """(start, end) of each word; the symbol-font ү joins its neighbours."""
    spans = [m.span() for m in re.finditer(r"(?:[^\W\d_]|\uf0d7)+", text)]
    return spans


def _is_candidate(word: str) -> bool:
    """A Cyrillic word that holds a look-alike or an old-font letter."""
    if not any(ch in LOOKALIKES or ch in FONT_LETTERS for ch in word):
        return False
    if not any(ch in CYRILLIC for ch in word) or any(ch in FOREIGN for ch in word):
        return False
    for ch in word:
        if ch in CYRILLIC or ch in LOOKALIKES or ch in FONT_LETTERS:
            continue
        return False   # a Latin or other letter: not a Kyrgyz word
    return True


def _candidates(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _words(text) if _is_candidate(text[a:b])]


def _agree(fonts: list[LegacyFont], present: set[str]) -> dict[str, str] | None:
    """The letters' reading when every font gives the same one."""
    if not fonts:
        return None
    reading = {ch: fonts[0].letters[ch] for ch in present}
    for f in fonts[1:]:
        if any(f.letters[ch] != reading[ch] for ch in present):
            return None
    return reading


def _fitting(words: list[str]) -> tuple[set[str], list[LegacyFont]]:
    present = {ch for w in words for ch in w if ch in FONT_LETTERS}
    return present, [f for f in FONTS if present <= set(f.letters)]


VOWELS = frozenset("аеёиоуыэюяөүАЕЁИОУЫЭЮЯӨҮ")


def _sounds_kyrgyz(font: LegacyFont, words: list[str]) -> bool:
    """Whether the font's reading of the words sounds like Kyrgyz where the
    old letters stood: ң comes only after a vowel (never first, never after a
    consonant); ө and ү do not share a word with а о у ы."""
    for w in words:
        reading = "".join(font.letters.get(ch, ch) for ch in w)
        olds = [i for i, ch in enumerate(w) if ch in font.letters]
        for i in olds:
            if reading[i] in "ңҢ" and (i == 0 or reading[i - 1] not in VOWELS):
                return False
        if any(reading[i] in "өүӨҮ" for i in olds) and any(ch in BACK_VOWELS for ch in reading):
            return False
    return True


def detect_reading(text: str) -> tuple[dict[str, str] | None, list[dict[str, str]]]:
    """How the old-font letters of `text` read: (the one reading, or None when
    the font cannot be told; every plausible reading)."""
    words = [text[a:b] for a, b in _candidates(text)]
    present, fonts = _fitting(words)
    if not present:
        return {}, [{}]
    plausible = [f for f in fonts if _sounds_kyrgyz(f, words)]
    readings = []
    for f in plausible or fonts:
        r = {ch: f.letters[ch] for ch in present}
        if r not in readings:
            readings.append(r)
    return _agree(plausible, present), readings or [{}]


@dataclass(frozen=True)
class Conversion:
    original: str
    text: str
    replaced: tuple[tuple[str, str], ...]   # (old word, new word), each once, in order
    unresolved: tuple[str, ...]             # words left as they were: the font could not be told

    @property
    def changed(self) -> bool:
        return self.text != self.original


def _apply(text: str, reading: dict[str, str] | None) -> tuple[str, list[tuple[str, str]], list[str]]:
    out, last = [], 0
    replaced: list[tuple[str, str]] = []
    unresolved: list[str] = []
    for a, b in _candidates(text):
        word = text[a:b]
        new = "".join(LOOKALIKES.get(ch) or (reading or {}).get(ch) or ch for ch in word)
        if reading is None and any(ch in FONT_LETTERS for ch in new) and word not in unresolved:
            unresolved.append(word)
        out.append(text[last:a])
        out.append(new)
        last = b
        if new != word and (word, new) not in replaced:
            replaced.append((word, new))
    out.append(text[last:])
    return "".join(out), replaced, unresolved


def convert_legacy(text: str, context: str | None = None) -> Conversion:
    """`text` with the letters of the old Kyrgyz fonts and their look-alikes
    made the real ң ө ү Ң Ө Ү. `context`: a larger text from the same document
    (a whole sheet) that tells the font better than one cell can."""
    if not text:
        return Conversion(text or "", text or "", (), ())
    reading, _all = detect_reading(context if context is not None else text)
    if reading is not None and context is not None:
        # letters of the cell that the context did not show are read alone
        words = [text[a:b] for a, b in _candidates(text)]
        own = {ch for w in words for ch in w if ch in FONT_LETTERS}
        if not own <= set(reading):
            reading, _all = detect_reading(text)
    new, replaced, unresolved = _apply(text, reading)
    return Conversion(text, new, tuple(replaced), tuple(unresolved))


# --------------------------------------------------------------------------
# Search

_SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " "}


def fold(text: str) -> str:
    """What search compares: NFC, case folded (Ң ң alike), no-break spaces
    as spaces."""
    s = unicodedata.normalize("NFC", text or "")
    for a, b in _SPACES.items():
        s = s.replace(a, b)
    return s.casefold()


def readings(text: str) -> list[str]:
    """Every plausible Unicode reading of a text (one, unless its old font
    cannot be told)."""
    if not text:
        return [text or ""]
    one, all_readings = detect_reading(text)
    if one is not None:
        return [_apply(text, one)[0]]
    out = [_apply(text, None)[0]]   # as typed (look-alikes made Kyrgyz), then each font's reading
    for r in all_readings:
        value = _apply(text, r)[0]
        if value not in out:
            out.append(value)
    return out


_PLAIN: frozenset = frozenset()


def search_key(text: str) -> str:
    """The folded text to search in: each plausible reading on its own line
    (a searched word never spans two lines)."""
    if not text or _PLAIN.isdisjoint(text):
        return fold(text)       # no letter of an old font, no look-alike: one reading (the fast, common case)
    keys = []
    for r in readings(text):
        k = fold(r)
        if k not in keys:
            keys.append(k)
    return "\n".join(keys)


_PLAIN = frozenset(FONT_LETTERS) | frozenset(LOOKALIKES)
