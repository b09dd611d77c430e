"""Relations of session 15 (h-rel): a table rate whose numerator word names two columns (获贷 and 贷款), read with
the column of the base's unit; a growth whose earlier level follows it in brackets (同比增长12.7%（上年同期1.26亿元）); a change printed after 较 and the earlier level (较年初的3.61亿元增加0.25亿元);
a part's contribution to its whole's growth (拉动农村居民收入增长3.4个百分点); a space-separated table whose label is
spaced out to fill its column (项    目, 合    计); a table's share column with no year columns, over the total row."""
from __future__ import annotations

from fixtures.written import facts_of, rate_of


def _rate(tmp_path, body, raw):
    return rate_of(facts_of(tmp_path, body), raw)


# --- a table rate column: the numerator column of the base's unit ---------------------------------------------

def test_a_table_rate_takes_the_numerator_column_of_the_base_s_unit():
    from fupin.checks.table_rate import _rate_columns
    header = ["乡镇", "脱贫户数（户）", "累计获贷户数（户）", "户贷率（%）", "贷款余额（万元）"]
    assert _rate_columns(header) == [(3, 2, [1])]  # 获贷户数 (户) over 脱贫户数 (户), not 贷款余额 (万元)


def test_two_numerator_columns_of_the_base_s_unit_leave_the_rate_column_unread():
    from fupin.checks.table_rate import _rate_columns
    header = ["乡镇", "脱贫户数（户）", "累计获贷户数（户）", "户贷率（%）", "贷款户数（户）"]
    assert _rate_columns(header) == []  # counter-example: 获贷户数 and 贷款户数 are both counts of households


def test_a_table_of_household_loan_rates_is_checked_row_by_row(tmp_path):
    from fixtures.written import build_tables
    from fupin.storage import read_table
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "t.txt").write_text(
        "https://www.example.gov.cn/a.html\n某县小额信贷工作通报\n重点乡镇脱贫人口小额信贷情况如下（截至2024年6月底）：\n"
        "乡镇\t脱贫户数（户）\t累计获贷户数（户）\t户贷率（%）\t贷款余额（万元）\n"
        "城关镇\t1862\t812\t43.6\t2146\n东岭乡\t2135\t1046\t47.0\t2788\n", encoding="utf-8")
    c = read_table(build_tables(raw, tmp_path / "p"), "checks")
    t = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert t == {43.6: "match", 47.0: "mismatch"}, t  # 1046 / 2135 is 49.0 %


# --- a growth with its earlier level in brackets after it ---------------------------------------------------

def test_an_earlier_level_in_brackets_after_a_growth_is_its_base(tmp_path):
    body = "1—6月，全县累计发放脱贫人口小额信贷1.42亿元，同比增长12.7%（上年同期1.26亿元），支持脱贫户和监测户3156户。"
    r = _rate(tmp_path, body, "12.7%")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (1.42e8, 1.26e8), r


def test_a_misprinted_growth_over_a_bracketed_earlier_level_is_found(tmp_path):
    body = "1—6月，全县累计发放脱贫人口小额信贷1.42亿元，同比增长15.7%（上年同期1.26亿元），支持脱贫户和监测户3156户。"
    r = _rate(tmp_path, body, "15.7%")
    assert r["status"] == "mismatch" and r["denominator"] == 1.26e8, r


def test_a_bracketed_figure_of_another_kind_is_no_earlier_level(tmp_path):
    body = "1—6月，全县累计发放脱贫人口小额信贷1.42亿元，同比增长12.7%（其中上年结转1.26亿元），支持脱贫户3156户。"
    r = _rate(tmp_path, body, "12.7%")  # counter-example: 其中上年结转 is a part, not the earlier level
    assert r["status"] == "reported_only", r


# --- a change printed after 较 + the earlier level ----------------------------------------------------------

def _difference_rows(tmp_path, body):
    from fupin.checks import find_checks
    c = find_checks(facts_of(tmp_path, body))
    return c[c["check"] == "difference"]


def test_a_change_after_jiao_and_the_earlier_level_is_their_difference(tmp_path):
    body = "截至2024年6月底，全县脱贫人口小额信贷余额3.86亿元，较年初的3.61亿元增加0.25亿元，增长6.9%。"
    d = _difference_rows(tmp_path, body)
    assert list(d["total"]) == [2.5e7] and list(d["status"]) == ["match"], d


def test_a_change_that_is_not_the_difference_after_jiao_says_nothing(tmp_path):
    body = "截至2024年6月底，全县脱贫人口小额信贷余额3.86亿元，较年初的3.61亿元增加0.35亿元，增长6.9%。"
    d = _difference_rows(tmp_path, body)  # counter-example: agreements only, the text may compare other figures
    assert d.empty, d


# --- a part's contribution to the growth of its whole (拉动…增长…个百分点) -------------------------------------

_INCOME = ("2023年，全市农村居民人均可支配收入21460元，比上年增加1380元，增长6.9%。"
           "全市农村居民人均工资性收入9350元，比上年增加720元，增长8.3%，拉动农村居民收入增长3.6个百分点。"
           "全市农村居民人均经营净收入6120元，比上年增加310元，增长5.3%，拉动农村居民收入增长1.5个百分点。")


def test_a_contribution_is_the_part_s_increase_over_the_whole_s_earlier_level(tmp_path):
    f = facts_of(tmp_path, _INCOME)
    r = rate_of(f, "3.6个百分点")
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (720, 21460), r
    r = rate_of(f, "1.5个百分点")  # 310 / (21460 − 1380) = 1.54 points
    assert r["status"] == "match" and (r["numerator"], r["denominator"]) == (310, 21460), r


def test_a_misprinted_contribution_is_found(tmp_path):
    r = _rate(tmp_path, _INCOME.replace("1.5个百分点", "1.9个百分点"), "1.9个百分点")
    assert r["status"] == "mismatch" and r["rate"] == "contribution_to_growth", r


def test_a_contribution_without_the_whole_s_increase_is_not_recomputed(tmp_path):
    body = _INCOME.replace("比上年增加1380元，", "")  # counter-example: the whole's earlier level is not printed
    r = _rate(tmp_path, body, "3.6个百分点")
    assert r["status"] == "reported_only", r


# --- a table whose labels are spaced out to fill their column (项    目, 合    计) ------------------------------

_SPACED = ("2023年，全市衔接资金预算数15.1亿元，决算数14.32亿元，完成预算的94.8%。分资金来源看，预算及决算情况见表1。\n"
           "表1　2023年度全市衔接资金预算及决算情况表\n单位：万元\n"
           "项    目              预算数        决算数      完成预算%\n"
           "一、中央衔接资金       98500         93420         94.8\n"
           "二、省级衔接资金       36200         34160         96.4\n"
           "三、县级衔接资金       16300         15620         95.8\n"
           "合    计              151000        143200         94.8\n")


def _table_checks(tmp_path, body):
    from fixtures.written import build_tables
    from fupin.storage import read_table
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "t.txt").write_text("https://www.example.gov.cn/a.html\n某市衔接资金决算情况\n" + body, encoding="utf-8")
    c = read_table(build_tables(raw, tmp_path / "p"), "checks")
    return c[c["check"].isin(["table_rate", "table_total"])]


def test_a_table_with_spaced_out_labels_is_read_row_by_row(tmp_path):
    c = _table_checks(tmp_path, _SPACED)
    rates = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert rates == {94.8: "match", 96.4: "mismatch", 95.8: "match"}, c  # 34160 / 36200 is 94.4 %
    totals = c[c["check"] == "table_total"].set_index("total")["status"].to_dict()
    assert totals.get(1.51e9) == "match" and totals.get(1.432e9) == "match", c


def test_single_characters_that_are_cells_of_their_own_stay_apart():
    from fupin.checks.table_rate import _cells
    assert [c for _, c in _cells("合    计    262000    248362")] == ["合计", "262000", "248362"]
    assert [c for _, c in _cells("东    西    南    北    合计")] == ["东", "西", "南", "北", "合计"]  # four: columns
    assert [c for _, c in _cells("一    二    三")] == ["一", "二", "三"]  # counter-example: no label before figures


# --- a share column of a table with no year columns, over the total row --------------------------------------

def test_a_share_column_is_the_figure_column_over_the_total_row(tmp_path):
    body = ("表1  2022年统筹整合财政涉农资金来源情况\n单位：万元\n资金来源\t资金规模\t占比（%）\n"
            "中央财政衔接资金\t41250\t52.4\n省级财政资金\t23600\t30.0\n县级财政资金\t13850\t19.6\n合计\t78700\t100.0\n")
    c = _table_checks(tmp_path, body)
    t = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert t == {52.4: "match", 30.0: "match", 19.6: "mismatch"}, c  # 13850 / 78700 is 17.6 %


def test_a_share_column_beside_two_figure_columns_is_read_on_the_one_it_fits(tmp_path):
    body = ("整合资金按项目类别安排如下：\n表2  2022年统筹整合资金安排使用情况\n项目类别\t项目个数\t资金规模（万元）\t占比（%）\n"
            "产业发展\t86\t53120\t55.5\n基础设施建设\t64\t26410\t27.6\n就业帮扶\t12\t4650\t4.9\n"
            "其他\t30\t11520\t12.0\n合计\t192\t95700\t100.0\n")
    c = _table_checks(tmp_path, body)
    t = c[c["check"] == "table_rate"].set_index("total")["status"].to_dict()
    assert t == {55.5: "match", 27.6: "match", 4.9: "match", 12.0: "match"}, c


def test_shares_that_fit_neither_column_beside_two_figure_columns_say_nothing(tmp_path):
    body = ("整合资金按项目类别安排如下：\n表2  2022年统筹整合资金安排使用情况\n项目类别\t项目个数\t资金规模（万元）\t占比（%）\n"
            "产业发展\t86\t53120\t44.8\n基础设施建设\t64\t26410\t33.3\n就业帮扶\t12\t4650\t6.3\n"
            "其他\t30\t11520\t15.6\n合计\t192\t95700\t100.0\n")
    c = _table_checks(tmp_path, body)  # counter-example: shares of the project counts, not of the funds
    assert c[c["check"] == "table_rate"].empty, c
