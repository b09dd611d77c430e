"""Sentence spans (fupin.sentences)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fupin.sentences import split_sentences


def _sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_splits_at_chinese_terminators():
    text = "2019年北京市安排资金3.77亿元。实施项目56个;受益68200人!还有啥?"
    assert _sents(text) == ["2019年北京市安排资金3.77亿元。", "实施项目56个;", "受益68200人!", "还有啥?"]


def test_closing_quote_stays_with_its_sentence():
    text = "丁增赤介绍说:“目前,村里的老信号塔已经修复好了。”驻村工作队继续协调。"
    assert _sents(text) == ["丁增赤介绍说:“目前,村里的老信号塔已经修复好了。”", "驻村工作队继续协调。"]


def test_closing_bracket_and_double_terminator():
    assert _sents("真的吗?!(记者 王茜)") == ["真的吗?!", "(记者 王茜)"]
    assert _sents("项目开工率34.93%。)下一句。") == ["项目开工率34.93%。)", "下一句。"]


def test_no_split_inside_book_titles():
    text = "印发《关于做好2022年防返贫工作的通知。附件》等文件。全市63个文件中继续执行33个。"
    assert _sents(text) == ["印发《关于做好2022年防返贫工作的通知。附件》等文件。", "全市63个文件中继续执行33个。"]


def test_numbers_and_mojibake_question_marks_do_not_split():
    assert _sents("资金3.82亿元,项目53个。") == ["资金3.82亿元,项目53个。"]
    # "?" from mis-decoded bytes is glued to a digit or a Latin letter: not punctuation
    assert _sents("促进当?26人就业,助力14123人增收。") == ["促进当?26人就业,助力14123人增收。"]


def test_line_ends_split_and_blank_lines_vanish():
    text = "接续奋斗,守住脱贫攻坚胜利果实\n\n  拉萨市严格落实要求。\n"
    assert _sents(text) == ["接续奋斗,守住脱贫攻坚胜利果实", "拉萨市严格落实要求。"]


def test_unclosed_title_mark_does_not_swallow_the_next_line():
    assert _sents("见《通知\n第二行。第三句。") == ["见《通知", "第二行。", "第三句。"]


ALPHABET = st.sampled_from(list("脱贫攻坚资金亿元个人户。！？;!?,、“”《》()3.82\n -a"))


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_spans_are_ordered_disjoint_and_cover_all_text(text):
    spans = split_sentences(text)
    pos = 0
    for a, b in spans:
        assert pos <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert "\n" not in text[a:b]
        assert text[pos:a].strip() == ""
        pos = b
    assert text[pos:].strip() == ""


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_spans_never_cut_a_decimal_or_a_closed_title(text):
    ends = {b for _, b in split_sentences(text)}
    for b in ends:
        if 0 < b < len(text):
            assert not (text[b - 1] == "." and text[b].isdigit())
            # inside a closed 《…》 on one line: an unmatched 《 before b and a 》 after it
            line_start = text.rfind("\n", 0, b) + 1
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            before, after = text[line_start:b], text[b:line_end]
            depth = 0
            for ch in before:
                depth = depth + 1 if ch == "《" else max(0, depth - 1) if ch == "》" else depth
            assert not (depth > 0 and "》" in after)


@pytest.mark.parametrize("text, n", [
    ("投资估算146。73亿元。据介绍，已下达68。57亿元。", 2),       # 。 for a decimal point before 亿元
    ("占比64。2%，比上年提高2。3个百分点。下一步加快进度。", 2),   # before % and 个百分点
    ("较上年增长１２。６％。", 1),                                  # full-width digits
    ("支出进度达到30。12个县已完成招标。", 2),                     # counter-example: before a count, a sentence may end
    ("开工率达到100。2023年以来，全县新建项目12个。", 2),          # counter-example: a year after the stop
])
def test_a_cjk_full_stop_printed_for_a_decimal_point_ends_no_sentence(text, n):
    assert len(split_sentences(text)) == n, [text[a:b] for a, b in split_sentences(text)]
