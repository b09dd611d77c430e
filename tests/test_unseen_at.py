"""Six reports damaged as PDF text layers, table scrapers and word processors damage pages (tests/data/unseen_at,
issue 12), with kinds unseen_ai, unseen_am and unseen_aq did not use: page footers (第N页 共M页) and running heads
between a figure and its unit, a letter-spaced PDF (1 2 . 5 亿 元), footnote references after and before figures
(21.6万亩①, 36.8亿元[1], 监测对象³1206户), an HTML table one cell a line, Word numbering glued to the figure opening
its item (2.186个 = item 2 and 186个), ideographic and no-break spaces inside figures, a fixed-width PDF conversion
that hyphenates figures at the line end (7- / 8.3%). The clean texts are in make_pages.py; gold by build_gold.py;
three deliberate errors (a 完成率92.8%, c “金寨四宝”占59.4%, e 衔接资金2.36亿元).

First contact (base 3ef2b5f, before any rule was written for them):
    extraction F1 0.857 (P 0.967, R 0.770) over 304 gold quantities in 6 files; regions 1.000 (234/234)
    relations: 29/49 verified right, 3/3 found, 1 false alarm (checks 2.186个 >= 172个)
    wrong numbers (benchmarks/wrong_numbers.py): 6 (2.186个, 3.12家, 1.8个; 7-/8.3% read 8.3%, 1-/46个 read 1,
    60.-/4% read 4%)
After the rules: extraction F1 0.990 (P 0.993, R 0.987), regions 1.000 (300/300), relations 42/49 right, 3/3 found,
0 false alarms, 0 wrong numbers.
Still missed: the two figures with an ideographic space inside (1　286万元, 1　042人: flagged digit_lost, a known
failure of damage_cases.json), c's 年均增长14.5% from 2020 (the end year is in the sentence before), c's 每吨1.3万元,
c's 14.4% and d's 6.9% (their wholes are sentences away), d's 两镇合计 (its parts are table cells), e's 每生每年1500元.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.export_damage import cell_lines_edits, hard_wrap_edits, letter_spacing_edits, word_numbering_edits

from fixtures.written import (
    apply_edits, values_of, assert_no_alarm, assert_no_wrong_number, assert_relation_floors, build_tables,
                              extraction_f1, facts_of, rate_of, region_agreement)

UNSEEN_AT = paths.TEST_DATA_DIR / "unseen_at"

MIN_F1 = 0.985        # extraction F1 over 304 gold quantities; was 0.857
MIN_REGIONS = 0.995   # region agreement; was 1.000 (234/234), 300/300 now
MIN_RIGHT = 42        # relations verified right, of 49; was 29 (with 1 false alarm)
MIN_FOUND = 3         # deliberate errors found, of 3; was 3


@pytest.fixture(scope="module")
def unseen_at_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AT, tmp_path_factory.mktemp("unseen_at_run") / "processed")


def test_unseen_at_relations(unseen_at_run):
    assert_relation_floors(unseen_at_run, UNSEEN_AT, MIN_RIGHT, MIN_FOUND)


def test_unseen_at_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AT)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AT)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_unseen_at_has_no_wrong_number():
    assert_no_wrong_number(UNSEEN_AT)


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AT.glob("[bdf]_*.txt")))  # the reports with no deliberate error


# --- a letter-spaced PDF ----------------------------------------------------------------------------

def test_a_letter_spaced_pdf_line_is_read_as_its_words(tmp_path):
    body = "2 0 2 3 年 ， 全 县 投 入 衔 接 资 金 1 2 . 5 亿 元 ， 较 上 年 增 长 8 . 6 % ， 带 动 脱 贫 户 3 8 6 2 户 。"
    assert values_of(tmp_path, body) == {1.25e9, 8.6, 3862}


def test_a_wider_gap_in_a_letter_spaced_line_is_a_space_of_the_text():
    line = "英 山 县 人 社 局   2 0 2 4 年 1 月 1 2 日"
    assert apply_edits(line, letter_spacing_edits(line)) == "英山县人社局 2024年1月12日"


@pytest.mark.parametrize("text", [
    "1 2 3 4 5 6 7 8 9",                 # figures alone: no words spaced out
    "乡镇 户数 资金 项目 备注 合计 小计",    # a header of words split by spaces
    "贫困村 12 个 ， 非贫困村 8 个",          # prose with spaces around its figures
])
def test_a_line_that_is_not_letter_spaced_keeps_its_spaces(text):
    assert letter_spacing_edits(text) == []


# --- Word numbering glued to a figure --------------------------------------------------------------

NUMBERED = "（一）产业帮扶\n1.全旗统筹衔接资金2.36亿元。\n2.186个衔接项目全部开工，已完工172个。\n3.12家龙头企业带动脱贫户3864户。\n4.肉牛存栏达到38.6万头。\n"


def test_word_numbering_glued_to_the_figure_of_its_item_is_no_digit_of_it(tmp_path):
    values = values_of(tmp_path, NUMBERED)
    assert {186, 12, 172}.issubset(values) and not values & {2.186, 3.12}


def test_lines_opening_with_decimal_figures_and_no_plain_item_are_figures():
    text = "（一）产业帮扶\n1.2万户脱贫户参与肉牛产业。\n2.3万人实现务工就业。\n"
    assert word_numbering_edits(text) == []


def test_a_number_out_of_the_sequence_is_no_item_number():
    text = "1.全旗统筹衔接资金。\n3.12家龙头企业带动脱贫户。\n"   # 3 does not follow 1
    assert word_numbering_edits(text) == []


# --- an HTML table one cell a line -----------------------------------------------------------------

CELLS = ("分配表\n乡镇\n受益户数（户）\n奖补资金（万元）\n主要产业\n猫营镇\n612\n244.8\n生猪、蔬菜\n板当镇\n538\n215.2\n中药材\n"
         "合计\n1150\n460.0\n\n说明：受益户数含监测户。\n")


def test_a_table_one_cell_a_line_is_read_with_its_header_units(tmp_path):
    facts = facts_of(tmp_path, CELLS)
    got = dict(zip(facts["raw"], facts["value"]))
    assert got["244.8"] == 2448000 and got["612"] == 612 and got["1150"] == 1150 and got["460.0"] == 4600000


def test_short_lines_with_no_unit_header_are_no_table():
    text = "领导小组成员\n组长\n张某某\n副组长\n李某某\n成员\n王某某\n赵某某\n"
    assert cell_lines_edits(text) == []


# --- a fixed-width conversion with hyphenation -----------------------------------------------------

def _hyphen_wrapped(paragraph: str, width: int) -> str:
    """The paragraph as the set's converter prints it (make_pages.hyphen_wrap), under a title and a source line."""
    import sys

    sys.path.insert(0, str(UNSEEN_AT))
    from make_pages import hyphen_wrap

    return "标题\n来源\n" + hyphen_wrap(paragraph, width) + "\n"


# cut at 28: 达到7- / 8.3% (a hyphen beyond the width), 确定3- / 5个 (a range's own dash at the width)
WRAPPED = _hyphen_wrapped("新建改造农村户厕4862座，全县农村卫生厕所普及率达到78.3%。三河镇新建户厕1126座，关桥乡新建户厕986座，"
                          "李旺镇新建户厕1035座。各乡镇新建户厕已全部验收，全县各乡镇均建立了农村户厕长效管护机制，每个乡镇确定"
                          "3-5个示范村开展人居环境整治“红黑榜”评比，每季度评比1次，评比结果在村务公开栏公示，接受群众监督。", 28)


def test_a_hyphen_beyond_the_wrap_width_inside_a_figure_goes_with_the_break():
    assert "普及率达到78.3%" in apply_edits(WRAPPED, hard_wrap_edits(WRAPPED))


def test_a_range_dash_at_the_wrap_width_stays():
    assert "确定3-5个示范村" in apply_edits(WRAPPED, hard_wrap_edits(WRAPPED))


# --- a rate word completed by its numerator's clause -----------------------------------------------

def test_an_employment_rate_after_training_is_over_the_trained(tmp_path):
    body = ("开展技能培训126期，培训5862人次，培训后实现就业4985人，就业率85.0%。"
            "在外设立劳务协作工作站9个，帮助输送劳动力1.12万人。")
    r = rate_of(facts_of(tmp_path, body), "85.0%")
    assert r["denominator"] == 5862 and r["status"] == "match"


def test_an_employment_rate_of_the_labour_force_keeps_its_base(tmp_path):
    body = "全县有搬迁劳动力8120人，已就业7560人，就业率93.1%。"
    r = rate_of(facts_of(tmp_path, body), "93.1%")
    assert r["denominator"] == 8120 and r["status"] == "match"
