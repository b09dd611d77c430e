"""Relations of session 16 (h-rel): an earlier level named by the event it came before (比建设前的4.36万吨增长29.4%)
is the base of the growth; an execution rate (执行率) on a budget (预算) whose spending, named by the item budgeted,
closes the sentence before; persons placed (安置, 聘用) under 其中 after a count of posts are a share of the posts;
a valid-response rate (问卷有效率) over the households or persons surveyed."""
from __future__ import annotations

from fixtures.written import facts_of, rate_of


def _rate(tmp_path, body, raw):
    return rate_of(facts_of(tmp_path, body), raw)


# --- an earlier level named by the event it came before -------------------------------------------------------

def test_an_earlier_level_before_an_event_is_the_base_of_the_growth(tmp_path):
    body = "项目区全年粮食总产量达5.64万吨，比建设前的4.36万吨增长29.4%。"
    r = _rate(tmp_path, body, "29.4%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (5.64e4, 4.36e4), r


def test_a_misprinted_growth_over_the_level_before_an_event_is_found(tmp_path):
    body = "项目区全年粮食总产量达5.64万吨，比建设前的4.36万吨增长24.9%。"
    r = _rate(tmp_path, body, "24.9%")
    assert r["status"] == "mismatch" and r["denominator"] == 4.36e4, r


def test_a_level_compared_with_another_place_is_no_earlier_level(tmp_path):
    # counter-example: 比全县平均的 names another level of the same year, not the earlier one; nothing is guessed
    body = "项目区亩均产量达450公斤，比全县平均的380公斤高出18.4%。"
    r = compute(tmp_path, body)
    assert not (r["status"] == "match").any() and not (r["status"] == "mismatch").any(), r


def compute(tmp_path, body):
    from fupin.rates import compute_rates
    return compute_rates(facts_of(tmp_path, body))


# --- an execution rate on a budget, the spending of the item budgeted in the sentence before -------------------

_BUDGET = "全年公益总支出11.42亿元，其中公益项目支出{spent}亿元，管理费用0.37亿元。年度公益项目预算12.40亿元，项目执行率{rate}。"


def test_the_spending_of_the_item_budgeted_in_the_sentence_before_is_the_numerator(tmp_path):
    r = _rate(tmp_path, _BUDGET.format(spent="11.30", rate="91.1%"), "91.1%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (1.13e9, 1.24e9), r


def test_a_misprinted_execution_rate_on_the_budget_is_found(tmp_path):
    r = _rate(tmp_path, _BUDGET.format(spent="11.05", rate="91.1%"), "91.1%")  # 11.05 / 12.40 is 89.1 %
    assert r["status"] == "mismatch" and (r["numerator"], r["denominator"]) == (1.105e9, 1.24e9), r


def test_spending_that_does_not_name_the_item_budgeted_is_no_numerator(tmp_path):
    # counter-example: the sentence before spends on 公益项目 only as a total (公益总支出), the budget is of 帮扶项目
    body = "全年公益总支出11.42亿元，管理费用0.37亿元。年度帮扶项目预算12.40亿元，项目执行率91.1%。"
    r = _rate(tmp_path, body, "91.1%")
    assert r["status"] not in ("match", "mismatch"), r


# --- persons placed in posts, under 其中 after the count of posts -----------------------------------------------

def test_persons_placed_under_a_count_of_posts_are_a_share_of_the_posts(tmp_path):
    body = "设置乡村公路养护公益性岗位1146个，其中聘用脱贫人口982人，占85.7%。"
    r = _rate(tmp_path, body, "85.7%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (982, 1146), r


def test_a_misprinted_share_of_posts_filled_is_found(tmp_path):
    body = "设置乡村公路养护公益性岗位1146个，其中聘用脱贫人口982人，占87.5%。"
    r = _rate(tmp_path, body, "87.5%")
    assert r["status"] == "mismatch" and r["denominator"] == 1146, r


def test_persons_not_said_to_be_placed_are_no_part_of_the_posts(tmp_path):
    # counter-example: 其中脱贫人口2980人 without a verb of placing may count people of any kind (families, trainees)
    body = "开发乡村公益性岗位3260个，其中脱贫人口2980人，占91.4%。"
    r = _rate(tmp_path, body, "91.4%")
    assert r["status"] not in ("match", "mismatch"), r


# --- a valid-response rate over the households surveyed -------------------------------------------------------

def test_valid_questionnaires_over_the_households_surveyed(tmp_path):
    body = "调查队抽取40个行政村的800户脱贫户开展入户问卷调查，回收有效问卷788份，问卷有效率98.5%。"
    r = _rate(tmp_path, body, "98.5%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (788, 800), r


def test_a_misprinted_valid_response_rate_over_households_is_found(tmp_path):
    body = "调查队抽取40个行政村的800户脱贫户开展入户问卷调查，回收有效问卷788份，问卷有效率95.8%。"
    r = _rate(tmp_path, body, "95.8%")
    assert r["status"] == "mismatch" and r["denominator"] == 800, r


def test_questionnaires_handed_out_stay_the_base_beside_the_households_surveyed(tmp_path):
    # counter-example: with the questionnaires handed out printed, they are the base, not the households
    for body in ("本次调查共抽取农户500户，发放调查问卷3120份，回收有效问卷3098份，问卷有效率99.3%。",
                 "发放调查问卷3120份，调查农户500户，回收有效问卷3098份，问卷有效率99.3%。"):
        r = _rate(tmp_path, body, "99.3%")
        assert r["status"] == "match" and r["denominator"] == 3120, r
