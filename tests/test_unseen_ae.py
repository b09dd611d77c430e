"""Six more reports written for the tests, in genres the other written sets do not cover (tests/data/unseen_ae):
a 县农业农村局 report on 高标准农田 (甘肃 会宁县, 2023: 万亩 任务 and 完成, 亩均投入, 资金 by source, 新增粮食产能 万斤,
流转率, 管护 每亩), a 县交通运输局 summary on 四好农村路 (四川 昭觉县, 2023: 公里 by 路 class, 通硬化路率, 投资 by source
and 同比, 以奖代补 每公里, 养护 标准 by class, 物流服务点 覆盖率), a 县人社局 通报 on 职业技能培训补贴 (江西 于都县, 2023:
期 and 人次, 结业率, 取证率, 培训后就业率, 补贴标准 每人 and 补贴 万元 by 工种, 定点培训机构 家), a report on a 脱贫县's 茶叶
产业 (湖南 古丈县, 2023: 茶园 万亩, 产量 万吨 and 同比, 综合产值 by 产业, 龙头企业, 带动 户 and 户均增收, 鲜叶 每公斤), a
兴边富民行动 report of a 边境县 (广西 那坡县, 2023: 边境村 and 抵边自然屯, 边民生活补助 每人每年, 抵边搬迁 户/人/套,
互市贸易, 幸福村 by 乡镇) and a 县 通报 on the “两不愁三保障” and 饮水安全 回头看 (山西 静乐县, 2023: 排查 户/人, 问题 by
类别 and 乡镇, 整改率, 水样 合格率, 整改资金). Gold in the corpus format, written by build_gold.py from spans typed by hand.
Three figures are deliberately wrong (于都县 培训补贴1214.70万元 against five 工种 adding to 1204.70万元, 古丈县 一产产值
占42.5% for 12.8/31.6 = 40.5%, 静乐县 整改率93.2% for 352/386 = 91.2%); the rest agree.

First contact (before any rule was written for them, base f4e8c37), with the gold as first typed:
    extraction F1 0.964 (P 0.959, R 0.968, indicator agreement 0.000) over 342 gold quantities in 6 files
    region agreement 0.982 (325/331 matched quantities; 0 with no region)
    relations: 47/81 verified right (47 verified), 1/3 real inconsistencies found, 1 false alarms
The gold then left out group thresholds the other sets keep (30户以上, 超过50万元, 边境0—3公里, and typed 10万元 for
超过10万元); with those fixed the same code scores F1 0.970 (P 0.971, R 0.968) over 346, regions 0.982 (329/335),
relations unchanged. The false alarm: 茶园面积达20.6万亩，比上年增加1.2万亩，其中投产茶园16.8万亩 read as 16.8 <= 1.2
(the change against the year before taken as the whole its 其中 breaks down). Wrong units: 定点培训机构23家 (and
民办培训机构17家, 院校6家, 取消1家培训机构) read as enterprises, 抵边自然屯126个 and 已通硬化路122个 as other:个,
幸福村12个，其中平孟镇5个、百南乡4个、百都乡3个 as counts of towns, 快递业务量286万件 as items; 新打机井6眼 missed.
Regions: townships the national table lacks (默戎镇…分别为, 娘子神乡58个) read as the county.
After the rules below: F1 1.000 (P 1.000, R 1.000) over 346, regions 1.000 (346/346), relations 54/81 (54 verified),
2/3 found, 0 false alarms. Still missed: the 已整改 parts of 352个 (a whole with its five parts in a later sentence),
the 工种 total 1214.70万元 (its parts are five numbered paragraphs below it: the deliberate total error stays unfound),
rates whose base is several sentences back (102.4% of 任务12.5万亩, 流转率 of the 12.8万亩, 通硬化路率 of 自然村（组）
1328个 in a clause with 建制村), per-measure figures with the measure elsewhere (亩均增产200斤, 每亩20元, 每公里320万元,
套均120平方米, 每公斤27.9元), the sum of 养护 标准 × 里程 by 路 class, and 3个乡镇合计146个 against its listed towns.
Session 11: figures per unit of a measure with the amount and the measure near them (每公里320万元 over 58公里 a sentence
before, 按每公里15万元标准 … 54.6公里 … 819万元, 户均增收6840元, 套均120平方米, 每户8万元, 每村500万元, 户均补助1.3万元),
通硬化路率 and 结业率 as rate words, 完成年度任务的102.4% over 任务12.5万亩: relations 66/81, 2/3 found, 0 false alarms.
Still missed: 亩均增产200斤 and 每亩20元 (the 12.8万亩 stands six sentences back), 问题 counted by 方面 read as aspects.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, region_agreement,
)

UNSEEN_AE = paths.TEST_DATA_DIR / "unseen_ae"

MIN_F1 = 0.995        # extraction F1 over 346 gold quantities; was 0.964 (0.970 with the gold fixed)
MIN_REGIONS = 0.995   # region agreement; was 0.982
MIN_RIGHT = 67        # relations verified right, of 81; was 47 (with 1 false alarm); 66 in session 11, 68 in session 16
MIN_FOUND = 2         # deliberate errors found, of 3; was 1


@pytest.fixture(scope="module")
def unseen_ae_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AE, tmp_path_factory.mktemp("unseen_ae_run") / "processed")


def test_unseen_ae_relations(unseen_ae_run):
    assert_relation_floors(unseen_ae_run, UNSEEN_AE, MIN_RIGHT, MIN_FOUND)


def test_unseen_ae_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AE)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AE)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AE.glob("[abe]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


from fixtures.written import facts_of, rate_of  # noqa: E402


from fixtures.written import checks_of as _checks  # noqa: E402


from fixtures.written import unit_of as _unit_of  # noqa: E402


def test_a_change_against_the_year_before_is_no_whole_of_a_breakdown(tmp_path):
    body = "截至2023年底，全县茶园面积达20.6万亩，比上年增加1.2万亩，其中投产茶园16.8万亩，占81.6%。"
    c = _checks(tmp_path, body, "breakdown")
    assert not (c["status"] == "mismatch").any(), c
    assert not c["parts"].str.contains("<= 1.2万").any(), c


def test_a_new_area_is_still_the_whole_of_its_breakdown(tmp_path):
    body = "全年新增高标准农田1.2万亩，其中新建高效节水灌溉面积1.5万亩。"  # no year before: 新增 is the whole
    c = _checks(tmp_path, body, "breakdown")
    assert list(c["status"]) == ["mismatch"], c


@pytest.mark.parametrize("body, raw, unit", [
    ("全县承担补贴性培训的定点培训机构23家，其中民办培训机构17家、技工院校及职业院校6家。", "23家", "other:培训机构"),
    ("全县承担补贴性培训的定点培训机构23家，其中民办培训机构17家、技工院校及职业院校6家。", "6家", "other:院校"),
    ("追回违规申领补贴资金6.84万元，取消1家培训机构定点资格。", "1家", "other:培训机构"),
    ("依托“交邮融合”，全年农村快递业务量达286万件，同比增长21.4%。", "286万件", "other:件"),
    ("边境0—3公里范围内抵边自然屯126个。", "126个", "village"),
    ("新建和改造供水管网128公里，新打机井6眼。", "6眼", "other:眼"),
    ("全年引进企业19家，为群众办实事630件。", "19家", "enterprise"),  # counter-examples: the classifier's own unit
    ("全年引进企业19家，为群众办实事630件。", "630件", "item"),
])
def test_what_a_classifier_counts(tmp_path, body, raw, unit):
    assert _unit_of(tmp_path, body, raw) == unit


@pytest.mark.parametrize("body, raw, unit", [
    ("全年建设现代化边境幸福村12个，每村补助资金500万元，其中平孟镇5个、百南乡4个、百都乡3个。", "5个", "village"),
    ("全年建设现代化边境幸福村12个，每村补助资金500万元，其中平孟镇5个、百南乡4个、百都乡3个。", "4个", "village"),
    ("全县共建成特色小镇5个。", "5个", "other:镇"),  # counter-examples: a category of towns is what is counted
    ("全县有重点镇3个。", "3个", "other:镇"),
    ("培育信用村186个、信用乡(镇)85个。", "85个", "other:乡"),  # 信用乡: a category written as one common word
])
def test_a_township_before_a_count_is_its_place(tmp_path, body, raw, unit):
    assert _unit_of(tmp_path, body, raw) == unit


def _regions(tmp_path, body):
    f = facts_of(tmp_path, body)
    return dict(zip(f["raw"], f["region"].astype(str)))


def test_townships_listed_each_with_its_figure_are_their_places(tmp_path):
    body = ("2023年，静乐县排查共发现各类问题386个。分乡镇看：问题较多的乡镇为娘子神乡58个、堂尔上乡47个、杜家村镇41个，"
            "3个乡镇合计146个，占全县问题总数的37.8%。")
    got = _regions(tmp_path, body)
    assert "娘子神乡" in got["58个"] and "堂尔上乡" in got["47个"] and "杜家村镇" in got["41个"], got
    assert got["146个"] == "静乐县" and got["37.8%"] == "静乐县", got  # after the list: the county, not its last item


def test_townships_listed_before_respective_figures_are_their_places(tmp_path):
    body = ("古丈县茶园面积达20.6万亩。默戎镇、红石林镇、断龙山镇3个茶叶重点乡镇茶园面积分别为4.2万亩、3.8万亩和3.5万亩，"
            "合计11.5万亩，占全县的55.8%。")
    got = _regions(tmp_path, body)
    assert "默戎镇" in got["4.2万亩"] and "断龙山镇" in got["3.5万亩"], got
    assert got["55.8%"] == "古丈县", got


def test_townships_listed_as_the_reach_of_a_project_name_no_place(tmp_path):
    body = "会宁县项目涉及中川镇、郭城驿镇、河畔镇等15个乡镇112个村，受益农户3.46万户、14.2万人。"
    got = _regions(tmp_path, body)
    assert got["3.46万户"] == "会宁县" and got["14.2万人"] == "会宁县", got


@pytest.mark.parametrize("rate, status", [("91.2%", "match"), ("93.2%", "mismatch")])
def test_a_base_with_no_time_printed_right_before_runs_on(tmp_path, rate, status):
    body = f"排查共发现各类问题386个。截至9月底，已整改到位352个，整改率{rate}。"
    row = rate_of(facts_of(tmp_path, body), rate)
    assert row["status"] == status, row["note"]


def test_a_base_of_a_stated_other_year_stays_no_alarm(tmp_path):
    body = "2021年全县排查发现问题386个。截至2023年9月底，已整改到位352个，整改率93.2%。"
    row = rate_of(facts_of(tmp_path, body), "93.2%")
    assert row["status"] != "mismatch", row["note"]


def test_the_amount_paid_right_after_a_standard_per_head(tmp_path):
    body = "（一）电子商务（网络直播）。培训18期2436人次，补贴标准每人1200元，发放补贴292.32万元。"
    c = _checks(tmp_path, body, "per_unit")
    assert list(c["status"]) == ["match"] and "2436" in c["parts"].iloc[0], c


@pytest.mark.parametrize("body", [
    "培训18期2436人次，补贴标准每人1200元，发放补贴392.32万元。",  # a misfit: the amount may pay more than the grants
    "补贴标准每人1200元，发放补贴292.32万元。",                      # no heads printed before the standard
    "培训18期2436人次，补贴标准每人1200元，其中省级资金292.32万元。",  # no payment words between them
])
def test_no_alarm_on_a_standard_and_an_amount_after_it(tmp_path, body):
    c = _checks(tmp_path, body, "per_unit")
    assert not (c["status"] == "mismatch").any(), c
    assert not ((c["status"] == "match") & c["parts"].str.contains("292.32|392.32")).any(), c
