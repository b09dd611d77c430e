"""Regions (session 15): a table column headed by a place, a place heading a speaker's label in a transcript, a
county short form ending a township's name or listed before a count of townships, a foundation named after a
place, 全市 inside a clause of a sentence headed by a city, and places counted as the objects of a clause. Each
rule with a counter-example; sentences in the style of 定点帮扶 reports, 新闻发布会 实录, county bulletins and
prefecture work reports (none quoted from a stored report)."""
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


TITLE = "某部2024年定点帮扶贵州省麻江县、丹寨县工作情况"
SCORECARD = ("2024年，我部坚持把定点帮扶麻江县、丹寨县作为重要政治任务，6项主要指标全部完成。\n"
             "单位：万元、人次\n"
             "序号\t指标\t年度目标\t完成值\t其中：麻江县\t丹寨县\t完成率（%）\n"
             "1\t直接投入帮扶资金\t1500\t1620\t850\t770\t108.0\n"
             "2\t培训基层干部\t500\t612\t320\t292\t122.4\n")


def test_a_figure_under_a_column_headed_by_a_place_is_that_places(tmp_path):
    facts = _facts(tmp_path, SCORECARD, TITLE)
    assert [_region(facts, r) for r in ("850", "770", "320", "292")] == ["麻江县", "丹寨县", "麻江县", "丹寨县"]


def test_a_row_naming_its_place_keeps_it_under_a_column_headed_by_another(tmp_path):
    # counter-example: a table of pairs (受援县 rows under 帮扶方 columns): the row's own place is not replaced
    body = ("2024年东西部协作资金安排如下。\n"
            "单位：万元\n"
            "受援县\t资金合计（万元）\t其中：杭州市（万元）\n"
            "麻江县\t3200\t2100\n"
            "丹寨县\t2800\t1900\n")
    facts = _facts(tmp_path, body, "黔东南州2024年东西部协作资金安排")
    assert _region(facts, "2100") != "杭州市"


def test_a_place_heading_a_speakers_label_is_the_answers(tmp_path):
    body = ("主持人：下面请泰来县县长回答记者提问。\n"
            "泰来县县长：谢谢您的提问。2023年，我们安排衔接资金4.86亿元，其中用于产业发展3.12亿元。\n")
    facts = _facts(tmp_path, body, "黑龙江省巩固拓展脱贫攻坚成果新闻发布会")
    assert _region(facts, "4.86亿元") == "泰来县"


def test_a_speakers_label_naming_no_place_leaves_the_article_subject(tmp_path):
    # counter-example: 省财政厅副厅长： names no place; the answer is the province's
    body = ("省财政厅副厅长：谢谢。2023年，我们下达衔接资金82.6亿元，比上年增长5.5%。\n")
    facts = _facts(tmp_path, body, "黑龙江省巩固拓展脱贫攻坚成果新闻发布会")
    assert _region(facts, "82.6亿元") == "黑龙江省"


def test_a_county_short_form_ending_a_township_written_alone_is_the_township(tmp_path):
    # 丰镇 is the short form of 丰镇市 (内蒙古); 饶丰镇 is a town of 鄱阳县, written alone in the table's first column
    body = ("2024年上半年全县小额信贷发放情况如下。\n"
            "乡镇\t脱贫户数（户）\t获贷户数（户）\t户贷率（%）\n"
            "鄱阳镇\t1862\t812\t43.6\n"
            "饶丰镇\t1720\t702\t40.8\n"
            "从上表看，饶丰镇户贷率最低，为40.8%。\n")
    facts = _facts(tmp_path, body, "鄱阳县2024年上半年脱贫人口小额信贷工作通报")
    got = facts[facts["raw"] == "40.8%"].iloc[0]["region"]
    assert "丰镇市" not in got and got.startswith("鄱阳县")


def test_a_county_short_form_after_a_verb_stays_the_county(tmp_path):
    # counter-example: 赴丰镇 (丰镇 not written alone anywhere as a township's name) is 丰镇市
    body = "2023年，市乡村振兴局赴丰镇调研马铃薯产业，全市马铃薯种植面积达到26万亩。"
    facts = _facts(tmp_path, body, "乌兰察布市马铃薯产业发展情况")
    assert _region(facts, "26万亩") == "乌兰察布市"
    from fupin.region import find_mentions
    names = [m.place.name for m in find_mentions(body, [], set())]
    assert "丰镇市" in names


def test_short_forms_listed_before_a_count_of_townships_are_townships(tmp_path):
    # 青川 is the short form of 青川县 (四川); here it is a township of 延寿县, counted with 中和 as 两个乡镇
    body = "2023年，中和镇新建联村供水工程1处，解决了中和、青川两个乡镇7个村季节性缺水问题。"
    facts = _facts(tmp_path, body, "延寿县2023年农村饮水安全工作总结")
    assert "青川县" not in _region(facts, "7个")


def test_short_forms_listed_before_a_count_of_counties_stay_counties():
    # counter-example: 青川、平武两县 counts counties
    from fupin.region import find_mentions
    names = [m.place.name for m in find_mentions("青川、平武两县新建供水工程12处。", [], set())]
    assert "青川县" in names


def test_a_foundation_named_after_a_place_is_an_organisation(tmp_path):
    body = "2023年，动员社会组织捐赠款物666.8万元，其中中国社会福利基金会等3家基金会捐赠412万元。"
    facts = _facts(tmp_path, body, "某部2023年定点帮扶江西省莲花县、遂川县工作情况")
    assert _region(facts, "412万元") != "中华人民共和国"


def test_a_place_before_a_fund_stays_the_place(tmp_path):
    # counter-example: 遂川县产业发展基金 is money of the county, not an organisation
    body = "2023年，遂川县设立产业发展基金1200万元。"
    facts = _facts(tmp_path, body, "某部2023年定点帮扶江西省莲花县、遂川县工作情况")
    assert _region(facts, "1200万元") == "遂川县"


def test_quanshi_inside_a_clause_of_a_sentence_headed_by_a_city_is_that_city(tmp_path):
    body = "福鼎市建成农村供水智慧监管平台，对全市156处供水工程实现在线监测。"
    facts = _facts(tmp_path, body, "宁德市2023年农村供水保障工作情况")
    assert _region(facts, "156处") == "福鼎市"


def test_quanshi_heading_a_clause_sums_up_for_the_article(tmp_path):
    # counter-example: 全市 heading its clause after a county-level city's figure is the prefecture
    body = "福安市完成农村供水工程32处，全市累计完成156处。"
    facts = _facts(tmp_path, body, "宁德市2023年农村供水保障工作情况")
    assert _region(facts, "156处") == "宁德市"


def test_places_counted_as_objects_are_not_the_place_of_the_clauses_after(tmp_path):
    body = ("2024年，全市计划实施农村供水工程156处，重点推进古田县、屏南县2个城乡供水一体化项目，"
            "新建改造供水管网420公里。")
    facts = _facts(tmp_path, body, "宁德市2024年农村供水保障工作计划")
    assert _region(facts, "420公里") == "宁德市"


def test_places_counted_as_themselves_keep_the_clauses_after(tmp_path):
    # counter-example: 莎车、叶城两个县的产业园 counts the counties; the figures after are theirs
    body = "上海援建的莎车县、叶城县两个县的纺织服装产业园已入驻企业46家，吸纳当地群众就业1.28万人。"
    facts = _facts(tmp_path, body, "上海援疆工作综述")
    assert "莎车县" in _region(facts, "1.28万人")


def test_a_short_form_with_its_level_ending_before_a_count_of_townships_stays_the_unit(tmp_path):
    # counter-example: 甘南州97个乡镇 counts the townships of 甘南州; 甘南州 is no township
    body = "深化携手奔小康行动，天津市62个街道与甘南州97个乡镇结对。"
    facts = _facts(tmp_path, body, "天津市对口帮扶甘南州工作情况")
    assert _region(facts, "97个") == "甘南藏族自治州"
