"""Synthetic evaluation of the GBK damage repair, and calibration of the acceptance margin τ.

Clean text (seeds 001, 003, 004 in Traditional form plus the paragraphs below) is damaged with the
forward model under random annotation tables (fixed seeds); the repair is run on the damaged text
and compared with the clean text character by character.

    .venv/bin/python benchmarks/repair_synthetic.py [--tables 6] [--size 54]
"""
from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import opencc

from fupin import gbk_damage, repair
from fupin.paths import RAW_DIR

# Realistic report paragraphs written for this benchmark (Simplified; converted with s2tw).
OWN_PARAGRAPHS = """\
今年以来，日喀则市累计投入产业扶贫资金2.36亿元，实施产业项目48个，带动建档立卡贫困户3120户、12460人增收；全市农村居民人均可支配收入达到11862元，同比增长13.2%。
“我们村的合作社去年分红36万元！”村党支部书记扎西说，“今年还要扩大青稞种植面积。”据了解，该合作社吸纳贫困群众就业86人，人均年增收4200元。
山南市坚持把易地扶贫搬迁作为脱贫攻坚的“头号工程”，累计建成安置点97个，搬迁群众2.1万人；同时配套建设学校、卫生室和文化广场，确保搬得出、稳得住、能致富。
对口支援省市安排援藏资金15.6亿元，选派干部人才526名。其中，教育人才人才“组团式”援藏覆盖全部7个地市，医疗人才帮助当地医院新开展诊疗项目300余项！
　　近年来，林芝市大力发展乡村旅游，接待游客人次年均增长20%以上；鲁朗镇扎西岗村家家户户开办家庭旅馆，户均年收入超过10万元。
在就业扶贫方面，全区共组织农牧民转移就业58.6万人次，实现劳务收入49.3亿元；开发生态岗位66.5万个，每个岗位每年补助3500元。
"""

DIGITS = set("0123456789０１２３４５６７８９")


def clean_corpus() -> list[str]:
    """Clean Traditional documents for the benchmark."""
    s2tw = opencc.OpenCC("s2tw")
    docs = []
    for path in sorted(RAW_DIR.glob("00[134]_*.txt")):
        text = path.read_text(encoding="utf-8")
        docs.append(text if path.name.startswith("001") else s2tw.convert(text))
    docs.append(s2tw.convert(OWN_PARAGRAPHS))
    return docs


def random_table(text: str, size: int, seed: int) -> dict[str, str]:
    """A page-like annotation table: ``size`` distinct Han characters of ``text`` with a reading."""
    han = sorted({c for c in text if re.match(r"[\u4e00-\u9fff]", c) and repair.readings(c)})
    rng = random.Random(seed)
    chosen = rng.sample(han, min(size, len(han)))
    return {c: sorted(repair.readings(c))[0] for c in sorted(chosen)}


@dataclass
class Tally:
    runs_created: int = 0
    runs_exact: int = 0
    edits: int = 0
    flagged: int = 0
    wrong: int = 0
    filled: int = 0
    digits_invented: int = 0
    missed: int = 0
    margins: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)

    @property
    def precision(self) -> float:
        return 1.0 - self.wrong / self.filled if self.filled else 1.0


def evaluate(clean: str, table: dict[str, str]) -> Tally:
    """Damage ``clean`` with ``table``, repair it and count what came back right."""
    damaged = gbk_damage.damage(clean, table)
    reference = gbk_damage.normalise(clean)
    repair.TRACE = []
    try:
        out, edits = repair.repair(damaged)
        trace = dict(repair.TRACE)
    finally:
        repair.TRACE = None
    t = Tally()
    t.runs_created = len(repair._ANCHOR.findall(damaged)) - len(repair._ANCHOR.findall(reference))
    # Character positions of the reference that the repaired text reproduces.
    good = [False] * len(out)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, reference, out, autojunk=False).get_opcodes():
        if tag == "equal":
            for j in range(j1, j2):
                good[j] = True
    pos = 0
    shift = 0
    covered = [False] * len(out)
    for e in edits:
        o = e.start + shift
        shift += len(e.after) - (e.end - e.start)
        if e.method == "pinyin_gloss":
            continue
        t.edits += 1
        span = range(o, o + len(e.after))
        for j in span:
            covered[j] = True
        if all(good[j] for j in span):
            t.runs_exact += 1
        for j in span:
            ch = out[j]
            if ch == repair.REPLACEMENT:
                t.flagged += 1
                continue
            t.filled += 1
            if not good[j]:
                t.wrong += 1
                if ch in DIGITS or ch in repair._numerals():
                    t.digits_invented += 1
        for k, (kind, margin, *_) in enumerate(trace.get(e.start, [])):
            if kind == "slot" and o + k < len(out):
                t.margins.append((margin, good[o + k]))
    t.missed = sum(1 for j, ok in enumerate(good) if not ok and not covered[j])
    del pos
    return t


def calibrate(margins: list[tuple[float, bool]], target: float = 0.995) -> float:
    """Smallest τ at which characters chosen from a candidate set are right ≥ ``target`` of the time."""
    for tau in sorted({round(m, 2) for m, _ in margins} | {0.0}):
        kept = [ok for m, ok in margins if m >= tau]
        if not kept or sum(kept) / len(kept) >= target:
            return tau
    return float("inf")


def run(tables: int, size: int, tau: float | None = None) -> Tally:
    total = Tally()
    if tau is not None:
        repair._config()["accept_margin"] = tau
    for d, doc in enumerate(clean_corpus()):
        for seed in range(tables):
            total.add(evaluate(doc, random_table(doc, size, 1000 * d + seed)))
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tables", type=int, default=6)
    ap.add_argument("--size", type=int, default=54)
    args = ap.parse_args()
    configured = repair.accept_margin()
    raw = run(args.tables, args.size, tau=0.0)
    tau = calibrate(raw.margins)
    print(f"calibration (τ=0): {len(raw.margins)} context-chosen characters, "
          f"{sum(not ok for _, ok in raw.margins)} wrong; τ for 99.5% precision = {tau:.2f} "
          f"(configured {configured:.2f})")
    t = run(args.tables, args.size, tau=configured)
    print(f"runs created           {t.runs_created}")
    print(f"run edits              {t.edits}")
    print(f"runs repaired exactly  {t.runs_exact} ({t.runs_exact / max(t.runs_created, 1):.1%} of runs)")
    print(f"characters filled      {t.filled}")
    print(f"characters flagged     {t.flagged}")
    print(f"wrong chars accepted   {t.wrong} (precision {t.precision:.4f})")
    print(f"digits invented        {t.digits_invented}")
    print(f"damaged chars missed   {t.missed}")


if __name__ == "__main__":
    main()
