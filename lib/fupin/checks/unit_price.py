"""Checks ``unit_price`` and ``implied_total``: `每亩2000元` times a later area against the amount
stated with it.
"""
from __future__ import annotations

import re

from ..scopes import cues, fmt, overlaps
from .common import _check, _ok


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
