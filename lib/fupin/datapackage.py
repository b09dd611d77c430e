"""The data dictionary of every output table, and the files built from it: a Frictionless-style
``datapackage.json`` and Stata files whose variables carry labels.

Column descriptions live in data: ``data/tables.yaml`` for the cleaning, rates and checks tables and
``fupin.extraction.COLUMN_DOCS`` beside the facts schema.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from .paths import data_file
from .storage import atomic_write, write_text

TABLE_ORDER = ("articles", "blocks", "sentences", "cleaning_log", "skipped", "facts", "rates", "checks")
STATA_RENAMES = {"end": "end_pos", "start": "start_pos"}
"""Stata reserves ``end``; pandas would rename it to ``_end`` silently, so name the pair explicitly."""
STATA_STR_MAX = 2045
"""Text longer than this many UTF-8 bytes goes into Stata ``strL`` columns (format 118)."""


@lru_cache(maxsize=1)
def _yaml() -> dict:
    return yaml.safe_load(data_file("tables.yaml").read_text(encoding="utf-8"))


def columns(table: str) -> dict[str, str]:
    """Column → description for one output table."""
    if table == "facts":
        from .extraction import COLUMN_DOCS

        return dict(COLUMN_DOCS)
    return dict(_yaml().get(table, {}).get("columns", {}))


def title(table: str) -> str:
    if table == "facts":
        return "Every quantity of every article, parsed, attributed and traced to its bytes"
    return str(_yaml().get(table, {}).get("title", table))


def undocumented(table: str, df: pd.DataFrame) -> list[str]:
    docs = columns(table)
    return [c for c in df.columns if not docs.get(c)]


def write_datapackage(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """``datapackage.json`` describing every table given, column by column, and the indicator codes."""
    from .attribution import load_indicators

    kind = {"float64": "number", "int64": "integer", "bool": "boolean"}
    names = sorted(tables, key=lambda n: (TABLE_ORDER.index(n) if n in TABLE_ORDER else 99, n))
    resources = []
    for name in names:
        df, docs = tables[name], columns(name)
        resources.append({
            "name": name, "title": title(name), "path": f"{name}.csv", "format": "csv",
            "encoding": "utf-8-sig",
            "schema": {"fields": [{"name": c, "type": kind.get(str(df[c].dtype), "string"),
                                   "description": docs.get(c, "")} for c in df.columns]},
        })
    ind = load_indicators()
    resources.append({"name": "indicators", "description": "Indicator codes used in facts.indicator",
                      "data": json.loads(ind.to_json(orient="records", force_ascii=False))})
    package = {"name": "fupin-tables",
               "title": "Quantities, rates and checks from Chinese reports on poverty alleviation, "
                        "rural revitalisation and paired assistance",
               "resources": resources}
    return write_text(Path(folder) / "datapackage.json",
                      json.dumps(package, ensure_ascii=False, indent=2) + "\n")


def write_stata(df: pd.DataFrame, path: Path, table: str) -> Path:
    """``df`` as a Stata 14+ file (format 118, Unicode): reserved names renamed, long text as strL,
    every variable labelled from the data dictionary, and the table's title as the data label."""
    docs = columns(table)
    out = df.rename(columns=STATA_RENAMES).copy()
    for c in out.columns:
        if out[c].dtype == bool:
            out[c] = out[c].astype("int8")
    text_cols = [c for c in out.columns if out[c].dtype == object]
    for c in text_cols:
        out[c] = out[c].fillna("").astype(str)
    strl = [c for c in text_cols if out[c].str.encode("utf-8").str.len().max() > STATA_STR_MAX] if len(out) else []
    back = {v: k for k, v in STATA_RENAMES.items()}
    labels = {c: docs.get(back.get(c, c), "")[:80] for c in out.columns}
    return atomic_write(Path(path), lambda p: out.to_stata(
        p, write_index=False, version=118, convert_strl=strl, variable_labels=labels,
        data_label=title(table)[:80], time_stamp=pd.Timestamp("2000-01-01").to_pydatetime()))


EXCEL_CELL_MAX = 32767
"""Excel holds at most this many characters in a cell; longer text is cut and the cut is marked."""


def write_excel(tables: dict[str, pd.DataFrame], path: Path) -> Path:
    """One workbook: a sheet per table (in the usual order) and a ``dictionary`` sheet giving every
    column's description; written atomically."""
    names = sorted(tables, key=lambda n: (TABLE_ORDER.index(n) if n in TABLE_ORDER else 99, n))
    dictionary = pd.DataFrame([{"table": n, "column": c, "description": columns(n).get(c, "")}
                               for n in names for c in tables[n].columns])

    def fit(df: pd.DataFrame) -> pd.DataFrame:
        out = df.copy()
        for c in out.columns:
            if out[c].dtype == object:
                s = out[c].fillna("").astype(str)
                long = s.str.len() > EXCEL_CELL_MAX
                out[c] = s.where(~long, s.str.slice(0, EXCEL_CELL_MAX - 12) + " …[cut]")
        return out

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
            for n in names:
                fit(tables[n]).to_excel(xw, sheet_name=n[:31], index=False)
            dictionary.to_excel(xw, sheet_name="dictionary", index=False)
    return atomic_write(Path(path), write)


def export(processed: Path, out_dir: Path, to: str) -> list[Path]:
    """Every table of ``processed`` as Stata files (``to="stata"``) or one Excel workbook (``"excel"``)."""
    if to == "stata":
        return export_stata(processed, out_dir)
    tables = {n: pd.read_parquet(Path(processed) / f"{n}.parquet") for n in TABLE_ORDER
              if (Path(processed) / f"{n}.parquet").exists()}
    return [write_excel(tables, Path(out_dir) / "fupin_tables.xlsx")]


def export_stata(processed: Path, out_dir: Path) -> list[Path]:
    """Every table of ``processed`` (its Parquet files) as ``out_dir/<table>.dta``."""
    written = []
    for name in TABLE_ORDER:
        p = Path(processed) / f"{name}.parquet"
        if p.exists():
            written.append(write_stata(pd.read_parquet(p), Path(out_dir) / f"{name}.dta", name))
    return written
