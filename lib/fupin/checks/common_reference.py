"""Check ``common_reference``: several gaps stated against one reference figure that is not printed.

`脱贫人口收入、脱贫地区农民收入的增速分别比全国农民平均水平高出6.4和1.1个百分点`: the subjects listed before
分别 are the rates stated just before (增长16.9%; 增长11.6%), in order, and each gap is measured from the
same reference (全国农民平均水平). The reference is not printed, but every pair (rate, gap) implies it:
16.9 − 6.4 = 10.5 and 11.6 − 1.1 = 10.5 must agree within the rounding of the printed figures. The row
checks the last gap against the reference the others imply (11.6 − (16.9 − 6.4) = 1.1).

Paired only when the words leave no doubt: a gap word after 分别 (``gap_words`` of ``data/rate_words.csv``),
as many subjects listed before 分别 as gaps after it, a rate word in the subject of the same kind as the
rate words of the figures (增速 and 增长: growth), and those figures the last percents printed before the
gaps. A gap below the reference (低于) adds to it (``gap_below_words`` of ``data/checks.yaml``).
"""
from __future__ import annotations

import re

from ..scopes import clean_raw, cues, fmt

_CLAUSE_BREAKS = "。；;：:!！?？"
_ITEM_SEPARATORS = "、和及与"


def _z(t: object) -> str:
    return clean_raw(str(t or ""))


def _ok(r: dict) -> bool:
    lo = r.get("lo")
    return lo is not None and lo == lo


def _gap_word(label: str):
    from ..stated_rates import find_word
    w = find_word(label, "percentage_point")
    return w if w is not None and w["kind"] == "gap" else None


def _kind(text: str) -> str | None:
    from ..stated_rates import find_word
    w = find_word(text, "percent")
    return None if w is None else w["kind"]


def _gap_run(recs: list[dict], i: int) -> list[dict]:
    """The gap at i and the gaps joined to it by 和/、 (6.4和1.1个百分点)."""
    g = recs[i]
    run = [g]
    for r in recs[i + 1:]:
        if r["sent_start"] != g["sent_start"] or r["unit"] != "percentage_point" or not _ok(r):
            break
        if _z(r["ctx_before"]).strip() not in ("和", "、", "及", "与"):
            break
        run.append(r)
    return run


def common_references(recs: list[dict]) -> list[dict]:
    """Rows (total = the last gap, parts = the rates and the other gaps) for each set of gaps against one
    reference."""
    out = []
    for i, g in enumerate(recs):
        label = _z(g["label"])
        if g["unit"] != "percentage_point" or not _ok(g) or "分别" not in label or _gap_word(label) is None:
            continue
        gaps = _gap_run(recs, i)
        n = len(gaps)
        if n < 2:
            continue
        head = _z(g["sentence"][:g["pos"]])
        k = head.rfind("分别")
        subject = re.split(f"[{_CLAUSE_BREAKS},，]", head[:k])[-1]
        items = [x for x in re.split(f"[{_ITEM_SEPARATORS}]", subject) if x]
        kind = _kind(subject)
        if len(items) != n or kind not in ("growth", "rate"):
            continue
        before = [r for r in recs[:i] if r["unit"] == "percent"]
        rates = before[-n:]
        if len(rates) != n or any(not _ok(r) or r["qualifier"] != "exact" or _kind(_z(r["label"])) != kind
                                  or g["sent_idx"] - r["sent_idx"] > n for r in rates):
            continue
        below = any(w in label[label.rfind("分别"):] for w in cues()["gap_below_words"])
        sign = 1 if below else -1
        # the reference each (rate, gap) pair implies, as an interval
        refs = [(r["lo"] + sign * (x["hi"] if sign < 0 else x["lo"]), r["hi"] + sign * (x["lo"] if sign < 0 else x["hi"]))
                for r, x in zip(rates, gaps)]
        lo, hi = max(a for a, _ in refs), min(b for _, b in refs)
        ref = rates[0]["value"] + sign * gaps[0]["value"]
        last_r, last_g = rates[-1], gaps[-1]
        implied = (last_r["value"] - ref) * -sign
        op = "+" if below else "−"
        text = (f"{fmt(last_r)} − ({fmt(rates[0])} {op} {fmt(gaps[0])}) = {implied:.4g} vs {fmt(last_g)}"
                if not below else f"({fmt(rates[0])} {op} {fmt(gaps[0])}) − {fmt(last_r)} = {implied:.4g} vs {fmt(last_g)}")
        text += f" (one reference: {ref:.4g})"
        out.append({"total": last_g, "parts": rates + gaps[:-1], "sum": implied, "text": text,
                    "status": "match" if lo <= hi + 1e-9 else "mismatch"})
    return out
