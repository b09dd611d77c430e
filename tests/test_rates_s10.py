"""Stated rates of session 10 (relation recall, no false alarm): a rate whose nearby base figures are all smaller
than its numerator takes the base its words name further back."""
from __future__ import annotations

from fixtures.written import facts_of, rate_of

RETENTION = ("全年输送宁夏农村劳动力到福建省就业1.42万人，其中脱贫劳动力8650人，占60.9%。"
             "从输出地看，固原市输送到福建就业6350人，吴忠市3280人。从输入地看，在厦门市就业4120人，福州市3860人。"
             "两省区还大力培育劳务经纪人，全区培育劳务经纪人420名。"
             "春节后返岗复工期间，共输送务工人员8760人，其中专列输送5210人、包车输送3450人。"
             "全年在闽稳定就业6个月以上的宁夏务工人员1.16万人，稳岗率{}，比上年提高6.2个百分点。")


def test_bases_smaller_than_the_numerator_give_way_to_the_one_named_further_back(tmp_path):
    # 8760, 5210 and 3450 cannot hold 1.16万人; 全年输送…1.42万人 names the same workers (全年, 宁夏)
    r = rate_of(facts_of(tmp_path, RETENTION.format("81.7%")), "81.7%")
    assert (r["numerator"], r["denominator"], r["status"]) == (11600.0, 14200.0, "match")


def test_a_misfit_over_a_base_named_further_back_is_no_alarm(tmp_path):
    r = rate_of(facts_of(tmp_path, RETENTION.format("71.7%")), "71.7%")
    assert r["status"] != "mismatch"


def test_a_rate_over_the_whole_its_figure_is_picked_from(tmp_path):
    body = "全市有康复需求的持证残疾人2.91万人中，2.73万人得到基本康复服务，覆盖率{}。"
    r = rate_of(facts_of(tmp_path, body.format("93.8%")), "93.8%")
    assert (r["numerator"], r["denominator"], r["status"]) == (27300.0, 29100.0, "match")
    assert rate_of(facts_of(tmp_path, body.format("98.3%")), "98.3%")["status"] == "mismatch"


def test_a_rate_after_two_figures_not_joined_by_zhong_takes_no_whole(tmp_path):
    # 2.91万人 is not said to hold the 2.73万人: no base is taken from it
    body = "全市有康复需求的持证残疾人2.91万人，新增2.73万人得到基本康复服务，覆盖率93.8%。"
    assert rate_of(facts_of(tmp_path, body), "93.8%")["denominator_fact_ids"] == ""
