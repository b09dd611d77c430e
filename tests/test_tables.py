"""Tables copied from PDFs as text: the cells of a row are separated by spaces, not | or tabs.

A line made of a label (a name, 合计, a serial number before it) and three or more cells, each a
number, a percentage or a blank (- —), under a header of short names, is a table row: its spaces part
cells, they do not cut numbers. Each cell is read in the unit its column's header gives (in （）
brackets or on a 单位 line above); a column whose header does not say what it counts is left out. A row
with more or fewer cells than its header (a cell cut in two by a space) is read as prose, where a
number cut by a space is flagged, never guessed. The rows are written here in the style of county
fund-progress tables; none is quoted from a stored report.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.table_rows import cells, row_of
from fixtures.written import extraction_f1
from fupin.extraction import extract_file
from fupin.quantities import find_quantities

DATA = Path(__file__).parent / "data"


PROGRESS = (
    "表1 2024年衔接资金项目实施进度表（截至9月30日）\n"
    "项目类别 计划项目数（个） 已开工项目数（个） 开工率 计划资金（万元） 已支出资金（万元） 支出率\n"
    "产业发展类 52 45 86.5% 13620.4 10218.9 75.0%\n"
    "就业帮扶类 14 14 100% 1680.0 1502.7 89.4%\n"
    "乡村建设类 71 58 81.7% 10345.6 6930.2 67.0%\n"
    "合计 137 117 85.4% 25646.0 18651.8 72.7%\n"
    "从表中看，乡村建设类项目支出进度最慢。\n"
)


def test_spaced_row_cells_in_the_units_of_the_header() -> None:
    assert row_of(PROGRESS, "产业发展类") == [
        ("52", 52.0, "project"), ("45", 45.0, "project"), ("86.5%", 86.5, "percent"),
        ("13620.4", 136204000.0, "CNY"), ("10218.9", 102189000.0, "CNY"), ("75.0%", 75.0, "percent")]


def test_spaced_row_percent_after_a_number_is_a_cell_not_a_cut_number() -> None:
    # 14 100%: two cells, not 14100% (a thousands group) nor a percentage cut from the 14 before it
    assert row_of(PROGRESS, "就业帮扶类")[1:3] == [("14", 14.0, "project"), ("100%", 100.0, "percent")]


def test_total_row_is_read_like_the_others() -> None:
    assert [v for _, v, _ in row_of(PROGRESS, "合计")] == [137.0, 117.0, 85.4, 256460000.0, 186518000.0, 72.7]


def test_unit_line_over_a_county_table_with_blank_cells() -> None:
    text = ("表2 各县（市、区）衔接资金支出情况\n"
            "单位：万元\n"
            "县（市、区） 下达资金 已支出 支出率 项目数（个）\n"
            "南江县 8750 6520.5 74.5% 48\n"
            "通江县 9420 — — 50\n"
            "平昌县 9010 7020.0 77.9% -\n"
            "合计 27180 13540.5 — 98\n")
    assert row_of(text, "南江县") == [("8750", 87500000.0, "CNY"), ("6520.5", 65205000.0, "CNY"),
                                    ("74.5%", 74.5, "percent"), ("48", 48.0, "project")]
    assert row_of(text, "通江县") == [("9420", 94200000.0, "CNY"), ("50", 50.0, "project")]
    assert row_of(text, "平昌县") == [("9010", 90100000.0, "CNY"), ("7020.0", 70200000.0, "CNY"),
                                    ("77.9%", 77.9, "percent")]
    assert [v for _, v, _ in row_of(text, "合计")] == [271800000.0, 135405000.0, 98.0]


def test_a_rate_column_under_a_unit_line_is_not_money() -> None:
    # 单位：万元 measures the money columns; a 率 column printed without % says no unit: left out
    text = ("单位：万元\n"
            "乡镇 下达资金 已支出 支出率\n"
            "城关镇 1250 980 78.4\n"
            "关防乡 860 702 81.6\n")
    assert row_of(text, "城关镇") == [("1250", 12500000.0, "CNY"), ("980", 9800000.0, "CNY")]


def test_header_without_a_label_column() -> None:
    text = ("项目数(个) 已开工(个) 开工率 资金(万元) 已支出(万元) 支出率\n"
            "产业发展类 48 41 85.4% 12860.5 11876.2 92.3%\n")
    # 已开工(个) counts what 项目数(个) counts, as 实施项目48个，已开工41个 does in prose
    assert row_of(text, "产业发展类") == [
        ("48", 48.0, "project"), ("41", 41.0, "project"), ("85.4%", 85.4, "percent"),
        ("12860.5", 128605000.0, "CNY"), ("11876.2", 118762000.0, "CNY"), ("92.3%", 92.3, "percent")]


def test_serial_numbers_and_count_headers() -> None:
    text = ("序号 乡镇 脱贫户数 人数（人） 补助资金（万元）\n"
            "1 城关镇 120 356 36.5\n"
            "2 关防乡 98 301 29.8\n")
    assert row_of(text, "1 城关镇") == [("120", 120.0, "household"), ("356", 356.0, "person"),
                                      ("36.5", 365000.0, "CNY")]


def test_a_row_cut_over_lines_is_joined() -> None:
    text = ("项目类别 计划项目数（个） 已完工项目数（个） 完工率 计划资金（万元）\n"
            "易地搬迁后扶类\n"
            "9 7 77.8% 1265.8\n"
            "其他类 6 5 83.3%\n"
            "415.5\n")
    assert cells(text) == [("9", 9.0, "project"), ("7", 7.0, "project"), ("77.8%", 77.8, "percent"),
                           ("1265.8", 12658000.0, "CNY"), ("6", 6.0, "project"), ("5", 5.0, "project"),
                           ("83.3%", 83.3, "percent"), ("415.5", 4155000.0, "CNY")]


def test_a_row_wider_than_its_header_is_not_read_as_a_row() -> None:
    # 4 7: a cell cut by a space would shift every cell after it into the wrong column
    text = ("项目类别 计划项目数（个） 已完工项目数（个） 完工率 计划资金（万元）\n"
            "产业发展类 48 41 85.4% 12860.5\n"
            "乡村建设类 63 4 7 74.6% 9438.2\n")
    got = row_of(text, "乡村建设类")
    assert all(v is None for _, v, _ in got)  # flagged, never a value
    assert ("74.6%", None, "percent") in got
    assert row_of(text, "产业发展类")[-1] == ("12860.5", 128605000.0, "CNY")


def test_rows_under_no_header_are_read_as_prose() -> None:
    # no header says what the cells count nor how many there are: a row whose cell was cut by a
    # space looks like the others, so 41 85.4% stays a possibly cut number (flagged, no value)
    text = ("产业发展类 48 41 85.4%\n"
            "就业帮扶类 12 12 100%\n")
    assert all(v is None for _, v, _ in row_of(text, "产业发展类"))
    assert all(v is None for _, v, _ in row_of(text, "就业帮扶类"))


def test_unsure_label_header_is_settled_by_the_rows() -> None:
    # 县（区）: 区 is also a measure word; the rows (a label and three cells) show it heads the labels
    text = ("县（区） 资金（万元） 项目数（个） 开工率\n"
            "南江县 8750 48 85.4%\n"
            "通江县 9420 50 90.0%\n"
            "巴州区 10 560 61 78.5%\n")  # a thousands group cut by a space: not read as a row
    assert row_of(text, "南江县") == [("8750", 87500000.0, "CNY"), ("48", 48.0, "project"),
                                    ("85.4%", 85.4, "percent")]
    assert all(v is None for r, v, _ in row_of(text, "巴州区") if r != "10 560")


@pytest.mark.parametrize("text", [
    "全县共投入衔接资金146 73亿元。",
    "今年全县下达资金3 6.5万元，已支出2 1.4万元。",
    "全县 3 6.5万元 5 2.4万元 1 2.5万元",  # cells with units are not table cells
])
def test_numbers_cut_in_prose_stay_flagged(text: str) -> None:
    got = find_quantities(text)
    assert got and all(q.value is None and "number_split" in q.flags for q in got if q.unit == "CNY")


def test_thousands_space_in_prose_is_still_one_number() -> None:
    assert cells("全年累计投入资金10 851.8万元。") == [("10 851.8万元", 108518000.0, "CNY")]


COUNTY_TABLE = ("https://www.example.gov.cn/a.html\n巴中市2023年衔接资金分配情况通报\n"
                "2023年，巴中市下达衔接资金情况如下。\n"
                "县（区） 资金（万元） 项目数（个） 开工率\n"
                "南江县 8750 48 85.4%\n"
                "通江县 9420 50 90.0%\n"
                "合计 18170 98 87.8%\n")


def test_county_rows_get_the_county_of_their_label(tmp_path: Path) -> None:
    """The region of a row is its label's, as in a table with | between the cells (the same rule)."""
    found = {}
    for name, text in (("spaced", COUNTY_TABLE), ("piped", COUNTY_TABLE.replace(" ", " | "))):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        facts = extract_file(path)
        found[name] = dict(zip(facts["raw"], facts["region"]))
    by_raw = found["spaced"]
    assert by_raw["8750"] == "南江县" and by_raw["48"] == "南江县" and by_raw["85.4%"] == "南江县"
    assert by_raw["9420"] == "通江县" and by_raw["50"] == "通江县"
    assert by_raw["18170"] == "巴中市"  # 合计: the whole the article is about
    assert found["spaced"] == found["piped"]


def test_unseen_rel_table_is_read_again() -> None:
    """The 2024 fund-reimbursement table of unseen_rel (spaced cells) is read cell by cell again."""
    f1, files, report = extraction_f1(DATA / "unseen_rel")
    assert files == 6 and f1 >= 0.98, report


def test_year_columns_make_a_header_not_a_row() -> None:
    from fupin.checks.table_rate import _cells, _is_header
    assert _is_header(_cells("指标 2016年（元） 2015年（元） 增长（%） 占比（%）"))
    assert not _is_header(_cells("工资性收入 2986 2652 12.6 38.2"))


# --- 县级资金分配表: a place word before a money noun is a level, not a count of places -------------

FUND_SOURCES = ("2024年各乡镇衔接资金分配表\n"
                "单位:万元\n"
                "乡镇\t合计\t中央资金\t省级资金\t市级资金\t县级资金\t乡镇配套\t村级自筹\t县直部门\n"
                "城关镇\t1230\t600\t300\t100\t150\t30\t20\t30\n"
                "关防乡\t820\t400\t200\t60\t100\t20\t15\t25\n"
                "合计\t2050\t1000\t500\t160\t250\t50\t35\t55\n")


def test_level_words_before_money_are_not_counts_of_places() -> None:
    # 县级资金, 乡镇配套, 村级自筹, 县直部门 under 单位:万元: money from that level, never other:县 or village
    got = row_of(FUND_SOURCES, "城关镇")
    assert [u for _, _, u in got] == ["CNY"] * 8
    assert [v for _, v, _ in got] == [12300000.0, 6000000.0, 3000000.0, 1000000.0, 1500000.0,
                                      300000.0, 200000.0, 300000.0]


@pytest.mark.parametrize("header, unit", [
    ("贫困村(个)", "village"), ("乡镇（个）", "other:乡镇"), ("村数", "village"), ("县数", "other:县"),
    ("项目个数", "project"), ("贫困村数", "village"), ("行政村总数", "village"), ("户数", "household"),
    ("县级资金", "CNY"), ("市级资金", "CNY"), ("乡镇配套", "CNY"), ("村级自筹", "CNY"),
    ("县直部门", "CNY"), ("县本级", "CNY"), ("镇村配套", "CNY"), ("县级财政", "CNY"),
])
def test_a_header_counts_places_only_when_it_is_a_count_phrase(header: str, unit: str) -> None:
    text = f"单位:万元\n乡镇\t中央资金\t{header}\n城关镇\t600\t150\n"
    assert row_of(text, "城关镇")[1][2] == unit


@pytest.mark.parametrize("header", ["贫困村", "脱贫村", "涉及乡镇", "受益户", "带动户"])
def test_a_bare_thing_under_a_money_unit_line_is_left_out(header: str) -> None:
    # 单位:万元 over 贫困村: money paid to the poor villages, or a count of them? Neither is read.
    text = f"单位:万元\n乡镇\t中央资金\t{header}\n城关镇\t600\t150\n"
    assert all(r != "150" for r, _, _ in row_of(text, "城关镇"))


def test_a_unit_line_listing_the_count_unit_reads_the_bare_column() -> None:
    text = ("单位：万元、个、人\n"
            "乡镇\t补助资金\t贫困村\t受益人\n"
            "城关镇\t600\t4\t356\n")
    assert row_of(text, "城关镇") == [("600", 6000000.0, "CNY"), ("4", 4.0, "village"), ("356", 356.0, "person")]


def test_a_column_naming_nothing_under_several_units_is_left_out() -> None:
    # 单位：万元、人 over 合计: money or persons? Not read; 补助资金 is money, 脱贫人口数 persons
    text = ("单位：万元、人\n"
            "乡镇\t补助资金\t脱贫人口数\t合计\n"
            "城关镇\t600\t356\t956\n")
    assert row_of(text, "城关镇") == [("600", 6000000.0, "CNY"), ("356", 356.0, "person")]


# --- 衔接资金项目表: a header wrapped over lines by a PDF cell ---------------------------------------

def test_a_header_cell_wrapped_over_two_lines_is_joined() -> None:
    # 计划资金 / （万元） and 项目 / 个数: the cells were cut by the PDF's line break
    text = ("项目类别\t计划资金\n"
            "（万元）\t已支出资金（万元）\t项目\n"
            "个数\n"
            "产业发展类\t13620.4\t10218.9\t52\n"
            "就业帮扶类\t1680.0\t1502.7\t14\n")
    assert row_of(text, "产业发展类") == [("13620.4", 136204000.0, "CNY"), ("10218.9", 102189000.0, "CNY"),
                                      ("52", 52.0, "project")]


def test_a_header_cut_between_two_cells_is_joined_with_a_separator() -> None:
    text = ("乡镇 计划资金（万元）\n"
            "项目个数 已开工（个）\n"
            "城关镇 1250 12 10\n"
            "关防乡 860 8 8\n")
    assert row_of(text, "城关镇") == [("1250", 12500000.0, "CNY"), ("12", 12.0, "project"), ("10", 10.0, "project")]


def test_a_wrapped_header_whose_unit_would_open_a_cell_is_not_joined_alone() -> None:
    # joining only （万元）/ 个数 would make （万元） a column of its own and shift every cell
    text = ("项目类别\t计划资金\n"
            "（万元）\t已支出资金（万元）\t项目\n"
            "个数\n"
            "产业发展类\t13620.4\t10218.9\t52\n")
    got = row_of(text, "产业发展类")
    assert ("10218.9", 10218.9, "project") not in got and ("52", 52.0, "project") in got


def test_a_complete_header_is_not_joined_to_a_label_cut_from_its_row() -> None:
    text = ("项目类别 计划项目数（个） 已完工项目数（个） 完工率 计划资金（万元）\n"
            "产业发展类 48 41 85.4% 12860.5\n"
            "易地扶贫搬迁\n"
            "后续扶持类 9 7 77.8% 1265.8\n")
    assert row_of(text, "产业发展类")[-1] == ("12860.5", 128605000.0, "CNY")
    assert ("1265.8", 12658000.0, "CNY") in row_of(text, "后续扶持类")


# --- table rows are never glued to each other or to prose by the paragraph repair ------------------

PROSE = "全县各乡镇的脱贫户户数和人均纯收入，分别列在下面这张表中，以供参考和比较，各乡镇要认真对照"


@pytest.mark.parametrize("rows", [
    ["乡镇\t备注", "城关镇\t按计划推进，已完成大部分项目的建设任务，剩余项目正在加紧施工",
     "关防乡\t按计划推进，已完成大部分项目的建设任务，剩余项目正在加紧施工"],
    ["| 乡镇 | 进展情况 |", "| 城关镇 | 按计划推进，已完成大部分项目的建设任务，剩余项目正在加紧施工 |",
     "| 关防乡 | 按计划推进，已完成大部分项目的建设任务，剩余项目正在加紧施工 |"],
    ["乡镇 | 户数", "城关镇 | 120", "关防乡 | 98"],
])
def test_table_rows_are_not_joined_as_broken_paragraphs(rows: list[str]) -> None:
    from fupin.segment import segment_page
    from fupin.textmap import MappedText
    text = "某县脱贫户情况\n" + PROSE + "\n" + "\n".join(rows) + "\n" + PROSE + "\n"
    seg = segment_page(MappedText.identity(text))
    assert seg.moves == []
    bodies = [b.text.text for a in seg.articles for b in a.blocks]
    assert all(r.strip() in bodies for r in rows)


# --- rows with fewer cells than their header: read by position only when the lost cells are the last

def test_a_blank_cell_inside_a_tab_row_keeps_the_columns() -> None:
    # 城关镇\t1200\t\t12: the 小计 cell is blank, 12 stays in 项目数
    text = ("乡镇\t资金（万元）\t小计（万元）\t项目数（个）\n"
            "城关镇\t1200\t\t12\n"
            "关防乡\t800\t600\t8\n")
    assert row_of(text, "城关镇") == [("1200", 12000000.0, "CNY"), ("12", 12.0, "project")]
    assert row_of(text, "关防乡") == [("800", 8000000.0, "CNY"), ("600", 6000000.0, "CNY"), ("8", 8.0, "project")]


def test_a_blank_remark_at_the_end_of_a_tab_row_is_dropped_by_the_copy() -> None:
    text = ("乡镇\t资金（万元）\t项目数（个）\t备注\n"
            "城关镇\t1200\t12\t已完工\n"
            "关防乡\t800\t8\n")
    assert row_of(text, "关防乡") == [("800", 8000000.0, "CNY"), ("8", 8.0, "project")]


def test_a_pipe_row_with_a_blank_last_cell() -> None:
    text = ("| 乡镇 | 资金（万元） | 项目数（个） | 备注 |\n"
            "| --- | --- | --- | --- |\n"
            "| 城关镇 | 1200 | 12 | |\n"
            "| 关防乡 | 800 | 8 | 已完工 |\n")
    assert row_of(text, "| 城关镇") == [("1200", 12000000.0, "CNY"), ("12", 12.0, "project")]


def test_a_short_row_that_lost_a_cell_of_figures_is_not_read_by_position() -> None:
    # 关防乡\t800\t8 under three columns of figures: is 资金, 项目数 or 户数 blank? Not read.
    text = ("乡镇\t资金（万元）\t项目数（个）\t户数（户）\n"
            "城关镇\t1200\t12\t30\n"
            "关防乡\t800\t8\n")
    assert not [q for q in row_of(text, "关防乡") if q[1] is not None]


def test_a_short_row_that_lost_its_label_is_not_read_by_position() -> None:
    # the label went with the leading tab: 800 under 乡镇 would shift every cell
    text = ("乡镇\t资金（万元）\t项目数（个）\t备注\n"
            "城关镇\t1200\t12\t已完工\n"
            "800\t8\t已完工\n")
    assert not [q for q in row_of(text, "800") if q[1] is not None]


def test_spaced_rows_under_a_remark_column_and_a_place_label() -> None:
    # 乡镇 heads the labels, 资金（万元） is data; 备注 is blank in every row
    text = ("乡镇 资金（万元） 项目数（个） 户数（户） 备注\n"
            "城关镇 1200 12 30\n"
            "关防乡 800 8 20\n")
    assert row_of(text, "城关镇") == [("1200", 12000000.0, "CNY"), ("12", 12.0, "project"), ("30", 30.0, "household")]


def test_a_spaced_row_that_lost_a_figure_is_not_read() -> None:
    text = ("乡镇 资金（万元） 项目数（个） 户数（户） 备注\n"
            "城关镇 1200 12 30\n"
            "关防乡 800 8\n")
    assert not [q for q in row_of(text, "关防乡") if q[1] is not None]


# --- the table checks on the tables now read: no false alarm, a deliberate error found -------------

def _table_checks(tmp_path: Path, body: str):
    from fixtures.written import build_tables
    from fupin.storage import read_table
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    (raw / "t.txt").write_text("https://www.example.gov.cn/a.html\n巴中市南江县衔接资金分配情况\n" + body,
                               encoding="utf-8")
    c = read_table(build_tables(raw, tmp_path / "p"), "checks")
    return c[c["check"].str.startswith("table_")]


COUNTY_FUNDS = ("2024年，南江县共下达衔接资金2050万元，分配情况如下。\n2024年各乡镇衔接资金分配表\n"
                "单位:万元\n"
                "乡镇\t合计\t中央资金\t省级资金\t市级资金\t县级资金\t村级自筹\t备注\n"
                "长赤镇\t1230\t600\t300\t100\t200\t30\t含以工代赈\n"
                "正直镇\t820\t400\t200\t60\t{x}\t20\n"
                "合计\t2050\t1000\t500\t160\t340\t50\n"
                "各乡镇要加快资金支出进度。\n")


def test_fund_source_table_adds_up_by_row_and_by_column(tmp_path: Path) -> None:
    # 县级资金 is money: each row adds to its 合计 cell, each column to the 合计 row; 备注 is left out
    c = _table_checks(tmp_path, COUNTY_FUNDS.format(x="140"))
    assert len(c) == 9 and set(c["status"]) == {"match"}


def test_fund_source_table_with_a_wrong_cell_is_found_twice(tmp_path: Path) -> None:
    c = _table_checks(tmp_path, COUNTY_FUNDS.format(x="150"))  # 正直镇's 县级资金 should be 140
    bad = c[c["status"] == "mismatch"]
    assert sorted(bad["total"]) == [3400000.0, 8200000.0]
    assert all("150" in p for p in bad["parts"])


WRAPPED = ("2024年南江县衔接资金项目实施进度如下表。\n"
           "项目类别\t计划资金\n"
           "（万元）\t已支出资金（万元）\t支出率\t项目\n"
           "个数\n"
           "产业发展类\t1362.4\t1021.8\t75.0%\t52\n"
           "乡村建设类\t1034.6\t693.2\t{rate}\t71\n"
           "合计\t2397.0\t1715.0\t71.5%\t123\n"
           "乡村建设类项目支出进度较慢。\n")


def test_progress_table_under_a_wrapped_header_is_checked(tmp_path: Path) -> None:
    c = _table_checks(tmp_path, WRAPPED.format(rate="67.0%"))
    assert set(c["status"]) == {"match"} and 67.0 in set(c["total"]) and 123.0 in set(c["total"])
    c = _table_checks(tmp_path / "b", WRAPPED.format(rate="76.0%"))
    assert c.loc[c["status"] == "mismatch", "total"].tolist() == [76.0]  # 693.2 / 1034.6 is 67.0 %


def test_pipe_table_with_a_rule_and_a_blank_remark_is_checked(tmp_path: Path) -> None:
    body = ("南江县各乡镇项目完工情况如下。\n"
            "| 乡镇 | 计划项目数（个） | 已完工项目数（个） | 完工率 | 备注 |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 长赤镇 | 24 | 22 | 91.7% | |\n"
            "| 正直镇 | 18 | 15 | 83.3% | 雨季停工 |\n"
            "| 合计 | 42 | 37 | 88.1% | |\n")
    c = _table_checks(tmp_path, body)
    assert set(c["status"]) == {"match"}
    assert sorted(c.loc[c["check"] == "table_total", "total"]) == [37.0, 42.0]
    assert sorted(c.loc[c["check"] == "table_rate", "total"]) == [83.3, 88.1, 91.7]


# --- blanks, signs and the first column of places -------------------------------------------------

@pytest.mark.parametrize("sep", ["\t", " "])
def test_blank_marks_and_signed_cells_are_never_figures(sep: str) -> None:
    # — / - are blank cells (never 0); -3.2 is a fall: never read as 3.2; the row of blanks does not
    # end the table
    text = sep.join(["县（市、区）", "资金（万元）", "增长（%）", "项目数（个）"]) + "\n" + "\n".join(
        sep.join(r) for r in (["南江县", "1200", "-3.2", "12"], ["通江县", "—", "/", "-"], ["巴州区", "800", "5.1", "8"])) + "\n"
    assert row_of(text, "南江县") == [("1200", 12000000.0, "CNY"), ("12", 12.0, "project")]
    assert row_of(text, "通江县") == []
    assert row_of(text, "巴州区") == [("800", 8000000.0, "CNY"), ("5.1", 5.1, "percent"), ("8", 8.0, "project")]


def test_a_signed_percent_cell_is_not_read_as_a_rise() -> None:
    text = "县（市、区）\t资金（万元）\t增幅\n南江县\t1200\t-3.2%\n"
    assert row_of(text, "南江县") == [("1200", 12000000.0, "CNY")]


def test_a_unit_line_of_several_units_with_the_total_row_first() -> None:
    # 单位：万元、人、%: money, persons and the rate column in percent, though its cells print no %
    text = ("单位：万元、人、%\n"
            "县（市、区）\t资金\t脱贫人口\t支出率\n"
            "合计\t2000\t356\t78.5\n"
            "南江县\t1200\t200\t80.1\n"
            "巴州区\t800\t156\t76.0\n")
    assert row_of(text, "合计") == [("2000", 20000000.0, "CNY"), ("356", 356.0, "person"), ("78.5", 78.5, "percent")]
    assert row_of(text, "巴州区") == [("800", 8000000.0, "CNY"), ("156", 156.0, "person"), ("76.0", 76.0, "percent")]


def test_total_row_first_is_checked_against_the_rows_below(tmp_path: Path) -> None:
    body = ("巴中市各县（区）脱贫人口和资金情况如下。\n"
            "单位：万元、人\n"
            "县（市、区）\t补助资金\t脱贫人口数\n"
            "合计\t2000\t{n}\n"
            "南江县\t1200\t200\n"
            "通江县\t—\t—\n"
            "巴州区\t800\t156\n")
    c = _table_checks(tmp_path, body.format(n="356"))
    assert set(c["status"]) <= {"match"}  # 通江县's blanks leave the columns unsummed: no alarm
    body = body.replace("通江县\t—\t—\n", "")
    c = _table_checks(tmp_path / "b", body.format(n="365"))
    assert c.loc[c["status"] == "mismatch", "total"].tolist() == [365.0]
    assert c.loc[c["status"] == "match", "total"].tolist() == [20000000.0]


def test_a_unit_line_printed_under_the_table_measures_it() -> None:
    # 部门决算 tables often print （单位：万元） under their rows; 年初预算 is money, not a year column
    text = ("按功能分类科目，具体情况如下：\n科目\t年初预算\t调整后预算\t决算数\t完成率\n"
            "行政运行\t1268.40\t1302.16\t1296.85\t99.6%\n合计\t5620.00\t6039.90\t6012.47\t99.5%\n"
            "（单位：万元）\n其中，行政运行决算数为调整后预算的99.6%。\n")
    got = {(x.raw, x.value, x.unit) for x in find_quantities(text)}
    assert {("1268.40", 12684000.0, "CNY"), ("1296.85", 12968500.0, "CNY"), ("5620.00", 56200000.0, "CNY"),
            ("6012.47", 60124700.0, "CNY")} <= got


def test_a_unit_line_over_the_next_table_is_not_the_one_above() -> None:
    text = ("科目\t决算数\n行政运行\t1296.85\n（单位：万元）\n项目\t人数\n培训\t120\n")
    assert ("1296.85", 12968500.0) not in {(x.raw, x.value) for x in find_quantities(text)}


# --- 预算执行表: a percent column named as the share of another column; period digits in a header ------

BUDGET = ("2023年一般公共预算主要支出项目执行情况如下表：\n单位：万元\n"
          "项目\t调整预算数\t执行数\t完成调整预算%\n"
          "教育支出\t52360\t51842\t99.0\n"
          "卫生健康支出\t28940\t28135\t{rate}\n"
          "合计\t81300\t79977\t98.4\n")


def test_a_column_named_as_the_share_of_another_is_recomputed_row_by_row(tmp_path: Path) -> None:
    # 完成调整预算% = 执行数 / 调整预算数: 28135 / 28940 is 97.2 %
    c = _table_checks(tmp_path, BUDGET.format(rate="97.2"))
    rates = c[c["check"] == "table_rate"]
    assert sorted(rates["total"]) == [97.2, 98.4, 99.0] and set(c["status"]) == {"match"}
    c = _table_checks(tmp_path / "b", BUDGET.format(rate="92.7"))
    assert c.loc[c["status"] == "mismatch", "total"].tolist() == [92.7]


def test_a_share_column_naming_no_single_column_is_left_alone(tmp_path: Path) -> None:
    # 完成预算%: 年初预算数 and 调整预算数 both hold 预算, so which one it is taken on is not said
    body = BUDGET.replace("项目\t调整预算数\t执行数\t完成调整预算%", "项目\t年初预算数\t调整预算数\t执行数\t完成预算%")
    body = body.replace("教育支出\t", "教育支出\t50000\t").replace("卫生健康支出\t", "卫生健康支出\t28000\t")
    body = body.replace("合计\t", "合计\t78000\t")
    c = _table_checks(tmp_path, body.format(rate="97.2"))
    assert not len(c[c["check"] == "table_rate"])


def test_digits_of_a_period_before_words_name_a_column() -> None:
    from fupin.checks.table_rate import _cells, _is_header
    assert _is_header(_cells("市县\t贷款余额（万元）\t1—9月发放（万元）\t发放户数（户）\t逾期率（%）"))
    assert _is_header(_cells("乡镇\t2023年1-6月支出\t全年预算"))
    assert not _is_header(_cells("五指山市\t8652\t4315\t1012\t0.42"))
    assert not _is_header(_cells("产业项目\t6月\t9月"))  # dates of a schedule are cells, not column names


FINAL_ACCOUNTS = ("按功能分类科目，具体情况如下：\n科目\t年初预算\t调整后预算\t决算数\t完成率\n"
                  "行政运行\t1268.40\t1302.16\t1296.85\t99.6%\n事业运行\t842.60\t856.94\t851.03\t{rate}\n"
                  "合计\t2111.00\t2159.10\t2147.88\t99.5%\n（单位：万元）\n")


def test_a_completion_rate_over_two_budgets_is_checked_on_the_one_it_fits(tmp_path: Path) -> None:
    # 完成率 = 决算数 / 调整后预算 here (851.03 / 856.94 = 99.3 %); 年初预算 would give 101.0 %
    c = _table_checks(tmp_path, FINAL_ACCOUNTS.format(rate="99.3%"))
    assert sorted(c.loc[c["check"] == "table_rate", "total"]) == [99.3, 99.5, 99.6]
    assert set(c["status"]) == {"match"}
    # fitting neither budget, which one was meant is not said: no verdict, never an alarm
    c = _table_checks(tmp_path / "b", FINAL_ACCOUNTS.format(rate="97.3%"))
    assert sorted(c.loc[c["check"] == "table_rate", "total"]) == [99.5, 99.6] and "mismatch" not in set(c["status"])
