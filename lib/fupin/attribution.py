"""Attribution of quantities: which indicator, region, period and actor each number belongs to.

All vocabulary lives in data files (lib/fupin/data): ``indicators.yaml`` (keyword rules),
``gazetteer.csv`` (places), ``periods.yaml`` (time cues) and ``actors.yaml`` (donors, agencies).
This module holds only the mechanism: it cuts the text around a number into item, clause,
sentence and paragraph, finds the cues of each kind there and combines them.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

import pandas as pd
import yaml

from . import gazetteer, region
from .gazetteer import Place
from .model import Quantity
from .paths import data_file
from .scopes import against_prior_year
from .sentences import split_sentences

# Clause ends: the punctuation that closes a phrase in Chinese reports. An item is a clause also
# cut at the enumeration comma, so each member of a list gets its own item.
CLAUSE_DELIMS = frozenset("，,；;。！？!?：:\n()（）")
ITEM_DELIMS = CLAUSE_DELIMS | frozenset("、")
MASK = "□"  # stands in for bracketed asides, which never hold the cue for a number outside them
BRACKETS = {"(": ")", "（": "）", "《": "》"}
NON_COUNT_UNITS = frozenset({"CNY", "percent", "percentage_point"})
MAX_SENTENCE = 2000
"""Characters beyond which a sentence is no prose (the longest in the development reports is about
450): a figure in it is attributed within ``SENTENCE_REACH`` characters either side, flagged
``sentence_too_long``."""
SENTENCE_REACH = 300


@dataclass
class Attribution:
    """What one quantity is about; ``uncertain`` lists short reasons where a guess was made."""

    indicator: str
    indicator_en: str
    indicator_zh: str
    region: str
    region_level: str
    period: str
    actor: str
    uncertain: list[str] = field(default_factory=list)
    region_code: str = ""     # 6-digit code(s) of the region, ';'-joined like region
    region_reason: str = ""   # why this region (clause head 张掖市, 全县 → article subject 广河县, ...)
    indicator_reason: str = ""   # why this indicator: the rule and its words, or the head phrase
    period_reason: str = ""      # why this period: the time cue, or the default taken


# ----------------------------------------------------------------------------- data loading


@dataclass(frozen=True)
class Rule:
    code: str
    en: str
    zh: str
    units: tuple[str, ...]
    description: str
    near: tuple[re.Pattern, ...] = ()
    item: tuple[re.Pattern, ...] = ()
    noun: tuple[re.Pattern, ...] = ()
    sentence: tuple[re.Pattern, ...] = ()
    unless: tuple[re.Pattern, ...] = ()
    priority: int = 0
    planned: str = ""
    match: bool = True
    stock: bool = False


def _patterns(items: Iterable[str] | None) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in (items or ()))


# libyaml's parser when available: same objects, ~10x faster on the large rule files.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(name: str) -> dict:
    with data_file(name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_YAML_LOADER)


@lru_cache(maxsize=None)
def _indicator_file() -> dict:
    return _load_yaml("indicators.yaml")


@lru_cache(maxsize=None)
def load_rules() -> tuple[Rule, ...]:
    """The indicator rules of indicators.yaml, in file order."""
    rules = []
    for r in _indicator_file()["rules"]:
        rules.append(Rule(
            code=r["code"], en=r["en"], zh=r["zh"], units=tuple(r["units"]),
            description=r.get("description", ""), near=_patterns(r.get("near")),
            item=_patterns(r.get("item")), noun=_patterns(r.get("noun")), sentence=_patterns(r.get("sentence")),
            unless=_patterns(r.get("unless")), priority=int(r.get("priority", 0)),
            planned=r.get("planned", ""), match=bool(r.get("match", True)),
            stock=bool(r.get("stock", False))))
    return tuple(rules)


def load_indicators() -> pd.DataFrame:
    """Data dictionary of the indicator codes: code, name_en, name_zh, units, description."""
    rows = [{"code": r.code, "name_en": r.en, "name_zh": r.zh, "units": ", ".join(r.units),
             "description": r.description} for r in load_rules()]
    for unit, fb in sorted(_indicator_file()["fallback"].items()):
        rows.append({"code": fb["code"], "name_en": fb["en"], "name_zh": fb["zh"],
                     "units": unit, "description": "no rule matched; flagged indicator_default"})
        if fb.get("phrase"):
            p = fb["phrase"]
            rows.append({"code": p["code"], "name_en": p["en"], "name_zh": p["zh"], "units": unit,
                         "description": "no rule matched; named by the head phrase of its clause "
                                        "({slug} = the phrase in pinyin); flagged indicator_phrase"})
    return pd.DataFrame(rows, columns=["code", "name_en", "name_zh", "units", "description"])


@lru_cache(maxsize=None)
def load_gazetteer() -> tuple[dict[str, Place], re.Pattern]:
    """Alias -> place (the first unit of a shared name), and one regex matching any name or alias
    (longest first). The gazetteer itself is ``fupin.gazetteer`` (national table + alias file)."""
    gz = gazetteer.load()
    by_alias = {a: ps[0] for a, ps in gz.by_alias.items()}
    return by_alias, re.compile(gazetteer.place_pattern())


@lru_cache(maxsize=None)
def _periods() -> dict:
    return _load_yaml("periods.yaml")


@lru_cache(maxsize=None)
def _actors() -> dict:
    return _load_yaml("actors.yaml")


@lru_cache(maxsize=None)
def _actor_patterns() -> tuple[tuple[str, re.Pattern, str], ...]:
    places = load_gazetteer()[1].pattern
    out = []
    for a in _actors()["actors"]:
        # a recipient may be a county, which the place pattern leaves out: any short name ending in a level
        recipient = f"(?:{places}|[\u4e00-\u9fff]{{1,6}}?(?:县|区|旗|市))"
        pat = a["pattern"].replace("{PLACE}", f"(?P<place>{places})").replace("{RECIPIENT}", recipient)
        out.append((a["name"], re.compile(pat), a["actor"]))
    return tuple(out)


# ----------------------------------------------------------------------------- regex prefilter


def _required_chars(rx: re.Pattern) -> frozenset[str] | None:
    """Characters one of which every match of ``rx`` consumes, or None when none can be named.

    Read from the parsed pattern: a literal, a class of literals, a group, an alternation whose
    branches all name some, or a repeat taken at least once. A stretch without any of them holds
    no match, so the regex need not run there.
    """
    if rx.flags & re.IGNORECASE:
        return None
    try:
        return _req_seq(re._parser.parse(rx.pattern, rx.flags))
    except (re.error, AttributeError, TypeError, ValueError):
        return None


def _char_class(chars: frozenset[str] | None) -> re.Pattern | None:
    """A regex finding any of ``chars`` (None stays None: nothing to test)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None


def _req_seq(items) -> frozenset[str] | None:
    best = None
    for op, av in items:
        got = _req_op(op, av)
        if got is not None and (best is None or len(got) < len(best)):
            best = got
    return best


def _req_op(op, av) -> frozenset[str] | None:
    c = re._constants
    if op is c.LITERAL:
        return frozenset(chr(av))
    if op is c.IN:
        if any(o is not c.LITERAL for o, _ in av):
            return None
        return frozenset(chr(a) for _, a in av)
    if op is c.SUBPATTERN:
        _group, add_flags, _del, body = av
        return None if add_flags & re.IGNORECASE else _req_seq(body)
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _req_seq(branch)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        lo, _hi, body = av
        return _req_seq(body) if lo >= 1 else None
    return None  # lookarounds, anchors, any character, classes with ranges: nothing to require


@lru_cache(maxsize=None)
def _actor_needs() -> tuple[re.Pattern | None, ...]:
    """Per actor pattern, a class of the characters one of which it needs (see _required_chars)."""
    return tuple(_char_class(_required_chars(rx)) for _name, rx, _template in _actor_patterns())


def _actor_patterns_in(text: str) -> list[tuple[str, re.Pattern, str]]:
    """The actor patterns that can match somewhere in ``text``, in file order."""
    return [pat for pat, need in zip(_actor_patterns(), _actor_needs())
            if need is None or need.search(text) is not None]


# ----------------------------------------------------------------------------- text geometry


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Outermost bracket groups ((…), （…）, 《…》) that close within 120 characters."""
    spans, i, n = [], 0, len(text)
    while i < n:
        m = _OPENERS.search(text, i)   # jump to the next opening bracket
        if m is None:
            break
        i = m.start()
        close = BRACKETS.get(text[i])
        if close:
            j = text.find(close, i + 1, min(n, i + 120))
            if j > 0 and "\n" not in text[i:j]:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


_OPENERS = re.compile("[" + re.escape("".join(sorted(BRACKETS))) + "]")


def _masked(text: str, spans: Sequence[tuple[int, int]], keep: tuple[int, int]) -> str:
    """``text`` with every bracket group masked except the one holding ``keep``."""
    chars = list(text)
    for a, b in spans:
        if a <= keep[0] and keep[1] <= b:
            continue
        chars[a:b] = MASK * (b - a)
    return "".join(chars)


def _scope(text: str, start: int, end: int, delims: frozenset[str], lo: int, hi: int) -> tuple[int, int]:
    """The stretch around ``text[start:end]`` bounded by ``delims`` (within ``lo..hi``)."""
    # the nearest delimiter either side by C-level searches, not a walk character by character
    last, first = _delim_patterns(delims)
    if start > lo:
        m = last.match(text, lo, start)
        a = m.end() if m else lo
    else:
        a = start
    if end < hi:
        m = first.search(text, end, hi)
        b = m.start() if m else hi
    else:
        b = end
    return a, b


@lru_cache(maxsize=None)
def _delim_patterns(delims: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """(through the last delimiter, one delimiter): ``match`` of the first ends right after the
    last delimiter of a stretch; ``search`` of the second finds the first."""
    cls = "[" + "".join(re.escape(c) for c in sorted(delims)) + "]"
    return re.compile("(?s).*" + cls), re.compile(cls)


def _spans_of_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _containing(spans: Sequence[tuple[int, int]], pos: int, n: int) -> tuple[int, int]:
    starts = [s for s, _ in spans]
    k = bisect_right(starts, pos) - 1
    if k >= 0 and spans[k][0] <= pos <= spans[k][1]:
        return spans[k]
    return (0, n)


def _covering(spans: Sequence[tuple[int, int]], start: int, end: int, n: int) -> tuple[int, int]:
    """The union of the spans touching ``start..end`` (a number split by a layout break)."""
    a, b = _containing(spans, start, n)
    for s, e in spans:
        if s < end and e > b and s <= b + 2:
            b = e
    return a, b


_FULL_STOP = re.compile(r"[。！？!?\n]")
_ROUND = re.compile("[(（)）]")


def _full_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in _FULL_STOP.finditer(text, 0, start)), default=0)
    m = _FULL_STOP.search(text, end)
    return a, (m.start() + 1 if m else len(text))


class _Geometry:
    """Per-article indexes so that each quantity's scopes cost a bisection, not a text scan."""

    def __init__(self, text: str, brackets: list[tuple[int, int]], sentences: list[tuple[int, int]],
                 paragraphs: list[tuple[int, int]]) -> None:
        self.text, self.n = text, len(text)
        self.brackets = brackets
        self.bracket_starts = [a for a, _ in brackets]
        self.sentences, self.sentence_starts = sentences, [s for s, _ in sentences]
        self.paragraphs, self.paragraph_starts = paragraphs, [s for s, _ in paragraphs]
        self.stops = [m.start() for m in _FULL_STOP.finditer(text)]
        self._base = _masked(text, brackets, (-1, -1)) if brackets else text
        self._masks: dict[tuple[int, ...], str] = {(): self._base}
        # positions of the round brackets left in the masked text (the unclosed ones)
        self._marks = [m.start() for m in _ROUND.finditer(self._base)]

    def last_round_bracket(self, key: tuple[int, ...], pos: int) -> int:
        """Position of the last of ( （ ) ） before ``pos`` in the masked text of ``key`` (-1: none),
        from an index instead of a scan back through the article."""
        k = bisect_left(self._marks, pos)
        best = self._marks[k - 1] if k else -1
        for i in key:  # the unmasked group's own brackets
            a, b = self.brackets[i]
            if a < pos:
                m = max(self.text.rfind(c, a, min(b, pos)) for c in "(（)）")
                best = max(best, m)
        return best

    def masked(self, start: int, end: int) -> tuple[tuple[int, ...], str]:
        """(key, text) like ``_masked(text, brackets, (start, end))``; equal keys, equal texts."""
        # bracket groups are sorted and disjoint: only the last one opening at or before start can hold it
        k = bisect_right(self.bracket_starts, start) - 1
        key = (k,) if k >= 0 and end <= self.brackets[k][1] else ()
        out = self._masks.get(key)
        if out is None:
            out = self._base
            for i in key:  # bracket groups are disjoint, so unmasking one leaves the others alone
                a, b = self.brackets[i]
                out = out[:a] + self.text[a:b] + out[b:]
            # figures come in text order: keep the base and the latest variant only (each variant is
            # a copy of the article, and a long report has thousands of bracketed figures)
            self._masks = {(): self._base, key: out}
        return key, out

    def full_sentence(self, start: int, end: int) -> tuple[int, int]:
        """Same as ``_full_sentence(text, start, end)``."""
        k = bisect_left(self.stops, start)
        a = self.stops[k - 1] + 1 if k else 0
        j = bisect_left(self.stops, end)
        return a, (self.stops[j] + 1 if j < len(self.stops) else self.n)

    @staticmethod
    def _covering(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int,
                  n: int) -> tuple[int, int]:
        """Same as ``_covering`` for sorted disjoint spans: only later spans can extend the end."""
        k = bisect_right(starts, start) - 1
        if not (k >= 0 and spans[k][0] <= start <= spans[k][1]):
            return 0, n
        a, b = spans[k]
        for j in range(k + 1, len(spans)):   # indices, not a copy of the tail (one long line)
            s, e = spans[j]
            if s >= end or s > b + 2:
                break
            if e > b:
                b = e
        return a, b

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return self._covering(self.sentences, self.sentence_starts, start, end, self.n)

    def paragraph(self, start: int, end: int) -> tuple[int, int]:
        return self._covering(self.paragraphs, self.paragraph_starts, start, end, self.n)


@dataclass
class _Where:
    """The scopes of one quantity: item, clause, sentence, paragraph (absolute offsets)."""

    q: Quantity
    masked: str            # whole text with the bracket groups around other things masked
    item: tuple[int, int]
    clause: tuple[int, int]
    sentence: tuple[int, int]
    paragraph: tuple[int, int]
    full_sentence: tuple[int, int]   # sentence cut only at 。！？ and line ends (；does not cut)
    article_year: int | None = None  # latest year the article states, a last resort for 截至3月底
    mask_key: tuple[int, ...] | None = None  # identifies ``masked`` among the article's variants
    # Results of pure look-ups shared by the quantities of one article (same text, same answer).
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    geo: _Geometry | None = field(default=None, repr=False, compare=False)  # the article's indexes
    report_year: int | None = None   # the report's own year (title or lead), before the pub year
    speaking_year: int | None = None  # the year 今年/去年/上年 count from when no section heading gives one


# ----------------------------------------------------------------------------- indicator


def _unit_ok(rule_units: Sequence[str], unit: str) -> bool:
    for u in rule_units:
        if u == unit or (u == "count" and unit not in NON_COUNT_UNITS) or \
                (u == "other:*" and unit.startswith("other:")):
            return True
    return False


def _hits(patterns: Sequence[re.Pattern], text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(m.start() + a, m.end() + a) for p in patterns for m in p.finditer(text[a:b])]


def _hits_in(w: _Where, patterns: Sequence[re.Pattern], sub: str, a: int) -> list[tuple[int, int]]:
    """``_hits`` on a stretch ``sub`` that starts at ``a``; the matches depend on ``sub`` alone,
    so they are looked up once per article for each distinct stretch."""
    key = (id(patterns), sub)
    rel = w.memo.get(key)
    if rel is None:
        rel = [(m.start(), m.end()) for p in patterns for m in p.finditer(sub)]
        w.memo[key] = rel
    return [(s + a, e + a) for s, e in rel] if a else list(rel)


def _owned_elsewhere(hit: tuple[int, int], w: _Where, others: Sequence[tuple[int, int]]) -> bool:
    """True when a keyword sits in another list item, before that item's own number (省内县外务工
    4505人 in 省外务工35人、省内县外务工4505人). A noun after the last number of a list is shared."""
    if w.item[0] <= hit[0] and hit[1] <= w.item[1]:
        return False
    ia, ib = _scope(w.masked, hit[0], hit[1], ITEM_DELIMS, w.clause[0], w.clause[1])
    return any(ia <= s and e <= ib and s >= hit[1] for s, e in others)


def _distance(hit: tuple[int, int], q: Quantity) -> int:
    return max(0, q.start - hit[1], hit[0] - q.end)


def _rule_score(rule: Rule, w: _Where, others: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """(priority, -distance) when ``rule`` applies to the quantity, else None."""
    got = _rule_match(rule, w, others)
    return got[0] if got else None


def _rule_match(rule: Rule, w: _Where, others: Sequence[tuple[int, int]]
                ) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """``_rule_score`` and, per keyword list that matched, the span of the hit nearest the number."""
    q, t = w.q, w.masked
    if not rule.match or not _unit_ok(rule.units, q.unit):
        return None
    c0, c1 = w.clause
    if rule.unless and _hits_in(w, rule.unless, t[c0:c1], c0):
        return None
    dist, spans = 10_000, []
    if rule.near:
        hits = [h for h in _hits_in(w, rule.near, t[c0:c1], c0) if not (q.start <= h[0] < q.end)
                and not _owned_elsewhere(h, w, others)]
        if not hits:
            return None
        dist = min(_distance(h, q) for h in hits)
        spans.append(min(hits, key=lambda h: _distance(h, q)))
    if rule.noun:
        a, b = max(w.item[0], q.start - 4), min(w.item[1], q.end + 8)
        hits = [h for h in _hits_in(w, rule.noun, t[a:b], a) if not (q.start <= h[0] < q.end)]
        if not hits:
            return None
        dist = min(dist, min(_distance(h, q) for h in hits))
        spans.append(min(hits, key=lambda h: _distance(h, q)))
    if rule.item:
        # the item with the number itself blanked out (the item always contains the number)
        a, b = w.item
        sub = t[a: q.start] + " " * (q.end - q.start) + t[q.end: b]
        hits = _hits_in(w, rule.item, sub, a)
        if not hits:
            return None
        dist = min(dist, min(_distance(h, q) for h in hits))
        spans.append(min(hits, key=lambda h: _distance(h, q)))
    if rule.sentence:
        hits = _hits_in(w, rule.sentence, t[w.sentence[0]: w.sentence[1]], w.sentence[0])
        if not hits:
            return None
        if not rule.near and not rule.item and not rule.noun:
            dist = min(_distance(h, q) for h in hits) + 1000  # sentence cues are weaker evidence
        spans.append(min(hits, key=lambda h: _distance(h, q)))
    return (rule.priority, -dist), spans


def _plan_governs(w: _Where) -> bool:
    """A plan cue earlier in the sentence, not cancelled by a result word (已) before the number."""
    cfg = _periods()
    before = w.masked[w.sentence[0]: w.q.start]
    key = ("plan_governs", before)   # the answer depends on these words alone
    if key in w.memo:
        return w.memo[key]
    w.memo[key] = got = _plan_governs_in(before, cfg)
    return got


def _plan_governs_in(before: str, cfg: dict) -> bool:
    last = -1
    for rx in _plan_patterns():
        for m in rx.finditer(before):
            last = max(last, m.end())
    if last < 0:
        return False
    tail = before[last:]
    return not any(r in tail for r in cfg["plan_resets"])


@lru_cache(maxsize=None)
def _plan_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in _periods()["plan_cues"])


def _fallback(unit: str) -> tuple[str, str, str]:
    fb = _indicator_file()["fallback"]
    if unit in fb:
        return fb[unit]["code"], fb[unit]["en"], fb[unit]["zh"]
    noun = unit.split(":", 1)[-1]
    # Codes stay ASCII snake_case (the facts schema requires it); the noun lives on in the names.
    slug = re.sub(r"\W", "_", noun).lower() if noun.isascii() else "other"
    return fb["count"]["code"].format(unit=slug), fb["count"]["en"].format(unit=noun), \
        fb["count"]["zh"].format(unit=noun)


def _indicator_of(w: _Where, rule: Rule | None, flags: list[str], why: str,
                  others: Sequence[tuple[int, int]], named: dict[int, list[tuple[int, str, str]]]
                  ) -> tuple[str, str, str, str, list[str]]:
    """Code, names, reason and flags of one quantity: its rule's, else its head phrase's
    (lib/fupin/indicator.py). ``named`` collects each figure's noun, per sentence, for a later bare change."""
    from .indicator import name_unclaimed

    q, sent = w.q, w.full_sentence[0]
    if rule:
        named.setdefault(sent, []).append((q.start, q.unit, rule.zh))
        return rule.code, rule.en, rule.zh, why, flags
    earlier = [(s, u, n) for s, u, n in named.get(sent, ()) if s < q.start]
    got = name_unclaimed(w.masked, q.start, q.end, q.unit, w.item, w.clause, others, earlier)
    named.setdefault(sent, []).append((q.start, q.unit, got.base))
    flags = [f for f in flags if f != "indicator_default"] + [got.flag]
    return got.code, got.en, got.zh, got.reason, flags


@lru_cache(maxsize=None)
def _rules_for_unit(unit: str) -> tuple[Rule, ...]:
    """The matching rules that accept ``unit``, in file order (ties go to the earlier rule)."""
    return tuple(r for r in load_rules() if r.match and _unit_ok(r.units, unit))


_REGEX_META = frozenset(".^$*+?{}[]\\|()")


def _required_words(patterns: Sequence[re.Pattern]) -> frozenset[str] | None:
    """Words one of which must occur wherever one of ``patterns`` matches; None when a pattern is
    not a plain word (then nothing cheap can be said)."""
    if not patterns or any(_REGEX_META.intersection(p.pattern) or not p.pattern for p in patterns):
        return None
    return frozenset(p.pattern for p in patterns)


@lru_cache(maxsize=None)
def _rule_words(unit: str) -> tuple[tuple[Rule, tuple[frozenset[str], ...]], ...]:
    """For each rule of ``unit``: one set of plain words per keyword list (near, noun, sentence);
    a stretch that holds no word of one of these sets cannot satisfy the rule."""
    out = []
    for r in _rules_for_unit(unit):
        need = tuple(ws for ws in map(_required_words, (r.near, r.noun, r.sentence)) if ws is not None)
        out.append((r, need))
    return tuple(out)


@lru_cache(maxsize=None)
def _keyword_scanner() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One regex finding, at every position, the longest plain keyword of any rule that starts
    there; and for each keyword the keywords that are its prefixes (they occur there too)."""
    words: set[str] = set()
    for r in load_rules():
        for ws in map(_required_words, (r.near, r.noun, r.sentence)):
            words |= ws or set()
    ordered = sorted(words, key=lambda s: (-len(s), s))
    rx = re.compile("|".join(map(re.escape, ordered))) if ordered else re.compile("(?!)")
    prefixes = {w: frozenset(v for v in words if w.startswith(v)) for w in words}
    return rx, prefixes


def _keywords_in(sub: str) -> set[str]:
    """Every plain rule keyword occurring in ``sub`` (the same answer as searching for each)."""
    rx, prefixes = _keyword_scanner()
    found: set[str] = set()
    pos = 0
    while True:
        m = rx.search(sub, pos)     # skips every position where no keyword starts
        if m is None:
            return found
        s, pos = m.span()
        found |= prefixes[m.group()]
        for p in range(s + 1, pos):  # keywords overlapping this one start inside it
            inner = rx.match(sub, p)
            if inner:
                found |= prefixes[inner.group()]


@lru_cache(maxsize=None)
def _keyword_index(unit: str) -> tuple[tuple[Rule, ...], tuple[int, ...], tuple[int, ...],
                                       dict[str, tuple[tuple[int, int], ...]]]:
    """The rules of ``unit``, how many keyword sets each needs, the rules needing none, and for
    each keyword the (rule, keyword set) pairs it satisfies."""
    rules, counts, free = [], [], []
    index: dict[str, list[tuple[int, int]]] = {}
    for ri, (r, need) in enumerate(_rule_words(unit)):
        rules.append(r)
        counts.append(len(need))
        if not need:
            free.append(ri)
        for ni, ws in enumerate(need):
            for word in ws:
                index.setdefault(word, []).append((ri, ni))
    return tuple(rules), tuple(counts), tuple(free), {k: tuple(v) for k, v in index.items()}


def _rules_with(unit: str, present: set[str]) -> tuple[Rule, ...]:
    """The rules of ``unit`` whose every keyword set has a word in ``present``, in file order."""
    rules, counts, free, index = _keyword_index(unit)
    met: dict[int, set[int]] = {}
    for word in present:
        for ri, ni in index.get(word, ()):
            met.setdefault(ri, set()).add(ni)
    keep = sorted([*free, *(ri for ri, sets in met.items() if len(sets) == counts[ri])])
    return tuple(rules[ri] for ri in keep)


def _viable_rules(w: _Where) -> tuple[Rule, ...]:
    """The rules of the quantity's unit that can match in its sentence. near, noun and sentence
    keywords are all looked for inside the sentence, so a rule whose plain-word keywords are all
    absent from it cannot score; one scan per sentence spares scoring it for every number."""
    # clause and item lie within the sentence, except that they always reach the number's end
    a, b = w.sentence[0], max(w.sentence[1], w.q.end)
    key = ("viable", w.q.unit, w.mask_key, a, b) if w.mask_key is not None else None
    found = w.memo.get(key) if key else None
    if found is None:
        wkey = ("keywords", w.mask_key, a, b)
        present = w.memo.get(wkey) if key else None
        if present is None:
            present = _keywords_in(w.masked[a:b])
            if key:
                w.memo[wkey] = present
        found = _rules_with(w.q.unit, present)
        if key:
            w.memo[key] = found
    return found


def classify(w: _Where, others: Sequence[tuple[int, int]], planned: bool
             ) -> tuple[Rule | None, list[str], str]:
    """The indicator rule for one quantity (None: no rule applies), uncertainty flags and the
    reason (``rule funds_spent on 拨付``)."""
    best: tuple[tuple[int, int], Rule, list[tuple[int, int]]] | None = None
    for rule in _viable_rules(w):
        got = _rule_match(rule, w, others)
        if got is not None and (best is None or got[0] > best[0]):
            best = (got[0], rule, got[1])
    if best is None:
        return None, ["indicator_default"], ""
    rule, spans = best[1], best[2]
    words = " + ".join(dict.fromkeys(w.masked[a:b] for a, b in spans))
    reason = f"rule {rule.code} on {words}" if words else f"rule {rule.code} on unit {w.q.unit}"
    if planned and rule.planned:
        rule = next(r for r in load_rules() if r.code == rule.planned)
        reason += f", planned -> {rule.code}"
    return rule, ["indicator_sentence_cue"] if best[0][1] <= -1000 else [], reason


# ----------------------------------------------------------------------------- places


def _donor_spans(text: str) -> list[tuple[int, int]]:
    """Places named as the giver in an aid relation (北京援藏, 湖北省援藏工作队)."""
    blockers = tuple(_actors()["actor_blockers"])
    out = []
    for name, rx_a, _ in _actor_patterns_in(text):
        if name not in ("aid_team", "aid_donor"):
            continue
        for am in rx_a.finditer(text):
            if not text[max(0, am.start() - 2): am.start()].endswith(blockers):
                out.append((am.start("place"), am.end("place")))
    return out


_EXAMPLES_RX = re.compile(r"(?:、[^，,。；;]{1,30}?)?等")


# ----------------------------------------------------------------------------- period


@dataclass
class _Cue:
    kind: str
    start: int
    end: int
    groups: dict


@lru_cache(maxsize=None)
def _cue_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    cfg = _periods()
    out = [(kind, re.compile(p)) for kind, p in cfg["cues"].items()]
    out.insert(0, ("fyp", re.compile(cfg["five_year_plan_pattern"])))
    return tuple(out)


@lru_cache(maxsize=None)
def _cue_table() -> tuple[tuple[str, re.Pattern, re.Pattern | None], ...]:
    """The cue patterns, each with a class of the characters one of which it needs."""
    return tuple((kind, rx, _char_class(_required_chars(rx))) for kind, rx in _cue_patterns())


def _cues(text: str, a: int, b: int, raw: list[tuple[int, int]] | None = None) -> list[_Cue]:
    """Time cues in text[a:b]; a cue inside a longer, earlier-listed one is dropped.
    ``raw`` (when given) receives the span of every match, dropped or not.

    A dated month standing alone before a comma (``2021年3月,``) dates the event the sentence
    tells about, not each number in it, so it counts as a year.
    """
    found: list[_Cue] = []
    # a year named as a comparison base (较上年, 比2022年) dates the base, not the figure
    bases = [(m.start(), m.end()) for m in _comparison_rx().finditer(text, a, b)]
    if raw is not None:
        raw.extend(bases)   # a restart point is never inside a comparison base either
    # (start, end) of the cues found so far, sorted: a cue can only lie inside one that starts at most
    # ``longest`` characters before its end, so the containment test looks at a short slice only
    # (an article printed as one long line would otherwise make this quadratic).
    spans: list[tuple[int, int]] = []
    longest = 0
    for kind, rx, need in _cue_table():
        if need is not None and need.search(text, a, b) is None:
            continue
        for m in rx.finditer(text, a, b):
            ms, me = m.start(), m.end()
            if raw is not None:
                raw.append((ms, me))
            if bases:
                # bases are disjoint and sorted: only the last one starting at or before ms can hold it
                j = bisect_right(bases, (ms, math.inf)) - 1
                if j >= 0 and me <= bases[j][1]:
                    continue
            lo = bisect_left(spans, (me - longest, -1))
            hi = bisect_right(spans, (ms, math.inf))
            if any(ce >= me for _, ce in spans[lo:hi]):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v}
            k = "year" if kind == "month" and "y" in groups and text[me: me + 1] in "，," else kind
            found.append(_Cue(k, ms, me, groups))
            insort(spans, (ms, me))
            longest = max(longest, me - ms)
    return sorted(found, key=lambda c: c.start)


@lru_cache(maxsize=None)
def _from_rx() -> re.Pattern:
    return re.compile(_periods()["change_start"])


@lru_cache(maxsize=None)
def _comparison_rx() -> re.Pattern:
    """A comparison base: a year named by its number first (同比2022年), else the year before named."""
    return re.compile(f"{_periods()['comparison_base']}|{against_prior_year(named_only=True).pattern}")


def _report_year(text: str, title: str, pub_year: int | None = None) -> int | None:
    """The report's own year: the one year its title names (…2023年…工作总结), else the one year of
    the first sentence of its first paragraph (2023年,全州…); 今年 there (今年以来…) is the year of
    publication. None when several years, a range or nothing is found."""
    cfg = _periods()
    a, b = region.title_span(text, title)
    head = text[a:b] if b > a else title
    if head and (len(head) > cfg["report_title_max"] or "。" in head):
        head, b = "", a  # a body line taken for the title (no title given): read it as the lead
    for part in [head or ""] + [ln for ln in text[b:].split("\n")]:
        if part is not head and (not part.strip() or re.match(cfg["report_meta_line"], part)
                                 or (title and part.strip() == title.strip())):
            continue
        first = re.split(r"[。！？!?]", part, maxsplit=1)[0] if part is not head else part
        if re.search(cfg["report_year_range"], first):
            return None
        first = re.sub(cfg["change_start"], "", first)  # 由2014年底的…: the start of a change
        years = {int(m.group("y")) for m in re.finditer(cfg["report_year_title"], first)}
        if years:
            return years.pop() if len(years) == 1 else None
        if pub_year and re.search(cfg["report_this_year"], first):
            return pub_year
        if part is not head:
            return None
    return None


def _speaking_year(text: str, title: str, pub_year: int | None, report_year: int | None) -> int | None:
    """The year the text speaks in, that 今年/去年/上年 count from when no section heading gives one: the report's
    own year when its title names it (郧西县2023年度…报告 published 2024: 上年 is 2022; 兴安盟2021年京蒙协作工作综述
    published 2022-01: 今年 is 2021), else the publication year (a news item published 2022-03 whose lead reads
    记者…获悉：2021年…, under the title 去年…同比增长11.6%: 去年 is 2021), else the report's year."""
    if report_year and (pub_year is None or _title_years(text, title) == {report_year}):
        return report_year
    return pub_year or report_year


def _title_years(text: str, title: str) -> set[int]:
    """The years the title names (none when it names a range)."""
    cfg = _periods()
    a, b = region.title_span(text, title)
    head = text[a:b] if b > a else title
    if not head or len(head) > cfg["report_title_max"] or "。" in head or re.search(cfg["report_year_range"], head):
        return set()
    return {int(m.group("y")) for m in re.finditer(cfg["report_year_title"], head)}


def _pub_year(pub_date: str) -> int | None:
    m = re.match(r"((?:19|20)\d{2})", pub_date or "")
    return int(m.group(1)) if m else None


def _relative(c: _Cue, now: int | None) -> int | None:
    """The year a relative cue (今年/本年, 去年/上年, 前年) names, counted from ``now``, the year its clause
    is in; None for any other cue or when that year is unknown."""
    offset = _periods()["relative_years"].get(c.kind)
    return None if offset is None or not now else now + offset


def _relative_word(word: str | None, now: int | None) -> int | None:
    """The year a relative word (上年, 去年, 前年) names, counted from ``now``."""
    kind = next((k for k, rx in _cue_patterns() if word and rx.fullmatch(word)), None)
    return _relative(_Cue(kind, 0, 0, {}), now) if kind else None


def _past_aside(c: _Cue, text: str, s0: int, clause_start: int) -> bool:
    """上年为92.5%；其中千吨万人工程水样126份, 加上上年结转资金0.74亿元，全年可用资金6.22亿元: a past year said
    inside a sentence (not opening it) dates the figures of its own clause only."""
    return (_periods()["relative_years"].get(c.kind, 0) < 0 and c.start < clause_start
            and re.fullmatch(_periods()["sentence_lead"], text[s0:c.start]) is None)


def _year_of(cues: Sequence[_Cue], now: int | None, pub_year: int | None, article_year: int | None) -> int | None:
    """The latest explicit year among the cues: 今年/去年/前年 resolve against ``now`` (the year the
    clause is in), 近日 against the publication year, else the latest year the article states."""
    year = None
    for c in cues:
        if "y" in c.groups:
            year = int(c.groups["y"])
        elif _relative(c, now):
            year = _relative(c, now)
        elif c.kind == "recent" and (pub_year or article_year):
            year = pub_year or article_year
    return year


def _period(w: _Where, planned: bool, pub_year: int | None, stock: bool = False,
            context: tuple[list[_Cue], int | None] | None = None) -> tuple[str, list[str], str]:
    """The period of one quantity in the gold vocabulary, with flags when it is a guess, and the
    reason (the time cue that decided, or the default taken). ``context``: the paragraph's last
    dated cue before the sentence and the heading's year, when already looked up."""
    t, q = w.masked, w.q
    s0 = w.full_sentence[0]
    here = _cues_of(w, s0, q.start) + _clause_cues(t, w.clause[0], q.start)
    here.sort(key=lambda c: c.start)
    cfg = _periods()
    # the paragraph's dated cues are found once per paragraph (not once per figure); only the last
    # one ending before the sentence counts (_year_of and _year_reason both take the last)
    earlier = _last_dated_cue(w, s0) if context is None else context[0]
    year_par = _year_of(earlier, None, pub_year, None)
    heading = None if year_par else _heading_year(w) if context is None else context[1]
    year_par = year_par or heading
    # the year the text speaks in: its section heading's (一、2023年工作回顾), else _speaking_year (the year the
    # title names, else the publication's); not a year named earlier in the paragraph (从2015年底开始…截至今年11月底: 今年 is 2019)
    now = heading or w.speaking_year
    # 由2014年底的10.26万户41.8万人减少到0.17万户, 贫困发生率由31.7%下降到0.48%: the year (上年 too) dates the
    # start of the change (the figures before its 到, or right after a later 由), not its end
    for fm in _from_rx().finditer(t, s0, q.start):
        between = t[fm.end(): q.start]
        start_year = fm.group("y") or _relative_word(fm.group("rel"), now)
        if start_year and (not re.search(cfg["change_end"], between)
                           or re.search(cfg["change_start_bare"] + r"$", between)):
            return str(start_year), [], f"start of a change {_said(t, _Cue('from', fm.start(), fm.end(), {}))}"
        here = [c for c in here if not (fm.start() <= c.start and c.end <= fm.end())]
    here = [c for c in here if not _past_aside(c, t, s0, w.clause[0])]
    year_here = _year_of(here, now, pub_year, w.article_year)
    year = year_here or year_par or w.report_year or pub_year or w.article_year
    why_year = _year_reason(t, here, earlier, now, pub_year, w.article_year, w.report_year)
    if heading and not year_here:
        why_year = f"the section heading's year {heading}"
    kinds = {c.kind for c in here}
    sentence = t[s0: w.full_sentence[1]]
    fyp = next((c for c in here if c.kind == "fyp"), None)
    if fyp:
        y1, y2 = _periods()["five_year_plans"][fyp.groups["fyp"]]
        return (f"plan-{y1}..{y2}" if planned else f"cumulative-{y1}..{y2}"), [], f"plan {_said(t, fyp)}"
    if planned:
        if year:
            return f"{year} (plan)", [] if year_here else ["period_year_inferred"], f"plan cue; {why_year}"
        return "unstated", ["period_unstated"], "plan cue, no year"
    if "year_range" in kinds:
        c = next(c for c in here if c.kind == "year_range")
        return f"cumulative-{c.groups['y1']}..{c.groups['y2']}", [], _said(t, c)
    if "since_year" in kinds:
        c = next(c for c in here if c.kind == "since_year")
        return f"cumulative-{c.groups['y']}..pub", [], _said(t, c)
    if q.unit == "other:年" and re.search("连续", t[w.clause[0]: q.start]):
        return "cumulative-..pub", [], "连续 … 年 up to publication"
    span = _month_period(here, "累计" in sentence, year)
    if span:
        c = next((c for c in reversed(here) if c.kind in _MONTH_KINDS), None)
        return span, [], (_said(t, c) if c else "month cue") + ("" if c and "y" in c.groups else f"; {why_year}")
    last = here[-1] if here else None
    if last and last.kind == "annual":
        return "annual", [], _said(t, last)
    if "ytd" in kinds or ("cumulative" in kinds and any(
            m in sentence for m in _periods()["ytd_markers"]) and "截至" in sentence):
        c = next((c for c in here if c.kind in ("ytd", "cumulative")), None)
        cue = _said(t, c) if c else "截至"
        return ((f"{year}-ytd", [], f"{cue}; {why_year}") if year else
                ("unstated-year-ytd", ["period_year_unknown"], f"{cue}, no year"))
    if year_here:
        return str(year_here), [], why_year
    base = _comparison_rx().search(t, s0, q.start)
    if base and year and not any(c.kind in ("cumulative", "pub", "annual") for c in here):
        # 较上年增加1.9亿元: a yearly figure of the current year, compared with the year before
        return str(year), ["period_year_inferred"], f"compared {_said(t, _Cue('base', base.start(), base.end(), {}))}; {why_year}"
    for c in reversed(here):
        if c.kind in ("cumulative", "pub", "annual"):
            return c.kind, [], _said(t, c)
    if stock:
        return "pub", ["period_stock_default"], "a stock with no time cue: pub"
    if year_par:
        return str(year_par), ["period_year_carried"], why_year
    if w.report_year and pub_year and w.report_year < pub_year:
        # a report on a past year (2023年工作总结 published in 2024): its unmarked figures are that
        # year's (not in an undated or same-year report: it would invent same-year totals for the checks)
        return str(w.report_year), ["period_year_inferred"], f"no time cue: the report's year {w.report_year}"
    return "unstated", ["period_unstated"], "no time cue in the sentence or paragraph"


_MONTH_KINDS = frozenset({"upto_month", "month_range", "first_half", "first_quarter", "first_three_quarters",
                          "month"})


def _said(text: str, c: _Cue) -> str:
    """The words of a time cue as written (截至2023年底)."""
    return re.sub(r"\s+", "", text[c.start: c.end]) or c.kind


def _year_reason(text: str, here: Sequence[_Cue], earlier: Sequence[_Cue], now: int | None, pub_year: int | None,
                 article_year: int | None, report_year: int | None = None) -> str:
    """Where the year of ``_period`` comes from, mirroring ``_year_of`` (今年 → 2023, pub year)."""
    for cues, where in ((here, ""), (earlier, " (earlier in the paragraph)")):
        for c in reversed(cues):
            if "y" in c.groups:
                return _said(text, c) + where
            if cues is here and _relative(c, now):
                return f"{_said(text, c)} → {_relative(c, now)}"
            if cues is here and c.kind == "recent" and (pub_year or article_year):
                return f"{_said(text, c)} → {pub_year or article_year}"
    if report_year:
        return f"the report's year {report_year}"
    if pub_year:
        return f"pub year {pub_year}"
    return f"latest year in the article {article_year}" if article_year else "no year"


def _heading_year(w: _Where) -> int | None:
    """The one year of the section heading above the paragraph (一、2023年工作回顾 dates the 一是/二是
    paragraphs under it, 二、2024年工作安排 the ones after it). Lines are read back to the nearest
    numbered heading; a heading with no single year (三、有关要求) or a range dates nothing."""
    key = ("heading_year", w.paragraph[0])
    if key in w.memo:
        return w.memo[key]
    starts, years = _headings(w)
    cfg = _periods()
    par = w.paragraph[0]
    k = bisect_left(starts, par) - 1   # the nearest heading line that starts before the paragraph
    year = years[k] if k >= 0 and starts[k] >= max(0, par - cfg["heading_reach"]) else None
    w.memo[key] = year
    return year


def _headings(w: _Where) -> tuple[list[int], list[int | None]]:
    """Start and year (None when it names none or several) of every numbered heading line of the
    article's text as masked for this figure: found once per masked variant, so that paragraphs look
    their heading up by bisection instead of reading lines back."""
    key = ("headings", w.mask_key if w.mask_key is not None else id(w.masked))
    found = w.memo.get(key)
    if found is not None:
        return found
    if w.mask_key and w.geo is not None:
        # one bracket group unmasked: bracket groups hold no line break, so only the line holding the
        # group can read differently from the base text's (every variant used to read every line)
        base = w.memo.get(("headings", ()))
        if base is None:
            base = w.memo[("headings", ())] = _heading_lines(w.geo.masked(-1, -1)[1], 0, w.geo.n)
        a, b = w.geo.brackets[w.mask_key[0]]
        l0 = w.masked.rfind("\n", 0, a) + 1
        l1 = w.masked.find("\n", b)
        l1 = len(w.masked) if l1 < 0 else l1 + 1
        starts, years = _heading_lines(w.masked, l0, l1)
        i, j = bisect_left(base[0], l0), bisect_left(base[0], l1)
        found = w.memo[key] = (base[0][:i] + starts + base[0][j:], base[1][:i] + years + base[1][j:])
        return found
    found = w.memo[key] = _heading_lines(w.masked, 0, len(w.masked))
    return found


def _heading_lines(text: str, l0: int, l1: int) -> tuple[list[int], list[int | None]]:
    """Start and year of the numbered heading lines of ``text[l0:l1]`` (``l0`` a line start, ``l1`` a
    line start or the end of the text), as :func:`_headings` gives them."""
    cfg = _periods()
    starts: list[int] = []
    years: list[int | None] = []
    for m in _LINE.finditer(text, l0, l1):
        line = m.group()
        # the heading may have been joined to the paragraph under it (一、2023年工作回顾过去一年,…):
        # only its words up to the first punctuation count
        head = re.split("[，,。；;：:！？!?]", line.strip(), maxsplit=1)[0]
        if not line or not re.match(cfg["heading_pattern"], head):
            continue
        year = None
        if len(head) <= cfg["heading_max"] and not re.search(cfg["report_year_range"], head):
            ys = {int(y.group("y")) for y in re.finditer(cfg["report_year_title"], head)}
            year = ys.pop() if len(ys) == 1 else None
        starts.append(m.start())
        years.append(year)
    return starts, years


_LINE = re.compile(r"[^\n]*\n?")


def _cues_of(w: _Where, a: int, b: int) -> list[_Cue]:
    """``_cues(w.masked, a, b)``, computed once per article for each masked text and stretch."""
    if w.mask_key is None:
        return _cues(w.masked, a, b)
    key = ("cues", w.mask_key, a, b)
    found = w.memo.get(key)
    if found is None:
        found = w.memo[key] = _cues(w.masked, a, b)
    return list(found)


def _dated(cues: Sequence[_Cue]) -> list[_Cue]:
    return [c for c in cues if c.kind in ("year", "month") and "y" in c.groups]


def _last_ending_by(dated: Sequence[_Cue], starts: Sequence[int], s0: int) -> list[_Cue]:
    # a cue ending at or before s0 starts before it; cues are sorted by start, and only the few
    # overlapping ones that straddle s0 are stepped over
    k = bisect_left(starts, s0) - 1
    while k >= 0 and dated[k].end > s0:
        k -= 1
    return [dated[k]] if k >= 0 else []


@lru_cache(maxsize=None)
def _cue_reach() -> int | None:
    """How far (in characters, either side) a cue match reads from where it is tried: the widest
    pattern with its lookarounds counted as text; None when a pattern is unbounded."""
    reach = 0
    for _kind, rx in _cue_patterns():
        pat = re.sub(r"\(\?<?[=!]", "(?:", rx.pattern)
        try:
            hi = re._parser.parse(pat, rx.flags).getwidth()[1]
        except (re.error, AttributeError, TypeError, ValueError):
            return None
        if hi >= re._parser.MAXREPEAT:
            return None
        reach = max(reach, hi)
    return reach + 2


def _last_dated_cue(w: _Where, s0: int) -> list[_Cue]:
    """[the last year/month cue with a year in the paragraph ending at or before ``s0``] (or []).

    The paragraph's cues are found once on the text with every bracket group masked, and looked up
    by bisection. A figure inside a bracket group sees that group unmasked: only cues tried within
    reach of the group can differ, so they alone are found again, from the last point before the
    group that no match of the masked text straddles (a report printed as one long line would
    otherwise repeat the whole paragraph's search for every bracketed figure)."""
    p0, p1 = w.paragraph
    geo, reach = w.geo, _cue_reach()
    if w.mask_key is None or geo is None or reach is None:
        return _last_ending_by(d := _dated(_cues_of(w, p0, p1)), [c.start for c in d], s0)
    key = ("dated", w.paragraph)
    got = w.memo.get(key)
    if got is None:
        got = w.memo[key] = _paragraph_dated(w, geo.masked(-1, -1)[1], p0, p1)
    dated, starts, m_starts, m_ends = got
    if w.mask_key:
        a, b = geo.brackets[w.mask_key[0]]
        if a < s0 + reach and b + reach > p0 and a < p1 + reach:
            # restart at the last point q0 before the group not strictly inside a match
            q0 = a - reach
            j = bisect_right(m_starts, q0) - 1
            if j >= 0 and m_starts[j] < q0 < m_ends[j]:
                q0 = m_starts[j]
            q0 = max(q0, p0)
            near = _dated(_cues(w.masked, q0, min(p1, s0 + reach)))
            got_near = _last_ending_by(near, [c.start for c in near], s0)
            return got_near or _last_ending_by(dated, starts, q0)
    return _last_ending_by(dated, starts, s0)


def _paragraph_dated(w: _Where, base: str, p0: int, p1: int
                     ) -> tuple[list[_Cue], list[int], list[int], list[int]]:
    """The dated cues of ``base[p0:p1]`` with their starts, and the starts and ends of the raw cue
    matches merged where they overlap; found once per distinct paragraph text (the cues read from
    ``_period_reach`` characters before the paragraph to one after it)."""
    reach = _period_reach()
    a = 0 if reach is None else max(0, p0 - reach)
    b = len(base) if reach is None else p1 + 1
    if not SAME_TEXT_MEMO:
        a, b = 0, len(base)
    key = ("dated_text", base[a:b], a == 0, p0 - a, p1 - a)
    rel = w.memo.get(key)
    if rel is None:
        raw: list[tuple[int, int]] = []
        dated = _dated(_cues(base, p0, p1, raw))
        merged: list[list[int]] = []   # the raw matches merged where they overlap
        for ms, me in sorted(raw):
            if merged and ms < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], me)
            else:
                merged.append([ms, me])
        rel = _memo_put(w, key, ([_Cue(c.kind, c.start - a, c.end - a, c.groups) for c in dated],
                                 [m[0] - a for m in merged], [m[1] - a for m in merged]))
    dated = [_Cue(c.kind, c.start + a, c.end + a, c.groups) for c in rel[0]]
    return dated, [c.start for c in dated], [s + a for s in rel[1]], [e + a for e in rel[2]]


@lru_cache(maxsize=None)
def _clause_cue_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(p)) for kind, p in (_periods().get("clause_cues") or {}).items())


def _clause_cues(text: str, a: int, b: int) -> list[_Cue]:
    out = []
    for kind, rx in _clause_cue_patterns():
        out += [_Cue(kind, m.start(), m.end(), {}) for m in rx.finditer(text[a:b])]
    return [_Cue(c.kind, c.start + a, c.end + a, c.groups) for c in out]


def _month_period(cues: Sequence[_Cue], cumulative: bool, year: int | None) -> str:
    """Periods written with months: 截至4月底, 1至3月, 4月, 上半年, 一季度."""
    # 7月至9月: the 至9月 inside the range is not an 截至9月 of its own
    ranges = [c for c in cues if c.kind == "month_range"]
    cues = [c for c in cues if not any(r is not c and r.start <= c.start and c.end <= r.end for r in ranges)]
    for c in reversed(cues):
        y = int(c.groups["y"]) if "y" in c.groups else year
        pre = f"{y}-" if y else "unstated-year-"
        if c.kind == "upto_month":
            m = int(c.groups["m"])
            if cumulative:
                return f"cumulative-..{y}-{m:02d}" if y else f"cumulative-..unstated-year-{m:02d}"
            return f"{y}-01..{y}-{m:02d}" if y else f"unstated-year-01..{m:02d}"
        if c.kind == "month_range":
            m1, m2 = int(c.groups["m1"]), int(c.groups["m2"])
            return f"{y}-{m1:02d}..{y}-{m2:02d}" if y else f"unstated-year-{m1:02d}..{m2:02d}"
        if c.kind == "first_half":
            return f"{y}-01..{y}-06" if y else "unstated-year-01..06"
        if c.kind == "first_quarter":
            return f"{y}-01..{y}-03" if y else "unstated-year-01..03"
        if c.kind == "first_three_quarters":
            return f"{y}-01..{y}-09" if y else "unstated-year-01..09"
        if c.kind == "month":
            return f"{pre}{int(c.groups['m']):02d}"
    return ""


# ----------------------------------------------------------------------------- actor


@dataclass
class _ActorMention:
    start: int
    end: int
    actor: str


def _actor_mentions(text: str) -> list[_ActorMention]:
    """Actor mentions, minus objects of a preposition and examples in a list ending in 等."""
    by_alias, _ = load_gazetteer()
    blockers = tuple(_actors()["actor_blockers"])
    out: list[_ActorMention] = []
    for _name, rx, template in _actor_patterns_in(text):
        for m in rx.finditer(text):
            if text[max(0, m.start() - 2): m.start()].endswith(blockers):
                continue
            if _EXAMPLES_RX.match(text, m.end()):
                continue
            place = m.groupdict().get("place")
            full = by_alias[place].name if place else ""
            actor = template.replace("{place}", full).replace("{match}", m.group())
            out.append(_ActorMention(m.start(), m.end(), actor))
    # the longest mention at a position wins (援藏工作队 over the bare donor place)
    out.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[_ActorMention] = []
    for a in out:
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    return kept


_COUNTY_AID_RX = re.compile(r"(?:第[一二三四五六七八九十\d]+批)?(?:对口支援|对口援助|对口帮扶|结对帮扶|援藏|援疆|援青|支援|援助|援建|帮扶)")


def _county_donors(text: str, places: list, mentions: list[_ActorMention]) -> list[_ActorMention]:
    """``mentions`` plus county-level givers of an aid relation (东城区对口帮扶科右前旗,投入资金
    8600万元: 北京市东城区 gives), found among the region mentions (the actor patterns leave county
    names out), named with their enclosing unit."""
    blockers = tuple(_actors()["actor_blockers"])
    taken = [(a.start, a.end) for a in mentions]
    extra = []
    for m in places:
        if m.role not in ("place", "donor") or m.place.level != "county" or m.ambiguous \
                or not _COUNTY_AID_RX.match(text, m.end) or text[max(0, m.start - 2): m.start].endswith(blockers) \
                or any(a < m.end and m.start < b for a, b in taken):
            continue
        parent = m.place.parent if m.place.parent and not m.place.name.startswith(m.place.parent) else ""
        extra.append(_ActorMention(m.start, m.end, parent + m.place.name))
    return sorted(mentions + extra, key=lambda a: a.start) if extra else mentions


@lru_cache(maxsize=1024)
def _donor_places(donor: str) -> frozenset[str]:
    """The gazetteer places whose name starts the donor's name (one scan of the aliases per donor)."""
    return frozenset(p.name for p in load_gazetteer()[0].values() if donor.startswith(p.name))


def _article_donor(text: str, title: str) -> str:
    """The donor named in the title or first paragraph (北京援藏, 南京对口支援, 湖北省…援藏工作队)."""
    head_end = text.find("\n", len(title) + 1) if title and text.startswith(title) else -1
    head = text[: head_end if head_end > 0 else min(len(text), 300)]
    for name, rx, template in _actor_patterns_in(head):
        if name not in ("aid_team", "aid_donor"):
            continue
        m = rx.search(head)
        if m:
            return template.replace("{place}", load_gazetteer()[0][m.group("place")].name)
    return ""


def _actor(w: _Where, mentions: list[_ActorMention], donor: str, region: str,
           starts: Sequence[int] | None = None) -> tuple[str, list[str]]:
    q, t = w.q, w.masked
    item = t[w.item[0]: w.item[1]]
    for src in _actors()["funding_sources"]:
        if re.search(src["pattern"], item):
            return src["actor"].replace("{region}", region), []
    # the last mention of the sentence ending before the number, not right before it (the noun right
    # before a number is what it counts); mentions are sorted and disjoint, so walk back from it
    if starts is None:
        starts = [a.start for a in mentions]
    k = bisect_left(starts, q.start) - 1
    while k >= 0 and mentions[k].start >= w.full_sentence[0]:
        a = mentions[k]
        if a.end <= q.start and q.start - a.end > 1:
            return a.actor, []
        k -= 1
    if donor:
        return donor, ["actor_from_article"]
    clause = t[w.clause[0]: w.clause[1]]
    if region and any(v in clause for v in _actors()["implicit_subject_verbs"]):
        return region, ["actor_implicit"]
    return "", []


# ----------------------------------------------------------------------------- same text, same answer

SAME_TEXT_MEMO = True
"""Whether figures in equal stretches of text share the work of classify, _period and region.choose
(off: each figure is attributed from scratch; the results are the same, tests/test_same_text.py)."""
MEMO_LIMIT = 200_000
"""Entries of an article's memo beyond which it is emptied (a bound on memory: it only saves work)."""


def _rel(span: tuple[int, int], base: int) -> tuple[int, int]:
    return span[0] - base, span[1] - base


def _stretch(w: _Where, a: int, b: int) -> str:
    """``w.masked[a:b]``, one string per stretch of the article (shared by the figures of a sentence)."""
    key = ("stretch", w.mask_key, a, b)
    got = w.memo.get(key)
    if got is None:
        got = w.memo[key] = w.masked[a:b]
    return got


def _memo_put(w: _Where, key, value):
    if len(w.memo) > MEMO_LIMIT:
        w.memo.clear()
    w.memo[key] = value
    return value


def _classify_same(w: _Where, others: Sequence[tuple[int, int]], planned: bool, lo: int, hi: int
                   ) -> tuple[Rule | None, list[str], str]:
    """``classify(w, others, planned)``, once per distinct sentence text: classify reads the masked
    text of the sentence (``lo..hi``, the number included), the number's unit, the positions of the
    number, its item, clause and sentence and of the other figures, all relative to the stretch
    (a report repeating one sentence thousands of times scores its rules once)."""
    if w.mask_key is None or not SAME_TEXT_MEMO:
        return classify(w, others, planned)
    q = w.q
    a, b = min(lo, q.start, w.item[0], w.clause[0], w.sentence[0]), max(hi, q.end, w.item[1], w.clause[1], w.sentence[1])
    key = ("classify", _stretch(w, a, b), q.start - a, q.end - a, q.unit, planned, _rel(w.item, a),
           _rel(w.clause, a), _rel(w.sentence, a), tuple(_rel(o, a) for o in others))
    got = w.memo.get(key)
    if got is None:
        got = _memo_put(w, key, classify(w, others, planned))
    return got[0], list(got[1]), got[2]


@lru_cache(maxsize=None)
def _period_reach() -> int | None:
    """How far before its start a stretch's time cues can read (their widest pattern, look-behinds
    counted as text); None when a pattern is unbounded."""
    pats = [rx.pattern for _k, rx in _cue_patterns()] + [rx.pattern for _k, rx in _clause_cue_patterns()]
    pats += [_comparison_rx().pattern, _from_rx().pattern]
    reach = 0
    for pat in pats:
        try:
            hi = re._parser.parse(re.sub(r"\(\?<?[=!]", "(?:", pat)).getwidth()[1]
        except (re.error, AttributeError, TypeError, ValueError):
            return None
        if hi >= re._parser.MAXREPEAT:
            return None
        reach = max(reach, hi)
    return reach + 2


def _period_same(w: _Where, planned: bool, pub_year: int | None, stock: bool = False
                 ) -> tuple[str, list[str], str]:
    """``_period(w, planned, pub_year, stock)``, once per distinct sentence text and context. Besides
    the paragraph's last dated cue and the section heading's year (looked up first, per figure),
    _period reads the masked text from a little before the sentence (its cues' look-behinds) to the
    sentence end, at positions relative to it, and the article's years."""
    reach = _period_reach()
    if w.mask_key is None or reach is None or not SAME_TEXT_MEMO:
        return _period(w, planned, pub_year, stock)
    q, t = w.q, w.masked
    s0, s1 = w.full_sentence
    earlier = _last_dated_cue(w, s0)
    heading = None if _year_of(earlier, None, pub_year, None) else _heading_year(w)
    a, b = max(0, s0 - reach), max(s1, q.start + 1, w.clause[1])
    key = ("period", _stretch(w, a, b), a == 0, s0 - a, s1 - a, q.start - a, _rel(w.clause, a), q.unit,
           planned, pub_year, stock, w.article_year, w.report_year, w.speaking_year, heading,
           tuple((c.kind, tuple(c.groups.items()), _said(t, c)) for c in earlier))
    got = w.memo.get(key)
    if got is None:
        got = _memo_put(w, key, _period(w, planned, pub_year, stock, (earlier, heading)))
    return got[0], list(got[1]), got[2]


# ----------------------------------------------------------------------------- public API


def attribute(text: str, quantities: list[Quantity], *, title: str = "", pub_date: str = "",
              default_region: str = "") -> list[Attribution]:
    """Indicator, region, period and actor for each quantity of one article (clean Simplified text).

    ``title`` (if ``text`` starts with it) and the first paragraph set the article's topic place
    and donor; ``pub_date`` (ISO, may be partial) resolves 今年; ``default_region`` is the last
    resort for the region.
    """
    brackets = _bracket_spans(text)
    geo = _Geometry(text, brackets, split_sentences(text), _spans_of_lines(text))
    donor = _article_donor(text, title)
    donor_places = set(_donor_places(donor)) if donor else set()
    places_of = region.ArticlePlaces.build(text, title, _donor_spans(text), donor_places, donor, default_region)
    actor_mentions = _county_donors(text, places_of.mentions, _actor_mentions(text))
    actor_starts = [a.start for a in actor_mentions]
    pub_year = _pub_year(pub_date)
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", text)]
    article_year = max(years) if years else None
    report_year = _report_year(text, title, pub_year)
    speaking_year = _speaking_year(text, title, pub_year, report_year)
    spans = [(q.start, q.end) for q in quantities]
    by_start = sorted(spans)
    memo: dict = {}
    named: dict[int, list[tuple[int, str, str]]] = {}  # sentence -> (start, unit, noun) of its figures so far
    out = []
    for q in quantities:
        mask_key, masked = geo.masked(q.start, q.end)
        sent = geo.sentence(q.start, q.end)
        par = geo.paragraph(q.start, q.end)
        full = geo.full_sentence(q.start, q.end)
        clipped = max(full[1], sent[1]) - min(full[0], sent[0]) > MAX_SENTENCE
        if clipped:
            # no prose sentence is this long (a table or a run without 。 printed as one line): the
            # figure's sentence is the stretch within SENTENCE_REACH of it, so that each figure's
            # work stays bounded instead of growing with the run
            a_, b_ = q.start - SENTENCE_REACH, q.end + SENTENCE_REACH
            sent = (max(sent[0], a_), min(sent[1], b_))
            full = (max(full[0], a_), min(full[1], b_))
        clause = _scope(masked, q.start, q.end, CLAUSE_DELIMS, sent[0], sent[1])
        item = _scope(masked, q.start, q.end, ITEM_DELIMS, sent[0], sent[1])
        w = _Where(q, masked, item, clause, sent, par, (min(full[0], sent[0]), max(full[1], sent[1])),
                   article_year, mask_key, memo, geo, report_year, speaking_year)
        # the other figures of the sentence (the only ones the rules look at): a slice of the sorted
        # spans, not a scan of the whole article per figure
        lo_, hi_ = min(full[0], sent[0]), max(full[1], sent[1])
        others = [s for s in by_start[bisect_left(by_start, (lo_, -1)):bisect_left(by_start, (hi_, -1))]
                  if s != (q.start, q.end)]
        planned = _plan_governs(w)
        rule, flags, why = _classify_same(w, others, planned, lo_, hi_)
        code, en, zh, why, flags = _indicator_of(w, rule, flags, why, others, named)
        # a label of a plan (projects_planned_by_type) dates the number as a plan even without a cue
        planned = planned or "planned" in code
        choice = region.choose_same(places_of, w, others, memo if SAME_TEXT_MEMO else None)
        places, flags = choice.places, flags + choice.flags
        region_name = choice.region
        period, pflags, pwhy = _period_same(w, planned, pub_year, bool(rule and rule.stock))
        actor, aflags = _actor(w, actor_mentions, donor, places[0].name if places else "", actor_starts)
        if clipped:
            flags = flags + ["sentence_too_long"]
        out.append(Attribution(code, en, zh, region_name, choice.level, period,
                               actor, flags + pflags + aflags, choice.code, choice.reason, why, pwhy))
    return out
