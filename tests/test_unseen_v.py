"""Six more reports written for the tests, in genres, eras and provinces the other written sets do not cover
(tests/data/unseen_v: a 2023 中央财政衔接资金 绩效自评报告 of 桦南县 (黑龙江) with a tab-separated 单位:万元 table,
防止返贫动态监测和帮扶 in 岢岚县 (山西) with 乡镇 figures, 厦门市-临夏州 消费帮扶 with per-county sales, 琼中县 (海南)
驻村工作队 with a pipe table of 乡镇 and village figures, 易地扶贫搬迁后续扶持 in 于都县 (江西) with a 安置区 and a
村 安置点, and 安徽 脱贫地区农村居民收入/务工就业 statistics with a pipe table under 单位:元、%), with gold in the
corpus format (NAME.regions.csv, NAME.relations.csv; the relations gold is computed by build_gold.py with the
interval rule). Three figures are deliberately wrong (完工率96.4% for 119 of 126 projects, 已消除风险人数占…70.6%
for 2105 of 3047, and 阜南县 增速高于全省1.5个百分点 for 7.9% against 6.6%). The regions gold was drafted from the
extractor's output and corrected by hand (so the regions figure below flatters the extractor).

First contact (before any rule was written for them, base e876b53):
    `fupin run` failed in 03_rates (OverflowError in _round_like: a share over the open bound 10万元以上),
    so no rates or checks table at all: relations 0/66 verified right, 0/3 inconsistencies found
    (with that crash alone mended: 35/66 verified right, 2/3 found, 5 false alarms)
    extraction F1 0.951 (P 0.977, R 0.926) over 271 gold quantities in 6 files
    region agreement 0.996 (250/251 matched quantities; 0 with no region)
Then: the pipe table of 乡镇 glued to 部分乡镇情况如下: (its header lost), a 增速 column read in 元 under
单位:元、%, 的村达到72个 not counted as villages; the false alarms were 比上年的X taken as the whole of the 其中
parts or the amount of 村均, 户均增收 divided by the last 其中 part, and 占…总户数的 read on the persons figure.
Below the scorer tests, named sentences for each rule written then (the others are in test_checks.py,
test_stated_rates.py, test_quantities.py and test_segment.py).
Gold correction (session 15, unseen_av): c's 三县 (三县合计6.77亿元 after 东乡县、积石山县、和政县) added to c.regions.csv:
a count of the places listed right before it, as 上海、广东两省市 in the corpus conventions and unseen_r n's 两省.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths
from fupin.checks import find_checks

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement,
)

UNSEEN_V = paths.TEST_DATA_DIR / "unseen_v"

MIN_F1 = 0.99         # extraction F1; was 0.951 at first contact
MIN_REGIONS = 0.99    # region agreement; was 0.996
MIN_RIGHT = 62        # relations verified right, of 66; was 0 (a crash), 35 with the crash mended; 64 in session 7
MIN_FOUND = 3         # deliberate errors found, of 3; was 0; 3 in session 7


@pytest.fixture(scope="module")
def unseen_v_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_V, tmp_path_factory.mktemp("unseen_v_run") / "processed")


def test_unseen_v_extraction_f1():
    f1, files, report = extraction_f1(UNSEEN_V)
    assert f1 >= MIN_F1, report
    assert files == 6, report


def test_unseen_v_regions():
    agreement, empty, report = region_agreement(UNSEEN_V)
    assert agreement >= MIN_REGIONS, report
    assert empty == 0, report


def test_unseen_v_relations(unseen_v_run):
    assert_relation_floors(unseen_v_run, UNSEEN_V, MIN_RIGHT, MIN_FOUND)


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_V.glob("[cde]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------


def test_growth_over_the_earlier_level_and_the_其中_parts_after_it(tmp_path):
    f = facts_of(tmp_path, "全年采购、帮助销售农畜产品13.62亿元,比上年的11.49亿元增长18.5%,其中直接采购4.87亿元、"
                           "帮助销售8.75亿元。")
    r = rate_of(f, "18.5%")
    assert (r["numerator"], r["denominator"], r["status"]) == (13.62e8, 11.49e8, "match")
    c = find_checks(f)
    assert not (c["status"] == "mismatch").any(), c[c["status"] == "mismatch"]


def test_shares_named_by_households_and_persons(tmp_path):
    body = ("截至2024年11月底,全县累计识别纳入监测对象1286户3047人。全县累计已消除风险监测对象893户2105人,"
            "占监测对象总户数的69.4%,已消除风险人数占监测对象总人数的69.1%。")
    f = facts_of(tmp_path, body)
    assert rate_of(f, "69.4%")["status"] == "match" and rate_of(f, "69.1%")["status"] == "match"


def test_village_counts_of_a_class_of_income(tmp_path):
    f = facts_of(tmp_path, "经营性收入10万元以上的村达到72个,占行政村总数的72.0%,比上年增加18个;"
                           "经营性收入50万元以上的村9个。")
    units = dict(zip(f["raw"], f["unit"]))
    assert units["72个"] == units["18个"] == units["9个"] == "village"


@pytest.mark.parametrize("body, total, parts", [
    ("安置区配套建设帮扶车间42个,吸纳搬迁群众就业816人,平均每个车间19.4人。", 19.4, "816人 / 42个"),
    ("认定帮扶车间3126个,吸纳脱贫劳动力务工5.42万人,平均每个车间17.3人。", 17.3, "5.42万人 / 3126个"),
])
def test_per_workshop_figure_with_no_verb(tmp_path, body, total, parts):
    c = find_checks(facts_of(tmp_path, body))
    pu = c[c["check"] == "per_unit"]
    assert list(pu["total"]) == [total] and list(pu["status"]) == ["match"] and parts in pu["parts"].iloc[0]


def test_disputes_resolved_rate(tmp_path):
    r = rate_of(facts_of(tmp_path, "排查矛盾纠纷427起,化解420起,化解率98.4%。"), "98.4%")
    assert (r["numerator"], r["denominator"], r["status"]) == (420, 427, "match")


@pytest.mark.parametrize("body, raw, den", [
    # the whole before 其中 across a full stop is neither a 村均 average nor an earlier level
    ("全县100个行政村村集体经济收入总额2863.5万元,比上年的2358.6万元增长21.4%,村均28.6万元。"
     "其中经营性收入1745.2万元,占60.9%。", "60.9%", 2863.5e4),
    # …nor the target a rate is printed on
    ("全省脱贫劳动力务工就业规模达到215.6万人,完成国家下达目标任务200万人的107.8%。其中省外务工98.3万人、"
     "省内务工117.3万人,省外务工占45.6%。", "45.6%", 215.6e4),
])
def test_share_after_其中_across_a_full_stop(tmp_path, body, raw, den):
    r = rate_of(facts_of(tmp_path, body), raw)
    assert (r["denominator"], r["status"]) == (den, "match")
