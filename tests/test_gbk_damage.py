"""Forward model of the mirror damage: it must reproduce the damaged runs of seeds 000 and 002."""
from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings, strategies as st

from fupin import gbk_damage as gd
from fupin.paths import RAW_DIR

_GLOSS = re.compile(r"([\u4e00-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+)\)")


def _seed_table(prefix: str) -> dict[str, str]:
    text = next(RAW_DIR.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return {m.group(1): m.group(2) for m in _GLOSS.finditer(text)}


@pytest.fixture(scope="module")
def table000() -> dict[str, str]:
    # 擔 is on the page list but only ever occurs inside the damaged run, so add it by hand.
    return {**_seed_table("000"), "擔": "dān"}


@pytest.fixture(scope="module")
def table002() -> dict[str, str]:
    return _seed_table("002")


@pytest.mark.parametrize("clean, damaged", [
    ("的一年。《西藏自治區脫", "的一年?!段鞑刈灾螀^(qū)脫"),
    ("當地群眾126人", "當(dāng)?shù)厝罕?26人"),
    ("不必擔心方艙", "不必?fù)?dān)心方艙"),
    ("規模化發展", "規(guī)?;l(fā)展"),
    ("示范校”驗收，成為自治區重點", "示范?!彬炇眨蔀樽灾螀^(qū)重點"),
])
def test_reproduces_runs_of_000(table000, clean, damaged):
    assert gd.damage(clean, table000) == damaged


@pytest.mark.parametrize("clean, damaged", [
    ("\n　（作者為西藏自治區扶貧辦", "\n?。ㄗ髡邽槲鞑刈灾螀^(qū)扶貧辦"),
    ("當地積極開展", "當(dāng)?shù)胤e極開展"),
])
def test_reproduces_runs_of_002(table002, clean, damaged):
    assert gd.damage(clean, table002) == damaged


def test_digit_lost_behind_misaligned_run(table000):
    # The byte after 眾 is swallowed whatever digit it was: the loss is real, not a decoder choice.
    outs = {gd.damage(f"當地群眾{d}26人", table000) for d in "0123456789"}
    assert outs == {"當(dāng)?shù)厝罕?26人"}


def test_aligned_text_only_gains_glosses_and_ascii_punctuation():
    text = "北京市安排資金3.77億元，實施項目56個。"
    assert gd.damage(text, {"資": "zī"}) == "北京市安排資(zī)金3.77億元,實施項目56個。"


def test_ascending_code_order_matters():
    # 數 (94B5) straddles 當地; descending order would annotate 當 first and hide the match.
    table = {"當": "dāng", "數": "shù"}
    assert gd.damage("當地人", table).startswith("當(dāng)?shù)")
    raw = gd.encode("當地人")
    for code, py in sorted(((gd.encode(c), p) for c, p in table.items()), reverse=True):
        raw = raw.replace(code, code + b"(" + gd.encode(py) + b")")
    assert "shù" not in "".join(gd.decode_lenient(p) for p in gd.split_pieces(raw))


def test_lenient_decoder_rules():
    assert gd.decode_lenient(b"\xb5") == "?"  # lone lead at the piece end
    assert gd.decode_lenient(b"\xb5(ab") == "?ab"  # invalid trail swallowed
    assert gd.decode_lenient(b"\xaa\xa1x") == "x"  # user-defined pair dropped
    assert gd.decode_lenient(b"\xa1\x50x") == "x"
    assert gd.split_pieces(b"\xa1\xa3\xa1\xb6") == [b"\xa1", b"\xa3\xa1\xb6"]


_CJK = st.text(alphabet=st.sampled_from(list("西藏自治區扶貧脫貧攻堅資金項目群眾增收發展規模產業，、“”")),
               max_size=30)


@settings(max_examples=60, deadline=None)
@given(_CJK)
def test_no_delimiter_no_table_means_only_folding(text):
    # Without split byte pairs or annotations, aligned text decodes back to itself (folded).
    assume(not any(d in gd.encode(text) for d in gd.SPLIT_DELIMITERS))
    assert gd.damage(text, {}) == gd.normalise(text)


@settings(max_examples=60, deadline=None)
@given(_CJK)
def test_straddling_delimiter_always_leaves_a_lost_byte(text):
    # Any split pair found at a misaligned position cuts a character: a `?` must appear.
    raw = gd.encode(text)
    straddles = any(raw.find(d, k) % 2 == 1 for d in gd.SPLIT_DELIMITERS
                    for k in range(len(raw)) if raw.find(d, k) != -1)
    if straddles:
        assert "?" in gd.damage(text, {})
