"""Numeral parsing: named forms from the seeds, edge cases, and round-trip properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fupin.numerals import parse_number, to_chinese


@pytest.mark.parametrize("text, value", [
    ("1,234.5", 1234.5),
    ("１２３４", 1234),            # full-width digits
    ("１２．５", 12.5),
    ("1.8万", 18000),              # 1.8万人次 (003)
    ("19.3万", 193000),            # 19.3万余人次 (002)
    ("3800万", 38000000),
    ("0.4万", 4000),               # 0.4万亩 (003)
    ("3.82亿", 382000000),         # title of 000
    ("4657.09万", 46570900),       # exact, no float noise
    ("167975.86万", 1679758600),
    ("百分之九十四", 94),
    ("百分之5.5", 5.5),
    ("五", 5), ("两", 2), ("十", 10), ("十五", 15), ("二十", 20),
    ("一百零五", 105), ("三千零五十", 3050), ("两万三千", 23000),
    ("一万零五", 10005), ("两亿三千万", 230000000), ("一万二千亿", 1.2e12),
    ("壹佰贰拾", 120), ("貳拾", 20),
    ("二〇一九", 2019), ("零", 0), ("〇", 0),
    ("5千", 5000),
])
def test_parse_named_forms(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value, rel=0, abs=0)


@pytest.mark.parametrize("text", ["", "万", "亿", "三四", "三四十", "abc", "十十", "百千", "1.2.3"])
def test_unreadable_is_none(text: str) -> None:
    # 三四 is a range (三四公里), not a number; a bare 万 names no amount.
    assert parse_number(text) is None


@pytest.mark.parametrize("n, text", [
    (0, "零"), (10, "十"), (15, "十五"), (105, "一百零五"), (1005, "一千零五"), (10005, "一万零五"),
    (12345, "一万二千三百四十五"), (100000005, "一亿零五"), (230000000, "二亿三千万"),
])
def test_to_chinese_named(n: int, text: str) -> None:
    assert to_chinese(n) == text


def test_to_chinese_rejects_out_of_range() -> None:
    with pytest.raises(ValueError):
        to_chinese(-1)
    with pytest.raises(ValueError):
        to_chinese(10**16)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=2**53))  # floats are exact up to 2**53
def test_chinese_round_trip(n: int) -> None:
    assert parse_number(to_chinese(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_liang_reads_like_er(n: int) -> None:
    # 两 is the counting form of 二 (两万, 两千); it must parse to the same value.
    assert parse_number(to_chinese(n).replace("二", "两")) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_arabic_with_separators_and_fullwidth(whole: int, cents: int) -> None:
    plain = f"{whole}.{cents:02d}"
    grouped = f"{whole:,}.{cents:02d}"
    fullwidth = plain.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    expected = float(plain)
    assert parse_number(plain) == expected
    assert parse_number(grouped) == expected
    assert parse_number(fullwidth) == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=99),
       st.sampled_from([("万", 10**4), ("亿", 10**8)]))
def test_mixed_arabic_and_multiplier(whole: int, cents: int, mult: tuple[str, int]) -> None:
    word, factor = mult
    text = f"{whole}.{cents:02d}{word}"
    assert parse_number(text) == pytest.approx((whole * 100 + cents) * factor / 100, rel=1e-12)


def test_overlong_chinese_numerals_neither_crash_nor_read():
    import math

    assert parse_number("一" * 5000) is None          # int() refuses more than 4300 digits
    assert math.isinf(parse_number("一亿" + "亿" * 60))  # beyond a float: flagged by the caller
