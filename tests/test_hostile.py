"""Hostile input (issue 10, item 8): a batch over a generated hostile corpus plus good reports
finishes, reports every file it could not read with a reason, keeps the good files' facts exactly,
is byte-identical when rerun, never executes a file name, and a run killed at any moment leaves
each published table whole (the previous one or the new one).

The fast tests use one file of each kind (``hostile_corpus.generate(full=False)``, about 70 entries);
``test_full_hostile_corpus`` (marked ``slow``, skipped by ``make test``: run it with ``-m slow``)
runs the >= 500-file corpus and measures each file's time and memory in its own process.
"""
from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import hostile_corpus as hc
from fupin import batch, cli, pipeline
from fupin.reading import display_name

ROOT = Path(__file__).resolve().parents[1]
LIB = ROOT / "lib"
TABLES = (*pipeline.TABLES, "skipped")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(LIB) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONHASHSEED"] = "0"
    return env


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _no_canary(*folders: Path) -> None:
    for folder in folders:
        hits = [p for p in Path(folder).rglob(f"*{hc.CANARY}*") if p.name == hc.CANARY]
        assert not hits, f"a file name was executed: {hits}"


def _good_facts(out: Path, names: set[str]) -> pd.DataFrame:
    facts = pd.read_parquet(out / "facts.parquet")
    return facts[facts.source_file.isin(names)].sort_values("fact_id").reset_index(drop=True)


@pytest.fixture(scope="module")
def fast(tmp_path_factory):
    """The fast corpus and one pipeline build over it (two workers), as the notebooks run it."""
    base = tmp_path_factory.mktemp("hostile")
    root = base / "corpus"
    entries = hc.generate(root, full=False)
    files = batch.expand([root])
    t = time.perf_counter()
    summary = pipeline.build(files, base / "out", jobs=2)
    return {"base": base, "root": root, "entries": entries, "files": files, "summary": summary,
            "seconds": time.perf_counter() - t}


def _check_build(root: Path, files: list[Path], entries: list, summary, out: Path) -> None:
    # every path is accounted for: read, or skipped with a reason; no file hit a bug
    assert summary.read + len(summary.skipped) == len(files)
    skipped = pd.read_parquet(out / "skipped.parquet")
    assert len(skipped) == len(summary.skipped)
    assert skipped.reason.str.len().gt(0).all()
    bugs = skipped[skipped.reason.str.startswith(batch.INTERNAL_ERROR)]
    assert bugs.empty, bugs.to_string()
    # every entry the generator wrote is in the batch (odd types too: a folder named x.txt, links, FIFO)
    listed = {str(p) for p in files}
    missing = [e.path for e in entries if str(e.path) not in listed]
    assert not missing, missing
    # the good reports are read, none skipped
    good = {display_name(e.path.name) for e in entries if e.good}
    assert good <= set(pd.read_parquet(out / "articles.parquet").source_file)
    assert not good & set(skipped.source_file)
    # every table is whole: parquet and CSV agree on the rows
    for name in TABLES:
        n = len(pd.read_parquet(out / f"{name}.parquet"))
        csv = pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
        assert len(csv) == n, name
    # the reasons a user reads are one line each
    assert not skipped.reason.str.contains("\n").any()


def test_a_batch_over_hostile_files_finishes_and_accounts_for_every_file(fast):
    _check_build(fast["root"], fast["files"], fast["entries"], fast["summary"], fast["base"] / "out")
    _no_canary(fast["base"], Path.cwd())


def test_the_good_files_facts_are_those_of_a_run_of_the_good_files_alone(fast, tmp_path):
    good = [e.path for e in fast["entries"] if e.good]
    alone = tmp_path / "alone"
    pipeline.build(good, alone, jobs=1)
    names = {p.name for p in good}
    mixed = _good_facts(fast["base"] / "out", names)
    single = _good_facts(alone, names)
    assert len(single) > 20
    pd.testing.assert_frame_equal(mixed, single)


def test_a_rerun_is_byte_identical(fast, tmp_path):
    again = tmp_path / "again"
    pipeline.build(fast["files"], again, jobs=2)
    assert _digests(again) == _digests(fast["base"] / "out")


def test_each_unreadable_file_is_one_line_on_stderr_and_exit_2(fast, capsys):
    skipped = {}
    for p in fast["files"]:
        why = batch.not_a_file(p)
        if p.is_dir():
            continue  # a folder given on the command line is read for its .txt files
        if why is not None or p.parent.name == "size" and p.name in (
                "empty.txt", "nul_16mib.txt", "over_16mib.txt", "random_binary.txt", "ascii_only.txt"):
            skipped[p] = why
    assert len(skipped) >= 8
    for p in skipped:
        code = cli.main(["extract", str(p), "--jobs", "1"])
        out, err = capsys.readouterr()
        assert code == 2 and out == "", p
        assert len(err.splitlines()) == 1 and err.startswith("fupin extract: "), (p, err)
        assert "Traceback" not in err


def test_the_command_line_never_executes_a_file_name(fast, tmp_path):
    names = fast["root"] / "names"
    # through a shell-free call and, as a user would type it, through a shell with quoted names
    args = [sys.executable, "-m", "fupin", "extract", "--jobs", "1", "--format", "jsonl", "--"]
    files = sorted(str(p) for p in names.iterdir())
    r = subprocess.run(args + files, cwd=tmp_path, env=_env(), capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    assert b"Traceback" not in r.stderr
    quoted = " ".join("'" + f.replace("'", "'\\''") + "'" for f in files)
    r2 = subprocess.run(" ".join(args) + " " + quoted, shell=True, cwd=tmp_path, env=_env(),
                        capture_output=True, timeout=300)
    assert r2.returncode == 0 and r2.stdout == r.stdout
    r.stdout.decode("utf-8")  # valid UTF-8 whatever the names' bytes
    _no_canary(tmp_path, fast["root"], Path.cwd())


def _build_script(files_from: Path, out: Path) -> list[str]:
    code = ("import sys; from pathlib import Path; from fupin import pipeline, batch; "
            "pipeline.build(batch.expand([sys.argv[1]]), Path(sys.argv[2]), jobs=1)")
    return [sys.executable, "-c", code, str(files_from), str(out)]


def test_a_run_killed_at_any_moment_leaves_no_truncated_table(fast, tmp_path):
    """Publish an old build, then kill new builds at random moments: each table is the old one or
    the new one, byte for byte, never a part."""
    old_in, new_in = tmp_path / "old_in", tmp_path / "new_in"
    good = sorted(e.path for e in fast["entries"] if e.good)
    old_in.mkdir()
    shutil.copy(good[0], old_in / good[0].name)
    new_in.mkdir()
    for p in good:
        shutil.copy(p, new_in / p.name)
    shutil.copy(fast["root"] / "size" / "many_lines.txt", new_in / "many_lines.txt")
    new_ref = tmp_path / "new_ref"
    t = time.perf_counter()
    subprocess.run(_build_script(new_in, new_ref), env=_env(), check=True, timeout=600)
    whole = time.perf_counter() - t
    out = tmp_path / "out"
    subprocess.run(_build_script(old_in, out), env=_env(), check=True, timeout=600)
    old, new = _digests(out), _digests(new_ref)
    assert set(old) == set(new) and all(old[k] != new[k] for k in old if k.startswith("facts"))
    rng = random.Random(7)
    for _ in range(3):
        proc = subprocess.Popen(_build_script(new_in, out), env=_env())
        time.sleep(rng.uniform(0.3, 1.0) * whole)  # anywhere from start-up to publication
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = _digests(out)
        for name, digest in now.items():
            if name.startswith("."):
                continue  # a temporary file being written: never a published name
            assert digest in (old.get(name), new.get(name)), f"{name} is neither the old nor the new table"
        for name in old:
            assert name in now
    # the next complete run publishes the new tables (a killed run leaves only dot-named temporaries)
    subprocess.run(_build_script(new_in, out), env=_env(), check=True, timeout=600)
    assert {k: v for k, v in _digests(out).items() if not k.startswith(".")} == new


CPU_BUDGET = 30.0
"""CPU seconds one file's pass may take (issue 10: no single file over 30 s)."""
WALL_TIMEOUT = 240.0
"""Wall seconds after which a file's process is killed: generous, as a loaded machine stretches wall
time several-fold; a file over it is a failure whatever its CPU time."""


@pytest.mark.slow
def test_full_hostile_corpus(tmp_path):
    """>= 500 files: every file alone in a process limited to 2 GiB finishes within 30 CPU seconds
    without a crash; the batch accounts for every file; good facts unchanged; rerun byte-identical.

    The budget is the file's CPU time (user + system of its process), which does not grow with the
    load of a shared machine the way wall time does; wall time is bounded only by killing a file's
    process after WALL_TIMEOUT seconds."""
    root = tmp_path / "corpus"
    entries = hc.generate(root, full=True)
    files = batch.expand([root])
    assert len(entries) >= 500 and len(files) >= 500
    hc.warm_up()
    measures = [hc.measure(p, timeout=WALL_TIMEOUT) for p in files]
    bad = [(m.path, m.status, m.reason, round(m.cpu_seconds, 1), round(m.seconds, 1), round(m.max_rss_mb))
           for m in measures if m.status not in ("processed", "skipped") or m.cpu_seconds > CPU_BUDGET
           or m.max_rss_mb > 2048 or m.reason.startswith(batch.INTERNAL_ERROR)]
    assert not bad, bad
    out, again, alone = tmp_path / "out", tmp_path / "again", tmp_path / "alone"
    summary = pipeline.build(files, out, jobs=2)
    _check_build(root, files, entries, summary, out)
    pipeline.build(files, again, jobs=2)
    assert _digests(again) == _digests(out)
    good = [e.path for e in entries if e.good]
    pipeline.build(good, alone, jobs=2)
    names = {p.name for p in good}
    pd.testing.assert_frame_equal(_good_facts(out, names), _good_facts(alone, names))
    _no_canary(tmp_path, Path.cwd())
