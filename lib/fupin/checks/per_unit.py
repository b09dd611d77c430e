"""Checks ``per_unit`` and ``implied_total``: an amount over a head count against the per-head figure
stated with them; with no amount, count x per-head figure is an implied total.
"""
from __future__ import annotations

import math
import re

from ..scopes import cues, fmt, overlaps
from .common import _check, _ok, _per_head


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
