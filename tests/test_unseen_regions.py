"""Region, period and actor on reports written for the tests from provinces the corpus barely
covers (黔东南, 和田 with 北京援疆, 凉山, 西海固 with 闽宁协作, 赣州), each with a gold table in the
seed-gold layout (tests/data/unseen_regions/NAME.txt + NAME.gold.csv). Named sentences below show
each rule on its own, in the language of such reports."""
from __future__ import annotations


import pytest

from fupin import gazetteer, paths

from fixtures.placed import many
from fixtures.written import agree as region_agrees, aligned

DATA = paths.ROOT / "tests" / "data" / "unseen_regions"


@pytest.mark.parametrize("name,least", [
    ("01_qiandongnan_2023_summary", 32), ("02_hotan_beijing_aid_2023", 20),
    ("03_liangshan_2022_relocation", 23), ("04_xihaigu_minning_2020", 25),
    ("05_ganzhou_2019_districts", 20)])
def test_written_reports_regions_agree_with_their_gold(name, least):
    gold, pairs = aligned(DATA, name)
    assert len(pairs) == len(gold)
    agree = [g["raw"] for g, f in pairs if region_agrees(g["region"], f["region"] or "")]
    assert len(agree) >= least, [(g["raw"], g["region"], f["region"]) for g, f in pairs
                                 if g["raw"] not in agree]


# --------------------------------------------------------------------------- region rules


def test_respective_figures_go_to_the_listed_places_in_order():
    text = "从江县、榕江县和雷山县获得的衔接资金分别为3.15亿元、2.87亿元、1.64亿元。"
    got = many(text, [("3.15亿元", "CNY"), ("2.87亿元", "CNY"), ("1.64亿元", "CNY")])
    assert [a.region for a in got] == ["从江县", "榕江县", "雷山县"]
    # counts that do not agree leave the rule aside
    text = "于都县、宁都县退出贫困村分别为37个、42个、29个。"
    got = many(text, [("37个", "village"), ("42个", "village"), ("29个", "village")])
    assert "respectively" not in got[0].region_reason


def test_recipient_of_paired_aid_is_the_region_and_the_giver_the_actor():
    title = "黔东南州2023年东西部协作工作情况"
    text = title + "\n广州市帮扶黔东南州财政援助资金4.92亿元,实施协作项目213个。"
    got = many(text, [("4.92亿元", "CNY"), ("213个", "project")], title=title, pub_date="2024-01-10")
    assert [a.region for a in got] == ["黔东南苗族侗族自治州"] * 2
    assert got[0].actor == "广州市"


def test_aid_funds_given_from_afar_belong_to_the_article_place():
    title = "固原市闽宁协作成效显著"
    text = title + "\n今年以来,福建省安排闽宁协作财政援助资金6.8亿元,较上年增加1.1亿元。" \
        "兵团第十四师昆玉市今年接收北京援疆资金1.05亿元。"
    got = many(text, [("6.8亿元", "CNY"), ("1.1亿元", "CNY"), ("1.05亿元", "CNY")],
               title=title, pub_date="2020-12-21")
    assert [a.region for a in got[:2]] == ["固原市", "固原市"] and got[0].actor == "福建省"
    assert got[2].region == "昆玉市"  # a receiving place keeps its figure


def test_whole_city_below_a_province_subject_is_the_city_the_article_cites():
    title = "闽宁协作助力西海固 固原市贫困县全部摘帽"
    text = title + "\n记者从固原市扶贫办获悉,固原市贫困县全部摘帽。截至10月底,全市贫困人口减少到0.61万人。"
    got = many(text, [("0.61万人", "person")], title=title, pub_date="2020-12-21")
    assert got[0].region == "固原市"


def test_origin_of_enterprises_is_not_the_region():
    text = "隆德县城关镇依托产业园,引进福建企业8家,建成扶贫车间14个。"
    got = many(text, [("8家", "enterprise"), ("14个", "other:workshop")])
    # 县城 does not hide 隆德县 either; the township named after it is the figures' place, inside it
    assert [a.region for a in got] == ["隆德县城关镇", "隆德县城关镇"]
    assert got[0].region_code == "640423"


def test_whole_unit_as_a_yardstick_is_not_the_region():
    title = "凉山州易地扶贫搬迁后续扶持工作情况"
    text = title + "\n昭觉县沐恩邸社区是全州最大的集中安置点,安置搬迁群众4000余户。"
    got = many(text, [("4000余户", "household")], title=title)
    assert got[0].region == "昭觉县"


def test_organisation_named_after_a_county_locates_its_figures():
    title = "固原市产业扶贫成效"
    text = title + "\n宁夏泾源县黄牛产业有限公司今年收购农户肉牛1.6万头。" \
        "固原市金鼎农业有限公司等24家龙头企业带动3291户增收。"
    got = many(text, [("1.6万头", "head"), ("3291户", "household")], title=title)
    assert got[0].region == "泾源县"
    assert got[1].region == "固原市"  # organisations named as examples (等) say nothing


def test_national_figures_quoted_in_a_local_report_stay_national():
    title = "凉山州巩固易地扶贫搬迁成果"
    text = title + "\n凉山州累计建成安置点1490个。据介绍,“十三五”期间全国累计建成集中安置区约3.5万个," \
        "960多万建档立卡贫困群众通过易地扶贫搬迁摆脱贫困。和田地区农民收入增速高于全国平均水平1.6个百分点。"
    got = many(text, [("约3.5万个", "other:区"), ("960多万", "person"), ("1.6个百分点", "percentage_point")],
               title=title)
    assert [a.region for a in got[:2]] == ["中华人民共和国"] * 2
    assert got[2].region == "和田地区"  # a gap over the national average is the subject's


def test_renamed_counties_and_bingtuan_cities():
    by_alias = gazetteer.load().by_alias
    assert by_alias["会理县"][0].name == "会理市" and by_alias["会理县"][0].code == "513402"  # code since 2021
    assert by_alias["赣县"][0].name == "赣县区"
    assert by_alias["昆玉市"][0].parent == "新疆维吾尔自治区"  # as the table's 阿拉尔市
    assert by_alias["第十师"][0].name == "新疆生产建设兵团第十师"


# --------------------------------------------------------------------------- period rules


def test_a_summary_of_last_year_dates_its_figures_by_its_own_year():
    title = "黔东南州2023年巩固拓展脱贫攻坚成果工作总结"
    text = title + "\n全年共争取衔接资金28.6亿元,较上年增加1.9亿元。全州计划新建产业基地20个。" \
        "\n全州纳入监测对象2.31万户。"
    got = many(text, [("28.6亿元", "CNY"), ("1.9亿元", "CNY"), ("20个", "other:基地"), ("2.31万户", "household")],
               title=title, pub_date="2024-01-16")
    assert [a.period for a in got] == ["2023", "2023", "2023 (plan)", "2023"]


def test_a_comparison_base_is_not_the_period_of_the_figure():
    text = "截至9月底,全州累计实现转移就业14.8万人,较上年同期增加1.3万人。"
    got = many(text, [("14.8万人", "person"), ("1.3万人", "person")], pub_date="2022-10-18")
    assert [a.period for a in got] == ["cumulative-..2022-09"] * 2
    text = "2023年,全县脱贫人口人均纯收入14862元,比2022年增长12.3%。"
    got = many(text, [("14862元", "CNY"), ("12.3%", "percent")], pub_date="2024-01-16")
    assert [a.period for a in got] == ["2023", "2023"]


def test_start_of_a_change_dates_only_its_own_figures():
    text = "截至10月底,全市贫困人口由2014年底的10.26万户41.8万人减少到0.17万户0.61万人," \
        "贫困发生率由31.7%下降到0.48%。"
    specs = [("10.26万户", "household"), ("41.8万人", "person"), ("0.17万户", "household"),
             ("0.61万人", "person"), ("31.7%", "percent"), ("0.48%", "percent")]
    got = many(text, specs, pub_date="2020-12-21")
    assert [a.period for a in got] == ["2014", "2014", "2020-01..2020-10", "2020-01..2020-10",
                                       "2014", "2020-01..2020-10"]


def test_first_three_quarters_and_this_year_in_the_lead():
    text = "新华社乌鲁木齐11月20日电 今年以来,北京市持续加大援疆力度。\n前三季度全国农村居民人均可支配收入15705元。"
    got = many(text, [("15705元", "CNY")], pub_date="2023-11-20")
    assert got[0].period == "2023-01..2023-09"
