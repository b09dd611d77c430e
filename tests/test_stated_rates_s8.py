"""Stated rates of session 8 (relation recall): 逾期率 over the balance its words name further back, the whole
printed inside 占…的, and side-by-side rates of several places (分别) over each place's own base."""
import pytest

from fixtures.analysis_facts import synth
from fupin.rates import compute_rates


def stated(facts, reported_raw, nth=0):
    r = compute_rates(facts)
    ids = facts.loc[facts["raw"] == reported_raw, "fact_id"].tolist()
    sel = r[r["reported_fact_id"] == ids[nth]]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def _overdue(rate: str):
    return synth(["截至2022年末,全州脱贫人口小额信贷余额28.64亿元,比年初增加3.12亿元;余额户数6.38万户。",
                  "全年累计发放脱贫人口小额信贷12.46亿元,惠及2.75万户。", "从贷款用途看,用于种植业9.86亿元、养殖业8.72亿元。",
                  "其余用于加工业和商贸流通等。", f"年末脱贫人口小额信贷逾期余额986万元,逾期率{rate}。",
                  "二、涉农贷款持续增长", "年末全州涉农贷款余额612.8亿元,增长10.6%。"],
                 [("28.64亿元", "CNY", "x"), ("3.12亿元", "CNY", "x"), ("6.38万户", "household", "x"),
                  ("12.46亿元", "CNY", "x"), ("2.75万户", "household", "x"), ("9.86亿元", "CNY", "x"), ("8.72亿元", "CNY", "x"),
                  ("986万元", "CNY", "x"), (rate, "percent", "x"), ("612.8亿元", "CNY", "x"), ("10.6%", "percent", "x")])


def test_overdue_rate_takes_the_balance_of_its_own_loans_further_back_not_the_next_paragraphs():
    r = stated(_overdue("0.34%"), "0.34%")
    assert (r["rate"], r["numerator"], r["denominator"], r["status"]) == ("overdue_rate", 9.86e6, 2.864e9, "match")


def test_npl_rate_word():
    facts = synth(["年末全县各项贷款余额86.5亿元,其中不良贷款余额1.12亿元,不良贷款率1.29%。"],
                  [("86.5亿元", "CNY", "x"), ("1.12亿元", "CNY", "x"), ("1.29%", "percent", "x")])
    r = stated(facts, "1.29%")
    assert (r["rate"], r["denominator"], r["status"]) == ("npl_rate", 8.65e9, "match")


def test_share_of_a_whole_printed_inside_zhan_de_skips_the_changes_said_of_the_part():
    facts = synth(["截至2022年末,全州涉农贷款余额612.8亿元,比年初增加58.6亿元,增长10.6%,占各项贷款余额1563.4亿元的39.2%。"],
                  [("612.8亿元", "CNY", "x"), ("58.6亿元", "CNY", "x"), ("10.6%", "percent", "x"),
                   ("1563.4亿元", "CNY", "x"), ("39.2%", "percent", "x")])
    r = stated(facts, "39.2%")
    assert (r["numerator"], r["denominator"], r["status"]) == (pytest.approx(6.128e10), pytest.approx(1.5634e11), "match")


def test_share_inside_zhan_de_after_a_statement_running_on_past_a_semicolon():
    facts = synth(["2018年全年实际支出专项扶贫资金5.71亿元,执行率91.8%,比上年提高6.5个百分点;",
                   "支出比上年的4.63亿元增长23.3%,占全旗一般公共预算支出37.56亿元的15.9%。"],
                  [("5.71亿元", "CNY", "x"), ("91.8%", "percent", "x"), ("6.5个百分点", "percentage_point", "x"),
                   ("4.63亿元", "CNY", "x"), ("23.3%", "percent", "x"), ("37.56亿元", "CNY", "x"), ("15.9%", "percent", "x")])
    r = stated(facts, "15.9%")
    assert (r["numerator"], r["denominator"], r["status"]) == (5.71e8, 3.756e9, "mismatch")  # 15.2 % printed right


def _side_by_side(rates: tuple[str, ...]):
    sents = ["分县看,甲县安排援助资金7.86亿元、项目92个,乙县4.12亿元、48个,丙县5.98亿元、74个。",
             "截至年底,甲县、乙县、丙县分别拨付资金7.34亿元、3.92亿元、5.45亿元,资金支出率分别为"
             f"{rates[0]}、{rates[1]}、{rates[2]};", "分别完工项目81个、43个、64个,完工率分别为88.0%、89.6%、86.5%。"]
    specs = [("7.86亿元", "CNY", "x", "exact", "2022", "甲县"), ("92个", "project", "x", "exact", "2022", "甲县"),
             ("4.12亿元", "CNY", "x", "exact", "2022", "乙县"), ("48个", "project", "x", "exact", "2022", "乙县"),
             ("5.98亿元", "CNY", "x", "exact", "2022", "丙县"), ("74个", "project", "x", "exact", "2022", "丙县"),
             ("7.34亿元", "CNY", "x", "exact", "2022", "甲县"), ("3.92亿元", "CNY", "x", "exact", "2022", "乙县"),
             ("5.45亿元", "CNY", "x", "exact", "2022", "丙县")]
    specs += [(r, "percent", "x", "exact", "2022", g) for r, g in zip(rates, ("甲县", "乙县", "丙县"))]
    # the completions' places are not printed in their statement: those of the 分别 list before ；
    specs += [(r, u, "x", "exact", "2022", "某市") for r, u in (("81个", "project"), ("43个", "project"), ("64个", "project"),
                                                           ("88.0%", "percent"), ("89.6%", "percent"), ("86.5%", "percent"))]
    return synth(sents, specs)


def test_side_by_side_rates_take_each_places_own_base():
    facts = _side_by_side(("93.4%", "95.1%", "91.1%"))
    for raw, num, den in (("93.4%", 7.34e8, 7.86e8), ("95.1%", 3.92e8, 4.12e8), ("91.1%", 5.45e8, 5.98e8),
                          ("88.0%", 81, 92), ("89.6%", 43, 48), ("86.5%", 64, 74)):
        r = stated(facts, raw)
        assert (r["numerator"], r["denominator"], r["status"]) == (num, den, "match"), raw


def test_side_by_side_rate_that_misfits_its_places_base_is_a_mismatch():
    r = stated(_side_by_side(("93.4%", "95.1%", "93.1%")), "93.1%")
    assert (r["numerator"], r["denominator"], r["status"]) == (5.45e8, 5.98e8, "mismatch")


def test_share_of_people_counted_where_they_went_takes_the_whole_its_words_name_in_its_statement():
    sents = ["劳务协作方面,帮助陕西农村劳动力转移就业12.47万人,其中脱贫劳动力6.52万人,占52.3%;",
             "到江苏省就业2.18万人,占转移就业总数的19.5%。"]
    specs = [("12.47万人", "person", "x", "exact", "2023", "陕西省"), ("6.52万人", "person", "x", "exact", "2023", "陕西省"),
             ("52.3%", "percent", "x", "exact", "2023", "陕西省"), ("2.18万人", "person", "x", "exact", "2023", "江苏省"),
             ("19.5%", "percent", "x", "exact", "2023", "江苏省")]
    r = stated(synth(sents, specs), "19.5%")
    assert (r["numerator"], r["denominator"], r["status"]) == (21800, 124700, "mismatch")  # 17.5 %


def test_employment_rate_after_training_is_over_the_person_times_trained():
    facts = synth(["开展职业技能培训1.25万人次,培训后实现就业8640人,培训后就业率69.1%。"],
                  [("1.25万人次", "person_time", "x"), ("8640人", "person", "x"), ("69.1%", "percent", "x")])
    r = stated(facts, "69.1%")
    assert (r["rate"], r["numerator"], r["denominator"], r["status"]) == ("employment_rate", 8640, 12500, "match")


def test_rate_of_a_count_printed_among_its_whole():
    facts = synth(["全年帮扶项目覆盖全县26个乡镇中的21个,覆盖率80.8%。"],
                  [("26个", "other:乡镇", "x"), ("21个", "other:乡镇", "x"), ("80.8%", "percent", "x")])
    r = stated(facts, "80.8%")
    assert (r["numerator"], r["denominator"], r["status"]) == (21, 26, "match")
    facts = synth(["全年帮扶项目覆盖全县26个乡镇中的21个,覆盖率85.8%。"],
                  [("26个", "other:乡镇", "x"), ("21个", "other:乡镇", "x"), ("85.8%", "percent", "x")])
    assert stated(facts, "85.8%")["status"] == "mismatch"


def test_unnamed_share_with_two_wholes_in_its_sentence_takes_the_one_it_holds_on():
    sents = ["全县脱贫人口3.62万户9.18万人,纳入防返贫监测对象1286户3524人,已消除风险2236人,占{}。"]
    specs = [("3.62万户", "household", "x"), ("9.18万人", "person", "x"), ("1286户", "household", "x"),
             ("3524人", "person", "x"), ("2236人", "person", "x")]
    r = stated(synth([sents[0].format("63.5%")], specs + [("63.5%", "percent", "x")]), "63.5%")
    assert (r["denominator"], r["status"]) == (3524, "match")
    # on neither: which whole is meant is not said
    assert stated(synth([sents[0].format("68.5%")], specs + [("68.5%", "percent", "x")]), "68.5%")["status"] == "ambiguous"


def test_rate_whose_numerator_closes_the_sentence_before_and_base_is_in_its_own():
    sents = ["全市共识别贫困村510个、贫困户20.87万户、贫困人口53.6万人。", "以全市农业人口443.2万人计算,贫困发生率为{}。"]
    specs = [("510个", "other:村", "x"), ("20.87万户", "household", "x"), ("53.6万人", "person", "x"), ("443.2万人", "person", "x")]
    r = stated(synth([sents[0], sents[1].format("12.1%")], specs + [("12.1%", "percent", "x")]), "12.1%")
    assert (r["numerator"], r["denominator"], r["status"]) == (536000, 4432000, "match")
    # a numerator in another sentence than its rate: a misfit is not asserted
    r = stated(synth([sents[0], sents[1].format("13.1%")], specs + [("13.1%", "percent", "x")]), "13.1%")
    assert r["status"] == "ambiguous"
