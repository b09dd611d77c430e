"""Check ``plan_remainder``: what the years done and planned leave of a multi-year target.
"""
from __future__ import annotations

from ..scopes import cues, fmt, period_years, regions_compatible, single_year
from .common import _NON_ADDITIVE, _check, _ok, _tokens


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
