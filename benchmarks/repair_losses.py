"""Break the losses of benchmarks/repair_unseen.py down by kind.

For every damaged document of the unseen-damage benchmark (same documents, same tables), the
characters of the clean text that the repair does not reproduce are grouped by what the output
has there and by what the clean text had:

* output: ``flagged`` (U+FFFD / 〓 written), ``left`` (the damaged text left as it was: the run was
  not repaired), ``dropped`` (nothing written), ``wrong`` (another character written);
* clean: ``han``, ``digit``, ``break`` (line break), ``punct`` (ASCII or CJK marks), ``other``.

    PYTHONPATH=lib .venv/bin/python benchmarks/repair_losses.py [--tables 4] [--offset 0] [--show 40]
        [--docs GLOB ...] [--no-genre-words]   (the documents and switches of repair_unseen.py)
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from difflib import SequenceMatcher

from fupin import gbk_damage, repair

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("repair_unseen", Path(__file__).with_name("repair_unseen.py"))
bench = importlib.util.module_from_spec(_spec)
sys.modules["repair_unseen"] = bench
_spec.loader.exec_module(bench)

_HAN = re.compile(r"[\u3400-\u9fff]")


def kind_of(ch: str) -> str:
    if _HAN.match(ch):
        return "han"
    if ch in bench.DIGITS:
        return "digit"
    if ch in "\n\r":
        return "break"
    if ch.isspace():
        return "space"
    return "punct"


def losses(clean: str, table: dict[str, str]):
    reference = gbk_damage.normalise(clean)
    damaged = gbk_damage.damage(clean, table)
    naive = repair.degloss(damaged)
    repair.clear_caches()
    out, edits = repair.repair(damaged)
    ref_naive, _ = bench._good_positions(reference, naive)
    sm = SequenceMatcher(None, reference, out, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        lost = [i for i in range(i1, i2) if not ref_naive[i]]
        if not lost:
            continue
        seg = out[j1:j2]
        if not seg:
            state = "dropped"
        elif "?" in seg or re.search(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùü]\)", seg):
            state = "left"
        elif all(c in (repair.REPLACEMENT, repair.NOT_A_DIGIT) for c in seg):
            state = "flagged"
        else:
            state = "wrong"
        for i in lost:
            yield state, kind_of(reference[i]), reference[max(0, i1 - 8):i2 + 8], out[max(0, j1 - 8):j2 + 8]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tables", type=int, default=4)
    ap.add_argument("--size", type=int, default=54)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--show", type=int, default=40, help="examples to print")
    ap.add_argument("--docs", action="append", metavar="GLOB",
                    help="clean texts to damage instead of the default documents (repeatable)")
    ap.add_argument("--no-genre-words", action="store_true",
                    help="run the repair without lib/fupin/data/genre_words.csv")
    args = ap.parse_args()
    if args.no_genre_words:
        bench.without_genre_words()
    repair.warm_up()
    counts: Counter[tuple[str, str]] = Counter()
    examples = []
    for d, (name, doc) in enumerate(bench.clean_documents(args.docs)):
        for seed in range(args.tables):
            table = bench.random_table(doc, args.size, 7919 * d + seed + args.offset)
            last = None
            for state, kind, ref, out in losses(doc, table):
                counts[(state, kind)] += 1
                if (ref, out) != last:
                    examples.append((name, state, kind, ref, out))
                    last = (ref, out)
    total = sum(counts.values())
    print(f"unrecovered characters: {total}")
    for (state, kind), n in counts.most_common():
        print(f"  {state:8s} {kind:6s} {n}")
    for name, state, kind, ref, out in examples[: args.show]:
        print(f"{name:12s} {state:8s} {kind:6s} {ref!r:40s} -> {out!r}")


if __name__ == "__main__":
    main()
