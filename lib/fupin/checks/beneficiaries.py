"""Check ``beneficiaries``: `助力14123人增收, 受益68200人`: earlier figures of the unit in the
sentence are among those benefiting.
"""
from __future__ import annotations

from ..scopes import cues, fmt, periods_compatible, regions_compatible
from .common import _check, _ok, _per_head


def _is_plan(r: dict) -> bool:
    """A figure of a plan (建成后将覆盖13个乡镇22.4万人): those it will reach are no part of those benefiting
    now (目前一期工程已通水, 受益群众8.7万人), nor the reverse."""
    from ..attribution import _periods, _plan_governs_in  # the plan cues of data/periods.yaml

    return "(plan)" in str(r.get("period") or "") or _plan_governs_in(str(r["sentence"])[:r["pos"]], _periods())


def _beneficiaries(recs: list[dict]) -> list[dict]:
    """`助力14123人增收, 受益68200人`: earlier figures of the same unit in the sentence are among those
    benefiting."""
    words = cues()["beneficiary_total_words"]

    def is_total(r: dict) -> bool:  # 受益68200人 or 68200人受益
        return any(w in r["label"] or r["clause_after"].startswith(w) for w in words)

    out = []
    for i, t in enumerate(recs):
        if t["unit"] not in cues()["beneficiary_units"] or not _ok(t) or not is_total(t):
            continue
        parts = [a for a in recs[:i] if a["sent_start"] == t["sent_start"] and a["unit"] == t["unit"] and _ok(a)
                 and not is_total(a) and not _per_head(a) and periods_compatible(a["period"], t["period"], strict=True)
                 and not any(w in a["label"] for w in cues()["beneficiary_population_words"])
                 and regions_compatible(a["region"], t["region"]) and _is_plan(a) == _is_plan(t)]
        if not parts:
            continue
        ok = all(a["lo"] <= t["hi"] for a in parts)
        out.append(_check("beneficiaries", "nesting", t, parts, " , ".join(f"{fmt(a)} <= {fmt(t)}" for a in parts),
                          max(a["value"] for a in parts), t["value"], "match" if ok else "mismatch", parts + [t]))
    return out
