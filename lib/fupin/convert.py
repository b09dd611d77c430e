"""Traditional → Simplified Chinese with OpenCC, keeping each character's raw offsets."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

import numpy as np
import opencc

from .textmap import Edit, MappedText

# tw2s gives mainland usage (意味著 → 意味着, 著眼 → 着眼) while keeping 著作; plain t2s does not.
OPENCC_CONFIG = "tw2s"
TRADITIONAL_SHARE = 0.02
"""Share of Chinese characters that must change under conversion for a text to count as Traditional."""


_HAN = re.compile("[\u4e00-\u9fff]")


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str, config: str = OPENCC_CONFIG) -> str:
    return _converter(config).convert(text)


def original_script(text: str) -> str:
    """'traditional' or 'simplified', by the share of Chinese characters conversion changes."""
    han = _HAN.findall(text)
    if not han:
        return "none"
    sample = "".join(han[:20000])
    converted = to_simplified(sample)
    m = min(len(sample), len(converted))  # positions compared pairwise, as zip would
    a = np.frombuffer(sample[:m].encode("utf-32-le"), dtype=np.uint32)
    b = np.frombuffer(converted[:m].encode("utf-32-le"), dtype=np.uint32)
    changed = int(np.count_nonzero(a != b))
    return "traditional" if changed / len(sample) >= TRADITIONAL_SHARE else "simplified"


def convert_mapped(mt: MappedText, config: str = OPENCC_CONFIG) -> tuple[MappedText, list[Edit]]:
    """Convert to Simplified; return the new text and the edits (for the cleaning log).

    OpenCC keeps the length for almost all conversions; where a phrase changes length, the line is
    aligned with difflib so that unchanged characters keep their own offsets.
    """
    out = to_simplified(mt.text, config)
    if len(out) == len(mt.text):
        edits = _char_edits(mt.text, out, 0)
        return mt.with_text(out), edits
    edits: list[Edit] = []
    pos = 0
    for line in mt.text.splitlines(keepends=True):
        conv = to_simplified(line, config)
        if len(conv) == len(line):
            edits.extend(_char_edits(line, conv, pos))
        else:
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, line, conv, autojunk=False).get_opcodes():
                if tag != "equal":
                    edits.append(Edit(pos + i1, pos + i2, conv[j1:j2], "opencc_" + config))
        pos += len(line)
    return mt.apply(edits), edits


def _char_edits(before: str, after: str, offset: int) -> list[Edit]:
    """One edit per run of changed characters (same-length conversion)."""
    a = np.frombuffer(before.encode("utf-32-le"), dtype=np.uint32)
    b = np.frombuffer(after.encode("utf-32-le"), dtype=np.uint32)
    changed = np.concatenate(([False], a != b, [False])).astype(np.int8)
    bounds = np.flatnonzero(np.diff(changed))
    return [Edit(offset + int(i), offset + int(j), after[i:j], "opencc_" + OPENCC_CONFIG)
            for i, j in zip(bounds[0::2], bounds[1::2])]
