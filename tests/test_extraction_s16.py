"""Extraction (session 16): a 评选结果公示 table whose cells are split by single full-width spaces (排名 县 镇 村
综合得分), each row a serial number, three labels and one score. Each rule with a counter-example; rows in the
style of 示范村/先进集体 评选 notices of prefectures (none quoted from a stored report)."""
from __future__ import annotations

from pathlib import Path

from fupin.extraction import extract_file


def _facts(tmp_path: Path, body: str, title: str = "某市2024年度示范村评选结果公示"):
    path = tmp_path / "page.txt"
    path.write_text("https://www.example.gov.cn/a.html\n" + title + "\n" + body + "\n", encoding="utf-8")
    return extract_file(path)


RANKING = ("经各县（市、区）推荐和专家评审，全市共评出示范村3个。现将评选结果公示如下：\n"
           "排名\u3000县（市、区）\u3000镇\u3000村\u3000综合得分\n"
           "1\u3000南雄市\u3000珠玑镇\u3000灵潭村\u300095.4\n"
           "2\u3000仁化县\u3000丹霞街道\u3000夏富村\u300093.8\n"
           "3\u3000乳源瑶族自治县\u3000大桥镇\u3000石角塘村\u300091.2\n"
           "公示期间如有异议，请向市农业农村局反映。\n")


def test_a_ranking_row_of_labels_ending_in_one_score_is_read_under_its_header(tmp_path):
    facts = _facts(tmp_path, RANKING)
    scores = facts[facts["raw"].isin(["95.4", "93.8", "91.2"])]
    assert list(scores["value"]) == [95.4, 93.8, 91.2]
    assert set(scores["unit"]) == {"other:score"}
    # each row stays its own line: the score is never glued to the next row's serial number (95.42)
    assert not facts["raw"].astype(str).str.contains("95.42|93.83").any()
    assert "3" not in list(facts["raw"])  # the serial numbers (排名) are no quantities


def test_a_row_under_a_header_that_names_no_measure_is_not_read(tmp_path):
    # counter-example: the last column (联系电话) measures nothing: the row's figure is no quantity
    body = ("现将各示范村联系人公示如下：\n"
            "序号\u3000县（市、区）\u3000镇\u3000村\u3000联系人\n"
            "1\u3000南雄市\u3000珠玑镇\u3000灵潭村\u3000张三\n"
            "2\u3000仁化县\u3000丹霞街道\u3000夏富村\u3000李四\n"
            "全市累计投入奖补资金150万元。\n")
    facts = _facts(tmp_path, body)
    assert list(facts["raw"]) == ["150万元"]


def test_prose_with_full_width_spaces_is_still_joined_as_prose(tmp_path):
    # counter-example: a wrapped sentence whose words are spaced (a title line) is no table row
    body = ("全市共评出示范村20个，其中\n原省定贫困村7个，占35.0%。\n")
    facts = _facts(tmp_path, body)
    assert list(facts["raw"]) == ["20个", "7个", "35.0%"]


# OCR of a scanned county report: 方 printed for 万 before 亩, 干 for 千 before 余 (data/ocr_units.csv).
def test_an_ocr_fang_before_mu_and_gan_before_yu_are_read_as_their_multipliers(tmp_path):
    body = "全县发展食用菌2.4方亩，组织技能培训5干余人次，带动脱贫户326户。\n"
    facts = _facts(tmp_path, body, "某县2022年巩固拓展脱贫攻坚成果工作报告")
    got = {r: (v, u) for r, v, u in zip(facts["raw"], facts["value"], facts["unit"])}
    assert got["2.4万亩"] == (24000.0, "mu")
    assert got["5千余人次"] == (5000.0, "person_time")
    assert got["326户"] == (326.0, "household")


def test_fang_after_wan_is_cubic_metres_and_fang_mian_stays_words(tmp_path):
    # counter-example: a real 1.5万方 (cubic metres) keeps its 方; 3方面 and 三方协议 are no cubic metres
    body = "清运垃圾及土石方1.5万方，从3方面推进工作，签订三方协议。\n"
    facts = _facts(tmp_path, body, "某县2022年人居环境整治工作报告")
    assert [(r, v, u) for r, v, u in zip(facts["raw"], facts["value"], facts["unit"]) if "万" in r] == [
        ("1.5万方", 15000.0, "other:方")]
    assert not any("协议" in r or r == "三方" for r in facts["raw"])


def _units(text: str) -> dict[str, str]:
    from fupin.quantities import find_quantities
    return {q.raw: q.unit for q in find_quantities(text)}


# Counted nouns (session 16): the category label of a 其中 list, the nouns a count's noun is of, and the places a
# Chinese-numeral count names after a list of them.
def test_a_category_label_before_a_count_names_no_counted_noun():
    got = _units("共排查发现问题线索45条，其中政策落实类18条、资金管理类16条、作风建设类11条。")
    assert got["45条"] == got["18条"] == got["16条"] == got["11条"] == "other:线索"


def test_a_noun_before_a_count_without_a_category_label_is_still_its_noun():
    # counter-example: 出台政策文件12条 counts the documents; 类 is no suffix there
    got = _units("全年出台支持政策12条，制定配套制度8项。")
    assert got["12条"] == "document"


def test_files_and_indicators_are_counted_by_their_own_nouns():
    got = _units("查阅项目资料和帮扶档案8600余份，年度考核确定的12项主要考核指标全部完成，"
                 "农产品进入1500多家商超，开行务工专列专车42趟次。")
    assert got["8600余份"] == "other:份"
    assert got["12项"] == "item"
    assert got["1500多家"] == "enterprise"
    assert got["42趟次"] == "other:趟次"


def test_project_papers_alone_are_no_projects_but_projects_are():
    # counter-example: 实施项目资料 does not turn a count of projects into papers
    got = _units("全年实施衔接项目326个，其中产业项目210个。")
    assert got["326个"] == got["210个"] == "project"


def test_the_second_of_a_list_of_ordinals_is_no_count():
    got = _units("城关镇1320户、擂鼓镇806户、得胜镇652户，分列第一、二、三位。")
    assert set(got) == {"1320户", "806户", "652户"}


def test_a_count_after_a_list_without_ordinals_is_kept():
    # counter-example: 第一批 then 、 and a count of its own (3个) is no ordinal list
    got = _units("共认定第一批示范村、3个示范乡镇。")
    assert got.get("3个") is not None


def test_a_chinese_count_after_listed_places_counts_the_places():
    got = _units("泸溪、凤凰两个县项目最多，共实施产业项目120个。")
    assert got["两个"] == "other:县"
    assert got["120个"] == "project"


def test_a_chinese_count_of_projects_in_a_county_stays_projects():
    # counter-example: no list of places before 两个: 县项目 is the head (projects of the county)
    got = _units("今年新增两个县级重点项目。")
    assert got.get("两个") in (None, "project")
