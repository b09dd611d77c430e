"""Read a raw article file: detect its encoding, decode it, normalise it, keep byte offsets."""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import math
from functools import lru_cache

import jieba
import opencc
from charset_normalizer import from_bytes

from .textmap import Edit, MappedText

MAX_BYTES = 16 * 1024 * 1024
"""Largest file read in one piece; larger files are skipped with a reason (a news page is < 1 MB)."""

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be")]
_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                    for c in range(r[0], r[1] + 1)}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u3400-\u9fff]")


class UnreadableFile(ValueError):
    """A file that cannot be read as an article; the message is one line saying why."""


@dataclass
class RawDoc:
    path: Path
    data: bytes
    encoding: str
    md5: str
    text: MappedText           # decoded and normalised, offsets into ``data``
    edits: list[Edit]          # normalisation edits, offsets into ``decoded``
    decoded: MappedText        # as decoded, before normalisation


def detect_encoding(data: bytes) -> tuple[str, int]:
    """Return (codec name, BOM length). Raises UnreadableFile for binary or undecodable bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
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
        pass
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


_LEGACY_CANDIDATES = ["gb18030", "big5", "utf-16-le", "utf-16-be"]
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


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text)) > max(8, len(text) // 100)


def normalise_edits(text: str) -> list[Edit]:
    """Edits that turn CR/CRLF into LF (the full-width mapping is one-to-one and done separately)."""
    return [Edit(m.start(), m.end(), "\n", "newline") for m in re.finditer(r"\r\n?", text)]


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
    encoding, bom = detect_encoding(data)
    try:
        decoded = data[bom:].decode(encoding.replace("-sig", "") if bom else encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableFile(f"undecodable bytes as {encoding}: {exc}") from None
    if _looks_binary(decoded):
        raise UnreadableFile("binary file (control characters), not text")
    if not _CJK.search(decoded):
        raise UnreadableFile("no Chinese text in file")
    mapped = MappedText.from_decoded(decoded, encoding.replace("-sig", ""), bom_len=bom)
    edits = normalise_edits(decoded)
    normalised = mapped.apply(edits) if edits else mapped
    normalised = normalised.with_text(fold_fullwidth(normalised.text))
    return RawDoc(path, data, encoding, hashlib.md5(data).hexdigest(), normalised, edits, mapped)
