"""Six reports damaged as converters, scanners, spreadsheets and mail gateways damage pages (tests/data/unseen_aw,
issue 12), with kinds unseen_ai, unseen_am, unseen_aq and unseen_at did not use: UTF-8 misread as GBK and saved
again (鍘垮煄, with U+FFFD where a byte was lost), an RTF document (\\'d5\\'f2 escapes, \\par, line breaks inside
figures), OCR confusions S/5, Z/2, T/7 (and 方/万, 干/千, 己/已, 曰/日), financial numerals (大写) with 角,
a WPS sheet pasted with its display formats (1.26E+07, ########, fractions, merged cells blank), an e-mail body in
quoted-printable with soft breaks inside figures. The clean texts are in make_pages.py; gold by build_gold.py;
three deliberate errors (a 完工率96.2%, c 占监测户数的68.6%, e 表 合计 项目数29).

First contact (base d6e521a, before any rule was written for them):
    extraction F1 0.507 (P 0.986, R 0.342) over 202 gold quantities in 6 files; regions 1.000 (69/69)
    relations: 7/35 verified right, 0/3 found, 0 false alarms
    wrong numbers (benchmarks/wrong_numbers.py): 1 (壹拾捌万柒仟叁佰元伍角 read 187300)
After the rules: extraction F1 0.970 (P 1.000, R 0.941), regions 1.000 (191/191), relations 23/35 right, 1/3 found,
0 false alarms, 0 wrong numbers.
Still missed: a's counts whose 个/户 lost a byte after the figure (238�: the unit is not known, so not read),
2315�5127人 (lost: the lost character after 2315 may be its 万), and the relations of a whose sentences lost their
full stops; c's 1.2方亩 and 3干余人次 (known failures of damage_cases.json), and the real 1.2万方; e's table
relations (a sheet's 合计 row by 乡镇 with blank merged cells, 1.26E+07 intervals, fraction rates) are not
computed by the checks; a 完工率96.2% and e 项目数29 are therefore not found.
"""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from fupin import paths
from fupin.byte_escapes import LOST_HAN, undo_gbk_misread, undo_quoted_printable, undo_rtf
from fupin.ocr_digits import ocr_digit_edits
from fupin.quantities import find_quantities
from fupin.reading import MOJIBAKE_MIN_PLAUSIBILITY, _plausibility
from fupin.textmap import MappedText

from fixtures.written import (
    apply_edits, assert_no_alarm, assert_no_wrong_number, assert_relation_floors, build_tables, extraction_f1,
    region_agreement)

UNSEEN_AW = paths.TEST_DATA_DIR / "unseen_aw"

MIN_F1 = 0.972        # extraction F1 over 203 gold quantities; was 0.507, 0.970, 0.977 in session 16 (1.2方亩, 3干余人次, 1.2万方)
MIN_REGIONS = 0.995   # region agreement; was 1.000 (69/69), 1.000 (191/191) now
MIN_RIGHT = 23        # relations verified right, of 35; was 7
MIN_FOUND = 1         # deliberate errors found, of 3; was 0


@pytest.fixture(scope="module")
def unseen_aw_run(tmp_path_factory) -> Path:
    return build_tables(UNSEEN_AW, tmp_path_factory.mktemp("unseen_aw_run") / "processed")


def test_unseen_aw_relations(unseen_aw_run):
    assert_relation_floors(unseen_aw_run, UNSEEN_AW, MIN_RIGHT, MIN_FOUND)


def test_unseen_aw_extraction_and_regions():
    f1, files, report = extraction_f1(UNSEEN_AW)
    assert files == 6 and f1 >= MIN_F1, report
    agreement, empty, report = region_agreement(UNSEEN_AW)
    assert agreement >= MIN_REGIONS and empty == 0, report


def test_unseen_aw_has_no_wrong_number():
    assert_no_wrong_number(UNSEEN_AW)


def test_consistent_reports_raise_no_alarm():
    assert_no_alarm(sorted(UNSEEN_AW.glob("[bdf]_*.txt")))  # the reports with no deliberate error


def _mapped(text: str) -> MappedText:
    return MappedText.from_decoded(text, "utf-8")


def _values(text: str) -> set:
    return {q.value for q in find_quantities(text)}


# --- quoted-printable ------------------------------------------------------------------------------------
QP_HEAD = "From: a@b.gov.cn\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"


def _qp(body: str, width: int = 20) -> str:
    """``body`` as a mailer writes it in quoted-printable, soft breaks every ``width`` characters."""
    toks = [c if c.isascii() and c not in "=\n" else "".join(f"={b:02X}" for b in c.encode()) for c in body]
    out, col = "", 0
    for t in toks:
        if col + len(t) > width:
            out, col = out + "=\n", 0
        out, col = out + t, col + len(t)
    return out


def test_a_quoted_printable_body_is_read_with_its_soft_breaks_inside_figures():
    body = "全乡茶园面积1.26万亩，村集体经营性收入86.2万元，脱贫户1236户。"
    text = QP_HEAD + _qp(body, 16)
    assert "=\n" in text and "1.26万亩" not in text
    out, edits = undo_quoted_printable(_mapped(text))
    assert out.text.endswith(body) and edits[0].method == "quoted_printable"
    assert _values(out.text) == {12600.0, 862000.0, 1236.0}


@pytest.mark.parametrize("text", [
    "详见 https://www.example.gov.cn/list.jsp?id=12&page=E4 共计1.2万元",  # a URL's =12 is no byte
    "From: a@b.gov.cn\nContent-Type: text/plain\n\n资金=E4=B8=87",              # no quoted-printable header
])
def test_equals_signs_outside_a_quoted_printable_body_are_text(text):
    assert undo_quoted_printable(_mapped(text)) is None


# --- RTF -------------------------------------------------------------------------------------------------
def _rtf(body: str) -> str:
    toks = [t for c in body for t in ([c] if c.isascii() and c != "\n" else ["\\par\n"] if c == "\n" else
                                      [f"\\'{b:02x}" for b in c.encode("gbk")])]
    esc = "\n".join("".join(toks[i:i + 7]) for i in range(0, len(toks), 7))  # the writer's line breaks, in figures too
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\n"
            "{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1\\pard\\lang2052\\f0\\fs24 " + esc + "\\par\n}\n")


def test_an_rtf_document_is_read_as_its_text():
    body = "镇雄县统筹后续扶持资金3.46亿元，就业率95.3%，吸纳搬迁群众就业3865人。\n人均纯收入12386元。"
    out, edits = undo_rtf(_mapped(_rtf(body)))
    assert out.text.rstrip("\n") == body and edits[0].method == "rtf"
    assert _values(out.text) == {3.46e8, 95.3, 3865.0, 12386.0}


def test_an_rtf_unicode_escape_skips_its_fallback_character():
    text = "{\\rtf1\\ansi\\ansicpg936\\uc1 \\u8220?\\'cf\\'d8\\u8221? 12\\'bb\\'a7}"
    assert undo_rtf(_mapped(text))[0].text == "“县” 12户"


def test_backslashes_in_a_page_that_is_no_rtf_stay():
    text = "文件路径 C:\\'d5\\data\\2023 下达资金1.2亿元"
    assert undo_rtf(_mapped(text)) is None


# --- UTF-8 misread as GBK ----------------------------------------------------------------------------------
def _gbk_misread(text: str) -> str:
    return text.encode("utf-8").decode("gbk", "replace")


def test_utf8_misread_as_gbk_is_restored_and_a_lost_byte_is_never_a_digit():
    clean = "全县统筹财政衔接推进乡村振兴补助资金2.86亿元，其中中央资金1.72亿元，省级资金0.83亿元。"
    page = _gbk_misread(clean)
    assert "\ufffd" in page and "2.86浜垮厓" in page
    out, edits = undo_gbk_misread(_mapped(page), _plausibility, MOJIBAKE_MIN_PLAUSIBILITY)
    assert edits[0].method == "mojibake_utf8_as_gbk" and "资金1.72亿元" in out.text
    # 资 and 金 lost a byte before 2.86 and 0.83: a Han character, never a digit of the figure
    assert LOST_HAN in out.text and _values(out.text) == {2.86e8, 1.72e8, 0.83e8}


def test_a_lost_byte_right_after_a_digit_leaves_the_figure_lost():
    # 万 after 2315 lost one byte: 2315� may be 2315万 or 2315户; never read as 2315 of anything, nor 5127
    out = undo_gbk_misread(_mapped(_gbk_misread("纳入监测对象的农户共计2315户5127人，已消除风险")),
                           _plausibility, MOJIBAKE_MIN_PLAUSIBILITY)[0].text
    assert "2315\ufffd5127人" in out
    assert all(q.value is None for q in find_quantities(out) if "2315" in q.raw)


@pytest.mark.parametrize("text", [
    "全县统筹财政衔接推进乡村振兴补助资金2.86亿元，其中中央资金1.72亿元。",   # clean Chinese: GBK bytes are no UTF-8
    "鍘垮煄鏂板缓",                                                           # too short to say
])
def test_clean_or_short_lines_are_not_taken_for_gbk_misreadings(text):
    assert undo_gbk_misread(_mapped(text), _plausibility, MOJIBAKE_MIN_PLAUSIBILITY) is None


# --- OCR S/5, Z/2, T/7 -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,read", [
    ("全县脱贫户1Z386户、脱贫人口2S127人", "全县脱贫户12386户、脱贫人口25127人"),
    ("投入资金2.4T亿元，其中中央资金1.8S亿元", "投入资金2.47亿元，其中中央资金1.85亿元"),
    ("户均增收18T0元，增长1Z.4%", "户均增收1870元，增长12.4%"),
])
def test_ocr_letters_s_z_t_inside_a_figure_are_its_digits(text, read):
    assert apply_edits(text, ocr_digit_edits(text)) == read


@pytest.mark.parametrize("text", [
    "推行5S管理", "建成4S店3个", "网速达到1.5T以上", "T20亩", "G2S5国道", "3Z级景区",
])
def test_letters_that_are_words_or_codes_stay(text):
    assert ocr_digit_edits(text) == []


# --- financial numerals with 角 and 分 ----------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("补助资金合计人民币壹拾捌万柒仟叁佰元伍角（小写：187300.50元）", 187300.5),
    ("合计壹佰柒拾捌万零叁佰伍拾元伍角。", 1780350.5),
    ("共计叁佰元零伍分。", 300.05),
])
def test_a_written_out_amount_is_read_to_its_jiao_and_fen(text, value):
    assert find_quantities(text)[0].value == value


@pytest.mark.parametrize("text,value", [
    ("每户补助上限为人民币壹万元整。", 10000.0),
    ("下拨伍万元角美镇用于建设。", 50000.0),   # 角美镇 is a town: no digit before 角
    ("补助500元5角", 500.0),                    # an Arabic amount prints its decimals as digits
])
def test_an_amount_without_written_out_cents_is_not_extended(text, value):
    assert find_quantities(text)[0].value == value


# --- a sheet pasted with its display formats ------------------------------------------------------------------
SHEET = ("乡镇\t项目数（个）\t投资额（元）\t已拨付（元）\t拨付率\n"
         "群科镇\t6\t1.26E+07\t9.83E+06\t0.7801587\n"
         "甘都镇\t3\t2360000\t2360000\t1\n"
         "巴燕镇\t5\t8.46E+06\t########\t0.6524823\n")


def test_sheet_cells_in_scientific_notation_and_general_fractions_are_read():
    got = {(q.raw, q.value, q.unit) for q in find_quantities(SHEET)}
    assert {("1.26E+07", 1.26e7, "CNY"), ("9.83E+06", 9.83e6, "CNY"), ("1", 100.0, "percent"),
            ("0.7801587", 78.01587, "percent")} <= got
    assert not any("#" in q.raw for q in find_quantities(SHEET))  # ########: the figure is not on the page


def test_scientific_notation_in_prose_and_whole_numbers_in_a_count_column_stay_unread():
    assert find_quantities("浓度为3.4E+05个每毫升") == [] or all(q.value != 3.4e5 for q in find_quantities("浓度为3.4E+05个每毫升"))
    table = "乡镇\t项目数（个）\t完成率\n群科镇\t1\t1\n甘都镇\t1\t0\n"  # 0 and 1 only: no fraction column
    assert all(q.unit != "percent" for q in find_quantities(table))
