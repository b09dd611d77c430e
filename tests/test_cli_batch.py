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
