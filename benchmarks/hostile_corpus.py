"""Hostile input, file by file: generate the hostile corpus (tests/hostile_corpus.py) and run the
per-file pass of the pipeline on each of its files in a forked process limited to 2 GiB of
address space; print files, processed, skipped by reason, crashes, the slowest files (CPU seconds, the per-file
budget, and wall seconds) and the peak memory per file.

    PYTHONPATH=lib python benchmarks/hostile_corpus.py [--fast] [--keep DIR] [--timeout S]
"""
from __future__ import annotations

import argparse
import collections
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile_corpus as hc  # noqa: E402

from fupin.batch import expand  # noqa: E402


def _reason_key(reason: str) -> str:
    return re.sub(r"\d+(\.\d+)?", "N", reason.split(" as ")[0].split(":")[0])[:70]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fast", action="store_true", help="one file of each kind (about 120), sizes scaled down")
    ap.add_argument("--keep", metavar="DIR", help="write the corpus here and keep it")
    ap.add_argument("--timeout", type=float, default=120.0, help="kill a file's process after S seconds")
    ap.add_argument("--only", metavar="TEXT", help="only the files whose path in the corpus contains TEXT")
    ap.add_argument("--verbose", "-v", action="store_true", help="one line per file as it is done")
    ap.add_argument("--limit-seconds", type=float, default=30.0, help="CPU seconds a file may take")
    ap.add_argument("--limit-mb", type=float, default=2048.0)
    args = ap.parse_args(argv)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="fupin-hostile-"))
    try:
        t0 = time.perf_counter()
        entries = hc.generate(folder, full=not args.fast)
        files = [f for f in expand([folder]) if not args.only or args.only in str(f.relative_to(folder))]
        print(f"generated {len(entries)} entries ({sum(e.good for e in entries)} good) in "
              f"{time.perf_counter() - t0:.1f} s; {len(files)} paths after folder expansion")
        hc.warm_up()
        t0 = time.perf_counter()
        results = []
        for f in files:
            results.append(hc.measure(f, timeout=args.timeout))
            if args.verbose:
                r = results[-1]
                print(f"  {r.cpu_seconds:6.1f} s CPU {r.seconds:6.1f} s wall {r.max_rss_mb:6.0f} MB {r.status:9s} {str(r.path.relative_to(folder))!r:.90}",
                      flush=True)
        total = time.perf_counter() - t0
        by = collections.Counter(r.status for r in results)
        reasons = collections.Counter(_reason_key(r.reason) for r in results if r.status == "skipped")
        print(f"files: {len(results)}  processed: {by['processed']}  skipped: {by['skipped']}  "
              f"crashes: {by['crash']}  timeouts: {by['timeout']}  memory errors: {by['memory']}  "
              f"(total {total:.0f} s)")
        for why, n in reasons.most_common():
            print(f"  skipped {n:4d}: {why}")
        for r in results:
            if r.status in ("crash", "timeout", "memory"):
                print(f"  {r.status.upper()}: {r.path.relative_to(folder)!s}: {r.reason}")
        slow = sorted(results, key=lambda r: -r.cpu_seconds)
        fat = max(results, key=lambda r: r.max_rss_mb)
        print(f"max CPU seconds per file: {slow[0].cpu_seconds:.1f} ({slow[0].path.relative_to(folder)!s}); "
              f"max wall seconds: {max(r.seconds for r in results):.1f}")
        print(f"max RSS per file: {fat.max_rss_mb:.0f} MB ({fat.path.relative_to(folder)!s})")
        print("slowest files:")
        for r in slow[:10]:
            print(f"  {r.cpu_seconds:6.1f} s CPU {r.seconds:6.1f} s wall {r.max_rss_mb:6.0f} MB {r.status:9s} {str(r.path.relative_to(folder))!r:.90}")
        over = [r for r in results if r.cpu_seconds > args.limit_seconds or r.max_rss_mb > args.limit_mb]
        print(f"over the limits ({args.limit_seconds:.0f} CPU s, {args.limit_mb:.0f} MB): {len(over)}")
        bad = by["crash"] + by["timeout"] + by["memory"] + len(over)
        return 1 if bad else 0
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
