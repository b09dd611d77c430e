"""Quantity finding: each inclusion/exclusion rule with seed sentences and sentences written for the test."""
from __future__ import annotations

import csv
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fupin.numerals import to_chinese
from fupin.paths import GOLD_FACTS, RAW_DIR
from fupin.quantities import find_quantities


def q(text: str) -> list[tuple[str, float | None, str, str]]:
    return [(x.raw, x.value, x.unit, x.qualifier) for x in find_quantities(text)]


def raws(text: str) -> list[str]:
    return [x.raw for x in find_quantities(text)]


# --- spans, values and units -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("北京市安排支援拉萨资金3.77亿元、实施项目56个。", [("3.77亿元", 377000000, "CNY", "exact"),
                                                  ("56个", 56, "project", "exact")]),
    ("资金支出4657.09万元,支出率2.77%。", [("4657.09万元", 46570900, "CNY", "exact"),
                                      ("2.77%", 2.77, "percent", "exact")]),
    ("累计培训建档立卡劳动力1.8万人次。", [("1.8万人次", 18000, "person_time", "exact")]),
    ("项目建设面积0.4万亩。", [("0.4万亩", 4000, "mu", "exact")]),
    ("连续选派9批干部19.3万余人次开展驻村帮扶。", [("9批", 9, "other:批", "exact"),
                                           ("19.3万余人次", 193000, "person_time", "lower_bound")]),
    ("整合援藏资金3800余万元。", [("3800余万元", 38000000, "CNY", "lower_bound")]),
    ("培训各类干部人才500余名。", [("500余名", 500, "person", "lower_bound")]),
    ("投资额超10亿元。", [("超10亿元", 1e9, "CNY", "lower_bound")]),
    ("年均增幅超过15%。", [("超过15%", 15, "percent", "lower_bound")]),
    ("辐射带动近11万人次增收。", [("近11万人次", 110000, "person_time", "upper_bound")]),
    ("人均可增收约700元。", [("约700元", 700, "CNY", "approx")]),
    ("平均月工资达到3500元以上。", [("3500元以上", 3500, "CNY", "lower_bound")]),
    ("每天收入150元左右。", [("150元左右", 150, "CNY", "approx")]),
    ("增速较上半年提高0.4个百分点。", [("0.4个百分点", 0.4, "percentage_point", "exact")]),
    ("目标覆盖全县85%以上的村。", [("85%以上", 85, "percent", "lower_bound")]),
    ("户均就业达到1.26人。", [("1.26人", 1.26, "person", "exact")]),
    ("乡镇卫生院覆盖率达到百分之九十四。", [("百分之九十四", 94, "percent", "exact")]),
    ("全县新增就业岗位1,250个。", [("1,250个", 1250, "other:岗位", "exact")]),
    ("海拔近4400米。", [("近4400米", 4400, "other:米", "upper_bound")]),
    ("存栏量达1956头,产奶量增至1686吨。", [("1956头", 1956, "head", "exact"), ("1686吨", 1686, "ton", "exact")]),
    ("协议资金49.5亿元。", [("49.5亿元", 4.95e9, "CNY", "exact")]),
    ("全年接待游客２３００人次。", [("２３００人次", 2300, "person_time", "exact")]),
])
def test_values_units_and_qualifiers(text: str, expected: list) -> None:
    assert q(text) == expected


def test_offsets_index_the_text() -> None:
    text = "据统计,全市累计识别监测户384户1534人,已消除风险208户847人。"
    for x in find_quantities(text):
        assert text[x.start:x.end] == x.raw
    assert raws(text) == ["384户", "1534人", "208户", "847人"]


# --- classifiers take their unit from the counted noun -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("通过实施农业、特色养殖等17个产业项目,促进就业。", [("17个", "project")]),
    ("结对帮扶让北京市74个村与拉萨市59个村居、41家东部企业与39个贫困村成为好朋友。",
     [("74个", "village"), ("59个", "village"), ("41家", "enterprise"), ("39个", "village")]),
    ("在已备案的23家农牧民合作社中,自治区级示范合作社1家。", [("23家", "other:合作社"), ("1家", "other:合作社")]),
    ("全市34家扶贫车间中,正常营业33家。", [("34家", "other:扶贫车间"), ("33家", "other:扶贫车间")]),
    ("全市共派驻村工作队287个,为民办实事630件。", [("287个", "other:驻村工作队"), ("630件", "item")]),
    ("综合全市5县3区、4个经济功能区脱贫状况。",
     [("5县", "other:县"), ("3区", "other:区"), ("4个", "other:经济功能区")]),
    # the antecedent is earlier in the sentence: 继续执行的33个 refers to 政策文件
    ("出台的63个脱贫攻坚政策文件中,继续执行的33个、取消废止18个、需要调整优化的12个。",
     [("63个", "document"), ("33个", "document"), ("18个", "document"), ("12个", "document")]),
    # the head of a compound is its last noun; a verb ends the noun phrase
    ("按月调度26个乡村建设项目。", [("26个", "project")]),
    ("24家龙头企业参与产业帮扶,带动3291户脱贫群众增收。", [("24家", "enterprise"), ("3291户", "household")]),
    ("共涉及2个乡镇6个村,共划分5个项目段实施。",
     [("2个", "other:乡镇"), ("6个", "village"), ("5个", "other:项目段")]),
    ("对全市287个村18项村庄基础设施现状进行摸排。", [("287个", "village"), ("18项", "item")]),
    ("专项用于乃东、曲松两县(区)的素质提升工程。", [("两县", "other:县区")]),
    ("104件民生微实事已全部实施完成。", [("104件", "project")]),
    ("乳制品销售量达4.01万件。", [("4.01万件", "other:件")]),
    # words written for this test
    ("今年新建设标准化卫生室12个,改造乡镇学校3所。", [("12个", "other:卫生室"), ("3所", "other:学校")]),
    ("全县共有农民专业合作社156家,其中国家级示范社2家。", [("156家", "other:合作社"), ("2家", "other:合作社")]),
    ("新引进企业8家,新签约项目15个。", [("8家", "enterprise"), ("15个", "project")]),
    ("共有3个人参加培训,个人收入增长。", [("3个", "person")]),
    # an unknown noun right before the number does not borrow a noun from an earlier clause
    ("配套建设学校12所、文化广场35个。", [("12所", "other:学校"), ("35个", "other:个")]),
    # ... but a headless count borrows the noun of the previous count with the same classifier
    ("全市建成幸福驿站15个,今年将启动实施15个。", [("15个", "other:幸福驿站"), ("15个", "other:幸福驿站")]),
    ("当地建成光伏电站2座,装机容量达到20兆瓦。", [("2座", "other:座"), ("20兆瓦", "other:兆瓦")]),
])
def test_classifier_units(text: str, expected: list) -> None:
    assert [(x.raw, x.unit) for x in find_quantities(text)] == expected


def test_parenthesised_alternative_is_not_in_raw() -> None:
    text = "全区74个县(区)均已实现脱贫摘帽。"
    [x] = find_quantities(text)
    assert (x.raw, x.value, x.unit) == ("74个", 74, "other:县区")


# --- included structural counts, zero, durations (R1-R3) ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("搭建区、乡、村三级扶贫信息网络。", [("三级", 3, "other:级", "exact")]),
    ("北京市计划安排项目53个,并重点实施五个工程。", [("53个", 53, "project", "exact"),
                                              ("五个", 5, "other:工程", "exact")]),
    ("两个养殖中心奶牛存栏量达1956头。", [("两个", 2, "other:中心", "exact"), ("1956头", 1956, "head", "exact")]),
    ("重点培训六类技能。", [("六类", 6, "other:类", "exact")]),
    ("在前七批工作队坚持不懈地努力下。", [("七批", 7, "other:批", "exact")]),
    ("助力曲松矿产业、旅游产业等8大重点领域发展。", [("8大", 8, "other:领域", "exact")]),
    ("信号能够覆盖两个自然村。", [("两个", 2, "village", "exact")]),
    ("需要跑到三四公里以外的山坡上。", [("三四公里", 3, "other:公里", "range")]),
    ("城关区连续3年实现“零错退、零返贫”,贫困发生率下降至零。",
     [("3年", 3, "other:年", "exact"), ("零", 0, "percent", "exact")]),
    ("建档立卡贫困人口“清零”,贫困发生率降为“0”。", [("清零", 0, "person", "exact"), ("0", 0, "percent", "exact")]),
    # problems are counted by their measure word when found, but 问题清零 is a working goal, no stock figure
    ("反馈问题24个，突出问题动态清零。", [("24个", 24, "other:个", "exact")]),
    ("西藏连续五年召开脱贫攻坚大会。", [("五年", 5, "other:年", "exact")]),
    ("经过一个月的不懈奋战,坑洼路变成了一条崭新的道路。", [("一个月", 1, "other:月", "exact")]),
    ("三座新备医院提前一天完工。", [("三座", 3, "other:医院", "exact"), ("一天", 1, "other:天", "exact")]),
    ("天津市三座新备“小汤山”提前一天完工。", [("三座", 3, "other:座", "exact"), ("一天", 1, "other:天", "exact")]),
    ("对农牧民子女给予5000-10000的补助。", [("5000-10000", 5000, "CNY", "range")]),
    ("除了3.82亿支援资金还有啥", [("3.82亿", 382000000, "CNY", "exact")]),
    ("每名学生补助5000至10000元。", [("5000至10000元", 5000, "CNY", "range")]),
    ("每户补贴3-5万元。", [("3-5万元", 30000, "CNY", "range")]),
])
def test_included(text: str, expected: list) -> None:
    assert q(text) == expected


def test_range_high_end() -> None:
    [x] = find_quantities("每户补贴3-5万元。")
    assert x.value_high == 50000
    [y] = find_quantities("需要跑到三四公里以外的山坡上。")
    assert y.value_high == 4


# --- exclusions (E1-E6) ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # E1 years and dates
    "2019年对西藏来说是不平凡的一年。",
    "全区所有建档立卡贫困户于2017年10月23日通过国家考核验收。",
    "截至4月底,1至3月,9月22日,2018年12月中旬。",
    "2016年至2019年,2020年起,从二〇一九年开始。",
    # E2 ordinals
    "湖北省第八批援藏工作队,全国第二批,中央第七次西藏工作座谈会,党的十八大以来,二期启动。",
    "村党支部第一书记认真履行第一责任人责任。",
    # E3 names, plans, slogans
    "严格落实“四个不摘”要求,实施“五个一批”工程,“两不愁三保障”和“三率一度”。",
    "拉萨市制定贯彻落实国家“万企兴万村”活动方案,做好“两后生”职业教育,村“两委”班子。",
    "着力做好“一支奶、两支水”文章,结合“一乡一品”工作,“十三五”时期,“一带一路”建设。",
    "形成“1+N”政策体系,探索实施了“1+4+N”党建,开展“格桑花开·民生微实事100+”计划。",
    "打通民生服务最后一公里,跨越万水千山的情谊,千亩圣地桃园,拉萨林周三岩片区,山南市一高。",
    "自治区党委常委、组织部长曾万明对此给予肯定。",
    "嵌入“五级书记抓脱贫、全党动员促攻坚”的生动局面。",
    # E4 numbers inside document titles
    "《关于2019年19个县(区)退出贫困县(区)的公告》的发布。",
    "印发《关于做好3个重点领域工作的通知》。",
    # E5 articles and idioms
    "修建一座新的信号塔,变成了一条崭新的道路,促成一批项目尽快落地。",
    "形成一个个小组团,不让一名困难群众掉队,交上一份满意的答卷,未出现一例新增。",
    "坚持深入一线,各乡党政一把手,首屈一指的先进村,长一技之长,进一步提升,一体化建设。",
    "平均一天有收入,典型的半农半牧区,村民的生存环境十分艰苦。",
    # E6 referential pairs
    "加强湖北、山南两地的交往,核心体现在两个层面。",
    # time-placing phrases are not durations (R3)
    "一年来,驻村半年后,近年来,每年落实资金,一年中的大部分时间。",
    # a rank uses 二, not the counting 两
    "新建二级公路,二类地区。",
])
def test_excluded(text: str) -> None:
    assert q(text) == []


def test_quoted_count_is_kept_when_the_quote_is_the_quantity() -> None:
    assert q("建设农村电商“四级”服务站点20个。") == [("四级", 4, "other:级", "exact"),
                                               ("20个", 20, "other:站点", "exact")]


def test_numbers_outside_a_title_still_count() -> None:
    text = "印发《关于2019年19个县(区)退出的公告》后,又实施项目12个。"
    assert raws(text) == ["12个"]


# --- damaged input and layout ------------------------------------------------------------------

def test_lost_digit_is_flagged() -> None:
    [x] = find_quantities("促进当地群众\ufffd26人就地就近就业。")
    assert (x.raw, x.value, x.unit, x.flags) == ("\ufffd26人", None, "person", ["digit_lost"])


def test_no_match_across_paragraph_break() -> None:
    assert raws("实施8\n\n类104个民生项目") == ["104个"]


def test_orphan_title_close_is_a_title() -> None:
    # the 《 was destroyed by mis-decoding; the 》 still closes a document title
    assert raws("这一年。段鞑刈关于2019年19个县(区)退出的公告》的发布,涉及74个县(区)。") == ["74个"]


# --- properties ----------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=3, max_value=99_999_999), st.sampled_from(["人", "户", "亩", "吨", "元", "人次"]))
def test_chinese_count_round_trip(n: int, unit: str) -> None:
    # (2 is written 两 when counting; a bare 二 before a measure word is a rank, tested above)
    text = f"全年共完成{to_chinese(n)}{unit},较上年有所增长。"
    [x] = find_quantities(text)
    assert x.value == n and x.raw == to_chinese(n) + unit


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=99),
       st.sampled_from([("万元", 10**4), ("亿元", 10**8), ("元", 1)]))
def test_money_round_trip(whole: int, cents: int, unit: tuple[str, int]) -> None:
    word, factor = unit
    text = f"安排资金{whole}.{cents:02d}{word}用于建设。"
    [x] = find_quantities(text)
    assert x.unit == "CNY" and x.value == pytest.approx((whole + cents / 100) * factor, rel=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1900, max_value=2099))
def test_years_are_never_quantities(year: int) -> None:
    assert q(f"{year}年,全市{year}年度工作要点印发。") == []


# --- the seed page 003 (clean Simplified): every in-body gold value is found ---------------------

@pytest.mark.skipif(not GOLD_FACTS.exists(), reason="gold table not available")
def test_seed_003_gold_values_found() -> None:
    name = "003_ffe866a64da50416.txt"
    text = re.sub(r"(?<=[0-9])\n+", "", (RAW_DIR / name).read_text(encoding="utf-8"))  # 实施8\n\n类
    canonical = {"CNY", "percent", "percentage_point", "project", "person", "person_time", "household",
                 "village", "enterprise", "document", "item", "mu", "ton", "head"}
    cls = lambda u: u if u in canonical else "other"  # noqa: E731
    with GOLD_FACTS.open(encoding="utf-8", newline="") as fh:
        gold = Counter((round(float(r["value"]), 6), cls(r["unit"])) for r in csv.DictReader(fh)
                       if r["file"] == name and r["in_body"] == "yes" and r["value"])
    found = Counter((round(x.value, 6), cls(x.unit)) for x in find_quantities(text) if x.value is not None)
    assert gold - found == Counter()
    assert sum((found - gold).values()) == 0


@pytest.mark.parametrize("text, raw, qualifier", [
    ("将每年安排不少于3亿元的援藏资金", "不少于3亿元", "lower_bound"),
    ("补助标准不超过5000元", "不超过5000元", "upper_bound"),
    ("户均增收不低于2000元", "不低于2000元", "lower_bound"),
    ("超过15%的农户", "超过15%", "lower_bound"),
])
def test_longest_qualifier_word_wins(text, raw, qualifier):
    q = [q for q in find_quantities(text) if q.raw == raw]
    assert q and q[0].qualifier == qualifier


@pytest.mark.parametrize("text, raw, unit", [
    ("计划建成示范村50个以上。", "50个以上", "village"),
    ("与贫困村39个建立结对关系。", "39个", "village"),
])
def test_compound_noun_ending_in_a_counted_noun_right_before_the_number(text, raw, unit):
    q = [q for q in find_quantities(text) if q.raw == raw]
    assert q and q[0].unit == unit


@pytest.mark.parametrize("text, raw, value, unit, qualifier", [
    ("贫困发生率下降到千分之三", "千分之三", 0.3, "percent", "exact"),
    ("出生率为3‰", "3‰", 0.3, "percent", "exact"),
    ("八成以上的农户参加了合作社", "八成以上", 80.0, "percent", "lower_bound"),
    ("农民收入增长了1.5倍", "1.5倍", 1.5, "other:倍", "exact"),
])
def test_per_mille_tenths_and_times(text, raw, value, unit, qualifier):
    q = [q for q in find_quantities(text) if q.raw == raw]
    assert q and (q[0].value, q[0].unit, q[0].qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", ["合作社现有5成员", "实现收入倍增", "一成不变"])
def test_words_that_start_with_a_unit_character_are_not_units(text):
    assert find_quantities(text) == []


# --- issue 8 / 12: units from context, group counts, fractions --------------------------------

def qf(text: str) -> list[tuple[str, float | None, str, str, list[str]]]:
    return [(x.raw, x.value, x.unit, x.qualifier, x.flags) for x in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # a rate word governs a %-less number (01): percent, flagged
    ("一季度中央衔接资金支出进度达到30。", [("30", 30, "percent", "exact", ["unit_inferred"])]),
    ("中央和自治区衔接资金用于产业比重应不低于60。",
     [("不低于60", 60, "percent", "lower_bound", ["unit_inferred"])]),
    ("各地开工率均达到100,", [("100", 100, "percent", "exact", ["unit_inferred"])]),
    # no rate word, or a number that cannot be a percentage: nothing
    ("各地开工数达到100,", []),
    # a 万 count with no unit counts people when a word for people follows or precedes it (05, 06, 19)
    ("贵州省有农村贫困人口623万,占全国总数的8.9%。",
     [("623万", 6230000, "person", "exact", ["unit_inferred"]), ("8.9%", 8.9, "percent", "exact", [])]),
    ("直接帮助162万贫困人口脱贫。", [("162万", 1620000, "person", "exact", ["unit_inferred"])]),
    ("确保全省350万有劳动能力的贫困对象稳定增收。",
     [("350万", 3500000, "person", "exact", ["unit_inferred"])]),
    # a bare number before 和 shares the unit of the next one (20)
    ("增速分别比全国农民平均水平高出6.4和1.1个百分点。",
     [("6.4", 6.4, "percentage_point", "exact", ["unit_shared"]),
      ("1.1个百分点", 1.1, "percentage_point", "exact", [])]),
    # a qualifier between 个 and 百分点 (03)
    ("城镇化率提高2个多百分点。", [("2个多百分点", 2, "percentage_point", "lower_bound", [])]),
    # a fraction is a share (16)
    ("约占全区贫困人口总数的1/4。", [("1/4", 25, "percent", "exact", ["fraction"])]),
    ("受益群众占全村三分之一。", [("三分之一", pytest.approx(100 / 3), "percent", "exact", ["fraction"])]),
    # a round 百/千 + 亿 amount counts when a qualifier bounds it (18)
    ("援藏资金超过百亿元,", [("超过百亿元", 1e10, "CNY", "lower_bound", [])]),
    ("打造万亩亿元产业带。", []),
    # Latin-letter units and 口 (12)
    ("维护村级150KW光伏电站70个,打机井56口。",
     [("150KW", 150, "other:kw", "exact", []), ("70个", 70, "other:个", "exact", []),
      ("56口", 56, "other:口", "exact", [])]),
    # a number at the end of a URL is not joined to the next line
    ("https://example.com/news/1636427513066249\n大力支持乡村振兴", []),
])
def test_units_from_context(text: str, expected: list) -> None:
    assert qf(text) == expected


@pytest.mark.parametrize("text, expected", [
    # group counts with a Chinese numeral count only when the members are listed before them
    ("区市两级按照时间节点强化督导。", [("两级", "other:级")]),
    ("截至6月30日,我县四级衔接资金支付率46.92%。", [("46.92%", "percent")]),
    ("自1996年以来,闽宁两省区坚持联席会议制度。", [("两省区", "other:province")]),
    ("上海、广东两省市扶贫协作也在加力用劲。", [("两省市", "other:province")]),
    ("累计接受四省市、两企业对口援藏项目3842个。", [("3842个", "project")]),
    ("陕南三市城镇人口规模增加30多万人。", [("30多万人", "person")]),
    ("工程涉及5市53个县(区)。", [("5市", "other:prefecture"), ("53个", "other:县区")]),
    ("从基础设施、产业、就业、服务等四个方面给予支持。", [("四个", "other:aspect")]),
    ("从完善基本公共服务、强化培训和就业服务等5方面,明确了路径。", [("5方面", "other:aspect")]),
    ("一方面加大投入,另一方面强化监管。", []),
    ("国家层面出台14个方面倾斜支持政策。", [("14个", "other:aspect")]),
    # county terms head their phrase; 人均 after them is not a noun
    ("确定160个国家乡村振兴重点帮扶县,160个重点帮扶县人均GDP增长。",
     [("160个", "other:county"), ("160个", "other:county")]),
    ("完成12个自治区级贫困旗县摘帽任务。", [("12个", "other:county")]),
    ("安排54家中央单位定点帮扶云南73个县。", [("54家", "other:central_unit"), ("73个", "other:县")]),
    ("在宁注册的福建籍商会3家,福建企业、商户3000多家。",
     [("3家", "other:chamber_of_commerce"), ("3000多家", "enterprise")]),
    # the tenth party congress is a name
    ("省十次党代会以来,全省减贫成效明显。", []),
])
def test_group_counts_and_nouns(text: str, expected: list) -> None:
    assert [(x.raw, x.unit) for x in find_quantities(text)] == expected


# --- language of reports the rules were not written from (tests/data/unseen) -------------------

@pytest.mark.parametrize("text, expected", [
    # pairs counted with 对 (结对帮扶), batches with 批次
    ("两市开展乡镇结对86对、村(社区)结对212对。", [("86对", 86, "other:对", "exact"),
                                             ("212对", 212, "other:对", "exact")]),
    ("组织青少年交流活动28批次、1400余人。", [("28批次", 28, "other:批次", "exact"),
                                       ("1400余人", 1400, "person", "lower_bound")]),
    # 均 + a verb after a count is "all", not the 均 of 人均
    ("未消除风险的717户2509人均已落实帮扶措施。", [("717户", 717, "household", "exact"),
                                          ("2509人", 2509, "person", "exact")]),
    # a bare ratio governed by 收入比 / 倍差
    ("城乡居民收入比为2.76,比上年缩小0.07。", [("2.76", 2.76, "other:ratio", "exact"),
                                       ("0.07", 0.07, "other:ratio", "exact")]),
    ("城乡居民收入倍差由2.89缩小到2.76。", [("2.89", 2.89, "other:ratio", "exact"),
                                      ("2.76", 2.76, "other:ratio", "exact")]),
    # the 千 of 千瓦/千瓦时/千克 begins the unit, it is not a multiplier
    ("光伏电站装机容量2万千瓦,年发电量约2600万千瓦时。", [("2万千瓦", 20000, "other:千瓦", "exact"),
                                             ("约2600万千瓦时", 26000000, "other:千瓦时", "approx")]),
    # a county pair named inline is counted; the same words later, without the list, are a label
    ("乃东、曲松两县(区)的素质明显提升。", [("两县", 2, "other:县区", "exact")]),
    ("集团在两县实施帮扶项目47个。", [("47个", 47, "project", "exact")]),
    # contact lines: telephone numbers are not quantities, a count after 电话回访 is
    ("联系人:张明,电话:0870-6623517\n镇雄县乡村振兴局", []),
    ("联系电话:(0851)86825521", []),
    ("开展电话回访1.2万户。", [("1.2万户", 12000, "household", "exact")]),
    # a time limit in working days is not a count
    ("在接到申请后3至5个工作日内完成入户核查。", []),
    # thousands separators and ranges of money
    ("共收到衔接资金286,453.6万元。", [("286,453.6万元", 2864536000, "CNY", "exact")]),
    ("每家给予3至5万元一次性奖励。", [("3至5万元", 30000, "CNY", "range")]),
    # round numbers bounded by a qualifier are figures; indefinite ones (数十, 几十, 上百) are not
    ("带动近万人就业,千余人参加培训,百余家企业参与,惠及逾千户。",
     [("近万人", 10000, "person", "upper_bound"), ("千余人", 1000, "person", "lower_bound"),
      ("百余家", 100, "enterprise", "lower_bound"), ("逾千户", 1000, "household", "lower_bound")]),
    ("年产值超亿元。", [("超亿元", 1e8, "CNY", "lower_bound")]),
    ("培育数十个品牌,吸引几十家企业和上百家合作社。", []),
])
def test_unseen_report_language(text: str, expected: list) -> None:
    assert q(text) == expected


# --- hostile input (issue 10): digit runs, garbled numerals, exponents --------------------------

def test_a_digit_run_or_garbled_numeral_has_no_value_and_is_flagged():
    for text in ("共有项目" + "9" * 500 + "个。", "资金一万万万亿亿元。", "投资" + "1" * 25 + "亿元。",
                 "人口" + ",".join(["123"] * 10) + "人。"):
        qs = find_quantities(text)
        assert len(qs) == 1, text
        assert qs[0].value is None and "number_implausible" in qs[0].flags, text


def test_real_large_figures_keep_their_value():
    qs = find_quantities("全国脱贫人口9899万人，中央财政累计投入1.6万亿元，地区生产总值12345678.9万元。")
    assert [q.value for q in qs] == [98990000.0, 1.6e12, 123456789000.0]
    assert not any("number_implausible" in q.flags for q in qs)


def test_an_exponent_is_not_a_quantity():
    assert find_quantities("产值3.4e-7万元，减少-1e-400元。") == []


def test_a_long_run_of_replacement_characters_is_scanned_once():
    text = "脱贫攻坚\n" + "\ufffd" * 200_000 + "，3.6亿元，\ufffd\ufffd万户。\n"
    qs = find_quantities(text)
    assert [(q.raw, q.value) for q in qs] == [("3.6亿元", 360000000.0), ("\ufffd\ufffd万户", None)]


def test_agreements_counted_in_份_are_not_the_enterprises_signing_them() -> None:
    assert q("组织两地企业签订采购协议46份,协议金额3.6亿元。")[0] == ("46份", 46, "other:协议", "exact")


def test_a_digit_after_cheng_is_its_tenths_place():
    # 六成五 is 65 %: never 六成 (60 %), a shorter number
    (q,) = [q for q in find_quantities("务工就业率达六成五,") if q.unit == "percent"]
    assert (q.raw, q.value) == ("六成五", 65.0)
    (q,) = [q for q in find_quantities("易地搬迁户近七成五实现就业。") if q.unit == "percent"]
    assert (q.raw, q.value, q.qualifier) == ("近七成五", 75.0, "upper_bound")
    # the digit may start a word of its own (五保户): no value, flagged, rather than a guess
    (q,) = [q for q in find_quantities("六成五保户纳入兜底保障。") if q.unit == "percent"]
    assert q.value is None and "number_unclear" in q.flags
    (q,) = [q for q in find_quantities("八成以上农户参加合作社。") if q.unit == "percent"]
    assert (q.raw, q.value) == ("八成以上", 80.0)


def _q(text):
    return [(q.raw, q.value, q.unit) for q in find_quantities(text)]


def test_rate_column_of_a_table_is_in_percent_under_a_unit_line_listing_it():
    t = "表1  部分市脱贫人口人均纯收入(单位:元、%)\n| 市 | 人均纯收入 | 增速 |\n| 阜阳市 | 16235 | 11.6 |\n"
    assert _q(t) == [("16235", 16235.0, "CNY"), ("11.6", 11.6, "percent")]
    t = "表1  资金安排情况(单位:万元)\n| 县 | 资金 | 增速 |\n| 甲县 | 1200 | 11.6 |\n"
    assert _q(t) == [("1200", 1.2e7, "CNY")]  # a rate column is never in the money unit


def test_counted_noun_before_a_verb_of_counting():
    assert ("72个", 72.0, "village") in _q("经营性收入10万元以上的村达到72个,占行政村总数的72.0%。")
    assert ("32个", 32.0, "other:个") in _q("通江县达到32个。")  # a place is not what is counted


@pytest.mark.parametrize("text, raw, unit", [
    ("全年发运冷链车辆1200余车次。", "1200余车次", "other:车次"),
    ("组织企业参加展会21场次。", "21场次", "other:场次"),
])
def test_trips_and_sessions(text, raw, unit):
    assert [(r, u) for r, _, u in _q(text)] == [(raw, unit)]


# --- session 9: group labels, counted nouns ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a kind of area then a bare count word (no 个): the name of a fixed group, each time it is used
    ("全省深入实施山区26县跨越式高质量发展实施方案，推动山区26县与沿海发达地区优势互补。", []),
    ("先后向宁夏贫困8县(区)派遣支教教师。", []),
    # the same places counted with 个, or after a scope word, a place or a verb, are counts
    ("26个山区县中仍有7个县尚未实现税收返还。", [("26个", "other:县"), ("7个", "other:县")]),
    ("综合全市5县3区脱贫状况。", [("5县", "other:县"), ("3区", "other:区")]),
    ("工程涉及5市53个县。", [("5市", "other:prefecture"), ("53个", "other:县")]),
])
def test_group_labels_are_not_counts(text: str, expected: list) -> None:
    assert [(x.raw, x.unit) for x in find_quantities(text)] == expected


@pytest.mark.parametrize("text, raw, unit", [
    # a one-character boundary inside a word (相对) does not cut the counted noun off
    ("原281个省定相对贫困村集体经济收入平均达到28.6万元。", "281个", "village"),
    ("全县已有15个村被评为全市村级集体经济发展示范村。", "15个", "village"),  # 被 begins 被评为
    # a noun counted by its own numeral (到三县) is not what the count before counts
    ("引进重庆企业19家到三县投资，到位资金4.3亿元。", "19家", "enterprise"),
    # the new clinical techniques of a hospital, also written as a list, are items and not projects
    ("帮助受援医院开展新技术、新项目92项。", "92项", "item"),
    ("帮助县人民医院开展新技术新项目57项。", "57项", "item"),
    # 座 counts the facilities built; item is the unit of 项
    ("抽查的230座设施中正常运行的204座。", "230座", "other:座"),
    ("发展设施农业大棚4860座。", "4860座", "other:座"),
    ("建成基础设施18项。", "18项", "item"),
    # nouns before 的 say whom the counted things serve: they are the jobs counted before
    ("开发乡村公益性岗位3.12万个，其中安置脱贫人口和监测对象的2.36万个，占75.6%。", "2.36万个", "other:岗位"),
    # nouns joined by 和: the one the classifier counts by itself (家: enterprises) names the count
    ("认定扶贫产品生产企业和合作社64家。", "64家", "enterprise"),
    ("发展合作社和家庭农场120家。", "120家", "other:合作社"),
])
def test_counted_nouns_in_report_language(text: str, raw: str, unit: str) -> None:
    assert {x.raw: x.unit for x in find_quantities(text)}[raw] == unit


def test_a_list_of_counts_before_a_group_count_does_not_list_its_members() -> None:
    text = "上海选派的176名援疆教师、138名援疆医生分布在四县学校和医院。"
    assert [x.raw for x in find_quantities(text)] == ["176名", "138名"]
    assert "四县" in [x.raw for x in find_quantities("上海对口支援莎车、泽普、叶城、巴楚四县。")]


@pytest.mark.parametrize("text, raw, unit", [
    # demands, problems and operators counted with 件/家/个 are what the count counts, not the people who
    # raise them nor the villages counted before them in the clause
    ("建立24小时供水服务热线，全年受理群众诉求1428件，办结1415件，办结率99.1%。", "1428件", "other:诉求"),
    ("建立24小时供水服务热线，全年受理群众诉求1428件，办结1415件，办结率99.1%。", "1415件", "other:诉求"),
    ("协调解决欠薪等问题87件，帮助追回欠薪136.8万元。", "87件", "other:件"),
    ("延伸调查了16个乡镇、48个行政村和23家新型农业经营主体。", "23家", "other:经营主体"),
    ("有3家经营主体未按约定向村集体支付收益金。", "3家", "other:经营主体"),
    # counter-examples: the villages and the practical matters keep their units
    ("延伸调查了16个乡镇、48个行政村和23家新型农业经营主体。", "48个", "village"),
    ("帮助群众办实事好事1836件。", "1836件", "item"),
])
def test_things_counted_in_audit_and_hotline_reports(text: str, raw: str, unit: str) -> None:
    assert {x.raw: x.unit for x in find_quantities(text)}[raw] == unit


@pytest.mark.parametrize("text, raw, unit", [
    # 件 counts no people, 家 no villages: a noun of those units before them names someone else
    ("全年受理群众来信1428件，办结1415件。", "1428件", "item"),
    ("全年受理群众来信1428件，办结1415件。", "1415件", "item"),
    ("延伸调查了48个行政村和23家单位。", "23家", "enterprise"),
    # counter-examples: people counted with 名, households with 家 keep their units
    ("全年受理群众来信1428件，帮助群众126名。", "126名", "person"),
    ("帮扶贫困户35家。", "35家", "household"),
])
def test_a_classifier_never_counts_some_things(text: str, raw: str, unit: str) -> None:
    assert {x.raw: x.unit for x in find_quantities(text)}[raw] == unit


def test_rounds_of_a_campaign_are_counted() -> None:
    # 排查3轮: rounds of screening; 三轮车 is a vehicle and 两轮驱动 a slogan, 第二轮 an ordinal
    assert q("组织开展全县防返贫集中排查3轮，入户核查农户2.86万户。")[0] == ("3轮", 3, "other:轮", "exact")
    assert raws("完成两轮集中排查。") == ["两轮"]
    assert raws("购买三轮车12辆，坚持产业就业两轮驱动，开展第二轮排查。") == ["12辆"]


@pytest.mark.parametrize("text, raw, unit", [
    # modifiers joined by 、 before the counted noun: the noun after them is counted
    ("针对清查发现的43个闲置、低效运营项目，采取租赁、承包、入股等方式进行盘活。", "43个", "project"),
    # counter-examples: a count after 、 counts its own noun; a noun before 、 stays the counted one
    ("建成3个、在建5个项目。", "3个", "other:个"),
    ("帮扶5个村、2个社区。", "5个", "village"),
    # a one-character noun right after the count, then a verb: the units, then what they do
    ("县财政安排专项资金3000万元，重点支持100个村发展产业项目，每村平均扶持30万元。", "100个", "village"),
    # counter-example: after a longer noun the verb may modify the next noun
    ("选定覆盖8个领域24个产业发展项目，直接用于民生。", "24个", "project"),
])
def test_the_counted_noun_across_modifiers_and_predicates(text: str, raw: str, unit: str) -> None:
    assert {x.raw: x.unit for x in find_quantities(text)}[raw] == unit


@pytest.mark.parametrize("text, expected", [
    # a ratio named by 之比 or 生师比, and its change, written bare; a ratio to one read with its :1
    ("山区26县农村居民收入与全省平均水平之比为0.781，比上年提高0.006。",
     [("0.781", 0.781, "other:ratio", "exact"), ("0.006", 0.006, "other:ratio", "exact")]),
    ("义务教育阶段生师比为16.95:1。", [("16.95:1", 16.95, "other:ratio", "exact")]),
    # counter-examples: a clock time is no ratio; a rise in percent keeps its unit
    ("会议于10:30召开。", []),
    ("城乡居民收入比为2.5，农民收入提高8%。", [("2.5", 2.5, "other:ratio", "exact"), ("8%", 8, "percent", "exact")]),
])
def test_ratios_named_in_reports(text: str, expected: list) -> None:
    assert q(text) == expected


def test_lessons_are_counted_in_arabic_only() -> None:
    assert q("援疆教师开设示范课、公开课1260节。") == [("1260节", 1260, "other:节", "exact")]
    assert raws("过春节时开展二十四节气宣传，第3节课。") == []
