"""Regression floors on the development corpus and the seeds, measured by the project's own scorers.

The scorers (tests/data/scorers, copies of ../shared/tools) run unchanged, in-process: where they
would start ``python -m fupin extract FILE --format csv`` for each file, they get the same CSV from
``fupin.extraction.extract_file`` (one test checks that it is byte for byte the CLI's output), which
saves the ~2 s start-up per file. The relations scorer reads the rates and checks tables of a run on
the corpus, built here as notebooks 01-03 build them.

The floors are today's figures minus a hair. Raise them when the figures improve; never lower one
to make a change pass.
"""
from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from fupin import paths

# --- the floors, in one place ---------------------------------------------------------------------
MIN_CORPUS_F1 = 0.99           # corpus extraction F1 (score_extraction.py --dir corpus); was 0.927
MIN_SEED_F1 = 0.99             # seed extraction F1 (--gold seed_facts.csv --raw-dir data/raw); was 1.000
MIN_SEED_INDICATOR = 0.98      # seed indicator agreement of the matched quantities; was 0.990
MIN_CORPUS_REGIONS = 0.97      # corpus region agreement (region_score.py corpus); was 0.637
MIN_SEED_REGIONS = 0.975       # seed region agreement (region_score.py on the seed gold); was 0.969
MIN_RELATIONS_RIGHT = 52       # relations verified right, of 54 (relations_score.py); was 13
MAX_FALSE_ALARMS = 0           # mismatches reported where the gold has none; was 10
# ---------------------------------------------------------------------------------------------------

CORPUS = paths.TEST_CORPUS_DIR


def _scorer(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(f"scorer_{name}", paths.SCORERS_DIR / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_CSV: dict[str, str] = {}


def extract_csv(path: Path | str) -> str:
    """What ``python -m fupin extract PATH --format csv`` prints (cached: files are read-only here)."""
    from fupin.extraction import extract_file

    key = str(Path(path).resolve())
    if key not in _CSV:
        buf = io.StringIO()
        extract_file(Path(path)).to_csv(buf, index=False, lineterminator="\n")
        _CSV[key] = buf.getvalue()
    return _CSV[key]


def _in_process_run(cmd, **_kw):
    """Stands in for subprocess.run in the scorers: only ``... -m fupin extract PATH --format csv``."""
    cmd = list(cmd)
    i = cmd.index("extract")
    assert cmd[i - 2:i] == ["-m", "fupin"] and cmd[i + 2:] == ["--format", "csv"], cmd
    return subprocess.CompletedProcess(cmd, 0, stdout=extract_csv(cmd[i + 1]), stderr="")


def run_scorer(name: str, argv: list[str]) -> str:
    """Run a scorer's main() with these arguments; its printed report (asserts the last line exists)."""
    mod = _scorer(name)
    mod.subprocess = types.SimpleNamespace(run=_in_process_run)
    out = io.StringIO()
    old_argv = sys.argv
    sys.argv = [name, *argv]
    try:
        with contextlib.redirect_stdout(out):
            mod.main()
    finally:
        sys.argv = old_argv
    report = out.getvalue()
    print(report)
    return report


def _last(report: str, pattern: str) -> re.Match:
    m = re.search(pattern, report.strip().splitlines()[-1])
    assert m, report
    return m


@pytest.fixture(scope="module")
def seed_gold_dir(tmp_path_factory) -> Path:
    """The seed gold in the region scorer's layout: NAME.txt + NAME.gold.csv (the table split by file)."""
    d = tmp_path_factory.mktemp("seedgold")
    with paths.GOLD_FACTS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    for name in sorted({r["file"] for r in rows}):
        shutil.copyfile(paths.RAW_DIR / name, d / name)
        with (d / (Path(name).stem + ".gold.csv")).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            w.writerows(r for r in rows if r["file"] == name)
    return d


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory) -> Path:
    """The processed tables of a run on the corpus, as notebooks 01 (clean), 02 (extract) and
    03 (rates, checks) write them with their default parameters (no figures)."""
    from fupin import checks, pipeline, rates
    from fupin.storage import read_table, write_table

    out = tmp_path_factory.mktemp("corpus_run") / "processed"
    pipeline.build(sorted(CORPUS.glob("*.txt")), out, jobs=1)
    facts = read_table(out, "facts")
    r = rates.compute_rates(facts)
    write_table(r, out, "rates")
    write_table(checks.find_checks(facts, r, read_table(out, "sentences")), out, "checks")
    return out


def test_in_process_extraction_is_the_cli_output():
    path = CORPUS / "04_guangxi_2021_linkage_fund_traditional.txt"
    cli = subprocess.run([sys.executable, "-m", "fupin", "extract", str(path), "--format", "csv"],
                         capture_output=True, text=True, check=True)
    assert cli.stdout == extract_csv(path)


def test_corpus_extraction_f1():
    report = run_scorer("score_extraction", ["--dir", str(CORPUS), "-v"])
    m = _last(report, r"^extraction F1 ([\d.]+) \(P ([\d.]+), R ([\d.]+), indicator agreement ([\d.]+)\)"
                      r" over (\d+) gold quantities in 20 files")
    assert int(m.group(5)) == 408
    assert float(m.group(1)) >= MIN_CORPUS_F1, report


def test_seed_extraction_f1_and_indicators():
    report = run_scorer("score_extraction", ["--gold", str(paths.GOLD_FACTS), "--raw-dir", str(paths.RAW_DIR), "-v"])
    m = _last(report, r"^extraction F1 ([\d.]+) \(P ([\d.]+), R ([\d.]+), indicator agreement ([\d.]+)\)"
                      r" over \d+ gold quantities in 5 files")
    assert float(m.group(1)) >= MIN_SEED_F1, report
    assert float(m.group(4)) >= MIN_SEED_INDICATOR, report


def test_corpus_region_agreement():
    report = run_scorer("region_score", [sys.executable, str(CORPUS), "-v"])
    m = _last(report, r"^region agreement ([\d.]+) \((\d+)/(\d+) matched quantities; (\d+) with no region\)")
    assert float(m.group(1)) >= MIN_CORPUS_REGIONS, report


def test_seed_region_agreement(seed_gold_dir):
    report = run_scorer("region_score", [sys.executable, str(seed_gold_dir), "-v"])
    m = _last(report, r"^region agreement ([\d.]+) \((\d+)/(\d+) matched quantities; (\d+) with no region\)")
    assert float(m.group(1)) >= MIN_SEED_REGIONS, report


def test_corpus_relations_right_and_false_alarms(corpus_run):
    for table in ("rates", "checks"):
        assert any(corpus_run.glob(f"{table}.*")), table
    report = run_scorer("relations_score", [str(corpus_run), str(CORPUS), "-v"])
    m = _last(report, r"^relations: (\d+)/(\d+) verified right \((\d+) verified\), (\d+)/(\d+) real"
                      r" inconsistencies found, (\d+) false alarms")
    assert int(m.group(2)) == 54
    assert int(m.group(1)) >= MIN_RELATIONS_RIGHT, report
    assert int(m.group(6)) <= MAX_FALSE_ALARMS, report
