"""Check ``total_after_parts``: parallel figures of one sentence summed by the first figure of
the same unit in the next sentence.
"""
from __future__ import annotations

import re

from ..scopes import clean_raw, cues, fmt, overlaps
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
    return out + _summed_above(recs, by_sent, used, sums) + _summed_closing(recs, used, sums) + _named_parts(recs, used, sums)


# 购买和帮助销售合计2851万元: a total whose words name its parts, joined by 和/与/及/、, before 合计
_NAMED_PARTS = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:和|与|及|、)([\u4e00-\u9fff]{2,8}?)(?:两项|二者)?(?:合计|共计|总计)$")
_NAMED_PARTS_BACK = 3
_NOT_A_PART = ("目标", "计划", "任务", "预算")


def _named_parts(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    """`购买丰宁农产品486万元, 完成目标450万元的108.0%; 帮助销售农产品2365万元, …。购买和帮助销售合计2851万元`: the
    two names before 合计 each name one figure of the total's unit in the sentences before (its clause holds the
    name; no change, earlier level, average or target): the total is their sum."""
    out = []
    for i, t in enumerate(recs):
        if not _ok(t) or t["unit"] in _NON_ADDITIVE or t["fact_id"] in used or t["fact_id"] in sums or not _plain(t):
            continue
        label = re.split(r"[,，;；:：]", clean_raw(str(t["label"])))[-1]
        m = _NAMED_PARTS.match(label)
        if m is None:
            continue
        pool = [r for r in recs[:i] if 0 < t["sent_idx"] - r["sent_idx"] <= _NAMED_PARTS_BACK and r["unit"] == t["unit"]
                and _ok(r) and _plain(r) and not _is_change(r) and not _is_prior_level(r)
                and not any(w in str(r["label"])[-6:] for w in _NOT_A_PART)]
        parts = []
        for name in (m.group(1), m.group(2)):
            hits = [r for r in pool if name in re.split(r"[,，;；:：]", clean_raw(str(r["label"])))[-1]]
            if len(hits) != 1 or any(hits[0] is p for p in parts):
                break
            parts.append(hits[0])
        if len(parts) != 2:
            continue
        status = "match" if overlaps(_sum_iv(parts), (t["lo"], t["hi"])) else "mismatch"
        out.append(_check("total_after_parts", "sum", t, parts, " + ".join(fmt(p) for p in parts) + f" = {fmt(t)}",
                          sum(p["value"] for p in parts), t["value"], status, parts + [t]))
        sums[t["fact_id"]] = [p["fact_id"] for p in parts]
    return out


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


# 龙头企业28家、合作社163家、家庭农场412家, 新型经营主体总数达到603家; …56名、…1287名; …74名、…512名, 两地互派干部人才共1943名;
# 培训党政干部3120人次、专业技术人才5460人次、乡村振兴带头人1380人次, 合计9860人次: a total word (``closing_total_regex``
# of data/checks.yaml) closing the words before the total
def _closing_word() -> str:
    return cues()["closing_total_regex"]


_NAMED_WORDS = re.compile("[\u4e00-\u9fff]{2,10}")


def _named_closing(label: str) -> str | None:
    """The words after a total word that name what the total counts, when its parts are named by the same words
    (…镇建成帮扶车间8个；…镇建成帮扶车间5个；两镇合计建成帮扶车间13个): 建成帮扶车间. None when no total word
    opens the label's last clause or no words follow it."""
    clause = re.split(r"[,，;；:：]", label)[-1]
    m = None
    for m in re.finditer("(?:" + _closing_word() + ")", clause):
        pass
    rest = clause[m.end():] if m else ""
    return rest if _NAMED_WORDS.fullmatch(rest) else None


def _all_named(parts: list[dict], named: str) -> bool:
    """Whether every part is named by the total's words (``named``): in full, or, after a part that names them in full,
    by their head cut before the noun it repeats (威宁县投入衔接资金9.82亿元；赫章县投入6.74亿元；…4个县共投入衔接资金27.56亿元)."""
    labels = [clean_raw(str(r["label"])) for r in parts]
    if not labels or not labels[0].endswith(named):
        return False
    return all(lb.endswith(named) or any(lb.endswith(named[:k]) for k in range(2, len(named))) for lb in labels)


# words before a total that say the figures before it are not all its parts (a breakdown of another
# total, an open list); 分别为A、B、C, 合计X lists them all
_NOT_ALL_PARTS = ("其中", "包括", "包含", "等", "以及其他")
# words that add the figures to others printed before (另外安排…3120万元、…1050万元, 全县各级…合计19032万元)
_ADDING = ("另外", "另有", "此外", "加上", "连同", "还有", "另安排", "另下达")


def _word_pairs(text: str) -> set[str]:
    t = re.sub(r"[\d的之了及和与、,，。;；:：()（）“”\s]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _carried_over(recs: list[dict], k: int, parts: list[dict], t: dict) -> bool:
    """Figures of the total's unit in the sentence before its statement that, with its parts, make it up."""
    prev = [r for r in recs if r["sent_idx"] == k - 1 and r["unit"] == t["unit"] and _ok(r)]
    lo, hi = _sum_iv(parts)
    return any(overlaps((lo + r["lo"], hi + r["hi"]), (t["lo"], t["hi"])) for r in prev) \
        or (len(prev) > 1 and overlaps((lo + _sum_iv(prev)[0], hi + _sum_iv(prev)[1]), (t["lo"], t["hi"])))


_MEASURE = re.compile(r"[^\d.,，万亿千百十零〇一二三四五六七八九两多余约近超过]+$")


def _measure(r: dict) -> str:
    m = _MEASURE.search(clean_raw(str(r["raw"])))
    return m.group(0) if m else ""


def _listed(recs: list[dict], i: int) -> list[dict] | None:
    """The list a total closes at once (…专业技术人才5460人次、乡村振兴带头人1380人次, 合计9860人次): the whole
    run of 、-joined figures of its unit right before it, nothing but a comma and the total word between the
    last of them and the total. None when there is no such run of two or more, or when it runs on before a
    figure that cannot be a part (another unit, a change, an earlier level: no whole list)."""
    total = recs[i]
    closing = r"\s*[，,]\s*(?:" + _closing_word() + r")\s*"
    parts: list[dict] = []
    for p in reversed([r for r in recs[:i] if r["sent_start"] == total["sent_start"]]):
        gap = str(total["sentence"])[p["pos"] + p["end"] - p["start"]:(parts[0] if parts else total)["pos"]]
        if parts and not ("、" in gap and not re.search(r"[，,；;。：:]", gap)):
            break  # the list is joined by 、 alone
        if not parts and not re.fullmatch(closing, gap):
            return None  # the total follows the list's last figure at once
        if p["unit"] != total["unit"] or not _ok(p) or not _plain(p) or _is_change(p) or _is_prior_level(p):
            return None
        parts.insert(0, p)
    return parts if len(parts) >= 2 else None


def _summed_closing(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    """A total closing its list of parts, right after a total word (共, 合计, 总数达到: ``_closing_word``). Its
    parts are read the narrower way first:

    - the list it closes at once (``_listed``: 、-joined figures of its unit, then ", 合计9860人次"), the mirror
      of a breakdown (a total, then 其中 its parts). Both an agreement and a misfit are said, a misfit not when
      more figures of its unit precede the list in its sentence (南京选派…42名、…586名…, 商洛选派…38名、…412名…,
      合计1078名: the total may sum more lists);
    - else the figures of its measure word printed before it in its statement (its sentence and those joined
      to it by ;). Parts of one unit that do not add up are a mismatch; the parts of a measure word shared by
      several units (28家 企业, 163家 合作社) are agreements only. Not taken when the statement breaks a figure
      down (其中, 包括), lists open-ended (等), or the total is a running one (累计) or a change, nor a misfit
      said when words add the parts to others (另外…), figures of the sentence before make it up, or the
      total's words do not name what its parts count (全县贫困人口共…). 分别为A、B、C, 合计X is read.
    A figure already a part or a total of another check is neither."""
    out = []
    sents = {r["sent_idx"]: clean_raw(str(r["sentence"])).strip() for r in recs}
    at_end = re.compile("(?:" + _closing_word() + ")$")
    paid = re.compile("(?:" + cues()["closing_paid_regex"] + ")$")

    def said(t: dict, parts: list[dict], ok: bool) -> None:
        out.append(_check("total_after_parts", "sum", t, parts, " + ".join(fmt(p) for p in parts) + f" = {fmt(t)}",
                          sum(p["value"] for p in parts), t["value"], "match" if ok else "mismatch", parts + [t]))
        used.update(p["fact_id"] for p in parts)
        sums[t["fact_id"]] = [p["fact_id"] for p in parts]

    for i, t in enumerate(recs):
        if not _ok(t) or t["unit"] in _NON_ADDITIVE or t["fact_id"] in sums or t["fact_id"] in used or not _plain(t):
            continue
        listed = _listed(recs, i)
        if listed is not None and not any(p["fact_id"] in used for p in listed):
            ok = overlaps(_sum_iv(listed), (t["lo"], t["hi"]))
            if ok or not any(r["unit"] == t["unit"] and r["start"] < listed[0]["start"]
                             and r["sent_start"] == t["sent_start"] for r in recs[:i]):
                said(t, listed, ok)
                continue
        label = clean_raw(str(t["label"]))
        bare = at_end.search(label) is not None
        paid_total = paid.search(label) is not None and t["unit"] == "CNY"
        named = None if bare or paid_total else _named_closing(label)
        if not (bare or named or paid_total) or "累计" in label or _is_change(t):
            continue
        k = t["sent_idx"]
        while k - 1 in sents and sents[k - 1][-1:] in (";", "；"):
            k -= 1
        before = [r for r in recs[:i] if k <= r["sent_idx"] <= t["sent_idx"]]
        measure = _measure(t)
        parts = [r for r in before if r["unit"] == t["unit"] or (measure and _measure(r) == measure
                                                                  and r["unit"] not in _NON_ADDITIVE and r["unit"] != "CNY")]
        if named and not (parts and _all_named(parts, named)):
            continue  # 合计建成帮扶车间: every part must be named by the same words
        text = "".join(sents[j] for j in range(k, t["sent_idx"] + 1) if j in sents)
        cut = text.find(clean_raw(str(t["sentence"])).strip())
        stated = text[:cut] + clean_raw(str(t["sentence"]))[:max(t["pos"], 0)] if cut >= 0 else ""
        if len(parts) < 2 or any(not _ok(r) or not _plain(r) or _is_change(r) or r["fact_id"] in used for r in parts) \
                or any(w in stated for w in _NOT_ALL_PARTS) \
                or not (t["value"] > max(r["value"] for r in parts)):
            continue
        ok = overlaps(_sum_iv(parts), (t["lo"], t["hi"]))
        if not ok and (not (bare or named) or any(r["unit"] != t["unit"] for r in parts) or any(w in stated for w in _ADDING)
                       or _carried_over(recs, k, parts, t) or len(_word_pairs(label) & set().union(
                           *(_word_pairs(clean_raw(str(r["label"]))) for r in parts))) < 2):
            continue
        said(t, parts, ok)
    return out
