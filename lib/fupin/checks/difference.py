"""Check ``difference``: a change stated beside the two levels it is the difference of.

`贫困人口从2011年的1149万人减少到2014年的623万人, 减少农村贫困人口526万人`: a figure whose clause
opens with a change word (减少, 下降, 增加 … from ``change_words`` of ``data/checks.yaml``) after a
`从/由 A … 到 B` pair of the same unit in its sentence is B - A (a fall is A - B). The change is checked
within the rounding of the three printed figures; a change in percentage points between two percents
(`贫困发生率由15.6%下降到1.8%, 下降13.8个百分点`) likewise. A change whose direction differs from the pair's, or
a pair that is not of the same unit, is not paired.
"""
from __future__ import annotations

import re

from ..scopes import clean_raw, cues, fmt, overlaps, show
from .common import _names_change

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
    done = {id(x["total"]) for x in out}
    out += [x for x in _compared(recs) if id(x["total"]) not in done]
    done = {id(x["total"]) for x in out}
    out += [x for x in _adjusted(recs) if id(x["total"]) not in done]
    done = {id(x["total"]) for x in out}
    return out + [x for x in _beyond(recs) if id(x["total"]) not in done]


# 年初预算5620.00万元, 年中调整增加419.90万元, 调整后预算6039.90万元: the level after an adjustment, named as such
_ADJUSTED = re.compile(r"^(?:调整|调增|调减|追加|追减|变更|增加|核增|核减)后(?P<noun>[^\d,，;；。]{0,8})$")
_ADJUSTMENT = re.compile(r"(?P<verb>调增|调减|追加|追减|核增|核减|增加|减少)了?$")


def _adjusted(recs: list[dict]) -> list[dict]:
    """`年初预算5620.00万元, 年中调整增加419.90万元, 调整后预算6039.90万元`: an adjustment (调整增加, 追加, 调减) between
    the level before it and the level after, named 调整后 and the same noun, all three in one sentence and
    unit: after = before ± adjustment."""
    out = []
    for i, c in enumerate(recs[1:-1], 1):
        a, b = recs[i - 1], recs[i + 1]
        if not (_ok(a) and _ok(b) and _ok(c)) or not (a["unit"] == b["unit"] == c["unit"]) \
                or not (a["sent_start"] == b["sent_start"] == c["sent_start"]):
            continue
        m = _ADJUSTMENT.search(_z(c["label"]).split("，")[-1].split(",")[-1])
        after = _ADJUSTED.match(_z(b["label"]).lstrip("，,、 "))
        if m is None or after is None:
            continue
        noun = after.group("noun")
        if len(noun) < 2 or not _z(a["label"]).endswith(noun):
            continue
        up = m.group("verb") in ("调增", "追加", "核增", "增加")
        d = a["value"] + c["value"] if up else a["value"] - c["value"]
        civ = (a["lo"] + c["lo"], a["hi"] + c["hi"]) if up else (a["lo"] - c["hi"], a["hi"] - c["lo"])
        text = f"{fmt(a)} {'+' if up else '−'} {fmt(c)} = {show(d, b)} vs {fmt(b)}"
        out.append({"total": b, "parts": [a, c], "sum": d, "text": text,
                    "status": "match" if overlaps(civ, (b["lo"], b["hi"])) else "mismatch"})
    return out


# 调整预算为5.48亿元, 比年初预算增加1.86亿元 (the reference named); 全县衔接资金比上年的23870万元增加1630万元 (the
# reference printed, the level named before 比)
_UP = ("增加", "增长", "提高", "多", "高")
_COMPARED = re.compile(r"比(?P<ref>[^\d,，;；。比]{0,14}?)(?:的)?(?P<verb>增加|减少|增长|下降|提高|降低|多|少|高|低)了?$")
_PRIOR_PRINTED = re.compile(r"[比较][^\d,，;；。比较]{0,14}的?$")  # 比上年的 / 较年初的
_TIME_ONLY = re.compile(r"^(?:上年|去年|上年同期|去年同期|同期|上一年|(?:19|20)\d{2}年)(?:末|底)?$")
_LEVEL_SENTENCES = 3


def _pairs(text: str) -> set[str]:
    t = re.sub(r"[\d的之了及和与、,，。;；:：()（）“”\s]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _fits(c: dict, d: float) -> bool:
    """The printed change is the difference of the printed levels, to its last digit."""
    return c["lo"] - 1e-9 <= d <= c["hi"] + 1e-9


def _compared(recs: list[dict]) -> list[dict]:
    """A change stated against a level its words name (比年初预算增加1.86亿元 after 调整预算为5.48亿元, with
    年初预算安排…3.62亿元 printed earlier), or printed right before it with the other level named by the words
    before 比 (全县衔接资金比上年的23870万元增加1630万元, 全县共下达衔接资金25500万元 earlier): the change is the
    difference of the two levels. The level found by its words is searched for: the one earlier figure of the
    unit whose clause names the reference (or shares three word pairs with the subject) and on which the
    printed figures agree. Agreements only: when none or several agree, the text may compare other figures."""
    out = []
    for i, c in enumerate(recs):
        if not _ok(c) or c["qualifier"] != "exact" or not c["value"]:
            continue
        label = _z(c["label"])
        m = _COMPARED.search(label)
        prev = next((r for r in reversed(recs[:i]) if r["sent_start"] == c["sent_start"]), None)
        up = None
        if m is not None and m.group("ref").strip() and not _TIME_ONLY.match(m.group("ref")):
            # the reference named: the level is the figure just before, in the clause before
            ref = re.sub(r"^(?:同期|本级)", "", m.group("ref"))
            up = m.group("verb") in _UP
            if prev is None or not _ok(prev) or prev["unit"] != c["unit"] or len(ref) < 2:
                continue
            b = prev
            cands = [r for r in recs[:i] if r is not b and _ok(r) and r["unit"] == c["unit"] and r["start"] < b["start"]
                     and ref in _z(r["label"])]
            pairs = [(a, b) for a in cands]
        elif prev is not None and _ok(prev) and prev["unit"] == c["unit"] and re.fullmatch(r"(增加|减少|多|少)了?", label) \
                and _PRIOR_PRINTED.search(_z(prev["label"])):
            # the reference printed: the level is named by the words before 比 (or 较: 余额3.86亿元，较年初的3.61亿元增加0.25亿元)
            a, up = prev, label[:2] in ("增加", "多")
            subject = _z(a["label"])
            subject = subject[:max(subject.rfind("比"), subject.rfind("较"))]
            grams = _pairs(re.sub(r"^(?:(?:19|20)\d{2}年)?", "", subject))
            if len(grams) < 3:
                # 人均可支配收入12836元，比上年的11543元增加1293元: 比 opens its own clause, the level is the figure
                # of the unit printed just before it in the sentence
                k = next(j for j, r in enumerate(recs) if r is a)
                level = recs[k - 1] if k > 0 else None
                if level is None or level["sent_start"] != a["sent_start"] or level["unit"] != a["unit"] \
                        or not _ok(level) or _is_changed(level):
                    continue
                cands = [level]
            else:
                cands = [r for r in recs[:i] if r is not a and _ok(r) and r["unit"] == c["unit"]
                         and 0 <= c["sent_idx"] - r["sent_idx"] <= _LEVEL_SENTENCES and not _is_changed(r)
                         and len(grams & _pairs(_z(r["label"]))) >= 3]
            pairs = [(a, b) for b in cands]
        else:
            continue
        fits = [(a, b) for a, b in pairs if _fits(c, (b["value"] - a["value"]) * (1 if up else -1))]
        if len({(float(a["value"]), float(b["value"])) for a, b in fits}) != 1:
            continue
        a, b = fits[-1]
        d = (b["value"] - a["value"]) * (1 if up else -1)
        text = (f"{fmt(b)} − {fmt(a)}" if up else f"{fmt(a)} − {fmt(b)}") + f" = {show(d, c)} vs {fmt(c)}"
        out.append({"total": c, "parts": [a, b], "sum": d, "text": text, "status": "match"})
    return out


def _is_changed(r: dict) -> bool:
    label = _z(r["label"])
    return _names_change(label) or _PRIOR_PRINTED.search(label) is not None


def _beyond(recs: list[dict]) -> list[dict]:
    """`务工规模达到182.5万人，超出年度目标任务175万人7.5万人`: a figure printed right after the reference it exceeds
    (``beyond_reference_regex`` before the reference), the level that exceeds it printed before in the sentence, in
    the clause before: the figure is level − reference."""
    out = []
    rx = re.compile(cues()["beyond_reference_regex"])
    for i, c in enumerate(recs[2:], 2):
        b = recs[i - 1]
        same = [r for r in recs[:i - 1] if r["sent_start"] == c["sent_start"]]
        if not same or not (_ok(c) and _ok(b) and _ok(same[-1])) or not (same[-1]["unit"] == b["unit"] == c["unit"]) \
                or b["sent_start"] != c["sent_start"]:
            continue
        a, text = same[-1], _z(c["sentence"])
        between = text[a["pos"] + len(a["qtext"]):b["pos"]]
        if text[b["pos"] + len(b["qtext"]):c["pos"]].strip() or not rx.fullmatch(between):
            continue
        d = a["value"] - b["value"]
        div = (a["lo"] - b["hi"], a["hi"] - b["lo"])
        out.append({"total": c, "parts": [a, b], "sum": d, "text": f"{fmt(a)} − {fmt(b)} = {show(d, c)} vs {fmt(c)}",
                    "status": "match" if overlaps(div, (c["lo"], c["hi"])) else "mismatch"})
    return out
