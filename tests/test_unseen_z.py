"""Six more reports written for the tests, in genres the other written sets do not cover (tests/data/unseen_z):
a 驻村第一书记 事迹 feature (贵州 沿河县 白果村, 2021: Chinese numerals in prose, 从…到…, 翻了一番/翻了两番, villagers'
words), a 县乡村振兴局 and insurer's 防返贫保险 理赔 bulletin (河北 阜平县, 2023: 保费, 赔付 人次, 审核通过率, 赔付率,
人均/户均赔付), a 扶贫项目资产 确权登记 and 后续管理 report (甘肃 定西市, 2022: 资产 亿元 by type 经营性/公益性/到户类
with shares, by 县区, 确权率, 收益率, 盘活率), a 省 农村人居环境整治提升 通报 (安徽, 2023: 卫生厕所普及率, 收运处置体系
覆盖行政村比例, 比上年提高…个百分点, by 市), a 民政 兜底保障 report (云南, 2022: 低保/特困 万人, 集中供养率, 临时救助
人次, 人次均救助, 保障标准 元/人·月) and a 工商联 “万企兴万村” report (重庆, 2023: 企业 家, 村 个, 投资 亿元, 带动就业,
户均/村均增收). Gold in the corpus format, written by build_gold.py from spans typed by hand. Three figures are
deliberately wrong (阜平县 赔付率88.6% for 86.6%, 定西市 到户类资产 占13.0% for 12.0%, 重庆市 帮扶项目4127个 against
parts adding to 4090); the rest agree.

First contact (before any rule was written for them, base 648837a):
    extraction F1 0.975 (P 0.981, R 0.969) over 326 gold quantities in 6 files
    region agreement 0.972 (307/316 matched quantities; 0 with no region)
    relations: 40/64 verified right (41 verified), 1/3 real inconsistencies found, 2 false alarms
The false alarms then: 各市县统筹整合各类资金46.3亿元 read as a part of 省级财政安排…资金18.5亿元, and 市级评选…示范项目50个
read as a part of 我市有8个项目入选. Regions: 麻阳河大峡谷 read as 麻阳苗族自治县, 龙泉关镇 as 龙泉市.
After the rules below: F1 0.989 (P 0.994, R 0.985), regions 0.997 (320/321), relations 54/64 (55 verified),
1/3 found, 0 false alarms. The two errors still not found: 赔付率 (its 保费 base stands in another section and
is read as of another period: 截至12月31日 累计 vs 2023) and the 4127个 total (its 其中 parts may be a subset).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement,
)

UNSEEN_Z = paths.TEST_DATA_DIR / "unseen_z"

MIN_F1 = 0.985        # extraction F1 over 326 gold quantities; was 0.975
MIN_REGIONS = 0.995   # region agreement; was 0.972; 1.000 in session 10 (其余9个市: the province enclosing the cities named before)
MIN_RIGHT = 53        # relations verified right, of 64; was 40; 55 in session 9
MIN_FOUND = 1         # deliberate errors found, of 3; was 1


@pytest.fixture(scope="module")
def unseen_z_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_Z, tmp_path_factory.mktemp("unseen_z_run") / "processed")


def test_unseen_z_relations(unseen_z_run):
    assert_relation_floors(unseen_z_run, UNSEEN_Z, MIN_RIGHT, MIN_FOUND)


def test_unseen_z_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_Z)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_Z)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_Z.glob("[ade]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


from fixtures.written import checks_of as _checks  # noqa: E402


from fixtures.written import unit_of as _unit  # noqa: E402


def test_funds_of_another_level_of_government_are_no_part_of_a_package(tmp_path):
    body = ("全年省级财政安排农村人居环境整治提升资金18.5亿元，其中农村厕所革命7.2亿元、生活垃圾治理4.6亿元、生活污水治理6.7亿元。"
            "各市县统筹整合各类资金46.3亿元，撬动社会资本投入12.8亿元。")
    assert not (_checks(tmp_path, body, "subset_of_total")["status"] == "mismatch").any()


def test_counts_chosen_into_a_list_are_no_package(tmp_path):
    body = ("全国工商联公布的“万企兴万村”行动典型项目中，我市有8个项目入选；"
            "市级评选“万企兴万村”行动示范项目50个、先进民营企业100家，发挥了示范引领作用。")
    assert _checks(tmp_path, body, "subset_of_total").empty


@pytest.mark.parametrize("body, raw, unit", [
    ("全村8个村民组四百二十六户一千六百五十三人。", "8个", "other:个"),            # 全村 is the scope, not the noun
    ("通渭县将村级光伏帮扶电站资产92座全部确权到村。", "92座", "other:座"),          # 全部… opens the predicate
    ("力争到2025年参与企业超过3500家，结对帮扶村（社区）达到4000个。", "4000个", "village"),
    ("林下生态鸡养殖规模从2018年的三千羽增加到一万二千羽。", "三千羽", "other:羽"),
    ("全县存栏蛋鸡10万羽。", "10万羽", "other:羽"),
    ("卫生厕所普及率超过90%的有合肥、芜湖、马鞍山、铜陵、黄山、宣城6个市。", "6个", "other:prefecture"),
])
def test_what_is_counted(tmp_path, body, raw, unit):
    assert _unit(tmp_path, body, raw) == unit


@pytest.mark.parametrize("body", ["一下雨就出不了门，娃娃上学要走两个多小时。", "他用三个多月走遍了全村。"])
def test_a_length_of_time_with_多_is_no_count(tmp_path, body):
    assert facts_of(tmp_path, body).empty


@pytest.mark.parametrize("n, status", [(6, "match"), (5, "mismatch")])
def test_cities_listed_before_their_count(tmp_path, n, status):
    body = f"卫生厕所普及率超过90%的有合肥、芜湖、马鞍山、铜陵、黄山、宣城{n}个市。"
    assert list(_checks(tmp_path, body, "enumeration_count")["status"]) == [status]


@pytest.mark.parametrize("body", [
    "白果村地处麻阳河大峡谷边缘，全村四百二十六户。",                      # a river named like 麻阳县
    "赔付金额居前三位的是城南庄镇29.8万元、龙泉关镇24.6万元、阜平镇23.1万元。",  # a town named like 龙泉市
])
def test_a_county_short_form_inside_another_name_is_no_region(tmp_path, body):
    f = facts_of(tmp_path, body)
    assert not f["region"].str.contains("麻阳|龙泉").any(), f[["raw", "region"]]


@pytest.mark.parametrize("body, reported, num, den", [
    ("累计受理理赔申请2316人次，审核通过2145人次，审核通过率{}%。", "92.6", 2145, 2316),
    ("共排查出闲置低效资产236个，已通过改建、租赁、转让等方式盘活198个，盘活率{}%。", "83.9", 198, 236),
    ("省级抽查农村生活污水处理设施230座，其中正常运行的204座，正常运行率{}%。", "88.7", 204, 230),
    ("推送预警信息8.9万条，核实处置8.5万条，处置率{}%。", "95.5", 8.5e4, 8.9e4),
    ("特困供养人员18.7万人，其中集中供养3.2万人，集中供养率{}%。", "17.1", 3.2e4, 18.7e4),
    ("抽查的1260户中有47户存在质量问题，问题发生率{}%。", "3.7", 47, 1260),
    ("全市共形成扶贫项目资产386.42亿元。截至10月底，已完成确权登记的资产379.85亿元，确权率{}%。", "98.3", 379.85e8, 386.42e8),
    ("全市经营性资产98.57亿元。1至9月，经营性扶贫项目资产实现收益2.96亿元，收益率{}%。", "3.0", 2.96e8, 98.57e8),
])
def test_rates_of_claims_assets_and_assistance(tmp_path, body, reported, num, den):
    r = rate_of(facts_of(tmp_path, body.format(reported)), f"{reported}%")
    assert (r["numerator"], r["denominator"], r["status"]) == (num, den, "match")
    wrong = f"{float(reported) + 2:.1f}"
    assert rate_of(facts_of(tmp_path, body.format(wrong)), f"{wrong}%")["status"] == "mismatch"


def test_a_figure_per_人次(tmp_path):
    body = "全年实施临时救助42.3万人次，支出临时救助资金6.85亿元，人次均救助水平{}元。"
    assert list(_checks(tmp_path, body.format(1619), "per_unit")["status"]) == ["match"]
    assert list(_checks(tmp_path, body.format(1719), "per_unit")["status"]) == ["mismatch"]
