"""Check ``list_sum``: a total followed (or preceded) by the figures it is made of, found by addition.

Reports list a total and then its parts without any breakdown word (`共370个` then `智力58个, 产业98个…`;
a fund line, then its items, each with its central and provincial share). Such a list is recognised
only when a run of figures adds up to the total within the rounding of every printed figure, so this
family reports agreements (``match``) and never raises an alarm: without a word saying which figures
are the parts, a shortfall says nothing. Runs looked at, for a total T:

- the figures of T's unit that follow it (the parts listed after the total), and those from the next
  statement on (the total's sentence may hold sibling aggregates: 总投资…, 计划使用衔接资金…);
- the figures following T that carry T's own indicator label (the item lines of a fund line, skipping
  the per-source amounts printed beside each item);
- the figures of T's unit right before it in its statement (`中央15587万元、省级7926万元, 共计23513万元`).

In each run the shortest prefix of at least two figures that reaches T is taken; a run stops when it
passes T. A total may have two lists (a fund line by source, and by item).

A total stated as a bound (`援藏资金超过百亿元`, `突破10亿元`) has no end a prefix could reach. Its parts
are the item lines that repeat its head words (`上海市…援藏资金45.18亿元; 山东省…援藏资金38.18亿元; …`),
every one of them up to the first figure of the unit that does not; their sum matches when it is at
or above the bound and below the bound's next step (超过百亿 is not said of 250亿).
"""
from __future__ import annotations

import math
import re

from ..scopes import COUNT_UNITS, _step, clean_raw, cues, fmt, overlaps, periods_compatible, show
from .common import _names_change, _per_head

_NON_ADDITIVE = {"percent", "percentage_point"}


def _ok(r: dict) -> bool:
    lo = r.get("lo")
    return lo is not None and lo == lo


def _can_total(t: dict) -> bool:
    if not _ok(t) or t["unit"] in _NON_ADDITIVE or not t["value"] or t["value"] <= 0:
        return False
    if t["qualifier"] not in ("exact", "lower_bound") or t["hi"] == float("inf"):
        return False
    return t["value"] >= cues()["list_sum_min_total"]


def _open_bound(t: dict) -> bool:
    """A total stated as an open lower bound (超过百亿元, 突破10亿元)."""
    return (_ok(t) and t["unit"] not in _NON_ADDITIVE and t["qualifier"] == "lower_bound"
            and t["hi"] == float("inf") and t["value"] >= cues()["list_sum_min_total"])


def _next_step(t: dict) -> float:
    """The bound plus one unit of its last significant digit (超过百亿 -> 200亿, 突破3800万 -> 3900万)."""
    if re.search(r"\d", clean_raw(t["raw"])):
        return t["value"] + _step(t["raw"], t["value"], t["unit"])[1]
    return t["value"] + 10 ** math.floor(math.log10(t["value"]))  # 百亿: a numeral word


def head_words(label: str) -> str:
    """The head words of a figure's clause: its label without the verbs and bound words around the
    number (援藏资金超过 -> 援藏资金, 累计到位资金达 -> 到位资金)."""
    c = cues()
    text = clean_raw(label).strip(" ,，、;；:：")
    for _ in range(3):
        for w in sorted(c["total_cues"] + c["bound_head_trim"], key=len, reverse=True):
            text = text.removeprefix(w).removesuffix(w)
    return text


def parallel_lines(a: str, b: str) -> bool:
    """Whether two figures are parallel lines of one list: their head words are the same, or differ
    only by the place heading each (A市安排项目 / B县安排项目)."""
    ha, hb = head_words(a), head_words(b)
    if len(ha) < 2 or len(hb) < 2:
        return False
    k = 0
    while k < min(len(ha), len(hb)) and ha[-1 - k] == hb[-1 - k]:
        k += 1
    if k == len(ha) == len(hb):
        return True
    pa, pb = ha[:len(ha) - k], hb[:len(hb) - k]
    suffixes = tuple(cues()["place_suffixes"])
    return k >= 2 and pa != pb and pa.endswith(suffixes) and pb.endswith(suffixes)


def _bound_sums(recs: list[dict], i: int, t: dict) -> dict | None:
    """The item lines of a bound total that repeat its head words, all of them, added up."""
    head = head_words(t["label"])
    if len(head) < 2:
        return None
    parts = []
    for p in recs[i + 1:]:
        if p["sent_idx"] - t["sent_idx"] > _window(t):
            break
        if p["unit"] != t["unit"]:
            continue
        if head not in clean_raw(p["label"]) or not _can_part(p, t):
            break
        parts.append(p)
    if len(parts) < 2:
        return None
    s = sum(p["value"] for p in parts)
    if not t["value"] <= s < _next_step(t):
        return None
    return {"total": t, "parts": parts, "how": "item lines under a bound",
            "text": " + ".join(fmt(p) for p in parts) + f" = {show(s, parts[0])} >= {fmt(t)}"}


def _can_part(p: dict, t: dict) -> bool:
    # 落实帮扶措施2.46万项，户均2.5项。其中，产业帮扶8642项…: an average per head is no part of the total
    return (_ok(p) and p["unit"] == t["unit"] and p["qualifier"] == "exact" and p["value"] > 0
            and periods_compatible(p["period"], t["period"]) and (_per_head(t) or not _per_head(p))
            and not _names_change(str(p["label"])))


def _first_sum(run: list[dict], t: dict) -> list[dict] | None:
    """The shortest prefix (two parts or more) whose printed figures add up to the total within the
    total's own rounding. Found by addition alone, so the parts' rounding is not granted as well:
    `5万 + 0.7万 + 2.5万` (8.2万, up to 8.8万 when 5万 is ±0.5万) is not taken for 8.7万."""
    s = 0.0
    for k, p in enumerate(run, 1):
        s += p["value"]
        if s > t["hi"] * (1 + 1e-9) + 1e-9:
            return None
        if k >= 2 and overlaps((s, s), (t["lo"], t["hi"])):
            return run[:k]
    return None


def _window(t: dict) -> int:
    """Sentences a list may run over: amounts and large counts may fill a table of item lines; a small
    count stays in its statement and the next (small whole numbers add up by chance)."""
    c = cues()
    count = t["unit"] in COUNT_UNITS or t["unit"].startswith("other:")
    if count and t["value"] < c["list_sum_wide_min_count"]:
        return c["list_sum_window_small_counts"]
    return c["list_sum_window"]


def list_sums(recs: list[dict], taken: set[tuple[str, str]]) -> list[dict]:
    """Rows (dicts with total, parts, text) for every total a run of parts adds up to. ``taken``:
    (total fact id, ';'-joined part ids) pairs some other check already holds."""
    out = []
    for i, t in enumerate(recs):
        if _open_bound(t):
            b = _bound_sums(recs, i, t)
            if b and (t["fact_id"], ";".join(p["fact_id"] for p in b["parts"])) not in taken:
                out.append(b)
            continue
        if not _can_total(t):
            continue
        w = _window(t)
        after = [p for p in recs[i + 1:] if p["sent_idx"] - t["sent_idx"] <= w]
        same_unit = [p for p in after if p["unit"] == t["unit"]]
        runs = [
            ("listed after", [p for p in same_unit]),
            ("item lines after", [p for p in same_unit if p["indicator"] == t["indicator"]]),
            # 总投资9.87亿元, 计划使用衔接资金5.24亿元。按类型分, …投资5.63亿元; …: the total's own
            # sentence may hold sibling aggregates; its parts are listed from the next statement on
            ("listed in the statements after", [p for p in same_unit if p["sent_idx"] > t["sent_idx"]]),
            ("listed before", [p for p in reversed(recs[:i]) if p["unit"] == t["unit"]
                               and t["sent_idx"] - p["sent_idx"] <= 1][::1]),
        ]
        for how, run in runs:
            # a run is made of parts only: a repeat of the total or a non-part ends it
            clean = []
            for p in run:
                if not _can_part(p, t) or p["value"] == t["value"]:
                    break
                clean.append(p)
            parts = _first_sum(clean, t)
            if parts:
                if how == "listed before":
                    parts = parts[::-1]
                ids = [p["fact_id"] for p in parts]
                if (t["fact_id"], ";".join(ids)) in taken:
                    continue
                if any([q["fact_id"] for q in o["parts"]] == ids for o in out if o["total"] is t):
                    continue
                out.append({"total": t, "parts": parts, "how": how,
                            "text": " + ".join(fmt(p) for p in parts) + f" = {fmt(t)}"})
    return out
