"""`make run` warm: wall time of ``python -m fupin run`` on the shipped corpus (``data/raw``), split into
the command's own start-up, each notebook's kernel start-up and overhead, and the work of its cells.

The run is done ``--repeat`` + 1 times into a temporary folder (``processed_dir`` / ``figures_dir``
given, so the canonical outputs are not touched); the first run warms the disk cache and the
library's pickled caches and is not counted. For each measured run:

* ``wall``: the whole command, measured here;
* ``cli_seconds``: wall less the notebooks' time (interpreter and library import, parameter checks,
  manifest, publishing the outputs);
* per notebook, from the run's ``manifest.json`` (``seconds``: papermill's execute call) and the
  executed notebook's metadata (``metadata.papermill.duration`` of each cell): ``cells_seconds`` (the
  work), ``kernel_seconds`` = seconds - cells_seconds (kernel start-up and shut-down, papermill);
* ``cpu_seconds`` of the command and all its children (the kernels), and the load average during the
  run (the machine is shared: wall time depends on what else runs).

Run: ``.venv/bin/python benchmarks/bench_run.py [--repeat 2] [--raw-dir data/raw]``; writes
benchmarks/results/run_warm.json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(raw_dir: Path, out: Path) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": "0", "MPLBACKEND": "Agg",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "lib")] + [p for p in [os.environ.get("PYTHONPATH")] if p])}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "fupin", "run", "-p", "raw_dir", str(raw_dir),
                           "-p", "processed_dir", str(out / "p"), "-p", "figures_dir", str(out / "f")],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"fupin run failed:\n{proc.stderr[-2000:]}")
    run_dir = Path(proc.stdout.strip().splitlines()[-1].split("run archived in ", 1)[1])
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    notebooks = []
    for entry in manifest["notebooks"]:
        nb = json.loads((run_dir / entry["notebook"]).read_text(encoding="utf-8"))
        cells = [float(c.get("metadata", {}).get("papermill", {}).get("duration") or 0) for c in nb["cells"]]
        work = sum(cells)
        notebooks.append({"notebook": entry["notebook"], "seconds": entry["seconds"],
                          "cells_seconds": round(work, 2), "kernel_seconds": round(entry["seconds"] - work, 2),
                          "slowest_cell_seconds": round(max(cells), 2)})
    nb_total = sum(n["seconds"] for n in notebooks)
    return {"wall": round(wall, 2), "cli_seconds": round(wall - nb_total, 2),
            "notebooks_seconds": round(nb_total, 2),
            "cells_seconds": round(sum(n["cells_seconds"] for n in notebooks), 2),
            "kernel_seconds": round(sum(n["kernel_seconds"] for n in notebooks), 2),
            "cpu_seconds": round((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), 2),
            "load_start": round(load0, 2), "load_end": round(os.getloadavg()[0], 2),
            "run_dir": str(run_dir), "notebooks": notebooks}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw-dir", default=str(ROOT / "data" / "raw"))
    ap.add_argument("--repeat", type=int, default=2, help="measured runs after the warm-up run")
    a = ap.parse_args()
    raw = Path(a.raw_dir)
    files = sorted(raw.glob("*.txt"))
    runs = []
    with tempfile.TemporaryDirectory(prefix="fupin-run-bench-") as tmp:
        one_run(raw, Path(tmp) / "warmup")
        for i in range(a.repeat):
            r = one_run(raw, Path(tmp) / f"run{i}")
            runs.append(r)
            print(json.dumps({k: v for k, v in r.items() if k != "notebooks"}), flush=True)
    best = min(runs, key=lambda r: r["wall"])
    result = {"corpus": {"dir": str(raw), "files": len(files), "mb": sum(f.stat().st_size for f in files) / 1e6},
              "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
              "runs": runs, "best": best}
    dest = ROOT / "benchmarks" / "results"
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "run_warm.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"best of {len(runs)}: wall {best['wall']} s = cli {best['cli_seconds']} s + kernels {best['kernel_seconds']} s"
          f" + cells {best['cells_seconds']} s; CPU {best['cpu_seconds']} s")
    for n in best["notebooks"]:
        print(f"  {n['notebook']}: {n['seconds']} s (cells {n['cells_seconds']}, kernel {n['kernel_seconds']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
