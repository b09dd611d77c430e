"""Wrong numbers of the extractor on folders with gold (issue 12: a value is right or it is flagged empty).

For every gold quantity (NAME.regions.csv beside NAME.txt; its raw located with str.find in text order after
the first two lines, as the gold builders do), every extracted fact whose raw bytes overlap the gold raw's
bytes is compared: a fact with a value that differs from the gold value (or any value where the gold says
the figure is lost) is a wrong number. Prints each wrong number and a last line with the count.

    PYTHONPATH=lib .venv/bin/python benchmarks/wrong_numbers.py tests/data/unseen_ai [FOLDER ...]
"""
from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

from fupin.extraction import extract_file
from fupin.reading import UnreadableFile, decode_mixed_lines, detect_encoding

BOMS = {"utf-16": ("utf-16-le", b"\xff\xfe"), "utf-16-le": ("utf-16-le", b"\xff\xfe"), "utf-8-sig": ("utf-8", b"\xef\xbb\xbf")}


def _decode(data: bytes) -> tuple[str, str, int]:
    """(text, codec to encode prefixes with, BOM length) of a raw file."""
    encoding, bom = detect_encoding(data)
    codec = BOMS.get(encoding, (encoding.replace("-sig", ""), b""))[0]
    return data[bom:].decode(codec), codec, bom


def gold_spans(txt: Path) -> list[tuple[int, int, float | None, str]]:
    """(byte start, byte end, gold value or None when lost, raw) of each gold row."""
    data = txt.read_bytes()
    try:
        text, codec, bom = _decode(data)
        mapped = None
    except UnreadableFile:
        got = decode_mixed_lines(data)  # UTF-8 and GBK lines in one file: each character's bytes from the reader
        if got is None:
            raise
        mapped = got[0]
        text, codec, bom = mapped.text, "", 0
    pos = text.index("\n", text.index("\n") + 1) + 1
    out = []
    gold = txt.with_name(txt.name.split(".")[0] + ".regions.csv")
    for row in csv.DictReader(gold.open(encoding="utf-8")):
        at = text.find(row["raw"], pos)
        if at < 0:
            continue
        pos = at + len(row["raw"])
        if mapped is not None:
            start, end = mapped.raw_span(at, at + len(row["raw"]))
        else:
            start = bom + len(text[:at].encode(codec))
            end = start + len(row["raw"].encode(codec))
        out.append((start, end, float(row["value"]) if row["value"] else None, row["raw"]))
    return out


def wrong_numbers(txt: Path) -> list[tuple[str, str, object, object]]:
    facts = extract_file(txt)
    spans = gold_spans(txt)
    wrong = []
    for f in facts.itertuples():
        v = f.value
        if v is None or (isinstance(v, float) and math.isnan(v)):
            continue
        for start, end, gv, raw in spans:
            if f.raw_start < end and start < f.raw_end and (gv is None or abs(v - gv) > 1e-6 * max(1.0, abs(gv))):
                wrong.append((txt.name, raw, f.raw, v if gv is None else f"{v:g} for {gv:g}"))
    return wrong


def main(folders: list[str]) -> int:
    total = 0
    for folder in folders:
        for txt in sorted(Path(folder).glob("*.txt")):
            if not txt.with_name(txt.name.split(".")[0] + ".regions.csv").exists():
                continue
            for name, raw, got, what in wrong_numbers(txt):
                total += 1
                print(f"{name}: gold {raw!r} extracted {got!r} = {what}")
    print(f"wrong numbers: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
