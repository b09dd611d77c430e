"""Rates recomputed from a facts table and reconciled with the rates the text reports.

Works on the facts table alone (columns of ``fupin.model.FACT_COLUMNS``), so it applies to any
article the extractor reads. The rates are rows of ``data/rates.csv``; rates the text states after a
rate word are read by the rate grammar (``fupin.stated_rates``, ``data/rate_words.csv``). The layer
that places each fact in its sentence (``annotate``), the rounding intervals and period matching live
in ``fupin.scopes`` (re-exported here) and are shared with ``fupin.checks``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from .paths import data_file
from .scopes import (CLAUSE_PUNCT, COUNT_UNITS, TERMINAL, annotate, by_article, clean_raw, cues, evidence,  # noqa: F401
                     fmt, interval, is_generic, iv, overlaps, period_years, periods_compatible, place,
                     ratio_interval, regions_compatible, single_year, _step)

RATE_COLUMNS = [
    "rate", "article_id", "region", "period", "numerator", "denominator", "numerator_fact_ids",
    "denominator_fact_ids", "computed", "reported", "reported_fact_id", "difference_pp", "status",
    "implied_denominator", "evidence", "kind", "candidates", "implied", "note",
]


# ---------------------------------------------------------------- configuration

def load_rates() -> pd.DataFrame:
    """The rate definitions of ``data/rates.csv`` (empty cells as '')."""
    return pd.read_csv(data_file("rates.csv"), comment="#", dtype=str, keep_default_na=False)


def _split(cell: str) -> list[str]:
    return [x for x in str(cell).split("|") if x]


# ---------------------------------------------------------------- rates

@dataclass
class _Rule:
    name: str
    kind: str
    numerator: list[str]
    denominator: list[str]
    reported: list[str]
    reported_kw: list[str]
    numerator_kw: list[str]
    denominator_kw: list[str]
    numerator_unit: list[str]
    denominator_unit: list[str]
    scale: float
    share: bool

    @classmethod
    def of(cls, r: pd.Series) -> "_Rule":
        return cls(r["name"], r["kind"], _split(r["numerator"]), _split(r["denominator"]),
                   _split(r["reported"]), _split(r["reported_keywords"]), _split(r["numerator_keywords"]),
                   _split(r["denominator_keywords"]), _split(r["numerator_unit"]),
                   _split(r["denominator_unit"]), float(r["scale"] or 1), r["share"] == "yes")


def _takes_role(row, indicators: list[str], keywords: list[str], units: list[str]) -> bool:
    """A fact takes a role by its indicator, or, when its indicator is generic, by unit and words."""
    if row["indicator"] in indicators:
        return True
    if not is_generic(row["indicator"]) or not keywords:
        return False
    if units and row["unit"] not in units:
        return False
    return any(k in row["local"] for k in keywords)


def _records(g) -> list:
    """The fact rows of an article as dicts (computed once per article, not once per rule)."""
    return g if isinstance(g, list) else g.to_dict("records")


def _reported_candidates(g, rule: _Rule) -> list:
    out = []
    for r in _records(g):
        if r["unit"] not in ("percent", "") and rule.scale == 100:
            continue
        if r["indicator"] in rule.reported or (
                rule.reported_kw and (is_generic(r["indicator"]) or rule.numerator == ["@preceding"])
                and any(k in r["label"] for k in rule.reported_kw)):
            out.append(r)
    return out


def _distance(a, b) -> tuple[int, int, int]:
    return abs(int(a["sent_idx"]) - int(b["sent_idx"])), 0 if b["start"] <= a["start"] else 1, abs(int(a["start"]) - int(b["start"]))


def _best(cands: list, anchor, max_sent: int | None, exclude: set[str], strict: bool = False):
    ok = [c for c in cands if c["fact_id"] not in exclude and not pd.isna(c["lo"])
          and regions_compatible(c["region"], anchor["region"])
          and periods_compatible(c["period"], anchor["period"], strict=strict)
          and (max_sent is None or abs(int(c["sent_idx"]) - int(anchor["sent_idx"])) <= max_sent)]
    return min(ok, key=lambda c: _distance(anchor, c)) if ok else None


def _round_implied(x: float, lo: float, hi: float, count: bool) -> float:
    if count:
        return float(round(x))
    width = max(hi - lo, abs(x) * 1e-6)
    return float(round(x, -int(math.floor(math.log10(width)))))


def _row(rule: _Rule, n, d, rep, computed_iv, evidence_rows) -> dict:
    if rep is not None and pd.isna(rep["value"]):
        rep = None  # a printed rate whose digits were lost (**.6%) states nothing to compare
    computed = None
    if computed_iv is not None and n is not None and d is not None:
        computed = float(n["value"]) / float(d["value"]) * rule.scale if d["value"] else None
    reported = float(rep["value"]) if rep is not None else None
    rep_iv = iv(rep) if rep is not None else None
    if computed is not None and rep is not None:
        status = "match" if overlaps(computed_iv, rep_iv) else "mismatch"
    elif computed is not None:
        status = "computed_only"
    else:
        status = "reported_only"
    implied = None
    if rep is not None and n is not None and reported and status != "match":
        x = float(n["value"]) / (reported / rule.scale)
        lo = float(n["lo"]) / (rep_iv[1] / rule.scale) if rep_iv[1] else x
        hi = float(n["hi"]) / (rep_iv[0] / rule.scale) if rep_iv[0] > 0 else x
        d_unit = d["unit"] if d is not None else (rule.denominator_unit[0] if rule.denominator_unit else "")
        implied = _round_implied(x, lo, hi, d_unit in COUNT_UNITS or (d is None and n["unit"] in COUNT_UNITS))
    anchor = rep if rep is not None else n
    return {
        "rate": rule.name, "article_id": anchor["article_id"], "region": anchor["region"],
        "period": (n if n is not None else anchor)["period"],
        "numerator": float(n["value"]) if n is not None else None,
        "denominator": float(d["value"]) if d is not None else None,
        "numerator_fact_ids": n["fact_id"] if n is not None else "",
        "denominator_fact_ids": d["fact_id"] if d is not None else "",
        "computed": computed, "reported": reported,
        "reported_fact_id": rep["fact_id"] if rep is not None else "",
        "difference_pp": computed - reported if computed is not None and reported is not None else None,
        "status": status, "implied_denominator": implied,
        "evidence": evidence([r for r in evidence_rows if r is not None]),
    }


def _ratio_rows(g: pd.DataFrame, rule: _Rule) -> list[dict]:
    recs = _records(g)
    nums = [] if rule.numerator == ["@preceding"] else [
        r for r in recs if _takes_role(r, rule.numerator, rule.numerator_kw, rule.numerator_unit)]
    dens = [r for r in recs if _takes_role(r, rule.denominator, rule.denominator_kw, rule.denominator_unit)]
    out, used = [], set()
    for rep in _reported_candidates(g, rule):
        if rule.numerator == ["@preceding"]:
            before = [r for r in recs if r["sent_start"] == rep["sent_start"] and r["start"] < rep["start"]
                      and r["unit"] not in ("percent", "percentage_point") and not pd.isna(r["lo"])]
            n = before[-1] if before else None
            target = None
            if n is not None and _takes_role(n, rule.denominator, rule.denominator_kw, rule.denominator_unit):
                # 务工就业22.6万人，年度目标任务是20.8万人，完成了目标任务的108.7%: the figure right before is the
                # target itself; what was achieved is the figure of its unit before it
                done = [r for r in before[:-1] if r["unit"] == n["unit"]]
                if done:
                    n, target = done[-1], n
        else:
            # the counts a stated rate is built on stand in its own sentence
            n, target = _best(nums, rep, 0, set()), None
        if n is None and rep["unit"] != "percent":
            continue  # a stated per-unit amount alone says nothing about this rate
        d = target or _best(dens, n if n is not None else rep, None, {n["fact_id"]} if n is not None else set())
        if n is not None:
            used.add(n["fact_id"])
        civ = ratio_interval(iv(n), iv(d), rule.scale) if n is not None and d is not None else None
        out.append(_row(rule, n, d, rep, civ, [n, d, rep]))
    for n in nums:
        if n["fact_id"] in used or pd.isna(n["lo"]):
            continue
        # a rate the text does not state pairs figures of one sentence and one place only (江苏省's 18.6亿元
        # over the 1128 projects of both provinces is no funds per project)
        cands = [d for d in dens if (not rule.share or d["value"] >= n["value"]) and d["region"] == n["region"]]
        d = _best(cands, n, 0, {n["fact_id"]}, strict=True)
        if d is None or not d["value"]:
            continue
        out.append(_row(rule, n, d, None, ratio_interval(iv(n), iv(d), rule.scale), [n, d]))
    return out


def _growth_rows(g: pd.DataFrame, rule: _Rule) -> list[dict]:
    recs = _records(g)
    levels = [r for r in recs if r["indicator"] in rule.numerator and not pd.isna(r["lo"])]
    out = []
    for region in sorted({r["region"] for r in levels}):
        by_year: dict[int, object] = {}
        for r in levels:
            y = single_year(r["period"])
            if r["region"] == region and y is not None:
                cur = by_year.get(y)
                # one level per year: the most precise statement, then the first in the text
                if cur is None or (r["hi"] - r["lo"]) < (cur["hi"] - cur["lo"]):
                    by_year[y] = r
        years = sorted(by_year)
        for y0, y1 in zip(years, years[1:]):
            a, b = by_year[y0], by_year[y1]
            span = y1 - y0
            comp = ((b["value"] / a["value"]) ** (1 / span) - 1) * 100 if a["value"] else None
            if comp is None:
                continue
            lo = ((b["lo"] / a["hi"]) ** (1 / span) - 1) * 100
            hi = ((b["hi"] / a["lo"]) ** (1 / span) - 1) * 100 if a["lo"] > 0 else math.inf
            rep = next((r for r in _reported_candidates(g, rule)
                        if r["region"] == region and periods_compatible(r["period"], b["period"], strict=True)), None)
            row = _row(rule, b, a, rep, (lo, hi), [a, b, rep])
            row["computed"] = comp
            row["difference_pp"] = comp - row["reported"] if row["reported"] is not None else None
            row["period"] = f"{a['period']}..{b['period']}"
            out.append(row)
    used = {r["reported_fact_id"] for r in out}
    for rep in _reported_candidates(g, rule):
        if rep["fact_id"] in used:
            continue
        before = [r for r in recs if r["sent_start"] == rep["sent_start"] and r["start"] < rep["start"]
                  and (r["indicator"] in rule.numerator or (is_generic(r["indicator"]) and r["unit"] in rule.numerator_unit))]
        n = before[-1] if before else None
        row = _row(rule, n, None, rep, None, [n, rep])
        if n is not None and rep["value"] > -100:
            base = float(n["value"]) / (1 + float(rep["value"]) / 100)
            row["implied_denominator"] = _round_implied(base, base, base, n["unit"] in COUNT_UNITS) \
                if n["unit"] in COUNT_UNITS else float(round(base, max(0, -int(math.floor(math.log10(max(_step(n["raw"], n["value"])[1], 1e-9)))))))
        out.append(row)
    return out


def compute_rates(facts: pd.DataFrame, rates: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every rate of ``data/rates.csv`` the facts allow, one row per article, region and period.

    Numerator and denominator come from the same article with compatible region and period; a rate
    the text states is reconciled with the recomputed one (``match`` within the rounding of the
    stated figure, else ``mismatch`` with the denominator the stated rate implies)."""
    f = annotate(facts)
    rules = [_Rule.of(r) for _, r in (load_rates() if rates is None else rates).iterrows() if r["kind"] != "stated"]
    rows: list[dict] = []
    for _, recs in by_article(f):
        for rule in rules:
            rows.extend(_growth_rows(recs, rule) if rule.kind == "growth" else _ratio_rows(recs, rule))
    # a rate the text states after a rate word is read by the rate grammar (fupin.stated_rates), which
    # names its numerator and base; the rule rows keep the rates the text does not state
    from .stated_rates import stated_rates
    stated = stated_rates(f)
    rows = [r for r in rows if not len(stated) or r["reported_fact_id"] not in set(stated["reported_fact_id"])]
    for r in rows:
        r.setdefault("kind", "ratio" if r["denominator_fact_ids"] else "")
    out = pd.DataFrame(rows + stated.to_dict("records"), columns=RATE_COLUMNS)
    if out.empty:
        return out
    for col in ("kind", "candidates", "implied", "note"):
        out[col] = out[col].fillna("").astype(str)
    # the same rate of one article, region and period: keep the most precise statement
    out["_w"] = [0 if s in ("match", "mismatch", "reported_only", "ambiguous", "cannot_compute") else 1
                 for s in out["status"]]
    out = out.sort_values(["rate", "article_id", "region", "period", "_w", "numerator_fact_ids"], kind="stable")
    keep = out["_w"].eq(0) | ~out.duplicated(["rate", "article_id", "region", "period"])
    out = out[keep].drop(columns="_w").reset_index(drop=True)
    for col in ("numerator", "denominator", "computed", "reported", "difference_pp", "implied_denominator"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    return out
