"""Peak memory of the rates and checks step, whole tables (as notebook 03 computes them today) against
``pipeline.rates_and_checks`` (a run of files at a time), on processed tables of growing size.

The processed tables are made from one build of ``data/raw``, repeated ``k`` times with distinct
file names, article ids and fact ids (rates and checks look within one article, so every copy is
new work). Each step runs in a fresh process; its resident memory is sampled every 0.2 s.

Run: ``.venv/bin/python benchmarks/bench_rates_memory.py [--copies 10,40] [--batch-rows 20000]``
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
from bench_scale import measure  # noqa: E402

ID_COLUMNS = {"articles": ("article_id", "source_file"), "sentences": ("article_id",),
              "facts": ("fact_id", "article_id", "source_file")}


def repeat(src: Path, dst: Path, k: int) -> None:
    """``dst``: the tables of ``src`` repeated ``k`` times, copy *i* renamed ``c<i>_<name>``."""
    dst.mkdir(parents=True, exist_ok=True)
    for name, cols in ID_COLUMNS.items():
        t = pq.read_table(src / f"{name}.parquet")
        with pq.ParquetWriter(dst / f"{name}.parquet", t.schema) as w:
            for i in range(k):
                c = t
                for col in cols:
                    c = c.set_column(c.schema.get_field_index(col), col,
                                     pc.binary_join_element_wise(pa.scalar(f"c{i:04d}_"), c[col], ""))
                w.write_table(c)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", default="10,40")
    ap.add_argument("--batch-rows", type=int, default=20_000)
    a = ap.parse_args()
    from fupin import paths, pipeline

    base = Path(tempfile.mkdtemp(prefix="fupin-rates-mem-"))
    try:
        one = base / "one"
        pipeline.build(sorted(paths.RAW_DIR.glob("*.txt")), one)
        rows = []
        for k in (int(x) for x in a.copies.split(",")):
            d = base / f"x{k}"
            repeat(one, d, k)
            whole = measure(["rates", str(d)])
            streamed = measure(["rates-streamed", str(d), str(a.batch_rows)])
            row = {"copies": k, "facts": pq.read_metadata(d / "facts.parquet").num_rows,
                   "whole_peak_mb": round(whole["peak_tree_mb"]), "whole_seconds": round(whole["seconds"], 1),
                   "streamed_peak_mb": round(streamed["peak_tree_mb"]),
                   "streamed_seconds": round(streamed["seconds"], 1), "batch_rows": a.batch_rows}
            rows.append(row)
            print(json.dumps(row), flush=True)
            shutil.rmtree(d)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
