"""Region on a second set of reports written for the tests from provinces and structures the corpus
and tests/data/unseen_regions do not cover: 兴安盟 with 京蒙协作 (盟/旗/苏木/嘎查, 科右前旗), 青海's six
Tibetan prefectures with 援青 (海南州 of 青海, renamed 同仁市), 怒江州 (自治县 short forms, 三区三州),
百色/河池 with 粤桂协作 (县级市, renamed 田阳区, 粤桂两省区), 湘西州/恩施州 (自治州 short forms, 武陵山片区),
喀什地区 with 兵团第三师图木舒克市 and 四十四团. Each has a gold table in the seed-gold layout
(tests/data/unseen_regions2/NAME.txt + NAME.gold.csv).

First contact (before any change made for them, scored with ../shared/tools/region_score.py):
region agreement 0.906 (115/127): 01 15/22, 02 21/21, 03 20/21, 04 14/18, 05 24/24, 06 21/21.
After the rules below: 0.992 (126/127). Named sentences show each rule on its own."""
from __future__ import annotations


import pytest

from fupin import gazetteer, paths

from fixtures.placed import many
from fixtures.written import agree as region_agrees, aligned

DATA = paths.ROOT / "tests" / "data" / "unseen_regions2"


# floors: first contact in brackets
@pytest.mark.parametrize("name,least", [
    ("01_xinganmeng_jingmeng_2021", 22),   # (15)
    ("02_qinghai_yuanqing_2021", 21),      # (21)
    ("03_nujiang_2020_report", 20),        # (20)
    ("04_baise_hechi_yuegui_2022", 18),    # (14)
    ("05_xiangxi_enshi_2021", 24),         # (24)
    ("06_kashgar_bingtuan_2023", 21)])     # (21)
def test_written_reports_regions_agree_with_their_gold(name, least):
    gold, pairs = aligned(DATA, name)
    agree = [g["raw"] for g, f in pairs if region_agrees(g["region"], f["region"] or "")]
    assert len(agree) >= least, [(g["raw"], g["region"], f["region"]) for g, f in pairs
                                 if g["raw"] not in agree]


# --------------------------------------------------------------------------- gazetteer


def test_banner_abbreviations_and_renamed_counties():
    by_alias = gazetteer.load().by_alias
    assert by_alias["科右前旗"][0].name == "科尔沁右翼前旗"
    assert by_alias["达茂旗"][0].name == "达尔罕茂明安联合旗"
    assert by_alias["田阳县"][0].name == "田阳区" and by_alias["田阳县"][0].code == "451003"
    assert by_alias["横县"][0].name == "横州市"
    assert by_alias["龙胜县"][0].name == "龙胜各族自治县"
    assert by_alias["开县"][0].name == "开州区"
    assert "达旗" not in by_alias  # 到达旗县: a word piece, not 达拉特旗


def test_banner_abbreviation_in_a_respective_list():
    text = "科右中旗、突泉县、阿尔山市获得的京蒙协作资金分别为9200万元、6800万元、3100万元。"
    got = many(text, [("9200万元", "CNY"), ("6800万元", "CNY"), ("3100万元", "CNY")])
    assert [a.region for a in got] == ["科尔沁右翼中旗", "突泉县", "阿尔山市"]


# --------------------------------------------------------------------------- region rules


def test_a_short_form_glued_to_a_county_begins_a_township_name():
    title = "兴安盟京蒙协作工作综述"
    text = title + "\n科尔沁右翼中旗巴彦呼舒镇哈日道卜嘎查今年存栏肉牛860头。"
    got = many(text, [("860头", "head")], title=title)
    assert got[0].region.startswith("科尔沁右翼中旗")  # not 巴彦县 of 黑龙江
    assert "嘎查" in got[0].region  # 嘎查 is the village of a banner


def test_people_coming_from_afar_belong_to_the_place_they_work_in():
    title = "兴安盟京蒙协作工作综述"
    text = title + "\n来自北京的132名专业技术人才在兴安盟挂职帮扶。"
    got = many(text, [("132名", "person")], title=title)
    assert got[0].region == "兴安盟"
    # a place inside the article's place keeps its people (来自百色的劳动力)
    title = "百色市劳务协作情况"
    text = title + "\n来自田阳县的1.2万名农村劳动力在广东稳定就业。"
    got = many(text, [("1.2万名", "person")], title=title)
    assert got[0].region == "田阳区"


def test_goods_sold_to_or_through_a_place_are_the_sellers():
    title = "兴安盟消费帮扶成效"
    text = title + "\n全盟消费帮扶销售农畜产品7.82亿元,其中通过北京新发地市场销售1.96亿元,销往天津市0.8亿元。"
    got = many(text, [("7.82亿元", "CNY"), ("1.96亿元", "CNY"), ("0.8亿元", "CNY")], title=title)
    assert [a.region for a in got] == ["兴安盟"] * 3


def test_whole_county_after_a_named_county_is_that_county():
    title = "河池市巩固脱贫成果"
    text = title + "\n环江毛南族自治县是毛南族聚居地,全县脱贫人口人均纯收入达到12980元。"
    got = many(text, [("12980元", "CNY")], title=title)
    assert got[0].region == "环江毛南族自治县"


def test_a_province_pair_before_a_count_of_provinces_is_both():
    title = "粤桂协作结硕果"
    text = title + "\n百色市、河池市与广东深化协作,粤桂两省区共同投入财政帮扶资金23.6亿元。"
    got = many(text, [("两省区", "other:province")], title=title)
    assert set(got[0].region.split(";")) == {"广东省", "广西壮族自治区"}


def test_several_recipients_in_the_lead_make_the_enclosing_unit_the_subject():
    title = "粤桂协作结硕果"
    text = title + "\n今年以来,深圳市、广州市分别帮扶百色市、河池市。全区消费帮扶销售农产品达到96.3亿元。"
    got = many(text, [("96.3亿元", "CNY")], title=title)
    assert got[0].region == "广西壮族自治区"


def test_places_paired_with_partners_from_afar_are_the_recipients():
    title = "河池市东西部协作工作情况"
    text = title + "\n巴马瑶族自治县、凤山县、东兰县结对广州市番禺区、白云区、从化区,今年共实施协作项目65个。"
    got = many(text, [("65个", "project")], title=title)
    assert got[0].region == "巴马瑶族自治县;凤山县;东兰县"


def test_funds_put_into_a_place_are_that_places():
    title = "粤桂协作结硕果 百色河池巩固脱贫成果"
    text = title + "\n深圳市投入百色市财政帮扶资金11.8亿元。"
    got = many(text, [("11.8亿元", "CNY")], title=title)
    assert got[0].region == "百色市"


def test_a_list_before_a_count_of_its_provinces_or_after_an_aid_verb_is_one_region():
    title = "喀什地区援疆工作"
    text = title + "\n上海、山东、广东、深圳四省市对口支援喀什地区12个县市。" \
        "上海市对口支援莎车县、泽普县、叶城县、巴楚县,上半年投入援疆资金15.2亿元。"
    got = many(text, [("四省市", "other:province"), ("15.2亿元", "CNY")], title=title)
    assert got[0].region == "上海市;山东省;广东省;深圳市"
    assert got[1].region == "莎车县;泽普县;叶城县;巴楚县"
    title = "对口援青十年"
    text = title + "\n江苏省对口支援海南州,在共和县、贵德县建成产业园区2个。"
    got = many(text, [("2个", "other:industrial_park")], title=title)
    assert got[0].region == "共和县;贵德县"  # siblings listed in the figure's own clause


def test_deep_poverty_groups_are_areas_of_the_country_not_one_of_their_members():
    title = "三区三州脱贫攻坚综述"
    text = title + "\n“三区三州”2020年共安排中央财政专项扶贫资金520亿元。" \
        "西藏、四省涉藏州县、南疆四地州和四川凉山州、云南怒江州、甘肃临夏州的贫困人口全部脱贫。"
    got = many(text, [("520亿元", "CNY")], title=title)
    assert got[0].region == "三区三州;中华人民共和国"


def test_county_level_giver_of_an_aid_relation_is_the_actor():
    title = "兴安盟2021年京蒙协作工作综述"
    text = title + "\n北京市东城区、房山区结对帮扶兴安盟。其中,东城区对口帮扶科右前旗,投入资金8600万元。"
    got = many(text, [("8600万元", "CNY")], title=title)
    assert got[0].region == "科尔沁右翼前旗" and got[0].actor == "北京市东城区"


def test_same_named_and_autonomous_counties_elsewhere():
    title = "鲁渝协作助力酉阳"
    text = title + "\n山东省淄博市对口帮扶重庆市酉阳县,2021年投入财政援助资金1.2亿元。" \
        "石柱县、彭水县分别获得山东帮扶资金8000万元、7600万元。"
    got = many(text, [("1.2亿元", "CNY"), ("8000万元", "CNY"), ("7600万元", "CNY")], title=title)
    assert [a.region for a in got] == ["酉阳土家族苗族自治县", "石柱土家族自治县", "彭水苗族土家族自治县"]
    assert got[0].actor == "淄博市"
    title = "琼中县巩固脱贫成果"  # 海南's counties hang on the province directly
    text = title + "\n琼中县农村常住居民人均可支配收入14582元。保亭县、白沙县分别为15020元、13960元。"
    got = many(text, [("14582元", "CNY"), ("15020元", "CNY"), ("13960元", "CNY")], title=title)
    assert [a.region for a in got] == ["琼中黎族苗族自治县", "保亭黎族苗族自治县", "白沙黎族自治县"]
