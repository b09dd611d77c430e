"""Relations of session 14 (h-rel): rates of third-party evaluations (问卷有效率, 漏评率, 认可度), gaps printed as
比 + reference + 高/低/快/慢 with the reference inside, a per-head figure that is no numerator, and the one base
its words name far back."""
from __future__ import annotations

from fixtures.written import facts_of, rate_of


def _rate(tmp_path, body, raw):
    return rate_of(facts_of(tmp_path, body), raw)


# --- third-party evaluations ------------------------------------------------------------------------------

_SURVEY = ("评估组采用入户问卷和座谈访谈相结合的方式，共发放调查问卷2450份，回收有效问卷2418份，有效率98.7%。"
           "抽查一般农户620户，发现疑似漏评3户，漏评率0.48%。在2418份有效问卷中，对帮扶工作表示认可的2371份，"
           "群众认可度98.1%。")


def test_the_valid_share_of_questionnaires_is_valid_over_handed_out(tmp_path):
    r = _rate(tmp_path, _SURVEY, "98.7%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (2418, 2450), r


def test_the_missed_identification_rate_is_over_the_households_checked(tmp_path):
    r = _rate(tmp_path, _SURVEY, "0.48%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (3, 620), r


def test_the_approval_share_is_over_the_valid_questionnaires(tmp_path):
    r = _rate(tmp_path, _SURVEY, "98.1%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (2371, 2418), r


def test_a_satisfaction_share_takes_no_approval_count_as_its_numerator(tmp_path):
    body = _SURVEY + "全市群众满意度97.3%，比上年评估提高0.6个百分点。"
    r = _rate(tmp_path, body, "97.3%")  # counter-example: 认可 is not 满意
    assert r["status"] == "reported_only", r


# --- gaps: 比 + reference + 高/低/快/慢 -----------------------------------------------------------------

def test_a_reference_printed_before_its_level_word_is_the_gap_s_reference(tmp_path):
    body = "2023年，全市农村居民人均可支配收入12860元，比上年增长8.6%，增速比全省8.1%的水平高0.5个百分点。"
    r = _rate(tmp_path, body, "0.5个百分点")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (8.6, 8.1), r


def test_a_misprinted_gap_against_a_reference_in_brackets_is_found(tmp_path):
    body = "前三季度，全市农村居民人均可支配收入15210元，同比增长7.4%，增速比全省（6.9%）高0.8个百分点。"
    r = _rate(tmp_path, body, "0.8个百分点")
    assert r["status"] == "mismatch" and r["denominator"] == 6.9, r


def test_a_chain_of_comparisons_sets_each_reference_against_the_rate_before_the_chain(tmp_path):
    body = ("前三季度，全市农村居民人均可支配收入15210元，同比增长7.4%，增速比全省（6.9%）高0.5个百分点，"
            "比全国（6.6%）高0.8个百分点。")
    r = _rate(tmp_path, body, "0.8个百分点")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (7.4, 6.6), r


def test_a_chain_stops_at_a_rate_of_another_subject(tmp_path):
    body = ("前三季度，全市农村居民人均可支配收入15210元，同比增长7.4%，增速比全省（6.9%）高0.5个百分点，"
            "其中工资性收入增长7.1%，比全国（6.6%）高0.5个百分点。")
    f = facts_of(tmp_path, body)  # counter-example: the last comparison is of 工资性收入's 7.1%, not of the chain's 7.4%
    from fupin.rates import compute_rates
    r = compute_rates(f)
    rows = r[(r["kind"] == "gap") & (r["denominator"] == 6.6)]
    assert len(rows) == 1 and rows.iloc[0]["numerator"] == 7.1 and rows.iloc[0]["status"] == "match", rows


def test_faster_than_another_subject_is_a_gap_against_its_rate(tmp_path):
    body = ("2023年，全县城镇居民人均可支配收入32100元，增长4.6%。全县农村居民人均可支配收入14250元，增长7.8%，"
            "增速快于全县城镇居民3.2个百分点。")
    r = _rate(tmp_path, body, "3.2个百分点")
    assert r["kind"] == "gap" and r["status"] == "match" and (r["numerator"], r["denominator"]) == (7.8, 4.6), r


def test_faster_printed_as_bi_is_read_as_a_gap(tmp_path):
    body = "全年农村居民人均可支配收入增长6.8%，城镇居民人均可支配收入增长4.9%，农村居民收入增速比城镇居民快1.9个百分点。"
    r = _rate(tmp_path, body, "1.9个百分点")
    assert r["kind"] == "gap", r


def test_a_rise_against_last_year_is_no_gap(tmp_path):
    body = "全县巩固率达到96.5%，比上年提高2.6个百分点。"
    r = _rate(tmp_path, body, "2.6个百分点")  # counter-example: the 高 of 提高 is no comparative, 上年 no subject
    assert r["kind"] == "pp_change" and r["status"] == "reported_only", r


# --- a per-head figure is no numerator ------------------------------------------------------------------

_CLAIMS = ("全县防返贫保险全年缴纳保费186万元。截至12月底，已支付赔款152.4万元，惠及农户620户，户均赔款2458元，"
           "赔付率81.9%。")


def test_an_average_per_household_gives_way_to_the_total_before_it(tmp_path):
    r = _rate(tmp_path, _CLAIMS, "81.9%")
    assert r["numerator"] == 1524000 and r["denominator"] == 1860000 and r["status"] == "match", r


def test_an_average_alone_stays_the_numerator(tmp_path):
    body = "全县防返贫保险全年缴纳保费186万元。截至12月底，户均赔款2458元，赔付率81.9%。"
    r = _rate(tmp_path, body, "81.9%")  # counter-example: no total of its own stands before it
    assert r["numerator"] == 2458 and r["status"] != "mismatch", r


# --- the one base its words name, far back ------------------------------------------------------------------

_FAR = ("全县种植业保险保费总额8620万元，由各级财政和农户按比例分担。全县参保农户3.2万户，其中脱贫户0.6万户。"
        "当年7月遭受洪涝灾害，全县受灾面积2.1万公顷，成灾1.3万公顷。灾情发生后，承保机构派出查勘人员126人次。"
        "全县完成定损农户5800户。截至12月底，已支付赔款{paid}万元，赔付率{rate}%。")


def test_the_one_base_its_words_name_far_back_is_taken_on_a_fit(tmp_path):
    r = _rate(tmp_path, _FAR.format(paid="6990", rate="81.1"), "81.1%")
    assert r["status"] == "match" and r["denominator"] == 86200000, r


def test_a_misfit_on_the_one_base_far_back_is_not_asserted(tmp_path):
    r = _rate(tmp_path, _FAR.format(paid="6990", rate="84.3"), "84.3%")  # counter-example: too far to assert
    assert r["status"] == "ambiguous" and r["denominator"] == 86200000, r


# --- the sources of the per-head income -------------------------------------------------------------------

_INCOME = ("前三季度，全市农村居民人均可支配收入15280元，同比增长7.1%。\n"
           "分季度看，一季度全市农村居民人均可支配收入6120元，同比增长7.5%。\n"
           "从收入来源看，四项收入全面增长。工资性收入{wage}元，增长8.2%，占可支配收入的{share}，是增收的主要来源；"
           "经营净收入4315元，增长5.6%；财产净收入286元，增长3.1%；转移净收入3761元，增长6.8%。")


def _income_check(tmp_path, body):
    from fixtures.written import checks_of
    c = checks_of(tmp_path, body, "income_sources")
    assert len(c) == 1, c
    return c.iloc[0]


def test_an_income_source_printed_without_renjun_is_a_share_of_the_per_head_income(tmp_path):
    r = _rate(tmp_path, _INCOME.format(wage="6918", share="45.3%"), "45.3%")
    assert r["status"] == "match" and r["denominator"] == 15280, r


def test_a_total_income_is_no_whole_of_a_per_head_source(tmp_path):
    body = "全市农村居民可支配收入总额286.4亿元。工资性收入6482元，占可支配收入的45.2%。"
    r = _rate(tmp_path, body, "45.2%")  # counter-example: a total (not per head) named 收入 is no whole of it
    assert r["status"] != "mismatch", r


def test_the_four_sources_add_up_to_the_per_head_income(tmp_path):
    c = _income_check(tmp_path, _INCOME.format(wage="6918", share="45.3%"))
    assert c["status"] == "match" and c["total"] == 15280, c


def test_four_sources_that_miss_their_income_by_ten_yuan_are_flagged(tmp_path):
    c = _income_check(tmp_path, _INCOME.format(wage="6928", share="45.3%"))
    assert c["status"] == "mismatch" and c["total"] == 15280 and c["sum"] == 15290, c


def test_sources_of_a_group_are_no_parts_of_the_whole_s_income(tmp_path):
    body = ("2023年，全省农村居民人均可支配收入19850元，增长6.8%。从构成看，脱贫县农村居民人均工资性收入7350元；"
            "人均经营净收入4120元；人均财产净收入210元；人均转移净收入4386元。")
    from fixtures.written import checks_of
    c = checks_of(tmp_path, body, "income_sources")  # counter-example: the 脱贫县's sources, not the province's
    assert c.empty, c


def test_a_village_collective_s_operating_income_is_no_per_head_source(tmp_path):
    body = ("2023年，全村农民人均可支配收入15600元。村集体经济收入52万元，其中村集体经营性收入31万元，"
            "占村集体收入的59.6%。")
    r = _rate(tmp_path, body, "59.6%")  # counter-example: a village's total, whole 52万元
    assert r["status"] == "match" and r["denominator"] == 520000, r
