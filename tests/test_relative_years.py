"""Relative years (今年/本年, 去年/上年, 前年) count from the year the text speaks in: the section heading's
year, else the report's own year, else the publication year (attribution._period, periods.yaml
relative_years); not from the publication year alone, nor from a year named earlier in the paragraph."""
from __future__ import annotations

from pathlib import Path

from fupin.extraction import extract_file
from fupin.rates import compute_rates


def _facts(tmp_path: Path, title: str, body: str, pub: str = "2024-01-20"):
    path = tmp_path / "page.txt"
    path.write_text(f"https://www.example.gov.cn/a.html\n{title}\n发布时间：{pub}　来源：县交通运输局\n{body}\n",
                    encoding="utf-8")
    return extract_file(path)


def _periods(facts) -> dict[str, str]:
    return dict(zip(facts["raw"], facts["period"].astype(str)))


ROADS = "全县新改建农村公路210公里，完成年度计划200公里的105%。上年任务150公里，完成158公里。"


def test_last_year_in_a_report_on_the_year_before_its_publication(tmp_path):
    # a summary of 2023 published in January 2024: 上年 is 2022, not 2023 (the publication year's year before)
    f = _facts(tmp_path, "某县2023年农村公路建设工作总结", ROADS)
    got = _periods(f)
    assert got["150公里"] == "2022" and got["158公里"] == "2022" and got["210公里"] == "2023", got
    # so the year before's task and result are no terms of this year's 完成年度计划的105%
    r = compute_rates(f)
    row = r[r["reported_fact_id"].isin(f.loc[f["raw"] == "105%", "fact_id"])].iloc[0]
    assert row["status"] != "mismatch", row["note"]


def test_last_year_in_an_undated_news_page_counts_from_its_publication(tmp_path):
    got = _periods(_facts(tmp_path, "某县农村公路建设取得新进展", "上年任务150公里，完成158公里。"))
    assert got["150公里"] == "2023" and got["158公里"] == "2023", got  # counter-example: no year but the page's


def test_this_year_in_a_summary_of_the_year_before_its_publication(tmp_path):
    got = _periods(_facts(tmp_path, "兴安盟2021年京蒙协作工作综述", "援建的京蒙协作产业园今年入驻企业23家。", "2022-01-12"))
    assert got["23家"] == "2021", got


def test_this_year_after_a_year_named_earlier_in_the_paragraph_is_still_the_pages(tmp_path):
    body = ("23日，贵州宣布全面完成易地扶贫搬迁任务。\n据悉，从2015年底开始，全省将计划任务分解为3年实施。"
            "截至今年11月底，全省共建设安置项目946个。")
    got = _periods(_facts(tmp_path, "贵州全面完成易地扶贫搬迁任务", body, "2019-12-24"))
    assert got["946个"] == "2019-ytd", got  # counter-example: 2015 is a past event, not the year the text speaks in


def test_last_year_under_a_section_heading_with_a_year(tmp_path):
    body = "一、2023年工作回顾\n全县新改建农村公路210公里。上年任务150公里，完成158公里。"
    got = _periods(_facts(tmp_path, "某县交通运输局工作报告", body))
    assert got["150公里"] == "2022", got


def test_the_year_before_last(tmp_path):
    got = _periods(_facts(tmp_path, "某县农村公路建设取得新进展", "前年，全县新改建农村公路96公里。"))
    assert got["96公里"] == "2022", got


def test_a_change_from_last_years_level_dates_only_its_start(tmp_path):
    body = "大班额比例由上年的3.2%下降到1.1%，下降2.1个百分点。"
    got = _periods(_facts(tmp_path, "某县2023年教育工作总结", body))
    assert got["3.2%"] == "2022" and got["1.1%"] != "2022", got


def test_last_year_inside_a_sentence_dates_its_own_clause(tmp_path):
    got = _periods(_facts(tmp_path, "某县2023年财政衔接资金使用情况", "加上上年结转资金0.74亿元，全年可用资金6.22亿元。"))
    assert got["0.74亿元"] == "2022" and got["6.22亿元"] != "2022", got


def test_last_year_opening_a_sentence_after_a_short_lead_dates_all_of_it(tmp_path):
    body = "答：去年全州投入衔接资金25.63亿元，其中用在产业发展上的有15.8亿元。"
    got = _periods(_facts(tmp_path, "州乡村振兴局负责人答记者问", body))
    assert got["25.63亿元"] == "2023" and got["15.8亿元"] == "2023", got  # counter-example of the one above


def test_last_year_in_a_news_item_whose_lead_names_the_year_counts_from_its_publication(tmp_path):
    # 人民网, 2022-03-27 (corpus 20): the title says 去年 and the lead 2021年; 去年 is 2021, from the publication
    # year, not 2020 from the lead's year (only a year the title names frames the text: see the test above)
    f = _facts(tmp_path, "去年脱贫地区农民人均可支配收入同比增长11.6%",
               "记者日前从国家乡村振兴局获悉：2021年，全国脱贫人口人均纯收入达到12550元，同比增长16.9%。"
               "去年，脱贫地区农民人均可支配收入14051元，同比增长11.6%。", pub="2022-03-27")
    got = _periods(f)
    assert got["11.6%"] == "2021" and got["14051元"] == "2021" and got["12550元"] == "2021", got


def test_this_year_in_a_review_whose_title_names_the_year_is_that_year(tmp_path):
    # counter-example: a 综述 of 2021 posted in January 2022 speaks in 2021 (今年 is 2021)
    got = _periods(_facts(tmp_path, "某盟2021年东西部协作工作综述", "今年，新入驻企业23家。", pub="2022-01-12"))
    assert got["23家"] == "2021", got
