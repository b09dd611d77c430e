"""The cleaning pipeline end to end on the seeds (read → repair → convert → segment)."""
import re

import pytest

from fupin import paths
from fupin.cleaning import article_text, clean_corpus, clean_file, render_clean, tables
from fupin.reading import UnreadableFile

MOJIBAKE = re.compile(r"\?[!;。]|\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)|[\u4e00-\u9fff][\^`@{}~]"
                      r"|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@pytest.fixture(scope="module")
def docs():
    found, skipped = clean_corpus(sorted(paths.RAW_DIR.glob("*.txt")))
    assert skipped == []
    return {d.raw.path.name[:3]: d for d in found}


def test_damaged_pages_read_as_fluent_simplified_text(docs):
    for key in ("000", "002"):
        text = docs[key].page.text
        assert not MOJIBAKE.search(text), MOJIBAKE.search(text)
        assert "區" not in text and "脫貧" not in text
    assert "年。《西藏自治区脱贫攻坚指挥部" in docs["000"].page.text
    assert "普通高中示范校”验收" in docs["000"].page.text
    assert "规模化发展" in docs["000"].page.text and "不必担心" in docs["000"].page.text
    assert "当地积极开展种草" in docs["002"].page.text
    assert "意味着" in docs["000"].page.text and "着眼" in docs["000"].page.text
    assert "署著作者名" in docs["002"].page.text


def test_the_only_flag_is_the_lost_digit_before_26_people(docs):
    seeds = {k: d for k, d in docs.items() if k.isdigit()}  # the shipped corpus has its own damage
    flagged = [(k, m.start()) for k, d in seeds.items() for m in re.finditer("\ufffd", d.page.text)]
    assert len(flagged) == 1
    key, pos = flagged[0]
    assert key == "000" and docs[key].page.text[pos - 2:pos + 4] == "群众\ufffd26人"
    entry = [r for r in docs["000"].log if r["flagged"]]
    assert len(entry) == 1 and entry[0]["method"] == "unrecoverable"
    raw = docs["000"].raw.data[entry[0]["raw_start"]:entry[0]["raw_end"]].decode("utf-8")
    assert "?26" in raw or raw.endswith("?")


def test_every_repair_is_logged_with_raw_offsets_that_hold_the_before_text(docs):
    for d in docs.values():
        for r in d.log:
            if r["step"] == "repair":
                assert d.raw.data[r["raw_start"]:r["raw_end"]].decode("utf-8") == r["before"]
    assert not [r for r in docs["001"].log + docs["003"].log + docs["004"].log if r["step"] == "repair"]


def test_newspaper_page_gives_six_items_with_the_displaced_paragraph_back_in_place(docs):
    arts = docs["003"].articles
    assert [a.title for a in arts][1:] == ["一支『住进群众心里』的队伍", "安居乐业笑开颜",
                                          "拉萨市达孜区 特色金融服务助力乡村振兴",
                                          "日喀则市萨嘎县 2022年高标准农田建设项目顺利开工",
                                          "南京对口支援墨竹工卡县“格桑花开·民生微实事”二期启动"]
    assert arts[0].title.startswith("握好“接力棒”")
    body = article_text(arts[0]).text
    assert "按到位资金编制2022年脱贫县统筹整合资金实施方案”的要求" in body
    assert body.index("据统计,2022年拉萨市到位") < body.index("支出率2.77%")
    assert "干部结对帮扶" in body
    six = article_text(arts[5]).text
    assert "实施8类104个" in six and "习近平总书记" in six
    assert arts[1].byline.endswith("桑邓旺姆")


def test_related_lists_copyright_and_covid_list_are_labelled_not_body(docs):
    kinds = {b.kind for b in docs["000"].articles[0].blocks}
    assert {"related_list", "unrelated_list"} <= kinds
    body = article_text(docs["000"].articles[0]).text
    assert "方舱医院" not in body and "8059元" not in body
    for key in ("001", "002"):
        blocks = docs[key].articles[0].blocks
        assert any(b.kind == "copyright" and "版权声明" in b.text.text for b in blocks)
        assert "版权声明" not in article_text(docs[key].articles[0]).text


def test_tables_have_the_documented_columns(docs):
    t = tables(list(docs.values()))
    assert list(t["articles"].columns[:6]) == ["article_id", "source_file", "article", "md5", "encoding",
                                               "original_script"]
    seeds = t["articles"][t["articles"].source_file.str.match(r"\d{3}_")]
    assert len(seeds) == 10  # the five seeds hold ten articles; every other raw file at least one
    assert set(t["articles"].source_file) == {p.name for p in paths.RAW_DIR.glob("*.txt")}
    assert t["articles"].set_index("article_id").loc["000_12cb6f852ea40fd9#1", "n_flags"] == 1
    assert set(t["cleaning_log"].step) >= {"repair", "convert", "segment"}
    assert (t["sentences"].end > t["sentences"].start).all()


def test_batch_skips_bad_files_and_keeps_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes((paths.RAW_DIR / "004_f114d430b7a48ac4.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "only_copyright.txt").write_text(
        "版权声明:凡注明“来源:中国西藏网”的所有作品,版权归高原(北京)文化传播有限公司。\n", encoding="utf-8")
    docs, skipped = clean_corpus(sorted(tmp_path.glob("*.txt")))
    assert [d.source_file for d in docs] == ["good.txt"]
    assert {s["source_file"] for s in skipped} == {"empty.txt", "only_copyright.txt"}
    with pytest.raises(UnreadableFile, match="boilerplate"):
        clean_file(tmp_path / "only_copyright.txt")


def test_clean_cli_text_has_a_header_per_article(docs):
    out = render_clean(docs["003"])
    assert out.count("===== 003_ffe866a64da50416#") == 6
    assert "版权" not in render_clean(docs["001"]) and "版权声明" in render_clean(docs["001"], True)
