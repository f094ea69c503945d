"""Amounts in words for documents, Kyrgyz and Russian."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from app.domain.amount_words import MAX_TYIYN, amount_in_words, number_in_words
from app.domain.money import som


@pytest.mark.parametrize("amount,ru", [
    (37000, "Тридцать семь тысяч сом 00 тыйын"),
    (1, "Один сом 00 тыйын"),
    (21000, "Двадцать одна тысяча сом 00 тыйын"),
    (2000000, "Два миллиона сом 00 тыйын"),
    (23000, "Двадцать три тысячи сом 00 тыйын"),
    (0, "Ноль сом 00 тыйын"),
    (11, "Одиннадцать сом 00 тыйын"),
    (1001, "Одна тысяча один сом 00 тыйын"),
    (1000001, "Один миллион один сом 00 тыйын"),
    (5000, "Пять тысяч сом 00 тыйын"),
    (22000, "Двадцать две тысячи сом 00 тыйын"),
    (25000, "Двадцать пять тысяч сом 00 тыйын"),
    (111000, "Сто одиннадцать тысяч сом 00 тыйын"),
    (112000, "Сто двенадцать тысяч сом 00 тыйын"),
    (400000, "Четыреста тысяч сом 00 тыйын"),
])
def test_russian(amount, ru):
    assert amount_in_words(som(amount), "ru") == ru


def test_russian_tyiyn():
    assert amount_in_words(1234567, "ru") == "Двенадцать тысяч триста сорок пять сом 67 тыйын"


@pytest.mark.parametrize("amount,ky", [
    (37000, "Отуз жети миң сом 00 тыйын"),
    (1000, "Бир миң сом 00 тыйын"),
    (100, "Бир жүз сом 00 тыйын"),
    (2000000, "Эки миллион сом 00 тыйын"),
    (0, "Нөл сом 00 тыйын"),
    (23000, "Жыйырма үч миң сом 00 тыйын"),
    (19, "Он тогуз сом 00 тыйын"),
    (101, "Бир жүз бир сом 00 тыйын"),
    (1000001, "Бир миллион бир сом 00 тыйын"),
    (1000000, "Бир миллион сом 00 тыйын"),
])
def test_kyrgyz(amount, ky):
    assert amount_in_words(som(amount), "ky") == ky


def test_kyrgyz_tyiyn():
    assert amount_in_words(1234567, "ky") == "Он эки миң үч жүз кырк беш сом 67 тыйын"


def test_the_largest_and_refusals():
    assert amount_in_words(MAX_TYIYN, "ru").startswith("Девятьсот девяносто девять миллиардов")
    assert amount_in_words(MAX_TYIYN, "ru").endswith("девяносто девять сом 99 тыйын")
    for bad in (-1, MAX_TYIYN + 1):
        with pytest.raises(ValueError):
            amount_in_words(bad, "ky")
    with pytest.raises(TypeError):
        amount_in_words(1.5, "ru")  # type: ignore[arg-type]
    assert number_in_words(21, "en") == "twenty-one"


@given(st.integers(0, MAX_TYIYN), st.sampled_from(["ky", "ru", "en"]))
def test_every_amount_reads(tyiyn, lang):
    text = amount_in_words(tyiyn, lang)
    assert text and "  " not in text and text == text.strip()
    assert text.endswith(f" {tyiyn % 100:02d} " + ("tyiyn" if lang == "en" else "тыйын"))
    assert text[0].isupper()
