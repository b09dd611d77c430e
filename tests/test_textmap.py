from hypothesis import given, strategies as st

from fupin.textmap import Edit, MappedText, concat


def test_utf8_offsets_point_at_the_bytes_of_each_character():
    text = "西藏3.82億元"
    mt = MappedText.from_decoded(text, "utf-8")
    data = text.encode("utf-8")
    for i, ch in enumerate(text):
        assert data[mt.start[i]:mt.end[i]].decode("utf-8") == ch


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x10FFFF,
                                      blacklist_categories=("Cs",)), max_size=40),
       st.sampled_from(["utf-8", "utf-16-le", "gb18030"]))
def test_offsets_match_the_encoding_for_any_text(text, encoding):
    data = text.encode(encoding)
    mt = MappedText.from_decoded(text, encoding)
    assert [data[s:e].decode(encoding) for s, e in zip(mt.start, mt.end)] == list(text)


def test_edits_keep_offsets_of_untouched_characters_and_span_replaced_ones():
    mt = MappedText.identity("區(qū)域")
    out = mt.apply([Edit(1, 5, "", "pinyin_gloss")])
    assert out.text == "區域"
    assert list(out.start) == [0, 5]
    fixed = mt.apply([Edit(0, 1, "区", "convert")])
    assert fixed.text[0] == "区" and fixed.raw_span(0, 1) == (0, 1)


def test_concat_and_slice_survive_reordering():
    mt = MappedText.identity("abcdef")
    moved = concat([mt.slice(3, 6), mt.slice(0, 3)], sep="\n")
    assert moved.text == "def\nabc"
    assert moved.raw_span(4, 7) == (0, 3)
    assert moved.raw_span(0, 7) == (0, 6)
