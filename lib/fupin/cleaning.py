"""From raw bytes to clean Simplified articles: read → repair → convert → segment, all logged."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from .convert import convert_mapped, original_script
from .model import Article, Block
from .reading import RawDoc, UnreadableFile, display_name, name_stem, read_raw, source_names
from .ocr_digits import ocr_digit_edits, ocr_multiplier_edits
from .repair import find_repairs
from .segment import segment_page
from .sentences import split_sentences
from .textmap import Edit, MappedText, concat

CONTENT_KINDS = ("page_title", "title", "subtitle", "body")
"""Blocks that make up an article's text for extraction (headlines count, see gold rule R4; the page
title of a stored copy is part of the text, but its figures are not body facts: see extraction)."""
FLAG_CHAR = "\ufffd"


@dataclass
class CleanDoc:
    raw: RawDoc
    original_script: str
    page: MappedText
    articles: list[Article]
    log: list[dict] = field(default_factory=list)
    name: str = ""
    """The file's name in the tables (see ``reading.source_names``); empty: its file name."""

    @property
    def source_file(self) -> str:
        return self.name or display_name(self.raw.path.name)

    def article_id(self, article: Article) -> str:
        return f"{name_stem(self.source_file)}#{article.index}"


def _log_rows(step: str, mt: MappedText, edits: Iterable[Edit], source: str) -> list[dict]:
    rows = []
    starts: list[int] | None = None
    ends: list[int] = []
    text = mt.text
    n = len(text)
    append = rows.append
    for e in edits:
        es, ee = e.start, e.end
        s, t = (es, ee) if ee > es else (es, es + 1)
        if 0 <= s < n:
            if starts is None:  # plain lists: one conversion, then cheap min/max per edit
                starts, ends = mt.start.tolist(), mt.end.tolist()
            if t == s + 1:      # most edits (OpenCC runs) are one character long
                a, b = starts[s], ends[s]
            else:
                a, b = min(starts[s:t]), max(ends[s:t])   # == mt.raw_span(s, t)
        else:
            a, b = mt.raw_span(s, t)
        append({"source_file": source, "step": step, "method": e.method, "raw_start": a,
                "raw_end": b, "before": text[es:ee], "after": e.after,
                "confidence": float(e.confidence), "flagged": bool(e.flagged)})
    return rows


def clean_file(path: Path, name: str | None = None) -> CleanDoc:
    """Clean one raw file. Raises UnreadableFile (one-line reason) if it holds no article. ``name`` is
    the file's name in the tables when a batch holds several files of one name (``source_names``)."""
    raw = read_raw(Path(path))
    source = name or display_name(raw.path.name)
    log = _log_rows("repair", raw.misread, raw.misread_edits, source) if raw.misread is not None else []
    log += _log_rows("normalise", raw.decoded, raw.edits, source)
    text = raw.text
    repairs = find_repairs(text.text)
    taken = [(e.start, e.end) for e in repairs]
    repairs = sorted(repairs + [e for e in ocr_digit_edits(text.text) + ocr_multiplier_edits(text.text)
                                if not any(a <= e.start < b for a, b in taken)], key=lambda e: (e.start, e.end))
    log += _log_rows("repair", text, repairs, source)
    text = text.apply(repairs) if repairs else text
    script = original_script(text.text)
    if script == "traditional":
        converted, conv_edits = convert_mapped(text)
        log += _log_rows("convert", text, conv_edits, source)
        text = converted
    seg = segment_page(text)
    articles = seg.articles
    for move in seg.moves:
        entry = move.as_log()
        log.append({"source_file": source, "step": "segment", "method": entry["method"],
                    "raw_start": int(entry["raw_start"]), "raw_end": int(entry["raw_end"]),
                    "before": entry["before"], "after": entry["after"],
                    "confidence": float(entry["confidence"]), "flagged": bool(entry["flagged"])})
    if not articles:
        raise UnreadableFile("no article text (nothing but boilerplate)")
    return CleanDoc(raw, script, text, articles, log, name or "")


def article_layout(article: Article) -> tuple[MappedText, list[tuple[int, int, str]]]:
    """Title, subtitle and body of an article, one block per line, headlines first; with the
    (start, end, kind) span of each block in that text."""
    order = {k: i for i, k in enumerate(CONTENT_KINDS)}
    blocks = sorted((b for b in article.blocks if b.kind in order),
                    key=lambda b: order[b.kind] if b.kind != "body" else len(order))
    return join_blocks(blocks)


def join_blocks(blocks: list[Block]) -> tuple[MappedText, list[tuple[int, int, str]]]:
    """Blocks joined by newlines, with the (start, end, kind) span of each in the joined text."""
    spans, pos = [], 0
    for b in blocks:
        spans.append((pos, pos + len(b.text), b.kind))
        pos += len(b.text) + 1
    return concat([b.text for b in blocks], sep="\n"), spans


def article_text(article: Article) -> MappedText:
    """Title, subtitle and body of an article, one block per line, headlines first."""
    return article_layout(article)[0]


def clean_corpus(paths: Iterable[Path]) -> tuple[list[CleanDoc], list[dict]]:
    """Clean many files; a file that cannot be read is skipped and reported, the rest go on."""
    docs, skipped = [], []
    files = sorted(Path(x) for x in paths)
    for p, name in zip(files, source_names(files)):
        try:
            docs.append(clean_file(p, name))
        except UnreadableFile as exc:
            skipped.append({"source_file": name, "reason": str(exc)})
    return docs, skipped


class NoArticles(ValueError):
    """A batch in which no file could be read as an article."""


def require_articles(docs: list[CleanDoc], skipped: list[dict], where: Path | str) -> None:
    """Stop a batch that has nothing to work on, with one line saying why (not a pandas KeyError)."""
    if docs:
        return
    if not skipped:
        raise NoArticles(f"no .txt files in {where}")
    reasons = "; ".join(f"{s['source_file']}: {s['reason']}" for s in skipped[:3])
    more = f" (and {len(skipped) - 3} more)" if len(skipped) > 3 else ""
    raise NoArticles(f"no readable .txt files in {where}: {reasons}{more}")


def render_clean(doc: CleanDoc, include_boilerplate: bool = False) -> str:
    """Text for ``fupin clean``: each article under a header line, title and body."""
    out = []
    for art in doc.articles:
        out.append(f"===== {doc.article_id(art)} | {art.title}")
        for b in art.blocks:
            if b.kind in CONTENT_KINDS or include_boilerplate:
                tag = "" if b.kind == "body" else f"[{b.kind}] "
                out.append(f"{tag}{b.text.text}")
        out.append("")
    return "\n".join(out)


def tables(docs: list[CleanDoc], skipped: list[dict] | None = None) -> dict[str, pd.DataFrame]:
    """The four cleaning tables: articles, blocks, sentences, cleaning_log (plus skipped files)."""
    arts, blocks, sents, logs = [], [], [], []
    for doc in docs:
        repairs = [r for r in doc.log if r["step"] == "repair"]
        for art in doc.articles:
            aid = doc.article_id(art)
            spans = [b.text.raw_span(0, len(b.text)) for b in art.blocks if len(b.text)]
            lo = min((s for s, _ in spans), default=0)
            hi = max((e for _, e in spans), default=0)
            body = "\n".join(b.text.text for b in art.body_blocks)
            arts.append({"article_id": aid, "source_file": doc.source_file, "article": art.index,
                         "md5": doc.raw.md5, "encoding": doc.raw.encoding,
                         "original_script": doc.original_script, "title": art.title,
                         "subtitle": art.subtitle, "byline": art.byline, "outlet": art.outlet,
                         "dateline": art.dateline, "date": art.date, "n_chars": len(body),
                         "n_repairs": sum(1 for r in repairs if lo <= r["raw_start"] < hi),
                         "n_flags": sum(b.text.text.count(FLAG_CHAR) for b in art.blocks)})
            for i, b in enumerate(art.blocks, 1):
                a, e = b.text.raw_span(0, len(b.text))
                blocks.append({"article_id": aid, "block": i, "kind": b.kind, "text": b.text.text,
                               "raw_start": a, "raw_end": e})
            text = article_text(art)
            for j, (s, e) in enumerate(split_sentences(text.text), 1):
                ra, re_ = text.raw_span(s, e)
                sents.append({"article_id": aid, "sentence": j, "text": text.text[s:e], "start": s,
                              "end": e, "raw_start": ra, "raw_end": re_})
        logs.extend(doc.log)
    log_cols = ["source_file", "step", "method", "raw_start", "raw_end", "before", "after",
                "confidence", "flagged"]
    return {
        "articles": pd.DataFrame(arts),
        "blocks": pd.DataFrame(blocks),
        "sentences": pd.DataFrame(sents),
        "cleaning_log": pd.DataFrame(logs, columns=log_cols),
        "skipped": pd.DataFrame(skipped or [], columns=["source_file", "reason"]),
    }
