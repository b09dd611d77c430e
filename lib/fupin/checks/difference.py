"""Check ``difference``: a change stated beside the two levels it is the difference of.

`贫困人口从2011年的1149万人减少到2014年的623万人, 减少农村贫困人口526万人`: a figure whose clause
opens with a change word (减少, 下降, 增加 … from ``change_words`` of ``data/checks.yaml``) after a
`从/由 A … 到 B` pair of the same unit in its sentence is B - A (a fall is A - B). The change is checked
within the rounding of the three printed figures; a change in percentage points between two percents
(`贫困发生率由15.6%下降到1.8%, 下降13.8个百分点`) likewise. A change whose direction differs from the pair's, or
a pair that is not of the same unit, is not paired.
"""
from __future__ import annotations

from ..scopes import clean_raw, cues, fmt, overlaps, show

_FROM = ("从", "由")
_TO = ("到", "至")
_FALL = ("减少", "下降", "降低", "降到", "降至", "减到", "减至", "下降到")


def _z(t: object) -> str:
    return clean_raw(str(t or ""))


def _ok(r: dict) -> bool:
    lo = r.get("lo")
    return lo is not None and lo == lo and r["unit"] not in ("percent", "percentage_point")



def differences(recs: list[dict]) -> list[dict]:
    """Rows (total = the stated change, parts = the two levels) for each change beside its levels."""
    out = []
    for i, c in enumerate(recs):
        label = _z(c["label"]).lstrip("共累计净")
        points = c["unit"] == "percentage_point" and c.get("lo") == c.get("lo")  # 由15.6%下降到1.8%,下降13.8个百分点
        if not (_ok(c) or points) or not any(label.startswith(w) for w in cues()["change_words"]):
            continue
        same = [r for r in recs[:i] if r["sent_start"] == c["sent_start"] and (
            r["unit"] == "percent" and r.get("lo") == r.get("lo") if points else r["unit"] == c["unit"] and _ok(r))]
        if len(same) < 2:
            continue
        a, b = same[-2], same[-1]
        la, lb = _z(a["label"]), _z(b["label"])
        if not any(w in la for w in _FROM) or not any(w in lb for w in _TO):
            continue
        fall_pair = any(w in lb for w in _FALL)
        fall_change = any(label.startswith(w) for w in _FALL)
        if fall_pair != fall_change:
            continue
        d = a["value"] - b["value"] if fall_pair else b["value"] - a["value"]
        div = (a["lo"] - b["hi"], a["hi"] - b["lo"]) if fall_pair else (b["lo"] - a["hi"], b["hi"] - a["lo"])
        sign = "−"
        text = (f"{fmt(a)} {sign} {fmt(b)}" if fall_pair else f"{fmt(b)} {sign} {fmt(a)}") + f" = {show(d, c)} vs {fmt(c)}"
        out.append({"total": c, "parts": [a, b], "sum": d, "text": text,
                    "status": "match" if overlaps(div, (c["lo"], c["hi"])) else "mismatch"})
    return out
