"""The batch command line: files and folders, parallel workers, bad files reported at the end."""
import csv
import io
import shutil

import pytest

from fupin import cli, paths

SEEDS = sorted(paths.RAW_DIR.glob("00*.txt"))[:3]


def _run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_folder_is_read_file_by_file_with_one_csv_header(tmp_path, capsys):
    for p in SEEDS[:2]:
        shutil.copy(p, tmp_path / p.name)
    code, out, err = _run(capsys, "extract", str(tmp_path), "--jobs", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and err == ""
    assert out.count("fact_id,article_id,raw,") == 1
    assert {r["source_file"] for r in rows} == {p.name for p in SEEDS[:2]}


def test_parallel_workers_give_the_same_bytes_as_one(tmp_path, capsys):
    _, one, _ = _run(capsys, "extract", *map(str, SEEDS), "--jobs", "1", "--format", "jsonl")
    _, two, _ = _run(capsys, "extract", *map(str, SEEDS), "--jobs", "2", "--format", "jsonl")
    assert one == two and one.count("\n") > 20


def test_bad_files_are_skipped_and_reported_and_nothing_else_is_lost(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    shutil.copy(SEEDS[1], tmp_path / SEEDS[1].name)
    code, out, err = _run(capsys, "extract", str(tmp_path), str(tmp_path / "missing.txt"), "--jobs", "2")
    _, good, _ = _run(capsys, "extract", str(SEEDS[1]))
    assert code == 0
    assert out == good
    assert "skipped 3 of 4 files" in err
    assert "missing.txt: no such file" in err and "empty.txt" in err and "binary.txt" in err


def test_a_single_unreadable_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    code, out, err = _run(capsys, "extract", str(bad))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"fupin extract: {bad}:")


def test_no_readable_file_at_all_is_exit_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    code, _, err = _run(capsys, "extract", str(tmp_path))
    assert code == 2 and "skipped 2 of 2 files" in err


def test_clean_labels_each_file_of_a_batch(tmp_path, capsys):
    code, out, _ = _run(capsys, "clean", *map(str, SEEDS[:2]), "--jobs", "1")
    assert code == 0 and out.count("==> ") == 2


def test_jobs_below_one_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["extract", str(SEEDS[0]), "--jobs", "0"])
    assert info.value.code == 2


def test_a_dask_cluster_gives_the_same_rows_as_local_workers(capsys):
    pytest.importorskip("dask.distributed")
    _, local, _ = _run(capsys, "extract", *map(str, SEEDS[:2]), "--jobs", "1")
    code, dask, _ = _run(capsys, "extract", *map(str, SEEDS[:2]), "--jobs", "2", "--scheduler", "local")
    assert code == 0 and dask == local


# --- hostile input (issue 10) -----------------------------------------------------------------

def test_odd_entries_of_a_folder_are_reported_not_forgotten(tmp_path, capsys):
    import os

    shutil.copy(SEEDS[0], tmp_path / "good.txt")
    (tmp_path / "folder.txt").mkdir()
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    code, out, err = _run(capsys, "extract", str(tmp_path), "--jobs", "1")
    assert code == 0 and out
    assert "folder.txt: a folder, not a file" in err
    assert "dangling.txt: broken or looping symbolic link" in err
    assert "fifo.txt: not a regular file" in err


def test_file_names_that_are_not_utf8_or_hold_a_newline(tmp_path, capsys):
    import os

    odd = os.fsencode(tmp_path) + b"/bad\xffname.txt"
    with open(odd, "wb") as fh:
        fh.write(SEEDS[0].read_bytes())
    code, out, _ = _run(capsys, "extract", os.fsdecode(odd), "--jobs", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {r["source_file"] for r in rows} == {"bad\\xffname.txt"}
    out.encode("utf-8")  # printable: no lone surrogates
    bad = tmp_path / "new\nline.txt"
    bad.write_bytes(b"")
    code, _, err = _run(capsys, "extract", str(bad))
    assert code == 2 and len(err.splitlines()) == 1 and "new\\nline.txt: empty file" in err


def _explode(path):
    raise KeyError("a bug")


def test_a_bug_on_one_file_is_reported_as_such_and_the_batch_goes_on(tmp_path):
    from fupin import batch

    files = [SEEDS[0], SEEDS[1]]
    outcomes = list(batch.process(_explode, files, jobs=1))
    assert [o.error.startswith(batch.INTERNAL_ERROR) for o in outcomes] == [True, True]
    assert "KeyError" in outcomes[0].error


def test_a_bare_carriage_return_in_a_table_keeps_its_row(tmp_path):
    import pandas as pd

    from fupin.storage import write_table

    df = pd.DataFrame({"before": ["\r", "a\rb", "\r\n", "x"], "n": [1, 2, 3, 4]})
    write_table(df, tmp_path, "log")
    back = pd.read_csv(tmp_path / "log.csv", encoding="utf-8-sig")
    assert back["before"].tolist() == df["before"].tolist()


# ---------------------------------------------------------------- two files of one name in one batch

def test_files_of_one_name_are_told_apart_by_their_shortest_distinct_folder_path():
    from pathlib import Path

    from fupin.reading import name_stem, source_names

    files = [Path("/data/reports/2019/xizang/report.txt"), Path("/data/reports/2020/xizang/report.txt"),
             Path("/data/reports/2020/summary.txt"), Path("/data/a/x.txt"), Path("/data/b/x.txt")]
    names = source_names(files)
    assert names == ["2019/xizang/report.txt", "2020/xizang/report.txt", "summary.txt", "a/x.txt", "b/x.txt"]
    assert source_names(files[::-1]) == names[::-1]          # the order of the batch does not matter
    assert source_names([files[0]]) == ["report.txt"]        # a file alone keeps its plain name
    assert [name_stem(n) for n in names[:3]] == ["2019/xizang/report", "2020/xizang/report", "summary"]


@pytest.fixture()
def two_of_one_name(tmp_path):
    """a/x.txt and b/x.txt: two different reports under one file name, in different folders."""
    for sub, src in (("a", SEEDS[0]), ("b", SEEDS[1])):
        (tmp_path / sub).mkdir()
        shutil.copy(src, tmp_path / sub / "x.txt")
    return tmp_path


def test_two_files_of_one_name_get_distinct_article_ids_in_the_tables(two_of_one_name, tmp_path_factory):
    import pandas as pd

    from fupin import batch, pipeline, reading

    files = batch.expand([two_of_one_name])
    out, again = tmp_path_factory.mktemp("one"), tmp_path_factory.mktemp("two")
    pipeline.build(files, out, jobs=1)
    pipeline.build(files[::-1], again, jobs=2)
    arts, facts = pd.read_parquet(out / "articles.parquet"), pd.read_parquet(out / "facts.parquet")
    assert set(arts["source_file"]) == {"a/x.txt", "b/x.txt"}
    assert {a.split("#")[0] for a in arts["article_id"]} == {"a/x", "b/x"}
    assert facts["fact_id"].is_unique and set(facts["source_file"]) == {"a/x.txt", "b/x.txt"}
    # each file's facts are those of the file on its own, under its own name
    alone = pipeline.tables_for_file(SEEDS[1])["facts"]
    mine = facts[facts.source_file == "b/x.txt"]
    assert mine["raw"].tolist() == alone["raw"].tolist()
    assert mine["fact_id"].tolist() == ["b/" + f.replace(SEEDS[1].stem, "x", 1) for f in alone["fact_id"]]
    for name in pipeline.TABLES:  # deterministic: any input order, any number of workers
        assert (out / f"{name}.csv").read_bytes() == (again / f"{name}.csv").read_bytes(), name
    assert reading.source_names(files) == ["a/x.txt", "b/x.txt"]


def test_the_command_line_names_both_files_of_one_name(two_of_one_name, capsys):
    code, out, _ = _run(capsys, "extract", str(two_of_one_name), "--jobs", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {r["source_file"] for r in rows} == {"a/x.txt", "b/x.txt"}
    assert len({r["fact_id"] for r in rows}) == len(rows)
    code, out, _ = _run(capsys, "extract", str(two_of_one_name / "b" / "x.txt"))
    assert {r["source_file"] for r in csv.DictReader(io.StringIO(out))} == {"x.txt"}


def test_facts_failing_the_schema_skip_their_file_only(tmp_path, monkeypatch):
    """The build checks the facts of many files at once; a file whose facts break the schema (a bug)
    is found, listed in ``skipped`` as an internal error, and the other files' rows are all written."""
    import pandas as pd

    from fupin import batch, pipeline

    real = pipeline.tables_for_file
    alone = {p.name: real(p)["facts"] for p in SEEDS}

    def broken_second(path, name=None, validate=True):
        out = real(path, name, validate)
        if path == SEEDS[1]:
            out["facts"].loc[0, "unit"] = "furlongs"  # outside the unit vocabulary
        return out

    monkeypatch.setattr(pipeline, "tables_for_file", broken_second)
    summary = pipeline.build(SEEDS, tmp_path, jobs=1)
    assert summary.read == len(SEEDS) - 1
    assert [s["source_file"] for s in summary.skipped] == [SEEDS[1].name]
    assert summary.skipped[0]["reason"].startswith(batch.INTERNAL_ERROR)
    assert "unit outside the vocabulary" in summary.skipped[0]["reason"]
    facts = pd.read_parquet(tmp_path / "facts.parquet")
    assert set(facts["source_file"]) == {SEEDS[0].name, SEEDS[2].name}
    assert len(facts) == len(alone[SEEDS[0].name]) + len(alone[SEEDS[2].name])


def test_text_columns_of_the_facts_must_hold_text():
    import pandera.errors

    from fupin.extraction import FACTS_SCHEMA, extract_file

    facts = extract_file(SEEDS[0])
    facts.loc[0, "region"] = 5
    with pytest.raises(pandera.errors.SchemaError, match="values must be text"):
        FACTS_SCHEMA.validate(facts)


def test_warm_up_loads_the_vocabularies_before_workers_are_forked():
    from fupin import gazetteer, pipeline

    gazetteer.load.cache_clear()
    pipeline.warm_up()
    assert gazetteer.load.cache_info().currsize == 1


def test_a_folder_gives_its_text_files_in_any_case_of_the_suffix_and_in_subfolders(tmp_path):
    from fupin.batch import expand
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "B.TXT", "c.Txt", "sub/d.txt", "notes.pdf", "txt"):
        (tmp_path / name).write_text("扶贫", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in expand([tmp_path])] == ["B.TXT", "a.txt", "c.Txt", "sub/d.txt"]
