"""Letters an OCR engine reads for digits inside a figure (issue 12): 3.O6亿元, 1O427户, 3l2个, 95.l%, 1.B7亿元,
1Z386户, 2S127人, 18T0元, 2.4T亿元 (S for 5, Z for 2, T for 7),
and the Chinese zero 〇 between Arabic digits (21〇6个); and unit characters read as characters of like shape right
after a figure (2.86忆元, 1860无, 1286尸, 3520入; 1.2方亩, 3干余人次: `ocr_unit_edits`, the table in data/ocr_units.csv).

A Latin letter shaped like a digit (O o 〇 → 0, l I → 1, B → 8, S → 5, Z → 2, T → 7) stands between two digits, or between a digit
and a decimal point, or right after a decimal point that follows a digit, in a run of digits no Latin letter
or digit code touches (G1O2, 3B级, X1O5 stay). Only then is the letter read as its digit: no other reading
of such a run is a figure. Each replacement is an edit of the repair step (method ``ocr_digit``), so the
figure it touches is flagged ``damaged_nearby``. A letter at the end of a run (3B个) is left alone: 3A级 and
5G are words.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .paths import data_file
from .textmap import Edit

OCR_DIGITS = {"O": "0", "o": "0", "〇": "0", "l": "1", "I": "1", "B": "8", "S": "5", "Z": "2", "T": "7"}
_RUN = re.compile(r"(?<![A-Za-z0-9])[0-9][0-9.OolIBSZT〇]+(?![A-Za-z0-9])")
_MULTIPLIERS = "万亿萬億"
"""A run of digits, decimal points and digit-shaped letters, starting with a digit, that touches no other
Latin letter or digit (a code such as G1O2 or 3B级 is not such a run)."""


def _reads_as_digit(run: str, i: int, after: str = "") -> bool:
    """Whether the letter at ``run[i]`` sits inside the figure: a digit or a digit's decimal point on its
    left, and a digit or decimal point on its right, or the end of the run after a decimal point (95.l%), or the
    last decimal of a figure before 万 or 亿 (2.4T亿元, 1.0S万人: no unit or word is a letter between a decimal and
    a multiplier; 3B个, 5S管理 stay)."""
    left, right = run[i - 1], run[i + 1] if i + 1 < len(run) else ""
    if left.isdigit():
        return right.isdigit() or right == "." or (not right and "." in run[:i] and after in _MULTIPLIERS)
    return left == "." and i >= 2 and run[i - 2].isdigit() and (right.isdigit() or right == "")


def ocr_digit_edits(text: str) -> list[Edit]:
    """Edits that read the digit-shaped letters inside figures as their digits (sorted)."""
    edits: list[Edit] = []
    for m in _RUN.finditer(text):
        run = m.group()
        if not any(c in OCR_DIGITS for c in run) or run.count(".") > 1:
            continue
        letters = [i for i, c in enumerate(run) if c in OCR_DIGITS]
        after = text[m.end():m.end() + 1]
        if all(_reads_as_digit(run, i, after) for i in letters):
            edits += [Edit(m.start() + i, m.start() + i + 1, OCR_DIGITS[run[i]], "ocr_digit") for i in letters]
    return edits


_CLAUSE = set("，。；、：,.;:)）]】 \t\n0123456789")


@lru_cache(maxsize=1)
def ocr_units() -> list[tuple[str, str, str, str]]:
    """(printed, reads, left, right) rows of lib/fupin/data/ocr_units.csv."""
    with data_file("ocr_units.csv").open(encoding="utf-8") as fh:
        return [(r["printed"], r["reads"], r["left"], r["right"])
                for r in csv.DictReader(line for line in fh if not line.startswith("#"))]


def ocr_unit_edits(text: str) -> list[Edit]:
    """Edits (method ``ocr_unit``) that read a unit character an OCR engine confused with one of like shape right
    after a figure (2.86忆元, 1860无, 1286尸, 3520入: the rows of ocr_units.csv) as that unit. The character must
    touch the figure (a digit, or 万/亿 where the row allows) and be followed as the row says, so that a word
    after a figure (3个入股, 无) is left alone."""
    edits: list[Edit] = []
    for printed, reads, left, right in ocr_units():
        for m in re.finditer(re.escape(printed), text):
            i = m.start()
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else "\n"
            if not (before.isdigit() and before.isascii() or left == "digit_or_multiplier" and before in "万亿"
                    and i >= 2 and text[i - 2].isdigit()):
                continue
            if right == "clause" and after not in _CLAUSE or right not in ("any", "clause") and after not in right:
                continue
            edits.append(Edit(i, i + 1, reads, "ocr_unit"))
    return sorted(edits, key=lambda e: e.start)
