"""Naming a quantity that no indicator rule claims: the head phrase of its clause.

The lexicon (``indicators.yaml`` ``rules``) maps the usual phrasings of a concept to one code. A
figure it does not know is still named by the text: the noun phrase right before the number (after
a verb such as 达/为/累计/完成/安排/下达: 累计到位资金达93.11亿元 -> 到位资金), the noun counted
after a measure word (1622个贫困村 -> 贫困村), the noun a share is of (91.2%的贫困人口 -> 贫困人口占比),
the member of a list a ``分别`` figure stands for (人均GDP、人均财政收入分别达到21545元、1014元), or,
for a bare change (同比增加1810元), the figure it changes. Places and time words are left out; the
words used are the ``head_phrase`` section of indicators.yaml.

The code is the unit family's ``phrase`` template with the phrase in pinyin (到位资金 ->
``amount_daowei_zijin``): the same phrase always gives the same code, and every such code still
reads as unclassified to rates and checks (``generic_indicator_regex``).

Every decision comes with its reason (``rule funds_arrived on 到位资金``, ``head phrase 核拨资金``),
written to the facts table as ``indicator_reason`` and printed by ``python -m fupin explain``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from pypinyin import Style, lazy_pinyin

NON_COUNT_UNITS = frozenset({"CNY", "percent", "percentage_point"})
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TIME = re.compile(r"^(?:\d{1,4}|[一二三四五六七八九十]+)?(?:年底|年末|年初|年度|年来|年|月底|月份|月|日|季度|期末|期初)$")
_NUMERIC = re.compile(r"[0-9０-９%％]")
_PLACE_SUFFIXES = frozenset("省市县区州盟旗乡镇")
_ADMIN_COUNT = re.compile(r"^[一二两三四五六七八九十\d]+[省市县区州盟旗]$")
_CLASSIFIERS = frozenset("个名家所座处台套间口条批位户项只头匹辆艘栋幢")


@dataclass(frozen=True)
class Head:
    """The words naming a quantity: ``noun`` (may be empty), ``verb`` and how they were found."""

    noun: str = ""
    verb: str = ""
    right: bool = False    # the verb stands right before the number (生态补偿脱贫0.7万人)
    change: bool = False   # the verb is a change (增加, 提高): the figure is the change of the noun
    how: str = ""          # before | after | share_of | respectively | previous | verb
    unit: str = ""

    @property
    def phrase(self) -> str:
        lex = _lexicon()
        if self.how == "share_of":
            return self.noun + "占比"
        if self.noun and self.verb and (self.right or self.change):
            return self.noun + self.verb
        if self.noun and self.verb and self.noun in lex["generic_nouns"]:
            return self.verb + self.noun
        if not self.noun and self.verb and not self.change:
            return self.verb + (lex["verb_nouns"].get(self.unit, "") if self.unit else "")
        return self.noun or self.verb


@dataclass(frozen=True)
class Named:
    code: str
    en: str
    zh: str
    reason: str
    flag: str       # indicator_phrase | indicator_default | "" (a rule)
    base: str       # the noun a later bare change (同比增加…) refers to


@lru_cache(maxsize=None)
def _lexicon() -> dict:
    from .attribution import _indicator_file

    cfg = dict(_indicator_file()["head_phrase"])
    cfg["verb_nouns"] = dict(cfg.get("verb_nouns") or {})
    for k, v in list(cfg.items()):
        if isinstance(v, list):
            cfg[k] = frozenset(v)
    return cfg


@lru_cache(maxsize=None)
def _places() -> frozenset[str]:
    from .attribution import load_gazetteer

    return frozenset(load_gazetteer()[0])


def _words(text: str) -> list[tuple[str, str]]:
    """jieba's words of ``text`` (brackets masked), with the ``terms`` it cuts joined again."""
    return list(_words_of(text))   # a list of its own: callers pop from it


@lru_cache(maxsize=65536)
def _words_of(text: str) -> tuple[tuple[str, str], ...]:
    from .segment import tag_words

    words = tag_words(text.replace("□", " "))
    terms = _lexicon()["terms"]
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 4), i + 1, -1):
            joined = "".join(w for w, _ in words[i:j])
            if joined in terms:
                out.append((joined, "n"))
                i = j
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _is_place(word: str, tag: str) -> bool:
    if word in _places() or word in _lexicon()["place_words"] or _ADMIN_COUNT.match(word):
        return True
    return tag == "ns" and len(word) <= 3   # jieba also tags 城镇人口 ns: only short names count


def _is_time(word: str, tag: str) -> bool:
    return tag == "t" or _TIME.match(word) is not None


def _is_number(word: str, tag: str) -> bool:
    return _NUMERIC.search(word) is not None or (tag == "m" and not _HAN.search(word))


@lru_cache(maxsize=65536)
def slug(phrase: str) -> str:
    """Toneless pinyin of ``phrase``, one jieba word per part: 到位资金 -> daowei_zijin."""
    parts = []
    for word, _tag in _words(phrase):
        s = _pinyin(word)
        if s:
            parts.append(s)
    return "_".join(parts)[:60].strip("_") or "x"


@lru_cache(maxsize=65536)
def _pinyin(word: str) -> str:
    """Toneless pinyin of one word, letters and digits only (a vocabulary-sized memo)."""
    return re.sub(r"[^a-z0-9]", "", "".join(lazy_pinyin(word, style=Style.NORMAL, errors="default")).lower())


def _collect_back(words: list[tuple[str, str]]) -> tuple[str, str]:
    """The noun phrase at the end of ``words`` and the verb bounding it on the left ('' if none)."""
    lex = _lexicon()
    got: list[str] = []
    verb = ""
    for word, tag in reversed(words):
        if _is_place(word, tag):
            if got:
                break
            continue
        if word in lex["verbs"] or word in lex["change_verbs"]:
            verb = word
            break
        if word in lex["per_words"] and got:
            got.insert(0, "每")
            break
        if (word in lex["prepositions"] or word in lex["copulas"] or tag in ("x", "c", "p", "uj", "ul", "r")
                or _is_number(word, tag) or _is_time(word, tag) or not _HAN.search(word) and tag != "eng"):
            break
        if len(got) >= lex["max_words"] or len(word) + sum(map(len, got)) > lex["max_chars"]:
            break
        got.insert(0, word)
    # a phrase does not start with an adverb, a measure word or a lone place suffix (两市 cut as 两/市)
    while len(got) > 1 and (_words(got[0])[0][1] in ("d", "q") or got[0] in _PLACE_SUFFIXES
                            or _ADMIN_COUNT.match(got[0])):
        got.pop(0)
    return "".join(got), verb


def _before(pre: str, unit: str) -> tuple[Head, bool]:
    """The head phrase in ``pre`` (the item up to the number, from the end of any number before
    it), and whether nothing but linking words stand between (…74.3%提高到【85.9%】)."""
    lex = _lexicon()
    words = _words(pre)
    verb, change, to_level = "", False, False
    while words:
        word, tag = words[-1]
        if word in lex["change_verbs"] or word in lex["verbs"]:
            if verb:
                break
            verb, change = word, word in lex["change_verbs"]
            to_level = to_level or word.endswith(("到", "至"))
            words.pop()
        elif word in lex["copulas"] or word in lex["from_words"] or tag == "x" and not word.strip():
            to_level = to_level or (not verb and word in ("到", "至"))
            words.pop()
        elif _is_time(word, tag):
            words.pop()
            if words and _is_number(*words[-1]):
                words.pop()      # 2012 of 2012年
        elif _is_place(word, tag):
            words.pop()          # 高于全国6.5个百分点, 其中上海市72.8亿元
        else:
            break
    if to_level and change:
        verb, change = "", False   # 从579元增长到【9225元】: the new level of the same noun
    if not words or all(not w.strip() for w, _ in words):
        return Head(verb=verb, right=bool(verb), change=change, how="verb", unit=unit), not verb or change
    noun, left_verb = _collect_back(words)
    if noun:
        if verb:
            return Head(noun, verb, True, change, "before", unit), False
        return Head(noun, left_verb, False, False, "before", unit), False
    return Head(verb=verb, right=bool(verb), change=change, how="verb", unit=unit), not verb


def _after(text: str, start: int, end: int) -> str:
    """The noun phrase right after ``text[start:end]``, up to a verb, a particle or punctuation
    (a verb followed by a one-character noun is kept: 重点帮扶县)."""
    lex = _lexicon()
    got: list[str] = []
    words = _words(text[start:end])
    for k, (word, tag) in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ("", "x")
        verbal = word in lex["verbs"] or word in lex["change_verbs"] or tag in ("v", "d")
        if verbal and got and len(nxt[0]) == 1 and _HAN.match(nxt[0]) and nxt[1].startswith("n"):
            verbal = False
        if (verbal or word in lex["prepositions"] or word in lex["copulas"] or word in lex["after_stops"]
                or tag in ("x", "p", "uj", "ul", "c", "r") or _is_number(word, tag) or _is_time(word, tag)):
            break
        if _is_place(word, tag):
            if got:
                break
            continue
        if len(got) >= lex["max_words"] or len(word) + sum(map(len, got)) > lex["max_chars"]:
            break
        got.append(word)
    return "".join(got)


_LIST_SEP = re.compile(r"[、和与及]")


def _respectively(text: str, clause: tuple[int, int], q_start: int, others: Sequence[tuple[int, int]]) -> str:
    """X、Y分别达到A、B: the list member this number stands for, when the lists have one length."""
    c0, c1 = clause
    k = text.rfind("分别", c0, q_start)
    if k < 0:
        return ""
    nums = sorted([s for s, e in others if k < s and e <= c1] + [q_start])
    members = [m for m in _LIST_SEP.split(text[c0:k]) if m.strip()]
    if len(members) < 2 or len(members) != len(nums):
        return ""
    noun, _ = _collect_back(_words(members[nums.index(q_start)]))
    return noun


def head_of(text: str, start: int, end: int, unit: str, item: tuple[int, int], clause: tuple[int, int],
            others: Sequence[tuple[int, int]]) -> tuple[Head, bool]:
    """The head phrase of the quantity at ``text[start:end]`` and whether it leans on the number
    before it in its item (a bare 提高到【85.9%】 or 和【10.45%】 names nothing itself)."""
    if unit == "percent" and text.startswith("的", end):
        noun = _after(text, end + 1, clause[1])
        if noun:
            return Head(noun, how="share_of", unit=unit), False
    resp = _respectively(text, clause, start, others)
    if resp:
        return Head(resp, how="respectively", unit=unit), False
    raw_last = text[end - 1: end]
    if unit not in NON_COUNT_UNITS and raw_last in _CLASSIFIERS and _HAN.match(text[end: end + 1] or " "):
        noun = _after(text, end, clause[1])
        if len(noun) > 1:
            return Head(noun, how="after", unit=unit), False
    a = max([item[0]] + [e for s, e in others if item[0] < e <= start])
    return _before(text[a: start], unit)


def name_unclaimed(text: str, start: int, end: int, unit: str, item: tuple[int, int],
                   clause: tuple[int, int], others: Sequence[tuple[int, int]],
                   earlier: Sequence[tuple[int, str, str]] = ()) -> Named:
    """Code, names and reason for a quantity no rule claims. ``earlier`` holds (start, unit, noun)
    of the figures before it in its sentence: a bare change (同比增加1810元) is the change of the
    last of them, and a bare number after another (增至【5543元】) has the noun of the last of
    the same unit."""
    from .attribution import _fallback

    head, leans = head_of(text, start, end, unit, item, clause, others)
    if not head.noun and (head.change or leans):
        same = [n for _s, u, n in earlier if u == unit and n]
        anyu = [n for _s, _u, n in earlier if n]
        prev = (same or (anyu if head.change else []) or [""])[-1]
        if prev:
            head = Head(prev, head.verb if head.change else "", head.change, head.change, "previous", unit)
    phrase = head.phrase
    if len(phrase) < 2 or not _HAN.search(phrase):   # one character (新, 来, 县) names nothing
        code, en, zh = _fallback(unit)
        return Named(code, en, zh, "no rule, no head phrase: unit fallback", "indicator_default", "")
    tpl = _indicator_file_fallback(unit)["phrase"]
    code = tpl["code"].format(slug=slug(phrase))
    reason = {"before": f"head phrase {phrase}", "after": f"counted noun {phrase}",
              "share_of": f"share of {head.noun}", "respectively": f"分别 list member {phrase}",
              "previous": f"{head.verb or 'same noun'} as the figure before: {phrase}",
              "verb": f"verb {phrase}"}[head.how]
    return Named(code, tpl["en"].format(phrase=phrase), tpl["zh"].format(phrase=phrase), reason,
                 "indicator_phrase", head.noun if head.how != "verb" else "")


def _indicator_file_fallback(unit: str) -> dict:
    from .attribution import _indicator_file

    fb = _indicator_file()["fallback"]
    return fb.get(unit) or fb["count"]
