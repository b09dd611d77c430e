"""How many facts of a folder of reports keep a bare fallback indicator, and which names are used.

    PYTHONPATH=lib python benchmarks/indicator_coverage.py ../shared/corpus [--top 30]

A fact has a *fallback* indicator when neither a lexicon rule nor a head phrase names it (flag
``indicator_default``: amount_cny, share_percent, count_<unit>, change_pp). Rows named by their head
phrase (flag ``indicator_phrase``) and rows a rule claims are counted apart. Body rows only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))

from fupin.extraction import extract_file  # noqa: E402
from fupin.reading import UnreadableFile  # noqa: E402


def coverage(folder: Path) -> pd.DataFrame:
    frames = []
    for path in sorted(folder.glob("*.txt")):
        if path.name.upper().startswith(("README", "SOURCES")):
            continue
        try:
            frames.append(extract_file(path))
        except UnreadableFile:
            continue
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    df = coverage(args.folder)
    if df.empty:
        print("no facts", file=sys.stderr)
        return 1
    unc = df["uncertain"].fillna("")
    fallback = unc.str.contains("indicator_default")
    phrase = unc.str.contains("indicator_phrase")
    n = len(df)
    print(f"facts {n}  rule {n - fallback.sum() - phrase.sum()} ({(n - fallback.sum() - phrase.sum()) / n:.1%})"
          f"  head phrase {phrase.sum()} ({phrase.mean():.1%})  fallback {fallback.sum()} ({fallback.mean():.1%})")
    print(f"fallback indicators: {df.loc[fallback, 'indicator'].value_counts().to_dict()}")
    print(f"most frequent indicator_zh (top {args.top}):")
    for name, k in df["indicator_zh"].value_counts().head(args.top).items():
        print(f"  {k:4d}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
