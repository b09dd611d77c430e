"""One long report of *different* sentences: the sentences of the written sets
(``tests/data/unseen*/*.txt`` of the sets in ``SETS``) in their paragraphs, over and over, each copy with its digits and its
county / prefecture names changed deterministically, so that no memo keyed by text helps (a file of
one repeated sentence, ``size/many_lines.txt`` of ``hostile_corpus``, is the other kind).

``varied_report(n)`` returns the text of a report of ``n`` sentences (a title, a date line, then
paragraphs as the written sets have them). Used by ``tests/hostile_corpus.py`` (full corpus only) and
``benchmarks/varied_report.py``.
"""
from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SETS = ("unseen", "unseen_aid", "unseen_h", "unseen_q", "unseen_r", "unseen_regions", "unseen_regions2",
        "unseen_rel", "unseen_s", "unseen_v", "unseen_w", "unseen_x", "unseen_y", "unseen_z")
"""The written sets the report is drawn from, named once: a set added later does not change the report
(the long-article tests' floors and the benchmark figures stay comparable across sessions)."""
SENTENCE_END = re.compile(r"(?<=[。！？；])")
NUMBER = re.compile(r"\d+")
YEAR = re.compile(r"(?:19|20)\d\d(?=年)")
DATELINE = re.compile(r"^.{0,20}(?:记者|通讯员|讯|电[（(])")
"""A paragraph opening like a news dateline (本报讯, 新华社…电(记者…)) starts a new article."""


@lru_cache(maxsize=None)
def paragraphs(one_article: bool = False) -> tuple[tuple[str, ...], ...]:
    """The body paragraphs of the written sets (lines with a full stop), each as its sentences;
    ``one_article``: without those that open like a dateline."""
    out = []
    for p in sorted(f for name in SETS for f in (DATA / name).glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if "。" not in line or len(line) < 12 or (one_article and DATELINE.match(line)):
                continue
            sents = tuple(s for s in SENTENCE_END.split(line) if s.strip())
            if sents:
                out.append(sents)
    return tuple(out)


@lru_cache(maxsize=None)
def _names() -> tuple[re.Pattern, dict[str, str], dict[str, list[str]]]:
    """A pattern of the official county and prefecture names (3 characters or more), the level of
    each, and the names of each level."""
    from fupin.gazetteer import table_units

    level_of = {p.name: p.level for p in table_units()
                if p.level in ("county", "prefecture") and len(p.name) >= 3}
    by_level: dict[str, list[str]] = {}
    for name, level in sorted(level_of.items()):
        by_level.setdefault(level, []).append(name)
    pattern = re.compile("|".join(map(re.escape, sorted(level_of, key=lambda s: (-len(s), s)))))
    return pattern, level_of, by_level


def perturb(sentence: str, rng: random.Random) -> str:
    """``sentence`` with each number's digits drawn anew (same length, no new leading zero; a year
    stays a year of 2000-2029, a month or day one) and each county / prefecture name replaced by another of its level."""
    pattern, level_of, by_level = _names()

    def year(m: re.Match) -> str:
        return f"20{rng.randrange(30):02d}"

    def number(m: re.Match) -> str:
        s, after = m.group(), m.string[m.end(): m.end() + 1]
        if after in ("月", "日", "号") and len(s) <= 2:  # a month or a day stays one
            return str(rng.randrange(1, 13 if after == "月" else 29))
        if len(s) == 4 and s[:2] == "20" and s.isdigit() and 2000 <= int(s) <= 2029:
            return s
        first = s[0] if s[0] == "0" else str(rng.randrange(1, 10))
        return first + "".join(str(rng.randrange(10)) for _ in s[1:])

    sentence = YEAR.sub(year, sentence)
    sentence = NUMBER.sub(number, sentence)
    return pattern.sub(lambda m: rng.choice(by_level[level_of[m.group()]]), sentence)


def varied_report(n: int, seed: int = 20261201, one_article: bool = False) -> str:
    """A report of ``n`` sentences (see the module's docstring); the same arguments give the same
    text. The datelines of the written sets' news items split it into articles (one per copy of such
    an item) unless ``one_article``: then it is one article of ``n`` sentences."""
    rng = random.Random(seed)
    paras = paragraphs(one_article)
    lines = ["全市巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作情况报告", "2023年12月1日"]
    done, i = 0, 0
    while done < n:
        sents = paras[i % len(paras)][: n - done]
        lines.append("".join(perturb(s, rng) for s in sents))
        done += len(sents)
        i += 1
    return "\n".join(lines) + "\n"


# A paragraph in the style of a county's fund report: a dated lead, a bracketed breakdown (figures
# inside brackets see their own group unmasked), a place, a share, a change.
ONE_LINE_BODY = ("2023年，广河县投入衔接资金1.2亿元（其中中央资金8000万元，省级资金2500万元），实施产业项目35个；"
                 "全县脱贫人口人均纯收入达到12560元，同比增长8.5%。")
ONE_LINE_FACTS = 6  # figures of ONE_LINE_BODY


def one_line_report(repeats: int) -> str:
    """A report printed as one very long line (scraped pages sometimes lose every line break): a
    title line, then ``ONE_LINE_BODY`` ``repeats`` times with no break (issue 11)."""
    return "广河县2023年衔接资金使用情况\n" + ONE_LINE_BODY * repeats + "\n"
