"""Figures in equal stretches of text share the work of attribution (``attribution.SAME_TEXT_MEMO``:
classify, the period, the paragraph's dated cues and, away from any place name, the region are
looked up by the text they read and positions relative to it). The memo must never change a
result: here real reports are rewritten so that each sentence, and each paragraph, comes twice
(the copy reads the same words in another context: after a dated cue, a place, a heading of the
first copy), and every fact is compared with the facts found with the memo switched off.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from fupin import attribution
from fupin.cleaning import clean_file
from fupin.extraction import facts_for_doc

DATA = Path(__file__).parent / "data"
REPORTS = [
    DATA / "corpus" / "01_tibet_2023_rural_revitalization_projects_decimal_damage.txt",
    DATA / "unseen" / "b_guizhou_audit_linkage_fund_2023.txt",
    DATA / "unseen" / "c_huining_statistical_bulletin_2023.txt",
    DATA / "unseen" / "d_shandong_aid_kashgar_2023.txt",
    DATA / "unseen_rel" / sorted(p.name for p in (DATA / "unseen_rel").glob("*.txt"))[0],
    DATA / "unseen_h" / sorted(p.name for p in (DATA / "unseen_h").glob("*.txt"))[0],
]


DATED = "2019年开展了这项工作。"
"""Opens the second copy of each paragraph: its sentences read the same words under another year."""


def _twice(text: str) -> str:
    """Every sentence written twice in its paragraph, then every paragraph twice (the copy after
    a dated sentence)."""
    lines = [re.sub(r"([^。！？]*[。！？])", r"\1\1", line) for line in text.split("\n")]
    return "\n".join(line + "\n" + DATED + line if line.strip() else line for line in lines)


def _facts(path: Path, memo: bool, monkeypatch) -> list[dict]:
    monkeypatch.setattr(attribution, "SAME_TEXT_MEMO", memo)
    return facts_for_doc(clean_file(path), include_boilerplate=True)


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem[:24])
def test_memo_changes_no_fact(report, tmp_path, monkeypatch):
    path = tmp_path / report.name
    path.write_text(_twice(report.read_text(encoding="utf-8")), encoding="utf-8")
    with_memo = _facts(path, True, monkeypatch)
    without = _facts(path, False, monkeypatch)
    assert len(with_memo) == len(without) > 0
    for a, b in zip(with_memo, without):
        assert a == b, (a["raw"], a["sentence"][:80])


def test_repeated_sentences_attributed_once():
    """A sentence repeated many times costs its rules once (the memo holds one classify entry)."""
    sentence = "2023年，全县共安排衔接资金项目125个，计划投资3.6亿元，截至12月底完工率达92.8%。\n"
    from fupin.quantities import find_quantities
    text = sentence * 50
    qs = find_quantities(text)
    calls = []
    real = attribution.classify

    def counting(*args, **kw):
        calls.append(1)
        return real(*args, **kw)

    try:
        attribution.classify = counting
        out = attribution.attribute(text, qs)
    finally:
        attribution.classify = real
    assert len(out) == len(qs) == 150
    assert len({(a.indicator, a.period) for a in out}) == 3
    assert len(calls) <= 3 * 2   # once per figure of the first line (and its paragraph variant)
