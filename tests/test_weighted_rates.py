"""Per-region rates listed after their aggregate, checked against it through their bases
(fupin.checks.weighted_rate, check ``weighted_rate``), in sentences written like the reports."""
from fixtures.analysis_facts import synth
from fupin.checks import find_checks

_PLAN = ["A市安排项目68个、计划投资6.83亿元;", "B县安排项目181个、计划投资12.1亿元;", "C县安排项目51个、计划投资3.2亿元。"]
_PLAN_SPECS = [("68个", "project", "projects_planned"), ("6.83亿元", "CNY", "amount_cny"),
               ("181个", "project", "projects_planned"), ("12.1亿元", "CNY", "amount_cny"),
               ("51个", "project", "projects_planned"), ("3.2亿元", "CNY", "amount_cny")]


def _weighted(sentences, specs):
    c = find_checks(synth(sentences, specs))
    return c, c[c["check"] == "weighted_rate"]


def _rates_sentence(agg="90.67%", sep=("(", "、", ")"), c_rate="68.63%"):
    o, s, e = sep
    return (f"截至6月底,全州完工项目272个,完工率{agg}{o}A市89.71%{s}B县97.24%{s}C县{c_rate}{e}。",
            [("272个", "project", "projects_completed"), (agg, "percent", "project_completion_rate"),
             ("89.71%", "percent", "share_percent"), ("97.24%", "percent", "share_percent"),
             (c_rate, "percent", "share_percent")])


def test_bracketed_rates_per_region_agree_with_the_aggregate_through_their_bases():
    # 61/68, 176/181 and 35/51 add up to 272/300
    text, specs = _rates_sentence()
    c, w = _weighted(_PLAN + [text], _PLAN_SPECS + specs)
    assert list(w["status"]) == ["match"] and round(w["sum"].iloc[0], 2) == 90.67
    assert "68个" in w["parts"].iloc[0] and "181个" in w["parts"].iloc[0]
    assert "mismatch" not in set(c["status"])


def test_an_aggregate_the_per_region_rates_cannot_give_is_a_mismatch_that_says_why():
    text, specs = _rates_sentence(agg="93.67%")
    _, w = _weighted(_PLAN + [text], _PLAN_SPECS + specs)
    assert list(w["status"]) == ["mismatch"] and "implies" in w["parts"].iloc[0]


def test_a_listed_set_after_qizhong_is_read_too():
    text, specs = _rates_sentence(sep=(",其中", "、", ""))
    _, w = _weighted(_PLAN + [text], _PLAN_SPECS + specs)
    assert list(w["status"]) == ["match"]


def test_no_check_when_a_region_has_no_base_printed():
    text, specs = _rates_sentence(agg="93.67%")
    c, w = _weighted(_PLAN[:2] + [text], _PLAN_SPECS[:4] + specs)
    assert w.empty and "mismatch" not in set(c["status"])


def test_no_check_on_an_open_list():
    text, specs = _rates_sentence(agg="93.67%")
    text = text.replace("68.63%)", "68.63%等)")
    c, w = _weighted(_PLAN + [text], _PLAN_SPECS + specs)
    assert w.empty and "mismatch" not in set(c["status"])


def test_no_check_when_the_aggregate_base_is_not_the_sum_of_the_listed_bases():
    # 全州安排项目400个: the three places listed are not the whole prefecture
    text, specs = _rates_sentence(agg="68.00%")
    text = text.replace("全州完工项目272个", "全州安排项目400个,完工项目272个")
    specs = [("400个", "project", "projects_planned")] + specs
    c, w = _weighted(_PLAN + [text], _PLAN_SPECS + specs)
    assert w.empty and "mismatch" not in set(c["status"])
