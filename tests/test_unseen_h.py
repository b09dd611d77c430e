"""Six reports of the earlier era (1994-2016) from provinces the corpus has little of, written for the tests
(tests/data/unseen_h: 河北 八七扶贫攻坚计划 summary, 赣州 整村推进 2008, 巴中 2012 with a 单位:万元 table,
吉林 雨露计划 2010, 六安 建档立卡 2014, 上海 对口支援宜昌县 1996-2000), with gold in the corpus format
(NAME.regions.csv, NAME.relations.csv; built and checked by build_gold_*.py beside them). Three figures are
deliberately wrong (吉林 4县 转移就业率86.6%, 六安 缺技术 占14.8%, 宜昌县 项目平均到位资金725万元). Old
county names that were renamed later (崇礼县, 万全县, 宣化县, 赣县, 南康市, 扶余县, 宜昌县, 寿县 of 六安).

First contact (main 02211aa, before any rule was written for them):
    extraction F1 0.949 (P 0.976, R 0.924) over 263 gold quantities in 6 files
    region agreement 0.819 (199/243 matched quantities; 0 with no region)
    relations: `fupin run` failed (OverflowError in 03_rates on `就业率均达到90%以上`), so 0/73; with only
    that crash guarded: 29/72 verified right, 1/3 real inconsistencies found, 3 false alarms
    (减少到9.7万人,减少88.8% read as a decrease of 9.7万; 小学23所、乡镇卫生院11个 as a list of 2 names).
Below the scorer tests, named sentences for each rule written then.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.checks import find_checks
from fupin.quantities import find_quantities
from fupin.rates import compute_rates

from fixtures.written import assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement

UNSEEN_H = paths.TEST_DATA_DIR / "unseen_h"

MIN_F1 = 0.99         # extraction F1; was 0.949 at first contact
MIN_REGIONS = 0.995   # region agreement (1.000 in session 14: 新修村道路, 的整村推进 name no village); was 0.819
MIN_RIGHT = 66        # relations verified right, of 73; was 0 (crash), 29 with the crash guarded; 66 in session 7; 68 in session 9
MIN_FOUND = 3         # deliberate errors found, of 3; was 0 (crash), 1; 3 in session 7


def test_unseen_h_extraction_f1():
    f1, files, report = extraction_f1(UNSEEN_H)
    assert f1 >= MIN_F1, report
    assert files == 6, report


def test_unseen_h_regions():
    agreement, empty, report = region_agreement(UNSEEN_H)
    assert agreement >= MIN_REGIONS, report
    assert empty == 0, report


@pytest.fixture(scope="module")
def unseen_h_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_H, tmp_path_factory.mktemp("unseen_h_run") / "processed")


def test_unseen_h_relations(unseen_h_run):
    assert_relation_floors(unseen_h_run, UNSEEN_H, MIN_RIGHT, MIN_FOUND)


# --- named sentences ------------------------------------------------------------------------------


def regions(tmp_path, body: str) -> dict[str, str]:
    f = facts_of(tmp_path, body)
    return dict(zip(f["raw"], f["region"]))


def test_a_rate_printed_as_a_bound_beside_a_count_base(tmp_path):
    # the whole-count test of a rate with no numerator took 90%以上 (upper end infinite) and crashed the run
    r = compute_rates(facts_of(tmp_path, "全县有劳动能力的脱贫劳动力1200人,就业率达到90%以上。"))
    assert len(r) == 1 and r.iloc[0]["status"] != "impossible"


def test_decrease_to_a_level_then_a_percent_fall(tmp_path):
    f = facts_of(tmp_path, "坝上4个县1993年底贫困人口合计86.5万人,2000年底减少到9.7万人,减少88.8%。")
    r = rate_of(f, "88.8%")
    assert (r["numerator"], r["denominator"], r["status"]) == (97000, 865000, "match")  # 1 − 9.7/86.5


def test_items_with_their_own_counts_are_no_list_of_names(tmp_path):
    c = find_checks(facts_of(tmp_path, "上海援建希望小学23所、乡镇卫生院11个,新建移民村道路46公里。"))
    assert len(c) == 0 or not (c["check"] == "enumeration_count").any()


def test_former_county_forms_of_units_renamed_later(tmp_path):
    assert regions(tmp_path, "崇礼县贫困人口3.2万人。")["3.2万人"] == "崇礼区"      # not 礼县 of 甘肃
    assert regions(tmp_path, "南康市投入资金2650万元。")["2650万元"] == "南康区"
    assert regions(tmp_path, "扶余县培训0.3万人。")["0.3万人"] == "扶余市"
    assert regions(tmp_path, "宜昌县安置移民3.26万人。")["3.26万人"] == "夷陵区"  # gazetteer.csv: the name changed
    assert regions(tmp_path, "河北省农产品进入河北市场销售120万元。")["120万元"] == "河北省"  # 河北区 gives no 河北市


def test_table_rows_under_a_unit_line(tmp_path):
    text = ("单位:万元\n县(区)\t合计\t发展资金\t以工代赈\n通江县\t9460\t6180\t2860\n南江县\t8750\t5640\t2750\n"
            "平昌县\t8130\t5270\t2540\n")
    got = {(q.raw, q.value) for q in find_quantities(text)}
    # a row ending in a digit is not joined to the next row's name (平 begins 平方米); 合计 and 以工代赈
    # name no count, so the 单位 line measures them too
    assert {("9460", 94600000.0), ("2860", 28600000.0), ("8750", 87500000.0), ("5270", 52700000.0)} <= got


def test_a_place_before_a_count_is_not_what_is_counted(tmp_path):
    f = facts_of(tmp_path, "全年建成扶贫新村126个,其中通江县32个、南江县35个。寻乌县澄江镇的6个实施村发展脐橙1.2万亩。")
    units = dict(zip(f["raw"], f["unit"]))
    assert units["126个"] == units["32个"] == units["35个"] == units["6个"] == "village"


def test_places_listed_after_flowing_to_are_destinations(tmp_path):
    got = regions(tmp_path, "吉林省学员实现转移就业2.21万人,其中省外就业0.93万人,主要流向北京、天津、山东和江苏等地。")
    assert got["2.21万人"] == got["0.93万人"] == "吉林省"


def test_national_standard_named_before_the_bracket_of_the_figure(tmp_path):
    got = regions(tmp_path, "巴中市按照国家新的扶贫标准(农民人均纯收入2300元),年末全市农村贫困人口68.4万人。")
    assert got["2300元"] == "中华人民共和国" and got["68.4万人"] == "巴中市"


def test_a_place_after_其中_is_no_place_of_the_whole(tmp_path):
    got = regions(tmp_path, "巴中市扶贫开发工作总结\n巴中市全年扶贫开发取得新进展。全年建成扶贫新村126个,其中通江县32个、南江县35个。")
    assert got["126个"] == "巴中市" and got["32个"] == "通江县"


def test_change_in_points_between_two_percents(tmp_path):
    c = find_checks(facts_of(tmp_path, "全省贫困发生率由15.6%下降到1.8%,下降13.8个百分点。"))
    d = c[c["check"] == "difference"]
    assert list(d["total"]) == [13.8] and list(d["status"]) == ["match"]
    c = find_checks(facts_of(tmp_path, "实施村贫困发生率由27.6%下降到10.3%,下降18.3个百分点。"))
    assert list(c[c["check"] == "difference"]["status"]) == ["mismatch"]  # 17.3


def test_whole_named_before_中_at_the_head_of_the_statement(tmp_path):
    f = facts_of(tmp_path, "全省共投入扶贫资金86.4亿元,其中中央财政扶贫资金18.2亿元、以工代赈资金21.5亿元。以工代赈资金中,"
                           "用于修建乡村公路7.9亿元,占36.7%;用于农田水利建设9.3亿元,占43.3%;用于人畜饮水工程4.3亿元。")
    for share in ("36.7%", "43.3%"):
        r = rate_of(f, share)
        assert (r["denominator"], r["status"]) == (21.5e8, "match")
    # no figure printed right after the words before 中: the whole is the one earlier figure of the unit the
    # share holds on (1.31 / 3.62, not 1.31 / 2.48), an agreement only (stated_rates._whole_by_fit)
    f = facts_of(tmp_path, "全省共完成培训3.62万人,其中劳动力转移培训2.48万人。参加培训的贫困家庭劳动力中,女性1.31万人,占36.2%。")
    r = rate_of(f, "36.2%")
    assert (r["denominator"], r["status"]) == (3.62e4, "match") and "further back" in r["note"]
    f = facts_of(tmp_path, "全省共完成培训3.62万人,其中劳动力转移培训2.48万人。参加培训的贫困家庭劳动力中,女性1.31万人,占40.2%。")
    assert rate_of(f, "40.2%")["status"] == "reported_only"


def test_其中_after_a_full_stop_breaks_down_the_total_before_it(tmp_path):
    f = facts_of(tmp_path, "全年发放扶贫贴息贷款4.25亿元,比上年增长31.2%。其中到户贷款1.38亿元,占32.5%。")
    r = rate_of(f, "32.5%")
    assert (r["denominator"], r["status"]) == (4.25e8, "match")


def test_whole_printed_inside_占_的(tmp_path):
    f = facts_of(tmp_path, "全年在386个贫困村实施整村推进,占全市1419个重点贫困村的27.2%。")
    r = rate_of(f, "27.2%")
    assert (r["numerator"], r["denominator"], r["status"]) == (386, 1419, "match")
    f = facts_of(tmp_path, "全县贫困人口1.2万人,占全县总人口15万人的9.0%。")
    assert rate_of(f, "9.0%")["status"] == "mismatch"  # 8.0 %


def test_bare_per_household_and_per_village_amounts(tmp_path):
    def per_unit(body):
        c = find_checks(facts_of(tmp_path, body))
        return c[c["check"] == "per_unit"]["status"].tolist()
    assert per_unit("全年发放扶贫小额贷款1.97亿元,扶持贫困户9860户,户均2.0万元。") == ["match"]
    assert per_unit("全年实施整村推进村56个,投入资金1.12亿元,村均200万元。") == ["match"]
    assert per_unit("协助实施项目47个,投入资金3.18亿元,村均725万元。") == []  # 村均 needs a count of villages
    # a gain per head is still no share of an investment
    assert per_unit("项目总投资5000万元,带动农户200户,户均增收3000元。") == []
