"""Long reports of *different* sentences (``tests/varied_report.py``: the written sets' sentences
with digits and county / prefecture names redrawn, so no memo keyed by text helps), at several
sizes, and the CPU seconds they cost: ``python -m fupin extract FILE --format csv`` (a fresh process,
start-up included) and the per-file pass of the pipeline (``pipeline.tables_for_file`` after
``warm_up``, as the hostile budget measures it). With two library trees, each measurement runs for
both, alternating, in one run (on a shared machine only such paired figures compare).

    PYTHONPATH=lib python benchmarks/varied_report.py --out /tmp/varied [--sizes 2000 5000 20000]
        [--kind one|many] [--lib lib --lib /other/lib] [--rounds 1]

``--kind one``: one article of N sentences (the datelines of the news items left out); ``many``: the
news items' datelines kept, so the file splits into an article per copy of each item; ``line``: one
paragraph of a fund report repeated N times on a single line (a page that lost every line break,
``tests/varied_report.one_line_report``; N = 1000 and 4000 was the timed test of issue 11).
A cost per 1000 sentences that stays flat as N grows is linear.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from varied_report import one_line_report, varied_report  # noqa: E402

PASS = r'''
import json, sys, time
from pathlib import Path
from fupin.pipeline import tables_for_file, warm_up
warm_up()
c = time.process_time()
facts = tables_for_file(Path(sys.argv[1]))["facts"]
print(json.dumps([time.process_time() - c, len(facts)]))
'''


def _child_cpu(cmd: list[str], lib: str, out=subprocess.DEVNULL) -> tuple[float, str]:
    """CPU seconds (user + system) of a child process, and its standard output when captured."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {"PYTHONPATH": str(Path(lib).resolve()), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    got = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, text=True, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), got.stdout or ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="folder for the generated files (and the CSVs)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 20000])
    ap.add_argument("--kind", choices=["one", "many", "line"], default="one")
    ap.add_argument("--lib", action="append", help="library tree(s) to measure (default: lib)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--no-cli", action="store_true", help="measure the pipeline pass only")
    args = ap.parse_args(argv)
    libs = args.lib or [str(ROOT / "lib")]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for n in args.sizes:
        f = out / f"varied_{args.kind}_{n}.txt"
        if not f.exists():
            text = one_line_report(n) if args.kind == "line" else varied_report(n, one_article=args.kind == "one")
            f.write_text(text, encoding="utf-8")
        files.append((n, f))
    results = []
    for r in range(args.rounds):
        for n, f in files:
            order = libs if r % 2 == 0 else libs[::-1]
            for i, lib in ((libs.index(x), x) for x in order):
                row = {"round": r, "lib": lib, "sentences": n, "bytes": f.stat().st_size}
                if not args.no_cli:
                    csv = out / f"{f.stem}.lib{i}.csv"
                    with open(csv, "w") as fh:
                        row["cli_cpu"], _ = _child_cpu([sys.executable, "-m", "fupin", "extract", str(f),
                                                        "--format", "csv"], lib, fh)
                _, got = _child_cpu([sys.executable, "-c", PASS, str(f)], lib, subprocess.PIPE)
                row["pass_cpu"], row["facts"] = json.loads(got.strip().splitlines()[-1])
                results.append(row)
                print(f"round {r} lib{i} {n:6d} sentences {row['facts']:6d} facts  "
                      + (f"extract CLI {row['cli_cpu']:6.1f} s CPU  " if "cli_cpu" in row else "")
                      + f"pipeline pass {row['pass_cpu']:6.1f} s CPU  "
                      f"({1000 * row['pass_cpu'] / n:.2f} s per 1000 sentences)", flush=True)
    for i, lib in enumerate(libs):
        print(f"lib{i} = {lib}")
    (out / "results.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
