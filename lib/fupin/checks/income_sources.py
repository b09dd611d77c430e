"""Check ``income_sources``: the four sources of the household survey's per-head income (工资性收入, 经营净收入,
财产净收入, 转移净收入: ``income_source_parts`` of data/checks.yaml, a kind named by a word's first two characters),
printed one of each in one statement, add up to the per-head income printed before them
(全市农村居民人均可支配收入14326元 … 工资性收入6482元 …；经营净收入4076元 …；财产净收入268元 …；转移净收入3510元).
The total is the one per-head income before them that their sum is near (within 2 %): a sum far from every one is
of another income (a group's, a quarter's), not checked.
"""
from __future__ import annotations

import re

from ..scopes import clean_raw, cues, fmt, overlaps, periods_compatible, regions_compatible
from ..stated_rates import per_head_source
from .common import _check, _is_change, _ok, _sum_iv

_SENTENCES_BACK = 8  # sentences (clauses closed by ；count) before the first source where the per-head income may stand
_NEAR = 0.02  # the parts of an income add up to it within rounding; a sum further than 2 % from it is of another income
_PER_HEAD_INCOME = re.compile(r"人均[\u4e00-\u9fff]{0,6}?(?:可支配收入|纯收入)$")


def _kind(r: dict) -> str:
    label = clean_raw(str(r["label"]))
    return next(w[:2] for w in cues()["income_source_parts"] if label.endswith(w))


def _subject(r: dict) -> str:
    """The words before 人均 / the source word in a source's label (脱贫县农村居民), without the opening words."""
    label = clean_raw(str(r["label"]))
    label = re.sub(r"(?:人均)?[\u4e00-\u9fff]{2}(?:性|净)收入$", "", label)
    label = re.sub(r"人均.*$", "", label)
    return re.split(r"[，,；;：:。]", label)[-1]


def income_sources(recs: list[dict]) -> list[dict]:
    """One row per statement holding each of the four sources once, against the per-head income before it."""
    src = [r for r in recs if r["unit"] == "CNY" and _ok(r) and per_head_source(r) and not _is_change(r)]
    runs, run = [], []
    for r in src:
        if run and (r["sent_idx"] - run[-1]["sent_idx"] > 1 or _kind(r) in {_kind(x) for x in run}):
            runs.append(run)
            run = []
        run.append(r)
    runs.append(run)
    out = []
    for parts in runs:
        if len(parts) != 4 or len({_kind(p) for p in parts}) != 4 or len({str(p["period"]) for p in parts}) != 1:
            continue
        first = parts[0]
        totals = [r for r in recs if r["start"] < first["start"] and 0 <= first["sent_idx"] - r["sent_idx"] <= _SENTENCES_BACK
                  and r["unit"] == "CNY" and _ok(r) and not _is_change(r)
                  and _PER_HEAD_INCOME.search(clean_raw(str(r["label"]))) is not None
                  and not re.search(r"[万亿]", clean_raw(str(r["raw"])))
                  and periods_compatible(r["period"], first["period"]) and regions_compatible(r["region"], first["region"])]
        subject = _subject(first)
        if len(subject) >= 2:
            # 脱贫县农村居民人均工资性收入 is no part of 全省农村居民人均可支配收入
            totals = [r for r in totals if subject in clean_raw(str(r["label"]))]
        s = sum(p["value"] for p in parts)
        # of the per-head incomes before them (一季度5862元, 前三季度14326元), the one the parts are near: one value, or none
        near = [r for r in totals if abs(s - r["value"]) <= _NEAR * r["value"]]
        if len({float(r["value"]) for r in near}) != 1:
            continue
        total = near[-1]
        lo, hi = _sum_iv(parts)
        status = "match" if overlaps((lo, hi), (total["lo"], total["hi"])) else "mismatch"
        out.append(_check("income_sources", "sum", total, parts, " + ".join(fmt(p) for p in parts) + f" = {fmt(total)}",
                          s, total["value"], status, parts + [total]))
    return out
