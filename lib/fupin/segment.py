"""Split a clean page into articles and labelled blocks (issue "Cleaning", item 4).

The page is cut into paragraphs (non-blank lines). Each paragraph is labelled from the cues in
``data/boilerplate.yaml`` (copyright, related lists, captions, bylines, datelines) or by its shape
(a short line without final punctuation is a heading). Layout damage is then repaired:

* a body paragraph that stops mid-sentence is glued to the next body paragraph (``干部结对\\n\\n帮扶``);
* a paragraph that starts mid-sentence and sits elsewhere is moved behind the one paragraph that
  stops mid-sentence and fits it (matching open and close quote, or a dictionary word across the
  junction), when that pairing is unique.

Articles are then formed from head groups (title lines, subtitle, byline). A head group whose byline
is followed by another heading instead of text is printed *after* its body; that body is cut from
the preceding article at the point where the vocabulary changes most (lexical cohesion).
Nothing is deleted: every paragraph ends up in a labelled block, and every join or move is
returned as a :class:`Move` for the cleaning log.
"""
from __future__ import annotations

import csv
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

import jieba
import jieba.posseg as pseg
import yaml

from .model import Article, Block
from .paths import data_file
from .quantities import fullwidth_row
from .textmap import MappedText, concat

jieba.setLogLevel(logging.WARNING)

BOILERPLATE_KINDS = frozenset({"copyright", "related_list", "unrelated_list"})
ATTACHED_KINDS = frozenset({"caption", "photo_credit", "author_note", "page_number", "running_header"})
MAX_RUNNING_HEADERS = 2  # lines after a page number that may repeat the document's running header
CLAUSE_MARKS = "，,、；;：:"          # marks inside a sentence; a paragraph opening with one continues


# --------------------------------------------------------------------------- word tagging
# jieba.posseg.cut(text, HMM=False) re-implemented on jieba's own dictionary with the same
# blocks, DAG, route and tie-breaks, so every word and tag is identical; jieba's version builds
# a DAG dict, a route dict of tuples and a pair object per word, which made it the hottest spot
# of segmentation (the cohesion split tags whole article bodies).
_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")   # jieba.posseg.re_han_internal
_SKIP_INTERNAL = re.compile("(\r\n|\\s)")                          # jieba.posseg.re_skip_internal
_NUM = re.compile("[\\.0-9]+")
_ENG = re.compile("[a-zA-Z0-9]+")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, float | None], dict[str, str], float]:
    """jieba's prefix dictionary as word -> log-probability (None for a bare prefix), its tag
    table, and the log-probability of a character the dictionary does not know."""
    tok = pseg.dt.tokenizer
    tok.check_initialized()
    pseg.dt.makesure_userdict_loaded()
    logtotal = math.log(tok.total)
    logp = {w: (math.log(f) - logtotal if f else None) for w, f in tok.FREQ.items()}
    return logp, pseg.dt.word_tag_tab, math.log(1) - logtotal


_ABSENT = object()


def _route_words(blk: str) -> list[str]:
    """The maximum-probability path of jieba (``Tokenizer.get_DAG`` + ``calc``) through ``blk``."""
    logp, _, unknown = _dictionary()
    get = logp.get
    n = len(blk)
    best_p = [0.0] * (n + 1)
    best_x = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        p_k, x_k = 0.0, -1
        i = k
        lp = get(blk[k], _ABSENT)
        while lp is not _ABSENT:
            if lp is not None:
                p = lp + best_p[i + 1]
                if x_k < 0 or p >= p_k:     # max over (p, x): equal p goes to the longer word
                    p_k, x_k = p, i
            i += 1
            if i >= n:
                break
            lp = get(blk[k:i + 1], _ABSENT)
        if x_k < 0:
            # a character unknown to the dictionary (or a bare prefix) is a word of its own
            p_k, x_k = unknown + best_p[k + 1], k
        best_p[k], best_x[k] = p_k, x_k
    out, x = [], 0
    while x < n:
        y = best_x[x] + 1
        out.append(blk[x:y])
        x = y
    return out


try:  # jieba's algorithm compiled (jieba-rs): the same words on the same dictionary, ~4x faster
    from rjieba import cut as _rjieba_cut
except ImportError:  # pragma: no cover - the Python route below gives the same words
    _rjieba_cut = None


def tag_words(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs exactly as ``list(jieba.posseg.cut(text, HMM=False))`` gives them."""
    if _rjieba_cut is not None:
        return _tag_rjieba(text)
    return _tag_python(text)


def _tag_rjieba(text: str) -> list[tuple[str, str]]:
    """``tag_words`` on rjieba's words (``cut(text, hmm=False)``), tagged by jieba's rules from
    jieba's own tag table: rjieba's own tags differ (digits ``m``, some single characters), its
    words do not (checked on every text of data/raw, the corpus and seeds, and windows of them).
    A word outside jieba's Han blocks is ``x``; letters and digits the route leaves one by one are
    joined into one ``eng`` word, as rjieba has already done."""
    tags = _dictionary()[1]
    han = _HAN_FULL
    out: list[tuple[str, str]] = []
    for w in _rjieba_cut(text, False):
        if not han(w):
            out.append((w, "x"))
        elif w.isascii() and w.isalnum() and (len(w) == 1 or w not in tags):
            out.append((w, "eng"))
        else:
            out.append((w, tags.get(w, "x")))
    return out


_HAN_FULL = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+").fullmatch


def _tag_python(text: str) -> list[tuple[str, str]]:
    tags = _dictionary()[1]
    out: list[tuple[str, str]] = []
    for blk in _HAN_INTERNAL.split(text):
        if not blk:
            continue
        if _HAN_INTERNAL.match(blk):
            buf = ""
            for w in _route_words(blk):
                if len(w) == 1 and w in _ALNUM:
                    buf += w
                    continue
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((w, tags.get(w, "x")))
            if buf:
                out.append((buf, "eng"))
        else:
            for x in _SKIP_INTERNAL.split(blk):
                if _SKIP_INTERNAL.match(x):
                    out.append((x, "x"))
                    continue
                for xx in x:
                    if _NUM.match(xx):
                        out.append((xx, "m"))
                    elif _ENG.match(x):
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
    return out


# --------------------------------------------------------------------------- configuration
@dataclass(frozen=True)
class Cues:
    """Compiled cues from boilerplate.yaml and outlets.csv."""

    block_kinds: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    dateline: re.Pattern[str]
    self_outlets: frozenset[str]
    outlets: frozenset[str]
    trailing_credit: re.Pattern[str]
    source: re.Pattern[str]
    full_date: tuple[re.Pattern[str], ...]
    dateline_credit: re.Pattern[str]
    heading_max_chars: int
    heading_max_clauses: int
    heading_bad_end: str
    final_punct: str
    closing_punct: str
    quote_pairs: tuple[str, ...]
    place_line: re.Pattern[str]
    subtitle_prefix: re.Pattern[str]
    no_start_pos: frozenset[str]
    no_end_pos: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read the segmentation cues shipped in lib/fupin/data."""
    with open(data_file("boilerplate.yaml"), encoding="utf-8") as fh:
        y: dict[str, Any] = yaml.safe_load(fh)
    with open(data_file("outlets.csv"), encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        outlets = frozenset(r["name"].strip() for r in rows if r.get("name"))
    suffixes = "|".join(sorted(map(re.escape, y["place_suffixes"]), key=len, reverse=True))
    return Cues(
        block_kinds=tuple((k["kind"], tuple(re.compile(p) for p in k["patterns"]))
                          for k in y["block_kinds"]),
        dateline=re.compile(y["dateline"]),
        self_outlets=frozenset(y["self_outlets"]),
        outlets=outlets,
        trailing_credit=re.compile(y["trailing_credit"]),
        source=re.compile(y["source"]),
        full_date=tuple(re.compile(p) for p in y["full_date"]),
        dateline_credit=re.compile(y["dateline_credit"]),
        heading_max_chars=int(y["heading_max_chars"]),
        heading_max_clauses=int(y["heading_max_clauses"]),
        heading_bad_end=y["heading_bad_end"],
        final_punct=y["final_punct"],
        closing_punct=y["closing_punct"],
        quote_pairs=tuple(y["quote_pairs"]),
        place_line=re.compile(rf"^(?:[\u4e00-\u9fff]{{1,8}}?(?:{suffixes}))+$"),
        subtitle_prefix=re.compile(y["subtitle_prefix"]),
        no_start_pos=frozenset(y["no_start_pos"]),
        no_end_pos=frozenset(y["no_end_pos"]),
    )


# --------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Move:
    """A repair of the page layout, for the cleaning log.

    ``kind`` is "join" (two neighbouring paragraphs made one) or "move" (a paragraph taken from
    elsewhere and appended). Raw spans are byte offsets of the two pieces in the raw file.
    """

    kind: str
    head_raw: tuple[int, int]      # the paragraph that was unfinished
    tail_raw: tuple[int, int]      # the paragraph appended to it
    junction: str                  # a few characters either side of the junction, "…结对|帮扶…"
    reason: str

    def as_log(self) -> dict[str, Any]:
        """One row for the cleaning log (raw span = the paragraph that was appended)."""
        method = "join_paragraphs" if self.kind == "join" else "move_paragraph"
        return {"method": method, "raw_start": self.tail_raw[0], "raw_end": self.tail_raw[1],
                "before": self.junction.replace("|", "¶"), "after": self.junction.replace("|", ""),
                "confidence": 1.0, "flagged": self.kind == "move", "reason": self.reason,
                "target_raw_start": self.head_raw[0], "target_raw_end": self.head_raw[1]}


@dataclass
class Segmentation:
    """Articles of a page plus the layout repairs made on the way."""

    articles: list[Article]
    moves: list[Move] = field(default_factory=list)


@dataclass
class _Unit:
    text: MappedText
    kind: str                      # heading | byline | body | caption | ... (boilerplate.yaml kinds)
    dateline: re.Match[str] | None = None


@dataclass
class _Draft:
    head: list[_Unit] = field(default_factory=list)
    items: list[_Unit] = field(default_factory=list)
    tail_head: list[_Unit] = field(default_factory=list)   # head printed after the body
    closed: bool = False


# --------------------------------------------------------------------------- public API
def segment(page: MappedText) -> list[Article]:
    """Articles of ``page`` (clean Simplified Chinese, ``\\n`` line ends), numbered from 1."""
    return segment_page(page).articles


URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
ARCHIVE_NOTE = re.compile(r"^\[[^\]\n]{1,40}\]\s*")   # "[no title in stored copy] …": a note of the archive
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?/?(0[1-9]|[12]\d|3[01])(?!\d)")
# A month folder of a site's archive (/202312/, /2023-12/): the year and month, not a day.
URL_MONTH = re.compile(r"/((?:19|20)\d{2})[-_]?(0[1-9]|1[0-2])/")
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
LEAD_CHARS = 120


def stored_header(page: MappedText) -> tuple[list[Block], int]:
    """The header of a stored copy of a web page: its address alone on the first line, then the
    page title on the next. Both are page metadata, not article text (the title repeats what the
    article says). Returns their blocks (``source_url``, ``page_title``) and the offset where the
    page's own text starts (0 when the page has no such header)."""
    lines, pos = [], 0
    for line in page.text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.strip():
            a += len(line) - len(line.lstrip())
            b -= len(line) - len(line.rstrip())
            lines.append((a, b))
            if len(lines) == 2:
                break
    if not lines or not URL_LINE.match(page.text[lines[0][0]:lines[0][1]]):
        return [], 0
    blocks = [Block("source_url", page.slice(*lines[0]))]
    end = lines[0][1]
    if len(lines) > 1:
        a, b = lines[1]
        line = page.text[a:b]
        cues = load_cues()
        if (b - a <= 3 * cues.heading_max_chars and not _match_dateline(line, cues)
                and not any(p.search(line) for _, pats in cues.block_kinds for p in pats)):
            blocks.append(Block("page_title", page.slice(a, b)))
            end = b
    return blocks, end


def attach_header(articles: list[Article], header: list[Block]) -> None:
    """Give the page's address and title to its first article; the title (without an archive's
    bracketed note) becomes the article's title when it has none, and a date in the address or
    title is its date when the text states none."""
    if not header or not articles:
        return
    first = articles[0]
    first.blocks[:0] = header
    cues = load_cues()
    for b in header:
        if b.kind == "page_title":
            title = ARCHIVE_NOTE.sub("", b.text.text).strip()
            if title:
                first.title = title   # the page's own title beats a heading guessed from the layout
            first.date = first.date or _iso_date(b.text.text, cues)
    for b in header:
        m = URL_DATE.search(b.text.text) if b.kind == "source_url" else None
        if m and not first.date:
            first.date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    for b in header:
        m = URL_MONTH.search(b.text.text) if b.kind == "source_url" else None
        if m and not first.date:
            first.date = _month_day_in_lead(first, int(m.group(1)), int(m.group(2)))


def _month_day_in_lead(article: Article, year: int, month: int) -> str:
    """A page filed under a month folder (/202312/) whose lead dates itself by month and day only
    (12月6日,记者从…获悉): the year is the folder's when the months agree; otherwise no date."""
    lead = "".join(b.text.text for b in article.blocks if b.kind in ("dateline", "body"))[:LEAD_CHARS]
    m = MONTH_DAY.search(lead)
    if m and int(m.group(1)) == month and 1 <= int(m.group(2)) <= 31:
        return f"{year:04d}-{month:02d}-{int(m.group(2)):02d}"
    return ""


def segment_page(page: MappedText) -> Segmentation:
    """Like :func:`segment`, also returning the joins and moves made to repair the layout."""
    cues = load_cues()
    header, start = stored_header(page)
    body = page.slice(start, len(page)) if start else page
    units = [_classify(p, cues) for p in paragraphs(body)]
    _mark_page_headline(units, cues)
    _mark_running_headers(units)
    _mark_items_of_sentence(units)
    _mark_related_tail(units)
    moves: list[Move] = []
    units = _join_broken(units, cues, moves)
    units = _reattach_displaced(units, cues, moves)
    drafts = _group_articles(units, cues)
    articles = [_build(i + 1, d, cues) for i, d in enumerate(drafts)]
    attach_header(articles, header)
    return Segmentation(articles, moves)


def paragraphs(page: MappedText) -> list[MappedText]:
    """Non-blank lines of ``page``, stripped of surrounding whitespace, with their offsets. A row of a table
    split by tabs keeps the tabs before its first cell (\t合计\t\t29: the 序号 cell is blank, the cells stay in
    their columns): a line with two tabs or more after its leading whitespace is such a row."""
    out: list[MappedText] = []
    pos = 0
    for line in page.text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        lead = a
        while a < b and page.text[a].isspace():
            a += 1
        if a > lead and "\t" in page.text[lead:a] and page.text.count("\t", a, b) >= 2:
            a = page.text.index("\t", lead, a)
        while b > a and page.text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(page.slice(a, b))
    return out


def is_heading(text: str, cues: Cues | None = None) -> bool:
    """A title or section heading: short, no closing punctuation, not opened by a conjunction."""
    cues = cues or load_cues()
    core = _strip_closers(text, cues) or text
    if len(text) > cues.heading_max_chars or core[-1] in cues.heading_bad_end:
        return False
    # A question or exclamation may be a headline ("……怎么做?"), a full sentence may not.
    if core[-1] in cues.final_punct and (core[-1] not in "!?！？" or "。" in text):
        return False
    if sum(text.count(c) for c in CLAUSE_MARKS) > cues.heading_max_clauses:
        return False
    if _quote_imbalance(text, cues) != (set(), set()):
        return False
    first = _first_word(text)
    return first is None or first[1] != "c"


# --------------------------------------------------------------------------- labelling
def _classify(par: MappedText, cues: Cues) -> _Unit:
    text = par.text
    for kind, pats in cues.block_kinds:
        if any(p.search(text) for p in pats):
            return _Unit(par, kind)
    m = _match_dateline(text, cues)
    if m:
        return _Unit(par, "body", m)
    return _Unit(par, "heading" if is_heading(text, cues) else "body")


def _match_dateline(text: str, cues: Cues) -> re.Match[str] | None:
    m = cues.dateline.match(text)
    if not m or not text[m.end():].strip():
        return None
    credit = m.group("credit")
    if credit is not None and not cues.dateline_credit.search(credit):
        return None
    outlet = m.group("outlet")
    known = outlet in cues.outlets or outlet in cues.self_outlets
    # An unknown outlet needs a reporter credit or a space after "讯/电", so that a sentence such
    # as "光伏扶贫电站全面并网发电……" is not read as outlet "…并网" + "发" + "电".
    if known or credit or text[m.end()].isspace():
        return m
    return None


def _mark_page_headline(units: list[_Unit], cues: Cues) -> None:
    """A page opens with its headline: the first text line is a title even when it is long."""
    first = next((u for u in units if u.kind not in BOILERPLATE_KINDS), None)
    if (first is not None and first.kind == "body" and first.dateline is None
            and len(first.text) <= 2 * cues.heading_max_chars
            and first.text.text[-1] not in cues.heading_bad_end
            and not _is_finished(first.text.text, cues)):
        first.kind = "heading"


def _mark_running_headers(units: list[_Unit]) -> None:
    """A PDF conversion prints the page number and the next page's running header inside a paragraph cut by
    the page break (监测对象12 / - 3 - / 花垣县…工作总结 / 86户…). A heading right after a page number that the
    page prints more than once is that header: attached, like a caption, so the cut paragraph is joined again
    (and a number cut by the break read whole). A heading printed once after a page number is a real one."""
    seen = Counter(u.text.text for u in units if u.kind == "heading")
    for i, u in enumerate(units):
        if u.kind != "page_number":
            continue
        for nxt in units[i + 1:i + 1 + MAX_RUNNING_HEADERS]:
            if nxt.kind != "heading" or seen[nxt.text.text] < 2:
                break
            nxt.kind = "running_header"


_LIST_FIGURE = re.compile(r"[0-9][0-9.,]*\s*[万亿]?\s*[\u4e00-\u9fff%]")


def _mark_items_of_sentence(units: list[_Unit]) -> None:
    """A "- item" list that a sentence of the text opens (…实施项目148个，其中： / - 中央资金1.96亿元 / - 省级资金…, as a
    Markdown or Word export writes a list) is body, not a list of headlines: the paragraph before it is body, holds a
    clause mark and ends in a colon, and every item states a figure."""
    for i, u in enumerate(units):
        if u.kind != "body" or not u.text.text.rstrip().endswith(("：", ":")) or not re.search("[，,。；]", u.text.text):
            continue
        j = i + 1
        while j < len(units) and units[j].kind == "unrelated_list" and _LIST_FIGURE.search(units[j].text.text):
            j += 1
        if j > i + 1 and (j == len(units) or units[j].kind != "unrelated_list"):
            for x in units[i + 1:j]:
                x.kind = "body"


def _mark_related_tail(units: list[_Unit]) -> None:
    """After a separator line every headline and teaser belongs to the related list, provided a
    teaser ("…[详细]") or a "- headline" list follows (a bare dash inside a text proves nothing)."""
    for i, u in enumerate(units):
        if u.kind == "related_list" and _is_separator(u.text.text):
            rest = units[i + 1:]
            if any(x.kind in ("related_list", "unrelated_list") for x in rest):
                for x in rest:
                    if x.kind in ("heading", "body") and x.dateline is None:
                        x.kind = "related_list"
                return


def _is_separator(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


# --------------------------------------------------------------------------- layout repair
def _strip_closers(text: str, cues: Cues) -> str:
    return text.rstrip(cues.closing_punct)


_TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）]$")


def _is_finished(text: str, cues: Cues) -> bool:
    """The paragraph ends a sentence (final punctuation, possibly followed by closing quotes).

    A bracketed source note after the last sentence ("……致富。(城关区委宣传部)") is looked through.
    """
    core = _strip_closers(_TRAILING_NOTE.sub("", text) or text, cues)
    return bool(core) and core[-1] in cues.final_punct


def _quote_imbalance(text: str, cues: Cues) -> tuple[set[str], set[str]]:
    """(pairs left open at the end, pairs closed without an opener) of ``text``."""
    opened: set[str] = set()
    stray: set[str] = set()
    marks = _quote_marks(cues.quote_pairs).findall(text)  # the other characters never count
    for pair in cues.quote_pairs:
        o, c = pair[0], pair[1]
        depth = 0
        for ch in marks:
            if ch == o:
                depth += 1
            elif ch == c:
                if depth:
                    depth -= 1
                else:
                    stray.add(pair)
        if depth:
            opened.add(pair)
    return opened, stray


@lru_cache(maxsize=8)
def _quote_marks(pairs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for pair in pairs for c in pair[:2]) + "]")


def _first_word(text: str) -> tuple[str, str] | None:
    for word, flag in tag_words(text[:12]):
        if word.strip():
            return word, flag
    return None


def _last_word(text: str) -> tuple[str, str] | None:
    words = [w for w in tag_words(text[-12:]) if w[0].strip()]
    return words[-1] if words else None


def _straddling_word(left: str, right: str) -> str:
    """A dictionary word that the junction of ``left`` and ``right`` cuts in two ("习近|平"), or ""."""
    a, b = left[-6:], right[:6]
    pos = 0
    for w in jieba.cut(a + b, HMM=False):
        end = pos + len(w)
        if pos < len(a) < end and len(w) >= 2:
            return w
        pos = end
    return ""


def _starts_mid_sentence(text: str, cues: Cues) -> str:
    """Why ``text`` cannot be the start of a sentence, or "" when it can."""
    if text[0] in CLAUSE_MARKS + cues.closing_punct:
        return "starts with continuing punctuation"
    if _quote_imbalance(text, cues)[1]:
        return "closes a quotation it did not open"
    first = _first_word(text)
    if first and first[1] in cues.no_start_pos:
        return f"starts with {first[0]}/{first[1]}"
    return ""


def _junction(a: str, b: str) -> str:
    return f"…{a[-6:]}|{b[:6]}…"


def _join(p: _Unit, q: _Unit) -> _Unit:
    return _Unit(concat([p.text, q.text]), "body", p.dateline)


def _span(u: _Unit) -> tuple[int, int]:
    return u.text.raw_span(0, len(u.text))


def _join_broken(units: list[_Unit], cues: Cues, moves: list[Move]) -> list[_Unit]:
    """Glue an unfinished body paragraph to the next body paragraph (captions in between stay)."""
    out: list[_Unit] = []
    for u in units:
        # The last text paragraph so far; captions printed inside a broken sentence are skipped.
        idx = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind not in ATTACHED_KINDS), -1)
        prev = out[idx] if idx >= 0 else None
        cut = (prev is not None and u.kind in ("body", "heading") and u.dateline is None
               and prev.kind in ("body", "heading") and _number_cut(prev.text.text, u.text.text))
        if cut or (u.kind == "body" and u.dateline is None and prev is not None and not _is_table_row(u.text.text)
                   and not _is_table_row(prev.text.text) and prev.kind in ("body", "heading")
                   and not _is_finished(prev.text.text, cues)
                   and (prev.kind == "body" or _heading_continues(prev.text.text, u.text.text, cues))):
            moves.append(Move("join", _span(prev), _span(u),
                              _junction(prev.text.text, u.text.text),
                              "a number cut by the line break" if cut else
                              _join_reason(prev.text.text, u.text.text, cues)))
            out[idx] = _join(prev, u)
            continue
        out.append(u)
    return out


_TABLE_ROW = re.compile(r"^\s*[|｜]|[|｜\t].*[|｜\t]|[|｜]\s*$|\t|\S\s+[|｜]\s+\S"
                        r"|\S[ \u3000]{2,}\S+(?:[ \u3000]\S+)*[ \u3000]{2,}\S")  # 昭通市   2386   38.62: cells in runs of spaces
# a line that stops inside a number the next line goes on with (…其中脱贫劳动力4.|38万人, 省级补助资金2.8|6亿): a PDF
# page wrapped at a fixed width; not a year (…合计2386|2024年) nor a list number (…|3、) at the start of the next line
_NUMBER_END = re.compile(r"\d\.?$")
_NUMBER_GOES_ON = re.compile(r"\d+(?:\.\d+)?(?![、.．）)\d])(?!年)")


def _number_cut(a: str, b: str) -> bool:
    """Whether a line break falls inside a number: ``a`` ends with a digit (or a digit and its decimal point)
    and ``b``, no table row, starts with the rest of it."""
    return (_NUMBER_END.search(a) is not None and _NUMBER_GOES_ON.match(b) is not None
            and not _is_table_row(a) and not _is_table_row(b))


def _is_table_row(text: str) -> bool:
    """A line of a text-rendered table (| 乡镇 | 行政村(个) |, cells split by | or tabs; 城关镇\t按计划推进
    or 城关镇 | 120 in a table of two columns) continues no sentence and is continued by none: the
    paragraph before it (部分乡镇情况如下:) stays apart, so the table keeps its header row, and so does
    the row before it and the paragraph after it, however unfinished a row looks."""
    return _TABLE_ROW.search(text) is not None or fullwidth_row(text)


def _heading_continues(a: str, b: str, cues: Cues) -> bool:
    """A heading-shaped line is a cut sentence when the words at the break prove it."""
    last = _last_word(a)
    first = _first_word(b)
    return bool(_straddling_word(a, b)
                or b[0] in CLAUSE_MARKS
                or (first is not None and first[1] in cues.no_start_pos)
                or (last is not None and last[1] in cues.no_end_pos))


def _join_reason(a: str, b: str, cues: Cues) -> str:
    parts = ["no sentence-final punctuation"]
    last = _last_word(a)
    if last and last[1] in cues.no_end_pos:
        parts.append(f"ends with {last[0]}/{last[1]}")
    word = _straddling_word(a, b)
    if word:
        parts.append(f"word {word} across the break")
    why = _starts_mid_sentence(b, cues)
    if why:
        parts.append(f"next paragraph {why}")
    return "; ".join(parts)


def _fits(tail: str, head: str, cues: Cues) -> str:
    """Evidence that ``head`` continues ``tail`` although they are not neighbours, or ""."""
    opened, _ = _quote_imbalance(tail, cues)
    _, stray = _quote_imbalance(head, cues)
    if opened or stray:
        common = opened & stray
        return f"quotation {sorted(common)[0]} opened before and closed after" if common else ""
    word = _straddling_word(tail, head)
    return f"word {word} across the break" if word else ""


def _reattach_displaced(units: list[_Unit], cues: Cues, moves: list[Move]) -> list[_Unit]:
    """Move a paragraph that starts mid-sentence behind the unique paragraph it completes."""
    tails = [i for i, u in enumerate(units)
             if u.kind == "body" and not _is_finished(u.text.text, cues) and not _is_table_row(u.text.text)]
    heads = [i for i, u in enumerate(units)
             if u.kind == "body" and u.dateline is None and not _is_table_row(u.text.text)
             and _starts_mid_sentence(u.text.text, cues)]
    fits = {(t, h): _fits(units[t].text.text, units[h].text.text, cues)
            for t in tails for h in heads if t != h}
    pairs = [(t, h) for (t, h), why in fits.items() if why]
    chosen = [(t, h) for t, h in pairs
              if sum(1 for x, _ in pairs if x == t) == 1 and sum(1 for _, y in pairs if y == h) == 1]
    if not chosen:
        return units
    merged = {t: h for t, h in chosen}
    moved = set(merged.values())
    out: list[_Unit] = []
    for i, u in enumerate(units):
        if i in moved:
            continue
        if i in merged:
            h = units[merged[i]]
            moves.append(Move("move", _span(u), _span(h), _junction(u.text.text, h.text.text),
                              fits[(i, merged[i])] + "; " + _starts_mid_sentence(h.text.text, cues)))
            u = _join(u, h)
        out.append(u)
    return out


# --------------------------------------------------------------------------- articles
def _head_groups(units: list[_Unit]) -> list[tuple[int, int]]:
    """Index ranges [a, b) of head groups: heading lines optionally closed by one byline."""
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        if units[i].kind in ("heading", "byline"):
            j = i
            while j < len(units) and units[j].kind == "heading":
                j += 1
            if j < len(units) and units[j].kind == "byline":
                j += 1
            groups.append((i, j))
            i = j
        else:
            i += 1
    return groups


def _next_content(units: list[_Unit], j: int) -> _Unit | None:
    while j < len(units) and (units[j].kind in ATTACHED_KINDS or units[j].kind == "dateline"):
        j += 1
    return units[j] if j < len(units) else None


def _role(group: list[_Unit], nxt: _Unit | None, cur: _Draft | None) -> str:
    """What a head group does: lead (opens an article), trail (closes the text before it),
    section (a heading inside the current article) or byline (the current article's byline)."""
    if not any(g.kind == "heading" for g in group):
        return "byline"              # a byline alone never opens an article
    if nxt is not None and nxt.dateline is not None:
        return "lead"
    if group[-1].kind == "byline":
        # title + byline followed by another heading (or nothing) has no text of its own after it
        return "lead" if nxt is not None and nxt.kind == "body" else "trail"
    return "lead" if cur is None or cur.closed else "section"


def _close_with_trailing_head(drafts: list[_Draft], cur: _Draft | None,
                              group: list[_Unit]) -> _Draft:
    """Attach a head printed after its text; cut that text off the article it was run into."""
    if cur is None or cur.closed:
        cur = _Draft()
        drafts.append(cur)
    if cur.head:
        left, right = _split_by_cohesion(cur.items)
        if right:
            cur.items = left
            cur = _Draft(items=right)
            drafts.append(cur)
    cur.tail_head = list(group)
    cur.closed = True
    return cur


def _group_articles(units: list[_Unit], cues: Cues) -> list[_Draft]:
    drafts: list[_Draft] = []
    orphans: list[_Unit] = []            # boilerplate seen before any article
    cur: _Draft | None = None
    groups = dict(_head_groups(units))
    i = 0
    while i < len(units):
        u = units[i]
        if i in groups:
            group = units[i:groups[i]]
            role = _role(group, _next_content(units, groups[i]), cur)
            if role == "lead":
                cur = _Draft(head=list(group))
                drafts.append(cur)
            elif role == "trail":
                cur = _close_with_trailing_head(drafts, cur, group)
            elif role == "byline" or cur is not None:
                if cur is None or cur.closed:
                    cur = _Draft()
                    drafts.append(cur)
                cur.items.extend(u if u.kind == "byline" else _Unit(u.text, "body") for u in group)
            i = groups[i]
            continue
        if u.kind in BOILERPLATE_KINDS:
            (cur.items if cur is not None else orphans).append(u)
        else:
            if cur is None or cur.closed or (
                    u.dateline is not None and any(x.kind == "body" for x in cur.items)):
                cur = _Draft()
                drafts.append(cur)
            cur.items.append(u)
        i += 1
    drafts = [d for d in drafts if any(x.kind in ("body", "caption") for x in d.items) or d.head
              or d.tail_head]
    if drafts and orphans:
        drafts[0].items[:0] = orphans
    return drafts


NAME_POS = ("ns", "nr", "nt", "nz")     # jieba tags of place, person, organisation, other names


def _topic_words(text: str) -> tuple[Counter[str], Counter[str]]:
    """(proper names, common nouns) of a paragraph: the words that carry its topic."""
    names: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    for word, flag in tag_words(text):
        if len(word) < 2 or word.isascii():
            continue
        if flag.startswith(NAME_POS):
            names[word] += 1
        elif flag.startswith("n"):
            nouns[word] += 1
    return names, nouns


def _log_likelihood(bag: Counter[str], vocab: int) -> float:
    """Log-likelihood of a bag under its own add-one smoothed unigram model."""
    n = sum(bag.values())
    return sum(c * math.log((c + 1) / (n + vocab)) for c in bag.values())


def split_point(texts: list[str]) -> int:
    """Index k (1 <= k < len) that best cuts ``texts`` into two topics.

    Model-based segmentation (Utiyama & Isahara 2001): each side gets its own unigram model and
    the cut with the highest total likelihood wins. Proper names (places, people, organisations)
    decide, because two reports differ above all in where and whom they are about; common nouns
    only break ties. Equal scores go to the later cut.
    """
    bags = [_topic_words(t) for t in texts]
    best_k, best = 1, (-math.inf, -math.inf)
    vocab = [len(set().union(*(b[p] for b in bags))) or 1 for p in (0, 1)]
    left: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    for k in range(1, len(texts)):
        for p in (0, 1):
            _merge(left[p], bags[k - 1][p])   # grows with the cut instead of being re-summed
        score = tuple(
            _log_likelihood(left[p], vocab[p])
            + _log_likelihood(_merged(b[p] for b in bags[k:]), vocab[p])
            for p in (0, 1))
        if score >= best:
            best_k, best = k, score
    return best_k


def _merge(acc: Counter[str], bag: Counter[str]) -> None:
    """Add ``bag`` into ``acc`` in place. Keys keep first-seen order, exactly as ``acc + bag``
    would, so the float sums of :func:`_log_likelihood` run in the same order."""
    get = acc.get
    for word, c in bag.items():
        acc[word] = get(word, 0) + c


def _merged(bags: Iterable[Counter[str]]) -> Counter[str]:
    """``sum(bags, Counter())`` without copying the running total at every step."""
    acc: Counter[str] = Counter()
    for bag in bags:
        _merge(acc, bag)
    return acc


def _split_by_cohesion(items: list[_Unit]) -> tuple[list[_Unit], list[_Unit]]:
    """Cut an article's items where the topic changes; captions stay with their paragraph."""
    idx = [i for i, u in enumerate(items) if u.kind == "body"]
    if len(idx) < 2:
        return items, []
    # A gap right after a section heading cannot end an article: skip those candidates by
    # letting the heading travel with the paragraph it introduces.
    blocks: list[list[int]] = []
    for i in idx:
        if blocks and is_heading(items[blocks[-1][-1]].text.text):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    if len(blocks) < 2:
        return items, []
    texts = ["".join(items[i].text.text for i in b) for b in blocks]
    k = split_point(texts)
    cut = blocks[k][0]
    return items[:cut], items[cut:]


# --------------------------------------------------------------------------- assembly
def _build(index: int, d: _Draft, cues: Cues) -> Article:
    art = Article(index=index, title="")
    blocks: list[Block] = []
    blocks += _head_blocks(d.head, art, cues)
    body = list(d.items)
    last_body = max((i for i, u in enumerate(body) if u.kind == "body"), default=-1)
    for i, u in enumerate(body):
        if u.kind == "body" and u.dateline is not None:
            blocks += _dateline_blocks(u, art, cues)
        elif u.kind == "byline":
            art.byline = art.byline or u.text.text.strip("()（） ")
            blocks.append(Block(u.kind, u.text))
        elif u.kind == "dateline":
            _meta_fields(u.text.text, art, cues)
            blocks.append(Block(u.kind, u.text))
        elif i == last_body:
            blocks += _credit_blocks(u, art, cues)
        else:
            blocks.append(Block(u.kind, u.text))
    blocks += _head_blocks(d.tail_head, art, cues)
    art.blocks = blocks
    return art


def _head_blocks(group: list[_Unit], art: Article, cues: Cues) -> list[Block]:
    out: list[Block] = []
    lines = [u for u in group if u.kind == "heading"]
    for n, u in enumerate(lines):
        t = u.text.text
        if n == 0:
            kind = "title"
        elif cues.subtitle_prefix.match(t):
            kind = "subtitle"
        elif n == 1 and cues.place_line.match(lines[0].text.text):
            kind = "title"       # "拉萨市达孜区" over "特色金融服务助力乡村振兴": one title
        else:
            kind = "subtitle" if not art.subtitle else "title"
        if kind == "title":
            art.title = f"{art.title} {t}".strip()
        elif not art.subtitle:
            art.subtitle = cues.subtitle_prefix.sub("", t).strip()
        out.append(Block(kind, u.text))
    for u in group:
        if u.kind == "byline":
            art.byline = art.byline or u.text.text.strip("()（） ")
            out.append(Block("byline", u.text))
    art.date = art.date or _iso_date(" ".join(u.text.text for u in group), cues)
    return out


def _dateline_blocks(u: _Unit, art: Article, cues: Cues) -> list[Block]:
    m = u.dateline
    assert m is not None
    end = m.end()
    outlet = m.group("outlet")
    if not art.dateline:
        art.dateline = m.group(0).strip()
        art.outlet = "" if outlet in cues.self_outlets else outlet
        credit = m.group("credit")
        if credit and not art.byline:
            art.byline = credit.strip()
        art.date = art.date or _iso_date(m.group(0), cues)
    blocks = [Block("dateline", u.text.slice(0, end))]
    rest = u.text.slice(end, len(u.text))
    lead = len(rest.text) - len(rest.text.lstrip())
    if len(rest) > lead:
        blocks.append(Block("body", rest.slice(lead, len(rest))))
    return blocks


def _meta_fields(text: str, art: Article, cues: Cues) -> None:
    """Fill date, dateline and outlet from a page meta line ("2022-05-10 09:30 来源:西藏日报")."""
    art.date = art.date or _iso_date(text, cues)
    art.dateline = art.dateline or text
    m = cues.source.search(text)
    if m and not art.outlet and m.group("outlet") not in cues.self_outlets:
        art.outlet = m.group("outlet")


def _credit_blocks(u: _Unit, art: Article, cues: Cues) -> list[Block]:
    if u.kind != "body":
        return [Block(u.kind, u.text)]
    m = cues.trailing_credit.search(u.text.text)
    if not m or m.start() == 0:
        return [Block("body", u.text)]
    if not art.byline:
        art.byline = m.group("credit").strip()
    body = u.text.slice(0, m.start())
    return [Block("body", body), Block("byline", u.text.slice(m.start(), len(u.text)))]


def _iso_date(text: str, cues: Cues) -> str:
    for pat in cues.full_date:
        m = pat.search(text)
        if m:
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""
