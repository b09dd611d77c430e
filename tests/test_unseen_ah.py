"""Six reports of paired assistance written for the tests (tests/data/unseen_ah), in the genres of 东西部协作 and
对口支援 with giver and receiver named at several levels: a 沪滇协作 年度总结 of 红河州 (上海 闵行/奉贤/青浦区 结对 its
counties: 财政援助资金 by 区 and by use, 完工率, 挂职干部 and 专业技术人才, 转移就业 by 就业地, 消费帮扶, 共建产业园区),
a 京蒙协作 report of 兴安盟 (北京 区 结对 旗: 资金 by 旗县, 产业项目 share, 完工率 and 支出进度, 苏木乡镇 and 嘎查村
结对), a 天津日报 综述 of 天津 对口支援 昌都 (援藏资金 and 项目 by 县, 拨付率, 完工率, 援藏干部人才 by kind, 人均劳务报酬),
a 南方日报 news of 广东 援疆 (疏附县, 伽师县, 兵团第三师图木舒克市: 资金 and 项目 and 就业 by 受援地, 学校 学位, 入住率), a
苏陕协作 总结 of 商洛市 with a tab table by 县区 (南京 区 结对: 资金 万元, 项目数, 吸纳就业, 消费帮扶 万元, 合计 row) and a
文匯報 report in Traditional characters on 浙川 协作 in 广元市 (投入 by year, 增长, shares, 收入 增长). Gold in the corpus
format, written by build_gold.py from spans typed by hand. Three figures are deliberately wrong (兴安盟 产业项目资金 占73.6%
for 3.84/5.36 = 71.6%, 昌都 项目完工率92.7% for 78/86 = 90.7%, 商洛 table 合计 项目数136 for seven 县区 adding to 132).

First contact (before any rule was written for them, base 5c7fa56), with the gold as first typed:
    extraction F1 0.992 (P 0.994, R 0.991, indicator agreement 0.000) over 330 gold quantities in 6 files
    region agreement 0.948 (310/327 matched quantities; 0 with no region)
    relations: 45/50 verified right (45 verified), 3/3 real inconsistencies found, 0 false alarms
One gold correction: the 合计 of the two 万元 columns of the 商洛 table (34500, 23000) had been valued as bare numbers;
like the other sets' tables they are 万元 figures valued in yuan, printed bare (relations 45/50 -> 47/50 with it).
What first contact showed: 入驻园区63家 read as a count of 区; 昌都市和三县医院 read 三县 as a count (a group label, its
counties named sentences before); 苏陕 read as a place 陕 (the variant-character row of the alias file taken for a
unit), giving six figures of 洛南县 and 商洛 the region 陕; 安排援疆资金12.60亿元 … 重点支持喀什地区疏附县、伽师县和第三师
read as 疏附县's (the first of the list after it); 其中南疆少数民族群众4120人 read as 南疆's, which also lost its share
73.6% of 吸纳就业5600人; 6.00亿元、6.08亿元和6.52亿元，今年比去年增长7.2% left unchecked; 平均每所学校800个 read as a
count of schools (and its per-school check lost); 教学楼2栋 missed.
After the rules below: F1 0.998 (P 1.000, R 0.997) over 330, regions 0.982 (323/329), relations 50/50 (50 verified),
3/3 found, 0 false alarms. Still missed: 中考平均分提高38分 (分 is also minutes and cents); regions of 第三师医院's
门诊6个 and 接诊12.6万人次 (an organisation named after a recipient outside the article subject 喀什地区), of 元阳县沪滇中学's
学位1800个 and 教学楼2栋 (a place inside a school's name) and of 工人月收入3000元以上 one sentence after 在劍閣縣.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.extraction import extract_file

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, region_agreement,
)
from fixtures.written import checks_of as _checks  # noqa: E402
from fixtures.written import facts_of, rate_of  # noqa: E402
from fixtures.written import unit_of as _unit_of  # noqa: E402

UNSEEN_AH = paths.TEST_DATA_DIR / "unseen_ah"

MIN_F1 = 0.995        # extraction F1 over 330 gold quantities (0.998); was 0.992
MIN_REGIONS = 0.98    # region agreement (0.982); was 0.948
MIN_RIGHT = 50        # relations verified right, of 50; was 45 (47 with the gold fixed)
MIN_FOUND = 3         # deliberate errors found, of 3; was 3


@pytest.fixture(scope="module")
def unseen_ah_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AH, tmp_path_factory.mktemp("unseen_ah_run") / "processed")


def test_unseen_ah_relations(unseen_ah_run):
    assert_relation_floors(unseen_ah_run, UNSEEN_AH, MIN_RIGHT, MIN_FOUND)


def test_unseen_ah_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AH)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AH)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AH.glob("[adf]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


def _regions(tmp_path, body):
    f = facts_of(tmp_path, body)
    return dict(zip(f["raw"], f["region"].astype(str)))


@pytest.mark.parametrize("body, raw, unit", [
    ("全年新引导上海及东部企业入驻园区63家，实际到位投资24.8亿元。", "63家", "enterprise"),
    ("引导浙江企业落户产业园区12家。", "12家", "enterprise"),
    ("认定省级现代农业产业园区3家。", "3家", "other:区"),  # counter-example: no verb of entering, the parks are counted
])
def test_a_place_entered_is_not_what_a_count_after_it_counts(tmp_path, body, raw, unit):
    assert _unit_of(tmp_path, body, raw) == unit


def test_a_group_count_joined_as_a_member_is_a_label(tmp_path):
    f = facts_of(tmp_path, "天津医疗专家在昌都市和三县医院开展新技术新项目42项，完成手术1280台。")
    assert "三县" not in set(f["raw"]), list(f["raw"])
    g = facts_of(tmp_path, "在墨竹工卡和达孜两县建成蔬菜大棚320座。")  # counter-example: the two counties listed
    assert "两县" in set(g["raw"]), list(g["raw"])


def test_a_variant_character_alone_names_no_place(tmp_path):
    got = _regions(tmp_path, "在洛南县共建的苏陕协作产业园区，入驻企业14家，年产值4.2亿元。")
    assert got["14家"] == "洛南县" and got["4.2亿元"] == "洛南县", got
    got = _regions(tmp_path, "陜西省安排衔接资金3.2億元。")  # counter-example: the variant still folds to 陕西省
    assert got["3.2亿元"] == "陕西省", got


def _titled_regions(tmp_path, title, body):
    path = tmp_path / "titled.txt"
    path.write_text(f"https://www.example.com/a.html\n{title}\n{body}\n", encoding="utf-8")
    f = extract_file(path)
    return dict(zip(f["raw"], f["region"].astype(str)))


def test_a_figure_before_a_list_of_the_places_it_goes_to(tmp_path):
    title = "粤疆情深谱新篇 广东援疆资金助力喀什发展"
    body = ("记者从广东省援疆前方指挥部获悉，2023年广东安排援疆资金12.60亿元，实施援疆项目171个，重点支持喀什地区疏附县、"
            "伽师县和新疆生产建设兵团第三师图木舒克市。")
    got = _titled_regions(tmp_path, title, body)
    assert got["12.60亿元"] == "喀什地区" and got["171个"] == "喀什地区", got
    body = "记者从广东省援疆前方指挥部获悉，2023年广东安排援疆资金2.60亿元，重点支持疏附县。"
    got = _titled_regions(tmp_path, title, body)
    assert got["2.60亿元"] == "疏附县", got  # counter-example: one place after it


def test_a_regional_name_before_people_words_is_their_home(tmp_path):
    body = "在图木舒克市，纺织服装企业达23家，吸纳就业5600人，其中南疆少数民族群众4120人，占73.6%。"
    got = _regions(tmp_path, body)
    assert got["4120人"] == "图木舒克市" and got["73.6%"] == "图木舒克市", got
    row = rate_of(facts_of(tmp_path, body), "73.6%")
    assert row["status"] == "match", row["note"]
    got = _regions(tmp_path, "喀什地区援建供水工程完工。伽师县城乡供水提质工程惠及伽师县各族群众8.2万人。")
    assert got["8.2万人"] == "伽师县", got  # counter-example: a unit's name before the same words
    got = _regions(tmp_path, "陕西省转移就业12.6万人，其中陕南劳动力3.2万人。")
    assert "陕南" in got["3.2万人"], got  # counter-example: an area before other words of people is a part by region


@pytest.mark.parametrize("rate, status", [("7.2%", "match"), ("9.2%", "mismatch")])
def test_a_growth_after_a_yearly_series_compares_its_last_two(tmp_path, rate, status):
    body = f"2021年至2023年，浙江分别投入6.00亿元、6.08亿元和6.52亿元，今年比去年增长{rate}。"
    row = rate_of(facts_of(tmp_path, body), rate)
    assert row["status"] == status, row["note"]


@pytest.mark.parametrize("body", [
    "2022年至2023年，浙江分别投入6.00亿元、6.08亿元和6.52亿元，今年比去年增长9.2%。",  # 3 figures for 2 years
    "浙江分别投入6.00亿元、6.08亿元和6.52亿元，今年比去年增长9.2%。",                # no span of years
    "2021年至2023年，浙江分别投入6.00亿元、6.08亿元和6.52亿元，三年累计增长9.2%。",   # no year-on-year growth
])
def test_no_series_growth_without_one_figure_a_year(tmp_path, body):
    row = rate_of(facts_of(tmp_path, body), "9.2%")
    assert row["status"] != "mismatch", row["note"]


def test_a_noun_after_mei_is_what_a_count_is_per(tmp_path):
    body = "广东今年援建学校12所，新增学位9600个，平均每所学校800个；选派支教教师286名。"
    assert _unit_of(tmp_path, body, "800个") == "other:学位"
    c = _checks(tmp_path, body, "per_unit")
    assert list(c["status"]) == ["match"] and "9600" in c["parts"].iloc[0], c
    # counter-example: a noun after the count is the counted one
    assert _unit_of(tmp_path, "建设服务站12个，每个村建设服务点2个。", "2个") == "other:站点"


@pytest.mark.parametrize("body, raws", [
    ("上海援建的沪滇中学新建教学楼2栋，新增学位1800个。", ["2栋", "1800个"]),
    ("建成安置住房12幢、360套。", ["12幢", "360套"]),
    ("一栋新楼拔地而起。", []),  # counter-example: 一栋 is an article
])
def test_buildings_counted_in_dong_and_zhuang(tmp_path, body, raws):
    assert list(facts_of(tmp_path, body)["raw"]) == raws
