"""Compare one indicator or one rate across regions and periods.

Works on any facts / rates / checks tables (the outputs of notebooks 02 and 03, or any subset of
them): choose a measure and get one tidy row per region and period, with its provenance (fact ids,
article, sentence), the reported and the recomputed value side by side where both exist, and units
normalised so that one comparison never mixes scales or kinds of count:

* money is shown in one scale per table (元, 万元 or 亿元, chosen from the values);
* persons are never mixed with person-times, percent never with percentage points: a table keeps one
  unit (the most frequent one) and says in ``table.attrs["other_units"]`` what it left out;
* rate rows whose pairing is ``ambiguous`` or ``impossible`` (or whose value cannot be a share) are
  kept and marked (``plottable`` is False), never used as values.

In JupyterLab::

    from fupin import compare
    from fupin.storage import read_table
    facts, rates = read_table("data/processed", "facts"), read_table("data/processed", "rates")
    compare.top_measures(facts, rates).head()          # what can be compared across most regions
    compare.comparison(facts, indicator="贫困发生率")     # code or Chinese phrase
    compare.comparison(facts, rates, rate="funds_per_project", regions="日喀则市;上海市")
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .paths import data_file

# statuses of the rates table that must never be drawn as values
NOT_VALUES = ("ambiguous", "impossible")
_YEAR = re.compile(r"(?:19|20)\d{2}")
MONEY_SCALES = (("元", "yuan", 1.0), ("万元", "10,000 yuan", 1e4), ("亿元", "100 million yuan", 1e8))
UNIT_WORDS = {
    "percent": ("%", "%"), "percentage_point": ("个百分点", "percentage points"), "person": ("人", "persons"),
    "person_time": ("人次", "person-times"), "household": ("户", "households"), "project": ("个项目", "projects"),
    "village": ("个村", "villages"), "enterprise": ("家企业", "enterprises"), "mu": ("亩", "mu"),
    "ton": ("吨", "tons"), "head": ("头", "head"), "document": ("个文件", "documents"), "item": ("项", "items"),
}

COLUMNS = ["kind", "measure", "measure_en", "measure_zh", "region", "region_code", "region_level", "period",
           "year_from", "year_to", "plan", "reported", "recomputed", "unit", "unit_label_en", "unit_label_zh",
           "scale", "status", "plottable", "note", "qualifier", "uncertain", "n_facts", "fact_ids", "article_id",
           "source_file", "sentence"]
FACTS_COLUMNS = ("fact_id", "article_id", "raw", "value", "value_high", "unit", "qualifier", "indicator",
                 "indicator_en", "indicator_zh", "region", "region_level", "region_code", "period", "actor",
                 "sentence", "start", "end", "flags", "source_file", "in_body", "uncertain")
"""The columns of ``facts`` that comparisons and their figures read (directly or through
``rates.annotate``): notebook 05 reads only these."""


# ---------------------------------------------------------------- vocabularies

@lru_cache(maxsize=1)
def _rate_defs() -> pd.DataFrame:
    from .rates import load_rates
    return load_rates().set_index("name")


@lru_cache(maxsize=1)
def _indicator_names() -> pd.DataFrame:
    from .attribution import load_indicators
    return load_indicators().drop_duplicates("code").set_index("code")


def is_generic(code: object) -> bool:
    """True for the catch-all codes (``amount_cny``, ``count_person`` …) that compare nothing."""
    from .rates import is_generic as _g
    return _g(code)


def period_years(period: object) -> tuple[float, float]:
    """First and last calendar year a period names (``2019..2020 (plan)`` → 2019, 2020); NaN if none.

    >>> period_years("cumulative-1994..2018")
    (1994.0, 2018.0)
    """
    years = [int(y) for y in _YEAR.findall(str(period or ""))]
    return (float(min(years)), float(max(years))) if years else (math.nan, math.nan)


def in_years(period: object, period_from="", period_to="") -> bool:
    """Whether a period overlaps the years ``period_from``..``period_to`` (empty = open); an undated
    period is kept only when no bound is set.

    >>> in_years("2019..2020 (plan)", "2020", ""), in_years("unstated", "2020", "")
    (True, False)
    """
    lo = float(period_from) if str(period_from or "").strip() else None
    hi = float(period_to) if str(period_to or "").strip() else None
    if lo is None and hi is None:
        return True
    y0, y1 = period_years(period)
    if math.isnan(y0):
        return False
    return (lo is None or y1 >= lo) and (hi is None or y0 <= hi)


def money_scale(values) -> tuple[str, str, float]:
    """(Chinese unit, English unit, divisor) for a set of yuan amounts: 亿元 when the median is at
    least 1亿, 万元 when it is at least 10 000 yuan, else 元.

    >>> money_scale([3.82e8, 1.2e9])[0]
    '亿元'
    """
    v = pd.Series(values, dtype=float).abs().dropna()
    med = float(v.median()) if len(v) else 0.0
    if med >= 1e8:
        return MONEY_SCALES[2]
    if med >= 1e4:
        return MONEY_SCALES[1]
    return MONEY_SCALES[0]


def _unit_labels(unit: str) -> tuple[str, str]:
    if unit in UNIT_WORDS:
        return UNIT_WORDS[unit]
    if unit.startswith("other:"):
        return unit[6:], unit[6:]
    return unit, unit


# ---------------------------------------------------------------- choosing a measure

def resolve_indicator(facts: pd.DataFrame, query: str) -> str:
    """The indicator code a query names: an exact code, else the code whose Chinese name
    (``indicator_zh``) or English name contains the query, preferring the one with most regions.

    >>> f = pd.DataFrame({"indicator": ["poverty_incidence"], "indicator_zh": ["贫困发生率"],
    ...                   "indicator_en": ["Poverty incidence"], "region": ["贵州省"]})
    >>> resolve_indicator(f, "贫困发生率")
    'poverty_incidence'
    """
    q = str(query or "").strip()
    codes = facts["indicator"].fillna("").astype(str)
    if q in set(codes):
        return q
    hits = pd.Series(False, index=facts.index)
    for col in ("indicator_zh", "indicator_en"):
        if col in facts:
            hits |= facts[col].fillna("").astype(str).str.contains(q, case=False, regex=False)
    if not hits.any():
        names = _indicator_names()
        known = names[names["name_zh"].str.contains(q, regex=False) | names["name_en"].str.contains(q, case=False, regex=False)]
        hits = codes.isin(known.index)
    if not hits.any():
        raise KeyError(f"no indicator matches {q!r}")
    n = facts[hits].groupby("indicator")["region"].nunique().sort_values(ascending=False, kind="stable")
    return str(n.index[0])


def _region_levels(facts: pd.DataFrame | None) -> dict[str, tuple[str, str]]:
    """Region name → (region_code, region_level) as the facts give them (first non-empty)."""
    out: dict[str, tuple[str, str]] = {}
    if facts is None or facts.empty or "region" not in facts:
        return out
    code = facts["region_code"] if "region_code" in facts else pd.Series("", index=facts.index)
    level = facts["region_level"] if "region_level" in facts else pd.Series("", index=facts.index)
    for r, c, lv in zip(facts["region"].fillna("").astype(str), code.fillna("").astype(str), level.fillna("").astype(str)):
        if r and (r not in out or (not out[r][0] and c)):
            out[r] = (c, lv)
    return out


def top_measures(facts: pd.DataFrame, rates: pd.DataFrame | None = None, in_body: bool = True,
                 include_generic: bool = False) -> pd.DataFrame:
    """Indicators and rates ranked by how many distinct regions state them (then periods, rows).

    Columns: kind (indicator | rate), measure, measure_en, measure_zh, n_regions, n_periods,
    n_rows, n_articles. Catch-all codes are left out unless ``include_generic``; rate rows that are
    ambiguous or impossible do not count.

    >>> f = pd.DataFrame({"indicator": ["aid_funds", "aid_funds"], "region": ["拉萨市", "日喀则市"],
    ...                   "period": ["2019", "2019"], "article_id": ["a#1", "b#1"], "value": [1.0, 2.0]})
    >>> top_measures(f).loc[0, "measure"], int(top_measures(f).loc[0, "n_regions"])
    ('aid_funds', 2)
    """
    rows = []
    f = facts
    if in_body and "in_body" in f:
        f = f[f["in_body"].astype(bool)]
    f = f[f["value"].notna() & f["region"].fillna("").astype(str).ne("")]
    names = _indicator_names()
    for code, g in f.groupby("indicator"):
        if not include_generic and is_generic(code):
            continue
        en = names["name_en"].get(code, code) if code in names.index else code
        zh = names["name_zh"].get(code, code) if code in names.index else code
        rows.append({"kind": "indicator", "measure": code, "measure_en": en, "measure_zh": zh,
                     "n_regions": int(g["region"].nunique()), "n_periods": int(g["period"].nunique()),
                     "n_rows": len(g), "n_articles": g["article_id"].nunique()})
    if rates is not None and not rates.empty:
        defs = _rate_defs()
        ok = rates[~rates["status"].isin(NOT_VALUES) & rates["region"].fillna("").astype(str).ne("")]
        for name, g in ok.groupby("rate"):
            rows.append({"kind": "rate", "measure": name,
                         "measure_en": defs["description_en"].get(name, name) if name in defs.index else name,
                         "measure_zh": defs["description_zh"].get(name, name) if name in defs.index else name,
                         "n_regions": int(g["region"].nunique()), "n_periods": int(g["period"].nunique()),
                         "n_rows": len(g), "n_articles": g["article_id"].nunique()})
    cols = ["kind", "measure", "measure_en", "measure_zh", "n_regions", "n_periods", "n_rows", "n_articles"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["n_regions", "n_periods", "n_rows", "measure"], ascending=[False, False, False, True],
                           kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- filters

def _split(regions) -> list[str]:
    if regions is None or regions == "":
        return []
    if isinstance(regions, str):
        return [r.strip() for r in re.split(r"[;,，；、]", regions) if r.strip()]
    return [str(r) for r in regions]


def _filter(table: pd.DataFrame, regions, period_from, period_to) -> pd.DataFrame:
    t = table
    wanted = _split(regions)
    if wanted and not t.empty:
        t = t[[any(w in str(r) for w in wanted) for r in t["region"]]]
    lo = float(period_from) if str(period_from or "").strip() else None
    hi = float(period_to) if str(period_to or "").strip() else None
    if (lo is not None or hi is not None) and not t.empty:
        keep = t["year_from"].notna()
        if lo is not None:
            keep &= t["year_to"] >= lo
        if hi is not None:
            keep &= t["year_from"] <= hi
        t = t[keep]
    return t.reset_index(drop=True)


# ---------------------------------------------------------------- indicator rows

def _recomputed_totals(checks: pd.DataFrame | None) -> dict[str, tuple[float, str, str]]:
    """Fact id of a total → (sum of its parts, check status, check name), from sum checks."""
    out: dict[str, tuple[float, str, str]] = {}
    if checks is None or checks.empty:
        return out
    for _, c in checks.iterrows():
        if c.get("kind") == "sum" and str(c.get("total_fact_id") or "") and not pd.isna(c.get("sum")):
            out.setdefault(str(c["total_fact_id"]), (float(c["sum"]), str(c["status"]), str(c["check"])))
    return out


def indicator_rows(facts: pd.DataFrame, indicator: str, checks: pd.DataFrame | None = None, unit: str = "",
                   regions=None, period_from="", period_to="", in_body: bool = True) -> pd.DataFrame:
    """One row per region and period for one indicator (code or Chinese phrase).

    Facts of the same region and period are merged into one row: an exact statement in the body
    wins, the other fact ids stay in ``fact_ids``; when they state different values the row is
    marked ``conflicting`` and not plottable. ``reported`` is the stated value and ``recomputed`` the
    sum of its parts where a sum check found them. Values are in ``unit`` scaled by ``scale``;
    ``qualifier`` and ``uncertain`` (attribution doubts such as ``region_from_topic``) come from the
    fact shown.

    >>> f = pd.DataFrame({"fact_id": ["a#1:5", "b#1:9"], "article_id": ["a#1", "b#1"],
    ...     "indicator": ["aid_funds"] * 2, "region": ["拉萨市", "日喀则市"], "period": ["2019", "2019"],
    ...     "value": [3.77e8, 1.2e9], "unit": ["CNY", "CNY"], "qualifier": ["exact"] * 2,
    ...     "sentence": ["…3.77亿元…", "…12亿元…"], "source_file": ["a.txt", "b.txt"]})
    >>> indicator_rows(f, "aid_funds")[["region", "reported", "unit"]].values.tolist()
    [['拉萨市', 3.77, '亿元'], ['日喀则市', 12.0, '亿元']]
    """
    code = resolve_indicator(facts, indicator)
    f = facts[facts["indicator"].astype(str) == code].copy()
    if in_body and "in_body" in f:
        f = f[f["in_body"].astype(bool)]
    f = f[f["value"].notna()]
    for col in ("region", "period", "unit", "qualifier", "sentence", "source_file", "article_id", "flags",
                "region_code", "region_level", "uncertain"):
        f[col] = f[col].fillna("").astype(str) if col in f else ""
    f = f[f["region"] != ""]
    attrs = {"kind": "indicator", "measure": code, "other_units": {}}
    if f.empty:
        out = pd.DataFrame(columns=COLUMNS)
        out.attrs.update(attrs)
        return out
    counts = f["unit"].value_counts()
    chosen = unit or str(sorted(counts.index, key=lambda u: (-counts[u], u != "person", u))[0])
    attrs["other_units"] = {u: int(n) for u, n in counts.items() if u != chosen}
    f = f[f["unit"] == chosen]
    if chosen == "CNY":
        zh, en, scale = money_scale(f["value"])
    else:
        (zh, en), scale = _unit_labels(chosen), 1.0
    sums = _recomputed_totals(checks)
    names = _indicator_names()
    rows = []
    f["_rank"] = [(0 if q == "exact" else 1, 1 if u else 0) for q, u in zip(f["qualifier"], f["uncertain"])]
    for (region, period), g in f.groupby(["region", "period"], sort=True):
        g = g.sort_values(["_rank", "article_id", "start"] if "start" in g else ["_rank", "article_id"], kind="stable")
        best = g.iloc[0]
        distinct = sorted({round(float(v), 6) for v in g["value"]})
        status, note, plottable = "reported", "", True
        if len(distinct) > 1:
            status, plottable = "conflicting", False
            note = "different values for the same region and period: " + ", ".join(f"{v / scale:,.4g}" for v in distinct)
        rec = sums.get(str(best["fact_id"]))
        recomputed = rec[0] / scale if rec else np.nan
        if rec and status == "reported":
            status = "match" if rec[1] == "match" else ("mismatch" if rec[1] == "mismatch" else status)
            note = f"sum of parts ({rec[2]})"
        y0, y1 = period_years(period)
        rows.append({
            "kind": "indicator", "measure": code,
            "measure_en": names["name_en"].get(code, code) if code in names.index else code,
            "measure_zh": names["name_zh"].get(code, code) if code in names.index else code,
            "region": region, "region_code": best["region_code"], "region_level": best["region_level"],
            "period": period, "year_from": y0, "year_to": y1, "plan": "plan" in period or code.endswith("_planned"),
            "reported": float(best["value"]) / scale, "recomputed": recomputed, "unit": zh,
            "unit_label_en": en, "unit_label_zh": zh, "scale": scale, "status": status, "plottable": plottable,
            "note": note, "qualifier": best["qualifier"], "uncertain": best["uncertain"], "n_facts": len(g),
            "fact_ids": ";".join(g["fact_id"].astype(str)), "article_id": best["article_id"],
            "source_file": best["source_file"], "sentence": best["sentence"]})
    out = pd.DataFrame(rows, columns=COLUMNS)
    out = _filter(out, regions, period_from, period_to)
    out.attrs.update(attrs)
    return out


# ---------------------------------------------------------------- rate rows

def rate_rows(rates: pd.DataFrame, rate: str, facts: pd.DataFrame | None = None, regions=None,
              period_from="", period_to="") -> pd.DataFrame:
    """One row per region and period for one rate of the rates table (name or Chinese description).

    ``reported`` is the figure the article states, ``recomputed`` the rate fupin computed from its
    parts. Rows with status ``ambiguous`` or ``impossible``, and share rates outside 0–100 %, are
    kept with ``plottable`` False. Several rows for one region and period keep the one with both
    values (then the first), the others' ids in ``fact_ids``. Money per unit is scaled (元/万元/亿元).

    >>> r = pd.DataFrame({"rate": ["project_start_rate"], "article_id": ["a#1"], "region": ["X县"],
    ...     "period": ["2022"], "computed": [84.0], "reported": [85.0], "status": ["mismatch"],
    ...     "numerator_fact_ids": ["a#1:3"], "denominator_fact_ids": ["a#1:1"], "reported_fact_id": ["a#1:9"],
    ...     "evidence": ["开工率85%"]})
    >>> rate_rows(r, "project_start_rate")[["reported", "recomputed", "status", "plottable"]].values.tolist()
    [[85.0, 84.0, 'mismatch', True]]
    """
    defs = _rate_defs()
    name = str(rate or "").strip()
    if name not in set(rates["rate"]):
        hits = defs[defs["description_zh"].str.contains(name, regex=False)
                    | defs["description_en"].str.contains(name, case=False, regex=False)].index
        hits = [h for h in hits if h in set(rates["rate"])]
        if not hits:
            raise KeyError(f"no rate matches {name!r}")
        name = hits[0]
    r = rates[rates["rate"] == name].copy()
    for col in ("region", "period", "status", "article_id", "evidence", "numerator_fact_ids", "denominator_fact_ids",
                "reported_fact_id"):
        r[col] = r[col].fillna("").astype(str) if col in r else ""
    r = r[r["region"] != ""]
    d = defs.loc[name] if name in defs.index else pd.Series({"unit": "", "share": "", "description_en": name,
                                                              "description_zh": name})
    unit = str(d.get("unit", ""))
    vals = pd.concat([r["computed"], r["reported"]]) if not r.empty else pd.Series(dtype=float)
    if unit.startswith("CNY"):
        zh, en, scale = money_scale(vals)
        rest = unit[3:].strip()
        if rest.startswith("per "):
            noun = rest[4:]
            zh_noun = {"project": "项目", "person": "人"}.get(noun, noun)
            zh, en = f"{zh}/{zh_noun}", f"{en} per {noun}"
    elif unit == "percent":
        zh, en, scale = "%", "%", 1.0
    else:
        (zh, en), scale = _unit_labels(unit), 1.0
    levels = _region_levels(facts)
    rows = []
    for (region, period), g in r.groupby(["region", "period"], sort=True):
        both = g["computed"].notna() & g["reported"].notna()
        g = pd.concat([g[both], g[~both]])
        best = g.iloc[0]
        rep, comp = best.get("reported", np.nan), best.get("computed", np.nan)
        status, note = str(best["status"]), ""
        plottable = status not in NOT_VALUES
        if status in NOT_VALUES:
            note = f"pairing {status}: not drawn as a value"
        if str(d.get("share", "")) == "yes":
            bad = [v for v in (rep, comp) if not pd.isna(v) and not (0 <= float(v) <= 100)]
            if bad:
                plottable, status = False, "impossible" if status not in NOT_VALUES else status
                note = f"a share cannot be {bad[0]:.1f}%"
        ids = [i for c in ("numerator_fact_ids", "denominator_fact_ids", "reported_fact_id")
               for x in g[c] for i in str(x).split(";") if i]
        code, level = levels.get(region, ("", ""))
        y0, y1 = period_years(period)
        rows.append({
            "kind": "rate", "measure": name, "measure_en": str(d.get("description_en", name)),
            "measure_zh": str(d.get("description_zh", name)), "region": region, "region_code": code,
            "region_level": level, "period": period, "year_from": y0, "year_to": y1, "plan": "plan" in period,
            "reported": float(rep) / scale if not pd.isna(rep) else np.nan,
            "recomputed": float(comp) / scale if not pd.isna(comp) else np.nan,
            "unit": zh, "unit_label_en": en, "unit_label_zh": zh, "scale": scale, "status": status,
            "plottable": plottable, "note": note, "qualifier": "", "uncertain": "", "n_facts": len(dict.fromkeys(ids)),
            "fact_ids": ";".join(dict.fromkeys(ids)), "article_id": best["article_id"],
            "source_file": str(best["article_id"]).split("#")[0] + ".txt", "sentence": best["evidence"]})
    out = pd.DataFrame(rows, columns=COLUMNS)
    out = _filter(out, regions, period_from, period_to)
    out.attrs.update({"kind": "rate", "measure": name, "other_units": {}})
    return out


# ---------------------------------------------------------------- one entry point

def comparison(facts: pd.DataFrame, rates: pd.DataFrame | None = None, checks: pd.DataFrame | None = None, *,
               indicator: str = "", rate: str = "", regions=None, period_from="", period_to="") -> pd.DataFrame:
    """The comparison table of a rate (when ``rate`` is given) or an indicator (code or Chinese
    phrase; empty = the specific indicator stated for the most regions).

    >>> f = pd.DataFrame({"fact_id": ["a#1:1", "b#1:1"], "article_id": ["a#1", "b#1"],
    ...     "indicator": ["poverty_incidence"] * 2, "indicator_zh": ["贫困发生率"] * 2,
    ...     "region": ["贵州省", "湖南省"], "period": ["2014", "2015"], "value": [18.0, 7.84],
    ...     "unit": ["percent"] * 2, "qualifier": ["exact"] * 2, "sentence": ["", ""], "source_file": ["a", "b"]})
    >>> comparison(f, indicator="贫困发生率")["region"].tolist()
    ['湖南省', '贵州省']
    """
    if rate:
        if rates is None:
            raise ValueError("a rate needs the rates table")
        return rate_rows(rates, rate, facts, regions, period_from, period_to)
    if not indicator:
        top = top_measures(facts)
        top = top[top["kind"] == "indicator"]
        if top.empty:
            out = pd.DataFrame(columns=COLUMNS)
            out.attrs.update({"kind": "indicator", "measure": "", "other_units": {},
                              "error": "no specific indicator is stated with a region"})
            return out
        indicator = str(top.iloc[0]["measure"])
    return indicator_rows(facts, indicator, checks, regions=regions, period_from=period_from, period_to=period_to)


# ---------------------------------------------------------------- names for English labels

@lru_cache(maxsize=1)
def _place_names() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    t = pd.read_csv(data_file("place_names_en.csv"), comment="#", dtype=str, keep_default_na=False)
    names = dict(zip(t.loc[t["kind"] == "name", "zh"], t.loc[t["kind"] == "name", "en"]))
    suffixes = sorted(zip(t.loc[t["kind"] == "suffix", "zh"], t.loc[t["kind"] == "suffix", "en"]),
                      key=lambda x: -len(x[0]))
    return names, tuple(suffixes)


@lru_cache(maxsize=4096)
def romanise(name: str) -> str:
    """An English label for a Chinese place name: conventional names from ``place_names_en.csv``,
    else toneless pinyin, with the administrative suffix translated (县 → County, 区 → District,
    省/市 dropped). Text that is not Chinese is returned unchanged.

    >>> romanise("墨竹工卡县"), romanise("拉萨市"), romanise("陕西省")
    ('Mozhugongka County', 'Lhasa', 'Shaanxi')
    """
    from pypinyin import lazy_pinyin

    s = str(name or "").strip()
    if not re.search(r"[\u4e00-\u9fff]", s):
        return s
    names, suffixes = _place_names()
    if s in names:
        return names[s]
    suffix_en = ""
    for zh, en in suffixes:
        if s.endswith(zh) and len(s) > len(zh) + (0 if len(zh) > 1 else 1):
            s, suffix_en = s[: -len(zh)], en
            break
    stem = names.get(s) or "".join(lazy_pinyin(s)).capitalize()
    return f"{stem}{suffix_en}"


def region_label(name: str, lang: str = "en") -> str:
    """The region as a figure shows it: Chinese as written for ``lang="zh"``, else romanised."""
    if lang == "zh":
        return str(name)
    return "; ".join(romanise(part) for part in str(name).split(";"))


def summary(table: pd.DataFrame) -> str:
    """One or two sentences saying what a comparison table shows (for notebooks and reports).

    >>> f = pd.DataFrame({"fact_id": ["a#1:1", "b#1:1"], "article_id": ["a#1", "b#1"],
    ...     "indicator": ["poverty_incidence"] * 2, "region": ["贵州省", "湖南省"], "period": ["2014", "2015"],
    ...     "value": [18.0, 7.84], "unit": ["percent"] * 2, "qualifier": ["exact"] * 2,
    ...     "sentence": ["", ""], "source_file": ["a", "b"]})
    >>> summary(comparison(f, indicator="poverty_incidence"))
    'poverty_incidence: 2 rows for 2 regions from 2 articles; highest 18% (贵州省, 2014), lowest 7.84% (湖南省, 2015).'
    """
    if table.empty:
        return str(table.attrs.get("error") or f"{table.attrs.get('measure', 'the measure')}: nothing to compare.")
    ok = table[table["plottable"].astype(bool)].copy()
    ok["_v"] = ok["reported"].fillna(ok["recomputed"])
    ok = ok[ok["_v"].notna()]
    unit = str(table["unit"].iloc[0])
    sep = "" if unit == "%" or not unit[:1].isascii() else " "
    text = (f"{table['measure'].iloc[0]}: {len(table)} rows for {table['region'].nunique()} regions "
            f"from {table['article_id'].nunique()} articles")
    if len(ok):
        hi, lo = ok.loc[ok["_v"].idxmax()], ok.loc[ok["_v"].idxmin()]
        text += (f"; highest {hi['_v']:,.4g}{sep}{unit} ({hi['region']}, {hi['period']}), "
                 f"lowest {lo['_v']:,.4g}{sep}{unit} ({lo['region']}, {lo['period']})")
    text += "."
    n_mis = int((table["status"] == "mismatch").sum())
    n_bad = int((~table["plottable"].astype(bool)).sum())
    if n_mis:
        text += f" {n_mis} reported figure(s) disagree with the recomputed value."
    if n_bad:
        text += f" {n_bad} row(s) are not drawn: their sources disagree or the pairing is ambiguous or impossible."
    return text
