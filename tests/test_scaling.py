"""A report printed as one very long line (scraped pages sometimes lose every line break) is read like
the same paragraphs on their own lines: every repeat gives the same figures, with the same indicator,
region and period, wherever it stands in the line (issue 11). Its cost against its length is a
benchmark, not a test: ``benchmarks/varied_report.py --kind line --sizes 1000 4000`` (the ratio of CPU
seconds; linear work takes ~4x for 4x the text, the quadratic spots issue 11 found took > 10x)."""
from __future__ import annotations

from fupin.cleaning import clean_file
from fupin.extraction import facts_for_doc

from varied_report import ONE_LINE_FACTS, one_line_report


def _extract(tmp_path, repeats: int) -> list[dict]:
    path = tmp_path / f"one_line_{repeats}.txt"
    path.write_text(one_line_report(repeats), encoding="utf-8")
    return facts_for_doc(clean_file(path))


def test_a_report_on_one_line_reads_every_repeat_alike(tmp_path):
    small, big = _extract(tmp_path, 20), _extract(tmp_path, 300)
    assert len(small) == ONE_LINE_FACTS * 20 and len(big) == ONE_LINE_FACTS * 300
    # every repeat is read alike, wherever it stands in the line
    key = [(r["raw"], r["indicator"], r["region"], r["period"]) for r in big]
    assert set(key) == {(r["raw"], r["indicator"], r["region"], r["period"]) for r in small}
    assert len(set(key)) == ONE_LINE_FACTS
    assert {r["region"] for r in big} == {"广河县"}
