"""Scale: wall time and peak memory of the corpus pass on generated corpora of growing size, and the
speed-up from 1 to 2 worker processes.

The corpus is generated (outside the project, in a temporary folder or ``--dir``) from the project's own
articles (``data/raw`` and ``tests/data/corpus``): copy *i* of every article gets a distinct name and
its digits perturbed (each digit run keeps its length and leading digit class, the other digits are
drawn afresh), so no two files are equal; the repair's caches are also cleared before every file, so
no cache carries work from one copy to the next.

Measured per size, each in a fresh Python process (``pipeline.build``: notebook 01's one pass, every
table streamed to partitioned Parquet, then CSV), sampling every 0.1 s the resident memory of that
process and its workers:

* wall time and MB/s;
* peak RSS of the whole process tree (main + workers) and of its largest process;
* then, in another fresh process, the rates and checks of the written tables as notebook 03 computes
  them (``pipeline.rates_and_checks``: a run of whole files at a time); ``--whole-rates`` also times
  the former whole-table computation (``compute_rates`` / ``find_checks`` on ``facts`` read whole),
  whose memory grows with the corpus.

The speed-up from 1 to 2 workers is measured on one corpus, one run after the other, with the CPU
seconds of each run (main process and workers) and the load average sampled during it: on a shared
machine the wall-time speed-up is bounded by the cores left free, so the result also gives the cores
each run actually got (CPU seconds / wall) and the parallel overhead (CPU seconds 2 / CPU seconds 1).

Run: ``.venv/bin/python benchmarks/bench_scale.py [--sizes 5,20,40] [--jobs 2] [--speedup-mb 5]``
Writes benchmarks/results/scale.json and prints a table. On a 2-core machine 200 MB takes hours:
the default series is small; give ``--sizes 20,100,200`` where there is time.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "data" / "raw", ROOT / "tests" / "data" / "corpus"]
DIGITS = re.compile(r"[0-9]+")


def _perturb(text: str, rng: random.Random) -> str:
    def new(m: re.Match) -> str:
        s = m.group(0)
        head = s[0] if s[0] == "0" else str(rng.randint(1, 9))
        return head + "".join(str(rng.randint(0, 9)) for _ in s[1:])
    return DIGITS.sub(new, text)


def make_corpus(folder: Path, mb: float, seed: int = 0) -> tuple[int, int]:
    """Write distinct perturbed copies of the project's articles into ``folder`` until it holds ``mb``
    MB; returns (files, bytes). Reuses a folder already filled to that size."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / ".complete"
    if stamp.exists():
        files = sorted(folder.glob("*.txt"))
        return len(files), sum(f.stat().st_size for f in files)
    srcs = {p.name: p for d in reversed(SOURCES) for p in sorted(d.glob("*.txt"))}  # each name once
    texts = [(name, srcs[name].read_bytes()) for name in sorted(srcs)]
    rng = random.Random(seed)
    total = n = copy = 0
    while total < mb * 1e6:
        for name, data in texts:
            bom = data.startswith(b"\xef\xbb\xbf")
            try:
                text = data[3 if bom else 0:].decode("utf-8")
                out = (b"\xef\xbb\xbf" if bom else b"") + _perturb(text, rng).encode("utf-8")
            except UnicodeDecodeError:  # a raw file in another encoding: kept as it is
                out = data
            dst = folder / f"{copy:05d}_{name}"
            dst.write_bytes(out)
            total += len(out)
            n += 1
            if total >= mb * 1e6:
                break
        copy += 1
    stamp.write_text(f"{n} {total}\n")
    return n, total


# ---------------------------------------------------------------- the measured child processes

def _cold_tables(path, name=None, **kw):
    from fupin import pipeline
    from fupin.repair import clear_caches

    clear_caches()
    return pipeline._bench_original(path, name, **kw)


def child_build(corpus: str, out: str, jobs: str) -> None:
    from fupin import pipeline

    pipeline._bench_original = pipeline.tables_for_file
    pipeline.tables_for_file = _cold_tables  # workers are forked: they see the same function
    files = sorted(Path(corpus).glob("*.txt"))
    t0 = time.perf_counter()
    summary = pipeline.build(files, Path(out), jobs=int(jobs))
    print(json.dumps({"seconds": time.perf_counter() - t0, "read": summary.read, "rows": summary.rows,
                      "cpu_seconds": _cpu()}))


def _cpu() -> float:
    """CPU seconds (user + system) of this process and its finished workers."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child_rates_whole(out: str) -> None:
    from fupin import checks as checks_mod, rates as rates_mod
    from fupin.storage import read_table

    t0 = time.perf_counter()
    facts = read_table(Path(out), "facts")
    rates = rates_mod.compute_rates(facts)
    checks = checks_mod.find_checks(facts, rates, read_table(Path(out), "sentences"))
    print(json.dumps({"seconds": time.perf_counter() - t0, "rates": len(rates), "checks": len(checks),
                      "cpu_seconds": _cpu()}))


def child_rates_streamed(out: str, batch_rows: str = "20000") -> None:
    from fupin import pipeline

    t0 = time.perf_counter()
    dest = Path(out) / "streamed"
    n = pipeline.rates_and_checks(Path(out), dest, batch_rows=int(batch_rows))
    print(json.dumps({"seconds": time.perf_counter() - t0, "rows": n, "cpu_seconds": _cpu()}))


def measure(args: list[str]) -> dict:
    """Run this script's child mode ``args`` and sample its process tree's RSS every 0.1 s."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    ps = psutil.Process(proc.pid)
    peak_tree = peak_one = peak_pss = 0
    load = []
    while proc.poll() is None:
        try:
            procs = [ps] + ps.children(recursive=True)
            rss = [q.memory_info().rss for q in procs]
            pss = sum(q.memory_full_info().pss for q in procs)  # shared pages counted once
        except psutil.Error:
            rss, pss = [0], 0
        peak_tree, peak_one, peak_pss = max(peak_tree, sum(rss)), max(peak_one, max(rss)), max(peak_pss, pss)
        load.append(os.getloadavg()[0])
        time.sleep(0.2)
    out = proc.stdout.read()
    if proc.returncode:
        raise SystemExit(f"child {args[0]} failed ({proc.returncode})")
    res = json.loads(out.strip().splitlines()[-1])
    res.update(wall=time.perf_counter() - t0, peak_tree_mb=peak_tree / 2**20, peak_process_mb=peak_one / 2**20,
               peak_pss_mb=peak_pss / 2**20, mean_load=sum(load) / max(1, len(load)))
    return res


def _save(results: dict) -> Path:
    """Write what is measured so far (a run stopped half-way on a slow machine keeps its figures)."""
    dest = ROOT / "benchmarks" / "results"
    dest.mkdir(parents=True, exist_ok=True)
    path = dest / "scale.json"
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="5,20,40", help="corpus sizes in MB (comma-separated)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the size series")
    ap.add_argument("--speedup-mb", type=float, default=5, help="corpus size for the 1 vs 2 jobs run (0: skip)")
    ap.add_argument("--no-rates", action="store_true", help="skip the rates and checks step")
    ap.add_argument("--whole-rates", action="store_true",
                    help="also time the whole-table rates and checks (facts and sentences read whole)")
    ap.add_argument("--dir", default=None, help="where to build the corpora (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpora")
    a = ap.parse_args()
    base = Path(a.dir) if a.dir else Path(tempfile.mkdtemp(prefix="fupin-scale-"))
    results: dict = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                 "platform": platform.platform(), "load_at_start": os.getloadavg()[0]},
               "args": vars(a), "sizes": [], "speedup": None}
    try:
        if a.speedup_mb:
            corpus = base / f"corpus_{a.speedup_mb:g}MB"
            n, size = make_corpus(corpus, a.speedup_mb)
            runs = {}
            for jobs in (1, 2):
                out = base / f"out_speedup_j{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                runs[jobs] = measure(["build", str(corpus), str(out), str(jobs)])
            same = all((base / "out_speedup_j1" / f"{t}.parquet").read_bytes()
                       == (base / "out_speedup_j2" / f"{t}.parquet").read_bytes()
                       for t in ("articles", "blocks", "sentences", "cleaning_log", "facts"))
            results["speedup"] = {"mb": size / 1e6, "files": n, "seconds_1": runs[1]["seconds"],
                                  "seconds_2": runs[2]["seconds"], "speedup": runs[1]["seconds"] / runs[2]["seconds"],
                                  "cpu_seconds_1": runs[1]["cpu_seconds"], "cpu_seconds_2": runs[2]["cpu_seconds"],
                                  # the cores each run got on the shared machine (1.0 = one core busy all along)
                                  "cores_used_1": runs[1]["cpu_seconds"] / runs[1]["seconds"],
                                  "cores_used_2": runs[2]["cpu_seconds"] / runs[2]["seconds"],
                                  # the work the second worker adds (process start, pickling, merging)
                                  "parallel_overhead": runs[2]["cpu_seconds"] / runs[1]["cpu_seconds"],
                                  # on 2 idle cores: the CPU work of the 2-worker run split over 2 cores
                                  "speedup_if_idle": 2 * runs[1]["cpu_seconds"] / runs[2]["cpu_seconds"],
                                  "load_1": runs[1]["mean_load"], "load_2": runs[2]["mean_load"],
                                  "tables_identical": same}
            _save(results)
            print(f"1 vs 2 jobs on {size / 1e6:.1f} MB ({n} files): {runs[1]['seconds']:.1f} s vs "
                  f"{runs[2]['seconds']:.1f} s = x{results['speedup']['speedup']:.2f} (load {runs[1]['mean_load']:.1f}/"
                  f"{runs[2]['mean_load']:.1f}); CPU s {runs[1]['cpu_seconds']:.1f} vs {runs[2]['cpu_seconds']:.1f}; "
                  f"tables identical: {same}",
                  flush=True)
            for jobs in (1, 2):
                shutil.rmtree(base / f"out_speedup_j{jobs}", ignore_errors=True)
        for mb in [float(x) for x in a.sizes.split(",") if x.strip()]:
            corpus = base / f"corpus_{mb:g}MB"
            n, size = make_corpus(corpus, mb)
            out = base / f"out_{mb:g}MB"
            shutil.rmtree(out, ignore_errors=True)
            b = measure(["build", str(corpus), str(out), str(a.jobs)])
            row = {"mb": size / 1e6, "files": n, "jobs": a.jobs, "build_seconds": b["seconds"],
                   "build_mb_per_s": size / 1e6 / b["seconds"], "build_peak_tree_mb": b["peak_tree_mb"],
                   "build_peak_process_mb": b["peak_process_mb"], "build_peak_pss_mb": b["peak_pss_mb"],
                   "build_cpu_seconds": b["cpu_seconds"], "mean_load": b["mean_load"], "facts": b["rows"].get("facts"),
                   "output_mb": sum(p.stat().st_size for p in out.glob("*")) / 1e6}
            if not a.no_rates:
                r = measure(["rates-streamed", str(out)])
                row.update(rates_seconds=r["seconds"], rates_peak_mb=r["peak_tree_mb"])
                if a.whole_rates:
                    r = measure(["rates-whole", str(out)])
                    row.update(rates_whole_seconds=r["seconds"], rates_whole_peak_mb=r["peak_tree_mb"])
            results["sizes"].append(row)
            _save(results)
            print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()}), flush=True)
            shutil.rmtree(out, ignore_errors=True)
            if not a.keep:
                shutil.rmtree(corpus, ignore_errors=True)
    finally:
        if not a.keep and not a.dir:
            shutil.rmtree(base, ignore_errors=True)
    if results["sizes"]:
        sizes = results["sizes"]
        last, first = sizes[-1], sizes[0]
        results["memory_bound"] = {
            "build_peak_tree_mb": [round(r["build_peak_tree_mb"], 1) for r in sizes],
            "rates_peak_mb": [round(r.get("rates_peak_mb", 0), 1) for r in sizes],
            "mb": [round(r["mb"], 2) for r in sizes],
            # peak at the largest size over the peak at the smallest, against the size ratio
            "build_peak_ratio": last["build_peak_tree_mb"] / first["build_peak_tree_mb"],
            "rates_peak_ratio": (last.get("rates_peak_mb", 0) / first["rates_peak_mb"]) if first.get("rates_peak_mb") else None,
            "size_ratio": last["mb"] / first["mb"]}
        results["extrapolated_1gb"] = {
            "build_seconds": last["build_seconds"] * 1000 / last["mb"],
            "build_cpu_seconds": last["build_cpu_seconds"] * 1000 / last["mb"],
            "rates_seconds": last.get("rates_seconds", 0) * 1000 / last["mb"],
            "build_peak_tree_mb": max(r["build_peak_tree_mb"] for r in sizes),
            "note": "time scales linearly with the corpus (per-file work); peak memory of the pass does not "
                    "grow with the corpus when the largest peak of the series is reached already at the "
                    "smallest size"}
    _save(results)
    print(json.dumps(results.get("extrapolated_1gb", {}), indent=1))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        child_build(*sys.argv[2:5])
    elif len(sys.argv) > 1 and sys.argv[1] == "rates-whole":
        child_rates_whole(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "rates-streamed":
        child_rates_streamed(*sys.argv[2:4])
    else:
        raise SystemExit(main())
