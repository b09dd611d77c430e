"""The counts README.md states are the counts of the files they describe (a count written by hand goes
stale: the README once said 98 rate words when rate_words.csv held 117)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from fupin.paths import data_file

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _stated(pattern: str) -> tuple[int, ...]:
    m = re.search(pattern, README)
    assert m is not None, f"README no longer states {pattern!r}"
    return tuple(int(g) for g in m.groups())


def test_readme_counts_the_rate_words_of_rate_words_csv():
    with open(data_file("rate_words.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert _stated(r"grammar of stated rates: (\d+) rate words") == (len(rows),)


def test_readme_counts_the_written_reports_and_their_sets():
    sets = [d for d in (ROOT / "tests" / "data").glob("unseen*") if d.is_dir()]
    reports = sum(len(list(d.glob("*.txt"))) for d in sets)
    assert _stated(r"Generalisation: (\d+) reports in (\d+) sets") == (reports, len(sets))


def test_readme_counts_the_reports_shipped_in_data_raw():
    raw = list((ROOT / "data" / "raw").glob("*.txt"))
    assert _stated(r"`data/raw` ships (\d+) real") == (len(raw),)
