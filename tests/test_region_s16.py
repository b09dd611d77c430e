"""Regions (session 16): the 东部/中部/东北 groups of national statistics are areas of the country, as 西部地区 is
(gazetteer.csv); their short forms are no places. Rule with a counter-example; sentences in the style of national
white papers and statistical bulletins (none quoted from a stored report)."""
from __future__ import annotations

from pathlib import Path

from fupin.extraction import extract_file


def _facts(tmp_path: Path, body: str, title: str):
    path = tmp_path / "page.txt"
    path.write_text("https://www.example.gov.cn/a.html\n" + title + "\n" + body + "\n", encoding="utf-8")
    return extract_file(path)


def _region(facts, raw: str) -> str:
    got = facts[facts["raw"] == raw]
    assert len(got), (raw, list(facts["raw"]))
    return got.iloc[0]["region"]


def test_eastern_and_central_regions_of_national_statistics_are_areas(tmp_path):
    body = ("2015年末，东部地区农村贫困人口653万人，中部地区2007万人，东北地区190万人，全国农村贫困人口5575万人。\n")
    facts = _facts(tmp_path, body, "全国农村贫困监测报告")
    assert _region(facts, "653万人").split(";")[0] == "东部地区"
    assert _region(facts, "2007万人").split(";")[0] == "中部地区"
    assert _region(facts, "190万人").split(";")[0] == "东北地区"
    assert _region(facts, "5575万人") == "中华人民共和国"


def test_zhongbu_alone_is_no_region(tmp_path):
    # counter-example: 中部 / 东部 alone are parts of a place (县城中部, 镇东部), never the national groups
    body = "县城中部新建安置点1个，安置搬迁群众320户；镇东部发展茶园1200亩。\n"
    facts = _facts(tmp_path, body, "某县易地扶贫搬迁工作情况")
    assert not any(r in ("中部地区", "东部地区") for f in facts["region"] for r in str(f).split(";"))


def test_a_list_of_places_after_a_locative_opening_the_clause_is_where_the_work_is_done(tmp_path):
    body = ("基金会全年募集资金9.6亿元。（一）营养餐项目。在青海、宁夏、新疆等省份的860所农村学校实施，惠及学生21.5万人。"
            "（二）产业项目。在四川省阿坝藏族羌族自治州、甘孜藏族自治州等地扶持农民合作社96家。\n")
    facts = _facts(tmp_path, body, "某基金会2023年度报告")
    assert set(_region(facts, "860所").split(";")) == {"青海省", "宁夏回族自治区", "新疆维吾尔自治区"}
    assert set(_region(facts, "21.5万人").split(";")) & {"青海省", "宁夏回族自治区", "新疆维吾尔自治区"}
    assert set(_region(facts, "96家").split(";")) == {"阿坝藏族羌族自治州", "甘孜藏族自治州"}


def test_places_listed_as_examples_of_a_market_stay_examples(tmp_path):
    # counter-example: a list after 打入 (no locative opening the clause) only gives examples of markets
    body = "全县农产品打入北京、上海等地市场，全年销售额3.2亿元。\n"
    facts = _facts(tmp_path, body, "某县2023年消费帮扶工作情况")
    assert "北京市" not in _region(facts, "3.2亿元") and "上海市" not in _region(facts, "3.2亿元")


def test_clauses_after_a_locative_list_of_other_places_are_the_article_s(tmp_path):
    # counter-example to the locative list: a county opening shops in other cities (在…等地开设) keeps the figures of
    # its other clauses (组织…参加, 签约) for itself; only a clause counting what that work reached stays with the list
    body = ("全年茶叶销售额15.48亿元。在长沙、广州、深圳等地开设品牌专营店42家，组织企业参加各类茶博会、展销会16场次，"
            "现场签约金额2.35亿元。\n")
    facts = _facts(tmp_path, body, "古丈县2023年茶叶产业发展情况报告")
    assert _region(facts, "16场次") == "古丈县"
    assert _region(facts, "2.35亿元") == "古丈县"
    assert "长沙市" in _region(facts, "42家").split(";")
