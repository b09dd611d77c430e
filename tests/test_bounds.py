"""Bounds on the work per figure and shortcuts that must not change a result (issue 10: hostile
input such as a run of a million bare numbers, or a page printed as one line without 。)."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from fupin import attribution
from fupin.attribution import attribute
from fupin.extraction import DAMAGE_WINDOW, _damage_index
from fupin.model import Quantity
from fupin.quantities import find_quantities


def _at(text: str, raw: str, unit: str, nth: int = 1) -> Quantity:
    pos = -1
    for _ in range(nth):
        pos = text.index(raw, pos + 1)
    return Quantity(pos, pos + len(raw), raw, None, unit)


# --------------------------------------------------------------------------- sentence cap

ROW = "甲乡安排衔接资金项目12个，计划投资3.6亿元，"


def test_a_figure_in_a_run_without_a_sentence_end_is_attributed_near_it_and_flagged():
    text = "2023年，" + ROW * 200 + "全县完工率达92.8%"   # about 4 800 characters, no 。
    assert len(text) > attribution.MAX_SENTENCE
    money = _at(text, "3.6亿元", "CNY", nth=150)
    rate = _at(text, "92.8%", "percent")
    got = attribute(text, [money, rate])
    for a in got:
        assert "sentence_too_long" in a.uncertain
    # the figure keeps the indicator its own clause gives it
    short = "2023年，" + ROW + "全县完工率达92.8%。"
    alone = attribute(short, [_at(short, "3.6亿元", "CNY"), _at(short, "92.8%", "percent")])
    assert [a.indicator for a in got] == [a.indicator for a in alone]


def test_a_sentence_of_ordinary_length_is_not_flagged():
    text = "2023年，" + ROW * 10 + "全县完工率达92.8%。"
    got = attribute(text, [_at(text, "3.6亿元", "CNY", nth=5)])
    assert "sentence_too_long" not in got[0].uncertain


# --------------------------------------------------------------------------- bare numbers


def test_a_run_of_bare_numbers_holds_no_quantity():
    assert find_quantities("数字" + "1 " * 5000) == []


def test_bare_numbers_governed_by_a_word_are_still_read():
    # the shortcut for plain bare numbers must leave these to the grammar
    (rate,) = find_quantities("项目开工率达到100，")
    assert (rate.value, rate.unit) == (100.0, "percent")
    shared = find_quantities("分别增长6.4和1.1个百分点")
    assert [q.unit for q in shared] == ["percentage_point", "percentage_point"]
    ratio = find_quantities("城乡居民收入比为2.76，")
    assert [(q.value, q.unit) for q in ratio] == [(2.76, "other:ratio")]
    people = find_quantities("贫困人口623万")
    assert [q.unit for q in people] == ["person"]


# --------------------------------------------------------------------------- damage index


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=30),
       st.integers(0, 340), st.integers(0, 20))
def test_the_damage_index_agrees_with_a_scan(raw, rs, width):
    damage = [(s, s + w) for s, w in raw]
    re_ = rs + width
    scan = any(ds - DAMAGE_WINDOW < re_ and rs < de + DAMAGE_WINDOW for ds, de in damage)
    assert _damage_index(damage)(rs, re_) == scan


def test_the_damage_index_on_many_repairs():
    rng = random.Random(7)
    damage = [(s, s + rng.randrange(1, 9)) for s in rng.sample(range(100_000), 3000)]
    near = _damage_index(damage)
    for rs in range(0, 100_000, 997):
        scan = any(ds - DAMAGE_WINDOW < rs + 4 and rs < de + DAMAGE_WINDOW for ds, de in damage)
        assert near(rs, rs + 4) == scan


# --------------------------------------------------------------------------- scopes


def _walk(text, start, end, delims, lo, hi):
    a = start
    while a > lo and text[a - 1] not in delims:
        a -= 1
    b = end
    while b < hi and text[b] not in delims:
        b += 1
    return a, b


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙，、。；\n(（3", max_size=30), st.data())
def test_scope_by_search_is_the_walk_to_the_nearest_delimiter(text, data):
    n = len(text)
    lo = data.draw(st.integers(0, n))
    hi = data.draw(st.integers(lo, n))
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    for delims in (attribution.CLAUSE_DELIMS, attribution.ITEM_DELIMS):
        assert attribution._scope(text, start, end, delims, lo, hi) == _walk(text, start, end, delims, lo, hi)
