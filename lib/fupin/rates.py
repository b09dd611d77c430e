"""Rates recomputed from a facts table and reconciled with the rates the text reports.

Works on the facts table alone (columns of ``fupin.model.FACT_COLUMNS``), so it applies to any
article the extractor reads. The rates are rows of ``data/rates.csv``. The helpers that place each
fact in its sentence (``annotate``), the rounding intervals (``interval``) and period matching are
shared with ``fupin.checks``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import yaml

from .paths import data_file

RATE_COLUMNS = [
    "rate", "article_id", "region", "period", "numerator", "denominator", "numerator_fact_ids",
    "denominator_fact_ids", "computed", "reported", "reported_fact_id", "difference_pp", "status",
    "implied_denominator", "evidence", "kind", "candidates", "implied", "note",
]
COUNT_UNITS = {"project", "person", "person_time", "household", "village", "enterprise", "document",
               "item", "head"}
CLAUSE_PUNCT = ",，;；:：、。!！?？"
TERMINAL = "。！？!?；;"
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


# ---------------------------------------------------------------- configuration

@lru_cache(maxsize=None)
def cues() -> dict:
    """Structure cues of ``data/checks.yaml``."""
    with open(data_file("checks.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_rates() -> pd.DataFrame:
    """The rate definitions of ``data/rates.csv`` (empty cells as '')."""
    return pd.read_csv(data_file("rates.csv"), comment="#", dtype=str, keep_default_na=False)


def _split(cell: str) -> list[str]:
    return [x for x in str(cell).split("|") if x]


def is_generic(indicator: object) -> bool:
    """True when an indicator label says nothing specific (so units and words must decide)."""
    return re.fullmatch(cues()["generic_indicator_regex"], str(indicator or "")) is not None


# ---------------------------------------------------------------- quantities

@lru_cache(maxsize=None)
def _cc():
    import opencc
    return opencc.OpenCC("tw2s")


@lru_cache(maxsize=4096)
def clean_raw(raw: str) -> str:
    """The raw span as it reads in the clean text (pinyin glosses dropped, Simplified script)."""
    return _cc().convert(_GLOSS.sub("", str(raw)))


def _step(raw: str, value: float, unit: str = "") -> tuple[float, float]:
    """(resolution, significance step) of a stated number: 34.93 -> 0.01; 3800余万 -> step 100万;
    a plain integer count (137个) is exact."""
    m = _NUMBER.search(clean_raw(raw))
    if not m:
        return 0.0, 1.0
    num = float(m.group())
    mult = value / num if num else 1.0
    text = m.group()
    if "." in text:
        res = 10 ** -len(text.split(".")[1]) * mult
        return res, res
    digits = text.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    step = 10 ** zeros * mult
    # whole things are counted exactly; 86% or 27269万元 are rounded to their last digit
    return (0.0 if mult == 1 and unit in COUNT_UNITS else mult), step


def interval(value: float, raw: str, qualifier: str, value_high: float = math.nan,
             unit: str = "") -> tuple[float, float] | None:
    """Interval of true values a stated figure allows: half a unit of its last decimal when exact,
    the bounds words (余/多 = up to the next step, 以上/超 = open, 近 = below, 约 = about) otherwise."""
    if value is None or pd.isna(value):
        return None
    value = float(value)
    res, step = _step(raw, value, unit)
    q = str(qualifier or "exact")
    text = clean_raw(raw)
    if q == "lower_bound":
        if any(w in text for w in ("余", "多")):
            return value, value + step
        return value, math.inf
    if q == "upper_bound":
        return value - step, value
    if q == "approx":
        return value - step / 2, value + step / 2
    if q == "range":
        high = value_high if value_high is not None and not pd.isna(value_high) else value
        return value, float(high)
    return value - res / 2, value + res / 2


def overlaps(a: tuple[float, float] | None, b: tuple[float, float] | None, eps: float = 1e-9) -> bool:
    if a is None or b is None:
        return False
    return a[0] <= b[1] * (1 + eps) + eps and b[0] <= a[1] * (1 + eps) + eps


def ratio_interval(n: tuple[float, float], d: tuple[float, float], scale: float) -> tuple[float, float] | None:
    if d[0] <= 0:
        return None
    return n[0] / d[1] * scale, n[1] / d[0] * scale


# ---------------------------------------------------------------- periods

def period_years(period: object) -> set[int] | None:
    """Calendar years a period covers; None when the period states no year (pub, unstated, annual,
    cumulative without dates, or an open end at publication)."""
    p = str(period or "")
    if not p or "pub" in p or "unstated" in p:
        return None
    years = [int(m.group()) for m in _YEAR.finditer(p)]
    if not years:
        return None
    return set(range(min(years), max(years) + 1))


def periods_compatible(a: object, b: object, strict: bool = False) -> bool:
    """Whether two periods can describe the same stock or flow: a `2022 (plan)` total pairs with
    `2022-01..2022-04` progress. Undated periods pair with anything unless ``strict``."""
    if str(a or "") == str(b or ""):
        return True
    ya, yb = period_years(a), period_years(b)
    if ya is None and yb is None:
        return True
    if ya is None or yb is None:
        # strict: an undated figure goes with a dated one only if it is a state at publication
        undated = str(a if ya is None else b)
        # an undated stock or running total (目前, 截至目前 共…) describes the state at publication
        return not strict or "pub" in undated or undated == "cumulative"
    return bool(ya & yb)


def single_year(period: object) -> int | None:
    """The year of a whole-year period (`2019`, `2020 (plan)`), else None."""
    m = re.fullmatch(r"((?:19|20)\d{2})(?: \(plan\))?", str(period or "").strip())
    return int(m.group(1)) if m else None


def regions_compatible(a: object, b: object) -> bool:
    a, b = str(a or ""), str(b or "")
    return not a or not b or a == b or a in b.split(";") or b in a.split(";")


# ---------------------------------------------------------------- layout of facts in sentences

def _sentence_offset(sentence: str, rows: pd.DataFrame) -> int:
    """Offset of the sentence in the article text: the shift most facts of the sentence agree on."""
    votes: dict[int, int] = {}
    for raw, start in zip(rows["raw"], rows["start"]):
        q = clean_raw(raw)
        hits = [m.start() for m in re.finditer(re.escape(q), sentence)] if q else []
        if not hits:
            m = _NUMBER.search(q)
            if m:
                hits = [h.start() for h in re.finditer(re.escape(m.group()), sentence)]
        for h in hits:
            votes[int(start) - h] = votes.get(int(start) - h, 0) + 1
    if not votes:
        return int(rows["start"].min())
    return max(sorted(votes), key=lambda s: votes[s])


def _label(ctx_before: str) -> str:
    cut = max(ctx_before.rfind(p) for p in CLAUSE_PUNCT)
    return ctx_before[cut + 1:]


def _clause_after(ctx_after: str) -> str:
    cuts = [ctx_after.find(p) for p in CLAUSE_PUNCT if p in ctx_after]
    return ctx_after[:min(cuts)] if cuts else ctx_after


_LAST_ANNOTATED: list = []  # [(fingerprint, frame)]: the layer of the last facts table placed


def _fingerprint(facts: pd.DataFrame) -> tuple:
    cols = sorted(map(str, facts.columns))
    return (len(facts), tuple(cols), int(pd.util.hash_pandas_object(facts[cols].astype(str), index=False).sum()))


def annotate(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts in their sentences and scopes, computed once per facts table: ``compute_rates`` and
    ``find_checks`` of one run share it (see ``place``)."""
    key = _fingerprint(facts)
    if _LAST_ANNOTATED and _LAST_ANNOTATED[0][0] == key:
        return _LAST_ANNOTATED[0][1].copy()
    f = place(facts)
    _LAST_ANNOTATED[:] = [(key, f)]
    return f.copy()


def place(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts sorted by article and position, with their place in the text:
    ``pos`` (offset in the sentence), ``sent_start``, ``sent_idx`` (rank of the sentence among the
    article's sentences that hold facts), ``ctx_before``/``ctx_after`` (text to the neighbouring
    facts of the sentence), ``label`` (clause words before the number; inherited by a number that
    directly follows another, as 1534人 in 384户1534人), ``clause_after``, ``local`` (label + number +
    clause_after), ``qtext`` (clean number text), ``terminal`` (sentence ends a statement),
    ``lo``/``hi`` (interval of true values)."""
    f = facts.copy().reset_index(drop=True)
    for col in ("sentence", "raw", "unit", "indicator", "region", "period", "actor", "qualifier", "flags"):
        if col not in f:
            f[col] = ""
        f[col] = f[col].fillna("").astype(str)
    if "value_high" not in f:
        f["value_high"] = np.nan
    f["start"] = pd.to_numeric(f["start"], errors="coerce").fillna(0).astype(int)
    f["end"] = pd.to_numeric(f["end"], errors="coerce").fillna(0).astype(int)
    f["value"] = pd.to_numeric(f["value"], errors="coerce")
    f["qtext"] = [clean_raw(r) for r in f["raw"]]
    f["sentence"] = [s if s else q for s, q in zip(f["sentence"], f["qtext"])]
    sent_start: dict[int, int] = {}
    for (_, sent), g in f.groupby(["article_id", "sentence"], sort=False):
        # a sentence printed twice (a summary repeated in the body) is placed once per occurrence
        if g["start"].max() - g["start"].min() <= len(sent):
            sent_start.update(dict.fromkeys(g.index, _sentence_offset(sent, g)))
            continue
        g = g.sort_values("start", kind="stable")
        run, first = [], None
        for idx, st in zip(g.index, g["start"]):
            if first is not None and st - first > len(sent):
                sent_start.update(dict.fromkeys(run, _sentence_offset(sent, g.loc[run])))
                run, first = [], None
            run.append(idx)
            first = st if first is None else first
        sent_start.update(dict.fromkeys(run, _sentence_offset(sent, g.loc[run])))
    f["sent_start"] = pd.Series(sent_start, dtype=int).reindex(f.index).fillna(0).astype(int)
    f["pos"] = (f["start"] - f["sent_start"]).clip(lower=0)
    f = f.sort_values(["article_id", "start", "end", "fact_id"], kind="stable").reset_index(drop=True)
    f["sent_idx"] = f.groupby("article_id")["sent_start"].rank(method="dense").astype(int) - 1
    ctx_b, ctx_a, labels, after = [], [], [], []
    order: list[int] = []
    for _, g in f.groupby(["article_id", "sent_start"], sort=False):
        order.extend(g.index)
        prev_end, prev_label = 0, ""
        ends = list(g["pos"] + (g["end"] - g["start"]))
        poss = list(g["pos"])
        sent = g["sentence"].iloc[0]
        for k in range(len(g)):
            b = sent[min(prev_end, poss[k]):poss[k]]
            nxt = poss[k + 1] if k + 1 < len(g) else len(sent)
            a = sent[ends[k]:max(nxt, ends[k])]
            lab = _label(b)
            if not lab and not any(p in b for p in CLAUSE_PUNCT) and k > 0:
                lab = prev_label
            ctx_b.append(b)
            ctx_a.append(a)
            labels.append(lab)
            after.append(_clause_after(a))
            prev_end, prev_label = ends[k], lab
    # the groups are not always contiguous in text order: assign by row, not by position
    f["ctx_before"] = pd.Series(ctx_b, index=order)
    f["ctx_after"] = pd.Series(ctx_a, index=order)
    f["label"] = pd.Series(labels, index=order)
    f["clause_after"] = pd.Series(after, index=order)
    f["local"] = f["label"] + f["qtext"] + f["clause_after"]
    f["terminal"] = [s.rstrip().rstrip("”’\"')）」』")[-1:] in TERMINAL for s in f["sentence"]]
    iv = [interval(v, r, q, h, u) for v, r, q, h, u in
          zip(f["value"], f["raw"], f["qualifier"], f["value_high"], f["unit"])]
    f["lo"] = [x[0] if x else np.nan for x in iv]
    f["hi"] = [x[1] if x else np.nan for x in iv]
    return f


def iv(row) -> tuple[float, float] | None:
    """Interval of an annotated fact row."""
    return None if pd.isna(row["lo"]) else (float(row["lo"]), float(row["hi"]))


def evidence(rows) -> str:
    """The distinct sentences of some annotated rows, in text order, joined by ' … '."""
    seen: list[str] = []
    for r in sorted(rows, key=lambda r: (r["article_id"], r["start"])):
        if r["sentence"] not in seen:
            seen.append(r["sentence"])
    return " … ".join(seen)


def fmt(row) -> str:
    """A fact as written in the clean text (e.g. 4657.09万元)."""
    return row["qtext"].replace("\n", "")


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
        else:
            # the counts a stated rate is built on stand in its own sentence
            n = _best(nums, rep, 0, set())
        if n is None and rep["unit"] != "percent":
            continue  # a stated per-unit amount alone says nothing about this rate
        d = _best(dens, n if n is not None else rep, None, {n["fact_id"]} if n is not None else set())
        if n is not None:
            used.add(n["fact_id"])
        civ = ratio_interval(iv(n), iv(d), rule.scale) if n is not None and d is not None else None
        out.append(_row(rule, n, d, rep, civ, [n, d, rep]))
    for n in nums:
        if n["fact_id"] in used or pd.isna(n["lo"]):
            continue
        cands = [d for d in dens if not rule.share or d["value"] >= n["value"]]
        d = _best(cands, n, 1, {n["fact_id"]}, strict=True)
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
    for _, g in f.groupby("article_id", sort=True):
        recs = g.to_dict("records")
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
