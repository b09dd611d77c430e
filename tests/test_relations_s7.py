"""Stated relations read in session 7 (h-rel): per-unit figures with a second divisor or money per unit
counted, persons per household of a 户/人 pair, gaps against a stated requirement or written 比…高/低, and a
rate word naming the whole's reference. Each rule has a sentence where it must stay silent."""
from __future__ import annotations

from fixtures.analysis_facts import synth
from fupin.checks import find_checks
from fupin.rates import compute_rates


def _per_unit(sentences, specs):
    c = find_checks(synth(sentences, specs))
    return c[c["check"] == "per_unit"]


def _rates(sentences, specs):
    return compute_rates(synth(sentences, specs))


# ---- persons per household of a 户/人 pair (户均人口2.9人, 户均2.3人)

def test_persons_per_household_of_a_household_person_pair():
    r = _per_unit(["全县有脱贫户1.30万户3.76万人,户均人口2.9人。"],
                  [("1.30万户", "household", "x"), ("3.76万人", "person", "x"), ("2.9人", "person", "x")])
    assert r["status"].tolist() == ["match"] and "3.76万人 / 1.30万户" in r.iloc[0]["parts"]
    r = _per_unit(["2024年新识别纳入监测对象87户203人,户均3.3人。"],
                  [("87户", "household", "x"), ("203人", "person", "x"), ("3.3人", "person", "x")])
    assert r["status"].tolist() == ["mismatch"]  # 203 / 87 = 2.33


def test_persons_per_household_without_households_is_silent():
    assert _per_unit(["2024年新识别纳入监测对象203人,户均2.3人。"],
                     [("203人", "person", "x"), ("2.3人", "person", "x")]).empty


def test_per_household_over_household_times():
    r = _per_unit(["累计发放小额信贷1016.5亿元,累计支持脱贫户和监测户238.6万户次,户均4.26万元。"],
                  [("1016.5亿元", "CNY", "x"), ("238.6万户次", "other:户次", "x"), ("4.26万元", "CNY", "x")])
    assert r["status"].tolist() == ["match"]


# ---- 每人3000元 after the amount and the heads is that amount per head, not a price

def test_each_person_after_amount_and_heads():
    s = "发放雨露计划补助1158.6万元,资助贫困家庭学生3862人,每人{}元。"
    specs = lambda v: [("1158.6万元", "CNY", "x"), ("3862人", "person", "x"), (f"{v}元", "CNY", "x")]
    assert _per_unit([s.format(3000)], specs(3000))["status"].tolist() == ["match"]
    assert _per_unit([s.format(4000)], specs(4000)).empty  # agreements only (a price reading)


# ---- per head per period: amount / heads / periods

def test_per_person_per_term_over_a_year():
    r = _per_unit(["落实雨露计划职业教育补助,共资助1265人,每人每学期1500元,全年发放补助资金379.5万元。"],
                  [("1265人", "person", "x"), ("1500元", "CNY", "x"), ("379.5万元", "CNY", "x")])
    assert r["status"].tolist() == ["match"] and "/ 2 =" in r.iloc[0]["parts"]


def test_per_pupil_per_day_with_the_days_printed():
    r = _per_unit(["营养改善计划覆盖学生2.68万人,按每生每天4元标准,全年拨付营养膳食补助资金2144万元(按200天计)。"],
                  [("2.68万人", "person", "x"), ("4元", "CNY", "x"), ("2144万元", "CNY", "x")])
    assert r["status"].tolist() == ["match"] and "/ 200 =" in r.iloc[0]["parts"]


def test_per_person_per_month_with_the_heads_a_sentence_before():
    r = _per_unit(["全县开发乡村公益性岗位3860个,安置脱贫劳动力3860人,其中弱劳力2954人,占76.5%。",
                   "岗位补贴标准为每人每月500元,全年发放岗位补贴2316万元。"],
                  [("3860个", "other:个", "x"), ("3860人", "person", "x"), ("2954人", "person", "x"),
                   ("76.5%", "percent", "x"), ("500元", "CNY", "x"), ("2316万元", "CNY", "x")])
    assert r["status"].tolist() == ["match"] and "3860人 / 12" in r.iloc[0]["parts"]


def test_per_term_over_person_times_needs_no_period():
    r = _per_unit(["今年春季、秋季学期共发放雨露计划补助资金6900万元,资助学生4.6万人次,每生每学期补助1500元。"],
                  [("6900万元", "CNY", "x"), ("4.6万人次", "person_time", "x"), ("1500元", "CNY", "x")])
    assert r["status"].tolist() == ["match"]


def test_per_period_figure_stays_silent_when_the_periods_are_not_said_or_do_not_fit():
    # no 全年: how many months the 2316万元 covers is not said
    assert _per_unit(["岗位补贴标准为每人每月500元,发放岗位补贴2316万元,安置3860人。"],
                     [("500元", "CNY", "x"), ("2316万元", "CNY", "x"), ("3860人", "person", "x")]).empty
    # a misfit: the periods are read from the year, not printed, so nothing is asserted
    assert _per_unit(["落实雨露计划职业教育补助,共资助1265人,每人每学期1500元,全年发放补助资金500万元。"],
                     [("1265人", "person", "x"), ("1500元", "CNY", "x"), ("500万元", "CNY", "x")]).empty


# ---- money per unit counted

def test_money_per_project_named_by_the_amount_words():
    r = _per_unit(["五年间,上海市共向我县提供无偿援助资金和物资折款8650万元,协助引进经济合作项目47个,"
                   "项目实际到位资金3.18亿元,项目平均到位资金725万元。"],
                  [("8650万元", "CNY", "x"), ("47个", "project", "x"), ("3.18亿元", "CNY", "x"), ("725万元", "CNY", "x")])
    assert r["status"].tolist() == ["mismatch"] and "3.18亿元 / 47个" in r.iloc[0]["parts"]  # 676.6万元


def test_money_per_workshop_with_the_count_a_sentence_before():
    r = _per_unit(["全县认定就业帮扶车间48个,吸纳就业2136人。", "全年发放奖补资金96万元,每个车间2万元。"],
                  [("48个", "other:个", "x"), ("2136人", "person", "x"), ("96万元", "CNY", "x"), ("2万元", "CNY", "x")])
    assert r["status"].tolist() == ["match"]


def test_money_per_project_with_the_amount_a_sentence_before():
    r = _per_unit(["全县安排财政衔接资金2.46亿元,其中用于产业发展1.53亿元,占62.2%。",
                   "重点支持滩羊良种繁育等项目46个,产业项目资金平均每个项目332.6万元。"],
                  [("2.46亿元", "CNY", "x"), ("1.53亿元", "CNY", "x"), ("62.2%", "percent", "x"),
                   ("46个", "project", "x"), ("332.6万元", "CNY", "x")])
    assert r["status"].tolist() == ["match"] and "1.53亿元" in r.iloc[0]["parts"]


def test_money_per_village_not_named_by_the_amount_is_agreement_only():
    # 安排资金 may pay for more than the 120 villages' grants: a misfit says nothing
    assert _per_unit(["安排资金5000万元,支持120个村发展集体经济,每个村补助20万元。"],
                     [("5000万元", "CNY", "x"), ("120个", "village", "x"), ("20万元", "CNY", "x")]).empty
    r = _per_unit(["安排资金2400万元,支持120个村发展集体经济,每个村补助20万元。"],
                  [("2400万元", "CNY", "x"), ("120个", "village", "x"), ("20万元", "CNY", "x")])
    assert r["status"].tolist() == ["match"]


def test_persons_per_village_counted_by_the_fact_noun():
    r = _per_unit(["全县88个行政村均建有标准化村卫生室,配备乡村医生156人,平均每个村1.8人。"],
                  [("88个", "village", "x"), ("156人", "person", "x"), ("1.8人", "person", "x")])
    assert r["status"].tolist() == ["match"]


# ---- gaps

_REQ = "按照用于产业发展的资金占比原则上不低于55%的要求,中央衔接资金用于产业发展项目8623万元,占58.0%,高于要求{}个百分点。"


def _req_specs(gap):
    return [("不低于55%", "percent", "x", "lower_bound"), ("8623万元", "CNY", "x"), ("58.0%", "percent", "x"),
            (f"{gap}个百分点", "percentage_point", "x")]


def test_gap_against_the_stated_requirement():
    r = _rates([_REQ.format("3.0")], _req_specs("3.0"))
    assert r.loc[r["kind"] == "gap", "status"].tolist() == ["match"]
    r = _rates([_REQ.format("5.0")], _req_specs("5.0"))
    assert r.loc[r["kind"] == "gap", "status"].tolist() == ["mismatch"]


def test_gap_against_a_requirement_not_printed_stays_reported_only():
    r = _rates(["中央衔接资金用于产业发展项目8623万元,占58.0%,高于要求3.0个百分点。"],
               [("8623万元", "CNY", "x"), ("58.0%", "percent", "x"), ("3.0个百分点", "percentage_point", "x")])
    assert r.loc[r["kind"] == "gap", "status"].tolist() == ["reported_only"]


def test_gap_written_bi_reference_gao():
    s = "全县脱贫人口收入增速72.8%,比全省平均63.8%高{}个百分点。"
    sp = lambda g: [("72.8%", "percent", "x"), ("63.8%", "percent", "x"), (f"{g}个百分点", "percentage_point", "x")]
    r = _rates([s.format(9)], sp(9))
    assert r.loc[r["kind"] == "gap", "status"].tolist() == ["match"]
    r = _rates([s.format(7)], sp(7))
    assert r.loc[r["kind"] == "gap", "status"].tolist() == ["mismatch"]


def test_gap_below_the_whole_named_by_a_rate_word():
    sents = ["截至6月30日,全县衔接资金累计报账18576.0万元,报账率72.8%。",
             "乡村建设类项目计划资金9438.2万元,但报账率仅63.8%,比全县平均水平低9.0个百分点。"]
    specs = [("18576.0万元", "CNY", "x"), ("72.8%", "percent", "x"), ("9438.2万元", "CNY", "x"),
             ("63.8%", "percent", "x"), ("9.0个百分点", "percentage_point", "x")]
    r = _rates(sents, specs)
    assert r.loc[r["kind"] == "gap", "status"].tolist() == ["match"]
    # no 全县 rate of that word printed: nothing to compare
    r = _rates(sents[1:], specs[2:])
    assert r.loc[r["kind"] == "gap", "status"].tolist() == ["reported_only"]


# ---- a level 相当于 the whole's level (a share of levels)

_LEVELS = ["2023年全省农村居民人均可支配收入22539元,增长7.5%。",
           "全省31个脱贫县农村居民人均可支配收入18436元,增长7.4%;脱贫县农村居民人均可支配收入相当于全省农村居民平均水平的{}%。"]


def _level_specs(pct):
    return [("22539元", "CNY", "x"), ("7.5%", "percent", "x"), ("18436元", "CNY", "x"), ("7.4%", "percent", "x"),
            (f"{pct}%", "percent", "x")]


def test_level_as_much_as_the_whole_level_named():
    r = _rates([_LEVELS[0], _LEVELS[1].format("81.8")], _level_specs("81.8"))
    assert r.loc[r["rate"] == "relative_level", "status"].tolist() == ["match"]
    # found by its words, not printed with the share: a misfit is not asserted
    r = _rates([_LEVELS[0], _LEVELS[1].format("85.8")], _level_specs("85.8"))
    assert r.loc[r["rate"] == "relative_level", "status"].tolist() == ["ambiguous"]


def test_level_as_much_as_the_whole_level_in_brackets():
    s = ["2016年全州农村常住居民人均可支配收入7818元,比上年增加757元,增长10.7%。",
         "全州农村居民人均可支配收入相当于全省平均水平(8090元)的{}%。"]
    sp = lambda p: [("7818元", "CNY", "x"), ("757元", "CNY", "x"), ("10.7%", "percent", "x"), ("8090元", "CNY", "x"),
                    (f"{p}%", "percent", "x")]
    r = _rates([s[0], s[1].format("96.6")], sp("96.6"))
    assert r.loc[r["rate"] == "relative_level", "status"].tolist() == ["match"]
    r = _rates([s[0], s[1].format("90.6")], sp("90.6"))
    assert r.loc[r["rate"] == "relative_level", "status"].tolist() == ["mismatch"]


def test_level_as_much_as_with_a_two_level_subject_and_no_whole_printed_is_silent():
    sents = ["50个贫困县农民人均纯收入由1993年的462元增加到2000年的1386元,年均增长17.0%。",
             "2000年全省农民人均纯收入2478元,贫困县农民人均纯收入相当于全省平均水平的55.9%。"]
    specs = [("462元", "CNY", "x", "exact", "1993"), ("1386元", "CNY", "x", "exact", "2000"),
             ("17.0%", "percent", "x", "exact", "2000"), ("2478元", "CNY", "x", "exact", "2000"),
             ("55.9%", "percent", "x", "exact", "2000")]
    r = _rates(sents, specs)
    assert r.loc[r["rate"] == "relative_level", "status"].tolist() == ["match"]
    assert "1386元 / 2478元" in r.loc[r["rate"] == "relative_level", "note"].iloc[0]
    r = _rates(sents[:1] + ["贫困县农民人均纯收入相当于全省平均水平的55.9%。"], specs[:3] + specs[4:])
    assert (r["rate"] == "relative_level").sum() == 0


# ---- a change against a level named by its words, or printed with the other level named

def _differences(sentences, specs):
    c = find_checks(synth(sentences, specs))
    return c[c["check"] == "difference"]


def test_budget_adjustment_against_the_named_initial_budget():
    s = ["2018年,旗财政年初预算安排专项扶贫资金3.62亿元。", "执行中根据上级补助和项目调整,调整预算为5.48亿元,比年初预算增加{}亿元。"]
    sp = lambda d: [("3.62亿元", "CNY", "x"), ("5.48亿元", "CNY", "x"), (f"{d}亿元", "CNY", "x")]
    r = _differences([s[0], s[1].format("1.86")], sp("1.86"))
    assert r["status"].tolist() == ["match"] and "5.48亿元 − 3.62亿元" in r.iloc[0]["parts"]
    # agreements only: a change that fits no named level says nothing (the text may compare another budget)
    assert _differences([s[0], s[1].format("1.66")], sp("1.66")).empty


def test_increase_over_the_printed_earlier_level_with_the_level_named_before():
    r = _differences(["2024年,全县共下达衔接资金25500万元,其中中央衔接资金16830万元。",
                      "全县衔接资金比上年的23870万元增加1630万元,增长6.8%。"],
                     [("25500万元", "CNY", "x"), ("16830万元", "CNY", "x"), ("23870万元", "CNY", "x"),
                      ("1630万元", "CNY", "x"), ("6.8%", "percent", "x")])
    assert r["status"].tolist() == ["match"] and "25500万元 − 23870万元" in r.iloc[0]["parts"]


def test_increase_over_last_year_named_only_by_time_is_silent():
    assert _differences(["全县衔接资金25500万元,比上年增加1630万元。"],
                        [("25500万元", "CNY", "x"), ("1630万元", "CNY", "x")]).empty


# ---- a total closing the statement of its parts

def _trailing(sentences, specs):
    c = find_checks(synth(sentences, specs))
    return c[c["check"] == "total_after_parts"]


_EXCHANGE = ["人才交流方面,山东选派党政干部56名、专业技术人才1287名到重庆14个区县挂职帮扶;",
             "重庆选派党政干部74名、专业技术人才512名{}到山东挂职学习,两地互派干部人才共{}名。"]


def _exchange_specs(total):
    return [("56名", "person", "x"), ("1287名", "person", "x"), ("14个", "other:county", "x"), ("74名", "person", "x"),
            ("512名", "person", "x"), (f"{total}名", "person", "x")]


def test_total_after_its_parts_across_a_semicolon():
    r = _trailing([_EXCHANGE[0], _EXCHANGE[1].format("", 1929)], _exchange_specs(1929))
    assert r["status"].tolist() == ["match"]
    r = _trailing([_EXCHANGE[0], _EXCHANGE[1].format("", 1943)], _exchange_specs(1943))
    assert r["status"].tolist() == ["mismatch"]  # the four groups add to 1929


def test_total_after_an_open_list_is_silent():
    assert _trailing([_EXCHANGE[0], _EXCHANGE[1].format("等", 1943)], _exchange_specs(1943)).empty


def test_total_after_parts_listed_with_fenbie():
    r = _trailing(["全县三类经营主体分别为龙头企业28家、农民专业合作社163家、家庭农场412家,合计603家。"],
                  [("28家", "enterprise", "x"), ("163家", "other:合作社", "x"), ("412家", "other:合作社", "x"),
                   ("603家", "other:合作社", "x")])
    assert r["status"].tolist() == ["match"]
    # parts of one measure word but several units: a misfit is not asserted
    assert _trailing(["全县培育龙头企业28家、农民专业合作社163家、家庭农场412家,新型经营主体总数达到703家。"],
                     [("28家", "enterprise", "x"), ("163家", "other:合作社", "x"), ("412家", "other:合作社", "x"),
                      ("703家", "other:合作社", "x")]).empty


def test_total_after_parts_added_to_an_earlier_figure_is_silent():
    # 另外…: the total holds the 14862万元 of the sentence before too
    assert _trailing(["2023年下达中央衔接资金14862万元。", "另外安排省级衔接资金3120万元、县本级配套资金1050万元,全县各级衔接资金合计19032万元。"],
                     [("14862万元", "CNY", "x"), ("3120万元", "CNY", "x"), ("1050万元", "CNY", "x"), ("19032万元", "CNY", "x")]
                     ).query("status == 'mismatch'").empty
    assert _trailing(["2023年下达中央衔接资金14862万元。", "安排省级衔接资金3120万元、县本级配套资金1050万元,全县各级衔接资金合计19032万元。"],
                     [("14862万元", "CNY", "x"), ("3120万元", "CNY", "x"), ("1050万元", "CNY", "x"), ("19032万元", "CNY", "x")]
                     ).query("status == 'mismatch'").empty


# ---- a remainder after a time word (目前尚未…), its 已… part and total printed as 户/人 pairs

_MONITOR = ["截至2024年11月底,全县累计识别纳入监测对象1286户3047人,其中脱贫不稳定户512户1236人、边缘易致贫户438户1015人。",
            "2024年新识别纳入监测对象87户203人,户均2.3人。", "其中宋家沟乡纳入112户261人。",
            "全县累计已消除风险监测对象893户2105人,占监测对象总户数的69.4%。",
            "目前尚未消除风险的监测对象393户{}人,均已落实针对性帮扶措施。"]


def _monitor_specs(rest):
    return [("1286户", "household", "x"), ("3047人", "person", "x"), ("512户", "household", "x"), ("1236人", "person", "x"),
            ("438户", "household", "x"), ("1015人", "person", "x"), ("87户", "household", "x"), ("203人", "person", "x"),
            ("2.3人", "person", "x"), ("112户", "household", "x"), ("261人", "person", "x"),
            ("893户", "household", "x"), ("2105人", "person", "x"),
            ("69.4%", "percent", "x"), ("393户", "household", "x"), (f"{rest}人", "person", "x")]


def test_remainder_after_a_time_word_for_a_household_person_pair():
    c = find_checks(synth(_MONITOR[:4] + [_MONITOR[4].format(942)], _monitor_specs(942)))
    r = c[c["check"] == "remainder"]
    assert sorted(r["total"].tolist()) == [393.0, 942.0] and set(r["status"]) == {"match"}


def test_remainder_that_does_not_add_up_is_not_flagged():
    c = find_checks(synth(_MONITOR[:4] + [_MONITOR[4].format(962)], _monitor_specs(962)))
    assert c.loc[c["check"] == "remainder", "total"].tolist() == [393.0]
    assert not (c["status"] == "mismatch").any()


def test_per_head_income_with_the_amount_after_it_and_the_heads_further_back():
    sents = ["2023年全县脱贫劳动力务工就业5.12万人,比上年增加0.21万人。",
             "据抽样测算,2023年脱贫劳动力人均务工收入{},同比增长5.2%;全县脱贫劳动力全年务工收入14.49亿元。"]
    specs = lambda v: [("5.12万人", "person", "x"), ("0.21万人", "person", "x"), (v, "CNY", "x"), ("5.2%", "percent", "x"),
                       ("14.49亿元", "CNY", "x")]
    r = _per_unit([sents[0], sents[1].format("2.83万元")], specs("2.83万元"))
    assert r["status"].tolist() == ["match"] and "14.49亿元 / 5.12万人" in r.iloc[0]["parts"]
    # found by search: a per-head figure on which no pair agrees says nothing
    assert _per_unit([sents[0], sents[1].format("3.83万元")], specs("3.83万元")).empty


# ---- a share printed after a verb of reach and before 的 + its whole's noun

def test_share_of_the_noun_after_it():
    sents = ["三、社区治理。", "97个安置点全部设立党组织,成立社区居委会63个,覆盖了{}的安置点。"]
    sp = lambda p: [("97个", "other:安置点", "x"), ("63个", "other:社区", "x"), (p, "percent", "x")]
    r = _rates([sents[0], sents[1].format("65%")], sp("65%"))
    assert r["status"].tolist() == ["match"] and r["denominator"].tolist() == [97.0]
    # the part may count other units than the whole: a misfit is not asserted
    r = _rates([sents[0], sents[1].format("75%")], sp("75%"))
    assert r["status"].tolist() == ["ambiguous"]


def test_share_before_a_noun_no_figure_counts_is_silent():
    r = _rates(["成立社区居委会63个,覆盖了65%的安置点。"], [("63个", "other:社区", "x"), ("65%", "percent", "x")])
    assert r.empty or not r["status"].isin(["match", "mismatch"]).any()


def test_each_person_after_amount_and_heads_is_agreement_only():
    # 每人 is also read as a price: an amount that may pay for more than the grants says nothing on a misfit
    r = _per_unit(["投入资金5000万元,惠及3862人,每人补助1000元。"],
                  [("5000万元", "CNY", "x"), ("3862人", "person", "x"), ("1000元", "CNY", "x")])
    assert not (r["status"] == "mismatch").any()


def test_total_whose_words_do_not_name_the_parts_is_not_flagged():
    r = _trailing(["2019年脱贫2000人、2020年脱贫1500人,全县贫困人口共5000人。"],
                  [("2000人", "person", "x"), ("1500人", "person", "x"), ("5000人", "person", "x")])
    assert not (r["status"] == "mismatch").any()


# ---- 为<whole>的x%: a share of the whole its words name

def test_share_written_wei_whole_de():
    sents = ["截至12月底,全省脱贫人口小额信贷余额286.3亿元,较年初增加21.7亿元。",
             "全省各县区共安排风险补偿金18.6亿元,为贷款余额的{}。"]
    sp = lambda p: [("286.3亿元", "CNY", "x"), ("21.7亿元", "CNY", "x"), ("18.6亿元", "CNY", "x"), (p, "percent", "x")]
    r = _rates([sents[0], sents[1].format("6.5%")], sp("6.5%"))
    row = r[r["reported"] == 6.5]
    assert row["status"].tolist() == ["match"] and row["denominator"].tolist() == [286.3e8]


def test_wei_an_earlier_time_de_is_not_a_share():
    r = _rates(["全年发放贷款18.6亿元,为上年的105%。"], [("18.6亿元", "CNY", "x"), ("105%", "percent", "x")])
    assert not r["status"].isin(["match", "mismatch"]).any() if not r.empty else True
