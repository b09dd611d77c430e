"""Relations of session 10 (recall on the written sets, no false alarm): a count, its sum per head and the
amount paid; per-head-per-period standards printed before their counts and amounts; tables' share columns."""
from __future__ import annotations


from fixtures.written import facts_of


from fixtures.written import checks_of as _checks  # noqa: E402


def test_count_then_sum_per_head_then_the_amount_paid(tmp_path):
    body = "其中，低保对象2.47万人，每人资助200元，资助资金{}万元；完成改造1260户，每户补助5000元，投入资金630万元。"
    c = _checks(tmp_path, body.format("494.0"), "per_unit")
    assert sorted(c["total"]) == [200.0, 5000.0] and set(c["status"]) == {"match"}
    # the amount named by its money word may pay for more than the sums per head: a misfit says nothing
    c = _checks(tmp_path, body.format("594.0"), "per_unit")
    assert list(c["total"]) == [5000.0]


def test_count_then_sum_per_head_per_year_then_the_amount(tmp_path):
    body = "为1.52万名重度残疾人代缴城乡居民基本养老保险费，每人每年100元，代缴资金152万元。"
    c = _checks(tmp_path, body, "per_unit")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 100.0


def test_a_sum_per_head_per_month_with_no_months_printed_is_not_multiplied_by_the_count(tmp_path):
    # 每人每月: how many months the 630万元 paid is not said in the sentence
    body = "聘用护林员1050人，每人每月500元，发放工资630万元。"
    assert _checks(tmp_path, body, "per_unit").empty


def test_multiples_apiece_pair_each_level_with_its_reference_in_order(tmp_path):
    body = "2019年全州接待游客586.3万人次，实现旅游总收入38.72亿元，分别是2010年139.6万人次和6.91亿元的4.2倍和{}倍。"
    c = _checks(tmp_path, body.format("5.6"), "multiple")
    assert sorted(c["total"]) == [4.2, 5.6] and set(c["status"]) == {"match"}
    c = _checks(tmp_path, body.format("6.5"), "multiple")  # 38.72 / 6.91 is 5.6
    assert c.set_index("total")["status"].to_dict() == {4.2: "match", 6.5: "mismatch"}


def test_multiples_apiece_without_a_reference_each_are_not_paired(tmp_path):
    # one reference for two multiples: which level each multiplies is not said
    body = "2019年全州接待游客586.3万人次，实现旅游总收入38.72亿元，分别是2010年的4.2倍和5.6倍。"
    assert _checks(tmp_path, body, "multiple").empty


SUBSIDIES = ("全面落实困难残疾人生活补贴和重度残疾人护理补贴制度，补贴标准分别为每人每月100元和每人每月80元。"
             "{year}困难残疾人生活补贴惠及4.21万人，发放资金5052万元；重度残疾人护理补贴惠及5.06万人，发放资金{amount}万元；"
             "合计发放9909.6万元。")


def test_standards_printed_before_the_statements_paid_at_them(tmp_path):
    # 5052万元 / 4.21万人 / 12 months = 100元, 4857.6万元 / 5.06万人 / 12 = 80元: each standard finds its statement
    c = _checks(tmp_path, SUBSIDIES.format(year="全年", amount="4857.6"), "per_unit")
    assert sorted(c["total"]) == [80.0, 100.0] and set(c["status"]) == {"match"}


def test_standards_before_statements_of_no_stated_year_or_no_fit_say_nothing(tmp_path):
    # without 全年 the months paid are not said; an amount fitting no standard is no alarm either
    assert _checks(tmp_path, SUBSIDIES.format(year="", amount="4857.6"), "per_unit").empty
    (tmp_path / "b").mkdir()
    c = _checks(tmp_path / "b", SUBSIDIES.format(year="全年", amount="4587.6"), "per_unit")
    assert list(c["total"]) == [100.0] and list(c["status"]) == ["match"]


def test_a_yearly_average_over_the_span_its_sentence_prints(tmp_path):
    body = "自2010年山东省开展对口支援青海海北州工作以来，十年间山东累计投入援青资金21.63亿元，年均{}亿元，实施援建项目512个。"
    c = _checks(tmp_path, body.format("2.16"), "per_unit")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 2.16e8
    body = "2013—2022年，全省累计投入衔接资金356.2亿元，年均35.6亿元。"  # ten years counted from 2013
    assert list(_checks(tmp_path, body, "per_unit")["status"]) == ["match"]


def test_a_yearly_average_with_no_span_or_no_fit_says_nothing(tmp_path):
    # no span printed: over how many years is not said; a misfit over a span is no alarm (is its first year counted?)
    assert _checks(tmp_path, "山东累计投入援青资金21.63亿元，年均2.16亿元。", "per_unit").empty
    assert _checks(tmp_path, "十年间山东累计投入援青资金21.63亿元，年均3.16亿元。", "per_unit").empty


def test_a_total_paid_closing_the_statements_of_its_parts(tmp_path):
    body = ("全年困难残疾人生活补贴惠及4.21万人，发放资金5052万元；重度残疾人护理补贴惠及5.06万人，发放资金4857.6万元；"
            "合计发放{}万元，符合条件的残疾人应享尽享。")
    c = _checks(tmp_path, body.format("9909.6"), "total_after_parts")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 9909.6e4
    # 合计发放 may pay more than the amounts listed (other subsidies): a misfit is no alarm
    assert "mismatch" not in set(_checks(tmp_path, body.format("9990.6"), "total_after_parts")["status"])
