"""Relations of session 9 (recall on the written sets, no false alarm): 其中， opening the sentence after its
total, overlapping shares under 其中, and a gap whose reference rate is printed right after it."""
from __future__ import annotations


from fixtures.written import facts_of, rate_of


from fixtures.written import checks_of as _checks  # noqa: E402


def test_qizhong_after_a_full_stop_skips_the_change_closing_the_sentence_before(tmp_path):
    body = ("全年采购、帮助销售农副产品9.72亿元，比上年增加1.36亿元，增长16.3%。"
            "其中，采购农副产品6.15亿元，帮助销售{}亿元。")
    assert list(_checks(tmp_path, body.format("3.57"), "breakdown")["status"]) == ["match"]
    assert list(_checks(tmp_path, body.format("3.97"), "breakdown")["status"]) == ["mismatch"]  # more than the whole


def test_parts_with_their_own_shares_adding_past_the_whole_are_no_split(tmp_path):
    body = ("截至12月底，累计拨付资金21.84亿元，资金支出率92.7%。"
            "其中，用于保障和改善民生的资金18.62亿元，占79.0%，用于基层的资金21.36亿元，占90.7%。")
    assert "mismatch" not in set(_checks(tmp_path, body, "breakdown")["status"])


def test_gap_reference_printed_in_the_clause_after(tmp_path):
    body = ("2022年全市脱贫人口人均纯收入达到15862元，同比增长11.4%，增幅高于全市农村居民人均可支配收入增幅{}个百分点；"
            "全市农村居民人均可支配收入20876元，增长6.2%。")
    r = rate_of(facts_of(tmp_path, body.format("5.2")), "5.2个百分点")
    assert (r["numerator"], r["denominator"], r["status"]) == (11.4, 6.2, "match")
    assert rate_of(facts_of(tmp_path, body.format("4.2")), "4.2个百分点")["status"] == "mismatch"


def test_gap_bi_reference_growth_gao_reads_the_reference_after(tmp_path):
    body = ("山区26县农村居民人均可支配收入31476元，增长8.3%，比全省农村居民收入增速高{}个百分点，"
            "全省农村居民人均可支配收入40311元，增长7.6%。")
    r = rate_of(facts_of(tmp_path, body.format("0.7")), "0.7个百分点")
    assert (r["numerator"], r["denominator"], r["status"]) == (8.3, 7.6, "match")
    assert rate_of(facts_of(tmp_path, body.format("1.7")), "1.7个百分点")["status"] == "mismatch"


def test_a_rise_in_points_over_last_year_stays_a_change():
    from fupin.stated_rates import find_word
    assert find_word("比上年提高", "percentage_point")["kind"] == "pp_change"


def test_growth_of_an_increase_over_the_level_its_subject_names_sentences_before(tmp_path):
    body = ("2022年度支出总计6842.37万元，其中本年支出6301.64万元，年末结转和结余540.73万元。"
            "本年支出中，基本支出2436.18万元，项目支出3865.46万元。与上年相比，本年支出增加428.35万元，增长{}%。")
    r = rate_of(facts_of(tmp_path, body.format("7.3")), "7.3%")
    assert (r["numerator"], r["denominator"], r["status"]) == (4283500.0, 63016400.0, "match")
    assert rate_of(facts_of(tmp_path, body.format("6.8")), "6.8%")["status"] == "mismatch"


def test_growth_of_an_increase_with_no_level_named_stays_unchecked(tmp_path):
    body = "全县开展技能培训3200人次。与上年相比，转移就业人数增加618人，增长8.1%。"
    assert rate_of(facts_of(tmp_path, body), "8.1%")["status"] == "reported_only"


def test_target_rate_skips_the_change_said_of_the_achieved_figure(tmp_path):
    body = "2023年全县脱贫劳动力务工就业5.12万人，比上年增加0.21万人，增长4.3%，完成年度目标任务4.95万人的{}%。"
    r = rate_of(facts_of(tmp_path, body.format("103.4")), "103.4%")
    assert (r["numerator"], r["denominator"], r["status"]) == (51200.0, 49500.0, "match")
    assert rate_of(facts_of(tmp_path, body.format("108.4")), "108.4%")["status"] == "mismatch"


def test_a_budget_named_before_de_is_the_figure_its_name_printed_before(tmp_path):
    body = ("2022年度一般公共预算财政拨款支出年初预算5620.00万元，年中调整增加419.90万元，调整后预算6039.90万元，"
            "支出决算6012.47万元，完成年初预算的{}%，完成调整后预算的99.5%。")
    f = facts_of(tmp_path, body.format("107.0"))
    r = rate_of(f, "107.0%")
    assert (r["numerator"], r["denominator"], r["status"]) == (60124700.0, 56200000.0, "match")
    r = rate_of(f, "99.5%")
    assert (r["denominator"], r["status"]) == (60399000.0, "match")
    assert rate_of(facts_of(tmp_path, body.format("104.0")), "104.0%")["status"] == "mismatch"


def test_adjusted_budget_is_the_initial_plus_the_adjustment(tmp_path):
    body = "2022年度财政拨款支出年初预算5620.00万元，年中调整增加419.90万元，调整后预算{}万元，支出决算6012.47万元。"
    c = _checks(tmp_path, body.format("6039.90"), "difference")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 60399000.0
    assert list(_checks(tmp_path, body.format("6093.90"), "difference")["status"]) == ["mismatch"]


def test_compound_growth_takes_the_years_of_the_change_printed_in_the_sentence_before(tmp_path):
    body = ("地区生产总值由2020年的52.6亿元增加到2025年的71.8亿元，年均增长6.4%。"
            "脱贫人口人均纯收入由9860元增加到19880元，实现翻一番，年均增长{}%。")
    r = rate_of(facts_of(tmp_path, body.format("15.1")), "15.1%")
    assert (r["status"], r["period"]) == ("match", "2020..2025")
    # a misfit on years read, not printed, is no alarm
    assert rate_of(facts_of(tmp_path, body.format("12.1")), "12.1%")["status"] != "mismatch"


def test_a_sentence_opened_by_the_name_of_a_total_printed_before_breaks_it_down(tmp_path):
    body = ("全年直接投入帮扶资金1260万元，完成年度责任书目标1200万元的105.0%。"
            "直接投入帮扶资金中，用于产业发展752万元，占59.7%；用于教育帮扶218万元、医疗健康帮扶165万元、基层组织建设{}万元。")
    c = _checks(tmp_path, body.format(125), "breakdown")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 12600000.0
    assert list(_checks(tmp_path, body.format(225), "breakdown")["status"]) == ["mismatch"]


def test_a_total_whose_words_name_its_two_parts_printed_before(tmp_path):
    body = ("总局机关和直属单位购买丰宁农产品486万元，完成目标450万元的108.0%；帮助销售农产品2365万元，完成目标1200万元的197.1%。"
            "购买和帮助销售合计{}万元，比上年增长21.4%。")
    c = _checks(tmp_path, body.format(2851), "total_after_parts")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 28510000.0
    assert list(_checks(tmp_path, body.format(2951), "total_after_parts")["status"]) == ["mismatch"]



def test_qizhong_after_a_full_stop_takes_the_figure_its_parts_add_up_to(tmp_path):
    body = ("全年共谋划实施帮扶项目3862个，已完工3517个，完工率91.1%。"
            "其中，产业发展类项目1426个，安排资金9.87亿元；农村人居环境和基础设施类项目1694个；公共服务类项目{}个。")
    c = _checks(tmp_path, body.format(742), "breakdown")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 3862
    # several figures before and none fits: which one is broken down is not said, no alarm
    assert "mismatch" not in set(_checks(tmp_path, body.format(842), "breakdown")["status"])


def test_a_bili_share_reads_the_part_its_words_name(tmp_path):
    body = "全县累计搬迁安置移民3.26万人，其中后靠安置2.18万人、外迁安置1.08万人，外迁安置比例为{}%。"
    r = rate_of(facts_of(tmp_path, body.format("33.1")), "33.1%")
    assert (r["numerator"], r["denominator"], r["status"]) == (10800.0, 32600.0, "match")
    assert rate_of(facts_of(tmp_path, body.format("38.1")), "38.1%")["status"] != "mismatch"


def test_a_rate_of_persons_counts_by_the_person_figure_of_the_pair(tmp_path):
    body = ("截至2024年6月30日，全市累计识别纳入防止返贫监测对象8642户18915人。"
            "全市累计已消除风险监测对象5318户11426人，户数风险消除率61.5%，人数风险消除率{}%。")
    r = rate_of(facts_of(tmp_path, body.format("60.4")), "60.4%")
    assert (r["numerator"], r["denominator"], r["status"]) == (11426.0, 18915.0, "match")
    assert rate_of(facts_of(tmp_path, body.format("64.0")), "64.0%")["status"] == "mismatch"


def test_share_of_a_named_total_holds_on_the_one_figure_its_words_name(tmp_path):
    body = ("2023年全县脱贫劳动力务工就业5.12万人，比上年增加0.21万人。"
            "从务工地域看，县外务工3.46万人，其中省外务工2.18万人、省内县外务工1.28万人；县内就业1.66万人。"
            "省外务工人员占务工总数的42.6%。")
    r = rate_of(facts_of(tmp_path, body), "42.6%")
    assert (r["numerator"], r["denominator"], r["status"]) == (21800.0, 51200.0, "match")


def test_per_head_per_year_rate_over_the_amount_not_its_qizhong_parts(tmp_path):
    body = ("2023年，全县参保对象共计4.86万人，其中脱贫人口4.52万人、监测对象0.34万人，实现应保尽保。"
            "保费标准为每人每年{}元，全年缴纳保费243万元，全部由财政资金承担，其中使用衔接资金170.1万元、县本级财政资金72.9万元。")
    c = _checks(tmp_path, body.format(50), "per_unit")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 50.0


def test_count_times_the_sum_per_each_is_the_amount_totalled(tmp_path):
    body = "结对双方共建山海协作乡村振兴示范点64个，每个示范点安排省级补助资金300万元，共计{}亿元。"
    c = _checks(tmp_path, body.format("1.92"), "unit_price")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 1.92e8
    assert list(_checks(tmp_path, body.format("1.82"), "unit_price")["status"]) == ["mismatch"]
    body = "支持建设农村安居房4200套，每套补助2萬元，共计8400萬元。"
    assert list(_checks(tmp_path, body, "unit_price")["status"]) == ["match"]


def test_gap_against_the_schedule_printed_inside_the_gap_words(tmp_path):
    body = "截至9月30日，全市累计支出衔接资金9.64亿元，支出率67.2%，低于75%的序时进度{}个百分点，资金支出进度总体滞后。"
    r = rate_of(facts_of(tmp_path, body.format("7.8")), "7.8个百分点")
    assert (r["numerator"], r["denominator"], r["status"]) == (67.2, 75.0, "match")
    assert rate_of(facts_of(tmp_path, body.format("8.8")), "8.8个百分点")["status"] == "mismatch"
