"""The data dictionary covers every column of every table; Stata files keep names, text and labels."""
import pandas as pd
import pytest

from fupin import cleaning, datapackage, extraction, paths

SEED = paths.RAW_DIR / "001_47b14402c1a80d79.txt"


@pytest.fixture(scope="module")
def tables():
    doc = cleaning.clean_file(SEED)
    out = cleaning.tables([doc], [{"source_file": "x.txt", "reason": "empty file"}])
    out["facts"] = extraction.facts_frame(extraction.facts_for_doc(doc))
    return out


def test_every_column_of_the_cleaning_and_facts_tables_is_described(tables):
    for name, df in tables.items():
        assert datapackage.undocumented(name, df) == [], name


def test_the_datapackage_lists_every_table_with_its_fields(tables, tmp_path):
    import json

    path = datapackage.write_datapackage(tmp_path, tables)
    pkg = json.loads(path.read_text(encoding="utf-8"))
    res = {r["name"]: r for r in pkg["resources"]}
    assert set(tables) <= set(res) and "indicators" in res
    assert [f["name"] for f in res["facts"]["schema"]["fields"]] == list(tables["facts"].columns)


def test_stata_files_keep_long_text_and_carry_variable_labels(tables, tmp_path):
    blocks = tables["blocks"].copy()
    blocks.loc[0, "text"] = "脱贫攻坚" * 1000          # 12,000 UTF-8 bytes: too long for str2045
    path = datapackage.write_stata(blocks, tmp_path / "blocks.dta", "blocks")
    back = pd.read_stata(path)
    assert back.loc[0, "text"] == blocks.loc[0, "text"]
    facts = tables["facts"]
    p = datapackage.write_stata(facts, tmp_path / "facts.dta", "facts")
    with pd.io.stata.StataReader(p) as r:
        labels = r.variable_labels()
        data = r.read()
    assert "end" not in data.columns and {"start_pos", "end_pos"} <= set(data.columns)
    assert labels["end_pos"].startswith("End character offset")
    assert (data["end_pos"].to_numpy() == facts["end"].to_numpy()).all()


def test_excel_workbook_has_a_sheet_per_table_and_a_dictionary(tables, tmp_path):
    path = datapackage.write_excel(tables, tmp_path / "t.xlsx")
    sheets = pd.read_excel(path, sheet_name=None)
    assert set(tables) | {"dictionary"} == set(sheets)
    assert len(sheets["facts"]) == len(tables["facts"])
    assert list(sheets["facts"]["raw"]) == list(tables["facts"]["raw"])
    d = sheets["dictionary"]
    assert d[(d.table == "facts") & (d.column == "region_code")]["description"].str.contains("code").all()


def test_export_command_writes_stata_files_and_a_workbook(tmp_path, capsys):
    from fupin import cli, pipeline

    proc = tmp_path / "p"
    pipeline.build([SEED], proc)
    assert cli.main(["export", str(proc), "--to", "stata", "--out", str(tmp_path / "dta")]) == 0
    assert pd.read_stata(tmp_path / "dta" / "facts.dta").shape[0] == len(pd.read_parquet(proc / "facts.parquet"))
    assert cli.main(["export", str(proc), "--to", "excel", "--out", str(tmp_path / "xl")]) == 0
    assert "articles" in pd.read_excel(tmp_path / "xl" / "fupin_tables.xlsx", sheet_name=None)
    assert cli.main(["export", str(tmp_path / "nothing"), "--to", "excel"]) == 2
