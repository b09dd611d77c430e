"""Throughput of clean + extract + attribute on a >= 5 MB corpus built from data/raw, on one core,
against jionlp's money-only extractor (``extract_money``) on the same text.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_throughput.py [--mb 5]``.
Writes benchmarks/results/throughput.json and prints a summary.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from fupin import paths
from fupin.cleaning import clean_file
from fupin.extraction import facts_for_doc
from fupin.repair import clear_caches


def build_corpus(folder: Path, min_mb: float) -> list[Path]:
    """Copies of the raw files (distinct names) until the corpus holds ``min_mb`` MB."""
    raws = sorted(paths.RAW_DIR.glob("*.txt"))
    out, total, i = [], 0, 0
    while total < min_mb * 1e6:
        for src in raws:
            dst = folder / f"{i:04d}_{src.name}"
            dst.write_bytes(src.read_bytes())
            out.append(dst)
            total += dst.stat().st_size
        i += 1
    return out


# Memos keyed by text (phrases, words): a real corpus reuses them across documents, but the copies here
# would make them free, so they are emptied with the repair caches before each file (those that exist in
# the library being measured: the script also times older versions side by side).
CONTENT_CACHES = {"fupin.indicator": ("_words_of", "slug", "_pinyin"), "fupin.region": ("_national_reference",)}


def clear_content_caches() -> None:
    import importlib

    clear_caches()
    for module, names in CONTENT_CACHES.items():
        mod = importlib.import_module(module)
        for name in names:
            fn = getattr(mod, name, None)
            if hasattr(fn, "cache_clear"):
                fn.cache_clear()


def time_fupin(files: list[Path]) -> tuple[float, int, float]:
    """(wall seconds, facts, CPU seconds of this process)."""
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for f in files:
        # The corpus repeats the seeds: content caches would make repeats free, so start each file cold.
        clear_content_caches()
        n += len(facts_for_doc(clean_file(f)))
    return time.perf_counter() - t0, n, time.process_time() - c0


def time_jionlp(texts: list[str]) -> tuple[float, int, float] | None:
    try:
        import jionlp
    except ImportError:
        return None
    extract_money = jionlp.ner.extract_money  # jionlp >= 1.4 keeps it under .ner
    extract_money(texts[0])  # load its dictionaries before timing
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(len(extract_money(t)) for t in texts)
    return time.perf_counter() - t0, n, time.process_time() - c0


_JIONLP_CHILD = """
import json, sys, time
import jionlp
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
extract_money = jionlp.ner.extract_money
extract_money(texts[0])
t0, c0 = time.perf_counter(), time.process_time()
n = sum(len(extract_money(t)) for t in texts)
print(json.dumps([time.perf_counter() - t0, n, time.process_time() - c0]))
"""


def time_jionlp_in(python: str, files: list[Path]) -> tuple[float, int, float]:
    """``time_jionlp`` in another interpreter (a separate environment holding jionlp), on the same
    files and the same core (the child inherits this process's CPU affinity)."""
    import subprocess

    out = subprocess.run([python, "-c", _JIONLP_CHILD, *map(str, files)], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    secs, n, cpu = json.loads(out)
    return secs, n, cpu


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "throughput.json",
                    help="where to write the figures (JSON)")
    ap.add_argument("--no-jionlp", action="store_true", help="time fupin only")
    ap.add_argument("--jionlp-python", metavar="PYTHON", default=None,
                    help="time jionlp with this interpreter (an environment of its own) instead of in-process")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    with tempfile.TemporaryDirectory() as tmp:
        files = build_corpus(Path(tmp), args.mb)
        mb = sum(f.stat().st_size for f in files) / 1e6
        texts = [f.read_text(encoding="utf-8") for f in files]
        clean_file(files[0])  # warm caches (OpenCC, jieba dictionary) outside the timing
        secs, n_facts, cpu = time_fupin(files)
        jio = None if args.no_jionlp else (time_jionlp_in(args.jionlp_python, files) if args.jionlp_python
                                             else time_jionlp(texts))
    result = {
        "corpus_mb": round(mb, 2), "files": len(files), "python": sys.version.split()[0],
        "machine": platform.machine(),
        "fupin_seconds": round(secs, 2), "fupin_mb_per_s": round(mb / secs, 2), "fupin_facts": n_facts,
        # CPU seconds: on a shared machine the wall clock also counts the time other processes held the
        # core, so the CPU figures are the ones to compare
        "fupin_cpu_seconds": round(cpu, 2), "fupin_cpu_mb_per_s": round(mb / cpu, 3),
    }
    if jio:
        result.update(jionlp_money_seconds=round(jio[0], 2), jionlp_money_mb_per_s=round(mb / jio[0], 2),
                      jionlp_money_found=jio[1], ratio=round((mb / secs) / (mb / jio[0]), 2),
                      jionlp_money_cpu_seconds=round(jio[2], 2), jionlp_money_cpu_mb_per_s=round(mb / jio[2], 3),
                      ratio_cpu=round(jio[2] / cpu, 3))
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
