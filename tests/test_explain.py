"""``python -m fupin explain``: one fact, its sentence marked and the reason for each attribution."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fupin.cli import main
from fupin.extraction import extract_file

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "linzhi_guangdong_written.txt"


def test_explain_by_index_marks_the_number_and_prints_the_reasons(capsys):
    facts = extract_file(ARTICLE)
    n = int(facts.index[facts["raw"] == "5.6亿元"][0])
    assert main(["explain", str(ARTICLE), "--fact", str(n)]) == 0
    out = capsys.readouterr().out
    assert "【5.6亿元】" in out
    assert "indicator  aid_funds" in out and "rule aid_funds on" in out
    assert "period" in out and out.count("because") >= 2
    for col in ("value", "region", "actor", "flags", "uncertain", "source"):
        assert f"\n{col}" in out


def test_explain_by_fact_id_finds_the_file_in_raw_dir(capsys):
    fid = extract_file(ARTICLE)["fact_id"].iloc[1]
    assert main(["explain", fid, "--raw-dir", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert fid in out and "【" in out


def test_explain_prints_any_reason_column_the_table_has():
    import pandas as pd

    from fupin.explain import render

    row = extract_file(ARTICLE).iloc[0].copy()
    row = pd.concat([row, pd.Series({"region_reason": "nearest place before, in the clause"})])
    text = render(row, 0)
    assert "nearest place before, in the clause" in text


def test_bad_input_is_one_line_on_stderr_and_a_nonzero_exit(capsys):
    assert main(["explain", str(DATA / "missing.txt"), "--fact", "0"]) == 2
    assert main(["explain", str(ARTICLE), "--fact", "9999"]) == 2
    assert main(["explain", str(ARTICLE), "--fact", "nosuch#1:3"]) == 2
    assert main(["explain", str(ARTICLE)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and all(line.startswith("fupin explain: ") for line in err)


def test_explain_from_the_command_line():
    out = subprocess.run([sys.executable, "-m", "fupin", "explain", str(ARTICLE), "--fact", "0"],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "【" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "fupin", "explain", "nothing-here"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_the_mark_sits_at_the_facts_own_offsets_when_a_figure_repeats():
    import pandas as pd

    from fupin.explain import marked_sentence

    text = "标题\n安排资金500万元,其中村级500万元。"
    start = text.rindex("500万元")
    row = pd.Series({"sentence": "安排资金500万元,其中村级500万元。", "raw": "500万元",
                     "start": start, "end": start + len("500万元")})
    assert marked_sentence(row, text) == "安排资金500万元,其中村级【500万元】。"
    assert marked_sentence(row) == "安排资金【500万元】,其中村级500万元。"
