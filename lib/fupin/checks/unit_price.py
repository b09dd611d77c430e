"""Checks ``unit_price`` and ``implied_total``: `每亩2000元` times a later area against the amount
stated with it.
"""
from __future__ import annotations

import re

from ..scopes import cues, fmt, overlaps
from .common import _check, _ok

_CLAUSE = re.compile(r"[,，;；:：]")


def _count_times_price(recs: list[dict]) -> list[dict]:
    """`共建示范点64个, 每个示范点安排省级补助资金300万元, 共计1.92亿元`; `建设农村安居房4200套, 每套补助2万元, 共计8400万元`:
    a count, then in the next clause a sum per each of its measure word (每个, 每套), then the amount 共计/计/合计:
    count x sum per unit = the amount. The three figures follow one another in one sentence.

    `低保对象2.47万人, 每人资助200元, 资助资金494.0万元`; `完成改造1260户, 每户补助5000元, 投入资金630万元`; `为1.52万名
    重度残疾人代缴…, 每人每年100元, 代缴资金152万元`: a sum per head (每人, 每户; per year at most) or an amount named
    by its money word (``unit_price_paid_regex``) rather than 共计: agreements only (the amount may pay for more)."""
    out = []
    for i in range(1, len(recs) - 1):
        q, p, money = recs[i - 1], recs[i], recs[i + 1]
        if p["unit"] != "CNY" or money["unit"] != "CNY" or q["unit"] in ("CNY", "percent", "percentage_point") \
                or not (_ok(q) and _ok(p) and _ok(money)) or not (q["sent_start"] == p["sent_start"] == money["sent_start"]):
            continue
        if q["qualifier"] != "exact" or p["qualifier"] != "exact" or not float(q["value"]).is_integer():
            continue
        clause = _CLAUSE.split(str(p["label"]))[-1]
        head = _per_head_of(q, clause)
        if head is None or len(_CLAUSE.findall(str(p["ctx_before"]))) != 1:
            continue
        total = re.match(cues()["per_unit_product_regex"], str(money["label"])) is not None
        if head and total:
            continue  # 1.28万户, 每户每年3000元, 计3840万元: the product after a sum per head is read by fupin.checks.per_unit
        if not total and not re.match(cues()["unit_price_paid_regex"], str(money["label"])):
            continue
        x = q["value"] * p["value"]
        civ = (q["lo"] * p["lo"], q["hi"] * p["hi"])
        status = "match" if overlaps(civ, (money["lo"], money["hi"])) else "mismatch"
        if status == "mismatch" and (head or not total):
            continue
        if head:  # the sum per head is the figure checked: the amount over the heads
            comp = money["value"] / q["value"]
            out.append(_check("per_unit", "implied", p, [money, q], f"{fmt(money)} / {fmt(q)} = {comp:,.2f} vs {fmt(p)}",
                              comp, p["value"], status, [q, p, money]))
            continue
        out.append(_check("unit_price", "implied", money, [q, p], f"{fmt(q)} x {fmt(p)} = {x:,.2f} vs {fmt(money)}",
                          x, money["value"], status, [q, p, money]))
    return out


def _per_head_of(q: dict, clause: str) -> bool | None:
    """Whether the clause opens a sum per each of what the count q counts: False for its own measure word (4200套,
    每套), True for a head its unit counts (2.47万人 or 1.52万名, 每人; 1260户, 每户; a sum per head per year too),
    None when it opens none. A sum per head per month or term is left out (how many were paid is not printed)."""
    measure = str(q["raw"]).strip()[-1:]
    per_period = re.search(cues()["per_period_regex"], clause)
    if per_period and cues()["per_period_in_year"].get(per_period.group(1)) != 1:
        return None
    if measure and re.match("每" + re.escape(measure), clause) and not per_period \
            and not any(c in clause for c in cues()["per_unit_cues"]):
        return False
    m = re.match(cues()["unit_price_regex"], clause[:per_period.start(1) - 1] if per_period else clause)
    return True if m and cues()["unit_price_nouns"].get(m.group(1)) == q["unit"] else None


def _unit_prices(recs: list[dict]) -> list[dict]:
    """`每亩2000元` times a later area against the amount stated with it (`157.25亩, 年均增收31.45万元`)."""
    out = _count_times_price(recs)
    rx = cues()["unit_price_regex"]
    for i, r in enumerate(recs):
        m = re.search(rx, r["label"]) if r["unit"] == "CNY" and _ok(r) else None
        if not m:
            continue
        unit = cues()["unit_price_nouns"].get(m.group(1))
        for j in range(i + 1, len(recs)):
            q = recs[j]
            if q["sent_idx"] > r["sent_idx"] + 2:
                break
            if q["unit"] != unit or not _ok(q):
                continue
            after = [x for x in recs[j + 1:] if x["sent_start"] == q["sent_start"]]
            stop = next((k for k, x in enumerate(after) if x["unit"] == unit), len(after))
            money = next((x for x in after[:stop] if x["unit"] == "CNY" and _ok(x)), None)
            x = q["value"] * r["value"]
            if money is not None:
                civ = (q["lo"] * r["lo"], q["hi"] * r["hi"])
                ok = overlaps(civ, (money["lo"], money["hi"]))
                out.append(_check("unit_price", "implied", money, [q, r], f"{fmt(q)} x {fmt(r)} = {x:,.2f} vs {fmt(money)}",
                                  x, money["value"], "match" if ok else "implied", [r, q, money]))
            elif q["sent_start"] == r["sent_start"] and stop == len(after):
                out.append(_check("implied_total", "implied", None, [q, r], f"{fmt(q)} x {fmt(r)} ≈ {x:,.0f}",
                                  None, x, "implied", [r, q]))
    return out
