"""The data dictionary of every output table, and the files built from it: a Frictionless-style
``datapackage.json`` and Stata files whose variables carry labels.

Column descriptions live in data: ``data/tables.yaml`` for the cleaning, rates and checks tables (with
every table's title, primary key, units and categorical codes) and ``fupin.extraction.COLUMN_DOCS``
beside the facts schema.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
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
    return str(_yaml().get(table, {}).get("title", table))


def field_props(table: str) -> dict[str, dict]:
    """Column → its extra properties (unit, values, closed, type, pattern) from ``tables.yaml``."""
    return {c: dict(v or {}) for c, v in (_yaml().get(table, {}).get("fields") or {}).items()}


def primary_key(table: str) -> list[str]:
    return list(_yaml().get(table, {}).get("primary_key") or [])


def categories(table: str, column: str, values: Iterable | None = None) -> list[str]:
    """The codes of a categorical column in their fixed order: those the dictionary lists, then any
    other non-empty value of ``values`` (sorted), so every value has a code and listed codes are stable."""
    listed = [str(v) for v in field_props(table).get(column, {}).get("values", [])]
    if values is None:
        return listed
    seen = set(listed)
    extra = sorted({str(v) for v in values if isinstance(v, str) and v and v not in seen})
    return listed + extra


def undocumented(table: str, df: pd.DataFrame) -> list[str]:
    docs = columns(table)
    return [c for c in df.columns if not docs.get(c)]


_KIND = {"float64": "number", "float32": "number", "int64": "integer", "int32": "integer", "int8": "integer",
         "Int64": "integer", "bool": "boolean", "boolean": "boolean"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_iso_dates(s: pd.Series) -> bool:
    v = s.dropna().astype(str)
    v = v[v != ""]
    if not v.str.fullmatch(ISO_DATE.pattern).all():
        return False
    return bool(pd.to_datetime(v, format="%Y-%m-%d", errors="coerce").notna().all())


def _field(table: str, df: pd.DataFrame, column: str) -> dict:
    props = field_props(table).get(column, {})
    kind = _KIND.get(str(df[column].dtype), "string")
    f: dict = {"name": column, "title": props.get("title") or column.replace("_", " ").capitalize(),
               "type": kind, "description": columns(table).get(column, "")}
    if props.get("unit"):
        f["unit"] = props["unit"]
    if kind == "string" and props.get("type") == "date" and _is_iso_dates(df[column]):
        f["type"], f["format"] = "date", "%Y-%m-%d"
    if kind == "string" and props.get("values"):
        f["categories"] = categories(table, column, df[column])
        if props.get("closed"):
            f["constraints"] = {"enum": [str(v) for v in props["values"]]}
    if kind == "string" and props.get("pattern"):
        f.setdefault("constraints", {})["pattern"] = props["pattern"]
    return f


def schema(table: str, df: pd.DataFrame) -> dict:
    """The Table Schema of one table: every column with title, type, description (unit, categories and
    constraints where the dictionary gives them); empty CSV cells are missing values."""
    out: dict = {"fields": [_field(table, df, c) for c in df.columns], "missingValues": [""]}
    key = [c for c in primary_key(table) if c in df.columns]
    if key and len(key) == len(primary_key(table)):
        out["primaryKey"] = key
    return out


def write_datapackage(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """``datapackage.json`` describing every table given, column by column, and the indicator codes.
    The package validates with ``frictionless validate datapackage.json`` in ``folder``."""
    from .attribution import load_indicators

    names = sorted(tables, key=lambda n: (TABLE_ORDER.index(n) if n in TABLE_ORDER else 99, n))
    resources = []
    for name in names:
        resources.append({
            "name": name, "title": title(name), "path": f"{name}.csv", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8-sig", "schema": schema(name, tables[name]),
        })
    ind = load_indicators()
    resources.append({"name": "indicators", "title": "Indicator codes used in facts.indicator",
                      "description": "Indicator codes used in facts.indicator (lib/fupin/data/indicators.yaml)",
                      "data": json.loads(ind.to_json(orient="records", force_ascii=False)),
                      "schema": {"fields": [{"name": c, "type": "string"} for c in ind.columns],
                                 "primaryKey": ["code"]}})
    package = {"name": "fupin-tables",
               "title": "Quantities, rates and checks from Chinese reports on poverty alleviation, "
                        "rural revitalisation and paired assistance",
               "resources": resources}
    return write_text(Path(folder) / "datapackage.json",
                      json.dumps(package, ensure_ascii=False, indent=2) + "\n")


def write_datapackage_for(folder: Path) -> Path:
    """``datapackage.json`` for the tables (``*.parquet``) of ``folder``, read one at a time."""
    folder = Path(folder)
    tables = {}
    for name in TABLE_ORDER:
        p = folder / f"{name}.parquet"
        if p.exists():
            tables[name] = _schema_frame(p, name)
    return write_datapackage(folder, tables)


def _schema_frame(path: Path, table: str) -> pd.DataFrame:
    """What :func:`schema` needs of a table without its text: the columns whose values decide a field
    (categorical and date columns) read in full, every other column as an empty column of its type."""
    props = field_props(table)
    arrow = pq.read_schema(path)
    need = [c for c in arrow.names if props.get(c, {}).get("values") or props.get(c, {}).get("type")]
    data = pq.read_table(path, columns=need).to_pandas() if need else pd.DataFrame(index=range(0))
    empty = arrow.empty_table().to_pandas()
    n = len(data)

    def placeholder(c: str) -> pd.Series:  # a column of the table's type (no values are looked at)
        kind = empty[c].dtype
        return pd.Series(np.zeros(n, dtype=kind) if kind.kind in "biuf" else [None] * n, dtype=kind)
    return pd.DataFrame({c: (data[c] if c in need else placeholder(c)) for c in arrow.names})


def _value_labelled(df: pd.DataFrame, table: str) -> tuple[pd.DataFrame, dict[str, dict[int, str]]]:
    """Categorical text columns (those with ``values`` in the dictionary) as Stata codes 1, 2, ... with
    their value labels; an empty cell becomes Stata's missing value."""
    out, labels = df.copy(), {}
    for c, props in field_props(table).items():
        if not props.get("values") or c not in out.columns or out[c].dtype != object:
            continue
        cats = categories(table, c, out[c])
        code = {v: i for i, v in enumerate(cats, start=1)}
        out[c] = out[c].map(lambda v: code.get(v) if isinstance(v, str) else None).astype("float64")
        if out[c].notna().all():
            out[c] = out[c].astype("int32")
        labels[c] = {i: v for v, i in code.items()}
    return out, labels


def write_stata(df: pd.DataFrame, path: Path, table: str) -> Path:
    """``df`` as a Stata 14+ file (format 118, Unicode): reserved names renamed, long text as strL,
    every variable labelled from the data dictionary, categorical columns (unit, qualifier, status,
    period_kind ...) stored as codes with value labels, and the table's title as the data label."""
    docs = columns(table)
    out, value_labels = _value_labelled(df, table)
    out = out.rename(columns=STATA_RENAMES)
    value_labels = {STATA_RENAMES.get(c, c): v for c, v in value_labels.items()}
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
        value_labels=value_labels or None,
        data_label=title(table)[:80], time_stamp=pd.Timestamp("2000-01-01").to_pydatetime()))


EXCEL_CELL_MAX = 32767
"""Excel holds at most this many characters in a cell; longer text is cut and the cut is marked."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Text beginning with one of these would be taken for a formula by a spreadsheet (formula injection):
in the workbook such cells are stored as text cells marked "quote prefix", never as formulas."""


def _as_text_cells(ws, df: pd.DataFrame) -> int:
    """Mark the cells of ``ws`` (``df`` written from A1 with a header row) whose text begins like a
    formula as plain text; returns how many."""
    n = 0
    for j, c in enumerate(df.columns, start=1):
        if df[c].dtype != object:
            continue
        for i, v in enumerate(df[c].tolist(), start=2):
            if isinstance(v, str) and v.startswith(FORMULA_STARTS):
                cell = ws.cell(row=i, column=j)
                cell.data_type, cell.quotePrefix = "s", True
                n += 1
    return n


def write_excel(tables: dict[str, pd.DataFrame], path: Path) -> Path:
    """One workbook: a sheet per table (in the usual order) and a ``dictionary`` sheet giving every
    column's description; written atomically. Text is never evaluated: a cell whose text begins with
    ``= + - @``, a tab or a carriage return is a text cell; characters XML cannot hold (control
    characters) become U+FFFD."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    names = sorted(tables, key=lambda n: (TABLE_ORDER.index(n) if n in TABLE_ORDER else 99, n))
    dictionary = pd.DataFrame([{"table": n, "column": c, "description": columns(n).get(c, "")}
                               for n in names for c in tables[n].columns])

    def fit(df: pd.DataFrame) -> pd.DataFrame:
        out = df.copy()
        for c in out.columns:
            if out[c].dtype == object:
                s = out[c].fillna("").astype(str).str.replace(ILLEGAL_CHARACTERS_RE, "\ufffd", regex=True)
                long = s.str.len() > EXCEL_CELL_MAX
                out[c] = s.where(~long, s.str.slice(0, EXCEL_CELL_MAX - 12) + " …[cut]")
        return out

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
            for n, df in [(n, fit(tables[n])) for n in names] + [("dictionary", dictionary)]:
                df.to_excel(xw, sheet_name=n[:31], index=False)
                _as_text_cells(xw.sheets[n[:31]], df)
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
