"""Six more reports written for the tests, in genres and provinces the other written sets do not cover
(tests/data/unseen_x): a 农业农村局（乡村振兴局）衔接资金项目进度通报 (青海 海东市, 2024, 开工率/完工率/支出率 of six
区县 side by side, a ranking), a 政府工作报告 excerpt on five years of 乡村振兴 (重庆 城口县, 2026: 年均增长, 翻一番,
增长到2.4倍), a 县委 bulletin on the 整改 of 巡视 and 后评估 findings (吉林 汪清县, 2022: 问题 条/个, 整改完成率,
追回资金, 问责 人, 制度 项), an 在线访谈 with the 湘西州 乡村振兴局 局长 (湖南, 2024: 问/答, spoken 大概/将近/左右/多,
figures of eight 县市), a ten-year review of 湖北's aid to 山南 (西藏, 2024: 援藏资金 by 区县 and 市本级) and a 新华社
feature on 闽宁镇 (宁夏, 2023: Chinese numerals, 35倍多, 翻了两番, villagers' words). Gold in the corpus format,
written by build_gold.py from spans typed by hand. Three figures are deliberately wrong (化隆县 支出率61.2%,
后评估 整改完成率91.7%, 援藏项目612个 against parts adding to 602); the rest agree.

First contact (before any rule was written for them, base 38d0413):
    extraction F1 0.954 (P 0.947, R 0.960) over 300 gold quantities in 6 files
    region agreement 0.951 (274/288 matched quantities; 0 with no region)
    relations: 46/69 verified right (47 verified), 1/3 real inconsistencies found, 3 false alarms
The false alarms then: 占衔接资金总量的64.0% read on the 其中中央衔接资金 part, and 处分9人、诫勉谈话6人、提醒谈话12人
read as two names counted by 9人 (one was scored twice). After the rules below: F1 0.983, regions 0.959,
relations 57/69, 3/3 found, 0 false alarms.
Session 10: F1 0.988 (排查3轮, 43个闲置、低效运营项目, 问题 counted with 条/个). Left as the gold's convention: 连续两次
(a condition) and 连续五年 (a streak) are not counted here but 连续3年/连续五年 are in the seed gold; 两项反馈问题 is not
counted; 新技术新项目216项 is project here and item in three other sets.
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

UNSEEN_X = paths.TEST_DATA_DIR / "unseen_x"

MIN_F1 = 0.99         # extraction F1 over 300 gold quantities; was 0.954, 0.983 in session 9, 0.992 in session 16 (永顺、龙山两个县)
MIN_REGIONS = 0.99    # region agreement; was 0.951; 1.000 in session 8 (十八洞村 a village of 花垣县, 原隆村 figures no longer go to the 来自 origins)
MIN_RIGHT = 60        # relations verified right, of 69; was 46; 60 in session 8; 62 in session 9
MIN_FOUND = 3         # deliberate errors found, of 3; was 1


@pytest.fixture(scope="module")
def unseen_x_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_X, tmp_path_factory.mktemp("unseen_x_run") / "processed")


def test_unseen_x_relations(unseen_x_run):
    assert_relation_floors(unseen_x_run, UNSEEN_X, MIN_RIGHT, MIN_FOUND)


def test_unseen_x_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_X)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_X)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_X.glob("[bdf]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


from fixtures.written import checks_of as _checks  # noqa: E402


def test_share_of_the_total_named_总量_not_its_其中_part(tmp_path):
    body = ("2024年，全市共下达衔接资金14.34亿元，其中中央衔接资金10.12亿元、省级衔接资金3.05亿元、市县两级配套资金1.17亿元。"
            "全市纳入衔接资金项目库并下达计划的项目520个，其中产业发展类项目312个，占项目总数的60.0%，"
            "安排资金9.18亿元，占衔接资金总量的{}%。")
    r = rate_of(facts_of(tmp_path, body.format("64.0")), "64.0%")
    assert (r["numerator"], r["denominator"], r["status"]) == (9.18e8, 14.34e8, "match")
    assert rate_of(facts_of(tmp_path, body.format("67.0")), "67.0%")["status"] == "mismatch"


def test_figures_listed_with_their_counts_are_no_names(tmp_path):
    body = "共问责27人，其中给予党纪政务处分9人、诫勉谈话6人、提醒谈话12人。"
    c = find_checks(facts_of(tmp_path, body))
    assert not (c["check"] == "enumeration_count").any(), c
    assert list(c.loc[c["check"] == "breakdown", "status"]) == ["match"]


@pytest.mark.parametrize("body, raw", [("化隆县、民和县、乐都区支出率排名后三位。", "三位"),
                                       ("该县考核位居全省后五名。", "五名")])
def test_the_bottom_of_a_ranking_is_no_count(tmp_path, body, raw):
    f = facts_of(tmp_path, body)
    assert raw not in set(f["raw"]), f[["raw", "unit"]]


def test_spoken_这一块_is_no_money(tmp_path):
    f = facts_of(tmp_path, "项目这一块，全州一共实施了衔接资金项目1736个。")
    assert list(f["raw"]) == ["1736个"]


@pytest.mark.parametrize("body, raw, unit", [
    ("建立完善防止返贫动态监测、衔接资金项目管理、扶贫项目资产后续管护等制度18项。", "18项", "item"),
    ("帮助学校建立完善教学管理制度37项，培养本地骨干教师168名。", "37项", "item"),
    ("目前，已有36家福建企业落户闽宁镇，吸纳当地群众就业4500余人。", "36家", "enterprise"),
])
def test_what_is_counted(tmp_path, body, raw, unit):
    f = facts_of(tmp_path, body)
    assert f.loc[f["raw"] == raw, "unit"].iloc[0] == unit


@pytest.mark.parametrize("body, raw, value, status", [
    ("全镇村集体经济收入由2017年的30万元增长到2022年的120万元，五年翻了两番。", "翻了两番", 4, "match"),
    ("脱贫人口人均纯收入由9860元增加到19880元，实现翻一番。", "翻一番", 2, "match"),
    ("旅游综合收入由28.4亿元增长到68.5亿元，增长到2.4倍。", "2.4倍", 2.4, "match"),
    ("村民人均纯收入从2013年的1668元增加到去年的25087元，是2013年的15倍。", "15倍", 15, "match"),
    ("农民人均可支配收入从1997年的500元增加到2022年的17800元，是搬迁之初的35倍多。", "35倍", 35, "match"),
    ("村民人均纯收入从2013年的1668元增加到去年的25087元，是2013年的12倍。", "12倍", 12, "mismatch"),
])
def test_a_multiple_against_its_two_levels(tmp_path, body, raw, value, status):
    f = facts_of(tmp_path, body)
    assert f.loc[f["raw"] == raw, "value"].iloc[0] == value
    m = find_checks(f)
    m = m[m["check"] == "multiple"]
    assert list(m["status"]) == [status], m


def test_a_bare_增长N倍_is_not_checked(tmp_path):
    assert _checks(tmp_path, "旅游综合收入由28.4亿元增长到68.5亿元，增长1.4倍。", "multiple").empty


def test_整改完成率_of_problems_fed_back(tmp_path):
    body = "后评估反馈的问题24个，已整改21个，整改完成率{}%。"
    r = rate_of(facts_of(tmp_path, body.format("87.5")), "87.5%")
    assert (r["numerator"], r["denominator"], r["status"]) == (21, 24, "match")
    assert rate_of(facts_of(tmp_path, body.format("91.7")), "91.7%")["status"] == "mismatch"


def test_a_breakdown_by_county_listing_the_本级_level_is_complete(tmp_path):
    body = ("十年来，湖北累计投入援藏资金38.6亿元，实施援藏项目{}个。分区县看，乃东区投入援藏资金12.4亿元、实施项目186个，"
            "琼结县投入8.9亿元、实施项目142个，曲松县投入7.6亿元、实施项目128个，市本级投入9.7亿元、实施项目146个。")
    assert list(_checks(tmp_path, body.format(602), "breakdown")["status"]) == ["match", "match"]
    assert sorted(_checks(tmp_path, body.format(612), "breakdown")["status"]) == ["match", "mismatch"]


def test_市本级_is_the_city_not_the_county_before_it(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("https://www.example.gov.cn/a.html\n湖北省对口支援山南市十年工作综述\n"
                    "分区县看，乃东区投入援藏资金12.4亿元，曲松县投入7.6亿元，市本级投入9.7亿元。\n", encoding="utf-8")
    f = extract_file(path)
    assert f.loc[f["raw"] == "9.7亿元", "region"].iloc[0] != "曲松县"


def test_compound_growth_takes_the_years_of_the_change_before_it(tmp_path):
    body = ("地区生产总值由2020年的52.6亿元增加到2025年的71.8亿元，年均增长6.4%；"
            "农村常住居民人均可支配收入由12934元增加到18960元，年均增长{}%。")
    r = rate_of(facts_of(tmp_path, body.format("7.9")), "7.9%")
    assert (r["numerator"], r["denominator"], r["status"]) == (18960, 12934, "match")
    assert rate_of(facts_of(tmp_path, body.format("8.9")), "8.9%")["status"] == "mismatch"


def test_rate_words_listed_before_分别_pair_in_order(tmp_path):
    body = "乐都区计划实施项目86个，已开工82个、完工61个，开工率、完工率分别为95.3%、70.9%。"
    f = facts_of(tmp_path, body)
    r = rate_of(f, "95.3%")
    assert (r["numerator"], r["denominator"], r["status"]) == (82, 86, "match")
    r = rate_of(f, "70.9%")
    assert (r["numerator"], r["denominator"], r["status"]) == (61, 86, "match")
