"""Repair of GBK scraper damage in decoded text (pinyin glosses and misaligned GBK runs).

The damage is deterministic (see :mod:`fupin.gbk_damage`), so the repair inverts it on bytes:
each damaged run is re-encoded, the bytes the decoder lost are added as unknowns, the stream is
re-paired and every candidate must (1) be an assigned GBK character, (2) agree with the pinyin
checksums, and (3) reproduce the observed text exactly through the forward model. What is left
is ranked by a word-level language model (jieba's dictionary) and accepted per character only
with a calibrated margin; otherwise the character becomes U+FFFD and the edit is flagged.
Bytes the decoder swallowed are never filled in (digits are never invented).
"""
from __future__ import annotations

import logging
import math
import os
import pickle
import tempfile
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Iterator, Mapping

import jieba
import opencc
import yaml
from pypinyin.pinyin_dict import pinyin_dict

from fupin import gbk_damage as gd
from fupin.paths import data_file
from fupin.textmap import Edit

REPLACEMENT = "\ufffd"
# Prefixed to a run's left context: a quotation opened in an earlier paragraph is still open there.
QUOTE_OPEN = "\ue000"
# A lost character that provably is not a digit (no candidate of its surviving byte is one): the
# geta mark, the typesetters' sign for a missing character. Unlike U+FFFD it does not make the
# number after it lose a leading digit (入〓12萬戶 is 12萬戶, flagged by the repair log).
NOT_A_DIGIT = "〓"
_TONE_LETTERS = "āáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
_SYL = rf"[a-z{_TONE_LETTERS}]{{1,7}}"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_GLOSS_AFTER_HAN = re.compile(rf"(?<=[{_HAN}])\(({_SYL})\)")
_GLOSS = re.compile(rf"\(({_SYL})\)")
_GLOSS_TAIL = re.compile(rf"({_SYL})\)")
_HAN_RUN = re.compile(f"[{_HAN}]+")
_LM_TOKEN = re.compile(f"[{_HAN}]+|[A-Za-z]+|.", re.S)
# A `?` that can start a run: a misaligned split (`?` + delimiter, or `??。` where the 。 split cut
# the ！ piece again) or a misaligned annotation whose `(` was swallowed (`?pinyin)`). Everything
# else is decided by the model, not by regex.
_ANCHOR = re.compile(rf"\?(?=[!;。]|\?。|{_SYL}\))")
# What a delimiter that straddled two characters decodes to (after full-width folding).
_DELIMITER_BYTES = {"!": b"\xa3\xa1", ";": b"\xa3\xbb", "。": b"\xa1\xa3"}
_MAX_RUN_TOKENS = 48
_CONTEXT = 12  # characters of language-model context on each side
_RT_CONTEXT = 3  # characters of round-trip context on each side
_PAGE_SKIP = 48  # characters after an anchor left out of the page's vocabulary (garbage)
# Set to a list to record, per run, (run start, [(kind, margin, character, layout margin), ...]).
TRACE: list | None = None

logging.getLogger("jieba").setLevel(logging.WARNING)
jieba.setLogLevel(logging.WARNING)


# ----------------------------------------------------------------------------- configuration

@lru_cache(maxsize=1)
def _config() -> dict:
    with open(data_file("repair_lm.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _numerals() -> frozenset[str]:
    return frozenset(_config()["numerals"])


def accept_margin() -> float:
    """Calibrated per-character acceptance margin τ (natural-log likelihood ratio)."""
    return float(_config()["accept_margin"])


# ----------------------------------------------------------------------------- pinyin glosses

@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every tone-marked reading pypinyin knows: the vocabulary a gloss may use."""
    return frozenset(r for v in pinyin_dict.values() for r in v.split(","))


def readings(ch: str, table: Mapping[str, str] | None = None) -> frozenset[str]:
    """Readings of ``ch``: the document's annotation if it has one, otherwise pypinyin's."""
    if table and ch in table:
        return frozenset((table[ch],))
    if len(ch) != 1:
        return frozenset()
    return frozenset(r for r in pinyin_dict.get(ord(ch), "").split(",") if r)


def annotation_table(text: str) -> dict[str, str]:
    """The page's annotation table: every Han character directly followed by ``(pinyin)``."""
    table: dict[str, str] = {}
    for m in _GLOSS_AFTER_HAN.finditer(text):
        if m.group(1) in _syllables():
            table.setdefault(text[m.start() - 1], m.group(1))
    return table


def checksum_table(text: str, table: Mapping[str, str]) -> dict[str, str]:
    """``table`` plus every Han character the page shows aligned and *without* a gloss, mapped to
    the empty reading: the mirror glossed every byte match of a table character, so a character
    printed bare is not in the table and cannot be the one that produced a gloss in a run.
    A bare character must be seen ``min_bare`` times (a run's garbage can print any character)."""
    need = int(_config().get("checksum", {}).get("min_bare", 0) or 0)
    if not need:
        return dict(table)
    bare: Counter[str] = Counter()
    for m in _HAN_RUN.finditer(text):
        run = m.group()
        end = m.end()
        glossed_last = bool(_GLOSS.match(text, end))
        bare.update(run[:-1] if glossed_last else run)
    out = dict(table)
    for c, n in bare.items():
        if n >= need and c not in out:
            out[c] = ""
    return out


def _undamaged_parts(text: str) -> list[str]:
    """The page without the stretches after run anchors (their garbage is no evidence), deglossed."""
    spans = [(m.start(), m.start() + _PAGE_SKIP) for m in _ANCHOR.finditer(text)]
    parts, pos = [], 0
    for a, b in spans:
        if a > pos:
            parts.append(text[pos:a])
        pos = max(pos, b)
    parts.append(text[pos:])
    return [degloss(p) for p in parts]


def page_bigrams(text: str) -> frozenset[str]:
    """Pairs of adjacent Han characters the page shows outside the stretches after run anchors:
    the page's own vocabulary (names, terms) for a cache model of the run readings."""
    pairs: set[str] = set()
    longest = 3 if _config().get("page_trigram") else 2
    for part in _undamaged_parts(text):
        for m in _HAN_RUN.finditer(part):
            w = m.group()
            for n in range(2, longest + 1):
                pairs.update(w[k:k + n] for k in range(len(w) - n + 1))
    return frozenset(pairs)


_DIGIT = "0"  # every ASCII digit counts as this one symbol in the page model


def _symbol(ch: str) -> str:
    return _DIGIT if "0" <= ch <= "9" else ch


def _symbol_class(ch: str) -> str:
    """Coarse class of a page symbol, the back-off of the page model."""
    if ch == _DIGIT:
        return "digit"
    if ch in "\n\r":
        return "break"
    if _HAN_RUN.match(ch):
        return "han"
    if ch.isascii():
        return "letter" if ch.isalpha() else "ascii"
    return "mark"


class PageModel:
    """What the page itself says about the byte a run swallowed: adjacent-symbol counts of the
    page's undamaged text (digits as one symbol), smoothed Witten-Bell style with the symbol's class.

    The swallowed byte ``x`` sits between the run's last character ``l`` and the visible text
    after it, ``r``; its candidates are the ASCII bytes below 0x40 (a line break, a space, ASCII
    punctuation of the page, or a digit). ``choose`` returns the likeliest when no other candidate
    (a digit above all) comes within ``margin`` of it; a digit is never returned.
    """

    def __init__(self, text: str) -> None:
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.cls_pairs: Counter[tuple[str, str]] = Counter()
        parts = _undamaged_parts(text)
        self.key = hash("\x00".join(parts))  # stands for the model in the solved-run cache
        for part in parts:
            syms = [_symbol(c) for c in part if c != REPLACEMENT]
            self.pairs.update(zip(syms, syms[1:]))
        self.left: Counter[str] = Counter()
        self.left_types: Counter[str] = Counter()
        self.unigram: Counter[str] = Counter()
        for (a, b), n in self.pairs.items():
            self.left[a] += n
            self.left_types[a] += 1
            self.unigram[b] += n
            self.cls_pairs[(_symbol_class(a), b)] += n
        self.cls_left: Counter[str] = Counter()
        self.cls_types: Counter[str] = Counter()
        for (c, b), n in self.cls_pairs.items():
            self.cls_left[c] += n
            self.cls_types[c] += 1
        self.total = sum(self.unigram.values())
        # Script: a Traditional page hardly prints a Simplified-only form, and conversely. A form
        # the page prints itself is never suspect (converters leave some, e.g. 后 干 于).
        self.seen = frozenset(c for part in parts for c in part)
        self.rows: dict = {}  # the solvers' row terms, shared by the page's runs
        scripts = _gbk_scripts()
        counts = Counter(scripts.get(c, "") for part in parts for c in part)
        floor = float(_config().get("script_prior_floor", -math.inf))
        self._script_logp = {k: max(floor, min(0.0, math.log((counts[k] + 1.0) / (counts[o] + 1.0))))
                             for k, o in (("t", "s"), ("s", "t"))}
        self._penalty = {c: self._script_logp[k] for c, k in scripts.items()
                         if self._script_logp[k] and c not in self.seen}
        # Quote forms scored alike (corner and curly quotes): a page prints one style; the form it
        # does not print costs `equivalent_mark_unseen`, the corner form when it prints neither.
        # The style is a pair's, not each mark's: a page that prints only the opening 「 of a
        # quotation whose closing 」 was damaged still quotes with corner brackets.
        unseen = float(_config().get("equivalent_mark_unseen", 0.0))
        marks = _config().get("equivalent_marks") or {}
        partner = {m: p[1 - k] for p in _config().get("equivalent_mark_pairs") or () for k, m in enumerate(p)}
        for a, b in marks.items():
            pa = partner.get(a, a)
            if a not in self.seen and pa not in self.seen:
                self._penalty[a] = unseen
            elif b not in self.seen and marks.get(pa, b) not in self.seen:
                self._penalty[b] = unseen
        self.candidates = tuple(sorted({s for s in self.unigram if s.isascii() and ord(s) < 0x40
                                        and s not in "(\r\t"} | {"\n", " ", _DIGIT}))
        # Where on its line the page puts each symbol after a Han character: a line break after a
        # Han character closes a heading (a short line) on most pages, a comma comes anywhere.
        self.edges = tuple(int(e) for e in (_config().get("line_position") or {}).get("edges", ()))
        self.at_col: Counter[tuple[str, int]] = Counter()
        self.at_n: Counter[str] = Counter()
        self.col_all: Counter[int] = Counter()
        if self.edges:
            for k, part in enumerate(parts):
                col = 0 if k == 0 else None  # a part after a skipped stretch starts mid-line
                for a, b in zip(part, part[1:]):
                    col = None if col is None and a != "\n" else (0 if a == "\n" else col + 1)
                    if col is None or not _HAN_RUN.match(a):
                        continue
                    sb, bk = _symbol(b), self.bucket(col + 1)
                    self.at_col[(sb, bk)] += 1
                    self.at_n[sb] += 1
                    self.col_all[bk] += 1
        self.col_total = sum(self.col_all.values())

    def bucket(self, column: int) -> int:
        """Index of the line-position bucket of ``column`` (characters since the line start)."""
        return sum(1 for e in self.edges if column >= e)

    def position_logp(self, x: str, column: int | None) -> float:
        """log P(line position | ``x`` follows a Han character), smoothed with every symbol's
        positions; 0 when the position is unknown or the page too short to say."""
        if column is None or not self.edges or self.col_total < 50:
            return 0.0
        bk = self.bucket(column)
        alpha = float(_config()["line_position"]["smoothing"])
        p0 = (self.col_all[bk] + 1.0) / (self.col_total + len(self.edges) + 1.0)
        return math.log((self.at_col[(x, bk)] + alpha * p0) / (self.at_n[x] + alpha))

    def script_logp(self, ch: str) -> float:
        """Log-prior of ``ch`` for the page's script (0 for a form of both scripts or one seen)."""
        return self._penalty.get(ch, 0.0)

    def _p1(self, b: str) -> float:
        return (self.unigram[b] + 1.0) / (self.total + len(self.unigram) + 1.0)

    def _p_cls(self, a: str, b: str) -> float:
        c = _symbol_class(a)
        n, t = self.cls_left[c], self.cls_types[c]
        return (self.cls_pairs[(c, b)] + t * self._p1(b)) / (n + t) if n else self._p1(b)

    def prob(self, a: str, b: str) -> float:
        """P(b | a) on the page."""
        n, t = self.left[a], self.left_types[a]
        back = self._p_cls(a, b)
        return (self.pairs[(a, b)] + t * back) / (n + t) if n else back

    def choose(self, left: str, right: str, margin: float,
               column: int | None = None, paren_open: bool = True) -> tuple[str, float] | None:
        """The swallowed byte between ``left`` and ``right`` and its margin, or None; ``column``
        is the swallowed byte's position on its line, when known; ``paren_open``: a bracket is
        open on the line before the byte (else a closing bracket there costs
        ``unopened_closing_bracket``)."""
        if not left or not right or self.total < 200:
            return None
        l, r = _symbol(left), _symbol(right)
        if r == _DIGIT or right in ".%" or right in _numerals():
            return None  # a digit lost in front of a number: it must stay a visible loss
        if not _HAN_RUN.match(left):
            column = None  # the positions are counted after Han characters only
        unopened = 0.0 if paren_open else float(_config().get("unopened_closing_bracket", 0.0))
        scored = sorted(((math.log(self.prob(l, x)) + math.log(self.prob(x, r))
                          + self.position_logp(x, column) + (unopened if x == ")" else 0.0), x)
                         for x in self.candidates), reverse=True)
        (best, x), (second, _) = scored[0], scored[1]
        if x == _DIGIT or best - second < margin:
            return None
        return x, best - second


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``(syllable)`` glosses that directly follow a Han character, and of the ruby a page left as
    text: a bracketed zhuyin reading of the character before it (萬(ㄨㄢˋ)噸) or a tone-marked pinyin reading
    glued between it and the next Han character (萬wàn戶, a <rt> stripped of its tags)."""
    spans = [m.span() for m in _GLOSS_AFTER_HAN.finditer(text) if m.group(1) in _syllables()]
    spans += [(m.end(1), m.end()) for m in _ZHUYIN_AFTER_HAN.finditer(text) if m.group(2) in _zhuyin(m.group(1))]
    spans += [m.span(2) for m in _BARE_PINYIN.finditer(text) if m.group(2) in readings(m.group(1))]
    return sorted(spans)


_ZHUYIN_AFTER_HAN = re.compile(rf"([{_HAN}])[(（]([\u3105-\u312f\u31a0-\u31bfˉˊˇˋ˙]{{1,5}})[)）]")
_BARE_PINYIN = re.compile(rf"([{_HAN}])([a-z{_TONE_LETTERS}]*[{_TONE_LETTERS}][a-z{_TONE_LETTERS}]*)(?=[{_HAN}])")


@lru_cache(maxsize=4096)
def _zhuyin(ch: str) -> frozenset[str]:
    """The zhuyin (bopomofo) readings of ``ch``."""
    from pypinyin import Style, pinyin
    return frozenset(pinyin(ch, style=Style.BOPOMOFO, heteronym=True)[0])


def degloss(text: str) -> str:
    """``text`` without the glosses after Han characters (real parentheticals stay)."""
    return _GLOSS_AFTER_HAN.sub(lambda m: "" if m.group(1) in _syllables() else m.group(0), text)


# ----------------------------------------------------------------------------- language model

@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("tw2s")


@lru_cache(maxsize=1)
def _jieba() -> jieba.Tokenizer:
    jieba.dt.check_initialized()
    return jieba.dt


_VOCAB_HAN = re.compile(r"[\u4e00-\u9fff]{2,8}")


@lru_cache(maxsize=1)
def _vocabulary_words() -> tuple[dict[str, float], frozenset[str]]:
    """Words of the project's own vocabularies that jieba's dictionary lacks (援疆, 脱贫攻坚,
    乡村振兴, county names such as 墨竹工卡县), with the count ``lexicon.vocabulary_count`` in
    jieba's units, and their prefixes: the language of these reports, which a general 2012
    dictionary does not know. Read from the data files (comments left out) and the national
    gazetteer's unit names and short forms."""
    count = float((_config().get("lexicon") or {}).get("vocabulary_count", 0) or 0)
    if not count:
        return {}, frozenset()
    words: set[str] = set()
    folder = data_file("repair_lm.yaml").parent
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.csv")):
        if path.name == "repair_lm.yaml":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.lstrip().startswith("#"):
                words.update(_VOCAB_HAN.findall(line.split(" #", 1)[0]))
    from fupin import gazetteer  # the units of the national table (cpca), read on first use

    for place in gazetteer.table_units():
        words.add(place.name)
        words.update(w for w in gazetteer.short_forms(place) if len(w) >= 2)
    freq = _jieba().FREQ
    # vocabulary_floor: a word of the project's vocabularies that jieba counts below ``count``
    # (援藏 19) is raised to it: the genre's own words are common in its reports.
    floor = bool((_config().get("lexicon") or {}).get("vocabulary_floor", False))
    extra = {w: count for w in words if (freq.get(w) or 0) < (count if floor else 1)}
    prefixes = frozenset(w[:k] for w in extra for k in range(1, len(w)))
    return extra, prefixes


@lru_cache(maxsize=1)
def _idf_words() -> tuple[dict[str, float], frozenset[str]]:
    """Word counts corrected by jieba's IDF table (``lexicon.idf_blend``), and the prefixes of the
    words the IDF table adds.

    jieba's counts and its IDF table were drawn from different corpora; a count far above what the
    word's document frequency says (政体 19865 against 整体 3781, while the IDF puts 整体 fourteen
    times more documents) is the dictionary's noise. The IDF is mapped to a count by a least-squares
    fit of log count on IDF over the words both have; a word of two or more characters then counts
    exp((1 - β) log count + β log count_idf), and a word the IDF knows but the counts lack (格桑,
    count 0) counts count_idf times ``lexicon.idf_new_word``."""
    rule = _config().get("lexicon") or {}
    beta = float(rule.get("idf_blend", 0) or 0)
    new = float(rule.get("idf_new_word", 0) or 0)
    if not beta and not new:
        return {}, frozenset()
    dt = _jieba()
    cache = Path(tempfile.gettempdir()) / f"fupin_idfwords_{len(dt.FREQ)}_{dt.total}_{beta}_{new}.pkl"
    return _pickled(cache, lambda: _build_idf_words(dt, beta, new))


def _build_idf_words(dt, beta: float, new: float) -> tuple[dict[str, float], frozenset[str]]:
    try:
        from jieba.analyse import default_tfidf
        idf = dict(default_tfidf.idf_freq)
    except Exception:  # pragma: no cover - jieba without its analyse data
        return {}, frozenset()
    pairs = [(v, math.log(dt.FREQ[w])) for w, v in idf.items()
             if len(w) >= 2 and dt.FREQ.get(w)]
    if len(pairs) < 1000:
        return {}, frozenset()
    mx = sum(x for x, _ in pairs) / len(pairs)
    my = sum(y for _, y in pairs) / len(pairs)
    slope = (sum((x - mx) * (y - my) for x, y in pairs) / sum((x - mx) ** 2 for x, _ in pairs))
    out: dict[str, float] = {}
    for w, v in idf.items():
        if len(w) < 2 or not _HAN_RUN.fullmatch(w):
            continue
        est = my + slope * (v - mx)
        f = dt.FREQ.get(w)
        if f:
            if beta:
                blended = (1.0 - beta) * math.log(f) + beta * est
                if abs(blended - math.log(f)) > 0.05:
                    out[w] = math.exp(blended)
        elif new:
            out[w] = new * math.exp(est)
    prefixes = frozenset(w[:k] for w in out if not dt.FREQ.get(w) for k in range(1, len(w)))
    return out, prefixes


@lru_cache(maxsize=400_000)
def _han_logprob(segment: str) -> float:
    """Max-probability segmentation log-probability of a Han-only string: jieba's unigram words
    and the words of the project's vocabularies (:func:`_vocabulary_words`), jieba's DAG rules."""
    dt = _jieba()
    extra, prefixes = _vocabulary_words()
    idf, idf_prefixes = _idf_words()
    if not extra and not idf:
        route: dict = {}
        dt.calc(segment, dt.get_DAG(segment), route)
        return route[0][0]
    freq, log = dt.FREQ, math.log
    logtotal = log(dt.total)
    n = len(segment)
    best = [0.0] * (n + 1)
    for k in range(n - 1, -1, -1):
        ends = []
        i = k
        frag = segment[k]
        while i < n:
            f = freq.get(frag)
            e = extra.get(frag)
            if idf:
                f = idf.get(frag, f)
                if f is None and e is None and frag not in prefixes and frag not in idf_prefixes:
                    break
            elif f is None and e is None and frag not in prefixes:
                break
            if f or e:
                ends.append((i, max(f or 0, e or 0)))
            i += 1
            frag = segment[k:i + 1]
        if not ends:
            ends.append((k, 1))
        best[k] = max(log(c) - logtotal + best[x + 1] for x, c in ends)
    return best[0]


def _char_logprob(ch: str, line_initial: bool) -> float:
    cfg = _config()
    if ch == "\u3000" and line_initial:
        return float(cfg["line_initial_ideographic_space"])
    if ch in cfg["punctuation"]:
        return float(cfg["punctuation"][ch])
    if ch == REPLACEMENT:
        return float(cfg["lost_byte"])
    if ch.isascii() and ch.isdigit():
        return float(cfg["ascii_digit"])
    return float(cfg["other"])


def _short_sentence_penalty(text: str) -> float:
    """Sentence-final marks that would close a sentence of only one or two characters."""
    rule = _config()["short_sentence_final"]
    total = 0.0
    start = None  # offset after the last visible sentence boundary
    for i, ch in enumerate(text):
        if ch in rule["marks"]:
            if start is not None and i - start < int(rule["min_chars"]):
                total += float(rule["logp"])
            start = i + 1
        elif ch in rule["openers"]:
            start = i + 1
    return total


def _quote_balance(text: str, open_: bool = False) -> float:
    """Double quotes alternate: a ``“`` while one is open is rare, a ``”`` that closes one is
    likelier than the mark's overall frequency says. ``open_``: a quotation is open before ``text``."""
    rule = _config().get("quote_balance")
    if not rule:
        return 0.0
    total = 0.0
    for ch in text:
        if ch == "“":
            total += float(rule["nested_open"]) if open_ else 0.0
            open_ = True
        elif ch == "”":
            total += float(rule["close_open"]) if open_ else 0.0
            open_ = False
        elif ch == "\n":
            open_ = False
    return total


def _quote_penalty(text: str, quote_open: bool = False) -> float:
    rule = _config()["short_quote_final"]
    total = _short_sentence_penalty(text) + _quote_balance(text, quote_open)
    for i, ch in enumerate(text[:-1]):
        if ch in rule["marks"] and text[i + 1] == "”":
            opening = text.rfind("“", 0, i)
            if opening != -1 and "”" not in text[opening:i] and i - opening - 1 <= rule["max_inner"]:
                total += float(rule["logp"])
    return total


def _adjacent_punct_penalty(text: str) -> float:
    """Two clause marks in a row (``。、``, ``，。``, ``、、``) hardly occur in edited text, while the
    lost-lead-byte position of a split run readily proposes a mark next to the visible one."""
    rule = _config().get("adjacent_punctuation")
    if not rule:
        return 0.0
    marks = rule["marks"]
    seen = text.replace(REPLACEMENT, "")  # a lost ASCII byte between two marks does not excuse them
    n = sum(1 for a, b in zip(seen, seen[1:]) if a in marks and b in marks)
    total = n * float(rule["logp"])
    # An opening quote or bracket cannot end a paragraph.
    ends = _config().get("opener_at_line_end")
    if ends:
        for m in re.finditer(f"[{re.escape(ends['openers'])}][{REPLACEMENT} ]*\n", text):
            total += float(ends["logp"])
    return total


@lru_cache(maxsize=200_000)
def lm_score(text: str, line_initial: bool = False) -> float:
    """Log-probability of ``text`` (Traditional or Simplified) under the word-level model.

    ``line_initial`` says that ``text`` starts a line (paragraph indents are U+3000 there); a
    leading :data:`QUOTE_OPEN` says that a quotation opened in an earlier paragraph is open.
    """
    quote_open = text.startswith(QUOTE_OPEN)
    if quote_open:
        text = text[1:]
    simp = gd.normalise(_t2s().convert(text))
    if len(simp) != len(text):
        simp = gd.normalise(text)
    simp = simp.translate(_mark_forms())
    cfg = _config()
    total = 0.0
    for m in _LM_TOKEN.finditer(simp):
        tok = m.group()
        if _HAN_RUN.match(tok):
            total += _han_logprob(tok)
        elif tok.isascii() and tok.isalpha():
            # Latin words and acronyms occur in news; a lone letter between Han characters hardly does.
            total += (float(cfg["isolated_ascii_letter"]) if len(tok) == 1
                      else float(cfg["ascii_letter"]) * len(tok))
        else:
            total += _char_logprob(tok, line_initial and m.start() == 0)
    weight = float(cfg["char_bigram"]["weight"])
    if weight:
        total += weight * bigram_score(simp)
    return total + _quote_penalty(simp, quote_open) + _adjacent_punct_penalty(simp)


# ----------------------------------------------------------------------------- character bigrams

@lru_cache(maxsize=1)
def _char_tables() -> tuple[dict[str, int], dict[str, int], float]:
    """Character unigram and bigram counts inside jieba's dictionary words, weighted by frequency.

    Built once per process from the installed dictionary and kept in a pickle next to jieba's own
    cache, keyed by the dictionary's size and total, so later processes load it in a fraction of
    the build time.
    """
    dt = _jieba()
    cache = Path(tempfile.gettempdir()) / f"fupin_charbigram_{len(dt.FREQ)}_{dt.total}.pkl"
    return _pickled(cache, lambda: _build_char_tables(dt))


def _build_char_tables(dt) -> tuple[dict[str, int], dict[str, int], float]:
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    for word, freq in dt.FREQ.items():
        if freq:
            for ch in word:
                uni[ch] += freq
            for k in range(len(word) - 1):
                bi[word[k:k + 2]] += freq
    return dict(uni), dict(bi), float(sum(uni.values()))


def _pickled(cache: Path, build):
    """``build()``, kept in the pickle ``cache`` (written atomically) so later processes load it;
    an empty result is not kept."""
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError):
        pass
    value = build()
    if value:
        try:
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError:
            pass
    return value


@lru_cache(maxsize=1)
def _gbk_chars() -> tuple[str, ...]:
    """Every double-byte GBK character."""
    chars = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                c = bytes((lead, trail)).decode(gd.ENCODING)
            except UnicodeDecodeError:
                continue
            if len(c) == 1:
                chars.append(c)
    return tuple(chars)


def _convert_all(config: str, chars: tuple[str, ...]) -> list[str] | None:
    converted = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
    return converted if len(converted) == len(chars) else None


@lru_cache(maxsize=1)
def _gbk_scripts() -> dict[str, str]:
    """GBK characters that belong to one script only: "t" for a Traditional form (Simplified
    differently, by the mainland and the Taiwan tables alike), "s" for a Simplified form (written
    differently in Traditional, by both tables). Characters both scripts use are not listed."""
    version = getattr(opencc, "__version__", "0")
    cache = Path(tempfile.gettempdir()) / f"fupin_gbkscripts_{version}.pkl"
    return _pickled(cache, _build_gbk_scripts)


def _build_gbk_scripts() -> dict[str, str]:
    chars = _gbk_chars()
    conv = {name: _convert_all(name, chars) for name in ("t2s", "tw2s", "s2t", "s2tw")}
    if any(v is None for v in conv.values()):
        return {}
    out = {}
    for k, c in enumerate(chars):
        if conv["t2s"][k] != c and conv["tw2s"][k] != c:
            out[c] = "t"
        elif conv["s2t"][k] != c and conv["s2tw"][k] != c:
            out[c] = "s"
    return out


@lru_cache(maxsize=1)
def _gbk_simplified() -> dict[str, str]:
    """Every double-byte GBK character in Simplified, converted in one call (the search asks for
    thousands of them; one OpenCC call per character would dominate a document's repair)."""
    chars = _gbk_chars()
    converted = _t2s().convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return {}
    return {c: gd.normalise(s) for c, s in zip(chars, converted) if len(s) == 1}


@lru_cache(maxsize=1)
def _mark_forms() -> dict[int, int]:
    """Punctuation forms scored as another one (corner quotes as the curly quotes they stand for)."""
    return {ord(a): ord(b) for a, b in (_config().get("equivalent_marks") or {}).items()}


@lru_cache(maxsize=20_000)
def _simplified(ch: str) -> str:
    """One character in Simplified, full-width forms folded (the bigram table is Simplified)."""
    known = _gbk_simplified().get(ch)
    if known is not None:
        return known.translate(_mark_forms())
    s = gd.normalise(_t2s().convert(ch))
    return (s if len(s) == 1 else gd.normalise(ch)).translate(_mark_forms())


@lru_cache(maxsize=1)
def _non_han_probs() -> dict[str, float]:
    cfg = _config()
    return {ch: math.exp(float(lp)) for ch, lp in cfg["punctuation"].items()}


@lru_cache(maxsize=50_000)
def _unigram_p(ch: str) -> float:
    uni, _, total = _char_tables()
    if ch in uni:
        return uni[ch] / total
    p = _non_han_probs().get(ch)
    if p is not None:
        return p
    if ch == REPLACEMENT:
        return math.exp(float(_config()["lost_byte"]))
    return math.exp(float(_config()["other"]))


@lru_cache(maxsize=500_000)
def _bigram_logp(a: str, b: str) -> float:
    """log P(b | a): within-word bigram interpolated with the unigram (cross-word transitions)."""
    a, b = _simplified(a), _simplified(b)
    uni, bi, _ = _char_tables()
    lam = float(_config()["char_bigram"]["interpolation"])
    ca = uni.get(a, 0)
    p = (1.0 - lam) * _unigram_p(b)
    if ca:
        p += lam * bi.get(a + b, 0) / ca
    return math.log(p)


def bigram_score(text: str) -> float:
    """Character-bigram log-probability of ``text`` (first character conditioned on nothing)."""
    if not text:
        return 0.0
    total = math.log(_unigram_p(_simplified(text[0])))
    for a, b in zip(text, text[1:]):
        total += _bigram_logp(a, b)
    return total


# ----------------------------------------------------------------------------- GBK helpers

def _assigned_char(lead: int, trail: int) -> str:
    """The assigned GBK character (lead, trail), or "" if there is none."""
    if lead < 0x81 or lead > 0xFE or gd.is_invalid_trail(trail) or gd.is_dropped_pair(lead, trail):
        return ""
    try:
        ch = bytes((lead, trail)).decode(gd.ENCODING)
    except UnicodeDecodeError:
        return ""
    return ch if len(ch) == 1 else ""


@lru_cache(maxsize=1)
def _gbk_grid() -> tuple[str, ...]:
    """:func:`_assigned_char` for all 65536 byte pairs (the search looks up tens of thousands)."""
    return tuple(_assigned_char(code >> 8, code & 0xFF) for code in range(0x10000))


def _gbk_char(lead: int, trail: int) -> str:
    """The assigned GBK character (lead, trail), or "" if there is none."""
    return _gbk_grid()[(lead << 8) | trail] if 0 <= lead < 256 and 0 <= trail < 256 else ""


@lru_cache(maxsize=256)
def _gbk_row(lead: int) -> tuple[tuple[int, str], ...]:
    """(trail, character) for every assigned GBK character with lead byte ``lead``."""
    return tuple((t, c) for t in range(0x40, 0xFF) if (c := _gbk_char(lead, t)))


def _fullwidth_punct(text: str) -> str:
    """ASCII punctuation as the full-width forms Chinese text uses (before corpus folding)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and 0x21 <= ord(c) <= 0x7E
                   and not c.isalnum() else c for c in text)


# ----------------------------------------------------------------------------- run structure

_FRONT, _LAST = "F", "L"


@dataclass
class _Structure:
    """One reading of where a run ends and how its visible characters map back to bytes."""

    stream: list  # byte values, or the slot names _FRONT / _LAST for unknown bytes
    end: int  # offset in the observed text just after the run (and its trailing gloss)
    lost: bool  # a byte below 0x40 was swallowed after the run: it becomes U+FFFD
    last_reading: str | None  # checksum for the last character (gloss after it)
    front: list[int]  # candidate values of the front unknown byte
    front_pinned: bool  # front byte fixed by a checksum rather than chosen by context
    extra_table: dict[str, str] = field(default_factory=dict)
    drop_points: list[int] = field(default_factory=list)
    # Characters the page shows glossed with ``last_reading``: the annotation table is the page's
    # own, so the character that produced the gloss after the run is one of them when any fits.
    last_glossed: frozenset[str] = frozenset()


@dataclass
class _Run:
    start: int
    structures: list[_Structure]
    # Repaired only when no character is flagged: the `?`s stay as printed otherwise (a `??。` that
    # no confident reading explains may be two genuine question marks).
    confident_only: bool = False


def _prev_char(text: str, pos: int) -> tuple[str, int]:
    """The character before ``pos`` skipping one gloss, and its offset."""
    m = None
    close = pos - 1
    if close >= 0 and text[close] == ")":
        open_ = text.rfind("(", max(0, close - 9), close)
        if open_ != -1 and _GLOSS.fullmatch(text, open_, pos):
            m = open_
    k = (m if m is not None else pos) - 1
    return (text[k], k) if k >= 0 else ("", -1)


def _split_delimiter_run(start: int) -> _Run:
    """``??。``: a character with trail byte A3 before ``。`` (保。 = B1 A3 A1 A3). The bytes A3 A1
    in between are a ``！`` split point, and the ``。`` split then cuts that piece again: the lead
    byte is printed ``?`` at the end of one piece, the trail byte A3 alone ``?`` in the next, and
    the ``。`` after them is the real one, aligned. One character, its lead byte unknown."""
    trail = _DELIMITER_BYTES["!"][0]
    front = [x for x in range(0x81, 0xFF) if _gbk_char(x, trail)]
    return _Run(start, [_Structure([_FRONT, trail], start + 2, False, None, front, False)], True)


def _parse_run(text: str, start: int, table: Mapping[str, str]) -> _Run | None:
    """Structures of the run anchored at the ``?`` at ``start``."""

    def glossed_with(reading: str | None) -> frozenset[str]:
        return frozenset(c for c, r in table.items() if r and r == reading) if reading else frozenset()

    nxt = text[start + 1] if start + 1 < len(text) else ""
    extra: dict[str, str] = {}
    if nxt == "?" and text[start + 2:start + 3] == "。":
        return _split_delimiter_run(start)
    if nxt in _DELIMITER_BYTES:
        delim = _DELIMITER_BYTES[nxt]
        front = [x for x in range(0x81, 0xFF) if _gbk_char(x, delim[0])]
        stream: list = [_FRONT, delim[0], delim[1]]
        pos, pinned, drop_points = start + 2, False, [3]
    else:
        tail = _GLOSS_TAIL.match(text, start + 1)
        if not tail or tail.group(1) not in _syllables():
            return None
        prev, _ = _prev_char(text, start)
        pb = gd.encode(prev) if prev else b""
        if len(pb) != 2:
            return None
        front = []
        for b1 in range(0x81, 0xFF):
            c = _gbk_char(pb[1], b1)
            if c and tail.group(1) in readings(c, table):
                front.append(b1)
        # The gloss was produced by a character of the page's table: when the page shows one of
        # the candidates glossed with that reading, the lost byte is one of those.
        glossed = [b1 for b1 in front if table.get(_gbk_char(pb[1], b1)) == tail.group(1)]
        front = glossed or front
        for b1 in front:
            extra.setdefault(_gbk_char(pb[1], b1), tail.group(1))
        if not front:
            return None
        stream, pos, pinned, drop_points = [_FRONT], tail.end(), True, [1]
    structures: list[_Structure] = []

    def emit(stream_: list, end: int, lost: bool, reading: str | None) -> None:
        structures.append(_Structure(list(stream_), end, lost, reading, front, pinned,
                                     dict(extra), [d for d in drop_points if d < len(stream_)],
                                     glossed_with(reading)))

    for _ in range(_MAX_RUN_TOKENS):
        if pos >= len(text):
            break
        ch = text[pos]
        gloss = _GLOSS.match(text, pos + 1)
        if ch == "?":
            tail = _GLOSS_TAIL.match(text, pos + 1)
            if tail and tail.group(1) in _syllables():
                emit(stream + [_LAST], tail.end(), False, tail.group(1))
                break
            after = text[pos + 1] if pos + 1 < len(text) else ""
            lone = after in _DELIMITER_BYTES or after == ""
            # A trail byte 0x80 is no lead byte: `?`, resync. A gloss right after it was inserted
            # after that byte, so it names the character the 0x80 ends (每?cōng)?(gè): 個 = 82 80).
            emit(stream + [0x80], gloss.end() if gloss else pos + 1, False,
                 gloss.group(1) if gloss else None)
            emit(stream + [_LAST], pos + 1, not lone, None)
            stream += [0xA3, 0xBF]  # a misaligned full-width question mark
            pos += 1
        elif 0x21 <= ord(ch) <= 0x7E:
            if 0x40 <= ord(ch) <= 0x7E:  # a stray trail byte resynchronises the decoder
                end = gloss.end() if gloss else pos + 1
                emit(stream + [ord(ch)], end, False, gloss.group(1) if gloss else None)
            stream += [0xA3, ord(ch) + 0x80]  # or a misaligned full-width form, folded to ASCII
            pos += 1
        else:
            b = gd.encode(ch)
            if len(b) != 2 or ch == REPLACEMENT:
                break
            stream += [b[0], b[1]]
            pos = gloss.end() if gloss else pos + 1
        drop_points.append(len(stream))
    return _Run(start, structures) if structures else None


# ----------------------------------------------------------------------------- hypotheses

@dataclass(frozen=True)
class _Hyp:
    text: str  # repaired text of the common span
    kinds: tuple[str, ...]  # per character: det, pinned, slot, lost, ctx
    score: float
    end: int


def _assemble(st: _Structure, front: int, last: int | None,
              drops: tuple[tuple[int, int, int], ...]) -> tuple[str, list[str]] | None:
    """Characters of the run for one assignment of the unknown bytes, or None if impossible."""
    stream = list(st.stream)
    known = [True] * len(stream)
    stream[0] = front
    known[0] = False
    if stream[-1] == _LAST:
        if last is None:
            return None
        stream[-1] = last
        known[-1] = False
    # From the back so indices stay valid; two pairs dropped at one point are inserted second
    # first, so that they come back in the order they were hypothesised.
    for m, u0, u1 in reversed(sorted(drops, key=itemgetter(0))):
        stream[m:m] = [u0, u1]
        known[m:m] = [False, False]
    if len(stream) % 2:
        return None
    chars: list[str] = []
    kinds: list[str] = []
    for i in range(0, len(stream), 2):
        c = _gbk_char(stream[i], stream[i + 1])
        if not c:
            return None
        chars.append(c)
        if known[i] and known[i + 1]:
            kinds.append("det")
        elif i == 0 and st.front_pinned and len(st.front) == 1 and known[1]:
            kinds.append("pinned")
        elif (i + 2 == len(stream) and st.last_reading is not None
              and (known[i] or (i == 0 and st.front_pinned and len(st.front) == 1))
              and _checksum_trails(stream[i], st) == (stream[i + 1],)):
            kinds.append("pinned")  # the gloss after the run names the only possible trail
        else:
            kinds.append("slot")
    return "".join(chars), kinds


@lru_cache(maxsize=1)
def _reading_index() -> dict[str, dict[int, tuple[int, ...]]]:
    """reading -> lead byte -> trail bytes (ascending) of the GBK characters with that reading."""
    index: dict[str, dict[int, list[int]]] = {}
    for code, c in enumerate(_gbk_grid()):
        if c:
            for r in readings(c):
                index.setdefault(r, {}).setdefault(code >> 8, []).append(code & 0xFF)
    return {r: {lead: tuple(ts) for lead, ts in rows.items()} for r, rows in index.items()}


@lru_cache(maxsize=20_000)
def _trails_with_reading(lead: int, reading: str) -> tuple[int, ...]:
    return _reading_index().get(reading, {}).get(lead, ())


def _checksum_trails(lead: int, st: _Structure) -> tuple[int, ...]:
    """Trail bytes after ``lead`` whose character can have produced the gloss after the run:
    the characters the page shows glossed with that reading if any fits, else every reading match."""
    trails = _trails_with_reading(lead, st.last_reading)
    if st.last_glossed:
        glossed = tuple(t for t in trails if _gbk_char(lead, t) in st.last_glossed)
        return glossed or trails
    return trails


@lru_cache(maxsize=256)
def _drop_seconds(u0: int) -> tuple[int, ...]:
    """Lead bytes u1 for which (u0, u1) is a pair the lenient decoder drops without a trace."""
    return tuple(u1 for u1 in range(0x81, 0xFF) if gd.decode_pair(u0, u1) == "")


@lru_cache(maxsize=1)
def _drop_firsts() -> tuple[int, ...]:
    """Bytes that can open a dropped pair (user-defined areas and unassigned codes)."""
    return tuple(u0 for u0 in range(0x81, 0xFF) if _drop_seconds(u0))


@lru_cache(maxsize=256)
def _row_best(lead: int) -> tuple[float, str]:
    """The most frequent character with lead byte ``lead`` (ranks a lead whose trail is unknown)."""
    chars = [c for t in range(0x40, 0xFF) if (c := _gbk_char(lead, t))]
    return max(((_unigram_p(_simplified(c)), c) for c in chars), default=(0.0, ""))


@lru_cache(maxsize=8192)
def _drop_seconds_before(u0: int, nxt_byte: int | None,
                         reading: str | None = None) -> tuple[tuple[int, str, float], ...]:
    """For a dropped pair opened by ``u0``: each u1 with the (simplified) character (u1, next
    byte) and that character's cross-word bigram term, the part of log P(c1 | c0) not on c0.

    When the next byte is unknown, c1 stands for its row: the row's most frequent character, or,
    when the gloss after the run names c1's ``reading`` (the run's last character), every
    character of the row with that reading (a short list: the checksum pins c1 down)."""
    lam = float(_config()["char_bigram"]["interpolation"])
    out = []
    for u1 in _drop_seconds(u0):
        if nxt_byte is not None:
            row = (_gbk_char(u1, nxt_byte),)
        elif reading:
            row = tuple(_gbk_char(u1, t) for t in _trails_with_reading(u1, reading))
        else:
            row = (_row_best(u1)[1],)
        for c1 in row:
            if c1:
                sc1 = _simplified(c1)
                out.append((u1, sc1, (1.0 - lam) * _unigram_p(sc1)))
    return tuple(out)


@lru_cache(maxsize=20_000)
def _drop_pair_rows(lead: int, nxt_byte: int | None, k: int, reading: str | None = None
                    ) -> tuple[tuple[int, str, tuple[tuple[float, int], ...]], ...]:
    """Per first byte u0 of a dropped pair after ``lead``: c0 = (lead, u0) and its ``k`` best
    second bytes u1 by log P(c1 | c0), c1 = (u1, next byte). Independent of the text before."""
    uni, bi, _ = _char_tables()
    lam = float(_config()["char_bigram"]["interpolation"])
    log = math.log
    rows = []
    for u0 in _drop_firsts():
        c0 = _gbk_char(lead, u0)
        if not c0:
            continue
        sc0 = _simplified(c0)
        ca = uni.get(sc0, 0)
        scored = []
        for u1, sc1, cross in _drop_seconds_before(u0, nxt_byte, reading):
            p = cross  # the same sum as _bigram_logp(c0, c1), inlined: this loop is the hot spot
            if ca:
                p += lam * bi.get(sc0 + sc1, 0) / ca
            scored.append((log(p), u1))
        scored.sort(key=itemgetter(0), reverse=True)
        if reading is not None:  # several characters of one row stand for it: keep its best
            seen: set[int] = set()
            scored = [x for x in scored if not (x[1] in seen or seen.add(x[1]))]
        rows.append((u0, c0, tuple(scored[:k])))
    return tuple(rows)


@lru_cache(maxsize=100_000)
def _drop_pairs(prev: str, lead: int, nxt_byte: int | None, k: int,
                reading: str | None = None) -> tuple[tuple[float, int, str, int], ...]:
    """The ``k`` likeliest silently dropped pairs (u0, u1) after a pending ``lead`` byte.

    The pair sits between the characters c0 = (lead, u0) and c1 = (u1, next byte), ranked jointly
    by P(c0 | prev) P(c1 | c0): a dropped pair usually splits a word, so the bigram between the
    two is the evidence. Returned with log P(c0 | prev); the beam scores c1 when it is built.
    """
    out: list[tuple[float, float, int, str, int]] = []
    for u0, c0, seconds in _drop_pair_rows(lead, nxt_byte, k, reading):
        s0 = _bigram_logp(prev, c0)
        out.extend((s0 + s1, s0, u0, c0, u1) for s1, u1 in seconds)
    out.sort(key=itemgetter(0), reverse=True)
    return tuple((s0, u0, c0, u1) for _, s0, u0, c0, u1 in out[:k])


_PageDrop = tuple[str, tuple[int, ...]]  # characters before the last, bytes of the dropped pairs


@lru_cache(maxsize=8)
def _page_drop_pairs(page: frozenset[str]) -> dict[tuple[int, int], tuple[_PageDrop, ...]]:
    """Dropped pairs that split characters the page prints together elsewhere, keyed by (lead
    byte of the first character, trail byte of the last): 援疆 misaligned (援 = D4 AE, 疆 = BD AE)
    loses AE BD; 援疆項 (項 = ED 97) loses AE BD and AE ED, two pairs around the middle 疆.

    The dictionary's bigrams rank a page's own terms low (援疆 is rare in general text), so the
    search would not reach them; the page's vocabulary proposes them (its cache bonus scores them)."""
    out: dict[tuple[int, int], list[_PageDrop]] = {}
    for w in page:
        codes = [gd.encode(c) for c in w]
        if any(len(b) != 2 for b in codes):
            continue
        seam = [codes[k][1] >= 0x81 and gd.decode_pair(codes[k][1], codes[k + 1][0]) == ""
                for k in range(len(w) - 1)]
        if all(seam):
            inner = tuple(b for k in range(len(w) - 1) for b in (codes[k][1], codes[k + 1][0]))
            out.setdefault((codes[0][0], codes[-1][1]), []).append((w[:-1], inner))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _successors() -> dict[str, tuple[str, ...]]:
    """Simplified character -> the characters that follow it inside dictionary words, most
    frequent first (from the character-bigram table)."""
    _, bi, _ = _char_tables()
    succ: dict[str, list[tuple[int, str]]] = {}
    for pair, n in bi.items():
        succ.setdefault(pair[0], []).append((-n, pair[1]))
    return {a: tuple(b for _, b in sorted(v)) for a, v in succ.items()}


@lru_cache(maxsize=1)
def _gbk_by_simplified() -> dict[str, tuple[str, ...]]:
    """Simplified form -> the GBK characters (either script) that have it."""
    out: dict[str, list[str]] = {}
    for c, simp in _gbk_simplified().items():
        out.setdefault(simp, []).append(c)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _double_middles(c0: str, u0: int) -> tuple[tuple[float, int, int, str], ...]:
    """Characters cm = (u1, u2) that can sit between two dropped pairs after c0 = (lead, u0):
    (u0, u1) and (u2, next) both dropped, cm following c0 inside a dictionary word; with
    log P(cm | c0), best first."""
    seconds, firsts = set(_drop_seconds(u0)), set(_drop_firsts())
    out = []
    for simp in _successors().get(_simplified(c0), ()):
        for cm in _gbk_by_simplified().get(simp, ()):
            b = gd.encode(cm)
            if len(b) == 2 and b[0] in seconds and b[1] in firsts:
                out.append((_bigram_logp(c0, cm), b[0], b[1], cm))
    out.sort(reverse=True)
    return tuple(out)


@lru_cache(maxsize=8192)
def _double_lasts(cm: str, u2: int, nxt_byte: int, k: int) -> tuple[tuple[float, int], ...]:
    """Second bytes u3 of the pair (u2, u3) dropped after cm, with c1 = (u3, next byte), ranked
    by log P(c1 | cm); the ``k`` best."""
    out = [(_bigram_logp(cm, c1), u3) for u3 in _drop_seconds(u2) if (c1 := _gbk_char(u3, nxt_byte))]
    out.sort(reverse=True)
    return tuple(out[:k])


_LATER_ANCHOR = re.compile(rf"\?{_SYL}\)")
_SPLIT_ANCHOR = re.compile(r"\?(?=[!;。])")


def _neutral_tail(tail: str) -> str:
    """Text after a shorter reading of a run, with the anchors of later runs made neutral.

    A later ``?pinyin)`` is repaired by its own run; scoring its garbage here would favour the
    readings that swallow it into this run.
    """
    tail = _LATER_ANCHOR.sub(REPLACEMENT, tail)
    if _config().get("neutral_split_tail"):
        # A later split anchor (``?!``): the bytes from there on belong to the next run, which
        # re-pairs them itself; its garbage would favour the readings that swallow it here.
        m = _SPLIT_ANCHOR.search(tail)
        if m:
            tail = tail[:m.start()] + REPLACEMENT * (len(tail) - m.start())
    return tail


# A beam state: score, characters so far, the pending lead byte, the unknown-byte choices.
_State = tuple[float, str, int | None, int, int | None, tuple[tuple[int, int, int], ...]]


class _RunSolver:
    """Searches the unknown bytes of one run and keeps every hypothesis it scored."""

    def __init__(self, text: str, run: _Run, table: Mapping[str, str], left_lm: str,
                 line_initial: bool, right_lm: str, rt_left: int, rt_stop: int,
                 page: frozenset[str] = frozenset(), page_model: PageModel | None = None) -> None:
        self.text, self.run, self.table = text, run, table
        self.page = page
        self.page_model = page_model
        self._script = page_model.script_logp if page_model is not None else (lambda c: 0.0)
        self._rows: dict[tuple[str, int], tuple] = page_model.rows if page_model is not None else {}
        self._glosses = {c: py for c, py in table.items() if py}  # "" marks a bare character
        self.left_lm, self.line_initial, self.right_lm = left_lm, line_initial, right_lm
        self.rt_left, self.rt_stop = rt_left, rt_stop
        self.span_end = max(s.end for s in run.structures)
        self.hyps: dict[str, _Hyp] = {}
        self._frames: dict[tuple[int, bool], tuple[str, tuple[tuple[str, str], ...]]] = {}
        cfg = _config()
        self._drop_prior = float(cfg["dropped_pair"])
        self._page_bonus = float(cfg.get("page_bigram", 0.0))
        self._page_tri = float(cfg.get("page_trigram", 0.0))
        self._page_drops = float(cfg["search"].get("page_drop_pairs", 0.0))
        self._char_bonus = float(cfg["char_bonus"])
        self._beam = int(cfg["search"]["beam"])
        self._rescore = int(cfg["search"]["rescore"])
        self._max_drops = int(cfg["search"]["max_dropped_pairs"])
        self._drop_branch = int(cfg["search"]["drop_branch"])
        self._drop_states = int(cfg["search"]["drop_states"])
        self._double_states = int(cfg["search"].get("double_drop_states", 0))
        self._double_first = int(cfg["search"].get("double_drop_first", 0))

    # -- round trip through the forward model ------------------------------------------
    def _rt_right_end(self, pos: int) -> int:
        n = 0
        while pos < self.rt_stop and n < _RT_CONTEXT and self.text[pos] != "\n":
            g = _GLOSS.match(self.text, pos + 1)
            pos = g.end() if g and _HAN_RUN.match(self.text[pos]) else pos + 1
            n += 1
        return pos

    def _rt_frame(self, st: _Structure) -> tuple[str, tuple[tuple[str, str], ...]]:
        """Observed window and the clean left/right context variants of the round trip."""
        key = (st.end, st.lost)
        frame = self._frames.get(key)
        if frame is None:
            right_end = self._rt_right_end(st.end)
            observed = self.text[self.rt_left:right_end]
            left = degloss(self.text[self.rt_left:self.run.start])
            right = degloss(self.text[st.end:right_end])
            variants = ((_fullwidth_punct(left), _fullwidth_punct(right)), (left, right))
            frame = self._frames[key] = (observed, variants)
        return frame

    def _rt_table(self, st: _Structure, last: str) -> gd.CompiledTable:
        table = dict(self._glosses)
        for c, py in st.extra_table.items():
            table.setdefault(c, py)
        if st.last_reading is not None and last:
            table.setdefault(last, st.last_reading)
        return gd.compile_table(table)

    def _round_trip(self, st: _Structure, run_text: str) -> bool:
        codes = self._rt_table(st, run_text[-1:])
        placeholder = "\x00" if st.lost else ""
        observed, variants = self._rt_frame(st)
        for left, right in variants:
            if gd.damage(left + run_text + placeholder + right, codes) == observed:
                return True
        return False

    # -- scoring -------------------------------------------------------------------------
    def evaluate(self, st: _Structure, front: int, last: int | None,
                 drops: tuple[tuple[int, int, int], ...]) -> float | None:
        built = _assemble(st, front, last, drops)
        if built is None:
            return None
        chars, kinds = built
        if st.last_reading is not None and st.last_reading not in readings(chars[-1], self.table):
            return None
        tail = _neutral_tail(degloss(self.text[st.end:self.span_end]))
        span = chars + (REPLACEMENT if st.lost else "") + tail
        score = lm_score(self.left_lm + span + self.right_lm, self.line_initial)
        score += self._drop_prior * len(drops) + self._char_bonus * len(chars)
        score += sum(self._script(c) for c in chars)
        if st.last_reading is not None and chars and chars[-1] not in st.last_glossed:
            score += self._unglossed_prior(st, chars[-1])
        if self._page_bonus and self.page:
            # Cache model: a pair of characters the page uses elsewhere is likelier here too.
            seq = self.left_lm[-1:] + chars + (tail or self.right_lm)[:1]
            score += self._page_bonus * len({seq[k:k + 2] for k in range(len(seq) - 1)} & self.page)
            if self._page_tri:
                # and three in a row (中心支行 printed whole elsewhere on the page) more so.
                seq = self.left_lm[-2:] + chars + (tail or self.right_lm)[:2]
                score += self._page_tri * len({seq[k:k + 3] for k in range(len(seq) - 2)} & self.page)
        prev = self.hyps.get(span)
        if prev is not None and prev.score >= score:
            return score
        if not self._round_trip(st, chars):
            return None
        kinds = kinds + (["lost"] if st.lost else []) + ["ctx"] * len(tail)
        self.hyps[span] = _Hyp(span, tuple(kinds), score, st.end)
        return score

    def _unglossed_prior(self, st: _Structure, last: str) -> float:
        """Log-prior of a last character that the page never shows glossed with the reading after
        the run while one it does show fits the same lead byte: the gloss came from the page's
        table, most likely from a character the page glosses elsewhere, but a table character
        printed only inside damaged runs (施工企業: 企 and 起 both read qǐ) is possible."""
        if not st.last_glossed:
            return 0.0
        lead = gd.encode(last)[0]
        if not any(_gbk_char(lead, t) in st.last_glossed for t in _trails_with_reading(lead, st.last_reading)):
            return 0.0
        return float(_config().get("unglossed_checksum", 0.0))

    # -- search --------------------------------------------------------------------------
    def _allowed(self, st: _Structure, i: int, lead: int | None) -> tuple[int, ...]:
        """Values the unknown stream byte ``i`` may take."""
        if st.stream[i] == _FRONT:
            return tuple(st.front)
        if st.last_reading is not None and lead is not None:
            return _trails_with_reading(lead, st.last_reading)
        return tuple(range(0x40, 0xFF))

    def _beam_search(self, st: _Structure) -> list[_State]:
        """Assignments of the unknown bytes, ranked by a character-bigram model (cheap, local)."""
        left_char = self.left_lm.lstrip(QUOTE_OPEN)[-1:] or "\n"
        drop_at = set(st.drop_points) if self._max_drops else set()
        script = self._script
        states: list[_State] = [(0.0, "", None, -1, None, ())]
        n = len(st.stream)
        for i, item in enumerate(st.stream):
            nxt: list[_State] = []
            if i in drop_at:
                nxt_byte = st.stream[i] if isinstance(st.stream[i], int) else None
                # Before the run's last byte, the gloss after the run names the character there.
                reading = st.last_reading if st.stream[i] == _LAST else None
                page_leads: set[int] = set()  # the page's terms branch from the best state per lead
                for rank, s in enumerate(states):
                    nxt.append(s)
                    # Dropped pairs are rare, so only the leading states branch into them.
                    if rank < self._drop_states and s[2] is not None and len(s[5]) < self._max_drops:
                        mark = len(nxt)
                        nxt.extend(self._drop_branches(s, i, nxt_byte, left_char, reading))
                        if s[2] not in page_leads:
                            page_leads.add(s[2])
                            nxt.extend(self._page_drop_branches(s, i, nxt_byte, left_char,
                                                                nxt[mark:]))
                    elif s[2] is not None and len(s[5]) < self._max_drops and s[2] not in page_leads:
                        page_leads.add(s[2])
                        nxt.extend(self._page_drop_branches(s, i, nxt_byte, left_char, []))
                        if rank < self._double_states and len(s[5]) + 2 <= self._max_drops:
                            nxt.extend(self._double_drop_branches(s, i, nxt_byte, left_char))
                states = nxt
                nxt = []
            full = not isinstance(item, int) and item != _FRONT and st.last_reading is None
            for s in states:
                score, chars, pending, front, last, drops = s
                if full and pending is not None:
                    # Any trail byte: walk the lead's precomputed row of assigned characters with
                    # their bigram and script terms (the same sums, in the same order, as below).
                    prev = chars[-1] if chars else left_char
                    for v, c, b, p in self._row_terms(prev, pending):
                        nxt.append((score + b + p, chars + c, None, front,
                                    v if item == _LAST else last, drops))
                    continue
                values = (item,) if isinstance(item, int) else self._allowed(st, i, pending)
                for v in values:
                    f = v if item == _FRONT else front
                    lv = v if item == _LAST else last
                    if pending is None:
                        nxt.append((score, chars, v, f, lv, drops))
                        continue
                    c = _gbk_char(pending, v)
                    if c:
                        prev = chars[-1] if chars else left_char
                        nxt.append((score + _bigram_logp(prev, c) + script(c), chars + c, None, f,
                                    lv, drops))
            nxt.sort(key=itemgetter(0), reverse=True)  # stable: ties keep generation order
            # The last byte keeps a wider list: the right context and priors still re-rank it.
            states = nxt[: self._beam if i + 1 < n else self._beam * 8]
        right_char = self.right_lm[:1] or "\n"
        done = [(s[0] + _bigram_logp(s[1][-1], right_char) + self._drop_prior * len(s[5]),) + s[1:]
                for s in states if s[2] is None and s[1]]
        done.sort(key=itemgetter(0), reverse=True)
        return done

    def _row_terms(self, prev: str, lead: int) -> tuple[tuple[int, str, float, float], ...]:
        """(trail, character, log P(character | prev), script term) for every assigned character
        with lead byte ``lead``, in trail order."""
        key = (prev, lead)
        row = self._rows.get(key)
        if row is None:
            if len(self._rows) >= 2048:
                self._rows.clear()  # bounded: a page's runs share a few hundred at most
            script = self._script
            row = self._rows[key] = tuple((v, c, _bigram_logp(prev, c), script(c))
                                          for v, c in _gbk_row(lead))
        return row

    def _drop_branches(self, s: _State, i: int, nxt_byte: int | None,
                       left_char: str, reading: str | None = None) -> list[_State]:
        """States with a silently dropped pair inserted before stream byte ``i``."""
        score, chars, lead, front, last, drops = s
        prev = chars[-1] if chars else left_char
        return [(score + s0, chars + c0, u1, front, last, drops + ((i, u0, u1),))
                for s0, u0, c0, u1 in _drop_pairs(prev, lead, nxt_byte, self._drop_branch,
                                                  reading)]

    def _page_drop_branches(self, s: _State, i: int, nxt_byte: int | None, left_char: str,
                            taken: list[_State]) -> list[_State]:
        """States with a dropped pair inserted before stream byte ``i`` that splits a pair of
        characters the page prints elsewhere (see :func:`_page_drop_pairs`), for every state:
        the page's terms are few, and the dictionary's bigrams do not rank them."""
        score, chars, lead, front, last, drops = s
        if not (self._page_drops and self.page) or nxt_byte is None or lead is None:
            return []
        prev = chars[-1] if chars else left_char
        known = {t[5] for t in taken}
        found = []
        for head, inner in _page_drop_pairs(self.page).get((lead, nxt_byte), ()):
            new = drops + tuple((i, inner[k], inner[k + 1]) for k in range(0, len(inner), 2))
            if len(new) > self._max_drops or new in known:
                continue
            terms = sum(_bigram_logp(a, b) for a, b in zip(prev + head, head))
            found.append((score + terms + self._page_drops, chars + head, inner[-1], front, last,
                          new))
        return found

    def _double_drop_branches(self, s: _State, i: int, nxt_byte: int | None,
                              left_char: str) -> list[_State]:
        """States with two adjacent silently dropped pairs inserted before stream byte ``i``
        (``政府`` misaligned: the pairs FE B8 and AE B8 both vanish, hiding four bytes).

        Between the pairs sits a whole character cm = (u1, u2), next to c0 = (lead, u0) and
        c1 = (u3, next byte). cm is taken from the characters that follow c0 inside dictionary
        words (a double drop hides a word's inside: 政府, 援藏), so the search stays small."""
        score, chars, lead, front, last, drops = s
        if nxt_byte is None or lead is None:
            return []
        prev = chars[-1] if chars else left_char
        cands = []
        for u0 in _drop_firsts():
            c0 = _gbk_char(lead, u0)
            if not c0:
                continue
            s0 = _bigram_logp(prev, c0)
            for sm, u1, u2, cm in _double_middles(c0, u0)[: self._double_first]:
                for s1, u3 in _double_lasts(cm, u2, nxt_byte, self._drop_branch):
                    cands.append((s0 + sm + s1, s0 + sm, u0, u1, c0 + cm, u2, u3))
        cands.sort(key=itemgetter(0), reverse=True)
        return [(score + sc, chars + cc, u3, front, last, drops + ((i, u0, u1), (i, u2, u3)))
                for _, sc, u0, u1, cc, u2, u3 in cands[: self._drop_branch]]

    def solve(self) -> None:
        for st in self.run.structures:
            seen: set[tuple] = set()
            for s in self._beam_search(st):
                if len(seen) >= self._rescore:
                    break
                key = (s[3], s[4], s[5])
                if key not in seen:
                    seen.add(key)
                    self.evaluate(st, s[3], s[4], s[5])


# ----------------------------------------------------------------------------- decisions

def _margins(hyps: list[_Hyp], best: _Hyp) -> list[float]:
    """Per character of ``best``: score gap to the best hypothesis that differs there."""
    rival = [-math.inf] * len(best.text)
    for h in hyps:
        if h is best:
            continue
        ops = SequenceMatcher(None, best.text, h.text, autojunk=False).get_opcodes()
        for tag, i1, i2, _, _ in ops:
            if tag == "equal":
                continue
            for i in range(max(i1 - (i1 == i2), 0), max(i2, i1 + 1)):
                if i < len(rival):
                    rival[i] = max(rival[i], h.score)
    return [best.score - r for r in rival]


def _vetoed(ch: str, page_model: "PageModel | None") -> bool:
    """A Han character a repair may not write, however the run's readings compare: one that no
    word of the dictionary uses (the re-paired bytes of a wrong layout land on such rarities), or,
    on a page printed in one script, a form of the other script that the page never prints."""
    rule = _config().get("veto")
    if not rule or not _HAN_RUN.match(ch):
        return False
    if rule.get("unknown_char") and _simplified(ch) not in _char_tables()[0]:
        return True
    if rule.get("foreign_script") and page_model is not None:
        return _foreign(ch, page_model)
    return False


def _foreign(ch: str, page_model: "PageModel") -> bool:
    """A Han character of the other script that the page never prints (see :func:`_vetoed`)."""
    floor = float(_config().get("script_prior_floor", -math.inf))
    return bool(_HAN_RUN.match(ch)) and page_model.script_logp(ch) <= floor


def _rival_vetoed(best: _Hyp, rival: _Hyp, page_model: "PageModel") -> bool:
    """A rival reading that differs from the best one by a form of the other script which the
    page never prints (the `foreign_script` veto: the repair would never write it) is no rival:
    the page did not print it (駐村幹部集中輪訓 on a Traditional page: 夹輪, with the
    Simplified-only 夹, took 集中's margin). Only with ``veto.rivals``, and only while the best
    reading holds no such form itself (村民李元宝著說: the run reads garbage, and 元 kept its one
    rival 渊; checked by the caller, with the switch). A rival's Han character of the page's own
    script, or a numeral, always counts."""
    return any(_foreign(ch, page_model) for ch in set(rival.text) - set(best.text))


def _flag_marks_beside_flags(out: list[str], flags: list[bool], kinds: tuple[str, ...],
                             chosen: list[int]) -> bool:
    """A clause or sentence mark chosen from a candidate set is judged by the words on both of
    its sides: when the run leaves the two characters on one side flagged, the word the mark
    closes or opens is unknown, and the mark was chosen jointly with a guess (應保盡。��: the 。
    won only against readings of the flagged pair after it), so it is flagged too. One flagged
    character beside it (住，�搬遷) leaves the word's other characters as evidence; a byte the
    decoder swallowed (kind ``lost``: one ASCII symbol) leaves the words intact.
    Returns whether any mark was flagged."""
    rule = _config().get("mark_beside_flags") or {}
    marks, width = rule.get("marks", ""), int(rule.get("unknown_chars", 2))
    changed = False

    def unknown(j: int) -> bool:
        return 0 <= j < len(out) and flags[j] and kinds[j] != "lost"

    for i in chosen:
        if out[i] not in marks or flags[i]:
            continue
        if (all(unknown(i - d) for d in range(1, width + 1))
                or all(unknown(i + d) for d in range(1, width + 1))):
            out[i] = REPLACEMENT
            flags[i] = True
            changed = True
    return changed


def _bracket_left_open(paren_open: bool, after: str) -> bool:
    """A bracket is open on the line before a swallowed byte and the text after it (up to the line
    end, as far as the context reaches) closes none: brackets pair up, so the byte is the
    closing one as likely as anything the page's statistics name (高原(北京?文化傳播有限公司)."""
    rule = _config().get("open_bracket_fill")
    if not rule or not paren_open:
        return False
    rest = after.split("\n", 1)[0].translate(_mark_forms())
    return not any(c in rest for c in ")）")


def _decide(hyps: list[_Hyp], identity: _Hyp, right: str = "",
            page_model: "PageModel | None" = None, column: int | None = None,
            paren_open: bool = True, extra_margin: float = 0.0, heading: bool = False
            ) -> tuple[str, list[bool], str, float, _Hyp] | None:
    """Final text of a run, which characters are flagged, the method and the confidence.

    ``right`` is the text after the run; with ``page_model`` a swallowed byte that the page's own
    statistics name with the calibrated margin (never a digit) is written instead of U+FFFD,
    except on a ``heading`` line before its first mark (see :func:`_heading_so_far`)."""
    if not hyps:
        return None
    ranked = sorted(hyps, key=lambda h: (-h.score, h.text))
    best = ranked[0]
    if best.score - identity.score < float(_config()["repair_margin"]):
        return None
    if ((_config().get("veto") or {}).get("rivals") and page_model is not None
            and not any(_foreign(ch, page_model) for ch in best.text)):
        ranked = [best] + [h for h in ranked[1:] if not _rival_vetoed(best, h, page_model)]
    margins = _margins(ranked, best)
    # Rivals that read the run's layout differently (another end, a byte lost or not): a
    # character they disagree on must also clear the structure margin.
    layout_rivals = [h for h in ranked[1:]
                     if h.end != best.end or ("lost" in h.kinds) != ("lost" in best.kinds)]
    layout_margins = _margins([best] + layout_rivals, best)
    tau = accept_margin() + extra_margin
    structure_tau = float(_config()["structure_margin"]) + extra_margin
    if TRACE is not None:
        TRACE.append([(k, m, c, lm) for c, k, m, lm in zip(best.text, best.kinds, margins, layout_margins)
                      if k != "ctx"])
    out: list[str] = []
    flags: list[bool] = []
    conf = 1.0
    methods: set[str] = set()
    chosen: list[int] = []  # positions of characters chosen from a candidate set
    for k, (ch, kind, margin, layout_margin) in enumerate(zip(best.text, best.kinds, margins,
                                                               layout_margins)):
        if kind == "ctx":
            break  # aligned text after the run stays as it is
        if kind == "lost" and page_model is not None and out and not flags[-1] and not (
                heading and not any(c in _config()["heading"]["marks"] for c in out)):
            after = best.text[k + 1:k + 2] or right[:1]
            opened = "".join(out)
            filled = page_model.choose(out[-1], after, float(_config()["swallowed_byte_margin"]),
                                       None if column is None else column + len(out),
                                       paren_open or opened.rfind("(") > opened.rfind(")"))
            if (filled is not None and filled[0] not in ")）" and _bracket_left_open(
                    paren_open or opened.rfind("(") > opened.rfind(")"), best.text[k + 1:] + right)):
                filled = None  # 高原(北京?文化: the open bracket needs its ')' here, not a comma
            if filled is not None and layout_margin >= structure_tau:
                chosen.append(len(out))
                out.append(filled[0])
                flags.append(False)
                methods.add("gbk_context")
                conf = min(conf, 1.0 - math.exp(-filled[1]))
                continue
        if kind != "lost" and _vetoed(ch, page_model):
            out.append(REPLACEMENT)
            flags.append(True)
            methods.add("unrecoverable")
            conf = min(conf, 0.0)
            continue
        if kind == "lost":
            out.append(REPLACEMENT)
            flags.append(True)
            methods.add("unrecoverable")
            conf = min(conf, 0.0)
            continue
        if kind == "slot" and (margin < tau or layout_margin < structure_tau
                               or ch in _numerals()):
            out.append(REPLACEMENT)
            flags.append(True)
            methods.add("unrecoverable")
            conf = min(conf, 0.0)
            continue
        if kind == "slot":
            methods.add("gbk_context")
            conf = min(conf, 1.0 - math.exp(-margin))
            chosen.append(len(out))
        elif kind == "pinned" and margin >= structure_tau:
            methods.add("gbk_checksum")
        else:
            methods.add("gbk_realign")
            if margin < structure_tau:  # the structure itself (run end, dropped pair) was a close call
                out.append(REPLACEMENT)
                flags.append(True)
                methods.add("unrecoverable")
                conf = 0.0
                continue
        out.append(ch)
        flags.append(False)
    if _flag_marks_beside_flags(out, flags, best.kinds, chosen):
        methods.add("unrecoverable")
        conf = 0.0
    for name in ("unrecoverable", "gbk_context", "gbk_checksum", "gbk_realign"):
        if name in methods:
            return gd.normalise("".join(out)), flags, name, conf, best
    return gd.normalise("".join(out)), flags, "gbk_realign", conf, best


# ----------------------------------------------------------------------------- public API

def _left_context(text: str, pos: int, floor: int, n: int) -> tuple[str, bool]:
    """Up to ``n`` deglossed characters before ``pos`` on the same line, and whether the line starts there."""
    line_start = text.rfind("\n", 0, pos) + 1
    lo = max(line_start, floor, pos - 4 * n)
    ctx = degloss(text[lo:pos])
    return ctx[-n:], lo == line_start and len(ctx) <= n


def _quote_open_before(text: str, line_start: int) -> bool:
    """Is a double quotation opened before the line at ``line_start`` still open? The last quote
    mark within ``quote_balance.lookback`` characters says: a quotation that runs over several
    paragraphs closes only at the end of its last one."""
    back = int((_config().get("quote_balance") or {}).get("lookback", 0) or 0)
    if not back or line_start <= 0:
        return False
    window = text[max(0, line_start - back):line_start].translate(_mark_forms())
    return window.rfind("“") > window.rfind("”")


def _heading_so_far(line: str) -> bool:
    """The deglossed ``line`` before a run opens with an enumeration marker (六、, （三）, 2.) and
    has no clause mark after it: the run may sit in a heading, where a swallowed byte after a Han
    character is a line break as readily as a comma (六、存在問題和下一步工作 / 當前,…), so the
    page's statistics of where commas and breaks fall on a line do not decide it."""
    rule = _config().get("heading")
    if not rule:
        return False
    m = re.match(rule["opener"], line)
    return bool(m) and not any(c in rule["marks"] for c in line[m.end():])


def _rt_left_start(text: str, pos: int, floor: int) -> int:
    k, n = pos, 0
    while k > floor and n < _RT_CONTEXT and text[k - 1] != "\n":
        _, k2 = _prev_char(text, k)
        if k2 < floor:
            break
        k, n = k2, n + 1
    return k


def _repair_run(text: str, run: _Run, table: Mapping[str, str], table_key: tuple,
                floor: int, next_anchor: int, prefix: str,
                page: frozenset[str] = frozenset(), page_model: PageModel | None = None
                ) -> Edit | None:
    span_end = max(s.end for s in run.structures)
    left, line_initial = _left_context(text, run.start, floor, _CONTEXT)
    left = (prefix + left)[-_CONTEXT:] if floor > text.rfind("\n", 0, run.start) + 1 else left
    before = text[text.rfind("\n", 0, run.start) + 1:run.start]
    marks = before.translate(_mark_forms())  # corner quotes open and close quotations too
    if marks.rfind("“") > marks.rfind("”") and "“" not in left.translate(_mark_forms()):
        left = "“" + left  # a quotation opened earlier on the line is still open
    elif "“" not in marks and "”" not in marks and _quote_open_before(text, run.start - len(before)):
        left = QUOTE_OPEN + left  # one opened in the paragraphs before: open, but not short
    stop = min(next_anchor, len(text))
    line_rest = text[span_end:stop].split("\n", 1)
    right = degloss(line_rest[0])[:_CONTEXT]
    if len(line_rest) > 1 and len(right) < _CONTEXT:
        right += "\n"  # the line ends within the context: the model may know it
    rt_left = _rt_left_start(text, run.start, floor)
    # The solver only reads the round-trip window and a few glossed characters past the run, so a
    # bounded window plus the derived contexts is a complete cache key: mirror copies repeat runs.
    base = max(0, min(rt_left, run.start - 12))
    end = min(stop, span_end + 64)
    shifted = _Run(run.start - base, [replace(s, end=s.end - base) for s in run.structures],
                   run.confident_only)
    args = (text[base:end], shifted, left, line_initial and not prefix, right, rt_left - base,
            end - base)
    column = len(degloss(before))  # the run's position on its line (for a swallowed byte after it)
    plain = degloss(before)
    paren_open = plain.rfind("(") > plain.rfind(")")  # a bracket opened earlier on the line
    heading = _heading_so_far(plain)
    if TRACE is not None:
        mark = len(TRACE)
        done = _solve_run(*args, table, page, page_model, column, paren_open, heading)
        if done is not None and len(TRACE) > mark:
            TRACE[-1] = (run.start, TRACE[-1])
    else:
        done = _solve_run_cached(*args, table_key, page, page_model, column, paren_open, heading)
    if done is None:
        return None
    rel_end, after, method, conf, flagged = done
    return Edit(run.start, rel_end + base, after, method, conf, flagged)


def _solve_run(sub: str, run: _Run, left: str, line_initial: bool, right: str, rt_left: int,
               rt_stop: int, table: Mapping[str, str], page: frozenset[str] = frozenset(),
               page_model: PageModel | None = None, column: int | None = None,
               paren_open: bool = True, heading: bool = False) -> tuple[int, str, str, float, bool] | None:
    """Best repair of ``run`` inside the window ``sub``: (end, text, method, confidence, flagged)."""
    span_end = max(s.end for s in run.structures)
    solver = _RunSolver(sub, run, table, left, line_initial, right, rt_left, rt_stop, page, page_model)
    solver.solve()
    observed = degloss(sub[run.start:span_end])
    identity = _Hyp(observed, tuple("ctx" for _ in observed),
                    lm_score(left + observed + right, line_initial)
                    + float(_config()["char_bonus"]) * len(observed), span_end)
    decided = _decide(list(solver.hyps.values()), identity, right, page_model, column, paren_open,
                      heading=heading)
    retry = int(_config()["search"].get("double_drop_retry", 0) or 0)
    if retry and not solver._double_states and (
            decided is not None and any(f and k != "lost" for f, k in zip(decided[1], decided[4].kinds))):
        # Two adjacent dropped pairs (援藏, 市委副書記 misaligned) are searched only for a run the
        # single-pair search leaves flagged (a swallowed byte aside) or unrepaired: its readings join the ones scored, and
        # the new decision is taken when it flags fewer characters.
        mark = len(TRACE) if TRACE is not None else 0
        solver._double_states = retry
        solver.solve()
        again = _decide(list(solver.hyps.values()), identity, right, page_model, column, paren_open,
                        float(_config()["search"].get("double_drop_retry_margin", 0.0)), heading)
        if again is not None and (decided is None or sum(again[1]) < sum(decided[1])):
            if TRACE is not None and decided is not None and len(TRACE) > mark:
                TRACE[mark - 1] = TRACE.pop()
            decided = again
        elif TRACE is not None and len(TRACE) > mark:
            TRACE.pop()
    if decided is None or (run.confident_only and any(decided[1])):
        return None
    after, flags, method, conf, best = decided
    return best.end, after, method, round(conf, 4), any(flags)


_RUN_CACHE: "OrderedDict[tuple, tuple[int, str, str, float, bool] | None]" = OrderedDict()
_RUN_CACHE_SIZE = 4096


def _solve_run_cached(sub: str, run: _Run, left: str, line_initial: bool, right: str,
                      rt_left: int, rt_stop: int, table_key: tuple,
                      page: frozenset[str] = frozenset(), page_model: PageModel | None = None,
                      column: int | None = None, paren_open: bool = True, heading: bool = False
                      ) -> tuple[int, str, str, float, bool] | None:
    """:func:`_solve_run` behind a bounded LRU cache (the run's repr stands for its structures)."""
    key = (sub, repr(run), left, line_initial, right, rt_left, rt_stop, table_key, page,
           page_model.key if page_model is not None else None, column, paren_open, heading)
    if key in _RUN_CACHE:
        _RUN_CACHE.move_to_end(key)
        return _RUN_CACHE[key]
    done = _solve_run(sub, run, left, line_initial, right, rt_left, rt_stop, dict(table_key), page,
                      page_model, column, paren_open, heading)
    _RUN_CACHE[key] = done
    if len(_RUN_CACHE) > _RUN_CACHE_SIZE:
        _RUN_CACHE.popitem(last=False)
    return done


def warm_up() -> None:
    """Build the per-process tables (dictionary, converter, byte grid, bigrams) ahead of time,
    so that the first damaged document does not pay for them."""
    _jieba()
    _vocabulary_words()
    _idf_words()
    _char_tables()
    _gbk_simplified()
    _gbk_scripts()
    _reading_index()
    for lead in range(0x81, 0xFF):
        _row_best(lead)


def _numeral_realign(text: str, start: int, table: Mapping[str, str]) -> Edit | None:
    """``入?。保踩f(wàn)戶``: a split delimiter straddled two characters, and the bytes after it,
    paired again one byte later, hold a number (``住１２萬``). Read without choice when (a) the bytes
    pair up exactly up to a stray ASCII trail byte, (b) the gloss printed after that byte is a
    reading of the last re-paired character (the checksum), and (c) the re-paired characters are
    numerals. Only the first character, whose lead byte became ``?``, is chosen, from the
    characters with that trail byte (none of them may be a digit), and it becomes NOT_A_DIGIT unless
    the context decides it by the calibrated margin."""
    nxt = text[start + 1:start + 2]
    if nxt not in _DELIMITER_BYTES:
        return None
    stream = list(_DELIMITER_BYTES[nxt])
    pos = start + 2
    while True:
        if pos >= len(text) or len(stream) > 24:
            return None
        ch = text[pos]
        pos += 1
        if ch.isascii():
            if not 0x40 <= ord(ch) <= 0x7E:
                return None
            stream.append(ord(ch))
            break
        b = gd.encode(ch)
        if len(b) != 2:
            return None
        stream += b
    if len(stream) % 2 == 0:
        return None
    chars = [_gbk_char(stream[i], stream[i + 1]) for i in range(1, len(stream), 2)]
    gloss = _GLOSS.match(text, pos)
    if not all(chars) or not gloss or gloss.group(1) not in readings(chars[-1], table):
        return None
    number = gd.normalise("".join(chars))
    if not number[0].isdigit() or not all(c in _numerals() or c == "." for c in number):
        return None
    candidates = [c for lead in range(0x81, 0xFF) if (c := _gbk_char(lead, stream[0]))]
    if not candidates or any(gd.normalise(c).isdigit() or gd.normalise(c) == "." for c in candidates):
        return None  # the lost character could be a digit of the number: leave it to the solver
    prev = text[start - 1:start]
    scored = sorted(((_bigram_logp(prev, c) + _bigram_logp(c, chars[0]) if prev else 0.0, c)
                     for c in candidates), reverse=True)
    sure = len(scored) == 1 or scored[0][0] - scored[1][0] >= accept_margin()
    first = scored[0][1] if sure and prev and scored[0][1] not in _numerals() else NOT_A_DIGIT
    return Edit(start, gloss.end(), first + number, "gbk_realign", 1.0 if first != NOT_A_DIGIT else 0.5,
                first == NOT_A_DIGIT)


def find_repairs(text: str) -> list[Edit]:
    """Edits that undo GBK scraper damage and strip pinyin glosses (sorted, non-overlapping)."""
    has_anchor = "?" in text and _ANCHOR.search(text) is not None
    if "(" not in text and "（" not in text and not has_anchor and not _BARE_PINYIN.search(text):
        return []  # fast path: nothing that the damage leaves behind
    table = checksum_table(text, annotation_table(text))
    table_key = tuple(sorted(table.items()))
    edits: list[Edit] = []
    if has_anchor:
        page = page_bigrams(text) if _config().get("page_bigram") else frozenset()
        page_model = PageModel(text) if _config().get("swallowed_byte_margin") else None
        anchors = [m.start() for m in _ANCHOR.finditer(text)]
        first: dict[tuple[int, int, str], Edit] = {}
        edits = _repair_pass(text, anchors, table, table_key, page, page_model, seen=first)
        if page and _config().get("page_repaired") and any(e.flagged for e in edits):
            # Page consistency: the readings a run cleared its margins with are the page's words
            # too; a run left flagged is solved again with them (格桑花 cut on every occurrence,
            # decided where its context is clear, decides the copies where it is not).
            repaired = page | repaired_ngrams(text, edits)
            if repaired != page:
                keep = {k: e for k, e in first.items() if not e.flagged}
                edits = _repair_pass(text, anchors, table, table_key, repaired, page_model, keep)
    taken = [(e.start, e.end) for e in edits]
    for s, e in gloss_spans(text):
        if not any(a <= s < b or a < e <= b for a, b in taken):
            edits.append(Edit(s, e, "", "pinyin_gloss", 1.0, False))
    return sorted(edits, key=lambda e: (e.start, e.end))


def _repair_pass(text: str, anchors: list[int], table: Mapping[str, str], table_key: tuple,
                 page: frozenset[str], page_model: "PageModel | None",
                 keep: "dict[tuple[int, int, str], Edit] | None" = None,
                 seen: "dict[tuple[int, int, str], Edit] | None" = None) -> list[Edit]:
    """One left-to-right pass over the run anchors of ``text``: the run edits. An edit of
    ``keep`` (by anchor, floor and prefix) is taken as it is; ``seen`` collects the edits made."""
    edits: list[Edit] = []
    floor, prefix = 0, ""
    for idx, a in enumerate(anchors):
        if a < floor:
            continue
        kept = keep.get((a, floor, prefix)) if keep else None
        if kept is not None:
            edits.append(kept)
            floor, prefix = kept.end, kept.after
            continue
        state = (a, floor, prefix)
        realigned = _numeral_realign(text, a, table)
        if realigned is not None:
            edits.append(realigned)
            floor, prefix = realigned.end, realigned.after
            continue
        run = _parse_run(text, a, table)
        if run is None:
            continue
        # The right context runs to the next anchor after the run (anchors the run's longest
        # reading swallows, such as its own closing `?pinyin)`, do not cut it short).
        span_end = max(s.end for s in run.structures)
        nxt = next((b for b in anchors[idx + 1:] if b >= span_end), len(text))
        edit = _repair_run(text, run, table, table_key, floor, nxt, prefix, page, page_model)
        if edit is None:
            continue
        if seen is not None:
            seen[state] = edit
        edits.append(edit)
        floor, prefix = edit.end, edit.after
    return edits


def repaired_ngrams(text: str, edits: list[Edit]) -> frozenset[str]:
    """Pairs (and triples, with ``page_trigram``) of adjacent Han characters that the run edits
    wrote with their neighbours on the line, flagged characters cutting them: the words the
    repair read confidently, as page vocabulary for the runs it left flagged."""
    longest = 3 if _config().get("page_trigram") else 2
    grams: set[str] = set()
    for e in edits:
        if e.method == "pinyin_gloss" or not e.after:
            continue
        left = degloss(text[max(0, e.start - 12):e.start]).rsplit("\n", 1)[-1][-(longest - 1):]
        right = degloss(text[e.end:e.end + 12]).split("\n", 1)[0][:longest - 1]
        window = left + e.after + right
        lo, hi = len(left), len(left) + len(e.after)
        for m in _HAN_RUN.finditer(window):
            w, off = m.group(), m.start()
            for n in range(2, longest + 1):
                for k in range(len(w) - n + 1):
                    # only n-grams that hold a character the edit wrote
                    if off + k < hi and off + k + n > lo:
                        grams.add(w[k:k + n])
    return frozenset(grams)


def repair(text: str) -> tuple[str, list[Edit]]:
    """``text`` with :func:`find_repairs` applied, and the edits."""
    edits = find_repairs(text)
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.after)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts), edits


def damage_left(text: str) -> bool:
    """Whether repaired ``text`` still shows scraper damage: a U+FFFD the repair flagged, or the ``?`` of a
    GBK run it could not read (``1?bǎo)玻福稇?hù)``). A figure may have been lost there."""
    return REPLACEMENT in text or ("?" in text and _ANCHOR.search(text) is not None)


def iter_runs(text: str) -> Iterator[tuple[int, int]]:
    """Observed spans of the damaged runs the repair found (for logs and benchmarks)."""
    for e in find_repairs(text):
        if e.method != "pinyin_gloss":
            yield e.start, e.end


def clear_caches() -> None:
    """Forget solved runs and scored strings (benchmarks call this so repeated files are not free)."""
    _RUN_CACHE.clear()
    lm_score.cache_clear()
    _han_logprob.cache_clear()
