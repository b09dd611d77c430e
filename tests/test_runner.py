import json

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
