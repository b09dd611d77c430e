"""One pass per file: each raw file is read, cleaned, extracted and attributed once, in a worker
process, and its rows are written as one Parquet partition per table; the partitions are then
streamed into the tables of ``data/processed`` (Parquet and CSV), one partition in memory at a time.

Notebook 01 calls :func:`build`; the later notebooks read the tables it writes.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import batch, cleaning, extraction
from .reading import display_name
from .storage import atomic_write, csv_quoting, write_table

TABLES = ("articles", "blocks", "sentences", "cleaning_log", "facts")
"""Tables written per file, in this order; ``skipped`` is written once at the end."""


@dataclass
class BuildSummary:
    files: int
    read: int
    skipped: list[dict] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def tables_for_file(path: Path) -> dict[str, pd.DataFrame]:
    """Every table's rows for one raw file (raises ``UnreadableFile`` with a one-line reason)."""
    doc = cleaning.clean_file(path)
    out = cleaning.tables([doc])
    del out["skipped"]
    out["facts"] = extraction.facts_frame(extraction.facts_for_doc(doc, include_boilerplate=True))
    return out


def _arrow(df: pd.DataFrame) -> pa.Table:
    # no pandas metadata: it embeds library versions, which would make files differ across machines
    return pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False).replace_schema_metadata(None)


def _target_schema(parts: list[Path]) -> pa.Schema:
    """Column order of the first partition; each column's type from the first partition where it is
    not all-null (a partition whose column is empty reads as type null)."""
    schemas = [pq.read_schema(p) for p in parts]
    names = schemas[0].names
    fields = []
    for name in names:
        types = [s.field(name).type for s in schemas if name in s.names]
        fields.append(pa.field(name, next((t for t in types if t != pa.null()), pa.string())))
    return pa.schema(fields)


def combine(part_dir: Path, out_dir: Path, name: str) -> int:
    """Stream the partitions of one table into ``name.parquet`` and ``name.csv`` (each written
    atomically); returns the number of rows."""
    parts = sorted(part_dir.glob("*.parquet"))
    schema = _target_schema(parts)
    rows = 0

    def write_parquet(tmp: Path) -> None:
        nonlocal rows
        with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
            for p in parts:
                t = pq.read_table(p).select(schema.names).cast(schema)
                rows += t.num_rows
                if t.num_rows:
                    w.write_table(t)

    def write_csv(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            for i, p in enumerate(parts):
                df = pq.read_table(p).select(schema.names).cast(schema).to_pandas()
                if i == 0 or len(df):
                    df.to_csv(fh, index=False, header=i == 0, lineterminator="\n", quoting=csv_quoting(df))

    atomic_write(out_dir / f"{name}.parquet", write_parquet)
    atomic_write(out_dir / f"{name}.csv", write_csv)
    return rows


def build(files: Iterable[Path], out_dir: Path, jobs: int = 1,
          progress: Callable[[Iterable], Iterable] | None = None,
          scheduler: str | None = None) -> BuildSummary:
    """Clean, extract and attribute every file once (``jobs`` worker processes) and write the tables
    ``articles, blocks, sentences, cleaning_log, facts, skipped`` to ``out_dir``. Files that cannot be
    read are listed in ``skipped``; if none can be read, ``cleaning.NoArticles`` is raised and
    nothing is written. ``scheduler`` sends the files to a Dask cluster (see ``fupin.batch``)."""
    files = sorted(Path(f) for f in files)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(files=len(files), read=0)
    parts = Path(tempfile.mkdtemp(prefix=".parts-", dir=out_dir))
    try:
        outcomes = batch.process(tables_for_file, files, jobs=jobs, scheduler=scheduler or None)
        for i, o in enumerate(progress(outcomes) if progress else outcomes):
            if o.error is not None:
                summary.skipped.append({"source_file": display_name(o.path.name), "reason": o.error})
                continue
            summary.read += 1
            for name in TABLES:
                (parts / name).mkdir(exist_ok=True)
                pq.write_table(_arrow(o.result[name]), parts / name / f"{i:07d}.parquet")
        if not summary.read:
            cleaning.require_articles([], summary.skipped, files[0].parent if files else out_dir)
        for name in TABLES:
            summary.rows[name] = combine(parts / name, out_dir, name)
        skipped = pd.DataFrame(summary.skipped, columns=["source_file", "reason"])
        write_table(skipped, out_dir, "skipped")
        summary.rows["skipped"] = len(skipped)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    return summary
