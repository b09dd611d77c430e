"""The period vocabulary of ``facts.period`` (see ``data/periods.yaml``) as typed fields, so a table
can be filtered and sorted by time without parsing text: ``period_kind``, ``period_start`` and
``period_end`` (ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as the text is).

    2021                  → year        2021      2021
    2022 (plan)           → plan        2022      2022
    2022-01..2022-04      → span        2022-01   2022-04
    2022-ytd              → year_to_date 2022-01  (publication date, or 2022)
    cumulative-1994..2018 → cumulative  1994      2018
    cumulative-..pub      → cumulative  (open)    publication date
    plan-2021..2025       → plan        2021      2025
    pub                   → as_of       publication date
    annual                → annual      (a recurring yearly figure: no dates)
    unstated              → unstated
"""
from __future__ import annotations

import re

FIELDS = ("period_kind", "period_start", "period_end")

_YM = r"\d{4}(?:-\d{2})?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("plan", re.compile(rf"^(?P<a>{_YM}) \(plan\)$")),
    ("year", re.compile(r"^(?P<a>\d{4})$")),
    ("month", re.compile(r"^(?P<a>\d{4}-\d{2})$")),
    ("span", re.compile(rf"^(?P<a>{_YM})\.\.(?P<b>{_YM})$")),
    ("year_to_date", re.compile(r"^(?P<a>\d{4})-ytd$")),
    ("cumulative", re.compile(rf"^cumulative-(?P<a>{_YM})?\.\.(?P<b>{_YM}|pub)$")),
    ("plan", re.compile(rf"^plan-(?P<a>{_YM})\.\.(?P<b>{_YM})$")),
)


def period_fields(period: str, pub_date: str = "") -> dict[str, str]:
    """Typed fields of one ``period`` value; ``pub_date`` (ISO) resolves "pub" and year-to-date ends."""
    p = (period or "").strip()
    pub = pub_date or ""
    if p in ("", "unstated") or p.startswith("unstated"):
        return {"period_kind": "unstated", "period_start": "", "period_end": ""}
    if p in ("pub", "cumulative"):
        return {"period_kind": "as_of" if p == "pub" else "cumulative", "period_start": "",
                "period_end": pub}
    if p == "annual":
        return {"period_kind": "annual", "period_start": "", "period_end": ""}
    for kind, rx in _PATTERNS:
        m = rx.match(p)
        if not m:
            continue
        a = m.group("a") or ""
        b = m.groupdict().get("b") or a
        if b == "pub":
            b = pub
        if kind == "month":
            kind = "span"
        if kind == "year_to_date":
            a, b = f"{a}-01", (pub if pub.startswith(a) else a)
        return {"period_kind": kind, "period_start": a, "period_end": b}
    return {"period_kind": "other", "period_start": "", "period_end": ""}
