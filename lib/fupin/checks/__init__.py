"""Reconciliation checks found from the structure of the text: totals and their parts, nesting,
repeated figures, implied values, rates recomputed from their components.

Works on the facts table alone (plus, optionally, the sentences table for items named in sentences
without facts). A total is recognised by where it stands (before 其中/包括/分别/…中, before
complementary parts such as 已…/未…, after parallel parts it adds up, first in a project pipeline) and
by units, never by the sentence it comes from. Cue words live in ``data/checks.yaml``.

One module per check family, named for the ``check`` value it emits; all work on one placement of the
facts in their sentences (``fupin.scopes.annotate``), computed once per facts table:

=====================  =====================================================================
check                  module
=====================  =====================================================================
subtotal_lines         ``subtotal_lines`` (list lines closed by 小计, sections by 以上合计)
breakdown              ``breakdown`` (total before 其中/包括/分别 parts)
category_count         ``category_count`` (10类80个 then the typed items)
complementary_split    ``complementary_split`` (已… / 未… parts)
total_after_parts      ``total_after_parts`` (parallel parts, then their total)
pipeline               ``pipeline`` (planned >= started >= completed)
repeated_figure        ``repeated_figure`` (one figure stated twice)
subset_of_total        ``subset_of_total`` (specific figures within a year's package)
implied_target         ``implied_target`` (a count and its share of the target)
per_unit               ``per_unit`` (amount / heads vs per-head figure; else implied_total)
unit_price             ``unit_price`` (price x quantity vs amount; else implied_total)
multiple               ``multiple`` (是…的15倍, 增长到2.4倍, 翻两番 against the two levels)
enumeration_count      ``enumeration_count`` (a count and the names it counts)
admin_count            ``admin_count`` (全市5县3区 against the gazetteer)
beneficiaries          ``beneficiaries`` (figures within those benefiting)
zero_agreement         ``zero_agreement`` (zeros that state one result)
plan_remainder         ``plan_remainder`` (what a multi-year target leaves)
list_sum               ``list_sum`` (a run of figures adding up to a total; agreements only)
difference             ``difference`` (a change beside its from/to levels)
remainder              ``remainder`` (a 未… figure = total − its 已… part; agreements only)
common_reference       ``common_reference`` (gaps against one unprinted reference)
weighted_rate          ``weighted_rate`` (per-region rates against their aggregate)
rate:<name>            ``rate`` (stated rates of ``fupin.stated_rates``)
shares_of_whole        ``shares_of_whole`` (shares adding up to 100 %: parts = whole)
income_sources         ``income_sources`` (the four per-head income sources = the per-head income)
=====================  =====================================================================

Shared pieces (the row, sums of intervals, the statement a figure opens) are in ``common``.
"""
from __future__ import annotations

import pandas as pd

from ..rates import compute_rates
from ..scopes import annotate, by_article
from .admin_count import _admin_counts
from .beneficiaries import _beneficiaries
from .breakdown import _breakdowns
from .common import CHECK_COLUMNS, _check
from .common_reference import common_references
from .complementary_split import _splits
from .difference import differences
from .enumeration_count import _article_sentences, _enumerations, _forward_enumerations, level_run, listed_items
from .implied_target import _targets
from .income_sources import income_sources
from .list_sum import list_sums
from .multiple import _multiples
from .per_unit import _per_unit, measure_nearby
from .pipeline import _pipelines
from .plan_remainder import _plan_remainders
from .remainder import balances, remainders, rests_after_parts, rests_after_rates
from .rate import _rate_checks
from .repeated_figure import _repeated
from .shares_of_whole import _shares_of_whole
from .subset_of_total import _subsets
from .subtotal_lines import subtotal_lines
from .table_rate import table_rates
from .total_after_parts import _trailing_totals
from .unit_price import _unit_prices
from .weighted_rate import weighted_rates
from .zero_agreement import _zeros

__all__ = ["CHECK_COLUMNS", "find_checks", "listed_items", "level_run"]


def _list_sums(recs: list[dict], taken: set[tuple[str, str]]) -> list[dict]:
    """Totals a run of listed figures adds up to (``fupin.checks.list_sum``): agreements only. ``taken``:
    (total, parts) pairs another check already holds."""
    return [_check("list_sum", "sum", s["total"], s["parts"], s["text"], sum(p["value"] for p in s["parts"]),
                   s["total"]["value"], "match", [s["total"]] + s["parts"]) for s in list_sums(recs, taken)]


def _differences(recs: list[dict]) -> list[dict]:
    """A change stated beside the two levels it separates (``fupin.checks.difference``)."""
    return [_check("difference", "difference", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in differences(recs)]


def _remainders(recs: list[dict]) -> list[dict]:
    """A 未… figure against its total less the 已… part (``fupin.checks.remainder``)."""
    return [_check("remainder", "difference", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in remainders(recs) + balances(recs) + rests_after_parts(recs)]


def _rests_after_rates(rates: pd.DataFrame, f: pd.DataFrame, taken: set[str]) -> list[dict]:
    """What a whole leaves after a part stated with its rate (``fupin.checks.remainder``): agreements only."""
    art_recs = {recs[0]["article_id"]: recs for _, recs in by_article(f) if recs}
    return [_check("remainder", "difference", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in rests_after_rates(rates, art_recs, taken)]


def _common_references(recs: list[dict]) -> list[dict]:
    """Gaps against one unprinted reference that must imply the same reference (``fupin.checks.common_reference``)."""
    return [_check("common_reference", "difference", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in common_references(recs)]


def _weighted_rates(recs: list[dict]) -> list[dict]:
    """Per-region rates against their aggregate through their bases (``fupin.checks.weighted_rate``)."""
    return [_check("weighted_rate", "equality", d["total"], d["parts"], d["text"], d["sum"], d["total"]["value"],
                   d["status"], d["parts"] + [d["total"]]) for d in weighted_rates(recs)]


def find_checks(facts: pd.DataFrame, rates: pd.DataFrame | None = None,
                sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """All consistency checks the structure of each article allows (columns ``CHECK_COLUMNS``).

    ``rates`` defaults to ``compute_rates(facts)``; its reconciled rates become equality checks.
    ``sentences`` (columns article_id, start, text: the sentences table) lets a count be checked
    against items named in following sentences that hold no facts (`五个工程` then “闭环工程”…)."""
    f = annotate(facts)
    rows: list[dict] = []
    by_id: dict[str, dict] = {}
    for _, recs in by_article(f):
        by_id.update({r["fact_id"]: r for r in recs})
        used: set[str] = set()
        sums: dict[str, list[str]] = {}
        sents = _article_sentences(recs, sentences)
        rows += subtotal_lines(recs, used, sums)
        rows += _breakdowns(recs, used, sums)
        rows += _splits(recs, used, sums)
        rows += _trailing_totals(recs, used, sums)
        rows += _pipelines(recs, set(), sums)
        rows += _repeated(recs, used, sums)
        rows += _subsets(recs, used, sents)
        rows += _targets(recs)
        rows += _per_unit(recs)
        rows += _unit_prices(recs)
        rows += measure_nearby(recs, {r["total_fact_id"] for r in rows if r["check"] == "per_unit"})
        rows += _multiples(recs)
        rows += _enumerations(recs)
        rows += _forward_enumerations(recs, sents)
        rows += table_rates(recs, sents)
        rows += _admin_counts(recs)
        rows += _beneficiaries(recs)
        rows += _zeros(recs)
        rows += _plan_remainders(recs)
        rows += _list_sums(recs, {(r["total_fact_id"], r["part_fact_ids"]) for r in rows})
        rows += _differences(recs)
        rows += _remainders(recs)
        rows += _common_references(recs)
        rows += _weighted_rates(recs)
        rows += income_sources(recs)
    rates = compute_rates(facts) if rates is None else rates
    rows += _rests_after_rates(rates, f, {r["total_fact_id"] for r in rows if r["check"] == "remainder"})
    rows += _rate_checks(rates, by_id)
    rows += _shares_of_whole(rates, by_id)
    out = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    for col in ("sum", "total", "difference"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    return out.sort_values(["article_id", "check", "total_fact_id", "part_fact_ids"], kind="stable").reset_index(drop=True)
