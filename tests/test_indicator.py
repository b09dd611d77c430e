"""Indicators of figures no lexicon rule claims (head phrases), and the reasons of each decision.

Sentences are written in the style of the reports (some quoted from the development corpus).
"""
from __future__ import annotations

import re

import pytest

from fupin.attribution import attribute
from fupin.indicator import slug
from fupin.quantities import find_quantities
from fupin.rates import is_generic


def attrs(text: str, pub_date: str = "2023-06-01") -> dict[str, object]:
    """raw -> Attribution for every quantity the library finds in ``text``."""
    qs = find_quantities(text)
    return {q.raw: a for q, a in zip(qs, attribute(text, qs, pub_date=pub_date))}


@pytest.mark.parametrize("text, raw, zh, how", [
    # the noun phrase before the number, after the verb that introduces it
    ("该村账面余额为45万元。", "45万元", "账面余额", "head phrase"),
    ("全县户籍人口24.92万人。", "24.92万人", "户籍人口", "head phrase"),
    ("期末结转结余4316万元。", "4316万元", "结转结余", "head phrase"),
    # a generic noun keeps its verb
    ("陕南地区已累计完成投资326亿元。", "326亿元", "完成投资", "rule"),
    ("二是安排产业发展项目资金14343.83万元。", "14343.83万元", "产业发展项目资金", "head phrase"),
    # the noun counted after a measure word
    ("五是新建23座生产桥。", "23座", "生产桥", "counted noun"),
    # the noun a share is of
    ("覆盖全县91.2%的贫困人口。", "91.2%", "贫困人口占比", "share of"),
    # a verb right before the number stays with its noun
    ("生态补偿脱贫0.7万人。", "0.7万人", "生态补偿脱贫", "head phrase"),
])
def test_head_phrase_names_the_figure(text, raw, zh, how):
    a = attrs(text)[raw]
    assert a.indicator_zh == zh
    assert a.indicator_reason.startswith(how)
    assert "indicator_default" not in a.uncertain


def test_head_phrase_code_is_pinyin_of_the_phrase_and_stays_generic():
    a = attrs("该村账面余额为45万元。")["45万元"]
    assert a.indicator == "amount_zhangmian_yue" and a.indicator_en == "Amount: 账面余额"
    assert "indicator_phrase" in a.uncertain
    assert is_generic(a.indicator)  # rates and checks still treat it as not in the lexicon
    assert slug("到位资金") == "daowei_zijin" and slug("人均GDP") == "renjun_gdp"
    assert re.fullmatch(r"[a-z][a-z0-9_]*", attrs("新建观景台3座。")["3座"].indicator)


def test_respectively_list_gives_each_figure_its_member():
    got = attrs("门票收入、住宿收入分别达到300万元、120万元。")
    assert got["300万元"].indicator_zh == "门票收入" and got["120万元"].indicator_zh == "住宿收入"
    assert got["120万元"].indicator_reason.startswith("分别")


def test_bare_change_is_the_change_of_the_figure_before():
    got = attrs("全县农民人均纯收入达到12550元,同比增加1810元。")
    assert got["12550元"].indicator == "per_capita_net_income"
    assert got["1810元"].indicator_zh == "人均纯收入同比增加"


def test_new_level_after_zengzhang_dao_keeps_the_noun():
    got = attrs("村集体积累从12万元增长到35万元。")
    assert got["12万元"].indicator == got["35万元"].indicator
    assert got["35万元"].indicator_zh == "村集体积累"


def test_list_member_after_qizhong_takes_the_total_noun():
    got = attrs("上海、广东扶贫协作累计到位资金达93.11亿元,其中上海市72.8亿元,广东省20.31亿元。")
    assert {got[r].indicator for r in ("93.11亿元", "72.8亿元", "20.31亿元")} == {"funds_arrived"} or \
        got["72.8亿元"].indicator_zh == "到位资金"


def test_a_bare_number_keeps_the_unit_fallback():
    a = attrs("共计23513万元。")["23513万元"]
    assert a.indicator == "amount_cny" and "indicator_default" in a.uncertain
    assert a.indicator_reason.startswith("no rule")


@pytest.mark.parametrize("text, raw, code, word", [
    ("上海、广东扶贫协作累计到位资金达93.11亿元。", "93.11亿元", "funds_arrived", "到位资金"),
    ("去年核拨资金2300万元。", "2300万元", "funds_allocated", "核拨"),
    ("今年全县高校毕业生就业率达到95%。", "95%", "employment_rate", "就业率"),
    ("上海援滇干部从14名增加到152名。", "14名", "aid_cadres_dispatched", "援滇干部"),
    ("安排援疆资金17.56亿元。", "17.56亿元", "aid_funds", "援疆资金"),
    ("完成年度计划的60%。", "60%", "target_completion_rate", "年度计划"),
])
def test_lexicon_rules_and_their_reason(text, raw, code, word):
    a = attrs(text)[raw]
    assert a.indicator == code
    assert a.indicator_reason.startswith(f"rule {code} on ") and word in a.indicator_reason


@pytest.mark.parametrize("text, raw, period, reason", [
    ("今年全县高校毕业生就业率达到95%。", "95%", "2023", "今年 → 2023"),
    ("去年核拨资金2300万元。", "2300万元", "2022", "去年 → 2022"),
    ("2015年至2019年,累计投入资金402.56亿元。", "402.56亿元", "cumulative-2015..2019", "2015年至2019年"),
    ("该村账面余额为45万元。", "45万元", "unstated", "no time cue"),
])
def test_period_reason_names_the_cue(text, raw, period, reason):
    a = attrs(text)[raw]
    assert a.period == period and reason in a.period_reason


def test_every_fact_of_an_article_has_both_reasons():
    from pathlib import Path

    from fupin.extraction import extract_file

    facts = extract_file(Path(__file__).parent / "data" / "linzhi_guangdong_written.txt")
    assert (facts["indicator_reason"].str.len() > 0).all() and (facts["period_reason"].str.len() > 0).all()
    assert not facts["indicator"].isin(["amount_cny", "share_percent"]).any()


def test_respectively_clause_pairs_numbers_with_members_not_nearest_keywords():
    got = attrs("51个重点县人均GDP、人均地方财政收入分别达到21545元、1014元。")
    assert got["21545元"].indicator_zh.endswith("人均GDP")
    assert got["1014元"].indicator_zh == "人均地方财政收入"


def test_reduced_to_is_a_level_not_a_reduction():
    assert attrs("贵州省到2020年农村贫困人口减少到213万人。")["213万人"].indicator == "registered_poor_population"
    assert attrs("2015年青海减少贫困人口20.1万人。")["20.1万人"].indicator == "persons_poverty_reduced"


def test_a_single_character_is_no_name():
    a = attrs("天津市三座新备隔离点提前完工。")["三座"]
    assert a.indicator_zh != "新"


def test_per_unit_amount_keeps_mei():
    assert attrs("7个革命老区县脱贫攻坚,每个县2000万元。")["2000万元"].indicator_zh == "每县"
