"""An article written for the tests (not a seed) in the style of such reports: the whole chain
must work on text the rules were not written from."""
from fupin import paths
from fupin.checks import find_checks
from fupin.extraction import extract_file
from fupin.rates import compute_rates

ARTICLE = paths.ROOT / "tests" / "data" / "linzhi_guangdong_written.txt"


def _facts():
    return extract_file(ARTICLE)


def test_quantities_units_and_qualifiers():
    f = _facts().set_index("raw")
    assert f.loc["5.6亿元", "value"] == 5.6e8 and f.loc["5.6亿元", "indicator"] == "aid_funds"
    assert f.loc["近50亿元", "qualifier"] == "upper_bound"
    assert f.loc["2300余名", "qualifier"] == "lower_bound" and f.loc["2300余名", "unit"] == "person"
    assert f.loc["不少于3亿元", "qualifier"] == "lower_bound"
    assert f.loc["50个以上", "unit"] == "village"
    assert f.loc["1.3个百分点", "unit"] == "percentage_point"
    assert f.loc["860万元", "indicator"] == "training_funds"
    assert (f.region == "林芝市").all()


def test_rates_and_checks_reconcile_the_article():
    facts = _facts()
    rates = compute_rates(facts).set_index("rate")
    assert rates.loc["project_start_rate", "status"] == "match"       # 97 / 128 = 75.78 %
    checks = find_checks(facts, compute_rates(facts))
    sums = checks[checks.kind == "sum"]
    assert set(sums.total) == {1215.0, 4863.0} and (sums.status == "match").all()
    assert not (checks.status == "mismatch").any()  # investment / jobs is no per-head income


REVIEW = paths.ROOT / "tests" / "data" / "shigatse_review_written.txt"


def test_a_year_review_in_the_revitalisation_period():
    f = extract_file(REVIEW).set_index("raw")
    expected = {"28.6亿元": "linkage_funds", "87.2%": "project_completion_rate", "95.3%": "spending_progress",
                "1780户": "households_unstable_after_exit", "1345户": "households_marginal_at_risk",
                "78.7%": "risk_elimination_rate", "3500元": "subsidy_standard", "16.2%": "income_growth",
                "不低于15亿元": "linkage_funds_planned", "10%以上": "income_growth_avg"}
    assert {raw: f.loc[raw, "indicator"] for raw in expected} == expected
    assert f.loc["不低于15亿元", "period"] == "plan-2021..2025"
    assert len(f) == 31 and "2022" not in f.index  # the dateline's date is not a quantity


def test_a_second_breakdown_of_the_same_total_is_not_summed_with_the_first():
    facts = extract_file(REVIEW)
    checks = find_checks(facts, compute_rates(facts))
    sums = checks[checks.kind == "sum"]
    assert list(sums.parts) == ["1780户 + 1345户 = 3125户"] and (sums.status == "match").all()
    rates = compute_rates(facts).set_index("rate")
    assert rates.loc["households_risk_elimination_rate", "status"] == "match"   # 2460 / 3125 = 78.72


BIG5_PAGE = paths.ROOT / "tests" / "data" / "nagqu_big5_written.txt"


def test_a_big5_mirror_page_is_read_converted_and_its_lists_set_aside():
    from fupin.cleaning import clean_file

    doc = clean_file(BIG5_PAGE)
    assert doc.raw.encoding == "big5" and doc.original_script == "traditional"
    kinds = {b.kind for b in doc.articles[0].blocks}
    assert {"dateline", "caption", "related_list", "copyright"} <= kinds
    f = extract_file(BIG5_PAGE).set_index("raw")
    assert "60万亩" not in f.index and "3.2万人次" not in f.index       # related headlines
    assert f.loc["3600余户", "qualifier"] == "lower_bound"
    assert f.loc["11.6%", "indicator"] == "income_growth_yoy"
    assert (f.region == "色尼区").all()
    s, e = int(f.loc["2.3亿元", "raw_start"]), int(f.loc["2.3亿元", "raw_end"])
    assert BIG5_PAGE.read_bytes()[s:e].decode("big5") == "2.3億元"
