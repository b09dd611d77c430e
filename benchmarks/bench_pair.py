"""Two library trees side by side: CPU seconds of the per-file pass of the pipeline
(``pipeline.tables_for_file``, after ``pipeline.warm_up``, as the hostile measure runs it) on each
given file, in a fresh process per tree and round, the trees alternating in order from round to
round (on a shared machine only such paired figures compare).

    python benchmarks/bench_pair.py --base /path/to/other/lib --new lib [--rounds 3] FILE...

The hostile file of the per-file budget: ``size/many_lines.txt`` of ``tests/hostile_corpus.py``
(written with ``python -c "import sys; sys.path.insert(0, 'tests'); import hostile_corpus as hc;
open('many_lines.txt', 'w').write((hc.SENTENCE + chr(10)) * 20000)"``).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = r'''
import json, sys, time
from pathlib import Path
from fupin.pipeline import tables_for_file, warm_up
warm_up()
out = {}
for f in sys.argv[1:]:
    c = time.process_time()
    facts = tables_for_file(Path(f))["facts"]
    out[f] = [time.process_time() - c, len(facts)]
print(json.dumps(out))
'''


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="the lib folder to compare with")
    ap.add_argument("--new", required=True, help="the lib folder under test")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args(argv)
    trees = [("base", args.base), ("new", args.new)]
    best: dict[tuple[str, str], float] = {}
    for r in range(args.rounds):
        for name, lib in (trees if r % 2 == 0 else trees[::-1]):
            got = subprocess.run([sys.executable, "-c", CHILD, *args.files], capture_output=True, text=True,
                                 env={"PYTHONPATH": lib, "PATH": "/usr/bin:/bin"}, check=True)
            for f, (cpu, n) in json.loads(got.stdout.strip().splitlines()[-1]).items():
                best[(name, f)] = min(cpu, best.get((name, f), float("inf")))
                print(f"round {r} {name:4s} {cpu:7.2f} s CPU {n:7d} facts  {f}", flush=True)
    for f in args.files:
        b, n = best[("base", f)], best[("new", f)]
        print(f"best of {args.rounds}: base {b:.2f} s CPU, new {n:.2f} s CPU, x{b / n:.2f}  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
