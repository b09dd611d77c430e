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
