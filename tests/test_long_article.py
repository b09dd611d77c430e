"""One long article of different sentences (a report of thousands of sentences, digits and place
names varied: ``tests/varied_report.py``) costs time in proportion to its length: the per-article
look-ups that used to scan the whole article for each figure or each 全县 now read indexes built
once. Each index must give what the scan gave; these tests compare them on such an article.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest
import varied_report

from fupin import attribution, region
from fupin.attribution import _Geometry, _bracket_spans, _heading_lines, _headings, _masked, _spans_of_lines
from fupin.sentences import split_sentences

HEADED = ("一、2023年工作回顾\n全年投入衔接资金（含中央资金3.2亿元）8.6亿元。\n"
          "（一）产业发展。2022年建成基地（面积1.2万亩）12个。\n"
          "二、2024年工作安排\n计划实施项目（其中新建15个）120个。\n"
          "三、有关要求（2024年）\n各县（市、区）要于6月底前完成。\n")


@pytest.fixture(scope="module")
def article() -> str:
    return varied_report.varied_report(400, one_article=True)


def test_generator_is_deterministic_and_varied(article):
    assert varied_report.varied_report(400, one_article=True) == article
    lines = article.splitlines()[2:]
    assert len(set(lines)) > 0.9 * len(lines)          # no copy of a paragraph reads the same
    assert varied_report.varied_report(400, one_article=True, seed=1) != article


def test_whole_unit_index_equals_the_scan(article):
    """全县/全市: the last unit of the level named before it in its sentence (bisection in the index
    vs a scan of every mention), and the unit the article cites most (once per level vs per word)."""
    mentions = region.find_mentions(article, [], set())
    # the province most of the article's places lie in (the names are drawn from the whole country)
    provinces = [p for m in mentions for p in region.ancestors(m.place) if p.level == "province"]
    subject = max(provinces, key=lambda p: (provinces.count(p), p.code))
    assert len(mentions) > 100
    index = region._WithinSubject(list(mentions), subject)
    assert index.in_order
    checked = 0
    for endings in (("县",), ("市",), ("区", "县", "市"), ("省",)):
        assert index.cited(endings) == region._cited_within(mentions, subject, endings)
        for at in range(0, len(article), 19):
            got = region._named_in_sentence(article, at, mentions, subject, endings, index)
            want = region._named_in_sentence(article, at, mentions, subject, endings)
            assert got == want, (endings, at)
            checked += want is not None
    assert checked > 20   # the look-up found units, not only nothing
    # mentions out of order: the scan, as before
    shuffled = mentions[1:] + mentions[:1]
    assert not region._WithinSubject(shuffled, subject).in_order
    assert region.whole_unit_mentions(article, subject, shuffled) is not None


@pytest.mark.parametrize("text", ["headed", "article"])
def test_headings_of_a_variant_equal_a_full_read(text, article):
    """The heading lines of the text with one bracket group unmasked, patched from the base text's
    (only the group's line can differ), equal those read line by line from the variant."""
    text = HEADED * 3 if text == "headed" else article
    brackets = _bracket_spans(text)
    assert brackets
    geo = _Geometry(text, brackets, split_sentences(text), _spans_of_lines(text))
    memo: dict = {}
    for k, (a, b) in enumerate(brackets):
        key, masked = geo.masked(a, b)
        assert key == (k,)
        w = SimpleNamespace(mask_key=key, masked=masked, memo=memo, geo=geo)
        assert _headings(w) == _heading_lines(_masked(text, brackets, (a, b)), 0, len(text))
    base = SimpleNamespace(mask_key=(), masked=geo.masked(-1, -1)[1], memo={}, geo=geo)
    assert _headings(base) == _heading_lines(_masked(text, brackets, (-1, -1)), 0, len(text))


def test_heading_years_are_read(article):
    starts, years = _heading_lines(HEADED, 0, len(HEADED))
    assert [HEADED[s:s + 2] for s in starts] == ["一、", "（一", "二、", "三、"]
    assert years == [2023, None, 2024, 2024]
    # masked, the bracketed year of 三、有关要求（2024年） is not read: only the variant with that group
    # unmasked dates its heading, so the variants' headings differ on that line alone
    masked = _masked(HEADED, _bracket_spans(HEADED), (-1, -1))
    assert _heading_lines(masked, 0, len(masked))[1] == [2023, 2024, None]   # （一） masked too


def _scan_headings(w):
    """_headings as it was: every line of each masked variant read."""
    key = ("headings", w.mask_key)
    if key not in w.memo:
        w.memo[key] = _heading_lines(w.masked, 0, len(w.masked))
    return w.memo[key]


def test_facts_equal_with_and_without_the_indexes(monkeypatch, tmp_path):
    """Every fact of a long report (headings, bracket groups, 全县 and place names throughout) is
    the same with the indexes and with the scans they replace."""
    from fupin.cleaning import clean_file
    from fupin.extraction import facts_for_doc

    path = tmp_path / "long.txt"
    path.write_text(varied_report.varied_report(300, one_article=True) + HEADED * 2, encoding="utf-8")
    doc = clean_file(path)
    with_index = facts_for_doc(doc, include_boilerplate=True)
    assert len(with_index) > 400
    assert sum("→ article subject" in f["region_reason"] for f in with_index) > 5
    assert any("section heading" in f["period_reason"] for f in with_index)
    init = region._WithinSubject.__init__

    def unordered(self, mentions, subject):
        init(self, mentions, subject)
        self.in_order = False                      # _named_in_sentence scans every mention
        self.cited = lambda e: region._cited_within(self.mentions, self.subject, e)

    monkeypatch.setattr(region._WithinSubject, "__init__", unordered)
    monkeypatch.setattr(attribution, "_headings", _scan_headings)
    assert facts_for_doc(doc, include_boilerplate=True) == with_index
