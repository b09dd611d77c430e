"""Check ``zero_agreement``: several zeros for one region and period (贫困人口“清零”, 贫困发生率降为0)
say the same thing.
"""
from __future__ import annotations

from ..scopes import cues, fmt, is_generic, periods_compatible
from .common import _check, _ok


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
