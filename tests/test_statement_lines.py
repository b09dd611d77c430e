"""Where a statement ends when lines close with no mark (a 公众号 post, a PDF cut by its layout), and checks that
cannot fail (open bounds on both sides) are not made."""
from __future__ import annotations

from fixtures.written import checks_of


def _breakdowns(tmp_path, body):
    c = checks_of(tmp_path, body, "breakdown")
    return [] if c.empty else list(zip(c["parts"].astype(str), c["status"]))


def test_lines_of_a_post_under_another_heading_are_no_parts_of_a_breakdown(tmp_path):
    # 汪清发布-style post: every line a statement with no closing mark; the 户 figures under the heading 04 are
    # monitored households, not parts of the 8650 households an industry drives (3260 + 5600 > 8650 was an alarm)
    body = ("02\n产业帮扶见实效\n【木耳产业】全县黑木耳种植规模达到1.2亿袋\n带动农户8650户，其中脱贫户3260户\n"
            "04\n监测帮扶守底线\n● 累计识别监测对象5600户12750人\n● 已消除风险2763户5637人\n")
    got = _breakdowns(tmp_path, body)
    assert got == [("3260户 <= 8650户", "match")], got


def test_a_sentence_cut_by_a_line_break_still_lists_its_parts(tmp_path):
    # counter-example: a PDF line break inside the statement, nothing between the two lines
    body = "全年带动农户8650户，其中脱贫户3260户、\n监测户1286户、一般农户4104户。"
    got = _breakdowns(tmp_path, body)
    assert got == [("3260户 + 1286户 + 4104户 = 8650户", "match")], got


def test_open_bounds_on_both_sides_make_no_check(tmp_path):
    body = "全县202个行政村集体经济经营性收入均达到10万元以上，其中50万元以上的村36个，占17.8%。"
    got = _breakdowns(tmp_path, body)
    assert all("10万元以上" not in parts for parts, _ in got), got
    assert ("36个 <= 202个", "match") in got, got


def test_value_added_items_listed_after_their_total_add_up_to_it(tmp_path):
    # the three 产业增加值 listed without a breakdown word are parts (增加值 names a value, not a change: one
    # definition, checks.common._names_change, read by breakdown, list_sum, remainder and difference alike)
    body = "全年全县地区生产总值126.85亿元。第一产业增加值23.46亿元、第二产业增加值42.18亿元、第三产业增加值61.21亿元。"
    c = checks_of(tmp_path, body, "list_sum")
    assert list(c["status"]) == ["match"] and "126.85" in c["parts"].iloc[0], c
    # counter-example: changes listed after a level add up to nothing
    body = "全年农民收入12.6亿元。工资性收入增加0.6亿元、经营性收入增加0.5亿元、转移性收入增加11.5亿元。"
    assert checks_of(tmp_path, body, "list_sum").empty
