"""Check ``enumeration_count``: a count right after the items it counts (区、乡、村三级; 闽宁两省区;
栾川县、…、确山县等7个), or before the names it announces (五个工程 then “闭环工程”…).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..scopes import cues, fmt
from .common import _check, _ok


_LIST_BOUNDARY = re.compile(r"[,，;；:：。!！?？“”‘’「」『』《》\s]")


_CN_NUMERAL = "一二两三四五六七八九十"


def _small_count(x: dict) -> bool:
    v = x["value"]
    return _ok(x) and x["qualifier"] == "exact" and float(v).is_integer() and 2 <= v <= cues()["enumeration_max_count"]


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    jieba.setLogLevel(60)
    return jieba


def _tail_item(segment: str, width: int) -> str:
    """The last word(s) of the text before the first 、, as long as the other items (成立自治区 -> 自治区)."""
    out = ""
    for tok in reversed(_jieba().lcut(segment)):
        if out and len(tok) + len(out) > width:
            break
        out = tok + out
    return out


def listed_items(before: str, closing_words: bool = False) -> list[str] | None:
    """Items separated by 、 that end exactly where ``before`` ends (搭建区、乡、村 -> [区, 乡, 村]),
    or None when the text does not end with such a closed list. With ``closing_words``, a list ended by
    等 (栾川县、嵩县…确山县等7个) or made of two items joined by 和 (六盘山和四省藏区两个) is read too;
    such a list may be open, so only an agreement is reported from it."""
    c = cues()
    text = before.rstrip("”’\"」』")
    clause = _LIST_BOUNDARY.split(text)[-1]
    if closing_words:
        for w in c["enumeration_open_words"]:
            if clause.endswith(w):
                clause = clause[:-len(w)]
                break
    parts = re.split("|".join(map(re.escape, c["enumeration_separators"])), clause)
    if len(parts) < 2 and not closing_words:
        return None
    head, last = parts[:-1], parts[-1]
    for j in c["enumeration_final_joiners"]:
        a, sep, b = last.rpartition(j)
        if sep and a and b:
            parts = head + [a, b]
            break
    if len(parts) < 2:
        return None
    rest = parts[1:]
    if not parts[0] or any(not p or len(p) > c["enumeration_max_item_chars"] or re.search(r"\d", p)
                           or re.search(c["enumeration_own_count_regex"], p) for p in rest):
        return None  # an item with a figure or a count of its own (青川两个乡镇) ends no list before this count
    if any(w in p for p in parts for w in c["enumeration_open_words"]):
        return None  # 等 leaves the list open
    first = _tail_item(parts[0], max(map(len, rest)))
    if re.search(r"\d", first):
        return None  # 援建希望小学23所、乡镇卫生院11个: items that carry their own counts, not a list of names
    return [first] + rest


def level_run(before: str, x: dict) -> list[str] | None:
    """`区市两级`, `省市县三级`, `闽宁两省区`: names written one character each, without separators, right
    before a count of them (``char_run_units``); None when the text before is not such a run of that
    length."""
    chars = cues()["char_run_units"].get(x["unit"])
    if not chars:
        return None
    n = int(x["value"])
    tail = before.rstrip()[-n:] if n else ""
    if len(tail) != n or len(set(tail)) != n or any(ch not in chars for ch in tail):
        return None
    if len(before.rstrip()) > n and before.rstrip()[-n - 1] in chars:
        return None  # a longer run: not this count's list
    return list(tail)


def _enumerations(recs: list[dict]) -> list[dict]:
    """`区、乡、村三级`: the count right after a closed list of items equals the number of items."""
    out = []
    for x in recs:
        eligible = x["unit"] in cues()["enumeration_units"] or x["qtext"][:1] in _CN_NUMERAL
        if not eligible or not _small_count(x):
            continue
        items = listed_items(x["sentence"][:x["pos"]])
        if items is None:
            # 确山县等7个, 六盘山和四省藏区两个: the list may be open, so only an exact count is reported
            before = x["sentence"][:x["pos"]]
            items = level_run(before, x)
            if items is None:
                items = listed_items(before, closing_words=True)
            if items is None and x["value"] == 2:  # 、 earlier in the clause: the last two items joined by 和
                items = listed_items(re.split("|".join(map(re.escape, cues()["enumeration_separators"])), before)[-1],
                                     closing_words=True)
            if items is None or len(items) != x["value"]:
                continue
        n = len(items)
        out.append(_check("enumeration_count", "equality", x, [], f"{'、'.join(items)} ({n} named) = {fmt(x)}",
                          float(n), x["value"], "match" if n == x["value"] else "mismatch", [x]))
    return out


def _counted_noun(x: dict) -> str:
    if x["unit"].startswith("other:"):
        return x["unit"][6:]
    return str(x.get("noun") or "")


def _names(text: str, noun: str, exclude: str) -> list[str]:
    """Names ending in ``noun``: quoted (“闭环工程”) or listed with 、 (闭环工程、组团工程和…工程)."""
    L = cues()["enumeration_max_item_chars"]
    n = re.escape(noun)
    found = re.findall(rf"“([^“”,，。;；:：]{{1,{L}}}?{n})”", text)
    item = rf"[^“”、,，。;；:：\s和及与0-9０-９]{{1,{L}}}?{n}"  # an item with a figure is a quantity, no name
    for m in re.finditer(rf"{item}(?:(?:、|和|及|与){item})+", text):
        items = re.split("、|和|及|与", m.group())
        items = [i for i in items if i]
        found += [_tail_item(items[0], max(map(len, items[1:])))] + items[1:]
    out: list[str] = []
    for f in found:
        if f != noun and exclude not in f and f not in out:
            out.append(f)
    return out


def _article_sentences(recs: list[dict], table: pd.DataFrame | None) -> list[tuple[int, str]]:
    """(start, text) of the article's sentences in order: those holding facts, plus the sentences table."""
    by_start = {int(r["sent_start"]): r["sentence"] for r in recs}
    if table is not None and not table.empty:
        rows = table[table["article_id"] == recs[0]["article_id"]]
        by_start.update({int(s): str(t) for s, t in zip(rows["start"], rows["text"])})
    return sorted(by_start.items())


def _forward_enumerations(recs: list[dict], sentences: list[tuple[int, str]]) -> list[dict]:
    """`五个工程` then, in the rest of the sentence and the sentences that directly follow, the names of
    that many items ending in the counted noun (“闭环工程”…“崛起工程”)."""
    out, seen = [], set()
    starts = [s for s, _ in sentences]
    for x in recs:
        noun = _counted_noun(x)
        if not noun or not _small_count(x) or noun not in x["sentence"][x["pos"]:x["pos"] + len(x["qtext"]) + len(noun) + 1]:
            continue
        if listed_items(x["sentence"][:x["pos"]]) is not None:
            continue  # 镇巴县、宁强县、洋县3个县获评…: the count's names stand right before it; it announces none after it
        k = starts.index(int(x["sent_start"])) if int(x["sent_start"]) in starts else None
        if k is None:
            continue
        texts = [x["sentence"][x["pos"] + len(x["qtext"]):]]
        end = starts[k] + len(sentences[k][1])
        for s, t in sentences[k + 1:]:
            if s > end + 3:
                break  # a gap: the next sentence is not known
            texts.append(t)
            end = s + len(t)
        names: list[str] = []
        for i, t in enumerate(texts):
            new = [m for m in _names(t, noun, x["qtext"]) if m not in names]
            if not new and i > 0:
                break
            names += new
        key = tuple(names)
        if len(names) < cues()["enumeration_forward_min_items"] or key in seen:
            continue
        seen.add(key)
        out.append(_check("enumeration_count", "equality", x, [], f"{fmt(x)}{noun} = {'、'.join(names)} ({len(names)} named)",
                          float(len(names)), x["value"], "match" if len(names) == x["value"] else "mismatch", [x]))
    return out
