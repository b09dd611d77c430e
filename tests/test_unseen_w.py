"""Six more reports written for the tests, in genres and provinces the other written sets do not cover
(tests/data/unseen_w): a 东西部协作 annual summary (江苏 南京市 – 陕西 商洛市, 2022), a 中央单位定点帮扶 report
against the 责任书 targets (市场监管总局 – 河北 丰宁满族自治县, 2022), a county 统计公报 excerpt (宁夏 西吉县, 2022),
a 光伏扶贫电站收益分配 report (安徽 临泉县, 2021), a 人民银行中心支行 bulletin on 小额信贷 and 涉农贷款 (湖南 湘西州,
2022) and a 援疆前方指挥部 summary with the four counties side by side (上海 – 喀什 莎车/泽普/叶城/巴楚, 2022).
Gold in the corpus format (NAME.regions.csv, NAME.relations.csv), written by build_gold.py from spans typed by
hand (values parsed from them, relations with the interval rule). Three figures are deliberately wrong
(培训…合计9860人次, 牧业产值…比重为46.2%, 叶城县资金支出率93.1%); the rest agree.

First contact (before any rule was written for them, base 38d0413):
    extraction F1 0.992 (P 0.993, R 0.991) over 448 gold quantities in 6 files
    region agreement 0.980 (435/444 matched quantities; 0 with no region)
    relations: 78/112 verified right (81 verified), 1/3 real inconsistencies found, 4 false alarms
The false alarms then: 南京7个区与商洛7个县区共建… counted against Nanjing's 11 districts, 引进帮扶资金3580万元 taken
for a part of 直接投入帮扶资金1260万元, 人均2.56万元 divided by the change 比上年增加0.48万人, and 每户每年3000元
divided from the whole 4112万元 instead of the product 计3840万元 printed after it. The one error found was found
on the wrong part (渔业产值, nearer, for 牧业产值). Below the scorer tests, named sentences for each rule.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.checks import find_checks
from fupin.extraction import extract_file

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement,
)

UNSEEN_W = paths.TEST_DATA_DIR / "unseen_w"

MIN_F1 = 0.995        # extraction F1 over 448 gold quantities; was 0.992
MIN_REGIONS = 0.995   # region agreement; was 0.980; 1.000 in session 8 (喀什地区本级 is the prefecture)
MIN_RIGHT = 105       # relations verified right, of 112; was 78; 85 after the merges of session 7, 103 in session 8; 107 in session 9
MIN_FOUND = 3         # deliberate errors found, of 3; was 1; 3 since the 分别 rates of f are read (session 8)


@pytest.fixture(scope="module")
def unseen_w_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_W, tmp_path_factory.mktemp("unseen_w_run") / "processed")


def test_unseen_w_relations(unseen_w_run):
    assert_relation_floors(unseen_w_run, UNSEEN_W, MIN_RIGHT, MIN_FOUND)


def test_unseen_w_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_W)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_W)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_W.glob("[bde]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


def _page(tmp_path: Path, title: str, body: str):
    path = tmp_path / "page.txt"
    path.write_text(f"https://www.example.gov.cn/a.html\n{title}\n{body}\n", encoding="utf-8")
    return extract_file(path)


def test_units_taking_part_in_a_pairing_are_no_count_of_all(tmp_path):
    body = "南京7个区与商洛7个县区共建产业园区9个，累计入驻企业63家。"
    c = find_checks(_page(tmp_path, "南京商洛东西部协作2022年工作总结", body))
    assert not (c["status"] == "mismatch").any(), c[c["status"] == "mismatch"]
    c = find_checks(facts_of(tmp_path, "全市6县2区均已脱贫摘帽。".replace("全市", "南京市辖")))
    assert (c.loc[c["check"] == "admin_count", "status"] == "mismatch").all()  # a whole stated with 辖 still counts


def test_funds_of_another_channel_are_no_part_of_a_package(tmp_path):
    body = ("全年直接投入帮扶资金1260万元，完成年度责任书目标1200万元的105.0%；引进帮扶资金3580万元，"
            "完成目标2000万元的179.0%。")
    c = find_checks(facts_of(tmp_path, body))
    assert not (c["status"] == "mismatch").any(), c[c["status"] == "mismatch"]


def test_per_head_figure_not_over_a_change(tmp_path):
    f = facts_of(tmp_path, "全年劳务输出转移就业9.62万人，比上年增加0.48万人，实现劳务收入24.6亿元，人均2.56万元。")
    c = find_checks(f)
    pu = c[c["check"] == "per_unit"]
    assert list(pu["status"]) == ["match"] and "9.62万人" in pu["parts"].iloc[0]


def test_per_head_figure_over_the_product_printed_after_it(tmp_path):
    body = ("集中式光伏扶贫电站收益4112万元由县级统筹使用，其中用于扶持无劳动能力的脱贫户和监测户1.28万户，"
            "每户每年3000元，计3840万元；其余272万元用于电站运维和保险。")
    c = find_checks(facts_of(tmp_path, body))
    pu = c[c["check"] == "per_unit"]
    assert list(pu["status"]) == ["match"] and "3840万元" in pu["parts"].iloc[0]


def test_share_part_named_by_the_whole_subject_across_a_semicolon_list(tmp_path):
    body = ("全年农林牧渔业总产值41.86亿元，比上年增长6.1%。其中，农业产值18.52亿元，增长4.3%；林业产值0.86亿元，"
            "增长2.4%；牧业产值20.17亿元，增长8.2%；渔业产值0.12亿元，下降1.5%；农林牧渔服务业产值2.19亿元，"
            "增长5.5%。牧业产值占农林牧渔业总产值的比重为48.2%，比上年提高1.3个百分点。")
    f = facts_of(tmp_path, body)
    r = rate_of(f, "48.2%")
    assert (r["numerator"], r["denominator"], r["status"]) == (20.17e8, 41.86e8, "match")
    r = rate_of(facts_of(tmp_path, body.replace("48.2%", "46.2%")), "46.2%")
    assert (r["numerator"], r["status"]) == (20.17e8, "mismatch")


def test_a_list_closed_by_合计_is_summed(tmp_path):
    body = "全年帮助培训党政干部3120人次、专业技术人才5460人次、乡村振兴带头人1380人次，合计{}人次。"
    for total, status in (("9960", "match"), ("9860", "mismatch")):
        c = find_checks(facts_of(tmp_path, body.format(total)))
        assert status in set(c.loc[c["total"] == float(total), "status"]), c
        assert (c["status"] == "mismatch").any() == (status == "mismatch")
    # two lists before the total: a misfit of the last one alone is not asserted
    two = ("南京选派党政干部42名、专业技术人才586名到商洛挂职，商洛选派党政干部38名、专业技术人才412名到南京交流，"
           "合计1078名。")
    assert not (find_checks(facts_of(tmp_path, two))["status"] == "mismatch").any()


@pytest.mark.parametrize("body,raw,unit", [
    ("全县建成肉牛养殖示范村42个，发展规模养殖场（户）1368个。", "1368个", "other:养殖场"),
    ("抽查乡镇31个、村186个，发现问题23个。", "186个", "village"),
    ("累计评定信用农户51.3万户，评定信用村1068个、信用乡（镇）85个。", "85个", "other:乡"),
    ("全年办理助农取款、转账等业务286.5万笔、金额18.6亿元。", "286.5万笔", "other:笔"),
])
def test_counted_nouns(tmp_path, body, raw, unit):
    f = facts_of(tmp_path, body)
    assert f.loc[f["raw"] == raw, "unit"].tolist() == [unit], f[["raw", "unit"]]


def test_title_of_a_pairing_names_the_giver_first(tmp_path):
    # 南京商洛东西部协作 (闽宁, 沪滇, 苏陕): the article is about the second place, the receiver; a district
    # helping a county gives its money to the county
    body = "全年统筹使用协作资金实施项目236个。按照结对关系，江宁区帮扶商州区7200万元、浦口区帮扶洛南县6850万元。"
    f = _page(tmp_path, "南京商洛东西部协作2022年工作总结", body)
    assert f.set_index("raw")["region"].to_dict() == {"236个": "商洛市", "7200万元": "商州区", "6850万元": "洛南县"}


def test_a_breakdown_by_place_is_checked_against_the_earlier_total_it_adds_up_to(tmp_path):
    # 分县看 lists the counties' shares of a total printed sentences before; between them stand another
    # total (拨付) and parts of a 其中: the whole is the figure the counties add up to, not the nearest one
    body = ("2022年，援疆资金计划安排23.56亿元，实施项目286个。截至年底累计拨付资金21.84亿元，支出率92.7%。"
            "其中，用于保障和改善民生的资金18.62亿元，用于基层的资金21.36亿元。\n"
            "分县看，莎车县安排7.86亿元，泽普县4.12亿元，叶城县5.98亿元，巴楚县4.36亿元，地区本级及其他1.24亿元。")
    c = find_checks(facts_of(tmp_path, body))
    b = c[(c["check"] == "breakdown") & c["parts"].str.contains("7.86亿元")]
    assert list(b["status"]) == ["match"] and "23.56亿元" in b["evidence"].iloc[0] + b["parts"].iloc[0]
    # parts that fit neither earlier total: which total the counties split is not said, so no verdict
    c = find_checks(facts_of(tmp_path, body.replace("4.36亿元", "3.36亿元")))
    assert not (c["parts"].str.contains("7.86亿元") & (c["status"] == "mismatch")).any()
