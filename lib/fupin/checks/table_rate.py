"""Check ``table_rate``: a rate column of a text-rendered table (类别 | 下达资金 | 已支出 | 支出率), recomputed
row by row: the column the rate word names (已支出 for 支出率, 已完工项目数 for 完工率) over the one column of
the same unit whose header says it is the plan or the whole (下达, 计划; ``table_rate_base_words`` of
data/checks.yaml). Nothing is said when a header names no such pair, or more than one.

Check ``table_total``: each additive column of the row the others add up to (合计 / 总计, or the row whose
占比 column reads 100) against the sum of the other rows; no sum when a row is a part of another (其中,
小计). A growth column (增长（%）) is recomputed from the two year columns (2016年（元） over 2015年（元）) and a
share column (占比（%）) from the latest year column over the total row's cell, both as ``table_rate``.
The words are ``table_*_words`` of data/checks.yaml.
"""
from __future__ import annotations

import re

from ..quantities import _header_words, _joined_header_lines, _sep_cells, _spaced_label, _text_column
from ..scopes import cues, fmt, overlaps
from .common import _NON_ADDITIVE, _check, _ok, _sum_iv

_CELL_SEPS = re.compile(r"[|｜\t]")
_BRACKET = re.compile(r"[(（][^()（）]*[)）]")
_DIGIT = re.compile(r"[0-9]")
_FAR = 0.2  # a column sum this far from its total says the rows are not its parts
_BLANK = re.compile(r"[-—–－/／]{1,2}")  # a blank cell: 通江县 | — | / is a row, not a header
_RULE = re.compile(r"[-—–:：=]{2,}")
_YEAR_HEAD = re.compile(r"((?:19|20)\d{2})年")
# the digits of a period naming a column (1—9月发放（万元）, 2022年1-6月支出): no figure of a row
_PERIOD_DIGITS = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}\s*(?:[—\-–~～至到]\s*\d{1,2}\s*)?月(?:份|末|底)?|(?:19|20)\d{2}年")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the cells of a table line: split by | or tabs, by position (a blank cell
    between two separators is kept as ""), else by runs of spaces."""
    if _CELL_SEPS.search(line):
        return _sep_cells(line, 0)
    out = []
    for m in re.finditer(r"\S+", line):
        text = m.group()
        if text.strip():
            out.append((m.start() + len(text) - len(text.lstrip()), text.strip()))
    return _spaced_label(out)


def _rate_columns(header: list[str]) -> list[tuple[int, int, int]]:
    """(rate, numerator, base) column indices the header names."""
    names = [_BRACKET.sub("", h).strip() for h in header]
    out = []
    for j, h in enumerate(names):
        if not h.endswith("率") or len(h) < 3:
            out += (_of_base_column(names, j) or _grammar_rate_column(names, j, header)) if j else []
            continue
        stem = h[:-1]
        nums = [i for i, n in enumerate(names) if i != j and stem in n and not n.endswith("率")]
        pairs = _pair_rate_columns(header, names, j, nums) if len(nums) == 2 else []
        if pairs:
            out += pairs
            continue
        if len(nums) != 1:
            out += _grammar_rate_column(names, j, header) if j else []
            continue
        bases = [i for i, n in enumerate(names) if i not in (j, nums[0]) and not n.endswith("率")
                 and any(w in n for w in cues()["table_rate_base_words"])]
        out.append((j, nums[0], bases or _grammar_bases(names, j, nums[0])))
    return out


def _grammar_bases(names: list[str], j: int, num: int) -> list[int]:
    """`| 安置区 | 劳动力（人） | 已就业（人） | 就业率（%） |`: with no plan or total column, the columns holding a
    base word the rate grammar gives the rate's word (就业率: 劳动力)."""
    w = _rate_word(names[j])
    if w is None:
        return []
    bw = _words(w["base_words"])
    return [i for i, n in enumerate(names) if i and i not in (j, num) and not n.endswith("率") and any(x in n for x in bw)]


def _rate_word(name: str):
    """The row of data/rate_words.csv a column name ends in when the rate grammar knows it as a rate, else None."""
    from ..stated_rates import find_word

    w = find_word(name, "percent")
    return w if w is not None and w["kind"] == "rate" else None


def _words(cell) -> list[str]:
    """The words of a `|`-joined cell of data/rate_words.csv."""
    return [x for x in str(cell).split("|") if x]


def _bracket(h: str) -> str:
    m = _BRACKET.search(h)
    return m.group()[1:-1].strip() if m else ""


def _pair_rate_columns(header: list[str], names: list[str], j: int, nums: list[int]) -> list[tuple[int, int, list[int]]]:
    """`县（区）| 监测对象（户）| 监测对象（人）| 风险消除（户）| 风险消除（人）| 风险消除率（%）`: a rate column whose words
    name two columns that differ by their bracketed unit (户 and 人) is counted by one of them over the column of the
    same unit among the two other columns of figures, also such a pair. Both readings are returned; the row keeps
    the one on which its rate holds, else the first (`_row_rates`), as a rate of a 户/人 pair in a sentence."""
    units = [_bracket(header[i]) for i in nums]
    others = [k for k, n in enumerate(names) if k and k != j and k not in nums and n and not n.endswith("率")
              and not _text_column(header[k])]
    if len(set(units)) != 2 or "" in units or len(others) != 2 or {_bracket(header[k]) for k in others} != set(units):
        return []
    return [(j, i, [k for k in others if _bracket(header[k]) == _bracket(header[i])]) for i in nums]


def _grammar_rate_column(names: list[str], j: int, header: list[str] | None = None) -> list[tuple[int, int, list[int]]]:
    """`| 县区 | 衔接资金 | 已支出 | 支出进度 |`, `项目 可用资金 支出数 执行率(%)`: a rate column whose word the rate
    grammar knows (data/rate_words.csv) over the one column holding a numerator word of it and the columns
    holding a base word; with none, the one other column of figures when the table has no more. Of several
    columns holding a numerator word (`脱贫户数（户） 累计获贷户数（户） 户贷率（%） 贷款余额（万元）`: 获贷 and 贷款),
    the one whose bracketed unit is that of the one base column (户 over 户): a rate of counts is of one unit."""
    w = _rate_word(names[j])
    if w is None or not names[j].endswith(w["word"]):
        return []
    nw = _words(w["numerator_words"])
    bw = _words(w["base_words"]) + list(cues()["table_rate_base_words"])
    rates = {k for k, n in enumerate(names) if k and (n.endswith("率") or n.endswith(w["word"]))}
    nums = [i for i, n in enumerate(names) if i and i not in rates and any(x in n for x in nw)]
    if not nums:  # 科目 | 年初预算 | 调整后预算 | 决算数 | 完成率: the column of what was done (决算, 执行)
        nums = [i for i, n in enumerate(names) if i and i not in rates
                and any(x in n for x in cues()["table_rate_done_words"])]
    money = _money_lead(names[j], w["word"])
    if len(nums) > 1 and money is not None:
        nums = [i for i in nums if _money_name(names[i]) == money]
    if len(nums) > 1 and header is not None:
        nums = _of_base_unit(header, names, nums, rates, bw)
    if len(nums) != 1:
        return []
    others = [i for i, n in enumerate(names) if i and i not in rates and i != nums[0]]
    bases = [i for i in others if any(x in names[i] for x in bw)]
    if len(bases) > 1 and money is not None:
        bases = [i for i in bases if _money_name(names[i]) == money]
    return [(j, nums[0], bases or (others if len(others) == 1 else []))]


def _of_base_unit(header: list[str], names: list[str], nums: list[int], rates: set[int], bw: list[str]) -> list[int]:
    """Of the columns ``nums`` holding a numerator word, those whose bracketed unit is the unit of the one other
    column holding a base word; ``nums`` unchanged when there is no such single base or it has no unit."""
    bases = [i for i, n in enumerate(names) if i and i not in rates and i not in nums and any(x in n for x in bw)]
    if len(bases) != 1 or not _bracket(header[bases[0]]):
        return nums
    return [i for i in nums if _bracket(header[i]) == _bracket(header[bases[0]])]


def _money_name(name: str) -> bool:
    return any(x in name for x in cues()["table_rate_money_leads"])


def _money_lead(name: str, word: str) -> bool | None:
    """问题整改率 | 金额整改率: what the words before the rate word say it counts: money (金额, 资金:
    ``table_rate_money_leads``) or a count (问题); None when no word precedes it (整改率)."""
    lead = name[: -len(word)] if name.endswith(word) else ""
    return _money_name(lead) if lead else None


def _of_base_column(names: list[str], j: int) -> list[tuple[int, int, list[int]]]:
    """`项目 | 调整预算数 | 执行数 | 完成调整预算%`: a percent column named as the share of another column (完成 / 为 /
    占 + that column's words, ``table_rate_of_column_regex``) is the other figure column over it: the one other
    column of figures, else the one holding a word of doing (执行数, 实际完成: ``table_rate_done_words``)."""
    m = re.fullmatch(cues()["table_rate_of_column_regex"], names[j])
    if m is None:
        return []
    rates = {k for k, n in enumerate(names) if k and (n.endswith("率") or "%" in n or "％" in n
                                                      or re.fullmatch(cues()["table_rate_of_column_regex"], n))}
    figures = [k for k, n in enumerate(names) if k and k not in rates and n and not _text_column(n)]
    bases = [k for k in figures if m.group("base") in names[k]]
    if len(bases) != 1:
        return []
    others = [k for k in figures if k != bases[0]]
    if len(others) > 1:
        others = [k for k in others if any(w in names[k] for w in cues()["table_rate_done_words"])]
    return [(j, others[0], bases)] if len(others) == 1 else []


def _is_header(cells: list[tuple[int, str]]) -> bool:
    """A line of column names: no cell after the label holds a figure (2016年（元） names a column, and so does
    1—9月发放（万元）: digits of a period before words) or a blank mark (— /)."""
    return not any(_DIGIT.search(c) and not _YEAR_HEAD.match(c) and not _names_a_period(c) or _BLANK.fullmatch(c)
                   for _, c in cells[1:])


def _names_a_period(cell: str) -> bool:
    """1—9月发放（万元）, 1-6月支出: the only digits are those of a period, and words follow them."""
    rest = _PERIOD_DIGITS.sub("", cell)
    return not _DIGIT.search(rest) and _HAN.search(_BRACKET.sub("", rest)) is not None


def _partner_blank(header: list[str], cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """合计    66800    255 under 区县 结对市 资金（万元）…: a row one cell short whose second cell is a figure left
    its partner label column (``partner_label_columns``) blank; the blank is put back."""
    if len(cells) == len(header) - 1 > 1 and header[1] in _header_words()["partner_label_columns"] \
            and _DIGIT.match(cells[1][1]):
        return [cells[0], (cells[0][0], "")] + cells[1:]
    return cells


def _blocks(recs: list[dict], sentences: list[tuple[int, str]]):
    """(header, rows) of each table: rows are the facts (None for a cell without one) and the label of
    the lines of the header's width under it."""
    at = {int(r["start"]): r for r in recs}
    header: list[str] | None = None
    rows: list[tuple[str, list[dict | None]]] = []
    for start, line in _lines(sentences):
        cells = _cells(line)
        if cells and all(_RULE.fullmatch(c) for _, c in cells):
            continue  # | --- | --- |: the rule under a header
        if len(cells) < 3:
            if header and rows:
                yield header, rows
            header, rows = None, []
            continue
        if _is_header(cells):
            if header and rows:
                yield header, rows
            header, rows = [c for _, c in cells], []
            continue
        if header is None or len(cells) > len(header) or not cells[0][1]:
            continue
        cells = _partner_blank(header, cells)
        if len(cells) < len(header) and not all(_text_column(h) for h in header[len(cells):]):
            continue  # a row that lost a cell of figures: which?
        facts = [at.get(start + off) if c else None for off, c in cells]
        rows.append((cells[0][1], facts + [None] * (len(header) - len(cells))))
    if header and rows:
        yield header, rows


def table_rates(recs: list[dict], sentences: list[tuple[int, str]]) -> list[dict]:
    out = []
    for header, rows in _blocks(recs, sentences):
        for _, facts in rows:
            out += _row_rates(header, facts)
        out += _column_totals(header, rows)
        out += _row_totals(header, rows)
        out += _growth_and_shares(header, rows)
        out += _per_head_columns(header, rows)
    return out


def _per_head_columns(header: list[str], rows: list) -> list[dict]:
    """`| 村名 | 入社户数（户）| 其中脱贫户（户）| 分红金额（元）| 户均分红（元）|`: a column of an average per head
    (``table_per_head_regex``: 户均分红) recomputed row by row as the one column its noun names (分红金额) over the
    one column counted in its head (（户）), a 其中 column (``table_part_words``) being a part of that count."""
    names = [_BRACKET.sub("", h).strip() for h in header]
    rx = cues()["table_per_head_regex"]
    out = []
    for j, name in enumerate(names):
        m = re.fullmatch(rx, name) if j else None
        if m is None:
            continue
        nums = [i for i, n in enumerate(names) if i and i != j and m.group(2) in n and re.fullmatch(rx, n) is None]
        bases = [i for i, h in enumerate(header) if i and i != j and _bracket(h) == m.group(1)
                 and not any(names[i].startswith(w) for w in cues()["table_part_words"])]
        if len(nums) != 1 or len(bases) != 1:
            continue
        for label, facts in rows:
            avg, amount, count = facts[j], facts[nums[0]], facts[bases[0]]
            if any(x is None or not _ok(x) for x in (avg, amount, count)) or count["lo"] <= 0 \
                    or amount["unit"] != avg["unit"]:
                continue
            comp = amount["value"] / count["value"]
            civ = (amount["lo"] / count["hi"], amount["hi"] / count["lo"])
            out.append(_check("table_rate", "per_unit", avg, [amount, count],
                              f"{label}: {header[nums[0]]} {fmt(amount)} / {header[bases[0]]} {fmt(count)}"
                              f" = {comp:.2f} vs {header[j]} {fmt(avg)}", comp, avg["value"],
                              "match" if overlaps(civ, (avg["lo"], avg["hi"])) else "mismatch", [amount, count, avg]))
    return out


def _row_rates(header: list[str], facts: list[dict | None]) -> list[dict]:
    by_rate: dict[int, list[dict]] = {}
    for j, i, bases in _rate_columns(header):
        by_rate.setdefault(j, []).extend(_row_rate(header, facts, j, i, bases))
    # a rate column of a 户/人 pair has a reading by each: the one that holds, else the first
    return [next((r for r in rows if r["status"] == "match"), rows[0]) for rows in by_rate.values() if rows]


def _row_rate(header: list[str], facts: list[dict | None], j: int, i: int, bases: list[int]) -> list[dict]:
    """The check of the rate in column ``j`` of a row: column ``i`` over the one base column of its unit."""
    rate, num = facts[j], facts[i]
    if rate is None or num is None or rate["unit"] != "percent" or not (_ok(rate) and _ok(num)):
        return []
    same = [b for b in bases if facts[b] is not None and facts[b]["unit"] == num["unit"] and _ok(facts[b])
            and facts[b]["lo"] > 0]
    if len(same) > 1:
        # 年初预算 and 调整后预算 both name the base: the one base the rate fits, agreements only
        same = [b for b in same if overlaps(_ratio_iv(num, facts[b]), (rate["lo"], rate["hi"]))]
    if len(same) != 1:
        return []
    b = same[0]
    base = facts[b]
    comp = num["value"] / base["value"] * 100
    status = "match" if overlaps(_ratio_iv(num, base), (rate["lo"], rate["hi"])) else "mismatch"
    return [_check("table_rate", "implied", rate, [num, base],
                   f"{header[i]} {fmt(num)} / {header[b]} {fmt(base)}"
                   f" = {comp:.2f} vs {header[j]} {fmt(rate)}", comp, rate["value"], status,
                   [num, base, rate])]


def _ratio_iv(num: dict, base: dict) -> tuple[float, float]:
    """The interval of num / base in percent, from the rounding intervals of both (base["lo"] > 0)."""
    return num["lo"] / base["hi"] * 100, num["hi"] / base["lo"] * 100


def _has(h: str, key: str) -> bool:
    return any(w in h for w in cues()[key])


def _share_cols(header: list[str]) -> list[int]:
    return [k for k, h in enumerate(header) if k and _has(h, "table_share_words")]


def _is_100(r: dict | None) -> bool:
    return r is not None and _ok(r) and r["unit"] == "percent" and r["lo"] <= 100 <= r["hi"]


def _total_row(header: list[str], rows: list) -> int | None:
    """The row the others add up to: the one labelled 合计/总计 (``table_total_words``) or 全市/全县 alone
    (``table_whole_row_labels``), else the one
    whose share column (占比, 比重) reads 100. None when there is no such single row, or when a row is
    itself a part of another (其中, 小计: ``table_part_words``)."""
    if any(_has(label, "table_part_words") for label, _ in rows):
        return None
    named = [n for n, (label, _) in enumerate(rows) if _has(label, "table_total_words")
             or label.strip() in cues()["table_whole_row_labels"]]
    if named:
        return named[0] if len(named) == 1 else None
    shares = _share_cols(header)
    full = [n for n, (_, facts) in enumerate(rows) if shares and all(_is_100(facts[k]) for k in shares)]
    return full[0] if len(full) == 1 else None


def _column_totals(header: list[str], rows: list) -> list[dict]:
    """Each additive column of the total row against the sum of the other rows (a share column only
    when its total reads 100); rates, growths and averages are not added."""
    t = _total_row(header, rows)
    if t is None or len(rows) < 3:
        return []
    out = []
    for k in range(1, len(header)):
        h = header[k]
        total = rows[t][1][k]
        parts = [facts[k] for n, (_, facts) in enumerate(rows) if n != t]
        if total is None or any(p is None for p in parts) or not _ok(total) or not all(_ok(p) for p in parts):
            continue
        if any(p["unit"] != total["unit"] for p in parts):
            continue
        share = k in _share_cols(header)
        if share and not _is_100(total):
            continue
        if not share and (total["unit"] in _NON_ADDITIVE or _has(h, "table_non_additive_words")
                          or _BRACKET.sub("", h).strip().endswith("率")):
            continue
        lo, hi = _sum_iv(parts)
        s = sum(p["value"] for p in parts)
        status = "match" if overlaps((lo, hi), (total["lo"], total["hi"])) else "mismatch"
        if status == "mismatch" and abs(s - total["value"]) > _FAR * abs(total["value"]):
            continue  # rows of two breakdowns (男/女 and age groups), or rows left out: not a misprint
        out.append(_check("table_total", "sum", total, parts,
                          " + ".join(fmt(p) for p in parts) + f" = {fmt(total)} ({h}, {rows[t][0]})",
                          s, total["value"], status, parts + [total]))
    return out


def _row_totals(header: list[str], rows: list) -> list[dict]:
    """A column headed by a total word alone (合计, 总计) against the sum of the other columns of its row,
    when every other column is an additive figure of its unit."""
    names = [_BRACKET.sub("", h).strip() for h in header]
    tot = [k for k, h in enumerate(names) if k and h in cues()["table_total_words"]]
    if len(tot) != 1 or len(header) < 4:
        return []
    k = tot[0]
    others = [j for j in range(1, len(header)) if j != k and header[j] and not _text_column(header[j])]
    if any(_has(header[j], "table_non_additive_words") or names[j].endswith("率") for j in others):
        return []
    out = []
    for label, facts in rows:
        total, parts = facts[k], [facts[j] for j in others]
        if total is None or any(p is None for p in parts) or not _ok(total) or not all(_ok(p) for p in parts):
            continue
        if total["unit"] in _NON_ADDITIVE or any(p["unit"] != total["unit"] for p in parts):
            continue
        lo, hi = _sum_iv(parts)
        s = sum(p["value"] for p in parts)
        status = "match" if overlaps((lo, hi), (total["lo"], total["hi"])) else "mismatch"
        if status == "mismatch" and abs(s - total["value"]) > _FAR * abs(total["value"]):
            continue
        out.append(_check("table_total", "sum", total, parts,
                          " + ".join(fmt(p) for p in parts) + f" = {fmt(total)} ({label}, {header[k]})",
                          s, total["value"], status, parts + [total]))
    return out


def _year(h: str) -> int | None:
    m = _YEAR_HEAD.match(h)
    return int(m.group(1)) if m else None


def _growth_and_shares(header: list[str], rows: list) -> list[dict]:
    """A growth column (增长（%）) recomputed from the two year columns (2016年 over 2015年), and a share
    column (占比（%）) from the latest year column over the total row's cell."""
    years = sorted((y, k) for k, h in enumerate(header) if k and (y := _year(h)) is not None
                   and not _has(h, "table_growth_words") and not _has(h, "table_share_words"))
    if not years:
        return _shares_of_figure_column(header, rows)
    if len({y for y, _ in years}) != len(years):
        return []
    cur = years[-1][1]
    prev = years[-2][1] if len(years) == 2 else None
    growth = [k for k, h in enumerate(header) if k and _has(h, "table_growth_words") and _year(h) is None]
    shares = _share_cols(header)
    t = _total_row(header, rows)
    out = []
    for n, (label, facts) in enumerate(rows):
        c = facts[cur]
        if c is None or not _ok(c) or c["unit"] in _NON_ADDITIVE:
            continue
        if prev is not None and len(growth) == 1:
            g, p = facts[growth[0]], facts[prev]
            if g is not None and p is not None and _ok(g) and _ok(p) and g["unit"] == "percent" \
                    and p["unit"] == c["unit"] and p["lo"] > 0:
                comp = (c["value"] / p["value"] - 1) * 100
                civ = ((c["lo"] / p["hi"] - 1) * 100, (c["hi"] / p["lo"] - 1) * 100)
                out.append(_check("table_rate", "implied", g, [c, p],
                                  f"{label}: {header[cur]} {fmt(c)} / {header[prev]} {fmt(p)} − 1"
                                  f" = {comp:.2f} vs {header[growth[0]]} {fmt(g)}", comp, g["value"],
                                  "match" if overlaps(civ, (g["lo"], g["hi"])) else "mismatch", [c, p, g]))
        if t is None or n == t or len(shares) != 1:
            continue
        s, whole = facts[shares[0]], rows[t][1][cur]
        if s is None or whole is None or not (_ok(s) and _ok(whole)) or s["unit"] != "percent" \
                or whole["unit"] != c["unit"] or whole["lo"] <= 0:
            continue
        out.append(_row_share(label, c, rows[t][0], whole, header[shares[0]], s))
    return out


def _row_share(label: str, part: dict, total_label: str, whole: dict, share_header: str, share: dict) -> dict:
    """A row's figure over the total row's cell of its column, set against the row's printed share."""
    comp = part["value"] / whole["value"] * 100
    civ = (part["lo"] / whole["hi"] * 100, part["hi"] / whole["lo"] * 100)
    return _check("table_rate", "implied", share, [part, whole],
                  f"{label}: {fmt(part)} / {total_label} {fmt(whole)} = {comp:.2f} vs {share_header} {fmt(share)}",
                  comp, share["value"], "match" if overlaps(civ, (share["lo"], share["hi"])) else "mismatch",
                  [part, whole, share])


def _shares_of_figure_column(header: list[str], rows: list) -> list[dict]:
    """`资金来源 | 资金规模 | 占比（%）` with a 合计 row whose share reads 100: with no year columns, the share column is
    the one column of figures over its cell in the total row. With several columns of figures (项目个数 | 资金规模（万元）
    | 占比（%）) the share is of the column right before it only when that column gives the printed share on every row
    but at most one, three rows at least (else the shares may be of another column: nothing is said)."""
    shares = _share_cols(header)
    t = _total_row(header, rows)
    if len(shares) != 1 or t is None or not _is_100(rows[t][1][shares[0]]):
        return []
    j = shares[0]
    figures = [k for k in range(1, len(header)) if k != j and not _text_column(header[k])
               and not _has(header[k], "table_growth_words") and not _has(header[k], "table_non_additive_words")
               and rows[t][1][k] is not None and _ok(rows[t][1][k]) and rows[t][1][k]["unit"] not in _NON_ADDITIVE]
    if len(figures) == 1:
        col, sure = figures[0], True
    elif j - 1 in figures:
        col, sure = j - 1, False
    else:
        return []
    whole = rows[t][1][col]
    if whole["lo"] <= 0:
        return []
    out = []
    for n, (label, facts) in enumerate(rows):
        c, sh = facts[col], facts[j]
        if n == t or c is None or sh is None or not (_ok(c) and _ok(sh)) or sh["unit"] != "percent" \
                or c["unit"] != whole["unit"]:
            continue
        out.append(_row_share(label, c, rows[t][0], whole, header[j], sh))
    if not sure and (len(out) < 3 or sum(r["status"] != "match" for r in out) > 1):
        return []
    return out


def _lines(sentences: list[tuple[int, str]]):
    """(start, line) of the lines of the sentences in order, a header wrapped over lines (计划资金 /
    （万元）) joined as the extraction joins it (``quantities._joined_header_lines``)."""
    flat = [(start + off, line) for start, text in sentences for off, line in _line_spans(text)]
    text = "\n".join(line for _, line in flat)
    at, pos = {}, 0
    for k, (_, line) in enumerate(flat):
        at[pos] = k
        pos += len(line) + 1
    for pos, line in _joined_header_lines(text):
        yield flat[at[pos]][0], line.rstrip("\n")


def _line_spans(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
