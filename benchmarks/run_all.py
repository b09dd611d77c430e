"""Run every benchmark in this folder (``make bench``)."""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).parent
status = 0
corpus = here.parent / "tests" / "data" / "corpus"
# The scale benchmarks take hours on a small machine: run them by hand (see their docstrings).
SLOW = {"bench_scale.py", "bench_rates_memory.py"}
runs = [[s] for s in sorted(here.glob("bench_*.py")) + sorted(here.glob("repair_*.py")) if s.name not in SLOW]
runs.append([here / "indicator_coverage.py", corpus])
for script, *args in runs:
    print(f"== {script.name}", flush=True)
    status |= subprocess.call([sys.executable, str(script), *map(str, args)])
raise SystemExit(status)
