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


def _read(text: str) -> str:
    """The text as the reader hands it on: bytes escaped or misread restored (fupin.byte_escapes), normalised
    (fupin.reading.normalise_edits) and full-width folded."""
    from fupin.reading import fold_fullwidth, normalise_edits
    from fupin.textmap import MappedText

    from fupin.reading import _escaped_bytes

    got = _escaped_bytes(MappedText.from_decoded(text, "utf-8"))  # quoted-printable, RTF, UTF-8 misread as GBK
    text = got[0].text if got is not None else text
    edits = normalise_edits(text)
    return fold_fullwidth(MappedText.from_decoded(text, "utf-8").apply(edits).text if edits else text)


def _ocr(text: str) -> str:
    """The text with the OCR edits of the repair step applied (fupin.ocr_digits)."""
    from fupin.ocr_digits import ocr_digit_edits, ocr_unit_edits
    from fupin.textmap import MappedText

    edits = ocr_digit_edits(text) + ocr_unit_edits(text)
    return MappedText.from_decoded(text, "utf-8").apply(edits).text if edits else text


def _check(case: dict) -> None:
    stage = case.get("stage")
    text = repair(case["input"])[0] if stage == "repair" else _read(case["input"]) if stage == "read" else \
        _ocr(case["input"]) if stage == "ocr" else case["input"]
    if "expected_text" in case:  # a repair case: the repaired text must read so
        assert case["expected_text"] in text, f"{case['label']}: {text}"
        if "raw" not in case:
            return
    found = find_quantities(text)
    hits = [q for q in found if q.raw == case["raw"]]
    if case["expected"] == "none":
        assert not hits, f"{case['label']}: {hits}"
        return
    assert len(hits) == 1, f"{case['label']}: found {[(q.raw, q.value) for q in found]}"
    q = hits[0]
    if case["expected"] == "lost":
        assert q.value is None and "digit_lost" in q.flags, case["label"]
    elif case["expected"] == "unclear":
        assert q.value is None and "number_unclear" in q.flags, case["label"]
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


# --- any scraper damage, one number at a time (benchmarks/scraper_damage.py does whole pages) ----

def _fw(s: str) -> str:
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def _group(integer: int, sep: str) -> str:
    return f"{integer:,}".replace(",", sep)


DAMAGES = {
    # name: (damaged number from (integer, decimals), whether the value must still be read)
    "decimal 。": (lambda i, d: f"{i}。{d or '5'}", True),
    "decimal ·": (lambda i, d: f"{i}·{d or '5'}", True),
    "decimal ‧": (lambda i, d: f"{i}‧{d or '5'}", True),
    "decimal ．": (lambda i, d: f"{i}．{d or '5'}", True),
    "full-width digits": (lambda i, d: _fw(f"{i}" + (f".{d}" if d else "")), True),
    "no-break space separator": (lambda i, d: _group(max(i, 1000), "\u00a0") + (f".{d}" if d else ""), True),
    "thin space separator": (lambda i, d: _group(max(i, 1000), "\u2009") + (f".{d}" if d else ""), True),
    "full-width comma separator": (lambda i, d: _group(max(i, 1000), "，") + (f".{d}" if d else ""), False),
    "enumeration comma separator": (lambda i, d: _group(max(i, 1000), "、") + (f".{d}" if d else ""), False),
    "ideographic space separator": (lambda i, d: _group(max(i, 1000), "\u3000") + (f".{d}" if d else ""), False),
    "ascii comma separator": (lambda i, d: _group(max(i, 1000), ",") + (f".{d}" if d else ""), False),
    "narrow no-break space separator": (lambda i, d: _group(max(i, 1000), "\u202f") + (f".{d}" if d else ""), True),
    "question-mark mask": (lambda i, d: ("?" + f"{i}"[1:]) + (f".{d}" if d else ""), False),
    "full-width question-mark mask": (lambda i, d: (f"{i}"[:-1] + "？") + (f".{d}" if d else ""), False),
}


def _cut(i: int, d: str, where: int, gap: str) -> str:
    number = f"{max(i, 10)}" + (f".{d}" if d else "")
    cuts = [k for k in range(1, len(number)) if number[k - 1].isdigit() and number[k].isdigit()]
    k = cuts[where % len(cuts)]
    return number[:k] + gap + number[k:]


def _only_truth_or_flagged(text: str, truth: float) -> list:
    """Every quantity of ``text`` (a frame with one number) has the true value or none, flagged."""
    qs = find_quantities(text)
    for q in qs:
        if q.value is None:
            assert {"digit_lost", "number_unclear"} & set(q.flags), (text, q)
        else:
            assert q.value == pytest.approx(truth, rel=1e-9), (text, q.raw, q.value, truth)
    return qs


@settings(max_examples=300, deadline=None)
@given(amounts(), st.sampled_from(sorted(DAMAGES)))
def test_damaged_number_is_right_or_flagged(a, kind) -> None:
    integer, decimals, unit, frame = a
    make, must_read = DAMAGES[kind]
    number = make(integer, decimals)
    if "separator" in kind:
        integer = max(integer, 1000)
    if kind.startswith("decimal"):
        decimals = decimals or "5"
    truth = _true_value(integer, decimals, unit)
    qs = _only_truth_or_flagged(frame.format(q=number + unit), truth)
    if must_read:
        assert any(q.value == pytest.approx(truth) for q in qs), (number + unit, qs)


@settings(max_examples=200, deadline=None)
@given(amounts(), st.integers(min_value=0, max_value=20),
       st.sampled_from([" ", "\n", "\u3000", "\u00a0", "  ", " \n"]))
def test_number_cut_by_a_stray_space_never_gives_another_value(a, where, gap) -> None:
    integer, decimals, unit, frame = a
    text = frame.format(q=_cut(integer, decimals, where, gap) + unit)
    _only_truth_or_flagged(text, _true_value(max(integer, 10), decimals, unit))


RATE_FRAMES = ["项目开工率达到{n},", "资金支出进度为{n}。", "到位率{n};", "产业项目比重应不低于{n}。",
               "占全部资金的{n},", "项目全部进场（开工率{n}），", "支出进度{n}。已拨付资金。",
               "就业率{n}，较上年提高。"]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=100), st.sampled_from(["", "5", "26"]),
       st.sampled_from(RATE_FRAMES))
def test_rate_without_percent_is_percent_or_nothing(integer, decimals, frame) -> None:
    number = str(integer) + (f".{decimals}" if decimals else "")
    truth = float(number)
    for q in _only_truth_or_flagged(frame.format(n=number), truth):
        assert q.unit == "percent" and "unit_inferred" in q.flags, (frame, q)


@settings(max_examples=100, deadline=None)
@given(amounts(), st.sampled_from(["*", "?", "？", "＊"]), st.data())
def test_fully_masked_or_stripped_digits_never_give_a_value(a, mask, data) -> None:
    integer, decimals, unit, frame = a
    number = str(integer) + (f".{decimals}" if decimals else "")
    digits = [i for i, c in enumerate(number) if c.isdigit()]
    if len(digits) < 2:
        return
    hidden = data.draw(st.sets(st.sampled_from(digits), min_size=1, max_size=len(digits) - 1))
    damaged = "".join(mask if i in hidden else c for i, c in enumerate(number))
    text, span = _place(frame, damaged, unit)
    assert all(q.value is None and "digit_lost" in q.flags for q in _values_at(text, *span)), text


# --- the same damage through the reader (entities, encodings, script, pinyin) -------------------

PAGE = "https://www.example.gov.cn/a.html\n某县衔接资金使用情况\n{body}\n"


def _extract(tmp_path: Path, body: str, encoding: str = "utf-8"):
    from fupin.extraction import extract_file

    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.format(body=body).encode(encoding, "xmlcharrefreplace"))
    return extract_file(path)


@pytest.mark.parametrize("body, raw_value", [
    ("全县共下达资金2&nbsp;650万元,支出进度82.9&#37;。", [26500000, 82.9]),
    ("全县共下达资金2\u00a0650万元,其中中央资金1&#160;200万元。", [26500000, 12000000]),
    ("群众满意度达到&ldquo;98.6%&rdquo;,受益3&thinsp;120户。", [98.6, 3120]),
])
def test_html_references_are_read_as_their_characters(tmp_path, body, raw_value) -> None:
    facts = _extract(tmp_path, body)
    assert sorted(facts["value"].tolist()) == sorted(raw_value)


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-16", "utf-16-le"])
def test_encodings_keep_values(tmp_path, encoding) -> None:
    from opencc import OpenCC

    body = "全县共下达衔接资金2.86亿元,带动脱贫户7150户,资金支出进度达到85.1%。"
    if encoding == "big5":
        body = OpenCC("s2t").convert(body)
    facts = _extract(tmp_path, body, encoding)
    assert sorted(facts["value"].tolist()) == sorted([286000000, 7150, 85.1])


@pytest.mark.parametrize("body", [
    "全县共下达衔接资金1 4.2亿元,其中中央资金3\n6.5万元。",   # a stray space, a line break
    "受益群众1，365人,其中脱贫户2、417户。",                 # comma / 、 as a thousands separator
    "资金到位率5 2.4%,支出进度8\u30000.4%。",                # a cut rate: never 5 % or 0.4 %
])
def test_cut_numbers_are_never_read_short(tmp_path, body) -> None:
    facts = _extract(tmp_path, body)
    bad = facts[facts["value"].notna() & ~facts["value"].isin([1420000000, 365000, 1365, 2417, 52.4, 80.4])]
    assert bad.empty, bad[["raw", "value", "flags"]]


def test_damaged_twin_of_written_reports_has_no_wrong_value(tmp_path) -> None:
    """benchmarks/scraper_damage.py on two written reports with gold: every kind of damage, one at a
    time and mixed; a touched gold quantity is read right, flagged or missed, never another value."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import scraper_damage as sd

    data = Path(__file__).parent / "data"
    files = [data / "unseen_r" / "l_guyuan_fund_progress_2024.txt",
             data / "unseen_q" / "o_fuping_microcredit_photovoltaic_2023.txt"]
    table = sd.run(list(sd.KINDS), seed=1, keep=tmp_path, verbose=0, files=files)
    wrong = [r for r in sd.run.rows if r["verdict"] == "wrong"]
    assert not wrong, wrong
    assert sum(c["right"] for c in table.values()) > 0.6 * sum(sum(c.values()) for c in table.values())


# --- issue 12 on unseen damage (tests/data/unseen_ai) ----------------------------------------------

@pytest.mark.parametrize("body, values", [
    ("2023年全县脱贫人口人均纯收入达到11&#8203;265元，增长8.2%。", [11265, 8.2]),     # an entity left by a scraper
    ("2023年全县脱贫人口人均纯收入达到11\u200b265元，增长8.2%。", [11265, 8.2]),      # the character itself
    ("带动脱贫户1\u2060350户，户均增收1&#x200B;350元。", [1350, 1350]),             # word joiner, hex reference
    ("全县\u200b脱贫人口\u200b人均纯收入11265元。", [11265]),                         # counter-example: between words
])
def test_zero_width_characters_never_cut_a_number(tmp_path, body, values) -> None:
    facts = _extract(tmp_path, body)
    assert sorted(facts["value"].tolist()) == sorted(values), facts[["raw", "value"]]


@settings(max_examples=30, deadline=None)
@given(amounts(), st.integers(min_value=0, max_value=20),
       st.sampled_from(["\u200b", "&#8203;", "\u2060", "&#x200b;", "\ufeff"]))
def test_zero_width_inside_a_number_never_gives_another_value(tmp_path_factory, a, where, mark) -> None:
    integer, decimals, unit, frame = a
    number = f"{max(integer, 10)}" + (f".{decimals}" if decimals else "")
    cuts = [k for k in range(1, len(number))]
    k = cuts[where % len(cuts)]
    body = frame.format(q=number[:k] + mark + number[k:] + unit)
    facts = _extract(tmp_path_factory.mktemp("zw"), body)
    truth = _true_value(max(integer, 10), decimals, unit)
    assert facts["value"].tolist() == [pytest.approx(truth)], (body, facts[["raw", "value"]])


def test_a_decimal_point_wrapped_at_a_line_end_is_never_the_digits_after_it() -> None:
    qs = find_quantities("截至11月20日，资金支出进度为78.\n4%。")
    assert all(q.value is None and "number_split" in q.flags for q in qs if "4%" in q.raw), qs
    # counter-example: a number after a sentence's own full stop is whole
    assert [q.value for q in find_quantities("已完成3个。4个县正在招标。")] == [3, 4]


def test_unseen_ai_reports_have_no_wrong_number() -> None:
    """benchmarks/wrong_numbers.py on the damaged set: every extracted value at a gold figure's position is
    the gold value (a lost figure is extracted empty or not at all)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import wrong_numbers

    folder = Path(__file__).parent / "data" / "unseen_ai"
    wrong = [w for txt in sorted(folder.glob("*.txt")) for w in wrong_numbers.wrong_numbers(txt)]
    assert not wrong, wrong


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.integers(min_value=1, max_value=9),
       st.sampled_from(["个百分点"]), st.sampled_from(["比上年提高{q}；", "高于全省平均{q}。", "下降{q}，"]))
def test_cjk_decimal_point_before_percentage_points_reads_exactly(integer, decimal, unit, frame) -> None:
    number = f"{integer}。{decimal}"
    truth = float(f"{integer}.{decimal}")
    qs = _only_truth_or_flagged(frame.format(q=number + unit), truth)
    assert [q.value for q in qs] == [pytest.approx(truth)] and qs[0].unit == "percentage_point", qs


@settings(max_examples=100, deadline=None)
@given(amounts(), st.sampled_from(["**", "*", "＊＊"]), st.data())
def test_masked_table_cell_is_lost_never_another_value(a, mask, data) -> None:
    integer, decimals, _, _ = a
    number = f"{max(integer, 10)}" + (f".{decimals}" if decimals else "")
    k = data.draw(st.integers(min_value=0, max_value=len(number) - 1))
    if not number[k].isdigit():
        return
    cell = number[:k] + mask + number[k + 1:]
    text = f"乡镇 | 项目数(个) | 投资(万元)\n上帕镇 | 8 | {cell}\n匹河乡 | 7 | 2180.4\n"
    for q in find_quantities(text):
        if q.start <= text.index(cell) < q.end or text.index(cell) <= q.start < text.index(cell) + len(cell):
            assert q.value is None, (text, q)
