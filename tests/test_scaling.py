"""A report printed as one very long line (scraped pages sometimes lose every line break) must cost
time in proportion to its length: every per-figure step looks only at the figure's neighbourhood
through per-article indexes, never scans the article (issue 11)."""
from __future__ import annotations

import gc
import time

from fupin.cleaning import clean_file
from fupin.extraction import facts_for_doc

# A paragraph in the style of a county's fund report: a dated lead, a bracketed breakdown (figures
# inside brackets see their own group unmasked), a place, a share, a change.
BODY = ("2023年，广河县投入衔接资金1.2亿元（其中中央资金8000万元，省级资金2500万元），实施产业项目35个；"
        "全县脱贫人口人均纯收入达到12560元，同比增长8.5%。")


def _extract(tmp_path, repeats: int) -> tuple[float, list[dict]]:
    path = tmp_path / f"one_line_{repeats}.txt"
    path.write_text("广河县2023年衔接资金使用情况\n" + BODY * repeats + "\n", encoding="utf-8")
    # the collector off while timing: its full passes cost in proportion to everything the test
    # process holds (1,400 tests before this one in a full run), not to the report read here
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        rows = facts_for_doc(clean_file(path))
        return time.process_time() - t0, rows
    finally:
        gc.enable()


def test_a_report_on_one_line_scales_linearly(tmp_path):
    _extract(tmp_path, 5)  # dictionaries, rules and gazetteer loaded outside the timing
    small_t, small = _extract(tmp_path, 1000)
    big_t, big = _extract(tmp_path, 4000)
    assert len(small) == 6 * 1000 and len(big) == 6 * 4000
    # every repeat is read alike, wherever it stands in the line
    assert {(r["raw"], r["indicator"], r["region"], r["period"]) for r in big} == \
        {(r["raw"], r["indicator"], r["region"], r["period"]) for r in small}
    # 4x the text: linear work takes ~4x the time; the quadratic spots this guards took > 10x
    # (CPU time of this process, so other processes on the machine do not count)
    assert big_t / small_t < 7, (small_t, big_t)
