"""Relations of session 12 (h-rel): the rest of a whole after a part (其余/剩余), and a rest after a rate two
sentences on when nothing of its unit stands between."""
from __future__ import annotations

from fixtures.written import checks_of


def _rests(tmp_path, body):
    c = checks_of(tmp_path, body, "remainder")
    return sorted(c["note"].astype(str)) if "note" in c else c


def _rows(tmp_path, body):
    return checks_of(tmp_path, body, "remainder")


def test_the_rest_after_a_part_in_its_sentence_under_a_whole_in_it(tmp_path):
    body = "全县9个乡镇164个行政村中，有118个村派驻了工作队，其余46个村由乡镇包村干部负责联系帮扶。"
    c = _rows(tmp_path, body)
    assert len(c) == 1 and c.iloc[0]["status"] == "match" and c.iloc[0]["total"] == 46, c


def test_the_rest_after_an_excepted_part_takes_the_whole_that_opens_a_statement(tmp_path):
    body = ("全县共建成光伏扶贫电站186座，总装机容量4.86万千瓦，其中村级电站178座、集中式电站8座。2023年，全年开展电站巡检"
            "2860余次。除2座村级电站因逆变器故障停运检修外，其余184座电站运行正常。")
    c = _rows(tmp_path, body)
    assert len(c) == 1 and c.iloc[0]["total"] == 184 and c.iloc[0]["sum"] == 184, c


def test_a_rest_that_does_not_add_up_asserts_nothing(tmp_path):
    body = "全县9个乡镇164个行政村中，有118个村派驻了工作队，其余36个村由乡镇包村干部负责联系帮扶。"
    assert _rows(tmp_path, body).empty  # counter-example: the rest may be of another whole, no alarm


def test_another_category_of_a_breakdown_is_no_rest(tmp_path):
    body = "全县共实施项目142个，其中产业发展类项目68个、基础设施类项目54个，其他项目20个。"
    assert _rows(tmp_path, body).empty  # counter-example: 其他 names a category, not what a part leaves


def test_a_rest_after_a_rate_two_sentences_on_with_nothing_of_its_unit_between(tmp_path):
    body = ("截至2023年12月底，9个项目全部开工，已完工8个，完工率88.9%；已支付中央预算内投资2043万元，支付率95.0%。"
            "剩余1个项目因受汛期影响，预计2024年3月底前完工。")
    c = _rows(tmp_path, body)
    assert len(c) == 1 and c.iloc[0]["total"] == 1 and c.iloc[0]["status"] == "match", c


def test_a_rest_after_a_rate_with_another_figure_of_its_unit_between_is_not_taken(tmp_path):
    body = ("截至2023年12月底，9个项目全部开工，已完工8个，完工率88.9%；另新谋划储备项目12个。"
            "剩余1个项目因受汛期影响，预计2024年3月底前完工。")
    c = _rows(tmp_path, body)
    assert not ((c["total"] == 1) & (c["sum"] == 1)).any(), c  # counter-example: 12个 stands between


def _per_unit(tmp_path, body):
    return checks_of(tmp_path, body, "per_unit")


def test_a_daily_average_after_a_years_figure(tmp_path):
    c = _per_unit(tmp_path, "全年收运处置农村生活垃圾4.26万吨，日均116.7吨。")
    assert len(c) == 1 and c.iloc[0]["status"] == "match" and c.iloc[0]["total"] == 116.7, c


def test_a_monthly_equivalent_of_a_yearly_standard(tmp_path):
    c = _per_unit(tmp_path, "提标后，全省农村低保平均标准达到每人每年7236元，折合每人每月603元。")
    assert len(c) == 1 and c.iloc[0]["status"] == "match" and c.iloc[0]["total"] == 603, c


def test_a_daily_average_that_does_not_divide_asserts_nothing(tmp_path):
    assert _per_unit(tmp_path, "全年收运处置农村生活垃圾4.26万吨，日均126.7吨。").empty  # counter-example: working days?


def test_a_daily_figure_after_a_figure_not_of_a_year_is_no_average(tmp_path):
    body = "一季度收运处置农村生活垃圾1.05万吨，日均116.7吨。"  # counter-example: a quarter is no year of 365 days
    assert _per_unit(tmp_path, body).empty
