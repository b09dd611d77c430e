"""Comparison figures drawn from the facts, rates and checks tables.

One function per figure, each returning a matplotlib Figure (English labels by default, Chinese with
``lang="zh"``), or raising ``ValueError`` when the tables hold no data for it. Chinese glyphs use the
Noto Sans CJK SC font shipped by the ``mplfonts`` package. Figures stay readable in grayscale:
hatching and markers carry the distinctions, colour only repeats them. Every figure names its source
article(s) and period in a footnote. ``save_figure`` writes stable, deterministic files.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .rates import annotate, load_rates, single_year  # noqa: E402
from .storage import atomic_write  # noqa: E402

HATCHES = ["", "///", "...", "xxx", "\\\\\\", "ooo", "---", "+++"]
# light fills so black hatching stays visible; shades differ enough to survive grayscale printing
GRAYS = ["#bdbdbd", "#f0f0f0", "#8c8c8c", "#dcdcdc", "#a6a6a6"]
MISMATCH_COLOR = "#b2182b"
AID_FUNDS = ("aid_funds", "aid_funds_planned")
AID_PROJECTS = ("projects_implemented", "projects_planned")
FUNNEL_GROUPS = {
    "household": ("households_monitored", "households_risk_eliminated", "households_risk_remaining"),
    "person": ("persons_monitored", "persons_risk_eliminated", "persons_risk_remaining"),
}
PIPELINE = ("projects_planned", "projects_preprocedures_completed", "projects_started", "projects_completed")
FACTS_COLUMNS = ("fact_id", "article_id", "raw", "value", "value_high", "unit", "qualifier", "indicator",
                 "indicator_en", "region", "period", "actor", "sentence", "start", "end", "flags", "in_body")
"""The columns of ``facts`` the figures read (directly or through ``rates.annotate``): notebook 04 reads
only these (``read_table(..., columns=list(FACTS_COLUMNS))``), not the attribution reasons and offsets."""

# Figure wording; data-derived labels (rate descriptions, clause words) come from the tables.
TEXT = {
    "en": {
        "rates_title": "Reported vs recomputed rates", "reported": "reported", "computed": "recomputed",
        "mismatch": "MISMATCH", "percent": "percent", "composition_title": "Integrated funds by source",
        "share": "share of total (%)", "unattributed": "not attributed", "aid_title": "Paired-aid funds and projects by donor and year",
        "funds": "funds (100 million yuan)", "projects": "projects", "plan": "plan", "realised": "realised",
        "funnel_title": "Anti-relapse monitoring", "households": "households", "persons": "persons",
        "pipeline_title": "Project pipeline", "source": "Source", "period": "period", "implied": "implied base",
    },
    "zh": {
        "rates_title": "报道的比率与重新计算的比率", "reported": "报道值", "computed": "重新计算值",
        "mismatch": "不一致", "percent": "百分比", "composition_title": "统筹整合资金来源构成",
        "share": "占总额比例(%)", "unattributed": "未列明", "aid_title": "按援助方和年份的援藏资金与项目",
        "funds": "资金(亿元)", "projects": "项目(个)", "plan": "计划", "realised": "实际",
        "funnel_title": "防返贫监测", "households": "户", "persons": "人",
        "pipeline_title": "项目进度", "source": "来源", "period": "时期", "implied": "隐含基数",
    },
}


# ---------------------------------------------------------------- fonts and style

@lru_cache(maxsize=1)
def cjk_font() -> str:
    """Register the Noto Sans CJK SC font file of ``mplfonts`` and return its family name."""
    import mplfonts
    path = Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    if not path.exists():
        raise FileNotFoundError(f"mplfonts does not ship {path.name}")
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def use_cjk_font() -> None:
    """Put the CJK font first in matplotlib's sans-serif list (idempotent). Set globally because
    tick labels are laid out when a figure is drawn, which may be outside any rc context."""
    name = cjk_font()
    rc = matplotlib.rcParams
    rc["font.family"] = "sans-serif"
    if rc["font.sans-serif"][:1] != [name]:
        rc["font.sans-serif"] = [name] + [f for f in rc["font.sans-serif"] if f != name]
    rc["axes.unicode_minus"] = False   # the CJK font has no U+2212 minus sign
    rc["svg.hashsalt"] = "fupin"
    rc["svg.fonttype"] = "path"


def _rc() -> dict:
    use_cjk_font()
    return {"hatch.linewidth": 0.8}


def _t(lang: str, key: str) -> str:
    return TEXT["zh" if lang == "zh" else "en"][key]


def _footnote(fig: Figure, lang: str, articles, periods) -> None:
    arts = ", ".join(sorted({str(a) for a in articles if str(a)}))
    pers = ", ".join(sorted({str(p) for p in periods if str(p)}))
    fig.text(0.01, 0.01, f"{_t(lang, 'source')}: {arts}; {_t(lang, 'period')}: {pers}", fontsize=7,
             ha="left", va="bottom", wrap=True)


def _yi(x: float) -> float:
    return x / 1e8


def _money(x: float, lang: str) -> str:
    if abs(x) >= 1e8:
        return f"{x / 1e8:,.2f}亿元" if lang == "zh" else f"{x / 1e8:,.2f} × 100m yuan"
    return f"{x / 1e4:,.2f}万元" if lang == "zh" else f"{x / 1e4:,.2f} × 10k yuan"


# ---------------------------------------------------------------- (a) rates

def _impossible_share(data: pd.DataFrame, defs: pd.DataFrame) -> pd.Series:
    """Rows whose recomputed share of a whole exceeds 100 % while the text does not say so: a part
    paired with a smaller figure than its whole (a pairing error, not a finding to plot)."""
    share = data["rate"].map(lambda r: defs.loc[r, "share"] == "yes" if r in defs.index else False).astype(bool)
    return share & (data["computed"] > 100 + 1e-9) & (data["reported"].fillna(0) <= 100)


def fig_rates(rates: pd.DataFrame, lang: str = "en") -> Figure:
    """Reported against recomputed percentages, one row per rate; mismatches marked in words,
    hatching and colour, with the base the reported figure implies."""
    defs = load_rates().set_index("name")
    pct = [r for r in defs.index if defs.loc[r, "unit"] == "percent"]
    data = rates[rates["rate"].isin(pct) & rates["computed"].notna() & rates["reported"].notna()
                 & rates["status"].isin(["match", "mismatch"])]
    data = data[~_impossible_share(data, defs)]
    if data.empty:
        raise ValueError("no rate is both reported and recomputed")
    data = data.sort_values(["article_id", "rate"]).reset_index(drop=True)
    desc = "description_zh" if lang == "zh" else "description_en"
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(8, 1.2 + 0.8 * len(data)))
        for i, r in data.iterrows():
            bad = r["status"] == "mismatch"
            if bad:
                ax.axhspan(i - 0.4, i + 0.4, facecolor="none", edgecolor=MISMATCH_COLOR, hatch="///", lw=0, alpha=0.35)
            ax.plot([r["reported"], r["computed"]], [i, i], color="#666666", lw=1)
            ax.plot(r["reported"], i, "o", mfc="white", mec="black", ms=9, label=_t(lang, "reported") if i == 0 else None)
            ax.plot(r["computed"], i, "X" if bad else "D", color=MISMATCH_COLOR if bad else "black", ms=8,
                    label=_t(lang, "computed") if i == 0 else None)
            note = f"{r['reported']:.2f} vs {r['computed']:.2f}"
            if bad:
                note = f"{_t(lang, 'mismatch')}: {note}"
                if not pd.isna(r["implied_denominator"]):
                    note += f" ({_t(lang, 'implied')} {r['implied_denominator']:g})"
            ax.annotate(note, (max(r["reported"], r["computed"]), i), xytext=(8, 0), textcoords="offset points",
                        va="center", fontsize=8, color=MISMATCH_COLOR if bad else "black",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
        labels = [f"{defs.loc[r, desc]}\n{reg}" for r, reg in zip(data["rate"], data["region"])]
        ax.set_yticks(range(len(data)), labels, fontsize=8)
        ax.set_ylim(len(data) - 0.5, -0.5)
        ax.set_xlim(0, max(100.0, float(data[["reported", "computed"]].max().max()) * 1.05))
        ax.set_xlabel(_t(lang, "percent"))
        ax.set_title(_t(lang, "rates_title"))
        ax.legend(loc="lower right", fontsize=8)
        ax.grid(axis="x", color="#dddddd")
        _footnote(fig, lang, data["article_id"], data["period"])
        fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


# ---------------------------------------------------------------- (b) composition

def fig_funding_composition(rates: pd.DataFrame, facts: pd.DataFrame | None = None, lang: str = "en") -> Figure:
    """Shares of a funds total by source: the funding-share rates of the article, region and period
    that has the most of them."""
    defs = load_rates().set_index("name")
    names = [n for n in defs.index if defs.loc[n, "group"] == "funding_share"]
    data = rates[rates["rate"].isin(names) & rates["computed"].notna()]
    data = data[~_impossible_share(data, defs)]
    if data.empty:
        raise ValueError("no funding-share rates")
    key = data.groupby(["article_id", "region", "period"]).size().sort_values(ascending=False, kind="stable").index[0]
    sel = data[(data["article_id"] == key[0]) & (data["region"] == key[1]) & (data["period"] == key[2])]
    sel = sel.set_index("rate").loc[[n for n in names if n in set(sel["rate"])]].reset_index()
    sel = sel.drop_duplicates("rate")
    if float(sel["computed"].sum()) > 100.5:
        raise ValueError("funding shares add up to more than 100 %: the parts are not of one total")
    total = float(sel["denominator"].iloc[0])
    desc = "description_zh" if lang == "zh" else "description_en"
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(9, 3.2))
        left = 0.0
        items = [(defs.loc[r, desc], c, n) for r, c, n in zip(sel["rate"], sel["computed"], sel["numerator"])]
        rest = 100.0 - float(sel["computed"].sum())
        if rest > 0.05:
            items.append((_t(lang, "unattributed"), rest, total * rest / 100))
        for k, (label, share, amount) in enumerate(items):
            ax.barh(0, share, left=left, color=GRAYS[k % len(GRAYS)], hatch=HATCHES[k % len(HATCHES)],
                    edgecolor="black", label=f"{label}: {share:.1f}% ({_money(amount, lang)})")
            ax.text(left + share / 2, 0, f"{share:.1f}%", ha="center", va="center", fontsize=9,
                    bbox=dict(facecolor="white", edgecolor="none", pad=1))
            left += share
        ax.set_xlim(0, 100)
        ax.set_yticks([])
        ax.set_xlabel(_t(lang, "share"))
        ax.set_title(f"{_t(lang, 'composition_title')}: {key[1]} {_money(total, lang)}")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=2, fontsize=8, frameon=False)
        _footnote(fig, lang, [key[0]], [key[2]])
        fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


# ---------------------------------------------------------------- (c) aid by donor and year

def _one_per(frame: pd.DataFrame) -> pd.DataFrame:
    """One figure per donor and year: exact statements first, then the first in the text."""
    frame = frame.assign(_q=(frame["qualifier"] != "exact").astype(int)).sort_values(["_q", "article_id", "start"], kind="stable")
    return frame.drop_duplicates(["actor", "year"]).drop(columns="_q")


def fig_aid_by_donor(facts: pd.DataFrame, lang: str = "en") -> Figure:
    """Paired-aid funds and project counts per donor (actor) and year; plans hatched."""
    f = facts.copy()
    f["actor"] = f["actor"].fillna("").astype(str)
    f["year"] = [single_year(p) or _first_year(p) for p in f["period"]]
    f["plan"] = f["period"].astype(str).str.contains("plan") | f["indicator"].astype(str).str.endswith("_planned")
    funds = f[f["indicator"].isin(AID_FUNDS) & (f["actor"] != "") & f["year"].notna() & f["value"].notna()]
    if funds.empty:
        raise ValueError("no paired-aid funds with a donor and a year")
    donors = sorted(funds["actor"].unique())
    projects = f[f["indicator"].isin(AID_PROJECTS) & f["actor"].isin(donors) & f["year"].notna() & f["value"].notna()
                 & f["article_id"].isin(funds["article_id"].unique())]
    funds, projects = _one_per(funds), _one_per(projects)
    years = sorted(set(funds["year"]) | set(projects["year"]))
    with plt.rc_context(_rc()):
        fig, axes = plt.subplots(1, 2, figsize=(10, 4))
        width = 0.8 / max(len(donors), 1)
        for ax, frame, ylabel, scale in ((axes[0], funds, _t(lang, "funds"), 1e8), (axes[1], projects, _t(lang, "projects"), 1)):
            for k, donor in enumerate(donors):
                d = frame[frame["actor"] == donor]
                for _, r in d.iterrows():
                    x = years.index(r["year"]) + (k - (len(donors) - 1) / 2) * width
                    ax.bar(x, r["value"] / scale, width=width, color=GRAYS[k % len(GRAYS)], edgecolor="black",
                           hatch="///" if r["plan"] else "")
                    ax.text(x, r["value"] / scale, f"{r['value'] / scale:,.2f}" if scale > 1 else f"{r['value']:.0f}",
                            ha="center", va="bottom", fontsize=8)
            ax.set_xticks(range(len(years)), [str(int(y)) for y in years])
            ax.set_ylabel(ylabel)
            ax.grid(axis="y", color="#dddddd")
            ax.set_axisbelow(True)
        from matplotlib.patches import Patch
        handles = [Patch(facecolor=GRAYS[k % len(GRAYS)], edgecolor="black", label=d) for k, d in enumerate(donors)]
        handles += [Patch(facecolor="white", edgecolor="black", hatch="///", label=_t(lang, "plan")),
                    Patch(facecolor="white", edgecolor="black", label=_t(lang, "realised"))]
        fig.legend(handles=handles, loc="upper right", fontsize=8)
        fig.suptitle(_t(lang, "aid_title"))
        _footnote(fig, lang, pd.concat([funds, projects])["article_id"], pd.concat([funds, projects])["period"])
        fig.tight_layout(rect=(0, 0.05, 0.85, 0.95))
    return fig


def _first_year(period: object):
    import re
    m = re.search(r"(?:19|20)\d{2}", str(period))
    return int(m.group()) if m else None


# ---------------------------------------------------------------- (d) funnel, (e) pipeline

def _stage_bars(ax, rows: list[pd.Series], labels: list[str], unit_label: str) -> None:
    vals = [float(r["value"]) for r in rows]
    top = max(vals)
    for k, (v, lab) in enumerate(zip(vals, labels)):
        ax.barh(k, v, left=(top - v) / 2, color=GRAYS[min(k, len(GRAYS) - 1)], hatch=HATCHES[k % len(HATCHES)],
                edgecolor="black")
        ax.text(top / 2, k, f"{v:,.0f}", ha="center", va="center", fontsize=9,
                bbox=dict(facecolor="white", edgecolor="none", pad=1))
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xticks([])
    ax.set_title(unit_label, fontsize=9)


def _stage_label(r: pd.Series, lang: str) -> str:
    if lang == "zh":
        return (str(r.get("label", "")) or str(r["indicator"])).strip("“”\"")
    return str(r.get("indicator_en") or "") or str(r["indicator"]).replace("_", " ")


def fig_monitoring_funnel(facts: pd.DataFrame, lang: str = "en") -> Figure:
    """Households (and persons) identified for monitoring, risk eliminated, risk remaining, for the
    region with the most monitoring figures."""
    a = annotate(facts)
    inds = [i for g in FUNNEL_GROUPS.values() for i in g]
    m = a[a["indicator"].isin(inds) & a["value"].notna()]
    if m.empty:
        raise ValueError("no monitoring figures")
    key = m.groupby(["article_id", "region"]).size().sort_values(ascending=False, kind="stable").index[0]
    m = m[(m["article_id"] == key[0]) & (m["region"] == key[1])]
    panels = []
    for unit, group in FUNNEL_GROUPS.items():
        rows = [m[m["indicator"] == i].iloc[0] for i in group if (m["indicator"] == i).any()]
        if len(rows) >= 2:
            panels.append((unit, rows))
    if not panels:
        raise ValueError("monitoring figures do not form a funnel")
    with plt.rc_context(_rc()):
        fig, axes = plt.subplots(1, len(panels), figsize=(5 * len(panels), 3.2), squeeze=False)
        for ax, (unit, rows) in zip(axes[0], panels):
            _stage_bars(ax, rows, [_stage_label(r, lang) for r in rows], _t(lang, "households" if unit == "household" else "persons"))
        fig.suptitle(f"{_t(lang, 'funnel_title')}: {key[1]}")
        _footnote(fig, lang, [key[0]], sorted(set(m["period"])))
        fig.tight_layout(rect=(0, 0.06, 1, 0.95))
    return fig


def fig_project_pipeline(facts: pd.DataFrame, lang: str = "en", checks: pd.DataFrame | None = None) -> Figure:
    """Planned -> procedures done -> started (-> completed): the longest project pipeline the checks
    found, else the pipeline indicators of the article and region with the most stages."""
    a = annotate(facts)
    by_id = a.set_index("fact_id")
    rows: list[pd.Series] = []
    if checks is None:
        from .checks import find_checks
        checks = find_checks(facts)
    pipes = checks[checks["check"] == "pipeline"] if not checks.empty else checks
    if not pipes.empty:
        best = pipes.assign(n=pipes["part_fact_ids"].str.count(";")).sort_values("n", ascending=False, kind="stable").iloc[0]
        ids = [best["total_fact_id"]] + best["part_fact_ids"].split(";")
        rows = [by_id.loc[i].copy() for i in ids]
        for r, i in zip(rows, ids):
            r["fact_id"] = i
    else:
        p = a[a["indicator"].isin(PIPELINE) & a["value"].notna()]
        if not p.empty:
            key = p.groupby(["article_id", "region"])["indicator"].nunique().sort_values(ascending=False, kind="stable").index[0]
            p = p[(p["article_id"] == key[0]) & (p["region"] == key[1])]
            rows = [p[p["indicator"] == i].iloc[0] for i in PIPELINE if (p["indicator"] == i).any()]
    if len(rows) < 2:
        raise ValueError("no project pipeline")
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(7, 1.2 + 0.7 * len(rows)))
        _stage_bars(ax, rows, [_stage_label(r, lang) for r in rows], "")
        ax.set_title(f"{_t(lang, 'pipeline_title')}: {rows[0]['region']}")
        _footnote(fig, lang, [r["article_id"] for r in rows], [r["period"] for r in rows])
        fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig


# ---------------------------------------------------------------- saving

def save_figure(fig: Figure, name: str, figures_dir: Path | str, formats=("png", "svg"), dpi: int = 200) -> list[Path]:
    """Write ``name.<fmt>`` for each format atomically; SVG ids and metadata are fixed so the same
    figure gives the same bytes."""
    use_cjk_font()
    out = []
    for fmt in formats:
        meta = {"Date": None, "Creator": None} if fmt in ("svg", "pdf") else {"Software": None}
        if fmt == "pdf":
            meta = {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None}
        buf = io.BytesIO()
        with plt.rc_context({"svg.hashsalt": "fupin", "svg.fonttype": "path"}):
            fig.savefig(buf, format=fmt, dpi=dpi, metadata=meta)
        data = buf.getvalue()
        out.append(atomic_write(Path(figures_dir) / f"{name}.{fmt}", lambda p, d=data: p.write_bytes(d)))
    return out


def all_figures(facts: pd.DataFrame, rates: pd.DataFrame, checks: pd.DataFrame | None = None,
                lang: str = "en") -> dict[str, Figure | None]:
    """Every figure the tables allow, by stable name (None where data are missing)."""
    makers = {
        "rates_reported_vs_computed": lambda: fig_rates(rates, lang),
        "funding_composition": lambda: fig_funding_composition(rates, facts, lang),
        "aid_by_donor_year": lambda: fig_aid_by_donor(facts, lang),
        "monitoring_funnel": lambda: fig_monitoring_funnel(facts, lang),
        "project_pipeline": lambda: fig_project_pipeline(facts, lang, checks),
    }
    out: dict[str, Figure | None] = {}
    for name, make in makers.items():
        try:
            out[name] = make()
        except ValueError:
            out[name] = None
    return out
