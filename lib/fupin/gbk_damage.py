"""Forward model of the scraper damage seen in mirrored Traditional-Chinese pages.

The mirror pipeline (see shared/gold/DAMAGE_MECHANISM.md) worked on GBK bytes without respecting
character boundaries: it inserted ``(pinyin)`` after byte matches of annotated characters, cut the
byte stream into sentences at delimiter byte pairs, decoded every piece with a lenient decoder and
finally folded full-width forms to ASCII. Reproducing it exactly is what lets the repair check its
candidates by a round trip and lets the benchmark manufacture realistic damage from clean text.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Union

ENCODING = "gbk"
# Split points, applied in this order; ``，`` is not one (adding it breaks the reproduction).
SPLIT_DELIMITERS: tuple[bytes, ...] = (b"\xa3\xa1", b"\xa3\xbb", b"\xa1\xa3")
# Full-width forms FF01-FF5E are folded to ASCII by the corpus normalisation.
_FULLWIDTH_TO_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
LOST = "?"  # what the lenient decoder prints for a byte it cannot pair


def is_dropped_pair(lead: int, trail: int) -> bool:
    """True for user-defined / unmapped GBK areas the lenient decoder drops without a trace."""
    return ((0xAA <= lead <= 0xAF and trail >= 0xA1 and trail <= 0xFE)
            or (0xF8 <= lead <= 0xFE and 0xA1 <= trail <= 0xFE)
            or (0xA1 <= lead <= 0xA7 and 0x40 <= trail <= 0xA0))


def is_invalid_trail(byte: int) -> bool:
    """A byte that cannot follow a lead byte: the decoder prints ``?`` and swallows it."""
    return byte < 0x40 or byte == 0x7F or byte == 0xFF


def decode_pair(lead: int, trail: int) -> str | None:
    """The character of a valid pair, ``""`` when the decoder drops it, ``None`` if the trail is invalid."""
    if is_invalid_trail(trail):
        return None
    if is_dropped_pair(lead, trail):
        return ""
    try:
        return bytes((lead, trail)).decode(ENCODING)
    except UnicodeDecodeError:
        return ""  # unassigned code inside the double-byte range: dropped like the user areas


def encode(text: str) -> bytes:
    """GBK bytes of ``text``; characters outside GBK become ``?`` as in the mirror's encoder."""
    return text.encode(ENCODING, errors="replace")


# An annotation table ready for byte replacement: (code, code + b"(pinyin)") in ascending code order.
CompiledTable = tuple[tuple[bytes, bytes], ...]


@lru_cache(maxsize=256)
def _compile_items(items: tuple[tuple[str, str], ...]) -> CompiledTable:
    pairs = sorted((encode(ch), py) for ch, py in items if len(encode(ch)) == 2)
    return tuple((code, code + b"(" + encode(py) + b")") for code, py in pairs)


def compile_table(table: Mapping[str, str]) -> CompiledTable:
    """The table in the form :func:`annotate` applies (cached: callers reuse one page table a lot)."""
    return _compile_items(tuple(sorted(table.items())))


def annotate(raw: bytes, table: Union[Mapping[str, str], CompiledTable]) -> bytes:
    """Insert ``(pinyin)`` after every byte match of each table character, in ascending code order."""
    codes = table if isinstance(table, tuple) else compile_table(table)
    for code, replacement in codes:
        if code in raw:
            raw = raw.replace(code, replacement)
    return raw


def split_pieces(raw: bytes) -> list[bytes]:
    """Cut before every delimiter byte pair, one delimiter after the other, ignoring alignment."""
    pieces = [raw]
    for delim in SPLIT_DELIMITERS:
        out: list[bytes] = []
        for piece in pieces:
            start, pos = 0, piece.find(delim, 1)
            while pos != -1:
                out.append(piece[start:pos])
                start = pos
                pos = piece.find(delim, pos + len(delim))
            out.append(piece[start:])
        pieces = out
    return pieces


def decode_lenient(piece: bytes) -> str:
    """Decode one piece the way the mirror did: lone or badly trailed leads become ``?``."""
    try:
        # Where the strict codec accepts a piece it pairs bytes exactly like the lenient decoder
        # (checked over all byte pairs), so only damaged pieces need the slow walk.
        return piece.decode(ENCODING)
    except UnicodeDecodeError:
        pass
    out: list[str] = []
    i, n = 0, len(piece)
    while i < n:
        b = piece[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
        elif b == 0x80 or b == 0xFF or i + 1 >= n:
            out.append(LOST)  # not a lead byte, or a lead byte cut off at the piece end
            i += 1
        else:
            ch = decode_pair(b, piece[i + 1])
            out.append(LOST if ch is None else ch)
            i += 2  # an invalid trail is swallowed together with its lead
    return "".join(out)


def normalise(text: str) -> str:
    """Corpus normalisation: full-width ASCII forms FF01-FF5E become ASCII."""
    return text.translate(_FULLWIDTH_TO_ASCII)


def damage(text: str, table: Union[Mapping[str, str], CompiledTable]) -> str:
    """Apply the whole mirror pipeline to clean Traditional ``text`` with annotation ``table``."""
    raw = annotate(encode(text), table)
    return normalise("".join(decode_lenient(p) for p in split_pieces(raw)))
