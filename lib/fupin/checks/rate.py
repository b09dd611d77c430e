"""Checks ``rate:<name>``: the stated rates of the rates table (``fupin.stated_rates``) that were
recomputed (match / mismatch) or that no whole count can give over their base (impossible).
"""
from __future__ import annotations

import pandas as pd

from ..scopes import fmt
from .common import _check


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
        op = " − " if r.get("kind") in ("gap", "pp_change") else " / "  # points are a difference
        txt = f"{fmt(n)}{op}{fmt(d)} = {r['computed']:.2f} vs reported {fmt(rep)}"
        if r["status"] == "mismatch" and not pd.isna(r["implied_denominator"]):
            txt += f" (implies a base of {r['implied_denominator']:g})"
        out.append(_check(f"rate:{r['rate']}", "equality", rep, [n, d], txt, float(r["computed"]),
                          float(r["reported"]), r["status"], [n, d, rep]))
    return out
