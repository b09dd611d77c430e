"""Stated rates (fupin.stated_rates). Rate words of road access and training (data/rate_words.csv: 通硬化路率,
结业率): the numerator is the figure before the rate whose clause holds the numerator word, the base the figure in
scope whose clause names the villages (村/屯/组) or the training. 完成年度任务的102.4% over a target printed under the
plain name (建设任务12.5万亩; ``target_time_prefixes`` of data/checks.yaml), agreements only."""
from __future__ import annotations

from fixtures.written import facts_of, rate_of


def test_share_of_villages_reached_by_a_hardened_road(tmp_path):
    body = "截至2023年底，全县18个乡镇、205个建制村全部通硬化路，30户以上自然村（组）1426个，已通硬化路1380个，通硬化路率96.8%。"
    r = rate_of(facts_of(tmp_path, body), "96.8%")
    assert r["status"] == "match" and r["denominator"] == 1426, r


def test_road_access_rate_whose_villages_reached_are_not_printed_is_not_computed(tmp_path):
    body = "全县12个乡镇、173个行政村全部通硬化路，30户以上自然屯1260个，通硬化路率98.5%。"
    r = rate_of(facts_of(tmp_path, body), "98.5%")
    assert r["status"] == "reported_only", r


def test_share_of_trainees_who_completed_the_course(tmp_path):
    body = "全年共开展补贴性职业技能培训92期，培训13280人次，其中脱贫劳动力5120人次，占38.6%。培训结业12650人，结业率95.3%。"
    r = rate_of(facts_of(tmp_path, body), "95.3%")
    assert r["status"] == "match" and r["denominator"] == 13280, r


def test_share_of_the_annual_target_printed_under_its_plain_name(tmp_path):
    body = ("2023年省上下达我县高标准农田建设任务11.5万亩，其中新建9.2万亩、改造提升2.3万亩。"
            "全年实际建成11.8万亩，完成年度任务的102.6%。")
    r = rate_of(facts_of(tmp_path, body), "102.6%")
    assert r["status"] == "match" and r["denominator"] == 115000, r


def test_a_plain_target_that_does_not_give_the_annual_share_says_nothing(tmp_path):
    # 11.8 / 11.5 = 102.6%, not 98.3%: the plain 任务 may be another target than the year's
    body = "2023年省上下达我县高标准农田建设任务11.5万亩。全年实际建成11.8万亩，完成年度任务的98.3%。"
    r = rate_of(facts_of(tmp_path, body), "98.3%")
    assert r["status"] != "mismatch", r
