"""Shared helpers of the hand-written gold of the written test sets (tests/data/unseen_rel, unseen_v,
unseen_s, unseen_w, unseen_x). Each set's build_gold.py keeps its own data (its table of Chinese numerals,
its typed spans and relations) and imports this module by putting tests/data on sys.path:

    HERE = Path(__file__).resolve().parent
    sys.path.insert(0, str(HERE.parent))
    from gold_build import GoldSet

Conventions (tests/data/corpus/README.md):
- regions gold (NAME.regions.csv: raw,value,unit,region): one row per quantity in text order; the raw is
  typed by hand and must be found with str.find after the previous raw (the title and date lines, the
  first two lines, are skipped); its value is parsed from the raw (`value`).
- relations gold (NAME.relations.csv) uses the interval rule: a printed figure stands for the interval
  of its last digit, ±½ of the last printed digit (`fig`); a 万/亿 figure without decimals is ±0.5万/亿,
  an integer amount in 元 is ±0.5元, an integer count without a multiplier is exact. A relation
  matches when the interval of its formula over the corners of its components' intervals (`interval`)
  meets the interval of the reported figure.
"""
import csv
import itertools
import re
import sys
from pathlib import Path

FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
RELATION_FIELDS = ("kind", "region", "period", "reported_raw", "reported_value", "components",
                   "computed_value", "verdict", "note")


def value(raw, scale=1.0, cn=None):
    """The value of a raw span: ``cn[raw]`` when the set's table of Chinese numerals gives it (returned
    as is, not scaled), else the first number (full-width digits folded) times 万/萬 (1e4) or 亿/億 (1e8)
    when one follows it, then times ``scale``. A range (``3—5万元``) keeps its lower bound, and 余/多
    after the number are skipped (``600余万亩`` is 6e6)."""
    if cn and raw in cn:
        return cn[raw]  # None: the figure is lost
    s = raw.translate(FW)
    m = re.search(r"(\d+(?:\.\d+)?)", s)
    v = float(m.group(1))
    rest = s[m.end():]
    rest = re.sub(r"^[—\-至~]\d+(?:\.\d+)?", "", rest)  # a range keeps its lower bound
    rest = re.sub(r"^(余|多)", "", rest)
    if rest.startswith(("万", "萬")):
        v *= 1e4
    elif rest.startswith(("亿", "億")):
        v *= 1e8
    return v * scale


def fig(s):
    """A figure as typed in a relation (``25500万``, ``81.2%``, ``2.36亿元``, ``138``) -> (value, half),
    the half-width of the interval of its last printed digit: percent and 百分点 figures ±½ of their
    last decimal; a 万/亿 figure or a decimal number ±½ of its last digit times the multiplier; an
    integer in 元 ±0.5; any other integer (a count, or a bare table number) is exact (half 0)."""
    m = re.match(r"([\d.]+)(万|亿)?(.*)", s)
    num, mul, unit = m.group(1), m.group(2), m.group(3)
    dec = len(num.split(".")[1]) if "." in num else 0
    k = {"万": 1e4, "亿": 1e8, None: 1}[mul]
    v = float(num) * k
    if "%" in unit or "百分点" in unit:
        return v, 0.5 * 10 ** -dec
    if mul or dec:
        return v, 0.5 * 10 ** -dec * k
    if unit.startswith("元"):
        return v, 0.5
    return v, 0.0


def interval(expr, comps):
    """(lo, hi, mid) of the formula ``expr`` (in the names a, b, c, ... of ``comps`` in order, evaluated
    with eval): lo and hi over every corner of the components' intervals (itertools.product of each
    value ± its half from `fig`), mid at the printed values."""
    vals = [fig(c) for c in comps]
    outs = [eval(expr, {}, dict(zip("abcdefghijklmnop", corner)))
            for corner in itertools.product(*[(v - h, v + h) for v, h in vals])]
    mid = eval(expr, {}, dict(zip("abcdefghijklmnop", [v for v, _ in vals])))
    return min(outs), max(outs), mid


class GoldSet:
    """The gold of one folder of NAME.txt: `quantities` writes a regions CSV at once, `R` collects
    relation rows per article in ``rows`` and `write_relations` writes them all."""

    def __init__(self, folder, cn=None):
        self.folder = Path(folder)
        self.cn = cn or {}
        self.rows = {}

    def quantities(self, name, default, spec, encoding="utf-8"):
        """Write NAME.regions.csv from ``spec``, one ``raw|unit[|region]`` a line, in text order. The region
        defaults to ``default``; the unit ``CNY*1e4`` (``CNY*1e8``, ``person*1e4``) is a bare number in a 万元
        (亿元, 万人) column (written as CNY or person, value times 1e4 or 1e8); any unit takes such a factor (``mu*1e4`` in a 万亩 column). A raw the set's table of numerals values as None is a figure
        lost to damage (`1■.6亿元`): its row is written with an empty value, which no scorer counts. A raw
        broken by a line break (`4900万\\n元`) is typed with a backslash-n. ``encoding`` is the file's (gb18030, big5,
        utf-16 with its BOM). Exits when a raw is not found after the previous one."""
        text = (self.folder / f"{name}.txt").read_bytes().decode(encoding)
        body_start = text.index("\n", text.index("\n") + 1) + 1
        pos, rows = body_start, []
        for line in spec.strip().splitlines():
            parts = line.split("|")
            raw, unit = parts[0].replace("\\n", "\n"), parts[1]  # a typed \\n is a line break of the text
            region = parts[2] if len(parts) > 2 and parts[2] else default
            unit, _, times = unit.partition("*")  # CNY*1e4, mu*1e4: a bare number in a 万元 (万亩) column
            scale = float(times) if times else 1.0
            at = text.find(raw, pos)
            if at < 0:
                sys.exit(f"{name}: raw {raw!r} not found after {pos}")
            pos = at + len(raw)
            v = value(raw, scale, self.cn)
            rows.append((raw, "" if v is None else f"{v:.10g}", unit, region))  # None: a figure lost to damage
        with (self.folder / f"{name}.regions.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["raw", "value", "unit", "region"])
            w.writerows(rows)
        return rows

    def R(self, art, kind, region, period, raw, expr, comps, text, note="", verdict=None, reported=None,
          half=0.0, pct=False, bare=None):
        """Add a relation row of article ``art``. The reported figure is ``raw`` valued by `fig`, or
        ``reported`` ± ``half`` when given (a fraction, 倍, a bare table number). ``expr`` None makes a
        ``cannot_compute`` row (the base is not printed). Otherwise the verdict is ``match`` when the
        interval of ``expr`` over ``comps`` meets the reported interval; for rate, share and growth rows
        the ratio is shown as a percent when ``raw`` has % or 百分点, or ``pct`` says a bare number is a
        percent. ``verdict`` is the expected verdict (exits when it differs); ``bare`` replaces the
        written reported_raw (a figure printed bare in a table, valued as ``raw``)."""
        self.rows.setdefault(art, [])
        rv, rh = fig(raw) if reported is None else (reported, half)
        row = dict(kind=kind, region=region, period=period, reported_raw=bare or raw,
                   reported_value=f"{rv:.10g}", components=text, note=note)
        if expr is None:
            self.rows[art].append(dict(row, computed_value="", verdict="cannot_compute"))
            return
        lo, hi, mid = interval(expr, comps)
        scale = 100 if kind in ("rate", "share", "growth") and ("%" in raw or "百分点" in raw or pct) else 1
        lo, hi, mid = lo * scale, hi * scale, mid * scale
        ok = not (hi < rv - rh - 1e-9 or lo > rv + rh + 1e-9)
        got = "match" if ok else "mismatch"
        if verdict and verdict != got:
            sys.exit(f"VERDICT DIFFERS {art} {raw} {text} {lo} {hi} {mid}")
        self.rows[art].append(dict(row, computed_value=f"{mid:.4g}", verdict=got))

    def table_sums(self, art, region, period, rows, columns, what, bad=None, bad_note=""):
        """A sum row per column of a table by place: ``rows`` are (place, figure, figure, ...) with the 合计 row last,
        ``columns`` (label, unit) in order; the 合计 against the rows above it, noted ``{label} by {what}, table 合计``.
        A 万元 column's bare figures are valued in yuan (printed bare: ``bare``). ``bad`` is the label of a column whose
        合计 is a deliberate error (``bad_note`` says what the rows add to): its row must come out a mismatch."""
        for col, (label, unit) in enumerate(columns, 1):
            parts, total = [r[col] for r in rows[:-1]], rows[-1][col]
            mul = "万" if unit == "万元" else ""
            wrong = label == bad
            self.R(art, "sum", region, period, total + (unit if mul else ""), "+".join("abcdefghijklmnop"[:len(parts)]),
                   [x + mul for x in parts], " + ".join(parts) + f" ({unit})",
                   f"{label} by {what}, table 合计" + (f"; deliberate error: {bad_note}" if wrong else ""),
                   verdict="mismatch" if wrong else "match", bare=total)

    def write_relations(self, folder=None):
        """Write NAME.relations.csv for every article with rows (ids R01, R02, ... in the order added) into
        ``folder`` (default: the set's folder), and print a line per article: rows, matches, mismatches."""
        out = Path(folder) if folder is not None else self.folder
        for art, rows in self.rows.items():
            with (out / f"{art}.relations.csv").open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(("relation_id",) + RELATION_FIELDS)
                for i, r in enumerate(rows, 1):
                    w.writerow([f"R{i:02d}"] + [r[k] for k in RELATION_FIELDS])
            print(art, len(rows), "match", sum(r["verdict"] == "match" for r in rows), "mismatch",
                  [(r["reported_raw"], r["computed_value"]) for r in rows if r["verdict"] == "mismatch"])
