import pytest

from fupin.period_fields import period_fields


@pytest.mark.parametrize("period, pub, kind, start, end", [
    ("2021", "", "year", "2021", "2021"),
    ("2022 (plan)", "", "plan", "2022", "2022"),
    ("2022-01..2022-04", "", "span", "2022-01", "2022-04"),
    ("2020-11", "", "span", "2020-11", "2020-11"),
    ("2022-ytd", "2022-05-10", "year_to_date", "2022-01", "2022-05-10"),
    ("2019-ytd", "", "year_to_date", "2019-01", "2019"),
    ("cumulative-1994..2018", "", "cumulative", "1994", "2018"),
    ("cumulative-..2022-03", "", "cumulative", "", "2022-03"),
    ("cumulative-2013..pub", "2016-01-22", "cumulative", "2013", "2016-01-22"),
    ("plan-2021..2025", "", "plan", "2021", "2025"),
    ("pub", "2023-04-20", "as_of", "", "2023-04-20"),
    ("annual", "", "annual", "", ""),
    ("unstated", "", "unstated", "", ""),
    ("unstated-year-01..06", "", "unstated", "", ""),
])
def test_period_text_becomes_typed_fields(period, pub, kind, start, end):
    assert period_fields(period, pub) == {"period_kind": kind, "period_start": start, "period_end": end}


def test_an_unknown_period_is_kept_as_other_not_guessed():
    assert period_fields("第二季度")["period_kind"] == "other"
