"""Segmentation of clean pages into articles and labelled blocks (fupin.segment)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from fupin.paths import RAW_DIR
from fupin.segment import Segmentation, is_heading, segment, segment_page, split_point
from fupin.textmap import Edit, MappedText

PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
SEEDS = {p.name[:3]: p for p in sorted(Path(RAW_DIR).glob("*.txt"))}


def _dev_page(path: Path) -> MappedText:
    """Seed as clean Simplified text with raw offsets (pinyin glosses dropped, tw2s applied).

    Mojibake runs stay in 000/002: the repair step is not part of segmentation.
    """
    from fupin.convert import convert_mapped

    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    mt = MappedText.from_decoded(text, "utf-8")
    mt = mt.apply([Edit(m.start(), m.end(), "", "pinyin") for m in PINYIN.finditer(text)])
    return convert_mapped(mt)[0]


@pytest.fixture(scope="module")
def seg() -> dict[str, Segmentation]:
    return {k: segment_page(_dev_page(p)) for k, p in SEEDS.items()}


def _body(article) -> str:
    return "".join(b.text.text for b in article.body_blocks)


def _kinds(article) -> list[str]:
    return [b.kind for b in article.blocks]


# --------------------------------------------------------------------------- seeds
@pytest.mark.parametrize("seed,titles", [
    ("000", ["西藏全面脱贫后北京援藏工作怎么做?除了3.82亿支援资金还有啥"]),
    ("001", ["拉萨市城关区脱贫攻坚成绩斐然"]),
    ("002", ["西藏脱贫攻坚取得历史性成就"]),
    ("003", ["握好“接力棒” 按下“快进键”", "一支『住进群众心里』的队伍", "安居乐业笑开颜",
             "拉萨市达孜区 特色金融服务助力乡村振兴", "日喀则市萨嘎县 2022年高标准农田建设项目顺利开工",
             "南京对口支援墨竹工卡县“格桑花开·民生微实事”二期启动"]),
    ("004", ["湖北省第八批援藏工作队开展精准援藏工作纪实"]),
])
def test_articles_and_titles(seg, seed, titles):
    arts = seg[seed].articles
    assert [a.title for a in arts] == titles
    assert [a.index for a in arts] == list(range(1, len(titles) + 1))


@pytest.mark.parametrize("seed,n,start", [
    ("000", 0, "2019年对西藏来说"),          # dateline 中国西藏网讯 is its own block
    ("001", 0, "西藏拉萨城关区坚持以习近平"),
    ("002", 0, "党的十八大以来,西藏深入学"),
    ("003", 0, "脱贫摘帽不是终点,而是新生活"),
    ("003", 1, "位于昌都市类乌齐县岗色乡的马曲村"),
    ("003", 2, "近年来,拉萨市堆龙德庆区创新开发"),
    ("003", 3, "为深入实施乡村振兴战略"),
    ("003", 4, "近日,日喀则市萨嘎县"),
    ("003", 5, "近日,南京对口支援拉萨市墨竹工卡县"),
    ("004", 0, "湖北省第八批援藏工作队进藏以来"),
])
def test_body_starts_where_the_gold_says(seg, seed, n, start):
    assert _body(seg[seed].articles[n]).startswith(start)


def test_displaced_paragraph_follows_its_sentence(seg):
    art = seg["003"].articles[0]
    body = _body(art)
    assert "按到位资金编制2022年脱贫县统筹整合资金实施方案”的要求" in body
    assert body.count("支出率2.77%") == 1
    moves = [m for m in seg["003"].moves if m.kind == "move"]
    assert len(moves) == 1 and "quotation" in moves[0].reason
    # the moved paragraph comes from the top of the page, before the paragraph it completes
    assert moves[0].tail_raw[1] <= moves[0].head_raw[0]
    assert moves[0].as_log()["method"] == "move_paragraph"


@pytest.mark.parametrize("n,phrase", [
    (0, "干部结对帮扶和定点帮扶"), (3, "等领域将实现重大提升"), (4, "疫情防控的同时"),
    (5, "实施8类104个民生项目"), (5, "将习近平总书记"), (5, "点亮乡村路项目5个,便民水利"),
])
def test_layout_breaks_are_rejoined(seg, n, phrase):
    assert phrase in _body(seg["003"].articles[n])


def test_joined_text_keeps_raw_offsets(seg):
    raw = SEEDS["003"].read_bytes()
    block = next(b for b in seg["003"].articles[5].body_blocks if "8类104个" in b.text.text)
    i = block.text.text.index("8类104个")
    a, b = block.text.raw_span(i, i + len("8类104个"))
    assert raw[a:b].decode("utf-8") == "8\n\n类104个"


def test_headings_are_not_glued(seg):
    texts = [b.text.text for b in seg["003"].articles[0].blocks]
    for heading in ("接续奋斗,守住脱贫攻坚胜利果实", "精准监测,不让一名困难群众掉队",
                    "多点发力,美丽乡村建设取得新成效"):
        assert heading in texts
    assert "具体做法" in [b.text.text for b in seg["001"].articles[0].blocks]


def test_title_and_byline_after_body(seg):
    art = seg["003"].articles[1]
    kinds = _kinds(art)
    assert kinds[-2:] == ["title", "byline"] and set(kinds[:-2]) == {"body"}
    assert art.byline == "本报记者 桑邓旺姆"
    assert "拉萨市" not in _body(art)[:200]


def test_photo_item(seg):
    art = seg["003"].articles[2]
    assert _kinds(art) == ["title", "body", "caption", "photo_credit"]


def test_newspaper_heads_and_datelines(seg):
    a1, _, _, a4, a5, a6 = seg["003"].articles
    assert a1.subtitle == "拉萨市推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接"
    assert a1.byline == "本报记者 刘琳琳 裴聪"
    assert (a4.dateline, a4.byline, a4.outlet) == ("本报拉萨讯(记者 刘琳琳 裴聪)", "记者 刘琳琳 裴聪", "")
    assert a5.dateline == "本报日喀则电(记者 汪纯)"
    assert a6.subtitle == "整合援藏资金3800余万元,将实施80个民生项目"
    assert all(a.date == "" for a in seg["003"].articles)


def test_web_article_fields(seg):
    a = seg["000"].articles[0]
    assert (a.outlet, a.dateline) == ("中国西藏网", "中国西藏网讯")
    assert "王茜" in a.byline
    assert "陈鹏飞" in seg["004"].articles[0].byline
    assert _kinds(seg["004"].articles[0])[-1] == "author_note"
    assert _kinds(a).count("caption") == 3


@pytest.mark.parametrize("seed", ["000", "001", "002"])
def test_tail_lists_are_labelled_not_body(seg, seed):
    art = seg[seed].articles[-1]
    body = _body(art)
    assert "[详细]" not in body and "版权声明" not in body
    related = [b.text.text for b in art.blocks if b.kind == "related_list"]
    assert related[0] == "-" and sum("[详细]" in t for t in related) == 3
    if seed != "000":
        assert "copyright" in _kinds(art)


def test_covid_list_is_unrelated(seg):
    blocks = seg["000"].articles[0].blocks
    unrelated = [b.text.text for b in blocks if b.kind == "unrelated_list"]
    assert len(unrelated) == 10 and all(t.startswith("- ") for t in unrelated)
    assert "新增5例" not in _body(seg["000"].articles[0])


def test_every_character_is_kept(seg):
    """Label, never delete: all non-blank characters of the page are in some block."""
    page = _dev_page(SEEDS["003"])
    kept = sum(len(b.text.text.replace(" ", "")) for a in seg["003"].articles for b in a.blocks)
    assert kept == len(re.sub(r"\s", "", page.text))


# --------------------------------------------------------------------------- synthetic pages
def _page(text: str) -> MappedText:
    return MappedText.identity(text)


TWO_REPORTS = """林芝市巴宜区

光伏扶贫电站全面并网发电

本报林芝讯(记者 扎西 李明)近日,林芝市巴宜区光伏扶贫电站实现全面并网发电,总装机容量2.5万千瓦,总投资1.6亿元。

据了解,电站收益将用于设立村级公益岗位,惠及全区1200余户脱贫群众。

图为工作人员在巡检光伏板。

阿里地区噶尔县:牧民合作社年分红超300万元

新华社拉萨2022年6月8日电(记者 次仁)记者从阿里地区获悉,噶尔县21家牧民专业合作社去年实现分红312万元,带动脱贫户

1650户增收。

该县还计划今年新建合作社5家。

版权声明:本网所有内容,未经授权不得转载。
-
那曲市推进高原特色畜牧业发展
那曲市今年以来累计出栏牦牛3.2万头,同比增长8%。[详细] -
山南市实施易地搬迁后续扶持
山南市加大后续扶持力度,搬迁群众就业率达到95%。[详细]
"""


def test_two_dateline_reports():
    a, b = segment(_page(TWO_REPORTS))
    assert a.title == "林芝市巴宜区 光伏扶贫电站全面并网发电"
    assert (a.dateline, a.outlet, a.byline) == ("本报林芝讯(记者 扎西 李明)", "", "记者 扎西 李明")
    assert _kinds(a) == ["title", "title", "dateline", "body", "body", "caption"]
    assert b.title == "阿里地区噶尔县:牧民合作社年分红超300万元"
    assert (b.outlet, b.date, b.byline) == ("新华社", "2022-06-08", "记者 次仁")
    assert "带动脱贫户1650户增收。" in _body(b)
    assert _kinds(b)[-6:] == ["copyright"] + ["related_list"] * 5
    assert "[详细]" not in _body(b) and "牦牛" not in _body(b)


TRAILING_TITLE = """共享发展成果 日喀则市农牧民收入稳步增长

本报记者 王磊

今年以来,日喀则市坚持把促进农牧民增收作为中心任务,桑珠孜区、江孜县等地大力发展青稞种植和藏鸡养殖。

日喀则市农业农村局负责人介绍,全市今年新建温室大棚320座,桑珠孜区蔬菜自给率明显提高。

日喀则市还组织江孜县、白朗县开展劳务输出,累计转移就业2.3万人次。

米林县南伊乡才召村地处雅鲁藏布江畔,珞巴族群众过去以狩猎和采集为生。

如今,才召村依托南伊沟景区发展民宿,珞巴族群众在家门口吃上了旅游饭。

才召村党支部书记扎西说:“南伊沟的游客越来越多,村里的日子越过越红火。”

珞巴民族村寨里的新生活

本报记者 达瓦

山南市错那县

边境小康村建设全面完工

本报山南讯(记者 卓玛)近日,错那县边境小康村建设项目全面完工,共建成住房156套。
"""


def test_title_printed_after_its_body():
    a, b, c = segment(_page(TRAILING_TITLE))
    assert (a.title, a.byline) == ("共享发展成果 日喀则市农牧民收入稳步增长", "本报记者 王磊")
    assert _body(a).endswith("累计转移就业2.3万人次。")
    assert b.title == "珞巴民族村寨里的新生活" and b.byline == "本报记者 达瓦"
    assert _body(b).startswith("米林县南伊乡才召村") and _kinds(b)[-2:] == ["title", "byline"]
    assert c.title == "山南市错那县 边境小康村建设全面完工" and c.outlet == ""


DISPLACED = """巩固成果 守住底线

本报记者 张三

一户一策”帮扶计划的要求,全县共落实帮扶资金560万元,覆盖脱贫户1320户。

脱贫摘帽以来,某县始终把防止返贫作为头等大事来抓。

健全机制,巩固脱贫成果

据统计,今年全县到位衔接资金8600万元。按照市委关于“落实

强化产业支撑,拓宽增收渠道

全县新建扶贫车间6个,吸纳群众就业420人,共投入资金

2300万元,带动群众人均增收1800元。
"""


def test_displaced_paragraph_and_breaks_in_synthetic_report():
    result = segment_page(_page(DISPLACED))
    (art,) = result.articles
    texts = [b.text.text for b in art.blocks]
    assert "据统计,今年全县到位衔接资金8600万元。按照市委关于“落实一户一策”帮扶计划的要求," \
           "全县共落实帮扶资金560万元,覆盖脱贫户1320户。" in texts
    assert "健全机制,巩固脱贫成果" in texts and "强化产业支撑,拓宽增收渠道" in texts
    assert "共投入资金2300万元" in _body(art)
    assert _body(art).startswith("脱贫摘帽以来")
    assert [m.kind for m in result.moves] == ["join", "move"]


def test_ambiguous_displacement_is_left_alone():
    """Two fragments that could both complete the same sentence: no evidence, no move."""
    page = DISPLACED.replace("脱贫摘帽以来,某县", "工作”的要求,某县")
    result = segment_page(_page(page))
    assert not [m for m in result.moves if m.kind == "move"]
    assert any(b.text.text.endswith("按照市委关于“落实") for b in result.articles[0].blocks)


@pytest.mark.parametrize("page", [
    "版权声明:凡注明“来源:中国西藏网”的所有作品,版权归高原(北京)文化传播有限公司。\n",
    "-\n拉萨市加快推进乡村振兴\n拉萨市今年以来累计投入衔接资金3亿元。[详细] -\n- 国家卫健委:新增确诊病例5例\n",
    "\n\n   \n",
])
def test_boilerplate_only_page_has_no_article(page):
    assert segment(_page(page)) == []


@pytest.mark.parametrize("text,expected", [
    ("接续奋斗,守住脱贫攻坚胜利果实", True),
    ("北京援藏工作该如何开展?", True),
    ("此外,拉萨市还持续开展干部结对", False),      # opens with a conjunction: a broken sentence
    ("全县共落实帮扶资金560万元。", False),
    ("全县新建扶贫车间6个,", False),
    ("按照市委关于“落实", False),                    # unclosed quotation
])
def test_heading_shape(text, expected):
    assert is_heading(text) is expected


def test_split_point_follows_proper_names():
    texts = ["拉萨市堆龙德庆区今年新建温室大棚。", "拉萨市达孜区开展劳务输出。",
             "那曲市色尼区牧民合作社实现分红。", "那曲市色尼区还新建了畜产品加工厂。"]
    assert split_point(texts) == 2


WEB_PAGE = """西藏全面完成易地扶贫搬迁任务 26.6万群众搬入新居
2022-05-10 09:30:12 来源:西藏日报
本报拉萨5月9日讯 记者从自治区发展改革委获悉,全区965个易地扶贫搬迁安置点全部建成。
图为搬迁群众在新居前合影。
据介绍,全区累计搬迁26.6万人,今年将

在搬迁点新建扶贫车间40个。
本报记者 张三
(责任编辑:李四)
"""


def test_web_page_meta_line_and_trailing_byline():
    (art,) = segment(_page(WEB_PAGE))
    assert (art.date, art.outlet) == ("2022-05-10", "西藏日报")
    assert art.byline == "本报记者 张三"
    assert _kinds(art) == ["title", "dateline", "dateline", "body", "caption", "body", "byline",
                           "author_note"]
    assert "今年将在搬迁点新建扶贫车间40个。" in _body(art)


def test_short_fragment_joined_only_on_word_evidence():
    page = "标题在这里\n\n本报记者 张三\n\n全县今年将\n\n在12个村推广高原特色种植。\n\n强化产业支撑\n\n新建车间6个。\n"
    result = segment_page(_page(page))
    texts = [b.text.text for b in result.articles[0].blocks]
    assert "全县今年将在12个村推广高原特色种植。" in texts      # ends with the adverb 将
    assert "强化产业支撑" in texts                              # a heading stays a line
    assert result.moves[0].as_log()["method"] == "join_paragraphs"


def test_bare_dash_inside_text_does_not_start_a_related_list():
    page = ("拉萨市加快发展高原特色产业\n本报记者 张三\n今年全市新建温室大棚320座。\n——\n"
            "全市累计投入资金2.1亿元。\n版权声明:本网所有内容,未经授权不得转载。\n")
    (art,) = segment(_page(page))
    assert "全市累计投入资金2.1亿元。" in _body(art)
    assert _kinds(art)[-1] == "copyright"


def test_fast_word_tagger_equals_jieba_posseg_on_the_seeds():
    import jieba.posseg

    from fupin import paths
    from fupin.segment import tag_words

    for p in sorted(paths.RAW_DIR.glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines()[:40]:
            assert tag_words(line) == [(w.word, w.flag) for w in jieba.posseg.cut(line, HMM=False)]


# A stored copy of a web page: address on line 1, the page's title on line 2 (the layout of the
# reports in the development corpus, e.g. 11_fujian_aid_ningxia and 16_inner_mongolia).
STORED = ("http://news.example.cn/20121023/n355496065.shtml\n"
          "福建16年累计援助7亿多元帮扶宁夏发展\n"
          "2012年10月23日10:31\n"
          "来源:新华网\n"
          "原标题 [福建16年累计援助7亿多元帮扶宁夏发展]\n"
          "  新华网福州10月23日电(记者孟昭丽)记者从22日在福州召开的联席会议上获悉,1996年到2011年,"
          "福建16年累计援助7.74亿元。\n")


def test_a_stored_page_header_is_metadata_and_one_article_follows():
    arts = segment(MappedText.identity(STORED))
    assert len(arts) == 1
    a = arts[0]
    assert a.title == "福建16年累计援助7亿多元帮扶宁夏发展"
    assert a.date == "2012-10-23"
    kinds = [b.kind for b in a.blocks]
    assert kinds[:2] == ["source_url", "page_title"]
    assert "title" not in kinds                 # the time line is a dateline, not a headline
    assert ("subtitle", "原标题 [福建16年累计援助7亿多元帮扶宁夏发展]") in [(b.kind, b.text.text) for b in a.blocks]


def test_an_archive_note_is_not_part_of_the_title_and_the_address_gives_the_date():
    page = ("http://www.example.top/govweb/jrzg/2013-11/02/content_2520140.htm\n"
            "[no title in stored copy] 陕西陕南陕北移民搬迁累计完成投资389.3亿元\n"
            "新华社西安11月2日电(记者李华)记者从陕西省扶贫办了解到,已累计完成投资389.3亿元。\n")
    (a,) = segment(MappedText.identity(page))
    assert a.title == "陕西陕南陕北移民搬迁累计完成投资389.3亿元"
    assert a.date == "2013-11-02"


def test_a_month_folder_and_a_lead_with_month_and_day_give_the_date():
    page = ("https://www.hainan.gov.cn/hainan/5309/202312/8c1d2e4f.shtml\n"
            "海南:教育健康帮扶织密脱贫群众民生保障网\n"
            "海南日报讯(记者 陈某)12月6日,记者从省乡村振兴局获悉,今年以来我省持续加大教育帮扶力度。\n")
    (a,) = segment(MappedText.identity(page))
    assert a.date == "2023-12-06"
    # a lead dated in another month than the folder gives no date: the year would be a guess
    (b,) = segment(MappedText.identity(page.replace("12月6日", "1月6日")))
    assert b.date == ""


def test_a_page_without_an_address_line_keeps_its_first_line_as_title():
    (a,) = segment(MappedText.identity("拉萨市城关区脱贫攻坚成绩斐然\n城关区全面完成脱贫任务,共有贫困人口1200人。\n"))
    assert a.title == "拉萨市城关区脱贫攻坚成绩斐然"
    assert not any(b.kind in ("source_url", "page_title") for b in a.blocks)


def test_compiled_tagger_gives_jiebas_words_and_tags():
    """rjieba's route (used when installed) and the Python copy of jieba's tag every text alike:
    Simplified and Traditional reports, digits, letters, spaces, and short windows of them."""
    from fupin import segment as sg

    if sg._rjieba_cut is None:
        pytest.skip("rjieba not installed")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(RAW_DIR.glob("*.txt"))]
    texts.append("2019年北京市安排支援拉萨资金3.77亿元、实施项目56个，QQ群 abc 12 x\r\n帮扶% -")
    for text in texts:
        assert sg._tag_rjieba(text) == sg._tag_python(text)
        for i in range(0, len(text), 37):
            window = text[i: i + 9]
            assert sg._tag_rjieba(window) == sg._tag_python(window)


def test_a_table_row_is_not_glued_to_the_paragraph_before_it(tmp_path):
    from fupin.cleaning import clean_file
    p = tmp_path / "t.txt"
    p.write_text("https://www.example.gov.cn/a.html\n某县驻村工作总结\n部分乡镇情况如下:\n| 乡镇 | 行政村(个) |"
                 " 集体经济收入(万元) |\n| 营根镇 | 16 | 486.2 |\n", encoding="utf-8")
    texts = [str(b.text.text) for a in clean_file(p).articles for b in a.blocks if b.kind == "body"]
    assert "| 乡镇 | 行政村(个) | 集体经济收入(万元) |" in texts
