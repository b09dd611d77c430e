"""Tables (session 15): the parts of a scorecard column broken down by county after 其中, the points of a
绩效目标表 (分值 | 得分), rows that lost the cells a merged cell spans when the copy stripped them, a label header
spread to the width of its column (项    目), and the counted noun of a cell written as a clause. Each rule
with a counter-example; rows in the style of 定点帮扶 reports, 绩效自评 reports, 决算 reports and 分配表 of
county notices (none quoted from a stored report)."""
from __future__ import annotations

from pathlib import Path

from fixtures.table_rows import cells, row_of
from fupin.extraction import extract_file


def _facts(tmp_path: Path, body: str, title: str = "某县工作情况"):
    path = tmp_path / "page.txt"
    path.write_text("https://www.example.gov.cn/a.html\n" + title + "\n" + body + "\n", encoding="utf-8")
    return extract_file(path)


SCORECARD = (
    "表1 2024年定点帮扶责任书主要指标完成情况\n"
    "单位：万元、人次\n"
    "序号\t指标\t年度目标\t完成值\t其中：麻江县\t丹寨县\t完成率（%）\n"
    "1\t直接投入帮扶资金\t1500\t1620\t850\t770\t108.0\n"
    "2\t培训基层干部\t500\t612\t320\t292\t122.4\n"
)


def test_the_parts_of_a_scorecard_column_after_qizhong_are_in_the_rows_unit():
    assert row_of(SCORECARD, "1\t") == [
        ("1500", 15000000.0, "CNY"), ("1620", 16200000.0, "CNY"), ("850", 8500000.0, "CNY"),
        ("770", 7700000.0, "CNY"), ("108.0", 108.0, "percent")]
    assert [u for _, _, u in row_of(SCORECARD, "2\t")] == ["person_time"] * 4 + ["percent"]


def test_a_part_column_naming_its_own_unit_keeps_it():
    # counter-example: 其中：到户资金（万元） names its unit; the rate column after the parts stays a rate
    text = ("单位：万元、人\n"
            "序号\t指标\t年度目标\t完成值\t其中：带动人数（人）\t完成率（%）\n"
            "1\t产业帮扶资金\t800\t860\t1200\t107.5\n")
    assert row_of(text, "1\t") == [("800", 8000000.0, "CNY"), ("860", 8600000.0, "CNY"),
                                   ("1200", 1200.0, "person"), ("107.5", 107.5, "percent")]


def test_score_columns_of_a_performance_table_are_points():
    text = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t新建产业基地个数\t≥5个\t6个\t20\t20\n"
            "效益指标\t经济效益指标\t带动增收人数\t≥300人\t286人\t20\t18\n")
    assert [(r, u) for r, _, u in row_of(text, "效益指标")] == [
        ("300人", "person"), ("286人", "person"), ("20", "other:score"), ("18", "other:score")]


def test_a_rate_of_points_is_no_points():
    # counter-example: 得分率（%） is the share of the weight, in percent, not points
    text = ("指标\t分值\t得分\t得分率（%）\n"
            "产出指标\t40\t36\t90.0\n"
            "效益指标\t40\t38\t95.0\n")
    assert [u for _, _, u in row_of(text, "产出指标")] == ["other:score", "other:score", "percent"]


MERGED = (
    "（二）绩效指标完成情况。全年实施项目33个，完工率100%。\n"
    "表2 2023年度衔接资金绩效目标完成情况表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t实施项目个数\t≥30个\t33个\t10\t10\n"
    "\t\t新建冷库数量\t≥4座\t4座\t10\t10\n"
    "\t质量指标\t项目验收合格率\t≥95%\t98%\t10\t9\n"
    "合计\t\t\t\t\t100\t96\n"
)


def test_a_row_that_lost_the_cells_of_a_merged_cell_is_read_against_the_last_columns(tmp_path):
    # the copy strips the leading tabs of the rows under a merged cell (产出指标 spans three rows)
    facts = _facts(tmp_path, MERGED, "某县2023年度衔接资金绩效自评报告")
    scores = facts[facts["unit"] == "other:score"]
    assert list(scores["raw"]) == ["10", "10", "10", "10", "10", "9", "100", "96"]


def test_a_row_that_lost_its_last_cells_is_not_moved_right():
    # counter-example: a row without its 备注 (words) is not read against the last columns: 120 is no 备注, 5 no
    # 资金; the cells keep the first columns
    text = ("乡镇\t项目数（个）\t资金（万元）\t备注\n"
            "城关镇\t6\t180\t已完工\n"
            "新城镇\t5\t120\n")
    assert row_of(text, "新城镇") == [("5", 5.0, "project"), ("120", 1200000.0, "CNY")]


def test_a_label_header_spread_over_its_column_is_one_cell():
    text = ("单位：万元\n"
            "项    目              预算数        决算数      完成预算%\n"
            "一、中央衔接资金       98500        93620         95.0\n"
            "二、省级衔接资金       36000        34210         95.0\n")
    assert row_of(text, "一、中央衔接资金") == [
        ("98500", 985000000.0, "CNY"), ("93620", 936200000.0, "CNY"), ("95.0", 95.0, "percent")]


def test_single_characters_after_a_label_stay_columns():
    # counter-example: 县 乡 村 after the label 项目 are three columns of counts, not a spread word
    text = ("单位：个\n"
            "项目 县 乡 村\n"
            "脱贫摘帽 3 26 187\n"
            "巩固提升 2 14 96\n")
    assert [v for _, v, _ in row_of(text, "脱贫摘帽")] == [3.0, 26.0, 187.0]


def test_a_cell_written_as_a_clause_counts_its_own_noun(tmp_path):
    text = ("单位：万元\n"
            "序号\t乡镇\t项目名称\t建设内容及规模\t分配资金\n"
            "1\t城关镇\t设施蔬菜产业园项目\t新建日光温室大棚16个\t215\n"
            "2\t新城镇\t农产品仓储保鲜项目\t新建冷库3座\t140\n")
    facts = _facts(tmp_path, text, "某县2024年衔接资金分配通知")
    counts = facts[facts["raw"].isin(["16个", "3座"])]
    assert "project" not in set(counts["unit"]), counts[["raw", "unit"]]


def test_a_cell_of_a_figure_alone_counts_its_rows_label():
    # counter-example: 实施项目个数 | ≥30个: the label of the row names what the cell counts
    text = ("指标\t年度指标值\t实际完成值\n"
            "实施项目个数\t≥30个\t33个\n"
            "新建冷库数量\t≥4座\t4座\n")
    assert [u for _, _, u in row_of(text, "实施项目个数")] == ["project", "project"]
