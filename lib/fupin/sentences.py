"""Sentence spans in clean Chinese text.

A sentence ends at 。！？；; (full or half width), at a half-width ``!``/``?`` used as punctuation,
or at a line end. Closing quotes and brackets that follow the terminator stay with the sentence.
Terminators inside 《…》 titles never end a sentence, and ``.`` is never a terminator, so numbers
such as ``3.82`` stay whole; nor is a 。 printed for a decimal point before 万/亿 or a percent (``146。73亿元``).
"""
from __future__ import annotations

import re

FULL_STOPS = frozenset("。！？；;")
ASCII_STOPS = frozenset("!?")
# Characters that close a quotation or bracket; they belong to the sentence they close.
CLOSERS = frozenset("”’」』)）】》〉")
TITLE_OPEN, TITLE_CLOSE = "《〈", "》〉"
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_DECIMAL_AFTER = re.compile(r"[0-9０-９]+(?:[千万亿萬億%％‰]|[个個]百分[点點])")
"""What follows a 。 that is a decimal point (the quantity grammar reads it so: fupin.quantities.CJK_DECIMAL)."""
# The only characters the scanner reacts to; the regex engine skips the text between them.
_EVENTS = re.compile("[" + re.escape("".join(sorted(set(TITLE_OPEN + TITLE_CLOSE) | FULL_STOPS | ASCII_STOPS)))
                     + "\n]")


def _is_stop(text: str, i: int) -> bool:
    """True when ``text[i]`` ends a sentence.

    A half-width ``?``/``!`` directly followed by an ASCII letter or digit is not punctuation but
    a replacement character from mis-decoded bytes (``当?26人``), so it does not split.
    """
    ch = text[i]
    if ch in FULL_STOPS:
        # 146。73亿元, 64。2%: a 。 a scraper printed for a decimal point, between digits before 万/亿 or a percent
        return not (ch in "。｡" and 0 < i and text[i - 1] in _DIGITS and _DECIMAL_AFTER.match(text, i + 1))
    if ch in ASCII_STOPS:
        nxt = text[i + 1] if i + 1 < len(text) else ""
        return not (nxt.isascii() and nxt.isalnum())
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open character spans of the sentences of ``text``, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    depth = 0  # nesting depth of 《…》
    i = 0
    search = _EVENTS.search
    while i < n:
        m = search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        end = -1
        if ch in TITLE_OPEN:
            depth += 1
        elif ch in TITLE_CLOSE and depth:
            depth -= 1
        elif ch == "\n":
            end = i
            depth = 0  # a title never runs over a line break; do not let a stray 《 swallow a page
        elif depth == 0 and _is_stop(text, i):
            j = i + 1
            while j < n and (text[j] in CLOSERS or (text[j] != "\n" and _is_stop(text, j))):
                j += 1
            end = j
        if end >= 0:
            _push(text, start, end, spans)
            start = end + 1 if ch == "\n" else end
            i = start
            continue
        i += 1
    _push(text, start, n, spans)
    return spans


def _push(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
