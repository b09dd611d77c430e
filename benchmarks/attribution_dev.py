"""Agreement of fupin.attribution with the gold seed table (indicator, region, period, actor).

Usage: python benchmarks/attribution_dev.py [--verbose] [--parser]

Without --parser the quantities are built from the gold rows themselves (each gold `raw` located
in the cleaned article text), so only attribution is measured. With --parser the quantities come
from fupin.quantities.find_quantities and are paired with gold rows by overlapping spans.

The cleaning here is a stand-in for the real pipeline: pinyin glosses are stripped, the text is
converted with OpenCC tw2s, layout breaks after a comma are re-joined, the related-headline list
is cut off, 003's displaced paragraph is put back, and 003 is split into its six articles.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass

import opencc

from fupin.attribution import attribute
from fupin.model import Quantity
from fupin.paths import GOLD_FACTS, RAW_DIR

PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
CONTEXT = re.compile(r"\[context: (.*?); raw occurs (\d+)x in file as substring, this is occurrence (\d+)\]")
_cc = opencc.OpenCC("tw2s")

# 003 is a newspaper page; each article starts at one of these lines (README section 1).
PAGE_003 = ["握好", "位于昌都市类乌齐县", "安居乐业笑开颜", "拉萨市达孜区", "日喀则市萨嘎县", "南京对口支援墨竹工卡县"]
TITLE_003_2 = "一支『住进群众心里』的队伍"


def clean(raw: str) -> str:
    return _cc.convert(PINYIN.sub("", raw))


def join_breaks(text: str) -> str:
    """Re-join paragraphs the page layout split mid-sentence (previous line long, no final stop)."""
    text = re.sub(r"(?<=[，,、])\n+", "", text)
    return re.sub(r"(?<=[^\n]{30}[\u4e00-\u9fff\d])\n\n(?=[\u4e00-\u9fff])", "", text)


def prepare(name: str, raw: str) -> list[tuple[int, str, str, int]]:
    """(article, title, text, offset of text in the cleaned file) for one seed file."""
    text = clean(raw)
    text = join_breaks(text)
    if name.startswith("003"):
        top = re.search(r"\n+(脱贫县统筹整合资金实施方案.*?)\n", text)
        if top:  # put the displaced paragraph back after 编制2022年 (README section 1)
            para = top.group(1)
            text = text[: top.start()] + "\n" + text[top.end():]
            cut = text.index("编制2022年") + len("编制2022年")
            text = text[:cut] + para + text[cut:]
    else:
        end = re.search(r"\n-\n", text)
        text = text[: end.start()] if end else text
    if not name.startswith("003"):
        return [(1, text.split("\n", 1)[0], text, 0)]
    starts = [text.index(s) for s in PAGE_003]
    starts = [0] + starts[1:]
    out = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        seg = text[a:b]
        lines = [ln for ln in seg.split("\n") if ln.strip()]
        title = lines[0] if lines else ""
        if k == 1:
            title = TITLE_003_2
        out.append((k + 1, title, seg, a))
    return out


@dataclass
class GoldRow:
    row: dict
    start: int   # in the cleaned file text
    end: int


def locate(rows: list[dict], text: str) -> list[GoldRow]:
    """Find each gold raw in the cleaned file text, using the note's context for repeats."""
    out, cursor = [], {}
    for r in rows:
        raw = clean(r["raw"]).replace("\n", "")
        m = CONTEXT.search(r["note"])
        pos = -1
        if m:
            ctx = clean(m.group(1))
            c = text.find(ctx)
            ctx = join_breaks(ctx).replace("\n", "")
            c = text.find(ctx)
            if c >= 0:
                pos = text.find(raw, c)
                if pos < 0 or pos > c + len(ctx):
                    pos = text.rfind(raw, 0, c + len(ctx))
        if pos < 0:
            pos = text.find(raw, cursor.get(raw, 0))
        if pos < 0:
            pos = text.find(raw)
        if pos < 0:
            print(f"  not found: {r['file'][:3]} {raw!r}", file=sys.stderr)
            continue
        cursor[raw] = pos + 1
        out.append(GoldRow(r, pos, pos + len(raw)))
    return out


def gold_quantity(g: GoldRow, offset: int) -> Quantity:
    r = g.row
    value = float(r["value"]) if r["value"] else None
    return Quantity(g.start - offset, g.end - offset, clean(r["raw"]).replace("\n", ""), value, r["unit"], r["qualifier"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--parser", action="store_true", help="use fupin.quantities.find_quantities")
    args = ap.parse_args()
    with GOLD_FACTS.open(encoding="utf-8", newline="") as fh:
        gold = [r for r in csv.DictReader(fh) if r["in_body"] == "yes"]
    agree, total, missing = Counter(), 0, 0
    confusion: Counter = Counter()
    for name in sorted({r["file"] for r in gold}):
        raw = (RAW_DIR / name).read_text(encoding="utf-8")
        for article, title, text, offset in prepare(name, raw):
            rows = [r for r in gold if r["file"] == name and int(r["article"]) == article]
            if not rows:
                continue
            located = locate(rows, _file_text(prepare(name, raw)))
            located = [g for g in located if offset <= g.start < offset + len(text)]
            missing += len(rows) - len(located)
            if args.parser:
                from fupin.quantities import find_quantities
                qs = find_quantities(text)
                pairs = []
                for g in located:
                    s, e = g.start - offset, g.end - offset
                    hit = next((q for q in qs if q.start < e and s < q.end), None)
                    if hit is None:
                        missing += 1
                    else:
                        pairs.append((g, hit))
                quantities = [q for q in qs]
                res = dict(zip(map(id, quantities), attribute(text, quantities, title=title)))
                results = [(g, res[id(q)]) for g, q in pairs]
            else:
                quantities = [gold_quantity(g, offset) for g in located]
                results = list(zip(located, attribute(text, quantities, title=title)))
            for g, a in results:
                r = g.row
                total += 1
                ok = {"indicator": a.indicator == r["indicator"], "region": a.region == r["region"],
                      "period": a.period == r["period"], "actor": a.actor == r["actor"]}
                agree.update(k for k, v in ok.items() if v)
                if not ok["indicator"]:
                    confusion[(r["indicator"], a.indicator)] += 1
                if args.verbose and not all(ok.values()):
                    diffs = [f"{k}: gold={r[k]!r} got={getattr(a, k)!r}" for k, v in ok.items() if not v]
                    ctx = text[max(0, g.start - offset - 14): g.end - offset + 6].replace("\n", "⏎")
                    print(f"{name[:3]}-{article} {r['raw']!r:14} {ctx}\n      " + "; ".join(diffs))
    print(f"rows compared {total} (not located {missing})")
    for k in ("indicator", "region", "period", "actor"):
        print(f"{k:9} agreement {agree[k] / total:.3f} ({agree[k]}/{total})")
    if args.verbose:
        for (g, a), c in confusion.most_common():
            print(f"  {c} x gold {g} -> {a}")
    return 0


def _file_text(articles: list[tuple[int, str, str, int]]) -> str:
    """The cleaned file text the article offsets refer to."""
    return "".join(seg for _, _, seg, _ in articles) if len(articles) > 1 else articles[0][2]


if __name__ == "__main__":
    sys.exit(main())
