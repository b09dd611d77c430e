"""Check ``total_after_parts``: parallel figures of one sentence summed by the first figure of
the same unit in the next sentence.
"""
from __future__ import annotations

from ..scopes import fmt, overlaps
from .common import _NON_ADDITIVE, _check, _ok, _per_head, _sum_iv


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
