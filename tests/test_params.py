import pytest

from fupin import params


def test_a_period_given_as_a_number_by_papermill_is_taken_as_text():
    assert params.text("period", 2022) == "2022"
    assert params.text("period", 2022.0) == "2022"
    assert params.text("region", " 拉萨市 ") == "拉萨市"
    assert params.text("region", None) == ""


def test_an_unsupported_language_stops_the_run_with_one_clear_line():
    assert params.lang("ZH") == "zh"
    with pytest.raises(params.ParameterError, match="lang: 'fr' is not supported; use one of en, zh"):
        params.lang("fr")


def test_figure_formats_and_dpi_are_checked():
    assert params.formats("png, SVG,png") == ("png", "svg")
    with pytest.raises(params.ParameterError, match="fig_formats"):
        params.formats("png,gif")
    assert params.dpi("300") == 300
    with pytest.raises(params.ParameterError, match="dpi"):
        params.dpi(5)
