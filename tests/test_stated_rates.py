"""The rate grammar (data/rate_words.csv, fupin.stated_rates): stated rates, shares and growth rates
recomputed from the figures their words name, in sentences written like the reports."""
import pytest

from fixtures.analysis_facts import synth
from fupin.rates import compute_rates
from fupin.stated_rates import find_word, rate_words


def stated(facts, reported_raw):
    r = compute_rates(facts)
    ids = facts.loc[facts["raw"] == reported_raw, "fact_id"]
    sel = r[r["reported_fact_id"].isin(ids)]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_rate_words_file_has_thirty_words_with_kinds():
    t = rate_words()
    assert len(t) >= 30 and t["word"].is_unique
    assert set(t["kind"]) == {"rate", "share", "growth", "decline", "cagr", "gap", "target", "ratio", "pp_change",
                              "real_growth"}
    for w in ("开工率", "完工率", "验收率", "核拨率", "支付率", "支出进度", "报账率", "到位率", "完成率", "就业率",
              "覆盖率", "发生率", "消除率", "入住率", "占比", "年均增长", "较上年增长"):
        assert w in set(t["word"]), w


def test_the_word_nearest_the_figure_wins():
    assert find_word("脱贫地区农民人均纯收入年均增长", "percent")["kind"] == "cagr"
    assert find_word("较上年同期增加3893万元,增长", "percent")["kind"] == "growth"
    assert find_word("高于全国平均增幅", "percentage_point")["kind"] == "gap"
    assert find_word("项目开工率", "percent")["rate"] == "project_start_rate"


def test_start_rate_after_its_numerator_mismatch_names_the_implied_base():
    facts = synth(["市、县两级计划实施项目137个。", "截至4月底,已开工建设项目51个,项目开工率34.93%。"],
                  [("137个", "project", "count_project", "exact", "2022 (plan)"),
                   ("51个", "project", "count_project", "exact", "2022-01..2022-04"),
                   ("34.93%", "percent", "share_percent", "exact", "2022-01..2022-04")])
    r = stated(facts, "34.93%")
    assert (r["numerator"], r["denominator"], r["status"]) == (51, 137, "mismatch")
    assert r["implied_denominator"] == 146 and "146" in r["implied"]


def test_all_planned_projects_started():
    facts = synth(["2017年师计划实施援疆项目9个,上半年,师9个援疆项目已全部启动实施,项目开工率100%。"],
                  [("9个", "project", "projects_planned"), ("9个", "project", "projects_planned"),
                   ("100%", "percent", "project_start_rate")])
    r = stated(facts, "100%")
    assert r["status"] == "match" and r["numerator_fact_ids"].endswith("001")


def test_completion_rate_after_a_count_of_counties_has_no_numerator():
    # 7个 counts counties, not completed projects: the rate word itself is not a numerator word
    facts = synth(["截至2019年4月底,7个革命老区县项目竣工率100%。", "共实施项目10个。"],
                  [("7个", "project", "count_project"), ("100%", "percent", "share_percent"),
                   ("10个", "project", "projects_implemented")])
    r = stated(facts, "100%")
    assert r["status"] == "reported_only"
    assert not (compute_rates(facts)["status"] == "mismatch").any()


def test_two_possible_bases_are_ambiguous_not_a_mismatch():
    facts = synth(["省财政下达第二批衔接资金15763万元,今年已累计到位衔接资金66185万元。",
                   "至4月底,第一批衔接资金已支出21185.83万元,支出率42.02%。"],
                  [("15763万元", "CNY", "amount_cny"), ("66185万元", "CNY", "amount_cny"),
                   ("21185.83万元", "CNY", "amount_cny"), ("42.02%", "percent", "spending_rate")])
    r = stated(facts, "42.02%")
    # 15763万元 is smaller than the 21185.83万元 spent, so no base of it; 66185万元 is a running total
    # (累计) and the spending is not: the pairing is not asserted
    assert r["status"] == "ambiguous"
    assert "66185万元" in r["candidates"] and "15763万元" not in r["candidates"]


def test_share_of_the_whole_named_after_zhan():
    facts = synth(["2021年中央财政累计安排衔接资金1561亿元,下达广西资金103.83亿元,占全国资金总量的6.65%。"],
                  [("1561亿元", "CNY", "funds_central"), ("103.83亿元", "CNY", "amount_cny"),
                   ("6.65%", "percent", "share_percent")])
    r = stated(facts, "6.65%")
    assert r["status"] == "match" and r["denominator"] == 1561e8


def test_share_of_a_total_prefers_the_figure_that_opens_the_list():
    facts = synth(["国家下达易地扶贫搬迁人口计划任务151.17万人。",
                   "全省搬迁安置188万人,其中建档立卡贫困人口154.33万人、同步搬迁人口33.67万人,占搬迁总人口17.9%。"],
                  [("151.17万人", "person", "count_person"), ("188万人", "person", "count_person"),
                   ("154.33万人", "person", "count_person"), ("33.67万人", "person", "count_person"),
                   ("17.9%", "percent", "share_percent")])
    r = stated(facts, "17.9%")
    assert r["status"] == "match" and r["denominator"] == 188e4


def test_a_figure_two_clauses_back_is_not_the_part():
    # 154.33万 (no unit) is not a fact here: 188万人 is two clauses back and must not be taken as the part
    facts = synth(["国家下达计划任务151.17万人。", "搬迁安置188万人,其中建档立卡贫困人口154.33万,占国家下达计划任务的102%。"],
                  [("151.17万人", "person", "count_person"), ("188万人", "person", "count_person"),
                   ("102%", "percent", "share_percent")])
    assert stated(facts, "102%")["status"] == "reported_only"


def test_shares_stated_together_pair_with_their_parts_in_order():
    facts = synth(["共投入财政扶贫资金10851.8万元,其中中央财政资金10444.85万元,省财政资金406.95万元,分别占96.25%和占3.75%。"],
                  [("10851.8万元", "CNY", "amount_cny"), ("10444.85万元", "CNY", "funds_central"),
                   ("406.95万元", "CNY", "funds_regional"), ("96.25%", "percent", "share_percent"),
                   ("3.75%", "percent", "share_percent")])
    a, b = stated(facts, "96.25%"), stated(facts, "3.75%")
    assert (a["numerator"], a["status"]) == (10444.85e4, "match")
    assert (b["numerator"], b["status"]) == (406.95e4, "match")


def test_a_number_cut_at_a_thousands_space_is_not_checked():
    facts = synth(["共投入资金10 851.8万元,其中中央资金10 444.85万元,省资金406.95万元,分别占96.25%和占3.75%。"],
                  [("851.8万元", "CNY", "amount_cny"), ("444.85万元", "CNY", "funds_central"),
                   ("406.95万元", "CNY", "funds_regional"), ("96.25%", "percent", "share_percent"),
                   ("3.75%", "percent", "share_percent")])
    assert set(compute_rates(facts)["status"]) <= {"cannot_compute", "reported_only", "computed_only"}


def test_growth_from_a_level_and_its_increase():
    facts = synth(["2021年,全国脱贫人口人均纯收入达到12550元,同比增加1810元、增长16.9%。"],
                  [("12550元", "CNY", "per_capita_net_income", "exact", "2021"),
                   ("1810元", "CNY", "amount_cny", "exact", "2021"),
                   ("16.9%", "percent", "income_growth", "exact", "2021")])
    r = stated(facts, "16.9%")
    assert r["status"] == "match" and round(r["computed"], 2) == 16.85


def test_growth_that_does_not_hold_is_a_mismatch():
    facts = synth(["今年累计到位衔接资金66185万元,较上年同期增加3893万元,增长8.5%。"],
                  [("66185万元", "CNY", "linkage_funds"), ("3893万元", "CNY", "amount_cny"),
                   ("8.5%", "percent", "share_percent")])
    r = stated(facts, "8.5%")
    assert r["status"] == "mismatch" and round(r["computed"], 2) == 6.25


def test_compound_growth_over_the_years_in_the_levels():
    facts = synth(["贫困地区农牧民人均纯收入由2010年的3464元预计增加到2015年的6861元,年均增长14.7%。"],
                  [("3464元", "CNY", "per_capita_net_income", "exact", "2010"),
                   ("6861元", "CNY", "per_capita_net_income", "exact", "2015 (plan)"),
                   ("14.7%", "percent", "income_growth_avg", "exact", "2015 (plan)")])
    r = stated(facts, "14.7%")
    # 14.647 % rounds to 14.6; only the ±0.5元 rounding of both incomes reaches 14.65 (borderline match)
    assert r["status"] == "match" and round(r["computed"], 3) == 14.647 and r["period"] == "2010..2015"


def test_compound_growth_over_a_stated_span_of_years():
    facts = synth(["2015年至2019年,中央投入云南的财政专项扶贫资金从48.02亿元增加到127.54亿元,年均增长27.66%。"],
                  [("48.02亿元", "CNY", "funds_poverty_special"), ("127.54亿元", "CNY", "funds_poverty_special"),
                   ("27.66%", "percent", "integrated_funds_growth_avg")])
    r = stated(facts, "27.66%")
    assert r["status"] == "match" and r["period"] == "2015..2019"


def test_gap_in_points_is_reported_only():
    facts = synth(["增幅达9.2%,高于全国平均增幅2.4个百分点。"],
                  [("9.2%", "percent", "share_percent"), ("2.4个百分点", "percentage_point", "change_pp")])
    assert stated(facts, "2.4个百分点")["status"] == "reported_only"


@pytest.mark.parametrize("word", ["开工率", "支出率", "入住率", "占", "年均增长"])
def test_no_stated_rate_gives_a_mismatch_without_its_components(word):
    facts = synth([f"全市{word}达到85%。"], [("85%", "percent", "share_percent")])
    assert stated(facts, "85%")["status"] == "reported_only"


def test_a_rate_no_whole_count_can_give_over_its_base():
    from fupin.stated_rates import whole_count_verdict
    assert whole_count_verdict((34.925, 34.935), 137).startswith("no whole count over 137")
    assert "47/137 = 34.31%" in whole_count_verdict((34.925, 34.935), 137)
    assert whole_count_verdict((37.225, 37.235), 137) == ""          # 51/137 = 37.226 %
    assert whole_count_verdict((99.5, 100.5), 37) == ""


def test_rate_over_a_count_base_in_its_sentence_without_numerator_is_impossible():
    facts = synth(["全县计划实施项目37个,项目开工率达到50%。"],
                  [("37个", "project", "projects_planned"), ("50%", "percent", "project_start_rate")])
    r = stated(facts, "50%")
    assert r["status"] == "impossible" and "18/37 = 48.65%" in r["implied"] and "19/37 = 51.35%" in r["implied"]
    facts = synth(["全县计划实施项目36个,项目开工率达到50%。"],
                  [("36个", "project", "projects_planned"), ("50%", "percent", "project_start_rate")])
    assert stated(facts, "50%")["status"] == "reported_only"


def test_lhasa_mismatch_also_says_no_whole_count_gives_the_printed_rate():
    facts = synth(["市、县两级计划实施项目137个。", "截至4月底,已开工建设项目51个,项目开工率34.93%。"],
                  [("137个", "project", "count_project", "exact", "2022 (plan)"),
                   ("51个", "project", "count_project", "exact", "2022-01..2022-04"),
                   ("34.93%", "percent", "share_percent", "exact", "2022-01..2022-04")])
    assert "no whole count over 137" in stated(facts, "34.93%")["note"]


def test_an_impossible_rate_is_a_check_row_too():
    from fupin.checks import find_checks
    facts = synth(["全县计划实施项目37个,项目开工率达到50%。"],
                  [("37个", "project", "projects_planned"), ("50%", "percent", "project_start_rate")])
    c = find_checks(facts)
    row = c[c["status"] == "impossible"].iloc[0]
    assert row["check"] == "rate:project_start_rate" and "18/37" in row["parts"]


def test_a_running_total_is_no_base_for_an_alarm():
    facts = synth(["全市累计实施项目5000个。", "今年已开工项目80个,项目开工率80%。"],
                  [("5000个", "project", "projects_implemented"), ("80个", "project", "projects_started"),
                   ("80%", "percent", "project_start_rate")])
    r = stated(facts, "80%")
    assert r["status"] == "ambiguous" and "100" in r["implied"]


def test_occupancy_rate_households_over_dwellings_built():
    facts = synth(["已累计完成投资389.3亿元,已建成17.47万套,搬迁入住12万户、45.7万人,入住率达到68.7%。"],
                  [("389.3亿元", "CNY", "amount_cny"), ("17.47万套", "other:套", "count_other"),
                   ("12万户", "household", "count_household"), ("45.7万人", "person", "count_person"),
                   ("68.7%", "percent", "share_percent")])
    r = stated(facts, "68.7%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (12e4, 17.47e4)


def test_a_share_of_a_total_is_never_the_total_over_itself(tmp_path):
    # 16_inner_mongolia: 总计减贫21.2万人 restates 共减贫21.2万人; the whole (全区贫困人口总数) is not printed
    from fupin.extraction import extract_file

    f = tmp_path / "nmg.txt"
    f.write_text("内蒙古今年减贫21.2万人\n今年内蒙古全面落实精准扶贫措施,共减贫21.2万人。今年内蒙古通过扶持生产和转移就业脱贫8.7万人,易地扶贫搬迁脱贫5万人,"
                 "生态补偿脱贫0.7万人,通过教育脱贫2.5万人,政策兜底脱贫4.3万人,总计减贫21.2万人,"
                 "约占全区贫困人口总数的1/4。\n", encoding="utf-8")
    r = stated(extract_file(f), "1/4")
    assert r["status"] not in ("match", "mismatch")
    assert r["numerator"] == 212000 and "84.8" in r["implied"]


def test_a_share_of_the_national_total_takes_the_country_figure_as_its_whole(tmp_path):
    # 04_guangxi: the part is 广西's, the whole the country's (占全国资金总量的6.65%)
    from fupin.extraction import extract_file
    from fupin.scopes import region_encloses

    assert region_encloses("中华人民共和国", "广西壮族自治区") and region_encloses("甘肃省", "广河县")
    assert not region_encloses("广西壮族自治区", "中华人民共和国") and not region_encloses("甘肃省", "广西壮族自治区")
    f = tmp_path / "gx.txt"
    f.write_text("广西获中央财政衔接资金超百亿元\n据了解,2021年中央财政累计安排衔接资金1561亿元,下达广西资金"
                 "103.83亿元,占全国资金总量的6.65%。\n", encoding="utf-8")
    r = stated(extract_file(f), "6.65%")
    assert (r["numerator"], r["denominator"], r["status"]) == (103.83e8, 1561e8, "match")


def test_occupancy_rate_when_a_character_of_its_numerator_word_was_lost():
    # 03_shaanxi: the GBK repair recovers 12萬戶 but not the 住 before it (入〓12万户)
    facts = synth(["已累计完成投资389.3亿元,已建成17.47万套,搬迁入〓12万户、45.7万人,入住率达到68.7%。"],
                  [("389.3亿元", "CNY", "amount_cny"), ("17.47万套", "other:套", "count_other"),
                   ("12万户", "household", "count_household"), ("45.7万人", "person", "count_person"),
                   ("68.7%", "percent", "share_percent")])
    r = stated(facts, "68.7%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (12e4, 17.47e4)


def test_a_lost_character_stands_for_one_character_of_a_word_only():
    from fupin.scopes import has_word
    assert has_word("搬迁入〓", "入住") and has_word("已开工", "开工")
    assert not has_word("搬迁〓〓", "入住")     # two characters lost: no word is left to read
    assert not has_word("入〓", "多")           # a one-character word needs its character
    assert not has_word("搬迁入户", "入住")


def test_a_base_smaller_than_its_numerator_is_not_the_base():
    # issue 8: a prefecture's 343 started projects over one county's 37 planned ones is no 927 % rate
    facts = synth(["B县计划实施项目37个。", "全州已开工项目343个,开工率100%。"],
                  [("37个", "project", "projects_planned"), ("343个", "project", "projects_started"),
                   ("100%", "percent", "project_start_rate")])
    r = stated(facts, "100%")
    assert r["status"] == "reported_only" and r["implied_denominator"] == 343
    assert "smaller than the numerator" in r["note"]


def test_a_completion_rate_that_holds_on_the_planned_projects_is_no_alarm(tmp_path):
    # 完工率 may be over the projects started or over those planned; the printed 92.85% holds (to its
    # last digit) on the 1245 planned a sentence earlier and not on the 1238 started: the planned are its base.
    from fupin.extraction import extract_file

    f = tmp_path / "lx.txt"
    f.write_text("临夏州衔接资金项目进展\n2023年,全州共安排财政衔接资金项目1245个,计划投资28.6亿元。截至12月底,"
                 "已开工项目1238个,开工率99.44%;已完工项目1156个,完工率92.85%。\n", encoding="utf-8")
    facts = extract_file(f)
    r = stated(facts, "92.85%")
    assert r["status"] == "match" and r["denominator"] == 1245 and "1245个 = 92.85%" in r["candidates"]
    assert stated(facts, "99.44%")["status"] == "match"


def test_whole_named_by_its_count_noun_takes_a_part_of_that_unit(tmp_path):
    from fixtures.written import facts_of, rate_of
    body = ("全县累计识别纳入监测对象1286户3047人。累计已消除风险监测对象893户2105人,占监测对象总户数的69.4%,"
            "已消除风险人数占监测对象总人数的70.6%。")
    f = facts_of(tmp_path, body)
    r = rate_of(f, "69.4%")
    assert (r["numerator"], r["denominator"], r["status"]) == (893, 1286, "match")
    r = rate_of(f, "70.6%")
    assert (r["numerator"], r["denominator"], r["status"]) == (2105, 3047, "mismatch")  # 69.1 %


def test_share_over_an_open_bound_does_not_fail(tmp_path):
    from fixtures.written import facts_of
    f = facts_of(tmp_path, "力争经营性收入10万元以上的村占比达到80%以上。")
    assert not (compute_rates(f)["status"] == "mismatch").any()


# ---- wholes printed further back than a share's words reach (session 6, relrec)

def _cause_shares(last_part: str, last_share: str):
    return synth(["全县共识别贫困户3.64万户、贫困人口10.2万人。", "贫困发生率为11.3%。",
                  "从致贫原因看,因病致贫1.52万户,占41.8%；", "缺资金0.87万户,占23.9%；",
                  f"因学、因残等其他原因{last_part},占{last_share}。"],
                 [("3.64万户", "household", "count_household"), ("10.2万人", "person", "count_person"),
                  ("11.3%", "percent", "poverty_incidence"),
                  ("1.52万户", "household", "count_household"), ("41.8%", "percent", "share_percent"),
                  ("0.87万户", "household", "count_household"), ("23.9%", "percent", "share_percent"),
                  (last_part, "household", "count_household"), (last_share, "percent", "share_percent")])


def test_parts_adding_up_to_an_earlier_figure_make_it_the_whole_of_their_shares():
    facts = _cause_shares("1.25万户", "34.3%")
    for share, part in (("41.8%", 1.52e4), ("23.9%", 0.87e4), ("34.3%", 1.25e4)):
        r = stated(facts, share)
        assert (r["numerator"], r["denominator"], r["status"]) == (part, 3.64e4, "match"), r["note"]
    assert "add up to it" in stated(facts, "41.8%")["note"]


def test_a_share_that_does_not_hold_on_the_whole_its_parts_add_up_to_is_a_mismatch():
    facts = _cause_shares("1.25万户", "36.3%")   # 1.25 / 3.64 = 34.3%
    r = stated(facts, "36.3%")
    assert (r["denominator"], r["status"]) == (3.64e4, "mismatch")
    assert stated(facts, "41.8%")["status"] == "match"


def test_parts_that_add_up_to_no_earlier_figure_pin_no_whole():
    # 1.52 + 0.87 + 1.15 = 3.54万户, printed nowhere: 36.3% fits no earlier figure either, so nothing is asserted
    facts = _cause_shares("1.15万户", "36.3%")
    r = stated(facts, "36.3%")
    assert r["status"] == "reported_only" and r["denominator"] != r["denominator"]
    assert not (compute_rates(facts)["status"] == "mismatch").any()


def test_a_share_holds_on_the_one_earlier_figure_of_its_unit_that_fits():
    facts = synth(["全省2022年共完成技能培训4.86万人,完成年度计划4.5万人的108.0%。",
                   "参加培训的脱贫劳动力中,女性2.07万人,占42.6%。"],
                  [("4.86万人", "person", "count_person"), ("4.5万人", "person", "count_person"),
                   ("108.0%", "percent", "target_completion"),
                   ("2.07万人", "person", "count_person"), ("42.6%", "percent", "share_percent")])
    r = stated(facts, "42.6%")
    assert (r["denominator"], r["status"]) == (4.86e4, "match"), r["note"]


def test_a_share_fitting_no_earlier_figure_is_not_asserted():
    # 2.07 / 4.86 = 42.6%, 2.07 / 4.5 = 46.0%: 44.1% holds on neither, and neither is pinned as its whole
    facts = synth(["全省2022年共完成技能培训4.86万人,完成年度计划4.5万人的108.0%。",
                   "参加培训的脱贫劳动力中,女性2.07万人,占44.1%。"],
                  [("4.86万人", "person", "count_person"), ("4.5万人", "person", "count_person"),
                   ("108.0%", "percent", "target_completion"),
                   ("2.07万人", "person", "count_person"), ("44.1%", "percent", "share_percent")])
    r = stated(facts, "44.1%")
    assert r["status"] == "reported_only"
    assert not (compute_rates(facts)["status"] == "mismatch").any()


def test_a_share_fitting_two_earlier_values_takes_neither():
    # 0.9 / 2.0 = 45.0% and 0.9 / 2.01 = 44.8%: 45% (to the unit) holds on both, so no whole is taken
    facts = synth(["全县认定帮扶车间吸纳就业2.0万人,公益岗位安置2.01万人。", "其他情况另行统计。",
                   "参加培训的人员中,女性0.9万人,占45%。"],
                  [("2.0万人", "person", "count_person"), ("2.01万人", "person", "count_person"),
                   ("0.9万人", "person", "count_person"), ("45%", "percent", "share_percent")])
    r = stated(facts, "45%")
    assert r["status"] == "reported_only" and r["denominator"] != r["denominator"]


def test_a_rate_whose_base_stands_further_back_holds_on_the_one_figure_that_fits():
    facts = synth(["全年共投入整村推进资金3.45亿元,比上年增长12.4%。", "其中财政扶贫资金1.62亿元。",
                   "全市整村推进项目实行县级报账制,全年报账资金2.9亿元,报账率84.1%。"],
                  [("3.45亿元", "CNY", "amount_cny"), ("12.4%", "percent", "growth_yoy"),
                   ("1.62亿元", "CNY", "amount_cny"), ("2.9亿元", "CNY", "amount_cny"),
                   ("84.1%", "percent", "reimbursement_rate")])
    r = stated(facts, "84.1%")
    assert (r["denominator"], r["status"]) == (3.45e8, "match") and "further back" in r["note"]
    # 2.9 / 3.45 = 84.1%: 90.1% holds on no earlier figure, and none is named: no alarm
    facts = synth(["全年共投入整村推进资金3.45亿元,比上年增长12.4%。", "其中财政扶贫资金1.62亿元。",
                   "全市整村推进项目实行县级报账制,全年报账资金2.9亿元,报账率90.1%。"],
                  [("3.45亿元", "CNY", "amount_cny"), ("12.4%", "percent", "growth_yoy"),
                   ("1.62亿元", "CNY", "amount_cny"), ("2.9亿元", "CNY", "amount_cny"),
                   ("90.1%", "percent", "reimbursement_rate")])
    assert stated(facts, "90.1%")["status"] == "reported_only"
    assert not (compute_rates(facts)["status"] == "mismatch").any()


def _whole_gap_facts(county_gap: str):
    return synth(["2024年,全省农村居民人均可支配收入22539元,增长6.6%。",
                  "全省脱贫人口人均纯收入16548元,增长11.3%,增速高于全省农村居民人均可支配收入增速4.7个百分点。",
                  f"分县看,甲县农村居民人均可支配收入19865元,增长7.8%,增速高于全省1.2个百分点;",
                  f"乙县16972元,增长7.9%,增速高于全省{county_gap}。"],
                 [("22539元", "CNY", "income"), ("6.6%", "percent", "growth"),
                  ("16548元", "CNY", "income"), ("11.3%", "percent", "growth"), ("4.7个百分点", "percentage_point", "gap"),
                  ("19865元", "CNY", "income"), ("7.8%", "percent", "growth"), ("1.2个百分点", "percentage_point", "gap"),
                  ("16972元", "CNY", "income"), ("7.9%", "percent", "growth"), (county_gap, "percentage_point", "gap")])


def test_gap_over_the_whole_named_by_its_prefix_takes_the_whole_rate_printed_earlier():
    facts = _whole_gap_facts("1.3个百分点")
    for raw, ref in (("4.7个百分点", 6.6), ("1.2个百分点", 6.6), ("1.3个百分点", 6.6)):
        r = stated(facts, raw)
        assert (r["status"], r["denominator"]) == ("match", ref), raw


def test_gap_over_the_whole_stated_wrong_is_a_mismatch():
    # 7.9 - 6.6 = 1.3, not 1.5: the bare county of a list is read with the indicator of the item before
    assert stated(_whole_gap_facts("1.5个百分点"), "1.5个百分点")["status"] == "mismatch"


def test_gap_over_a_whole_with_two_candidate_rates_is_not_asserted():
    # 全省 names two growth rates of income (农村居民 and 城镇居民): with 高于全省 alone nothing is paired
    facts = synth(["全省农村居民人均可支配收入增长6.6%,全省城镇居民人均可支配收入增长4.1%。",
                   "甲县居民人均可支配收入增长7.8%,增速高于全省2.5个百分点。"],
                  [("6.6%", "percent", "growth"), ("4.1%", "percent", "growth"),
                   ("7.8%", "percent", "growth"), ("2.5个百分点", "percentage_point", "gap")])
    assert stated(facts, "2.5个百分点")["status"] != "mismatch"


def test_gap_with_the_reference_printed_inside_its_words():
    facts = synth(["全县安排衔接资金2.46亿元,其中用于产业发展1.53亿元,占62.2%,高于自治区要求的55%比例7.2个百分点。"],
                  [("2.46亿元", "CNY", "funds"), ("1.53亿元", "CNY", "funds"), ("62.2%", "percent", "share_percent"),
                   ("55%", "percent", "share_percent"), ("7.2个百分点", "percentage_point", "gap")])
    r = stated(facts, "7.2个百分点")
    assert (r["status"], r["numerator"], r["denominator"]) == ("match", 62.2, 55)


def test_points_after_two_unrelated_percents_are_no_inline_gap():
    # 55% is a level of its own (达到55%), not a reference the gap words name
    facts = synth(["产业资金占62.2%,脱贫人口务工比例达到55%,比上年提高7.2个百分点。"],
                  [("62.2%", "percent", "share_percent"), ("55%", "percent", "share_percent"),
                   ("7.2个百分点", "percentage_point", "change_pp")])
    assert stated(facts, "7.2个百分点")["status"] != "mismatch"


def _own_gap_facts(gap_words: str):
    return synth(["2023年,搬迁群众人均纯收入15926元,比上年增长13.2%;", "全县农村居民人均可支配收入16852元,增长8.7%;",
                  f"{gap_words}4.5个百分点。"],
                 [("15926元", "CNY", "income"), ("13.2%", "percent", "growth"), ("16852元", "CNY", "income"),
                  ("8.7%", "percent", "growth"), ("4.5个百分点", "percentage_point", "gap")])


def test_gap_in_a_clause_of_its_own_takes_the_rate_its_words_name():
    r = stated(_own_gap_facts("搬迁群众收入增速高于全县农村居民"), "4.5个百分点")
    assert (r["status"], r["numerator"], r["denominator"]) == ("match", 13.2, 8.7)


def test_gap_whose_own_words_name_no_printed_rate_is_not_paired():
    # 脱贫户 has no growth rate printed: the rates before are not its own
    r = stated(_own_gap_facts("脱贫户收入增速高于全县农村居民"), "4.5个百分点")
    assert r["status"] == "reported_only"
