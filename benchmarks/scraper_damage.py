"""Scraper damage on clean written reports (issue 12): a value is right or it is flagged.

Takes the written reports with gold (tests/data/unseen_q, tests/data/unseen_r: NAME.txt +
NAME.regions.csv), damages them the way scrapers, mirrors and old encoders do, with a seeded RNG, one
kind of damage at a time and mixed, keeping an exact map of which gold quantities each damage touched;
then runs the extractor on each damaged file and counts, per kind, the touched gold quantities that are

    right    a fact over the quantity's bytes has the gold value
    flagged  a fact over it has an empty value (digit_lost ...): the loss is said, acceptable
    missed   no fact over it
    wrong    a fact over it has another value: the defect that must be 0

Only gold quantities the extractor gets right on the clean file are counted (a miss there is not the
damage's doing). ``unit≠`` counts right values whose unit differs from the gold's.

    PYTHONPATH=lib python benchmarks/scraper_damage.py [--seed 1] [--kinds decimal_mark,mask] [-v]
        [--keep DIR]   write the damaged files (and damage_map.csv) there
"""
from __future__ import annotations

import argparse
import csv
import html
import math
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import opencc
from pypinyin import Style, pinyin

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "tests" / "data" / "unseen_q", ROOT / "tests" / "data" / "unseen_r"]

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%."}
NUM = re.compile(r"[0-9]+(?:\.[0-9]+)?")


@dataclass
class Doc:
    """A text and the character spans of its gold quantities, kept through every edit."""

    text: str
    gold: list[dict]                       # raw, value, unit, span (start, end)
    touched: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    encoding: str = "utf-8"

    def rewrite(self, repl: dict[int, str], inserts: dict[int, str] | None = None) -> None:
        """Replace characters (``repl``: position -> new text, "" deletes) and insert text before
        positions (``inserts``); gold spans follow."""
        inserts = inserts or {}
        out, where = [], []
        n = 0
        for i, ch in enumerate(self.text + "\x00"):
            ins = inserts.get(i, "")
            out.append(ins)
            n += len(ins)
            where.append(n)
            if i < len(self.text):
                new = repl.get(i, ch)
                out.append(new)
                n += len(new)
        self.text = "".join(out)
        for g in self.gold:
            s, e = g["span"]
            # an insertion at the start of a quantity goes before it, one at its end after it
            g["span"] = (where[s], where[e] - len(inserts.get(e, "")))

    def number_spans(self, g: dict) -> list[tuple[int, int]]:
        s, e = g["span"]
        return [(s + m.start(), s + m.end()) for m in NUM.finditer(self.text[s:e])]


def load(txt: Path) -> Doc:
    text = txt.read_text(encoding="utf-8")
    gold, pos = [], {}
    for row in csv.DictReader(txt.with_suffix("").with_suffix(".regions.csv").open(encoding="utf-8")):
        raw = row["raw"]
        at = text.find(raw, pos.get(raw, 0))
        if at < 0:
            at = text.find(raw)
        if at < 0:
            continue
        pos[raw] = at + len(raw)
        gold.append({"raw": raw, "value": float(row["value"]), "unit": row["unit"], "span": (at, at + len(raw))})
    return Doc(text, gold)


# ------------------------------------------------------------------------------------------ damage
# Each takes a Doc and an RNG, edits the Doc and marks the gold quantities it touched.

def _each_number(doc: Doc, rng: random.Random, share: float):
    for k, g in enumerate(doc.gold):
        for s, e in doc.number_spans(g):
            if rng.random() < share:
                yield k, g, s, e


def decimal_mark(doc: Doc, rng: random.Random) -> None:
    """146.73亿元 -> 146。73亿元 (also ．and ·)."""
    repl = {}
    for k, g, s, e in _each_number(doc, rng, 0.8):
        dot = doc.text.find(".", s, e)
        if dot > 0:
            repl[dot] = rng.choice("。。．·")
            doc.touched[k].add("decimal_mark")
    doc.rewrite(repl)


def fullwidth(doc: Doc, rng: random.Random) -> None:
    """12.5% -> １２．５％."""
    repl = {}
    for k, g in enumerate(doc.gold):
        s, e = g["span"]
        if rng.random() < 0.8 and any(c.isdigit() for c in doc.text[s:e]):
            for i in range(s, e):
                if doc.text[i] in FW:
                    repl[i] = FW[doc.text[i]]
            doc.touched[k].add("fullwidth")
    doc.rewrite(repl)


def thousands(doc: Doc, rng: random.Random) -> None:
    """11860元 -> 11 860元 / 11，860元 / 11、860元 / 11,860元."""
    inserts = {}
    for k, g, s, e in _each_number(doc, rng, 0.9):
        end = doc.text.find(".", s, e)
        end = e if end < 0 else end
        if end - s < 4:
            continue
        sep = rng.choice([" ", "，", "、", ",", "\u3000"])
        for i in range(end - 3, s, -3):
            inserts[i] = sep
        doc.touched[k].add("thousands")
    doc.rewrite({}, inserts)


def percent_drop(doc: Doc, rng: random.Random) -> None:
    """到位率97.8% -> 到位率97.8."""
    repl = {}
    for k, g in enumerate(doc.gold):
        s, e = g["span"]
        i = doc.text.find("%", s, e)
        if i > s and doc.text[i - 1].isdigit() and rng.random() < 0.9:
            repl[i] = ""
            doc.touched[k].add("percent_drop")
    doc.rewrite(repl)


def mask(doc: Doc, rng: random.Random) -> None:
    """2650万元 -> 26**万元, 2?50万元."""
    repl = {}
    for k, g, s, e in _each_number(doc, rng, 0.8):
        digits = [i for i in range(s, e) if doc.text[i].isdigit()]
        ch = rng.choice("**＊?？")
        for i in rng.sample(digits, rng.randint(1, len(digits))):
            repl[i] = ch
        doc.touched[k].add("mask")
    doc.rewrite(repl)


def strip_digits(doc: Doc, rng: random.Random) -> None:
    """Runs of three or more digits stripped (a caption filter, corpus 02): 278.9万人 -> .9万人."""
    repl = {}
    for k, g in enumerate(doc.gold):
        s, e = g["span"]
        if rng.random() > 0.8:
            continue
        for m in re.finditer("[0-9]{3,}", doc.text[s:e]):
            for i in range(s + m.start(), s + m.end()):
                repl[i] = ""
            doc.touched[k].add("strip_digits")
    doc.rewrite(repl)


def split_number(doc: Doc, rng: random.Random) -> None:
    """36.5万元 -> 3 6.5万元 or 3\\n6.5万元: a stray space or a line break between two digits."""
    inserts = {}
    for k, g, s, e in _each_number(doc, rng, 0.8):
        cuts = [i for i in range(s + 1, e) if doc.text[i - 1].isdigit() and doc.text[i].isdigit()]
        if cuts:
            inserts[rng.choice(cuts)] = rng.choice([" ", "\n", " ", "\u3000"])
            doc.touched[k].add("split_number")
    doc.rewrite({}, inserts)


def traditional(doc: Doc, rng: random.Random) -> None:
    """The whole page in Traditional characters (OpenCC s2t; the length is kept)."""
    conv = opencc.OpenCC("s2t").convert(doc.text)
    if len(conv) != len(doc.text):
        raise RuntimeError("s2t changed the length")
    for k, g in enumerate(doc.gold):
        s, e = g["span"]
        if conv[s:e] != doc.text[s:e]:
            doc.touched[k].add("traditional")
    doc.text = conv


def _ruby(ch: str) -> str:
    return f"{ch}({pinyin(ch, style=Style.TONE)[0][0]})"


def pinyin_ruby(doc: Doc, rng: random.Random) -> None:
    """區(qū): a pinyin reading after some characters, most often after a unit (萬(wàn)元)."""
    repl = {}
    near = set()
    for k, g in enumerate(doc.gold):
        s, e = g["span"]
        for i in range(s, e):
            if "\u4e00" <= doc.text[i] <= "\u9fff" and rng.random() < 0.6:
                repl[i] = _ruby(doc.text[i])
                doc.touched[k].add("pinyin_ruby")
        near.update(range(s - 1, e + 1))
    for i, ch in enumerate(doc.text):
        if i not in near and "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.08:
            repl[i] = _ruby(ch)
    doc.rewrite(repl)


def html_entities(doc: Doc, rng: random.Random) -> None:
    """&nbsp; (or U+00A0) between a number and its unit or as a thousands separator; quotes, & and <
    as entities; % as &#37;."""
    repl, inserts = {}, {}
    for k, g, s, e in _each_number(doc, rng, 0.7):
        choice = rng.random()
        if choice < 0.4 and e < g["span"][1]:
            inserts[e] = rng.choice(["&nbsp;", "\u00a0", "&#160;"])
        elif choice < 0.7 and (doc.text.find(".", s, e) if "." in doc.text[s:e] else e) - s >= 4:
            end = doc.text.find(".", s, e) if "." in doc.text[s:e] else e
            inserts[end - 3] = rng.choice(["&nbsp;", "\u00a0"])
        elif doc.text[e:e + 1] == "%":
            repl[e] = "&#37;"
        else:
            continue
        doc.touched[k].add("html_entities")
    for i, ch in enumerate(doc.text):
        if ch in "“”&<>" and i not in repl:
            repl[i] = {"“": "&ldquo;", "”": "&rdquo;"}.get(ch, html.escape(ch))
    doc.rewrite(repl, inserts)


def _touch_all(doc: Doc, kind: str) -> None:
    for k in range(len(doc.gold)):
        doc.touched[k].add(kind)


def enc_big5(doc: Doc, rng: random.Random) -> None:
    """A Big5 page: Traditional text; characters Big5 lacks become &#NNNNN; references."""
    traditional(doc, rng)
    doc.encoding = "big5"
    _touch_all(doc, "enc_big5")


def enc_gb18030(doc: Doc, rng: random.Random) -> None:
    doc.encoding = "gb18030"
    _touch_all(doc, "enc_gb18030")


def enc_utf16(doc: Doc, rng: random.Random) -> None:
    doc.encoding = rng.choice(["utf-16", "utf-16-le"])  # with a BOM, or without
    _touch_all(doc, "enc_utf16")


NUMBER_KINDS = [decimal_mark, fullwidth, thousands, percent_drop, mask, strip_digits, split_number,
                pinyin_ruby, html_entities]
PAGE_KINDS = [traditional, enc_big5, enc_gb18030, enc_utf16]
KINDS = {f.__name__: f for f in NUMBER_KINDS + PAGE_KINDS}


def mixed(doc: Doc, rng: random.Random) -> None:
    """Three number damages at random (in a fixed order), then maybe a script or encoding."""
    for f in sorted(rng.sample(NUMBER_KINDS, 3), key=NUMBER_KINDS.index):
        f(doc, rng)
    if rng.random() < 0.6:
        rng.choice(PAGE_KINDS)(doc, rng)


KINDS["mixed"] = mixed


def damage(txt: Path, kind: str, seed: int) -> Doc:
    doc = load(txt)
    rng = random.Random(f"{seed}:{txt.name}:{kind}")
    KINDS[kind](doc, rng)
    if kind == "mixed":
        for k in range(len(doc.gold)):
            if doc.touched.get(k):
                doc.touched[k].add("mixed")
    return doc


def write(doc: Doc, path: Path) -> list[int]:
    """Write the damaged file; return the byte offset of each character (and of the end)."""
    errors = "xmlcharrefreplace" if doc.encoding == "big5" else "strict"
    data, offsets, n = [], [], 0
    if doc.encoding == "big5":
        # a character Big5 lacks becomes a reference: re-map the text so spans stay exact
        parts, repl = [], {}
        for i, ch in enumerate(doc.text):
            try:
                ch.encode("big5")
            except UnicodeEncodeError:
                repl[i] = f"&#{ord(ch)};"
        if repl:
            doc.rewrite(repl)
    bom = b"\xff\xfe" if doc.encoding == "utf-16" else b""
    codec = "utf-16-le" if doc.encoding.startswith("utf-16") else doc.encoding
    n = len(bom)
    for ch in doc.text:
        b = ch.encode(codec, errors)
        offsets.append(n)
        data.append(b)
        n += len(b)
    offsets.append(n)
    path.write_bytes(bom + b"".join(data))
    return offsets


# ------------------------------------------------------------------------------------------ scoring

def _num(v) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def judge(facts: list[dict], g: dict, span: tuple[int, int]) -> tuple[str, dict | None]:
    """right / flagged / missed / wrong for one gold quantity whose bytes are ``span``."""
    over = [f for f in facts if f["raw_start"] < span[1] and span[0] < f["raw_end"]]
    if not over:
        return "missed", None
    for f in over:  # any other value over it is wrong, even beside the right one (5 2.4% read as 5)
        v = _num(f["value"])
        if v is not None and not _same(v, g["value"]):
            return "wrong", f
    for f in over:
        if _num(f["value"]) is not None:
            return "right", f
    return "flagged", over[0]


def extract(path: Path) -> list[dict]:
    from fupin.extraction import extract_file
    from fupin.reading import UnreadableFile

    try:
        return extract_file(path).to_dict("records")
    except UnreadableFile:
        return []


def run(kinds: list[str], seed: int, keep: Path | None, verbose: int,
        files: list[Path] | None = None) -> dict[str, Counter]:
    """Counts per kind of damage (and ``rows``: one per touched gold quantity, in ``run.rows``)."""
    folder = keep or Path(tempfile.mkdtemp(prefix="fupin-damage-"))
    folder.mkdir(parents=True, exist_ok=True)
    files = files or sorted(p for d in SETS for p in d.glob("*.txt"))
    table: dict[str, Counter] = {}
    clean_ok: dict[str, set[int]] = {}
    rows = []
    for txt in files:
        doc = load(txt)
        offsets = write(doc, folder / txt.name)
        facts = extract(folder / txt.name)
        clean_ok[txt.name] = {k for k, g in enumerate(doc.gold)
                              if judge(facts, g, (offsets[g["span"][0]], offsets[g["span"][1]]))[0] == "right"}
    for kind in kinds:
        c = table.setdefault(kind, Counter())
        for txt in files:
            doc = damage(txt, kind, seed)
            out = folder / kind / txt.name
            out.parent.mkdir(exist_ok=True)
            offsets = write(doc, out)
            facts = extract(out)
            for k, g in enumerate(doc.gold):
                if kind not in doc.touched.get(k, ()) or k not in clean_ok[txt.name]:
                    continue
                s, e = g["span"]
                verdict, f = judge(facts, g, (offsets[s], offsets[e]))
                c[verdict] += 1
                if verdict == "right" and f["unit"] != g["unit"] and not (
                        f["unit"].startswith("other") and g["unit"].startswith("other")):
                    c["unit≠"] += 1
                rows.append({"kind": kind, "file": txt.name, "gold_raw": g["raw"], "damaged": doc.text[s:e],
                             "gold_value": g["value"], "verdict": verdict,
                             "got_raw": f["raw"] if f else "", "got_value": f["value"] if f else "",
                             "flags": f["flags"] if f else "", "touched": ";".join(sorted(doc.touched[k]))})
                if verbose and verdict in ("wrong",) or (verbose and verdict == "missed" and verbose > 1):
                    print(f"  {verdict:7s} {kind:13s} {txt.name[:28]:28s} {doc.text[s:e]!r:28} gold {g['value']:g}"
                          f" got {rows[-1]['got_raw']!r} {rows[-1]['got_value']} {rows[-1]['flags']}")
    run.rows = rows  # type: ignore[attr-defined]
    if keep:
        with (folder / "damage_map.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["kind"])
            w.writeheader()
            w.writerows(rows)
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--keep", type=Path)
    ap.add_argument("-v", "--verbose", action="count", default=0)
    args = ap.parse_args(argv)
    table = run(args.kinds.split(","), args.seed, args.keep, args.verbose)
    print(f"{'damage':15s} {'touched':>7s} {'right':>6s} {'flagged':>7s} {'missed':>6s} {'wrong':>6s} {'unit≠':>6s}")
    total = Counter()
    for kind, c in table.items():
        n = sum(c[v] for v in ("right", "flagged", "missed", "wrong"))
        total.update(c)
        print(f"{kind:15s} {n:7d} {c['right']:6d} {c['flagged']:7d} {c['missed']:6d} {c['wrong']:6d} {c['unit≠']:6d}")
    n = sum(total[v] for v in ("right", "flagged", "missed", "wrong"))
    print(f"{'all':15s} {n:7d} {total['right']:6d} {total['flagged']:7d} {total['missed']:6d} {total['wrong']:6d}"
          f" {total['unit≠']:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
