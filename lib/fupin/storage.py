"""Atomic, deterministic writing of tables and files."""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def _umask() -> int:
    """The process umask (read by setting and restoring it: there is no getter)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Write through a temporary file in the same folder, then rename over ``path``.

    ``mkstemp`` creates the file mode 0600; the finished file gets the mode an ordinary ``open``
    would give it (0666 less the umask), so colleagues and services can read the outputs.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def copy_file(src: Path, dst: Path) -> Path:
    """Copy ``src`` over ``dst`` atomically (a reader sees the old file or the new one, never half),
    streamed: a table larger than memory is copied too."""
    return atomic_write(Path(dst), lambda p: shutil.copyfile(src, p))


def write_text(path: Path, text: str) -> Path:
    return atomic_write(path, lambda p: p.write_text(text, encoding="utf-8"))


def csv_quoting(df: pd.DataFrame) -> int:
    """``csv.QUOTE_MINIMAL``, or ``csv.QUOTE_ALL`` when a text holds a bare carriage return: with
    ``\\n`` line ends the csv module does not quote a lone ``\\r``, which readers (pandas, Excel)
    take for a line end, splitting the row."""
    for col in df.columns:
        if df[col].dtype == object and df[col].map(lambda v: isinstance(v, str) and "\r" in v).any():
            return csv.QUOTE_ALL
    return csv.QUOTE_MINIMAL


def write_table(df: pd.DataFrame, folder: Path, name: str) -> tuple[Path, Path]:
    """Write ``name.parquet`` and ``name.csv`` (UTF-8 with BOM, so Excel reads the Chinese)."""
    folder = Path(folder)
    table = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)
    # Drop pandas metadata: it embeds library versions, which would make files differ across machines.
    table = table.replace_schema_metadata(None)
    pq_path = atomic_write(folder / f"{name}.parquet",
                           lambda p: pq.write_table(table, p, compression="zstd"))
    csv_path = atomic_write(folder / f"{name}.csv",
                            lambda p: df.to_csv(p, index=False, encoding="utf-8-sig", lineterminator="\n",
                                                quoting=csv_quoting(df)))
    return pq_path, csv_path


def read_table(folder: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table of ``folder``; ``columns`` reads only those (a corpus's ``facts`` without its
    ``sentence`` text is a fraction of the memory)."""
    return pd.read_parquet(Path(folder) / f"{name}.parquet", columns=columns)
