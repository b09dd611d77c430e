"""Run every benchmark in this folder (``make bench``)."""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).parent
status = 0
for script in sorted(here.glob("bench_*.py")) + sorted(here.glob("repair_synthetic.py")):
    print(f"== {script.name}", flush=True)
    status |= subprocess.call([sys.executable, str(script)])
raise SystemExit(status)
