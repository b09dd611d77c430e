"""Compare two ``repair_unseen.py --dump`` files of the same documents and tables (typically with
and without the genre vocabulary): the damaged runs only one of them recovers, with their clean
context and the genre words (lib/fupin/data/genre_words.csv) that cover them.

    PYTHONPATH=lib .venv/bin/python benchmarks/repair_heldout_compare.py WITH.json WITHOUT.json
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import opencc

from fupin.paths import data_file


def genre_words() -> list[str]:
    lines = [ln for ln in data_file("genre_words.csv").read_text(encoding="utf-8").splitlines()
             if not ln.startswith("#")]
    return [row["word"] for row in csv.DictReader(lines)]


def runs(positions: list[int]) -> list[tuple[int, int]]:
    """Contiguous spans [start, end) of sorted positions."""
    out: list[tuple[int, int]] = []
    for p in positions:
        if out and out[-1][1] == p:
            out[-1] = (out[-1][0], p + 1)
        else:
            out.append((p, p + 1))
    return out


def differences(a: dict, b: dict, words: list[str]) -> list[dict]:
    """Spans of table ``a`` recovered there but not in ``b``."""
    t2s = opencc.OpenCC("tw2s")
    ref = a["reference"]
    only = sorted(set(a["recovered"]) - set(b["recovered"]))
    found = []
    for s, e in runs(only):
        lo, hi = max(0, s - 8), min(len(ref), e + 8)
        simp = t2s.convert(ref[lo:hi])
        covering = sorted({w for w in words if len(simp) == hi - lo
                           for k in range(len(simp)) if simp.startswith(w, k)
                           and k + lo < e and k + lo + len(w) > s})
        found.append({"doc": a["doc"], "seed": a["seed"], "chars": ref[s:e],
                      "context": ref[lo:hi], "genre_words": covering})
    return found


def main() -> None:
    with_, without = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
    words = genre_words()
    keyed = {(t["doc"], t["seed"]): t for t in without["tables"]}
    gained, lost = [], []
    for t in with_["tables"]:
        other = keyed[(t["doc"], t["seed"])]
        assert other["reference"] == t["reference"] and other["damaged"] == t["damaged"]
        gained += differences(t, other, words)
        lost += differences(other, t, words)
    print(json.dumps({"recovered_only_with": gained, "recovered_only_without": lost},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
