"""Check ``implied_target``: `11337人, 完成全年目标任务的57.98%` implies the target.
"""
from __future__ import annotations

import math
import re

from ..scopes import COUNT_UNITS, cues, fmt
from .common import _NON_ADDITIVE, _check, _ok


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
        if re.search(cues()["printed_target_regex"], n["label"]):
            continue  # 年度目标任务是20.8万人，完成了目标任务的108.7%: the target is printed, nothing is implied
        x = n["value"] / (p["value"] / 100)
        lo, hi = n["lo"] / (p["hi"] / 100), n["hi"] / (p["lo"] / 100) if p["lo"] > 0 else math.inf
        txt = f"{fmt(n)} / {fmt(p)} -> target ≈ {x:,.0f} ({math.ceil(lo):,}–{math.floor(hi):,})" if n["unit"] in COUNT_UNITS \
            else f"{fmt(n)} / {fmt(p)} -> target ≈ {x:,.2f}"
        out.append(_check("implied_target", "implied", None, [n, p], txt, None, round(x, 2), "implied", [n, p]))
    return out
