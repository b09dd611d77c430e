import codecs
import os

import pytest
import opencc

from fupin import paths
from fupin.reading import UnreadableFile, display_name, one_line, read_raw

SEED = paths.RAW_DIR / "001_47b14402c1a80d79.txt"


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "big5", "utf-16", "utf-16-le", "utf-16-be",
                                      "utf-8-sig", "utf-8"])
def test_encodings_are_detected_and_text_round_trips(tmp_path, encoding):
    text = opencc.OpenCC("s2tw").convert(
        (paths.RAW_DIR / "004_f114d430b7a48ac4.txt").read_text(encoding="utf-8"))
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode(encoding))
    doc = read_raw(f)
    assert doc.text.text == text
    assert doc.encoding.replace("-sig", "").startswith(encoding.split("-sig")[0][:6].replace("gbk", "gb18030"))
    # every character points back at its own bytes
    i = text.index("湖北")
    s, e = doc.text.raw_span(i, i + 2)
    assert doc.data[s:e].decode(encoding.replace("-sig", "") if encoding != "utf-16" else "utf-16-le") == "湖北"


def test_crlf_and_fullwidth_digits_are_normalised(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("资金３.８２亿元\r\n项目５６个\r\n".encode("utf-8"))
    doc = read_raw(f)
    assert doc.text.text == "资金3.82亿元\n项目56个\n"
    assert len(doc.edits) == 2
    s, e = doc.text.raw_span(2, 3)
    assert doc.data[s:e].decode() == "３"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (bytes(range(256)) * 40, "binary"),
    (b"\xff\xfe\xfa" * 10 + b"\x81", "undecodable"),
    (b"just ascii, no article here\n", "no Chinese"),
], ids=["empty", "binary", "undecodable", "ascii"])
def test_bad_input_gives_one_line_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(UnreadableFile) as info:
        read_raw(f)
    assert reason.lower() in str(info.value).lower()
    assert "\n" not in str(info.value)


def test_too_large_file_is_refused_before_reading(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes("脱贫".encode() * 10)
    with pytest.raises(UnreadableFile, match="too large"):
        read_raw(f, max_bytes=20)


# --- hostile input (issue 10): damaged bytes, wrong BOMs, other line ends ----------------------------

REPORT = "脱贫攻坚成效\n2023年，全县投资3.6亿元，带动脱贫人口1.5万人。\n"


@pytest.mark.parametrize("data, codec", [
    (REPORT.encode("utf-8")[:-2], "utf-8"),                       # cut inside the last character
    (REPORT.encode("gb18030")[:-1], "gb18030"),
    (REPORT.encode("utf-16-le")[:-1], "utf-16-le"),               # no BOM, odd length
    (REPORT.encode("utf-8")[:9] + b"\xff" + REPORT.encode("utf-8")[9:], "utf-8"),  # one bad byte
    (codecs.BOM_UTF8 + REPORT.encode("gbk"), "gb18030"),          # a UTF-8 BOM over a GBK text
], ids=["utf8-cut", "gb18030-cut", "utf16-cut", "utf8-bad-byte", "utf8-bom-over-gbk"])
def test_a_few_bad_bytes_are_replaced_and_flagged_not_the_whole_file_lost(tmp_path, data, codec):
    f = tmp_path / "damaged.txt"
    f.write_bytes(data)
    doc = read_raw(f)
    assert doc.encoding == codec
    assert "全县投资3.6亿元" in doc.text.text
    # every character still points at its own bytes; a replacement at the bytes it stands for
    for i, ch in enumerate(doc.decoded.text):
        a, b = int(doc.decoded.start[i]), int(doc.decoded.end[i])
        if ch != "\ufffd":
            assert doc.data[a:b].decode(codec) == ch
        else:
            with pytest.raises(UnicodeDecodeError):
                doc.data[a:b].decode(codec)


def test_many_bad_bytes_are_still_refused(tmp_path):
    f = tmp_path / "noise.txt"
    f.write_bytes(REPORT.encode("utf-8") + b"\xff\xfe\x80" * 200)
    with pytest.raises(UnreadableFile, match="undecodable"):
        read_raw(f)


@pytest.mark.parametrize("bom, body", [
    (codecs.BOM_UTF16_LE, REPORT.encode("utf-8")),                # a UTF-16 BOM over a UTF-8 text
    (codecs.BOM_UTF32_LE, REPORT.encode("utf-32-le")),
    (codecs.BOM_UTF32_BE, REPORT.encode("utf-32-be")),
], ids=["utf16-bom-over-utf8", "utf32-le", "utf32-be"])
def test_boms_are_believed_only_when_the_bytes_agree(tmp_path, bom, body):
    f = tmp_path / "bom.txt"
    f.write_bytes(bom + body)
    doc = read_raw(f)
    assert doc.text.text == REPORT
    s, e = doc.text.raw_span(0, 1)
    assert s == len(bom)


@pytest.mark.parametrize("end", ["\r", "\r\n", "\v", "\f", "\x85", "\u2028", "\u2029"])
def test_every_line_end_becomes_a_newline(tmp_path, end):
    f = tmp_path / "lines.txt"
    f.write_text(REPORT.replace("\n", end), encoding="utf-8")
    assert read_raw(f).text.text == REPORT


def test_file_names_are_shown_as_text_on_one_line():
    name = os.fsdecode(b"bad\xffname\n.txt")
    assert display_name(name) == "bad\\xffname\n.txt"
    assert one_line(name) == "bad\\xffname\\n.txt"
