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


def time_fupin(files: list[Path]) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = 0
    for f in files:
        # The corpus repeats the seeds: content caches would make repeats free, so start each file cold.
        clear_caches()
        n += len(facts_for_doc(clean_file(f)))
    return time.perf_counter() - t0, n


def time_jionlp(texts: list[str]) -> tuple[float, int] | None:
    try:
        import jionlp
    except ImportError:
        return None
    extract_money = jionlp.ner.extract_money  # jionlp >= 1.4 keeps it under .ner
    extract_money(texts[0])  # load its dictionaries before timing
    t0 = time.perf_counter()
    n = sum(len(extract_money(t)) for t in texts)
    return time.perf_counter() - t0, n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    with tempfile.TemporaryDirectory() as tmp:
        files = build_corpus(Path(tmp), args.mb)
        mb = sum(f.stat().st_size for f in files) / 1e6
        texts = [f.read_text(encoding="utf-8") for f in files]
        clean_file(files[0])  # warm caches (OpenCC, jieba dictionary) outside the timing
        secs, n_facts = time_fupin(files)
        jio = time_jionlp(texts)
    result = {
        "corpus_mb": round(mb, 2), "files": len(files), "python": sys.version.split()[0],
        "machine": platform.machine(),
        "fupin_seconds": round(secs, 2), "fupin_mb_per_s": round(mb / secs, 2), "fupin_facts": n_facts,
    }
    if jio:
        result.update(jionlp_money_seconds=round(jio[0], 2), jionlp_money_mb_per_s=round(mb / jio[0], 2),
                      jionlp_money_found=jio[1], ratio=round((mb / secs) / (mb / jio[0]), 2))
    out = Path(__file__).parent / "results" / "throughput.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
