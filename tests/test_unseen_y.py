"""Six more reports written for the tests, in genres and provinces the other written sets do not cover
(tests/data/unseen_y): a 驻镇帮镇扶村 年度工作总结 (广东 梅州市, 2022: 镇/村 counts, 资金 亿元 by source and by use,
shares), a 山海协作 and “飞地” annual report (浙江, 2023: 结对 pairs, 飞地 返利 万元, 村均, 增长率), a 县农业农村局
reply to a 政协 提案 on 村级集体经济 (江西 于都县, 2023: 村 counts by income band with shares, 消薄), a 乡村振兴局
部门决算说明 (山西, 2022: 年初预算/调整后预算/决算数, 完成率, 比上年增减, a tab-separated table), a 文匯報 article in
traditional characters on 上海援疆 (喀什, 2021: 億元, 萬人, %) and a 防返贫 监测帮扶 季度通报 (黑龙江 齐齐哈尔市, 2024:
监测对象 户/人, 风险消除率 of six 县 side by side). Gold in the corpus format, written by build_gold.py from spans
typed by hand. Three figures are deliberately wrong (梅州 产业发展类资金 占帮扶资金总额的42.5%, really 40.5%; 于都
村级集体经济总收入4862万元 against parts adding to 4772万元; 拜泉县 风险消除率62.6%, really 59.6%); the rest agree.

First contact (before any rule was written for them, base 648837a):
    extraction F1 0.940 (P 0.940, R 0.940) over 419 gold quantities in 6 files
    region agreement 0.990 (390/394 matched quantities; 0 with no region)
    relations: 63/99 verified right (64 verified), 1/3 real inconsistencies found, 4 false alarms
The false alarms then: the bounds of income bands (5万元（含）至10万元) read as a breakdown by the word 含 (twice), and
占一般公共预算财政拨款支出的54.3% read on the 年初预算 figure (rates and checks). After the rules below: F1 0.947,
regions 0.990, relations 70/99, 2/3 found, 0 false alarms; session 9 (其中， after a full stop): 84/99, 3/3.
Session 10: F1 0.996, regions 0.998 (the ratios 之比为0.781, 比上年提高0.006 and 1260节 read; 喀什地区莎车、泽普、
叶城、巴楚四县 counts the prefecture's counties). Left as the gold's convention: 三项工程, 经过三年攻坚, 超过15天 (a time
limit) are not counted by the gold; 莎车县人民医院…新技术新项目84项 still goes to the prefecture.
regions 0.990, relations 70/99, 2/3 found, 0 false alarms; session 9 (其中， after a full stop): 84/99, 3/3;
session 10 (the 决算 table's 完成率 over the one budget column it fits): 90/99.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.extraction import extract_file

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement,
)

UNSEEN_Y = paths.TEST_DATA_DIR / "unseen_y"

MIN_F1 = 0.99         # extraction F1 over 419 gold quantities; was 0.940, 0.990 in session 9 (the 决算 table after its 单位 line is unread)
MIN_REGIONS = 0.995   # region agreement; was 0.990, 0.995 in session 9
MIN_RIGHT = 90        # relations verified right, of 99; was 63; 84 in session 9, 90 in session 10, 91 in session 11
MIN_FOUND = 3         # deliberate errors found, of 3; was 1; 3 since 其中， after a full stop is read (session 9)


@pytest.fixture(scope="module")
def unseen_y_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_Y, tmp_path_factory.mktemp("unseen_y_run") / "processed")


def test_unseen_y_relations(unseen_y_run):
    assert_relation_floors(unseen_y_run, UNSEEN_Y, MIN_RIGHT, MIN_FOUND)


def test_unseen_y_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_Y)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_Y)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_Y.glob("[bde]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


from fixtures.written import checks_of as _checks  # noqa: E402


def test_the_bounds_of_an_income_band_are_no_breakdown(tmp_path):
    body = ("按收入规模分，集体经济收入5万元以下的村0个；5万元（含）至10万元的村128个；"
            "10万元（含）至50万元的村192个；50万元以上的村40个。")
    assert _checks(tmp_path, body, "breakdown").empty


def test_a_share_of_spending_is_not_of_its_budget_nor_of_income(tmp_path):
    body = ("本年收入中，财政拨款收入6105.20万元，其他收入113.32万元。"
            "2022年度一般公共预算财政拨款支出年初预算5620.00万元，调整后预算6039.90万元，支出决算6012.47万元。"
            "其他巩固脱贫攻坚成果衔接乡村振兴支出3265.87万元，占一般公共预算财政拨款支出的{}%。")
    r = rate_of(facts_of(tmp_path, body.format("54.3")), "54.3%")
    assert (r["numerator"], r["denominator"], r["status"]) == (32658700, 60124700, "match")
    assert rate_of(facts_of(tmp_path, body.format("58.1")), "58.1%")["status"] == "mismatch"


def test_a_总额_is_not_the_numerator_of_a_rate(tmp_path):
    body = ("全市共落实帮扶资金24.36亿元，其中省级财政资金20.8亿元。截至12月底，全市累计支出帮扶资金21.05亿元，支出率86.4%。"
            "产业发展类项目安排资金9.87亿元，占帮扶资金总额的{}%。")
    r = rate_of(facts_of(tmp_path, body.format("40.5")), "40.5%")
    assert (r["numerator"], r["denominator"], r["status"]) == (9.87e8, 24.36e8, "match")
    assert rate_of(facts_of(tmp_path, body.format("42.5")), "42.5%")["status"] == "mismatch"


def test_shares_of_a_statement_sorting_by_class(tmp_path):
    body = ("2022年，全县360个行政村村级集体经济总收入4862万元。按收入规模分，集体经济收入5万元以下的村0个；"
            "5万元（含）至10万元的村128个，占35.6%；10万元（含）至50万元的村192个，占53.3%。")
    f = facts_of(tmp_path, body)
    for raw, num in (("35.6%", 128), ("53.3%", 192)):
        r = rate_of(f, raw)
        assert (r["numerator"], r["denominator"], r["status"]) == (num, 360, "match")


@pytest.mark.parametrize("body, raw", [
    ("10万元以上的村合计232个，占全县行政村总数的64.4%。", "232个"),
    ("经营性收入不足5万元的村还有103个，占28.6%。", "103个"),
    ("2018年，全县集体经济收入5万元以下的“空壳村”“薄弱村”有247个。", "247个"),
])
def test_villages_counted_after_a_verb_or_a_quote(tmp_path, body, raw):
    f = facts_of(tmp_path, body)
    assert f.loc[f["raw"] == raw, "unit"].iloc[0] == "village"


def test_a_county_bureau_is_no_village(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text("https://www.example.gov.cn/a.html\n于都县农业农村局关于县政协第47号提案的答复\n"
                    "2022年，全县360个行政村村级集体经济总收入4862万元。\n", encoding="utf-8")
    f = extract_file(path)
    assert set(f["region"]) == {"于都县"}, f[["raw", "region"]]


def test_其中_breaks_down_the_total_not_its_average(tmp_path):
    body = ("2022年，全县村级集体经济总收入4862万元，村均13.5万元，比上年增长18.7%。"
            "其中，经营性收入2915万元、财政补助收入1206万元、其他收入{}万元。")
    assert list(_checks(tmp_path, body.format(741), "breakdown")["status"]) == ["match"]
    assert list(_checks(tmp_path, body.format(651), "breakdown")["status"]) == ["mismatch"]
