"""Amounts of money in words, as financial documents write them:
"Отуз жети миң сом 00 тыйын", "Тридцать семь тысяч сом 00 тыйын".

Kyrgyz documents say "бир жүз", "бир миң" (with "one"); Russian agrees the
words with тысяча (feminine: одна, две) and миллион/миллиард (masculine) and
picks the plural form by the last two digits. The tyiyn stay as two digits.
"""
from __future__ import annotations

MAX_TYIYN = 999_999_999_999_99

# ---------------------------------------------------------------- Kyrgyz

KY_ONES = ("", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз")
KY_TENS = ("", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон")
KY_SCALES = ("", "миң", "миллион", "миллиард")


def _ky_triple(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words = []
    if hundreds:
        words += [KY_ONES[hundreds], "жүз"]
    if tens:
        words.append(KY_TENS[tens])
    if ones:
        words.append(KY_ONES[ones])
    return words


def _ky(n: int) -> str:
    if n == 0:
        return "нөл"
    words: list[str] = []
    for scale in range(len(KY_SCALES) - 1, -1, -1):
        part = (n // 1000 ** scale) % 1000
        if part:
            words += _ky_triple(part)
            if KY_SCALES[scale]:
                words.append(KY_SCALES[scale])
    return " ".join(words)


# ---------------------------------------------------------------- Russian

RU_ONES_M = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
RU_ONES_F = ("", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
            "семнадцать", "восемнадцать", "девятнадцать")
RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
           "девяносто")
RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
               "девятьсот")
# (one, few, many), feminine?
RU_SCALES = ((("", "", ""), False), (("тысяча", "тысячи", "тысяч"), True),
             (("миллион", "миллиона", "миллионов"), False), (("миллиард", "миллиарда", "миллиардов"), False))


def ru_plural(n: int, forms: tuple[str, str, str]) -> str:
    n = abs(n) % 100
    if 11 <= n <= 19:
        return forms[2]
    n %= 10
    if n == 1:
        return forms[0]
    if 2 <= n <= 4:
        return forms[1]
    return forms[2]


def _ru_triple(n: int, feminine: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [RU_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest <= 19:
        words.append(RU_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            words.append(RU_TENS[tens])
        if ones:
            words.append((RU_ONES_F if feminine else RU_ONES_M)[ones])
    return words


def _ru(n: int) -> str:
    if n == 0:
        return "ноль"
    words: list[str] = []
    for scale in range(len(RU_SCALES) - 1, -1, -1):
        part = (n // 1000 ** scale) % 1000
        if part:
            forms, feminine = RU_SCALES[scale]
            words += _ru_triple(part, feminine)
            if scale:
                words.append(ru_plural(part, forms))
    return " ".join(words)


# ---------------------------------------------------------------- English

EN_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
EN_SCALES = ("", "thousand", "million", "billion")


def _en_triple(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [EN_ONES[hundreds], "hundred"] if hundreds else []
    if rest < 20:
        if rest:
            words.append(EN_ONES[rest])
    else:
        tens, ones = divmod(rest, 10)
        words.append(EN_TENS[tens] + (f"-{EN_ONES[ones]}" if ones else ""))
    return words


def _en(n: int) -> str:
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale in range(len(EN_SCALES) - 1, -1, -1):
        part = (n // 1000 ** scale) % 1000
        if part:
            words += _en_triple(part)
            if EN_SCALES[scale]:
                words.append(EN_SCALES[scale])
    return " ".join(words)


_SPELL = {"ky": _ky, "ru": _ru, "en": _en}


def number_in_words(n: int, lang: str) -> str:
    """A whole number in words (lower case)."""
    if n < 0:
        raise ValueError("negative")
    return _SPELL.get(lang, _en)(n)


def amount_in_words(tyiyn: int, lang: str) -> str:
    """37 000,00 som -> "Отуз жети миң сом 00 тыйын" (ky), "Тридцать семь
    тысяч сом 00 тыйын" (ru), "Thirty-seven thousand som 00 tyiyn" (en)."""
    if isinstance(tyiyn, bool) or not isinstance(tyiyn, int):
        raise TypeError("tyiyn must be an int")
    if tyiyn < 0:
        raise ValueError("negative")
    if tyiyn > MAX_TYIYN:
        raise ValueError("too large")
    som, rest = divmod(tyiyn, 100)
    words = number_in_words(som, lang)
    unit = "tyiyn" if lang == "en" else "тыйын"
    text = f"{words} сом {rest:02d} {unit}" if lang != "en" else f"{words} som {rest:02d} {unit}"
    return text[0].upper() + text[1:]
