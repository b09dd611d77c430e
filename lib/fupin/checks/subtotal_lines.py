"""Check ``subtotal_lines``: a list printed one item a line, each section closed by a subtotal line and the
list by a total line (a 公示 of donations: `1.河池市浙江商会  捐款50万元` …, `商会捐款小计150万元。`, …,
`以上合计捐款543.6万元。`).

- A subtotal (``subtotal_words`` before its figure) is the sum of the list lines right before it, up to the
  section heading (a line with no figure between them) or an earlier subtotal.
- A total line (``line_total_regex``) is the sum of the subtotals and of the list lines no subtotal holds,
  back over the headings, up to the first line that is no list line.

A list line opens on its number (``list_number_regex``) or ends with no closing punctuation, and holds one
figure of the unit. The words say which lines are summed, so a misfit is said as well as an agreement.
"""
from __future__ import annotations

import re

from ..scopes import clean_raw, cues, fmt, overlaps
from .common import _NON_ADDITIVE, _check, _is_change, _ok, _sum_iv

_LINE_BREAK = 2  # characters between two adjacent lines (a line break, a space): more is a line in between


def _end(r: dict) -> int:
    return int(r["sent_start"]) + len(str(r["sentence"]))


def _lines(recs: list[dict], unit: str) -> list[list[dict]]:
    """The sentences holding figures of ``unit``, in text order, each as the list of those figures."""
    by: dict[int, list[dict]] = {}
    for r in recs:
        if r["unit"] == unit:
            by.setdefault(int(r["sent_start"]), []).append(r)
    return [by[k] for k in sorted(by)]


def _list_line(line: list[dict]) -> bool:
    r = line[0]
    numbered = re.match(cues()["list_number_regex"], clean_raw(str(r["sentence"]))) is not None
    return len(line) == 1 and _ok(r) and r["qualifier"] == "exact" and not _is_change(r) \
        and (numbered or not r["terminal"])


def _label(r: dict) -> str:
    return clean_raw(str(r["label"])).strip()


def _is_subtotal(r: dict) -> bool:
    return any(w in _label(r) for w in cues()["subtotal_words"])


def _said(out: list[dict], sums: dict[str, list[str]], total: dict, parts: list[dict]) -> None:
    ok = overlaps(_sum_iv(parts), (total["lo"], total["hi"]))
    out.append(_check("subtotal_lines", "sum", total, parts, " + ".join(fmt(p) for p in parts) + f" = {fmt(total)}",
                      sum(p["value"] for p in parts), total["value"], "match" if ok else "mismatch", parts + [total]))
    sums[total["fact_id"]] = [p["fact_id"] for p in parts]


def _subtotal_parts(lines: list[list[dict]], k: int) -> list[dict]:
    """The list lines right before line ``k``, up to a line in between (a heading) or a subtotal."""
    parts: list[dict] = []
    for j in range(k - 1, -1, -1):
        nxt = lines[j + 1][0]
        if int(nxt["sent_start"]) - _end(lines[j][0]) > _LINE_BREAK or not _list_line(lines[j]) \
                or _is_subtotal(lines[j][0]):
            break
        parts.insert(0, lines[j][0])
    return parts


def _total_parts(lines: list[list[dict]], k: int, sums: dict[str, list[str]]) -> list[dict]:
    """The subtotals and the list lines no subtotal holds before line ``k``, over the headings between them."""
    parts: list[dict] = []
    held: set[str] = set()
    for j in range(k - 1, -1, -1):
        r = lines[j][0]
        subtotal = len(lines[j]) == 1 and r["fact_id"] in sums and _is_subtotal(r)
        if not (subtotal or _list_line(lines[j])):
            break
        if r["fact_id"] not in held:
            parts.insert(0, r)
        if subtotal:
            held.update(sums[r["fact_id"]])
    return parts


def subtotal_lines(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    out: list[dict] = []
    for unit in sorted({r["unit"] for r in recs} - _NON_ADDITIVE):
        lines = _lines(recs, unit)
        for k, line in enumerate(lines):
            if len(line) != 1 or not _ok(line[0]) or not _is_subtotal(line[0]):
                continue
            parts = _subtotal_parts(lines, k)
            if len(parts) >= 2:
                _said(out, sums, line[0], parts)
                used.update(p["fact_id"] for p in parts)
        for k, line in enumerate(lines):
            t = line[0]
            if len(line) != 1 or not _ok(t) or t["fact_id"] in sums or not re.match(cues()["line_total_regex"], _label(t)):
                continue
            parts = _total_parts(lines, k, sums)
            if len(parts) >= 2 and any(p["fact_id"] in sums for p in parts):
                _said(out, sums, t, parts)
                used.update(p["fact_id"] for p in parts)
    return out
