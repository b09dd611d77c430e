"""Check ``category_count``: `10类80个` then the typed items of a breakdown: the number of
items listed must equal the category count.
"""
from __future__ import annotations

from ..scopes import cues, fmt
from .common import _check, _ok


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
