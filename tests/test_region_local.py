"""Regions below the county and the movement of people: townships and villages named after their
county (names with numerals or ordinary words), the words standing for them (全村, 村民 at the head of a
clause), and where relocated people came from (来自…, 从…搬迁) against where they now live.

Sentences written in the style of interviews, resettlement features and county reports.
"""
from __future__ import annotations

from fupin import region

from fixtures.placed import many


def test_village_named_with_numerals_and_the_words_standing_for_it():
    # an interview: the village is named once with its county, then 全村 / 村里 / 村民 stand for it
    text = ("湘西州乡村振兴在线访谈\n问：保靖县十八湾村是产业示范村，现在村里怎么样？\n"
            "答：十八湾村这几年变化很大。村里发展了茶叶产业，2023年全村接待游客5万人次。"
            "村民人均纯收入达到16000元，村集体经济收入增加到120万元。全州农村居民人均可支配收入14560元。")
    got = many(text, [("5万人次", "person_time"), ("16000元", "CNY"), ("120万元", "CNY"), ("14560元", "CNY")],
               title="湘西州乡村振兴在线访谈")
    assert [a.region for a in got[:3]] == ["保靖县十八湾村"] * 3
    assert got[0].region_reason.startswith("全村 → 保靖县十八湾村")
    assert got[3].region == "湘西土家族苗族自治州"


def test_township_named_after_its_county_is_the_article_place():
    # a resettlement feature titled with the township: 全镇 and the figures without a place are its own
    text = ("三岔镇移民搬迁群众的新生活\n走进甘肃省会宁县三岔镇，新建的安置小区整齐排列。"
            "三岔镇农民人均可支配收入从2015年的3200元增加到2023年的13800元；全镇建成扶贫车间6个。")
    got = many(text, [("3200元", "CNY"), ("13800元", "CNY"), ("6个", "other:车间")],
               title="三岔镇移民搬迁群众的新生活")
    assert {a.region for a in got} == {"会宁县三岔镇"}
    assert got[2].region_reason.startswith("全镇 → 会宁县三岔镇")


def test_relocated_people_belong_to_where_they_now_live_not_where_they_came_from():
    # 来自 a list of counties (the first written with its prefecture): the origins, not the settlement
    text = ("永宁县闽宁镇移民搬迁纪实\n原隆村是闽宁镇最大的移民村。2012年以来，这里先后安置了"
            "来自固原市原州区、隆德县的移民1998户、10578人。")
    got = many(text, [("1998户", "household"), ("10578人", "person")], title="永宁县闽宁镇移民搬迁纪实")
    assert [a.region for a in got] == ["永宁县闽宁镇", "永宁县闽宁镇"]


def test_people_moved_from_a_list_of_counties_are_counted_where_they_settled():
    text = ("红寺堡区移民搬迁综述\n二十多年来，共有2.3万名群众从西吉县、隆德县搬迁而来，"
            "建成移民新村12个。")
    got = many(text, [("2.3万名", "person"), ("12个", "village")], title="红寺堡区移民搬迁综述")
    assert [a.region for a in got] == ["红寺堡区", "红寺堡区"]


def test_origin_inside_the_article_place_stays_a_place():
    # 来自 a county of the article's own prefecture: the county is the figure's place as written
    text = "固原市劳务协作\n来自西吉县的务工人员1200人在福建就业。"
    got = many(text, [("1200人", "person")], title="固原市劳务协作")
    assert got[0].region == "西吉县"


def test_categories_of_villages_and_townships_are_not_names():
    for name in ("贫困村", "所有乡", "移民村", "重点村", "深度贫困村", "非贫困村", "各乡", "两个乡镇", "三乡两镇",
                 "两个村"):
        assert not region._unit_name(name), name
    for name in ("十八洞村", "三岔镇", "石门村", "城关镇", "闽宁镇", "将台乡", "原隆村"):
        assert region._unit_name(name), name


def test_a_category_of_villages_after_a_county_is_no_village():
    text = "会宁县脱贫攻坚\n会宁县贫困村全部退出，全县贫困发生率降至0.8%。"
    got = many(text, [("0.8%", "percent")], title="会宁县脱贫攻坚")
    assert got[0].region == "会宁县"
    ap = region.ArticlePlaces.build(text, "会宁县脱贫攻坚", [], set())
    assert not any(m.place.level == "village" for m in ap.mentions)


def test_a_breed_named_after_a_county_is_not_the_county():
    # a provincial report: 固始鸡 and 荣昌猪 are breeds; 西吉牛羊 (two animals) is the county's livestock
    text = ("河南省革命老区彩票公益金使用情况\n资金用于光山县、固始县等7个县。"
            "一是续建固始鸡养殖小区9个，使用1071万元。二是建设荣昌猪保种场2个。")
    got = many(text, [("9个", "other:小区"), ("1071万元", "CNY"), ("2个", "other:场")],
               title="河南省革命老区彩票公益金使用情况")
    assert [a.region for a in got] == ["河南省", "河南省", "河南省"]
    text2 = "固原市畜牧业发展\n西吉牛羊养殖户达到1.2万户。"
    assert many(text2, [("1.2万户", "household")], title="固原市畜牧业发展")[0].region == "西吉县"


def test_people_moved_to_a_place_named_in_the_clause_belong_to_it_wherever_they_came_from():
    # 将 a county of the article's own prefecture …安置到 another: the count is of the settlement
    text = "固原市移民搬迁\n2023年，将西吉县的3000户群众安置到原州区。"
    got = many(text, [("3000户", "household")], title="固原市移民搬迁")
    assert got[0].region == "原州区"


def test_a_list_of_places_and_respective_figures_with_a_district_ending_the_list():
    # 原州区分别: the word 区分 across the end of the district's full name does not hide it
    text = "固原市移民搬迁\n西吉县、海原县、原州区分别为1200户、800户和600户。"
    got = many(text, [("1200户", "household"), ("800户", "household"), ("600户", "household")],
               title="固原市移民搬迁")
    assert [a.region for a in got] == ["西吉县", "海原县", "原州区"]


def test_a_provincial_name_and_a_county_written_together_across_a_common_word():
    # 甘肃省会宁县: 省会 straddles the join of two full names, one enclosing the other
    text = "白银市乡村振兴\n甘肃省会宁县建成扶贫车间12个。"
    assert many(text, [("12个", "other:车间")], title="白银市乡村振兴")[0].region == "会宁县"


def test_the_own_share_of_a_prefecture_after_its_counties():
    # 分县看 … 喀什地区本级及其他1.24亿元: the prefecture's own level, not the last county listed
    text = ("上海援疆工作综述\n分县看，莎车县安排援疆资金7.86亿元，巴楚县4.36亿元，"
            "喀什地区本级及其他1.24亿元、16个。")
    got = many(text, [("4.36亿元", "CNY"), ("1.24亿元", "CNY"), ("16个", "project")], title="上海援疆工作综述")
    assert [a.region for a in got] == ["巴楚县", "喀什地区", "喀什地区"]


def test_a_district_named_with_ordinary_words_is_a_word_unless_its_city_is_named():
    # 老城区 is a district of 洛阳市 and the old quarter of any town
    text = "固原市城乡建设\n固原市完成老城区改造项目3个。"
    assert many(text, [("3个", "project")], title="固原市城乡建设")[0].region == "固原市"
    text2 = "洛阳市乡村振兴\n老城区建成社区工厂3个。"
    assert many(text2, [("3个", "other:工厂")], title="洛阳市乡村振兴")[0].region == "老城区"
