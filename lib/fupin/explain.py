"""``python -m fupin explain``: one fact of the facts table, with the reason for each attribution.

In the spirit of ftfy's ``fix_and_explain``: the sentence with the number marked (【146.73亿元】),
then value, unit and qualifier, and for indicator, region and period the value chosen followed by
its ``*_reason`` column (any reason column the table has is printed, under its own column), then
actor, flags and the uncertainty notes.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

_FACT_ID = re.compile(r"^(?P<stem>[^#]+)#(?P<article>\d+)(?P<boiler>/boilerplate)?:(?P<offset>\d+)$")
_ORDER = ["indicator", "region", "period", "actor"]


class ExplainError(Exception):
    """Bad input for ``explain``: the message is the one line shown to the user."""


def locate(target: str, fact: str | None, raw_dir: Path | None) -> tuple[Path, str | None]:
    """The raw file to read and the fact selector. ``target`` is a file, or a fact id
    (``stem#article:offset``) whose file ``stem.txt`` lies in ``raw_dir``."""
    path = Path(target)
    if path.is_file():
        return path, fact
    m = _FACT_ID.match(target)
    if m:
        if fact is not None:
            raise ExplainError("give either a file with --fact, or a fact id, not both")
        folder = raw_dir or Path("data/raw")
        cand = folder / f"{m['stem']}.txt"
        if not cand.is_file():
            raise ExplainError(f"{cand}: no such file (fact id {target}; set --raw-dir)")
        return cand, target
    if path.exists():
        raise ExplainError(f"{target}: not a file")
    raise ExplainError(f"{target}: no such file, and not a fact id like NAME#1:245")


def select(facts: pd.DataFrame, fact: str | None) -> pd.Series:
    """Row ``fact`` of ``facts``: an index (0-based, as in the extract output) or a fact id."""
    if fact is None:
        raise ExplainError(f"which fact? give --fact N (0..{len(facts) - 1}) or a fact id")
    if re.fullmatch(r"\d+", fact.strip()):
        n = int(fact)
        if not 0 <= n < len(facts):
            raise ExplainError(f"fact {n} out of range: the file has {len(facts)} facts (0..{len(facts) - 1})")
        return facts.iloc[n]
    hit = facts[facts["fact_id"] == fact.strip()]
    if hit.empty:
        raise ExplainError(f"no fact with id {fact} in this file")
    return hit.iloc[0]


def _s(v: object) -> str:
    return "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)


def marked_sentence(row: pd.Series, text: str | None = None) -> str:
    """The sentence with the quantity in 【】. With the article ``text``, the mark sits at the
    fact's own offsets (a figure written twice in one sentence is marked where it stands);
    without it, at the first occurrence of the raw string."""
    sent, raw = _s(row.get("sentence")), _s(row.get("raw"))
    start, end = int(row["start"]), int(row["end"])
    if text and sent:
        a = text.find(sent, max(0, start - len(sent)))
        while 0 <= a <= start:
            if a + len(sent) >= end:
                i, j = start - a, end - a
                return f"{sent[:i]}【{sent[i:j]}】{sent[j:]}"
            a = text.find(sent, a + 1)
    i = sent.find(raw) if raw else -1
    return sent if i < 0 else f"{sent[:i]}【{raw}】{sent[i + len(raw):]}"


def render(row: pd.Series, index: int | None = None, text: str | None = None) -> str:
    """The explanation of one fact as text (``text``: the article text, to mark the number)."""
    cols = list(row.index)
    reasons = [c for c in cols if c.endswith("_reason")]
    lines = [f"fact {index if index is not None else ''}  {row['fact_id']}".replace("fact   ", "fact "),
             f"  {marked_sentence(row, text)}", ""]
    value = _s(row.get("value")) or "(lost)"
    high = _s(row.get("value_high"))
    lines.append(f"value      {value}{'..' + high if high else ''} {row['unit']} ({row['qualifier']})"
                 f"   raw {row['raw']}")
    shown = set()
    for base in _ORDER:
        if base not in cols:
            continue
        extra = ""
        if base == "indicator":
            extra = f"  {_s(row.get('indicator_zh'))} / {_s(row.get('indicator_en'))}"
        elif base == "region" and _s(row.get("region_level")):
            extra = f"  ({row['region_level']})"
        lines.append(f"{base:<10} {_s(row[base]) or '—'}{extra}")
        if f"{base}_reason" in reasons:
            lines.append(f"  because  {_s(row[f'{base}_reason']) or '—'}")
            shown.add(f"{base}_reason")
    for r in reasons:
        if r not in shown:
            lines.append(f"{r:<10} {_s(row[r]) or '—'}")
    lines.append(f"flags      {_s(row.get('flags')) or '—'}")
    lines.append(f"uncertain  {_s(row.get('uncertain')) or '—'}")
    lines.append(f"source     {_s(row.get('source_file'))} bytes {row['raw_start']}..{row['raw_end']}"
                 f", article {row['article_id']}, {_s(row.get('block'))}")
    return "\n".join(lines) + "\n"


def explain(target: str, fact: str | None = None, raw_dir: Path | None = None,
            include_boilerplate: bool = False) -> str:
    """Extract the facts of a raw file and explain one of them."""
    from .cleaning import article_layout, clean_file
    from .extraction import facts_for_doc, facts_frame

    path, fact = locate(target, fact, raw_dir)
    doc = clean_file(path)
    facts = facts_frame(facts_for_doc(doc, include_boilerplate or bool(fact and "/boilerplate" in fact)))
    if facts.empty:
        raise ExplainError(f"{path}: no facts in this file")
    row = select(facts, fact)
    texts = {doc.article_id(a): article_layout(a)[0].text for a in doc.articles}
    index = int(facts.index[facts["fact_id"] == row["fact_id"]][0])
    return render(row, index, texts.get(row["article_id"]))
