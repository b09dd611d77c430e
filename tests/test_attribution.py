"""Attribution of quantities: indicator, region, period and actor.

Quantities are built by hand (position of a raw string in the sentence, its unit), so these tests
exercise attribution alone. Sentences are seed examples (marked) or written in the style of such
reports.
"""
from __future__ import annotations


import pytest

from fupin.attribution import Attribution, attribute, load_gazetteer, load_indicators, load_rules
from fupin.model import Quantity

from fixtures.placed import many


def q(text: str, raw: str, unit: str, nth: int = 1) -> Quantity:
    """The nth occurrence of ``raw`` in ``text`` as a quantity with ``unit``."""
    pos = -1
    for _ in range(nth):
        pos = text.index(raw, pos + 1)
    return Quantity(pos, pos + len(raw), raw, None, unit)


def one(text: str, raw: str, unit: str, nth: int = 1, **kw) -> Attribution:
    quantity = q(text, raw, unit, nth)
    return attribute(text, [quantity], **kw)[0]




# --------------------------------------------------------------------------- data files


def test_every_rule_has_names_units_and_a_unique_code():
    rules = load_rules()
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes))
    for r in rules:
        assert r.en and r.zh and r.units, r.code
        if r.planned:
            assert r.planned in codes, r.code


def test_data_dictionary_lists_rules_and_fallbacks():
    df = load_indicators()
    assert list(df.columns) == ["code", "name_en", "name_zh", "units", "description"]
    assert {"project_start_rate", "spending_rate", "integrated_funds", "amount_cny"} <= set(df["code"])
    assert df.loc[df.code == "spending_rate", "name_zh"].item() == "资金支出率"


def test_gazetteer_covers_all_74_tibetan_counties_with_parents():
    from fupin import gazetteer
    gz = gazetteer.load()
    tibet = {p.name for p in gz.places if p.parent == "西藏自治区" and p.level == "prefecture"}
    counties = [p for p in gz.places if p.level == "county" and p.parent in tibet]
    assert len(counties) == 74 and len(tibet) == 7
    by_alias, _ = load_gazetteer()
    assert by_alias["乃东"].name == "乃东区" and by_alias["乃东"].parent == "山南市"
    assert by_alias["湖北"].name == "湖北省"
    assert "比如" not in by_alias  # 比如县's short form is an ordinary word


# --------------------------------------------------------------------------- indicator


def test_seed_003_progress_sentence():  # seed 003 article 1
    text = ("拉萨市计划实施项目137个。截至4月底,已完成前置手续办理的项目53个,已开工建设项目51个,"
            "项目开工率34.93%,资金支出4657.09万元,支出率2.77%。")
    got = many(text, [("137个", "project"), ("53个", "project"), ("51个", "project"),
                      ("34.93%", "percent"), ("4657.09万元", "CNY"), ("2.77%", "percent")],
               pub_date="2022-05-10")
    assert [a.indicator for a in got] == [
        "projects_planned", "projects_preprocedures_completed", "projects_started",
        "project_start_rate", "funds_spent", "spending_rate"]
    assert got[0].period == "2022 (plan)"
    assert got[2].period == "2022-01..2022-04"


def test_funding_breakdown_components_and_their_sources():
    text = ("2021年,日喀则市到位财政涉农统筹整合资金98700.4万元(其中:中央资金50000万元、"
            "自治区资金20000万元、本级资金8700.5万元、县级资金20000万元)。")
    got = many(text, [("98700.4万元", "CNY"), ("50000万元", "CNY"), ("20000万元", "CNY"),
                      ("8700.5万元", "CNY"), ("20000万元", "CNY")])
    assert [a.indicator for a in got] == ["integrated_funds", "funds_central", "funds_regional",
                                          "funds_city", "funds_county"]
    assert {a.region for a in got} == {"日喀则市"}  # 自治区资金 is a funding level, not a place
    assert [a.actor for a in got[1:]] == ["中央", "西藏自治区", "日喀则市", "县级"]
    assert {a.period for a in got} == {"2021"}


def test_monitoring_households_and_persons():
    text = "截至6月底,那曲市累计识别监测户512户2103人,已消除风险300户1200人,未消除风险212户903人。"
    got = many(text, [("512户", "household"), ("2103人", "person"), ("300户", "household"),
                      ("1200人", "person"), ("212户", "household"), ("903人", "person")],
               pub_date="2023-07-01")
    assert [a.indicator for a in got] == [
        "households_monitored", "persons_monitored", "households_risk_eliminated",
        "persons_risk_eliminated", "households_risk_remaining", "persons_risk_remaining"]
    assert {a.period for a in got} == {"cumulative-..2023-06"}


def test_migrant_workers_split_by_destination_keeps_each_keyword_with_its_own_number():
    text = "今年以来,全县脱贫人口外出务工5230人,其中省外务工120人、省内县外务工2100人、县内务工3010人。"
    got = many(text, [("5230人", "person"), ("120人", "person"), ("2100人", "person"),
                      ("3010人", "person")], pub_date="2021-09-01")
    assert [a.indicator for a in got] == [
        "migrant_workers", "migrant_workers_out_of_province",
        "migrant_workers_in_province_out_of_county", "migrant_workers_in_county"]
    assert {a.period for a in got} == {"2021-ytd"}


@pytest.mark.parametrize("text,raw,unit,code", [
    ("全县农村居民人均可支配收入达到12850元,同比增长11.2%。", "12850元", "CNY", "per_capita_disposable_income"),
    ("全县农村居民人均可支配收入达到12850元,同比增长11.2%。", "11.2%", "percent", "income_growth_yoy"),
    ("2019年全区脱贫人口人均纯收入达到10320元。", "10320元", "CNY", "per_capita_net_income"),
    ("通过合作社分红,带动贫困群众1200人次,人均增收860元。", "1200人次", "person_time", "persons_benefited"),
    ("通过合作社分红,带动贫困群众1200人次,人均增收860元。", "860元", "CNY", "per_capita_income_increase"),
    ("累计兑现分红资金356.2万元。", "356.2万元", "CNY", "dividends_paid"),
    ("投入培训资金800万元,培训农牧民3200人次。", "800万元", "CNY", "training_funds"),
    ("投入培训资金800万元,培训农牧民3200人次。", "3200人次", "person_time", "persons_trained"),
    ("扶贫车间吸纳周边群众就业260人。", "260人", "person", "persons_employed"),
    ("户均就业达到1.5人。", "1.5人", "person", "employed_per_household"),
    ("全县贫困发生率降至0.5%。", "0.5%", "percent", "poverty_incidence"),
    ("累计发放小额信贷资金3.2亿元。", "3.2亿元", "CNY", "microcredit_issued"),
    ("引进内地企业12家,协议资金8.6亿元。", "12家", "enterprise", "enterprises_attracted"),
    ("引进内地企业12家,协议资金8.6亿元。", "8.6亿元", "CNY", "investment_agreed"),
    ("全乡共有扶贫车间6家。", "6家", "other:扶贫车间", "poverty_workshops"),
    ("全县共派驻村工作队145个。", "145个", "other:驻村工作队", "village_work_teams"),
    ("该县出台政策文件28个,其中废止5个。", "5个", "document", "policy_documents_abolished"),
    ("流转土地2400亩。", "2400亩", "mu", "land_transferred"),
    ("设立200万元教育奖励基金。", "200万元", "CNY", "education_fund"),
    ("带动2300余户脱贫户增收,户均增收3200元。", "3200元", "CNY", "per_household_income_increase"),
    ("全县落实生态岗位1.2万个。", "1.2万个", "other:个", "public_welfare_jobs"),
    ("选派优秀教师30人到当地中学支教。", "30人", "person", "teachers_dispatched"),
])
def test_concept_keywords(text, raw, unit, code):
    assert one(text, raw, unit).indicator == code


def test_plan_cue_turns_projects_and_aid_funds_into_planned_codes():
    text = "上海市2021年计划安排援藏资金5.2亿元,项目66个。"
    got = many(text, [("5.2亿元", "CNY"), ("66个", "project")])
    assert [a.indicator for a in got] == ["aid_funds_planned", "projects_planned"]
    assert {a.period for a in got} == {"2021 (plan)"}
    done = many("上海市2020年安排援藏资金4.8亿元,实施项目60个。", [("4.8亿元", "CNY"), ("60个", "project")])
    assert [a.indicator for a in done] == ["aid_funds", "projects_implemented"]
    assert {a.period for a in done} == {"2020"}


def test_will_as_preposition_is_not_a_plan():
    text = "合作社将收益的20%用于贫困户分红。"
    a = one(text, "20%", "percent")
    assert a.indicator == "dividend_share" and "plan" not in a.period


def test_programme_breakdown_by_type_but_not_a_total_after_examples():
    text = "该工程包括道路项目12个,饮水项目8个。"
    assert {a.indicator for a in many(text, [("12个", "project"), ("8个", "project")])} == {
        "projects_planned_by_type"}
    total = "实施包括乡村旅游、种养殖技术等项目18个。"
    assert one(total, "18个", "project").indicator != "projects_planned_by_type"


def test_unknown_concept_is_named_by_its_head_phrase_and_flagged():
    a = one("新建观景台3座。", "3座", "other:座")
    assert a.indicator == "count_guanjingtai" and a.indicator_zh == "观景台" and "indicator_phrase" in a.uncertain
    b = one("该村账面余额为45万元。", "45万元", "CNY")
    assert b.indicator == "amount_zhangmian_yue" and "indicator_phrase" in b.uncertain
    assert b.indicator_reason == "head phrase 账面余额"


def test_a_number_the_text_does_not_name_falls_back_to_a_generic_flagged_code():
    a = one("共计23513万元。", "23513万元", "CNY")
    assert a.indicator == "amount_cny" and "indicator_default" in a.uncertain


# --------------------------------------------------------------------------- region


def test_nearest_preceding_place_and_county_short_forms():
    text = "对乃东区186名、曲松县383名因病致贫重点人员进行跟踪服务。"  # as seed 004, shared noun at the end
    got = many(text, [("186名", "person"), ("383名", "person")])
    assert [a.region for a in got] == ["乃东区", "曲松县"]
    assert [a.region_level for a in got] == ["county", "county"]
    assert {a.indicator for a in got} == {"persons_health_followup"}
    short = one("林周新增合作社12家。", "12家", "other:合作社")
    assert short.region == "林周县"


def test_two_places_joined_before_a_count_are_one_joint_region():
    text = "安排1000万元资金,专项用于乃东、曲松两县(区)的素质提升工程。"  # seed 004
    assert one(text, "1000万元", "CNY").region == "乃东区;曲松县"
    text2 = "投入800万元用于江孜、白朗两县的技能培训。"
    assert one(text2, "800万元", "CNY").region == "江孜县"  # 白朗 has no safe short form


def test_aid_relation_recipient_is_the_region_and_donor_the_actor():
    text = "南京对口支援墨竹工卡县民生项目启动\n近日,南京对口支援墨竹工卡县整合援藏资金3808.56万元。"
    a = one(text, "3808.56万元", "CNY", title="南京对口支援墨竹工卡县民生项目启动")
    assert (a.region, a.actor, a.indicator) == ("墨竹工卡县", "南京市", "aid_funds")


def test_region_falls_back_to_topic_and_flags_it():
    text = "山南市加查县扎实推进产业扶贫\n今年以来,建成蔬菜大棚120座。"
    a = one(text, "120座", "other:座", title="山南市加查县扎实推进产业扶贫")
    assert a.region == "加查县" and "region_from_topic" in a.uncertain


def test_enclosing_province_outside_the_clause_defers_to_topic():
    text = ("山南市扎实推进就业援藏\n湖北援藏工作队共引进企业18家,涉及纯净水等多个西藏特色产业,"
            "引进的湖北企业直接安排就业6000余人。")
    a = one(text, "6000余人", "person", title="山南市扎实推进就业援藏")
    assert a.region == "山南市" and a.actor == "湖北企业"


def test_aid_recipient_prefecture_is_kept_in_a_county_article():
    text = "林芝市巴宜区巩固脱贫成果\n广东省对口支援林芝市,2022年安排援藏资金4.5亿元,实施项目71个。"
    got = many(text, [("4.5亿元", "CNY"), ("71个", "project")], title="林芝市巴宜区巩固脱贫成果")
    assert [a.region for a in got] == ["林芝市", "林芝市"]
    assert [a.actor for a in got] == ["广东省", "广东省"]
    assert [a.period for a in got] == ["2022", "2022"]


def test_funding_level_and_organisation_names_are_not_regions():
    text = "拉萨市培育自治区级示范合作社3家。"
    assert one(text, "3家", "other:合作社").region == "拉萨市"
    text2 = "日喀则市桑珠孜区\n农行桑珠孜区支行已为当地发放贷款1.2亿元。"
    assert one(text2, "1.2亿元", "CNY", title="日喀则市桑珠孜区").region == "桑珠孜区"


def test_village_named_after_its_county_keeps_the_chain():
    text = "位于那曲市嘉黎县林堤乡的拉贡村,海拔近4800米。驻村工作队协调修复信号塔,信号覆盖3个自然村。"
    got = many(text, [("近4800米", "other:米"), ("3个", "village")])
    assert [a.region for a in got] == ["嘉黎县拉贡村", "嘉黎县拉贡村"]
    assert [a.indicator for a in got] == ["altitude", "villages_signal_covered"]


# --------------------------------------------------------------------------- period


@pytest.mark.parametrize("text,raw,unit,pub,period", [
    ("2016年至2019年,培育市级龙头企业3家。", "3家", "enterprise", "", "cumulative-2016..2019"),
    ("2013年以来出台政策文件63个。", "63个", "document", "", "cumulative-2013..pub"),
    ("1至9月,农村居民人均可支配收入达8059元。", "8059元", "CNY", "", "unstated-year-01..09"),
    ("今年1至9月,农村居民人均可支配收入达8059元。", "8059元", "CNY", "2019-10-20", "2019-01..2019-09"),
    ("4月开工建设项目15个。", "15个", "project", "2022-05-01", "2022-04"),
    ("今年7月,选派教师50人。", "50人", "person", "", "unstated-year-07"),
    ("累计发放扶贫贴息贷款644亿元。", "644亿元", "CNY", "", "cumulative"),
    ("目前已筹集资金120万元。", "120万元", "CNY", "", "pub"),
    ("每年落实50万元设立教育基金。", "50万元", "CNY", "", "annual"),
    ("“十四五”时期,该县拟建设幸福驿站50个以上。", "50个以上", "other:幸福驿站", "", "plan-2021..2025"),
    ("连续选派9批干部驻村。", "9批", "other:批", "", "cumulative"),
    ("城关区连续3年实现零返贫。", "3年", "other:年", "", "cumulative-..pub"),
    ("全乡共有扶贫车间6家。", "6家", "other:扶贫车间", "", "pub"),
    ("新建观景台3座。", "3座", "other:座", "", "unstated"),
])
def test_period_vocabulary(text, raw, unit, pub, period):
    assert one(text, raw, unit, pub_date=pub).period == period


def test_year_carries_over_within_a_paragraph_but_not_across():
    # (the first sentence names no year, so the report has no year of its own to fall back on)
    text = "北京市持续做好援藏工作。2019年,北京市安排援藏资金3.77亿元。通过实施产业项目,带动就业900人。\n带动就业300人。"
    got = many(text, [("900人", "person"), ("300人", "person")])
    assert got[0].period == "2019" and "period_year_carried" in got[0].uncertain
    assert got[1].period == "unstated" and "period_unstated" in got[1].uncertain


def test_bracketed_aside_does_not_date_the_number():
    text = "1至3月,全市71584名脱贫人口(含“十二五”时期脱贫人口)人均纯收入达到3571.15元。"  # seed 003
    a = one(text, "3571.15元", "CNY", pub_date="2022-05-01")
    assert a.period == "2022-01..2022-03" and a.indicator == "per_capita_net_income"


# --------------------------------------------------------------------------- actor


def test_named_actors():
    text = "协调黄石劲牌公司每年落实50万元设立曲松劲牌教育基金。"  # seed 004
    a = one(text, "50万元", "CNY")
    assert (a.actor, a.region, a.indicator) == ("黄石劲牌公司", "曲松县", "education_fund")
    team = one("湖北省第八批援藏工作队设立500万元曲松产业扶持基金。", "500万元", "CNY")
    assert team.actor == "湖北省援藏工作队" and team.indicator == "industry_fund"
    bank = one("农行达孜区支行承担着达孜区5乡1镇21个行政村金融服务工作。", "21个", "village")
    assert (bank.actor, bank.region, bank.indicator) == ("农行达孜区支行", "达孜区", "villages_served")


def test_location_after_a_preposition_is_not_the_actor():
    text = "湖北省援藏工作队助力山南发展\n在乃东区设立100万元医疗救助基金。"
    a = one(text, "100万元", "CNY", title="湖北省援藏工作队助力山南发展")
    assert a.region == "乃东区" and a.actor == "湖北省援藏工作队"
    assert "actor_from_article" in a.uncertain


def test_implicit_government_subject_and_outcomes_without_actor():
    text = "昌都市扎实推进就业帮扶\n投入培训资金500万元,吸纳脱贫群众就业800人。"
    got = many(text, [("500万元", "CNY"), ("800人", "person")], title="昌都市扎实推进就业帮扶")
    assert got[0].actor == "昌都市" and "actor_implicit" in got[0].uncertain
    assert got[1].actor == ""


def test_examples_in_a_list_are_not_actors():
    text = "目前,甲公司、乙农业科技开发有限公司等24家龙头企业参与产业帮扶,带动3291户脱贫群众增收。"
    a = one(text, "3291户", "household")
    assert a.actor == "" and a.indicator == "households_benefited"


def test_results_are_deterministic():
    text = "2019年北京市安排支援拉萨资金3.77亿元、实施项目56个。"
    specs = [("3.77亿元", "CNY"), ("56个", "project")]
    assert many(text, specs) == many(text, specs)
