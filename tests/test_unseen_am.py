"""Six reports damaged as PDF/OCR extraction and mirror sites damage pages (tests/data/unseen_am, issue 12), with
kinds unseen_ai did not use: OCR confusions inside figures (3.O6亿元, 3l2个, 1.B7亿元, 21〇6个), figures cut by a page
footer and running header inside a paragraph, HTML table rows left as <tr><td>, entities escaped twice
(5&amp;nbsp;748户), <br> inside a figure, Chinese numerals and mixes (二百一十余家, 一千二百余万元, 两千余人), ranges,
fractions and 成, negative growth (增长-1.5%, －2.4%, −0.8%), ‰, seed-like GBK runs over full-width digits, pinyin and
zhuyin ruby left in a Big5 page; files in UTF-8, Big5 and GB18030. Gold by build_gold.py; three deliberate errors
(g 脱贫户果园面积占33.1%, i 帶動貧困戶佔87.1%, k 衔接资金2.68亿元).

First contact (base 5e72d43, before any rule was written for them):
    extraction F1 0.713 (P 0.875, R 0.602) over 186 gold quantities in 6 files; regions 1.000 (112/112)
    relations: 10/31 verified right, 1/3 found, 1 false alarm
    wrong numbers (benchmarks/wrong_numbers.py): 12 (86户 and 52人 cut by a page break, 21〇6个 read 6个, 增长-1.5%,
    －2.4%, −0.8% read positive, six figures with &amp;nbsp; read from their last group: 5&amp;nbsp;748户 = 748户)
After the rules: extraction F1 0.950 (P 0.988, R 0.914), regions 1.000 (170/170), relations 22/31 right (23
verified), 0/3 found, 0 false alarms, 0 wrong numbers. Found fell from 1
to 0: the <br> before 全县脱贫户果园面积8.9万亩 is now a paragraph break, so that paragraph states no year and the
share 占33.1% against 28.6万亩 (2022) is reported ambiguous (the base may be of another period), not mismatch.
Still missed: the twelve figures of i swallowed by GBK runs over full-width digits (flagged nowhere, read
nowhere: no wrong number), 3B个 (a letter at the end of a figure is left alone: 3A级), 十二栋, 二十四期 and 千万元
(Chinese numerals before arabic-only words), k's total 2.68亿元 (its four levels are read as a nesting, not an
exhaustive sum).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fupin import paths
from fupin.quantities import find_quantities

from fixtures.written import (assert_no_wrong_number, assert_relation_floors, build_tables, extraction_f1, facts_of,
                              region_agreement)

UNSEEN_AM = paths.TEST_DATA_DIR / "unseen_am"

MIN_F1 = 0.945        # extraction F1 over 186 gold quantities; was 0.713
MIN_REGIONS = 0.995   # region agreement; was 1.000 (112/112)
MIN_RIGHT = 24        # relations verified right, of 31; was 10 (with 1 false alarm); 24 in session 13
MIN_FOUND = 2         # deliberate errors found, of 3; was 1; 2 in session 13 (占33.1% after its 2022 whole runs on in its year)


@pytest.fixture(scope="module")
def unseen_am_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AM, tmp_path_factory.mktemp("unseen_am_run") / "processed")


def test_unseen_am_relations(unseen_am_run):
    assert_relation_floors(unseen_am_run, UNSEEN_AM, MIN_RIGHT, MIN_FOUND)


def test_unseen_am_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AM)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AM)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_unseen_am_has_no_wrong_number():
    assert_no_wrong_number(UNSEEN_AM)


# --- named sentences ------------------------------------------------------------------------------

def _facts(tmp_path, body):
    return facts_of(tmp_path, body)[["raw", "value", "unit", "flags"]]


def test_a_figure_cut_by_a_page_footer_and_running_header_is_read_whole(tmp_path):
    header = "花垣县巩固拓展脱贫攻坚成果工作总结"
    body = (f"全县纳入防止返贫监测对象12\n- 3 -\n{header}\n86户4918人。已消除风险862户。\n"
            f"建成帮扶车间38个，吸纳就业10\n- 4 -\n{header}\n52人，其中脱贫劳动力836人。")
    f = _facts(tmp_path, body)
    values = set(f["value"].dropna())
    assert {1286, 1052} <= values and not {86, 52} & values, f


def test_a_heading_printed_once_after_a_page_number_stays_a_heading(tmp_path):
    # counter-example: the line after the page number is a real section heading, not a running header, and
    # the paragraph before ends its sentence: nothing is joined, 3个 is read as printed
    body = "全县纳入防止返贫监测对象1286户。\n- 3 -\n二、产业帮扶\n3个乡镇建成产业园。"
    f = _facts(tmp_path, body)
    assert 3 in set(f["value"]) and 1286 in set(f["value"]), f


@pytest.mark.parametrize("body, raw, value", [
    ("苹果产值15.26亿元，同比增长-1.5%。", "-1.5%", -1.5),
    ("食用菌产量12.4万吨，同比增长－2.4%（受春季低温影响）。", "－2.4%", -2.4),
    ("产值15.3亿元，同比增长−0.8%。", "−0.8%", -0.8),
])
def test_a_minus_after_a_chinese_word_is_the_sign_of_the_figure(body, raw, value):
    q = [q for q in find_quantities(body) if q.raw == raw]
    assert q and q[0].value == value and "signed" in q[0].flags, find_quantities(body)


@pytest.mark.parametrize("body, raw, value", [
    ("按照每3-5个村建设一个孵化点的思路培育电商主播。", "3-5个", 3),     # a range: a digit before the dash
    ("项目编号G-318国道改造完成。", None, None),                          # a code: a letter before the dash
    ("补助标准为500-800元。", "500-800元", 500),
])
def test_a_dash_after_a_digit_or_letter_is_no_minus(body, raw, value):
    qs = find_quantities(body)
    assert all(q.value is None or q.value >= 0 for q in qs), qs
    if raw:
        assert any(q.raw == raw and q.value == value for q in qs), qs


def test_an_ocr_zero_inside_digits_loses_the_figure_never_its_tail():
    qs = find_quantities("开发乡村公益性岗位21〇6个，全年发放岗位补贴1893.5万元。")
    assert not any(q.value == 6 for q in qs)
    assert any(q.raw.endswith("6个") and q.value is None and "digit_lost" in q.flags for q in qs), qs


def test_a_chinese_zero_in_a_chinese_numeral_is_still_read():
    # counter-example: 〇 inside a Chinese numeral is its zero (一千〇五十户), and 二〇二三年 is a date
    qs = find_quantities("二〇二三年，全村一百〇五户全部脱贫。")
    assert [(q.raw, q.value) for q in qs] == [("一百〇五户", 105)], qs


def test_an_entity_escaped_twice_is_one_space_inside_a_figure(tmp_path):
    f = _facts(tmp_path, "带动脱贫户5&amp;nbsp;748户，全年争取资金6&amp;nbsp;850万元，“苹果&amp;电商”模式。")
    assert {5748, 6.85e7} <= set(f["value"]) and not {748, 8.5e6} & set(f["value"]), f


# --- properties ------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["", "5", "26"]), st.sampled_from(["-", "－", "−"]),
       st.sampled_from(["同比增长", "增速为", "比上年（", "增长率："]), st.sampled_from(["%", "个百分点"]))
def test_a_signed_growth_is_read_with_its_sign(integer, decimals, sign, lead, unit):
    number = f"{integer}.{decimals}" if decimals else str(integer)
    text = f"全县农村居民收入{lead}{sign}{number}{unit}。"
    qs = [q for q in find_quantities(text) if number + unit in q.raw]
    assert qs and all(q.value == pytest.approx(-float(number)) for q in qs), (text, qs)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=100, max_value=999), st.sampled_from(["-", "－"]))
def test_a_range_is_never_read_as_a_negative(low, high, dash):
    text = f"每户补助{low}{dash}{high}元。"
    assert all(q.value is None or q.value >= 0 for q in find_quantities(text)), text


# --- OCR letters, HTML and ruby left in the text ----------------------------------------------------

def _apply(text: str, edits) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:e.start] + e.after + text[e.end:]
    return text


@pytest.mark.parametrize("damaged, clean", [
    ("统筹衔接资金3.O6亿元", "统筹衔接资金3.06亿元"),
    ("实施衔接项目3l2个", "实施衔接项目312个"),
    ("支出进度95.l%。", "支出进度95.1%。"),
    ("产业发展资金1.B7亿元", "产业发展资金1.87亿元"),
    ("开发乡村公益性岗位21〇6个", "开发乡村公益性岗位2106个"),
    ("人均可支配收入13 8O6元", "人均可支配收入13 806元"),
])
def test_an_ocr_letter_inside_a_figure_is_read_as_its_digit(damaged, clean):
    from fupin.ocr_digits import ocr_digit_edits

    assert _apply(damaged, ocr_digit_edits(damaged)) == clean


@pytest.mark.parametrize("text", ["建成帮扶车间3B个", "G1O2国道", "创建3A级景区2个", "建成5G基站120个", "二〇二三年",
                                  "全村一百〇五户", "第10O页", "版本1.0.2"])
def test_a_letter_at_the_end_of_a_figure_or_in_a_code_is_no_digit(text):
    from fupin.ocr_digits import ocr_digit_edits

    assert ocr_digit_edits(text) == [], text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=100, max_value=99999), st.sampled_from(["", ".5", ".06"]), st.data())
def test_ocr_letters_never_change_another_digit(integer, decimals, data):
    from fupin.ocr_digits import ocr_digit_edits

    number = f"{integer}{decimals}"
    inner = [i for i, c in enumerate(number) if 0 < i < len(number) - 1 and c in "018"]
    if not inner:
        return
    i = data.draw(st.sampled_from(inner))
    letter = data.draw(st.sampled_from({"0": "O〇o", "1": "lI", "8": "B"}[number[i]]))
    damaged = f"全年投入资金{number[:i]}{letter}{number[i + 1:]}万元。"
    assert _apply(damaged, ocr_digit_edits(damaged)) == f"全年投入资金{number}万元。"


def test_an_html_table_left_in_the_text_is_read_as_a_table(tmp_path):
    body = ("各镇苹果产业发展情况如下：\n"
            "<table><tr><td>镇名</td><td>种植面积（万亩）</td><td>带动脱贫户（户）</td></tr>\n"
            "<tr><td>永坪镇</td><td>5.2</td><td>1126</td></tr>\n"
            "<tr><td>文安驿镇</td><td>4.8</td><td>986</td></tr>\n"
            "<tr><td>合计</td><td>10.0</td><td>2112</td></tr></table>")
    f = _facts(tmp_path, body)
    assert {52000, 48000, 100000, 1126, 986, 2112} <= set(f["value"]), f


def test_a_br_inside_a_figure_is_a_line_break_joined_again(tmp_path):
    f = _facts(tmp_path, "全县脱贫户果园面积8.9万亩，户均苹果收入1.2<br>万元。")
    assert 12000 in set(f["value"]) and 1.2 not in set(f["value"]), f


def test_ruby_left_in_a_traditional_page_is_dropped(tmp_path):
    body = ("2021年，西吉縣馬鈴薯種植面積穩定在52.6萬<rt>w&#224;n</rt>畝，總產量126.3萬(ㄨㄢˋ)噸，"
            "種植戶4.8萬w&#224;n戶，產業扶持資金8 650萬(ㄨㄢˋ)元(ㄩㄢˊ)。")
    f = _facts(tmp_path, body)
    assert {526000, 1263000, 48000, 8.65e7} <= set(f["value"]), f


def test_a_real_parenthesis_after_a_character_stays(tmp_path):
    # counter-example: brackets that hold no reading of the character before them are text
    f = _facts(tmp_path, "全县建成储藏窖(库)1260座，带动农户(含脱贫户)4.8万户。")
    assert {1260, 48000} <= set(f["value"]), f
