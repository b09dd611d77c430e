"""Damage that text exports and scrapers leave in a page, undone by character edits before anything is read
(issue 12; called from :func:`fupin.reading.normalise_edits`, logged as ``normalise`` steps with their method):

* ``json_escape``: a JSON API body pasted as text keeps its escapes (1.52\\u4e07\\u4eba = 1.52万人);
* ``fullwidth_thousands``: a WPS/Word page typed with a full-width IME writes the thousands separator of a
  full-width figure as a full-width comma (１，８６５．４万元): it is the ASCII comma of 1,865.4万元;
* ``hard_wrap``: a TXT export cut every line at a fixed width (…扶贫资金5.84 / 亿元，…): the break is no
  paragraph end and is dropped, so a figure cut by it is read whole; ``hard_wrap_hyphen``: a converter that
  hyphenates adds a hyphen beyond the width where the cut falls inside a figure (…达到7- / 8.3%), or after a
  decimal point (资金3.- / 46亿元): the hyphen goes with the break (a range's own dash ends a line of the width and
  stays: 3- / 5个);
* ``letter_spacing``: a PDF set with letter spacing extracts every character followed by a space
  (1 2 . 5 亿 元): the single spaces of such a line are dropped, a wider gap (a space of the text) kept as one;
* ``word_numbering``: an automatic number pasted from Word loses the tab after it (2.186个项目 is item 2 and 186个):
  in a run of lines numbered 1., 2., 3. … a number glued to the figure that opens its item gets its tab back;
* ``cell_lines``: an HTML table whose tags a scraper stripped leaves one cell a line: header cells with units in
  brackets, then rows of as many lines; each row is put back on one line with tabs between its cells;
* ``radical_variant``: Kangxi radicals and compatibility ideographs of a PDF text layer (资⾦, ⼀百⼆⼗六个);
* ``fake_bold``: the doubled characters of a PDF's fake bold (全全县县…22..3366亿亿元元);
* ``markdown_emphasis``: the ** of a Markdown export around figures (**2.36亿元**).

Each edit keeps every printed digit and adds none."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .numerals import parse_number
from .quantities import not_quantity_lists
from .textmap import Edit

_JSON_ESCAPE = re.compile(r"\\{1,2}u([0-9a-fA-F]{4})(?:\\{1,2}u(d[c-f][0-9a-fA-F]{2}))?")
"""A JSON \\u escape (escaped twice by a JSON inside JSON: \\\\u4e07), with the low half of a surrogate pair."""


def json_escape_edits(text: str) -> list[Edit]:
    """The \\uXXXX escapes of a JSON body left in the text, as the characters they stand for. Only characters
    outside ASCII are read: JSON escapes those, and an escaped ASCII letter (\\u0041) is code printed on purpose."""
    if "\\u" not in text:
        return []
    edits = []
    for m in _JSON_ESCAPE.finditer(text):
        high, low = int(m.group(1), 16), m.group(2)
        if 0xD800 <= high < 0xDC00 and low:
            ch = chr(0x10000 + ((high - 0xD800) << 10) + (int(low, 16) - 0xDC00))
        elif 0xD800 <= high < 0xE000:
            continue  # half a surrogate pair: no character
        else:
            if low:
                continue  # a low surrogate after a character that is no high one: leave both
            ch = chr(high)
        if ord(ch) >= 0x80 and ch.isprintable():
            edits.append(Edit(m.start(), m.end(), ch, "json_escape"))
    return edits


_FW = "[０-９]"
_FULLWIDTH_GROUPED = re.compile(rf"(?<![０-９0-9.．]){_FW}{{1,3}}(?:，{_FW}{{3}})+(?![０-９0-9])(?!，{_FW})")
"""A full-width figure in thousands groups: one to three digits, then groups of exactly three after full-width
commas, neither digits nor a further ，digit around it."""


def _rate_words() -> list[str]:
    """The rate words a bare number may follow (``bare_rate_words`` of not_quantities.yaml, read once by
    :func:`fupin.quantities.not_quantity_lists`)."""
    return not_quantity_lists()["bare_rate_words"]


def fullwidth_thousands_edits(text: str) -> list[Edit]:
    """The full-width commas of a full-width figure in thousands groups (１９，８６４户, １，８６５．４万元) as ASCII
    commas. Not after a rate word (支出进度达到９５，１２０个项目…: a rate printed without its % may end the clause),
    and never between ASCII digits (1，365人 stays as printed: a clause may end after a bare number)."""
    if "，" not in text:
        return []
    edits = []
    for m in _FULLWIDTH_GROUPED.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        if any(w in before for w in _rate_words()):
            continue
        edits += [Edit(m.start() + i, m.start() + i + 1, ",", "fullwidth_thousands")
                  for i, c in enumerate(m.group()) if c == "，"]
    return edits


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_SENTENCE_END = "。！？!?；;：:”’」』）)"
_CELLS = re.compile(r"\t|[|｜]|\S[ \u3000]{2,}\S|^\"|\"\s*,|,\s*\"")
"""A table row: cells split by tabs, bars, runs of spaces, or quoted and split by commas (a CSV record)."""
MIN_WRAPPED_LINES = 4
MIN_WIDTH = 16
"""In characters (twice as many display columns): a page is wider than its headings (信贷投放稳步增长, 8)."""
MIN_WRAPPED_SHARE = 0.5
"""Of a wrapped page's prose lines, all but the last line of each paragraph have the wrap width."""


def _width(line: str, display: bool) -> int:
    """Length of a line in characters, or in display columns (a CJK character is two) as a terminal or a
    PDF-to-text tool wraps."""
    if not display:
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _wrap_width(lines: list[str]) -> tuple[int, bool] | None:
    """The fixed width a page was cut at: the commonest width of its prose lines (in characters or display
    columns), shared by at least MIN_WRAPPED_LINES lines, by MIN_WRAPPED_SHARE of them and by more than twice
    as many as any other width, and no narrower than MIN_WIDTH characters. None when the page has no such width
    (its lines are paragraphs of any length; a few headings of one length are no wrap)."""
    prose = [s for s in lines if s.strip() and not _CELLS.search(s)]
    best = None
    for display in (False, True):
        counts = Counter(_width(s, display) for s in prose)
        if not counts:
            continue
        (w, n), *rest = counts.most_common(2) + [(0, 0)]
        runner_up = rest[0][1]
        if (n >= MIN_WRAPPED_LINES and n >= MIN_WRAPPED_SHARE * len(prose) and n > 2 * runner_up
                and w >= MIN_WIDTH * (2 if display else 1) and (best is None or n > best[2])):
            best = (w, display, n)
    return None if best is None else best[:2]


def hard_wrap_edits(text: str) -> list[Edit]:
    """The line breaks of a page cut at a fixed width, dropped: a line exactly as wide as the page's wrap width
    (see `_wrap_width`), no table row and not ending a sentence, goes on in the next line when that line has
    text. A line ending with 。 at the width may end its paragraph: its break stays."""
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    lines = [text[a:b].rstrip("\r\n") for a, b in spans]
    found = _wrap_width(lines[2:])  # the title and source lines are never cut
    if found is None:
        return []
    width, display = found
    edits = []
    for i in range(2, len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if (_width(line, display) == width and not _CELLS.search(line) and line[-1] not in _SENTENCE_END
                and nxt.strip() and not _CELLS.search(nxt)):
            a, b = spans[i]
            if line.endswith(_DECIMAL_HYPHEN) and nxt[:1] in _FIGURE_CHARS and len(line) > 2 and line[-3] in _FIGURE_CHARS:
                # 资金3.- / 46亿元 (a converter that counts its hyphen in the width): no range ends with its decimal point
                edits.append(Edit(a + len(line) - 1, b, "", "hard_wrap_hyphen"))
            else:
                edits.append(Edit(a + len(line), b, "", "hard_wrap"))
        elif (_width(line, display) == width + 1 and len(line) > 1 and line[-1] == "-" and line[-2] in _FIGURE_CHARS
              and nxt[:1] in _FIGURE_CHARS and not _CELLS.search(line)):
            a, b = spans[i]
            edits.append(Edit(a + len(line) - 1, b, "", "hard_wrap_hyphen"))
    return edits


_FIGURE_CHARS = "0123456789.０１２３４５６７８９．"
_DECIMAL_HYPHEN = (".-", "．-")
"""Characters of a figure a hyphenating converter may cut between (digits and the decimal point)."""


_LETTER_GAP = re.compile(r"(?<=\S) (?=\S)| {2,}(?=\S)")
MIN_SPACED_GLYPHS = 8
MIN_SPACED_HAN_SHARE = 0.5


def _letter_spaced(line: str) -> bool:
    """A line of single characters each followed by one space (a wider gap for a space of the text), at least
    MIN_SPACED_GLYPHS of them and half of them Han: what a PDF set with letter spacing extracts."""
    body = line.strip(" ")
    glyphs = body[::2] if body else ""
    if len(body) < 2 * MIN_SPACED_GLYPHS - 1 or not re.fullmatch(r"\S(?: \S| {3,}\S)*", body):
        return False
    glyphs = re.sub(" +", "", body)
    han = sum(1 for c in glyphs if "\u4e00" <= c <= "\u9fff")
    return han >= MIN_SPACED_HAN_SHARE * len(glyphs)


def letter_spacing_edits(text: str) -> list[Edit]:
    """The spaces a letter-spaced PDF line puts after every character, dropped (a gap of three or more spaces, a
    space of the text itself, kept as one). Only whole lines of that shape are touched: one space between two
    figures elsewhere (1 2, a thousands gap) is the reader's to judge."""
    if " " not in text:
        return []
    edits = []
    for m in _LINE.finditer(text):
        line = m.group().rstrip("\r\n")
        if not _letter_spaced(line):
            continue
        for g in re.finditer(" +", line):
            if g.start() == 0 or g.end() == len(line):
                continue
            keep = " " if len(g.group()) >= 3 else ""
            edits.append(Edit(m.start() + g.start(), m.start() + g.end(), keep, "letter_spacing"))
    return edits


_NUMBERED = re.compile(r"[ \t\u3000]*([0-9０-９]{1,2})[.．]")
MIN_NUMBERED_ITEMS = 2


def word_numbering_edits(text: str) -> list[Edit]:
    """A tab after an automatic number that lost it: in a run of consecutive lines that start 1., 2., 3. … (each
    line's number its place in the run, at least MIN_NUMBERED_ITEMS of them, one at least followed by a word), a
    line whose number is glued to a digit (2.186个衔接项目) is item 2 and 186个, never 2.186个."""
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    edits: list[Edit] = []
    run: list[tuple[int, re.Match]] = []

    def close() -> None:
        if len(run) >= MIN_NUMBERED_ITEMS and any(not _glued(m) for _, m in run):
            for a, m in run:
                if _glued(m):
                    edits.append(Edit(a + m.end() - 1, a + m.end(), m.group()[-1] + "\t", "word_numbering"))
        run.clear()

    for a, b in spans:
        m = _NUMBERED.match(text, a, b)
        n = int(parse_number(m.group(1))) if m else 0
        if m and n == len(run) + 1:
            run.append((a, _NUMBERED.match(text[a:b])))
            continue
        close()
        if m and n == 1:
            run.append((a, _NUMBERED.match(text[a:b])))
    close()
    return edits


def _glued(m: re.Match) -> bool:
    """An item number directly followed by a digit (its tab lost)."""
    rest = m.string[m.end():m.end() + 1]
    return rest != "" and rest in _FIGURE_CHARS and rest not in ".．"



_UNIT_HEADER = re.compile(r"[（(][^（）()]{1,8}[）)]$")
_NUMBER_CELL = re.compile(r"[-+]?[0-9０-９][0-9０-９,，.．]*%?")
MIN_CELL_COLUMNS = 3
MAX_CELL_COLUMNS = 12
MIN_CELL_ROWS = 2
MAX_CELL_LENGTH = 20


def _cell_table(lines: list[str], h: int) -> tuple[int, int] | None:
    """(columns, rows) of a table printed one cell a line whose header starts at line ``h``: k header cells (short
    labels, no figure, one at least with a unit in brackets: 奖补资金（万元）), then whole rows of k lines, each
    opening with a label and holding figures (or nothing) under the headers with a unit. The only k that fits
    with at least MIN_CELL_ROWS rows, else None."""
    fits = []
    for k in range(MIN_CELL_COLUMNS, MAX_CELL_COLUMNS + 1):
        head = lines[h:h + k]
        if len(head) < k or not all(0 < len(c) <= MAX_CELL_LENGTH and not _NUMBER_CELL.search(c) for c in head):
            continue
        numeric = [j for j, c in enumerate(head) if _UNIT_HEADER.search(c)]
        if not numeric or 0 in numeric:
            continue
        rows, at = 0, h + k
        while at + k <= len(lines):
            row = lines[at:at + k]
            ok = (0 < len(row[0]) <= MAX_CELL_LENGTH and not _NUMBER_CELL.match(row[0])
                  and all((row[j] == "" or _NUMBER_CELL.fullmatch(row[j])) if j in numeric
                          else (len(row[j]) <= MAX_CELL_LENGTH and not _NUMBER_CELL.fullmatch(row[j]))
                          for j in range(1, k)))
            if not ok:
                break
            rows, at = rows + 1, at + k
        if rows >= MIN_CELL_ROWS:
            fits.append((k, rows))
    return fits[0] if len(fits) == 1 else None


def cell_lines_edits(text: str) -> list[Edit]:
    """A table printed one cell a line (the tags of an HTML table stripped), put back one row a line: the line
    breaks inside a header or a row become tabs, as the table reader reads rows (see `_cell_table`)."""
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    lines = [text[a:b].rstrip("\r\n").strip() for a, b in spans]
    edits: list[Edit] = []
    h = 2
    while h < len(lines):
        found = _cell_table(lines, h) if lines[h] and _UNIT_HEADER.search(lines[h]) is None else None
        if found is None:
            h += 1
            continue
        k, rows = found
        for r in range(rows + 1):
            for j in range(k - 1):
                a, b = spans[h + r * k + j]
                end = a + len(text[a:b].rstrip("\r\n"))
                edits.append(Edit(end, b, "\t", "cell_lines"))
        h += k * (rows + 1)
    return edits


_CSV_LINE = re.compile(r'^(?:"[^"\n]*(?:""[^"\n]*)*"|[^",\n]*)(?:,(?:"[^"\n]*(?:""[^"\n]*)*"|[^",\n]*))+$')
"""A CSV record on one line: fields, quoted ("3,256.4", a "" inside for a quote) or bare, split by commas."""
_CSV_FIELD = re.compile(r'"((?:[^"\n]|"")*)"|([^",\n]*)')
MIN_CSV_ROWS = 3
MIN_CSV_FIELDS = 3


def _csv_record(line: str) -> list[tuple[int, int, bool]] | None:
    """(start, end, quoted) of each field of a CSV record with a quoted field, or None when the line is none."""
    if '"' not in line or not _CSV_LINE.match(line):
        return None
    fields, pos = [], 0
    while True:
        m = _CSV_FIELD.match(line, pos)
        fields.append((m.start(), m.end(), m.group(1) is not None))
        pos = m.end()
        if pos >= len(line) or line[pos] != ",":
            break
        pos += 1
    return fields if len(fields) >= MIN_CSV_FIELDS else None


def csv_table_edits(text: str) -> list[Edit]:
    """A table exported from Excel as CSV and pasted into the page (at least MIN_CSV_ROWS consecutive records with
    quoted cells and the same number of fields) as the tab-separated rows the table reader reads: the quotes
    around a cell dropped (a doubled quote inside kept once), the commas between cells made tabs. A comma inside a
    quoted cell is the cell's own (3,256.4 in thousands groups) and stays."""
    if '",' not in text and ',"' not in text:
        return []
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    records = [(a, _csv_record(text[a:b].rstrip("\r\n"))) for a, b in spans]
    edits: list[Edit] = []
    i = 0
    while i < len(records):
        j = i
        while j < len(records) and records[j][1] is not None and len(records[j][1]) == len(records[i][1] or ()):
            j += 1
        if j - i >= MIN_CSV_ROWS:
            for a, fields in records[i:j]:
                edits += _record_edits(text, a, fields)
            i = j
        else:
            i += 1
    return edits


def _record_edits(text: str, at: int, fields: list[tuple[int, int, bool]]) -> list[Edit]:
    edits = []
    for k, (s, e, quoted) in enumerate(fields):
        if k:
            edits.append(Edit(at + s - 1, at + s, "\t", "csv_cells"))
        if quoted:
            edits.append(Edit(at + s, at + s + 1, "", "csv_cells"))
            inner = text[at + s + 1:at + e - 1]
            edits += [Edit(at + s + 1 + m.start(), at + s + 2 + m.start(), "", "csv_cells")
                      for m in re.finditer('""', inner)]
            edits.append(Edit(at + e - 1, at + e, "", "csv_cells"))
    return edits


# ---------------------------------------------------------------- radical and compatibility code points
@lru_cache(maxsize=1)
def radical_variants() -> dict[str, str]:
    """Kangxi radicals, CJK radicals and compatibility ideographs -> the ideograph a PDF font drew
    (lib/fupin/data/radical_variants.csv)."""
    import csv

    from .paths import data_file

    with data_file("radical_variants.csv").open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["variant"]: r["ideograph"] for r in rows}


_RADICAL = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff]")


def radical_edits(text: str) -> list[Edit]:
    """``radical_variant``: a PDF text layer whose font maps its glyphs to Kangxi radicals (⼀ U+2F00, ⼈ U+2F08,
    ⾦ U+2FA6), CJK radicals (⻔ U+2ED4) or compatibility ideographs (率 U+F961) writes them for the ordinary
    ideographs (资⾦, 完⼯率, ⼀百⼆⼗六个): each is the character it draws. The ranges hold nothing else a report
    prints, so every listed code point is replaced, wherever it stands."""
    table = radical_variants()
    return [Edit(m.start(), m.end(), table[m.group()], "radical_variant") for m in _RADICAL.finditer(text)
            if m.group() in table]


# ---------------------------------------------------------------- fake bold
MIN_BOLD_PAIRS = 6
"""A run of at least this many doubled characters (全全县县投投入入…) is fake bold …"""
MIN_BOLD_HAN = 3
"""… when at least this many distinct Chinese characters are doubled in it (家家户户 is a word, not bold)."""
_DOUBLED = re.compile(r"(?:([^\s])\1)+")


def fake_bold_edits(text: str) -> list[Edit]:
    """``fake_bold``: a PDF sets its bold headings and lead sentences by printing every glyph twice, a hair apart,
    and the text layer keeps both (全全县县投投入入资资金金22..3366亿亿元元: 全县投入资金2.36亿元, never 3366亿元): in a run
    of at least `MIN_BOLD_PAIRS` doubled characters with `MIN_BOLD_HAN` distinct Chinese characters among them,
    the second of each pair is dropped (one edit per pair, so each kept character keeps its raw bytes)."""
    edits: list[Edit] = []
    for m in _DOUBLED.finditer(text):
        run = m.group()
        pairs = run[0::2]
        if len(pairs) < MIN_BOLD_PAIRS or len({c for c in pairs if "\u4e00" <= c <= "\u9fff"}) < MIN_BOLD_HAN:
            continue
        edits += [Edit(m.start() + 2 * i, m.start() + 2 * i + 2, c, "fake_bold") for i, c in enumerate(pairs)]
    return edits


# ---------------------------------------------------------------- Markdown emphasis
_MD_PAGE = re.compile(r"(?m)^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$|^#{1,6} \S")
"""A Markdown page: a table's alignment row (|:---|---:|) or a heading (## 一、资金安排)."""
_MD_STRONG = re.compile(r"(?<![0-9.*＊])(\*\*|__)(?=[^\s*.＊])([^*\n]{1,80}?)(?<=[^\s*＊])\1(?![0-9.*＊])")
"""``**2.36亿元**``: emphasis markers around text that starts with no point and touches no digit outside them."""


def markdown_emphasis_edits(text: str) -> list[Edit]:
    """``markdown_emphasis``: a report saved from a Markdown editor keeps its strong emphasis around figures
    (**2.36亿元**, | **合计** | **54** |): on a page with Markdown headings or a table's alignment row, a pair of
    ``**`` (or ``__``) around text on one line is dropped. The asterisks of a masked figure (26**.26万元, **6户) touch
    a digit or a point and are never such a pair, and on a page without Markdown nothing is touched."""
    if "**" not in text and "__" not in text or not _MD_PAGE.search(text):
        return []
    edits: list[Edit] = []
    for m in _MD_STRONG.finditer(text):
        if re.search(r"[0-9][*＊]|[*＊][0-9]", m.group(2)):
            continue
        edits.append(Edit(m.start(), m.start(2), "", "markdown_emphasis"))
        edits.append(Edit(m.end(2), m.end(), "", "markdown_emphasis"))
    return edits
