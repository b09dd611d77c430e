"""Checks of session 14 on whole pages (facts and the sentences table, as `fupin run` gives them)."""
from __future__ import annotations

from pathlib import Path

from fupin import paths, pipeline
from fupin.checks import find_checks
from fupin.storage import read_table


def _checks(tmp_path: Path, body: str, name: str, header: str = "https://www.example.gov.cn/a.html\n某县工作总结\n"):
    page = tmp_path / "page.txt"
    page.write_text(header + body + "\n", encoding="utf-8")
    out = tmp_path / "p"
    pipeline.build([page], out, jobs=1)
    c = find_checks(read_table(out, "facts"), sentences=read_table(out, "sentences"))
    return c[c["check"] == name]


def test_a_package_holds_nothing_past_a_section_heading(tmp_path):
    # unseen_ab b, up to its fourth section: the 雨露计划 funds (558.6万元) are no package of the
    # 营养改善计划 funds (3540万元) printed after the heading 四、营养改善计划全面覆盖
    page = next((paths.TEST_DATA_DIR / "unseen_ab").glob("b_*.txt")).read_text(encoding="utf-8")
    lines = page.splitlines()
    head = next(i for i, x in enumerate(lines) if x.startswith("四、"))
    body = "\n".join(lines[2:head + 2])
    assert "558.6万元" in body and "3540万元" in body
    c = _checks(tmp_path, body, "subset_of_total", header="\n".join(lines[:2]) + "\n")
    assert not c["parts"].str.contains("558.6万元").any(), c[["parts", "status"]]


def test_a_package_still_holds_its_parts_in_the_next_sentence(tmp_path):
    body = "2023年全县安排衔接资金3.77亿元，实施项目56个。已建成产业项目17个，基础设施项目18个。"
    c = _checks(tmp_path, body, "subset_of_total")
    assert list(c["status"]) == ["match"] and c.iloc[0]["total"] == 56, c
