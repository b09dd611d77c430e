"""The written set tests/data/unseen_ax: six genres the other sets do not have (a 审计结果公告 on 衔接资金, a 驻村第一书记
feature, a 考核评估 整改 report, the rural part of a 政府工作报告, a 消费帮扶 总结 with 832平台, a 粤黔 协作 总结) in
宁夏, 新疆, 广西, 重庆, 山西 and 贵州. Gold in the corpus format (build_gold.py). The floors are the figures reached,
rounded down a little; "was" is first contact."""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, checks_of, extraction_f1, facts_of, rate_of, region_agreement,
)

UNSEEN_AX = paths.TEST_DATA_DIR / "unseen_ax"

MIN_F1 = 0.99         # extraction F1 over 319 gold quantities (0.994: 群, 款, 趟次 counted); was 0.981 over 316
MIN_REGIONS = 0.975   # region agreement (0.978: 自治区 in a list of funding levels, 其中+township); was 0.974
MIN_RIGHT = 49        # relations verified right, of 58 (49: 由A增加到B，增加C，其中…, a township's share of its county); was 47
MIN_FOUND = 3         # deliberate errors found, of 3 (3: 需改造 is the base of 完成率); was 2


@pytest.fixture(scope="module")
def unseen_ax_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AX, tmp_path_factory.mktemp("unseen_ax_run") / "processed")


def test_unseen_ax_relations(unseen_ax_run):
    assert_relation_floors(unseen_ax_run, UNSEEN_AX, MIN_RIGHT, MIN_FOUND)


def test_unseen_ax_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AX)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AX)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AX.glob("[bdf]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


def _sums(tmp_path, body):
    c = checks_of(tmp_path, body, "breakdown")
    return list(zip(c["parts"], c["status"]))


def test_a_change_restating_two_levels_is_no_whole_of_the_parts_after_it(tmp_path):
    body = "全县脱贫人口务工规模由上年的6.47万人增加到6.82万人，增加0.35万人，其中区外务工4.16万人、区内务工{}万人。"
    assert _sums(tmp_path, body.format("2.66")) == [("4.16万人 + 2.66万人 = 6.82万人", "match")]
    assert _sums(tmp_path, body.format("2.96"))[0][1] == "mismatch"  # the level reached is still checked
    # counter-example: parts that are changes themselves break the change down
    g = "务工规模由上年的6.47万人增加到6.82万人，增加0.35万人，其中区外增加0.21万人、区内增加0.14万人。"
    assert _sums(tmp_path, g) == [("0.21万人 + 0.14万人 = 0.35万人", "match")]


def test_a_count_closing_its_list_announces_no_names_after_it(tmp_path):
    body = ("地苏镇、拉烈镇、下坳镇3个镇的改造任务已全部完成。针对饮水安全问题，投入资金1260万元，"
            "解决了澄江镇、百旺镇、保安乡等8个乡镇1.36万人的饮水不稳定问题。")
    c = checks_of(tmp_path, body, "enumeration_count")
    assert list(c["status"]) == ["match"], c  # 3 named before it; the 8 乡镇 list is another count's
    # counter-example: a count announcing names after it is still checked against them
    g = checks_of(tmp_path, "全县重点实施五个工程：“安居工程”“增收工程”“就业工程”“健康工程”。", "enumeration_count")
    assert list(g["status"]) == ["mismatch"], g


@pytest.mark.parametrize("body, raw, unit", [
    ("中蜂养殖16.2万群，蜂蜜产量1620吨。", "16.2万群", "other:群"),
    ("累计在832平台上架商品412款。", "412款", "other:款"),
    ("开通“点对点”返岗专车186趟次。", "186趟次", "other:趟次"),
    ("开行务工专列128趟，输送务工人员5260人。", "128趟", "other:趟"),
])
def test_colonies_product_models_and_trips_are_counted(tmp_path, body, raw, unit):
    f = facts_of(tmp_path, body)
    assert dict(zip(f["raw"], f["unit"])).get(raw) == unit, list(zip(f["raw"], f["unit"]))


def test_words_beginning_with_those_measure_words_are_no_count(tmp_path):
    # counter-example: 群众, 款项 begin with 群 and 款 but are nouns of their own
    f = facts_of(tmp_path, "水厂解决4.2万群众饮水问题，拨付款项320万元。")
    got = dict(zip(f["raw"], f["unit"]))
    assert got.get("4.2万") == "person" and "4.2万群" not in got and got.get("320万元") == "CNY", got


def test_autonomous_region_in_a_list_of_funding_levels_is_no_place(tmp_path):
    body = ("固原市审计局对2022年度中央、自治区和市县财政衔接推进乡村振兴补助资金进行了审计，重点抽查了28个乡镇、96个行政村。")
    f = facts_of(tmp_path, body)
    got = dict(zip(f["raw"], f["region"].astype(str)))
    assert got["28个"] == "固原市" and got["96个"] == "固原市", got
    # counter-example: 自治区 standing alone as the subject of a figure is the region
    g = facts_of(tmp_path, "固原市审计局开展审计。截至2022年底，自治区累计识别监测对象3.2万户。")
    assert dict(zip(g["raw"], g["region"].astype(str)))["3.2万户"] == "宁夏回族自治区"


def test_a_township_after_qizhong_with_its_figure_holds_that_figure(tmp_path):
    body = "天镇县扩大帮扶产品供给。全县黄花种植面积达到5.6万亩，其中谷前堡镇2.1万亩，占全县的37.5%。"
    f = facts_of(tmp_path, body)
    got = dict(zip(f["raw"], f["region"].astype(str)))
    assert got["2.1万亩"].endswith("谷前堡镇") and got["5.6万亩"] == "天镇县", got
    # counter-example: a category of townships after 其中 (重点镇, 边境乡) names no township
    g = facts_of(tmp_path, "天镇县扩大帮扶产品供给。全县黄花种植面积达到5.6万亩，其中重点镇2.1万亩。")
    assert dict(zip(g["raw"], g["region"].astype(str)))["2.1万亩"] == "天镇县"


@pytest.mark.parametrize("share, status", [("37.5%", "match"), ("39.5%", "mismatch")])
def test_a_township_s_share_of_its_county_s_whole_is_checked(tmp_path, share, status):
    body = f"天镇县扩大帮扶产品供给。全县黄花种植面积达到5.6万亩，其中谷前堡镇2.1万亩，占全县的{share}。"
    assert rate_of(facts_of(tmp_path, body), share)["status"] == status


def test_a_township_named_after_its_county_lies_inside_it():
    from fupin.scopes import region_encloses
    assert region_encloses("天镇县", "天镇县谷前堡镇") and region_encloses("大同市", "天镇县谷前堡镇")
    # counter-example: a township named after another county lies in none of this county
    assert not region_encloses("阳高县", "天镇县谷前堡镇") and not region_encloses("天镇县", "阳高县")


@pytest.mark.parametrize("rate, status", [("92.5%", "match"), ("94.5%", "mismatch")])
def test_what_is_needed_is_the_base_of_a_completion_rate(tmp_path, rate, status):
    body = f"针对住房安全问题，排查发现需改造的农房186户，已完成改造172户，完成率{rate}。"
    assert rate_of(facts_of(tmp_path, body), rate)["status"] == status


def test_a_figure_not_said_to_be_needed_is_no_base_of_a_completion_rate(tmp_path):
    # counter-example: 186户 found is not said to be the task; a misfit says nothing
    body = "针对住房安全问题，排查农房186户，已完成改造172户，完成率94.5%。"
    assert rate_of(facts_of(tmp_path, body), "94.5%")["status"] != "mismatch"
