"""The facts table: every quantity of every article, parsed, attributed and traced to its bytes."""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
import pandera.pandas as pa

from .attribution import MAX_SENTENCE, SENTENCE_REACH, attribute
from .cleaning import CleanDoc, article_layout, clean_file, join_blocks
from .model import FACT_COLUMNS
from .period_fields import FIELDS as PERIOD_FIELDS, period_fields
from .quantities import find_quantities
from .sentences import split_sentences
from .textmap import MappedText

BOILERPLATE_KINDS = ("related_list", "unrelated_list")
HEADER_KINDS = ("page_title",)
"""Blocks that are part of the article text (they set its topic and place) but whose figures restate
the article's: their facts are ``in_body = False`` and only listed with ``--all``."""
DAMAGE_WINDOW = 6
"""Raw bytes around a quantity within which a GBK repair makes it ``damaged_nearby``."""
EXTRA_COLUMNS = ["source_file", "article", "in_body", "block", "noun", "indicator_zh", "uncertain",
                 "indicator_reason", "period_reason", *PERIOD_FIELDS]
UNITS = ["CNY", "percent", "percentage_point", "project", "person", "person_time", "household",
         "village", "enterprise", "document", "item", "mu", "ton", "head"]


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    # spans are sorted and disjoint: only the last one starting at or before pos can hold it
    k = bisect_right(spans, (pos, math.inf)) - 1
    if k >= 0 and spans[k][0] <= pos < spans[k][1]:
        return spans[k]
    return (0, 0)


def _damage_index(damage: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``any(ds - DAMAGE_WINDOW < re_ and rs < de + DAMAGE_WINDOW for ds, de in damage)`` by
    bisection: the spans sorted by start, with the running maximum of their ends (a file with many
    repairs and many figures would otherwise compare every figure with every repair)."""
    spans = sorted(damage)
    starts = [ds for ds, _ in spans]
    reach, top = [], -math.inf
    for _, de in spans:
        top = max(top, de)
        reach.append(top)

    def near(rs: int, re_: int) -> bool:
        k = bisect_left(starts, re_ + DAMAGE_WINDOW)   # the spans with ds - W < re_
        return k > 0 and rs < reach[k - 1] + DAMAGE_WINDOW
    return near


def _raw_spanner(text: MappedText) -> Callable[[int, int], tuple[int, int]]:
    """``text.raw_span`` for many quantities: the offsets become plain lists once, so that each
    span is a min/max over a short list slice instead of a NumPy reduction."""
    starts, ends = text.start.tolist(), text.end.tolist()

    def span(a: int, b: int) -> tuple[int, int]:
        if b <= a:
            return text.raw_span(a, b)
        return min(starts[a:b]), max(ends[a:b])
    return span


def _damage_spans(doc: CleanDoc) -> list[tuple[int, int]]:
    return [(r["raw_start"], r["raw_end"]) for r in doc.log
            if r["step"] == "repair" and r["method"] != "pinyin_gloss"]


def _rows(doc: CleanDoc, text: MappedText, article_id: str, article_no: int, title: str, date: str,
          in_body: bool, damage: list[tuple[int, int]],
          layout: list[tuple[int, int, str]] | None = None) -> list[dict]:
    qs = find_quantities(text.text)
    if not qs:
        return []
    attrs = attribute(text.text, qs, title=title, pub_date=date)
    spans = split_sentences(text.text)
    raw_span = _raw_spanner(text)
    rows = []
    layout = layout or []
    block_starts = [bs for bs, _, _ in layout]  # the blocks follow one another: find one by bisection
    near_damage = _damage_index(damage)
    sentences: dict[tuple[int, int], str] = {}   # one string per sentence, shared by its figures
    for q, a in zip(qs, attrs):
        rs, re_ = raw_span(q.start, q.end)
        s, e = _sentence_of(spans, q.start)
        if e - s > MAX_SENTENCE:   # no prose (see attribution): the stretch the figure was read in
            s, e = max(s, q.start - SENTENCE_REACH), min(e, q.end + SENTENCE_REACH)
        sentence = sentences.get((s, e))
        if sentence is None:
            sentence = sentences[(s, e)] = text.text[s:e].strip()
        flags = list(q.flags)
        k = bisect_right(block_starts, q.start) - 1
        block = layout[k][2] if k >= 0 and q.start < layout[k][1] else ""
        if near_damage(rs, re_):
            flags.append("damaged_nearby")
        rows.append({
            "fact_id": f"{article_id}:{q.start}", "article_id": article_id, "raw": q.raw,
            "value": q.value, "value_high": q.value_high, "unit": q.unit, "qualifier": q.qualifier,
            "indicator": a.indicator, "indicator_en": a.indicator_en, "region": a.region,
            "region_level": a.region_level, "region_code": a.region_code,
            "region_reason": a.region_reason, "period": a.period, "actor": a.actor,
            "sentence": sentence, "start": q.start, "end": q.end,
            "raw_start": rs, "raw_end": re_, "flags": ";".join(sorted(set(flags))),
            "source_file": doc.source_file, "article": article_no, "in_body": in_body,
            "noun": q.noun, "indicator_zh": a.indicator_zh, "uncertain": ";".join(a.uncertain),
            "block": block or ("body" if in_body else "related_list"),
            "indicator_reason": a.indicator_reason, "period_reason": a.period_reason,
            **period_fields(a.period, date),
        })
    return rows


def facts_for_doc(doc: CleanDoc, include_boilerplate: bool = False) -> list[dict]:
    damage = _damage_spans(doc)
    rows: list[dict] = []
    for art in doc.articles:
        aid = doc.article_id(art)
        text, layout = article_layout(art)
        own = _rows(doc, text, aid, art.index, art.title, art.date, True, damage, layout)
        for r in own:
            if r["block"] in HEADER_KINDS:
                r["in_body"] = False
        rows += own if include_boilerplate else [r for r in own if r["in_body"]]
        if include_boilerplate:
            extra = [b for b in art.blocks if b.kind in BOILERPLATE_KINDS]
            if extra:
                text, spans = join_blocks(extra)
                rows += _rows(doc, text, f"{aid}/boilerplate", art.index, art.title, art.date, False,
                              damage, spans)
    return rows


def facts_frame(rows: list[dict], validate: bool = True) -> pd.DataFrame:
    """The facts table of ``rows`` with its column types; checked against :data:`FACTS_SCHEMA` unless
    ``validate`` is False (``pipeline.build`` checks many files' facts at once: pandera's cost is
    mostly per call, not per row)."""
    df = pd.DataFrame(rows, columns=FACT_COLUMNS + EXTRA_COLUMNS)
    for col in ("value", "value_high"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
    for col in ("start", "end", "raw_start", "raw_end", "article"):
        df[col] = df[col].astype("int64")
    df["in_body"] = df["in_body"].astype(bool)
    return FACTS_SCHEMA.validate(df) if validate else df


def extract_file(path: Path, include_boilerplate: bool = False, name: str | None = None) -> pd.DataFrame:
    """The facts of one raw file (``name``: its name in the tables, see ``reading.source_names``)."""
    return facts_frame(facts_for_doc(clean_file(path, name), include_boilerplate))


def extract_docs(docs: Iterable[CleanDoc], include_boilerplate: bool = True) -> pd.DataFrame:
    rows: list[dict] = []
    for doc in docs:
        rows += facts_for_doc(doc, include_boilerplate)
    return facts_frame(rows)


_is_text = pa.Check(lambda s: pd.api.types.infer_dtype(s, skipna=False) in ("string", "empty"),
                    error="values must be text")


def _text(*checks: pa.Check, **kw) -> pa.Column:
    """A text column. Declared as object with one vectorised type check rather than pandera's ``str``,
    whose element-wise dtype check formats a failure report even when every value passes (most of the
    time of a validation, which the pipeline pays once per batch of files)."""
    return pa.Column(object, [_is_text, *checks], **kw)


_unit_ok = pa.Check(lambda s: s.isin(UNITS) | s.str.startswith("other:"), element_wise=False,
                    error="unit outside the vocabulary")
FACTS_SCHEMA = pa.DataFrameSchema(
    {
        "fact_id": _text(unique=True),
        "article_id": _text(),
        "raw": _text(pa.Check.str_length(min_value=1)),
        "value": pa.Column(float, nullable=True),
        "value_high": pa.Column(float, nullable=True),
        "unit": _text(_unit_ok),
        "qualifier": _text(pa.Check.isin(["exact", "approx", "lower_bound", "upper_bound", "range"])),
        "indicator": _text(pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")),
        "indicator_en": _text(),
        "region": _text(),
        "region_level": _text(),
        "region_code": _text(pa.Check.str_matches(r"^(?:\d{6}(?:;\d{6})*)?$")),
        "region_reason": _text(),
        "period": _text(),
        "actor": _text(),
        "sentence": _text(),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int),
        "raw_start": pa.Column(int, pa.Check.ge(0)),
        "raw_end": pa.Column(int),
        "flags": _text(),
        "source_file": _text(),
        "article": pa.Column(int, pa.Check.ge(1)),
        "in_body": pa.Column(bool),
        "block": _text(pa.Check.isin(["title", "subtitle", "body", "related_list", "unrelated_list",
                                        "page_title"])),
        "noun": _text(),
        "indicator_zh": _text(),
        "uncertain": _text(),
        "indicator_reason": _text(pa.Check.str_length(min_value=1)),
        "period_reason": _text(pa.Check.str_length(min_value=1)),
        "period_kind": _text(pa.Check.isin(["year", "plan", "span", "year_to_date", "cumulative",
                                              "as_of", "annual", "unstated", "other"])),
        "period_start": _text(pa.Check.str_matches(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")),
        "period_end": _text(pa.Check.str_matches(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")),
    },
    checks=[
        pa.Check(lambda d: (d["end"] > d["start"]).all(), error="end must follow start"),
        pa.Check(lambda d: (d["raw_end"] >= d["raw_start"]).all(), error="raw_end before raw_start"),
        pa.Check(lambda d: (d["value"].notna() | d["flags"].str.contains("digit_lost|number_implausible|number_unclear")).all(),
                 error="a fact without a value must be flagged digit_lost, number_implausible or number_unclear"),
        pa.Check(lambda d: (d["value"].isna() | (d["value"] >= 0) | d["flags"].str.contains("signed")).all(),
                 error="a negative value must be flagged signed (a minus printed before it: 增长-1.5%)"),
        pa.Check(lambda d: ((d["qualifier"] != "range") | d["value_high"].notna()).all(),
                 error="a range needs value_high"),
    ],
    strict=True, ordered=True,
)

COLUMN_DOCS = {
    "fact_id": "Stable id: article_id:character offset of the quantity in the article text",
    "article_id": "Source file stem # article number within the file (boilerplate rows: /boilerplate)",
    "raw": "The quantity as written in the clean Simplified text (qualifier, number, unit)",
    "value": "Value in base units: yuan, percent (34.93), counts, mu, tons; empty if a digit was lost",
    "value_high": "High end of a range (5000-10000 -> 10000), else empty",
    "unit": "CNY, percent, percentage_point, project, person, person_time, household, village, "
            "enterprise, document, item, mu, ton, head, or other:<noun>",
    "qualifier": "exact, approx (约/左右), lower_bound (余/多/超/以上), upper_bound (近/不到), range",
    "indicator": "What the number measures (snake_case code, see the indicators resource)",
    "indicator_en": "English name of the indicator",
    "region": "Place the number is about (Simplified name from the gazetteer; two places joined by ;)",
    "region_level": "Administrative level of the region (country, province, area, prefecture, county, village)",
    "region_code": "6-digit administrative division code of the region (GB/T 2260, from cpca 0.5.5); "
                   "empty for places without one (regional names, 兵团 divisions, ambiguous names)",
    "region_reason": "Why this region: clause head X, parenthesised list item, 全县 → article subject X, "
                     "article subject X, national reference figure, per-unit figure, ...",
    "period": "Time the number refers to (2019, 2020 (plan), 2022-01..2022-04, cumulative, pub, ...)",
    "actor": "Donor or agency that gives or does it, when the text names one",
    "sentence": "The sentence the number stands in",
    "start": "Character offset of raw in the article text (title, subtitle, body joined by newlines)",
    "end": "End character offset (exclusive) in the article text",
    "raw_start": "Byte offset of the quantity in the raw file",
    "raw_end": "End byte offset (exclusive) in the raw file",
    "flags": "Warnings: damaged_nearby (a repaired scraper-damage run touches it), digit_lost, number_implausible (a digit run or garbled numeral beyond any real figure: no value), number_unclear (the number may go on into the next word, 六成五保户: no value), ...",
    "source_file": "Raw file name (with the end of its folder path when a batch holds several files of that name)",
    "article": "Article number within the file (1-based)",
    "in_body": "True for the article (incl. its headlines); False for related-headline lists",
    "block": "Where in the article the number stands: title, subtitle, body (or the boilerplate kind)",
    "noun": "Measure word or counted noun as written",
    "indicator_zh": "Chinese name of the indicator",
    "uncertain": "Why the attribution is uncertain (indicator_default, indicator_phrase, region_from_topic, ...)",
    "indicator_reason": "Why this indicator: the rule and the words it matched (rule funds_spent on 拨付), "
                        "or the head phrase naming the number when no rule applies (head phrase 核拨资金, "
                        "counted noun 贫困村, share of 贫困人口), or the unit fallback",
    "period_reason": "Why this period: the time cue as written (截至2023年底, 2015年至2019年), a relative "
                     "year resolved (今年 → 2023), or the default taken (pub year 2023, no time cue)",
    "period_kind": "The period as a type: year, plan, span, year_to_date, cumulative, as_of (the "
                   "publication date), annual, unstated, other (fupin.period_fields)",
    "period_start": "Start of the period (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text); empty if open",
    "period_end": "End of the period (YYYY, YYYY-MM or YYYY-MM-DD); as_of and running totals end at the "
                  "publication date when the article states one",
}


def write_datapackage(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """Kept for callers of the first version: see :func:`fupin.datapackage.write_datapackage`."""
    from .datapackage import write_datapackage as write

    return write(folder, tables)
