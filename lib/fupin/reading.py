"""Read a raw article file: detect its encoding, decode it, normalise it, keep byte offsets."""
from __future__ import annotations

import codecs
import html
import hashlib
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import math
from functools import lru_cache

import jieba
import numpy as np
import opencc
from charset_normalizer import from_bytes

from .export_damage import (cell_lines_edits, csv_table_edits, fullwidth_thousands_edits, hard_wrap_edits,
                            fake_bold_edits, json_escape_edits, letter_spacing_edits, markdown_emphasis_edits,
                            radical_edits, word_numbering_edits)
from .textmap import Edit, MappedText

MAX_BYTES = 16 * 1024 * 1024
"""Largest file read in one piece; larger files are skipped with a reason (a news page is < 1 MB)."""

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]  # UTF-32 LE starts like UTF-16 LE
_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                    for c in range(r[0], r[1] + 1)}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Line ends besides LF: CR, CRLF, and the vertical tab (a manual line break in Word exports), form
# feed (a page break), NEL, and the Unicode line and paragraph separators.
_LINE_ENDS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_CJK = re.compile(r"[\u3400-\u9fff]")
FLAG_CHAR = "\ufffd"


class UnreadableFile(ValueError):
    """A file that cannot be read as an article; the message is one line saying why."""


def display_name(name: str | Path) -> str:
    """A file name (or path) as text that any table, CSV or terminal can hold: bytes that are not
    UTF-8 (allowed in Linux file names, decoded by Python as lone surrogates) are written ``\\xff``."""
    return os.fsencode(str(name)).decode("utf-8", "backslashreplace")


def source_names(files: list[Path]) -> list[str]:
    """The name each file of a batch goes by in the tables (``source_file``; ``article_id`` starts with
    it less ``.txt``): its file name, or, when several files of the batch share that name, the shortest
    trailing part of its path that tells them apart (``2019/report.txt``, ``2020/report.txt``). Depends
    only on the set of paths, not on their order, so reruns give the same ids."""
    parts = [Path(os.path.abspath(f)).parts for f in files]
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(parts):
        groups.setdefault(p[-1] if p else str(files[i]), []).append(i)
    names = [""] * len(files)
    for name, idx in groups.items():
        k = 1
        longest = max(len(parts[i]) for i in idx)
        while len(idx) > 1 and k < longest and len({parts[i][-k:] for i in idx}) < len(idx):
            k += 1
        for i in idx:
            names[i] = display_name("/".join(parts[i][-k:]).lstrip("/") or name)
    return names


def name_stem(name: str) -> str:
    """``source_file`` less its extension (``2019/report.txt`` -> ``2019/report``), as ``Path.stem``."""
    suffix = Path(name).suffix
    return name[: -len(suffix)] if suffix else name


def one_line(name: str | Path) -> str:
    """``display_name`` with control characters (a newline in a file name) escaped: for messages
    that must stay on one line."""
    return _CONTROL_ANY.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), display_name(name))


_CONTROL_ANY = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass
class RawDoc:
    path: Path
    data: bytes
    encoding: str
    md5: str
    text: MappedText           # decoded and normalised, offsets into ``data``
    edits: list[Edit]          # normalisation edits, offsets into ``decoded``
    decoded: MappedText        # as decoded, before normalisation
    misread: MappedText | None = None  # mojibake as decoded, when ``decoded`` is its repair
    misread_edits: list[Edit] = field(default_factory=list)  # that repair, a line at a time, on ``misread``


# ---------------------------------------------------------------- text misread as Latin-1 / cp1252

MOJIBAKE_CODECS = {"latin-1": "latin1", "windows-1252": "cp1252", "sloppy-windows-1252": "cp1252"}
"""Single-byte codecs through which UTF-8 is commonly misread (ftfy's names -> the name in the log)."""


MOJIBAKE_MIN_PLAUSIBILITY = 6.0
"""A restored text must read as Chinese: mean log frequency of its characters (``_plausibility``) at
least this (real reports score about 11, random bytes that happen to decode to Han about 2)."""


class Misread(UnreadableFile):
    """Text that is UTF-8 misread as a single-byte codec but cannot be restored unambiguously."""


def undo_mojibake(decoded: MappedText) -> tuple[MappedText, list[Edit]] | None:
    """Restore text whose UTF-8 bytes were decoded as Latin-1 or cp1252 and encoded again (mojibake such
    as ``è„±è´«æ”»åš`` for 脱贫攻坚), once or several times over.

    ftfy reads a sample and names the plan; it is accepted only when it is exactly "encode with a
    single-byte codec, decode as UTF-8" (repeated) and the whole text replays it strictly, so that every
    restored character is made of whole misread characters: each keeps the raw bytes of the characters
    it is made of, and nothing is guessed. Returns the restored text and the edits (one per changed
    line, for the cleaning log), or None when ``decoded`` is no such mojibake of Chinese; raises
    ``Misread`` when it is Chinese mojibake but bytes were lost (restoring it would mean guessing)."""
    import ftfy
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs)

    text = decoded.text
    if text.isascii():
        return None
    sample = _sample(text)
    fixed = ftfy.fix_encoding_and_explain(sample)
    steps = list(fixed.explanation or [])
    if not steps or fixed.text == sample:
        return None
    pairs = [(steps[i], steps[i + 1]) for i in range(0, len(steps) - 1, 2)]
    clean = not len(steps) % 2 and all(x[0] == "encode" and x[1] in MOJIBAKE_CODECS and y == ("decode", "utf-8")
                                       for x, y in pairs)
    chinese = _plausibility(fixed.text) >= MOJIBAKE_MIN_PLAUSIBILITY
    if not clean:
        if not chinese:
            return None
        lost = any(s[0] == "transcode" for s in steps)
        raise Misread("UTF-8 text misread as Latin-1/cp1252 (mojibake) that cannot be restored "
                      + ("without guessing: bytes were lost" if lost else "unambiguously") + f" ({_plan(steps)})")
    # replay the plan on the whole text; first[i], last[i]: the misread characters making character i
    cur = text
    first = np.arange(len(text), dtype=np.int64)
    last = first.copy()
    for (_, codec), _ in pairs:
        try:
            raw = cur.encode(codec)
            restored = raw.decode("utf-8")
        except UnicodeError:
            raise Misread(f"UTF-8 text misread as {MOJIBAKE_CODECS[codec]} (mojibake) that cannot be restored "
                          "without guessing: bytes were lost or broken further on") from None
        if len(raw) != len(cur):
            raise Misread(f"mojibake through {codec} with characters it cannot hold: not restored")
        cps = np.frombuffer(restored.encode("utf-32-le"), dtype=np.uint32)
        widths = (1 + (cps >= 0x80) + (cps >= 0x800) + (cps >= 0x10000)).astype(np.int64)
        at = np.cumsum(widths) - widths
        first, last = first[at], last[at + widths - 1]
        cur = restored
    if _plausibility(_sample(cur)) < MOJIBAKE_MIN_PLAUSIBILITY:
        return None
    method = "mojibake_utf8_as_" + "_".join(MOJIBAKE_CODECS[c] for (_, c), _ in pairs)
    repaired = MappedText(cur, decoded.start[first], decoded.end[last])
    # the log: one edit per changed line (line ends are ASCII: they map one to one)
    edits: list[Edit] = []
    a = b = 0
    for old, new in zip(text.split("\n"), cur.split("\n")):
        if old != new:
            edits.append(Edit(a, a + len(old), new, method))
        a, b = a + len(old) + 1, b + len(new) + 1
    return repaired, edits


def _sample(text: str, size: int = 1 << 16) -> str:
    """The start of ``text`` (about ``size`` characters), cut before an ASCII character: never inside
    the characters of one misread UTF-8 sequence."""
    if len(text) <= size:
        return text
    cut = size
    while cut > size // 2 and not text[cut].isascii():
        cut -= 1
    return text[:cut]


def _plan(steps) -> str:
    return ", ".join(f"{a} {b}" for a, b in steps)


def _restore_misread(mapped: MappedText) -> tuple[MappedText, MappedText, list[Edit]]:
    """(restored text, misread text, log edits) of a text with no Chinese characters, or raise."""
    got = undo_mojibake(mapped)
    if got is None:
        raise UnreadableFile("no Chinese text in file")
    return got[0], mapped, got[1]


def detect_encoding(data: bytes) -> tuple[str, int]:
    """Return (codec name, BOM length). Raises UnreadableFile for binary or undecodable bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if not name.startswith("utf-8") and b"\x00" not in body:
                # a UTF-16/32 text has NUL bytes (in its ASCII at least); UTF-8 after a wrong BOM has none
                try:
                    body.decode("utf-8")
                    return "utf-8", len(bom)
                except UnicodeDecodeError:
                    pass
            return name, len(bom)
    if b"\x00" in data:
        # UTF-16 without a BOM: every other byte of CJK/ASCII text is rarely zero in one column only.
        even, odd = data[0::2].count(0), data[1::2].count(0)
        guess = "utf-16-le" if odd > 3 * max(even, 1) else "utf-16-be" if even > 3 * max(odd, 1) else ""
        try:
            if guess and not _looks_binary(data.decode(guess)):
                return guess, 0
        except UnicodeDecodeError:
            pass
        raise UnreadableFile("binary file (NUL bytes), not text")
    try:
        data.decode("utf-8")
        return "utf-8", 0
    except UnicodeDecodeError:
        bad = len(_decode_marked(data, "utf-8")[1])
        if bad <= max(3, int(len(data) * MAX_BAD_SHARE)):
            # UTF-8 but for a few bytes (a cut character): read_raw decodes it with them replaced
            raise UnreadableFile(f"undecodable bytes as utf-8 ({bad} bad sequences)") from None
    # GB18030 and Big5 decode much of each other's bytes without error, and charset-normalizer
    # gives up on some real pages; so decode strictly with each candidate and keep the reading whose
    # characters are most frequent in Chinese (jieba's dictionary counts).
    scored = []
    for enc in _LEGACY_CANDIDATES:
        try:
            text = data[:_SAMPLE_BYTES].decode(enc, errors="strict")
        except UnicodeDecodeError as exc:
            if exc.start < _SAMPLE_BYTES - 4:      # a cut at the sample's end is not an error
                continue
            text = data[:exc.start].decode(enc)
        scored.append((_plausibility(text), enc))
    if scored:
        return max(scored)[1], 0
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile("undecodable bytes: not UTF-8, UTF-16, GB18030/GBK or Big5")
    return best.encoding.replace("_", "-"), 0


_LEGACY_CANDIDATES = ["gb18030", "big5"]
# (UTF-16 without a BOM is recognised by its NUL bytes above: read as UTF-16, bytes without any NUL
# give a plausible-looking but meaningless text, so it is no candidate here.)
_SAMPLE_BYTES = 64 * 1024


@lru_cache(maxsize=1)
def _char_logfreq() -> dict[str, float]:
    """Log frequency of each Simplified character, summed over jieba's dictionary words."""
    counts: dict[str, int] = {}
    with jieba.get_dict_file() as fh:
        for raw in fh:
            word, freq = raw.decode("utf-8").split(" ", 2)[:2]
            for ch in word:
                counts[ch] = counts.get(ch, 0) + int(freq)
    return {ch: math.log(n + 1) for ch, n in counts.items()}


def _plausibility(text: str) -> float:
    """Mean log frequency of the Chinese characters of ``text`` read as Simplified (0 if none)."""
    simplified = opencc.OpenCC("t2s").convert(text)
    freq = _char_logfreq()
    han = [freq.get(ch, 0.0) for ch in simplified if "\u3400" <= ch <= "\u9fff" or ch >= "\uac00"]
    return sum(han) / len(han) if len(han) >= 2 else 0.0


MAX_BAD_SHARE = 1 / 200
"""A file whose undecodable bytes are at most this share (at least 3 allowed) is read with each bad
sequence replaced by U+FFFD; more, and it is refused as undecodable."""
_MARK = "\U0010fffe"  # a noncharacter: stands for one undecodable sequence while offsets are computed
_marks = threading.local()


def _mark_bad(exc: UnicodeDecodeError) -> tuple[str, int]:
    _marks.spans.append((exc.start, exc.end))
    return _MARK, exc.end


codecs.register_error("fupin-mark", _mark_bad)


def _decode_marked(body: bytes, encoding: str) -> tuple[str, list[tuple[int, int]]]:
    _marks.spans = []
    try:
        text = body.decode(encoding, errors="fupin-mark")
        return text, _marks.spans
    finally:
        _marks.spans = []


def decode_damaged(data: bytes) -> tuple[str, int, MappedText] | None:
    """(encoding, BOM length, decoded text with raw offsets) of bytes that no codec decodes strictly,
    or None when every candidate meets too many bad bytes. A BOM is trusted only if its codec does
    best; among the codecs within the limit, the reading most plausible as Chinese wins."""
    bom, bom_codec = 0, None
    for mark, name in _BOMS:
        if data.startswith(mark):
            bom, bom_codec = len(mark), name.replace("-sig", "")
            break
    body = data[bom:]
    candidates = ([bom_codec] if bom_codec else []) + ["utf-8", "gb18030", "big5"]
    if b"\x00" in body:
        candidates += ["utf-16-le", "utf-16-be"]
    limit = max(3, int(len(body) * MAX_BAD_SHARE))
    best = None
    for enc in dict.fromkeys(candidates):
        if _MARK.encode("utf-8") in body:
            return None
        text, bad = _decode_marked(body, enc)
        if len(bad) > limit or text.count(_MARK) != len(bad) or _looks_binary(text[:_SAMPLE_BYTES]):
            continue
        score = (_plausibility(text[:_SAMPLE_BYTES].replace(_MARK, "")), -len(bad))
        if score[0] <= 0:
            continue  # not two Chinese characters: no reading at all
        if best is None or score > best[0]:
            best = (score, enc, text, bad)
    if best is None:
        return None
    _, enc, text, bad = best
    mapped = MappedText.from_decoded(text, enc, bom_len=bom)
    widths = mapped.end - mapped.start
    marks = [m.start() for m in re.finditer(_MARK, text)] if bad else []
    for i, (a, b) in zip(marks, bad):
        widths[i] = b - a
    end = np.cumsum(widths) + bom
    return enc, bom, MappedText(text.replace(_MARK, FLAG_CHAR), end - widths, end)


MIXED_LINE_CODECS = ("utf-8", "gb18030")
"""A page whose lines are each valid in one of these (a UTF-8 page into which a content system pasted paragraphs of
an older GBK document byte for byte) is read line by line: UTF-8 where a line is valid UTF-8, else GB18030."""


def decode_mixed_lines(data: bytes) -> tuple[MappedText, MappedText, list[Edit]] | None:
    """(text, the same bytes with the GB18030 lines shown one character a byte, log edits) of a file whose lines
    are valid UTF-8 or valid GB18030, at least one of each, every GB18030 line reading as Chinese; or None. Each
    character keeps the raw bytes it was decoded from; each GB18030 line is one edit of the log (method
    ``gb18030_line_in_utf8_page``)."""
    first, other = MIXED_LINE_CODECS
    texts, shown, starts, ends, edits = [], [], [], [], []
    raw_starts, raw_ends = [], []
    pos = n = 0
    kinds = set()
    for line in data.splitlines(keepends=True):
        try:
            t, enc = line.decode(first), first
        except UnicodeDecodeError:
            try:
                t, enc = line.decode(other), other
            except UnicodeDecodeError:
                return None
            if _plausibility(t) < MOJIBAKE_MIN_PLAUSIBILITY:
                return None
        if enc != first or not line.isascii():
            kinds.add(enc)  # an ASCII line is no sign of a UTF-8 page (a GBK file has them too)
        m = MappedText.from_decoded(t, enc)
        texts.append(t)
        starts.append(m.start + pos)
        ends.append(m.end + pos)
        seen = t if enc == first else line.decode("latin-1")
        byte_at = np.arange(pos, pos + len(line), dtype=np.int64)
        raw_starts.append(starts[-1] if enc == first else byte_at)
        raw_ends.append(ends[-1] if enc == first else byte_at + 1)
        if enc != first:
            edits.append(Edit(n, n + len(seen), t, f"{other}_line_in_{first.replace('-', '')}_page"))
        shown.append(seen)
        n += len(seen)
        pos += len(line)
    if kinds != {first, other}:
        return None
    text = MappedText("".join(texts), np.concatenate(starts), np.concatenate(ends))
    raw_view = MappedText("".join(shown), np.concatenate(raw_starts), np.concatenate(raw_ends))
    return text, raw_view, edits


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text)) > max(8, len(text) // 100)


def normalise_edits(text: str) -> list[Edit]:
    """Edits that turn every other line end (CR, CRLF, VT, FF, NEL, U+2028, U+2029) into LF, and an
    HTML character reference left by a scraper (``&nbsp;``, ``&#37;``, ``&ldquo;``) into its character
    (the full-width mapping is one-to-one and done separately), and the damage of text exports undone by
    :mod:`fupin.export_damage` (JSON escapes, full-width thousands commas, breaks of a page wrapped at a fixed width, a CSV table,
    letter spacing, Word numbering glued to a figure, a table one cell a line)."""
    joins = hard_wrap_edits(text) + cell_lines_edits(text)  # line ends these edits replace themselves
    joined = {i for e in joins for i in range(e.start, e.end)}
    edits = [Edit(m.start(), m.end(), "\n", "newline") for m in _LINE_ENDS.finditer(text) if m.start() not in joined]
    edits += joins + json_escape_edits(text) + fullwidth_thousands_edits(text) + csv_table_edits(text)
    edits += letter_spacing_edits(text) + word_numbering_edits(text)
    edits += radical_edits(text) + fake_bold_edits(text) + markdown_emphasis_edits(text)
    # a zero-width character (U+200B …) is invisible on the page: a scraper's leftover, dropped (11\u200b265元
    # is 11265元 as the reader saw it, never 265元)
    edits += [Edit(m.start(), m.end(), "", "zero_width") for m in _ZERO_WIDTH.finditer(text)]
    tags = [Edit(m.start(), m.end(), _TAG_AFTER[m.lastgroup], "html_tag") for m in _HTML_TAG.finditer(text)] \
        if "<" in text else []
    edits += tags
    if "&" in text:
        for m in _ENTITY.finditer(text):
            if any(t.start <= m.start() < t.end for t in tags):
                continue  # inside a tag left by the scraper (<rt>w&#224;n</rt>): dropped with it
            ref = m.group()
            out = html.unescape(ref)   # &nbsp65 -> U+00A0 + 65: the reference is &nbsp
            if ref.startswith("&amp;") and len(ref) > 5:
                out = html.unescape(out)  # &amp;nbsp;: escaped twice by a mirror, one space as the page shows it
            ch, tail = out[:1], out[1:]
            if out != ref and ref.endswith(tail) and _ZERO_WIDTH.fullmatch(ch):
                edits.append(Edit(m.start(), m.end() - len(tail), "", "html_entity"))  # &#8203;: invisible
            elif out != ref and ref.endswith(tail) and (ch.isprintable() or ch.isspace()) and ch not in "\r\n":
                edits.append(Edit(m.start(), m.end() - len(tail), ch, "html_entity"))
    edits.sort(key=lambda e: e.start)
    return edits


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
"""Zero-width space, non-joiner, joiner, word joiner, a BOM inside the text and a soft hyphen (a Word export's
optional break, shown only where a line wraps: 31\u00ad52个 is 3152个): characters a page shows as nothing."""


_ENTITY = re.compile(r"&(?:amp;)?(?:[A-Za-z]{2,8}[0-9]{0,2};?|#[0-9]{2,7};|#[xX][0-9a-fA-F]{2,6};)")
"""An HTML character reference: a named one (its ``;`` may be missing, ``&nbsp``, as browsers read
it), or a decimal or hex code with its ``;`` (without it, the digits after it would be eaten); either
may be escaped twice (``&amp;nbsp;``, ``&amp;#8203;``)."""


_HTML_TAG = re.compile(
    r"(?P<ruby><rt\b[^<>]{0,40}>[^<>]{0,24}</rt>|<rp\b[^<>]{0,40}>[^<>]{0,4}</rp>|</?ruby\b[^<>]{0,40}>)"
    r"|(?P<row><tr\b[^<>]{0,200}>\s*<t[dh]\b[^<>]{0,200}>)"
    r"|(?P<cell><t[dh]\b[^<>]{0,200}>)"
    r"|(?P<drop></t[dh]>|</?(?:table|tbody|thead|tfoot|tr|span|font)\b[^<>]{0,200}>)"
    r"|(?P<line><br\s*/?>|</?(?:p|div)\b[^<>]{0,200}>)", re.I)
"""HTML a scraper left in the text: a ruby annotation (<rt>wàn</rt>, its <rp> brackets) is dropped, a table's
cells become tab-separated lines (<tr><td>永坪镇</td><td>5.2</td></tr>), and <br>, <p>, <div> line breaks."""
_TAG_AFTER = {"ruby": "", "row": "", "cell": "\t", "drop": "", "line": "\n"}


def _escaped_bytes(mapped: MappedText) -> tuple[MappedText, list[Edit]] | None:
    """The text restored from a quoted-printable body, an RTF document or lines of UTF-8 misread as GBK
    (fupin.byte_escapes), or None when the page holds none of them."""
    from .byte_escapes import undo_gbk_misread, undo_latin_misread_lines, undo_quoted_printable, undo_rtf

    got = undo_quoted_printable(mapped) or undo_rtf(mapped)
    if got is None and _CJK.search(mapped.text):
        got = undo_gbk_misread(mapped, _plausibility, MOJIBAKE_MIN_PLAUSIBILITY) \
            or undo_latin_misread_lines(mapped, _plausibility, MOJIBAKE_MIN_PLAUSIBILITY)
    return got


def fold_fullwidth(text: str) -> str:
    """Full-width digits and Latin letters to ASCII (same length, so offsets are unchanged)."""
    return text.translate(_FULLWIDTH_ALNUM)


def read_raw(path: Path, max_bytes: int = MAX_BYTES) -> RawDoc:
    """Read, detect, decode and normalise one file. Raises UnreadableFile with a one-line reason."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"no such file: {path}")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableFile("empty file")
    if size > max_bytes:
        raise UnreadableFile(f"file too large ({size / 2**20:.1f} MiB > {max_bytes / 2**20:.0f} MiB)")
    data = path.read_bytes()
    try:
        encoding, bom = detect_encoding(data)
        try:
            decoded = data[bom:].decode(encoding.replace("-sig", "") if bom else encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise UnreadableFile(f"undecodable bytes as {encoding}: {exc}") from None
        mapped = None
    except UnreadableFile as exc:
        mixed = decode_mixed_lines(data)
        if mixed is not None:
            mapped, misread, misread_edits = mixed
            edits = normalise_edits(mapped.text)
            normalised = mapped.apply(edits) if edits else mapped
            normalised = normalised.with_text(fold_fullwidth(normalised.text))
            return RawDoc(path, data, "utf-8+gb18030", hashlib.md5(data).hexdigest(), normalised, edits, mapped,
                          misread, misread_edits)
        # A few bad bytes (a file cut inside a character, a damaged byte, a wrong BOM) do not make
        # the rest unreadable: decode with them replaced by U+FFFD, which is flagged downstream.
        rescued = decode_damaged(data)
        if rescued is None or _looks_binary(rescued[2].text) or not _CJK.search(rescued[2].text):
            raise exc from None
        encoding, bom, mapped = rescued
        decoded = mapped.text
    if _looks_binary(decoded):
        raise UnreadableFile("binary file (control characters), not text")
    if mapped is None:
        mapped = MappedText.from_decoded(decoded, encoding.replace("-sig", ""), bom_len=bom)
    misread, misread_edits = None, []
    if not _CJK.search(decoded) and not _escaped_bytes(mapped):
        mapped, misread, misread_edits = _restore_misread(mapped)
        decoded = mapped.text
    if misread is None:
        got = _escaped_bytes(mapped)
        if got is not None:
            misread, (mapped, misread_edits) = mapped, got
            decoded = mapped.text
    edits = normalise_edits(decoded)
    normalised = mapped.apply(edits) if edits else mapped
    normalised = normalised.with_text(fold_fullwidth(normalised.text))
    return RawDoc(path, data, encoding, hashlib.md5(data).hexdigest(), normalised, edits, mapped,
                  misread, misread_edits)
