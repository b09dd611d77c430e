"""Facts in their sentences and scopes: the layer rates and checks share, computed once per facts table.

Places each fact in its sentence (``annotate``: offset, neighbouring text, clause label, the interval of
values its printed figure stands for) and gives the helpers that decide whether two facts can be paired:
rounding intervals (``interval``, ``overlaps``), periods and regions. The text-structure cues live in
``data/checks.yaml`` (``cues``).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np
import pandas as pd
import yaml

from .paths import data_file

COUNT_UNITS = {"project", "person", "person_time", "household", "village", "enterprise", "document",
               "item", "head"}
CLAUSE_PUNCT = ",，;；:：、。!！?？"
TERMINAL = "。！？!?；;"
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# thousands separators as printed: a comma, or a space on mirror sites (10 851.8万元)
_THOUSANDS = re.compile(r"(?<=\d)[,\u0020\u00a0\u2009\u202f](?=\d{3}(?!\d))")
# a decimal point printed as a full stop on mirror sites (146。73亿元): inside one figure's span it is the point
_DAMAGED_POINT = re.compile(r"(?<=\d)[。．](?=\d)")
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


# ---------------------------------------------------------------- configuration

@lru_cache(maxsize=None)
def cues() -> dict:
    """Structure cues of ``data/checks.yaml``."""
    with open(data_file("checks.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def against_prior_year(named_only: bool = False) -> re.Pattern[str]:
    """A change's base in the year before (比上年, 较去年同期, 与上年; 同比 unless ``named_only``):
    ``against_prior_year`` of ``data/periods.yaml``, the one pattern the rate, breakdown and period code read."""
    with open(data_file("periods.yaml"), encoding="utf-8") as fh:
        forms = yaml.safe_load(fh)["against_prior_year"]
    return re.compile(forms["named"] if named_only else f"{forms['named']}|{forms['unnamed']}")


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    lost = "".join(cues()["lost_characters"])
    alts = [re.escape(word[:k]) + f"[{re.escape(lost)}]" + re.escape(word[k + 1:]) for k in range(len(word))]
    return re.compile("|".join(alts))


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` is printed in ``text``, or would be but for one character the repair marks as
    lost (入住 in 搬迁入〓12万户; ``lost_characters`` of ``data/checks.yaml``). A one-character word
    needs its character."""
    if word in text:
        return True
    if len(word) < 2 or not any(c in text for c in cues()["lost_characters"]):
        return False
    return _word_pattern(word).search(text) is not None


def is_generic(indicator: object) -> bool:
    """True when an indicator label says nothing specific (so units and words must decide)."""
    return re.fullmatch(cues()["generic_indicator_regex"], str(indicator or "")) is not None


# ---------------------------------------------------------------- quantities

@lru_cache(maxsize=None)
def _cc():
    import opencc
    return opencc.OpenCC("tw2s")


@lru_cache(maxsize=4096)
def clean_raw(raw: str) -> str:
    """The raw span as it reads in the clean text (pinyin glosses dropped, Simplified script)."""
    return _cc().convert(_GLOSS.sub("", str(raw)))


def _step(raw: str, value: float, unit: str = "") -> tuple[float, float]:
    """(resolution, significance step) of a stated number: 34.93 -> 0.01; 3800余万 -> step 100万;
    a plain integer count (137个) is exact."""
    # 1,320.6万元: thousands separators belong to the number (not 1 × 13206000)
    m = _NUMBER.search(_DAMAGED_POINT.sub(".", _THOUSANDS.sub("", clean_raw(raw))))
    if not m:
        if unit == "percent" and "成" in clean_raw(raw):
            # 六成五 is 65% to the percent, 六成 60% to the tenth: rounded to their last figure like 65% and 60%
            res = 1.0 if value % 10 else 10.0
            return res, res
        return 0.0, 1.0
    num = float(m.group())
    mult = value / num if num else 1.0
    text = m.group()
    if "." in text:
        res = 10 ** -len(text.split(".")[1]) * mult
        return res, res
    digits = text.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    step = 10 ** zeros * mult
    # whole things are counted exactly (137个, and 65个 车间 of an other: noun counted by a classifier); 86% or
    # 27269万元 are rounded to their last digit
    whole = unit in COUNT_UNITS or (str(unit).startswith("other:") and _ends_with_classifier(raw))
    return (0.0 if mult == 1 and whole else mult), step


@lru_cache(maxsize=1)
def _classifiers() -> frozenset[str]:
    """The measure words of units.csv whose unit comes from the noun they count (个, 家, 座, 所 …), as the
    quantity grammar read them (one reading of units.csv)."""
    from .quantities import grammar  # here, not at import: the grammar is compiled once, on first use
    return frozenset(w for w, u in grammar().units.items() if u.kind == "classifier")


def _ends_with_classifier(raw: str) -> bool:
    """Whether a printed figure ends with a classifier (68个, 12座): a count of whole things; or with a measure
    whose whole figures are set, not rounded (权重20分: ``exact_integer_measures``)."""
    text = clean_raw(raw).rstrip()
    return bool(text) and (text[-1] in _classifiers() or text.endswith(tuple(cues()["exact_integer_measures"])))


def interval(value: float, raw: str, qualifier: str, value_high: float = math.nan,
             unit: str = "") -> tuple[float, float] | None:
    """Interval of true values a stated figure allows: half a unit of its last decimal when exact,
    the bounds words (余/多 = up to the next step, 以上/超 = open, 近 = below, 约 = about) otherwise."""
    if value is None or pd.isna(value):
        return None
    value = float(value)
    res, step = _step(raw, value, unit)
    q = str(qualifier or "exact")
    text = clean_raw(raw)
    if q == "lower_bound":
        if any(w in text for w in ("余", "多")):
            return value, value + step
        return value, math.inf
    if q == "upper_bound":
        return value - step, value
    if q == "approx":
        return value - step / 2, value + step / 2
    if q == "range":
        high = value_high if value_high is not None and not pd.isna(value_high) else value
        return value, float(high)
    return value - res / 2, value + res / 2


def overlaps(a: tuple[float, float] | None, b: tuple[float, float] | None, eps: float = 1e-9) -> bool:
    if a is None or b is None:
        return False
    return a[0] <= b[1] * (1 + eps) + eps and b[0] <= a[1] * (1 + eps) + eps


def ratio_interval(n: tuple[float, float], d: tuple[float, float], scale: float) -> tuple[float, float] | None:
    if d[0] <= 0:
        return None
    return n[0] / d[1] * scale, n[1] / d[0] * scale


# ---------------------------------------------------------------- periods

def period_years(period: object) -> set[int] | None:
    """Calendar years a period covers; None when the period states no year (pub, unstated, annual,
    cumulative without dates, or an open end at publication)."""
    p = str(period or "")
    if not p or "pub" in p or "unstated" in p:
        return None
    years = [int(m.group()) for m in _YEAR.finditer(p)]
    if not years:
        return None
    return set(range(min(years), max(years) + 1))


def periods_compatible(a: object, b: object, strict: bool = False) -> bool:
    """Whether two periods can describe the same stock or flow: a `2022 (plan)` total pairs with
    `2022-01..2022-04` progress. Undated periods pair with anything unless ``strict``."""
    if str(a or "") == str(b or ""):
        return True
    ya, yb = period_years(a), period_years(b)
    if ya is None and yb is None:
        return True
    if ya is None or yb is None:
        # strict: an undated figure goes with a dated one only if it is a state at publication
        undated = str(a if ya is None else b)
        # an undated stock or running total (目前, 截至目前 共…) describes the state at publication
        return not strict or "pub" in undated or undated == "cumulative"
    return bool(ya & yb)


def single_year(period: object) -> int | None:
    """The year of a whole-year period (`2019`, `2020 (plan)`), else None."""
    m = re.fullmatch(r"((?:19|20)\d{2})(?: \(plan\))?", str(period or "").strip())
    return int(m.group(1)) if m else None


def regions_compatible(a: object, b: object) -> bool:
    a, b = str(a or ""), str(b or "")
    return not a or not b or a == b or a in b.split(";") or b in a.split(";")


COUNTRY_NAMES = frozenset({"中华人民共和国", "全国"})


def region_encloses(outer: object, inner: object) -> bool:
    """True when every place of ``inner`` lies inside ``outer`` (a county in its province, a province
    in the country): the whole of a share may be the enclosing unit's (占全国资金总量的6.65%)."""
    from . import gazetteer

    o, parts = str(outer or ""), [p for p in str(inner or "").split(";") if p]
    if not o or not parts or ";" in o:
        return False
    gz = gazetteer.load()

    def inside(name: str) -> bool:
        if o in COUNTRY_NAMES:
            return name not in COUNTRY_NAMES
        cands = gz.by_name.get(name, ())
        if not cands:
            # a township or village the national table lacks is named after its county (天镇县谷前堡镇,
            # region._villages): it lies in that county and in what encloses the county
            host = next((name[:k] for k in range(len(name) - 1, 1, -1) if name[:k] in gz.by_name), None)
            return host is not None and (host == o or inside(host))
        return len(cands) == 1 and any(a.name == o for a in gz.ancestors(cands[0]))
    return all(inside(p) for p in parts)


# ---------------------------------------------------------------- layout of facts in sentences

def _sentence_offset(sentence: str, rows: pd.DataFrame) -> int:
    """Offset of the sentence in the article text: the shift most facts of the sentence agree on."""
    return _offset(sentence, list(rows["raw"]), list(rows["start"]))


def _offset(sentence: str, raws: list, starts: list) -> int:
    """``_sentence_offset`` on the raw texts and starts of the facts as lists."""
    votes: dict[int, int] = {}
    for raw, start in zip(raws, starts):
        q = clean_raw(raw)
        hits = [m.start() for m in re.finditer(re.escape(q), sentence)] if q else []
        if not hits:
            m = _NUMBER.search(q)
            if m:
                hits = [h.start() for h in re.finditer(re.escape(m.group()), sentence)]
        for h in hits:
            votes[int(start) - h] = votes.get(int(start) - h, 0) + 1
    if not votes:
        return int(min(starts))
    return max(sorted(votes), key=lambda s: votes[s])


def _label(ctx_before: str) -> str:
    cut = max(ctx_before.rfind(p) for p in CLAUSE_PUNCT)
    return ctx_before[cut + 1:]


def _clause_after(ctx_after: str) -> str:
    cuts = [ctx_after.find(p) for p in CLAUSE_PUNCT if p in ctx_after]
    return ctx_after[:min(cuts)] if cuts else ctx_after


_LAST_ANNOTATED: list = []  # [(fingerprint, frame)]: the layer of the last facts table placed


def _fingerprint(facts: pd.DataFrame) -> tuple:
    cols = sorted(map(str, facts.columns))
    return (len(facts), tuple(cols), int(pd.util.hash_pandas_object(facts[cols].astype(str), index=False).sum()))


def annotate(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts in their sentences and scopes, computed once per facts table: ``compute_rates`` and
    ``find_checks`` of one run share it (see ``place``)."""
    key = _fingerprint(facts)
    if _LAST_ANNOTATED and _LAST_ANNOTATED[0][0] == key:
        return _LAST_ANNOTATED[0][1].copy()
    f = place(facts)
    _LAST_ANNOTATED[:] = [(key, f)]
    return f.copy()


def by_article(f: pd.DataFrame) -> list[tuple[str, list[dict]]]:
    """``[(article_id, g.to_dict("records")) for article_id, g in f.groupby("article_id", sort=True)]``
    from one conversion of the whole table (a conversion per article costs a column look-up each)."""
    groups: dict = {}
    for rec in f.to_dict("records"):
        key = rec["article_id"]
        if key is None or key != key:   # groupby leaves out a missing key
            continue
        groups.setdefault(key, []).append(rec)
    return [(k, groups[k]) for k in sorted(groups)]


def place(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts sorted by article and position, with their place in the text:
    ``pos`` (offset in the sentence), ``sent_start``, ``sent_idx`` (rank of the sentence among the
    article's sentences that hold facts), ``ctx_before``/``ctx_after`` (text to the neighbouring
    facts of the sentence), ``label`` (clause words before the number; inherited by a number that
    directly follows another, as 1534人 in 384户1534人), ``clause_after``, ``local`` (label + number +
    clause_after), ``qtext`` (clean number text), ``terminal`` (sentence ends a statement),
    ``lo``/``hi`` (interval of true values)."""
    f = facts.copy().reset_index(drop=True)
    for col in ("sentence", "raw", "unit", "indicator", "region", "period", "actor", "qualifier", "flags"):
        if col not in f:
            f[col] = ""
        f[col] = f[col].fillna("").astype(str)
    if "value_high" not in f:
        f["value_high"] = np.nan
    f["start"] = pd.to_numeric(f["start"], errors="coerce").fillna(0).astype(int)
    f["end"] = pd.to_numeric(f["end"], errors="coerce").fillna(0).astype(int)
    f["value"] = pd.to_numeric(f["value"], errors="coerce")
    f["qtext"] = [clean_raw(r) for r in f["raw"]]
    f["sentence"] = [s if s else q for s, q in zip(f["sentence"], f["qtext"])]
    sent_start: dict[int, int] = {}
    # the rows of each (article, sentence), as plain lists (a groupby of frames costs more than the work)
    starts, raws = f["start"].tolist(), f["raw"].tolist()
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(f["article_id"].tolist(), f["sentence"].tolist())):
        if key[0] is None or key[0] != key[0]:   # groupby leaves out a missing key
            continue
        groups.setdefault(key, []).append(i)
    for (_, sent), idx in groups.items():
        # a sentence printed twice (a summary repeated in the body) is placed once per occurrence
        st_ = [starts[i] for i in idx]
        if max(st_) - min(st_) <= len(sent):
            sent_start.update(dict.fromkeys(idx, _offset(sent, [raws[i] for i in idx], st_)))
            continue
        idx = sorted(idx, key=lambda i: starts[i])
        run, first = [], None
        for i in idx + [None]:
            if i is None or (first is not None and starts[i] - first > len(sent)):
                sent_start.update(dict.fromkeys(run, _offset(sent, [raws[j] for j in run], [starts[j] for j in run])))
                run, first = [], None
                if i is None:
                    break
            run.append(i)
            first = starts[i] if first is None else first
    f["sent_start"] = pd.Series(sent_start, dtype=int).reindex(f.index).fillna(0).astype(int)
    f["pos"] = (f["start"] - f["sent_start"]).clip(lower=0)
    f = f.sort_values(["article_id", "start", "end", "fact_id"], kind="stable").reset_index(drop=True)
    f["sent_idx"] = f.groupby("article_id")["sent_start"].rank(method="dense").astype(int) - 1
    ctx_b, ctx_a, labels, after = [], [], [], []
    order: list[int] = []
    pos_, ends_ = f["pos"].tolist(), (f["pos"] + (f["end"] - f["start"])).tolist()
    sents_ = f["sentence"].tolist()
    rows_of: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(f["article_id"].tolist(), f["sent_start"].tolist())):
        if key[0] is None or key[0] != key[0]:
            continue
        rows_of.setdefault(key, []).append(i)
    for g in rows_of.values():
        order.extend(g)
        prev_end, prev_label = 0, ""
        ends = [ends_[i] for i in g]
        poss = [pos_[i] for i in g]
        sent = sents_[g[0]]
        for k in range(len(g)):
            b = sent[min(prev_end, poss[k]):poss[k]]
            nxt = poss[k + 1] if k + 1 < len(g) else len(sent)
            a = sent[ends[k]:max(nxt, ends[k])]
            lab = _label(b)
            if not lab and not any(p in b for p in CLAUSE_PUNCT) and k > 0:
                lab = prev_label
            ctx_b.append(b)
            ctx_a.append(a)
            labels.append(lab)
            after.append(_clause_after(a))
            prev_end, prev_label = ends[k], lab
    # the groups are not always contiguous in text order: assign by row, not by position
    f["ctx_before"] = pd.Series(ctx_b, index=order)
    f["ctx_after"] = pd.Series(ctx_a, index=order)
    f["label"] = pd.Series(labels, index=order)
    f["clause_after"] = pd.Series(after, index=order)
    f["local"] = f["label"] + f["qtext"] + f["clause_after"]
    f["terminal"] = [s.rstrip().rstrip("”’\"')）」』")[-1:] in TERMINAL for s in f["sentence"]]
    iv = [interval(v, r, q, h, u) for v, r, q, h, u in
          zip(f["value"], f["raw"], f["qualifier"], f["value_high"], f["unit"])]
    f["lo"] = [x[0] if x else np.nan for x in iv]
    f["hi"] = [x[1] if x else np.nan for x in iv]
    return f


def iv(row) -> tuple[float, float] | None:
    """Interval of an annotated fact row."""
    return None if pd.isna(row["lo"]) else (float(row["lo"]), float(row["hi"]))


def evidence(rows) -> str:
    """The distinct sentences of some annotated rows, in text order, joined by ' … '."""
    seen: list[str] = []
    for r in sorted(rows, key=lambda r: (r["article_id"], r["start"])):
        if r["sentence"] not in seen:
            seen.append(r["sentence"])
    return " … ".join(seen)


def show(x: float, like: dict) -> str:
    """x written with the multiplier of a printed figure (5260000 like 526万人 -> 526万)."""
    q = clean_raw(str(like["qtext"] or ""))
    for word, m in (("亿", 1e8), ("万", 1e4)):
        if word in q:
            return f"{x / m:,.6g}{word}"
    return f"{x:,.6g}"


def fmt(row) -> str:
    """A fact as written in the clean text (e.g. 4657.09万元)."""
    return row["qtext"].replace("\n", "")
