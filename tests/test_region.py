"""Regions: the national gazetteer and the rules that give each number its place.

Sentences are written in the style of county and prefecture reports (衔接资金 notices, audit
results, paired-aid news); quantities are placed by hand so that only attribution is exercised.
"""
from __future__ import annotations

from fupin import gazetteer

from fixtures.placed import many



# --------------------------------------------------------------------------- gazetteer


def test_national_gazetteer_is_complete_and_has_parent_chains():
    gz = gazetteer.load()
    assert len(gz.places) > 3000
    assert {p.level for p in gz.places} >= {"country", "province", "prefecture", "county"}
    assert sum(p.level == "province" for p in gz.places) >= 34
    kz = gz.by_name["克孜勒苏柯尔克孜自治州"][0]
    assert (kz.level, kz.parent, kz.code) == ("prefecture", "新疆维吾尔自治区", "653000")
    assert kz.lon is not None and 70 < kz.lon < 80
    gh = gz.by_name["广河县"][0]
    assert [p.name for p in gz.ancestors(gh)] == ["临夏回族自治州", "甘肃省", "中华人民共和国"]
    assert gazetteer.source_version() == "cpca 0.5.5"


def test_short_forms_by_rule_and_from_the_alias_file():
    by_alias = gazetteer.load().by_alias
    assert by_alias["伊犁"][0].name == "伊犁哈萨克自治州"      # ethnic name stripped
    assert by_alias["黔西南州"][0].name == "黔西南布依族苗族自治州"  # short form + 州
    assert by_alias["内蒙古"][0].name == "内蒙古自治区"
    assert by_alias["克州"][0].code == "653000"              # alias file
    assert by_alias["日喀则地区"][0].name == "日喀则市"        # former name
    assert by_alias["那曲地区"][0].name == "那曲市"            # renamed unit: its code since 2017
    assert by_alias["那曲地区"][0].code == "540600"
    old, since = gazetteer.load().former["那曲市"]               # the former name keeps the table's code
    assert (old.name, old.code, since) == ("那曲地区", "542400", 2017)
    assert by_alias["第十三师"][0].name == "新疆生产建设兵团第十三师"
    assert by_alias["陕南"][0].parent == "陕西省"
    for word in ("和平", "合作", "比如", "城区", "东方"):  # ordinary words are never places
        assert word not in by_alias


def test_shared_names_have_every_unit():
    cands = gazetteer.load().by_alias["朝阳区"]
    assert {p.parent for p in cands} == {"北京市", "长春市"}


def test_variant_character_is_folded_before_matching():
    assert [a for _s, _e, a in gazetteer.find("陜西省陜南地区")] == ["陕西省", "陕南地区"]


# --------------------------------------------------------------------------- clause structure


def test_place_heading_a_clause_governs_the_figures_after_it():
    text = ("全市共安排衔接资金项目249个。其中,甘州区安排项目68个、计划投资6.83亿元;"
            "临泽县安排项目181个,计划投资4.2亿元。")
    got = many(text, [("249个", "project"), ("68个", "project"), ("6.83亿元", "CNY"),
                      ("181个", "project"), ("4.2亿元", "CNY")], title="张掖市衔接资金项目")
    assert [a.region for a in got] == ["张掖市", "甘州区", "甘州区", "临泽县", "临泽县"]
    assert got[1].region_reason == "clause head 甘州区" and got[1].region_code == "620702"
    assert got[0].region_reason.startswith("全市 → article subject 张掖市")


def test_parenthesised_list_gives_each_figure_its_own_place():
    text = "全州项目完工率90.67%(临夏市89.71%、广河县97.24%、和政县92.5%)。"
    got = many(text, [("90.67%", "percent"), ("89.71%", "percent"), ("97.24%", "percent"),
                      ("92.5%", "percent")], title="临夏州衔接资金项目进展")
    assert [a.region for a in got] == ["临夏回族自治州", "临夏市", "广河县", "和政县"]
    assert [a.region_reason for a in got[1:]] == ["parenthesised list item"] * 3


def test_whole_county_word_is_the_article_subject():
    text = ("审计署关于甘肃省广河县扶贫资金的审计结果\n广河县隶属甘肃省临夏回族自治州,下辖9个乡镇。"
            "2012年末,全县户籍人口24.92万人,贫困发生率为35.36%。")
    got = many(text, [("9个", "other:township"), ("24.92万人", "person"), ("35.36%", "percent")],
               title="审计署关于甘肃省广河县扶贫资金的审计结果")
    assert {a.region for a in got} == {"广河县"}
    assert got[1].region_reason == "全县 → article subject 广河县"
    assert got[1].region_code == "622924" and got[1].region_level == "county"


def test_whole_province_word_in_a_county_article_is_its_province():
    text = "张掖市衔接资金下达\n我市资金增长6.25%,超全省平均增长率3.91个百分点。"
    got = many(text, [("6.25%", "percent")], title="张掖市衔接资金下达")
    assert got[0].region == "张掖市" and got[0].region_reason == "我市 → article subject 张掖市"


def test_unnamed_county_keeps_the_texts_own_word():
    text = "在衔接资金工作推进会上的讲话\n截至目前,我县已到位衔接资金26998.845万元。"
    a = many(text, [("26998.845万元", "CNY")], title="在衔接资金工作推进会上的讲话")[0]
    assert a.region == "我县" and a.region_code == ""


def test_total_after_a_list_of_places_is_the_enclosing_unit():
    text = "张掖市项目进展\n甘州区完成投资3.2亿元,临泽县完成投资1.1亿元,共计完成投资4.3亿元。"
    got = many(text, [("3.2亿元", "CNY"), ("1.1亿元", "CNY"), ("4.3亿元", "CNY")], title="张掖市项目进展")
    assert [a.region for a in got] == ["甘州区", "临泽县", "张掖市"]


def test_an_article_citing_several_counties_equally_is_about_their_prefecture():
    # 援疆综述 with no recipient in its title or lead: its figures belong to the prefecture enclosing
    # the counties it names once each, not to the first of them
    text = ("山东援疆2023年工作综述\n一年来,山东省安排援疆资金17.85亿元,实施援疆项目193个。\n"
            "在疏勒县、英吉沙县、麦盖提县、岳普湖县4个受援县建成标准化厂房32万平方米。")
    got = many(text, [("17.85亿元", "CNY"), ("193个", "project")], title="山东援疆2023年工作综述")
    assert [a.region for a in got] == ["喀什地区", "喀什地区"]


def test_workers_moved_to_a_province_are_counted_at_home():
    # 东西部协作 labour cooperation: 到江苏省就业 names where 陕西's workers went, not the count's place
    text = ("苏陕协作工作总结\n陕西省帮助农村劳动力转移就业12.47万人,到江苏省就业2.18万人。"
            "江苏省投入财政援助资金36.5亿元。")
    got = many(text, [("12.47万人", "person"), ("2.18万人", "person"), ("36.5亿元", "CNY")], title="苏陕协作工作总结")
    assert [a.region for a in got][:2] == ["陕西省", "陕西省"]
    assert got[2].region != "" and "江苏" not in got[1].region


def test_per_county_figure_lists_the_counties():
    text = "中央安排我省彩票公益金1.4亿元。用于栾川县、嵩县、卢氏县等3个革命老区县,每个县2000万元。"
    a = many(text, [("2000万元", "CNY")])[0]
    assert a.region == "栾川县;嵩县;卢氏县"


# --------------------------------------------------------------------------- national and donors


def test_national_reference_figures_and_yardsticks():
    text = ("广西衔接资金首次突破百亿\n据了解,2021年中央财政累计安排衔接资金1561亿元,下达广西资金103.83亿元。"
            "广西资金比2020年增幅达9.2%,高于全国平均增幅2.4个百分点。按照国家扶贫标准2300元,贫困人口减少。")
    got = many(text, [("1561亿元", "CNY"), ("103.83亿元", "CNY"), ("2.4个百分点", "percentage_point"),
                      ("2300元", "CNY")], title="广西衔接资金首次突破百亿")
    assert [a.region for a in got] == ["中华人民共和国", "广西壮族自治区", "广西壮族自治区", "中华人民共和国"]
    assert got[0].region_code == "100000"


def test_dateline_city_is_not_the_place_of_a_national_report():
    text = "脱贫地区农民收入增长\n本报北京3月26日电 2021年,全国脱贫人口人均纯收入达到12550元。"
    a = many(text, [("12550元", "CNY")], title="脱贫地区农民收入增长")[0]
    assert a.region == "中华人民共和国"


def test_recipient_of_paired_aid_is_the_region_and_the_reason_says_so():
    text = "浙江援疆工作综述\n浙江省对口支援阿克苏地区,2023年安排援疆资金12.5亿元。"
    a = many(text, [("12.5亿元", "CNY")], title="浙江援疆工作综述")[0]
    assert a.region == "阿克苏地区" and a.actor == "浙江省"
    assert a.region_reason.endswith("(donor/recipient: recipient)")


def test_donor_and_recipient():
    text = "浙江援疆助力阿克苏\n浙江省援疆指挥部在阿克苏地区安排援疆资金12.5亿元,实施项目120个。"
    got = many(text, [("12.5亿元", "CNY"), ("120个", "project")], title="浙江援疆助力阿克苏")
    assert [a.region for a in got] == ["阿克苏地区", "阿克苏地区"]


# --------------------------------------------------------------------------- ambiguity


def test_shared_name_is_resolved_from_the_articles_other_places():
    text = "兰州市推进乡村振兴\n城关区新建日间照料中心12个。"
    a = many(text, [("12个", "other:个")], title="兰州市推进乡村振兴")[0]
    assert a.region == "城关区" and a.region_code == "620102"
    assert "region_ambiguous" not in a.uncertain


def test_shared_name_without_context_is_flagged():
    text = "朝阳区新建日间照料中心12个。"
    a = many(text, [("12个", "other:个")])[0]
    assert a.region == "朝阳区" and a.region_code == "" and "region_ambiguous" in a.uncertain


def test_alias_file_rows_are_complete_and_name_known_parents():
    import csv

    from fupin.paths import data_file
    with data_file("gazetteer.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))
    names = set(gazetteer.load().by_name)
    for r in rows:
        assert None not in r and all(v is not None for v in r.values()), r
        assert r["level"] in {"country", "province", "area", "prefecture", "county", "none", "variant"}
        if r["parent"]:
            assert r["parent"] in names, r


def test_an_autonomous_county_written_with_xian_is_found_in_its_province():
    # 东乡县 is 甘肃's 东乡族自治县 in a 临夏州 report, though 江西 has a unit officially named 东乡县
    assert {p.code[:2] for p in gazetteer.load().by_alias["东乡县"]} >= {"36", "62"}
    title = "临夏州2023年脱贫人口收入情况"
    text = title + "\n全州脱贫人口人均纯收入达到12865元。其中,东乡县脱贫人口人均纯收入10562元。"
    got = many(text, [("12865元", "CNY"), ("10562元", "CNY")], title=title)
    assert (got[1].region, got[1].region_code) == ("东乡族自治县", "622926")
    # with nothing else to go by, neither 东乡县 is guessed
    alone = many("东乡县脱贫人口人均纯收入10562元。", [("10562元", "CNY")])
    assert alone[0].region_code == "" and alone[0].region == ""


# --------------------------------------------------------------------------- short form inside a longer name


def test_short_form_beginning_an_unknown_town_name_is_not_that_county():
    # 巴彦呼舒镇 is a town of 科尔沁右翼中旗: its first two characters are no mention of 巴彦县 (黑龙江)
    title = "兴安盟扶持肉牛产业"
    text = title + "\n兴安盟安排衔接资金1.2亿元。巴彦呼舒镇哈日道卜嘎查今年存栏肉牛860头。"
    got = many(text, [("1.2亿元", "CNY"), ("860头", "other:头")], title=title)
    # (named alone at a sentence opening, the town is a unit of the article's 兴安盟: tests/test_unseen_al.py)
    assert [a.region for a in got] == ["兴安盟", "巴彦呼舒镇"]


def test_town_name_head_after_a_function_word_or_list_is_still_dropped():
    title = "兴安盟扶持肉牛产业"
    text = title + "\n兴安盟在巴彦呼舒镇、代钦塔拉苏木新建棚圈120座。"
    a = many(text, [("120座", "other:座")], title=title)[0]
    assert a.region == "兴安盟"


def test_short_form_before_ordinary_words_ending_in_cun_stays_the_county():
    # near misses: 农村, 贫困村, 示范村 and a town named by a common word (安定镇) are language, so
    # the short form is still the county
    text = "西吉农村居民人均可支配收入12680元。西吉贫困村出列32个。平江安定镇新建产业基地3个。"
    got = many(text, [("12680元", "CNY"), ("32个", "other:个"), ("3个", "other:个")])
    assert [a.region.startswith(c) for a, c in zip(got, ["西吉县", "西吉县", "平江县"])] == [True] * 3


def test_short_form_of_a_county_named_elsewhere_keeps_its_town():
    title = "西吉县推进乡村振兴"
    text = title + "\n固原市西吉县新建日光温室1200栋,其中西吉将台乡新建温室300栋。"
    got = many(text, [("1200栋", "other:栋"), ("300栋", "other:栋")], title=title)
    # the township named after the county's short form is the figure's place, inside the county
    assert [a.region for a in got] == ["西吉县", "西吉县将台乡"]


# --------------------------------------------------------------------------- who the figure is about (session 7)


def test_places_visited_by_an_inspection_group_are_not_the_place_of_its_figures():
    title = "湖北省人大常委会执法检查组关于衔接资金管理使用情况的报告"
    text = title + ("\n执法检查组赴恩施土家族苗族自治州、十堰市、黄冈市、宜昌市等4个市州12个县(市、区)开展检查,"
                    "召开座谈会16次,实地察看项目89个。")
    got = many(text, [("12个", "other:county"), ("16次", "other:次"), ("89个", "project")], title=title)
    assert [a.region for a in got] == ["湖北省"] * 3
    # must not fire: the visited place named again as the subject of its own figures
    title = "宜昌市推进乡村振兴"
    text = title + "\n省检查组赴宜昌市开展检查。宜昌市今年安排衔接资金5.2亿元。"
    assert many(text, [("5.2亿元", "CNY")], title=title)[0].region == "宜昌市"


def test_a_county_name_read_as_a_verb_after_an_agency_is_not_the_county():
    # 会同 'together with': 县乡村振兴局会同县农商行 is no mention of 会同县 (湖南)
    title = "阜平县扎实做好脱贫人口小额信贷工作"
    text = title + "\n县乡村振兴局会同县农商行、邮储银行等金融机构逐户评级授信,单户贷款额度一般为3-5万元。"
    assert many(text, [("3-5万元", "CNY")], title=title)[0].region == "阜平县"
    # must not fire: 会同县 as the subject of its figure
    title = "怀化市推进乡村振兴"
    text = title + "\n会同县今年安排衔接资金1.2亿元。"
    assert many(text, [("1.2亿元", "CNY")], title=title)[0].region == "会同县"


def test_a_scenic_area_named_like_a_county_is_not_that_county():
    title = "于都县政府工作报告"
    text = title + "\n新改建农村公路186公里,完成示范村建设12个,屏山景区成功创建国家3A级旅游景区。"
    got = many(text, [("186公里", "other:km"), ("12个", "village")], title=title)
    assert [a.region for a in got] == ["于都县", "于都县"]
    # must not fire: the county itself is named in the text
    title = "宜宾市文旅发展"
    text = title + "\n屏山县新建旅游公路32公里。屏山景区接待游客12万人次。"
    got = many(text, [("32公里", "other:km"), ("12万人次", "person_time")], title=title)
    assert [a.region for a in got] == ["屏山县", "屏山县"]


def test_a_counted_group_keeps_the_place_it_was_defined_with():
    # 160个重点帮扶县 of the west, referred to again; a ratio to the national average is the group's
    title = "全国脱贫县农民收入情况"
    text = title + ("\n2021年,西部10省(区、市)确定160个国家乡村振兴重点帮扶县,国家层面出台14个方面倾斜支持政策。"
                    "截至目前,160个重点帮扶县人均GDP、人均一般公共预算收入分别约为全国平均水平的40%和20%。"
                    "下一步,将把160个重点县作为工作重点。")
    got = many(text, [("160个", "other:county"), ("14个", "other:aspect"), ("160个", "other:county"),
                      ("40%", "percent"), ("20%", "percent"), ("160个", "other:county")], title=title)
    assert [a.region for a in got] == ["西部地区;中华人民共和国", "中华人民共和国"] + ["西部地区;中华人民共和国"] * 4
    assert got[2].region_reason.startswith("group counted earlier")
    # must not fire: another count of that many villages with its own place in its clause
    title = "临夏州脱贫攻坚"
    text = title + "\n广河县有12个贫困村出列。和政县另有12个贫困村完成道路硬化。"
    got = many(text, [("12个", "village"), ("12个", "village")], title=title)
    assert [a.region for a in got] == ["广河县", "和政县"]


def test_a_ratio_to_an_average_belongs_to_the_subject_not_the_yardstick():
    title = "临泽县农民收入"
    text = title + "\n全县农民人均纯收入达到8000元,为全省平均水平的80%。"
    got = many(text, [("8000元", "CNY"), ("80%", "percent")], title=title)
    assert [a.region for a in got] == ["临泽县", "临泽县"]


def test_a_list_heading_its_clause_with_deng_is_the_subject_not_examples():
    title = "海南:教育健康帮扶织密脱贫群众民生保障网"
    text = title + ("\n全省共发放雨露计划补助资金6900万元。五指山市、琼中黎族苗族自治县、白沙黎族自治县等中部市县"
                    "还为考入本科院校的学生发放奖励5000元,共惠及学生1860名。")
    got = many(text, [("6900万元", "CNY"), ("5000元", "CNY"), ("1860名", "person")], title=title)
    three = "五指山市;琼中黎族苗族自治县;白沙黎族自治县"
    assert [a.region for a in got] == ["海南省", three, three]
    # must not fire: places listed as examples of markets after a verb
    title = "海南消费帮扶"
    text = title + "\n海南省农产品打入北京、上海、成都等内地市场,销售额达5.2亿元。"
    assert many(text, [("5.2亿元", "CNY")], title=title)[0].region == "海南省"


def test_a_count_of_places_before_fenbie_takes_the_pair_named_before():
    title = "中国华能定点帮扶工作综述"
    text = title + ("\n全年向定点帮扶的四川省昭觉县、甘孜县投入无偿帮扶资金1.15亿元。昭觉县光伏电站装机2万千瓦。"
                    "截至2023年末,两县脱贫人口人均纯收入分别达到13856元和14203元,同比分别增长14.2%和12.8%。")
    got = many(text, [("13856元", "CNY"), ("14203元", "CNY"), ("14.2%", "percent"), ("12.8%", "percent")],
               title=title)
    assert [a.region for a in got] == ["昭觉县", "甘孜县", "昭觉县", "甘孜县"]
    # must not fire: the last list has three counties, not two
    title = "凉山州定点帮扶"
    text = title + ("\n向昭觉县、布拖县、美姑县投入帮扶资金1.2亿元。"
                    "两县脱贫人口人均纯收入分别达到13856元和14203元。")
    got = many(text, [("13856元", "CNY"), ("14203元", "CNY")], title=title)
    assert not any(a.region_reason.startswith("respectively") for a in got)


def test_a_lone_zizhiqu_before_a_kind_of_funds_is_the_funding_level():
    title = "大化瑶族自治县农村供水工程运行管理情况"
    text = title + "\n全年落实维修养护资金612万元，其中县级财政资金356万元、自治区补助资金256万元。"
    got = many(text, [("612万元", "CNY"), ("356万元", "CNY"), ("256万元", "CNY")], title=title)
    assert [a.region for a in got] == ["大化瑶族自治县"] * 3
    # must not fire: 自治区 as the subject that allocates
    title = "广西农村供水工程"
    text = title + "\n自治区安排资金1.2亿元支持农村供水工程。"
    assert many(text, [("1.2亿元", "CNY")], title=title)[0].region == "广西壮族自治区"


def test_a_place_heading_a_later_clause_is_not_the_place_of_an_earlier_figure():
    title = "黔东南州脱贫攻坚"
    text = title + "\n全年有312个贫困村退出，雷山县、丹寨县率先启动贫困县摘帽工作。新建产业园区5个,分布在雷山县。"
    got = many(text, [("312个", "village"), ("5个", "other:个")], title=title)
    assert got[0].region == "黔东南苗族侗族自治州"
    assert got[1].region == "雷山县"  # must not fire: a place after a verb, not heading a clause


def test_people_moved_to_places_closed_by_dengdi_are_counted_at_home():
    title = "固原市易地扶贫搬迁"
    text = title + ("\n全市累计完成易地扶贫搬迁3.36万人,其中县外移民到红寺堡区、闽宁镇等地1.27万人。"
                    "红寺堡区接收移民2.3万人。")
    got = many(text, [("3.36万人", "person"), ("1.27万人", "person"), ("2.3万人", "person")], title=title)
    assert [a.region for a in got] == ["固原市", "固原市", "红寺堡区"]


def test_a_clause_without_subject_continues_the_enclosing_place_heading_the_clause_before():
    title = "怒江州脱贫攻坚情况报告"
    text = title + "\n全国中西部22个省份中,云南省贫困人口较多,2013年底为661万人。"
    assert many(text, [("661万人", "person")], title=title)[0].region == "云南省"
    # must not fire: the enclosing place is the object of 隶属, not the subject
    title = "广河县扶贫资金审计"
    text = title + "\n广河县隶属甘肃省临夏回族自治州,下辖9个乡镇。"
    assert many(text, [("9个", "other:township")], title=title)[0].region == "广河县"


def test_a_renamed_unit_is_named_and_coded_as_of_the_reports_year():
    # 沙湾县 became 沙湾市 in 2021 (654223 -> 654203): a 2019 report writing 沙湾县 keeps the former unit
    title = "辽宁援疆2019年工作综述"
    text = title + "\n2019年,抚顺市支援沙湾县,安排资金4010万元。"
    a = many(text, [("4010万元", "CNY")], title=title)[0]
    assert (a.region, a.region_code) == ("沙湾县", "654223")
    # must not fire: a report of a later year, or one without a year, has the current name and code
    title = "塔城地区乡村振兴"
    for year in ("2023年,", ""):
        text = title + f"\n{year}沙湾县安排衔接资金4010万元。"
        a = many(text, [("4010万元", "CNY")], title=title)[0]
        assert (a.region, a.region_code) == ("沙湾市", "654203")
    assert gazetteer.load().by_code["654223"].name == "沙湾县"  # the former code still finds its unit


def test_a_place_named_as_an_example_after_a_figure_does_not_take_it():
    title = "甘肃省扶贫车间建设情况"
    text = title + "\n今年新建扶贫车间1200个,如定西市依托马铃薯产业建成车间85个。"
    got = many(text, [("1200个", "other:个"), ("85个", "other:个")], title=title)
    assert [a.region for a in got] == ["甘肃省", "定西市"]  # the example keeps its own figure


def test_a_place_naming_where_goods_come_from_yields_to_the_place_that_acts():
    title = "福州市对口帮扶定西市 消费帮扶金额突破8亿元"
    text = title + "\n据介绍,福州市在城区设立定西特色农产品展销中心6个、专柜专区120余个。"
    got = many(text, [("6个", "other:个"), ("120余个", "other:个")], title=title)
    assert [a.region for a in got] == ["福州市;定西市", "福州市;定西市"]
    # must not fire: a place's own goods with no other place acting in its clause
    title = "定西市消费帮扶"
    text = title + "\n岷县农产品销售额达3亿元。"
    assert many(text, [("3亿元", "CNY")], title=title)[0].region == "岷县"


# --------------------------------------------------------------------------- counts of places


def test_the_remaining_units_are_of_the_unit_enclosing_those_named():
    # 其余4个县（市、区）合计…: the remaining counties of the city, after those named with their figures
    text = ("宁德市农村供水工作情况\n各县（市、区）推进城乡供水一体化。屏南县完成投资0.86亿元，周宁县0.74亿元，"
            "古田县1.37亿元，其余4个县（市、区）合计2.18亿元。")
    got = many(text, [("1.37亿元", "CNY"), ("4个", "other:县区"), ("2.18亿元", "CNY")], title="宁德市农村供水工作情况")
    assert [a.region for a in got] == ["古田县", "宁德市", "宁德市"]
    # one county named before: the remaining ones are its prefecture's
    text = "福建省农村供水\n古田县完成投资1.37亿元，其余4个县合计2.18亿元。"
    got = many(text, [("1.37亿元", "CNY"), ("2.18亿元", "CNY")], title="福建省农村供水")
    assert [a.region for a in got] == ["古田县", "宁德市"]


def test_a_count_of_counties_named_after_its_figure():
    # 2个县的资金…，其中明水县…、兰西县…: the count and its figure are of the two counties named after 其中
    title = "绥化市审计局审计结果公告"
    text = (f"{title}\n一是资金闲置。2个县的衔接资金2156.3万元滞留在县级财政超过1年未使用，"
            "其中明水县1328.6万元、兰西县827.7万元。")
    got = many(text, [("2个", "other:县"), ("2156.3万元", "CNY"), ("1328.6万元", "CNY")], title=title)
    assert [a.region for a in got] == ["明水县;兰西县", "明水县;兰西县", "明水县"]
    # counter-example: three counties counted, two named: which the third is the text does not say
    text = (f"{title}\n一是资金闲置。3个县的衔接资金2156.3万元滞留在县级财政超过1年未使用，"
            "其中明水县1328.6万元、兰西县827.7万元。")
    got = many(text, [("2156.3万元", "CNY")], title=title)
    assert got[0].region == "绥化市"


def test_a_count_of_the_listed_units_of_a_place_named_before_them():
    # 喀什地区莎车、泽普、叶城、巴楚四县: the four counties of the prefecture named right before the list
    text = "上海援疆综述\n今年是上海对口支援新疆喀什地区莎车、泽普、叶城、巴楚四县的第二十四个年头。"
    assert many(text, [("四县", "other:县")], title="上海援疆综述")[0].region == "喀什地区"
    # counter-example: no place before the list, the count is of the listed counties
    text = "绥化市审计结果公告\n绥化市审计局对明水、青冈、望奎、兰西4县衔接资金进行了审计。"
    got = many(text, [("4县", "other:县")], title="绥化市审计结果公告")[0]
    assert got.region == "明水县;青冈县;望奎县;兰西县"
