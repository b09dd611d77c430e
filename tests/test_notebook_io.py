"""The notebooks read what they need and no more: notebook 03 computes rates and checks a batch of
files at a time and writes the data dictionary a table at a time; notebooks 02, 04 and 05 read only
the columns of ``facts`` they use, and those columns give the same figures and comparisons as the
whole table."""
import ast
import json

import pandas as pd
import pytest

from fupin import compare, compare_figures, figures, paths, pipeline
from fupin.storage import read_table

FILES = [paths.RAW_DIR / n for n in ("001_47b14402c1a80d79.txt", "04_guangxi_2021_linkage_fund_traditional.txt",
                                     "13_henan_aid_13th_division_hami_2017.txt")]


def _code(name: str) -> str:
    nb = json.loads((paths.NOTEBOOKS_DIR / name).read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"]
                     if c["cell_type"] == "code" and "injected-parameters" not in c["metadata"].get("tags", []))


def _read_table_calls(code: str) -> list[ast.Call]:
    return [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)
            and getattr(n.func, "id", getattr(n.func, "attr", "")) == "read_table"]


def test_notebook_03_uses_the_batched_rates_and_the_table_at_a_time_dictionary():
    code = _code("03_rates.ipynb")
    assert "pipeline.rates_and_checks(" in code and "write_datapackage_for(" in code
    assert "compute_rates(" not in code and "find_checks(" not in code
    # it never loads facts or sentences whole
    tables = {c.args[1].value for c in _read_table_calls(code)}
    assert tables <= {"rates", "checks"}


@pytest.mark.parametrize("name", ["02_extract.ipynb", "04_figures.ipynb", "05_compare.ipynb"])
def test_later_notebooks_read_only_named_columns_of_facts(name):
    calls = [c for c in _read_table_calls(_code(name)) if c.args[1].value == "facts"]
    assert calls and all(any(k.arg == "columns" for k in c.keywords) for c in calls)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    pipeline.build(FILES, out, jobs=1)
    pipeline.rates_and_checks(out)
    return out


def test_the_figure_columns_draw_the_same_figures_as_the_whole_table(tables):
    whole = read_table(tables, "facts")
    narrow = read_table(tables, "facts", columns=list(figures.FACTS_COLUMNS))
    rates, checks = read_table(tables, "rates"), read_table(tables, "checks")
    a = figures.all_figures(whole[whole.in_body], rates, checks)
    b = figures.all_figures(narrow[narrow.in_body], rates, checks)
    assert [k for k, v in a.items() if v is not None] == [k for k, v in b.items() if v is not None]
    assert any(v is not None for v in a.values())
    for name, fig in a.items():
        if fig is not None:
            assert [t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text"))] == \
                   [t.get_text() for t in b[name].findobj(lambda o: hasattr(o, "get_text"))], name


def test_the_comparison_columns_give_the_same_comparisons_as_the_whole_table(tables, tmp_path):
    whole = read_table(tables, "facts")
    narrow = read_table(tables, "facts", columns=list(compare.FACTS_COLUMNS))
    rates, checks = read_table(tables, "rates"), read_table(tables, "checks")
    pd.testing.assert_frame_equal(compare.top_measures(whole, rates), compare.top_measures(narrow, rates))
    top = compare.top_measures(whole, rates)
    for measure, kind in zip(top["measure"].head(3), top["kind"].head(3)):
        arg = {"rate": measure} if kind == "rate" else {"indicator": measure}
        pd.testing.assert_frame_equal(compare.comparison(whole, rates, checks, **arg),
                                      compare.comparison(narrow, rates, checks, **arg))
    cat_a = compare_figures.draw_all(whole, rates, checks, tmp_path / "a", formats=("svg",), dpi=50)
    cat_b = compare_figures.draw_all(narrow, rates, checks, tmp_path / "b", formats=("svg",), dpi=50)
    pd.testing.assert_frame_equal(cat_a, cat_b)
    for f in sorted((tmp_path / "a").glob("*.svg")):
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes(), f.name
