from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from app.domain.money import MoneyError, format_amount, format_som, parse_amount, som, to_decimal_som

NB = "\u00a0"


def test_som_to_tyiyn():
    assert som(37000) == 3_700_000
    assert som("12 000,50") == 1_200_050


@pytest.mark.parametrize("text,expected", [
    ("37 000,00", 3_700_000), ("37000", 3_700_000), ("37000.5", 3_700_050),
    (f"37{NB}000,00 сом", 3_700_000), ("0", 0), (" 1 ", 100),
])
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "-5", "1,234,5", "1.001", "nan", "inf", "12 000,005", "1e3x"])
def test_parse_amount_rejects(text):
    with pytest.raises(MoneyError):
        parse_amount(text)


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
