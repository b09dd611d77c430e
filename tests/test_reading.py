import pytest
import opencc

from fupin import paths
from fupin.reading import UnreadableFile, read_raw

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
