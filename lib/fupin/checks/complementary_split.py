"""Check ``complementary_split``: 已… / 未… (or 男/女, 省内/省外) parts of the figure before them.
"""
from __future__ import annotations

from ..scopes import cues, fmt, overlaps
from .common import _NON_ADDITIVE, _check, _is_change, _ok, _prev_same_unit, _sum_iv


def _core(label: str) -> str:
    for p in sorted(cues()["affirmative_prefixes"], key=len, reverse=True):
        if label.startswith(p):
            return label[len(p):]
    return label


def _complementary(a: str, b: str) -> bool:
    ca, cb = _core(a), _core(b)
    if not ca or not cb:
        return False
    for neg in cues()["negations"]:
        if (cb.startswith(neg) and cb[len(neg):] == ca) or (ca.startswith(neg) and ca[len(neg):] == cb):
            return True
    pairs = cues()["complementary_pairs"]
    if any(_cross_level(s, pairs) for s in (a, b)):
        return False
    return any((x in a and y in b) or (y in a and x in b) for x, y in pairs)


def _cross_level(label: str, pairs: list) -> bool:
    """A part named by two levels at once (省内县外, 区内县外) is one class of a split in three (省外 / 省内县外 /
    县内): it is no complement of the one-level part beside it."""
    places = [pair for pair in pairs if all(w.endswith(("内", "外")) for w in pair)]
    return sum(any(w in label for w in pair) for pair in places) >= 2


def _level_before(recs: list[dict], i: int, change: dict) -> dict | None:
    """The stock stated in the change's own sentence before it (same unit, not itself a change)."""
    k = recs.index(change)
    for r in reversed(recs[:k]):
        if r["sent_start"] != change["sent_start"]:
            return None
        if r["unit"] == change["unit"] and _ok(r) and not _is_change(r):
            return r
    return None


def _splits(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    out = []
    for i, a in enumerate(recs):
        if a["fact_id"] in used or a["unit"] in _NON_ADDITIVE or not _ok(a):
            continue
        for b in recs[i + 1:]:
            if b["sent_start"] != a["sent_start"]:
                break
            if b["unit"] != a["unit"] or b["fact_id"] in used or not _ok(b) or not _complementary(a["label"], b["label"]):
                continue
            total = _prev_same_unit(recs, i, a["unit"], a["pos"])
            if total is None or total["fact_id"] in used:
                break
            if _is_change(total) and not (_is_change(a) or _is_change(b)):
                # 达到88.6万人,同比增加2.7万人。其中,省外21.3万人,省内67.3万人: the parts split the level
                # stated before the change, never the change itself
                total = _level_before(recs, i, total)
                if total is None or total["fact_id"] in used:
                    break
            out.append(_check("complementary_split", "sum", total, [a, b], f"{fmt(a)} + {fmt(b)} = {fmt(total)}",
                              a["value"] + b["value"], total["value"],
                              "match" if overlaps(_sum_iv([a, b]), (total["lo"], total["hi"])) else "mismatch",
                              [total, a, b]))
            used.update({a["fact_id"], b["fact_id"]})
            sums[total["fact_id"]] = [a["fact_id"], b["fact_id"]]
            break
    return out
