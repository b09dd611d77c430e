"""Figures: drawn in both languages without missing glyphs, data chosen generically, files stable."""
import io
import warnings

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib import font_manager

from fixtures.analysis_facts import gold_copy, synth
from fupin import figures as F
from fupin.checks import find_checks
from fupin.rates import compute_rates


@pytest.fixture(scope="module")
def tables():
    facts = gold_copy()
    rates = compute_rates(facts)
    return facts, rates, find_checks(facts, rates)


MAKERS = {
    "rates": lambda f, r, c, lang: F.fig_rates(r, lang),
    "composition": lambda f, r, c, lang: F.fig_funding_composition(r, f, lang),
    "aid": lambda f, r, c, lang: F.fig_aid_by_donor(f, lang),
    "funnel": lambda f, r, c, lang: F.fig_monitoring_funnel(f, lang),
    "pipeline": lambda f, r, c, lang: F.fig_project_pipeline(f, lang, c),
}


def texts(fig):
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(MAKERS))
def test_draws_without_missing_glyphs_and_names_source(tables, name, lang):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = MAKERS[name](*tables, lang)
        fig.savefig(io.BytesIO(), format="png", dpi=50)
        fig.savefig(io.BytesIO(), format="svg")
    plt.close(fig)
    glyph = [str(w.message) for w in caught if "glyph" in str(w.message).lower() or "missing from font" in str(w.message)]
    assert glyph == []
    foot = " ".join(texts(fig))
    assert "_" in foot and ("Source:" in foot if lang == "en" else "来源:" in foot)


def test_cjk_font_comes_from_mplfonts():
    name = F.cjk_font()
    assert name == "Noto Sans CJK SC"
    path = font_manager.findfont(font_manager.FontProperties(family=name), fallback_to_default=False)
    assert "mplfonts" in path and path.endswith("NotoSansCJKsc-Regular.otf")


def test_data_selection(tables):
    facts, rates, checks = tables
    fig = F.fig_monitoring_funnel(facts, "en")
    t = " ".join(texts(fig))
    assert all(v in t for v in ("384", "208", "176", "1,534", "847", "687")) and "拉萨市" in t
    fig = F.fig_project_pipeline(facts, "zh", checks)
    t = " ".join(texts(fig))
    assert all(v in t for v in ("137", "53", "51")) and "已开工建设项目" in t
    fig = F.fig_funding_composition(rates, facts, "en")
    t = " ".join(texts(fig))
    assert "52.5%" in t and "16.2%" in t and "2022" in t
    fig = F.fig_rates(rates, "en")
    assert any("MISMATCH" in s and "146" in s for s in texts(fig))
    plt.close("all")


def test_missing_data_raises_and_all_figures_returns_none():
    facts = synth(["全县共有合作社40家。"], [("40家", "other:合作社", "count")])
    rates = compute_rates(facts)
    with pytest.raises(ValueError):
        F.fig_monitoring_funnel(facts)
    with pytest.raises(ValueError):
        F.fig_rates(rates)
    assert set(F.all_figures(facts, rates).values()) == {None}


def test_save_is_atomic_stable_and_deterministic(tables, tmp_path):
    facts, rates, _ = tables
    paths = F.save_figure(F.fig_rates(rates, "zh"), "rates", tmp_path)
    first = {p.name: p.read_bytes() for p in paths}
    F.save_figure(F.fig_rates(rates, "zh"), "rates", tmp_path)
    assert sorted(first) == ["rates.png", "rates.svg"]
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == first
    svg = first["rates.svg"].decode()
    assert "<dc:date>" not in svg
    plt.close("all")


def test_rates_figure_never_plots_a_share_above_100_from_a_pairing_error(tables):
    _, rates, _ = tables
    bad = rates.iloc[:1].copy()
    bad[["rate", "article_id", "region", "computed", "reported", "status"]] = [
        "stated_share", "999#1", "某县", 124.36, 102.0, "mismatch"]
    worse = bad.assign(reported=60.0, computed=130.0)
    fig = F.fig_rates(pd.concat([rates, worse], ignore_index=True), "en")
    assert not any("130.00" in s for s in texts(fig))
    fig = F.fig_rates(pd.concat([rates, bad], ignore_index=True), "en")  # the text itself says 102 %
    assert any("124.36" in s for s in texts(fig))
    plt.close("all")
