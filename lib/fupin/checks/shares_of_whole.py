"""Check ``shares_of_whole``: shares of one whole that add up to 100 % say their parts make up
the whole: the parts must add up to it.
"""
from __future__ import annotations

import pandas as pd

from ..scopes import fmt, overlaps
from .common import _check, _sum_iv


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
