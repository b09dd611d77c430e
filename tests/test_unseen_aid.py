"""Six reports on paired and designated assistance written for the tests (tests/data/unseen_aid: 津甘协作
甘南州, 辽宁援疆塔城地区, 重庆援藏昌都三县, 中国石化定点帮扶岳西县, 鲁渝扶贫协作, 浙江援建青川 2008–2010 with a
text-rendered table), with gold in the corpus format (NAME.regions.csv, NAME.relations.csv). Donor and
recipient are both given where a figure goes from one to the other; a donor's own counts (天津市4个区,
浙江11个市) are the donor's, a recipient's own funds the recipient's. Three figures are deliberately
wrong (少数民族就业占比70.1%, 两地互派干部人才共1943名, 农民人均纯收入增长55.6%).

First contact (before any rule was written for them, main 02211aa):
    extraction F1 0.970 (P 0.966, R 0.975) over 236 gold quantities in 6 files
    region agreement 0.987 (227/230 matched quantities; 0 with no region)
    relations: 22/33 verified right (24 verified), 2/3 real inconsistencies found, 3 false alarms
    (the false alarms: 甘南州8个县市 and 塔城地区7个县市 counted against the gazetteer's 县 only, and the
    8 counties of a 和平区结对帮扶合作市、临潭县, 河东区… list counted as 6).
Below the scorer tests, named sentences for each rule written then.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.checks import find_checks

from fixtures.written import assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement

UNSEEN_AID = paths.TEST_DATA_DIR / "unseen_aid"

MIN_F1 = 0.97         # extraction F1; was 0.970 at first contact
MIN_REGIONS = 0.99    # region agreement; was 0.987; 1.000 in session 7
MIN_RIGHT = 30        # relations verified right, of 33; was 22; 31 in session 7
MIN_FOUND = 3         # deliberate errors found, of 3; was 2; 3 in session 7


@pytest.fixture(scope="module")
def unseen_aid_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AID, tmp_path_factory.mktemp("unseen_aid_run") / "processed")


def test_unseen_aid_extraction_f1():
    f1, files, report = extraction_f1(UNSEEN_AID)
    assert f1 >= MIN_F1, report
    assert files == 6, report


def test_unseen_aid_regions():
    agreement, empty, report = region_agreement(UNSEEN_AID)
    assert agreement >= MIN_REGIONS, report
    assert empty == 0, report


def test_unseen_aid_relations(unseen_aid_run):
    assert_relation_floors(unseen_aid_run, UNSEEN_AID, MIN_RIGHT, MIN_FOUND)


# --- named sentences ------------------------------------------------------------------------------


def test_counties_and_cities_counted_together(tmp_path):
    # 县市 counts the county-level cities too: 甘南州 has 合作市 and seven counties
    body = ("天津市4个区与甘南州8个县市建立结对帮扶关系:和平区结对帮扶合作市、临潭县,河东区结对帮扶夏河县、碌曲县,"
            "河西区结对帮扶卓尼县、迭部县,红桥区结对帮扶玛曲县、舟曲县。")
    c = find_checks(facts_of(tmp_path, body))
    assert not (c["status"] == "mismatch").any(), c[c["status"] == "mismatch"]
    assert (c[c["check"] == "admin_count"]["status"] == "match").all() and (c["check"] == "admin_count").any()
    c = find_checks(facts_of(tmp_path, "恩施州8个县市全部脱贫摘帽。"))
    assert list(c.loc[c["check"] == "admin_count", "status"]) == ["match"]


def test_share_in_a_statement_opening_with_其中_after_a_full_stop(tmp_path):
    body = ("全年安排援疆资金3.26亿元,实施援疆项目72个。其中用于保障和改善民生的资金2.64亿元,占81%;"
            "向县市以下基层倾斜的资金2.93亿元,占89.9%。")
    f = facts_of(tmp_path, body)
    for raw, num in (("81%", 2.64e8), ("89.9%", 2.93e8)):
        r = rate_of(f, raw)
        assert (r["numerator"], r["denominator"], r["status"]) == (num, 3.26e8, "match")
    f = facts_of(tmp_path, "全年直接投入无偿帮扶资金4650万元,较上年增长7.4%。其中用于产业项目2780万元,占59.8%。")
    assert rate_of(f, "59.8%")["status"] == "match"
    # two figures of the unit in the sentence before that could hold the part: which one is broken down is
    # not known
    f = facts_of(tmp_path, "全年投入帮扶资金4650万元,引进帮扶资金5180万元。其中用于产业项目2780万元,占59.8%。")
    assert rate_of(f, "59.8%")["status"] in ("ambiguous", "reported_only")  # neither asserted


def test_其中_opening_may_break_down_a_figure_further_back(tmp_path):
    # 63% is of the 178.5亿 allotted two sentences back, not of the 152.6亿 spent: nothing asserted
    body = ("全省共下达补助资金178.5亿元,较上年增加9.3亿元,增长5.5%。截至9月底,已支出152.6亿元,支出进度85.5%。"
            "其中用于产业发展的资金112.4亿元,占比63%,比上年提高2.6个百分点。")
    assert rate_of(facts_of(tmp_path, body), "63%")["status"] != "mismatch"


def test_share_of_a_whole_named_before_中(tmp_path):
    body = ("重庆市累计投入援藏资金8.64亿元,实施援藏项目187个。其中,江达县项目63个、资金2.97亿元,贡觉县项目58个、"
            "资金2.61亿元。援藏资金中,用于农牧民安居、教育等民生项目的资金6.91亿元,占比80%。")
    r = rate_of(facts_of(tmp_path, body), "80%")
    assert (r["denominator"], r["status"]) == (8.64e8, "match")


def test_per_school_figure(tmp_path):
    c = find_checks(facts_of(tmp_path, "新建和恢复重建中小学校94所,可容纳学生4.3万人,校均457人。"))
    pu = c[c["check"] == "per_unit"]
    assert list(pu["status"]) == ["match"] and list(pu["total"]) == [457]


def test_places_paired_with_a_recipient_are_the_givers(tmp_path):
    body = ("浙江省对口支援四川省青川县灾后恢复重建。浙江省按照“一市(县)帮一乡镇”的模式,组织11个市及所属36个县(市、区)"
            "结对支援青川县36个乡镇,其中杭州市援建乔庄镇。")
    f = facts_of(tmp_path, body)
    assert list(zip(f["raw"], f["region"])) == [("11个", "浙江省"), ("36个", "浙江省"), ("36个", "青川县")]


def test_school_places_and_techniques_are_counted_as_themselves():
    from fupin.quantities import find_quantities
    found = [(q.raw, q.unit) for q in find_quantities("援建中小学和幼儿园项目12个,新增学位5400个。")]
    assert found == [("12个", "project"), ("5400个", "other:学位")]
    found = [(q.raw, q.unit) for q in find_quantities("医疗援疆帮助受援医院新开展诊疗技术73项。")]
    assert found == [("73项", "item")]
