"""Command line: ``python -m fupin clean|extract|explain|run``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .reading import UnreadableFile


def _clean(args: argparse.Namespace) -> int:
    from .cleaning import clean_file, render_clean

    doc = clean_file(Path(args.path))
    sys.stdout.write(render_clean(doc, include_boilerplate=args.all))
    return 0


def _extract(args: argparse.Namespace) -> int:
    from .extraction import extract_file

    facts = extract_file(Path(args.path), include_boilerplate=args.all)
    if args.format == "csv":
        facts.to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        facts.to_json(sys.stdout, orient="records", lines=True, force_ascii=False)
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

    out = run(parse_cli_params(args.param, args.file))
    print(f"run archived in {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="fupin", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="print the clean Simplified text of each article in a raw file")
    c.add_argument("path")
    c.add_argument("--all", action="store_true", help="also print the labelled boilerplate blocks")
    c.set_defaults(func=_clean)
    e = sub.add_parser("extract", help="print one row per quantity of a raw file")
    e.add_argument("path")
    e.add_argument("--format", choices=["csv", "jsonl"], default="csv")
    e.add_argument("--all", action="store_true",
                   help="also quantities in boilerplate (related headlines), marked in_body=False")
    e.set_defaults(func=_extract)
    x = sub.add_parser("explain", help="print one fact with the reason for its indicator, region and period")
    x.add_argument("path", help="raw file, or a fact id NAME#ARTICLE:OFFSET (file found in --raw-dir)")
    x.add_argument("--fact", help="index of the fact in the extract output (0-based), or its fact_id")
    x.add_argument("--raw-dir", help="folder holding NAME.txt when PATH is a fact id (default data/raw)")
    x.add_argument("--all", action="store_true", help="count boilerplate quantities too, as extract --all")
    x.set_defaults(func=_explain)
    r = sub.add_parser("run", help="execute the numbered notebooks in order with papermill")
    r.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"))
    r.add_argument("-f", "--file", action="append", metavar="PARAMS.yaml")
    r.set_defaults(func=_run)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UnreadableFile as exc:
        print(f"fupin {args.command}: {getattr(args, 'path', '')}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one clear line, not a traceback, for a user at the terminal
        from .runner import RunError

        if isinstance(exc, RunError):
            print(f"fupin run: {exc}", file=sys.stderr)
            return 1
        raise
