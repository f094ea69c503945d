from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from app.domain.money import MoneyError, format_amount, format_som, parse_amount, som, to_decimal_som

NB = "\u00a0"


def test_som_to_tyiyn():
    assert som(37000) == 3_700_000
    assert som("12 000,50") == 1_200_050


# What every form of typed amount means, one row each (tyiyn). Thousands are
# grouped with spaces; the decimal separator is a comma or a dot.
@pytest.mark.parametrize("text,expected", [
    ("37 000", 3_700_000), ("37000", 3_700_000), ("37 000,50", 3_700_050), ("37000.50", 3_700_050),
    ("37,5", 3_750), ("37.5", 3_750), ("37,05", 3_705), ("0,05", 5), (",5", 50), ("37,", 3_700), ("37.", 3_700),
    ("37 000,00", 3_700_000), (f"37{NB}000,00 сом", 3_700_000), ("37 000 som", 3_700_000),
    ("37\u202f000", 3_700_000), ("0", 0), (" 1 ", 100), ("1 234 567", 123_456_700),
    # the same separator more than once can only group thousands
    ("1.234.567", 123_456_700), ("1,234,567", 123_456_700), ("12.345.678", 1_234_567_800),
    # two kinds: groups, then the decimals after the last one
    ("1.234,56", 123_456), ("1,234.56", 123_456), ("1.234.567,5", 123_456_750), ("1,234,567.89", 123_456_789),
    # not three digits after a lone separator: a decimal
    ("1234.5", 123_450), ("12345,67", 1_234_567),
])
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text,thousands,decimal", [
    ("37.000", "37 000", "37"), ("37,000", "37 000", "37"), ("1.500", "1 500", "1,5"), ("2,250", "2 250", "2,25"),
    ("999.999", "999 999", "999,999"), ("12,345", "12 345", "12,345"), ("37 .000", "37 000", "37"),
    ("5.005 сом", "5 005", "5,005"),
])
def test_one_separator_then_three_digits_is_refused_with_both_readings(text, thousands, decimal):
    with pytest.raises(MoneyError) as err:
        parse_amount(text)
    assert (str(err.value), err.value.thousands, err.value.decimal) == ("ambiguous", thousands, decimal)


@pytest.mark.parametrize("text,reason", [
    ("", "empty"), ("  ", "empty"), ("сом", "empty"), ("abc", "format"), ("nan", "format"), ("inf", "format"),
    ("1e3", "format"), ("1e3x", "format"), ("1_000", "format"), ("+5", "format"), ("-5", "negative"),
    ("-37,50", "negative"), ("12 000,005", "precision"), ("37,505", "ambiguous"), ("37,5000", "precision"),
    ("0.500", "precision"),          # "0 500" is no way to write 500: only the decimal reading, too precise
    ("1234.567", "precision"),       # "1234 567" groups badly: only the decimal reading, too precise
    ("1,234.567", "precision"), ("1,234,5", "format"), ("1.23.456", "format"), ("1.234.56", "format"),
    ("1.234,567,8", "format"), ("1,2.5", "format"), ("0.123.456", "format"), ("1,,5", "format"),
    (".", "format"), (",", "format"), ("1.234,5.6", "format"),
])
def test_parse_amount_refuses(text, reason):
    with pytest.raises(MoneyError) as err:
        parse_amount(text)
    assert str(err.value) == reason


def test_format():
    assert format_amount(3_700_000) == f"37{NB}000,00"
    assert format_amount(5) == "0,05"
    assert format_amount(-150_000) == "-1\u00a0500,00"
    assert format_som(2_300_000) == f"23{NB}000,00{NB}сом"
    assert format_amount(123_456_789_00, sep=" ") == "123 456 789,00"
    assert to_decimal_som(3_700_050) == Decimal("37000.50")


@given(st.integers(min_value=0, max_value=10**13))
def test_format_parse_round_trip(tyiyn):
    assert parse_amount(format_amount(tyiyn)) == tyiyn
