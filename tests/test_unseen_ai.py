"""Five reports damaged as mirror and repost sites damage pages (tests/data/unseen_ai, issue 12): 。 decimals
before 亿/%/个百分点, commas and narrow spaces as thousands separators, % dropped before ） and at a sentence end,
pinyin glosses inside figures, full-width digits, masked table cells, wrapped figures, a caption with stripped
digits, HTML entities (&nbsp;, &#8203;), GBK runs that swallow figures; files in UTF-8, GB18030, UTF-16 (BOM) and
Big5. Gold by build_gold.py; three deliberate errors (a 资金拨付率62。4%, b 投产率86.2%, c 带动覆盖率51.2%).

First contact (base 5c7fa56, before any rule was written for them):
    extraction F1 0.978 (P 0.993, R 0.965) over 141 gold quantities in 5 files; regions 1.000 (136/136)
    relations: the run crashed (stated_rates._whole_gap on 增速高于全省平均水平0。8个百分点 with no own rate);
    with that fixed 19/32 right, 0/3 found, 2 false alarms (风险消除率61.1% over the 986户 of the next paragraph:
    its base １２８６戶 is lost in a GBK run)
    wrong numbers (benchmarks/wrong_numbers.py): 1 (11&#8203;265元 read as 265元)
After the rules (tests here, in test_damage.py and test_sentences.py): F1 0.986 (P 1.000, R 0.972), regions 1.000
(137/137), relations 23/32, 1/3 found (投产率86.2%), 0 false alarms, 0 wrong numbers. Still missed: the two figures
of d swallowed by GBK runs (１２８６戶, １．２６億元: the repair's round trip does not see a digit the mirror folded,
and its model then prefers a non-digit reading) and the relations built on them; e's ２３，６８５人 and １６，２２４人
(a full-width comma between digit groups may end a list item: flagged lost); the 资金拨付率 and 带动覆盖率 errors (their
bases are a paragraph back).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fupin import paths

from fixtures.written import (assert_no_wrong_number, assert_relation_floors, build_tables, extraction_f1, facts_of,
                              rate_of, region_agreement)

UNSEEN_AI = paths.TEST_DATA_DIR / "unseen_ai"

MIN_F1 = 0.990        # extraction F1 over 141 gold quantities; was 0.978
MIN_REGIONS = 0.995   # region agreement; was 1.000 (136/136)
MIN_RIGHT = 24        # relations verified right, of 32; was 19 (after the crash fix, with 2 false alarms)
MIN_FOUND = 1         # deliberate errors found, of 3; was 0


@pytest.fixture(scope="module")
def unseen_ai_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AI, tmp_path_factory.mktemp("unseen_ai_run") / "processed")


def test_unseen_ai_relations(unseen_ai_run):
    assert_relation_floors(unseen_ai_run, UNSEEN_AI, MIN_RIGHT, MIN_FOUND)


def test_unseen_ai_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AI)
    assert files == 5 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AI)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_unseen_ai_has_no_wrong_number():
    assert_no_wrong_number(UNSEEN_AI)


# --- named sentences ------------------------------------------------------------------------------

def test_a_gap_with_no_rate_of_its_own_is_no_crash(tmp_path):
    body = "2023年全县脱贫人口人均纯收入达到11265元，增速高于全省平均水平0.8个百分点。"
    from fupin.rates import compute_rates

    compute_rates(facts_of(tmp_path, body))  # used to raise TypeError in stated_rates._whole_gap


def _rate_rows(tmp_path, body):
    from fupin.rates import compute_rates

    return compute_rates(facts_of(tmp_path, body))


def test_no_base_after_a_rate_whose_base_may_be_lost_to_damage(tmp_path):
    # 监测对象１２８６戶 swallowed by a GBK run the repair cannot read: the 986户 of the next paragraph is no base
    body = ("2023年,布拖縣共識別納入防止返貧監測對象1?bǎo)玻福稇?hù)5421人,其中脫貧不穩定戶612戶。截至12月底,"
            "已消除風險786戶3256人,風險消除率61.1%。\n全縣落實產業幫扶資金1.26億元,覆蓋監測對象986戶。")
    r = _rate_rows(tmp_path, body)
    assert not (r["status"] == "mismatch").any(), r[["rate", "numerator", "denominator", "reported", "status"]]


def test_a_base_after_the_rate_still_counts_when_nothing_is_damaged(tmp_path):
    body = ("2023年,布拖縣共識別納入防止返貧監測對象,其中脫貧不穩定戶612戶。截至12月底,"
            "已消除風險786戶3256人,風險消除率79.7%。\n全縣落實產業幫扶資金1.26億元,覆蓋監測對象986戶。")
    r = _rate_rows(tmp_path, body)
    row = r[r["reported"] == 79.7].iloc[0]
    assert row["denominator"] == 986 and row["status"] == "match", row


@pytest.mark.parametrize("rate, status", [("84.2%", "match"), ("86.2%", "mismatch")])
def test_a_production_rate_is_units_in_production_over_units_built(tmp_path, rate, status):
    body = f"安置点配套建设扶贫车间38个，已投产32个，投产率{rate}，吸纳就业2146人。"
    row = rate_of(facts_of(tmp_path, body), rate)
    assert row["status"] == status and row["denominator"] == 38, row["note"]


def test_a_production_rate_with_no_units_built_printed_is_reported_only(tmp_path):
    row = rate_of(facts_of(tmp_path, "扶贫车间已投产32个，投产率84.2%。"), "84.2%")
    assert row["status"] != "mismatch", row["note"]
