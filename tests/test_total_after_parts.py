"""A total closing its list of parts (checks/total_after_parts.py, ``_summed_closing``): one reader, the list it
closes at once (…、…, 合计N) read first, else the figures of its measure in its statement (…; …, 共N). The
named cases of the two readings: each must agree, say a misfit, or stay silent as written here."""
from __future__ import annotations

import pytest

from fixtures.analysis_facts import synth
from fixtures.written import facts_of
from fupin.checks import find_checks


def _closing(sentences, specs):
    c = find_checks(synth(sentences, specs))
    return c[c["check"] == "total_after_parts"]


_TRAINING = "全年帮助培训党政干部3120人次、专业技术人才5460人次、乡村振兴带头人1380人次，{}{}人次。"


def _training_specs(total):
    return [("3120人次", "person_time", "x"), ("5460人次", "person_time", "x"), ("1380人次", "person_time", "x"),
            (f"{total}人次", "person_time", "x")]


@pytest.mark.parametrize("word", ["合计", "共计", "总计", "合计为", "共"])
def test_a_list_closed_at_once_by_a_total_word(word):
    # the list reading: a misfit is said although the total's words (合计) name nothing the parts count
    r = _closing([_TRAINING.format(word, 9960)], _training_specs(9960))
    assert r["status"].tolist() == ["match"] and r.iloc[0]["parts"].count("+") == 2
    r = _closing([_TRAINING.format(word, 9860)], _training_specs(9860))
    assert r["status"].tolist() == ["mismatch"]


def test_a_list_with_a_change_in_it_is_no_whole_list():
    s = "全县新增培训党政干部3120人次、比上年增加460人次、乡村振兴带头人1380人次，合计{}人次。"
    specs = [("3120人次", "person_time", "x"), ("460人次", "person_time", "x"), ("1380人次", "person_time", "x")]
    assert _closing([s.format(4960)], specs + [("4960人次", "person_time", "x")]).empty


def test_a_list_of_another_unit_before_the_total_is_not_summed():
    s = "全县建成示范村12个、示范户460户，合计{}户。"
    assert _closing([s.format(472)], [("12个", "village", "x"), ("460户", "household", "x"),
                                       ("472户", "household", "x")]).empty


def test_a_list_after_more_figures_of_its_unit_says_no_misfit_as_a_list(tmp_path):
    # two lists before the total: its misfit with the last one alone is not asserted; the four add up
    two = ("南京选派党政干部42名、专业技术人才586名到商洛挂职，商洛选派党政干部38名、专业技术人才412名到南京交流，"
           "合计{}名。")
    c = find_checks(facts_of(tmp_path, two.format(1078)))
    assert not (c["status"] == "mismatch").any()
    c = find_checks(facts_of(tmp_path, two.format(1068)))
    assert not (c["status"] == "mismatch").any()


def test_the_statement_reading_across_a_semicolon():
    s = ["人才交流方面,山东选派党政干部56名、专业技术人才1287名到重庆14个区县挂职帮扶;",
         "重庆选派党政干部74名、专业技术人才512名到山东挂职学习,两地互派干部人才共{}名。"]
    specs = [("56名", "person", "x"), ("1287名", "person", "x"), ("14个", "other:county", "x"), ("74名", "person", "x"),
             ("512名", "person", "x")]
    r = _closing([s[0], s[1].format(1929)], specs + [("1929名", "person", "x")])
    assert r["status"].tolist() == ["match"] and r.iloc[0]["parts"].count("+") == 3
    r = _closing([s[0], s[1].format(1943)], specs + [("1943名", "person", "x")])
    assert r["status"].tolist() == ["mismatch"]


def test_a_running_total_closes_no_statement():
    s = "全县培育龙头企业28家、农民专业合作社163家、家庭农场412家,新型经营主体累计总数达到{}家。"
    specs = [("28家", "enterprise", "x"), ("163家", "other:合作社", "x"), ("412家", "other:合作社", "x")]
    assert _closing([s.format(603)], specs + [("603家", "other:合作社", "x")]).empty


def test_a_total_under_its_parts_is_no_total_of_the_statement():
    s = "全县有脱贫人口3.76万人,其中易地搬迁人口1.2万人、监测对象0.4万人,贫困人口共{}万人。"
    specs = [("3.76万人", "person", "x"), ("1.2万人", "person", "x"), ("0.4万人", "person", "x")]
    assert _closing([s.format(2.1)], specs + [("2.1万人", "person", "x")]).query("status == 'mismatch'").empty


def test_a_figure_is_a_part_of_one_total_only():
    # the list's parts are taken by its total; the later 共 in the statement finds them taken
    s = "培训党政干部3120人次、专业技术人才5460人次，合计8580人次；另培训农民1380人次，全年共培训9960人次。"
    r = _closing([s], [("3120人次", "person_time", "x"), ("5460人次", "person_time", "x"), ("8580人次", "person_time", "x"),
                       ("1380人次", "person_time", "x"), ("9960人次", "person_time", "x")])
    assert r["status"].tolist() == ["match"] and r.iloc[0]["total"] == 8580
