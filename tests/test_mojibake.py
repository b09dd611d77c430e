"""A report whose UTF-8 bytes were decoded as Latin-1 or cp1252 and saved again (double-encoded
mojibake, ``è„±è´«æ”»åš`` for 脱贫攻坚) is restored when nothing has to be guessed, logged with its
reason; when bytes were lost it is refused in one line."""
import random

import ftfy.bad_codecs  # noqa: F401  (the sloppy-windows-1252 codec Windows and browsers use)
import pytest

from fupin import cleaning, extraction, paths
from fupin.reading import UnreadableFile, read_raw

SEED = paths.RAW_DIR / "001_47b14402c1a80d79.txt"
REPORT = ("拉萨市2023年巩固拓展脱贫攻坚成果\n"
          "今年以来，全市累计投入衔接资金3.6亿元，实施项目137个，带动1.2万名脱贫群众增收。\n"
          "“两不愁三保障”突出问题动态清零，监测户风险消除率达92.5%。\n")


def misread(text: str, *codecs: str) -> bytes:
    """``text`` as UTF-8, decoded with each codec in turn and encoded as UTF-8 again."""
    for codec in codecs:
        text = text.encode("utf-8").decode(codec)
    return text.encode("utf-8")


@pytest.mark.parametrize("codecs, method", [
    (("sloppy-windows-1252",), "mojibake_utf8_as_cp1252"),       # what Windows / a browser does
    (("latin-1",), "mojibake_utf8_as_latin1"),
    (("latin-1", "latin-1"), "mojibake_utf8_as_latin1_latin1"),  # misread twice over
])
def test_mojibake_of_a_report_is_restored_and_logged(tmp_path, codecs, method):
    f = tmp_path / "lasa.txt"
    f.write_bytes(misread(REPORT, *codecs))
    seen = f.read_text(encoding="utf-8")
    assert not any("\u4e00" <= c <= "\u9fff" for c in seen)   # not one Chinese character left
    if codecs == ("sloppy-windows-1252",):
        assert "è„±è´«æ”»" in seen                              # 脱贫攻 as a Windows reader shows it
    doc = read_raw(f)
    assert doc.text.text == REPORT
    # every restored character points at the bytes of the misread characters it is made of
    i = REPORT.index("衔接资金")
    s, e = doc.text.raw_span(i, i + 4)
    assert misread("衔接资金", *codecs) == doc.data[s:e]
    clean = cleaning.clean_file(f)
    repairs = [r for r in clean.log if r["method"] == method]
    assert len(repairs) == 3 and all(r["step"] == "repair" and r["confidence"] == 1.0 for r in repairs)
    assert repairs[0]["after"] == "拉萨市2023年巩固拓展脱贫攻坚成果"
    assert repairs[0]["before"] == misread(repairs[0]["after"], *codecs).decode("utf-8")
    facts = extraction.extract_file(f)
    assert facts["raw"].tolist() == ["3.6亿元", "137个", "1.2万名", "92.5%"]
    row = facts.set_index("raw").loc["3.6亿元"]
    assert doc.data[row.raw_start:row.raw_end] == misread("3.6亿元", *codecs)


def test_a_real_report_misread_as_cp1252_gives_the_facts_of_the_report(tmp_path):
    f = tmp_path / SEED.name
    f.write_bytes(misread(SEED.read_text(encoding="utf-8"), "sloppy-windows-1252"))
    fixed, original = extraction.extract_file(f), extraction.extract_file(SEED)
    cols = ["fact_id", "raw", "value", "unit", "indicator", "region", "period", "sentence", "start", "end"]
    assert fixed[cols].equals(original[cols]) and len(fixed) > 20


def test_mojibake_whose_bytes_were_lost_is_refused_in_one_line(tmp_path):
    # strict cp1252 cannot hold bytes 0x81 0x8d 0x8f 0x90 0x9d: they became U+FFFD, characters are lost
    f = tmp_path / "lost.txt"
    f.write_bytes(REPORT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))
    with pytest.raises(UnreadableFile) as exc:
        read_raw(f)
    assert "mojibake" in str(exc.value) and "bytes were lost" in str(exc.value)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("text", [
    "Poverty alleviation: 3.6 billion yuan invested in 2023.\n",
    "Le café coûte 3,60 € à Zürich.\n",                       # Latin-1 text, not mojibake
    "Ã©tÃ© Ã  Paris, prix 3,60 â‚¬\n",                          # mojibake of French, no Chinese in it
])
def test_text_that_is_not_chinese_mojibake_is_still_no_chinese_text(tmp_path, text):
    f = tmp_path / "x.txt"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="no Chinese text"):
        read_raw(f)


def test_random_latin1_bytes_are_not_taken_for_mojibake(tmp_path):
    rng = random.Random(7)
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes(rng.randrange(0xA0, 0x100) for _ in range(20000)).decode("latin-1").encode("utf-8"))
    with pytest.raises(UnreadableFile, match="no Chinese text"):
        read_raw(f)


def test_a_chinese_file_with_a_mojibake_run_is_read_as_before(tmp_path):
    text = "脱贫攻坚\n" + misread("衔接资金", "latin-1").decode("utf-8") + "3.6亿元\n"
    f = tmp_path / "mixed.txt"
    f.write_text(text, encoding="utf-8")
    doc = read_raw(f)
    assert doc.misread is None and doc.text.text == text
