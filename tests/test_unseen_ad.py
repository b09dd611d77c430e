"""Six more reports written for the tests, in genres no other written set covers (tests/data/unseen_ad):
a 电子商务进农村综合示范县 summary (甘肃 岷县, 2023: 网络零售额 亿元 and 同比, 农产品网络零售额 and its share, 县级中心/
乡镇服务站/村级服务点 with 覆盖率, 快递 件 and 日均, 培训 人次, 户均增收), a 省民政厅/财政厅 通知 raising the 城乡低保标准
(湖北, 2024: 每人每月/每人每年 元 by 类别地区, 提高 元, 增幅 %, 特困 = 1.3倍, 保障对象 万人, 资金 亿元 by level), a
发展壮大村级集体经济 report (河南 光山县, 2023: 经营性收入 5万元以上/10万元以上 村 and 占比, 薄弱村, 每村 扶持资金, 收益率,
村 by 增收模式), a 就业帮扶车间 认定和奖补 report (湖南 永顺县, 2023: 车间 by 类型, 吸纳就业 with 脱贫劳动力 and 监测对象,
人均月收入, 一次性奖补 每个, 稳岗补贴 每人每年, 正常运营率), a 脱贫县 统筹整合使用财政涉农资金 实施方案 (甘肃 东乡族自治县,
2022: two tab tables, sources 中央/省/市/县 万元 with 占比 and uses by 项目类别 with 项目个数) and a 政府公报 page as a
PDF-to-text extraction gives it (云南省交通运输厅 农村公路 通报, 2023: lines wrapped inside numbers and units, page
footers, full-width digits, a table in runs of spaces, one unreadable figure 1■.6亿元 kept with an empty value).
Gold in the corpus format, written by build_gold.py from spans typed by hand. Three figures are deliberately wrong
(岷县 三镇合计4.02亿元 for parts adding to 3.92亿元, 光山县 10万元以上的村 占84.5% for 298/361 = 82.5%, 永顺县 正常运营率96.6%
for 65/68 = 95.6%); the rest agree.

First contact (before any rule was written for them, base f4e8c37):
    extraction F1 0.934 (P 0.941, R 0.926, indicator agreement 0.000) over 312 gold quantities in 6 files
    region agreement 0.986 (285/289 matched quantities; 0 with no region)
    relations: 50/87 verified right (56 verified), 1/3 real inconsistencies found, 15 false alarms
(the gold then had 312 scored quantities; three gold fixes since: 网店 are enterprises as the corpus's 商户, the counts
三镇 and 两项 of items listed inline are in, a town's figure is given with its county.)
The false alarms then (4 causes): 由每人每月850元提高到900元，提高50元，增幅5.9% read as 50 / (850 - 50), the level
reached (提高到900元) skipped as a change, 6 growth rows each twice (rates and checks: 12); 二类地区分别为每人每月988元和
每人每年9204元 read as parts of the 10920元 before; 其中，脱贫劳动力1532人、监测对象218人，合计1750人 read as three parts of
2846人; 分别有9个、8个和6个车间 read as 乡镇 (the noun of the count before) and so as parts of 20个乡镇.
Wrong numbers: 4.\\n38万人 read as 38万人 and a space-separated table glued into one line (28.94大); wrong units: 快递 件
as matters done, 服务点 by the noun before it. Not read: the table (14 cells), 2.8\\n6亿\\n元.
After the rules below:
    extraction F1 0.994 (P 0.991, R 0.997) over 314 gold quantities in 6 files
    region agreement 1.000 (313/313 matched quantities; 0 with no region)
    relations: 60/87 verified right (60 verified), 3/3 real inconsistencies found, 0 false alarms
Still missed: per-unit figures printed before their totals (每个给予5万元，共计60万元; 每人每年1000元 … 168.4万元), 日均
over a year and 折合每人每月 (a period factor), the 占比（%） columns of a table against its 合计 row, two growth/rate rows
of f whose sentence is cut over two heading-shaped lines (…254.6亿元增|长１２．５％), 18/18 乡镇 覆盖率100%, 36个村发展…
read as a count of 产业, and a duration after 连续 in a condition (对连续3个月停产的车间).
Session 11: per-unit figures with the amount and the measure near them (每个给予5万元，共计60万元; 每人每年1000元 … 1684人 …
168.4万元; 点均26.5万元; 每村35万元; 人均月收入2860元 over a 全年 amount / 12): relations 69/87, 3/3 found, 0 false alarms.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths

from fixtures.written import (
    assert_no_alarm, assert_relation_floors, build_tables, extraction_f1, facts_of, rate_of, region_agreement,
)

UNSEEN_AD = paths.TEST_DATA_DIR / "unseen_ad"

MIN_F1 = 0.99         # extraction F1 over 314 gold quantities; was 0.934
MIN_REGIONS = 0.995   # region agreement; was 0.986
MIN_RIGHT = 77        # relations verified right, of 87; was 50 (with 15 false alarms); 69 in session 11; 70 in session 12; 77 in session 15 (table share columns over the total row)
MIN_FOUND = 3         # deliberate errors found, of 3; was 1


@pytest.fixture(scope="module")
def unseen_ad_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AD, tmp_path_factory.mktemp("unseen_ad_run") / "processed")


def test_unseen_ad_relations(unseen_ad_run):
    assert_relation_floors(unseen_ad_run, UNSEEN_AD, MIN_RIGHT, MIN_FOUND)


def test_unseen_ad_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AD)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AD)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AD.glob("[bef]_*.txt")))  # the reports with no deliberate error


# --- named sentences ------------------------------------------------------------------------------



from fixtures.written import checks_of as _checks  # noqa: E402


@pytest.mark.parametrize("growth, status", [("5.9%", "match"), ("6.9%", "mismatch")])
def test_a_level_raised_to_is_no_increase(tmp_path, growth, status):
    body = f"城市低保标准一类地区由每人每月850元提高到900元，提高50元，增幅{growth}。"
    row = rate_of(facts_of(tmp_path, body), growth)
    assert row["status"] == status and row["denominator"] == 900, row["note"]  # 50 / (900 - 50)


def test_an_increase_over_a_level_reached_still_reads(tmp_path):
    body = "全县农村居民人均可支配收入达到12550元，同比增加1810元，增长16.9%。"
    assert rate_of(facts_of(tmp_path, body), "16.9%")["status"] == "match"


@pytest.mark.parametrize("monitor, status", [("218", "match"), ("1418", "mismatch")])
def test_a_subtotal_closing_the_parts_is_no_part(tmp_path, monitor, status):
    total = 1532 + int(monitor)
    body = f"全县就业帮扶车间共吸纳就业2846人。其中，脱贫劳动力1532人、监测对象{monitor}人，合计{total}人。"
    c = _checks(tmp_path, body, "breakdown")
    assert list(c["status"]) == [status], c
    assert not c["parts"].str.contains(f"+ {total}人", regex=False).any(), c


@pytest.mark.parametrize("total, status", [("3.92", "match"), ("4.02", "mismatch")])
def test_figures_apiece_closed_by_their_own_total(tmp_path, total, status):
    body = ("全县实现网络零售额12.86亿元。“岷县当归”区域公用品牌网络销售额2.68亿元。"
            f"梅川镇、西寨镇、十里镇网络零售额分别为1.86亿元、1.12亿元和0.94亿元，三镇合计{total}亿元。")
    c = _checks(tmp_path, body, "breakdown")
    assert list(c["status"]) == [status] and f"= {total}亿元" in c["parts"].iloc[0], c


def test_per_head_standards_given_apiece_add_to_nothing(tmp_path):
    body = ("一类地区城市特困人员基本生活标准为每人每月1170元，农村特困人员基本生活标准为每人每年10920元；"
            "二类地区分别为每人每月988元和每人每年9204元。")
    assert _checks(tmp_path, body, "breakdown").empty


def test_per_head_parts_under_其中_still_add_up(tmp_path):
    body = "2023年全县农村居民人均可支配收入15000元，其中人均工资性收入8000元、人均经营性收入7000元。"
    assert list(_checks(tmp_path, body, "breakdown")["status"]) == ["match"]


@pytest.mark.parametrize("body, raws, unit", [
    ("芙蓉镇、灵溪镇、首车镇车间数量居前，分别有9个、8个和6个车间。", ["9个", "8个", "6个"], "other:扶贫车间"),
    ("建成乡镇电商服务站18个、村级电商服务点326个。", ["326个"], "other:站点"),
])
def test_counts_listed_with_one_classifier_share_the_noun_after_the_last(tmp_path, body, raws, unit):
    f = facts_of(tmp_path, body)
    assert set(f.loc[f["raw"].isin(raws), "unit"]) == {unit}, f[["raw", "unit"]]


@pytest.mark.parametrize("body, unit", [("全县尚有26个行政村未建设服务点。", "village"),
                                        ("全县仍有5个未脱贫村。", "village")])
def test_a_negation_after_the_counted_noun_ends_it(tmp_path, body, unit):
    f = facts_of(tmp_path, body)
    assert list(f["unit"]) == [unit], f[["raw", "unit"]]


@pytest.mark.parametrize("body, raw, unit", [
    ("全年快递业务量1286万件，其中农村地区收投快件698万件。", "698万件", "other:件"),
    ("全年快递业务量1286万件，比上年增长24.5%。", "1286万件", "other:件"),
    ("全县为民办实事630件。", "630件", "item"),
])
def test_the_noun_counted_in_件_and_家(tmp_path, body, raw, unit):
    f = facts_of(tmp_path, body)
    assert f.loc[f["raw"] == raw, "unit"].iloc[0] == unit, f[["raw", "unit"]]


@pytest.mark.parametrize("rate, status", [("95.6%", "match"), ("96.6%", "mismatch")])
def test_operating_rate_of_whole_workshops(tmp_path, rate, status):
    body = f"截至2023年底，全县共认定就业帮扶车间68个。68个车间中，全年正常生产经营的65个，正常运营率{rate}。"
    assert rate_of(facts_of(tmp_path, body), rate)["status"] == status


@pytest.mark.parametrize("body, raw, kept", [
    ("全省新改建农村公路1.86万公里，其中乡镇通三级及以上公路1460公里。", "三级", False),
    ("全县健全县乡村三级电子商务公共服务体系。", "三级", True),
    ("城市低保标准三类地区由每人每月660元提高到700元。", "三类", False),
    ("全省城乡低保标准按地区分为三类。", "三类", True),
])
def test_grades_and_class_names_are_no_counts(tmp_path, body, raw, kept):
    f = facts_of(tmp_path, body)
    assert (raw in set(f["raw"])) == kept, f[["raw", "unit"]]


def _extract(tmp_path, lines):
    from fupin.extraction import extract_file
    path = tmp_path / "gazette.txt"
    path.write_text("https://www.example.gov.cn/a.html\n某省通报\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return extract_file(path)


def test_a_number_cut_by_a_pdf_line_break_is_joined(tmp_path):
    f = _extract(tmp_path, ["农村公路建设和养护吸纳农村劳动力就业12.6万人，其中脱贫劳",
                            "动力4.", "38万人，占34.8%；其中省级补助资金2.8", "6亿", "元。"])
    got = dict(zip(f["raw"].str.replace("\n", ""), f["value"]))
    assert got.get("4.38万人") == 43800 and got.get("2.86亿元") == 2.86e8, got
    assert 380000 not in set(f["value"]), got


def test_a_year_after_a_figure_ending_a_line_is_not_joined_to_it(tmp_path):
    f = _extract(tmp_path, ["全县共有行政村合计2386", "2024年工作安排如下。"])
    assert not (f["value"] > 1e6).any(), f[["raw", "value"]]


# The helper's own rule for this (joining two heading-shaped wrapped lines on a word across the break, 脱|贫) was
# withdrawn: it made corpus 15 one paragraph and a false alarm (40个 <= 39个). After the session's merges the
# wrapped line is joined (the sentence reads whole), so this is a plain test again.
def test_a_word_cut_by_a_pdf_line_break_is_joined(tmp_path):
    f = _extract(tmp_path, ["一、建设完成情况", "全年全省完成农村公路建设投资286.4亿元，比上年的254.6亿元增",
                            "长12.5%，完成年度计划投资260亿元的110.2%。"])
    assert rate_of(f, "12.5%")["status"] == "match"


ROWS = ["州（市）            新改建里程（公里）      完成投资（亿元）",
        "昭通市                   2386                   38.62",
        "曲靖市                   2154                   35.48",
        "合计                     4540                   74.10"]


def test_a_table_of_two_figure_columns_in_runs_of_spaces(tmp_path):
    f = _extract(tmp_path, ["各州（市）完成情况见表1。", "表1  2023年各州（市）农村公路建设完成情况"] + ROWS)
    got = dict(zip(f["raw"], zip(f["value"], f["unit"])))
    assert got["2386"][0] == 2386 and got["38.62"][1] == "CNY" and abs(got["38.62"][0] - 3.862e9) < 1, got
    assert "28.94大" not in got and len(f) == 6, got


def test_two_figures_in_runs_of_spaces_without_a_header_are_no_table(tmp_path):
    f = _extract(tmp_path, ["各州（市）完成情况如下。"] + ROWS[1:])
    assert f.empty or not f["raw"].isin(["2386", "38.62"]).any(), f[["raw", "value"]]


def test_an_unreadable_figure_has_no_value(tmp_path):
    f = facts_of(tmp_path, "完成投资中，中央车购税资金1■.6亿元，省级补助资金48.3亿元。")
    assert not f["value"].isin([6e7, 1.6e8, 1.6e9, 6e8]).any(), f[["raw", "value"]]
