"""Six more reports written for the tests, in genres the other written sets do not cover (tests/data/unseen_af):
a 县 report on the 光伏扶贫电站 收益分配 (湖北 郧西县, 2023: 座 and 万千瓦 by 村级/集中式, 发电量 万千瓦时 and 同比, 收益 and
可分配收益, shares to 公益岗位/小型公益事业/奖励补助, 村均 and 人均), a 人民银行 市中心支行 通报 on 金融帮扶 (贵州 六盘水市,
2023: 涉农贷款 余额 by 主体 and 同比, 脱贫人口小额信贷 余额/户/户均, 不良率, 贴息, 乡村振兴贷款 较年初, 再贷款, 服务站
覆盖率), a 防贫保险 and 农业保险 report (河南 卢氏县, 2023: 参保 户/人 by 类别, 保费 by source with shares, 赔付 户次 and 万元
by cause, 赔付率, 农业保险 保费 by source 分别占), a 中央单位定点帮扶 责任书 完成情况 report (重庆 城口县, 2023: 任务, 完成 and
完成率 for 投入/引进帮扶资金, 培训 and 消费帮扶), a 驻村工作队 轮换 report (内蒙古 兴和县, 2023: 工作队 支, 驻村干部 名 by
role, source and 轮换/留任, shares of the team, 办实事 件, 协调资金, 经费 每人每年) and a 市 防止返贫动态监测 quarterly 通报
with a table by county (四川 广元市, 2023 Q3: 监测对象 户/人 by 类型 and 风险, 风险消除 and 消除率 by 县区, 帮扶措施 项 by kind).
Gold in the corpus format, written by build_gold.py from spans typed by hand. Three figures are deliberately wrong
(郧西县 小型公益事业 占22.5% for 682.4/3327.8 = 20.5%, 卢氏县 赔付1296户次 against four causes adding to 1286户次,
城口县 培训基层干部 完成率121.7% for 1436/1200 = 119.7%); the rest agree.

First contact (before any rule was written for them, base 5c7fa56), with the gold as first typed:
    extraction F1 0.967 (P 0.973, R 0.962, indicator agreement 0.000) over 338 gold quantities in 6 files
    region agreement 0.985 (320/325 matched quantities; 0 with no region)
    relations: 59/88 verified right (60 verified), 2/3 real inconsistencies found, 2 false alarms
No gold correction was needed. The false alarm (one, reported by rates and by checks): 驻村期满轮换286名，经考核优秀、
村里需要继续留任的68名，轮换比例80.8% read as 68 / 286 (the sibling just before the rate taken as its part). Wrong
units: 落实帮扶措施2.46万项 read as persons (the 监测对象 the measures are for) and 产业帮扶8642项… as other:产业, 在建项目
清单118份 as projects; missed: 1416本, 1.2万册, 3860万袋, 1.2万群, 有118个村派驻了工作队. Regions: 上津镇、店子镇、夹河镇
3个乡镇电站规模较大，装机容量分别为… (分别 a clause after the list) read as the county; 自治区直属单位选派工作队6支 and
乌兰察布市直属单位选派14支 read as the sending level's place.
After the rules below: F1 0.999 (P 1.000, R 0.997) over 338, regions 0.994 (335/337), relations 77/88 (77 verified),
3/3 found, 0 false alarms. Still missed: 1.2万群 (群 is left out as a measure word: 群众), the regions of 6支 and 14支
(the sending level read as the place), rates whose numerator or base is sentences away (赔付率145.4% of 保费710.4万元
two paragraphs up, 简单赔付率69.8% with 受益农户 between it and its 赔款, 完好率98.9% of 其余184座), gaps against a figure of
an earlier sentence (比各项贷款增速高2.8个百分点, 低于全市平均水平1.8个百分点), differences said as 其余 (184座, 46个), the
per-unit 0.62元 per 千瓦时 and 户均2.5项 with the count sentences back, and 消费帮扶合计2586.8万元 before its two parts.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, region_agreement,
)
from fixtures.written import checks_of as _checks  # noqa: E402
from fixtures.written import facts_of, rate_of  # noqa: E402
from fixtures.written import unit_of as _unit_of  # noqa: E402

UNSEEN_AF = paths.TEST_DATA_DIR / "unseen_af"

MIN_F1 = 0.995        # extraction F1 over 338 gold quantities; was 0.967
MIN_REGIONS = 0.995   # region agreement (1.000 in session 14: 自治区直属单位/乌兰察布市直属单位 are organisations; 0.994 before); was 0.985
MIN_RIGHT = 79         # relations verified right, of 88; was 59 (with 2 false alarms); 80 in session 12
MIN_FOUND = 3          # deliberate errors found, of 3; was 2


@pytest.fixture(scope="module")
def unseen_af_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AF, tmp_path_factory.mktemp("unseen_af_run") / "processed")


def test_unseen_af_relations(unseen_af_run):
    assert_relation_floors(unseen_af_run, UNSEEN_AF, MIN_RIGHT, MIN_FOUND)


def test_unseen_af_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AF)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AF)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AF.glob("[bef]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


@pytest.mark.parametrize("body, status", [
    ("本轮选派驻村干部354名。从轮换情况看，驻村期满轮换286名，经考核优秀、村里需要继续留任的68名，轮换比例80.8%。", "match"),
    ("从轮换情况看，驻村期满轮换286名，经考核优秀、村里需要继续留任的68名，轮换比例80.8%。", "reported_only"),
])
def test_a_ratio_named_by_its_words_is_of_the_figure_they_name(tmp_path, body, status):
    row = rate_of(facts_of(tmp_path, body), "80.8%")
    assert row["status"] == status and row["numerator"] == 286, row["note"]


@pytest.mark.parametrize("body, raw, part", [
    ("全县易地扶贫搬迁安置1.2万人，其中外迁安置3600人，外迁安置比例为30.0%。", "30.0%", 3600),  # its words on the figure just before
    ("本轮共选派驻村干部354名，其中期满轮换286名，继续留任68名，留任比例19.2%。", "19.2%", 68),
])
def test_a_ratio_keeps_the_figure_just_before_when_it_carries_the_words(tmp_path, body, raw, part):
    row = rate_of(facts_of(tmp_path, body), raw)
    assert row["status"] == "match" and row["numerator"] == part, row["note"]


@pytest.mark.parametrize("body, rate, status", [
    ("（一）培训基层干部。责任书任务为1200人次，实际培训1436人次，完成率119.7%。", "119.7%", "match"),
    ("（一）培训基层干部。责任书任务为1200人次，实际培训1436人次，完成率121.7%。", "121.7%", "mismatch"),
    ("（一）购买脱贫地区农产品。责任书任务为600万元，帮扶单位直接购买城口县农产品724.3万元，完成率120.7%。", "120.7%", "match"),
])
def test_a_completion_rate_of_the_figure_printed_after_its_task(tmp_path, body, rate, status):
    row = rate_of(facts_of(tmp_path, body), rate)
    assert row["status"] == status, row["note"]


@pytest.mark.parametrize("body", [
    "责任书任务为3000万元，完成率108.7%。",                         # no figure done printed
    "责任书任务为3000万元，其中中央资金1800万元，完成率108.7%。",    # a part of the task, not what was done
    "责任书任务为3000万元，实际投入3260万元，其中产业1860万元，完成率108.7%。",  # three figures: not read so
])
def test_no_completion_rate_without_one_figure_done_after_the_task(tmp_path, body):
    row = rate_of(facts_of(tmp_path, body), "108.7%")
    assert row["status"] == "reported_only", row["note"]


@pytest.mark.parametrize("body, raw, unit", [
    ("全市累计为监测对象落实帮扶措施2.46万项，户均2.5项。", "2.46万项", "item"),
    ("全市累计为监测对象落实帮扶措施2.46万项，户均2.5项。", "2.5项", "item"),
    ("其中，产业帮扶8642项，就业帮扶6318项，健康帮扶4126项。", "8642项", "item"),
    ("共移交各类工作台账1416本、在建项目清单118份。", "1416本", "other:本"),
    ("共移交各类工作台账1416本、在建项目清单118份。", "118份", "other:份"),
    ("捐赠图书1.2万册、价值38万元。", "1.2万册", "other:册"),
    ("开办香菇特色农业保险，承保香菇3860万袋。", "3860万袋", "other:袋"),
    ("全县9个乡镇164个行政村中，有118个村派驻了工作队。", "118个", "village"),
    ("全年实施产业帮扶项目120个。", "120个", "project"),  # counter-examples: the noun after the kind of help
    ("全县118个驻村工作队全部到岗。", "118个", "other:驻村工作队"),
    ("全县共有24个产业发展项目。", "24个", "project"),
])
def test_what_a_classifier_counts(tmp_path, body, raw, unit):
    assert _unit_of(tmp_path, body, raw) == unit


def _regions(tmp_path, body):
    f = facts_of(tmp_path, body)
    return dict(zip(f["raw"], f["region"].astype(str)))


def test_townships_listed_before_respective_figures_a_clause_later_are_their_places(tmp_path):
    body = ("郧西县光伏扶贫电站186座。分乡镇看，上津镇、店子镇、夹河镇3个乡镇电站规模较大，装机容量分别为0.46万千瓦、"
            "0.42万千瓦和0.38万千瓦，合计1.26万千瓦，占全县总装机容量的25.9%。")
    got = _regions(tmp_path, body)
    assert "上津镇" in got["0.46万千瓦"] and "店子镇" in got["0.42万千瓦"] and "夹河镇" in got["0.38万千瓦"], got
    assert got["25.9%"] == "郧西县", got


def test_townships_listed_as_a_reach_a_clause_before_respective_figures_name_no_place(tmp_path):
    body = "会宁县项目涉及中川镇、郭城驿镇等15个乡镇，受益农户和人口分别为3.46万户和14.2万人。"
    got = _regions(tmp_path, body)
    assert got["3.46万户"] == "会宁县" and got["14.2万人"] == "会宁县", got


from test_tables import _table_checks  # noqa: E402  (the checks of a table written in a page)


COUNTIES = ("截至9月底，全市风险消除情况见下表。\n"
            "表　各县（区）防止返贫监测对象及风险消除情况\n"
            "县（区）\t监测对象（户）\t监测对象（人）\t风险消除（户）\t风险消除（人）\t风险消除率（%）\n"
            "利州区\t612\t1836\t318\t964\t{lz}\n昭化区\t846\t2618\t452\t1403\t53.4\n朝天区\t738\t2254\t396\t1208\t53.7\n"
            "{total}\t2196\t6708\t1166\t3575\t53.1\n从各县（区）看，风险消除进度总体平稳。\n")


def test_a_rate_column_of_a_household_and_person_pair_and_the_city_row(tmp_path):
    c = _table_checks(tmp_path, COUNTIES.format(lz="52.0", total="全市"))
    rates = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert rates == {52.0: "match", 53.4: "match", 53.7: "match", 53.1: "match"}, c  # 户 over 户
    sums = c[c["check"] == "table_total"].set_index("total")["status"].to_dict()
    assert sums == {2196.0: "match", 6708.0: "match", 1166.0: "match", 3575.0: "match"}, c


def test_a_wrong_rate_of_a_pair_is_said_and_a_city_in_a_longer_label_is_no_total(tmp_path):
    c = _table_checks(tmp_path, COUNTIES.format(lz="54.0", total="全市平均以上县"))  # 318/612 = 52.0, 964/1836 = 52.5
    rates = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert rates[54.0] == "mismatch", c
    assert c[c["check"] == "table_total"].empty, c  # the label is not the city alone


def test_an_average_per_household_is_no_part_of_a_list_sum(tmp_path):
    body = ("截至9月底，全市累计为监测对象落实帮扶措施2.46万项，户均2.5项。其中，产业帮扶8642项，就业帮扶6318项，"
            "健康帮扶4126项，教育帮扶2284项，综合保障2036项，其他帮扶1194项。")
    c = _checks(tmp_path, body)
    assert not c["parts"].str.contains("2.5项").any(), c
    assert list(c.loc[c["check"] == "breakdown", "status"]) == ["match"], c


def test_averages_per_head_still_add_up_to_an_average_per_head(tmp_path):
    body = "2023年，全县脱贫户人均纯收入15200元，人均工资性收入9800元，人均经营净收入5400元。"  # counter-example
    c = _checks(tmp_path, body, "list_sum")
    assert list(c["status"]) == ["match"] and "9800元 + 5400元" in c["parts"].iloc[0], c
