"""Six more reports written for the tests, in genres the other written sets do not cover (tests/data/unseen_s):
a 审计结果公告 on 衔接资金 (甘肃 定西市, 2024, with a pipe table), a 财政专项扶贫资金预算执行情况的报告 to a 人大常委会
(内蒙古 科右中旗, 2018, with a tab table), a 调查队 bulletin on 农村居民收入 and 贫困监测 (贵州 黔东南州, 2016, with a
space table of the income sources), a 人大常委会调研报告 on 产业扶贫 (四川 凉山州, 2018), a 教育扶贫和健康扶贫政策落实
report (广西 乐业县, 2020) and a 新华社 wire on the 整族脱贫 of the 拉祜族 (云南 澜沧县, 2020, with Chinese numerals and
full-width digits). Gold in the corpus format (NAME.regions.csv, NAME.relations.csv), written by build_gold.py
from spans typed by hand (values parsed from them, the relations with the interval rule). Three figures are
deliberately wrong (执行支出比上年增长25.3%, 恩格尔系数…下降1.7个百分点, 利益联结覆盖率88.6%); the rest agree.

First contact (before any rule was written for them, base e876b53):
    extraction F1 0.955 (P 0.986, R 0.925) over 307 gold quantities in 6 files
    region agreement 0.972 (276/284 matched quantities; 0 with no region)
    relations: 38/89 verified right (41 verified), 1/3 real inconsistencies found, 6 false alarms
The false alarms then: a 支出进度 of the four audited counties read on the whole city's funds, 户均贷款 divided
from the 贴息资金 printed nearer, a share of 消费支出 read on the 食品烟酒支出 part, and 全州16个县(市) counted
against the gazetteer's 县 only. Below the scorer test, named sentences for each rule written then.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.checks import find_checks
from fupin.extraction import extract_file
from fupin.rates import compute_rates

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement,
)

UNSEEN_S = paths.TEST_DATA_DIR / "unseen_s"

MIN_F1 = 0.99         # extraction F1 over 307 gold quantities; was 0.955 (the space table of c is not read); 1.000 in session 7
MIN_REGIONS = 0.99    # region agreement; was 0.972
MIN_RIGHT = 81        # relations verified right, of 89; was 38; 71 in session 7, 82 in session 8; 83 in session 9
MIN_FOUND = 3         # deliberate errors found, of 3; was 1


@pytest.fixture(scope="module")
def unseen_s_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_S, tmp_path_factory.mktemp("unseen_s_run") / "processed")


def test_unseen_s_relations(unseen_s_run):
    assert_relation_floors(unseen_s_run, UNSEEN_S, MIN_RIGHT, MIN_FOUND)


def test_unseen_s_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_S)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_S)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_S.glob("[aef]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


def _page(tmp_path: Path, title: str, body: str):
    path = tmp_path / "page.txt"
    path.write_text(f"https://www.example.gov.cn/a.html\n{title}\n{body}\n", encoding="utf-8")
    return extract_file(path)


@pytest.mark.parametrize("body", ["分县看,雷山县、从江县、台江县农村居民收入增速居全州前三位。",
                                  "该县脱贫攻坚成效考核位列全省前10名。"])
def test_a_place_in_a_ranking_is_no_count(tmp_path, body):
    f = facts_of(tmp_path, body)
    assert f.empty or not f["raw"].str.contains("位|名").any(), f[["raw", "unit"]]


def test_people_counted_with_位_still_count(tmp_path):
    f = facts_of(tmp_path, "县里邀请三位农业专家驻村指导,前来参观的有50名群众。")
    assert {"三位", "50名"} <= set(f["raw"])


def test_counties_and_county_level_cities_against_the_gazetteer(tmp_path):
    f = _page(tmp_path, "黔东南州农村居民收入情况", "黔东南州调查队对全州16个县(市)1480户农村住户进行了抽样调查。")
    assert f.loc[f["raw"] == "16个", "unit"].iloc[0] == "other:县市"
    c = find_checks(f)
    assert list(c.loc[c["check"] == "admin_count", "status"]) == ["match"]  # 15 县 and 凯里市


def test_spending_rate_of_the_audited_counties_on_their_own_funds(tmp_path):
    body = ("2023年,全市共筹集衔接资金28.65亿元。审计抽查的4个县区共涉及衔接资金15.83亿元,占全市的55.3%。"
            "截至2023年底,4个县区已支出衔接资金14.27亿元,支出进度90.1%。")
    r = rate_of(facts_of(tmp_path, body), "90.1%")
    assert (r["numerator"], r["denominator"], r["status"]) == (14.27e8, 15.83e8, "match")
    body = body.replace("90.1%", "93.1%")  # fits neither the city's nor the counties' funds: still an error
    assert rate_of(facts_of(tmp_path, body), "93.1%")["status"] == "mismatch"


def test_per_household_loan_out_of_the_loans_and_not_the_interest_subsidy(tmp_path):
    f = facts_of(tmp_path, "发放扶贫小额信贷3.24亿元,落实贴息资金3518万元,支持6480户贫困户发展生产,户均贷款5万元。")
    c = find_checks(f)
    pu = c[c["check"] == "per_unit"]
    assert list(pu["status"]) == ["match"] and "3.24亿元" in pu["parts"].iloc[0]


def test_share_of_a_per_head_whole_by_its_parts_under_其中(tmp_path):
    body = ("全州农村常住居民人均消费支出7126元,增长9.2%。其中,食品烟酒支出2544元,恩格尔系数为35.7%;"
            "居住支出1569元,占消费支出的22.0%;教育文化娱乐支出842元。")
    f = facts_of(tmp_path, body)
    r = rate_of(f, "22.0%")
    assert (r["numerator"], r["denominator"], r["status"]) == (1569, 7126, "match")
    r = rate_of(f, "35.7%")  # 恩格尔系数 = 食品 / 消费支出
    assert (r["numerator"], r["denominator"], r["status"]) == (2544, 7126, "match")


def test_whole_printed_after_占_with_a_longer_name(tmp_path):
    body = "全州新型经营主体共带动贫困户9.52万户,占全州建档立卡贫困户24.67万户的38.6%。"
    r = rate_of(facts_of(tmp_path, body), "38.6%")
    assert (r["numerator"], r["denominator"], r["status"]) == (9.52e4, 24.67e4, "match")


def test_last_years_level_is_no_part_of_a_share(tmp_path):
    body = ("全年实际支出专项扶贫资金5.71亿元,执行率91.8%;支出比上年的4.63亿元增长23.3%,"
            "占全旗一般公共预算支出37.56亿元的15.2%。")
    f = facts_of(tmp_path, body)
    assert not (compute_rates(f)["status"] == "mismatch").any()
    assert not (find_checks(f)["status"] == "mismatch").any()


def test_growth_over_last_years_level_after_a_subject_word(tmp_path):
    body = "全年可用资金6.22亿元。全年实际支出专项扶贫资金5.71亿元,执行率91.8%;支出比上年的4.63亿元增长{}%。"
    r = rate_of(facts_of(tmp_path, body.format("23.3")), "23.3%")
    assert (r["numerator"], r["denominator"], r["status"]) == (5.71e8, 4.63e8, "match")
    assert rate_of(facts_of(tmp_path, body.format("25.3")), "25.3%")["status"] == "mismatch"
    r = rate_of(facts_of(tmp_path, body.format("23.3")), "91.8%")  # 执行率 on the funds available (可用)
    assert (r["numerator"], r["denominator"], r["status"]) == (5.71e8, 6.22e8, "match")


@pytest.mark.parametrize("body, raw, num, den, status", [
    ("2020年贫困人口住院1.86万人次,其中县域内住院1.70万人次,县域内就诊率91.4%。", "91.4%", 1.70e4, 1.86e4, "match"),
    ("调研的4个县共有建档立卡贫困户9.18万户,与新型经营主体建立利益联结机制的7.86万户,利益联结覆盖率85.6%。",
     "85.6%", 7.86e4, 9.18e4, "match"),
    ("调研的4个县共有建档立卡贫困户9.18万户,与新型经营主体建立利益联结机制的7.86万户,利益联结覆盖率88.6%。",
     "88.6%", 7.86e4, 9.18e4, "mismatch"),
])
def test_rates_of_health_and_industry_reports(tmp_path, body, raw, num, den, status):
    r = rate_of(facts_of(tmp_path, body), raw)
    assert (r["numerator"], r["denominator"], r["status"]) == (num, den, status)


def test_自治区_before_a_figure_is_a_funding_level_not_a_place(tmp_path):
    body = ("2018年,旗财政安排专项扶贫资金5.48亿元。按资金来源分,中央财政专项扶贫资金2.86亿元、自治区1.75亿元、"
            "盟级0.31亿元、旗本级0.56亿元。")
    f = _page(tmp_path, "科尔沁右翼中旗2018年财政专项扶贫资金预算执行情况", body)
    assert set(f.loc[f["raw"].isin(["2.86亿元", "1.75亿元", "0.56亿元"]), "region"]) == {"科尔沁右翼中旗"}


def test_a_yardsticks_own_figure_in_brackets(tmp_path):
    body = "全州农村居民人均可支配收入7818元,相当于全省平均水平(8090元)的96.6%,比全省低272元。"
    f = _page(tmp_path, "2016年黔东南州农村居民收入情况", body)
    regions = dict(zip(f["raw"], f["region"]))
    assert regions["8090元"] == "贵州省"
    assert regions["7818元"] == regions["96.6%"] == "黔东南苗族侗族自治州"


def test_compound_growth_over_an_earlier_level_printed_as_such(tmp_path):
    body = "2019年,全县建档立卡贫困人口人均纯收入达到9636元,比2015年的2865元年均增长{}%。"
    r = rate_of(facts_of(tmp_path, body.format("35.4")), "35.4%")
    assert (r["numerator"], r["denominator"], r["status"]) == (9636, 2865, "match")
    assert rate_of(facts_of(tmp_path, body.format("33.4")), "33.4%")["status"] == "mismatch"


def test_占到_names_no_whole(tmp_path):
    r = rate_of(facts_of(tmp_path, "蒿枝坝村164户中有123户种植冬季马铃薯,占到四分之三。"), "四分之三")
    assert (r["numerator"], r["denominator"], r["status"]) == (123, 164, "match")
