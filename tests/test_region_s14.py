"""Regions (session 14): respective figures going on into the next clause, a residual group of units, a
yardstick's figure written after 比全省 without brackets, 村 opening a common noun, and a paragraph about a
village referred to by 该村. Each rule with a counter-example; sentences in the style of provincial bulletins,
statistical communiqués, county work reports and replies to citizens' messages."""
from __future__ import annotations

from fixtures.placed import many


def test_respective_pairing_goes_on_into_the_next_clause_listing_as_many_figures():
    title = "湖北省衔接资金支出进度通报"
    text = title + ("\n从各市看，黄冈、恩施、十堰支出率位居全省前三位，分别为91.2%、90.4%和89.7%，"
                    "高出全省平均水平5.1、4.3和3.6个百分点。")
    got = many(text, [("91.2%", "percent"), ("90.4%", "percent"), ("89.7%", "percent"), ("5.1", "percent"),
                      ("4.3", "percent"), ("3.6个百分点", "percent")], title=title)
    assert [a.region for a in got[3:]] == ["黄冈市", "恩施土家族苗族自治州", "十堰市"]
    assert got[4].region_reason.startswith("respectively")


def test_a_single_figure_after_a_respective_clause_is_not_paired():
    # counter-example: one figure (the province's average) after the 分别 clause, not a list of three
    title = "湖北省衔接资金支出进度通报"
    text = title + "\n黄冈、恩施、十堰支出率分别为91.2%、90.4%和89.7%，全省平均为86.1%。"
    got = many(text, [("91.2%", "percent"), ("90.4%", "percent"), ("89.7%", "percent"), ("86.1%", "percent")],
               title=title)[3:]
    assert got[0].region == "湖北省"
    # nor figures of a clause naming its own place
    text = title + "\n黄冈、恩施、十堰支出率分别为91.2%、90.4%和89.7%，襄阳市为80.1%、宜昌市为79.5%、荆州市为78.2%。"
    got = many(text, [("91.2%", "percent"), ("90.4%", "percent"), ("89.7%", "percent"), ("80.1%", "percent"),
                      ("79.5%", "percent"), ("78.2%", "percent")], title=title)[3:]
    assert got[0].region == "襄阳市"


def test_a_residual_group_with_a_unit_joined_to_it_is_the_enclosing_unit():
    title = "河南省2023年衔接资金支出进度"
    text = title + "\n省辖市\t下达资金（万元）\t支出率（%）\n洛阳\t186420\t82.0\n其他8市及济源示范区\t165320\t78.0\n"
    got = many(text, [("165320", "other"), ("78.0", "percent")], title=title)
    assert [a.region for a in got] == ["河南省", "河南省"]
    assert got[0].region_reason.startswith("remaining 8市")


def test_a_unit_named_after_a_residual_group_in_another_way_keeps_its_figure():
    # counter-example: the unit is not joined to the group (其他8市中济源示范区最高): its figure is its own
    title = "河南省2023年衔接资金支出进度"
    text = title + "\n其他8市中济源示范区支出率最高，达到85.2%。"
    got = many(text, [("85.2%", "percent")], title=title)
    assert got[0].region == "济源市"


def test_a_figure_right_after_bi_quansheng_without_brackets_is_the_provinces():
    title = "定西市2023年农村居民收入"
    text = title + "\n2023年，全市农村居民人均可支配收入13336元，增速比全省7.9%的水平高0.4个百分点。"
    got = many(text, [("13336元", "CNY"), ("7.9%", "percent"), ("0.4个百分点", "percent")], title=title)
    assert [a.region for a in got] == ["定西市", "甘肃省", "定西市"]


def test_a_difference_after_bi_quansheng_is_the_subjects():
    # counter-example: the comparative comes first (比全省高0.4个百分点): the difference is the city's own
    title = "定西市2023年农村居民收入"
    text = title + "\n2023年，全市农村居民人均可支配收入增长8.3%，比全省高0.4个百分点。"
    got = many(text, [("8.3%", "percent"), ("0.4个百分点", "percent")], title=title)
    assert [a.region for a in got] == ["定西市", "定西市"]


def test_cun_opening_a_common_noun_names_no_village():
    title = "巴中市2012年扶贫开发工作总结"
    text = title + "\n全年建成扶贫新村126个。新村共新建和改造农房1.68万户，新修村道路812公里，新建村卫生室118个。"
    got = many(text, [("812公里", "km"), ("118个", "other:卫生室")], title=title)
    assert [a.region for a in got] == ["巴中市", "巴中市"]


def test_a_village_named_alone_before_its_collective_stays_a_village_when_named_elsewhere():
    # counter-example: the same name written elsewhere as a name (，下淤村发展…) is a village wherever it is written
    title = "开化县结对帮扶工作"
    text = title + "\n2022年，下淤村发展民宿30家。下淤村集体经济收入达到320万元。"
    got = many(text, [("30家", "other:民宿"), ("320万元", "CNY")], title=title)
    assert all("下淤村" in a.region for a in got)


def test_a_paragraph_on_gaicun_keeps_its_figures_for_the_village():
    title = "关于娘子神乡某村光伏收益分配的回复"
    text = title + ("\n经县乡村振兴局、静乐县娘子神乡人民政府联合调查核实，该村光伏电站2023年实现发电收益27.6万元。"
                    "2023年，该村收益分配情况如下：一是设置公益岗位42个；二是实施小型公益事业4项，支出4.44万元。"
                    "以上合计27.6万元。\n目前，全县共建成村级光伏扶贫电站96座。")
    got = many(text, [("4项", "item"), ("4.44万元", "CNY"), ("27.6万元", "CNY"), ("27.6万元", "CNY"),
                      ("96座", "other")], title=title)
    assert [a.region for a in got[:4]] == ["静乐县娘子神乡"] * 4
    assert got[0].region_reason.startswith("paragraph on 该村")
    assert got[4].region == "静乐县"


def test_a_paragraph_on_a_village_gives_way_to_a_place_named_after_it():
    # counter-example: a place named after 该村 in the paragraph (全县) takes the figures after it
    title = "静乐县光伏扶贫收益分配情况"
    text = title + ("\n静乐县娘子神乡某村光伏电站2023年发电收益27.6万元，该村设置公益岗位42个。"
                    "全县光伏扶贫收益2652万元。共设置公益岗位4860个。")
    got = many(text, [("42个", "other"), ("2652万元", "CNY"), ("4860个", "other")], title=title)
    assert [a.region for a in got] == ["静乐县娘子神乡", "静乐县", "静乐县"]


def test_a_full_county_name_after_zaiyu_is_the_county():
    # 在于都县梓山镇: 在于 straddles the start of 于都县, but the full name with its level is meant as written
    title = "赣州市消费帮扶工作情况"
    text = title + ("\n全市建成消费帮扶专馆26个。在于都县梓山镇，富硒蔬菜基地通过专柜直供粤港澳大湾区，"
                    "全年销售蔬菜1.8万吨，带动脱贫户386户。")
    got = many(text, [("26个", "other"), ("1.8万吨", "ton"), ("386户", "household")], title=title)
    assert [a.region for a in got] == ["赣州市", "于都县梓山镇", "于都县梓山镇"]


def test_a_short_form_or_a_city_name_straddled_by_a_word_stays_dropped():
    # counter-examples: the short form alone (问题在于都没有落实), a 市 whose level opens a word (投资兴市场),
    # and a county's short form inside a verb before another full name (用于都安瑶族自治县)
    from fupin import gazetteer
    assert gazetteer.find("问题在于都没有落实到位") == []
    assert gazetteer.find("加大投资兴市场建设") == []
    assert [a for _s, _e, a in gazetteer.find("资金主要用于都安瑶族自治县")] == ["都安瑶族自治县"]


def test_units_directly_under_a_level_are_organisations_not_the_place_of_the_teams():
    title = "兴和县驻村工作队轮换情况"
    text = title + "\n从选派单位看，自治区直属单位选派工作队6支，乌兰察布市直属单位选派14支，县直单位选派98支。"
    got = many(text, [("6支", "other"), ("14支", "other"), ("98支", "other")], title=title)
    assert [a.region for a in got] == ["兴和县"] * 3


def test_the_direct_units_of_a_county_inside_the_articles_place_keep_it():
    # counter-example: in a report on the prefecture, a county's own direct units give the county
    title = "乌兰察布市驻村工作队轮换情况"
    text = title + "\n从选派单位看，兴和县直属单位选派工作队98支。"
    got = many(text, [("98支", "other")], title=title)
    assert got[0].region == "兴和县"
