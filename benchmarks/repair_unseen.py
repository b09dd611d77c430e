"""Repair on unseen damage: clean real reports damaged by the seeds' mechanism, then repaired.

The clean, undamaged real reports of the development corpus and the clean seeds (001, 003, 004)
are converted to Traditional (the mirror served Traditional text: many Traditional characters have
an ASCII-looking trail byte, which is what makes the damage), damaged with the project's forward
model (:func:`fupin.gbk_damage.damage`) under several random page annotation tables (fixed seeds),
repaired, and compared with the clean text character by character.

* **damaged characters**: characters of the clean text that the naive clean (glosses stripped,
  nothing else) does not reproduce;
* **recovered**: those the repair reproduces;
* **accepted**: characters written by a repair edit (not U+FFFD / 〓), and their precision;
* **flagged**: U+FFFD / 〓 written by the repair;
* **digits invented**: an accepted digit or numeral that the clean text does not have there,
  plus any digit string outside the clean text's digit strings (must be 0).

    PYTHONPATH=lib .venv/bin/python benchmarks/repair_unseen.py [--tables 4] [--size 54] [--offset 0] [-v]
        [--docs GLOB ...] [--no-genre-words] [--dump FILE.json]

The corpus is read from ``../shared/corpus`` when it is beside the project, else from
``tests/data/corpus``; the seeds from ``data/raw``.

Held-out measurement: ``--docs GLOB`` (repeatable; relative to the project root) replaces the
default documents by every file the globs match (whole .txt, as for the default documents);
``--no-genre-words`` runs the repair without ``lib/fupin/data/genre_words.csv`` (the benchmark
alone hides the file from the repair's vocabulary loader; the library is unchanged); ``--dump``
writes, per document and table, the clean positions damaged and recovered, so two runs can be
compared (``benchmarks/repair_heldout_compare.py``).
"""
from __future__ import annotations

import argparse
import glob
import json
import random
import tempfile
import re
import time
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import opencc

from fupin import gbk_damage, repair
from fupin.paths import RAW_DIR, ROOT, SHARED_DIR, TEST_CORPUS_DIR

# Real reports of the development corpus that carry no damage of their own.
CLEAN_REPORTS = ("07", "08", "09", "12", "13", "14", "17", "19", "20")
CLEAN_SEEDS = ("001", "003", "004")
DIGITS = set("0123456789０１２３４５６７８９")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def clean_documents(docs: list[str] | None = None) -> list[tuple[str, str]]:
    """(name, clean Traditional text) of every clean real report and seed, or of every file
    matched by the globs ``docs`` (named folder/stem)."""
    if docs:
        found = {Path(f) for g in docs for f in glob.glob(str(ROOT / g) if not Path(g).is_absolute() else g)}
        paths = sorted(found)
    else:
        corpus = SHARED_DIR / "corpus"
        if not corpus.is_dir():
            corpus = TEST_CORPUS_DIR
        paths = [p for n in CLEAN_REPORTS for p in sorted(corpus.glob(f"{n}_*.txt"))]
        paths += [p for n in CLEAN_SEEDS for p in sorted(Path(RAW_DIR).glob(f"{n}_*.txt"))]
    s2tw = opencc.OpenCC("s2tw")
    docs_given, docs = bool(docs), []
    for p in paths:
        text = s2tw.convert(p.read_text(encoding="utf-8"))
        # The mirror's encoder turns characters outside GBK into '?': keep the clean text inside GBK.
        text = "".join(c for c in text if len(c.encode("gbk", errors="ignore")) == len(c.encode("gbk", errors="replace")))
        docs.append((f"{p.parent.name}/{p.stem}" if docs_given else p.stem[:3].rstrip("_"), text))
    return docs


def without_genre_words() -> None:
    """Hide ``genre_words.csv`` from the repair's vocabulary loader, for this process only.

    The loader reads every .yaml/.csv beside ``repair_lm.yaml`` (``repair.data_file``); the
    repair module is pointed at a temporary folder holding links to every data file but that one."""
    real = repair.data_file("repair_lm.yaml").parent
    folder = Path(tempfile.mkdtemp(prefix="fupin_nogenre_"))
    for f in real.iterdir():
        if f.name != "genre_words.csv":
            (folder / f.name).symlink_to(f)
    repair.data_file = lambda name: folder / name
    repair._config.cache_clear()
    repair._vocabulary_words.cache_clear()
    repair.clear_caches()


def random_table(text: str, size: int, seed: int) -> dict[str, str]:
    """A page-like annotation table: ``size`` distinct Han characters of ``text`` with a reading."""
    han = sorted({c for c in text if _HAN.match(c) and repair.readings(c)})
    rng = random.Random(seed)
    chosen = rng.sample(han, min(size, len(han)))
    return {c: sorted(repair.readings(c))[0] for c in sorted(chosen)}


def _good_positions(reference: str, text: str) -> tuple[list[bool], list[bool]]:
    """Per character of ``reference`` and of ``text``: is it in a matching block of the diff."""
    ref_ok, txt_ok = [False] * len(reference), [False] * len(text)
    for a, b, n in SequenceMatcher(None, reference, text, autojunk=False).get_matching_blocks():
        for k in range(n):
            ref_ok[a + k] = True
            txt_ok[b + k] = True
    return ref_ok, txt_ok


@dataclass
class Tally:
    docs: int = 0
    runs: int = 0
    damaged: int = 0
    recovered: int = 0
    accepted: int = 0
    wrong: int = 0
    flagged: int = 0
    digits_invented: int = 0
    seconds: float = 0.0

    def add(self, o: "Tally") -> None:
        for k, v in vars(o).items():
            setattr(self, k, getattr(self, k) + v)

    def line(self) -> str:
        rec = self.recovered / self.damaged if self.damaged else 1.0
        prec = 1.0 - self.wrong / self.accepted if self.accepted else 1.0
        per_run = 1000 * self.seconds / self.runs if self.runs else 0.0
        return (f"recovered {self.recovered}/{self.damaged} = {rec:.1%}  precision "
                f"{self.accepted - self.wrong}/{self.accepted} = {prec:.4f}  flagged {self.flagged}  "
                f"digits invented {self.digits_invented}  runs {self.runs}  "
                f"{per_run:.1f} ms/run ({self.seconds:.1f} s)")


def evaluate(clean: str, table: dict[str, str], positions: dict | None = None) -> Tally:
    """Damage ``clean`` with ``table``, repair it and count what came back right (and, when
    ``positions`` is given, store there the reference, damaged and recovered positions)."""
    reference = gbk_damage.normalise(clean)
    damaged = gbk_damage.damage(clean, table)
    naive = repair.degloss(damaged)
    repair.clear_caches()
    t0 = time.perf_counter()
    out, edits = repair.repair(damaged)
    t = Tally(docs=1, seconds=time.perf_counter() - t0)
    ref_naive, _ = _good_positions(reference, naive)
    ref_out, out_ok = _good_positions(reference, out)
    t.damaged = sum(not ok for ok in ref_naive)
    t.recovered = sum(1 for a, b in zip(ref_naive, ref_out) if not a and b)
    if positions is not None:
        positions["reference"] = reference
        positions["damaged"] = [i for i, a in enumerate(ref_naive) if not a]
        positions["recovered"] = [i for i, (a, b) in enumerate(zip(ref_naive, ref_out)) if not a and b]
    shift = 0
    for e in edits:
        o = e.start + shift
        shift += len(e.after) - (e.end - e.start)
        if e.method == "pinyin_gloss":
            continue
        t.runs += 1
        for j in range(o, o + len(e.after)):
            ch = out[j]
            if ch in (repair.REPLACEMENT, repair.NOT_A_DIGIT):
                t.flagged += 1
                continue
            t.accepted += 1
            if not out_ok[j]:
                t.wrong += 1
                if positions is not None:
                    positions.setdefault("wrong", []).append(out[max(0, j - 8):j + 9])
                if ch in DIGITS or ch in repair._numerals():
                    t.digits_invented += 1
    # A digit string of the output that the clean text does not have at all is invented too.
    ref_numbers = set(re.findall(r"[0-9]+", reference))
    t.digits_invented += sum(1 for m in re.findall(r"[0-9]+", out)
                             if not any(m in r for r in ref_numbers))
    return t


def run(tables: int, size: int, verbose: bool = False, offset: int = 0,
        docs: list[str] | None = None, dump: list | None = None) -> Tally:
    total = Tally()
    repair.warm_up()
    for d, (name, doc) in enumerate(clean_documents(docs)):
        sub = Tally()
        for seed in range(tables):
            pos = None if dump is None else {"doc": name, "seed": 7919 * d + seed + offset}
            sub.add(evaluate(doc, random_table(doc, size, 7919 * d + seed + offset), pos))
            if dump is not None:
                dump.append(pos)
        if verbose:
            print(f"  {name:4s} {sub.line()}")
        total.add(sub)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tables", type=int, default=4)
    ap.add_argument("--size", type=int, default=54)
    ap.add_argument("--offset", type=int, default=0, help="shift of the table seeds (held-out draws)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--docs", action="append", metavar="GLOB",
                    help="clean texts to damage instead of the default documents (repeatable)")
    ap.add_argument("--no-genre-words", action="store_true",
                    help="run the repair without lib/fupin/data/genre_words.csv")
    ap.add_argument("--dump", metavar="FILE", help="write per-table damaged/recovered positions (JSON)")
    args = ap.parse_args()
    if args.no_genre_words:
        without_genre_words()
    dump = [] if args.dump else None
    t = run(args.tables, args.size, args.verbose, args.offset, args.docs, dump)
    print(f"repair_unseen ({t.docs} damaged documents): {t.line()}")
    if args.dump:
        Path(args.dump).write_text(json.dumps({"tally": vars(t), "tables": dump}, ensure_ascii=False),
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
