"""Check ``remainder``: the 未… figure is what a total leaves after its 已… part.

`累计识别纳入监测对象2365户…。已标注风险消除1648户…; 未消除风险的717户…`: a figure whose clause opens
with a negation (未, 尚未 … from ``negations`` of ``data/checks.yaml``) and names the same action as an
affirmative figure (已…) of the same unit just before it (two shared character pairs: 消除风险 /
风险消除) is the total minus that part, the total being the nearest earlier figure of the unit that
opens a statement (共/累计/全… or 其中 after it) within two sentences. The row says ``match`` only:
when the three figures do not add up, the text may count the parts from another total, so nothing
is asserted.
"""
from __future__ import annotations

import re

from ..scopes import clean_raw, cues, fmt, overlaps, show
from .common import _NON_ADDITIVE, _names_change, _ok, _per_head

_BACK = 2  # sentences before the 已… part where its total may stand


def _z(t: object) -> str:
    return clean_raw(str(t or ""))


def _pairs(text: str) -> set[str]:
    t = re.sub(r"[\d的之了及和与、,，。;；:：()（）“”\s]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _negated(label: str) -> str | None:
    """The action a 未… clause names (未消除风险的 -> 消除风险; 对风险未消除的 -> 风险消除), else None."""
    label = label.lstrip("其余剩余另有")
    for p in sorted(cues()["rest_time_prefixes"], key=len, reverse=True):
        if label.startswith(p):  # 目前尚未消除风险的监测对象393户942人
            label = label[len(p):]
            break
    for neg in sorted(cues()["negations"], key=len, reverse=True):
        if label.startswith(neg):
            return label[len(neg):]
    for neg in sorted(cues()["negations"], key=len, reverse=True):
        k = label.rfind(neg)
        # 各乡镇要对风险未消除的769户: the object before the negation and the action after it
        if k > 0 and label.endswith("的"):
            obj = re.sub(r"^.*(?:对|将|把)", "", label[:k])
            if obj and len(label) - k - len(neg) >= 2:
                return obj + label[k + len(neg):]
    return None


def _opens(r: dict) -> bool:
    after = _z(r["ctx_after"]).lstrip(" ,，:：(（")
    return after.startswith(tuple(cues()["breakdown_markers"])) or any(w in _z(r["label"]) for w in cues()["total_cues"])


def _label(recs: list[dict], i: int) -> str:
    """The words of recs[i]; 769户2959人: the persons have the households' words."""
    b = recs[i]
    label = _z(b["label"])
    if not label.strip() and i and recs[i - 1]["sent_start"] == b["sent_start"] \
            and recs[i - 1]["pos"] + len(recs[i - 1]["qtext"]) == b["pos"]:
        label = _z(recs[i - 1]["label"])
    return label


def remainders(recs: list[dict]) -> list[dict]:
    out = []
    labels = [_label(recs, j) for j in range(len(recs))]
    for i, b in enumerate(recs):
        if b["unit"] in _NON_ADDITIVE or not _ok(b) or _per_head(b):
            continue
        action = _negated(labels[i])
        if not action:
            continue
        parts = [r for j, r in enumerate(recs[:i]) if r["unit"] == b["unit"] and _ok(r) and b["sent_idx"] - r["sent_idx"] <= 1
                 and "已" in labels[j] and len(_pairs(action) & _pairs(labels[j])) >= 2]
        if not parts:
            # the 未… figure of a closing paragraph (下一步, 对风险未消除的769户…): its 已… part further back,
            # the last one of the unit that names the action (agreements only, so no alarm is possible)
            parts = [r for j, r in enumerate(recs[:i]) if r["unit"] == b["unit"] and _ok(r) and "已" in labels[j]
                     and len(_pairs(action) & _pairs(labels[j])) >= 2]
        if not parts:
            continue
        a = parts[-1]
        totals = [r for r in recs[:recs.index(a)] if r["unit"] == b["unit"] and _ok(r) and not _per_head(r)
                  and 0 <= a["sent_idx"] - r["sent_idx"] <= _BACK and r["value"] > a["value"] and _opens(r)]
        if not totals:
            # the total a paragraph opens on, further back (全县累计识别纳入监测对象1286户3047人, 其中… four sentences
            # before 累计已消除…2105人): the nearest opening figure of the unit on which the three agree
            totals = [r for r in recs[:recs.index(a)] if r["unit"] == b["unit"] and _ok(r) and not _per_head(r)
                      and r["value"] > a["value"] and _opens(r)
                      and overlaps((r["lo"] - a["hi"], r["hi"] - a["lo"]), (b["lo"], b["hi"]))][-1:]
        if not totals:
            continue
        t = totals[-1]
        iv = (t["lo"] - a["hi"], t["hi"] - a["lo"])
        if not overlaps(iv, (b["lo"], b["hi"])):
            continue  # match only: the parts may be of another total
        d = t["value"] - a["value"]
        out.append({"total": b, "parts": [t, a], "sum": d,
                    "text": f"{fmt(t)} − {fmt(a)} = {show(d, b)} vs {fmt(b)}", "status": "match"})
    return out


_WHOLE_BACK = 6  # sentences before the part where the whole a rest is taken from may open a statement


def _rest_of_part(label: str) -> bool:
    """Whether a figure's clause opens with a word saying it is the rest of a whole (其余46个村, 剩余38座)."""
    return _z(label).lstrip(" ,，;；").startswith(tuple(cues()["rest_after_part_words"]))


def rests_after_parts(recs: list[dict]) -> list[dict]:
    """`全县164个行政村中，有118个村派驻了工作队，其余46个村…`; `全县共建成光伏扶贫电站186座…。除2座村级电站因…停运
    检修外，其余184座电站运行正常`: a figure opened by a rest word (``rest_after_part_words``) is its whole less the
    part printed just before it in its sentence (the nearest earlier figure of its unit); the whole is the nearest
    earlier figure of the unit that opens a statement (共/累计/全…, ``_opens``) within ``_WHOLE_BACK`` sentences,
    else the nearest earlier one in the part's sentence. Agreements only: a rest that does not add up may be of
    another whole, so nothing is asserted."""
    out = []
    for i, x in enumerate(recs):
        if x["unit"] in _NON_ADDITIVE or not _ok(x) or _per_head(x) or not _rest_of_part(x["label"]):
            continue
        same = [r for r in recs[:i] if r["unit"] == x["unit"] and _ok(r) and not _per_head(r)]
        if not same or same[-1]["sent_idx"] != x["sent_idx"]:
            continue
        p = same[-1]
        before = [r for r in same[:-1] if r["value"] > p["value"] and 0 <= p["sent_idx"] - r["sent_idx"] <= _WHOLE_BACK]
        wholes = [r for r in before if _opens(r)] or [r for r in before if r["sent_idx"] == p["sent_idx"]]
        if not wholes:
            continue
        t = wholes[-1]
        if not overlaps((t["lo"] - p["hi"], t["hi"] - p["lo"]), (x["lo"], x["hi"])):
            continue
        d = t["value"] - p["value"]
        out.append({"total": x, "parts": [t, p], "sum": d,
                    "text": f"{fmt(t)} − {fmt(p)} = {show(d, x)} vs {fmt(x)} (the rest after a part)", "status": "match"})
    return out


def balances(recs: list[dict]) -> list[dict]:
    """`村级光伏扶贫电站收益10124万元…。全县村级光伏收益资金当年支出9786万元, 支出进度96.7%, 结余338万元`; `全年可用资金
    6.22亿元。…实际支出…5.71亿元…。年末结转下年0.51亿元`: money left over (``balance_regex`` before it) is the funds
    available less the money spent: the spent is the nearest earlier amount whose clause holds a spending word
    (its sentence, else the two before), the available the one earlier amount (three sentences before the spent)
    that is spent + balance. Agreements only: nothing is said when none or several fit."""
    out = []
    for i, b in enumerate(recs):
        if b["unit"] in _NON_ADDITIVE or not _ok(b) or _per_head(b) or b["qualifier"] != "exact" \
                or not re.search(cues()["balance_regex"], _z(b["label"]).strip()):
            continue
        spent = [r for r in recs[:i] if r["unit"] == b["unit"] and _ok(r) and not _per_head(r) and 0 <= b["sent_idx"] - r["sent_idx"] <= 2
                 and r["value"] > b["value"] and any(w in _z(r["label"]) for w in cues()["balance_spent_words"])
                 and "占" not in _z(r["label"])  # 占全旗一般公共预算支出37.56亿元的15.2%: a whole, not the spent
                 and not re.search(cues()["prior_level_regex"], _z(r.get("ctx_before")))
                 and not _names_change(_z(r["label"]))]
        if not spent:
            continue
        a = spent[-1]
        j = recs.index(a)
        fits = [r for r in recs[:j] if r["unit"] == b["unit"] and _ok(r) and not _per_head(r) and 0 <= a["sent_idx"] - r["sent_idx"] <= 3
                and r["qualifier"] == "exact" and overlaps((r["lo"] - a["hi"], r["hi"] - a["lo"]), (b["lo"], b["hi"]))]
        if not fits:
            # the funds a paragraph further back names with the spent's own words (村级光伏扶贫电站收益10124万元 …
            # 村级光伏收益资金当年支出9786万元): three shared character pairs
            own = _pairs(_z(a["label"]))
            fits = [r for r in recs[:j] if r["unit"] == b["unit"] and _ok(r) and not _per_head(r)
                    and len(own & _pairs(_z(r["label"]))) >= 3 and r["qualifier"] == "exact"
                    # the printed values themselves give it, not merely their rounding intervals
                    and b["lo"] - 1e-9 <= r["value"] - a["value"] <= b["hi"] + 1e-9]
        if len({float(r["value"]) for r in fits}) != 1:
            continue
        t = fits[-1]
        d = t["value"] - a["value"]
        out.append({"total": b, "parts": [t, a], "sum": d,
                    "text": f"{fmt(t)} − {fmt(a)} = {show(d, b)} vs {fmt(b)} (the balance of the funds available)",
                    "status": "match"})
    return out


def _rest_action(label: str) -> str | None:
    """The words after a rest word or a negation opening a clause (其余 -> ''; 尚未开工的 -> 开工的), else None."""
    label = _z(label).lstrip(" ,，;；")
    for p in sorted(cues()["rest_time_prefixes"], key=len, reverse=True):
        if label.startswith(p):
            label = label[len(p):]
            break
    for w in sorted(cues()["rest_words"] + cues()["negations"], key=len, reverse=True):
        if label.startswith(w):
            return label[len(w):] if w in cues()["negations"] else ""
    return None


def _unit_between(recs: list[dict], a: dict, b: dict) -> bool:
    """Whether a figure of ``b``'s unit stands between ``a`` and ``b``."""
    return any(a["start"] < r["start"] < b["start"] and r["unit"] == b["unit"] for r in recs)


def rests_after_rates(rates, art_recs: dict[str, list[dict]], taken: set[str]) -> list[dict]:
    """`办结309件, 办结率98.4%, 其余5件`; `已开工项目131个, 开工率94.9%; …; 尚未开工的7个项目`: a figure whose clause
    opens with a rest word (``rest_words``) or a negation, of the unit of a matched rate's part and whole
    stated just before (same or previous sentence; two back for a named action or when no figure of its unit
    stands between), is the whole minus the part. A negated action picks the
    rate whose part names it (开工); else the nearest rate. Agreements only: a rest that does not add up
    may be of another whole, so nothing is asserted. ``taken``: figures another remainder row holds."""
    out = []
    if rates is None or rates.empty or "kind" not in rates:
        return out
    ok = rates[rates["kind"].isin(["rate", "share", "ratio"]) & (rates["status"] == "match")
               & rates["numerator_fact_ids"].astype(bool) & rates["denominator_fact_ids"].astype(bool)]
    for art, g in ok.groupby("article_id", sort=False):
        recs = art_recs.get(art, [])
        by_id = {r["fact_id"]: r for r in recs}
        cands = []
        for _, row in g.iterrows():
            num, den, rep = (by_id.get(str(row[c])) for c in ("numerator_fact_ids", "denominator_fact_ids", "reported_fact_id"))
            if num is None or den is None or rep is None or num["unit"] != den["unit"] or not _ok(num) or not _ok(den) \
                    or num["unit"] in _NON_ADDITIVE or _per_head(num) or not den["value"] > num["value"]:
                continue
            cands.append((rep, num, den))
        for x in recs:
            if x["fact_id"] in taken or x["unit"] in _NON_ADDITIVE or not _ok(x) or _per_head(x):
                continue
            action = _rest_action(x["label"])
            if action is None:
                continue
            fits = [(rep, num, den) for rep, num, den in cands if num["unit"] == x["unit"] and rep["start"] < x["start"]
                    and 0 <= x["sent_idx"] - rep["sent_idx"] <= 2]
            act = _pairs(action.split("的")[0])  # 尚未消除风险的监测对象 -> 消除风险
            if act:  # a named action may look two sentences back (已开工…, 开工率94.9%; 已完工…; 尚未开工的7个)
                fits = [f for f in fits if len(act & _pairs(_z(f[1]["label"]))) >= min(2, len(act))]
            else:  # 已完工8个，完工率88.9%；已支付…2043万元…。剩余1个项目: nothing of its unit between
                fits = [f for f in fits if x["sent_idx"] - f[0]["sent_idx"] <= 1 or not _unit_between(recs, f[0], x)]
            if not fits:
                continue
            rep, num, den = max(fits, key=lambda f: f[0]["start"])
            iv = (den["lo"] - num["hi"], den["hi"] - num["lo"])
            if not overlaps(iv, (x["lo"], x["hi"])):
                continue
            d = den["value"] - num["value"]
            out.append({"total": x, "parts": [den, num], "sum": d,
                        "text": f"{fmt(den)} − {fmt(num)} = {show(d, x)} vs {fmt(x)} (rest after {fmt(rep)})",
                        "status": "match"})
    return out
