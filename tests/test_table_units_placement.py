"""Tables of county reports copied as text (tabs, | or spaces), session 8: (a) a header whose units stand on
the line below its names (计划项目 over （个）) counts what its names count, and a bare 个 under a column
after 项目/村/企业 counts that noun (unknown nouns keep other:个); (b) a short row of a table that keeps its
blank cells is placed only where its figures fit one placement alone, else its figures are left without a
column — never a figure under the wrong one. The tables are written here in the style of real reports."""
from __future__ import annotations

import pytest

from fixtures.table_rows import cells, row_of


# ---- (a) units on the line under the names

_TAB_UNITS_BELOW = ("表2 2023年衔接资金项目分乡镇实施情况\n"
                    "乡镇\t计划项目\t已开工\t已完工\t计划资金\n"
                    "\t（个）\t（个）\t（个）\t（万元）\n"
                    "城关镇\t12\t10\t8\t860.5\n"
                    "东河镇\t8\t7\t5\t540\n")


def test_units_under_tab_names_count_the_named_noun():
    assert row_of(_TAB_UNITS_BELOW, "城关镇") == [("12", 12, "project"), ("10", 10, "project"), ("8", 8, "project"),
                                                ("860.5", 8605000, "CNY")]


def test_tab_units_that_lost_the_blank_over_the_labels_stand_under_the_data_columns():
    # （个）\t（个）\t（万元） under four names: not 乡镇（个）, 项目数（个）, 已开工（万元） — 10 is no money
    text = "乡镇\t项目数\t已开工\t资金\n（个）\t（个）\t（万元）\n城关镇\t12\t10\t860\n"
    assert cells(text) == [("12", 12, "project"), ("10", 10, "project"), ("860", 8600000, "CNY")]
    # one unit under a tab header, its blanks kept: the unit of 已开工 alone
    text = "乡镇\t项目数（个）\t已开工\t资金（万元）\n\t\t（个）\n城关镇\t12\t10\t860\n"
    assert cells(text) == [("12", 12, "project"), ("10", 10, "project"), ("860", 8600000, "CNY")]


def test_units_under_pipe_names():
    text = ("| 乡镇 | 贫困村 | 已退出 | 龙头企业 |\n"
            "| | （个） | （个） | （家） |\n"
            "| 城关镇 | 12 | 10 | 3 |\n")
    assert row_of(text, "| 城关镇") == [("12", 12, "village"), ("10", 10, "village"), ("3", 3, "enterprise")]


@pytest.mark.parametrize("header", [
    "乡镇 项目数 已开工 资金\n（个） （个） （万元）\n",          # the label column has no unit below it
    "序号 乡镇 项目数 已开工 资金\n（个） （个） （万元）\n",     # nor the serial number
])
def test_units_under_spaced_names(header):
    text = header + "1 城关镇 12 10 860\n2 东河镇 8 7 540\n" if header.startswith("序号") \
        else header + "城关镇 12 10 860\n东河镇 8 7 540\n"
    assert [u for _, _, u in cells(text)] == ["project", "project", "CNY"] * 2


def test_units_under_spaced_names_that_cannot_be_placed_say_nothing_of_them():
    # two units under three data columns (项目数, 完工率, 资金): which of them has none? the units are not joined
    text = "乡镇 项目数 完工率 资金\n（个） （万元）\n城关镇 12 83.3% 860\n"
    assert ("860", 8600000, "CNY") not in cells(text)


def test_a_bare_个_under_a_noun_of_no_known_unit_stays_other():
    text = "乡镇\t已开工\t资金\n\t（个）\t（万元）\n城关镇\t10\t860\n"
    assert cells(text) == [("10", 10, "other:个"), ("860", 8600000, "CNY")]


def test_a_count_wrapped_inside_its_cell_still_counts_projects():
    text = "乡镇\t项目数\n（个）\t已开工\n（个）\t资金（万元）\n城关镇\t12\t10\t860\n"
    assert cells(text) == [("12", 12, "project"), ("10", 10, "project"), ("860", 8600000, "CNY")]


# ---- (b) a short row of a table that keeps its blank cells

_KEPT = ("乡镇\t项目数（个）\t投资（万元）\t受益人口（人）\t备注\n"
         "城关镇\t12\t860.5\t4520\t已验收\n"
         "东河镇\t\t540.2\t3100\t\n"
         "{}\n")


def test_a_short_row_placed_where_its_figures_alone_fit():
    # 320.5 is no count of projects, and 2800 is of the order of the persons: 投资 and 受益人口, nothing else
    text = _KEPT.format("西山乡\t320.5\t2800")
    assert row_of(text, "西山乡") == [("320.5", 3205000, "CNY"), ("2800", 2800, "person")]


def test_a_short_row_missing_only_its_words_is_read_at_once():
    text = _KEPT.format("西山乡\t6\t320.5\t2800")
    assert row_of(text, "西山乡") == [("6", 6, "project"), ("320.5", 3205000, "CNY"), ("2800", 2800, "person")]


def test_a_short_row_of_several_placements_is_left_without_a_column():
    # 6 may be a count of projects or (a small village) of persons: nothing is said of the row
    text = ("乡镇\t项目数（个）\t已开工（个）\t资金（万元）\t完工率（%）\n"
            "城关镇\t12\t\t860\t83.3\n"
            "东河镇\t8\t7\t540\t75.0\n"
            "西山乡\t6\t5\n")
    assert row_of(text, "西山乡") == []
    assert row_of(text, "东河镇") == [("8", 8, "project"), ("7", 7, "project"), ("540", 5400000, "CNY"),
                                     ("75.0", 75, "percent")]


def test_a_short_row_of_households_or_persons_is_not_guessed():
    text = ("乡镇\t脱贫户（户）\t脱贫人口（人）\t帮扶资金（元）\t备注\n"
            "城关镇\t126\t452\t386000\t已验收\n"
            "东河镇\t98\t\t251000\t\n"
            "西山乡\t87\t312000\n")
    assert row_of(text, "西山乡") == []  # 87 households or 87 persons: where the money stands is no help
