"""Damage that text exports and scrapers leave in a page, undone by character edits before anything is read
(issue 12; called from :func:`fupin.reading.normalise_edits`, logged as ``normalise`` steps with their method):

* ``json_escape``: a JSON API body pasted as text keeps its escapes (1.52\\u4e07\\u4eba = 1.52万人);
* ``fullwidth_thousands``: a WPS/Word page typed with a full-width IME writes the thousands separator of a
  full-width figure as a full-width comma (１，８６５．４万元): it is the ASCII comma of 1,865.4万元;
* ``hard_wrap``: a TXT export cut every line at a fixed width (…扶贫资金5.84 / 亿元，…): the break is no
  paragraph end and is dropped, so a figure cut by it is read whole.

Each edit keeps every printed digit and adds none."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

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
            edits.append(Edit(a + len(line), b, "", "hard_wrap"))
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
