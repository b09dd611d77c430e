"""Rates the text states, recomputed from the figures the rate grammar names (``data/rate_words.csv``).

A stated rate is a percent figure after a rate word. The word says how it is built:

- ``rate``: `已开工建设项目51个, 项目开工率34.93%` - the numerator is printed before the rate in its
  sentence, in a clause holding a numerator word (开工); the base is a figure of the same unit earlier
  in scope (its sentence, then the sentences before) whose clause holds a base word (计划实施项目137个).
- ``share``: `下达广西资金103.83亿元, 占全国资金总量的6.65%` - the part is the figure before 占, the whole
  is the figure the words after 占 name (their shared words; 总… prefers a figure that opens a list of
  parts); `A, B, 分别占x%和y%` pairs the parts and shares in order.
- ``growth``: `达到12550元, 同比增加1810元, 增长16.9%` - increase / (level - increase); or from two
  levels, `从A增加到B, 增长x%`.
- ``cagr``: `由2010年的3464元增加到2015年的6861元, 年均增长14.7%` - (B/A)^(1/n) - 1 over the years stated.
- ``gap``: `高于全国平均增幅2.4个百分点` - the reference is not printed: reported only.

Components pair only within one article, one sentence scope and compatible region and period. A
printed figure stands for the interval of its rounding; a recomputed value matches when the intervals
meet. When more than one base is possible the row is ``ambiguous`` and lists the candidates; when the
base is not printed it is ``reported_only`` with the base the printed figure implies. A ``mismatch``
says what the printed figure implies (the base it needs, and any other figure in scope that fits).
"""
from __future__ import annotations

import itertools
import math
import re
from functools import lru_cache

import pandas as pd

from .paths import data_file
from .quantities import grammar
from .scopes import (COUNT_UNITS, against_prior_year, by_article, clean_raw, cues, fmt, has_word, overlaps,
                     periods_compatible, region_encloses, regions_compatible, show)

_CHANGE = ("增加", "新增", "增长", "多", "提高")
_DECREASE = ("减少", "下降", "降低", "减")
_LEVEL_AFTER = tuple("到至为")
_REACHED = re.compile(r"(?:减少|下降|降低|减|降)了?(?:到|至)$")  # 减少到9.7万人: a level, not a decrease
_RAISED_TO = re.compile(r"(?:增加|新增|增长|提高|上升)了?(?:到|至)$")  # 提高到900元: a level, not an increase
_FROM = ("从", "由")
_TO = ("到", "至")
_YEAR_AT_END = re.compile(r"((?:19|20)\d{2})年(?:底|末|初)?的?$")
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})年?(?:至|到|—|-|～|~)((?:19|20)\d{2})年")
# the earlier level of a growth, printed as such: `14532元,2022年为13419元,增长8.3%`, `比2022年的10560元增长`,
# `较上年同期的5702元增长`
# 比建设前的4.36万吨增长29.4%: an earlier level named by the event it came before (建设前, 搬迁前, 实施前)
_PRIOR_LEVEL = re.compile(r"(?:(?:19|20)\d{2}年|上年|去年|上年同期|去年同期|同期|年初|比[\u4e00-\u9fff]{1,6}前)(?:末|底)?(?:为|的)$")
_SPLIT_NUMBER = re.compile(r"\d[ \u00a0\u3000]$")  # `10 851.8`: a number cut at a thousands space
_CLAUSE_BREAKS = ",，;；:：。"
_TOTAL_WORDS = ("共", "合计", "总计", "累计", "总共", "共计")
_SCOPE_SENTENCES = 3       # sentences before the numerator where an unnamed base may stand
_SUBJECT_BACK = 6          # sentences back where the one figure holding a share's whole subject is its part
_NAMED_MIN_SCORE = 2       # shared word pairs that let a base named after 占 stand anywhere earlier


@lru_cache(maxsize=1)
def rate_words() -> pd.DataFrame:
    """The rate grammar of ``data/rate_words.csv``, longest words first."""
    t = pd.read_csv(data_file("rate_words.csv"), comment="#", dtype=str, keep_default_na=False)
    return t.assign(_n=t["word"].str.len()).sort_values("_n", ascending=False, kind="stable").drop(columns="_n")


@lru_cache(maxsize=1)
def _word_rows() -> tuple[dict, ...]:
    return tuple(rate_words().to_dict("records"))


def _z(text: object) -> str:
    return clean_raw(str(text or ""))


def _words(cell: str) -> list[str]:
    return [w for w in str(cell).split("|") if w]


def find_word(label: str, unit: str):
    """The rate word of a figure: the word ending nearest the number in the clause before it
    (the longest at equal end), or None. Gaps (个百分点) and the other kinds (percent) are apart."""
    text = _z(label)
    best = None
    rows = list(_word_rows())
    if unit == "percentage_point" and not any(w["kind"] in ("gap", "pp_change") and w["word"] in text for w in rows):
        # 下降2.1个百分点 with no word of points before it: a growth or decline word states a change in points
        # (高于全国平均增幅2.4个百分点 stays a gap)
        rows = [{**w, "kind": "pp_change", "rate": "stated_pp_change", "numerator_words": "-" if w["kind"] == "decline" else ""}
                if w["kind"] in ("growth", "decline") else w for w in rows]
    for w in rows:
        if (w["kind"] in ("gap", "pp_change")) != (unit == "percentage_point") or w["kind"] == "target" \
                or (w["kind"] == "ratio") != (unit == "other:ratio"):
            continue
        k = text.rfind(w["word"])
        if k < 0:
            continue
        if w["kind"] in ("growth", "decline") and text[k + len(w["word"]):k + len(w["word"]) + 1] in _LEVEL_AFTER:
            continue  # 贫困发生率下降到0.5%: the figure is the level reached, not the change
        end = k + len(w["word"])
        if best is None or end > best[0] or (end == best[0] and len(w["word"]) > len(best[1]["word"])):
            best = (end, w)
    return None if best is None else best[1]


def _completed_word(recs: list[dict], rep: dict, w: dict) -> dict:
    """The rate word as the numerator's clause completes it: 培训后实现就业4985人, 就业率85.0% is a 培训后就业率 (its base the
    trained, 培训5862人次), not a 就业率 of the labour force. A longer word of the grammar ending with the printed one
    whose first part the clause of the figure the rate follows says; else the printed word."""
    num = next((r for r in _adjacent(recs, rep) if r["unit"] not in ("percent", "percentage_point")), None)
    if num is None:
        return w
    clause = _z(num["ctx_before"])
    clause = clause[max(clause.rfind(p) for p in _CLAUSE_BREAKS) + 1:]
    for x in _word_rows():  # longest first
        if (x["kind"] == w["kind"] and len(x["word"]) > len(w["word"]) and x["word"].endswith(w["word"])
                and x["word"][:-len(w["word"])] in clause):
            return x
    return w


def _ok(r: dict) -> bool:
    lo = r.get("lo")
    return lo is not None and lo == lo and r["unit"] not in ("percent", "percentage_point")


def _damaged(r: dict) -> bool:
    """A figure right after a digit and a space may be the tail of a number cut at a thousands space."""
    return _SPLIT_NUMBER.search(str(r["ctx_before"])) is not None


def _clause(r: dict) -> str:
    """The clause words around a figure; 、 does not end it (已累计到位中央、省级衔接资金66185万元)."""
    before = _z(r["ctx_before"])
    cut = max(before.rfind(p) for p in _CLAUSE_BREAKS)
    return before[cut + 1:] + "|" + _z(r["clause_after"])


def _corners(f, *ivs: tuple[float, float]) -> tuple[float, float] | None:
    """Interval of f over the box of the arguments' intervals (f monotone in each argument)."""
    vals = []
    for xs in itertools.product(*ivs):
        try:
            v = f(*xs)
        except (ZeroDivisionError, ValueError, OverflowError):
            return None
        if v is None or isinstance(v, complex) or math.isnan(v):
            return None
        vals.append(v)
    return min(vals), max(vals)


def _iv(r: dict) -> tuple[float, float]:
    return float(r["lo"]), float(r["hi"])


def _same_period(a: dict, b: dict) -> bool:
    """Periods that surely describe one stock or flow: compatible with dates on both sides, and a
    running total (累计, cumulative) only with another."""
    cum = ["cumulative" in str(x["period"]) or "累计" in _z(x["ctx_before"]) for x in (a, b)]
    return cum[0] == cum[1] and periods_compatible(a["period"], b["period"], strict=True)


def _runs_on(base: dict, num: dict) -> bool:
    """排查共发现各类问题386个。截至9月底，已整改到位352个，整改率93.2%: a base with no time cue in its sentence or
    paragraph, printed in the sentence right before its numerator (not a running total), is of the numerator's
    time: the text runs on."""
    return str(base["period"]) == "unstated" and 0 <= num["sent_idx"] - base["sent_idx"] <= 1 \
        and "累计" not in _z(base["ctx_before"]) + _z(num["ctx_before"])


def _runs_on_in_time_of(base: dict, num: dict, scope: list[dict]) -> bool:
    """2022年，全县苹果种植面积达到28.6万亩，…；苹果产值15.26亿元…。全县脱贫户果园面积8.9万亩，占全县苹果面积的33.1%: a
    numerator with no time cue, printed a few sentences after a base of one stated year (no plan, no running total),
    with every figure between them of that year, is of the base's time: the text runs on. (In the base's own
    sentence an undated figure is no such run-on: 计划实施项目52个 (2024 plan), 完工40个.)"""
    if str(num["period"]) != "unstated" or not re.fullmatch(r"(?:19|20)\d{2}", str(base["period"])) \
            or not 0 < num["sent_idx"] - base["sent_idx"] <= _SCOPE_SENTENCES \
            or "累计" in _z(base["ctx_before"]) + _z(num["ctx_before"]):
        return False
    between = [r for r in scope if base["start"] < r["start"] < num["start"]]
    return all(str(r["period"]) == str(base["period"]) for r in between)


def _population_base(base: dict, num: dict) -> bool:
    """全县常住人口32.4万人，累计签约17.6万人，签约率54.3%: a population (a stock, the words of
    ``population_base_words`` in its clause) printed in its numerator's sentence is the base of a running total
    (累计) too: 累计 counts what stands signed or covered now, against the people there now."""
    return base["sent_start"] == num["sent_start"] and base["start"] < num["start"] \
        and any(w in _clause(base) for w in cues()["population_base_words"])


def _same_scope(a: dict, b: dict) -> bool:
    return regions_compatible(a["region"], b["region"]) and periods_compatible(a["period"], b["period"])


def _whole_encloses(whole: dict, part: dict) -> bool:
    """A share's whole may be the enclosing unit's total (广西's funds 占全国资金总量): same period,
    and the whole's region contains the part's."""
    return region_encloses(whole["region"], part["region"]) and periods_compatible(whole["period"], part["period"])


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\d的之了及和与、,，。;；:：()（）“”\s|]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


# ---------------------------------------------------------------- verdicts

def _result(rate: str, kind: str, rep: dict, num: dict | None, den: dict | None, value: float | None,
            civ: tuple[float, float] | None, note: str, candidates: str = "", implied: str = "",
            implied_den: float | None = None, status: str | None = None) -> dict:
    if status is None:
        if civ is None:
            status = "reported_only"
        else:
            status = "match" if overlaps(civ, _iv(rep)) else "mismatch"
    return {"rate": rate, "article_id": rep["article_id"], "region": rep["region"], "period": rep["period"],
            "numerator": float(num["value"]) if num is not None else None,
            "denominator": float(den["value"]) if den is not None else None,
            "numerator_fact_ids": num["fact_id"] if num is not None else "",
            "denominator_fact_ids": den["fact_id"] if den is not None else "",
            "computed": value, "reported": float(rep["value"]), "reported_fact_id": rep["fact_id"],
            "difference_pp": value - float(rep["value"]) if value is not None else None,
            "status": status, "implied_denominator": implied_den,
            "evidence": " … ".join(dict.fromkeys(r["sentence"] for r in (num, den, rep) if r is not None)),
            "kind": kind, "candidates": candidates, "implied": implied, "note": note}


def _round_like(x: float, ref: dict) -> float:
    """x rounded to the precision of a printed figure of the same kind (counts: whole numbers)."""
    if ref["unit"] in COUNT_UNITS or str(ref["unit"]).startswith("other:"):
        return float(round(x))
    step = max(float(ref["hi"]) - float(ref["lo"]), abs(float(ref["value"])) * 1e-6)
    if not math.isfinite(step) or step <= 0:  # a bound (10万元以上) has no upper end: its own figure's precision
        step = max(abs(float(ref["value"])) * 1e-6, 1e-9)
    return float(round(x, -int(math.floor(math.log10(step)))))


def _ratio(rate: str, kind: str, rep: dict, num: dict, bases: list[dict], scope: list[dict], why: str,
           one_fit: bool = False, recs: list[dict] | None = None, parts_add_up: bool = False) -> dict:
    """num / base x 100 against the reported figure, with the candidates when several bases are possible.
    ``parts_add_up``: the base is the sum of the statement's parts, ``num`` among them, so it is of their period
    whatever period words each carries (全州累计开发岗位2.36万个。按岗位类别分，乡村保洁员9860个，占…)."""
    pct = float(rep["value"])
    implied_den = _round_like(float(num["value"]) / (pct / 100), num) if pct else None
    distinct = list({float(b["value"]): b for b in bases if b["fact_id"] != num["fact_id"]}.values())
    if any(_damaged(r) for r in [num] + distinct):
        return _result(rate, kind, rep, num, None, None, None,
                       f"{why}; a component may be a number cut at a thousands space, not checked",
                       status="cannot_compute", implied_den=implied_den)
    if not distinct:
        return _result(rate, kind, rep, num, None, None, None,
                       f"{why}; the base is not printed: {fmt(rep)} of {fmt(num)} implies a base of {show(implied_den, num)}"
                       if implied_den else f"{why}; the base is not printed",
                       implied=f"base {show(implied_den, num)}" if implied_den else "", implied_den=implied_den)
    calc = [(b, float(num["value"]) / float(b["value"]) * 100,
             _corners(lambda n, d: n / d * 100, _iv(num), _iv(b))) for b in distinct if b["value"]]
    cands = "; ".join(f"{fmt(num)} / {fmt(b)} = {v:.2f}%" for b, v, _ in calc)
    if len(calc) > 1:
        fit = [(b, v, c) for b, v, c in calc if c and overlaps(c, _iv(rep))]
        if len(fit) == 1 and (kind == "rate" or one_fit):
            # 已完工503个, 完工率82.2% with 计划612个 and 已开工598个 both named by the base words: the printed
            # rate holds on exactly one of them (to its last digit), so that one is its base
            b, v, c = fit[0]
            return _result(rate, kind, rep, num, b, v, c,
                           f"{why}: {fmt(num)} / {fmt(b)} = {v:.2f}% vs {fmt(rep)}; the only one of {len(calc)}"
                           " bases its words name on which the printed rate holds", candidates=cands)
        fits = [fmt(b) for b, _, c in fit]
        return _result(rate, kind, rep, num, None, None, None,
                       f"{why}; more than one base is possible, none is taken",
                       candidates=cands, implied=(f"fits {', '.join(fits)}; " if fits else "") + f"base {show(implied_den, num)}",
                       status="ambiguous", implied_den=implied_den)
    b, v, c = calc[0]
    if kind == "rate" and v > 100 and float(rep["value"]) <= 100 and b["unit"] == num["unit"]:
        # the base holds its numerator: a smaller figure is another place's or another stage's
        return _result(rate, kind, rep, num, None, None, None,
                       f"{why}; the only base in scope, {fmt(b)}, is smaller than the numerator: not its base;"
                       f" {fmt(rep)} of {fmt(num)} implies a base of {show(implied_den, num)}",
                       candidates=cands, implied=f"base {show(implied_den, num)}", implied_den=implied_den)
    row = _result(rate, kind, rep, num, b, v, c, f"{why}: {fmt(num)} / {fmt(b)} = {v:.2f}% vs {fmt(rep)}",
                  candidates=cands)
    if row["status"] == "mismatch" and not parts_add_up and not _same_period(num, b) and not _runs_on(b, num) \
            and not _runs_on_in_time_of(b, num, recs if recs is not None else scope) \
            and not _population_base(b, num):
        # a base of another period (累计 vs this year's) may not be the rate's: no alarm on it
        row.update(status="ambiguous", implied_denominator=implied_den,
                   implied=f"base {show(implied_den, num)}; {fmt(b)} is of {b['period'] or 'no stated period'},"
                           f" {fmt(num)} of {num['period'] or 'no stated period'}")
        row["note"] += f"; the base may be of another period ({row['implied']})"
        return row
    if row["status"] == "mismatch":
        row["implied_denominator"] = implied_den
        if _is_count(b) and b["qualifier"] == "exact":
            verdict = whole_count_verdict(_iv(rep), int(b["value"]))
            if verdict:
                row["note"] += f"; {verdict}"
        others = [o for o in scope if o is not b and o is not num and o["unit"] == b["unit"] and _ok(o) and o["value"]
                  and overlaps(_corners(lambda n, d: n / d * 100, _iv(num), _iv(o)) or (math.inf, math.inf), _iv(rep))]
        row["implied"] = f"{fmt(rep)} of {fmt(num)} implies a base of {show(implied_den, num)}, not {fmt(b)}" + (
            f"; it fits {', '.join(fmt(o) for o in others)} in scope" if others else "")
        row["note"] += "; " + row["implied"]
    return row


def _is_count(r: dict) -> bool:
    return (r["unit"] in COUNT_UNITS or str(r["unit"]).startswith("other:")) and float(r["value"]).is_integer()


def whole_count_verdict(pct: tuple[float, float], base: int) -> str:
    """'' when some whole count k gives k / base within the printed rate's rounding, else the sentence
    saying so with the nearest possible rates (34.93% of 137: 47/137 = 34.31%, 48/137 = 35.04%)."""
    if base <= 0 or base > 10_000_000 or not all(map(math.isfinite, pct)):  # a bound (90%以上) fits some count
        return ""
    lo, hi = pct
    k_lo, k_hi = math.floor(lo * base / 100), math.ceil(hi * base / 100)
    for k in range(max(k_lo, 0), k_hi + 1):
        if lo - 1e-9 <= k / base * 100 <= hi + 1e-9:
            return ""
    near = [k for k in (k_lo, k_hi) if 0 <= k]
    return (f"no whole count over {base} gives {lo:g}..{hi:g}%; nearest: "
            + ", ".join(f"{k}/{base} = {k / base * 100:.2f}%" for k in near))


# ---------------------------------------------------------------- the kinds

def _before(recs: list[dict], rep: dict) -> list[dict]:
    """Figures before the reported one in its sentence, nearest first."""
    return [r for r in reversed(recs) if r["sent_start"] == rep["sent_start"] and r["start"] < rep["start"]]


def _adjacent(recs: list[dict], rep: dict) -> list[dict]:
    """Figures of the reported one's clause and of the clause right before it, nearest first: the
    numerator or part a rate is printed after (`已开工建设项目51个, 项目开工率34.93%`). A figure two
    clauses back belongs to another statement (`安置188万人, 其中…154.33万, 占…102%`)."""
    out = []
    for r in _before(recs, rep):
        between = _z(rep["sentence"])[r["pos"] + len(r["qtext"]):rep["pos"]] if r["pos"] < rep["pos"] else ""
        if sum(between.count(p) for p in _CLAUSE_BREAKS) > 1:
            break
        out.append(r)
    return out


def _part_across_rates(recs: list[dict], rep: dict) -> dict | None:
    """The part of a share printed two or more clauses back when the clauses between hold only rates of
    it (已完工503个, 完工率82.2%, 占已开工项目的84.1%); None when another amount stands between."""
    text = _z(rep["sentence"])
    for r in _before(recs, rep):
        if r["unit"] in ("percent", "percentage_point"):
            continue
        if not _ok(r) or r["pos"] >= rep["pos"]:
            return None
        between = text[r["pos"] + len(r["qtext"]):rep["pos"]]
        rates = sum(1 for x in _before(recs, rep) if x["start"] > r["start"] and x["unit"] in ("percent", "percentage_point"))
        return _level_of_change(recs, r) if sum(between.count(p) for p in _CLAUSE_BREAKS) - rates <= 1 else None
    return None


@lru_cache(maxsize=None)
def _change_on_prior() -> re.Pattern:
    """A label ending in an increase against the year before (比上年增加, 同比增长)."""
    return re.compile(f"(?:{against_prior_year().pattern})(?:{'|'.join(_CHANGE)})了?$")


def _level_of_change(recs: list[dict], r: dict) -> dict:
    """工资性收入8736元，比上年增加640元，增长7.9%，占可支配收入的比重为44.0%: a change against the year before
    (比上年增加) printed right after the level it changes is no part of the share after them: the level is."""
    if _change_on_prior().search(_z(r["label"])) is None:
        return r
    level = next((x for x in _before(recs, r) if x["unit"] == r["unit"]), None)
    if level is None or not _ok(level) or _an_increase(level) or level["value"] <= r["value"]:
        return r
    between = _z(r["sentence"])[level["pos"] + len(level["qtext"]):r["pos"]]
    return level if sum(between.count(p) for p in _CLAUSE_BREAKS) <= 1 else r


def _scope(recs: list[dict], anchor: dict, back: int | None) -> list[dict]:
    """Figures up to ``anchor`` (excluded) in its sentence and the ``back`` sentences before (all when None)."""
    return [r for r in recs if r["start"] < anchor["start"] and r["article_id"] == anchor["article_id"]
            and (back is None or anchor["sent_idx"] - r["sent_idx"] <= back)]


def _breakdowns_between(recs: list[dict], base: dict, num: dict) -> bool:
    """Whether every sentence between a base and its numerator breaks the base down by part (opened by a
    ``breakdown_by_place_regex`` word such as 分学段看, or run on after one with ；): 应发补助资金927.6万元。分学段看，
    中职…579.3万元；高职…348.3万元。分学期看，…。已发放…906.3万元，发放率98.7%. The statement of the base runs on to
    the numerator, so the base is not far."""
    texts = {r["sent_idx"]: str(r["sentence"]) for r in recs if r["article_id"] == base["article_id"]}
    between = range(base["sent_idx"] + 1, num["sent_idx"])
    if not between or any(k not in texts for k in between):
        return False
    opens = re.compile(cues()["breakdown_by_place_regex"].rstrip("$") + r"[，,：:]")
    return all(opens.match(texts[k].lstrip()) or texts[k - 1].rstrip()[-1:] in ("；", ";")
               and (k - 1 == base["sent_idx"] or opens.match(texts[k - 1].lstrip()) or k - 1 in between)
               for k in between)


def _strip(text: str, word: str) -> str:
    return text.replace(word, "")


_HH_PERSON = {"household", "person"}
_PAIR_JOINERS = "、"  # 纳入监测对象486户、1126人: a 户/人 pair printed with 、 between is one statement


def _twin(recs: list[dict], r: dict, joiners: str = "") -> dict | None:
    """The other figure of a 户/人 pair printed without a word between (城镇安置3.96万户16.85万人); with ``joiners``
    (、) also a 户 and a 人 figure printed with only such a mark between (已消除风险2.31万户、4.95万人)."""
    for x in recs:
        if x is r or x["sent_start"] != r["sent_start"] or not _ok(x) or x["unit"] == r["unit"]:
            continue
        a, b = (x, r) if x["pos"] < r["pos"] else (r, x)
        gap = b["pos"] - a["pos"] - len(a["qtext"])
        if gap == 0 or (gap == 1 and {x["unit"], r["unit"]} == _HH_PERSON
                        and _z(r["sentence"])[b["pos"] - 1:b["pos"]] in joiners):
            return x
    return None


def _counting_unit(head: str) -> str | None:
    """The unit a rate word's own words say it counts by: 人数/户数 right before it (``whole_count_units`` of
    data/checks.yaml: 人数风险消除率), or 按人口计算/按户数计算 (``counted_by_regex`` and ``counted_by_nouns``)."""
    unit = next((u for p, u in cues()["whole_count_units"].items() if head.endswith(p)), None)
    if unit is None:
        m = re.search(cues()["counted_by_regex"], head)
        unit = cues()["counted_by_nouns"].get(m.group("noun")) if m else None
    return unit


def _counted_by(recs: list[dict], rep: dict, w) -> dict | None:
    """`已消除风险监测对象5318户11426人，户数风险消除率61.5%，人数风险消除率60.4%` and `已消除风险2.31万户、4.95万人，按人口
    计算风险消除率达到69.1%`: a rate word whose own words name the count (`_counting_unit`) counts by that figure of
    the 户/人 pair printed nearest before it in its sentence whose clause holds a numerator word."""
    label = _z(rep["label"])
    unit = _counting_unit(label[:label.rfind(w["word"])])
    if unit is None:
        return None
    nw = _words(w["numerator_words"])
    for r in _before(recs, rep):
        twin = _twin(recs, r, _PAIR_JOINERS) if r["unit"] == unit and _ok(r) else None
        if twin is None:
            continue
        clause = _clause(r) + "|" + _clause(twin)
        if any(has_word(_strip(clause, w["word"]), x) for x in nw):
            return r
    return None


def _done_after_task(recs: list[dict], rep: dict, w) -> dict | None:
    """`责任书任务为1200人次，实际培训1436人次，完成率119.7%`: a rate whose numerator word is not printed, in a sentence
    of exactly two figures before it, the first named by a base word (任务) and no numerator word, the second of its
    unit in a clause of its own that names no base word and no part (其中, 占): the second is what was done of the first."""
    before = [r for r in _before(recs, rep) if r["unit"] not in ("percent", "percentage_point")]
    if len(before) != 2 or not all(_ok(r) for r in before):
        return None
    done, task = before
    nw, bw = _words(w["numerator_words"]), _words(w["base_words"])
    tc, dc = _strip(_clause(task), w["word"]), _strip(_clause(done), w["word"])
    if (done["unit"] != task["unit"] or not any(has_word(tc, x) for x in bw) or any(has_word(tc, x) for x in nw)
            or any(has_word(dc, x) for x in bw) or _z(done["label"]).startswith(("其中", "占"))):
        return None
    between = _z(rep["sentence"])[task["pos"] + len(task["qtext"]):done["pos"]]
    return done if any(p in between for p in _CLAUSE_BREAKS) else None


def _rate(recs: list[dict], rep: dict, w, num: dict | None = None) -> dict:
    row = _rate_on(recs, rep, w, num)
    by = _counted_by(recs, rep, w) if num is None else None
    if by is not None:
        # the rate's own words name the count (按人口计算): that figure of the pair, whether or not the rate holds on it
        if row["numerator_fact_ids"] != by["fact_id"]:
            row = _rate_on(recs, rep, w, by)
        row["note"] += f"; counted by {by['unit']} (the words of the rate say so)"
        return row
    if num is None and not row["numerator_fact_ids"]:
        done = _done_after_task(recs, rep, w)
        if done is not None:
            row = _rate_on(recs, rep, w, done)
            row["note"] += "; the figure printed after the task in its sentence"
    twin = _twin(recs, recs_by_id(recs)[row["numerator_fact_ids"]], _PAIR_JOINERS) if num is None and row["numerator_fact_ids"] else None
    if twin is not None and row["status"] != "match":
        # a rate of a 户/人 pair may be counted by either: the one on which it holds, when one does
        other = _rate_on(recs, rep, w, twin)
        if other["status"] == "match":
            other["note"] += f"; counted by {twin['unit']}, not by {recs_by_id(recs)[row['numerator_fact_ids']]['unit']}"
            return other
    return row


def _first_named(bases: list[dict], recs: list[dict], bw: list[str], word: str) -> list[dict]:
    """The bases whose clause holds the earliest of the base words any of them holds (劳动力 before 搬迁 for a
    就业率: 安置搬迁群众13860人，有搬迁劳动力8120人，已就业7560人 is 7560 / 8120): the words of a rate's base are
    listed from the most to the least particular."""
    if len(bases) < 2:
        return bases
    rank = [min((i for i, x in enumerate(bw) if has_word(_strip(_pair_clause(recs, r), word), x)), default=len(bw))
            for r in bases]
    return [r for r, k in zip(bases, rank) if k == min(rank)]


def _smaller(r: dict, num: dict) -> bool:
    return r["unit"] == num["unit"] and r["value"] < num["value"]


def _pair_clause(recs: list[dict], r: dict) -> str:
    """The clause words of a figure; the second of a 户/人 pair (4.28万户18.34万人, 486户、1126人) has those of the first."""
    twin = _twin(recs, r, _PAIR_JOINERS) if not _z(r["ctx_before"]).strip(_PAIR_JOINERS) or r["ctx_before"] == r["label"] else None
    return _clause(r) + ("|" + _clause(twin) if twin is not None and twin["pos"] < r["pos"] else "")


def recs_by_id(recs: list[dict]) -> dict[str, dict]:
    return {r["fact_id"]: r for r in recs}


def _numerator_before_base(recs: list[dict], rep: dict, nw: list[str], bw: list[str]) -> dict | None:
    """初中毕业生3962人，九年前入学的小学一年级学生为4047人，巩固率达98.9%: the numerator, then the base, then the rate,
    each in a clause of its own. When the figure right before the rate is a base (its clause holds a base word and
    no numerator word), the numerator is the figure of its unit in the clause right before it, whose clause holds
    a numerator word and no base word."""
    before = [r for r in _before(recs, rep) if _ok(r)]
    if len(before) < 2:
        return None
    base, cand = before[0], before[1]
    bc, cc = _clause(base), _clause(cand)
    sentence = _z(rep["sentence"])
    between = sentence[cand["pos"] + len(cand["qtext"]):base["pos"]] if cand["pos"] < base["pos"] else ""
    if (cand["unit"] == base["unit"] and cand["unit"] not in ("percent", "percentage_point")
            and any(has_word(bc, x) for x in bw) and not any(has_word(bc, x) for x in nw)
            and any(has_word(cc, x) for x in nw) and not any(has_word(cc, x) for x in bw)
            and sum(between.count(p) for p in _CLAUSE_BREAKS) <= 1):
        return cand
    return None


def _numerator_named_as_base(recs: list[dict], rep: dict, nw: list[str], bw: list[str]) -> dict | None:
    """公益项目支出11.05亿元…。年度公益项目预算12.40亿元，项目执行率91.1%: the only figure before the rate in its
    sentence is a base (its clause holds a base word and no numerator word); the numerator is the one figure of its
    unit in the sentence before whose clause holds a numerator word, no base word, and the noun the base's words
    put before the base word (公益项目): the spending of the item budgeted."""
    before = [r for r in _before(recs, rep) if _ok(r)]
    if len(before) != 1:
        return None
    base = before[0]
    bc = _clause(base).split("|")[0]
    at = [bc.find(x) for x in bw if x in bc]
    if not at or any(has_word(_clause(base), x) for x in nw):
        return None
    stem = re.sub(r"^[^\u4e00-\u9fff]+", "", bc[:min(at)])[-4:]
    if len(stem) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in stem):
        return None
    cands = [r for r in recs if r["sent_idx"] == rep["sent_idx"] - 1 and _ok(r) and r["unit"] == base["unit"]
             and stem in _clause(r) and any(has_word(_clause(r), x) for x in nw)
             and not any(has_word(_clause(r), x) for x in bw)]
    return cands[0] if len({float(r["value"]) for r in cands}) == 1 else None


_PICKED_FROM = re.compile(r"[\u4e00-\u9fff]{0,6}?中\s*[，,][^，,；;。：:]*")


def _picked_from_whole(recs: list[dict], rep: dict) -> tuple[dict, dict] | None:
    """`有康复需求的持证残疾人2.91万人中，2.73万人得到基本康复服务，覆盖率93.8%`: the figure of the clause right before the
    rate, printed right after a whole of its unit closed by 中， (the ones picked from it), over that whole; the whole's
    noun may stand before 中 and the part's words before the part (全州1061个行政村中，有科技特派员服务的村达到986个)."""
    part = next((r for r in _adjacent(recs, rep) if r["unit"] not in ("percent", "percentage_point")), None)
    if part is None or not _ok(part):
        return None
    whole = next((r for r in _before(recs, part)), None)
    if whole is None or not _ok(whole) or whole["unit"] != part["unit"] or whole["value"] < part["value"]:
        return None
    between = _z(rep["sentence"])[whole["pos"] + len(whole["qtext"]):part["pos"]]
    return (part, whole) if _PICKED_FROM.fullmatch(between) else None


_LISTED_PART = re.compile(r"其中[^,，;；。:：]*$")


def _whole_of_listed_part(recs: list[dict], part: dict, rep: dict) -> tuple[dict | None, bool]:
    """(whole, last) when ``part`` is an item of a 其中 list of two or more items printed before the rate
    (合计报销1.59亿元，其中基本医保报销1.12亿元、大病保险报销0.21亿元、医疗救助0.26亿元，综合报销比例85.5%): a rate
    printed after the list is its whole's, not that of the item its words happen to name. The whole is the
    figure of the part's unit closing the clause right before 其中 (None when there is none); ``last`` says
    the part closes the list, so the rate may still be its own. (part, False) when the part is no such item."""
    sent = _z(part["sentence"])
    after = sent[part["pos"] + len(part["qtext"]):]
    head = sent[:part["pos"]]
    m = _LISTED_PART.search(head)
    if part["sent_start"] != rep["sent_start"] or m is None:
        return part, False
    not_last = after.startswith("、")
    if not (not_last or "、" in head[m.start():]):
        return part, False
    whole = next((r for r in _before(recs, part) if r["pos"] + len(r["qtext"]) <= m.start()), None)
    if whole is None or whole["unit"] != part["unit"] or whole["value"] <= part["value"] \
            or sent[whole["pos"] + len(whole["qtext"]):m.start()].strip(" ,，"):
        return None, not not_last
    return whole, not not_last


def _rate_of_listed_whole(recs: list[dict], rep: dict, w, part: dict, whole: dict | None, last: bool) -> dict:
    """The rate printed after a 其中 list whose item ``part`` its words name: taken on the list's whole when the
    whole's clause holds a numerator word; when the part closes the list the rate may still be the part's, so a
    misfit on the whole is not asserted. No numerator otherwise."""
    nw = _words(w["numerator_words"])
    if whole is None or not any(has_word(_clause(whole), x) for x in nw):
        return _result(w["rate"], "rate", rep, None, None, None, None,
                       f"{w['word']}: the figure its words name ({fmt(part)}) is an item of a 其中 list printed before it,"
                       " whose whole is not its numerator")
    row = _rate_on(recs, rep, w, whole)
    row["note"] += f"; the whole of the 其中 list holding {fmt(part)}"
    if last and row["status"] == "mismatch":
        row.update(status="ambiguous", note=row["note"] + ": the rate may be that of the list's last item, not asserted")
    return row


def _rate_on(recs: list[dict], rep: dict, w, num: dict | None = None) -> dict:
    nw, bw = _words(w["numerator_words"]), _words(w["base_words"])
    before_sentence = False
    if num is None:
        num = next((r for r in _adjacent(recs, rep) if _ok(r) and any(has_word(_strip(_clause(r), w["word"]), x) for x in nw)), None)
        if num is not None and _per_head(num):
            # 已支付赔款1.12亿元，惠及受灾农户2.86万户，户均赔款3916元，赔付率达到80.2%: an average over the units (户均,
            # 人均) is no numerator when the total it averages, its clause holding a numerator word, stands before it
            num = next((r for r in _before(recs, num) if _ok(r) and r["unit"] == num["unit"] and not _per_head(r)
                        and any(has_word(_strip(_clause(r), w["word"]), x) for x in nw)), num)
        if num is not None:
            whole, last = _whole_of_listed_part(recs, num, rep)
            if whole is not num:
                return _rate_of_listed_whole(recs, rep, w, num, whole, last)
    after_base = False
    if num is None:
        num = _numerator_before_base(recs, rep, nw, bw) or _numerator_named_as_base(recs, rep, nw, bw)
        after_base = num is not None
    if num is None and not any(r["unit"] not in ("percent", "percentage_point") and _ok(r)
                               and any(has_word(_clause(r), x) for x in nw) for r in _before(recs, rep)):
        # 全市共识别…贫困人口53.6万人。以全市农业人口443.2万人计算, 贫困发生率为12.1%: the numerator closes the
        # sentence before (its last figure, its clause holding a numerator word); a misfit is not asserted
        prev = [r for r in recs if r["sent_idx"] == rep["sent_idx"] - 1 and r["unit"] not in ("percent", "percentage_point")]
        # (已消除风险763户1637人。风险消除率59.5%: the second of a 户/人 pair has the words of the first)
        if prev and _ok(prev[-1]) and any(has_word(_pair_clause(recs, prev[-1]), x) for x in nw) \
                and not any(has_word(_pair_clause(recs, prev[-1]), x) for x in bw):
            num, before_sentence = prev[-1], True
    if num is None:
        picked = _picked_from_whole(recs, rep)
        if picked is not None:
            part, whole = picked
            return _ratio(w["rate"], "rate", rep, part, [whole], [whole],
                          f"{w['word']}: numerator {fmt(part)} of the {fmt(whole)} it is printed among (…中，)")
        row = _result(w["rate"], "rate", rep, None, None, None, None,
                      f"{w['word']}: no numerator ({'/'.join(nw)}) printed before it in its sentence")
        # a count base in the rate's own sentence: the rate must be k / base for some whole k
        own = [r for r in _before(recs, rep) if _ok(r) and _is_count(r) and r["qualifier"] == "exact"
               and any(has_word(_strip(_clause(r), w["word"]), x) for x in bw)]
        if len({float(r["value"]) for r in own}) == 1:
            verdict = whole_count_verdict(_iv(rep), int(own[0]["value"]))
            if verdict:
                row.update(status="impossible", denominator=float(own[0]["value"]),
                           denominator_fact_ids=own[0]["fact_id"], implied=verdict,
                           note=row["note"] + f"; base {fmt(own[0])} in its sentence: {verdict}")
        return row
    units = {num["unit"]} | set(_words(w["base_units"]))
    per_head = _per_head(num)  # 户均赔款2458元: an average is a rate only of another average (人均食品支出 / 人均消费支出)

    lead = _before(recs, num)[:1]
    run_in = lead[0]["fact_id"] if lead and not any(p in _z(num["ctx_before"]) for p in _CLAUSE_BREAKS) else None

    def is_base(r: dict) -> bool:
        clause = _strip(_pair_clause(recs, r), w["word"])
        if r["fact_id"] == run_in:
            clause = clause.split("|")[0]  # 发现的156个问题已整改到位148个: the words after it are the numerator's
        return (_ok(r) and r["unit"] in units and r["value"] > 0
                and _same_scope(r, num) and (_per_head(r) or not per_head)
                and any(has_word(clause, x) for x in bw) and not any(has_word(clause, x) for x in nw))

    nxt = next((r for r in recs if r["sent_start"] == num["sent_start"] and num["start"] < r["start"] < rep["start"]), None)
    if nxt is not None and _ok(nxt) and nxt["unit"] == num["unit"] and re.search(r"中(?:的|有)$", _z(nxt["ctx_before"])):
        num = nxt  # 覆盖全县26个乡镇中的21个: the figure picked from the one its words name
    whole = _before(recs, num)[:1]
    between = _z(num["ctx_before"])
    if whole and _ok(whole[0]) and whole[0]["unit"] in units and whole[0]["value"] >= num["value"] \
            and re.search(r"中(?:的|有)$", between) and not any(p in between for p in _CLAUSE_BREAKS):
        # 覆盖全县26个乡镇中的21个, 覆盖率80.8%: the whole the numerator is picked from, printed with it
        return _ratio(w["rate"], "rate", rep, num, whole, whole,
                      f"{w['word']}: numerator {fmt(num)} of the {fmt(whole[0])} it is printed among (…中的)")
    scope = _scope(recs, num, _SCOPE_SENTENCES)
    if before_sentence or after_base:  # (以全市农业人口443.2万人计算: the base printed in the rate's own sentence)
        scope = scope + list(reversed(_before(recs, rep)))
    pool = [r for r in scope if is_base(r)]
    holds = float(rep["value"]) <= 100
    smaller: list[dict] = []
    if holds and (any(not _smaller(r, num) for r in pool) or all(r["unit"] == num["unit"] for r in pool)):
        # a base holds its numerator: a smaller figure of the same unit is another stage's or period's
        # (今年新识别214户 between 累计3186户 and 累计已消除2417户, 风险消除率75.9%); when every figure its words name
        # nearby is smaller (共输送务工人员8760人 for 稳定就业1.16万人, 稳岗率81.7%), none is, and the base is looked for further
        smaller, pool = pool, [r for r in pool if not _smaller(r, num)]
    # the nearest sentence holding a base is the scope of the base; a base printed before the rate is
    # preferred, then one in the sentences just after (据统计, 到位…资金167975.86万元 after the progress line)
    bases = _first_named([r for r in pool if r["sent_idx"] == max(p["sent_idx"] for p in pool)] if pool else [],
                         recs, bw, w["word"])
    own = _bigrams(_strip(_strip(_clause(num), w["word"]), "已"))
    for x in nw:
        own -= _bigrams(x)
    far = False
    if not bases and not _damaged_scope(recs, num, rep):
        after = [r for r in recs if r["start"] > rep["start"] and 0 < r["sent_idx"] - rep["sent_idx"] <= _SCOPE_SENTENCES
                 and is_base(r)]
        bases = [r for r in after if r["sent_idx"] == min(p["sent_idx"] for p in after)] if after else []
        scope = scope + after
        # 小额信贷余额28.64亿元 four sentences before …小额信贷逾期余额986万元, 逾期率0.34% and 涉农贷款余额612.8亿元 in the
        # paragraph after: the base named by the numerator's own noun, further back, before one that names less of it
        named = [r for r in _scope(recs, num, None) if is_base(r) and len(own & _bigrams(_clause(r))) >= 2 * _NAMED_MIN_SCORE]
        if bases and named and max(len(own & _bigrams(_clause(r))) for r in named) \
                > 2 * max(len(own & _bigrams(_clause(r))) for r in bases):
            bases = [r for r in named if r["sent_idx"] == max(p["sent_idx"] for p in named)]
            far = True
    if len({float(b["value"]) for b in bases}) > 1 and _z(num["label"]).startswith("其中"):
        # 累计监测对象4320户, 其中已消除风险3150户: the total 其中 breaks down is the base
        parent = next((r for r in _before(recs, num) if r["unit"] == num["unit"] and _ok(r)), None)
        if parent is not None and any(b is parent for b in bases):
            bases = [parent]
    if not bases:
        # 已整改问题金额…, 整改率x% five sentences after 问题金额合计…: a base further back counts only when
        # its clause names the numerator's own noun (two shared character pairs besides the words)
        named = [r for r in _scope(recs, num, None) if is_base(r) and not (holds and _smaller(r, num))
                 and len(own & _bigrams(_clause(r))) >= _NAMED_MIN_SCORE]
        bases = [r for r in named if r["sent_idx"] == max(p["sent_idx"] for p in named)] if named else []
        far = bool(bases)
    sole = False
    if not bases:
        # 全县种植业保险保费总额14316万元 four sentences before 已支付赔款1.12亿元, 赔付率达到80.2%: the one figure
        # of the article before the numerator its base words name (no average, not smaller than it) is its base;
        # a misfit on a base so far is not asserted
        named = [r for r in _scope(recs, num, None) if is_base(r) and not _per_head(r) and not (holds and _smaller(r, num))]
        if len({float(r["value"]) for r in named}) == 1:
            bases, far, sole = named[-1:], True, True
    if not bases and smaller and not pool:
        # none further either: the smaller figures nearby are said to be no base (``_ratio``)
        bases = [r for r in smaller if r["sent_idx"] == max(p["sent_idx"] for p in smaller)]
    row = _ratio(w["rate"], "rate", rep, num, bases, scope,
                 f"{w['word']}: numerator {fmt(num)} ({_z(num['label'])}), base by {'/'.join(bw)}"
                 + (" named far before it" if far else "") + (", the numerator closing the sentence before" if before_sentence else ""))
    lead = _amount_before_numerator(recs, num, units, nw)
    if row["status"] in ("mismatch", "ambiguous") and lead is not None and float(lead["value"]) != float(row["denominator"] or 0) \
            and overlaps(_corners(lambda n, d: n / d * 100, _iv(num), _iv(lead)) or (math.inf, math.inf), _iv(rep)):
        # 其中，中央衔接资金118.64亿元，已支出100.12亿元，支出率84.4%: the amount the statement opens with, on which the
        # printed rate holds, is its base (agreements only: a misfit on it leaves the row as it was)
        v = float(num["value"]) / float(lead["value"]) * 100
        return _result(w["rate"], "rate", rep, num, lead, v, _corners(lambda n, d: n / d * 100, _iv(num), _iv(lead)),
                       row["note"] + f"; the printed rate holds on {fmt(lead)}, the amount its statement opens with: taken as its base",
                       candidates=f"{row['candidates']}; {fmt(num)} / {fmt(lead)} = {v:.2f}%")
    if before_sentence and row["status"] != "match":
        row.update(status="ambiguous" if row["status"] == "mismatch" else row["status"],
                   note=row["note"] + "; the numerator is printed in the sentence before: a misfit is not asserted")
        return row
    if far and row["status"] == "mismatch" and (sole or not _breakdowns_between(recs, bases[0], num)):
        row.update(status="ambiguous", note=row["note"] + "; the base stands more than "
                   f"{_SCOPE_SENTENCES} sentences before the rate: not asserted")
        return row
    # (a base printed in the numerator's own sentence is its base: 贫困户9.18万户，…利益联结机制的7.86万户)
    own_base = _own_noun_base(recs, num, bases, own) if row["status"] == "mismatch" \
        and not any(b["sent_start"] == num["sent_start"] for b in bases) else None
    if own_base is not None:
        # 任务3718户, 其中农村危房改造1268户、农房抗震改造2450户。…竣工3569户…。其中, 农村危房改造竣工1251户, 竣工率98.7%:
        # the numerator's own noun names a figure of its unit (the sub-task), the nearer base names none of it
        return _ratio(w["rate"], "rate", rep, num, [own_base], scope,
                      f"{w['word']}: numerator {fmt(num)} ({_z(num['label'])}), base named by the numerator's own words"
                      f" (not {', '.join(fmt(b) for b in bases) or 'none'} by {'/'.join(bw)})")
    if row["status"] == "mismatch":
        # Another figure the base words name, earlier in scope (安排项目1245个 a sentence before 已开工项目1238个
        # for a 完工率), on which the printed rate holds: the pairing is not unambiguous, so no alarm.
        # So is a figure of the numerator's own noun between the base and the numerator (全市筹集衔接资金28.65亿元 …
        # 抽查的4个县区共涉及衔接资金15.83亿元 … 4个县区已支出衔接资金14.27亿元, 支出进度90.1%).
        fits = [r for r in pool + _named_between(recs, num, bases, w) if r not in bases
                and float(r["value"]) != float(row["denominator"] or 0)
                and overlaps(_corners(lambda n, d: n / d * 100, _iv(num), _iv(r)) or (math.inf, math.inf), _iv(rep))]
        if len({float(r["value"]) for r in fits}) == 1:
            # 已到位9.64亿元…已支出8.17亿元, 支出进度82.9% with 下达9.86亿元 a sentence before: the printed rate
            # holds on the other base its words name, so that one is its base
            b = fits[0]
            v = float(num["value"]) / float(b["value"]) * 100
            return _result(w["rate"], "rate", rep, num, b, v, _corners(lambda n, d: n / d * 100, _iv(num), _iv(b)),
                           row["note"] + f"; the printed rate holds on {fmt(b)}, the other base its words name"
                           f" ({v:.2f}%): taken as its base",
                           candidates=f"{row['candidates']}; {fmt(num)} / {fmt(b)} = {v:.2f}%")
        if fits:
            alt = "; ".join(f"{fmt(num)} / {fmt(r)} = {float(num['value']) / float(r['value']) * 100:.2f}%" for r in fits)
            row.update(status="ambiguous", candidates="; ".join(x for x in (row["candidates"], alt) if x),
                       note=row["note"] + f"; the printed rate holds on {', '.join(fmt(r) for r in fits)}, "
                                          "also a base its words name: more than one base is possible")
    return row


def _amount_before_numerator(recs: list[dict], num: dict, units: set[str], nw: list[str]) -> dict | None:
    """The figure the numerator's statement opens with, one clause before it (中央衔接资金118.64亿元，已支出100.12亿元):
    of a unit the rate takes, larger than the numerator, its clause naming no numerator word. None otherwise."""
    prev = next(iter(_before(recs, num)), None)
    if prev is None or not _ok(prev) or prev["unit"] not in units or prev["value"] <= num["value"]:
        return None
    between = _z(num["sentence"])[prev["pos"] + len(prev["qtext"]):num["pos"]]
    if sum(between.count(p) for p in _CLAUSE_BREAKS) != 1 or any(has_word(_clause(prev), x) for x in nw):
        return None
    return prev


def _run_of(recs: list[dict], r: dict) -> list[dict]:
    """The figures of r's unit listed with it (7.34亿元、3.92亿元、5.45亿元和3.95亿元), in text order."""
    same = [x for x in recs if x["sent_start"] == r["sent_start"] and x["unit"] == r["unit"]]
    k = next(i for i, x in enumerate(same) if x["fact_id"] == r["fact_id"])

    def joined(a: dict, b: dict) -> bool:
        return _z(a["sentence"])[a["pos"] + len(a["qtext"]):b["pos"]].strip() in ("、", "和", "及")

    lo, hi = k, k
    while lo > 0 and joined(same[lo - 1], same[lo]):
        lo -= 1
    while hi + 1 < len(same) and joined(same[hi], same[hi + 1]):
        hi += 1
    return same[lo:hi + 1]


def _own_places(regions: list[str]) -> bool:
    return len(set(regions)) == len(regions) and all(g and ";" not in g for g in regions)


def _respective_rate(recs: list[dict], rep: dict, w) -> dict | None:
    """`莎车县安排援疆资金7.86亿元、项目92个, 泽普县4.12亿元、48个…。…四县分别拨付资金7.34亿元、3.92亿元、5.45亿元、
    3.95亿元, 资金支出率分别为93.4%、95.1%、93.1%、90.6%`: the k-th rate of a 分别 list is the k-th figure of the
    list of as many figures printed just before it (its clause holding a numerator word) over the base of
    that figure's own place: the one figure of the numerator's unit and place in the nearest earlier
    sentence whose figures of that unit the base words name. None unless every place is one and its own."""
    rates = _run_of(recs, rep)
    if len(rates) < 2 or "分别" not in _z(rates[0]["label"]):
        return None
    nums = next((_run_of(recs, r) for r in _adjacent(recs, rates[0]) if _ok(r)), None)
    nw, bw = _words(w["numerator_words"]), _words(w["base_words"])
    if nums is None or len(nums) != len(rates) or not any(has_word(_clause(nums[0]), x) for x in nw):
        return None
    regions = [str(n["region"]) for n in nums]
    if not _own_places(regions) and _z(nums[0]["label"]).startswith("分别"):
        # `莎车、泽普、叶城、巴楚四县分别拨付资金…; 分别完工项目81个、43个、64个、48个, 完工率分别为…`: the places of
        # the 分别 list of the statement before ；, in order
        prev = [r for r in recs if r["sent_idx"] == nums[0]["sent_idx"] - 1]
        if prev and _z(prev[0]["sentence"]).rstrip()[-1:] in (";", "；"):
            runs = [_run_of(recs, r) for r in prev if "分别" in _z(r["label"]) and r["unit"] not in ("percent", "percentage_point")]
            runs = [[str(x["region"]) for x in run] for run in runs if len(run) == len(nums)]
            regions = next((g for g in runs if _own_places(g)), regions)
    if not _own_places(regions):
        return None
    k = [r["fact_id"] for r in rates].index(rep["fact_id"])
    num, place = nums[k], regions[k]
    units = {num["unit"]} | set(_words(w["base_units"]))
    def words(r: dict) -> str:  # the clause up to the figure, figures and all (安排援疆资金7.86亿元、项目92个)
        text = _z(r["sentence"])[:r["pos"]]
        return text[max(text.rfind(p) for p in _CLAUSE_BREAKS) + 1:]

    named = [r for r in _scope(recs, nums[0], _SCOPE_SENTENCES) if _ok(r) and r["unit"] in units
             and r["sent_idx"] < nums[0]["sent_idx"] and any(has_word(words(r), x) for x in bw)
             and not any(has_word(words(r), x) for x in nw)]
    if not named:
        return None
    sent = max(r["sent_idx"] for r in named)
    bases = [r for r in recs if r["sent_idx"] == sent and r["unit"] in units and _ok(r) and str(r["region"]) == place
             and _same_period(r, num) and r["value"] >= num["value"]]
    if len({float(b["value"]) for b in bases}) != 1:
        return None
    b = bases[0]
    v = float(num["value"]) / float(b["value"]) * 100
    return _result(w["rate"], "rate", rep, num, b, v, _corners(lambda n, d: n / d * 100, _iv(num), _iv(b)),
                   f"{w['word']} (分别, {len(rates)} places): numerator {fmt(num)} of {place}, the base of its "
                   f"place {fmt(b)}: {fmt(num)} / {fmt(b)} = {v:.2f}% vs {fmt(rep)}")


_PICKED_AMONG = re.compile(r"^[^，。；,;\d]{0,8}中(?P<words>[^，。；,;\d]{0,8})$")


def _picked_among(recs: list[dict], r: dict, nw: list[str]) -> dict | None:
    """The whole r is picked from when it is printed right before it with 中 and a numerator word between
    (楼台乡166户中已消除风险97户, 溢水镇298户监测对象中已消除风险246户): the figure of r's unit just before it,
    no smaller. None otherwise."""
    m = _PICKED_AMONG.search(_z(r["ctx_before"]))
    if m is None or not any(has_word(m.group("words"), x) for x in nw):
        return None
    prev = next(iter(_before(recs, r)), None)
    if prev is None or not _ok(prev) or prev["unit"] != r["unit"] or prev["value"] < r["value"]:
        return None
    return prev


def _respective_picked(recs: list[dict], rep: dict, w) -> dict | None:
    """`楼台乡166户中已消除风险97户，双台乡191户中已消除风险115户，风险消除率分别为58.4%和60.2%`: the k-th rate of a
    分别 list is the k-th figure picked from a whole printed with it (`_picked_among`) in the clauses before the
    list, over that whole, when there are as many such pairs as rates. None otherwise."""
    rates = _run_of(recs, rep)
    if len(rates) < 2 or "分别" not in _z(rates[0]["label"]):
        return None
    nw = _words(w["numerator_words"])
    pairs = [(r, whole) for r in reversed(_before(recs, rates[0])) if r["unit"] not in ("percent", "percentage_point")
             for whole in [_picked_among(recs, r, nw)] if whole is not None]
    if len(pairs) != len(rates):
        return None
    num, b = pairs[[r["fact_id"] for r in rates].index(rep["fact_id"])]
    v = float(num["value"]) / float(b["value"]) * 100
    return _result(w["rate"], "rate", rep, num, b, v, _corners(lambda n, d: n / d * 100, _iv(num), _iv(b)),
                   f"{w['word']} (分别, {len(rates)} pairs): numerator {fmt(num)} of the {fmt(b)} printed with it (…中): "
                   f"{fmt(num)} / {fmt(b)} = {v:.2f}% vs {fmt(rep)}")


def _whole_in_another_unit(recs: list[dict], part: dict) -> dict | None:
    """The figure closing the clause right before the 其中 that opens ``part``, when it is counted in another unit
    (开发公益性岗位3260个，其中安置脱贫人口2980人，占91.4%): that figure is the whole 其中 breaks down, so a figure of
    the part's unit in an earlier clause (新增外出务工5260人) is another statement, no whole of it. None otherwise."""
    k = next((i for i, r in enumerate(recs) if r is part), None)
    if not k or not _z(part["label"]).startswith("其中"):
        return None
    prev = recs[k - 1]
    between = _z(part["sentence"])[prev["end"] - part["sent_start"]:part["start"] - part["sent_start"]] \
        if prev["sent_start"] == part["sent_start"] else ""
    if prev["unit"] != part["unit"] and _ok(prev) and re.match(r"^[，,]?其中", between.strip()):
        return prev
    return None


def _fills_posts(whole: dict, part: dict) -> bool:
    """开发公益性岗位3260个，其中安置脱贫人口2980人: persons placed (安置, 聘用 …) under 其中 after a count of posts
    fill one post each, so they are a part of it though counted in persons (``posts_filled`` of data/checks.yaml)."""
    posts = cues()["posts_filled"]
    return whole["unit"] in posts["whole_units"] and part["unit"] in posts["part_units"] \
        and any(v in _clause(part).split("|")[0] for v in posts["verbs"])


def _under_其中(recs: list[dict], whole: dict, part: dict) -> bool:
    """The part is listed under 其中 right after the whole (人均消费支出7126元。其中, 食品烟酒支出2544元…): a part of
    a per-head whole is per head too, though its own words do not say so."""
    if whole["start"] >= part["start"]:
        return False
    if whole["sent_start"] == part["sent_start"]:
        return "其中" in _z(part["sentence"])[whole["end"] - part["sent_start"]:part["start"] - part["sent_start"]]
    k, sents = _statement_start(recs, part)  # the statement may run on over ; (其中, 食品…; 居住支出1569元, 占…)
    return k - whole["sent_idx"] == 1 and sents.get(k, "").lstrip(" ,，").startswith("其中")


def _own_noun(num: dict, w) -> set[str]:
    """The character pairs of the numerator's clause that name what it counts (not the rate's words)."""
    own = _bigrams(_strip(_strip(_clause(num), w["word"]), "已"))
    for x in _words(w["numerator_words"]):
        own -= _bigrams(x)
    return own


def _own_noun_base(recs: list[dict], num: dict, bases: list[dict], own: set[str]) -> dict | None:
    """The figure of the numerator's unit, not smaller than it, anywhere before it in the article, whose
    clause shares most of the numerator's own words (``own``: its clause less the rate and numerator words), at least
    twice ``_NAMED_MIN_SCORE`` word pairs and more than twice as many as any base found by the base words: the
    sub-task the numerator is the part done of (农村危房改造1268户 for 农村危房改造竣工1251户, not 改造任务3718户).
    None unless the best such figures agree in value."""
    def score(r: dict) -> int:
        return len(own & _bigrams(_clause(r)))

    floor = max([2 * _NAMED_MIN_SCORE] + [2 * score(b) + 1 for b in bases])
    cands = [r for r in _scope(recs, num, None) if r["unit"] == num["unit"] and _ok(r)
             and r["value"] >= num["value"] > 0 and score(r) >= floor]
    if not cands:
        return None
    top = [r for r in cands if score(r) == max(score(c) for c in cands)]
    return top[-1] if len({float(r["value"]) for r in top}) == 1 else None


def _named_between(recs: list[dict], num: dict, bases: list[dict], w) -> list[dict]:
    """Figures of the numerator's unit printed after the base and before the numerator, in its scope, larger
    than it, whose clause names the numerator's own noun (two shared character pairs) and no numerator word."""
    if not bases:
        return []
    after = max(b["start"] for b in bases)
    own, nw = _own_noun(num, w), _words(w["numerator_words"])
    return [r for r in _scope(recs, num, _SCOPE_SENTENCES) if _ok(r) and r["unit"] == num["unit"]
            and after < r["start"] < num["start"] and r["value"] > num["value"] and _same_scope(r, num)
            and len(own & _bigrams(_clause(r))) >= _NAMED_MIN_SCORE
            and not any(has_word(_strip(_pair_clause(recs, r), w["word"]), x) for x in nw)]


def _is_total(r: dict) -> bool:
    after = _z(r["ctx_after"]).lstrip(" ,，:：(（")
    return after.startswith(("其中", "包括")) or any(t in _z(r["label"]) for t in _TOTAL_WORDS)


def _whole_of_another_place(recs: list[dict], part: dict, named: str, pool: list[dict]) -> dict | None:
    """`帮助陕西农村劳动力转移就业12.47万人, …; 到江苏省就业2.18万人, 占转移就业总数的19.5%`: the whole the words
    after 占 name (three shared character pairs), printed earlier in the part's statement (its sentence, or the
    one before it ending in ；) but placed elsewhere (the part counts where they went), when no figure of the
    part's place is named so. None unless exactly one figure fits."""
    own = _bigrams(re.sub(r"总数|总量|总额|总|全部", "", named))
    if len(own) < 3 or any(len(own & _bigrams(_clause(r))) >= _NAMED_MIN_SCORE for r in pool):
        return None
    prev = [r for r in recs if r["sent_idx"] == part["sent_idx"] - 1]
    joined = bool(prev) and _z(prev[0]["sentence"]).rstrip()[-1:] in (";", "；")
    pool_ids = {r["fact_id"] for r in pool}
    cands = [r for r in recs if (r["sent_start"] == part["sent_start"] or joined and r["sent_idx"] == part["sent_idx"] - 1)
             and r["start"] < part["start"] and r["fact_id"] not in pool_ids and _ok(r) and r["unit"] == part["unit"]
             and r["value"] > part["value"] and periods_compatible(r["period"], part["period"])
             and not _per_head(r) and not _is_prior(r) and len(own & _bigrams(_clause(r))) >= 3]
    return cands[0] if len({float(r["value"]) for r in cands}) == 1 else None


_BUDGET_LEVEL = re.compile(r"预算(?:数|安排|为|数为)?$")


def _budget_level(r: dict) -> bool:
    """年初预算5620.00万元, 调整后预算6039.90万元: a planned level printed by the word 预算 right before it, not the
    spending or income a share of ``…支出的54.3%`` names (支出决算6012.47万元 is)."""
    return bool(_BUDGET_LEVEL.search(_clause(r).split("|")[0]))


def _other_flow(named: str, r: dict) -> bool:
    """占…财政拨款支出的54.3%: a whole named as 支出 is no figure its clause calls 收入 only (财政拨款收入6105.20万元),
    and a whole named as 收入 no figure its clause calls 支出 only."""
    clause = _clause(r)
    return any(named.endswith(a) and b in clause and a not in clause for a, b in (("支出", "收入"), ("收入", "支出")))


_PLACE_WHOLE_MIN_SHARED = 3
"""Words (bigrams) a whole named by its place alone (占全市的) must share with the part's sentence."""


def _plan_of_other_flow(named: str, part: dict, r: dict) -> bool:
    """为调整预算的81.5% after 政府性基金预算收入完成45862万元: a planned level named by the share (预算, 调整预算) is the
    plan of the part's own flow; a plan printed in a statement of the other flow (一般公共预算支出…为调整预算296460万元的
    96.8%) is not it. The flow is the word 收入 or 支出 in the sentence before each figure."""
    if not named.endswith(("预算", "预算数")):
        return False
    pa, ra = _z(part["sentence"])[:part["pos"]], _z(r["sentence"])[:r["pos"]]
    return any(a in pa and b not in pa and b in ra and a not in ra for a, b in (("收入", "支出"), ("支出", "收入")))


def _part_named_by_stem(recs: list[dict], rep: dict, w, part: dict) -> dict:
    """`驻村期满轮换286名，经考核…继续留任的68名，轮换比例80.8%`: a share printed as `<words>比例` (no 占) names its part
    by the words before the rate word (轮换); when the clause of the figure just before does not hold them and the
    clause of exactly one earlier figure of the sentence, of the same unit, does, that figure is the part (留任68名 is
    its sibling, not its part). Otherwise the figure just before stays the part."""
    label = _z(rep["label"])
    if "占" in label or not label.endswith(w["word"]):
        return part
    stem = _SUBJECT_FILLER.sub("", label[:-len(w["word"])].lstrip(",，、"))
    if len(stem) < 2 or stem in _clause(part):
        return part
    named = [r for r in _before(recs, rep) if _ok(r) and r["unit"] == part["unit"] and stem in _clause(r)]
    return named[0] if len(named) == 1 else part


def _names_whole(named: str, r: dict) -> bool:
    """Whether the whole a share names (占劳动力总数的43.5%) is the noun of ``r``'s own clause (有劳动力1692人，占样本户人口的
    61.2%，其中外出务工劳动力736人): a figure with a share of its own is still the whole its words name."""
    own = _bigrams(re.sub(r"总数|总量|总额|总|全部", "", named))
    return len(own) >= 2 and own <= _bigrams(_clause(r))


def _share(recs: list[dict], rep: dict, w, pairs: dict[str, dict], named_bases: dict[str, dict]) -> dict:
    part = pairs.get(rep["fact_id"])
    if part is None:
        part = next((r for r in _adjacent(recs, rep) if _ok(r)), None)
        named_part = _named_part(recs, rep)
        if named_part is not None and (part is None or named_part is not part):
            part = named_part
    if part is not None and pairs.get(rep["fact_id"]) is None:
        part = _part_named_by_stem(recs, rep, w, part)
    if part is not None:
        part = _part_of_named_unit(recs, rep, part)
    if part is None and "占" in _z(rep["label"]):
        part = _part_across_rates(recs, rep)
    if part is None:
        return _result(w["rate"], "share", rep, None, None, None, None, f"{w['word']}: no part printed before it")
    label = _z(rep["label"])
    k = label.rfind("占")
    if k > 0 and re.search(cues()["combined_share_subject_regex"], label[:k]) \
            and not re.search(cues()["combined_share_subject_regex"], _z(part["ctx_before"]).rstrip("为达到是")):
        # 中西部地区合计占全国的91.5%: the part is a sum of figures before it, printed nowhere
        return _result(w["rate"], "share", rep, None, None, None, None,
                       f"{w['word']}: the part is a sum ({label[:k]}) printed nowhere: not computed")
    # 占全国资金总量的6.65% names its whole; 其中…, 占比47.7% (the word 占比 itself) names none
    named = label[k + (2 if label.startswith("占比", k) else 1):] if k >= 0 else ""
    named = re.sub(r"(的|达|为|达到)$", "", named)
    named = re.sub(r"^(?:到|了)", "", named)  # 占到四分之三: 到 is part of the verb, it names no whole
    siblings = {p["fact_id"] for p in pairs.values()}  # parts of one 分别 list are not each other's whole
    # 用于产业发展3.9亿元、占67.2%, 用于就业帮扶0.8亿元、占13.8%: a figure with its own share is a part too
    siblings |= {r["fact_id"] for r, nxt in zip(recs, recs[1:]) if r is not part and nxt["unit"] == "percent"
                 and nxt["sent_start"] == r["sent_start"] == rep["sent_start"] and _z(nxt["label"]).startswith("占")
                 and len(re.findall(r"[,，;；]", _z(nxt["ctx_before"]))) <= 1
                 and not _names_whole(named, r)}
    pool = [r for r in _scope(recs, part, None) if _ok(r) and r["unit"] == part["unit"] and r["value"] > 0
            and r["fact_id"] not in siblings and r["fact_id"] != part["fact_id"]  # a part is never its own whole
            # a target of a scorecard (目标任务 15000人) is no whole of a level reached (脱贫劳动力就业9856人)
            and ("target" not in str(r["flags"]) or "target" in str(part["flags"]))
            and (_same_scope(r, part) or _whole_encloses(r, part))
            # 占一般公共预算财政拨款支出的54.3%: a 预算 level is no whole of spending unless the share names a 预算
            and not (named and _budget_level(r) and not named.endswith(("预算", "预算数")) and not _budget_level(part))
            and not _other_flow(named, r)
            and not _plan_of_other_flow(named, part, r)
            and (not _per_head(r) or _per_head(part)  # 人均经营净收入5553元, 占人均纯收入的38.6%
                 or _source_of_per_head_income(part, r)  # 工资性收入4712元, 占可支配收入的比重为35.3%
                 or _under_其中(recs, r, part))  # 人均消费支出7126元。其中, …居住支出1569元, 占消费支出的22.0%
            and (_per_head(r) or not per_head_source(part))  # not 可支配收入总额286.4亿元
            # a whole holds more than its part unless the share is 100% (or more): a figure equal to the
            # part is the same quantity restated (总计减贫21.2万人 after 共减贫21.2万人), not its whole
            and (rep["value"] > 100 or r["value"] > part["value"] or (rep["value"] >= 100 and r["value"] == part["value"]))]
    if "总" in named:
        # 占帮扶资金总额的42.5% after 累计支出帮扶资金21.05亿元，支出率86.4%: the numerator of the rate printed right
        # after it is a stage of the funds, not their 总额 (the 共落实24.36亿元 before it is)
        pool = [r for r in pool if not _numerator_of_next_rate(recs, r)] or pool
    why = f"{w['word']}{named}: part {fmt(part)}"
    if not named:
        head_bases, head_where = _whole_named_at_head(recs, rep, part, pool)
        if head_bases:
            return _ratio(w["rate"], "share", rep, part, head_bases, pool, why + head_where, recs=recs)
        other = _whole_in_another_unit(recs, part)
        if other is not None and _fills_posts(other, part):
            v = float(part["value"]) / float(other["value"]) * 100
            return _result(w["rate"], "share", rep, part, other, v,
                           _corners(lambda n, d: n / d * 100, _iv(part), _iv(other)),
                           f"{why}: listed under 其中 after {fmt(other)}, the posts the persons placed fill (one each):"
                           f" {fmt(part)} / {fmt(other)} = {v:.2f}% vs {fmt(rep)}")
        if other is not None:
            return _result(w["rate"], "share", rep, part, None, None, None,
                           f"{why}: listed under 其中 after {fmt(other)}, a whole counted in another unit")
        # 其中A, B, 分别占x%和y%: the whole is the total the parts are listed under, in their sentence
        bases = [r for r in pool if r["sent_start"] == part["sent_start"]]
        if not bases and _z(part["label"]).startswith("其中"):
            # 新增发放101.6亿元, …; 其中续贷12.8亿元, 占12.6%: the total 其中 breaks down, across a ;
            # not an earlier level (比上年的2358.6万元) nor the target a rate is printed on (目标任务200万人的107.8%)
            parent = next((r for r in reversed(_scope(recs, part, 1)) if _ok(r) and r["unit"] == part["unit"]
                           and not _per_head(r) and not _z(r["label"]).startswith("其中") and not _is_prior(r)
                           and not _base_of_next_percent(recs, r)), None)
            opens = _z(part["sentence"]).lstrip().startswith("其中")  # 贷款4.25亿元。其中到户贷款1.38亿元,占32.5%
            if parent is not None and any(parent is r for r in pool) and _z(parent["sentence"]).rstrip()[-1:] in (";", "；"):
                bases = [parent]
            elif parent is not None and any(parent is r for r in pool) and opens:
                # across a full stop the figure before may be another stage of the package (已支出152.6亿元。
                # 其中…112.4亿元, 占比63% of the 下达178.5亿元): a fit is said, a misfit is not asserted
                row = _ratio(w["rate"], "share", rep, part, [parent], pool, why + ", whole before 其中", recs=recs)
                if row["status"] == "mismatch":
                    row.update(status="ambiguous", note=row["note"] + "; the whole stands before a full stop: not asserted")
                return row
        where = ", whole in its sentence"
        if not bases:
            bases, where = _whole_of_opening(recs, rep, part, pool)
        # 全县脱贫人口3.62万户9.18万人, 纳入…监测对象1286户3524人, 已消除风险2236人, 占63.5%: of the wholes in its
        # sentence, the one on which the printed share holds (a misfit on all stays ambiguous)
        return _ratio(w["rate"], "share", rep, part, bases, pool, why + where, one_fit=where == ", whole in its sentence", recs=recs,
                      parts_add_up=where.endswith(_PARTS_ADD_UP))
    cross = _whole_of_another_place(recs, part, named, pool)
    if cross is not None:
        return _ratio(w["rate"], "share", rep, part, [cross], pool,
                      why + f", whole named {named} in its statement (another place's figure: the part's people"
                            " or funds counted where they went)", recs=recs)
    if named in named_bases:
        b = named_bases[named]
        # the text names the same whole with the same words: its region and period go with it
        if b["unit"] == part["unit"] and b["start"] < part["start"] and (rep["value"] > 100 or b["value"] > part["value"]
                                                                         or rep["value"] >= 100 and b["value"] == part["value"]):
            return _ratio(w["rate"], "share", rep, part, [b], pool, why + f", whole named {named} as before", recs=recs)
    if _WHOLE_PREFIX.fullmatch(named):
        # 三个重点县消费帮扶销售额分别为…, 三县合计14.35亿元, 占全市的37.2%: a whole named by its place alone is that
        # place's figure of the part's own measure (全市消费帮扶销售额38.62亿元), not the nearest figure of the place
        # (全市农产品网络零售额29.5亿元): of the figures whose statement names the place, the one whose clause shares
        # most words with the part's sentence
        measure = _bigrams(_z(part["sentence"])[:part["pos"]] + _clause(part))
        scored_place = [(len(measure & _bigrams(_clause(r))), r) for r in pool if named in _z(r["sentence"])[:r["pos"]]]
        top_place = max((n for n, _ in scored_place), default=0)
        best_place = [r for n, r in scored_place if n == top_place]
        if top_place >= _PLACE_WHOLE_MIN_SHARED and len({float(r["value"]) for r in best_place}) == 1:
            return _ratio(w["rate"], "share", rep, part, best_place[-1:], pool,
                          why + f", whole named {named}: the place's figure of the part's measure", recs=recs)
    own = _bigrams(re.sub(r"总数|总量|总额|总|全部", "", named))
    # the clause sharing most of the words, then the one with fewest other words
    named_best = [((len(own & _bigrams(_clause(r))), -len(_bigrams(_clause(r)) - own)), r) for r in pool] \
        if len(own) >= 2 else []
    top_named = max((n for n, _ in named_best), default=(0, 0))
    if "总" in named and top_named[0] >= 3 and len({float(r["value"]) for n, r in named_best if n == top_named}) == 1:
        # 占脱贫劳动力总数的87.7% with 其中脱贫劳动力5.84万人 printed: the figure its words name, before a total
        # of something else that opens a list (全县有脱贫户…9.62万人, 其中…)
        b = next(r for n, r in reversed(named_best) if n == top_named)
        # 衔接资金14.34亿元, 其中中央衔接资金10.12亿元…; …, 占衔接资金总量的64.0%: a part under 其中 of a total
        # its words name as well is no 总量; the total is
        b = next((t for n, t in named_best if n[0] == top_named[0] and _is_total(t) and _under_其中(recs, t, b)), b)
        if not any(t["start"] > b["start"] and t["sent_start"] == part["sent_start"] for t in pool if _is_total(t)):
            # (a figure named before the total whose list holds the part, 搬迁人口计划任务151.17万人 before
            # 全省搬迁安置188万人, 其中…, 占搬迁总人口17.9%, is not preferred to it)
            return _ratio(w["rate"], "share", rep, part, [b], pool, why + f", whole named {named}", recs=recs)
    if "总" in named or "全部" in named:
        # 占搬迁总人口: the nearest earlier figure that opens a list of parts or says 共/合计
        totals = [r for r in pool if _is_total(r)]
        if totals:
            named_bases[named] = totals[-1]
            row = _ratio(w["rate"], "share", rep, part, totals[-1:], pool, why + f", whole named {named} (a total)", recs=recs)
            if row["status"] == "mismatch":
                # 县外务工3.46万人, 其中省外务工2.18万人…; 省外务工人员占务工总数的42.6%: the nearest total is not
                # surely the one named when another figure the words name gives the printed share
                fits = [r for r in pool if r is not totals[-1] and _bigrams(named) & _bigrams(_clause(r))
                        and overlaps(_corners(lambda n, d: n / d * 100, _iv(part), _iv(r)) or (math.inf, math.inf), _iv(rep))]
                if len({float(r["value"]) for r in fits}) == 1:
                    # one such figure: the share holds on it, the whole its words name (agreements only)
                    other = _ratio(w["rate"], "share", rep, part, fits[-1:], pool,
                                   why + f", whole named {named}: the figure its words name on which the share holds"
                                   f" (the nearest total {fmt(totals[-1])} does not give it)", recs=recs)
                    if other["status"] == "match":
                        return other
                if fits:
                    row.update(status="ambiguous", note=row["note"] + "; the share holds on "
                               + ", ".join(fmt(r) for r in fits) + ", also named by its words: not asserted")
            return row
    grams = _bigrams(named)
    scored = [(len(grams & _bigrams(_clause(r))), r) for r in pool]
    scored = [(s, r) for s, r in scored if s >= _NAMED_MIN_SCORE
              or (s > 0 and part["sent_idx"] - r["sent_idx"] <= _SCOPE_SENTENCES)]
    if not scored:
        return _ratio(w["rate"], "share", rep, part, [], pool, why + f", whole named {named}", recs=recs)
    top = max(s for s, _ in scored)
    best = [r for s, r in scored if s == top]
    if len({float(r["value"]) for r in best}) > 1 and _z(part["label"]).startswith("其中"):
        # 工程受益人口6.72万人, 其中脱贫人口2.35万人, 占受益人口的35.0%: of the wholes the words name, the
        # total 其中 breaks down
        parent = next((r for r in _before(recs, part) if r["unit"] == part["unit"] and _ok(r)), None)
        if parent is not None and any(parent is r for r in best):
            best = [parent]
            return _ratio(w["rate"], "share", rep, part, best, pool, why + f", whole named {named}, the total 其中 breaks down", recs=recs)
    if len({float(r["value"]) for r in best}) == 1:
        named_bases[named] = best[-1]
    row = _ratio(w["rate"], "share", rep, part, [r for s, r in scored if s == top], pool, why + f", whole named {named}", recs=recs)
    return _other_figure_of_place(rep, part, named, pool, row, w) if _WHOLE_PREFIX.fullmatch(named) else row


def _other_figure_of_place(rep: dict, part: dict, named: str, pool: list[dict], row: dict, w) -> dict:
    """A share of a whole named by its place alone (三镇合计1150户，占全县的35.0%) whose nearest figure of the place
    (全县已标注风险消除2318户) misfits, while one other figure of the place in scope, larger than the part, gives it
    (全县累计识别纳入监测对象3286户): the place counts more than one thing, and the share is of the one it holds on.
    Several such figures leave it ambiguous; none leaves the misfit."""
    if row["status"] != "mismatch":
        return row
    fits = [r for r in pool if named in _z(r["sentence"])[:r["pos"]] and r["value"] > part["value"]
            and float(r["value"]) != float(row["denominator"] or 0)
            and overlaps(_corners(lambda n, d: n / d * 100, _iv(part), _iv(r)) or (math.inf, math.inf), _iv(rep))]
    if len({float(r["value"]) for r in fits}) == 1:
        b = fits[-1]
        v = float(part["value"]) / float(b["value"]) * 100
        return _result(w["rate"], "share", rep, part, b, v, _corners(lambda n, d: n / d * 100, _iv(part), _iv(b)),
                       row["note"] + f"; the share holds on {fmt(b)}, another figure of {named}: taken as its whole",
                       candidates=f"{row['candidates']}; {fmt(part)} / {fmt(b)} = {v:.2f}%")
    if fits:
        row.update(status="ambiguous", note=row["note"] + "; the share holds on "
                   + ", ".join(fmt(r) for r in fits) + f", also figures of {named}: not asserted")
    return row


_WHOLE_AFTER_占 = re.compile(r"占(?:全国|全省|全区|全市|全州|全盟|全县|全旗|全乡|全镇|本省|本市|本县)?[\u4e00-\u9fff]{0,10}$")


_CHANGE_BEFORE = re.compile(r"(?:增加|新增|增长|提高|减少|下降|降低|多|少)了?$")


def _subject_before_changes(recs: list[dict], whole: dict) -> dict | None:
    """`涉农贷款余额612.8亿元, 比年初增加58.6亿元, 增长10.6%, 占各项贷款余额1563.4亿元的39.2%`: the figure the
    statement is about, printed before the changes, rates and earlier levels said of it (the first figure
    before the whole that is none of these); None when a figure of another unit stands between."""
    run = _before(recs, whole)
    first = min(run, key=lambda r: r["start"]) if run else whole
    if first is not whole and (_is_prior(first) or _CHANGE_BEFORE.search(_z(first["label"]))):
        # `…5.71亿元, 执行率91.8%; 支出比上年的4.63亿元增长25.3%, 占…`: a statement running on after ；
        prev = [r for r in recs if r["sent_idx"] == whole["sent_idx"] - 1]
        if prev and _z(prev[0]["sentence"]).rstrip()[-1:] in (";", "；"):
            run = run + list(reversed(prev))
    for r in run:
        if r["unit"] in ("percent", "percentage_point"):
            continue
        if not _ok(r) or r["unit"] != whole["unit"]:
            return None
        if _is_prior(r) or _CHANGE_BEFORE.search(_z(r["label"])):
            continue
        return r
    return None


def _whole_inside_share(recs: list[dict], rep: dict) -> dict | None:
    """386个贫困村实施整村推进,占全市1419个重点贫困村的27.2%: the whole is printed right after 占 and the
    share after its noun and 的; the part is the figure of that unit printed before 占 in the clause before."""
    if rep["unit"] != "percent" or not re.fullmatch(r"[\u4e00-\u9fff]{0,12}的", _z(rep["label"])):
        return None
    before = [r for r in _before(recs, rep)]
    if not before or not _ok(before[0]) or not _WHOLE_AFTER_占.search(_z(before[0]["ctx_before"]).rstrip()):
        return None
    whole = before[0]
    part = next((r for r in _adjacent(recs, whole) if _ok(r) and r["unit"] == whole["unit"]), None)
    if part is not None and (_is_prior(part) or _CHANGE_BEFORE.search(_z(part["label"]))):
        part = _subject_before_changes(recs, whole)
    elif part is None:
        part = _subject_before_changes(recs, whole)
    if part is None or not whole["value"] or part["value"] > whole["value"] or _is_prior(part):
        return None  # (支出比上年的4.63亿元增长25.3%, 占全旗…37.56亿元的15.2%: last year's level is no part)
    w = next(x for x in _word_rows() if x["word"] == "占")
    return _ratio(w["rate"], "share", rep, part, [whole], [whole], f"占{fmt(whole)}的: part {fmt(part)}", recs=recs)


def _allotment(rep: dict) -> tuple[int, int] | None:
    """(start, end) in its sentence of the allotment (``allotment_regex``) a percent is listed in, else None."""
    s = _z(rep["sentence"])
    for m in re.finditer(cues()["allotment_regex"], s):
        if m.start() < rep["pos"] < m.end():
            return m.start(), m.end()
    return None


def _allotted_item(s: str, rep: dict, at: int, end: int) -> str:
    """The item a percent of an allotment gives to: the words after it up to the next 、 (用于社员分红), else the
    words before it back to 按照 or the 、 before (中央财政补贴45%)."""
    after = re.split(r"[、，,的]", s[rep["pos"] + len(rep["qtext"]):end], maxsplit=1)[0]
    item = re.sub(cues()["allotment_item_verbs"], "", after)
    if len(item) < 2:
        before = s[at:rep["pos"]]
        item = re.split(r"[、，,的]", before)[-1].lstrip("按照依据")
    return item


def _allotted_share(recs: list[dict], rep: dict) -> dict | None:
    """`保费总额14316万元，按照中央财政补贴45%、…农户自缴20%的比例分担。其中，中央财政补贴6442.2万元，…` and
    `可分配盈余121.90万元。按照可分配盈余60%用于社员分红、30%提取公积金…的比例进行分配，其中社员分红73.14万元…`: a percent
    listed in an allotment (``allotment_regex``) is the share of the amount printed after the list (its sentence
    or the next) whose words name the percent's item, in the amount of that unit printed last before the list
    (its sentence or the one before). A misfit is asserted only when the listed percents add up to 100 and
    every item names an amount: a lone percent (按照收益的60%用于分红) may be of another amount."""
    span = _allotment(rep)
    if rep["unit"] != "percent" or span is None:
        return None
    s, (at, end) = _z(rep["sentence"]), span
    listed = [r for r in recs if r["sent_start"] == rep["sent_start"] and r["unit"] == "percent" and at < r["pos"] < end]
    after = [r for r in recs if r["unit"] not in ("percent", "percentage_point") and _ok(r)
             and ((r["sent_start"] == rep["sent_start"] and r["pos"] > end) or r["sent_idx"] == rep["sent_idx"] + 1)]
    parts = {}
    for r in listed:
        item = _allotted_item(s, r, at, end)
        parts[r["fact_id"]] = next((x for x in after if len(item) >= 2 and item in _z(x["label"])), None)
    part = parts.get(rep["fact_id"])
    if part is None:
        return None
    wholes = [r for r in recs if r["unit"] == part["unit"] and _ok(r) and r["value"] > part["value"]
              and ((r["sent_start"] == rep["sent_start"] and r["pos"] < at) or r["sent_idx"] == rep["sent_idx"] - 1)]
    if not wholes:
        return None
    w = next(x for x in _word_rows() if x["word"] == "占")
    row = _ratio(w["rate"], "share", rep, part, wholes[-1:], wholes[-1:],
                 f"按照…的比例: part {fmt(part)} of the amount allotted {fmt(wholes[-1])}")
    whole_list = all(parts.values()) and abs(sum(float(r["value"]) for r in listed) - 100) < 0.5
    if row["status"] == "mismatch" and not whole_list:
        row.update(status="ambiguous", note=row["note"] + "; the percents listed do not allot the whole: not asserted")
    return row


_REACH_VERB = re.compile(r"(?:覆盖|惠及|涉及|辐射|服务)了?$")
_NOUN_AFTER = re.compile(r"^的([\u4e00-\u9fff]{2,6}?)(?:[,，;；。、]|$)")


def _share_of_noun_after(recs: list[dict], rep: dict) -> dict | None:
    """`97个安置点全部设立党组织, 成立社区居委会63个, 覆盖了六成五的安置点`: a share printed after a verb of reach
    (覆盖, 惠及) and before 的 + the noun of its whole; the part is the figure of the clause before, the whole
    the one earlier figure (three sentences) counting that noun (its unit or its noun). A misfit is not
    asserted: the part may count other units than the whole's."""
    m = _NOUN_AFTER.match(_z(rep.get("ctx_after") or "").strip())
    if m is None or not _REACH_VERB.search(_z(rep["label"]).strip()):
        return None
    noun = m.group(1)
    part = next((r for r in _adjacent(recs, rep) if r["unit"] not in ("percent", "percentage_point")), None)
    if part is None or not _ok(part):
        return None
    wholes = [r for r in _scope(recs, part, _SCOPE_SENTENCES) if _ok(r) and r is not part and r["value"] > 0
              and (noun in str(r["unit"]) or noun == str(r.get("noun") or "")) and _same_scope(r, part)]
    if len({float(r["value"]) for r in wholes}) != 1 or wholes[-1]["value"] < part["value"]:
        return None
    w = next(x for x in _word_rows() if x["word"] == "占")
    row = _ratio(w["rate"], "share", rep, part, wholes[-1:], wholes, f"…的{noun}: part {fmt(part)}", recs=recs)
    if row["status"] == "mismatch":
        row.update(status="ambiguous", note=row["note"] + "; the part may count other units than the whole: not asserted")
    return row


def _statement_start(recs: list[dict], r: dict) -> tuple[int, dict[int, str]]:
    """Index of the sentence that opens the statement of ``r`` (its own, or an earlier one when only ; lies
    between: 以工代赈资金中,用于…7.9亿元,占36.7%;用于…9.3亿元,占43.3%), with the article's sentences."""
    sents = {x["sent_idx"]: _z(x["sentence"]).strip() for x in recs if x["article_id"] == r["article_id"]}
    k = r["sent_idx"]
    while k - 1 in sents and sents[k - 1][-1:] in (";", "；"):
        k -= 1
    return k, sents


_SUBJECT_FILLER = re.compile(r"^(?:其中|其|另|另有|而|但|且|均|已)|(?:的|之|额|数|总数|总额|人数|户数|人员)$")


_NEXT_RATE = re.compile(r"^[,，]?[\u4e00-\u9fff]{1,6}(?:率|进度)(?:为|是|达|达到)?$")  # 支出率86.4%, 支出进度92.3%


def _numerator_of_next_rate(recs: list[dict], r: dict) -> bool:
    """A figure followed in its sentence by a percent whose words are a rate (已支出21.05亿元，支出率86.4%)."""
    k = next((i for i, x in enumerate(recs) if x is r), None)
    nxt = recs[k + 1] if k is not None and k + 1 < len(recs) else None
    return (nxt is not None and nxt["unit"] == "percent" and nxt["sent_start"] == r["sent_start"]
            and _NEXT_RATE.match(_z(nxt.get("ctx_before") or "").strip()) is not None)


def _damaged_scope(recs: list[dict], num: dict, rep: dict) -> bool:
    """Whether the sentences where a rate's base would stand (its numerator's scope up to the rate) still show
    damage the repair could not read: the base may be the figure the damage swallowed (监测对象1?bǎo)玻福稇?hù)
    before 风险消除率61.1%), so none is looked for after the rate."""
    from .repair import damage_left

    sents = {r["sent_idx"]: r["sentence"] for r in recs
             if num["sent_idx"] - _SCOPE_SENTENCES <= r["sent_idx"] <= rep["sent_idx"]}
    return any(damage_left(str(t)) for t in sents.values())


def _base_of_next_percent(recs: list[dict], r: dict) -> bool:
    """A figure written as the base of the percent right after it (完成目标任务200万人的107.8%)."""
    k = next((i for i, x in enumerate(recs) if x is r), None)
    nxt = recs[k + 1] if k is not None and k + 1 < len(recs) else None
    return (nxt is not None and nxt["unit"] == "percent" and nxt["sent_start"] == r["sent_start"]
            and re.fullmatch(r"[)）]?的", _z(r.get("ctx_after") or "").strip()) is not None)


def _part_of_named_unit(recs: list[dict], rep: dict, part: dict) -> dict:
    """`893户2105人, 占监测对象总户数的69.4%, 已消除风险人数占监测对象总人数的70.6%`: a whole named by its
    count noun (户数, 人数; ``whole_count_units`` of data/checks.yaml) is of that unit, and so is its part:
    the nearest figure of the unit before the share in its sentence (else the part as found)."""
    label = _z(rep["label"])
    k = label.rfind("占")
    named = re.sub(r"(的|达|为|达到)$", "", label[k + 1:]) if k >= 0 else ""
    unit = next((u for noun, u in cues()["whole_count_units"].items() if named.endswith(noun)), None)
    if unit is None or part["unit"] == unit:
        return part
    same = [r for r in _before(recs, rep) if _ok(r) and r["unit"] == unit and r["sent_start"] == rep["sent_start"]
            and not _per_head(r)]
    return same[0] if same else part


def _named_part(recs: list[dict], rep: dict) -> dict | None:
    """`其中中央衔接资金16830万元、省级…、县本级…2250万元, 中央资金占下达资金总额的66.0%`: the words before
    占 in the share's own clause name its part; when the figure just before does not carry them, the one
    figure earlier in the sentence whose clause does is the part (None: keep the figure just before)."""
    label = _z(rep["label"])
    k = label.rfind("占")
    subject = _SUBJECT_FILLER.sub("", label[:k]) if k > 0 else ""
    if len(subject) < 2:
        return None
    grams = _bigrams(subject)
    before = [r for r in _before(recs, rep) if _ok(r) and not _per_head(r)]
    across = not before
    if across:
        # 务工就业5.12万人, …; 务工就业人数占脱贫劳动力总数的87.7%: the part in the sentence before
        before = [r for r in reversed(_scope(recs, rep, 2)) if _ok(r) and not _per_head(r)
                  and r["sent_idx"] < rep["sent_idx"]]
    if not before or not grams:
        return None
    # the clause sharing most of the words, then the one with fewest other words (县外务工3.46万人 before
    # 省内县外务工1.28万人 for 县外务工人员占…)
    scored = [((len(grams & _bigrams(_clause(r))), -len(_bigrams(_clause(r)) - grams)), r) for r in before]
    if across and len(grams) >= 2:
        # 其中, 农业产值…; 林业产值…; 牧业产值20.17亿元…; 渔业产值…; 服务业产值…。牧业产值占…总产值的比重为48.2%:
        # a list split by ; reaches further back, and the figure whose clause holds every word of the subject
        # is its part (not 渔业产值, nearer, which shares only 产值)
        full = [r for r in _scope(recs, rep, _SUBJECT_BACK) if _ok(r) and not _per_head(r)
                and r["sent_idx"] < rep["sent_idx"] and grams <= _bigrams(_clause(r))]
        if full and len({float(r["value"]) for r in full}) == 1:
            return full[-1]
    top = max(n for n, _ in scored)
    best = [r for n, r in scored if n == top]
    return best[0] if top[0] >= _NAMED_MIN_SCORE and len(best) == 1 and (across or best[0] is not before[0]) else None


# 以工代赈资金中, 用于…: the words before 中 at the opening of a statement name the whole its parts are of
_OPENING_WHOLE = re.compile(r"^([^其,，。;；:：、\d][^,，。;；:：、\d]{1,11})中[,，]")


_PARTS_ADD_UP = " (its parts under 其中 add up to it)"  # the note of a whole found as the sum of its parts
_BREAKDOWN_OPENING = re.compile(r"^(?:按|分)[^,，。;；\d]{1,8}(?:分|看|划分)[,，]")  # 按岗位类别分, 分渠道看


def _whole_of_opening(recs: list[dict], rep: dict, part: dict, pool: list[dict]) -> tuple[list[dict], str]:
    """The whole a statement opens on, when its share names none, with the note saying how it was found.
    `以工代赈资金中,用于修建乡村公路7.9亿元,占36.7%;用于…`: the words before 中 at the head of the statement
    (its sentences joined by ;) name the whole; the latest earlier figure printed right after those very
    words is it. `援藏资金中, 用于民生项目的资金6.91亿元, 占比80%`: failing that, in the part's own sentence,
    the one earlier figure whose clause holds them. `…资金3.26亿元, 实施项目72个。其中用于民生的资金2.64亿元,
    占81%; 向基层倾斜的资金2.93亿元, 占89.9%`: a statement that opens with 其中, or with the kind it is broken
    down by (`按岗位类别分，乡村保洁员9860个，占41.8%`, 分渠道看), breaks down the one figure of the part's unit in the
    sentence before it (a change printed beside it, 较上年增加1260个, is no such figure). The last two are agreements only: 其中 may break down a figure
    further back (下达178.5亿元…。已支出152.6亿元…。其中…占比63%), so a whole found so that does not fit is
    not asserted."""
    k, sents = _statement_start(recs, part)
    opening = sents.get(k, _z(part["sentence"]).strip())
    where = ", whole the statement opens on"

    def fits(b: dict) -> bool:
        return b["lo"] > 0 and part["lo"] / b["hi"] * 100 <= rep["hi"] and part["hi"] / b["lo"] * 100 >= rep["lo"]

    if opening.startswith("其中") or _BREAKDOWN_OPENING.match(opening):
        # not the target a rate is printed on (完成目标任务125万人的106.1%。其中，省外务工56.4万人，占44.5%)
        prev = [r for r in pool if r["sent_idx"] == k - 1 and not _z(r["label"]).startswith("其中") and not _an_increase(r)
                and not _base_of_next_percent(recs, r)]
        if k - 1 in sents and sents[k - 1][-1:] in ("。", "！", "!") and len({float(r["value"]) for r in prev}) == 1:
            if fits(prev[-1]):
                return prev[-1:], where
            others = [r for r in _scope(recs, part, _SCOPE_SENTENCES) if _ok(r) and r["unit"] == part["unit"] and r is not part
                      and math.isfinite(r["hi"]) and r.get("qualifier") == "exact"]
            if _statement_parts_add_up(recs, part, prev[-1], k) and not any(fits(r) for r in others):
                # 务工132.6万人…。其中，省外务工56.4万人，占44.5%；省内务工76.2万人: the parts listed under 其中 add up to
                # the one figure before it, so it is their whole, and a misfit of the share is asserted, unless an earlier
                # figure fits it (下达178.5亿元。已支出152.6亿元。其中…112.4亿元，占比63%: of the 下达, as writers do)
                return prev[-1:], where + _PARTS_ADD_UP
        return [], where
    m = _OPENING_WHOLE.match(opening)
    if m is None:
        return [], where
    whole = m.group(1)
    printed = [r for r in pool if part["sent_idx"] - r["sent_idx"] <= _SCOPE_SENTENCES
               and _z(r["label"]).endswith(whole)][-1:]
    if printed:
        return printed, f", whole named {whole}中"
    named = [r for r in pool if whole in _clause(r)] if k == part["sent_idx"] else []
    if len({float(r["value"]) for r in named}) == 1 and fits(named[-1]):
        return named[-1:], where
    return [], where


def _statement_parts_add_up(recs: list[dict], part: dict, whole: dict, k: int) -> bool:
    """Whether the figures of ``part``'s unit in sentence ``k`` (a statement opened by 其中), two or more, add up to
    ``whole`` within their printed precision: the whole 其中 breaks down is then certain."""
    mine = [r for r in recs if r["article_id"] == part["article_id"]]
    run, j = {k}, k
    while any(r["sent_idx"] == j and _z(r["sentence"]).rstrip()[-1:] in (";", "；") for r in mine):
        j += 1
        run.add(j)  # 其中，省外务工56.4万人，占44.5%；省内务工76.2万人。: the statement runs on after ；
    parts = [r for r in mine if r["sent_idx"] in run and r["unit"] == part["unit"]
             and _ok(r) and not _per_head(r) and not _an_increase(r) and not _is_prior(r)]
    if len(parts) < 2 or not any(r is part for r in parts):
        return False
    lo, hi = sum(r["lo"] for r in parts), sum(r["hi"] for r in parts)
    return lo <= whole["hi"] and hi >= whole["lo"]


def _whole_named_at_head(recs: list[dict], rep: dict, part: dict, pool: list[dict]) -> tuple[list[dict], str]:
    """`投资46.82亿元…。投资中，中央资金12.36亿元，…，地方政府专项债券11.40亿元，占24.3%`: a statement opening on
    words before 中 with no figure there (投资中,) lists the parts of a whole those words name before it; the figures
    of its own sentence are its parts, not its whole. The whole is found as `_whole_of_opening` finds it; a
    statement opening otherwise (其中, or 资金3388.1万元中 with its whole printed) is left to the other readings."""
    k, sents = _statement_start(recs, part)
    if _OPENING_WHOLE.match(sents.get(k, _z(part["sentence"]).strip())) is None:
        return [], ""
    return _whole_of_opening(recs, rep, part, pool)


def _per_head(r: dict) -> bool:
    # 村均28.6万元, 园均6.9家, 校均457人: an average over the units named before 均, as 人均 and 户均
    return any(c in _z(r["label"]) for c in ("每", "平均")) or re.search(r"[人户村园校亩生县乡镇站]均", _z(r["label"])) is not None


def per_head_source(part: dict) -> bool:
    """工资性收入4712元: a source of the household survey's per-head income (``income_source_parts`` of
    data/checks.yaml ending its label), printed in 元 (not 万元/亿元: no total), no 村/集体 in its clause (村集体经营性
    收入 is a village's total)."""
    return _z(part["label"]).endswith(tuple(cues()["income_source_parts"])) and not re.search(r"[万亿]", _z(part["raw"])) \
        and not re.search(r"村|集体|合作社|企业", _clause(part))


def _source_of_per_head_income(part: dict, whole: dict) -> bool:
    """工资性收入4712元 after 全市农村居民人均可支配收入13336元: a per-head source (``per_head_source``) is a part of a
    per-head income (人均…收入) though its own words do not say 人均."""
    return per_head_source(part) and re.search(r"人均[\u4e00-\u9fff]{0,6}收入$", _z(whole["label"])) is not None


def _levels(recs: list[dict], rep: dict):
    """(start, end) of `从A…到B` before the reported figure in its sentence, else None."""
    before = [r for r in _before(recs, rep) if _ok(r)]
    for k, b in enumerate(before):
        if any(t in _z(b["label"]) for t in _TO):
            a = next((x for x in before[k + 1:] if x["unit"] == b["unit"]), None)
            if a is not None and any(f in _z(a["label"]) for f in _FROM):
                return a, b
        if b["unit"] != (before[0]["unit"] if before else None):
            break
    return None


def _years(a: dict, b: dict) -> tuple[int, int] | None:
    ya, yb = _YEAR_AT_END.search(_z(a["label"])), _YEAR_AT_END.search(_z(b["label"]))
    if ya and yb:
        return int(ya.group(1)), int(yb.group(1))
    span = None
    for m in _YEAR_SPAN.finditer(_z(a["sentence"])[:max(a["pos"], 0)]):
        span = m
    return (int(span.group(1)), int(span.group(2))) if span else None


@lru_cache(maxsize=1)
def _growth_of() -> dict[str, str]:
    """Level indicator -> the growth rate of rates.csv that names what grows (per_capita_net_income ->
    per_capita_income_growth), so a stated growth keeps the name of its subject."""
    from .rates import load_rates
    t = load_rates()
    return {ind: r["name"] for _, r in t[t["kind"] == "growth"].iterrows() for ind in _words(r["numerator"])}


def _named(w, level: dict | None) -> dict:
    if level is not None and level.get("indicator") in _growth_of():
        return {**w, "rate": _growth_of()[level["indicator"]]}
    return w


def _is_prior(r: dict) -> bool:
    return _PRIOR_LEVEL.search(_z(r["label"])) is not None


def _prior_pair(before: list[dict], recs: list[dict] | None = None):
    """(earlier, current) when the figure right before a growth is the earlier level printed as such
    (2022年为13419元; 比2022年的10560元) and the figure before it, of the same unit, is the current level. A
    figure written as the base of a percent in between (支出286974万元，为调整预算296460万元的96.8%，比上年的
    272789万元增长5.2%) is that rate's base, not the current level: the figure before it is."""
    if len(before) < 2 or not _is_prior(before[0]):
        return None
    k = 1
    while recs and k + 1 < len(before) and before[k]["unit"] == before[0]["unit"] and _base_of_next_percent(recs, before[k]):
        k += 1
    if _average_of_total(before, k):
        k += 1
    a, b = before[0], before[k]
    if b["unit"] != a["unit"] or a["value"] <= 0 or _is_prior(b) or any(c in _z(b["label"]) for c in _CHANGE + _DECREASE) \
            or _damaged(a) or _damaged(b):
        return None
    return a, b


_AVERAGE_GLOSS = re.compile(r"^[，,][\u4e00-\u9fff]?均$")


def _average_of_total(before: list[dict], k: int) -> bool:
    """`合计315.2万元，村均39.4万元，比上年的268.5万元增长17.4%`: an average written right after its total (a comma
    and 村均/人均 between) glosses the total; the level the growth compares with the earlier one is the total."""
    if k + 1 >= len(before) or not _per_head(before[k]):
        return False
    avg, total = before[k], before[k + 1]
    gap = _z(avg["sentence"])[total["pos"] + len(total["qtext"]):avg["pos"]]
    return total["unit"] == avg["unit"] and not _per_head(total) and _AVERAGE_GLOSS.match(gap) is not None


_SERIES_JOINERS = ("、", "和", "及", "与", "以及")


@lru_cache(maxsize=None)
def _year_on_year() -> re.Pattern:
    """The text between a figure and a growth right after it saying the growth is on the year before
    (，今年比去年增长, 2023年同比增长)."""
    return re.compile(f"^[，,]?(?:今年|当年|本年|(?:19|20)\\d{{2}}年)?(?:{against_prior_year().pattern})")


def _yearly_series_pair(rep: dict, before: list[dict]):
    """(earlier, current) for `2021年至2023年，浙江分别投入6.00亿元、6.08亿元和6.52亿元，今年比去年增长7.2%`: figures
    given apiece (分别) to the years of a span, one per year, and a year-on-year growth right after the last: the
    last over the one before it. Not when the count of figures differs from the count of years, nor when the
    growth does not follow the series at once (the two years it compares would be another pair)."""
    if len(before) < 2:
        return None
    text = _z(rep["sentence"])
    run = [before[0]]
    for r in before[1:]:
        gap = text[r["pos"] + len(r["qtext"]): run[-1]["pos"]]
        if r["unit"] != run[-1]["unit"] or gap not in _SERIES_JOINERS:
            break
        run.append(r)
    head = text[:run[-1]["pos"]]
    years = _series_years(head)
    after = text[before[0]["pos"] + len(before[0]["qtext"]):rep["pos"]]
    named = _TWO_YEARS.match(after)
    if len(run) < 2 or years is None or len(years) != len(run) \
            or not (_year_on_year().match(after) or (named and [int(named.group(1)), int(named.group(2))] == years[:-3:-1])) \
            or any(_damaged(r) or r["value"] <= 0 for r in run[:2]):
        return None
    return run[1], run[0]


_YEAR_LIST = re.compile(r"(?:19|20)\d{2}年(?:[、和及与](?:19|20)\d{2}年)+")
_TWO_YEARS = re.compile(r"^[，,]?((?:19|20)\d{2})年(?:比|较)((?:19|20)\d{2})年")


def _series_years(head: str) -> list[int] | None:
    """The years a series given apiece (分别) is of: a span (2021年至2023年) or a list (2021年、2022年、2023年)
    last before 分别 in ``head``, one a year; None without one."""
    found = [(m.start(), list(range(int(m.group(1)), int(m.group(2)) + 1))) for m in _YEAR_SPAN.finditer(head)]
    found += [(m.start(), [int(y) for y in re.findall(r"((?:19|20)\d{2})年", m.group())]) for m in _YEAR_LIST.finditer(head)]
    if not found:
        return None
    at, years = max(found)
    return years if "分别" in head[at:] and years == list(range(years[0], years[0] + len(years))) else None


_SUBJECT_BEFORE_PRIOR = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:比|较)(?:上年|去年|上年同期|去年同期|(?:19|20)\d{2}年)")


def _prior_with_subject(recs: list[dict], before: list[dict]):
    """(earlier, current) for `全年实际支出…5.71亿元, 执行率91.8%; 支出比上年的4.63亿元增长25.3%`: the earlier level
    alone in its sentence, after a subject word (支出); the current level is the latest earlier figure of its
    unit in the same statement (only ; between) whose clause holds that word."""
    if len(before) != 1 or not _is_prior(before[0]) or before[0]["value"] <= 0 or _damaged(before[0]):
        return None
    a = before[0]
    m = _SUBJECT_BEFORE_PRIOR.match(_z(a["label"]).lstrip(" ,，;；"))
    if m is None:
        return None
    k, _ = _statement_start(recs, a)
    cands = [r for r in recs if r["article_id"] == a["article_id"] and k <= r["sent_idx"] < a["sent_idx"]
             and r["unit"] == a["unit"] and _ok(r) and not _is_prior(r) and not _damaged(r)
             and not any(c in _z(r["label"]) for c in _CHANGE + _DECREASE) and m.group(1) in _clause(r)]
    return (a, cands[-1]) if cands else None


_DATED_LEVEL = re.compile(r"^(?:19|20)\d{2}年")
_THIS_YEAR_CHANGE = re.compile(r"^(?:今年|本年)")


def _dated_before_this_year(level: dict, inc: dict) -> bool:
    """`2023年全县补助5666人次，今年增加518人次，增长9.1%`: a level whose clause opens on a year, then a change said
    of 今年 in the clause after it: the two clauses speak of two years, the level is the earlier one (the base
    itself), not the current level the change is part of (`2024年全县补助6184人次，比上年增加518人次` is)."""
    return _DATED_LEVEL.match(_z(level["label"]).lstrip(" ,，;；")) is not None \
        and _THIS_YEAR_CHANGE.match(_z(inc["label"]).lstrip(" ,，;；")) is not None


def _an_increase(r: dict) -> bool:
    """A figure printed as a change (增加1810元), not a level reached by one (由850元提高到900元)."""
    label = _z(r["label"])
    return any(c in label for c in _CHANGE) and _RAISED_TO.search(label) is None


def _years_apart_for_year_on_year(a: dict, b: dict, rep: dict) -> bool:
    """`收入由2016年的7125元增加到2020年的11258元，年均增长12.1%，其中2020年比上年增长9.1%`: a growth said on the
    year before (比上年, 同比) is not the change from A to B of a 由A到B whose years are more than one apart."""
    years = _years(a, b)
    between = _z(rep["sentence"])[b["pos"] + len(b["qtext"]):rep["pos"]]
    return years is not None and years[1] - years[0] > 1 and against_prior_year().search(between) is not None

_BI_REFERENCE = re.compile(r"比[^,，;；。比\d%]{1,24}$")


def _reference_of_gap(rep: dict) -> bool:
    """`增长12.6%，比全省农村居民人均可支配收入增速7.8%高4.8个百分点`: a growth printed between 比 and 高/低 is the
    reference of the gap, the growth of another subject, not that of the levels printed before it."""
    return _BI_REFERENCE.search(_z(rep["label"])) is not None \
        and _bi_tail().match(_z(rep.get("ctx_after") or "")) is not None


def _growth(recs: list[dict], rep: dict, w) -> dict:
    if _reference_of_gap(rep):
        return _result(w["rate"], "growth", rep, None, None, None, None,
                       f"{w['word']}: the reference of a gap printed as 比…高/低; its levels are not printed")
    before = [r for r in _before(recs, rep) if _ok(r)]
    inc = before[0] if before and any(c in _z(before[0]["label"]) for c in _CHANGE) else None
    if inc is not None:
        level = next((r for r in before[1:] if r["unit"] == inc["unit"] and not _an_increase(r)), None)
        if level is not None and level["sent_start"] == inc["sent_start"] and level["value"] > inc["value"]:
            if _damaged(level) or _damaged(inc):
                return _result(w["rate"], "growth", rep, inc, level, None, None, "a component may be cut at a thousands space",
                               status="cannot_compute")
            w = _named(w, level)
            if _is_prior(level) or _dated_before_this_year(level, inc):
                # 比上年的23870万元增加1630万元, 增长6.8%: the level printed is the earlier one, the base itself
                v = inc["value"] / level["value"] * 100
                row = _result(w["rate"], "growth", rep, inc, level, v,
                              _corners(lambda d, l: d / l * 100, _iv(inc), _iv(level)),
                              f"{w['word']}: increase {fmt(inc)} over the earlier level {fmt(level)} printed as such"
                              f" = {v:.2f}% vs {fmt(rep)}")
                row["implied"] = f"previous level {show(inc['value'] / (rep['value'] / 100), level)}" if rep["value"] else ""
                return row
            v = inc["value"] / (level["value"] - inc["value"]) * 100
            civ = _corners(lambda d, l: d / (l - d) * 100, _iv(inc), _iv(level))
            row = _result(w["rate"], "growth", rep, inc, level, v, civ,
                          f"{w['word']}: increase {fmt(inc)} over the previous level {fmt(level)} - {fmt(inc)}"
                          f" = {v:.2f}% vs {fmt(rep)}")
            prev = level["value"] / (1 + rep["value"] / 100)
            row["implied"] = (f"previous level {show(level['value'] - inc['value'], level)}; {fmt(rep)} implies"
                              f" {show(prev, level)}")
            return row
    if inc is not None and inc is before[0] and not any(r["unit"] == inc["unit"] for r in before[1:]):
        level = _level_named_before(recs, inc)
        if level is not None:
            w = _named(w, level)
            v = inc["value"] / (level["value"] - inc["value"]) * 100
            civ = _corners(lambda d, l: d / (l - d) * 100, _iv(inc), _iv(level))
            return _result(w["rate"], "growth", rep, inc, level, v, civ,
                           f"{w['word']}: increase {fmt(inc)} of the level {fmt(level)} its subject names in the"
                           f" sentences before = {v:.2f}% vs {fmt(rep)}")
    # an earlier level printed as such (2022年为B), else the two levels of a 由A增加到B
    prior = _prior_pair(before, recs) or _prior_with_subject(recs, before) or _yearly_series_pair(rep, before)
    pair = prior if prior is not None else _levels(recs, rep)
    if prior is None and pair is not None and _years_apart_for_year_on_year(*pair, rep):
        pair = None
    if pair is not None:
        a, b = pair
        w = _named(w, b)
        v = (b["value"] / a["value"] - 1) * 100
        how = (f"{fmt(b)} over the earlier level {fmt(a)} printed as such" if prior is not None
               else f"from {fmt(a)} to {fmt(b)}")
        return _result(w["rate"], "growth", rep, b, a, v, _corners(lambda x, y: (y / x - 1) * 100, _iv(a), _iv(b)),
                       f"{w['word']}: {how} = {v:.2f}% vs {fmt(rep)}")
    level = next((r for r in before if not any(c in _z(r["label"]) for c in _CHANGE)), None)
    nxt = next((r for r in recs if r["sent_start"] == rep["sent_start"] and r["start"] > rep["start"]), None)
    if level is not None and nxt is not None and _ok(nxt) and nxt["unit"] == level["unit"] \
            and (_is_prior(nxt) or _prior_in_brackets(rep, nxt)) \
            and nxt["value"] > 0 and not _is_prior(level) and not _damaged(nxt) and not _damaged(level) \
            and sum(_z(rep["sentence"])[rep["pos"]:nxt["pos"]].count(p) for p in _CLAUSE_BREAKS) <= 1:
        # 贷款金额3367.8万元, 同比增长8.7%, 上年为3098.2万元: the earlier level printed right after the rate
        w = _named(w, level)
        v = (level["value"] / nxt["value"] - 1) * 100
        return _result(w["rate"], "growth", rep, level, nxt, v, _corners(lambda x, y: (y / x - 1) * 100, _iv(nxt), _iv(level)),
                       f"{w['word']}: {fmt(level)} over the earlier level {fmt(nxt)} printed after it = {v:.2f}% vs {fmt(rep)}")
    w = _named(w, level)
    prev = _round_like(level["value"] / (1 + rep["value"] / 100), level) if level is not None and rep["value"] > -100 else None
    return _result(w["rate"], "growth", rep, level, None, None, None,
                   f"{w['word']}: the previous level is not printed" + (
                       f"; {fmt(rep)} on {fmt(level)} implies a previous level of {show(prev, level)}" if prev is not None else ""),
                   implied=f"previous level {show(prev, level)}" if prev is not None else "", implied_den=prev)


_PRIOR_IN_BRACKETS = re.compile(r"\s*[（(](?:(?:19|20)\d{2}年(?:同期)?|上年同期|去年同期|上年|去年)(?:为|是)?\s*$")


def _prior_in_brackets(rep: dict, nxt: dict) -> bool:
    """`同比增长12.7%（上年同期1.26亿元）`: a figure printed in brackets right after a growth, opened by the earlier
    time alone (上年同期, 2023年), is the earlier level; `（其中上年结转1.26亿元）` is not."""
    s = _z(rep["sentence"])
    return _PRIOR_IN_BRACKETS.fullmatch(s[rep["pos"] + len(rep["qtext"]):nxt["pos"]]) is not None


_INC_SUBJECT = re.compile(r"([\u4e00-\u9fff]{3,10}?)(?:同比|比上年|较上年)?(?:增加|新增|增长|多)了?$")


def _level_named_before(recs: list[dict], inc: dict) -> dict | None:
    """`本年支出6301.64万元 …。与上年相比，本年支出增加428.35万元，增长7.3%`: an increase alone in its sentence
    whose subject (the words before 增加, 本年支出) names a level printed in the sentences before: the latest
    figure of its unit there, no change, earlier level or average, whose clause shares the most word pairs
    with the subject (at least two, its head noun among them). One value, or None."""
    label = _z(inc["label"])
    clause = label[max(label.rfind(p) for p in _CLAUSE_BREAKS) + 1:]
    m = _INC_SUBJECT.search(clause)
    if m is None:
        return None
    subject = m.group(1)
    head, pairs = subject[-2:], _bigrams(subject)
    scored = []
    for r in _scope(recs, inc, _SCOPE_SENTENCES):
        if r["sent_idx"] == inc["sent_idx"] or r["unit"] != inc["unit"] or not _ok(r) or _is_prior(r) \
                or _per_head(r) or _damaged(r) or r["value"] <= inc["value"]:
            continue
        lab, after = _z(r["label"]), _z(r["clause_after"])
        lab = lab[max(lab.rfind(p) for p in _CLAUSE_BREAKS) + 1:]
        after = re.split(r"[,，;；:：。]", after)[0]
        if any(c in lab[-4:] for c in _CHANGE + _DECREASE):
            continue
        around = lab + "|" + after
        if head not in around:
            continue
        score = len(pairs & _bigrams(around))
        if score >= 2:
            scored.append((score, r))
    if not scored:
        return None
    top = max(sc for sc, _ in scored)
    best = [r for sc, r in scored if sc == top]
    return best[-1] if len({float(r["value"]) for r in best}) == 1 else None


_WHOLE_PREFIX = re.compile(r"^(?:全国|全省|全区|全市|全州|全盟|全县|全旗|全乡|全镇|本省|本市|本县)")


def _subject(recs: list[dict], r: dict) -> str:
    """What a percent is a rate of: the clause words of the amount printed just before it in its clause
    or the clause before (农村居民人均可支配收入11380元, 增长8.1% -> 农村居民人均可支配收入)."""
    prior = _prior_pair([x for x in _before(recs, r) if _ok(x)])
    # 收入14532元, 2022年为13419元, 增长8.3%: the current level, not the earlier one printed after it
    level = prior[1] if prior is not None else next(
        (x for x in _adjacent(recs, r) if x["unit"] not in ("percent", "percentage_point")), None)
    if level is not None and prior is None and _CHANGE_BEFORE.search(_z(level["label"])):
        # 收入19850元，比上年增加1262元，增长6.8%: the change is of the level printed right before it
        lead = _before(recs, level)[:1]
        if lead and lead[0]["unit"] == level["unit"] and not _CHANGE_BEFORE.search(_z(lead[0]["label"])):
            level = lead[0]
    if level is not None and _RISEN_TO.fullmatch(_z(level["label"]).strip(" ,，")):
        # 人均纯收入由上年的11630元增加到13280元，增长14.2%: the subject is named before the earlier level
        lead = _before(recs, level)[:1]
        if lead and lead[0]["unit"] == level["unit"]:
            return _FROM_EARLIER.sub("", _z(lead[0]["label"]))
    return _z(level["label"] if level is not None else r["label"])


_RISEN_TO = re.compile(r"(?:增加|增长|提高|上升|减少|下降|降低)(?:到|至)")
_FROM_EARLIER = re.compile(r"由(?:上年|去年|上一年|(?:19|20)\d{2}年(?:底|末)?)?的?$")


def _gap(recs: list[dict], rep: dict, w) -> dict:
    """增长8.1%, 增速高于城镇居民2.5个百分点: own figure minus the reference figure the words name, when
    exactly one earlier figure of the same kind is the reference's (its subject holds the name)."""
    label = _z(rep["label"])
    k = label.rfind(w["word"])
    named = _WHOLE_PREFIX.sub("", re.sub(r"(的|平均水平|平均|水平)+$", "", label[k + len(w["word"]):]))
    own = next((r for r in _adjacent(recs, rep) if r["unit"] == "percent" and r["lo"] == r["lo"]), None)
    own_w = find_word(own["label"], "percent") if own is not None else None
    none = _result(w["rate"], "gap", rep, None, None, None, None, f"{w['word']}: the reference figure is not printed")
    if own is None and re.search(r"(?:增速|增幅)$", label[:k]):
        # 搬迁群众收入增速高于全县农村居民4.5个百分点 in a sentence of its own: both rates printed before
        return _whole_gap(recs, rep, w, label[k + len(w["word"]):], None, find_word("增长", "percent")) or none
    if own_w is None or re.search(r"[\d%]", named):
        return none
    if len(named) < 2:
        return _whole_gap(recs, rep, w, label[k + len(w["word"]):], own, own_w) or none
    if named.endswith(tuple(cues()["requirement_words"])):
        return _requirement_gap(recs, rep, w, named, own) or none
    own_subject = _subject(recs, own)
    refs = []
    for r in _scope(recs, own, None):
        if r["unit"] != "percent" or r["lo"] != r["lo"] or r is own:
            continue
        rw = find_word(r["label"], "percent")
        subject = _subject(recs, r)
        if rw is None or rw["kind"] != own_w["kind"] or rw["rate"] != own_w["rate"] or named not in subject \
                or _head(subject) != _head(own_subject) or not _same_scope(r, own):
            continue
        refs.append((len(_bigrams(subject) & _bigrams(own_subject)), r))
    if not refs:
        return _whole_gap(recs, rep, w, label[k + len(w["word"]):], own, own_w) or none
    top = max(s for s, _ in refs)
    best = [r for s, r in refs if s == top]
    row = _gap_of(recs, rep, w, named, own, best)
    ref = best[-1]
    if row["status"] == "mismatch" and own["sent_idx"] - ref["sent_idx"] > _SCOPE_SENTENCES:
        row.update(status="ambiguous", note=row["note"] + f"; the reference stands more than {_SCOPE_SENTENCES}"
                   " sentences before: not asserted")
    return row


def _gap_of(recs: list[dict], rep: dict, w: dict, named: str, own: dict, refs: list[dict]) -> dict:
    """The gap row of ``own`` over the reference figures found for it: ambiguous when they differ."""
    if len({float(r["value"]) for r in refs}) != 1:
        return _result(w["rate"], "gap", rep, own, None, None, None,
                       f"{w['word']}{named}: more than one reference figure is possible, none is taken",
                       candidates="; ".join(fmt(r) for r in refs), status="ambiguous")
    ref = refs[-1]
    sign = _gap_sign(w)
    v = sign * (float(own["value"]) - float(ref["value"]))
    civ = _corners(lambda a, b: sign * (a - b), _iv(own), _iv(ref))
    row = _result(w["rate"], "gap", rep, own, ref, v, civ,
                  f"{w['word']}{named}: {fmt(own)} − {fmt(ref)} ({_subject(recs, ref)}) = {v:.2f} points vs {fmt(rep)}")
    row.update(numerator=float(own["value"]), denominator=float(ref["value"]))
    return row


def _requirement_gap(recs: list[dict], rep: dict, w: dict, named: str, own: dict) -> dict | None:
    """用于产业发展的资金占比不低于55%的要求, …占58.0%, 高于要求3.0个百分点: the reference is the percent the
    statement (its sentence and the one before, or those joined by ;) states as the requirement the gap
    words name (``requirement_words`` of data/checks.yaml): followed by 的 and the word, or holding the word in
    its clause. A bound (不低于55%) is taken at its printed figure: the requirement is that figure. One value."""
    word = next(x for x in cues()["requirement_words"] if named.endswith(x))
    sents = _statement_of(recs, own) | {own["sent_idx"] - 1}
    refs = []
    for r in recs:
        if r is own or r["unit"] != "percent" or r["lo"] != r["lo"] or r["start"] >= rep["start"] \
                or r["sent_idx"] not in sents or r["qualifier"] not in ("exact", "lower_bound"):
            continue
        after = _z(r.get("ctx_after") or "").lstrip()
        if re.match(r"的?[\u4e00-\u9fff]{0,4}" + word, after) or word in _z(r["label"]):
            refs.append({**r, "lo": float(r["value"]), "hi": float(r["value"])})
    if not refs:
        return None
    return _gap_of(recs, rep, w, named, own, refs)


_REF_TAIL = re.compile(r"(?:的|平均水平|平均|水平|增速|增幅|增长率|增长)+$")
_BARE_PLACE = re.compile(r"^[^\d]{1,4}(?:县|市|区|旗|州|盟)$")


def _whole_gap(recs: list[dict], rep: dict, w, after: str, own: dict, own_w) -> dict | None:
    """增速高于全省1.5个百分点, 高于全省农村居民人均可支配收入增速4.7个百分点: the reference is the rate of the
    same kind printed earlier in the article whose subject is the whole named (全省/全市/全县/全国) followed
    by the indicator: the one the words after the whole name begin, else the one the own subject ends with
    (金寨县农村居民人均可支配收入 -> 全省农村居民人均可支配收入). A bare place in a list (阜南县16972元) is read
    with the indicator of the nearest earlier item that names one. One reference value, or None."""
    named = _REF_TAIL.sub("", _z(after))
    m = _WHOLE_PREFIX.match(named)
    if m is None or re.search(r"[\d%]", named):
        return None
    whole, rest = m.group(0), named[m.end():]
    own_subject = _subject(recs, own) if own is not None else ""

    def names_whole(subject: str) -> bool:
        return subject.startswith(whole) and subject[len(whole):].startswith(rest) and len(subject) > len(whole) + 1

    if rest and (own is None or names_whole(own_subject)):
        # 收入16852元, 增长8.7%; 搬迁群众收入增速高于全县农村居民4.5个百分点: the rate before is the reference's;
        # the own rate is the one whose subject the words before the gap word name (搬迁群众收入)
        label = _z(rep["label"])
        pre = _REF_TAIL.sub("", label[:label.rfind(w["word"])])
        mine = [r for r in _scope(recs, own if own is not None else rep, _SCOPE_SENTENCES) if r["unit"] == "percent" and r["lo"] == r["lo"]
                and (find_word(r["label"], "percent") or {}).get("rate") == own_w["rate"]
                and not names_whole(_subject(recs, r)) and _head(_subject(recs, r)) == _head(pre)
                and len(_bigrams(_subject(recs, r)) & _bigrams(pre)) >= 3]
        if len(mine) != 1:
            return None
        own, own_subject, anchor = mine[0], _subject(recs, mine[0]), rep
    elif own is None:
        return None  # 增速高于全省平均水平0.8个百分点 with no rate of its own printed: nothing to set against
    else:
        anchor = own
    if not rest and _BARE_PLACE.match(own_subject):
        # the nearest earlier rate of the kind, a few sentences back, whose subject names an indicator
        first = next((r for r in reversed(_scope(recs, own, _SCOPE_SENTENCES)) if r["unit"] == "percent"
                      and r["lo"] == r["lo"] and (find_word(r["label"], "percent") or {}).get("rate") == own_w["rate"]
                      and not _BARE_PLACE.match(_subject(recs, r))), None)
        if first is None:
            return None
        own_subject = _subject(recs, first)
    def reference(r: dict, later: bool) -> bool:
        if r["unit"] != "percent" or r["lo"] != r["lo"] or r is own:
            return False
        rw = find_word(r["label"], "percent")
        if rw is None or rw["kind"] != own_w["kind"] or rw["rate"] != own_w["rate"]:
            return False
        subject = _LEAD_YEAR.sub("", _subject(recs, r))  # 2021年全省农村居民…: the year is no part of the name
        if not subject.startswith(whole) or not periods_compatible(r["period"], own["period"]):
            return False
        ind = _SUBJECT_TAIL.sub("", subject[len(whole):])
        if later:
            # the reference printed right after the gap: named in full or by its words in order
            # (比全省农村居民收入增速高0.7个百分点, 全省农村居民人均可支配收入40311元, 增长7.6%)
            return bool(rest) and len(ind) >= 2 and _head(ind) == _head(own_subject) == _head(rest) \
                and (ind.startswith(rest) or _in_order(rest, ind))
        # a rate word of its own (报账率, 完成率) names the indicator, whatever amount it is printed after:
        # 乡村建设类…报账率仅63.8%, 比全县平均水平低9.0个百分点 against 全县…累计报账18576.0万元, 报账率72.8%
        own_named = own_w["kind"] == "rate" and not rest and subject != own_subject
        if len(ind) < 2 or (_head(ind) != _head(own_subject) and not own_named):
            return False
        # 高于全省农村居民收入增速 names 全省农村居民人均可支配收入 by its words in order
        return own_named or ((ind.startswith(rest) or (len(rest) >= 4 and _head(ind) == _head(rest) and _in_order(rest, ind)))
                             if rest else own_subject.endswith(ind) and own_subject != subject)

    refs = [r for r in _scope(recs, anchor, None) if reference(r, False)]
    if not refs:
        # 增幅高于全市农村居民人均可支配收入增幅5.2个百分点；全市农村居民人均可支配收入20876元，增长6.2%: the
        # reference is the rate the next clauses print, in the gap's sentence or the one after
        refs = [r for r in recs if r["start"] > rep["start"] and rep["sent_idx"] <= r["sent_idx"] <= rep["sent_idx"] + 1
                and reference(r, True)]
        refs = refs[:1]
    return _gap_of(recs, rep, w, named, own, refs) if refs else None


_LEAD_YEAR = re.compile(r"^(?:19|20)[0-9]{2}年(?:度|末|底)?")


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` stand in ``long`` in order (农村居民收入 in 农村居民人均可支配收入)."""
    it = iter(long)
    return all(c in it for c in short)


# 为贷款余额的6.5%: a share of the whole its words name (four characters at least; not an earlier time's level)
_AS_SHARE_OF = re.compile(r"^[,，]?(?:约)?为([\u4e00-\u9fff]{4,12})的$")
_TIME_WORDS = re.compile(r"^(?:上年|去年|同期|上年同期|去年同期|(?:19|20)\d{2}年|计划|目标|任务)")
_INLINE_TAIL = re.compile(r"^(?:的)?(?:比例|比重|占比|水平|标准|序时进度|进度|要求|目标)?$")


@lru_cache(maxsize=1)
def _comparatives() -> dict[str, dict]:
    """比全省高0.4个百分点, 比城镇居民快1.9个百分点: the first character of each two-character gap word ending
    in 于 (data/rate_words.csv: 高于 → 高, 慢于 → 慢), with that word's row."""
    return {w["word"][0]: w for w in _word_rows() if w["kind"] == "gap" and len(w["word"]) == 2 and w["word"].endswith("于")}


@lru_cache(maxsize=1)
def _bi_gap() -> re.Pattern:
    """比全县平均水平低9.0个百分点, 比全省平均63.8%高9个百分点: a gap printed as 比 + reference + 高/低/快/慢."""
    return re.compile(rf"比([^,，;；。比\d%]{{0,20}}?)([{''.join(_comparatives())}])(?:出|了)?$")


@lru_cache(maxsize=1)
def _bi_tail() -> re.Pattern:
    """The words between a reference printed inside 比 … 高 and the points: （6.8%）高, 7.9%的水平高."""
    return re.compile(rf"[)）]?(?:的)?(?:平均水平|水平|平均)?([{''.join(_comparatives())}])(?:出|了)?")


def _change_word_in(text: str) -> bool:
    """Whether a word of change (提高, 增长, 下降 …: kinds pp_change, growth, decline) stands in the text
    (比上年提高: the 高 of 提高 is no comparative)."""
    return any(w["word"] in text for w in _word_rows() if w["kind"] in ("pp_change", "growth", "decline"))


def _gap_sign(w: dict) -> int:
    """-1 for a gap word of a lower figure (numerator_words "-": 低于, 慢于), else 1."""
    return -1 if w["numerator_words"] == "-" else 1


def _inline_gap(recs: list[dict], rep: dict) -> dict | None:
    """占62.2%, 高于自治区要求的55%比例7.2个百分点: the reference printed inside the gap words, right
    before the points; the own rate is the percent of the clause before it. Also 比 + reference + 高/低
    (增速比全省7.9%的水平高0.4个百分点, 增速比全省（6.8%）高0.4个百分点), and a chain of such comparisons after one
    rate (…，比全国（6.6%）高0.6个百分点): the own rate is the one before the chain. None when not so written."""
    label = _z(rep["label"]).strip()
    hi_lo = _bi_tail().fullmatch(label)
    if label and not _INLINE_TAIL.match(label) and hi_lo is None:
        return None
    before = [r for r in _before(recs, rep) if r["sent_start"] == rep["sent_start"]]
    if len(before) < 2 or before[0]["unit"] != "percent" or before[0]["lo"] != before[0]["lo"]:
        return None
    ref, rest, chained = before[0], before[1:], 0
    if hi_lo is not None:
        # 比全省（6.8%）高0.4个百分点，比全国（6.6%）高0.6个百分点: earlier comparisons of the chain are passed over
        while len(rest) >= 2 and rest[0]["unit"] == "percentage_point" and _bi_tail().fullmatch(_z(rest[0]["label"]).strip()) \
                and rest[1]["unit"] == "percent" and re.search(r"比[^,，;；。比\d%]{0,20}$", _z(rest[1]["label"])):
            rest, chained = rest[2:], chained + 1
    if not rest or rest[0]["unit"] != "percent" or rest[0]["lo"] != rest[0]["lo"]:
        return None
    own = rest[0]
    w = find_word(ref["label"], "percentage_point")
    bound = re.match(r"(高于|低于)", _z(ref["raw"]))
    if not _z(ref["label"]).strip() and bound is not None:
        # 支出率67.2%, 低于75%的序时进度7.8个百分点: the gap word read as the bound of the reference figure; the
        # reference is its printed figure
        w = next(x for x in _word_rows() if x["word"] == bound.group(1))
        dec = re.search(r"\d(?:\.(\d+))?%", _z(ref["raw"]))
        half = 0.5 * 10 ** -(len(dec.group(1)) if dec and dec.group(1) else 0)
        ref = {**ref, "label": bound.group(1), "lo": float(ref["value"]) - half, "hi": float(ref["value"]) + half}
    if hi_lo is not None and re.search(r"比[^,，;；。比\d%]{0,20}$", _z(ref["label"])):
        # 72.8%, 比全省平均63.8%高9个百分点: the reference between 比 and 高/低
        w = _comparatives()[hi_lo.group(1)]
    elif chained or w is None or w["kind"] != "gap" or not _z(ref["label"]).startswith(w["word"]):
        return None
    between = _z(rep["sentence"])[own["pos"] + len(own["qtext"]):ref["pos"]]
    if sum(between.count(p) for p in _CLAUSE_BREAKS) > 1 + chained:
        return None
    sign = _gap_sign(w)
    v = sign * (float(own["value"]) - float(ref["value"]))
    civ = _corners(lambda a, b: sign * (a - b), _iv(own), _iv(ref))
    row = _result(w["rate"], "gap", rep, own, ref, v, civ,
                  f"{_z(ref['label'])}{fmt(ref)}: {fmt(own)} − {fmt(ref)} = {v:.2f} points vs {fmt(rep)}")
    row.update(numerator=float(own["value"]), denominator=float(ref["value"]))
    return row


# the earlier level of a rate, printed as such: 比上年的95.1%, 较5月底的68.1%, 由上年的3.2%, 上年为92.5%
_PRIOR_RATE = re.compile(r"(?:(?:比|较|由|从)[^,，;；。%]{0,10}的|(?:(?:19|20)\d{2}年|上年|去年|同期)(?:末|底)?为)$")


def _pp_change(recs: list[dict], rep: dict, w) -> dict:
    """比上年的95.1%提高1.2个百分点 after 巩固率96.3%; 由上年的3.2%下降到1.1%, 下降2.1个百分点; 提高3.5个百分点,
    上年为92.5%: the rate printed before minus its earlier level printed as such beside it."""
    sign = -1 if w["numerator_words"] == "-" else 1
    none = _result(w["rate"], "pp_change", rep, None, None, None, None, f"{w['word']}: the earlier level is not printed")
    before = [r for r in _adjacent(recs, rep) if r["unit"] == "percent" and r["lo"] == r["lo"]]
    if before and before[0]["unit"] != "percent":
        return none
    own = prior = None
    if len(before) >= 2 and _PRIOR_RATE.search(_z(before[0]["label"])) and not _PRIOR_RATE.search(_z(before[1]["label"])):
        prior, own = before[0], before[1]
    elif len(before) >= 2 and any(t in _z(before[0]["label"])[-3:] for t in _TO) \
            and any(f in _z(before[1]["label"]) for f in _FROM) and _PRIOR_RATE.search(_z(before[1]["label"])):
        prior, own = before[1], before[0]  # 由上年的3.2%下降到1.1%, 下降2.1个百分点
    elif before and not _PRIOR_RATE.search(_z(before[0]["label"])):
        nxt = next((r for r in recs if r["sent_start"] == rep["sent_start"] and r["start"] > rep["start"]), None)
        between = _z(rep["sentence"])[rep["pos"] + len(rep["qtext"]):nxt["pos"]] if nxt is not None else ""
        if nxt is not None and nxt["unit"] == "percent" and nxt["lo"] == nxt["lo"] and _PRIOR_RATE.search(_z(nxt["label"])) \
                and sum(between.count(p) for p in _CLAUSE_BREAKS) <= 1:
            prior, own = nxt, before[0]  # 提高3.5个百分点, 上年为92.5%
    if own is None or own["sent_start"] != rep["sent_start"]:
        return none
    v = sign * (float(own["value"]) - float(prior["value"]))
    civ = _corners(lambda a, b: sign * (a - b), _iv(own), _iv(prior))
    row = _result(w["rate"], "pp_change", rep, own, prior, v, civ,
                  f"{w['word']}: {fmt(own)} − the earlier level {fmt(prior)} = {v:.2f} points vs {fmt(rep)}")
    row.update(numerator=float(own["value"]), denominator=float(prior["value"]))
    return row


_SUBJECT_TAIL = re.compile(r"(?:达到|达|为|是|共|约|增加|增长|提高|实现|有)+$")


def _head(subject: str) -> str:
    """The head noun of a subject: its last two characters once a trailing verb is dropped
    (脱贫户人均纯收入达到 -> 收入; 农村居民人均消费支出 -> 支出)."""
    return _SUBJECT_TAIL.sub("", subject)[-2:]


_TARGET_OF = re.compile(r"[)）]?的")


@lru_cache(maxsize=None)
def _group_counted() -> re.Pattern:
    """62个脱贫县, 11个设区市: a count of places, the counted noun one of units.csv whose unit is a place
    (checks.yaml place_units)."""
    places = set(cues()["place_units"])
    nouns = sorted({w.word for w in grammar().nouns.values() if w.unit in places}, key=len, reverse=True)
    return re.compile(rf"\d+个[\u4e00-\u9fff]{{0,12}}?(?:{'|'.join(map(re.escape, nouns))})")


def _of_group(r: dict) -> bool:
    """Whether the figure's clause, figures and all, names a counted group of units (45个重点帮扶县农村居民…)."""
    head = _z(r["sentence"])[:max(r["pos"], 0)]
    return _group_counted().search(head[max(head.rfind(p) for p in _CLAUSE_BREAKS) + 1:]) is not None


def _ratio_of_two(recs: list[dict], rep: dict, w) -> dict:
    """城乡居民收入比为2.76: the latest amount in scope named by a numerator word over the latest named by
    a base word, both of the measure the rate word ends with (收入); one of each, or nothing is said."""
    measure = w["word"][:-1] if w["word"].endswith("比") else w["word"][:2]
    scope = [r for r in _scope(recs, rep, _SCOPE_SENTENCES) if _ok(r) and r["unit"] == "CNY" and not _damaged(r)]

    def named(words: list[str]) -> list[dict]:
        return [r for r in scope if measure in _z(r["label"]) and any(x in _z(r["label"]) for x in words)]

    nums, dens = named(_words(w["numerator_words"])), named(_words(w["base_words"]))
    if nums and not _of_group(nums[-1]):
        # 45个重点帮扶县农村居民人均可支配收入15268元 is a group's income, no term of the whole's 城乡收入比
        dens = [r for r in dens if not _of_group(r)]
    if not nums or not dens or nums[-1] is dens[-1]:
        return _result(w["rate"], "ratio", rep, None, None, None, None, f"{w['word']}: the two amounts are not printed")
    num, den = nums[-1], dens[-1]
    # the period given to the ratio may be a reference year printed after it (比2015年的2.86): its place counts
    if not _same_scope(num, den) or not regions_compatible(num["region"], rep["region"]):
        return _result(w["rate"], "ratio", rep, num, den, None, None, f"{w['word']}: the amounts are of other places or periods")
    v = float(num["value"]) / float(den["value"])
    civ = _corners(lambda a, b: a / b, _iv(num), _iv(den))
    return _result(w["rate"], "ratio", rep, num, den, v, civ,
                   f"{w['word']}: {fmt(num)} / {fmt(den)} = {v:.3f} vs {fmt(rep)}")


def _target_base(recs: list[dict], rep: dict):
    """(target figure, rate word row) when the percent follows 的 right after a target the words name
    (完成年度目标任务16000人的93.5%), else None."""
    if rep["unit"] != "percent" or not _TARGET_OF.fullmatch(_z(rep["ctx_before"]).strip()):
        return None
    base = next((r for r in _before(recs, rep) if r["unit"] != "percent"), None)
    if base is None or not _ok(base) or base["value"] <= 0:
        return None
    label = _z(base["label"]).rstrip("(（ ")  # 完成年初计划(8000万元)的143.8%
    for w in _word_rows():
        if w["kind"] == "target" and label.endswith(w["word"]) and any(v in label for v in _words(w["numerator_words"])):
            return base, w
    return None


_NAMED_TARGET = re.compile(r"完成([^\d,，;；:：。、%的]{0,6}(?:预算|计划|目标|任务))的$")


def _named_target(recs: list[dict], rep: dict) -> dict | None:
    """`年初预算5620.00万元, …, 支出决算6012.47万元, 完成年初预算的107.0%`: a percent after 完成 + the name of a
    budget or plan + 的, with no figure between: the achieved figure is the nearest figure before it in its
    sentence (no change, no earlier level), the target the one figure of that unit in the sentence or the two
    before whose clause ends with the name. None when not so written or when the name fits several values."""
    m = _NAMED_TARGET.search(_z(rep["label"]))
    if rep["unit"] != "percent" or m is None or not _TARGET_OF.fullmatch(_z(rep["ctx_before"]).strip()[-1:]):
        return None
    name = m.group(1)
    w = next((x for x in _word_rows() if x["kind"] == "target" and name.endswith(x["word"])), None)
    if w is None:
        return None
    num = next((r for r in _before(recs, rep) if r["unit"] != "percent"), None)
    if num is None or not _ok(num) or _is_prior(num) or any(c in _z(num["label"])[-4:] for c in _CHANGE + _DECREASE) \
            or name in _z(num["label"])[-len(name) - 2:] or _damaged(num):
        return None
    out = _named_target_of(recs, rep, num, name, w)
    # 建设任务12.5万亩。…建成12.8万亩, 完成年度任务的102.4%: the name said with the time of the target (年度, 全年) is
    # printed without it; agreements only (the plain word may name another target)
    period = next((x for x in cues()["target_time_prefixes"] if name.startswith(x) and len(name) > len(x)), None)
    if out is None and period is not None:
        out = _named_target_of(recs, rep, num, name[len(period):], w)
        return out if out is not None and out["status"] == "match" else None
    return out


def _named_target_of(recs: list[dict], rep: dict, num: dict, name: str, w) -> dict | None:
    """The rate of ``_named_target`` over the one figure of num's unit in num's sentence or the two before whose
    clause ends with ``name``; None when none or several values."""
    bases = [r for r in _scope(recs, num, 2) if r["unit"] == num["unit"] and _ok(r) and not _damaged(r)
             and _z(r["label"]).rstrip("(（ 为是").endswith(name)]
    if len({float(r["value"]) for r in bases}) != 1 or not _same_scope(num, bases[-1]):
        return None
    return _ratio(w["rate"], "rate", rep, num, [bases[-1]], [bases[-1]],
                  f"完成{name}的: achieved {fmt(num)} over {name} {fmt(bases[-1])}")


def _target(recs: list[dict], rep: dict, base: dict, w) -> dict:
    """The achieved figure printed just before the target, in the same unit, over the target (the changes
    said of it between skipped: 务工5.12万人, 比上年增加0.21万人, 增长4.3%, 完成年度目标任务4.95万人的103.4%)."""
    num = next((r for r in _adjacent(recs, base) if _ok(r)), None)
    changed = lambda r: any(c in _z(r["label"])[-4:] for c in _CHANGE + _DECREASE)  # noqa: E731
    if num is None or (num["unit"] == base["unit"] and changed(num)):
        # the change and growth said of the achieved figure stand between: the level before them, in its unit
        near = [r for r in _before(recs, base) if not (r["unit"] in ("percent", "percentage_point") or changed(r))]
        skipped = [r for r in _before(recs, base) if near and r["start"] > near[0]["start"]]
        lvl = near[0] if near and skipped else None
        num = lvl if lvl is not None and _ok(lvl) and lvl["unit"] == base["unit"] and not _is_prior(lvl) \
            and any(r["unit"] == base["unit"] for r in skipped) else num
    why = f"{w['word']}{fmt(base)}的: target {fmt(base)}"
    if num is None or num["unit"] != base["unit"] or "其中" in _z(num["label"]) or not _same_scope(num, base):
        return _result(w["rate"], "rate", rep, None, base, None, None, why + "; the achieved figure is not printed just before it")
    return _ratio(w["rate"], "rate", rep, num, [base], [base], why + f", achieved {fmt(num)}")


def _decline(recs: list[dict], rep: dict, w) -> dict:
    """下降x%: decrease / (level + decrease) (218户, 较去年同期减少45户, 下降17.1%) or, from two levels,
    1 - end / start (从A下降到B); else the previous level the printed figure implies."""
    before = [r for r in _before(recs, rep) if _ok(r)]
    dec = before[0] if before and any(c in _z(before[0]["label"]) for c in _DECREASE) else None
    if dec is not None and _REACHED.search(_z(dec["label"]).strip()):
        # 86.5万人,2000年底减少到9.7万人,减少88.8%: a figure after 减少到 is the new level, the start is the
        # figure of its measure printed before it in the sentence
        start = next((r for r in before[1:] if r["unit"] == dec["unit"] and r["sent_start"] == dec["sent_start"]), None)
        dec = None
        if start is not None and _levels(recs, rep) is None and start["value"] > before[0]["value"] > 0 \
                and not any(c in _z(start["label"]) for c in _DECREASE + _CHANGE):
            a, b = start, before[0]
            v = (1 - b["value"] / a["value"]) * 100
            return _result(w["rate"], "growth", rep, b, a, v, _corners(lambda x, y: (1 - y / x) * 100, _iv(a), _iv(b)),
                           f"{w['word']}: from {fmt(a)} down to {fmt(b)} = {v:.2f}% vs {fmt(rep)}")
    if dec is not None:
        level = next((r for r in before[1:] if r["unit"] == dec["unit"]
                      and not any(c in _z(r["label"]) for c in _DECREASE + _CHANGE)), None)
        if level is not None and level["sent_start"] == dec["sent_start"]:
            if _damaged(level) or _damaged(dec):
                return _result(w["rate"], "growth", rep, dec, level, None, None,
                               "a component may be cut at a thousands space", status="cannot_compute")
            v = dec["value"] / (level["value"] + dec["value"]) * 100
            civ = _corners(lambda d, l: d / (l + d) * 100, _iv(dec), _iv(level))
            row = _result(w["rate"], "growth", rep, dec, level, v, civ,
                          f"{w['word']}: decrease {fmt(dec)} from the previous level {fmt(level)} + {fmt(dec)}"
                          f" = {v:.2f}% vs {fmt(rep)}")
            row["implied"] = f"previous level {show(level['value'] + dec['value'], level)}"
            return row
    pair = _levels(recs, rep)
    if pair is not None:
        a, b = pair
        if a["value"] > b["value"]:
            v = (1 - b["value"] / a["value"]) * 100
            return _result(w["rate"], "growth", rep, b, a, v, _corners(lambda x, y: (1 - y / x) * 100, _iv(a), _iv(b)),
                           f"{w['word']}: from {fmt(a)} down to {fmt(b)} = {v:.2f}% vs {fmt(rep)}")
    level = next((r for r in before if not any(c in _z(r["label"]) for c in _DECREASE + _CHANGE)), None)
    prev = _round_like(level["value"] / (1 - rep["value"] / 100), level) \
        if level is not None and 0 < rep["value"] < 100 else None
    return _result(w["rate"], "growth", rep, level, None, None, None,
                   f"{w['word']}: the previous level is not printed" + (
                       f"; {fmt(rep)} on {fmt(level)} implies a previous level of {show(prev, level)}" if prev is not None else ""),
                   implied=f"previous level {show(prev, level)}" if prev is not None else "", implied_den=prev)


_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _cagr(recs: list[dict], rep: dict, w) -> dict:
    pair, years = _levels(recs, rep), None
    prior = _prior_pair([r for r in _before(recs, rep) if _ok(r)]) if pair is None else None
    if prior is not None:
        # 2019年…人均纯收入达到9636元, 比2015年的2865元年均增长35.4%: the earlier level printed as such, with its
        # year; the current level's year is the last one printed before it in the sentence
        a, b = prior
        ya, yb = _YEAR_AT_END.search(_z(a["label"])), _YEAR.findall(_z(b["sentence"])[:max(b["pos"], 0)])
        if ya and yb:
            pair, years = prior, (int(ya.group(1)), int(yb[-1]))
    if pair is None:
        return _result(w["rate"], "cagr", rep, None, None, None, None, f"{w['word']}: the two levels are not printed")
    a, b = pair
    w = _named(w, b)
    years = years or _years(a, b) or _parallel_years(recs, a)
    borrowed = False
    if not years:
        years = _years_of_paragraph(recs, a)
        borrowed = years is not None
    if not years or years[1] <= years[0]:
        return _result(w["rate"], "cagr", rep, b, a, None, None, f"{w['word']}: from {fmt(a)} to {fmt(b)}, the years are not stated")
    n = years[1] - years[0]
    v = ((b["value"] / a["value"]) ** (1 / n) - 1) * 100
    civ = _corners(lambda x, y: ((y / x) ** (1 / n) - 1) * 100, _iv(a), _iv(b))
    row = _result(w["rate"], "cagr", rep, b, a, v, civ,
                  f"{w['word']}: ({fmt(b)} / {fmt(a)})^(1/{n}) - 1 = {v:.3f}% ({years[0]}..{years[1]}) vs {fmt(rep)}")
    row["period"] = f"{years[0]}..{years[1]}"
    if borrowed:
        row["note"] += f"; the years are those of the change printed in the sentences before"
        if row["status"] == "mismatch":
            row.update(status="ambiguous", note=row["note"] + ": another span may be meant, not asserted")
    return row


_PARAGRAPH_BACK = 2  # sentences before a compound growth where the years of its paragraph's changes may stand


def _years_of_paragraph(recs: list[dict], a: dict) -> tuple[int, int] | None:
    """`地区生产总值由2020年的52.6亿元增加到2025年的71.8亿元, …。脱贫人口人均纯收入由9860元增加到19880元, 年均增长15.1%`:
    a change printed without years (or with its start year only, 由2020年的612万人次增长到1386万人次) in a sentence
    after one of the same paragraph that prints a 由YYYY年…到YYYY年 change: those years, when they are the only span
    there and agree with the start year printed; with no such change, a start year printed and a sentence before
    that opens with the year of its levels and compares them with that start year (2024年…比2020年的…): the span
    from the one to the other. Agreements only (the caller): the span is read, not printed."""
    block = a.get("block")
    text = "".join(dict.fromkeys(_z(r["sentence"]) for r in recs if 0 < a["sent_idx"] - r["sent_idx"] <= _PARAGRAPH_BACK
                                 and r.get("block") == block))
    spans = {(int(m.group(1)), int(m.group(2))) for m in _PARALLEL_CHANGE.finditer(text)}
    own = _YEAR_AT_END.search(_z(a["label"]))
    if not spans and own is not None:
        # `2024年全县…达到128.6亿元, 比2020年的98.0亿元增长31.2%…。…收入由2020年的10050元增加到14860元, 年均增长10.3%`:
        # the sentences before compare the levels of the year they open with with those of the start year printed
        # here; the change ends in that year (one such year only)
        spans = {(int(own.group(1)), int(m.group(1))) for m in _LEVELS_SINCE.finditer(text)
                 if m.group(2) == own.group(1)}
    if len(spans) != 1:
        return None
    span = spans.pop()
    if own is not None and int(own.group(1)) != span[0]:
        return None
    return span


# a sentence (or clause after ;) opening with the year of its levels that compares them with those of an earlier year
_LEVELS_SINCE = re.compile(r"(?:^|[。；;])\s*((?:19|20)\d{2})年[^。；;]{0,40}?比((?:19|20)\d{2})年")
_PARALLEL_CHANGE = re.compile(r"(?:由|从)((?:19|20)\d{2})年[^，,。；;]{0,24}?(?:增加|增长|提高|上升|扩大)(?:到|至)((?:19|20)\d{2})年")


def _parallel_years(recs: list[dict], a: dict) -> tuple[int, int] | None:
    """`地区生产总值由2020年的52.6亿元增加到2025年的71.8亿元, 年均增长6.4%; 农村…收入由12934元增加到18960元,
    年均增长7.9%`: a change printed without years takes those of the change written before it in its statement
    (the same sentence, or one the previous ends with ; and runs on into)."""
    k, sents = _statement_start(recs, a)
    text = "".join(sents.get(i, "") for i in range(k, a["sent_idx"])) + _z(a["sentence"])[:max(a["pos"], 0)]
    span = None
    for m in _PARALLEL_CHANGE.finditer(_z(text)):
        span = m
    return (int(span.group(1)), int(span.group(2))) if span else None


def _whole_by_fit(recs: list[dict], rep: dict, row: dict) -> dict:
    """A share (or rate) whose part is found but whose whole is printed further back than its words reach:
    `全市共识别…贫困户20.87万户…。…从致贫原因看, 因病致贫9.32万户, 占44.7%; 缺资金4.16万户, 占19.9%`,
    `全省…共完成…培训3.62万人…。…延边州、白城市、松原市分别培训1.12万人…, 分别占全省的30.9%…`. Of the
    earlier figures of the part's unit in the article (larger than the part, of its place and period), the
    one value on which the printed figure holds (computed from the printed values) is taken. Agreement only: when none holds, or several
    values do, the row stays as it was, so a whole found this way never makes an alarm."""
    if row["status"] != "reported_only" or not row["numerator_fact_ids"] or row["denominator_fact_ids"] \
            or not 0 < float(rep["value"]) < 100:
        return row
    part = recs_by_id(recs).get(row["numerator_fact_ids"])
    if part is None or not _ok(part) or _damaged(part):
        return row
    earlier = [r for r in recs if r["start"] < part["start"] and r is not part and _ok(r) and not _damaged(r)
               and r["unit"] == part["unit"] and r["value"] > part["value"]
               and (not _per_head(r) or _per_head(part)) and (_same_scope(r, part) or _whole_encloses(r, part))]
    # the printed figures themselves must give it (to its last digit), not merely their rounding intervals:
    # a search over many figures would otherwise find one by chance
    lo, hi = _iv(rep)
    fits = [r for r in earlier if lo - 1e-9 <= float(part["value"]) / float(r["value"]) * 100 <= hi + 1e-9]
    if len({float(r["value"]) for r in fits}) != 1:
        return row
    b = fits[-1]
    v = float(part["value"]) / float(b["value"]) * 100
    why = row["note"].split("; the base is not printed")[0]
    return _result(row["rate"], row["kind"], rep, part, b, v, _corners(lambda n, d: n / d * 100, _iv(part), _iv(b)),
                   f"{why}: {fmt(part)} / {fmt(b)} = {v:.2f}% vs {fmt(rep)}; the whole is printed further back:"
                   f" of the {len(earlier)} earlier figures of its unit, the printed figure holds on this one only",
                   candidates=f"{fmt(part)} / {fmt(b)} = {v:.2f}%")


def _contribution(recs: list[dict], rep: dict) -> dict | None:
    """`全省农村居民人均工资性收入8736元，比上年增加640元，…，拉动农村居民收入增长3.4个百分点`: a part's contribution to
    the growth of its whole, in points: the part's increase (the one change printed before it in its sentence) over
    the whole's earlier level, that is the whole's level less its increase, both printed in an earlier sentence whose
    clause names the whole (three shared character pairs; ``contribution_regex`` of data/checks.yaml) with the
    increase right after the level. A sentence that states a contribution itself holds a part, not the whole. None
    unless the increase and exactly one such whole are found."""
    rx = re.compile(cues()["contribution_regex"])
    m = rx.search(_z(rep["label"]))
    if m is None:
        return None
    incs = [r for r in recs if r["sent_start"] == rep["sent_start"] and r["start"] < rep["start"]
            and r["unit"] not in ("percent", "percentage_point") and _an_increase(r)]
    if len(incs) != 1 or not _ok(incs[0]) or _damaged(incs[0]):
        return None
    inc = incs[0]
    parts = {r["sent_start"] for r in recs if r["unit"] == "percentage_point" and rx.search(_z(r["label"]))}
    grams = _bigrams(m.group("whole"))
    wholes = []
    for i, r in enumerate(recs):
        if r["start"] >= rep["start"] or r["sent_start"] in parts or not _ok(r) or _damaged(r) or r["unit"] != inc["unit"] \
                or _an_increase(r) or _is_prior(r) or len(grams & _bigrams(_clause(r))) < 3 \
                or not periods_compatible(r["period"], rep["period"]) or not regions_compatible(r["region"], rep["region"]):
            continue
        nxt = next((x for x in recs[i + 1:] if x["sent_start"] == r["sent_start"]), None)
        if nxt is not None and _ok(nxt) and not _damaged(nxt) and nxt["unit"] == r["unit"] and _an_increase(nxt) \
                and 0 < nxt["value"] < r["value"]:
            wholes.append((r, nxt))
    if len({(float(a["value"]), float(b["value"])) for a, b in wholes}) != 1:
        return None
    level, rise = wholes[-1]
    v = inc["value"] / (level["value"] - rise["value"]) * 100
    civ = _corners(lambda d, lv, up: d / (lv - up) * 100, _iv(inc), _iv(level), _iv(rise))
    return _result("contribution_to_growth", "growth", rep, inc, level, v, civ,
                   f"拉动{m.group('whole')}增长: increase {fmt(inc)} over the whole's earlier level {fmt(level)} -"
                   f" {fmt(rise)} = {v:.2f} points vs {fmt(rep)}")


_AS_MUCH_AS = "相当于"
_AS_MUCH_TAIL = re.compile(r"(?:[(（]|的|平均水平|平均|水平)+$")


def _relative_level(recs: list[dict], rep: dict) -> dict | None:
    """`脱贫县农村居民人均可支配收入相当于全省农村居民平均水平的81.8%`; `全州…收入相当于全省平均水平(8090元)的96.6%`:
    a level over the whole's level of the same measure. The own level is the latest figure in scope (three
    sentences) whose clause names the words before 相当于 (three shared character pairs, its head noun, of
    the percent's period); the whole's, the figure in brackets right before 的, else the one figure in scope
    whose clause opens with the whole named (全省) and holds the measure's head noun. None when the words
    are not so written or a level is not found; a misfit is a mismatch only when the whole's level is the one
    printed in brackets (else another figure of the whole may be meant: ambiguous)."""
    label = _z(rep["label"])
    before = _before(recs, rep)
    ref = None
    if re.fullmatch(r"[)）]的", label.strip()) and before and _ok(before[0]) and _AS_MUCH_AS in _z(before[0]["label"]):
        ref, words = before[0], _z(before[0]["label"])
    elif _AS_MUCH_AS in label:
        words = label
    else:
        return None
    k = words.rfind(_AS_MUCH_AS)
    subject = re.sub(r"^[,，;；\s]+", "", words[:k])
    named = _AS_MUCH_TAIL.sub("", words[k + len(_AS_MUCH_AS):])
    if len(subject) < 4:
        return None
    grams = _bigrams(subject)

    def clause(r: dict) -> str:
        # 贫困县农民人均纯收入由1993年的462元增加到2000年的1386元: a figure whose clause opens right after the
        # figure before it has that one's words too
        text, cur = "", r
        for _ in range(3):
            own_words = _clause(cur).split("|")[0]
            text = own_words + text
            prev = next((x for x in _before(recs, cur)), None)
            if prev is None or any(p in _z(cur["ctx_before"]) for p in _CLAUSE_BREAKS):
                break
            cur = prev
        return text

    scope = [r for r in _scope(recs, rep, _SCOPE_SENTENCES) if _ok(r) and not _damaged(r)
             and r["unit"] not in ("percent", "percentage_point") and r is not ref]
    own_c = [(len(grams & _bigrams(clause(r))), r) for r in scope
             if _head(subject) in clause(r) and periods_compatible(r["period"], rep["period"], strict=True)
             and (ref is None or r["unit"] == ref["unit"])]
    own_c = [(n, r) for n, r in own_c if n >= 3]
    if not own_c:
        return None
    top = max(n for n, _ in own_c)
    owns = [r for n, r in own_c if n == top]
    if len({float(r["value"]) for r in owns}) != 1:
        return None
    own = owns[-1]
    explicit = ref is not None
    if ref is None:
        m = _WHOLE_PREFIX.match(named)
        if m is None:
            return None
        whole, ind = m.group(0), named[m.end():]
        refs = [r for r in scope if r is not own and r["unit"] == own["unit"] and whole in clause(r)
                and ind in clause(r) and _head(subject) in clause(r) and ("均" in clause(own)) == ("均" in clause(r))
                and periods_compatible(r["period"], own["period"], strict=True)
                and len(grams & _bigrams(clause(r))) < top]
        if len({float(r["value"]) for r in refs}) != 1:
            return None
        ref = refs[-1]
    if not ref["value"] or ref["unit"] != own["unit"]:
        return None
    v = float(own["value"]) / float(ref["value"]) * 100
    civ = _corners(lambda a, b: a / b * 100, _iv(own), _iv(ref))
    row = _result("relative_level", "share", rep, own, ref, v, civ,
                  f"{_AS_MUCH_AS}{named}: {fmt(own)} / {fmt(ref)} = {v:.2f}% vs {fmt(rep)}")
    if row["status"] == "mismatch" and not explicit:
        row.update(status="ambiguous", note=row["note"] + "; the whole's level is found by its words, not printed"
                   " with the share: not asserted")
    return row


def _statement_of(recs: list[dict], r: dict) -> set[int]:
    """The sentences of the statement holding ``r``: its own and those joined to it by ; either side."""
    k, sents = _statement_start(recs, r)
    out = {k}
    while sents.get(max(out), "")[-1:] in (";", "；") and max(out) + 1 in sents:
        out.add(max(out) + 1)
    return out


def _wholes_by_sum(recs: list[dict], rows: list[dict]) -> None:
    """`全市共识别…贫困户20.87万户…。…从致贫原因看, 因病致贫9.32万户, 占44.7%; 缺资金4.16万户, 占19.9%; 缺技术
    2.95万户, 占14.8%; …其他原因4.44万户, 占21.3%`: when the figures of the parts' unit in a statement of
    shares (with the 其余 one that has no share) add up to an earlier figure of that unit, that figure is
    the whole all its shares are of, wherever it is printed, and each share is checked on it (a share that
    does not hold on it is a mismatch: the parts pin the whole down). Shares whose whole was found
    otherwise (by their words or in their sentence) are left alone."""
    by_id = recs_by_id(recs)
    open_rows = [x for x in rows if x["kind"] == "share" and x["numerator_fact_ids"] in by_id
                 and (x["status"] == "reported_only" or "the whole is printed further back" in x["note"])]
    done: set[int] = set()
    for x in open_rows:
        if id(x) in done:
            continue
        part = by_id[x["numerator_fact_ids"]]
        sents = _statement_of(recs, part)
        group = [y for y in open_rows if by_id[y["numerator_fact_ids"]]["sent_idx"] in sents
                 and by_id[y["numerator_fact_ids"]]["unit"] == part["unit"]]
        done.update(id(y) for y in group)
        parts = [r for r in recs if r["article_id"] == part["article_id"] and r["sent_idx"] in sents
                 and r["unit"] == part["unit"] and _ok(r) and not _per_head(r)]
        if len(parts) < 2 or any(_damaged(r) or r["qualifier"] != "exact" for r in parts) \
                or not {y["numerator_fact_ids"] for y in group} <= {r["fact_id"] for r in parts}:
            continue
        lo, hi = sum(r["lo"] for r in parts), sum(r["hi"] for r in parts)
        first = min(r["start"] for r in parts)
        wholes = [r for r in recs if r["start"] < first and r["article_id"] == part["article_id"] and _ok(r)
                  and r["unit"] == part["unit"] and not _per_head(r) and overlaps((lo, hi), _iv(r))
                  and (_same_scope(r, part) or _whole_encloses(r, part))]
        if len({float(r["value"]) for r in wholes}) != 1:
            continue
        b = wholes[-1]
        for y in group:
            rep, num = by_id[y["reported_fact_id"]], by_id[y["numerator_fact_ids"]]
            v = float(num["value"]) / float(b["value"]) * 100
            why = y["note"].split("; the base is not printed")[0].split(": " + fmt(num) + " / ")[0]
            y.update(_result(y["rate"], "share", rep, num, b, v, _corners(lambda n, d: n / d * 100, _iv(num), _iv(b)),
                             f"{why}: {fmt(num)} / {fmt(b)} = {v:.2f}% vs {fmt(rep)}; the whole is printed further"
                             f" back: the {len(parts)} figures of its statement add up to it",
                             candidates=f"{fmt(num)} / {fmt(b)} = {v:.2f}%"))


def _share_pairs(recs: list[dict]) -> dict[str, dict]:
    """`A, B, 分别占x%和y%`: the parts before 分别 paired in order with the shares after it."""
    out: dict[str, dict] = {}
    for i, r in enumerate(recs):
        if r["unit"] != "percent" or "分别" not in _z(r["label"]):
            continue
        shares = [r] + [x for x in recs[i + 1:i + 8] if x["sent_start"] == r["sent_start"] and x["unit"] == "percent"
                        and not re.search(r"[,，;；。]", x["ctx_before"])]
        before = [x for x in _before(recs, r) if _ok(x)]
        parts = []
        for x in before:
            if parts and x["unit"] != parts[0]["unit"]:
                break
            parts.append(x)
            if len(parts) == len(shares):
                break
        if len(parts) == len(shares):
            out.update({s["fact_id"]: p for s, p in zip(shares, reversed(parts))})
            out.update({f"head:{s['fact_id']}": r for s in shares[1:]})
    return out


_RESPECTIVE_WORDS = re.compile(r"((?:[^，,。；;、和及]{1,12}(?:、|和|及))+[^，,。；;、和及]{1,12})分别(?:为|是|达到|达)$")


def _respective_word(recs: list[dict], rep: dict):
    """`开工率、完工率分别为95.3%、70.9%`: the k-th figure after 分别 takes the k-th rate word of the list before
    分别, not the word printed nearest (完工率 for both)."""
    same = [r for r in recs if r["sent_start"] == rep["sent_start"] and r["start"] <= rep["start"] and r["unit"] == rep["unit"]]
    first, k = rep, 0
    for r in reversed(same[:-1]):
        if _z(r["sentence"])[r["pos"] + len(r["qtext"]):first["pos"]].strip() not in ("、", "和", "及"):
            break
        first, k = r, k + 1
    m = _RESPECTIVE_WORDS.search(_z(first["ctx_before"]))
    if m is None:
        return None
    names = [n for n in re.split("、|和|及", m.group(1)) if n]
    if len(names) < 2 or k >= len(names):
        return None
    ws = [find_word(n, rep["unit"]) for n in names]
    return ws[k] if all(w is not None for w in ws) else None


_REFERENCE_IN_BRACKETS = re.compile(r"比(?:全国|全省|全区|全市|全州|全盟|全县)(?:平均水平|平均)?[（(]$")
"""A rate printed in brackets after the place a comparison is made with (比全省（6.8%）高0.4个百分点) is that
place's rate, which the subject's words before it (增速) do not state."""


def stated_rates(annotated: pd.DataFrame) -> pd.DataFrame:
    """One row per stated rate the grammar knows (columns of ``fupin.rates.RATE_COLUMNS``)."""
    rows = []
    for _, recs in by_article(annotated):
        pairs = _share_pairs(recs)
        named_bases: dict[str, dict] = {}  # the same words name the same whole within an article
        for rep in recs:
            if rep["unit"] not in ("percent", "percentage_point", "other:ratio") or rep["lo"] != rep["lo"]:
                continue
            if _REFERENCE_IN_BRACKETS.search(_z(rep["ctx_before"])):
                continue  # 增速比全省（6.8%）高0.4个百分点: the reference's own rate, not one of the subject's
            if rep["unit"] == "percent":
                level = _relative_level(recs, rep)
                if level is not None:
                    rows.append(level)
                    continue
            if rep["unit"] == "percentage_point":
                contribution = _contribution(recs, rep)
                if contribution is not None:
                    rows.append(contribution)
                    continue
            named_target = _named_target(recs, rep)
            if named_target is not None:
                rows.append(named_target)
                continue
            target = _target_base(recs, rep)
            if target is not None:
                rows.append(_target(recs, rep, *target))
                continue
            w = _respective_word(recs, rep) or find_word(rep["label"], rep["unit"])
            head = pairs.get(f"head:{rep['fact_id']}")
            if w is None and head is not None:
                # 分别占监测户总数的83.3%和62.3%: the later shares of a 分别 list are read with the first's words
                w = find_word(head["label"], head["unit"])
                rep = {**rep, "label": head["label"]}
            as_of = _AS_SHARE_OF.match(_z(rep["label"]).strip()) if w is None and rep["unit"] == "percent" else None
            if as_of is not None and not _TIME_WORDS.match(as_of.group(1)):
                # 安排风险补偿金18.6亿元, 为贷款余额的6.5%: read as 占贷款余额的
                w = next(x for x in _word_rows() if x["word"] == "占")
                rep = {**rep, "label": "占" + as_of.group(1) + "的"}
            if rep["unit"] == "percentage_point" and w is not None and w["kind"] == "pp_change":
                bi = _bi_gap().search(_z(rep["label"]))
                if bi is not None and bi.group(1) and not _TIME_WORDS.match(bi.group(1)) \
                        and _WHOLE_PREFIX.match(bi.group(1)) and w["word"] in bi.group(1) \
                        and bi.group(1).rfind(w["word"]) + len(w["word"]) == len(bi.group(1)):
                    # 比全省农村居民收入增速高0.7个百分点: the growth word names the reference (its 增速), the gap is 高
                    w = None
                elif bi is not None and bi.group(1) and not _TIME_WORDS.match(bi.group(1)) \
                        and _z(rep["label"]).rfind(w["word"]) < bi.start() and not _change_word_in(bi.group(0)):
                    # 农村居民收入增速比城镇居民快1.9个百分点: the growth word, before 比, is the subject's own; the
                    # comparison with another subject (not an earlier time) is a gap
                    w = None
            if w is None and rep["unit"] == "percentage_point":
                bi = _bi_gap().search(_z(rep["label"]))
                if bi is not None and bi.group(1):
                    # 比全县平均水平低9.0个百分点: read as 低于全县平均水平 (比城镇居民快: 快于城镇居民)
                    w = _comparatives()[bi.group(2)]
                    word = w["word"]
                    rep = {**rep, "label": _z(rep["label"])[:bi.start()] + word + bi.group(1)}
            if w is None and rep["unit"] == "percentage_point":
                inline = _inline_gap(recs, rep)
                if inline is not None:
                    rows.append(inline)
                    continue
            if w is None:
                whole = _whole_inside_share(recs, rep) or _share_of_noun_after(recs, rep) or _allotted_share(recs, rep)
                if whole is not None:
                    rows.append(whole)
                continue
            kind = w["kind"]
            if kind == "rate":
                w = _completed_word(recs, rep, w)
                rows.append(_respective_rate(recs, rep, w) or _respective_picked(recs, rep, w)
                            or _whole_by_fit(recs, rep, _rate(recs, rep, w)))
            elif kind == "share":
                rows.append(_whole_by_fit(recs, rep, _share(recs, rep, w, pairs, named_bases)))
            elif kind == "growth":
                rows.append(_growth(recs, rep, w))
            elif kind == "cagr":
                rows.append(_cagr(recs, rep, w))
            elif kind == "decline":
                rows.append(_decline(recs, rep, w))
            elif kind == "ratio":
                rows.append(_ratio_of_two(recs, rep, w))
            elif kind == "pp_change":
                rows.append(_pp_change(recs, rep, w))
            elif kind == "real_growth":
                rows.append(_result(w["rate"], "growth", rep, None, None, None, None,
                                    f"{w['word']}: a growth at constant prices; the price index is not printed"))
            else:
                rows.append(_gap(recs, rep, w))
        _wholes_by_sum(recs, [x for x in rows if x["article_id"] == recs[0]["article_id"]])
    return pd.DataFrame(rows)
