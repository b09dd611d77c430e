"""Checks ``per_unit`` and ``implied_total``: an amount over a head count against the per-head figure
stated with them; with no amount, count x per-head figure is an implied total.
"""
from __future__ import annotations

import math
import re

from ..numerals import parse_number
from ..scopes import cues, fmt, overlaps
from .common import _check, _is_change, _is_prior_level, _ok, _per_head


# 平均每个项目带动50人, 平均每个车间吸纳约51人, 园均6.9家: a count per unit of something counted before it
# (平均每个车间19.4人: the verb may be left out)
_PER_EACH = re.compile(r"每(?:个|家|所|处|座)([^\d,，;；。、]{1,4}?)(?:平均)?(?:(?:带动|吸纳|吸收|安置|覆盖|惠及|入驻)[^,，;；。]{0,4})?$")
# 园均6.9家, 校均457人; 户均人口2.9人, 户均2.3人 (persons of a 户/人 pair per household)
_PER_PLACE = re.compile(r"([园村社站点校户])均(?:[\u4e00-\u9fff]{0,4}?(?:人口|人数))?$")
# 在岗乡村医生312人, 平均每个村卫生室1.7人: the noun ends the clause, no verb after it
_PER_EACH_NOUN = re.compile(r"平均每(?:个|家|所|处|座)([^\d,，;；。、平均每]{2,5})$")
# sentences before a per-head figure where the count it divides by may stand, when not in its own
_FAR_SENTENCES = 6


def _per_each(recs: list[dict]) -> list[dict]:
    """`共建产业园区71个, 入驻企业492家, 园均6.9家`; `…项目163个, 带动就业1.96万人, 其中…, 平均每个项目带动就业
    约120人`: the figure of the per-unit's unit printed before it in its sentence (not a 其中 part) over the
    count whose clause names the unit noun (项目, 车间, 园)."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] == "CNY" or not _ok(p) or p["unit"] in ("percent", "percentage_point"):
            continue
        label = str(p["label"])
        m = _PER_EACH.search(label) or _PER_PLACE.search(label) or _PER_EACH_NOUN.search(label)
        if m is None:
            continue
        noun = m.group(1)[-2:]
        same = [r for r in recs[:i] if r["sent_start"] == p["sent_start"] and _ok(r)]
        amounts = [r for r in same if r["unit"] == p["unit"] and not _per_head(r) and not str(r["label"]).startswith("其中")
                   and not _is_prior_level(r)]
        # the count names the noun, or is of the unit its 均 word averages over (户均 -> household)
        per = cues()["per_unit_cues"].get(noun + "均", [])
        counts = [r for r in same if r["unit"] != p["unit"] and float(r["value"]).is_integer() and r["value"] > 0
                  and (noun in _count_words(r) or r["unit"] in per)]
        if amounts and len(counts) > 1:
            # 入户核查农户2.86万户, 新识别…监测对象156户412人, 户均2.6人: the count printed right before the amount it pairs
            sent = str(p["sentence"])
            twin = [c for c in counts if c["pos"] < amounts[-1]["pos"]
                    and not sent[c["pos"] + (c["end"] - c["start"]):amounts[-1]["pos"]].strip()]
            counts = twin if len(twin) == 1 else counts
        if not amounts or len(counts) != 1:
            continue
        m_, c = amounts[-1], counts[0]
        comp = m_["value"] / c["value"]
        civ = (m_["lo"] / c["hi"], m_["hi"] / c["lo"]) if c["lo"] > 0 else (comp, math.inf)
        status = "match" if overlaps(civ, (p["lo"], p["hi"])) else "mismatch"
        out.append(_check("per_unit", "implied", p, [m_, c], f"{fmt(m_)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}",
                          comp, p["value"], status, [m_, c, p]))
    return out


def _quotient_iv(m: dict, c: dict) -> tuple[float, float]:
    """The interval of amount m over count c from their rounding intervals."""
    return (m["lo"] / c["hi"], m["hi"] / c["lo"]) if c["lo"] > 0 else (m["value"] / c["value"], math.inf)


def _count_words(r: dict) -> str:
    """The words that say what a count counts: its clause, its noun (88个行政村), its unit's nouns."""
    return str(r["label"]) + str(r["unit"]) + str(r.get("noun") or "") + "".join(cues()["unit_nouns"].get(r["unit"], []))


# 每个车间2万元, 每个村补助20万元: money per unit counted, a payment word may follow the noun
_MONEY_EACH = re.compile(r"每(?:个|家|所|处|座)([^\d,，;；。、]{1,4}?)(?:平均)?(?:(?:补助|奖补|补贴|投入|投资|奖励|扶持|安排|下达)"
                         r"[^,，;；。]{0,4})?$")
# 项目平均到位资金725万元: the noun before 平均, then what the money is
_NOUN_AVERAGE = re.compile(r"([\u4e00-\u9fff]{2})平均([^\d,，;；。、每]{0,6})$")


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\d的之了及和与、,，。;；:：()（）“”\s]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _money_per_each(recs: list[dict]) -> list[dict]:
    """`引进经济合作项目47个, 项目实际到位资金3.18亿元, 项目平均到位资金725万元`; `发放奖补资金96万元, 每个车间2万元`;
    `…项目46个, 产业项目资金平均每个项目332.6万元`: money per unit counted (项目, 车间, 村). The count is the one
    figure of its sentence whose words name the noun, the amount the sum of money before it there (the one
    whose clause shares most words with the figure's when several). Both in the sentence, and the amount's
    words naming what the figure averages (two word pairs besides the noun): a misfit is a mismatch. Else, agreements only: the count in the sentences before (up to six), or the amount in the two
    before, the one pair whose printed values give the figure (其中用于产业发展1.53亿元 / 46个)."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] != "CNY" or not _ok(p) or p["qualifier"] != "exact":
            continue
        label = str(p["label"])
        m = _MONEY_EACH.search(label) or _PER_EACH_NOUN.search(label) or _NOUN_AVERAGE.search(label)
        if m is None or re.search(cues()["per_period_regex"], label) or any(c in label for c in cues()["per_unit_cues"]):
            continue
        noun = m.group(1)[-2:]
        if noun in ("资金", "补助", "投资"):
            continue
        own = _bigrams(label)

        def named(pool: list[dict]) -> list[dict]:
            pool = [r for r in pool if r["unit"] == "CNY" and _ok(r) and not _per_head(r) and not _is_prior_level(r)
                    and r["value"] > p["value"]]
            if len(pool) <= 1:
                return pool
            top = max(len(own & _bigrams(str(r["label"]))) for r in pool)
            return [r for r in pool if len(own & _bigrams(str(r["label"]))) == top] if top >= 2 else []

        def counted(pool: list[dict]) -> list[dict]:
            return [r for r in pool if r["unit"] != "CNY" and r["unit"] not in ("percent", "percentage_point") and _ok(r)
                    and float(r["value"]).is_integer() and r["value"] > 1 and r["qualifier"] == "exact"
                    and not _per_head(r) and noun in _count_words(r)]

        same = [r for r in recs[:i] if r["sent_start"] == p["sent_start"]]
        amounts = named([r for r in same if not str(r["label"]).startswith("其中")])
        counts = counted(same)
        # a misfit is asserted only when the amount's words name what the figure averages (到位资金 in both)
        assert_ok = len(counts) == 1 and len(amounts) == 1 \
            and len((own - _bigrams(noun)) & _bigrams(str(amounts[0]["label"]))) >= 2
        if not counts:
            back = [r for r in recs[:i] if 0 < p["sent_idx"] - r["sent_idx"] <= _FAR_SENTENCES]
            counts = counted(back)
        if not amounts:
            amounts = [r for r in recs[:i] if 0 < p["sent_idx"] - r["sent_idx"] <= 2 and r["unit"] == "CNY" and _ok(r)
                       and not _per_head(r) and not _is_prior_level(r) and r["value"] > p["value"]]
        # the printed values themselves give it, not merely their rounding intervals (a search finds those by chance)
        fits = [(a, c) for a in amounts for c in counts if p["lo"] - 1e-9 <= a["value"] / c["value"] <= p["hi"] + 1e-9]
        if assert_ok:
            a, c = amounts[0], counts[0]
        elif len({(float(a["value"]), float(c["value"])) for a, c in fits}) == 1:
            a, c = fits[-1]
        else:
            continue
        comp = a["value"] / c["value"]
        status = "match" if overlaps((a["lo"] / c["hi"], a["hi"] / c["lo"]), (p["lo"], p["hi"])) else "mismatch"
        out.append(_check("per_unit", "implied", p, [a, c], f"{fmt(a)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}",
                          comp, p["value"], status, [a, c, p]))
    return out


def _whole_before_breakdown(p: dict, counts: list[dict], part: dict) -> list[dict]:
    """The count of the part's unit printed before a breakdown word (其中, 包括) that opens the part's list."""
    sent = str(p["sentence"])
    out = []
    for w in counts:
        if w is part or w["unit"] != part["unit"] or w["pos"] >= part["pos"] or w["value"] <= part["value"]:
            continue
        between = sent[w["pos"]:part["pos"]]
        if any(k in between for k in cues()["breakdown_markers"] if k not in ("分别",)) \
                or re.search(cues()["among_marker_regex"], between):  # 调出的1.26万亩节余指标中，复垦为耕地的0.84万亩…
            out.append(w)
    return out[:1]


def _count_further_back(recs: list[dict], i: int, p: dict, amounts: list[dict], units: list[str]) -> list[dict]:
    """`全年共下达…补助资金3978万元, 户均补助3.16万元` with 任务1260户 a sentence or more before: the count
    is not in the per-head figure's sentence. Of the amounts of its sentence and the exact whole counts
    of its units in the sentences before (not per head), the one pair of values whose amount / count
    rounds to the printed figure is taken (`投入…资金5430万元, 其中中央…3260万元、省级…2170万元, 人均培训补助1500元`
    over 培训3.62万人 six sentences before). Agreements only: when no pair or several fit, nothing is said."""
    counts = [r for r in recs[:i] if r["unit"] in units and _ok(r) and not _per_head(r) and r["qualifier"] == "exact"
              and float(r["value"]).is_integer() and r["value"] > 0 and r["sent_start"] != p["sent_start"]
              and 0 < p["sent_idx"] - r["sent_idx"] <= _FAR_SENTENCES]
    # the printed values themselves give it, not merely their rounding intervals (a search finds those by chance)
    fits = [(m, c) for m in amounts for c in counts if p["lo"] - 1e-9 <= m["value"] / c["value"] <= p["hi"] + 1e-9]
    if len({(float(m["value"]), float(c["value"])) for m, c in fits}) != 1:
        return []
    m, c = fits[-1]
    comp = m["value"] / c["value"]
    return [_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}"
                   " (the count printed before its sentence: the one that fits)", comp, p["value"], "match", [m, c, p])]


def _product_after(recs: list[dict], i: int) -> dict | None:
    """`1.28万户, 每户每年3000元, 计3840万元`: the amount printed right after the per-head figure recs[i] as
    its product (``per_unit_product_regex``)."""
    p = recs[i]
    return next((r for r in recs[i + 1:i + 2] if r["sent_start"] == p["sent_start"] and r["unit"] == "CNY"
                 and _ok(r) and re.match(cues()["per_unit_product_regex"], str(r["label"]))), None)


def _paid_after(recs: list[dict], i: int, counts: list[dict]) -> list[dict]:
    """`培训18期2436人次, 补贴标准每人1200元, 发放补贴292.32万元`: the amount paid out in the clause right after a
    price per head (``per_unit_paid_after_regex`` between them) over the heads printed before the price, in one
    sentence. Agreements only: an amount may pay more than the standard grants, or fewer heads."""
    p = recs[i]
    m = next((r for r in recs[i + 1:i + 2] if r["sent_start"] == p["sent_start"] and r["unit"] == "CNY" and _ok(r)
              and not _per_head(r) and r["value"] > p["value"]), None)
    heads = {float(r["value"]) for r in counts if r["qualifier"] == "exact" and r["value"] > 0}
    if m is None or len(heads) != 1:
        return []
    sent = str(p["sentence"])
    if not re.match(cues()["per_unit_paid_after_regex"], sent[p["pos"] + (p["end"] - p["start"]):m["pos"]]):
        return []
    c = next(r for r in reversed(counts) if float(r["value"]) in heads)
    comp = m["value"] / c["value"]
    if not overlaps((m["lo"] / c["hi"], m["hi"] / c["lo"]), (p["lo"], p["hi"])):
        return []
    return [_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}",
                   comp, p["value"], "match", [m, c, p])]


def _periods(p: dict, count: dict, product: bool = False, sentence: str | None = None) -> int | None:
    """How many periods (days, months, terms) an amount paid at a per-head-per-period rate covers: the
    number printed with 按 in the sentence (按200天计), else the periods of a year when the sentence says the
    amount is a year's (全年发放…; ``per_period_in_year``); 1 when the heads are person-times, or when the
    amount is the product printed right after a yearly rate (每户每年3000元, 计3840万元). None: not said. ``sentence``:
    the one the amount is printed in, when not the figure's own."""
    word = re.search(cues()["per_period_regex"], str(p["label"])).group(1)
    if count["unit"] in ("person_time", "other:户次", "other:人次"):
        return 1
    sent = str(p["sentence"]) if sentence is None else sentence
    printed = [int(m.group(1)) for rx in (cues()["per_period_printed_regex"], cues()["per_period_span_regex"])
               for m in re.finditer(rx, sent) if m.group(2) == word and int(m.group(1)) > 0]
    if len(set(printed)) == 1:
        return printed[0]
    n = cues()["per_period_in_year"].get(word)
    if product and n == 1:
        return 1
    return n if n and any(w in sent for w in cues()["per_period_year_words"]) else None


_STATEMENTS_AFTER = 4  # sentences (cut at ；) after standards where the statements paid at them may stand


def _statement(r: dict) -> int:
    """The rank of the statement (the text between ；) of its sentence that a figure stands in."""
    return len(re.findall(r"[;；]", str(r["sentence"])[:int(r["pos"])]))


def _standard_before_its_pairs(recs: list[dict], p: dict, units: list[str]) -> list[dict]:
    """`补贴标准分别为每人每月100元和每人每月80元。全年困难残疾人生活补贴惠及4.21万人，发放资金5052万元；重度残疾人护理补贴惠及
    5.06万人，发放资金4857.6万元`: standards printed alone in their sentence, then in the next sentence statements (between
    ；) of one head count and one amount each. The one statement whose printed values give the standard (amount /
    heads / periods of the year, the next sentence saying it is a year's) is what it was paid at. Agreements only:
    when no statement or several fit, nothing is said."""
    after = [r for r in recs if 0 < r["sent_idx"] - p["sent_idx"] <= _STATEMENTS_AFTER]
    end = next((r["sent_idx"] for r in after if str(r["sentence"]).rstrip()[-1:] not in (";", "；")), None)
    nxt = [r for r in after if end is not None and r["sent_idx"] <= end and _ok(r) and not _per_head(r)]
    # 全年 opening the first statement speaks for those after it up to the full stop
    text = "".join(dict.fromkeys(str(r["sentence"]) for r in nxt))
    fits = []
    for k in sorted({(r["sent_idx"], _statement(r)) for r in nxt}):
        own = [r for r in nxt if (r["sent_idx"], _statement(r)) == k]
        counts = [r for r in own if r["unit"] in units and r["qualifier"] == "exact" and r["value"] > 0]
        amounts = [r for r in own if r["unit"] == "CNY" and r["qualifier"] == "exact" and r["value"] > p["value"]
                   and not _is_prior_level(r)]
        if len(counts) != 1 or len(amounts) != 1:
            continue
        m, c = amounts[0], counts[0]
        n = _periods(p, c, sentence=text)
        if n and p["lo"] - 1e-9 <= m["value"] / c["value"] / n <= p["hi"] + 1e-9:
            fits.append((m, c, n))
    if len(fits) != 1:
        return []
    m, c, n = fits[0]
    comp = m["value"] / c["value"] / n
    return [_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} / {n} = {comp:,.2f} vs {fmt(p)}"
                   " (the standard printed before the statement it was paid in)", comp, p["value"], "match", [m, c, p])]


def _per_period(recs: list[dict]) -> list[dict]:
    """`资助1265人, 每人每学期1500元, 全年发放补助资金379.5万元`; `受益学生12.8万人, 每生每天补助5元, 全年拨付…1.28亿元,
    按200天…计算`; `安置…3860人…。岗位补贴标准为每人每月500元, 全年发放岗位补贴2316万元`: amount / heads / periods
    against the per-head-per-period figure. The amount is the one other sum of money in its sentence (before or
    after it); the heads the one exact count of persons (households for 每户) in it, else in the sentence
    before. Agreements only: the periods are often read from the year, not printed, so a misfit says nothing."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] != "CNY" or not _ok(p) or p["qualifier"] != "exact" \
                or not re.search(cues()["per_period_regex"], str(p["label"])):
            continue
        label = str(p["label"])
        units = ["household", "other:户次"] if re.search(r"每户|户均", label) else ["person", "person_time"]
        same = [r for r in recs if r["sent_start"] == p["sent_start"] and r is not p and _ok(r)]
        amounts = [r for r in same if r["unit"] == "CNY" and not _per_head(r) and not _is_prior_level(r)
                   and not str(r["label"]).startswith("其中") and r["value"] > p["value"]]
        # 全年缴纳保费243万元, 其中使用衔接资金170.1万元、县本级财政资金72.9万元: the parts listed after 其中 are not
        # the amount paid at the rate; the figure they break down is
        k = str(p["sentence"]).find("其中", p["pos"])
        whole = [r for r in amounts if k < 0 or r["pos"] < k]
        amounts = whole if whole else amounts
        product = _product_after(recs, i)
        amounts = [product] if product is not None else amounts
        counts = [r for r in same if r["unit"] in units and not _per_head(r) and r["qualifier"] == "exact"
                  and not str(r["label"]).startswith("其中") and r["value"] > 0]
        if not counts and product is not None:
            # 其中用于…监测户1.28万户, 每户每年3000元, 计3840万元: the part is what the product pays for
            counts = [r for r in same if r["unit"] in units and not _per_head(r) and r["qualifier"] == "exact"
                      and r["value"] > 0 and r["start"] < p["start"]]
        if not counts and not amounts:
            out += _standard_before_its_pairs(recs, p, units)
            continue
        if not counts:
            prev = [r for r in recs if r["sent_idx"] == p["sent_idx"] - 1 and r["unit"] in units and _ok(r)
                    and not _per_head(r) and r["qualifier"] == "exact" and not str(r["label"]).startswith("其中")]
            counts = prev[:1]
        if len({float(r["value"]) for r in amounts}) != 1 or len({float(r["value"]) for r in counts}) != 1:
            continue
        m, c = amounts[0], counts[0]
        n = _periods(p, c, product is not None)
        if not n:
            continue
        comp = m["value"] / c["value"] / n
        civ = (m["lo"] / c["hi"] / n, m["hi"] / c["lo"] / n) if c["lo"] > 0 else (comp, math.inf)
        if not overlaps(civ, (p["lo"], p["hi"])):
            # 共选聘生态护林员11860人…。分县看, 汉滨区1850人…。…每人每年8000元, 全年共兑付…9488万元: the heads
            # further back, the one count whose printed value gives the figure (agreements only)
            c = _fitting_count(recs, p, m, units, lambda r: _periods(p, r, product is not None))
            if c is None:
                continue
            n = _periods(p, c, product is not None)
            comp = m["value"] / c["value"] / n
        out.append(_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} / {n} = {comp:,.2f} vs {fmt(p)}",
                          comp, p["value"], "match", [m, c, p]))
    return out


def _fitting_count(recs: list[dict], p: dict, m: dict, units: list[str], periods) -> dict | None:
    """The exact whole count of ``units`` in the ``_FAR_SENTENCES`` sentences before p's whose printed value, with
    its periods, gives p from amount m; None unless one value fits."""
    cands = [r for r in recs if r["unit"] in units and _ok(r) and not _per_head(r) and r["qualifier"] == "exact"
             and float(r["value"]).is_integer() and r["value"] > 0 and r["sent_start"] != p["sent_start"]
             and 0 < p["sent_idx"] - r["sent_idx"] <= _FAR_SENTENCES]
    fits = [r for r in cands if periods(r)
            and p["lo"] - 1e-9 <= m["value"] / r["value"] / periods(r) <= p["hi"] + 1e-9]
    return fits[-1] if len({float(r["value"]) for r in fits}) == 1 else None



# 平均每千瓦时收益0.77元, 每千常住人口卫生技术人员7.23人, 每万人拥有床位46张: a figure per unit of a measure the
# text prints (千瓦时, 亩, 吨) or per thousand / ten thousand of a count it prints (常住人口); a classifier (每个, 每家)
# or a head (每人, 每户) is read by the rules above
_PER_MEASURE = re.compile(r"每([^\d,，;；。、每]{2,14})$")
_MEASURE_SCALE = {"千": 1e3, "万": 1e4, "百": 1e2, "十万": 1e5, "百万": 1e6}
_MEASURE_SENTENCES = 3  # sentences before the figure where the measure it divides by may stand


def _measure_noun(r: dict, rest: str) -> int:
    """How much of ``rest`` (the words after 每) names what figure r measures: its unit (18563万千瓦时 for
    千瓦时收益) or the noun its clause ends with (常住人口32.46万人 for 常住人口卫生技术人员); 0 when none."""
    if r["unit"].startswith("other:") and rest.startswith(r["unit"][6:]):
        return len(r["unit"]) - 6
    label = re.sub(r"(?:为|达|达到|共|有|约|是)+$", "", str(r["label"]).strip())
    return max((k for k in range(2, len(rest)) if label.endswith(rest[:k])), default=0)


def _per_measure(recs: list[dict]) -> list[dict]:
    """`累计发电量18563万千瓦时…实现发电收益14236万元, 平均每千瓦时收益0.77元`; `年末全县常住人口32.46万人…卫生技术
    人员2346人, 每千常住人口卫生技术人员7.23人`: the amount its words name (收益, 卫生技术人员; the figure of its unit
    before it in its sentence) over the measure printed before it (its unit or its noun), scaled by 千/万. Both
    named once each; a misfit is a mismatch only when the measure stands in its sentence or its noun is long
    (常住人口), else agreements only."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] in ("percent", "percentage_point") or not _ok(p) or p["qualifier"] != "exact":
            continue
        label = str(p["label"])
        m = _PER_MEASURE.search(label)
        if m is None or re.search(cues()["per_period_regex"], label) or any(c in label for c in cues()["per_unit_cues"]) \
                or m.group(1)[0] in "个家所处座位名人户年月日天次":
            continue
        after = m.group(1)
        back = [r for r in recs[:i] if 0 <= p["sent_idx"] - r["sent_idx"] <= _MEASURE_SENTENCES and _ok(r)
                and r["unit"] not in ("percent", "percentage_point") and r["qualifier"] == "exact"
                and not _per_head(r) and not _is_prior_level(r) and not _is_change(r)
                and not str(r["label"]).startswith("其中") and r["value"] > 0]
        found = None
        for prefix, scale in [("", 1.0)] + [(k, v) for k, v in _MEASURE_SCALE.items() if after.startswith(k)]:
            rest = after[len(prefix):]
            named = [(r, _measure_noun(r, rest)) for r in back]
            named = [(r, k) for r, k in named if k]
            if not named:
                continue
            last = max(r["start"] for r, _ in named)
            den, k = next((r, k) for r, k in named if r["start"] == last)
            what = rest[k:]
            what = re.sub(r"^(?:拥有|有|的|平均)", "", what)
            if len(what) < 2:
                break
            nums = [r for r in back if r["sent_start"] == p["sent_start"] and r["unit"] == p["unit"] and r is not den
                    and what in str(r["label"])]
            if len({float(r["value"]) for r in nums}) == 1:
                found = (nums[-1], den, scale, len(rest[:k]) >= 4 or den["sent_start"] == p["sent_start"])
            break
        if found is None:
            continue
        n, d, scale, assert_ok = found
        comp = n["value"] / d["value"] * scale
        civ = (n["lo"] / d["hi"] * scale, n["hi"] / d["lo"] * scale) if d["lo"] > 0 else (comp, math.inf)
        status = "match" if overlaps(civ, (p["lo"], p["hi"])) else "mismatch"
        if status == "mismatch" and not assert_ok:
            continue
        per = f" / {scale:g}" if scale != 1 else ""
        out.append(_check("per_unit", "implied", p, [n, d], f"{fmt(n)} / ({fmt(d)}{per}) = {comp:,.2f} vs {fmt(p)}",
                          comp, p["value"], status, [n, d, p]))
    return out


def _year_counts(text: str) -> list[int]:
    """The numbers of years a span printed in ``text`` may cover (十年间: 10; 2013—2022年: 10 or 9); [] when the text
    prints no span or more than one."""
    spans = list(re.finditer(cues()["year_span_regex"], text))
    if len(spans) != 1:
        return []
    m = spans[0]
    if m.group("n"):
        n = parse_number(m.group("n"))
        return [int(n)] if n and float(n).is_integer() and 1 < n <= 50 else []
    y0, y1 = int(m.group("y0")), int(m.group("y1"))
    return [y1 - y0 + 1, y1 - y0] if y1 - y0 >= 2 else []


def _year_averages(recs: list[dict]) -> list[dict]:
    """`自2010年…以来, 十年间山东累计投入援青资金21.63亿元, 年均2.16亿元`: the amount printed right before a yearly average
    (``year_average_regex``) over the years of the span its sentence prints before it (``year_span_regex``). Agreements
    only: whether a span of years counts its first year is not said."""
    out = []
    for i, p in enumerate(recs[1:], 1):
        a = recs[i - 1]
        if p["unit"] in ("percent", "percentage_point") or not (_ok(p) and _ok(a)) or a["unit"] != p["unit"] \
                or a["sent_start"] != p["sent_start"] or _per_head(a) or a["value"] <= p["value"] \
                or not re.search(cues()["year_average_regex"], str(p["ctx_before"])):
            continue
        for n in _year_counts(str(p["sentence"])[:int(a["pos"])]):
            comp = a["value"] / n
            if overlaps((a["lo"] / n, a["hi"] / n), (p["lo"], p["hi"])):
                out.append(_check("per_unit", "implied", p, [a], f"{fmt(a)} / {n} years = {comp:,.2f} vs {fmt(p)}",
                                  comp, p["value"], "match", [a, p]))
                break
    return out


def _period_averages(recs: list[dict]) -> list[dict]:
    """`全年收运处置农村生活垃圾4.26万吨，日均116.7吨`; `每人每年7236元，折合每人每月603元`: a figure per day or month
    (``period_average_regex``) right after a year's figure of its unit in its sentence is that figure over the days or
    months of a year. Agreements only."""
    out = []
    for i, p in enumerate(recs[1:], 1):
        a = recs[i - 1]
        m = re.search(cues()["period_average_regex"], str(p["ctx_before"]))
        if m is None or p["unit"] in ("percent", "percentage_point") or not (_ok(p) and _ok(a)) \
                or a["unit"] != p["unit"] or a["sent_start"] != p["sent_start"] or a["value"] <= p["value"] \
                or not any(w in str(a["label"]) for w in cues()["period_average_year_words"]):
            continue
        n = cues()["period_average_in_year"][next(k for k, v in m.groupdict().items() if v)]
        comp = a["value"] / n
        if overlaps((a["lo"] / n, a["hi"] / n), (p["lo"], p["hi"])):
            out.append(_check("per_unit", "implied", p, [a], f"{fmt(a)} / {n} = {comp:,.2f} vs {fmt(p)}",
                              comp, p["value"], "match", [a, p]))
    return out


def _per_unit(recs: list[dict]) -> list[dict]:
    """`分红975.94万元, 带动3368人次, 人均增收2897.7元`: amount / count against the per-head figure;
    with no amount stated, count x per-head figure is an implied total."""
    out = []
    for i, p in enumerate(recs):
        if p["unit"] != "CNY" or not _ok(p):
            continue
        cue = next((c for c in cues()["per_unit_cues"] if c in p["label"]), None)
        if cue is None or re.search(cues()["per_period_regex"], p["label"]):
            continue  # (a second divisor, 每人每学期: ``_per_period``)
        if any(w in p["label"] for w in cues()["per_unit_statistic_words"]):
            continue  # 村民人均可支配收入2.96万元: a statistic of the population, no amount over a printed count
        same = [r for r in recs[:i] if r["sent_start"] == p["sent_start"] and _ok(r)]
        # 转移就业9.62万人, 比上年增加0.48万人, …人均2.56万元: a change is no head count to divide by
        counts = [r for r in same if r["unit"] in cues()["per_unit_cues"][cue] and not _per_head(r)
                  and float(r["value"]).is_integer() and not _is_change(r)]
        priced = re.search(cues()["unit_price_regex"], p["label"]) is not None
        if priced and not (counts and any(r["unit"] == "CNY" and not _per_head(r) for r in same)):
            out += _paid_after(recs, i, counts)
            continue  # 每户2000元 before the households it is paid to: a price (``unit_price``); after an amount
            # and its heads (发放补助1158.6万元, 资助学生3862人, 每人3000元) it is that amount per head (agreements
            # only: the amount may pay for more than the grants)
        # 户均2.0万元 after 贷款1.97亿元 is that amount per household; 人均增收 is no share of an investment,
        # unless both name the same payment (资助资金2.36亿元 … 人均资助2398元); 增收4771万元, 户均增收4260元,
        # 人均增收1477元: another per-head figure is no amount to divide
        gain = re.search(cues()["per_unit_income_words"], p["label"])
        paid = [w for w in cues()["per_unit_payment_words"] if w in p["label"]]
        amounts = [r for r in same if r["unit"] == "CNY" and not _per_head(r) and not _is_prior_level(r)
                   and not (gain and any(w in r["label"] for w in cues()["per_unit_amount_blockers"])
                            and not any(w in r["label"] for w in paid))]
        names = [v for k, v in cues()["per_unit_named_amounts"].items() if k in p["label"][p["label"].find(cue):]]
        if not amounts and counts and names:
            # `…小额信贷余额28.64亿元, 比年初增加3.12亿元; 余额户数6.38万户, 户均贷款4.49万元`: the amount its words name
            # in the statement before ；
            prev = [r for r in recs[:i] if r["sent_idx"] == p["sent_idx"] - 1 and _ok(r)]
            if prev and str(prev[0]["sentence"]).rstrip()[-1:] in (";", "；"):
                amounts = [r for r in prev if r["unit"] == "CNY" and not _per_head(r) and not _is_prior_level(r)
                           and not _is_change(r) and not str(r["label"]).startswith("其中")
                           and any(x in r["label"] for v in names for x in v)]
                amounts = amounts[-1:] if len({float(r["value"]) for r in amounts}) == 1 else []
        whole = [r for r in amounts if not str(r["label"]).startswith("其中")]
        # 其中到户贷款1.38亿元, 占32.5%, 扶持贫困农户2.76万户, 户均5000元: in a sentence that opens with 其中 and
        # prints no other amount, the part it is about is the amount divided
        amounts = whole if whole or not str(p["sentence"]).lstrip().startswith("其中") else amounts
        # 1.28万户, 每户每年3000元, 计3840万元: the product printed right after the per-head figure is its amount
        product = _product_after(recs, i)
        amounts = [product] if product is not None else amounts
        if not counts:
            if not amounts:
                # 人均务工收入2.83万元, …; 全县脱贫劳动力全年务工收入14.49亿元: the amount printed after it in its
                # statement, named by the words after the cue
                what = str(p["label"])[str(p["label"]).find(cue) + len(cue):]
                joined = str(p["sentence"]).rstrip()[-1:] in (";", "；")  # the statement runs on after ;
                amounts = [r for r in recs[i + 1:] if (r["sent_start"] == p["sent_start"]
                                                       or joined and r["sent_idx"] == p["sent_idx"] + 1) and r["unit"] == "CNY" and _ok(r)
                           and not _per_head(r) and not _is_prior_level(r) and len(what) >= 2 and what in str(r["label"])]
            if not amounts and len(_bigrams(what)) >= 2:
                # 全年共发放劳务报酬712.6万元…。项目共带动…务工1862人…。务工群众人均获得劳务报酬3827元: the amount in the
                # sentences before whose words share two word pairs with what the figure averages
                amounts = [r for r in recs[:i] if 0 < p["sent_idx"] - r["sent_idx"] <= _FAR_SENTENCES
                           and r["unit"] == "CNY" and _ok(r) and not _per_head(r) and not _is_prior_level(r)
                           and not _is_change(r) and r["value"] > p["value"]
                           and len(_bigrams(what) & _bigrams(str(r["label"]))) >= 2]
            if amounts:
                out += _count_further_back(recs, i, p, amounts, cues()["per_unit_cues"][cue])
            continue
        c = counts[-1]
        if amounts and c["value"]:
            m = amounts[-1]
            # 户均贷款5万元 after 小额信贷3.24亿元 and 贴息资金3518万元: the amount its words name
            names = [v for k, v in cues()["per_unit_named_amounts"].items() if k in p["label"][p["label"].find(cue):]]
            named = [r for r in amounts if any(x in r["label"] for v in names for x in v)]
            if named and not any(x in m["label"] for v in names for x in v):
                m = named[-1]
            # 带动1.86万户, 其中务工带动6380户、分红带动1.22万户, 增收2325万元, 户均增收1250元: the nearest count
            # is a part of the whole before 其中, and the per-head figure may be of either; a mismatch only when
            # neither fits
            for c2 in [c] + [w for w in _whole_before_breakdown(p, counts, c) if w["value"]]:
                comp = m["value"] / c2["value"]
                civ = (m["lo"] / c2["hi"], m["hi"] / c2["lo"]) if c2["lo"] > 0 else (comp, math.inf)
                status = "match" if overlaps(civ, (p["lo"], p["hi"])) else "mismatch"
                if status == "match":
                    c = c2
                    break
            if status != "match" and not named:
                # 实现旅游综合收入1.82亿元，村集体经营性收入386万元，参与旅游经营的农户238户，户均年经营收入8.2万元: with
                # several amounts its words do not name, the one whose quotient gives the figure, else no verdict
                fits = [r for r in amounts if r is not m and overlaps(_quotient_iv(r, c), (p["lo"], p["hi"]))]
                if len({float(r["value"]) for r in amounts}) > 1 and len({float(r["value"]) for r in fits}) != 1:
                    continue
                if fits:
                    m, status = fits[-1], "match"
            comp = m["value"] / c["value"]
            if priced and status != "match":
                continue
            if paid and not named and status != "match" and re.search(cues()["per_unit_income_words"], str(m["label"])):
                continue  # 村集体收入186万元, 带动126户, 户均分红2800元: the figure names a payment (分红) that no amount
                # of the sentence names, and the amount is an income, what the payer earned, not what it paid out
            out.append(_check("per_unit", "implied", p, [m, c], f"{fmt(m)} / {fmt(c)} = {comp:,.2f} vs {fmt(p)}",
                              comp, p["value"], status, [m, c, p]))
        else:
            x = c["value"] * p["value"]
            out.append(_check("implied_total", "implied", None, [c, p], f"{fmt(c)} x {fmt(p)} ≈ {x:,.0f}",
                              None, x, "implied", [c, p]))
    return out + _per_each(recs) + _money_per_each(recs) + _per_period(recs) + _per_measure(recs) + _year_averages(recs) + _period_averages(recs)


def _counts_measure(r: dict, word: str) -> bool:
    """Whether figure r counts the measure ``word`` of a per-unit figure (``per_measure_nearby_units``; 服务点326个
    for 点均; any figure printed with the classifier 个 for 每个)."""
    if word in cues()["per_measure_nearby_classifiers"]:
        return str(r["raw"]).rstrip().endswith(word)
    noun = str(r.get("noun") or "") if str(r.get("noun") or "") != "nan" else ""
    return r["unit"] in cues()["per_measure_nearby_units"].get(word, []) \
        or any(x.endswith(word) for x in (noun, str(r["unit"])[6:] if str(r["unit"]).startswith("other:") else "") if x)


def _near(p: dict, r: dict, window: list[int]) -> bool:
    return -window[0] <= r["sent_idx"] - p["sent_idx"] <= window[1]


def measure_nearby(recs: list[dict], done: set[str]) -> list[dict]:
    """`全年新改建农村公路386公里, 其中县道升级改造58公里、…。县道升级改造完成投资1.86亿元, 平均每公里投资320万元`; `…其中脱贫户
    1.52万户…。全年带动脱贫户增收1.04亿元, 户均增收6840元`; `按每公里15万元标准奖补, 全年奖补通组路54.6公里, 兑现奖补资金819万元`;
    `新建安置房286套, 总建筑面积3.43万平方米, 套均120平方米`; `开发乡村公益性岗位2260个, 用于岗位补贴3390万元, 每个岗位每月
    补贴1250元` (a year's amount, the sentence saying so, over 12 months): a figure per unit of a measure (``per_measure_nearby_regex``)
    that no rule above pairs, against an amount of its unit printed near it (the sentence before to the one after) over a
    figure counting its measure (three sentences before to the one after). The one pair of values whose quotient gives
    the figure within the rounding of the three is taken. Agreements only: when no pair or several fit, nothing is said.
    ``done``: the figures another per_unit rule (here or in ``fupin.checks.unit_price``) already checks."""
    out = []
    rx = cues()["per_measure_nearby_regex"]
    for p in recs:
        if p["fact_id"] in done or p["unit"] in ("percent", "percentage_point") or not _ok(p) \
                or p["qualifier"] != "exact" or not p["value"] > 0:
            continue
        m = re.search(rx, str(p["label"]))
        if m is None or any(w in str(p["label"]) for w in cues()["per_unit_statistic_words"]):
            continue
        word = m.group("m") or m.group("n")
        n = cues()["per_period_in_year"].get(m.group("p") or m.group("q") or "年") or 1
        if n != 1 and not any(w in str(p["sentence"]) for w in cues()["per_period_year_words"]):
            continue  # 聘用护林员1050人, 每人每月500元, 发放工资630万元: how many months the amount paid is not said
        pool = [r for r in recs if r is not p and _ok(r) and r["qualifier"] == "exact" and not _per_head(r)
                and not _is_change(r) and not _is_prior_level(r) and r["value"] > 0]
        amounts = [r for r in pool if r["unit"] == p["unit"] and r["value"] > p["value"] and "其中" not in str(r["label"])
                   and _near(p, r, cues()["per_measure_nearby_amount_sentences"])]
        measures = [r for r in pool if r["unit"] != p["unit"] and _counts_measure(r, word)
                    and _near(p, r, cues()["per_measure_nearby_measure_sentences"])]
        fits = [(a, c) for a in amounts for c in measures
                if overlaps(tuple(x / n for x in _quotient_iv(a, c)), (p["lo"], p["hi"]))]
        if len({(float(a["value"]), float(c["value"])) for a, c in fits}) != 1:
            continue
        a, c = fits[-1]
        comp = a["value"] / c["value"] / n
        per = f" / {n}" if n != 1 else ""
        out.append(_check("per_unit", "implied", p, [a, c], f"{fmt(a)} / {fmt(c)}{per} = {comp:,.2f} vs {fmt(p)}"
                          " (the amount and the measure printed near it: the one pair that fits)", comp, p["value"],
                          "match", [a, c, p]))
    return out
