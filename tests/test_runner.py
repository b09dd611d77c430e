import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from fupin import runner


def _nb(path, params_src, body_src):
    nb = new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    cell = new_code_cell(params_src)
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [new_markdown_cell("# test"), cell, new_code_cell(body_src)]
    nbformat.write(nb, path)


def test_values_take_the_type_the_notebook_declares():
    assert runner.coerce("code", "0101", "5401") == "0101"       # papermill -p would give 101
    assert runner.coerce("date", "2022-05-01", "") == "2022-05-01"
    assert runner.coerce("dpi", "300", 200) == 300
    assert runner.coerce("share", "0.5", 1.0) == 0.5
    assert runner.coerce("zh", "true", False) is True
    assert runner.coerce("formats", "[png, svg]", ["png"]) == ["png", "svg"]
    with pytest.raises(runner.RunError, match="dpi"):
        runner.coerce("dpi", "high", 200)


def test_unknown_parameter_is_an_error(tmp_path):
    _nb(tmp_path / "01_a.ipynb", 'region = ""\ndpi = 200\n', "x = 1")
    nbs = [runner.declared_parameters(tmp_path / "01_a.ipynb")]
    assert nbs[0].defaults == {"region": "", "dpi": 200}
    with pytest.raises(runner.RunError, match="unknown parameter.*regoin"):
        runner.resolve_parameters(nbs, {"regoin": "拉萨市"})


def test_yaml_file_keeps_codes_as_written(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text("code: 0101\nperiod: 2022-05\n", encoding="utf-8")
    given = runner.parse_cli_params([["dpi", "150"]], [str(f)])
    assert given == {"code": "0101", "period": "2022-05", "dpi": "150"}


def test_run_executes_in_order_and_writes_a_manifest(tmp_path):
    nbdir = tmp_path / "nb"
    nbdir.mkdir()
    out = tmp_path / "out.txt"
    _nb(nbdir / "01_first.ipynb", f'target = "{out}"\ncode = "0000"\n',
        "open(target, 'a').write('first:' + code + ' ')")
    _nb(nbdir / "02_second.ipynb", f'target = "{out}"\n', "open(target, 'a').write('second')")
    run_dir = runner.run({"code": "0101"}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs",
                         raw_dir=tmp_path / "nb")
    assert out.read_text() == "first:0101 second"
    manifest = json.loads((run_dir / "manifest.json").read_text())
    assert manifest["status"] == "ok"
    assert [n["notebook"] for n in manifest["notebooks"]] == ["01_first.ipynb", "02_second.ipynb"]
    assert manifest["parameters"]["code"] == "0101"
    assert all(len(v) == 32 for v in manifest["inputs"].values())
    assert "pandas" in manifest["versions"]


def test_failing_notebook_stops_the_run_and_names_the_executed_notebook(tmp_path):
    nbdir = tmp_path / "nb"
    nbdir.mkdir()
    _nb(nbdir / "01_bad.ipynb", "x = 1\n", "raise ValueError('boom')")
    _nb(nbdir / "02_never.ipynb", "y = 1\n", "y")
    with pytest.raises(runner.RunError) as info:
        runner.run({}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs", raw_dir=nbdir)
    assert "01_bad.ipynb" in str(info.value) and "boom" in str(info.value)
    run_dir = next((tmp_path / "runs").iterdir())
    assert not (run_dir / "02_never.ipynb").exists()
    assert json.loads((run_dir / "manifest.json").read_text())["status"] == "failed"


def _writer_nbs(nbdir, fail_second=False):
    """Two notebooks: the first writes a table into processed_dir, the second a figure (or fails)."""
    nbdir.mkdir(exist_ok=True)
    _nb(nbdir / "01_tables.ipynb", 'processed_dir = "unused"\nregion = ""\nstamp = "a"\n',
        "from pathlib import Path\nPath(processed_dir).mkdir(parents=True, exist_ok=True)\n"
        "(Path(processed_dir) / 'facts.csv').write_text('run ' + stamp)")
    body = "raise ValueError('no readable .txt files in somewhere')" if fail_second else (
        "from pathlib import Path\nPath(figures_dir).mkdir(parents=True, exist_ok=True)\n"
        "(Path(figures_dir) / (stamp + '.png')).write_text(stamp)")
    _nb(nbdir / "02_figs.ipynb", 'processed_dir = "unused"\nfigures_dir = "unused"\nstamp = "a"\n', body)


def test_outputs_replace_the_previous_ones_only_when_every_notebook_succeeded(tmp_path):
    nbdir, proc, figs = tmp_path / "nb", tmp_path / "processed", tmp_path / "figures"
    _writer_nbs(nbdir)
    params = {"processed_dir": str(proc), "figures_dir": str(figs)}
    runner.run({**params, "stamp": "one"}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs", raw_dir=nbdir)
    assert (proc / "facts.csv").read_text() == "run one" and (figs / "one.png").exists()
    _writer_nbs(nbdir, fail_second=True)
    with pytest.raises(runner.RunError, match="no readable .txt files") as info:
        runner.run({**params, "stamp": "two"}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs",
                   raw_dir=nbdir)
    assert "left as they were" in str(info.value)
    assert (proc / "facts.csv").read_text() == "run one"  # notebook 01 succeeded, but nothing landed


def test_a_figure_the_new_run_no_longer_draws_is_removed_not_left_stale(tmp_path):
    nbdir, figs = tmp_path / "nb", tmp_path / "figures"
    _writer_nbs(nbdir)
    (figs).mkdir()
    (figs / "mine.txt").write_text("a user's own file")
    params = {"processed_dir": str(tmp_path / "p"), "figures_dir": str(figs)}
    runner.run({**params, "stamp": "one"}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs", raw_dir=nbdir)
    runner.run({**params, "stamp": "two"}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs", raw_dir=nbdir)
    assert sorted(p.name for p in figs.iterdir()) == [runner.OUTPUTS_RECORD, "mine.txt", "two.png"]


def test_a_filtered_run_keeps_its_outputs_in_the_run_folder(tmp_path, monkeypatch):
    nbdir = tmp_path / "nb"
    _writer_nbs(nbdir)
    proc = tmp_path / "processed"
    monkeypatch.setattr(runner.paths, "ROOT", tmp_path)
    # processed_dir not given: the declared default ("unused", under ROOT) is the canonical folder
    run_dir = runner.run({"region": "拉萨市", "stamp": "x"}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs",
                         raw_dir=nbdir)
    assert not (tmp_path / "unused").exists() and not proc.exists()
    assert (run_dir / "outputs" / "processed_dir" / "facts.csv").read_text() == "run x"
    assert "filtered run" in json.loads((run_dir / "manifest.json").read_text())["note"]


def test_manifest_records_the_raw_files_used_vocabularies_and_code(tmp_path):
    nbdir, raw = tmp_path / "nb", tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("扶贫", encoding="utf-8")
    (raw / "B.TXT").write_text("援藏", encoding="utf-8")
    (raw / "notes.pdf").write_bytes(b"%PDF")  # not read by the run, so not an input
    nbdir.mkdir()
    _nb(nbdir / "01_a.ipynb", 'raw_dir = "data/raw"\n', "x = 1")
    run_dir = runner.run({"raw_dir": str(raw)}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs")
    m = json.loads((run_dir / "manifest.json").read_text())
    assert any(k.endswith("a.txt") for k in m["inputs"]) and any(k.endswith("B.TXT") for k in m["inputs"])
    assert not any(k.endswith("notes.pdf") for k in m["inputs"])
    assert not any("data/raw/" in k for k in m["inputs"])
    assert any(k.endswith("units.csv") for k in m["inputs"])
    assert len(m["code"]["sources_md5"]) == 32


def test_a_raw_folder_without_text_files_is_refused_before_anything_runs(tmp_path):
    nbdir, raw = tmp_path / "nb", tmp_path / "raw"
    nbdir.mkdir()
    raw.mkdir()
    (raw / "notes.pdf").write_bytes(b"%PDF")
    _nb(nbdir / "01_a.ipynb", 'raw_dir = "data/raw"\n', "x = 1")
    with pytest.raises(runner.RunError, match="no .txt files in"):
        runner.run({"raw_dir": str(raw)}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs")
    assert not (tmp_path / "runs").exists() or not any((tmp_path / "runs").iterdir())


def test_old_runs_are_pruned(tmp_path):
    runs = tmp_path / "runs"
    for stamp in ["20260101T000000Z", "20260102T000000Z", "20260103T000000Z"]:
        (runs / stamp).mkdir(parents=True)
    (runs / "cron.log").write_text("log")
    gone = runner.prune_runs(runs, keep=2)
    assert [p.name for p in gone] == ["20260101T000000Z"]
    assert sorted(p.name for p in runs.iterdir()) == ["20260102T000000Z", "20260103T000000Z", "cron.log"]


def test_output_files_are_readable_by_others_under_the_usual_umask(tmp_path):
    import os
    import stat

    from fupin.storage import write_text

    old = os.umask(0o022)
    try:
        p = write_text(tmp_path / "t.csv", "a")
    finally:
        os.umask(old)
    assert stat.S_IMODE(p.stat().st_mode) == 0o644


def test_a_value_a_notebook_would_refuse_is_refused_before_anything_runs(tmp_path):
    _nb(tmp_path / "01_a.ipynb", 'lang = "en"\n', "x = 1")
    nbs = [runner.declared_parameters(tmp_path / "01_a.ipynb")]
    with pytest.raises(runner.RunError, match="lang: 'fr' is not supported"):
        runner.resolve_parameters(nbs, {"lang": "fr"})


def test_a_run_prints_no_kernel_warnings(tmp_path, capfd):
    """The kernel talks over IPC sockets: no "running over TCP without encryption" warning per notebook."""
    nbdir = tmp_path / "nb"
    nbdir.mkdir()
    _nb(nbdir / "01_only.ipynb", "x = 1\n", "print(x)")
    runner.run({}, notebooks_dir=nbdir, runs_dir=tmp_path / "runs", raw_dir=nbdir)
    err = capfd.readouterr().err
    assert "WARNING" not in err and "TCP" not in err, err[-500:]


def test_kernels_of_concurrent_runs_never_share_ipc_sockets():
    """jupyter_client names IPC sockets kernel-ipc-1, -2 … in the working directory, probing for free
    numbers, so two `fupin run` at once in notebooks/ could take the same sockets and one failed at
    random. Each kernel now has its own socket name in a private folder of its process."""
    from fupin import runner

    cls = runner._kernel_manager_class()
    a, b = cls(kernel_name="python3"), cls(kernel_name="python3")
    assert a.transport == b.transport == "ipc"
    assert a.ip != b.ip
    assert Path(a.ip).parent == Path(b.ip).parent == runner._ipc_dir()
    assert Path(a.ip).is_absolute() and not Path(a.ip).is_relative_to(Path.cwd())
