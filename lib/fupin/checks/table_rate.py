"""Check ``table_rate``: a rate column of a text-rendered table (类别 | 下达资金 | 已支出 | 支出率), recomputed
row by row: the column the rate word names (已支出 for 支出率, 已完工项目数 for 完工率) over the one column of
the same unit whose header says it is the plan or the whole (下达, 计划; ``table_rate_base_words`` of
data/checks.yaml). Nothing is said when a header names no such pair, or more than one.
"""
from __future__ import annotations

import re

from ..scopes import cues, fmt, overlaps
from .common import _check, _ok

_CELL_SEPS = re.compile(r"[|｜\t]")
_BRACKET = re.compile(r"[(（][^()（）]*[)）]")
_DIGIT = re.compile(r"[0-9]")


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the cells of a table line: split by | or tabs, else by runs of spaces."""
    rx = r"[^|｜\t]+" if _CELL_SEPS.search(line) else r"\S+"
    out = []
    for m in re.finditer(rx, line):
        text = m.group()
        if text.strip():
            out.append((m.start() + len(text) - len(text.lstrip()), text.strip()))
    return out


def _rate_columns(header: list[str]) -> list[tuple[int, int, int]]:
    """(rate, numerator, base) column indices the header names."""
    names = [_BRACKET.sub("", h).strip() for h in header]
    out = []
    for j, h in enumerate(names):
        if not h.endswith("率") or len(h) < 3:
            continue
        stem = h[:-1]
        nums = [i for i, n in enumerate(names) if i != j and stem in n and not n.endswith("率")]
        if len(nums) != 1:
            continue
        bases = [i for i, n in enumerate(names) if i not in (j, nums[0]) and not n.endswith("率")
                 and any(w in n for w in cues()["table_rate_base_words"])]
        out.append((j, nums[0], bases))
    return out


def table_rates(recs: list[dict], sentences: list[tuple[int, str]]) -> list[dict]:
    at = {int(r["start"]): r for r in recs}
    out = []
    header: list[str] | None = None
    for start, text in sentences:
        for line_off, line in _line_spans(text):
            cells = _cells(line)
            if len(cells) < 3:
                header = None
                continue
            if not any(_DIGIT.search(c) for _, c in cells[1:]):
                header = [c for _, c in cells]
                continue
            if header is None or len(cells) != len(header):
                continue
            facts = [at.get(start + line_off + off) for off, _ in cells]
            for j, i, bases in _rate_columns(header):
                rate, num = facts[j], facts[i]
                if rate is None or num is None or rate["unit"] != "percent" or not (_ok(rate) and _ok(num)):
                    continue
                same = [b for b in bases if facts[b] is not None and facts[b]["unit"] == num["unit"] and _ok(facts[b])]
                if len(same) != 1 or not facts[same[0]]["value"]:
                    continue
                b = same[0]
                base = facts[b]
                comp = num["value"] / base["value"] * 100
                civ = (num["lo"] / base["hi"] * 100, num["hi"] / base["lo"] * 100) if base["lo"] > 0 else (comp, comp)
                status = "match" if overlaps(civ, (rate["lo"], rate["hi"])) else "mismatch"
                out.append(_check("table_rate", "implied", rate, [num, base],
                                  f"{header[i]} {fmt(num)} / {header[b]} {fmt(base)}"
                                  f" = {comp:.2f} vs {header[j]} {fmt(rate)}", comp, rate["value"], status,
                                  [num, base, rate]))
    return out


def _line_spans(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
