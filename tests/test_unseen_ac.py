"""Six more reports written for the tests, in genres the other written sets do not cover (tests/data/unseen_ac):
a 省纪委监委 通报 on 乡村振兴领域 不正之风和腐败问题 (辽宁, 2023: 信访举报 件, 查处问题 个, 处理 人, 党纪政务处分 占比,
追缴、挽回资金 万元, three cities' share, five numbered 典型问题 with amounts), a 县发展改革局 report on 以工代赈 (湖南
隆回县, 2023: 中央预算内投资 and 配套, 劳务报酬 占中央资金 ≥30%, 带动务工 人 and its shares, 人均劳务报酬, projects by
town, 完工率, 支付率), a 州 report on 城乡建设用地增减挂钩节余指标跨省域调剂 (四川 甘孜州, 2018–2022: 万亩 by year and
by land use, 每亩 price, 调剂资金 亿元, 亩均, 到位率, uses of the money, 户均拆旧补偿), a 市林业局 report on 生态护林员 (陕西
安康市, 2023: 选聘 人, 其中脱贫人口 占比, 每人每年 8000元, 管护面积 万亩 and 人均, 考核合格率, 生态效益补偿 每亩每年), a 市文旅局
report on 乡村旅游 (山东 临沂市, 2023: 接待游客 万人次, 收入 亿元, 同比, 占旅游总收入, 带动就业, 户均, 重点村镇) and a
州住建局 report on 农村危房改造和农房抗震改造 (云南 大理州, 2023: 任务 户 by 鉴定等级 and by 对象, 补助标准 每户, 中央/省级
资金, 竣工率, a tab table by county with 任务数, 竣工数, 竣工率 and 补助资金). Gold in the corpus format, written by
build_gold.py from spans typed by hand. Three figures are deliberately wrong (辽宁 追缴、挽回资金3862.5万元 for
2416.3 + 1436.2 = 3852.5万元, 隆回 脱贫人口和监测对象 占62.5% for 1126/1862 = 60.5%, 大理 农房抗震改造 竣工率95.6% for
2318/2450 = 94.6%); the rest agree.

First contact (before any rule was written for them, base f4e8c37):
    extraction F1 0.984 (P 0.984, R 0.984) over 365 gold quantities in 6 files
    region agreement 0.958 (344/359 matched quantities; 0 with no region)
    relations: 65/89 verified right (67 verified), 3/3 real inconsistencies found, 8 false alarms
The false alarms then (7 distinct): 项目总投资320万元，其中中央资金260万元，发放劳务报酬108.4万元 read as 260 + 108.4 = 320
(the pay is drawn from the 中央资金), and 290万元 = 230万元 + 81.2万元 + 人均3777元 (an average as a part); 汉滨区1850人、
…宁陕县960人，四县（区）合计6010人 with 6010 read as a fifth part of 11860人; 调出的1.26万亩节余指标中，复垦为耕地的0.84万亩，
…0.42万亩，共获得…54.6亿元，亩均43.3万元 read over 0.42万亩; 竹泉村 村集体经营性收入386万元 / 农户238户 against 户均年经营
收入8.2万元; 村民人均可支配收入2.96万元 against 旅游收入6860万元 / 研学学生12.6万人次; 农村危房改造竣工1251户，竣工率98.7%
read over the whole task 3718户 (not 农村危房改造1268户; the deliberate 95.6% was found, over the wrong base too).
Wrong units: 问题468个 read as projects (涉及衔接资金和项目的问题), 景区化村庄186个 as towns. Missed: 专项检查3轮, 11860部.
Regions: the five numbered 典型问题 (1.朝阳市建平县某镇…问题。…68.5万元) all given to 辽宁省.
Gold corrections after first contact (the gold, not the code, was wrong): 连续6年未发生重大森林火灾 is a quantity (the seeds
count 连续3年实现零错退), 春节、“五一”、国庆三个假期 is one (items listed inline, as 等四個方面 in the corpus); two cases
named a county under the wrong city (建昌县 is 葫芦岛市's, 岫岩 鞍山市's): the text now has 朝阳市建平县, 鞍山市岫岩.
After the rules below: F1 0.999 (P 1.000, R 0.997) over 367 gold quantities, regions 0.992 (363/366), relations 73/89
(73 verified), 3/3 found, 0 false alarms.
Still missed: a price times a quantity as a total (0.84万亩 × 50万元 + 0.42万亩 × 30万元 = 54.6亿元), prices printed
before their totals (每户补助2.6万元 … 危房改造补助3296.8万元 / 1268户), shares whose numerator is a sum of places
((236 + 187 + 158) / 1286) or not in the share's sentence (我州占21.6%), 到位率 whose numerator is written 下达, per-head
figures of 亩 and 次, differences (剩余149户, 高出0.11万元), 11860部 (部 is also the first character of 部门) and the
places given 分别 to villages the gazetteer does not hold (朱家林村、竹泉村 …分别为68万人次、126万人次).
Session 11: 每亩每年15元 over 1.29亿元 / 860万亩 (the amount and the measure near it): relations 74/89, 0 false alarms.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, region_agreement,
)

UNSEEN_AC = paths.TEST_DATA_DIR / "unseen_ac"

MIN_F1 = 0.995        # extraction F1 over 367 gold quantities; was 0.984
MIN_REGIONS = 0.99    # region agreement; was 0.958
MIN_RIGHT = 75        # relations verified right, of 89; was 65 (with 8 false alarms); 74 in session 11; 76 in session 12
MIN_FOUND = 3         # deliberate errors found, of 3; was 3


@pytest.fixture(scope="module")
def unseen_ac_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AC, tmp_path_factory.mktemp("unseen_ac_run") / "processed")


def test_unseen_ac_relations(unseen_ac_run):
    assert_relation_floors(unseen_ac_run, UNSEEN_AC, MIN_RIGHT, MIN_FOUND)


def test_unseen_ac_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AC)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AC)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AC.glob("[cde]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


from fixtures.written import facts_of, rate_of  # noqa: E402


from fixtures.written import checks_of as _checks  # noqa: E402


def test_a_verb_opening_a_new_statement_ends_the_parts(tmp_path):
    body = ("荷香桥镇大竹村产业路项目总投资320万元，其中中央资金260万元，发放劳务报酬108.4万元，占中央资金的41.7%，带动务工286人；"
            "金石桥镇灌溉渠道整治项目总投资290万元，其中中央资金230万元，发放劳务报酬81.2万元，带动务工215人，人均3777元。")
    c = _checks(tmp_path, body, "breakdown")
    assert not (c["status"] == "mismatch").any(), c
    assert not c["parts"].str.contains("108.4|81.2|3777").any(), c


@pytest.mark.parametrize("rest, status", [("省级资金60万元", "match"), ("省级资金70万元", "mismatch")])
def test_parts_listed_bare_stay_parts(tmp_path, rest, status):
    body = f"产业路项目总投资320万元，其中中央资金260万元，{rest}。"
    c = _checks(tmp_path, body, "breakdown")
    assert list(c["status"]) == [status] and "260万元 + " in c["parts"].iloc[0], c


def test_parts_that_each_open_with_the_verb_stay_parts(tmp_path):
    body = "全年发放各类补助资金500万元，其中发放教育补助320万元，发放医疗补助180万元。"
    c = _checks(tmp_path, body, "breakdown")
    assert list(c["status"]) == ["match"] and "320万元 + 180万元" in c["parts"].iloc[0], c


def test_a_closing_total_of_listed_parts_is_no_further_part(tmp_path):
    body = ("全市共选聘生态护林员11860人，其中脱贫人口9624人。分县看，汉滨区1850人、紫阳县1620人、旬阳市1580人、宁陕县960人，"
            "四县（区）合计6010人，占全市的50.7%。")
    c = _checks(tmp_path, body, "breakdown")
    assert not (c["status"] == "mismatch").any(), c
    assert not c["parts"].str.contains(r"6010人 = 11860").any(), c


def test_a_fifth_place_with_no_total_word_is_a_part(tmp_path):
    body = ("全市共选聘生态护林员11860人。分县看，汉滨区1850人、紫阳县1620人、旬阳市1580人、宁陕县960人、其他六县（区）5850人。")
    c = _checks(tmp_path, body, "breakdown")
    assert list(c["status"]) == ["match"] and "5850人 = 11860人" in c["parts"].iloc[0], c


@pytest.mark.parametrize("per, status", [("43.3万元", "match"), ("53.3万元", "mismatch")])
def test_an_average_over_parts_named_in_a_whole_is_over_the_whole(tmp_path, per, status):
    body = (f"我州调出的1.26万亩节余指标中，复垦为耕地的0.84万亩，复垦为其他农用地的0.42万亩，共获得跨省域调剂资金54.6亿元，亩均{per}。")
    c = _checks(tmp_path, body, "per_unit")
    assert list(c["status"]) == [status], c
    assert "/ 1.26万亩" in c["parts"].iloc[0] or status == "mismatch", c


def test_a_disposable_income_per_head_is_no_quotient_of_the_figures_beside_it(tmp_path):
    body = "压油沟村全年接待研学学生12.6万人次，实现旅游收入6860万元，村集体收入同比增长18.5%，村民人均可支配收入达到2.96万元。"
    assert _checks(tmp_path, body, "per_unit").empty


def test_an_income_gain_per_head_is_still_checked(tmp_path):
    body = "全年发放劳务报酬712.6万元，带动务工1862人，人均增收4827元。"
    c = _checks(tmp_path, body, "per_unit")
    assert list(c["status"]) == ["mismatch"], c


@pytest.mark.parametrize("per, status", [("8.2万元", None), ("76.5万元", "match")])
def test_an_average_among_several_amounts_is_asserted_only_on_a_fit(tmp_path, per, status):
    body = (f"竹泉村全年实现旅游综合收入1.82亿元，村集体经营性收入386万元，参与旅游经营的农户238户，户均年经营收入{per}。")
    c = _checks(tmp_path, body, "per_unit")
    c = c[c["parts"].str.contains("238户")]
    assert list(c["status"]) == ([status] if status else []), c


@pytest.mark.parametrize("rate, status", [("98.7%", "match"), ("95.7%", "mismatch")])
def test_a_rate_of_a_sub_task_is_over_the_figure_its_words_name(tmp_path, rate, status):
    body = ("下达我州2023年改造任务3718户，其中农村危房改造1268户、农房抗震改造2450户。补助资金全部兑付到户。"
            "截至2023年12月31日，全州3718户改造任务全部开工，开工率100%；竣工3569户，竣工率96.0%。"
            f"其中，农村危房改造竣工1251户，竣工率{rate}。")
    row = rate_of(facts_of(tmp_path, body), rate)
    assert row["status"] == status and row["denominator"] == 1268, row["note"]
    assert rate_of(facts_of(tmp_path, body), "96.0%")["denominator"] == 3718


def test_a_case_figure_is_of_the_place_its_numbered_heading_opens_with(tmp_path):
    body = ("全年全省查处乡村振兴领域腐败和作风问题1286个。辽宁省纪委监委通报5起典型问题。\n"
            "1.朝阳市建平县某镇原党委副书记、镇长王某某在衔接资金项目中收受贿赂问题。2019年至2022年，王某某利用职务便利，"
            "先后12次收受财物共计68.5万元。\n"
            "2.阜新市彰武县某镇民政助理赵某某优亲厚友违规办理农村低保问题。赵某某违规为其亲属等9户21人办理农村低保。")
    f = facts_of(tmp_path, body)
    got = dict(zip(f["raw"], f["region"]))
    assert got["68.5万元"] == "建平县" and got["12次"] == "建平县", got
    assert got["9户"] == "彰武县" and got["21人"] == "彰武县", got


def test_a_heading_naming_two_places_apart_gives_no_place(tmp_path):
    body = ("2023年，辽宁省各级纪检监察机关查处乡村振兴领域问题1286个。\n"
            "1.朝阳市与阜新市两地干部违规发放补贴问题。两地违规发放补贴共计68.5万元。\n"
            "2.朝阳市建平县某镇原镇长王某某收受贿赂问题。王某某先后12次收受财物共计38.5万元。")
    f = facts_of(tmp_path, body).set_index("raw")
    assert not f.loc["68.5万元", "region_reason"].startswith("numbered item heading"), f[["region", "region_reason"]]
    assert f.loc["38.5万元", "region"] == "建平县", f[["region", "region_reason"]]


@pytest.mark.parametrize("body, raw, unit", [
    ("查处涉及衔接资金和项目的问题468个，占36.4%。", "468个", "other:个"),
    ("全市共有省级景区化村庄186个。", "186个", "village"),
    ("县发展改革局对以工代赈项目开展专项检查3轮，发现问题14个。", "3轮", "other:轮"),
])
def test_counted_nouns_of_these_reports(tmp_path, body, raw, unit):
    f = facts_of(tmp_path, body)
    assert f.loc[f["raw"] == raw, "unit"].iloc[0] == unit, f[["raw", "unit"]]


def test_a_new_round_is_no_count(tmp_path):
    f = facts_of(tmp_path, "新一轮帮扶工作全面启动，全年帮扶资金320万元。")
    assert "一轮" not in set(f["raw"]), f[["raw", "unit"]]
