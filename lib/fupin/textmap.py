"""Text that remembers where every character came from in the raw file.

Every cleaning step (decoding, repair, Traditional-to-Simplified conversion, re-joining layout
breaks, moving a displaced paragraph) produces a new :class:`MappedText`. Each character keeps the
half-open byte span ``[start[i], end[i])`` of the raw file it was made from, so a fact found in the
clean text can always be pointed back at its raw bytes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

_UTF8_WIDTHS = np.array([1, 2, 3, 4], dtype=np.int64)


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``after``; ``method`` and ``confidence`` go to the cleaning log."""

    start: int
    end: int
    after: str
    method: str
    confidence: float = 1.0
    flagged: bool = False


@dataclass(frozen=True, eq=False)
class MappedText:
    """A string plus, per character, the raw byte span it came from."""

    text: str
    start: np.ndarray
    end: np.ndarray

    def __post_init__(self) -> None:
        if not (len(self.text) == len(self.start) == len(self.end)):
            raise ValueError("text and offset arrays differ in length")

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    @classmethod
    def identity(cls, text: str, offset: int = 0) -> "MappedText":
        """Offsets equal to character positions (for text that has no raw file)."""
        idx = np.arange(offset, offset + len(text), dtype=np.int64)
        return cls(text, idx, idx + 1)

    @classmethod
    def from_decoded(cls, text: str, encoding: str, bom_len: int = 0) -> "MappedText":
        """Offsets of ``text`` in the bytes it was decoded from with ``encoding``."""
        enc = encoding.lower().replace("_", "-")
        if not text:
            empty = np.zeros(0, dtype=np.int64)
            return cls(text, empty, empty)
        if enc in ("utf-8", "utf8", "utf-8-sig", "ascii"):
            cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
            widths = 1 + (cps >= 0x80) + (cps >= 0x800) + (cps >= 0x10000)
        elif enc.startswith("utf-16"):
            cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
            widths = 2 + 2 * (cps >= 0x10000)
        elif enc.startswith("utf-32"):
            widths = np.full(len(text), 4, dtype=np.int64)
        else:
            # Multi-byte legacy codecs (GB18030, Big5) have no closed-form width, so ask the codec.
            widths = np.fromiter((len(ch.encode(encoding, errors="replace")) for ch in text),
                                 dtype=np.int64, count=len(text))
        widths = widths.astype(np.int64)
        end = np.cumsum(widths) + bom_len
        return cls(text, end - widths, end)

    def slice(self, a: int, b: int) -> "MappedText":
        return MappedText(self.text[a:b], self.start[a:b], self.end[a:b])

    def raw_span(self, a: int, b: int) -> tuple[int, int]:
        """Raw byte span covering clean characters ``[a, b)``."""
        if b <= a:
            pos = int(self.start[a]) if a < len(self.start) else (int(self.end[-1]) if len(self.end) else 0)
            return pos, pos
        return int(self.start[a:b].min()), int(self.end[a:b].max())

    def apply(self, edits: Iterable[Edit]) -> "MappedText":
        """Apply non-overlapping edits; new characters inherit the raw span of what they replace."""
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        parts: list[str] = []
        starts: list[np.ndarray] = []
        ends: list[np.ndarray] = []
        pos = 0
        for e in ordered:
            if e.start < pos:
                raise ValueError(f"overlapping edits at {e.start}")
            parts.append(self.text[pos:e.start])
            starts.append(self.start[pos:e.start])
            ends.append(self.end[pos:e.start])
            if e.after:
                s, t = self.raw_span(e.start, e.end)
                n = len(e.after)
                parts.append(e.after)
                starts.append(np.full(n, s, dtype=np.int64))
                ends.append(np.full(n, t, dtype=np.int64))
            pos = e.end
        parts.append(self.text[pos:])
        starts.append(self.start[pos:])
        ends.append(self.end[pos:])
        return MappedText("".join(parts), np.concatenate(starts), np.concatenate(ends))

    def with_text(self, text: str) -> "MappedText":
        """Same offsets, new characters (for one-to-one conversions such as Traditional→Simplified)."""
        if len(text) != len(self.text):
            raise ValueError("with_text needs a text of the same length")
        return MappedText(text, self.start, self.end)


def concat(pieces: Sequence[MappedText], sep: str = "") -> MappedText:
    """Join pieces; separator characters take the span of the end of the piece before them."""
    texts: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    for i, p in enumerate(pieces):
        if i and sep:
            prev = pieces[i - 1]
            pos = int(prev.end[-1]) if len(prev) else 0
            texts.append(sep)
            starts.append(np.full(len(sep), pos, dtype=np.int64))
            ends.append(np.full(len(sep), pos, dtype=np.int64))
        texts.append(p.text)
        starts.append(p.start)
        ends.append(p.end)
    if not texts:
        return MappedText.identity("")
    return MappedText("".join(texts), np.concatenate(starts), np.concatenate(ends))
