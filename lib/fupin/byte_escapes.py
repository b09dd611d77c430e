"""Text whose bytes reached the page as something else (issue 12): the three transfer damages of converters,
mail gateways and scrapers that leave every character of a report unreadable while losing nothing.

* **Quoted-printable** (an e-mail body saved as is): ``=E4=B8=8B`` is the UTF-8 of 下; a line ending in ``=`` is a
  soft break the mailer added at 76 characters, wherever it fell (inside a figure: ``86.2=`` / ``=E4=B8=87``).
  Read only below a ``Content-Transfer-Encoding: quoted-printable`` header (the body's charset from its
  ``Content-Type``, UTF-8 by default), so a URL's ``?id=12`` is never a byte.
* **RTF** (a Word document saved as Rich Text and read as text): ``\\'d5\\'f2`` are the bytes of 镇 in the
  document's code page (``\\ansicpg936``), ``\\uN`` a character by number, ``\\par`` a paragraph; control words,
  the font table and other ``{\\*...}`` destinations are no text; the writer's line breaks are no text either
  (``11.`` / ``8%`` is 11.8%).
* **UTF-8 read as GBK** and saved again as UTF-8 (鍘垮煄 for 县城): each line is encoded back to GBK and read as
  UTF-8; a U+FFFD of the misreading is a byte GBK could not pair, lost, so the character it belonged to comes back
  as U+FFFD (flagged downstream, never guessed), or as 〓 where it was surely a Han character and no digit's unit. A line is restored only when the round trip gives valid UTF-8
  everywhere but beside those lost bytes and reads as Chinese far better than the misread line.

Each restored character keeps the raw bytes of every escape or misread character it is made of.
"""
from __future__ import annotations

import codecs
import re

import numpy as np

from .textmap import Edit, MappedText

_QP_HEADER = re.compile(r"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$")
_CHARSET = re.compile(r"(?i)charset=\"?([A-Za-z0-9_\-]+)")
_QP_TOKEN = re.compile(r"=([0-9A-Fa-f]{2})|=\r?\n")

Unit = tuple[bytes | None, int]
"""Bytes a stretch of the text stands for and the index of the character that stretch starts at (None: a byte
that was lost)."""


LOST_HAN = "〓"
"""The geta mark a typesetter prints for a character that is missing: written for a character of which a byte was
lost when its known bytes show a Han character (UTF-8 lead byte E4-E9, U+4000-U+9FFF) and no digit stands before it
(where 万, 亿 or a unit may be the lost character, U+FFFD stays, which the quantity parser reads as a lost figure)."""


def _redecode(units: list[Unit], codec: str, han_mark: bool = False) -> tuple[str, list[int], list[int]]:
    """Decode the bytes of ``units`` with ``codec``: the text and, per character, the first and last unit
    (their character indices) it was made from. A lost byte ends the character being read as U+FFFD (or, with
    ``han_mark``, as `LOST_HAN` where that is sure to be no digit and no multiplier)."""
    dec = codecs.getincrementaldecoder(codec)("replace")
    out: list[str] = []
    first: list[int] = []
    last: list[int] = []
    pend: int | None = None
    for b, i in units:
        if b is None:  # a lost byte: whatever was being read is lost with it
            pending = dec.getstate()[0]
            s = dec.decode(b"", final=True) or "\ufffd"
            dec.reset()
            if han_mark and s == "\ufffd" and pending and 0xE4 <= pending[0] <= 0xE9 \
                    and not (out and (out[-1].isdigit() or out[-1] in ".．")):
                s = LOST_HAN
            for ch in s:
                out.append(ch), first.append(i if pend is None else pend), last.append(i)
            pend = None
            continue
        if pend is None:
            pend = i
        s = dec.decode(b)
        for ch in s:
            out.append(ch), first.append(pend), last.append(i)
        if s:
            pend = i if dec.getstate()[0] else None
    s = dec.decode(b"", final=True)
    for ch in s:
        out.append(ch), first.append(pend if pend is not None else len(units) and units[-1][1]), \
            last.append(units[-1][1] if units else 0)
    return "".join(out), first, last


def _rebuild(mapped: MappedText, a: int, b: int, units: list[Unit], codec: str, method: str,
             han_mark: bool = False):
    """``mapped`` with ``[a, b)`` replaced by the decoding of ``units``; (new text, the edit for the log)."""
    text, first, last = _redecode(units, codec, han_mark)
    fi, la = np.array(first, dtype=np.int64), np.array(last, dtype=np.int64)
    mid = MappedText(text, mapped.start[fi] if len(fi) else fi, mapped.end[la] if len(la) else la)
    head = MappedText(mapped.text[:a], mapped.start[:a], mapped.end[:a])
    tail = MappedText(mapped.text[b:], mapped.start[b:], mapped.end[b:])
    out = MappedText(head.text + mid.text + tail.text, np.concatenate([head.start, mid.start, tail.start]),
                     np.concatenate([head.end, mid.end, tail.end]))
    return out, Edit(a, b, text, method)


def _rebuild_lines(mapped: MappedText, edits: list[tuple[int, int, list[Unit]]], method: str, han_mark: bool = False
                   ) -> tuple[MappedText, list[Edit]] | None:
    """``mapped`` with each ``[a, b)`` line of ``edits`` read again from its bytes as UTF-8 (last first, so the
    offsets before it hold); None when there is none. The edits for the log come in text order."""
    if not edits:
        return None
    out, log = mapped, []
    for a, b, units in reversed(edits):
        out, edit = _rebuild(out, a, b, units, "utf-8", method, han_mark=han_mark)
        log.append(edit)
    return out, log[::-1]


# ---------------------------------------------------------------- quoted-printable
def undo_quoted_printable(mapped: MappedText) -> tuple[MappedText, list[Edit]] | None:
    """The body below a quoted-printable header decoded (up to a MIME boundary line ``--…``), or None."""
    text = mapped.text
    m = _QP_HEADER.search(text)
    if m is None:
        return None
    blank = re.compile(r"\n[ \t]*\n").search(text, m.end())
    if blank is None:
        return None
    a = blank.end()
    bound = re.compile(r"(?m)^--\S").search(text, a)
    b = bound.start() if bound else len(text)
    if not _QP_TOKEN.search(text, a, b):
        return None
    head = text[max(0, m.start() - 400):m.start()]
    cs = _CHARSET.search(head + text[m.end():a])
    codec = cs.group(1) if cs else "utf-8"
    try:
        codecs.lookup(codec)
    except LookupError:
        codec = "utf-8"
    units: list[Unit] = []
    i = a
    while i < b:
        t = _QP_TOKEN.match(text, i)
        if t is None:
            units.append((text[i].encode("utf-8"), i))
            i += 1
        elif t.group(1):
            units.append((bytes([int(t.group(1), 16)]), i))
            i = t.end()
        else:
            i = t.end()  # a soft line break: no text
    out, edit = _rebuild(mapped, a, b, units, codec, "quoted_printable")
    return out, [edit]


# ---------------------------------------------------------------- RTF
_RTF_START = re.compile(r"\{\\rtf1?")
_RTF_TOKEN = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d+) ?|\\([a-zA-Z]+)(-?\d+)? ?|\\([\\{}~_\-*])|([{}])|(\r?\n)")
_RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "listtable",
             "listoverridetable", "rsidtbl", "themedata", "latentstyles", "datastore", "xmlnstbl", "generator"}
_RTF_TEXT = {"par": "\n", "line": "\n", "tab": "\t", "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’",
             "ldblquote": "“", "rdblquote": "”", "bullet": "•", "sect": "\n", "page": "\n", "cell": "\t", "row": "\n"}


def _skip_group(text: str, i: int, end: int) -> int:
    """The index after the group that opens at ``text[i] == '{'`` (escaped braces skipped)."""
    depth = 0
    while i < end:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return end


def undo_rtf(mapped: MappedText) -> tuple[MappedText, list[Edit]] | None:
    """The text of an RTF document left in the page (``{\\rtf1 …}``), or None."""
    text = mapped.text
    m = _RTF_START.search(text)
    if m is None or "\\'" not in text[m.start():] and "\\u" not in text[m.start():]:
        return None
    a = m.start()
    b = _skip_group(text, a, len(text))
    cp = re.search(r"\\ansicpg(\d+)", text[a:b])
    codec = f"cp{cp.group(1)}" if cp else "cp1252"
    try:
        codecs.lookup(codec)
    except LookupError:
        return None
    units: list[Unit] = []
    i, uc, skip = m.end(), 1, 0
    while i < b:
        if text[i] == "{" and (text.startswith("{\\*", i)
                               or re.match(r"\{\\(\w+)", text[i:i + 24]) and re.match(r"\{\\(\w+)", text[i:i + 24]).group(1)
                               in _RTF_SKIP):
            i = _skip_group(text, i, b)
            continue
        t = _RTF_TOKEN.match(text, i)
        if t is None:
            if skip:
                skip -= 1
            else:
                units.append((text[i].encode(codec, "replace"), i))
            i += 1
            continue
        hexbyte, uni, word, arg, sym, brace, nl = t.groups()
        if hexbyte is not None:
            if skip:
                skip -= 1
            else:
                units.append((bytes([int(hexbyte, 16)]), i))
        elif uni is not None:
            n = int(uni) % 65536
            units.append((chr(n).encode(codec, "replace") if chr(n).encode(codec, "ignore") else b"?", i))
            skip = uc  # the fallback characters after \uN
        elif word is not None:
            if word == "uc" and arg:
                uc = int(arg)
            elif word in _RTF_TEXT:
                units.append((_RTF_TEXT[word].encode(codec), i))
        elif sym is not None:
            if sym in "\\{}":
                units.append((sym.encode(codec), i))
            elif sym == "~":
                units.append((b" ", i))
        i = t.end()  # braces and the writer's line breaks are no text
    while units and units[-1][0] in (b"\n", b"\t", b" "):
        units.pop()
    out, edit = _rebuild(mapped, a, b, units, codec, "rtf")
    return out, [edit]


# ---------------------------------------------------------------- UTF-8 read as GBK
GBK_MISREAD_MIN_GAIN = 1.0
"""A restored line must read as Chinese this much better (mean log frequency of its characters, reading's
``_plausibility``) than the misread line: 鍘垮煄 style mojibake scores about 4 below its restoration."""


def undo_gbk_misread(mapped: MappedText, plausibility, min_plausibility: float) -> tuple[MappedText, list[Edit]] | None:
    """Lines of UTF-8 misread as GBK (and saved as UTF-8) restored; None when no line is such."""
    text = mapped.text
    edits: list[tuple[int, int, list[Unit]]] = []
    pos = 0
    for line in text.split("\n"):
        a, pos = pos, pos + len(line) + 1
        if line.isascii() or sum(1 for c in line if "\u4e00" <= c <= "\u9fff") < 8:
            continue
        lost = line.count("\ufffd")
        try:  # a quick look first: a clean line's GBK bytes are far from UTF-8
            quick = line.replace("\ufffd", "").encode("gbk").decode("utf-8", "replace")
        except UnicodeEncodeError:
            continue
        if quick.count("\ufffd") > 3 * lost + 1:
            continue
        units: list[Unit] = []
        lost = 0
        ok = True
        for k, ch in enumerate(line):
            if ch == "\ufffd":
                units.append((None, a + k))
                lost += 1
                continue
            try:
                units.append((ch.encode("gbk"), a + k))
            except UnicodeEncodeError:
                ok = False
                break
        if not ok:
            continue
        restored, _, _ = _redecode(units, "utf-8")
        # every U+FFFD of the restoration comes from a lost byte (at most two per lost byte: the character it
        # ended and a stray continuation byte after it)
        if restored.count("\ufffd") > 2 * lost or len(restored) < 4:
            continue
        if plausibility(restored) < max(min_plausibility, plausibility(line) + GBK_MISREAD_MIN_GAIN):
            continue
        edits.append((a, a + len(line), units))
    return _rebuild_lines(mapped, edits, "mojibake_utf8_as_gbk", han_mark=True)


# ---------------------------------------------------------------- a paragraph of UTF-8 misread as cp1252
_LATIN_MOJIBAKE = re.compile("[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                             "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
"""A lead byte of a UTF-8 sequence (C2-EF read as Latin-1/cp1252: Â-ï) followed by a continuation byte (80-BF read
as cp1252 or Latin-1): the mark of UTF-8 misread as a single-byte codec (æ”», ä¸‡)."""
MIN_LATIN_MOJIBAKE_PAIRS = 6
"""A line is tried only when it holds at least this many such pairs (a name with an accent has one or two)."""


def _single_byte(ch: str) -> bytes:
    """The byte a character of a cp1252/Latin-1 misreading stands for (a C1 control is its own byte)."""
    return ch.encode("latin-1") if "\x80" <= ch <= "\x9f" else ch.encode("sloppy-windows-1252")


def undo_latin_misread_lines(mapped: MappedText, plausibility, min_plausibility: float
                             ) -> tuple[MappedText, list[Edit]] | None:
    """Lines of UTF-8 misread as Windows-1252 (or Latin-1: the bytes cp1252 leaves undefined kept as C1 controls)
    and saved again, in a page whose other lines are clean (a paragraph pasted from a mirror that misread it):
    each such line is encoded back to those bytes and read as UTF-8. A line is restored only when every one of its
    characters is a byte of that codec, the bytes are valid UTF-8 throughout (nothing lost, nothing guessed) and
    the result reads as Chinese; the whole-page case is `fupin.reading.undo_mojibake`'s."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252: cp1252 with its five holes as Latin-1)

    text = mapped.text
    edits: list[tuple[int, int, list[Unit]]] = []
    pos = 0
    for line in text.split("\n"):
        a, pos = pos, pos + len(line) + 1
        if len(_LATIN_MOJIBAKE.findall(line)) < MIN_LATIN_MOJIBAKE_PAIRS:
            continue
        try:
            units = [(_single_byte(ch), a + k) for k, ch in enumerate(line)]
            b"".join(u for u, _ in units).decode("utf-8")
        except UnicodeError:
            continue
        restored, _, _ = _redecode(units, "utf-8")
        if plausibility(restored) < min_plausibility:
            continue
        edits.append((a, a + len(line), units))
    return _rebuild_lines(mapped, edits, "mojibake_utf8_as_cp1252_line")
