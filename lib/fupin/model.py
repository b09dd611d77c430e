"""Plain records passed between the cleaning, extraction and analysis steps."""
from __future__ import annotations

from dataclasses import dataclass, field

from .textmap import MappedText


@dataclass
class Quantity:
    """One quantity found in a text; offsets are character offsets in that text."""

    start: int
    end: int
    raw: str
    value: float | None          # base units: yuan, percent points of 100, counts, mu, tons
    unit: str                    # gold vocabulary: CNY, percent, person, ..., other:<noun>
    qualifier: str = "exact"     # exact | approx | lower_bound | upper_bound | range
    value_high: float | None = None
    noun: str = ""               # counted noun or measure word as written (个 -> the head noun after it)
    flags: list[str] = field(default_factory=list)


@dataclass
class Block:
    """A labelled stretch of an article or page."""

    kind: str                    # title | subtitle | byline | dateline | body | caption | photo_credit |
    #                              copyright | related_list | unrelated_list | teaser | author_note |
    #                              page_number | running_header (a PDF conversion's page furniture)
    text: MappedText


@dataclass
class Article:
    """One article of a page, in clean Simplified Chinese."""

    index: int                   # 1-based within the source file
    title: str
    subtitle: str = ""
    byline: str = ""
    outlet: str = ""
    dateline: str = ""
    date: str = ""               # ISO date if the text states one, else ""
    blocks: list[Block] = field(default_factory=list)

    @property
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "body"]


# Columns of the facts table, in order (issue 4, item 5).
FACT_COLUMNS = [
    "fact_id", "article_id", "raw", "value", "value_high", "unit", "qualifier", "indicator",
    "indicator_en", "region", "region_level", "region_code", "region_reason", "period", "actor", "sentence", "start", "end",
    "raw_start", "raw_end", "flags",
]
