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
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Callable, Iterator, Mapping

import jieba
import opencc
import yaml
from pypinyin.pinyin_dict import pinyin_dict

from fupin import gbk_damage as gd
from fupin.paths import data_file
from fupin.textmap import Edit

REPLACEMENT = "\ufffd"
_TONE_LETTERS = "āáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
_SYL = rf"[a-z{_TONE_LETTERS}]{{1,7}}"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_GLOSS_AFTER_HAN = re.compile(rf"(?<=[{_HAN}])\(({_SYL})\)")
_GLOSS = re.compile(rf"\(({_SYL})\)")
_GLOSS_TAIL = re.compile(rf"({_SYL})\)")
_HAN_RUN = re.compile(f"[{_HAN}]+")
_LM_TOKEN = re.compile(f"[{_HAN}]+|[A-Za-z]+|.", re.S)
# A `?` that can start a run: a misaligned split (`?` + delimiter) or a misaligned annotation
# whose `(` was swallowed (`?pinyin)`). Everything else is decided by the model, not by regex.
_ANCHOR = re.compile(rf"\?(?=[!;。]|{_SYL}\))")
# What a delimiter that straddled two characters decodes to (after full-width folding).
_DELIMITER_BYTES = {"!": b"\xa3\xa1", ";": b"\xa3\xbb", "。": b"\xa1\xa3"}
_MAX_RUN_TOKENS = 48
_CONTEXT = 12  # characters of language-model context on each side
_RT_CONTEXT = 3  # characters of round-trip context on each side
# Set to a list to record (run start, index in edit text, kind, margin, character) for calibration.
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


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``(syllable)`` glosses that directly follow a Han character."""
    return [m.span() for m in _GLOSS_AFTER_HAN.finditer(text) if m.group(1) in _syllables()]


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


@lru_cache(maxsize=400_000)
def _han_logprob(segment: str) -> float:
    """Max-probability segmentation log-probability of a Han-only string (jieba unigram words)."""
    dt = _jieba()
    route: dict = {}
    dt.calc(segment, dt.get_DAG(segment), route)
    return route[0][0]


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


def _quote_penalty(text: str) -> float:
    rule = _config()["short_quote_final"]
    total = 0.0
    for i, ch in enumerate(text[:-1]):
        if ch in rule["marks"] and text[i + 1] == "”":
            opening = text.rfind("“", 0, i)
            if opening != -1 and "”" not in text[opening:i] and i - opening - 1 <= rule["max_inner"]:
                total += float(rule["logp"])
    return total


@lru_cache(maxsize=200_000)
def lm_score(text: str, line_initial: bool = False) -> float:
    """Log-probability of ``text`` (Traditional or Simplified) under the word-level model.

    ``line_initial`` says that ``text`` starts a line (paragraph indents are U+3000 there).
    """
    simp = gd.normalise(_t2s().convert(text))
    if len(simp) != len(text):
        simp = gd.normalise(text)
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
    return total + _quote_penalty(simp)


# ----------------------------------------------------------------------------- GBK helpers

@lru_cache(maxsize=70_000)
def _gbk_char(lead: int, trail: int) -> str:
    """The assigned GBK character (lead, trail), or "" if there is none."""
    if lead < 0x81 or lead > 0xFE or gd.is_invalid_trail(trail) or gd.is_dropped_pair(lead, trail):
        return ""
    try:
        ch = bytes((lead, trail)).decode(gd.ENCODING)
    except UnicodeDecodeError:
        return ""
    return ch if len(ch) == 1 else ""


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


@dataclass
class _Run:
    start: int
    structures: list[_Structure]


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


def _parse_run(text: str, start: int, table: Mapping[str, str]) -> _Run | None:
    """Structures of the run anchored at the ``?`` at ``start``."""
    nxt = text[start + 1] if start + 1 < len(text) else ""
    extra: dict[str, str] = {}
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
                extra.setdefault(c, tail.group(1))
        if not front:
            return None
        stream, pos, pinned, drop_points = [_FRONT], tail.end(), True, [1]
    structures: list[_Structure] = []

    def emit(stream_: list, end: int, lost: bool, reading: str | None) -> None:
        structures.append(_Structure(list(stream_), end, lost, reading, front, pinned,
                                     dict(extra), [d for d in drop_points if d < len(stream_)]))

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
            emit(stream + [0x80], pos + 1, False, None)  # a trail byte 0x80 is no lead byte: `?`, resync
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
              drop: tuple[int, int, int] | None) -> tuple[str, list[str]] | None:
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
    if drop:
        m, u0, u1 = drop
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
        elif i + 2 == len(stream) and st.last_reading is not None and known[i] and not known[i + 1]:
            kinds.append("slot")  # refined to pinned by the caller when the checksum is unique
        else:
            kinds.append("slot")
    return "".join(chars), kinds


class _RunSolver:
    """Searches the unknown bytes of one run and keeps every hypothesis it scored."""

    def __init__(self, text: str, run: _Run, table: Mapping[str, str], left_lm: str,
                 line_initial: bool, right_lm: str, rt_left: int, rt_stop: int) -> None:
        self.text, self.run, self.table = text, run, table
        self.left_lm, self.line_initial, self.right_lm = left_lm, line_initial, right_lm
        self.rt_left, self.rt_stop = rt_left, rt_stop
        self.span_end = max(s.end for s in run.structures)
        self.hyps: dict[str, _Hyp] = {}
        self._frames: dict[tuple[int, bool], tuple[str, tuple[tuple[str, str], ...]]] = {}
        self._drop_prior = float(_config()["dropped_pair"])

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
        table = dict(self.table)
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
                 drop: tuple[int, int, int] | None) -> float | None:
        built = _assemble(st, front, last, drop)
        if built is None:
            return None
        chars, kinds = built
        if st.last_reading is not None:
            if st.last_reading not in readings(chars[-1], self.table):
                return None
            if st.stream[-1] == _LAST and len(self._last_candidates(st, front, drop)) == 1:
                kinds[-1] = "pinned"
        if not self._round_trip(st, chars):
            return None
        tail = degloss(self.text[st.end:self.span_end])
        span = chars + (REPLACEMENT if st.lost else "") + tail
        kinds = kinds + (["lost"] if st.lost else []) + ["ctx"] * len(tail)
        score = lm_score(self.left_lm + span + self.right_lm, self.line_initial)
        if drop:
            score += self._drop_prior
        prev = self.hyps.get(span)
        if prev is None or prev.score < score:
            self.hyps[span] = _Hyp(span, tuple(kinds), score, st.end)
        return score

    def _last_candidates(self, st: _Structure, front: int,
                         drop: tuple[int, int, int] | None) -> list[int | None]:
        if st.stream[-1] != _LAST:
            return [None]
        lead = _byte_before_last(st, front, drop)
        out = []
        for t in range(0x40, 0xFF):
            c = _gbk_char(lead, t)
            if c and (st.last_reading is None or st.last_reading in readings(c, self.table)):
                out.append(t)
        return out

    def _best(self, st: _Structure, fronts: list[int], lasts_for: Callable[[int], list],
              drop: tuple[int, int, int] | None) -> tuple[float, int, int | None] | None:
        """Coordinate ascent over the front and last unknown bytes."""
        best: tuple[float, int, int | None] | None = None
        # Start from the front byte scored alone (last byte at its most frequent candidate).
        for f in fronts:
            for lv in lasts_for(f)[:1] if len(fronts) > 1 else lasts_for(f):
                s = self.evaluate(st, f, lv, drop)
                if s is not None and (best is None or s > best[0]):
                    best = (s, f, lv)
        if best is None:
            return None
        for _ in range(2):
            _, f, _ = best
            for lv in lasts_for(f):
                s = self.evaluate(st, f, lv, drop)
                if s is not None and s > best[0]:
                    best = (s, f, lv)
            _, _, lv = best
            for f2 in fronts:
                s = self.evaluate(st, f2, lv, drop)
                if s is not None and s > best[0]:
                    best = (s, f2, lv)
        return best

    def _drop_candidates(self, st: _Structure, m: int, front: int, last: int | None,
                         around: tuple[str, str]) -> list[tuple[int, int, int]]:
        stream = list(st.stream)
        stream[0] = front
        if stream[-1] == _LAST:
            if last is None:
                return []
            stream[-1] = last
        if m % 2 == 0 or m >= len(stream) or m < 1:
            return []
        lead, trail = stream[m - 1], stream[m]
        firsts = [(u0, c) for u0 in list(range(0xA1, 0xA8)) + list(range(0xAA, 0xB0))
                  + list(range(0xF8, 0xFF)) if (c := _gbk_char(lead, u0))]
        seconds = [(u1, c) for u1 in range(0x81, 0xFF) if (c := _gbk_char(u1, trail))]
        if st.last_reading is not None and m == len(stream) - 1:  # checksum on the last char
            seconds = [(u1, c) for u1, c in seconds if st.last_reading in readings(c, self.table)]
        left, right = around
        f_rank = sorted(firsts, key=lambda x: -lm_score(left + x[1]))
        s_rank = sorted(seconds, key=lambda x: -lm_score(x[1] + right))
        combos = [(u0, u1, c0 + c1) for u0, c0 in f_rank for u1, c1 in s_rank[:40]
                  if gd.is_dropped_pair(u0, u1)]
        combos.sort(key=lambda x: -lm_score(left + x[2] + right))
        return [(m, u0, u1) for u0, u1, _ in combos[:24]]

    def _local_front(self, st: _Structure) -> int:
        """Front byte that reads best next to the left context (a start when nothing round-trips)."""
        nxt = st.stream[1] if isinstance(st.stream[1], int) else 0xA1
        scored = [(lm_score(self.left_lm[-2:] + c), -f, f) for f in st.front
                  if (c := _gbk_char(f, nxt))]
        return max(scored)[2] if scored else st.front[0]

    def solve(self) -> None:
        for st in self.run.structures:
            best = self._best(st, st.front, lambda f, st=st: self._last_candidates(st, f, None), None)
            if best:
                base_front, base_last = best[1], best[2]
            else:
                base_front = self._local_front(st)
                lasts = self._last_candidates(st, base_front, None)
                base_last = lasts[0] if lasts else None
            text = _visible_chars(st, base_front, base_last)
            scored: list[tuple[float, tuple[int, int, int]]] = []
            for m in st.drop_points:
                k = (m - 1) // 2  # the visible character the dropped pair would split
                around = (text[max(0, k - 2):k] or self.left_lm[-2:], text[k + 1:k + 3])
                for drop in self._drop_candidates(st, m, base_front, base_last, around):
                    s = self.evaluate(st, base_front, base_last, drop)
                    if s is not None:
                        scored.append((s, drop))
            scored.sort(key=lambda x: (-x[0], x[1]))
            for s, drop in scored[:3]:
                if best is None or s > best[0] - 6.0:
                    self._best(st, st.front, lambda f, st=st, d=drop: self._last_candidates(st, f, d), drop)


def _visible_chars(st: _Structure, front: int, last: int | None) -> str:
    """The run read pair by pair with provisional unknowns ("?" where no character results)."""
    stream = [front] + list(st.stream[1:])
    if stream[-1] == _LAST:
        stream[-1] = last if last is not None else 0xA1
    return "".join(_gbk_char(stream[i], stream[i + 1]) or "?" for i in range(0, len(stream) - 1, 2))


def _byte_before_last(st: _Structure, front: int, drop: tuple[int, int, int] | None) -> int:
    """The lead byte of the run's last character (the byte before the unknown trail)."""
    stream = list(st.stream)
    stream[0] = front
    if drop:
        m, u0, u1 = drop
        stream[m:m] = [u0, u1]
    return stream[-2]


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


def _decide(hyps: list[_Hyp], identity: _Hyp) -> tuple[str, list[bool], str, float, _Hyp] | None:
    """Final text of a run, which characters are flagged, the method and the confidence."""
    if not hyps:
        return None
    ranked = sorted(hyps, key=lambda h: (-h.score, h.text))
    best = ranked[0]
    if best.score - identity.score < float(_config()["repair_margin"]):
        return None
    margins = _margins(ranked, best)
    tau = accept_margin()
    if TRACE is not None:
        TRACE.append([(k, m, c) for c, k, m in zip(best.text, best.kinds, margins) if k != "ctx"])
    out: list[str] = []
    flags: list[bool] = []
    conf = 1.0
    methods: set[str] = set()
    for ch, kind, margin in zip(best.text, best.kinds, margins):
        if kind == "ctx":
            break  # aligned text after the run stays as it is
        if kind == "lost":
            out.append(REPLACEMENT)
            flags.append(True)
            methods.add("unrecoverable")
            conf = min(conf, 0.0)
            continue
        if kind == "slot" and (margin < tau or ch in _numerals()):
            out.append(REPLACEMENT)
            flags.append(True)
            methods.add("unrecoverable")
            conf = min(conf, 0.0)
            continue
        if kind == "slot":
            methods.add("gbk_context")
            conf = min(conf, 1.0 - math.exp(-margin))
        elif kind == "pinned":
            methods.add("gbk_checksum")
        else:
            methods.add("gbk_realign")
            if margin < tau:  # the structure itself (run end, dropped pair) was a close call
                out.append(REPLACEMENT)
                flags.append(True)
                methods.add("unrecoverable")
                conf = 0.0
                continue
        out.append(ch)
        flags.append(False)
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


def _rt_left_start(text: str, pos: int, floor: int) -> int:
    k, n = pos, 0
    while k > floor and n < _RT_CONTEXT and text[k - 1] != "\n":
        _, k2 = _prev_char(text, k)
        if k2 < floor:
            break
        k, n = k2, n + 1
    return k


def _repair_run(text: str, run: _Run, table: Mapping[str, str], floor: int,
                next_anchor: int, prefix: str) -> tuple[Edit, _Hyp] | None:
    span_end = max(s.end for s in run.structures)
    left, line_initial = _left_context(text, run.start, floor, _CONTEXT)
    left = (prefix + left)[-_CONTEXT:] if floor > text.rfind("\n", 0, run.start) + 1 else left
    stop = min(next_anchor, len(text))
    right_raw = text[span_end:stop]
    right = degloss(right_raw.split("\n", 1)[0])[:_CONTEXT]
    solver = _RunSolver(text, run, table, left, line_initial and not prefix, right,
                        _rt_left_start(text, run.start, floor), stop)
    solver.solve()
    observed = degloss(text[run.start:span_end])
    identity = _Hyp(observed, tuple("ctx" for _ in observed),
                    lm_score(left + observed + right, line_initial), span_end)
    hyps = list(solver.hyps.values())
    decided = _decide(hyps, identity)
    if decided is None:
        return None
    after, flags, method, conf, best = decided
    if TRACE is not None:
        TRACE[-1] = (run.start, TRACE[-1])
    return Edit(run.start, best.end, after, method, round(conf, 4), any(flags)), best


def find_repairs(text: str) -> list[Edit]:
    """Edits that undo GBK scraper damage and strip pinyin glosses (sorted, non-overlapping)."""
    has_anchor = "?" in text and _ANCHOR.search(text) is not None
    if "(" not in text and not has_anchor:
        return []  # fast path: nothing that the damage leaves behind
    table = annotation_table(text)
    edits: list[Edit] = []
    if has_anchor:
        anchors = [m.start() for m in _ANCHOR.finditer(text)]
        floor, prefix = 0, ""
        for idx, a in enumerate(anchors):
            if a < floor:
                continue
            run = _parse_run(text, a, table)
            if run is None:
                continue
            nxt = next((b for b in anchors[idx + 1:] if b > a), len(text))
            nxt = max(nxt, max(s.end for s in run.structures))
            done = _repair_run(text, run, table, floor, nxt, prefix)
            if done is None:
                continue
            edit, _ = done
            edits.append(edit)
            floor, prefix = edit.end, edit.after
    taken = [(e.start, e.end) for e in edits]
    for s, e in gloss_spans(text):
        if not any(a <= s < b or a < e <= b for a, b in taken):
            edits.append(Edit(s, e, "", "pinyin_gloss", 1.0, False))
    return sorted(edits, key=lambda e: (e.start, e.end))


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


def iter_runs(text: str) -> Iterator[tuple[int, int]]:
    """Observed spans of the damaged runs the repair found (for logs and benchmarks)."""
    for e in find_repairs(text):
        if e.method != "pinyin_gloss":
            yield e.start, e.end
