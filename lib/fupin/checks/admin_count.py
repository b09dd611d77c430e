"""Check ``admin_count``: `全市5县3区` against the county-level units the gazetteer lists.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..scopes import cues, evidence, fmt
from .common import _check, _ok


@lru_cache(maxsize=1)
def _county_units() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Prefecture -> its county-level units, and prefecture -> its names and aliases (fupin.gazetteer)."""
    from .. import gazetteer
    gz = gazetteer.load()
    children: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    for p in gz.places:  # code order (deterministic)
        if p.level == "county" and p.parent:
            children.setdefault(p.parent, []).append(p.name)
    for alias, ps in gz.by_alias.items():
        for p in ps:
            if p.level == "prefecture":
                names.setdefault(p.name, []).append(alias)
    return children, names


def _admin_counts(recs: list[dict]) -> list[dict]:
    """`全市5县3区`: the number of counties and districts the gazetteer lists for the prefecture."""
    units = cues()["admin_count_units"]
    children, names = _county_units()
    out = []
    for i, x in enumerate(recs):
        region = x["region"]
        if x["unit"] not in units or not _ok(x) or region not in children:
            continue
        first = i  # 5县3区: the cue stands before the first count of the run
        while first > 0 and recs[first - 1]["unit"] in units and recs[first - 1]["sent_start"] == x["sent_start"] \
                and recs[first - 1]["end"] == recs[first]["start"]:
            first -= 1
        before = recs[first]["sentence"][:recs[first]["pos"]]
        cue_words = cues()["admin_whole_cues"] + names.get(region, [])
        if not any(before.endswith(w) for w in cue_words):
            continue
        after = str(x["sentence"])[x["pos"] + x["end"] - x["start"]:]
        if not any(before.endswith(w) for w in cues()["admin_whole_cues"]) \
                and re.search(cues()["admin_pairing_after"], after):
            continue  # 南京7个区与商洛7个县区共建…: the units taking part in a pairing, not all of them
        listed = [c for c in children[region] if c.endswith(tuple(units[x["unit"]]))]
        n = len(listed)
        out.append(_check("admin_count", "equality", x, [], f"{fmt(x)} vs gazetteer {region}: {'、'.join(listed)} ({n})",
                          float(n), x["value"], "match" if n == x["value"] else "mismatch", [x])
                   | {"evidence": evidence([x]) + f" … gazetteer: {region} {'/'.join(units[x['unit']])} = {'、'.join(listed)}"})
    return out
