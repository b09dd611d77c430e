"""Bounded memory and scale-out give the same tables: the corpus pass on a Dask LocalCluster equals the
single-process pass; rates and checks computed a batch of files at a time equal the whole-table ones."""
import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from fupin import checks as checks_mod, paths, pipeline, rates as rates_mod
from fupin.storage import read_table, write_table

FILES = [paths.RAW_DIR / n for n in ("000_12cb6f852ea40fd9.txt", "001_47b14402c1a80d79.txt",
                                     "003_ffe866a64da50416.txt", "04_guangxi_2021_linkage_fund_traditional.txt",
                                     "13_henan_aid_13th_division_hami_2017.txt")]
TABLES = ("articles", "blocks", "sentences", "cleaning_log", "facts", "skipped")


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    pipeline.build(FILES, out, jobs=1)
    return out


def test_the_corpus_pass_on_a_dask_local_cluster_writes_the_same_tables(local_run, tmp_path):
    pytest.importorskip("dask.distributed")
    summary = pipeline.build(FILES, tmp_path, jobs=2, scheduler="local")
    assert summary.read == len(FILES)
    for name in TABLES:
        for ext in ("parquet", "csv"):
            assert (tmp_path / f"{name}.{ext}").read_bytes() == (local_run / f"{name}.{ext}").read_bytes(), name


def _whole(folder: Path, out: Path, region: str = "", period: str = "") -> None:
    """Rates and checks as notebook 03 computes them from the whole tables."""
    facts = read_table(folder, "facts")
    if region:
        facts = facts[facts.region.str.contains(region, regex=False)]
    if period:
        facts = facts[facts.period.str.startswith(period)]
    rates = rates_mod.compute_rates(facts)
    write_table(rates, out, "rates")
    write_table(checks_mod.find_checks(facts, rates, read_table(folder, "sentences")), out, "checks")


@pytest.mark.parametrize("batch_rows", [1, 40, 100_000])
def test_rates_and_checks_a_batch_of_files_at_a_time_equal_the_whole_table_ones(local_run, tmp_path, batch_rows):
    _whole(local_run, tmp_path / "whole")
    counts = pipeline.rates_and_checks(local_run, tmp_path / "batched", batch_rows=batch_rows)
    assert counts["rates"] > 10 and counts["checks"] > 10
    for name in ("rates", "checks"):
        assert (tmp_path / "batched" / f"{name}.csv").read_bytes() == (tmp_path / "whole" / f"{name}.csv").read_bytes()
        pd.testing.assert_frame_equal(read_table(tmp_path / "batched", name), read_table(tmp_path / "whole", name))


def test_a_filtered_batched_run_equals_the_filtered_whole_table_run(local_run, tmp_path):
    _whole(local_run, tmp_path / "whole", region="西藏")
    pipeline.rates_and_checks(local_run, tmp_path / "batched", region="西藏", batch_rows=30)
    for name in ("rates", "checks"):
        assert (tmp_path / "batched" / f"{name}.csv").read_bytes() == (tmp_path / "whole" / f"{name}.csv").read_bytes()


def test_the_scale_benchmark_builds_distinct_perturbed_copies(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_scale", paths.ROOT / "benchmarks" / "bench_scale.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    n, size = bench.make_corpus(tmp_path, 0.6)
    files = sorted(tmp_path.glob("*.txt"))
    assert n == len(files) and size >= 0.6e6
    assert len({f.read_bytes() for f in files}) == len(files)  # no two files equal: no cache helps
    a, b = (next(f for f in files if f.name.startswith(f"{i:05d}_01_tibet")) for i in (0, 1))
    ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    assert len(ta) == len(tb) and ta != tb
    assert [c for c in ta if not c.isdigit()] == [c for c in tb if not c.isdigit()]
