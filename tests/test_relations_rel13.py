"""Relations of session 13 (h-rel): a fiscal grant split by every level of government that funds it."""
from __future__ import annotations

from fixtures.written import checks_of, facts_of, rate_of


def _breakdowns(tmp_path, body):
    return checks_of(tmp_path, body, "breakdown")


def test_a_grant_split_by_every_level_down_to_the_county_is_complete(tmp_path):
    body = ("二〇二四年上半年，阜平县共下达衔接推进乡村振兴补助资金2.68亿元，其中中央资金1.52亿元、省级资金0.74亿元、"
            "市级资金0.18亿元、县级资金0.21亿元。")
    c = _breakdowns(tmp_path, body)
    assert len(c) == 1 and c.iloc[0]["kind"] == "sum" and c.iloc[0]["status"] == "mismatch", c


def test_a_grant_split_down_to_both_lower_levels_together_adds_up(tmp_path):
    body = "2023年，全县共下达财政衔接推进乡村振兴补助资金3.51亿元，其中中央资金2.14亿元、省级资金0.97亿元、市县两级资金0.40亿元。"
    c = _breakdowns(tmp_path, body)
    assert len(c) == 1 and c.iloc[0]["kind"] == "sum" and c.iloc[0]["status"] == "match", c


def test_money_put_in_split_by_levels_may_hold_social_money_besides(tmp_path):
    body = ("二〇二四年上半年，阜平县共投入资金2.68亿元，其中中央资金1.52亿元、省级资金0.74亿元、"
            "市级资金0.18亿元、县级资金0.21亿元。")
    c = _breakdowns(tmp_path, body)  # counter-example: 投入资金 names no grant, the levels may be some of its sources
    assert len(c) == 1 and c.iloc[0]["kind"] == "nesting" and c.iloc[0]["status"] == "match", c


def test_a_grant_split_by_levels_that_stop_above_the_county_is_no_whole(tmp_path):
    body = "2023年，全市共下达衔接推进乡村振兴补助资金5.6亿元，其中中央资金3.2亿元、省级资金1.6亿元。"
    c = _breakdowns(tmp_path, body)  # counter-example: the county's share may be left out
    assert len(c) == 1 and c.iloc[0]["kind"] == "nesting" and c.iloc[0]["status"] == "match", c


def _paid(tmp_path, body):
    return rate_of(facts_of(tmp_path, body), "98.7%")


_PAID = ("2024年全县共审核认定雨露计划补助对象6184人次，应发补助资金927.6万元。分学段看，中职学生3862人次，补助资金579.3万元；"
         "高职学生2322人次，补助资金348.3万元。分学期看，春季学期3016人次、452.4万元，秋季学期3168人次、475.2万元。"
         "{between}截至12月15日，已发放6042人次，发放补助资金906.3万元，发放率98.7%。")


def test_a_base_broken_down_by_part_up_to_its_numerator_is_not_far(tmp_path):
    r = _paid(tmp_path, _PAID.format(between=""))
    assert r["status"] == "mismatch" and r["denominator"] == 9276000, r


def test_a_base_with_another_statement_between_stays_far(tmp_path):
    between = "全县建立雨露计划政策宣传员队伍，开展入户宣传1.2万户次。"
    r = _paid(tmp_path, _PAID.format(between=between))  # counter-example: a new statement stands between
    assert r["status"] != "mismatch", r


_GAP = ("2023年，全省农村居民人均可支配收入19850元，比上年增加1262元，增长6.8%。"
        "2023年，全省62个脱贫县农村居民人均可支配收入16120元，增长8.1%，增速高于全省{whole}{gap}个百分点。")


def _written(tmp_path, template: str, raw: str, **slots):
    """The rates row of the figure printed as ``raw`` in a written paragraph made from ``template``."""
    return rate_of(facts_of(tmp_path, template.format(**slots)), raw)


def test_a_gap_over_a_growth_printed_after_the_change_of_its_level(tmp_path):
    r = _written(tmp_path, _GAP, "1.3个百分点", whole="农村居民", gap="1.3")
    assert r["status"] == "match" and r["denominator"] == 6.8, r


def test_a_gap_that_is_not_the_difference_of_the_growths_is_a_mismatch(tmp_path):
    assert _written(tmp_path, _GAP, "1.6个百分点", whole="农村居民", gap="1.6")["status"] == "mismatch"


def test_a_gap_over_a_subject_whose_growth_is_not_printed_is_not_computed(tmp_path):
    r = _written(tmp_path, _GAP, "1.3个百分点", whole="城镇居民", gap="1.3")  # counter-example: not printed
    assert r["status"] == "reported_only", r


_ORCHARDS = ("2022年，全县苹果种植面积达到28.6万亩，其中挂果园19.4万亩，占种植面积的67.8%；苹果总产量32.8万吨，同比下降3.2%；"
             "苹果产值15.26亿元{between}。\n全县脱贫户果园面积8.9万亩，占全县苹果面积的33.1%，带动脱贫户5748户。")


def test_an_undated_part_in_the_paragraph_after_its_dated_whole_is_of_its_time(tmp_path):
    r = _written(tmp_path, _ORCHARDS, "33.1%", between="")
    assert r["status"] == "mismatch" and r["denominator"] == 286000, r


def test_an_undated_part_after_a_figure_of_another_year_may_be_of_another_time(tmp_path):
    r = _written(tmp_path, _ORCHARDS, "33.1%", between="，2019年为12.3亿元")
    assert r["status"] == "ambiguous", r  # counter-example: the text has moved to another year between them


_RISEN = ("2023年，脱贫人口人均纯收入由上年的11630元增加到13280元，增长14.2%，增速高于{whole}农村居民人均可支配收入5.6个百分点；"
          "全县农村居民人均可支配收入达到12986元，增长8.6%。")


def test_a_gap_after_a_level_risen_from_an_earlier_one_names_its_subject_before_it(tmp_path):
    r = _written(tmp_path, _RISEN, "5.6个百分点", whole="全县")
    assert r["status"] == "match" and r["numerator"] == 14.2 and r["denominator"] == 8.6, r


def test_a_gap_over_another_whole_than_the_one_printed_is_not_computed(tmp_path):
    r = _written(tmp_path, _RISEN, "5.6个百分点", whole="全省")
    assert r["status"] == "reported_only", r  # counter-example: 全省's growth is not printed, 全县's is

