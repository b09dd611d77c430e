"""Rates recomputed from the facts table: gold-derived seeds and synthetic articles."""
import math

import pytest
from hypothesis import given, settings, strategies as st

from fixtures.analysis_facts import gold_copy, synth
from fupin.rates import RATE_COLUMNS, compute_rates, interval, load_rates, periods_compatible


@pytest.fixture(scope="module")
def gold_rates():
    return compute_rates(gold_copy())


def one(rates, rate, article_prefix):
    sel = rates[(rates["rate"] == rate) & rates["article_id"].str.startswith(article_prefix)]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_columns_exact(gold_rates):
    assert list(gold_rates.columns) == RATE_COLUMNS


def test_lhasa_start_rate_mismatch_implies_146(gold_rates):
    r = one(gold_rates, "project_start_rate", "003")
    assert (r["numerator"], r["denominator"]) == (51, 137)
    assert round(r["computed"], 2) == 37.23 and r["reported"] == 34.93
    assert r["status"] == "mismatch" and r["implied_denominator"] == 146
    assert round(r["difference_pp"], 2) == 2.30
    assert "项目开工率34.93%" in r["evidence"] and "计划实施项目137个" in r["evidence"]


def test_lhasa_spending_rate_matches(gold_rates):
    r = one(gold_rates, "spending_rate", "003")
    assert (r["numerator"], r["denominator"]) == (46570900, 1679758600)
    assert round(r["computed"], 2) == 2.77 and r["status"] == "match"
    assert r["period"] == "2022-01..2022-04" and r["region"] == "拉萨市"


def test_funding_shares_add_to_100(gold_rates):
    shares = gold_rates[gold_rates["rate"].str.startswith("funds_") & gold_rates["rate"].str.endswith("_share")]
    assert len(shares) == 4
    assert abs(shares["computed"].sum() - 100) < 1e-6
    assert round(one(gold_rates, "funds_central_share", "003")["computed"], 1) == 52.5


def test_target_completion_reported_only_with_implied_target(gold_rates):
    r = one(gold_rates, "target_completion", "003")
    assert r["status"] == "reported_only" and r["numerator"] == 11337 and r["implied_denominator"] == 19553


def test_growth_between_years_and_per_project(gold_rates):
    g = one(gold_rates, "aid_funds_growth", "000")
    assert round(g["computed"], 2) == 1.33 and g["period"] == "2019..2020 (plan)"
    p = one(gold_rates, "aid_projects_growth", "000")
    assert round(p["computed"], 2) == -5.36
    per = gold_rates[(gold_rates["rate"] == "funds_per_project") & gold_rates["article_id"].str.startswith("000")]
    assert sorted(round(x / 1e4, 1) for x in per["computed"]) == [673.2, 720.8]


def test_reported_growth_without_base_gives_implied_base(gold_rates):
    r = one(gold_rates, "per_capita_income_growth", "000")
    assert r["status"] == "reported_only" and r["implied_denominator"] == 7138


def test_shares_of_monitoring_workshops_policies(gold_rates):
    assert round(one(gold_rates, "households_risk_elimination_rate", "003")["computed"], 2) == 54.17
    assert round(one(gold_rates, "persons_risk_elimination_rate", "003")["computed"], 2) == 55.22
    assert round(one(gold_rates, "workshops_operating_share", "003")["computed"], 2) == 97.06
    assert round(one(gold_rates, "policy_continuation_share", "003")["computed"], 2) == 52.38


def test_dividends_per_head_match_within_rounding(gold_rates):
    r = one(gold_rates, "dividends_per_beneficiary", "001")
    assert r["status"] == "match" and round(r["computed"], 2) == 2897.68


# ------------------------------------------------------------ synthetic articles

def test_synthetic_mismatch_with_generic_indicators():
    facts = synth(["今年全县计划实施项目200个。", "截至6月底,已开工建设项目90个,项目开工率50%。"],
                  [("200个", "project", "count_project", "exact", "2023 (plan)"),
                   ("90个", "project", "count_project", "exact", "2023-01..2023-06"),
                   ("50%", "percent", "share_percent", "exact", "2023-01..2023-06")])
    r = one(compute_rates(facts), "project_start_rate", "syn")
    assert r["computed"] == 45 and r["status"] == "mismatch" and r["implied_denominator"] == 180


def test_synthetic_match_within_rounding_of_one_decimal():
    facts = synth(["下达资金3000万元,已支出1000万元,支出率33.3%。"],
                  [("3000万元", "CNY", "integrated_funds"), ("1000万元", "CNY", "funds_spent"),
                   ("33.3%", "percent", "spending_rate")])
    r = one(compute_rates(facts), "spending_rate", "syn")
    assert r["status"] == "match" and round(r["difference_pp"], 3) == 0.033


def test_synthetic_cagr_over_several_years():
    facts = synth(["2018年农村居民人均可支配收入10000元。", "2021年达到13310元。"],
                  [("10000元", "CNY", "per_capita_disposable_income", "exact", "2018"),
                   ("13310元", "CNY", "per_capita_disposable_income", "exact", "2021")])
    r = one(compute_rates(facts), "per_capita_income_growth", "syn")
    assert round(r["computed"], 6) == 10.0 and r["status"] == "computed_only"


def test_different_years_do_not_pair():
    facts = synth(["2021年实施项目50个,援藏资金1亿元。", "2022年开工项目20个。"],
                  [("50个", "project", "projects_planned", "exact", "2021 (plan)"),
                   ("1亿元", "CNY", "aid_funds", "exact", "2021"),
                   ("20个", "project", "projects_started", "exact", "2022")])
    assert compute_rates(facts).query("rate == 'project_start_rate'").empty


def test_rates_file_has_required_rows():
    names = set(load_rates()["name"])
    assert {"project_start_rate", "spending_rate", "per_capita_income_growth", "households_risk_elimination_rate",
            "persons_risk_elimination_rate", "target_completion", "workshops_operating_share",
            "policy_continuation_share", "funds_central_share", "aid_funds_growth", "aid_projects_growth",
            "funds_per_project"} <= names


def test_intervals_and_periods():
    assert interval(34.93, "34.93%", "exact") == pytest.approx((34.925, 34.935))
    assert interval(38000000, "3800余万元", "lower_bound") == (38000000, 39000000)
    assert interval(3500, "3500元以上", "lower_bound")[1] == math.inf
    assert interval(137, "137个", "exact", unit="project") == (137, 137)
    assert interval(86, "86%", "exact", unit="percent") == (85.5, 86.5)
    # shares in 成 are rounded to their last figure as 65% and 60% are (覆盖了六成五的安置点: 63 of 97 = 64.95%)
    assert interval(65, "六成五", "exact", unit="percent") == (64.5, 65.5)
    assert interval(60, "六成", "exact", unit="percent") == (55, 65)
    assert interval(3, "三个", "exact", unit="other:个") == (3, 3)  # a count in Chinese numerals stays exact
    assert periods_compatible("2022 (plan)", "2022-01..2022-04")
    assert not periods_compatible("2021", "2022 (plan)")
    assert periods_compatible("pub", "2022", strict=True) and not periods_compatible("unstated", "2022", strict=True)


@settings(deadline=None)  # timing varies with the load of the machine, not with the input
@given(st.integers(1, 5000), st.integers(1, 5000), st.integers(0, 2))
def test_stated_rate_rounded_from_its_own_ratio_always_matches(n, extra, decimals):
    d = n + extra
    rate = round(n / d * 100, decimals)
    text = f"{rate:.{decimals}f}%"
    facts = synth([f"计划实施项目{d}个,已开工建设项目{n}个,项目开工率{text}。"],
                  [(f"{d}个", "project", "projects_planned"), (f"{n}个", "project", "projects_started"),
                   (text, "percent", "project_start_rate")])
    r = compute_rates(facts)
    r = r[r["rate"] == "project_start_rate"]
    assert r["status"].iloc[0] == "match"
