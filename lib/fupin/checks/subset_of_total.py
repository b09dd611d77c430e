"""Check ``subset_of_total``: later, more specific figures of a one-year package (安排资金…、实施项目…)
are at most its total.
"""
from __future__ import annotations

import math

from ..scopes import cues, fmt, single_year
from ..byte_escapes import LOST_HAN
from ..quantities import DIGIT_LOST
from ..segment import is_heading
from .list_sum import parallel_lines
from .common import _NON_ADDITIVE, _check, _ok, _share_after, _sum_iv


LOST_MARKS = (DIGIT_LOST, LOST_HAN)
"""Characters the reader writes for a character lost to damage (U+FFFD; the geta mark of fupin.byte_escapes)."""


def _lost_before(t: dict) -> bool:
    """Whether a character of the clause before a figure, or of its own sentence's opening, was lost to damage:
    a package total is judged by words (安排…资金 vs 其中…资金), and the lost one may be the one that decides."""
    text = str(t.get("label") or "") + str(t.get("ctx_before") or "")
    return any(m in text for m in LOST_MARKS)


def _subsets(recs: list[dict], used: set[str], sentences: list[tuple[int, str]] | None = None) -> list[dict]:
    """`安排资金3.77亿元、实施项目56个` then, in the next sentences of the same period, `17个产业项目`
    and `项目18个`: the later, more specific figures are at most the package total. ``sentences`` ((start,
    text) of the article's sentences) marks the section headings: a package holds nothing past a heading
    (…全年发放补助资金558.6万元。 / 四、营养改善计划全面覆盖 / …下达补助资金3540万元: another programme)."""
    out = []
    with_facts = {int(r["sent_start"]) for r in recs}
    headings = [s for s, text in (sentences or []) if s not in with_facts and is_heading(text.strip())]
    seen: set[tuple] = set()
    listed: set[str] = set()
    for i, t in enumerate(recs):
        if not _ok(t) or t["unit"] in _NON_ADDITIVE or t["hi"] == math.inf:
            continue  # an open bound (超过10亿元) holds anything: no nesting to check
        if any(w in t["local"] for w in cues()["selection_cues"]):
            continue  # 我市有8个项目入选: a count of items chosen into a list is no package
        if _lost_before(t):
            continue  # 其〓，中〓资金1.72亿元 (其中 lost to damage): the word that made it a part may be the lost one
        if _share_after(recs, i) is not None:
            continue  # 用于民生的资金17.12亿元，占援疆资金总额的72.3%: a figure given as its share of a whole is a part of it
            # (a category, which the next categories may overlap), no package of its own
        if t["label"].startswith(tuple(cues()["breakdown_markers"])) or (
                str(t["ctx_before"]).lstrip().startswith("、") and i and recs[i - 1]["fact_id"] in listed):
            listed.add(t["fact_id"])
            continue  # 其中中央资金5.92亿元、自治区资金…: a part of a breakdown is no package total for what follows
        for noun in cues()["subset_nouns"]:
            key = (t["unit"], t["period"], t["region"], noun)
            # only a one-year package (安排…资金、实施项目) is a whole for what follows
            if noun not in t["local"] or key in seen or single_year(t["period"]) is None:
                continue
            seen.add(key)
            if t["fact_id"] in used:
                continue
            parts = [p for p in recs[i + 1:] if p["sent_idx"] > t["sent_idx"] and p["sent_idx"] <= t["sent_idx"] + 2
                     and p["unit"] == t["unit"] and p["period"] == t["period"] and _ok(p)
                     and p["region"] == t["region"] and noun in p["local"] and p["fact_id"] not in used
                     and (not p["actor"] or not t["actor"] or p["actor"] == t["actor"])
                     # a line that repeats the total's own head words is a parallel line (上海市…援藏资金
                     # 45.18亿元; 山东省…援藏资金38.18亿元), not a part of it
                     and not parallel_lines(p["label"], t["label"])
                     # 其中脱贫家庭学生资助资金1.42亿元: a part opened by a breakdown word is the breakdown's
                     # (checked there), not one of several disjoint subsets to add up with later figures
                     and not p["label"].startswith(tuple(cues()["breakdown_markers"]))
                     # a figure stated as a whole (全州完工项目272个, 共…) is no part of a package
                     and not any(w in p["label"] for w in cues()["total_cues"])
                     # 直接投入帮扶资金1260万元; 引进帮扶资金3580万元: funds of another channel, not a part
                     and not _other_channel(p["label"], t["label"])
                     and not any(w in p["local"] for w in cues()["selection_cues"])
                     and not any(t["sent_start"] < h < p["sent_start"] for h in headings)
                     # 全年衔接资金支出17935万元 after 统筹…资金18672万元: the whole spent, not a slice of it
                     and not _flow_of_whole(p["label"], t["label"])]
            if not parts:
                continue
            s_iv = _sum_iv(parts)
            out.append(_check("subset_of_total", "nesting", t, parts,
                              " + ".join(fmt(p) for p in parts) + f" <= {fmt(t)}", sum(p["value"] for p in parts),
                              t["value"], "match" if s_iv[0] <= t["hi"] else "mismatch", [t] + parts))
    return out


def _flow_of_whole(part: str, whole: str) -> bool:
    """Whether a later figure is the package at a later stage of its flow (``whole_flow_words`` of
    data/checks.yaml: 支出, 拨付, …) that the whole's own label does not name: such a figure covers the
    whole, it is no disjoint slice to add to the uses listed after it (用于产业发展10986万元)."""
    return any(w in str(part) and w not in str(whole) for w in cues()["whole_flow_words"])


def _other_channel(part: str, whole: str) -> bool:
    """Whether two labels name different channels of aid funds (``fund_channels`` of data/checks.yaml) or
    different levels of government (``fund_levels``: 省级财政安排… then 各市县统筹整合…)."""
    for key in ("fund_channels", "fund_levels"):
        a = {w for w in cues()[key] if w in str(part)}
        b = {w for w in cues()[key] if w in str(whole)}
        if a and b and not a & b:
            return True
    return False
