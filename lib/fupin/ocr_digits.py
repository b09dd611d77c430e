"""Letters an OCR engine reads for digits inside a figure (issue 12): 3.O6亿元, 1O427户, 3l2个, 95.l%, 1.B7亿元,
1Z386户, 2S127人, 18T0元, 2.4T亿元 (S for 5, Z for 2, T for 7),
and the Chinese zero 〇 between Arabic digits (21〇6个).

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


@lru_cache(maxsize=1)
def _multiplier_confusions() -> dict[str, tuple[str, str]]:
    """printed -> (read, the characters that may follow) from data/ocr_multipliers.csv."""
    with data_file("ocr_multipliers.csv").open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["printed"]: (r["read"], r["before"]) for r in rows}


def ocr_multiplier_edits(text: str) -> list[Edit]:
    """Edits that read a character an OCR engine printed for a multiplier right after an Arabic figure as that
    multiplier (1.2方亩 -> 1.2万亩, 3干余人次 -> 3千余人次): only before a character that follows the multiplier in
    figures and never the printed character (data/ocr_multipliers.csv)."""
    confusions = _multiplier_confusions()
    if not confusions:
        return []
    pattern = re.compile(f"(?<=[0-9])[{''.join(confusions)}](?=[{''.join(b for _, b in confusions.values())}])")
    edits: list[Edit] = []
    for m in pattern.finditer(text):
        read, before = confusions[m.group()]
        if text[m.end()] in before:
            edits.append(Edit(m.start(), m.end(), read, "ocr_digit"))
    return edits

