"""Damaged numbers (issue 12): a value is right or it is flagged, never a shorter number.

Named cases live in tests/data/damage_cases.json; the property tests damage clean amounts the way
scrapers and mirrors do (。 for a decimal point, a space in a digit group, masked digits, a stripped
integer part) and check that the parser returns the true value or an empty value with a flag.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fupin.quantities import find_quantities
from fupin.repair import repair

CASES = json.loads((Path(__file__).parent / "data" / "damage_cases.json").read_text(encoding="utf-8"))


def _check(case: dict) -> None:
    text = repair(case["input"])[0] if case.get("stage") == "repair" else case["input"]
    found = find_quantities(text)
    hits = [q for q in found if q.raw == case["raw"]]
    if case["expected"] == "none":
        assert not hits, f"{case['label']}: {hits}"
        return
    assert len(hits) == 1, f"{case['label']}: found {[(q.raw, q.value) for q in found]}"
    q = hits[0]
    if case["expected"] == "lost":
        assert q.value is None and "digit_lost" in q.flags, case["label"]
    else:
        assert q.value == pytest.approx(case["expected"], rel=1e-9), case["label"]
    if "unit" in case:
        assert q.unit == case["unit"], case["label"]
    for flag in case.get("flags", []):
        assert flag in q.flags, case["label"]


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["label"] for c in CASES["cases"]])
def test_damage_case(case: dict) -> None:
    _check(case)


@pytest.mark.parametrize("case", CASES["known_failures"], ids=[c["label"] for c in CASES["known_failures"]])
@pytest.mark.xfail(strict=True, reason="known failure: see damage_cases.json")
def test_known_failure(case: dict) -> None:
    _check(case)


# --- properties ------------------------------------------------------------------------------

UNITS = {"万元": ("CNY", 1e4), "亿元": ("CNY", 1e8), "元": ("CNY", 1.0), "%": ("percent", 1.0),
         "万人": ("person", 1e4), "万亩": ("mu", 1e4)}
FRAMES = ["全年完成投资{q},同比增长。", "其中中央资金{q};", "截至年底累计{q}。", "共计{q}"]


@st.composite
def amounts(draw):
    integer = draw(st.integers(min_value=1, max_value=99999))
    decimals = draw(st.sampled_from(["", "5", "26", "07"]))
    unit = draw(st.sampled_from(sorted(UNITS)))
    frame = draw(st.sampled_from(FRAMES))
    return integer, decimals, unit, frame


def _true_value(integer: int, decimals: str, unit: str) -> float:
    return float(f"{integer}.{decimals}" if decimals else integer) * UNITS[unit][1]


def _values_at(text: str, start: int, end: int) -> list:
    """Quantities overlapping the damaged number's span."""
    return [q for q in find_quantities(text) if q.start < end and start < q.end]


def _assert_right_or_flagged(text: str, span: tuple[int, int], truth: float) -> None:
    qs = _values_at(text, *span)
    for q in qs:
        if q.value is None:
            assert "digit_lost" in q.flags, (text, q)
        else:
            assert q.value == pytest.approx(truth, rel=1e-9), (text, q.raw, q.value, truth)


def _place(frame: str, number: str, unit: str) -> tuple[str, tuple[int, int]]:
    text = frame.format(q=number + unit)
    start = frame.index("{q}")
    return text, (start, start + len(number) + len(unit))


@settings(max_examples=150, deadline=None)
@given(amounts())
def test_cjk_decimal_point_reads_exactly(a) -> None:
    integer, decimals, unit, frame = a
    if not decimals:
        decimals = "5"
    text, span = _place(frame, f"{integer}。{decimals}", unit)
    truth = _true_value(integer, decimals, unit)
    _assert_right_or_flagged(text, span, truth)
    # and it is read, not dropped
    assert any(q.value == pytest.approx(truth) for q in _values_at(text, *span))


@settings(max_examples=150, deadline=None)
@given(amounts())
def test_space_thousands_separator_reads_exactly(a) -> None:
    integer, decimals, unit, frame = a
    integer = max(integer, 1000)
    grouped = f"{integer:,}".replace(",", " ")
    number = grouped + (f".{decimals}" if decimals else "")
    text, span = _place(frame, number, unit)
    truth = _true_value(integer, decimals, unit)
    _assert_right_or_flagged(text, span, truth)
    assert any(q.value == pytest.approx(truth) for q in _values_at(text, *span))


@settings(max_examples=200, deadline=None)
@given(amounts(), st.data())
def test_masked_digits_never_give_another_value(a, data) -> None:
    integer, decimals, unit, frame = a
    number = str(integer) + (f".{decimals}" if decimals else "")
    digits = [i for i, c in enumerate(number) if c.isdigit()]
    masked = data.draw(st.sets(st.sampled_from(digits), min_size=1, max_size=len(digits)))
    mask = data.draw(st.sampled_from(["*", "＊"]))
    damaged = "".join(mask if i in masked else c for i, c in enumerate(number))
    text, span = _place(frame, damaged, unit)
    qs = _values_at(text, *span)
    assert all(q.value is None and "digit_lost" in q.flags for q in qs), (text, qs)


@settings(max_examples=150, deadline=None)
@given(amounts())
def test_stripped_integer_part_is_lost_not_small(a) -> None:
    integer, decimals, unit, frame = a
    decimals = decimals or "9"
    text, span = _place(frame, f".{decimals}", unit)
    qs = _values_at(text, *span)
    assert all(q.value is None and "digit_lost" in q.flags for q in qs), (text, qs)


@settings(max_examples=100, deadline=None)
@given(amounts())
def test_line_break_inside_the_unit_is_one_quantity(a) -> None:
    integer, decimals, unit, frame = a
    if len(unit) < 2:
        unit = "万元"
    number = str(integer) + (f".{decimals}" if decimals else "")
    text, span = _place(frame, number, unit[:1] + "\n" + unit[1:])
    truth = _true_value(integer, decimals, unit)
    qs = _values_at(text, *span)
    assert [q.value for q in qs] == [pytest.approx(truth)], (text, qs)
