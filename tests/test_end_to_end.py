"""The whole suite, as `make run` runs it: twice, into two folders, with byte-identical results."""
import json
import subprocess
import sys

from fupin import paths, runner


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_runs_give_byte_identical_tables_and_figures(tmp_path):
    outs = []
    for name in ("a", "b"):
        params = {"processed_dir": str(tmp_path / name / "processed"),
                  "figures_dir": str(tmp_path / name / "figures")}
        run_dir = runner.run(params, runs_dir=tmp_path / "runs")
        manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["status"] == "ok"
        assert [n["notebook"][:2] for n in manifest["notebooks"]] == ["01", "02", "03", "04", "05"]
        outs.append((_files(tmp_path / name / "processed"), _files(tmp_path / name / "figures")))
    (tables_a, figs_a), (tables_b, figs_b) = outs
    for needed in ("articles.parquet", "articles.csv", "blocks.csv", "sentences.csv", "cleaning_log.csv",
                   "facts.parquet", "facts.csv", "datapackage.json", "rates.csv", "checks.csv"):
        assert needed in tables_a
    assert tables_a == tables_b
    assert any(k.endswith(".png") for k in figs_a) and any(k.endswith(".svg") for k in figs_a)
    assert figs_a == figs_b


def test_cli_extract_prints_csv_and_rejects_bad_input(tmp_path):
    seed = paths.RAW_DIR / "003_ffe866a64da50416.txt"
    ok = subprocess.run([sys.executable, "-m", "fupin", "extract", str(seed), "--format", "csv"],
                        capture_output=True, text=True)
    assert ok.returncode == 0
    header = ok.stdout.splitlines()[0].split(",")
    for col in ("article", "raw", "value", "unit", "qualifier", "indicator", "region", "period",
                "actor", "sentence", "start", "end"):
        assert col in header or col == "article" and "article_id" in header
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    bad = subprocess.run([sys.executable, "-m", "fupin", "extract", str(empty)], capture_output=True, text=True)
    assert bad.returncode != 0
    assert len(bad.stderr.strip().splitlines()) == 1 and "empty" in bad.stderr
