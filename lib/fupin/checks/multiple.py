"""Check ``multiple``: a figure in 倍 stated as a multiple of an earlier level against the two levels
printed in its statement: `由28.4亿元增长到68.5亿元, 增长到2.4倍`; `从2013年的1668元增加到去年的25087元,
是2013年的15倍`; `是150万元的2.5倍`; `由30万元增长到120万元, 翻了两番` (翻N番 = 2^N, read by the parser); multiples apiece
(`…分别是2010年139.6万人次和6.91亿元的4.2倍和5.6倍`).
A bare `增长1.5倍` (1.5 or 2.5 times, as writers differ) is not checked. Cues in ``data/checks.yaml``.
"""
from __future__ import annotations

import re

from ..scopes import cues, fmt, overlaps
from .common import _check, _from_to, _is_prior_level, _ok


def _step(raw: str) -> float:
    """The unit of the last printed digit of a multiple (35倍 -> 1, 4.1倍 -> 0.1)."""
    m = re.search(r"\d+(?:\.(\d+))?", raw)
    return 10.0 ** -len(m.group(1)) if m and m.group(1) else 1.0


def _interval(x: dict) -> tuple[float, float]:
    if "doubling" in str(x.get("flags") or ""):
        return x["value"] - 0.5, x["value"] + 0.5  # 翻一番: about twice
    after = str(x.get("ctx_after") or "").lstrip()
    if after[:1] in cues()["multiple_more_words"]:
        return x["value"], x["value"] + _step(x["raw"])  # 35倍多: at least 35, under 36
    return x["lo"], x["hi"]


def _levels(recs: list[dict], x: dict) -> tuple[dict, dict] | None:
    """The earlier and the later level of the multiple ``x``: 是A的N倍 with A printed (the figure before 是 is
    the later level), else the two figures of a change 由A…到B before it in its sentence."""
    c = cues()
    same = [r for r in recs if r["sent_start"] == x["sent_start"] and r["start"] < x["start"]
            and r["unit"] != x["unit"] and _ok(r)]
    if not same:
        return None
    head = x["sentence"][:x["pos"]]
    m = re.search(c["multiple_as_regex"], head)
    doubling = "doubling" in str(x.get("flags") or "")  # 由30万元增长到120万元, 五年翻了两番: says itself what it is
    if m is None and not doubling:
        return None
    inside = [r for r in same if m is not None and r["pos"] >= m.start()]
    if inside:  # 是150万元的2.5倍
        ref = inside[-1]
        # 15260元，比2020年的11010元增长38.6%，是2015年6636元的2.3倍: the earlier level of a growth stated between is a
        # reference of its own, not the level the multiple is of
        later = [r for r in same if r["pos"] < m.start() and r["unit"] == ref["unit"] and not _is_prior_level(r)]
        return (ref, later[-1]) if later else None
    b = same[-1]
    a = next((r for r in reversed(same[:-1]) if r["unit"] == b["unit"]), None)
    if a is None or (a["end"] - a["start"]) <= 0:
        return None
    if not _from_to(x["sentence"], a, b):
        return None
    if any(r["unit"] == b["unit"] for r in recs if b["start"] < r["start"] < x["start"]):
        return None
    return a, b


def _apiece(recs: list[dict], x: dict) -> tuple[dict, dict] | None:
    """`接待游客586.3万人次, 实现旅游总收入38.72亿元, 分别是2010年139.6万人次和6.91亿元的4.2倍和5.6倍`: the k-th of a run of
    multiples after 分别是…的 (``multiple_apiece_regex``) is the k-th level of the run printed right before 分别 over
    the k-th reference printed between 分别是 and 的; as many of each, joined by 和/、 (``multiple_join_regex``), the
    units pairing in order. None when the sentence is not built so."""
    c = cues()
    sent = [r for r in recs if r["sent_start"] == x["sent_start"] and _ok(r)]
    run = [r for r in sent if r["unit"] == "other:倍"]
    k = run.index(x) if x in run else -1
    marks = list(re.finditer(c["multiple_apiece_regex"], x["sentence"][:run[0]["pos"]])) if run else []
    if k < 0 or not marks or len(run) < 2 or str(run[0]["ctx_before"]).strip() != "的":
        return None
    at = marks[-1].start()
    refs = [r for r in sent if at < r["pos"] < run[0]["pos"]]
    levels = [r for r in sent if r["pos"] < at and r["unit"] != "other:倍"][-len(run):]
    joined = all(re.match(c["multiple_join_regex"], str(r["ctx_before"])) for r in run[1:] + refs[1:])
    if len(refs) != len(run) or len(levels) != len(run) or not joined \
            or any(a["unit"] != b["unit"] for a, b in zip(refs, levels)):
        return None
    return refs[k], levels[k]


def _multiples(recs: list[dict]) -> list[dict]:
    out = []
    for x in recs:
        if x["unit"] != "other:倍" or not _ok(x) or not x["value"] or x["value"] <= 1:
            continue
        pair = _levels(recs, x) or _apiece(recs, x)
        if pair is None:
            continue
        a, b = pair
        if not a["lo"] or a["lo"] <= 0:
            continue
        civ = (b["lo"] / a["hi"], b["hi"] / a["lo"])
        ratio = b["value"] / a["value"]
        ok = overlaps(civ, _interval(x))
        out.append(_check("multiple", "ratio", x, [b, a], f"{fmt(b)} / {fmt(a)} = {ratio:.2f} vs {x['raw']}",
                          ratio, x["value"], "match" if ok else "mismatch", [a, b, x]))
    return out
