"""A figure per unit of a measure (每公里, 户均, 套均, 每村, 每个) whose amount and measure stand apart from it:
`fupin.checks.per_unit.measure_nearby` (vocabulary: ``per_measure_nearby_*`` in data/checks.yaml). The amount of
its unit printed from the sentence before to the one after, the figure counting its measure from three sentences before
to the one after; the one pair of values whose quotient gives the figure is taken. Agreements only.
"""
from __future__ import annotations

from fixtures.written import checks_of


def _per_unit(tmp_path, body: str, value: float):
    c = checks_of(tmp_path, body, "per_unit")
    return c[(c["total"] - value).abs() < 1e-6]


def test_a_standard_per_km_against_the_length_and_the_amount_after_it(tmp_path):
    body = ("对群众投工投劳自建通组路实行以奖代补，按每公里12万元标准奖补，全年奖补通组路36.5公里，"
            "兑现奖补资金438万元，调动了群众参与农村公路建设的积极性。")
    c = _per_unit(tmp_path, body, 120000)
    assert (c["status"] == "match").any(), c


def test_an_average_per_km_over_the_length_of_its_kind_in_the_sentence_before(tmp_path):
    body = ("全年新改建农村公路212公里，其中县道升级改造46公里、乡道改造58公里、通组硬化路108公里。"
            "县道升级改造完成投资1.38亿元，平均每公里投资300万元。")
    c = _per_unit(tmp_path, body, 3000000)
    assert (c["status"] == "match").any() and c["parts"].str.contains("46公里").all(), c


def test_a_sum_per_village_between_the_count_and_the_total(tmp_path):
    body = "全年建设现代化边境幸福村15个，每村补助资金300万元，共下达补助资金4500万元，其中平孟镇6个、百南乡5个、百都乡4个。"
    c = _per_unit(tmp_path, body, 3000000)
    assert (c["status"] == "match").any(), c


def test_an_area_per_dwelling_of_the_dwellings_built(tmp_path):
    body = "全年搬迁边民320户1280人。新建安置房320套，总建筑面积3.84万平方米，套均120平方米。"
    c = _per_unit(tmp_path, body, 120)
    assert (c["status"] == "match").any(), c


def test_a_standard_the_figures_near_it_do_not_give_says_nothing(tmp_path):
    # 900 / 54.6 = 16.5万元 per km: the amount may pay more than the standard grants, or for other roads
    body = "按每公里15万元标准奖补，全年奖补通组路54.6公里，兑现奖补资金900万元。"
    c = checks_of(tmp_path, body)
    assert not (c["status"] == "mismatch").any(), c
    assert _per_unit(tmp_path, body, 150000).empty


def test_a_statistic_of_the_population_is_no_amount_over_a_count_near_it(tmp_path):
    # 1.2亿元 / 1.2万人 = 1万元 by chance: 人均可支配收入 is measured over the whole population, not these people
    body = "全县有脱贫人口1.2万人，全年发放产业分红1.2亿元。全县农村居民人均可支配收入1万元，同比增长8.1%。"
    assert _per_unit(tmp_path, body, 10000).empty


def test_a_sum_per_post_per_month_against_a_years_amount(tmp_path):
    body = "全年开发乡村公益性岗位1860个，用于岗位补贴2678.4万元，每个岗位每月补贴1200元。"
    c = _per_unit(tmp_path, body, 1200)
    assert (c["status"] == "match").any() and c["parts"].str.contains("/ 12").all(), c


def test_a_sum_per_post_per_month_the_amount_does_not_give_says_nothing(tmp_path):
    # 2678.4万元 / 1860 = 14400元 a post: 1200元 a month, not 1500元 (the posts may have run part of the year)
    body = "全年开发乡村公益性岗位1860个，用于岗位补贴2678.4万元，每个岗位每月补贴1500元。"
    assert _per_unit(tmp_path, body, 1500).empty
    assert not (checks_of(tmp_path, body)["status"] == "mismatch").any()
