"""One pass per file: each raw file is read, cleaned, extracted and attributed once, in a worker
process, and its rows are written as one Parquet partition per table; the partitions are then
streamed into the tables of ``data/processed`` (Parquet and CSV), one partition in memory at a time.

Notebook 01 calls :func:`build`; the later notebooks read the tables it writes. :func:`rates_and_checks`
computes the rates and checks of those tables a run of files at a time (memory bounded by the batch,
not the corpus), equal to the whole-table computation.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.parquet as pq

from . import batch, cleaning, extraction
from .reading import one_line, source_names
from .storage import atomic_write, csv_quoting, write_table

TABLES = ("articles", "blocks", "sentences", "cleaning_log", "facts")
"""Tables written per file, in this order; ``skipped`` is written once at the end."""


@dataclass
class BuildSummary:
    files: int
    read: int
    skipped: list[dict] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def tables_for_file(path: Path, name: str | None = None, validate: bool = True) -> dict[str, pd.DataFrame]:
    """Every table's rows for one raw file (raises ``UnreadableFile`` with a one-line reason); ``name``
    is its name in the tables (``reading.source_names``: two files of one name get distinct ids).
    ``validate=False`` leaves the facts unchecked (:func:`build` checks them a batch at a time)."""
    doc = cleaning.clean_file(path, name)
    out = cleaning.tables([doc])
    del out["skipped"]
    out["facts"] = extraction.facts_frame(extraction.facts_for_doc(doc, include_boilerplate=True), validate)
    return out


def _unchecked_tables(path: Path, name: str | None = None) -> dict[str, pd.DataFrame]:
    """The worker's part of :func:`build`: :func:`tables_for_file` without the schema check."""
    return tables_for_file(path, name, validate=False)


WARM_UP_TEXT = "2023年,拉萨市城关区下达衔接资金1.2亿元,实施项目35个,开工率达到95.3%,带动脱贫人口就业1200人。\n"
"""A few sentences that load every vocabulary, the gazetteer and the word tagger of the common path."""


def warm_up() -> None:
    """Load the vocabularies in this process, so that worker processes forked from it share them
    instead of each loading its own copy (≈ 2.4 CPU s per worker on this machine)."""
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "warm_up.txt"
        sample.write_text(WARM_UP_TEXT, encoding="utf-8")
        tables_for_file(sample)


VALIDATE_ROWS, VALIDATE_FILES = 20_000, 500
"""The facts of files waiting to be written are checked against the schema together once they hold
this many rows or files: one check per batch instead of one per file (most of a small file's time)."""


def _checked(pending: list[tuple[int, dict[str, pd.DataFrame]]]) -> tuple[list, list[tuple[int, str]]]:
    """The files of ``pending`` whose facts pass the schema, and (index, reason) of those that do not.
    The batch is checked at once; only when it fails is each file checked alone, to find which."""
    if not pending:
        return [], []
    try:
        extraction.FACTS_SCHEMA.validate(pd.concat([r["facts"] for _, r in pending], ignore_index=True))
        return pending, []
    except pandera.errors.SchemaError:
        pass
    good, bad = [], []
    for i, r in pending:
        try:
            extraction.FACTS_SCHEMA.validate(r["facts"])
            good.append((i, r))
        except pandera.errors.SchemaError as exc:
            bad.append((i, f"{batch.INTERNAL_ERROR} (SchemaError: {one_line(str(exc))[:200]})"))
    return good, bad


def _arrow(df: pd.DataFrame) -> pa.Table:
    # no pandas metadata: it embeds library versions, which would make files differ across machines
    return pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False).replace_schema_metadata(None)


def _unified(tables: list[pa.Table]) -> pa.Table:
    """One table of ``tables`` (in order), each cast to their common :func:`_target_schema`."""
    schema = _target_schema([t.schema for t in tables])
    return pa.concat_tables([t.select(schema.names).cast(schema) for t in tables])


def _target_schema(schemas: list[pa.Schema]) -> pa.Schema:
    """Column order of the first partition; each column's type from the first partition where it is
    not all-null (a partition whose column is empty reads as type null)."""
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
    schema = _target_schema([pq.read_schema(p) for p in parts])
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
    names = source_names(files)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(files=len(files), read=0)
    parts = Path(tempfile.mkdtemp(prefix=".parts-", dir=out_dir))
    skipped: list[tuple[int, str]] = []
    pending: list[tuple[int, dict[str, pd.DataFrame]]] = []

    def flush() -> None:
        good, bad = _checked(pending)
        skipped.extend(bad)
        summary.read += len(good)
        if good:  # one partition per table for the batch: tiny Parquet files cost more than their rows
            for name in TABLES:
                (parts / name).mkdir(exist_ok=True)
                pq.write_table(_unified([_arrow(r[name]) for _, r in good]),
                               parts / name / f"{good[0][0]:07d}.parquet")
        pending.clear()

    try:
        if jobs > 1 and len(files) > jobs and not scheduler:
            warm_up()
        outcomes = batch.process(_unchecked_tables, files, jobs=jobs, scheduler=scheduler or None, names=names)
        for i, o in enumerate(progress(outcomes) if progress else outcomes):
            if o.error is not None:
                skipped.append((i, o.error))
                continue
            pending.append((i, o.result))
            if len(pending) >= VALIDATE_FILES or sum(len(r["facts"]) for _, r in pending) >= VALIDATE_ROWS:
                flush()
        flush()
        summary.skipped = [{"source_file": names[i], "reason": why} for i, why in sorted(skipped)]
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


# ------------------------------------------------------------------ rates and checks, a batch at a time

RATES_MERGE_KEY = ("rate", "article_id")
"""``rates`` is sorted by rate, then article (its rows for one article come from one batch)."""
CHECKS_MERGE_KEY = ("article_id", "check", "total_fact_id", "part_fact_ids")


def _file_batches(folder: Path, name: str, file_pos: dict[str, int], file_col: str | None,
                  batch_rows: int) -> Iterable[tuple[int, pd.DataFrame]]:
    """Row batches of a table written by :func:`build` (rows in file order), with a column ``_pos``:
    the position of each row's file in the run's file order."""
    pf = pq.ParquetFile(Path(folder) / f"{name}.parquet")
    for rb in pf.iter_batches(batch_size=batch_rows):
        df = rb.to_pandas()
        if not len(df):
            continue
        files = df[file_col] if file_col else df["article_id"].map(_ARTICLE_FILE)
        df["_pos"] = files.map(file_pos).fillna(-1).astype(int).to_numpy()
        yield df


_ARTICLE_FILE: dict[str, str] = {}


def _chunks(folder: Path, batch_rows: int) -> Iterable[tuple[pd.DataFrame, pd.DataFrame]]:
    """(facts, sentences) of consecutive runs of whole files, about ``batch_rows`` facts each."""
    arts = pq.read_table(Path(folder) / "articles.parquet", columns=["article_id", "source_file"]).to_pandas()
    _ARTICLE_FILE.clear()
    _ARTICLE_FILE.update(zip(arts["article_id"], arts["source_file"]))
    file_pos = {f: i for i, f in enumerate(dict.fromkeys(arts["source_file"]))}
    sents = _file_batches(folder, "sentences", file_pos, None, batch_rows)
    s_buf: list[pd.DataFrame] = []
    s_done = False

    def sentences_upto(last: int) -> pd.DataFrame:
        nonlocal s_done
        while not s_done and (not s_buf or s_buf[-1]["_pos"].iloc[-1] <= last):
            nxt = next(sents, None)
            if nxt is None:
                s_done = True
            else:
                s_buf.append(nxt)
        both = pd.concat(s_buf, ignore_index=True) if s_buf else pd.DataFrame(columns=["_pos"])
        take = both["_pos"] <= last
        s_buf[:] = [both[~take].reset_index(drop=True)] if (~take).any() else []
        return both[take].drop(columns="_pos").reset_index(drop=True)

    buf: list[pd.DataFrame] = []
    rows = 0
    for df in _file_batches(folder, "facts", file_pos, "source_file", batch_rows):
        buf.append(df)
        rows += len(df)
        if rows < batch_rows:
            continue
        both = pd.concat(buf, ignore_index=True)
        last = both["_pos"].iloc[-1]  # the last file may go on in the next batch: keep it for then
        done = both["_pos"] < last
        if done.any():
            upto = both.loc[done, "_pos"].max()
            yield both[done].drop(columns="_pos").reset_index(drop=True), sentences_upto(upto)
        buf, rows = [both[~done].reset_index(drop=True)], int((~done).sum())
    if buf:
        both = pd.concat(buf, ignore_index=True)
        if len(both):
            yield both.drop(columns="_pos").reset_index(drop=True), sentences_upto(both["_pos"].max())


def _sort_key(cols: tuple[str, ...]):
    def key(row: dict) -> tuple:  # as pandas sorts: text order, missing values last
        return tuple((row[c] is None, row[c] if row[c] is not None else "") for c in cols)
    return key


def _merge_sorted(parts: list[Path], out_dir: Path, name: str, cols: tuple[str, ...], batch_rows: int) -> int:
    """Merge partitions each sorted by ``cols`` into ``name.parquet`` and ``name.csv`` (as
    :func:`fupin.storage.write_table` writes them), holding about ``batch_rows`` rows in all: the
    partitions are read in slices of ``batch_rows / len(parts)`` rows, so memory does not grow with the
    number of partitions (that is, with the corpus)."""
    import heapq

    schema = _target_schema([pq.read_schema(p) for p in parts])
    slice_rows = max(64, batch_rows // max(1, len(parts)))

    def rows_of(p: Path):
        for rb in pq.ParquetFile(p).iter_batches(batch_size=slice_rows):
            yield from pa.Table.from_batches([rb]).select(schema.names).cast(schema).to_pylist()

    def batches():
        batch: list[dict] = []
        for row in heapq.merge(*(rows_of(p) for p in parts), key=_sort_key(cols)):
            batch.append(row)
            if len(batch) >= batch_rows:
                yield pa.Table.from_pylist(batch, schema=schema)
                batch = []
        if batch:
            yield pa.Table.from_pylist(batch, schema=schema)

    n = 0

    def write_parquet(tmp: Path) -> None:
        nonlocal n
        with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
            for t in batches():
                n += t.num_rows
                w.write_table(t)

    def write_csv(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            for i, t in enumerate(pq.ParquetFile(out_dir / f"{name}.parquet").iter_batches(batch_size=batch_rows)):
                t.to_pandas().to_csv(fh, index=False, header=i == 0, lineterminator="\n")

    atomic_write(out_dir / f"{name}.parquet", write_parquet)
    atomic_write(out_dir / f"{name}.csv", write_csv)
    return n


def rates_and_checks(folder: Path, out_dir: Path | None = None, region: str = "", period: str = "",
                     batch_rows: int = 20_000) -> dict[str, int]:
    """``rates`` and ``checks`` of the tables :func:`build` wrote to ``folder`` (into ``out_dir``,
    default the same folder), a run of whole files at a time: rates and checks never look beyond one
    article, so the tables equal ``compute_rates`` / ``find_checks`` on the whole ``facts`` and
    ``sentences`` tables, while memory holds about ``batch_rows`` facts, not the corpus.
    ``region`` / ``period`` restrict the facts as notebook 03 does (substring / prefix)."""
    from . import checks as checks_mod, rates as rates_mod

    folder = Path(folder)
    out_dir = Path(out_dir or folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    parts = Path(tempfile.mkdtemp(prefix=".parts-", dir=out_dir))
    written = {"rates": [], "checks": []}
    try:
        for i, (facts, sentences) in enumerate(_chunks(folder, batch_rows)):
            if region:
                facts = facts[facts.region.str.contains(region, regex=False)]
            if period:
                facts = facts[facts.period.str.startswith(period)]
            rates = rates_mod.compute_rates(facts)
            checks = checks_mod.find_checks(facts, rates, sentences)
            for name, df in (("rates", rates), ("checks", checks)):
                if len(df):
                    p = parts / f"{name}-{i:07d}.parquet"
                    pq.write_table(_arrow(df), p)
                    written[name].append(p)
        counts = {}
        for name, cols in (("rates", RATES_MERGE_KEY), ("checks", CHECKS_MERGE_KEY)):
            if written[name]:
                counts[name] = _merge_sorted(written[name], out_dir, name, cols, batch_rows)
            else:  # nothing to merge: the empty table as the whole-table functions give it
                none = pq.read_schema(folder / "facts.parquet").empty_table().to_pandas()
                no_rates = rates_mod.compute_rates(none)
                df = no_rates if name == "rates" else checks_mod.find_checks(none, no_rates, None)
                write_table(df, out_dir, name)
                counts[name] = 0
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    return counts
