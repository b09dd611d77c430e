"""Check ``pipeline``: planned >= prepared >= started >= completed for project counts of one period.
"""
from __future__ import annotations

from ..scopes import cues, fmt, overlaps, periods_compatible, regions_compatible
from .common import _check, _ok, _stage


def _pipelines(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    """Planned >= prepared >= started >= completed for project counts of one period."""
    units = set(cues()["pipeline_units"])
    staged = [(r, _stage(r)) for r in recs if r["unit"] in units and _ok(r)]
    staged = [(r, s) for r, s in staged if s is not None]
    parent: dict[str, dict] = {}
    for i, (x, sx) in enumerate(staged):
        if sx == 0:
            continue
        for y, sy in reversed(staged[:i]):
            if y["sent_idx"] < x["sent_idx"] - 1:
                break
            if sy >= sx or y["unit"] != x["unit"] or not periods_compatible(x["period"], y["period"], strict=True) \
                    or not regions_compatible(x["region"], y["region"]):
                continue
            rivals = [r for r, s in staged if r is not y and r["sent_start"] == y["sent_start"] and s == sy]
            if rivals and y["fact_id"] not in sums:
                break  # one of several parallel figures: not the whole the later stage belongs to
            parent[x["fact_id"]] = y
            break
    children: dict[str, list[dict]] = {}
    for x, _ in staged:
        if x["fact_id"] in parent:
            children.setdefault(parent[x["fact_id"]]["fact_id"], []).append(x)
    out = []
    for root, _ in staged:
        if root["fact_id"] in parent or root["fact_id"] not in children:
            continue
        chain, node = [root], root
        while node["fact_id"] in children:
            node = children[node["fact_id"]][0]
            chain.append(node)
        ok = all(c["lo"] <= p["hi"] for p, c in zip(chain, chain[1:]))
        equal = all(overlaps((c["lo"], c["hi"]), (p["lo"], p["hi"])) for p, c in zip(chain, chain[1:]))
        all_cue = any(w in c["label"] for c in chain[1:] for w in cues()["all_cues"])
        kind = "equality" if all_cue else "nesting"
        status = ("match" if equal else "mismatch") if all_cue else ("match" if ok else "mismatch")
        out.append(_check("pipeline", kind, root, chain[1:], " >= ".join(fmt(c) for c in chain),
                          chain[-1]["value"], root["value"], status, chain))
        used.update(c["fact_id"] for c in chain)
    return out
