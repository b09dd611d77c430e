"""Consistency checks found from text structure: every [auto] check of gold README section 4 on the
gold-derived facts, plus synthetic articles for each rule (match, mismatch, sums that do not add up)."""
import pandas as pd
import pytest
from hypothesis import given, strategies as st

from fixtures.analysis_facts import fact_id, gold_copy, synth
from fupin import paths
from fupin.checks import CHECK_COLUMNS, find_checks, listed_items


@pytest.fixture(scope="module")
def gold():
    facts = gold_copy()
    return facts, find_checks(facts)


def find(checks, facts, article, total_raw, part_raws, total_nth=0, **kw):
    """The check whose total and parts are these raws of an article ('003#1')."""
    tid = fact_id(facts, article, total_raw, total_nth, **kw)
    sel = checks[checks["total_fact_id"] == tid]
    for _, c in sel.iterrows():
        raws = [facts.set_index("fact_id").loc[i, "raw"] for i in c["part_fact_ids"].split(";")]
        if sorted(raws) == sorted(part_raws):
            return c
    raise AssertionError(f"no check {total_raw} <- {part_raws}: {sel[['check', 'parts']].values.tolist()}")


def test_columns(gold):
    assert list(gold[1].columns) == CHECK_COLUMNS


def test_c000_1_title_equals_body(gold):
    c = find(gold[1], gold[0], "000#1", "3.82億", ["3.82億元"])
    assert (c["kind"], c["status"]) == ("equality", "match")


def test_c000_3_projects_and_funds_within_2019_package(gold):
    c = find(gold[1], gold[0], "000#1", "56個", ["17個", "18個"])
    assert (c["kind"], c["status"], c["sum"]) == ("nesting", "match", 35)
    c = find(gold[1], gold[0], "000#1", "3.77億元", ["830萬元"])
    assert (c["kind"], c["status"]) == ("nesting", "match")


def test_c001_1_dividends_per_head(gold):
    c = find(gold[1], gold[0], "001#1", "2897.7元", ["975.94萬元", "3368人次"])
    assert (c["kind"], c["status"]) == ("implied", "match") and round(c["sum"], 2) == 2897.68


def test_c001_2_rent_times_area(gold):
    c = find(gold[1], gold[0], "001#1", "31.45萬元", ["157.25畝", "2000元"])
    assert c["status"] == "match" and c["sum"] == 314500


@pytest.mark.parametrize("total,parts", [("372人", ["142人"]), ("23家", ["1家", "2家"]), ("1200畝", ["157.25畝"])])
def test_c001_4_5_9_nesting(gold, total, parts):
    c = find(gold[1], gold[0], "001#1", total, parts)
    assert (c["kind"], c["status"]) == ("nesting", "match")


def test_c003_1_and_2_rates(gold):
    c = find(gold[1], gold[0], "003#1", "34.93%", ["51个", "137个"])
    assert (c["check"], c["status"]) == ("rate:project_start_rate", "mismatch") and "146" in c["parts"]
    c = find(gold[1], gold[0], "003#1", "2.77%", ["4657.09万元", "167975.86万元"])
    assert c["status"] == "match"


@pytest.mark.parametrize("total,parts", [
    ("167975.86万元", ["88215.21万元", "27269万元", "18044万元", "34447.65万元"]),  # C003-3
    ("63个", ["33个", "18个", "12个"]),                                             # C003-4
    ("384户", ["208户", "176户"]), ("1534人", ["847人", "687人"]),                  # C003-5
    ("11337人", ["35人", "4505人", "6797人"]),                                       # C003-9
])
def test_c003_sums(gold, total, parts):
    c = find(gold[1], gold[0], "003#1", total, parts)
    assert (c["kind"], c["status"], c["difference"]) == ("sum", "match", 0)


def test_c003_6_pipeline(gold):
    c = find(gold[1], gold[0], "003#1", "137个", ["53个", "51个"])
    assert (c["kind"], c["status"], c["parts"]) == ("nesting", "match", "137个 >= 53个 >= 51个")


def test_c003_7_rural_construction(gold):
    c = find(gold[1], gold[0], "003#1", "26个", ["12个", "14个"])
    assert (c["kind"], c["status"]) == ("sum", "match")
    c = find(gold[1], gold[0], "003#1", "26个", ["15个"])
    assert (c["kind"], c["status"]) == ("nesting", "match")


def test_c003_8_one_team_per_village(gold):
    c = find(gold[1], gold[0], "003#1", "287个", ["287个"])
    assert (c["kind"], c["status"]) == ("equality", "match")


def test_c003_9_implied_target(gold):
    c = gold[1][gold[1]["check"] == "implied_target"].iloc[0]
    assert c["status"] == "implied" and round(c["total"]) == 19553 and "19,552" in c["parts"]


def test_c003_10_workshops(gold):
    c = find(gold[1], gold[0], "003#1", "34家", ["33家"])
    assert (c["kind"], c["status"]) == ("nesting", "match")


def test_c003_16_enumeration_and_category_count(gold):
    c = find(gold[1], gold[0], "003#6", "80个", ["35个", "15个", "5个", "6个", "3个", "3个", "4个", "2个", "2个", "5个"], 1)
    assert (c["kind"], c["status"], c["sum"]) == ("sum", "match", 80)
    c = find(gold[1], gold[0], "003#6", "10类", ["35个", "15个", "5个", "6个", "3个", "3个", "4个", "2个", "2个", "5个"])
    assert (c["check"], c["status"]) == ("category_count", "match")


def test_c003_17_18_19_repeated_figures(gold):
    facts, checks = gold
    c = find(checks, facts, "003#6", "3800余万元", ["3808.56万元"])
    assert c["status"] == "match"
    assert find(checks, facts, "003#6", "80个", ["80个"])["status"] == "match"
    assert find(checks, facts, "003#6", "104个", ["104件"])["status"] == "match"
    c = find(checks, facts, "003#6", "15个", ["15个"], indicator="projects_planned_by_type")
    part = facts.set_index("fact_id").loc[c["part_fact_ids"], "indicator"]
    assert part == "happiness_stations_planned" and c["status"] == "match"


def test_c004_2_pairing(gold):
    assert find(gold[1], gold[0], "004#1", "100户", ["100户"])["status"] == "match"


def test_traps_are_not_paired(gold):
    """X3: the same raw for different facts (74 counties vs 74 villages; two 50万元 funds)."""
    facts, checks = gold
    ids = {fact_id(facts, "000#1", "74個", 0), fact_id(facts, "004#1", "50万元", 0)}
    assert not checks["total_fact_id"].isin(ids).any()
    assert not (checks["status"] == "mismatch").drop(checks.index[checks["check"].str.startswith("rate:")]).any()


# ------------------------------------------------------------ synthetic articles, one per rule

def test_breakdown_that_does_not_add_up():
    facts = synth(["全县共有贫困户500户,其中一般贫困户300户、低保贫困户150户、特困供养户60户。"],
                  [("500户", "household", "count_household"), ("300户", "household", "count_household"),
                   ("150户", "household", "count_household"), ("60户", "household", "count_household")])
    c = find_checks(facts).iloc[0]
    assert (c["kind"], c["status"], c["sum"], c["difference"]) == ("sum", "mismatch", 510, 10)


def test_partial_list_under_a_total_is_nesting_not_mismatch():
    facts = synth(["全区共有合作社40家,其中国家级示范社2家,区级示范社5家。"],
                  [("40家", "other:合作社", "count"), ("2家", "other:合作社", "count"), ("5家", "other:合作社", "count")])
    c = find_checks(facts).iloc[0]
    assert (c["kind"], c["status"]) == ("nesting", "match")


def test_listed_others_make_the_list_exhaustive():
    facts = synth(["全年实施项目60个,包括道路项目30个、水利项目20个、其他项目5个。"],
                  [("60个", "project", "count_project"), ("30个", "project", "count_project"),
                   ("20个", "project", "count_project"), ("5个", "project", "count_project")])
    c = find_checks(facts).iloc[0]
    assert (c["kind"], c["status"]) == ("sum", "mismatch")


def test_complementary_split_mismatch():
    facts = synth(["累计识别监测对象120户,已消除风险80户,未消除风险30户。"],
                  [("120户", "household", "count"), ("80户", "household", "count"), ("30户", "household", "count")])
    c = find_checks(facts).iloc[0]
    assert (c["check"], c["status"], c["difference"]) == ("complementary_split", "mismatch", -10)


def test_split_after_a_change_adds_up_to_the_level_not_the_change():
    # 新闻发布会 on 就业帮扶: the 其中 parts split the 88.6万 employed, not the year-on-year increase
    facts = synth(["全省脱贫人口务工就业规模达到88.6万人,同比增加2.7万人。", "其中,省外务工21.3万人,省内务工67.3万人。"],
                  [("88.6万人", "person", "count"), ("2.7万人", "person", "count"),
                   ("21.3万人", "person", "count"), ("67.3万人", "person", "count")])
    c = find_checks(facts)
    # read as the 其中 breakdown of the sentence before (session 9), or as a complementary split
    c = c[c["check"].isin(["complementary_split", "breakdown"])]
    assert len(c) == 1 and c.iloc[0]["status"] == "match" and c.iloc[0]["total"] == 886000


def test_split_after_a_change_alone_is_not_checked():
    facts = synth(["全省脱贫劳动力务工同比增加2.7万人。", "其中,省外务工21.3万人,省内务工67.3万人。"],
                  [("2.7万人", "person", "count"), ("21.3万人", "person", "count"), ("67.3万人", "person", "count")])
    c = find_checks(facts)
    assert c.empty or not (c["status"] == "mismatch").any()


def test_unrelated_amounts_in_one_sentence_are_not_a_sum():
    facts = synth(["2020年投入资金3亿元,2021年投入资金4亿元,2022年投入资金5亿元。"],
                  [("3亿元", "CNY", "amount", "exact", "2020"), ("4亿元", "CNY", "amount", "exact", "2021"),
                   ("5亿元", "CNY", "amount", "exact", "2022")])
    assert find_checks(facts).empty


def test_pipeline_started_exceeding_planned_is_a_mismatch():
    facts = synth(["今年计划实施项目40个。", "截至5月底,已开工项目45个。"],
                  [("40个", "project", "count_project", "exact", "2023 (plan)"),
                   ("45个", "project", "count_project", "exact", "2023-01..2023-05")])
    c = find_checks(facts).iloc[0]
    assert (c["check"], c["kind"], c["status"]) == ("pipeline", "nesting", "mismatch")


def test_per_head_mismatch_and_match_within_rounding():
    ok = synth(["发放分红100万元,惠及群众300人,人均增收3333.3元。"],
               [("100万元", "CNY", "x"), ("300人", "person", "x"), ("3333.3元", "CNY", "x")])
    bad = synth(["发放分红100万元,惠及群众300人,人均增收3500元。"],
                [("100万元", "CNY", "x"), ("300人", "person", "x"), ("3500元", "CNY", "x")])
    assert find_checks(ok).query("check == 'per_unit'")["status"].tolist() == ["match"]
    assert find_checks(bad).query("check == 'per_unit'")["status"].tolist() == ["mismatch"]


def test_headline_against_body_respects_lower_bound():
    facts = synth(["援藏资金5000余万元助力民生", "今年整合援藏资金4950万元,实施项目30个。"],
                  [("5000余万元", "CNY", "aid_funds", "lower_bound"), ("4950万元", "CNY", "aid_funds"),
                   ("30个", "project", "projects_planned")])
    facts["block"] = ["title", "body", "body"]
    c = find_checks(facts).query("check == 'repeated_figure'").iloc[0]
    assert c["status"] == "mismatch"
    # in the body, figures merely near each other are not one figure
    facts["block"] = "body"
    assert find_checks(facts).query("check == 'repeated_figure'").empty


def test_implied_target_from_completion_share():
    facts = synth(["全市转移就业5000人,完成年度目标任务的62.5%。"],
                  [("5000人", "person", "x"), ("62.5%", "percent", "y")])
    c = find_checks(facts).query("check == 'implied_target'").iloc[0]
    assert c["total"] == 8000 and c["kind"] == "implied"


# ------------------------------------------------------------ enumeration counts (C000-2, C001-7, C002-1, C004-1)

def named(checks, name="enumeration_count"):
    return checks[checks["check"] == name]


@pytest.mark.parametrize("article,raw,nth,parts", [
    ("001#1", "三級", 0, "区、乡、村 (3 named) = 三级"),              # C001-7
    ("001#1", "三級", 1, "县、乡、村 (3 named) = 三级"),
    ("002#1", "四級", 0, "自治区、地市、县区、乡镇 (4 named) = 四级"),  # C002-1
    ("003#1", "两级", 0, "市、县(区) (2 named) = 两级"),
    ("004#1", "两县", 0, "乃东、曲松 (2 named) = 两县"),                # C004-1
])
def test_seed_enumerations(gold, article, raw, nth, parts):
    facts, checks = gold
    c = checks[checks["total_fact_id"] == fact_id(facts, article, raw, nth)]
    c = c[c["check"] == "enumeration_count"].iloc[0]
    assert (c["kind"], c["status"], c["parts"]) == ("equality", "match", parts)


def test_seed_forward_enumeration_five_programmes(gold):
    """C000-2: `五個工程` then the five quoted names in the clauses that follow."""
    facts, checks = gold
    c = named(checks)[named(checks)["total_fact_id"] == fact_id(facts, "000#1", "五個", 0)].iloc[0]
    assert c["status"] == "match" and c["sum"] == 5 and "闭环工程" in c["parts"] and "崛起工程" in c["parts"]
    assert len(named(checks)[named(checks)["article_id"].str.startswith("000")]) == 1  # the re-mention adds none


def test_seed_levels_without_a_list_give_no_check(gold):
    """`农村电商“四级”服务站点` names no levels; `两个养殖中心` follows a 和-phrase, not a 、-list."""
    facts, checks = gold
    ids = {fact_id(facts, "001#1", "四級", 0), fact_id(facts, "001#1", "兩個", 0)}
    assert not named(checks)["total_fact_id"].isin(ids).any()


@pytest.mark.parametrize("sentence,raw,unit,expected", [
    ("建立县、乡和村三级便民服务网络。", "三级", "other:级", (3, "match")),
    ("构建市、县、乡、村三级联动机制。", "三级", "other:级", (4, "mismatch")),
    ("选派张明、李华两名同志驻村。", "两名", "person", (2, "match")),
    ("要求“县、乡、村”三级书记抓落实。", "三级", "other:级", (3, "match")),
])
def test_enumeration_synthetic(sentence, raw, unit, expected):
    c = named(find_checks(synth([sentence], [(raw, unit, "count")]))).iloc[0]
    assert (c["sum"], c["status"]) == expected


@pytest.mark.parametrize("sentence,raw,unit", [
    ("覆盖种植、养殖等三大产业。", "三大", "other:产业"),         # 等 leaves the list open
    ("实施道路、水利项目2个。", "2个", "project"),                # a plain count after a list of kinds
    ("建设农村电商“四级”服务站点。", "四级", "other:级"),          # nothing listed
    ("带动农牧民、贫困群众两万余人增收。", "两万余人", "person"),  # too large to be an enumeration
])
def test_enumeration_negative(sentence, raw, unit):
    assert named(find_checks(synth([sentence], [(raw, unit, "count", "lower_bound" if "余" in raw else "exact")]))).empty


@given(st.lists(st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑寅卯", min_size=1, max_size=4), min_size=2, max_size=8))
def test_listed_items_counts_every_item(items):
    got = listed_items("按照要求," + "、".join(items))
    assert got is not None and len(got) == len(items) and got[1:] == items[1:] and items[0].endswith(got[0])


def test_listed_items_needs_a_closed_list():
    assert listed_items("搭建区、乡、村") == ["区", "乡", "村"]
    assert listed_items("成立自治区、地市、县区、乡镇") == ["自治区", "地市", "县区", "乡镇"]
    assert listed_items("农业、特色养殖、特色加工业等") is None
    assert listed_items("全市5县3区、") is None
    assert listed_items("围绕高原奶都建设") is None


def test_forward_enumeration_listed_and_quoted():
    listed = synth(["今年重点实施三个工程:强基工程、富民工程和兴业工程。"], [("三个", "other:工程", "x")])
    c = named(find_checks(listed)).iloc[0]
    assert (c["status"], c["sum"]) == ("match", 3) and "富民工程" in c["parts"]
    quoted = synth(["全年实施四个工程:“安居工程”改善住房条件;“富民工程”促进增收;“育才工程”培养人才。"],
                   [("四个", "other:工程", "x")])
    c = named(find_checks(quoted)).iloc[0]
    assert (c["status"], c["sum"]) == ("mismatch", 3)


def test_forward_enumeration_negative():
    one_name = synth(["实施三个工程,其中“安居工程”投资最大。"], [("三个", "other:工程", "x")])
    none = synth(["实施两个工程,成效明显。", "群众满意度明显提高。"], [("两个", "other:工程", "x")])
    assert named(find_checks(one_name)).empty and named(find_checks(none)).empty


def test_forward_enumeration_reads_the_sentences_table():
    """Names in sentences holding no facts count only when those sentences are passed, and only
    while they directly follow."""
    text = ["全县实施两个工程。", "“安居工程”改善住房。", "“富民工程”带动增收。"]
    facts = synth(text[:1], [("两个", "other:工程", "x")])
    starts = [0, len(text[0]), len(text[0]) + len(text[1])]
    table = pd.DataFrame({"article_id": "syn#1", "start": starts, "text": text})
    assert named(find_checks(facts)).empty
    assert named(find_checks(facts, sentences=table))["status"].tolist() == ["match"]
    gap = table.assign(start=[0, 40, 40 + len(text[1])])
    assert named(find_checks(facts, sentences=gap)).empty


# ------------------------------------------------------------ administrative counts (C003-11)

def test_seed_counties_and_districts_against_gazetteer(gold):
    facts, checks = gold
    for raw, n in (("5县", 5), ("3区", 3)):
        c = checks[checks["total_fact_id"] == fact_id(facts, "003#1", raw)].iloc[0]
        assert (c["check"], c["status"], c["sum"]) == ("admin_count", "match", n) and "gazetteer" in c["evidence"]


@pytest.mark.parametrize("sentence,specs,statuses", [
    ("拉萨市辖5县3区,总面积近3万平方公里。", [("5县", "other:县"), ("3区", "other:区")], ["match", "match"]),
    ("全市6县2区均已脱贫摘帽。", [("6县", "other:县"), ("2区", "other:区")], ["mismatch", "mismatch"]),
    ("全市12个县(区)全部实现脱贫。", [("12个", "other:县区")], ["match"]),
])
def test_admin_count_synthetic(sentence, specs, statuses):
    region = "拉萨市" if "12" not in sentence else "山南市"
    facts = synth([sentence], [(raw, unit, "count", "exact", "pub", region) for raw, unit in specs])
    assert named(find_checks(facts), "admin_count")["status"].tolist() == statuses


def test_admin_count_outside_tibet_uses_the_national_gazetteer():
    facts = synth(["全市11区全面推进乡村振兴。"], [("11区", "other:区", "count", "exact", "pub", "南京市")])
    assert named(find_checks(facts), "admin_count")["status"].tolist() == ["match"]


def test_admin_count_negative():
    trial = synth(["先在3个县开展试点。"], [("3个", "other:县", "count", "exact", "pub", "拉萨市")])
    # a unit whose subdivisions the national gazetteer does not list
    unknown = synth(["全市11区全面推进乡村振兴。"], [("11区", "other:区", "count", "exact", "pub",
                                                "新疆生产建设兵团第十三师")])
    county = synth(["全县辖5乡1镇。"], [("5乡", "other:乡", "count", "exact", "pub", "达孜区")])
    for facts in (trial, unknown, county):
        assert named(find_checks(facts), "admin_count").empty


# ------------------------------------------------------------ beneficiaries (C000-4)

def test_seed_income_support_within_beneficiaries(gold):
    c = find(gold[1], gold[0], "000#1", "68200人", ["14123人"])
    assert (c["check"], c["kind"], c["status"]) == ("beneficiaries", "nesting", "match")


def test_beneficiaries_synthetic():
    ok = synth(["项目建成后带动就业320人,惠及群众1500人。"], [("320人", "person", "x"), ("1500人", "person", "x")])
    bad = synth(["带动就业3200人,受益群众1500人。"], [("3200人", "person", "x"), ("1500人", "person", "x")])
    after = synth(["带动200户增收,600户受益。"], [("200户", "household", "x"), ("600户", "household", "x")])
    assert named(find_checks(ok), "beneficiaries")["status"].tolist() == ["match"]
    assert named(find_checks(bad), "beneficiaries")["status"].tolist() == ["mismatch"]
    assert named(find_checks(after), "beneficiaries")["status"].tolist() == ["match"]


def test_beneficiaries_negative():
    units = synth(["带动300户增收,受益1200人。"], [("300户", "household", "x"), ("1200人", "person", "x")])
    no_word = synth(["培训300人,就业200人。"], [("300人", "person", "x"), ("200人", "person", "x")])
    other_sentence = synth(["培训农牧民300人。", "受益群众1200人。"], [("300人", "person", "x"), ("1200人", "person", "x")])
    for facts in (units, no_word, other_sentence):
        assert named(find_checks(facts), "beneficiaries").empty


# ------------------------------------------------------------ zeros (C002-3)

def test_seed_zero_incidence_and_zero_poor_agree(gold):
    c = named(gold[1], "zero_agreement")
    assert len(c) == 1 and c.iloc[0]["status"] == "match" and c.iloc[0]["article_id"].startswith("002")
    assert {"清零", "0"} <= set(gold[0].set_index("fact_id").loc[[c.iloc[0]["total_fact_id"]] + c.iloc[0]["part_fact_ids"].split(";"), "raw"])


def test_zero_agreement_synthetic_and_negative():
    same = synth(["全县贫困人口全部清零,贫困发生率降至0。"],
                 [("清零", "person", "poor_population", "exact", "2020"), ("0", "percent", "poverty_incidence", "exact", "2020")])
    years = synth(["2019年贫困人口清零,2020年贫困发生率为0。"],
                  [("清零", "person", "poor_population", "exact", "2019"), ("0", "percent", "poverty_incidence", "exact", "2020")])
    places = synth(["甲县贫困人口清零,乙县贫困发生率为0。"],
                   [("清零", "person", "poor_population", "exact", "2020", "甲县"),
                    ("0", "percent", "poverty_incidence", "exact", "2020", "乙县")])
    accidents = synth(["全年实现安全生产零事故、零伤亡。"],
                      [("零", "other:事故", "accidents", "exact", "2020"), ("零", "other:伤亡", "casualties", "exact", "2020")])
    assert named(find_checks(same), "zero_agreement")["status"].tolist() == ["match"]
    for facts in (years, places, accidents):
        assert named(find_checks(facts), "zero_agreement").empty


# ------------------------------------------------------------ plan remainder (C003-19)

def test_seed_happiness_stations_remainder(gold):
    c = named(gold[1], "plan_remainder")
    assert len(c) == 1
    c = c.iloc[0]
    assert (c["kind"], c["sum"], c["total"], c["difference"]) == ("implied", 30, 50, -20) and "at least 20" in c["parts"]


def _stations(target_period="plan-2021..2025", plan_raw="8个", target_unit="other:幸福院"):
    return synth([f"2021年已建成村级幸福院12个,2022年计划新建{plan_raw}。", "“十四五”期间,全县拟建设村级幸福院40个以上。"],
                 [("12个", "other:幸福院", "x", "exact", "2021"), (plan_raw, "other:幸福院", "x", "exact", "2022 (plan)"),
                  ("40个以上", target_unit, "x", "lower_bound", target_period)])


def test_plan_remainder_synthetic_and_negative():
    c = named(find_checks(_stations()), "plan_remainder").iloc[0]
    assert (c["sum"], c["difference"]) == (20, -20) and "at least 20 more needed by 2025" in c["parts"]
    done = named(find_checks(_stations(plan_raw="30个")), "plan_remainder").iloc[0]
    assert done["status"] == "match" and "target already covered" in done["parts"]
    assert named(find_checks(_stations(target_period="2022 (plan)")), "plan_remainder").empty
    assert named(find_checks(_stations(target_unit="other:驿站")), "plan_remainder").empty
    only_past = synth(["2021年已建成幸福院12个。", "“十四五”期间拟建设幸福院40个以上。"],
                      [("12个", "other:幸福院", "x", "exact", "2021"),
                       ("40个以上", "other:幸福院", "x", "lower_bound", "plan-2021..2025")])
    assert named(find_checks(only_past), "plan_remainder").empty


# ------------------------------------------------------------ the real facts table

REAL = paths.ROOT / "data" / "processed" / "facts.parquet"


@pytest.mark.skipif(not REAL.exists(), reason="run the pipeline first")
def test_new_checks_on_real_facts():
    facts = pd.read_parquet(REAL)
    sentences = pd.read_parquet(REAL.with_name("sentences.parquet"))
    checks = find_checks(facts, sentences=sentences)
    new = checks[checks["check"].isin(["enumeration_count", "admin_count", "beneficiaries", "zero_agreement",
                                       "plan_remainder"])]
    got = {(c["article_id"][:3], c["check"]) for _, c in new.iterrows()}
    assert {("000", "enumeration_count"), ("000", "beneficiaries"), ("001", "enumeration_count"),
            ("002", "enumeration_count"), ("002", "zero_agreement"), ("003", "admin_count"),
            ("003", "plan_remainder"), ("004", "enumeration_count")} <= got
    assert set(new["status"]) <= {"match", "implied"}


# ------------------------------------------------------------ list sums, differences, shares of a whole

def _of(checks, name):
    return checks[checks["check"] == name]


def test_list_sum_total_then_category_lines():
    facts = synth(["阿克苏地区计划实施援疆项目370个,安排援疆资金17.56亿元。",
                   "智力支援类项目58个,安排援疆资金0.87亿元;", "产业支援类项目98个,安排援疆资金4.62亿元;",
                   "保障和改善民生类项目78个,安排援疆资金5.83亿元;", "促进交往交流交融类项目63个,安排援疆资金1.16亿元;",
                   "文化教育支援类项目73个,安排援疆资金5.08亿元。"],
                  [("370个", "project", "projects_planned"), ("17.56亿元", "CNY", "amount_cny"),
                   ("58个", "project", "projects_implemented"), ("0.87亿元", "CNY", "amount_cny"),
                   ("98个", "project", "projects_implemented"), ("4.62亿元", "CNY", "amount_cny"),
                   ("78个", "project", "projects_implemented"), ("5.83亿元", "CNY", "amount_cny"),
                   ("63个", "project", "projects_implemented"), ("1.16亿元", "CNY", "amount_cny"),
                   ("73个", "project", "projects_implemented"), ("5.08亿元", "CNY", "amount_cny")])
    c = _of(find_checks(facts), "list_sum")
    assert sorted(round(x) for x in c["total"]) == [370, 1756000000] and set(c["status"]) == {"match"}


def test_list_sum_item_lines_skip_the_per_source_amounts():
    facts = synth(["(一)产业发展14343.83万元,其中中央9504.83万元,省级4839万元。",
                   "1、安排项目资金3558.83万元,其中中央2825万元,省级733.83万元。",
                   "2、安排项目资金10785万元,其中中央6679.83万元,省级4105.17万元。"],
                  [("14343.83万元", "CNY", "amount_cny"), ("9504.83万元", "CNY", "funds_central"),
                   ("4839万元", "CNY", "funds_regional"), ("3558.83万元", "CNY", "amount_cny"),
                   ("2825万元", "CNY", "funds_central"), ("733.83万元", "CNY", "funds_regional"),
                   ("10785万元", "CNY", "amount_cny"), ("6679.83万元", "CNY", "funds_central"),
                   ("4105.17万元", "CNY", "funds_regional")])
    c = _of(find_checks(facts), "list_sum")
    assert "3558.83万元 + 10785万元 = 14343.83万元" in set(c["parts"])
    assert "2825万元 + 6679.83万元 = 9504.83万元" in set(c["parts"])


def test_list_sum_does_not_borrow_the_rounding_of_the_parts():
    # 5万 stands for 4.5..5.5万: 5 + 0.7 + 2.5 = 8.2万 must not be taken as adding up to 8.7万
    facts = synth(["转移就业脱贫8.7万人,易地搬迁脱贫5万人,生态补偿脱贫0.7万人,发展教育脱贫2.5万人,社会兜底4.3万人。"],
                  [("8.7万人", "person", "count_person"), ("5万人", "person", "count_person"),
                   ("0.7万人", "person", "count_person"), ("2.5万人", "person", "count_person"),
                   ("4.3万人", "person", "count_person")])
    assert _of(find_checks(facts), "list_sum").empty


def test_near_figures_are_not_one_repeated_figure():
    facts = synth(["核拨省级资金4839万元。", "基础设施项目支付省级资金4825.52万元。"],
                  [("4839万元", "CNY", "funds_regional"), ("4825.52万元", "CNY", "funds_regional")])
    c = find_checks(facts)
    assert _of(c, "repeated_figure").empty and "mismatch" not in set(c["status"])


def test_breakdown_parts_of_another_stage_are_not_parts():
    facts = synth(["第一批项目已开工39个,已完工14个,其中甲镇7个产业项目全部开工、4个已完工,乙镇6个产业项目全部开工、1个已完工。"],
                  [("39个", "project", "projects_started"), ("14个", "project", "projects_completed"),
                   ("7个", "project", "projects_started"), ("4个", "project", "projects_completed"),
                   ("6个", "project", "projects_started"), ("1个", "project", "projects_completed")])
    assert "mismatch" not in set(find_checks(facts)["status"])


def test_breakdown_ignores_a_change_from_last_year():
    facts = synth(["全县户籍人口24.92万人,其中农村贫困人口7.43万人,贫困发生率为35.36%,较上年分别下降2.09万人和10.45%。"],
                  [("24.92万人", "person", "count_person"), ("7.43万人", "person", "registered_poor_population"),
                   ("35.36%", "percent", "poverty_incidence"), ("2.09万人", "person", "count_person"),
                   ("10.45%", "percent", "share_percent")])
    assert "mismatch" not in set(find_checks(facts)["status"])


@pytest.mark.parametrize("change,status", [("526万人", "match"), ("500万人", "mismatch")])
def test_difference_between_from_and_to_levels(change, status):
    facts = synth([f"贫困人口从2011年的1149万人减少到2014年的623万人,减少农村贫困人口{change}。"],
                  [("1149万人", "person", "registered_poor_population"), ("623万人", "person", "registered_poor_population"),
                   (change, "person", "registered_poor_population")])
    c = _of(find_checks(facts), "difference")
    assert list(c["status"]) == [status]


def test_difference_needs_the_same_direction():
    facts = synth(["贫困人口从1149万人减少到623万人,新增就业526万人。"],
                  [("1149万人", "person", "count_person"), ("623万人", "person", "count_person"),
                   ("526万人", "person", "count_person")])
    assert _of(find_checks(facts), "difference").empty


def test_shares_of_one_whole_make_the_parts_add_up():
    facts = synth(["2018年中央安排专项彩票公益金1.4亿元。",
                   "基础设施建设方面,共使用7839.1万元,占专项彩票公益金总额的55.99%。",
                   "产业发展方面,共使用6160.9万元,占专项彩票公益金总额的44.01%。"],
                  [("1.4亿元", "CNY", "amount_cny"), ("7839.1万元", "CNY", "amount_cny"),
                   ("55.99%", "percent", "share_percent"), ("6160.9万元", "CNY", "amount_cny"),
                   ("44.01%", "percent", "share_percent")])
    c = _of(find_checks(facts), "shares_of_whole")
    assert list(c["status"]) == ["match"] and list(c["total"]) == [1.4e8]


@pytest.mark.parametrize("sentence,raw,unit,expected", [
    ("用于栾川县、嵩县、台前县、卢氏县、光山县、固始县、确山县等7个革命老区县。", "7个", "other:县", 7),
    ("该省地跨六盘山和四省藏区两个集中连片特困地区。", "两个", "other:区", 2),
    ("区市两级按照时间节点强化督导。", "两级", "other:级", 2),
])
def test_enumeration_closed_by_deng_he_or_level_characters(sentence, raw, unit, expected):
    facts = synth([sentence], [(raw, unit, "count_other")])
    c = _of(find_checks(facts), "enumeration_count")
    assert list(c["status"]) == ["match"] and list(c["sum"]) == [expected]


def test_open_list_with_deng_gives_no_mismatch():
    facts = synth(["用于栾川县、嵩县等7个革命老区县。"], [("7个", "other:县", "counties")])
    assert _of(find_checks(facts), "enumeration_count").empty


def test_headline_figure_restates_the_body_figure_that_agrees_not_a_near_one():
    facts = synth(["援藏资金3.82亿助力发展", "2019年安排援藏资金3.77亿元。", "2020年安排援藏资金3.82亿元。"],
                  [("3.82亿", "CNY", "aid_funds"), ("3.77亿元", "CNY", "aid_funds", "exact", "2019"),
                   ("3.82亿元", "CNY", "aid_funds", "exact", "2020")])
    facts["block"] = ["title", "body", "body"]
    c = find_checks(facts).query("check == 'repeated_figure'")
    assert list(c["parts"]) == ["3.82亿 = 3.82亿元"] and list(c["status"]) == ["match"]


# ------------------------------------------------------------ counts of places listed before them

def test_count_of_one_character_province_names():
    # 11_fujian: 闽宁两省区 = 闽 (福建) and 宁 (宁夏)
    facts = synth(["自1996年以来,闽宁两省区坚持联席会议制度。"], [("两省区", "other:province", "count_province")])
    c = _of(find_checks(facts), "enumeration_count")
    assert list(c["status"]) == ["match"] and "闽、宁" in c["parts"].iloc[0]


def test_one_character_names_must_be_province_abbreviations():
    facts = synth(["自1996年以来,联合两省区坚持联席会议制度。"], [("两省区", "other:province", "count_province")])
    assert _of(find_checks(facts), "enumeration_count").empty


def test_count_after_named_counties_closed_by_deng():
    # 12_henan: 栾川县、…、确山县等7个革命老区县 (unit other:county)
    facts = synth(["用于栾川县、嵩县、台前县、卢氏县、光山县、固始县、确山县等7个革命老区县脱贫攻坚,每个县2000万元。"],
                  [("7个", "other:county", "count_county"), ("2000万元", "CNY", "amount_cny")])
    c = _of(find_checks(facts), "enumeration_count")
    assert list(c["status"]) == ["match"] and c["total"].iloc[0] == 7


def test_an_open_list_shorter_than_its_count_is_not_checked():
    # 等 leaves the list open: 3 names before 等7个 say nothing against 7
    facts = synth(["用于栾川县、嵩县、台前县等7个革命老区县脱贫攻坚。"], [("7个", "other:county", "count_county")])
    assert _of(find_checks(facts), "enumeration_count").empty


# ------------------------------------------------------------ a total stated as a bound

_AID = ["1994年以来,日喀则累计接受对口援藏项目3842个,援藏资金超过百亿元,援藏干部达1504名。",
        "上海市对口援藏项目1582个、援藏资金45.18亿元、援藏干部493名;", "山东省对口援藏项目1355个、援藏资金38.18亿元、援藏干部508名;",
        "黑龙江省对口援藏项目356个、援藏资金9.27亿元、援藏干部241名;", "吉林省对口援藏项目297个、援藏资金7.8亿元、援藏干部238名;",
        "宝钢集团对口援藏项目133个、援藏资金2.78亿元、援藏干部12名;", "中化集团对口援藏项目119个、援藏资金1.35亿元、援藏干部12名。",
        "地区生产总值从1994年的5.9亿元增长到2017年的216.3亿元。"]


def _aid_specs(bound="超过百亿元"):
    specs = [("3842个", "project", "projects_implemented"), (bound, "CNY", "aid_funds", "lower_bound"),
             ("1504名", "person", "count_person")]
    for p, m, c in [("1582个", "45.18亿元", "493名"), ("1355个", "38.18亿元", "508名"), ("356个", "9.27亿元", "241名"),
                    ("297个", "7.8亿元", "238名"), ("133个", "2.78亿元", "12名"), ("119个", "1.35亿元", "12名")]:
        specs += [(p, "project", "projects_implemented"), (m, "CNY", "aid_funds"), (c, "person", "count_person")]
    return specs + [("5.9亿元", "CNY", "amount_cny"), ("216.3亿元", "CNY", "amount_cny")]


def test_a_bound_total_holds_all_the_item_lines_that_repeat_its_head_words():
    # 18_shigatse: 超过百亿元 against the six donors' 援藏资金 (104.56亿), not the 5.9亿 of another statement
    c = _of(find_checks(synth(_AID, _aid_specs())), "list_sum")
    row = c[c["total"] == 1e10]
    assert len(row) == 1 and row["status"].iloc[0] == "match"
    assert row["parts"].iloc[0].count("+") == 5 and "104.56亿" in row["parts"].iloc[0]


def test_a_bound_far_below_the_sum_of_its_lines_is_not_their_total():
    # 超过10亿元 is not said of 104.56亿: the lines are not (only) what the bound sums up
    text = [s.replace("超过百亿元", "超过10亿元") for s in _AID]
    c = find_checks(synth(text, _aid_specs("超过10亿元")))
    assert (c["total"] != 1e9).all() and "mismatch" not in set(c["status"])


# ------------------------------------------------------------ gaps against one reference

_GAPS = ["2021年,全国脱贫人口人均纯收入达到12550元,同比增加1810元、增长16.9%;",
         "脱贫地区农民人均可支配收入14051元,同比增加1463元、增长11.6%;",
         "脱贫人口收入、脱贫地区农民收入的增速分别比全国农民平均水平高出6.4和{g}个百分点。"]


def _gap_facts(g="1.1"):
    return synth([s.format(g=g) for s in _GAPS],
                 [("12550元", "CNY", "per_capita_net_income"), ("1810元", "CNY", "amount_cny"),
                  ("16.9%", "percent", "income_growth"), ("14051元", "CNY", "per_capita_disposable_income"),
                  ("1463元", "CNY", "amount_cny"), ("11.6%", "percent", "income_growth"),
                  ("6.4", "percentage_point", "income_growth_change"),
                  (f"{g}个百分点", "percentage_point", "income_growth_change")])


def test_two_gaps_against_one_reference_imply_the_same_reference():
    # 20_national: 16.9 − 6.4 = 10.5 = 11.6 − 1.1
    c = _of(find_checks(_gap_facts()), "common_reference")
    assert list(c["status"]) == ["match"] and c["total"].iloc[0] == 1.1 and "10.5" in c["parts"].iloc[0]


def test_two_gaps_that_imply_different_references_are_a_mismatch():
    c = _of(find_checks(_gap_facts("2.1")), "common_reference")
    assert list(c["status"]) == ["mismatch"] and round(c["sum"].iloc[0], 6) == 1.1


def test_gaps_without_as_many_subjects_are_not_paired():
    facts = _gap_facts()
    facts["sentence"] = facts["sentence"].str.replace("脱贫人口收入、脱贫地区农民收入的增速", "两项收入增速")
    shift = len("脱贫人口收入、脱贫地区农民收入的增速") - len("两项收入增速")
    last = facts["sentence"] == facts["sentence"].iloc[-1]
    facts.loc[last, ["start", "end", "raw_start", "raw_end"]] -= shift
    assert _of(find_checks(facts), "common_reference").empty


# --- rules written for tests/data/unseen_v ---------------------------------------------------------------


def _written_checks(tmp_path, body):
    from fixtures.written import facts_of
    return find_checks(facts_of(tmp_path, body))


def test_earlier_level_is_not_the_whole_of_the_parts_after_it(tmp_path):
    c = _written_checks(tmp_path, "全年帮助销售农畜产品13.62亿元,比上年的11.49亿元增长18.5%,"
                                  "其中直接采购4.87亿元、帮助销售8.75亿元。")
    b = c[c["check"] == "breakdown"]
    assert list(b["total"]) == [13.62e8] and list(b["status"]) == ["match"]


def test_earlier_level_is_not_the_amount_of_a_per_head_figure(tmp_path):
    c = _written_checks(tmp_path, "全县100个行政村村集体经济收入总额2863.5万元,比上年的2358.6万元增长21.4%,村均28.6万元。")
    pu = c[c["check"] == "per_unit"]
    assert list(pu["status"]) == ["match"] and "2863.5万元" in pu["parts"].iloc[0]


def test_per_head_figure_after_a_其中_list_may_be_of_the_whole(tmp_path):
    body = ("衔接资金项目共带动脱贫户和监测户1.86万户4.12万人,其中通过务工带动6380户,通过入股分红、订单收购等方式带动"
            "1.22万户,带动增收2325万元,户均增收1250元。")
    pu = _written_checks(tmp_path, body)
    pu = pu[pu["check"] == "per_unit"]
    assert list(pu["status"]) == ["match"] and "1.86万户" in pu["parts"].iloc[0]
    body = body.replace("户均增收1250元", "户均增收2500元")  # fits neither the whole nor the part
    pu = _written_checks(tmp_path, body)
    assert list(pu.loc[pu["check"] == "per_unit", "status"]) == ["mismatch"]


def test_table_rate_column_recomputed_row_by_row(tmp_path):
    from fixtures.written import build_tables
    from fupin.storage import read_table
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "t.txt").write_text(
        "https://www.example.gov.cn/a.html\n某县衔接资金支出情况\n全县衔接资金分类支出情况见表1。\n"
        "表1  2023年衔接资金分类支出情况(单位:万元)\n类别\t下达资金\t已支出\t支出率\n"
        "产业发展\t8623\t8195.3\t95.0%\n基础设施\t5286\t5102.5\t98.5%\n"
        "| 类别 | 计划项目数(个) | 已完工项目数(个) | 完工率 |\n| 产业类 | 48 | 41 | 85.4% |\n", encoding="utf-8")
    c = read_table(build_tables(raw, tmp_path / "p"), "checks")
    t = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert t == {95.0: "match", 98.5: "mismatch", 85.4: "match"}  # 5102.5 / 5286 is 96.5 %


def test_table_rate_needs_a_named_numerator_and_base(tmp_path):
    from fupin.checks.table_rate import _rate_columns
    assert _rate_columns(["类别", "下达资金", "已支出", "支出率"]) == [(3, 2, [1])]
    assert _rate_columns(["类别", "资金", "人数", "达标率"]) == []  # no column is named by 达标


# ---- per-unit figures whose count or amount is printed apart from them (session 6, relrec)

def _per_unit_rows(facts):
    return find_checks(facts).query("check == 'per_unit'")


def test_per_household_figure_takes_the_one_count_before_its_sentence_that_fits():
    facts = synth(["2023年,下达我县农村危房改造任务860户,其中脱贫户312户、监测户148户。",
                   "截至12月底,已竣工842户,竣工率97.9%。", "全年共下达补助资金2718万元,户均补助3.16万元。"],
                  [("860户", "household", "x"), ("312户", "household", "x"), ("148户", "household", "x"),
                   ("842户", "household", "x"), ("97.9%", "percent", "x"),
                   ("2718万元", "CNY", "x"), ("3.16万元", "CNY", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "860户" in r.iloc[0]["parts"]


def test_a_per_household_figure_fitting_no_count_before_is_not_checked():
    # 2718万元 / 860户 = 3.16万元, / 842户 = 3.23万元: 3.50万元 holds on neither, and nothing says which it is of
    facts = synth(["2023年,下达我县农村危房改造任务860户,其中脱贫户312户、监测户148户。",
                   "截至12月底,已竣工842户,竣工率97.9%。", "全年共下达补助资金2718万元,户均补助3.50万元。"],
                  [("860户", "household", "x"), ("312户", "household", "x"), ("148户", "household", "x"),
                   ("842户", "household", "x"), ("97.9%", "percent", "x"),
                   ("2718万元", "CNY", "x"), ("3.50万元", "CNY", "x")])
    assert _per_unit_rows(facts).empty


def test_per_head_subsidy_after_a_breakdown_divides_the_total_not_its_last_part():
    facts = synth(["全省共完成技能培训2.64万人。", "全年投入培训资金3960万元,其中中央资金2400万元、省级资金1560万元,人均培训补助1500元。"],
                  [("2.64万人", "person", "x"), ("3960万元", "CNY", "x"), ("2400万元", "CNY", "x"),
                   ("1560万元", "CNY", "x"), ("1500元", "CNY", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "3960万元" in r.iloc[0]["parts"]


def test_per_household_loan_in_a_sentence_about_a_qizhong_part():
    facts = synth(["全年发放扶贫贴息贷款3.6亿元。", "其中到户贷款1.2亿元,占33.3%,扶持贫困农户2.4万户,户均5000元;",
                   "项目贷款2.4亿元。"],
                  [("3.6亿元", "CNY", "x"), ("1.2亿元", "CNY", "x"), ("33.3%", "percent", "x"),
                   ("2.4万户", "household", "x"), ("5000元", "CNY", "x"), ("2.4亿元", "CNY", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "1.2亿元" in r.iloc[0]["parts"]
    # a 其中 part is not divided when the sentence prints the total it is part of
    facts = synth(["全年发放扶贫贴息贷款3.6亿元,其中到户贷款1.2亿元,扶持贫困农户2.4万户,户均1.5万元。"],
                  [("3.6亿元", "CNY", "x"), ("1.2亿元", "CNY", "x"), ("2.4万户", "household", "x"), ("1.5万元", "CNY", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "3.6亿元" in r.iloc[0]["parts"]


def test_persons_per_each_unit_named_at_the_end_of_its_clause():
    facts = synth(["全县有村卫生室240个,在岗乡村医生408人,平均每个村卫生室1.7人。"],
                  [("240个", "village", "x"), ("408人", "person", "x"), ("1.7人", "person", "x")])
    assert _per_unit_rows(facts)["status"].tolist() == ["match"]
    # 平均每个 with no count of that noun before it: nothing is checked
    facts = synth(["全县在岗乡村医生408人,平均每个行政村1.7人。"], [("408人", "person", "x"), ("1.7人", "person", "x")])
    assert _per_unit_rows(facts).empty


# ---- a table's 合计 row, growth and share columns (session 6, tabrel)

def _table_checks(tmp_path, body):
    from fixtures.written import build_tables
    from fupin.storage import read_table
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "t.txt").write_text("https://www.example.gov.cn/a.html\n某县衔接资金项目进展情况\n" + body, encoding="utf-8")
    c = read_table(build_tables(raw, tmp_path / "p"), "checks")
    return c[c["check"].str.startswith("table_")]


TOWNS = ("表2 2023年各乡镇衔接资金项目完成情况\n"
         "乡镇 计划项目数（个） 已完工项目数（个） 完工率 计划资金（万元） 已报账资金（万元）\n"
         "城关镇 24 22 91.7% 3260.5 2980.2\n河口镇 18 15 83.3% 2104.0 1766.8\n石门乡 11 9 81.8% 1385.5 1120.0\n"
         "合计 53 46 86.8% 6750.0 {paid}\n从表中看，各乡镇项目进展总体平稳。\n")


def test_total_row_is_the_sum_of_the_rows_above_and_its_rate_is_its_own(tmp_path):
    c = _table_checks(tmp_path, TOWNS.format(paid="5867.0"))
    sums = c[c["check"] == "table_total"].set_index("total")["status"].to_dict()
    assert sums == {53.0: "match", 46.0: "match", 67500000.0: "match", 58670000.0: "match"}
    rates = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert rates[86.8] == "match"  # 46 / 53 of the 合计 row, not of any row above


def test_total_row_off_by_transposed_digits_is_a_mismatch(tmp_path):
    c = _table_checks(tmp_path, TOWNS.format(paid="5876.0"))  # the rows add to 5867.0
    t = c[c["check"] == "table_total"].set_index("total")["status"].to_dict()
    assert t[58760000.0] == "mismatch" and t[67500000.0] == "match" and t[53.0] == "match"


def test_rows_that_are_parts_of_a_row_stop_the_column_sum(tmp_path):
    body = ("乡镇 计划项目数（个） 计划资金（万元）\n城关镇 24 3260.5\n其中：脱贫村 10 1250.0\n河口镇 18 2104.0\n"
            "合计 42 5364.5\n")
    assert _table_checks(tmp_path, body).query("check == 'table_total'").empty


INCOME = ("2023年全县农村居民人均可支配收入构成如下：\n"
          "指标 2023年（元） 2022年（元） 增长（%） 占比（%）\n"
          "人均可支配收入 15230 14012 8.7 100.0\n工资性收入 6850 6236 9.8 45.0\n经营净收入 5120 4840 {g} 33.6\n"
          "转移净收入 3260 2936 11.0 21.4\n工资性收入仍是农民增收的主要来源。\n")


def test_growth_and_share_columns_from_the_year_columns_and_the_whole_row(tmp_path):
    c = _table_checks(tmp_path, INCOME.format(g="5.8"))
    assert set(c["status"]) == {"match"}
    sums = sorted(c.loc[c["check"] == "table_total", "total"])
    assert sums == [100.0, 14012.0, 15230.0]  # the row whose 占比 reads 100 is the whole
    rates = sorted(c.loc[c["check"] == "table_rate", "total"])
    assert rates == sorted([8.7, 9.8, 5.8, 11.0, 45.0, 33.6, 21.4])


def test_growth_cell_one_point_off_is_a_mismatch(tmp_path):
    c = _table_checks(tmp_path, INCOME.format(g="6.8"))  # 5120 / 4840 − 1 is 5.8 %
    assert c.loc[c["status"] == "mismatch", "total"].tolist() == [6.8]


def test_rows_of_two_breakdowns_under_one_total_are_not_a_misprint(tmp_path):
    body = ("类别 培训人数（人） 就业人数（人）\n合计 200 150\n男 120 90\n女 80 60\n30岁以下 90 70\n30岁及以上 110 80\n")
    assert _table_checks(tmp_path, body).query("check == 'table_total'").empty  # rows add to twice 合计


TOWN_FUNDS = ("全县2023年衔接资金分乡镇分配情况见表3。\n表3 2023年各乡镇衔接资金分配情况\n"
              "乡镇 合计（万元） 产业发展（万元） 基础设施（万元） 公益岗位（万元）\n"
              "城关镇 1260 820 310 130\n河口镇 980 640 240 100\n石门乡 {shimen} 480 190 75\n合计 2985 1940 740 305\n"
              "从表中看，产业发展资金占比最高。\n")


def test_total_column_is_the_sum_of_its_row(tmp_path):
    c = _table_checks(tmp_path, TOWN_FUNDS.format(shimen="745"))
    assert len(c) == 8 and set(c["status"]) == {"match"}  # 4 rows across, 4 columns down


def test_total_column_with_transposed_digits_is_a_mismatch_across_and_down(tmp_path):
    c = _table_checks(tmp_path, TOWN_FUNDS.format(shimen="754"))  # 480 + 190 + 75 = 745
    bad = c[c["status"] == "mismatch"]
    assert sorted(bad["total"]) == [7540000.0, 29850000.0] and len(c) == 8


# ------------------------------------------------------------ rest after a rate (remainder)

def _rests(sentences, specs):
    c = find_checks(synth(sentences, specs))
    return c[(c["check"] == "remainder") & c["parts"].astype(str).str.contains("rest after")]


def test_rest_after_a_rate_is_the_whole_less_its_part():
    c = _rests(["全年处理群众反映的饮水问题诉求314件,办结309件,办结率98.4%,其余5件正在处理。"],
               [("314件", "item", "appeals"), ("309件", "item", "appeals_done"), ("98.4%", "percent", "share_percent"),
                ("5件", "item", "appeals_open")])
    assert len(c) == 1 and (c.iloc[0]["status"], c.iloc[0]["sum"], c.iloc[0]["total"]) == ("match", 5, 5)


def test_rest_naming_an_action_takes_the_rate_of_that_action():
    c = _rests(["全县计划实施项目138个。", "截至6月30日,已开工项目131个,开工率94.9%;", "已完工项目112个,完工率81.2%;",
                "尚未开工的7个项目均为乡村建设类项目。"],
               [("138个", "project", "projects_planned"), ("131个", "project", "projects_started"),
                ("94.9%", "percent", "project_start_rate"), ("112个", "project", "projects_completed"),
                ("81.2%", "percent", "project_completion_rate"), ("7个", "project", "projects_not_started")])
    assert len(c) == 1 and c.iloc[0]["sum"] == 7


def test_rest_that_does_not_add_up_is_not_asserted():
    # 其余8件 is not 314 - 309: another whole may be meant, no row and no alarm
    c = find_checks(synth(["全年处理诉求314件,办结309件,办结率98.4%,其余8件正在处理。"],
                          [("314件", "item", "appeals"), ("309件", "item", "appeals_done"),
                           ("98.4%", "percent", "share_percent"), ("8件", "item", "appeals_open")]))
    assert not ((c["check"] == "remainder") & (c["total"] == 8)).any()
    assert not (c["status"] == "mismatch").any()


# ---- figures per unit of a measure (千瓦时) or per thousand of a population (session 8, relation recall)

def test_income_per_kilowatt_hour_over_the_output_before_it_not_last_years():
    facts = synth(["2021年,全县光伏扶贫电站累计发电量18563万千瓦时,比上年的17988万千瓦时增长3.2%;实现发电收益14236万元,"
                   "平均每千瓦时收益0.77元。"],
                  [("18563万千瓦时", "other:千瓦时", "x"), ("17988万千瓦时", "other:千瓦时", "x"), ("3.2%", "percent", "x"),
                   ("14236万元", "CNY", "x"), ("0.77元", "CNY", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "18563万千瓦时" in r.iloc[0]["parts"]


def test_staff_and_beds_per_thousand_residents():
    facts = synth(["年末全县常住人口32.46万人,其中城镇常住人口10.92万人。", "全县有各级各类学校196所。",
                   "年末全县有卫生机构386个,床位1628张,卫生技术人员2346人,每千常住人口卫生技术人员7.23人,每千常住人口床位5.52张。"],
                  [("32.46万人", "person", "x"), ("10.92万人", "person", "x"), ("196所", "other:所", "x"),
                   ("386个", "other:个", "x"), ("1628张", "other:张", "x"), ("2346人", "person", "x"),
                   ("7.23人", "person", "x"), ("5.52张", "other:张", "x")])
    r = _per_unit_rows(facts)
    # 2346 / 324.6 = 7.23; 1628 / 324.6 = 5.02, not 5.52
    assert r["status"].tolist() == ["match", "mismatch"] and all("32.46万人 / 1000" in p for p in r["parts"])


def test_table_rate_columns_the_rate_grammar_names():
    from fupin.checks.table_rate import _rate_columns
    # 支出进度 over 已支出 and the one other column of figures; 执行率 over 支出数 and 可用资金 (a base word)
    assert _rate_columns(["县区", "衔接资金", "已支出", "支出进度"]) == [(3, 2, [1])]
    assert _rate_columns(["项目", "可用资金", "支出数", "执行率(%)"]) == [(3, 2, [1])]
    # two other columns and no base word: which is the base is not said
    assert _rate_columns(["县区", "衔接资金", "其他资金", "已支出", "支出进度"]) == [(4, 3, [])]


def test_per_household_loan_over_the_balance_its_words_name_before_a_semicolon():
    facts = synth(["截至2022年末,全州脱贫人口小额信贷余额28.64亿元,比年初增加3.12亿元,增长12.2%;", "余额户数6.38万户,户均贷款4.49万元。"],
                  [("28.64亿元", "CNY", "x"), ("3.12亿元", "CNY", "x"), ("12.2%", "percent", "x"),
                   ("6.38万户", "household", "x"), ("4.49万元", "CNY", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "28.64亿元" in r.iloc[0]["parts"]


def test_persons_per_household_of_a_household_person_pair():
    facts = synth(["组织开展集中排查3轮,入户核查农户2.86万户,新识别纳入监测对象156户412人,户均2.6人。"],
                  [("3轮", "other:轮", "x"), ("2.86万户", "household", "x"), ("156户", "household", "x"),
                   ("412人", "person", "x"), ("2.6人", "person", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "156户" in r.iloc[0]["parts"]
    facts = synth(["累计将2315户7862人纳入监测帮扶,已消除风险2086户,占监测户总数的90.1%,户均监测人口3.4人。"],
                  [("2315户", "household", "x"), ("7862人", "person", "x"), ("2086户", "household", "x"),
                   ("90.1%", "percent", "x"), ("3.4人", "person", "x")])
    r = _per_unit_rows(facts)
    assert r["status"].tolist() == ["match"] and "2315户" in r.iloc[0]["parts"]


def test_balance_left_over_is_the_funds_available_less_the_spent():
    facts = synth(["全年可用资金6.22亿元。", "全年实际支出专项扶贫资金5.71亿元,执行率91.8%;", "支出比上年的4.63亿元增长23.3%,占全旗一般公共预算支出37.56亿元的15.2%。",
                   "年末结转下年0.51亿元。"],
                  [("6.22亿元", "CNY", "x"), ("5.71亿元", "CNY", "x"), ("91.8%", "percent", "x"), ("4.63亿元", "CNY", "x"),
                   ("23.3%", "percent", "x"), ("37.56亿元", "CNY", "x"), ("15.2%", "percent", "x"), ("0.51亿元", "CNY", "x")])
    r = find_checks(facts).query("check == 'remainder'")
    assert r["status"].tolist() == ["match"] and "6.22亿元 − 5.71亿元" in r.iloc[0]["parts"]
    # a balance no earlier figure gives says nothing (agreements only)
    facts = synth(["全年可用资金6.22亿元。", "全年实际支出专项扶贫资金5.71亿元,结余0.75亿元。"],
                  [("6.22亿元", "CNY", "x"), ("5.71亿元", "CNY", "x"), ("0.75亿元", "CNY", "x")])
    assert find_checks(facts).query("check == 'remainder'").empty
