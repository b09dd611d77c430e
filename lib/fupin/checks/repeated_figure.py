"""Check ``repeated_figure``: one figure stated twice (a headline and the body, a summary and
its paragraph) must agree within rounding. Figures merely near each other are never linked.
"""
from __future__ import annotations

from ..scopes import cues, fmt, is_generic, overlaps, periods_compatible, regions_compatible
from .common import _NON_ADDITIVE, _check, _ok, _tokens


def _same_thing(a: dict, b: dict) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if a["unit"] == b["unit"]:
        return True
    return any(t in b["local"] or t in tb for t in ta) or any(t in a["local"] for t in tb)


def _is_headline(r: dict) -> bool:
    return str(r.get("block") or "") in ("page_title", "title", "subtitle")


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
