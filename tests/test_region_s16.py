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
