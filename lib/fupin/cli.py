"""Command line: ``python -m fupin clean|extract|explain|run``."""
from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from .reading import UnreadableFile, one_line


def _clean_one(path: Path, name: str | None = None, *, include_boilerplate: bool) -> str:
    from .cleaning import clean_file, render_clean

    return render_clean(clean_file(path, name), include_boilerplate=include_boilerplate)


def _extract_one(path: Path, name: str | None = None, *, include_boilerplate: bool, fmt: str) -> str:
    from .extraction import extract_file

    facts = extract_file(path, include_boilerplate=include_boilerplate, name=name)
    if fmt == "csv":
        return facts.to_csv(index=False, lineterminator="\n")
    return facts.to_json(orient="records", lines=True, force_ascii=False) if len(facts) else ""


def _batch(args: argparse.Namespace, func, emit) -> int:
    """Run ``func`` over every file of the command's paths; ``emit(i, path, result)`` writes one result.
    Exit 0 when at least one file was read; 2 when none could be (a single bad file: one line)."""
    from tqdm import tqdm

    from .batch import expand, process
    from .reading import source_names

    files = expand(args.path)
    if not files:
        print(f"fupin {args.command}: no .txt files in {' '.join(map(one_line, args.path))}", file=sys.stderr)
        return 2
    skipped: list[tuple[Path, str]] = []
    done = 0
    bar = tqdm(total=len(files), desc=f"fupin {args.command}", unit="file", file=sys.stderr,
               disable=len(files) == 1 or not sys.stderr.isatty())
    for outcome in process(func, files, jobs=args.jobs, scheduler=args.scheduler, names=source_names(files)):
        bar.update(1)
        if outcome.error is not None:
            skipped.append((outcome.path, outcome.error))
            continue
        emit(done, outcome.path, outcome.result)
        done += 1
        sys.stdout.flush()
    bar.close()
    if len(files) == 1 and skipped:
        print(f"fupin {args.command}: {one_line(skipped[0][0])}: {skipped[0][1]}", file=sys.stderr)
        return 2
    if skipped:
        print(f"fupin {args.command}: skipped {len(skipped)} of {len(files)} files:", file=sys.stderr)
        for path, why in skipped:
            print(f"  {one_line(path)}: {why}", file=sys.stderr)
    return 0 if done else 2


def _clean(args: argparse.Namespace) -> int:
    many = len(args.path) > 1 or Path(args.path[0]).is_dir()

    def emit(i: int, path: Path, text: str) -> None:
        if many:
            sys.stdout.write(("\n" if i else "") + f"==> {one_line(path)} <==\n")
        sys.stdout.write(text)

    return _batch(args, partial(_clean_one, include_boilerplate=args.all), emit)


def _extract(args: argparse.Namespace) -> int:
    def emit(i: int, path: Path, text: str) -> None:
        if args.format == "csv" and i:
            text = text.split("\n", 1)[1] if "\n" in text else ""  # one header for the whole batch
        sys.stdout.write(text)

    return _batch(args, partial(_extract_one, include_boilerplate=args.all, fmt=args.format), emit)


def _export(args: argparse.Namespace) -> int:
    from . import paths
    from .datapackage import export

    src = paths.project_path(args.processed_dir)
    if not any(src.glob("*.parquet")):
        print(f"fupin export: no tables (*.parquet) in {src}", file=sys.stderr)
        return 2
    for p in export(src, paths.project_path(args.out), args.to):
        print(p)
    return 0


def _explain(args: argparse.Namespace) -> int:
    from .explain import ExplainError, explain

    try:
        text = explain(args.path, args.fact, Path(args.raw_dir) if args.raw_dir else None, args.all)
    except ExplainError as exc:
        print(f"fupin explain: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


def _run(args: argparse.Namespace) -> int:
    from .runner import parse_cli_params, run

    out = run(parse_cli_params(args.param, args.file), keep_runs=args.keep_runs)
    print(f"run archived in {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="fupin", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="print the clean Simplified text of each article in a raw file")
    c.add_argument("path", nargs="+", help="raw files and/or folders (their .txt files)")
    c.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    c.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="send the files to a Dask cluster (tcp://host:8786, or 'local' to start one)")
    c.add_argument("--all", action="store_true", help="also print the labelled boilerplate blocks")
    c.set_defaults(func=_clean)
    e = sub.add_parser("extract", help="print one row per quantity of a raw file")
    e.add_argument("path", nargs="+", help="raw files and/or folders (their .txt files)")
    e.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    e.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="send the files to a Dask cluster (tcp://host:8786, or 'local' to start one)")
    e.add_argument("--format", choices=["csv", "jsonl"], default="csv")
    e.add_argument("--all", action="store_true",
                   help="also quantities in boilerplate (related headlines), marked in_body=False")
    e.set_defaults(func=_extract)
    x = sub.add_parser("export", help="write the output tables for Stata (labelled .dta) or Excel (one workbook)")
    x.add_argument("processed_dir", nargs="?", default="data/processed")
    x.add_argument("--to", choices=["stata", "excel"], required=True)
    x.add_argument("--out", default="exports", metavar="DIR",
                   help="folder for <table>.dta or fupin_tables.xlsx (default: exports/)")
    x.set_defaults(func=_export)
    xp = sub.add_parser("explain", help="print one fact with the reason for its indicator, region and period")
    xp.add_argument("path", help="raw file, or a fact id NAME#ARTICLE:OFFSET (file found in --raw-dir)")
    xp.add_argument("--fact", help="index of the fact in the extract output (0-based), or its fact_id")
    xp.add_argument("--raw-dir", help="folder holding NAME.txt when PATH is a fact id (default data/raw)")
    xp.add_argument("--all", action="store_true", help="count boilerplate quantities too, as extract --all")
    xp.set_defaults(func=_explain)
    r = sub.add_parser("run", help="execute the numbered notebooks in order with papermill")
    r.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"))
    r.add_argument("-f", "--file", action="append", metavar="PARAMS.yaml")
    r.add_argument("--keep-runs", type=int, default=10, metavar="N",
                   help="keep the N newest run folders in runs/ (0 keeps all; default 10)")
    r.set_defaults(func=_run)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if getattr(args, "jobs", 0) is None:
        from .batch import default_jobs

        args.jobs = default_jobs()
    elif getattr(args, "jobs", 1) < 1:
        ap.error("--jobs must be at least 1")
    try:
        return args.func(args)
    except UnreadableFile as exc:
        print(f"fupin {args.command}: {one_line(getattr(args, 'path', ''))}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one clear line, not a traceback, for a user at the terminal
        from .runner import RunError

        if isinstance(exc, RunError):
            print(f"fupin run: {exc}", file=sys.stderr)
            return 1
        raise
