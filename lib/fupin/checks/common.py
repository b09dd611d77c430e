"""What the check families share: the row every check emits (``CHECK_COLUMNS``, ``_check``), the
interval of a sum, the statement a figure opens, and the words that say what a figure counts
(``_tokens``), whether it is per head (``_per_head``) and its project stage (``_stage``).
"""
from __future__ import annotations

import math
import re

from ..scopes import cues, evidence


CHECK_COLUMNS = ["check", "article_id", "kind", "total_fact_id", "part_fact_ids", "parts", "sum", "total",
                 "difference", "status", "evidence"]


_NON_ADDITIVE = {"percent", "percentage_point"}


def _ok(r: dict) -> bool:
    return not (r["lo"] is None or (isinstance(r["lo"], float) and math.isnan(r["lo"])))


def _is_change(r: dict) -> bool:
    """A figure stated as a change (较上年分别下降2.09万人, 同比增加2.7万人) is a difference of two
    stocks: not a part of a stock, and not the whole that the stock's parts add up to."""
    return _names_change(str(r["label"]))


def _names_change(label: str) -> bool:
    """Words before a figure saying it is a change (``change_words``), once the nouns that hold a change word
    but name a value (``change_word_nouns``: 第一产业增加值, a flow, not 增加) are taken out."""
    for noun in cues()["change_word_nouns"]:
        label = label.replace(noun, "")
    return any(w in label for w in cues()["change_words"])


def _restates_levels(recs: list[dict], k: int) -> bool:
    """The change ``recs[k]`` restates the difference of the two levels printed right before it in its sentence
    (由上年的6.47万人增加到6.82万人，增加0.35万人): the words of data/checks.yaml ``multiple_change_regex`` between
    the levels and ``multiple_from_regex`` before the first, as `fupin.checks.multiple` reads them."""
    x = recs[k]
    if k < 2 or not _is_change(x):
        return False
    a, b = recs[k - 2], recs[k - 1]
    if any(r["sent_start"] != x["sent_start"] or r["unit"] != x["unit"] for r in (a, b)):
        return False
    return _from_to(str(x["sentence"]), a, b)


def _from_to(sentence: str, a: dict, b: dict) -> bool:
    """``a`` and ``b`` are the two levels of a change written 由A…增加到B in ``sentence`` (data/checks.yaml
    ``multiple_change_regex`` between them, ``multiple_from_regex`` before the first)."""
    c = cues()
    between = sentence[a["pos"] + len(a["qtext"]):b["pos"]]
    return re.search(c["multiple_change_regex"], between) is not None \
        and re.search(c["multiple_from_regex"], sentence[:a["pos"]]) is not None


def _is_prior_level(r: dict) -> bool:
    """A figure printed as the earlier level of a growth (比上年的2358.6万元增长21.4%): a reference, not a
    whole of the figures after it (``prior_level_regex`` of data/checks.yaml)."""
    return re.search(cues()["prior_level_regex"], str(r.get("ctx_before") or "")) is not None


def _share_after(recs: list[dict], k: int) -> dict | None:
    """The share printed right after the k-th figure, in its sentence, as its part of a whole (资金18.62亿元，占79.0%;
    资金17.12亿元，占援疆资金总额的72.3%), or None."""
    nxt = recs[k + 1] if k + 1 < len(recs) else None
    if nxt is not None and nxt["unit"] == "percent" and nxt["sent_start"] == recs[k]["sent_start"] \
            and "占" in str(nxt["ctx_before"])[-12:] and nxt.get("lo") is not None and nxt["lo"] == nxt["lo"]:
        return nxt
    return None


def _sum_iv(parts: list[dict]) -> tuple[float, float]:
    return sum(p["lo"] for p in parts), sum(p["hi"] for p in parts)


def _check(name: str, kind: str, total: dict | None, parts: list[dict], parts_text: str, sum_: float | None,
           total_value: float | None, status: str, ev_rows: list[dict]) -> dict:
    diff = sum_ - total_value if sum_ is not None and total_value is not None else None
    return {"check": name, "article_id": (total or parts[0])["article_id"], "kind": kind,
            "total_fact_id": total["fact_id"] if total else "",
            "part_fact_ids": ";".join(p["fact_id"] for p in parts), "parts": parts_text, "sum": sum_,
            "total": total_value, "difference": diff, "status": status, "evidence": evidence(ev_rows)}


def _clause_group(recs: list[dict], i: int) -> list[int]:
    """Indices from i to the end of its statement: the sentence, continued into the next one when
    a layout break cut the sentence without closing punctuation."""
    out = [i]
    for j in range(i + 1, len(recs)):
        prev, cur = recs[j - 1], recs[j]
        if cur["sent_start"] != prev["sent_start"] and (prev["terminal"] or not _next_sentence(prev, cur)):
            break
        out.append(j)
    return out


_LAYOUT_GAP = 2
"""Characters (a line break, a space) that may stand between a sentence cut by the layout and its rest."""


def _next_sentence(prev: dict, cur: dict) -> bool:
    """cur's sentence follows prev's with nothing but a line break between: no sentence without figures (a
    heading `03`, `就业帮扶稳增收`) stands between them. Lines of a post that close with no mark
    (带动农户8650户，其中脱贫户3260户 … 04 / 监测帮扶守底线 / ● 累计识别监测对象1286户) are separate statements."""
    return cur["sent_idx"] == prev["sent_idx"] + 1 \
        and cur["sent_start"] - (prev["sent_start"] + len(str(prev["sentence"]))) <= _LAYOUT_GAP


def _prev_same_unit(recs: list[dict], i: int, unit: str, before: int) -> dict | None:
    """Nearest fact of ``unit`` before position ``before`` in the sentence of recs[i], else the last
    one of the previous sentence holding facts when recs[i] opens its sentence."""
    x = recs[i]
    same = [r for r in recs[:i] if r["sent_start"] == x["sent_start"] and r["unit"] == unit and _ok(r)
            and r["pos"] < before]
    if same:
        return same[-1]
    if any(r["sent_start"] == x["sent_start"] for r in recs[:i]):
        return None
    prev = [r for r in recs[:i] if r["sent_idx"] == x["sent_idx"] - 1 and r["unit"] == unit and _ok(r)]
    return prev[-1] if prev else None


def _per_head(r: dict) -> bool:
    return any(c in r["label"] for c in cues()["per_unit_cues"]) or re.search(cues()["unit_price_regex"], r["label"]) is not None


def _stage(r: dict) -> int | None:
    stages = [s["stage"] for s in cues()["pipeline_stages"]]
    kw = {s["stage"]: s["keywords"] for s in cues()["pipeline_stages"]}
    text = r["label"] + r["clause_after"]
    for st in cues()["pipeline_match_order"]:
        if any(k in text for k in kw[st]):
            return stages.index(st)
    return None


def _tokens(r: dict) -> set[str]:
    toks = {n for n in cues()["head_nouns"] if n in r["local"]}
    toks.update(cues()["unit_nouns"].get(r["unit"], []))
    if r["unit"].startswith("other:"):
        toks.add(r["unit"][6:])
    return toks
