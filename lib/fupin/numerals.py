"""Parse numbers written in Arabic or Chinese numerals (or a mix) and write integers in Chinese.

``parse_number`` accepts the forms found in Chinese reports: ``1,234.5``, full-width digits,
``3.82亿``, ``19.3万``, ``两千三百``, ``一万零五``, financial numerals ``壹佰``, digit strings
``二〇一九`` and ``百分之九十四``. It returns ``None`` for anything it cannot read unambiguously
(``三四`` is a range, not a number: the quantity parser handles ranges).
"""
from __future__ import annotations

import math
import re
from decimal import Decimal

# Simplified, Traditional and financial forms of the digits.
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
# Units below 万 multiply one digit; 万 and 亿 close a whole section.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)

# Full-width digits and separators become ASCII before parsing.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_ARABIC = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)")
_ARABIC_WITH_UNITS = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)([十拾百佰千仟万萬亿億]*)")
_PERCENT_PREFIX = "百分之"
_PERMILLE_PREFIX = "千分之"


MAX_POSITIONAL = 30
"""Longest digit-by-digit Chinese numeral read (二〇一九 has 4)."""


def _chinese_integer(s: str) -> int | None:
    """Value of a pure Chinese numeral such as 三千零五十 or 两亿三千万; None if malformed."""
    if not s:
        return None
    if all(ch in DIGITS for ch in s):
        if len(s) == 1:
            return DIGITS[s]
        # A digit string (二〇一九) is positional only when it uses 〇/零 or is long; a pair
        # like 三四 is an approximate range and has no single value.
        if len(s) > MAX_POSITIONAL:
            return None  # a run of digit characters, not a numeral (and int() refuses > 4300 digits)
        if len(s) >= 3 or any(DIGITS[ch] == 0 for ch in s):
            return int("".join(str(DIGITS[ch]) for ch in s))
        return None
    total = 0          # closed sections (after 亿 / 万)
    section = 0        # current section below 万
    digit: int | None = None
    last_small = 10**5  # magnitudes inside a section must decrease
    last_big = 10**13
    for ch in s:
        if ch in DIGITS:
            if digit is not None and DIGITS[ch] != 0 and digit != 0:
                return None  # two digits in a row (三四十) is not a number
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            mag = SMALL_UNITS[ch]
            if mag >= last_small:
                return None
            section += (1 if digit is None else digit) * mag
            last_small, digit = mag, None
        else:
            mag = BIG_UNITS[ch]
            section += digit or 0
            if section == 0 and total == 0:
                return None  # bare 万 / 亿 names no amount
            if mag >= last_big:
                # 一万二千亿: the whole amount so far counts in units of 亿.
                total = (total + section) * mag
            else:
                total += section * mag
            last_big = mag
            section, digit, last_small = 0, None, 10**5
    return total + section + (digit or 0)


def parse_number(s: str) -> float | None:
    """Value of a numeral string (Arabic, Chinese or mixed such as 1.8万); None if unreadable."""
    s = s.strip().translate(_FULLWIDTH)
    if not s:
        return None
    if s.startswith((_PERCENT_PREFIX, _PERMILLE_PREFIX)):
        return parse_number(s[len(_PERCENT_PREFIX):])
    m = _ARABIC_WITH_UNITS.fullmatch(s)
    if m:
        # Decimal keeps 4657.09万 at exactly 46570900, not 46570900.000000004.
        value = Decimal(m.group(1).replace(",", ""))
        for ch in m.group(2):
            value *= SMALL_UNITS.get(ch) or BIG_UNITS[ch]
        return float(value)
    if _ARABIC.fullmatch(s):
        return float(s.replace(",", ""))
    whole, point, decimals = s.replace("點", "点").partition("点")
    if point and decimals and all(ch in DIGITS for ch in decimals):
        # 六点八 (in 百分之六点八): an integer, then one digit character per decimal place
        head = _chinese_integer(whole) if whole else None
        if head is not None:
            return float(Decimal(head) + Decimal("0." + "".join(str(DIGITS[ch]) for ch in decimals)))
        return None
    if all(ch in CHINESE_NUMERAL_CHARS for ch in s):
        v = _chinese_integer(s)
        if v is None:
            return None
        try:
            return float(v)
        except OverflowError:  # 亿亿亿…: beyond any float; the caller flags it as implausible
            return math.inf
    return None


_TO_CN_DIGITS = "零一二三四五六七八九"
_TO_CN_SMALL = ((1000, "千"), (100, "百"), (10, "十"))


def _section_to_chinese(n: int) -> str:
    """Chinese for 0 < n < 10000, with 零 for skipped places (一千零五)."""
    out, pending_zero = [], False
    for mag, name in _TO_CN_SMALL:
        d, n = divmod(n, mag)
        if d:
            if pending_zero:
                out.append("零")
            out.append(_TO_CN_DIGITS[d] + name)
            pending_zero = False
        elif out:
            pending_zero = True
    if n:
        if pending_zero:
            out.append("零")
        out.append(_TO_CN_DIGITS[n])
    return "".join(out)


def _below_yi(n: int) -> str:
    """Chinese for 0 < n < 10**8 (一万零五百)."""
    high, low = divmod(n, 10**4)
    text = _section_to_chinese(high) + "万" if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + _section_to_chinese(low)
    return text


def to_chinese(n: int) -> str:
    """Write a non-negative integer below 10**16 in Chinese numerals (12345 -> 一万二千三百四十五)."""
    if n < 0 or n >= 10**16:
        raise ValueError("to_chinese handles 0 <= n < 10**16")
    if n == 0:
        return "零"
    high, low = divmod(n, 10**8)
    text = _below_yi(high) + "亿" if high else ""
    if low:
        text += ("零" if high and low < 10**7 else "") + _below_yi(low)
    # 一十 at the very start is written 十 (十五, not 一十五).
    return text[1:] if text.startswith("一十") else text
