"""Consistency checks found from text structure: every [auto] check of gold README section 4 on the
gold-derived facts, plus synthetic articles for each rule (match, mismatch, sums that do not add up)."""
import pytest

from fixtures.analysis_facts import fact_id, gold_copy, synth
from fupin.checks import CHECK_COLUMNS, find_checks


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
    c = find_checks(facts).query("check == 'repeated_figure'").iloc[0]
    assert c["status"] == "mismatch"


def test_implied_target_from_completion_share():
    facts = synth(["全市转移就业5000人,完成年度目标任务的62.5%。"],
                  [("5000人", "person", "x"), ("62.5%", "percent", "y")])
    c = find_checks(facts).query("check == 'implied_target'").iloc[0]
    assert c["total"] == 8000 and c["kind"] == "implied"
