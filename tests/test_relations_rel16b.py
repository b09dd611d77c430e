"""Relations of session 16 (h-rl2): a compound growth printed with its start year only (由2020年的10050元增加到
14860元, 年均增长10.3%) ends in the year the sentences before open with when they compare their levels with that
same start year (2024年…比2020年的…)."""
from __future__ import annotations

from fixtures.written import facts_of, rate_of

_PARA = ("2024年全县地区生产总值预计达到128.6亿元，比2020年的98.0亿元增长31.2%；农村居民人均可支配收入15260元，"
         "比{since}年的11010元增长38.6%。脱贫人口人均纯收入由2020年的10050元增加到14860元，年均增长{rate}。")


def _rate(tmp_path, body, raw):
    return rate_of(facts_of(tmp_path, body), raw)


def test_a_growth_from_a_start_year_ends_in_the_year_its_paragraph_compares_with_it(tmp_path):
    r = _rate(tmp_path, _PARA.format(since="2020", rate="10.3%"), "10.3%")
    assert r["status"] == "match" and r["period"] == "2020..2024", r
    assert (r["numerator"], r["denominator"]) == (14860, 10050), r


def test_a_misprinted_growth_over_a_span_read_from_its_paragraph_is_not_asserted(tmp_path):
    # agreement only: (14860 / 10050)^(1/4) - 1 is 10.3 %, a printed 12.3% makes no alarm on a span that is read
    r = _rate(tmp_path, _PARA.format(since="2020", rate="12.3%"), "12.3%")
    assert r["status"] != "mismatch", r


def test_a_paragraph_comparing_with_another_year_gives_no_end_year(tmp_path):
    # counter-example: the sentence before compares its levels with 2015 (and 2020 in its first clause only
    # with another start): two different comparisons or another start year give no span
    body = ("2024年全县地区生产总值预计达到128.6亿元，比2015年的98.0亿元增长31.2%。"
            "脱贫人口人均纯收入由2020年的10050元增加到14860元，年均增长10.3%。")
    r = _rate(tmp_path, body, "10.3%")
    assert r["status"] not in ("match", "mismatch"), r
