"""Reconciliation checks found from the structure of the text: totals and their parts, nesting,
repeated figures and implied values.

Works on the facts table alone (plus, optionally, the sentences table for items named in sentences
without facts). Besides totals and parts it checks counts against the items a list names
(区、乡、村三级), county counts against the gazetteer (全市5县3区), figures within a beneficiary total,
zeros that state one result, and what a multi-year target leaves after the years done and planned.
A total is recognised by where it stands (before 其中/包括/分别/…中,
before complementary parts such as 已…/未…, after parallel parts it adds up, first in a project
pipeline) and by units, never by the sentence it comes from. Cue words live in ``data/checks.yaml``.

Families kept in their own modules, named for the ``check`` value they emit: ``list_sum``
(``fupin.list_sums``: a total and the run of figures that adds up to it, agreements only) and
``difference`` (``fupin.differences``: a change beside its from/to levels). Rates the text states
become ``rate:<name>`` rows (``fupin.stated_rates``), and shares of one whole adding up to 100 %
become ``shares_of_whole``. All share one placement of the facts (``fupin.scopes.annotate``).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import pandas as pd

from .common_reference import common_references
from .differences import differences
from .list_sums import list_sums, parallel_lines
from .rates import compute_rates
from .weighted_rates import weighted_rates
from .scopes import (CLAUSE_PUNCT, COUNT_UNITS, annotate, cues, evidence, fmt, is_generic, overlaps, period_years,
                     periods_compatible, regions_compatible, single_year)

CHECK_COLUMNS = ["check", "article_id", "kind", "total_fact_id", "part_fact_ids", "parts", "sum", "total",
                 "difference", "status", "evidence"]
_NON_ADDITIVE = {"percent", "percentage_point"}


def _ok(r: dict) -> bool:
    return not (r["lo"] is None or (isinstance(r["lo"], float) and math.isnan(r["lo"])))


def _sum_iv(parts: list[dict]) -> tuple[float, float]:
    return sum(p["lo"] for p in parts), sum(p["hi"] for p in parts)


def _check(name: str, kind: str, total: dict | None, parts: list[dict], parts_text: str, sum_: float | None,
           total_value: float | None, status: str, ev_rows: list[dict]) -> dict:
    diff = sum_ - total_value if sum_ is not None and total_value is not None else None
    return {"check": name, "article_id": (total or parts[0])["article_id"], "kind": kind,
            "total_fact_id": total["fact_id"] if total else "",
            "part_fact_ids": ";".join(p["fact_id"] for p in parts), "parts": parts_text, "sum": sum_,
            "total": total_value, "difference": diff, "status": status, "evidence": evidence(ev_rows)}


def _clause_group(recs: list[dict], i: int) -> list[int]:
    """Indices from i to the end of its statement: the sentence, continued into the next one when
    a layout break cut the sentence without closing punctuation."""
    out = [i]
    for j in range(i + 1, len(recs)):
        prev, cur = recs[j - 1], recs[j]
        if cur["sent_start"] != prev["sent_start"] and (prev["terminal"] or cur["sent_idx"] > prev["sent_idx"] + 1):
            break
        out.append(j)
    return out


def _prev_same_unit(recs: list[dict], i: int, unit: str, before: int) -> dict | None:
    """Nearest fact of ``unit`` before position ``before`` in the sentence of recs[i], else the last
    one of the previous sentence holding facts when recs[i] opens its sentence."""
    x = recs[i]
    same = [r for r in recs[:i] if r["sent_start"] == x["sent_start"] and r["unit"] == unit and _ok(r)
            and r["pos"] < before]
    if same:
        return same[-1]
    if any(r["sent_start"] == x["sent_start"] for r in recs[:i]):
        return None
    prev = [r for r in recs[:i] if r["sent_idx"] == x["sent_idx"] - 1 and r["unit"] == unit and _ok(r)]
    return prev[-1] if prev else None


# ---------------------------------------------------------------- totals before their parts

def _marker(x: dict) -> tuple[str, int] | None:
    """The breakdown word in the text before a fact, with its offset in the sentence."""
    ctx = x["ctx_before"]
    base = x["pos"] - len(ctx)
    m = re.search(cues()["among_marker_regex"], ctx)
    if m and not any(p in ctx[:m.start()] for p in CLAUSE_PUNCT):
        return "中", base + m.start()
    hits = [(ctx.rfind(w), w) for w in cues()["breakdown_markers"] if w in ctx]
    if hits:
        k, w = max(hits)
        return w, base + k
    return None


def _breakdowns(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    out = []
    for i, x in enumerate(recs):
        if x["fact_id"] in used or x["unit"] in _NON_ADDITIVE or not _ok(x):
            continue
        mk = _marker(x)
        if mk is None:
            continue
        word, at = mk
        group = _clause_group(recs, i)
        # 其中已消除867户3502人: the marker governs every unit listed after it, each with its own total
        units = [x["unit"]] + sorted({recs[j]["unit"] for j in group} - {x["unit"]} - set(_NON_ADDITIVE))
        for unit in units:
            total = _prev_same_unit(recs, i, unit, at)
            if total is None or (word == "中" and total["sent_start"] != x["sent_start"]):
                continue
            parts = [recs[j] for j in group if recs[j]["unit"] == unit and _ok(recs[j])
                     and recs[j]["fact_id"] not in used and _part_of(recs[j], total)]
            if not parts:
                continue
            parts = _parts_until_total(parts, total)
            if total["sent_start"] != x["sent_start"] and total["value"] < max(p["value"] for p in parts):
                continue  # a smaller figure in an earlier sentence is not the whole
            exhaustive = word in cues()["exhaustive_cues"] or any(
                c in p["label"] for p in parts for c in cues()["exhaustive_cues"])
            out.append(_sum_or_nesting("breakdown", total, parts, exhaustive, [total] + parts))
            used.update(p["fact_id"] for p in parts)
            sums[total["fact_id"]] = [p["fact_id"] for p in parts]
            cat = _category_count(recs, total, parts)
            if cat:
                out.append(cat)
    return out


def _is_change(r: dict) -> bool:
    """A figure stated as a change (较上年分别下降2.09万人) is not a part of a stock."""
    return any(w in r["label"] for w in cues()["change_words"])


def _part_of(p: dict, total: dict) -> bool:
    """Whether a figure after a breakdown word can be a part of the total: not a change, and not a
    count of another project stage (已完工14个, 其中7个全部开工、4个已完工: the 开工 counts are not
    parts of the 完工 total)."""
    if _is_change(p) and not _is_change(total):
        return False
    if p["unit"] in cues()["pipeline_units"]:
        st, sp = _stage(total), _stage(p)
        if st is not None and sp is not None and st != sp:
            return False
    return True


def _parts_until_total(parts: list[dict], total: dict) -> list[dict]:
    """The first parts that already add up to the total: figures after them belong to another
    breakdown of the same total (其中A户、B户, 已消除风险C户 splits the total a second way)."""
    running = 0.0
    for k, p in enumerate(parts[:-1], 1):
        running += p["value"]
        if k >= 2 and overlaps((running, running), (total["lo"], total["hi"])):
            return parts[:k]
    return parts


def _sum_or_nesting(name: str, total: dict, parts: list[dict], exhaustive: bool, ev: list[dict]) -> dict:
    """Parts that add up to the total are a sum; fewer parts below a total that may hold more
    (no word says the list is complete) can only be checked as parts <= whole."""
    s_iv = _sum_iv(parts)
    t_iv = (total["lo"], total["hi"])
    s = sum(p["value"] for p in parts)
    text = " + ".join(fmt(p) for p in parts)
    if len(parts) == 1:
        return _check(name, "nesting", total, parts, f"{text} <= {fmt(total)}", s, total["value"],
                      "match" if s_iv[0] <= t_iv[1] else "mismatch", ev)
    if overlaps(s_iv, t_iv):
        return _check(name, "sum", total, parts, f"{text} = {fmt(total)}", s, total["value"], "match", ev)
    if s_iv[1] < t_iv[0] and not exhaustive:
        return _check(name, "nesting", total, parts, f"{text} <= {fmt(total)}", s, total["value"], "match", ev)
    return _check(name, "sum", total, parts, f"{text} = {fmt(total)}", s, total["value"], "mismatch", ev)


def _category_count(recs: list[dict], total: dict, parts: list[dict]) -> dict | None:
    """`10类80个` then ten typed items: the number of items listed must equal the category count."""
    cat = [r for r in recs if r["sent_start"] == total["sent_start"] and r["end"] <= total["start"]
           and total["start"] - r["end"] <= 1 and r["unit"] in cues()["category_units"] and _ok(r)]
    if not cat or len(parts) < 2:
        return None
    c = cat[-1]
    return _check("category_count", "equality", c, parts, f"{len(parts)} items listed vs {fmt(c)}",
                  float(len(parts)), c["value"], "match" if len(parts) == c["value"] else "mismatch",
                  [c, total] + parts)


# ---------------------------------------------------------------- complementary parts (已… / 未…)

def _core(label: str) -> str:
    for p in sorted(cues()["affirmative_prefixes"], key=len, reverse=True):
        if label.startswith(p):
            return label[len(p):]
    return label


def _complementary(a: str, b: str) -> bool:
    ca, cb = _core(a), _core(b)
    if not ca or not cb:
        return False
    for neg in cues()["negations"]:
        if (cb.startswith(neg) and cb[len(neg):] == ca) or (ca.startswith(neg) and ca[len(neg):] == cb):
            return True
    return any((x in a and y in b) or (y in a and x in b) for x, y in cues()["complementary_pairs"])


def _splits(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    out = []
    for i, a in enumerate(recs):
        if a["fact_id"] in used or a["unit"] in _NON_ADDITIVE or not _ok(a):
            continue
        for b in recs[i + 1:]:
            if b["sent_start"] != a["sent_start"]:
                break
            if b["unit"] != a["unit"] or b["fact_id"] in used or not _ok(b) or not _complementary(a["label"], b["label"]):
                continue
            total = _prev_same_unit(recs, i, a["unit"], a["pos"])
            if total is None or total["fact_id"] in used:
                break
            out.append(_check("complementary_split", "sum", total, [a, b], f"{fmt(a)} + {fmt(b)} = {fmt(total)}",
                              a["value"] + b["value"], total["value"],
                              "match" if overlaps(_sum_iv([a, b]), (total["lo"], total["hi"])) else "mismatch",
                              [total, a, b]))
            used.update({a["fact_id"], b["fact_id"]})
            sums[total["fact_id"]] = [a["fact_id"], b["fact_id"]]
            break
    return out


# ---------------------------------------------------------------- total after parallel parts

def _per_head(r: dict) -> bool:
    return any(c in r["label"] for c in cues()["per_unit_cues"]) or re.search(cues()["unit_price_regex"], r["label"]) is not None


def _plain(r: dict) -> bool:
    """An exactly stated amount or count, not a per-head figure (those do not add up)."""
    return r["qualifier"] == "exact" and not _per_head(r)


def _trailing_totals(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    """Parallel figures of one sentence (拟实施A类12个, 拟实施B类14个) summed by the first figure of
    the same unit in the next sentence (26个). Without a structure word only an exact sum is taken."""
    out = []
    by_sent: dict[int, list[dict]] = {}
    for r in recs:
        by_sent.setdefault(r["sent_idx"], []).append(r)
    for k in sorted(by_sent):
        nxt = by_sent.get(k + 1, [])
        units = sorted({r["unit"] for r in by_sent[k]} - _NON_ADDITIVE)
        for u in units:
            parts = [r for r in by_sent[k] if r["unit"] == u and _ok(r) and r["fact_id"] not in used]
            if len(parts) < 2 or any(p["fact_id"] in sums or not _plain(p) for p in parts):
                continue
            total = next((r for r in nxt if r["unit"] == u and _ok(r)), None)
            if total is None or total["fact_id"] in used or total["value"] < 10 or not _plain(total):
                continue
            if overlaps(_sum_iv(parts), (total["lo"], total["hi"])):
                out.append(_check("total_after_parts", "sum", total, parts,
                                  " + ".join(fmt(p) for p in parts) + f" = {fmt(total)}",
                                  sum(p["value"] for p in parts), total["value"], "match", parts + [total]))
                used.update(p["fact_id"] for p in parts)
                sums[total["fact_id"]] = [p["fact_id"] for p in parts]
    return out


# ---------------------------------------------------------------- pipeline nesting

def _stage(r: dict) -> int | None:
    stages = [s["stage"] for s in cues()["pipeline_stages"]]
    kw = {s["stage"]: s["keywords"] for s in cues()["pipeline_stages"]}
    text = r["label"] + r["clause_after"]
    for st in cues()["pipeline_match_order"]:
        if any(k in text for k in kw[st]):
            return stages.index(st)
    return None


def _pipelines(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    """Planned >= prepared >= started >= completed for project counts of one period."""
    units = set(cues()["pipeline_units"])
    staged = [(r, _stage(r)) for r in recs if r["unit"] in units and _ok(r)]
    staged = [(r, s) for r, s in staged if s is not None]
    parent: dict[str, dict] = {}
    for i, (x, sx) in enumerate(staged):
        if sx == 0:
            continue
        for y, sy in reversed(staged[:i]):
            if y["sent_idx"] < x["sent_idx"] - 1:
                break
            if sy >= sx or y["unit"] != x["unit"] or not periods_compatible(x["period"], y["period"], strict=True) \
                    or not regions_compatible(x["region"], y["region"]):
                continue
            rivals = [r for r, s in staged if r is not y and r["sent_start"] == y["sent_start"] and s == sy]
            if rivals and y["fact_id"] not in sums:
                break  # one of several parallel figures: not the whole the later stage belongs to
            parent[x["fact_id"]] = y
            break
    children: dict[str, list[dict]] = {}
    for x, _ in staged:
        if x["fact_id"] in parent:
            children.setdefault(parent[x["fact_id"]]["fact_id"], []).append(x)
    out = []
    for root, _ in staged:
        if root["fact_id"] in parent or root["fact_id"] not in children:
            continue
        chain, node = [root], root
        while node["fact_id"] in children:
            node = children[node["fact_id"]][0]
            chain.append(node)
        ok = all(c["lo"] <= p["hi"] for p, c in zip(chain, chain[1:]))
        equal = all(overlaps((c["lo"], c["hi"]), (p["lo"], p["hi"])) for p, c in zip(chain, chain[1:]))
        all_cue = any(w in c["label"] for c in chain[1:] for w in cues()["all_cues"])
        kind = "equality" if all_cue else "nesting"
        status = ("match" if equal else "mismatch") if all_cue else ("match" if ok else "mismatch")
        out.append(_check("pipeline", kind, root, chain[1:], " >= ".join(fmt(c) for c in chain),
                          chain[-1]["value"], root["value"], status, chain))
        used.update(c["fact_id"] for c in chain)
    return out


# ---------------------------------------------------------------- repeated figures

def _tokens(r: dict) -> set[str]:
    toks = {n for n in cues()["head_nouns"] if n in r["local"]}
    toks.update(cues()["unit_nouns"].get(r["unit"], []))
    if r["unit"].startswith("other:"):
        toks.add(r["unit"][6:])
    return toks


def _same_thing(a: dict, b: dict) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if a["unit"] == b["unit"]:
        return True
    return any(t in b["local"] or t in tb for t in ta) or any(t in a["local"] for t in tb)


def _is_headline(r: dict) -> bool:
    return str(r.get("block") or "") in ("title", "subtitle")


def _repeated(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    siblings = {fid: k for k, ids in sums.items() for fid in ids}
    link: dict[str, dict] = {}
    headline_used: set[str] = set()
    for i, a in enumerate(recs):
        for b in recs[i + 1:]:
            if b["fact_id"] in link or not _ok(a) or not _ok(b):
                continue
            if a["unit"] in _NON_ADDITIVE or b["unit"] in _NON_ADDITIVE or a["value"] == 0:
                continue
            if siblings.get(a["fact_id"]) is not None and siblings.get(a["fact_id"]) == siblings.get(b["fact_id"]):
                continue
            if siblings.get(b["fact_id"]) == a["fact_id"] or siblings.get(a["fact_id"]) == b["fact_id"]:
                continue
            money = a["unit"] == b["unit"] == "CNY"
            if not money and (a["unit"] == "CNY" or b["unit"] == "CNY"):
                continue
            same_label = a["indicator"] == b["indicator"] and not is_generic(a["indicator"])
            if not money and not same_label and a["value"] < cues()["repeated_min_count"]:
                continue
            headline = _is_headline(a) or _is_headline(b)
            if headline and a["fact_id"] in headline_used:
                continue  # a headline figure sums up one body figure, the first that agrees
            # headlines rarely date their figures, so the period test applies to body figures only
            if not headline and not periods_compatible(a["period"], b["period"], strict=True):
                continue
            if a["sent_start"] != b["sent_start"] and not regions_compatible(a["region"], b["region"]):
                continue  # different places agree only when one sentence pairs them (A的N户与B的N户)
            if not _same_thing(a, b):
                continue
            near = abs(a["value"] - b["value"]) <= cues()["repeated_money_tolerance"] * max(a["value"], b["value"])
            # an open bound (3500元以上) agrees with anything larger: only near values are one figure.
            # Figures merely near each other (核拨 vs 支付, this year vs last year) are not one figure:
            # only figures that agree within their rounding are linked.
            close = near and overlaps((a["lo"], a["hi"]), (b["lo"], b["hi"]))
            if not close and headline and money and near and a["indicator"] == b["indicator"] \
                    and not is_generic(a["indicator"]):
                # a headline restates one body figure: the same specific indicator, near in value, when
                # no body figure agrees with it within rounding (3.82亿 is 3.82亿元, not 3.77亿元)
                h = a if _is_headline(a) else b
                close = not any(r is not h and _ok(r) and r["unit"] == h["unit"] and not _is_headline(r)
                                and overlaps((r["lo"], r["hi"]), (h["lo"], h["hi"])) for r in recs)
            if close:
                link[b["fact_id"]] = a
                if headline:
                    headline_used.add(a["fact_id"])
    out = []
    firsts = [r for r in recs if r["fact_id"] not in link and any(l["fact_id"] == r["fact_id"] for l in link.values())]
    for first in firsts:
        chain = [first]
        for r in recs:
            if r["fact_id"] in link and link[r["fact_id"]]["fact_id"] in {c["fact_id"] for c in chain}:
                chain.append(r)
        status = "match" if all(overlaps((c["lo"], c["hi"]), (first["lo"], first["hi"])) for c in chain[1:]) else "mismatch"
        out.append(_check("repeated_figure", "equality", first, chain[1:], " = ".join(fmt(c) for c in chain),
                          chain[1]["value"], first["value"], status, chain))
        used.update(c["fact_id"] for c in chain)
    return out


# ---------------------------------------------------------------- subsets of a period's package

def _subsets(recs: list[dict], used: set[str]) -> list[dict]:
    """`安排资金3.77亿元、实施项目56个` then, in the next sentences of the same period, `17个产业项目`
    and `项目18个`: the later, more specific figures are at most the package total."""
    out = []
    seen: set[tuple] = set()
    for i, t in enumerate(recs):
        if not _ok(t) or t["unit"] in _NON_ADDITIVE or t["hi"] == math.inf:
            continue  # an open bound (超过10亿元) holds anything: no nesting to check
        for noun in cues()["subset_nouns"]:
            key = (t["unit"], t["period"], t["region"], noun)
            # only a one-year package (安排…资金、实施项目) is a whole for what follows
            if noun not in t["local"] or key in seen or single_year(t["period"]) is None:
                continue
            seen.add(key)
            if t["fact_id"] in used:
                continue
            parts = [p for p in recs[i + 1:] if p["sent_idx"] > t["sent_idx"] and p["sent_idx"] <= t["sent_idx"] + 2
                     and p["unit"] == t["unit"] and p["period"] == t["period"] and _ok(p)
                     and p["region"] == t["region"] and noun in p["local"] and p["fact_id"] not in used
                     and (not p["actor"] or not t["actor"] or p["actor"] == t["actor"])
                     # a line that repeats the total's own head words is a parallel line (上海市…援藏资金
                     # 45.18亿元; 山东省…援藏资金38.18亿元), not a part of it
                     and not parallel_lines(p["label"], t["label"])
                     # a figure stated as a whole (全州完工项目272个, 共…) is no part of a package
                     and not any(w in p["label"] for w in cues()["total_cues"])]
            if not parts:
                continue
            s_iv = _sum_iv(parts)
            out.append(_check("subset_of_total", "nesting", t, parts,
                              " + ".join(fmt(p) for p in parts) + f" <= {fmt(t)}", sum(p["value"] for p in parts),
                              t["value"], "match" if s_iv[0] <= t["hi"] else "mismatch", [t] + parts))
    return out


# ---------------------------------------------------------------- implied values

def _targets(recs: list[dict]) -> list[dict]:
    """`11337人, 完成全年目标任务的57.98%` implies a target of 11337 / 0.5798."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] != "percent" or not _ok(p) or p["value"] <= 0 or not re.search(cues()["target_share_regex"], p["label"]):
            continue
        before = [r for r in recs[:i] if r["sent_start"] == p["sent_start"] and r["unit"] not in _NON_ADDITIVE and _ok(r)]
        if not before:
            continue
        n = before[-1]
        x = n["value"] / (p["value"] / 100)
        lo, hi = n["lo"] / (p["hi"] / 100), n["hi"] / (p["lo"] / 100) if p["lo"] > 0 else math.inf
        txt = f"{fmt(n)} / {fmt(p)} -> target ≈ {x:,.0f} ({math.ceil(lo):,}–{math.floor(hi):,})" if n["unit"] in COUNT_UNITS \
            else f"{fmt(n)} / {fmt(p)} -> target ≈ {x:,.2f}"
        out.append(_check("implied_target", "implied", None, [n, p], txt, None, round(x, 2), "implied", [n, p]))
    return out


def _per_unit(recs: list[dict]) -> list[dict]:
    """`分红975.94万元, 带动3368人次, 人均增收2897.7元`: amount / count against the per-head figure;
    with no amount stated, count x per-head figure is an implied total."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] != "CNY" or not _ok(p):
            continue
        cue = next((c for c in cues()["per_unit_cues"] if c in p["label"]), None)
        if cue is None or re.search(cues()["unit_price_regex"], p["label"]):
            continue
        same = [r for r in recs[:i] if r["sent_start"] == p["sent_start"] and _ok(r)]
        counts = [r for r in same if r["unit"] in cues()["per_unit_cues"][cue] and not _per_head(r)
                  and float(r["value"]).is_integer()]
        amounts = [r for r in same if r["unit"] == "CNY"
                   and not any(w in r["label"] for w in cues()["per_unit_amount_blockers"])]
        if not counts:
            continue
        c = counts[-1]
        if amounts and c["value"]:
            m = amounts[-1]
            comp = m["value"] / c["value"]
            civ = (m["lo"] / c["hi"], m["hi"] / c["lo"]) if c["lo"] > 0 else (comp, math.inf)
            status = "match" if overlaps(civ, (p["lo"], p["hi"])) else "mismatch"
            out.append(_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}",
                              comp, p["value"], status, [m, c, p]))
        else:
            x = c["value"] * p["value"]
            out.append(_check("implied_total", "implied", None, [c, p], f"{fmt(c)} x {fmt(p)} ≈ {x:,.0f}",
                              None, x, "implied", [c, p]))
    return out


def _unit_prices(recs: list[dict]) -> list[dict]:
    """`每亩2000元` times a later area against the amount stated with it (`157.25亩, 年均增收31.45万元`)."""
    out = []
    rx = cues()["unit_price_regex"]
    for i, r in enumerate(recs):
        m = re.search(rx, r["label"]) if r["unit"] == "CNY" and _ok(r) else None
        if not m:
            continue
        unit = cues()["unit_price_nouns"].get(m.group(1))
        for j in range(i + 1, len(recs)):
            q = recs[j]
            if q["sent_idx"] > r["sent_idx"] + 2:
                break
            if q["unit"] != unit or not _ok(q):
                continue
            after = [x for x in recs[j + 1:] if x["sent_start"] == q["sent_start"]]
            stop = next((k for k, x in enumerate(after) if x["unit"] == unit), len(after))
            money = next((x for x in after[:stop] if x["unit"] == "CNY" and _ok(x)), None)
            x = q["value"] * r["value"]
            if money is not None:
                civ = (q["lo"] * r["lo"], q["hi"] * r["hi"])
                ok = overlaps(civ, (money["lo"], money["hi"]))
                out.append(_check("unit_price", "implied", money, [q, r], f"{fmt(q)} x {fmt(r)} = {x:,.2f} vs {fmt(money)}",
                                  x, money["value"], "match" if ok else "implied", [r, q, money]))
            elif q["sent_start"] == r["sent_start"] and stop == len(after):
                out.append(_check("implied_total", "implied", None, [q, r], f"{fmt(q)} x {fmt(r)} ≈ {x:,.0f}",
                                  None, x, "implied", [r, q]))
    return out


# ---------------------------------------------------------------- enumeration counts

# Characters that close the clause holding a list (、 separates items, brackets belong to items: 县(区)).
_LIST_BOUNDARY = re.compile(r"[,，;；:：。!！?？“”‘’「」『』《》\s]")
_CN_NUMERAL = "一二两三四五六七八九十"


def _small_count(x: dict) -> bool:
    v = x["value"]
    return _ok(x) and x["qualifier"] == "exact" and float(v).is_integer() and 2 <= v <= cues()["enumeration_max_count"]


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    jieba.setLogLevel(60)
    return jieba


def _tail_item(segment: str, width: int) -> str:
    """The last word(s) of the text before the first 、, as long as the other items (成立自治区 -> 自治区)."""
    out = ""
    for tok in reversed(_jieba().lcut(segment)):
        if out and len(tok) + len(out) > width:
            break
        out = tok + out
    return out


def listed_items(before: str, closing_words: bool = False) -> list[str] | None:
    """Items separated by 、 that end exactly where ``before`` ends (搭建区、乡、村 -> [区, 乡, 村]),
    or None when the text does not end with such a closed list. With ``closing_words``, a list ended by
    等 (栾川县、嵩县…确山县等7个) or made of two items joined by 和 (六盘山和四省藏区两个) is read too;
    such a list may be open, so only an agreement is reported from it."""
    c = cues()
    text = before.rstrip("”’\"」』")
    clause = _LIST_BOUNDARY.split(text)[-1]
    if closing_words:
        for w in c["enumeration_open_words"]:
            if clause.endswith(w):
                clause = clause[:-len(w)]
                break
    parts = re.split("|".join(map(re.escape, c["enumeration_separators"])), clause)
    if len(parts) < 2 and not closing_words:
        return None
    head, last = parts[:-1], parts[-1]
    for j in c["enumeration_final_joiners"]:
        a, sep, b = last.rpartition(j)
        if sep and a and b:
            parts = head + [a, b]
            break
    if len(parts) < 2:
        return None
    rest = parts[1:]
    if not parts[0] or any(not p or len(p) > c["enumeration_max_item_chars"] or re.search(r"\d", p) for p in rest):
        return None
    if any(w in p for p in parts for w in c["enumeration_open_words"]):
        return None  # 等 leaves the list open
    return [_tail_item(parts[0], max(map(len, rest)))] + rest


def level_run(before: str, x: dict) -> list[str] | None:
    """`区市两级`, `省市县三级`, `闽宁两省区`: names written one character each, without separators, right
    before a count of them (``char_run_units``); None when the text before is not such a run of that
    length."""
    chars = cues()["char_run_units"].get(x["unit"])
    if not chars:
        return None
    n = int(x["value"])
    tail = before.rstrip()[-n:] if n else ""
    if len(tail) != n or len(set(tail)) != n or any(ch not in chars for ch in tail):
        return None
    if len(before.rstrip()) > n and before.rstrip()[-n - 1] in chars:
        return None  # a longer run: not this count's list
    return list(tail)


def _enumerations(recs: list[dict]) -> list[dict]:
    """`区、乡、村三级`: the count right after a closed list of items equals the number of items."""
    out = []
    for x in recs:
        eligible = x["unit"] in cues()["enumeration_units"] or x["qtext"][:1] in _CN_NUMERAL
        if not eligible or not _small_count(x):
            continue
        items = listed_items(x["sentence"][:x["pos"]])
        if items is None:
            # 确山县等7个, 六盘山和四省藏区两个: the list may be open, so only an exact count is reported
            before = x["sentence"][:x["pos"]]
            items = level_run(before, x)
            if items is None:
                items = listed_items(before, closing_words=True)
            if items is None and x["value"] == 2:  # 、 earlier in the clause: the last two items joined by 和
                items = listed_items(re.split("|".join(map(re.escape, cues()["enumeration_separators"])), before)[-1],
                                     closing_words=True)
            if items is None or len(items) != x["value"]:
                continue
        n = len(items)
        out.append(_check("enumeration_count", "equality", x, [], f"{'、'.join(items)} ({n} named) = {fmt(x)}",
                          float(n), x["value"], "match" if n == x["value"] else "mismatch", [x]))
    return out


def _counted_noun(x: dict) -> str:
    if x["unit"].startswith("other:"):
        return x["unit"][6:]
    return str(x.get("noun") or "")


def _names(text: str, noun: str, exclude: str) -> list[str]:
    """Names ending in ``noun``: quoted (“闭环工程”) or listed with 、 (闭环工程、组团工程和…工程)."""
    L = cues()["enumeration_max_item_chars"]
    n = re.escape(noun)
    found = re.findall(rf"“([^“”,，。;；:：]{{1,{L}}}?{n})”", text)
    item = rf"[^“”、,，。;；:：\s和及与]{{1,{L}}}?{n}"
    for m in re.finditer(rf"{item}(?:(?:、|和|及|与){item})+", text):
        items = re.split("、|和|及|与", m.group())
        items = [i for i in items if i]
        found += [_tail_item(items[0], max(map(len, items[1:])))] + items[1:]
    out: list[str] = []
    for f in found:
        if f != noun and exclude not in f and f not in out:
            out.append(f)
    return out


def _article_sentences(recs: list[dict], table: pd.DataFrame | None) -> list[tuple[int, str]]:
    """(start, text) of the article's sentences in order: those holding facts, plus the sentences table."""
    by_start = {int(r["sent_start"]): r["sentence"] for r in recs}
    if table is not None and not table.empty:
        rows = table[table["article_id"] == recs[0]["article_id"]]
        by_start.update({int(s): str(t) for s, t in zip(rows["start"], rows["text"])})
    return sorted(by_start.items())


def _forward_enumerations(recs: list[dict], sentences: list[tuple[int, str]]) -> list[dict]:
    """`五个工程` then, in the rest of the sentence and the sentences that directly follow, the names of
    that many items ending in the counted noun (“闭环工程”…“崛起工程”)."""
    out, seen = [], set()
    starts = [s for s, _ in sentences]
    for x in recs:
        noun = _counted_noun(x)
        if not noun or not _small_count(x) or noun not in x["sentence"][x["pos"]:x["pos"] + len(x["qtext"]) + len(noun) + 1]:
            continue
        k = starts.index(int(x["sent_start"])) if int(x["sent_start"]) in starts else None
        if k is None:
            continue
        texts = [x["sentence"][x["pos"] + len(x["qtext"]):]]
        end = starts[k] + len(sentences[k][1])
        for s, t in sentences[k + 1:]:
            if s > end + 3:
                break  # a gap: the next sentence is not known
            texts.append(t)
            end = s + len(t)
        names: list[str] = []
        for i, t in enumerate(texts):
            new = [m for m in _names(t, noun, x["qtext"]) if m not in names]
            if not new and i > 0:
                break
            names += new
        key = tuple(names)
        if len(names) < cues()["enumeration_forward_min_items"] or key in seen:
            continue
        seen.add(key)
        out.append(_check("enumeration_count", "equality", x, [], f"{fmt(x)}{noun} = {'、'.join(names)} ({len(names)} named)",
                          float(len(names)), x["value"], "match" if len(names) == x["value"] else "mismatch", [x]))
    return out


# ---------------------------------------------------------------- administrative counts (gazetteer)

@lru_cache(maxsize=1)
def _county_units() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Prefecture -> its county-level units, and prefecture -> its names and aliases (gazetteer.csv)."""
    from .attribution import load_gazetteer
    by_alias, _ = load_gazetteer()
    children: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    for alias, p in by_alias.items():  # file order (deterministic)
        if p.level == "county" and alias == p.name and p.parent:
            children.setdefault(p.parent, []).append(p.name)
        if p.level == "prefecture":
            names.setdefault(p.name, []).append(alias)
    return children, names


def _admin_counts(recs: list[dict]) -> list[dict]:
    """`全市5县3区`: the number of counties and districts the gazetteer lists for the prefecture."""
    units = cues()["admin_count_units"]
    children, names = _county_units()
    out = []
    for i, x in enumerate(recs):
        region = x["region"]
        if x["unit"] not in units or not _ok(x) or region not in children:
            continue
        first = i  # 5县3区: the cue stands before the first count of the run
        while first > 0 and recs[first - 1]["unit"] in units and recs[first - 1]["sent_start"] == x["sent_start"] \
                and recs[first - 1]["end"] == recs[first]["start"]:
            first -= 1
        before = recs[first]["sentence"][:recs[first]["pos"]]
        cue_words = cues()["admin_whole_cues"] + names.get(region, [])
        if not any(before.endswith(w) for w in cue_words):
            continue
        listed = [c for c in children[region] if c.endswith(tuple(units[x["unit"]]))]
        n = len(listed)
        out.append(_check("admin_count", "equality", x, [], f"{fmt(x)} vs gazetteer {region}: {'、'.join(listed)} ({n})",
                          float(n), x["value"], "match" if n == x["value"] else "mismatch", [x])
                   | {"evidence": evidence([x]) + f" … gazetteer: {region} {'/'.join(units[x['unit']])} = {'、'.join(listed)}"})
    return out


# ---------------------------------------------------------------- beneficiaries

def _beneficiaries(recs: list[dict]) -> list[dict]:
    """`助力14123人增收, 受益68200人`: earlier figures of the same unit in the sentence are among those
    benefiting."""
    words = cues()["beneficiary_total_words"]

    def is_total(r: dict) -> bool:  # 受益68200人 or 68200人受益
        return any(w in r["label"] or r["clause_after"].startswith(w) for w in words)

    out = []
    for i, t in enumerate(recs):
        if t["unit"] not in cues()["beneficiary_units"] or not _ok(t) or not is_total(t):
            continue
        parts = [a for a in recs[:i] if a["sent_start"] == t["sent_start"] and a["unit"] == t["unit"] and _ok(a)
                 and not is_total(a) and not _per_head(a) and periods_compatible(a["period"], t["period"], strict=True)
                 and regions_compatible(a["region"], t["region"])]
        if not parts:
            continue
        ok = all(a["lo"] <= t["hi"] for a in parts)
        out.append(_check("beneficiaries", "nesting", t, parts, " , ".join(f"{fmt(a)} <= {fmt(t)}" for a in parts),
                          max(a["value"] for a in parts), t["value"], "match" if ok else "mismatch", parts + [t]))
    return out


# ---------------------------------------------------------------- zeros

def _zeros(recs: list[dict]) -> list[dict]:
    """Several zeros for one region and period (贫困人口“清零”, 贫困发生率降为0) say the same thing."""
    zeros = [r for r in recs if _ok(r) and r["value"] == 0 and r["unit"] in cues()["zero_agreement_units"]]
    out, done = [], set()
    for i, z in enumerate(zeros):
        if z["fact_id"] in done:
            continue
        same = [r for r in zeros[i + 1:] if r["fact_id"] not in done and r["region"] == z["region"]
                and periods_compatible(r["period"], z["period"], strict=True)
                and (r["indicator"] != z["indicator"] or is_generic(r["indicator"]))]
        if not same:
            continue
        done.update(r["fact_id"] for r in [z] + same)
        text = " = ".join(f"{fmt(r)} ({r['indicator'] or r['unit']})" for r in [z] + same)
        out.append(_check("zero_agreement", "equality", z, same, text, 0.0, 0.0, "match", [z] + same))
    return out


# ---------------------------------------------------------------- plan remainder

def _plan_remainders(recs: list[dict]) -> list[dict]:
    """`2021年已建成15个`, `2022年将启动实施15个`, `“十四五”时期拟建设50个以上`: what the years done
    and planned leave of the multi-year target."""
    c = cues()
    out = []
    for t in recs:
        years = period_years(t["period"])
        plan = "plan" in t["period"] or any(w in t["label"] for w in c["plan_target_words"])
        if not _ok(t) or t["unit"] in _NON_ADDITIVE or t["qualifier"] not in ("exact", "lower_bound") \
                or not years or len(years) < 2 or not plan:
            continue
        by_year: dict[tuple[int, bool], dict] = {}
        for r in recs:
            y = single_year(r["period"])
            if r is t or y not in years or r["unit"] != t["unit"] or not _ok(r) or r["qualifier"] != "exact" \
                    or not regions_compatible(r["region"], t["region"]):
                continue
            if not t["unit"].startswith("other:") and not (_tokens(r) & _tokens(t)) - set(c["unit_nouns"].get(t["unit"], [])):
                continue  # 项目 counts pair only when they name the same kind of thing
            planned = "(plan)" in r["period"] or any(w in r["label"] for w in c["plan_year_words"])
            by_year.setdefault((y, planned), r)
        done = [r for (_, p), r in sorted(by_year.items()) if not p]
        todo = [r for (_, p), r in sorted(by_year.items()) if p]
        if not done or not todo:
            continue
        parts = done + todo
        s = sum(r["value"] for r in parts)
        rem = t["value"] - s
        bound = "at least " if t["qualifier"] == "lower_bound" else ""
        tail = f"{bound}{rem:g} more needed by {max(years)}" if rem > 0 else "target already covered"
        text = " + ".join(f"{fmt(r)} ({r['period']})" for r in parts) + f" = {s:g} of {fmt(t)} ({t['period']}) -> {tail}"
        out.append(_check("plan_remainder", "implied", t, parts, text, s, t["value"], "implied" if rem > 0 else "match",
                          parts + [t]))
    return out


# ---------------------------------------------------------------- list sums

def _list_sums(recs: list[dict], taken: set[tuple[str, str]]) -> list[dict]:
    """Totals a run of listed figures adds up to (``fupin.list_sums``): agreements only. ``taken``:
    (total, parts) pairs another check already holds."""
    return [_check("list_sum", "sum", s["total"], s["parts"], s["text"], sum(p["value"] for p in s["parts"]),
                   s["total"]["value"], "match", [s["total"]] + s["parts"]) for s in list_sums(recs, taken)]


def _differences(recs: list[dict]) -> list[dict]:
    """A change stated beside the two levels it separates (``fupin.differences``)."""
    return [_check("difference", "difference", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in differences(recs)]


def _common_references(recs: list[dict]) -> list[dict]:
    """Gaps against one unprinted reference that must imply the same reference (``fupin.common_reference``)."""
    return [_check("common_reference", "difference", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in common_references(recs)]


def _weighted_rates(recs: list[dict]) -> list[dict]:
    """Per-region rates against their aggregate through their bases (``fupin.weighted_rates``)."""
    return [_check("weighted_rate", "equality", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in weighted_rates(recs)]


# ---------------------------------------------------------------- rates as checks

def _rate_checks(rates: pd.DataFrame, by_id: dict[str, dict]) -> list[dict]:
    out = []
    for _, r in rates[rates["status"] == "impossible"].iterrows():
        d, rep = by_id.get(r["denominator_fact_ids"]), by_id.get(r["reported_fact_id"])
        if d is not None and rep is not None:  # x% of a count base that no whole count gives
            out.append(_check(f"rate:{r['rate']}", "implied", rep, [d], f"{fmt(rep)} of {fmt(d)}: {r['implied']}",
                              None, float(r["reported"]), "impossible", [d, rep]))
    for _, r in rates[rates["status"].isin(["match", "mismatch"])].iterrows():
        n, d, rep = by_id.get(r["numerator_fact_ids"]), by_id.get(r["denominator_fact_ids"]), by_id.get(r["reported_fact_id"])
        if n is None or d is None or rep is None:
            continue
        txt = f"{fmt(n)} / {fmt(d)} = {r['computed']:.2f} vs reported {fmt(rep)}"
        if r["status"] == "mismatch" and not pd.isna(r["implied_denominator"]):
            txt += f" (implies a base of {r['implied_denominator']:g})"
        out.append(_check(f"rate:{r['rate']}", "equality", rep, [n, d], txt, float(r["computed"]),
                          float(r["reported"]), r["status"], [n, d, rep]))
    return out


def _shares_of_whole(rates: pd.DataFrame, by_id: dict[str, dict]) -> list[dict]:
    """Shares of one whole that add up to 100 % (`基础设施…占总额的55.99%`, `产业发展…占总额的44.01%`) say
    their parts make up the whole: the parts must add up to it."""
    out = []
    if rates.empty or "kind" not in rates:
        return out
    sh = rates[(rates["kind"] == "share") & rates["status"].isin(["match", "mismatch"])
               & rates["denominator_fact_ids"].astype(bool)]
    for (art, den), g in sh.groupby(["article_id", "denominator_fact_ids"], sort=True):
        if (g["status"] != "match").any():
            continue  # a share that does not hold is flagged on its own row; its parts say nothing more
        whole = by_id.get(den)
        reps = [by_id.get(x) for x in g["reported_fact_id"]]
        parts = list({x: by_id.get(x) for x in g["numerator_fact_ids"]}.values())
        if whole is None or len(parts) < 2 or len(parts) != len(reps) or any(r is None for r in reps + parts):
            continue
        if not overlaps(_sum_iv(reps), (100.0, 100.0)):
            continue
        s_iv = _sum_iv(parts)
        s = sum(p["value"] for p in parts)
        shares = " + ".join(fmt(r) for r in reps)
        out.append(_check("shares_of_whole", "sum", whole, parts,
                          " + ".join(fmt(p) for p in parts) + f" = {fmt(whole)} (shares {shares} = 100%)", s,
                          whole["value"], "match" if overlaps(s_iv, (whole["lo"], whole["hi"])) else "mismatch",
                          parts + [whole] + reps))
    return out


def find_checks(facts: pd.DataFrame, rates: pd.DataFrame | None = None,
                sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """All consistency checks the structure of each article allows (columns ``CHECK_COLUMNS``).

    ``rates`` defaults to ``compute_rates(facts)``; its reconciled rates become equality checks.
    ``sentences`` (columns article_id, start, text: the sentences table) lets a count be checked
    against items named in following sentences that hold no facts (`五个工程` then “闭环工程”…)."""
    f = annotate(facts)
    rows: list[dict] = []
    by_id: dict[str, dict] = {}
    for _, g in f.groupby("article_id", sort=True):
        recs = g.to_dict("records")
        by_id.update({r["fact_id"]: r for r in recs})
        used: set[str] = set()
        sums: dict[str, list[str]] = {}
        rows += _breakdowns(recs, used, sums)
        rows += _splits(recs, used, sums)
        rows += _trailing_totals(recs, used, sums)
        rows += _pipelines(recs, set(), sums)
        rows += _repeated(recs, used, sums)
        rows += _subsets(recs, used)
        rows += _targets(recs)
        rows += _per_unit(recs)
        rows += _unit_prices(recs)
        rows += _enumerations(recs)
        rows += _forward_enumerations(recs, _article_sentences(recs, sentences))
        rows += _admin_counts(recs)
        rows += _beneficiaries(recs)
        rows += _zeros(recs)
        rows += _plan_remainders(recs)
        rows += _list_sums(recs, {(r["total_fact_id"], r["part_fact_ids"]) for r in rows})
        rows += _differences(recs)
        rows += _common_references(recs)
        rows += _weighted_rates(recs)
    rates = compute_rates(facts) if rates is None else rates
    rows += _rate_checks(rates, by_id)
    rows += _shares_of_whole(rates, by_id)
    out = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    for col in ("sum", "total", "difference"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    return out.sort_values(["article_id", "check", "total_fact_id", "part_fact_ids"], kind="stable").reset_index(drop=True)
