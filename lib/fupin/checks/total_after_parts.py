"""Check ``total_after_parts``: parallel figures of one sentence summed by the first figure of
the same unit in the next sentence.
"""
from __future__ import annotations

import re

from ..scopes import cues, fmt, overlaps
from .common import _NON_ADDITIVE, _check, _is_change, _is_prior_level, _ok, _per_head, _sum_iv


def _plain(r: dict) -> bool:
    """An exactly stated amount or count, not a per-head figure (those do not add up)."""
    return r["qualifier"] == "exact" and not _per_head(r)


def _trailing_totals(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    """Parallel figures of one sentence (拟实施A类12个, 拟实施B类14个) summed by the first figure of
    the same unit in the next sentence (26个). Without a structure word only an exact sum is taken."""
    out = []
    by_sent: dict[int, list[dict]] = {}
    for r in recs:
        by_sent.setdefault(r["sent_idx"], []).append(r)
    for k in sorted(by_sent):
        nxt = by_sent.get(k + 1, [])
        units = sorted({r["unit"] for r in by_sent[k]} - _NON_ADDITIVE)
        for u in units:
            parts = [r for r in by_sent[k] if r["unit"] == u and _ok(r) and r["fact_id"] not in used]
            if len(parts) < 2 or any(p["fact_id"] in sums or not _plain(p) for p in parts):
                continue
            total = next((r for r in nxt if r["unit"] == u and _ok(r)), None)
            if total is None or total["fact_id"] in used or total["value"] < 10 or not _plain(total):
                continue
            if overlaps(_sum_iv(parts), (total["lo"], total["hi"])):
                out.append(_check("total_after_parts", "sum", total, parts,
                                  " + ".join(fmt(p) for p in parts) + f" = {fmt(total)}",
                                  sum(p["value"] for p in parts), total["value"], "match", parts + [total]))
                used.update(p["fact_id"] for p in parts)
                sums[total["fact_id"]] = [p["fact_id"] for p in parts]
    return out + _summed_list(recs, used, sums) + _summed_above(recs, by_sent, used, sums)


_ABOVE = ("上述", "以上", "前述")
_SUM_WORDS = ("合计", "共计", "总计", "累计", "共")
_ABOVE_SENTENCES = 3


def _summed_above(recs: list[dict], by_sent: dict[int, list[dict]], used: set[str],
                  sums: dict[str, list[str]]) -> list[dict]:
    """上述违规问题金额合计1,585.25万元: the amounts of the one to three sentences before, each one
    statement (3个县将…1,256.8万元…; 5个县…328.45万元…). Agreements only: when no run of sentences adds
    up, the text may sum another selection, so nothing is asserted."""
    out = []
    for total in recs:
        label = total["label"]
        if not _ok(total) or total["unit"] in _NON_ADDITIVE or total["fact_id"] in used or total["fact_id"] in sums \
                or not any(w in label for w in _ABOVE) or not any(w in label for w in _SUM_WORDS):
            continue
        parts: list[dict] = []
        for back in range(1, _ABOVE_SENTENCES + 1):
            parts = [r for r in by_sent.get(total["sent_idx"] - back, []) if r["unit"] == total["unit"]
                     and _ok(r) and _plain(r) and r["fact_id"] not in used] + parts
            if len(parts) >= 2 and overlaps(_sum_iv(parts), (total["lo"], total["hi"])):
                out.append(_check("total_after_parts", "sum", total, parts,
                                  " + ".join(fmt(p) for p in parts) + f" = {fmt(total)}",
                                  sum(p["value"] for p in parts), total["value"], "match", parts + [total]))
                used.update(p["fact_id"] for p in parts)
                sums[total["fact_id"]] = [p["fact_id"] for p in parts]
                break
    return out


def _summed_list(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    """`培训党政干部3120人次、专业技术人才5460人次、乡村振兴带头人1380人次, 合计9860人次`: a list joined by 、
    and closed in its sentence by 合计/共计/总计 and a figure of the same unit is summed by that figure —
    the mirror of a breakdown (a total, then 其中 its parts). Both an agreement and a misfit are said:
    the list is the whole run of 、-joined figures right before the total, nothing else in between."""
    out = []
    for i, total in enumerate(recs):
        if not _ok(total) or total["unit"] in _NON_ADDITIVE or total["fact_id"] in used or total["fact_id"] in sums \
                or not _plain(total) or not re.search(cues()["list_total_regex"], str(total["ctx_before"])):
            continue
        parts: list[dict] = []
        cut = False  # the list runs on before a figure that cannot be a part: no whole list, nothing said
        for p in reversed([r for r in recs[:i] if r["sent_start"] == total["sent_start"]]):
            gap = str(total["sentence"])[p["pos"] + p["end"] - p["start"]:(parts[0] if parts else total)["pos"]]
            joined = "、" in gap and not re.search(r"[，,；;。：:]", gap)
            if parts and not joined:
                break  # the list is joined by 、 alone
            if not parts and not re.fullmatch(cues()["list_total_gap_regex"], gap):
                break  # the total follows the list's last figure at once (…1380人次, 合计9860人次)
            if p["unit"] != total["unit"] or not _ok(p) or not _plain(p) or p["fact_id"] in used \
                    or _is_change(p) or _is_prior_level(p):
                cut = bool(parts)
                break
            parts.insert(0, p)
        if len(parts) < 2 or cut:
            continue
        ok = overlaps(_sum_iv(parts), (total["lo"], total["hi"]))
        if not ok and any(r["unit"] == total["unit"] and r["start"] < parts[0]["start"]
                          and r["sent_start"] == total["sent_start"] for r in recs[:i]):
            continue  # 南京选派…42名、…586名…, 商洛选派…38名、…412名…, 合计1078名: the total may sum more lists
        out.append(_check("total_after_parts", "sum", total, parts, " + ".join(fmt(p) for p in parts) + f" = {fmt(total)}",
                          sum(p["value"] for p in parts), total["value"], "match" if ok else "mismatch", parts + [total]))
        used.update(p["fact_id"] for p in parts)
        sums[total["fact_id"]] = [p["fact_id"] for p in parts]
    return out
