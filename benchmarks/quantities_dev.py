"""Dev check of fupin.quantities on the seed bodies against the gold table, plus throughput.

Dev text only (the real pipeline cleans text properly): pinyin glosses are stripped with a regex, the text
is converted with OpenCC tw2s, the related-headline lists after the final line `-` are cut, and a line
that ends in a digit is joined to the next (a layout break such as 实施8\\n\\n类). The comparison is the
scorer's: multiset of (value, unit class), units outside the 14 canonical ones count as one class.

    .venv/bin/python benchmarks/quantities_dev.py [-v] [--no-speed]
"""
from __future__ import annotations

import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

import opencc

from fupin.paths import GOLD_FACTS, RAW_DIR
from fupin.quantities import find_quantities

CANONICAL = {"CNY", "percent", "percentage_point", "project", "person", "person_time", "household",
             "village", "enterprise", "document", "item", "mu", "ton", "head"}
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")


def unit_class(unit: str) -> str:
    return unit if unit in CANONICAL else "other"


def dev_text(path: Path) -> str:
    text = PINYIN.sub("", path.read_text(encoding="utf-8"))
    text = opencc.OpenCC("tw2s").convert(text)
    lines = text.split("\n")
    if "-" in (l.strip() for l in lines):
        last = max(i for i, l in enumerate(lines) if l.strip() == "-")
        lines = lines[:last]
    return re.sub(r"(?<=[0-9])\n+", "", "\n".join(lines))


def key(value: float) -> str:
    return f"{value:.6g}"


def main() -> int:
    verbose = "-v" in sys.argv
    gold: dict[str, Counter] = {}
    with GOLD_FACTS.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["in_body"] == "yes" and row["value"]:
                gold.setdefault(row["file"], Counter())[(key(float(row["value"])), unit_class(row["unit"]))] += 1
    TP = FP = FN = 0
    corpus = []
    for path in sorted(RAW_DIR.glob("*.txt")):
        text = dev_text(path)
        corpus.append(text)
        qs = find_quantities(text)
        found = Counter((key(q.value), unit_class(q.unit)) for q in qs if q.value is not None)
        g = gold.get(path.name, Counter())
        tp = sum((found & g).values())
        fp = sum((found - g).values())
        fn = sum((g - found).values())
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        print(f"{path.name}: gold {sum(g.values())} found {sum(found.values())} tp {tp} fp {fp} fn {fn}")
        if verbose:
            extra, missed = found - g, g - found
            for q in qs:
                k = (key(q.value), unit_class(q.unit)) if q.value is not None else None
                mark = "+" if k in extra and extra[k] > 0 else " "
                if mark == "+":
                    extra[k] -= 1
                print(f"  {mark} {q.raw!r:22} {q.value} {q.unit} {q.qualifier} noun={q.noun} {q.flags}")
            for k, n in missed.items():
                print(f"  MISSED {k} x{n}")
    p, r = TP / (TP + FP), TP / (TP + FN)
    print(f"precision {p:.3f} recall {r:.3f} (tp {TP} fp {FP} fn {FN})")
    if "--no-speed" not in sys.argv:
        blob = "\n".join(corpus)
        reps = 5_000_000 // len(blob.encode("utf-8")) + 1
        big = "\n".join([blob] * reps)
        mb = len(big.encode("utf-8")) / 1e6
        find_quantities(blob)  # load the grammar outside the timing
        times = []
        for _ in range(3):  # best of three: other processes share the machine
            t0 = time.perf_counter()
            n = len(find_quantities(big))
            times.append(time.perf_counter() - t0)
        dt = min(times)
        print(f"throughput {mb / dt:.1f} MB/s best of 3 ({mb:.1f} MB, {n} quantities, {dt:.2f} s;"
              f" runs {', '.join(f'{t:.2f}' for t in times)} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
