"""Extraction against the hand-checked gold table, with the project's scorer (copies in tests/data)."""
import importlib.util

import pytest

from fupin import paths
from fupin.extraction import extract_file

SCORER = paths.SCORERS_DIR / "score_extraction.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_f1_and_indicator_agreement_on_the_seeds():
    sc = _scorer()
    gold = sc.load_gold_table(paths.GOLD_FACTS)
    tp = fp = fn = agree = 0
    for name, rows in sorted(gold.items()):
        body = [g for g in rows if g["in_body"] == "yes" and sc._float(g["value"]) is not None]
        found = extract_file(paths.RAW_DIR / name).astype(str).to_dict("records")
        for r in found:
            r["value"] = "" if r["value"] == "nan" else r["value"]
        pairs, missed, extra, _ = sc.match(body, found)
        tp, fp, fn = tp + len(pairs), fp + len(extra), fn + len(missed)
        agree += sum(g["indicator"] == f["indicator"] for g, f in pairs)
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * r / (p + r) >= 0.99
    assert agree / tp >= 0.80


def test_every_gold_qualifier_is_kept():
    gold = _scorer().load_gold_table(paths.GOLD_FACTS)
    for name, rows in sorted(gold.items()):
        facts = extract_file(paths.RAW_DIR / name)
        for g in rows:
            if g["in_body"] == "yes" and g["qualifier"] != "exact" and g["value"]:
                same = facts[(facts.value == float(g["value"])) & (facts.qualifier == g["qualifier"])]
                assert len(same), (name, g["raw"], g["qualifier"])


def test_extract_works_on_each_raw_file():
    for p in sorted(paths.RAW_DIR.glob("*.txt")):
        facts = extract_file(p)
        assert len(facts) and facts["article_id"].str.startswith(p.stem).all(), p.name


# the command line on the seeds (a subprocess each: the shipped corpus is covered in process above)
@pytest.mark.parametrize("seed", sorted(p.name for p in paths.RAW_DIR.glob("[0-9][0-9][0-9]_*.txt")))
def test_cli_extract_works_on_each_raw_file(seed):
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "fupin", "extract", str(paths.RAW_DIR / seed),
                          "--format", "jsonl"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(r["article_id"].startswith(seed[:-4]) for r in rows)
