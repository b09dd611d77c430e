"""One definition per concept: a change against the year before is one pattern of periods.yaml read by
fupin.scopes.against_prior_year (stated rates, breakdowns and period cues alike), and a counted group of
places (62个脱贫县) is read from the place units of units.csv, not spelled in code."""
from __future__ import annotations

import pytest

from fupin import attribution, stated_rates
from fupin.scopes import against_prior_year


@pytest.mark.parametrize("text", ["比上年增加640元", "较去年同期增长", "与上年相比", "比上年末减少", "同比增长7.2%", "较同期多"])
def test_a_change_against_the_year_before_is_one_pattern(text):
    assert against_prior_year().search(text) is not None


@pytest.mark.parametrize("text", ["比2022年增长7.1%", "比年初预算增加1.86亿元", "占全县总数的比重"])
def test_a_base_that_is_no_year_before_is_not_that_pattern(text):
    assert against_prior_year().search(text) is None  # counter-examples: a named year, a budget, a share


def test_a_bare_同比_dates_no_period():
    # 同比增长 says the figure is compared with the year before but names no year: no period cue is dropped
    assert against_prior_year(named_only=True).search("同比增长15.8%") is None
    assert attribution._comparison_rx().search("同比增长15.8%") is None
    assert attribution._comparison_rx().search("较上年增加1.9亿元").group() == "较上年"
    assert attribution._comparison_rx().search("同比2022年增长").group() == "同比2022年"


def test_the_stated_rate_patterns_read_the_one_definition():
    assert stated_rates._change_on_prior().search("工资性收入8736元，比上年增加") is not None
    assert stated_rates._change_on_prior().search("工资性收入8736元，新增") is None       # no base: the flow itself
    assert stated_rates._year_on_year().match("，今年比去年增长") is not None
    assert stated_rates._year_on_year().match("，与上年相比增长") is not None
    assert stated_rates._year_on_year().match("，占全省的") is None


@pytest.mark.parametrize("text", ["全省62个脱贫县农村居民", "其中，45个国家乡村振兴重点帮扶县农村居民", "11个设区市农村居民",
                                  "全县126个行政村", "兴安盟6个旗县市"])
def test_a_counted_group_of_places_is_read_from_the_units(text):
    assert stated_rates._group_counted().search(text) is not None


@pytest.mark.parametrize("text", ["全省农村居民", "实施项目62个", "62个产业项目覆盖农户", "带动62个合作社"])
def test_a_count_of_what_is_no_place_is_no_group(text):
    assert stated_rates._group_counted().search(text) is None  # counter-examples: no count, or a count of no place
