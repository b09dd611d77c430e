"""Checks ``per_unit`` and ``implied_total``: an amount over a head count against the per-head figure
stated with them; with no amount, count x per-head figure is an implied total.
"""
from __future__ import annotations

import math
import re

from ..scopes import cues, fmt, overlaps
from .common import _check, _is_change, _is_prior_level, _ok, _per_head


# 平均每个项目带动50人, 平均每个车间吸纳约51人, 园均6.9家: a count per unit of something counted before it
# (平均每个车间19.4人: the verb may be left out)
_PER_EACH = re.compile(r"每(?:个|家|所|处|座)([^\d,，;；。、]{1,4}?)(?:平均)?(?:(?:带动|吸纳|吸收|安置|覆盖|惠及|入驻)[^,，;；。]{0,4})?$")
_PER_PLACE = re.compile(r"([园村社站点校])均$")  # 园均6.9家, 校均457人
# 在岗乡村医生312人, 平均每个村卫生室1.7人: the noun ends the clause, no verb after it
_PER_EACH_NOUN = re.compile(r"平均每(?:个|家|所|处|座)([^\d,，;；。、平均每]{2,5})$")
# sentences before a per-head figure where the count it divides by may stand, when not in its own
_FAR_SENTENCES = 6


def _per_each(recs: list[dict]) -> list[dict]:
    """`共建产业园区71个, 入驻企业492家, 园均6.9家`; `…项目163个, 带动就业1.96万人, 其中…, 平均每个项目带动就业
    约120人`: the figure of the per-unit's unit printed before it in its sentence (not a 其中 part) over the
    count whose clause names the unit noun (项目, 车间, 园)."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] == "CNY" or not _ok(p) or p["unit"] in ("percent", "percentage_point"):
            continue
        label = str(p["label"])
        m = _PER_EACH.search(label) or _PER_PLACE.search(label) or _PER_EACH_NOUN.search(label)
        if m is None:
            continue
        noun = m.group(1)[-2:]
        same = [r for r in recs[:i] if r["sent_start"] == p["sent_start"] and _ok(r)]
        amounts = [r for r in same if r["unit"] == p["unit"] and not _per_head(r) and not str(r["label"]).startswith("其中")
                   and not _is_prior_level(r)]
        counts = [r for r in same if r["unit"] != p["unit"] and float(r["value"]).is_integer() and r["value"] > 0
                  and noun in str(r["label"]) + str(r["unit"])]
        if not amounts or len(counts) != 1:
            continue
        m_, c = amounts[-1], counts[0]
        comp = m_["value"] / c["value"]
        civ = (m_["lo"] / c["hi"], m_["hi"] / c["lo"]) if c["lo"] > 0 else (comp, math.inf)
        status = "match" if overlaps(civ, (p["lo"], p["hi"])) else "mismatch"
        out.append(_check("per_unit", "implied", p, [m_, c], f"{fmt(m_)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}",
                          comp, p["value"], status, [m_, c, p]))
    return out


def _whole_before_breakdown(p: dict, counts: list[dict], part: dict) -> list[dict]:
    """The count of the part's unit printed before a breakdown word (其中, 包括) that opens the part's list."""
    sent = str(p["sentence"])
    out = []
    for w in counts:
        if w is part or w["unit"] != part["unit"] or w["pos"] >= part["pos"] or w["value"] <= part["value"]:
            continue
        between = sent[w["pos"]:part["pos"]]
        if any(k in between for k in cues()["breakdown_markers"] if k not in ("分别",)):
            out.append(w)
    return out[:1]


def _count_further_back(recs: list[dict], i: int, p: dict, amounts: list[dict], units: list[str]) -> list[dict]:
    """`全年共下达…补助资金3978万元, 户均补助3.16万元` with 任务1260户 a sentence or more before: the count
    is not in the per-head figure's sentence. Of the amounts of its sentence and the exact whole counts
    of its units in the sentences before (not per head), the one pair of values whose amount / count
    rounds to the printed figure is taken (`投入…资金5430万元, 其中中央…3260万元、省级…2170万元, 人均培训补助1500元`
    over 培训3.62万人 six sentences before). Agreements only: when no pair or several fit, nothing is said."""
    counts = [r for r in recs[:i] if r["unit"] in units and _ok(r) and not _per_head(r) and r["qualifier"] == "exact"
              and float(r["value"]).is_integer() and r["value"] > 0 and r["sent_start"] != p["sent_start"]
              and 0 < p["sent_idx"] - r["sent_idx"] <= _FAR_SENTENCES]
    # the printed values themselves give it, not merely their rounding intervals (a search finds those by chance)
    fits = [(m, c) for m in amounts for c in counts if p["lo"] - 1e-9 <= m["value"] / c["value"] <= p["hi"] + 1e-9]
    if len({(float(m["value"]), float(c["value"])) for m, c in fits}) != 1:
        return []
    m, c = fits[-1]
    comp = m["value"] / c["value"]
    return [_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}"
                   " (the count printed before its sentence: the one that fits)", comp, p["value"], "match", [m, c, p])]


def _per_unit(recs: list[dict]) -> list[dict]:
    """`分红975.94万元, 带动3368人次, 人均增收2897.7元`: amount / count against the per-head figure;
    with no amount stated, count x per-head figure is an implied total."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] != "CNY" or not _ok(p):
            continue
        cue = next((c for c in cues()["per_unit_cues"] if c in p["label"]), None)
        if cue is None or re.search(cues()["unit_price_regex"], p["label"]):
            continue
        same = [r for r in recs[:i] if r["sent_start"] == p["sent_start"] and _ok(r)]
        # 转移就业9.62万人, 比上年增加0.48万人, …人均2.56万元: a change is no head count to divide by
        counts = [r for r in same if r["unit"] in cues()["per_unit_cues"][cue] and not _per_head(r)
                  and float(r["value"]).is_integer() and not _is_change(r)]
        # 户均2.0万元 after 贷款1.97亿元 is that amount per household; 人均增收 is no share of an investment,
        # unless both name the same payment (资助资金2.36亿元 … 人均资助2398元); 增收4771万元, 户均增收4260元,
        # 人均增收1477元: another per-head figure is no amount to divide
        gain = re.search(cues()["per_unit_income_words"], p["label"])
        paid = [w for w in cues()["per_unit_payment_words"] if w in p["label"]]
        amounts = [r for r in same if r["unit"] == "CNY" and not _per_head(r) and not _is_prior_level(r)
                   and not (gain and any(w in r["label"] for w in cues()["per_unit_amount_blockers"])
                            and not any(w in r["label"] for w in paid))]
        whole = [r for r in amounts if not str(r["label"]).startswith("其中")]
        # 其中到户贷款1.38亿元, 占32.5%, 扶持贫困农户2.76万户, 户均5000元: in a sentence that opens with 其中 and
        # prints no other amount, the part it is about is the amount divided
        amounts = whole if whole or not str(p["sentence"]).lstrip().startswith("其中") else amounts
        # 1.28万户, 每户每年3000元, 计3840万元: the product printed right after the per-head figure is its amount
        product = next((r for r in recs[i + 1:i + 2] if r["sent_start"] == p["sent_start"] and r["unit"] == "CNY"
                        and _ok(r) and re.match(cues()["per_unit_product_regex"], str(r["label"]))), None)
        amounts = [product] if product is not None else amounts
        if not counts:
            if amounts:
                out += _count_further_back(recs, i, p, amounts, cues()["per_unit_cues"][cue])
            continue
        c = counts[-1]
        if amounts and c["value"]:
            m = amounts[-1]
            # 户均贷款5万元 after 小额信贷3.24亿元 and 贴息资金3518万元: the amount its words name
            names = [v for k, v in cues()["per_unit_named_amounts"].items() if k in p["label"][p["label"].find(cue):]]
            named = [r for r in amounts if any(x in r["label"] for v in names for x in v)]
            if named and not any(x in m["label"] for v in names for x in v):
                m = named[-1]
            # 带动1.86万户, 其中务工带动6380户、分红带动1.22万户, 增收2325万元, 户均增收1250元: the nearest count
            # is a part of the whole before 其中, and the per-head figure may be of either; a mismatch only when
            # neither fits
            for c2 in [c] + [w for w in _whole_before_breakdown(p, counts, c) if w["value"]]:
                comp = m["value"] / c2["value"]
                civ = (m["lo"] / c2["hi"], m["hi"] / c2["lo"]) if c2["lo"] > 0 else (comp, math.inf)
                status = "match" if overlaps(civ, (p["lo"], p["hi"])) else "mismatch"
                if status == "match":
                    c = c2
                    break
            comp = m["value"] / c["value"]
            out.append(_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}",
                              comp, p["value"], status, [m, c, p]))
        else:
            x = c["value"] * p["value"]
            out.append(_check("implied_total", "implied", None, [c, p], f"{fmt(c)} x {fmt(p)} ≈ {x:,.0f}",
                              None, x, "implied", [c, p]))
    return out + _per_each(recs)
