"""Check ``breakdown``: a total before its parts, opened by a breakdown word (其中, 包括, 分别, …中:).
"""
from __future__ import annotations

import math
import re

from ..scopes import CLAUSE_PUNCT, against_prior_year, cues, fmt, overlaps
from .category_count import _category_count
from .common import (_NON_ADDITIVE, _check, _clause_group, _is_change, _is_prior_level, _ok, _per_head, _restates_levels,
                     _share_after, _prev_same_unit, _stage, _sum_iv)


def _against_earlier(r: dict) -> bool:
    """A change said against an earlier level (比上年增加1.2万亩, 同比减少3个): the difference of two stocks."""
    return against_prior_year().search(r["label"]) is not None


def _marker(x: dict) -> tuple[str, int] | None:
    """The breakdown word in the text before a fact, with its offset in the sentence."""
    # 5万元（含）至10万元: the 含 of an inclusive band limit opens no breakdown (same length, offsets hold)
    ctx = re.sub(cues()["inclusive_bound_regex"], lambda m: " " * len(m.group()), x["ctx_before"])
    base = x["pos"] - len(ctx)
    m = re.search(cues()["among_marker_regex"], ctx)
    if m and not any(p in ctx[:m.start()] for p in CLAUSE_PUNCT) and not ctx[:m.start()].endswith("其"):
        # 其中， is the word 其中 (its total may close the sentence before); X中， closes a noun phrase
        return "中", base + m.start()
    hits = [(ctx.rfind(w), w) for w in cues()["breakdown_markers"] if w in ctx]
    if hits:
        k, w = max(hits)
        return w, base + k
    return None


def _breakdowns(recs: list[dict], used: set[str], sums: dict[str, list[str]]) -> list[dict]:
    out = []
    for i, x in enumerate(recs):
        if x["fact_id"] in used or x["unit"] in _NON_ADDITIVE or not _ok(x):
            continue
        mk = _marker(x)
        if mk is None:
            continue
        word, at = mk
        group = _clause_group(recs, i)
        if word in ("中", "其中") and not any(c in str(x["sentence"])[:max(at, 0)] for c in CLAUSE_PUNCT):
            group = _run_on(recs, group)
        # 其中已消除867户3502人: the marker governs every unit listed after it, each with its own total
        units = [x["unit"]] + sorted({recs[j]["unit"] for j in group} - {x["unit"]} - set(_NON_ADDITIVE))
        for unit in units:
            total = _prev_same_unit(recs, i, unit, at)
            if total is not None and word == "其中" and _counterpart_between(recs, i, unit, total, at):
                continue  # 就业126人，组织转移就业3860人次，其中赴陕务工215人: the 人次 right before 其中 is the whole
            if total is not None and _rate_base(recs, total):
                # 务工就业36120人, 完成年度目标任务35000人的103.2%, 其中…: the target is the base of the
                # rate, not what 其中 breaks down; the figure before it is
                k = recs.index(total)
                total = _prev_same_unit(recs, k, unit, total["pos"])
            while total is not None and _is_change(total) and not _is_change(x) \
                    and (total["sent_start"] != x["sent_start"] or _against_earlier(total)
                         or _restates_levels(recs, recs.index(total))):
                # 增加1.36亿元，增长16.3%。其中，采购6.15亿元…: the change closing the sentence before is not the whole;
                # 茶园20.6万亩，比上年增加1.2万亩，其中投产茶园16.8万亩: nor a change against the year before in its own;
                # 由上年的6.47万人增加到6.82万人，增加0.35万人，其中区外4.16万人: nor the difference of the two levels before it
                total = _prev_same_unit(recs, recs.index(total), unit, total["pos"])
            while total is not None and _is_prior_level(total):
                # 销售13.62亿元, 比上年的11.49亿元增长18.5%, 其中…: the earlier level is not what 其中 breaks down
                total = _prev_same_unit(recs, recs.index(total), unit, total["pos"])
            if total is not None and _per_head(total) and not _per_head(x):
                # 总收入4862万元，村均13.5万元，…。其中，经营性收入2915万元…: the average of the total printed before it
                # in its sentence is not what 其中 breaks down; that total is (per-head parts, 人均纯收入分别达到13856元和
                # 14203元, break down no sum)
                k = recs.index(total)
                own = _prev_same_unit(recs, k, unit, total["pos"])
                if own is not None and own["sent_start"] == total["sent_start"] and not _per_head(own):
                    total = own
            if word == "中" and (total is None or total["sent_start"] != x["sent_start"]):
                # 直接投入帮扶资金中，用于产业发展752万元…: a sentence opened by the name of a total printed before
                total = _named_before(recs, i, unit, at)
            if total is None or re.search(cues()["average_figure_regex"], str(total.get("ctx_before") or "")):
                continue  # 平均为52.8万元，其中连樟村达到126万元: an average is no whole
            parts = [recs[j] for j in group if recs[j]["unit"] == unit and _ok(recs[j])
                     and recs[j]["fact_id"] not in used and _part_of(recs[j], total)]
            parts = _until_new_statement(parts, word)
            if not parts or any(re.search(cues()["each_of_listed_regex"], str(p["ctx_before"])) for p in parts):
                continue  # 云南省、四川省各有88个: a figure apiece counts once per place listed
            parts, closing = _before_subtotal(parts)
            if closing is not None and word in cues()["apiece_markers"]:
                # 三镇网络零售额分别为1.86亿元、1.12亿元和0.94亿元，三镇合计4.02亿元: figures given apiece, then closed by
                # their own total in their sentence, are its parts, not those of a figure printed before
                total, by_place_closed = closing, True
            else:
                by_place_closed = False
            if word in cues()["apiece_markers"] and _all_per_head(parts):
                continue  # 二类地区分别为每人每月988元和每人每年9204元: standards given apiece per head add up to nothing
            parts, nested = _bracketed_parts(x["sentence"], at, parts)
            by_place = not by_place_closed and total["sent_start"] != x["sent_start"] and (
                re.match(cues()["breakdown_by_place_regex"], word) or _places_apiece(word, parts))
            if by_place:
                total = _whole_by_place(recs, i, unit, parts, used)
                if total is None:
                    continue
            if word == "其中" and total["sent_start"] != x["sent_start"]:
                # 实施帮扶项目3862个，已完工3517个。其中，产业发展类项目1426个…: of several figures of the unit in the
                # sentence before, the one the parts add up to (none: which one is broken down is not said)
                rivals = [r for r in recs if r["sent_start"] == total["sent_start"] and r["unit"] == unit and _ok(r)
                          and not _is_change(r) and not _is_prior_level(r) and not _per_head(r)]
                if len({float(r["value"]) for r in rivals}) > 1:
                    fit = [r for r in rivals if overlaps(_sum_iv(_parts_until_total(parts, r)), (r["lo"], r["hi"]))]
                    if len(fit) != 1:
                        continue
                    total = fit[0]
            parts = _parts_until_total(parts, total)
            if _overlapping_shares(recs, parts):
                continue
            if total["sent_start"] != x["sent_start"] and total["value"] < max(p["value"] for p in parts):
                continue  # a smaller figure in an earlier sentence is not the whole
            # places given figures apiece (A县、B县、C县…分别为…，位居全市前三) may be some of the whole's places:
            # as after 分县看, 分别 does not say the list is complete
            # (全市辣椒92.6万亩，其中大方县、织金县分别种植18.5万亩和16.2万亩: the places named are some of the whole's, in
            # its own sentence too)
            apiece_places = by_place or (not by_place_closed and _places_apiece(word, parts))
            said = [c for c in cues()["exhaustive_cues"] if not (apiece_places and c in cues()["apiece_markers"])]
            exhaustive = word in said or any(c in p["label"] for p in parts for c in said)
            listed = x["sentence"][max(0, at):parts[-1]["pos"]] if parts[-1]["sent_start"] == x["sent_start"] else ""
            exhaustive = exhaustive or any(w in listed for w in cues()["complete_levels"]) or _items_taken_up(total, parts) \
                or _levels_of_a_grant(total, parts)
            if total["hi"] == math.inf and _sum_iv(parts)[1] == math.inf:
                continue  # 均达到10万元以上，其中50万元以上的村36个: open bounds on both sides, a check that cannot fail
            out.append(_sum_or_nesting("breakdown", total, parts, exhaustive, [total] + parts))
            used.update(p["fact_id"] for p in parts)
            for parent, sub in nested:
                out.append(_sum_or_nesting("breakdown", parent, sub, False, [parent] + sub))
                used.update(p["fact_id"] for p in sub)
                sums[parent["fact_id"]] = [p["fact_id"] for p in sub]
            sums[total["fact_id"]] = [p["fact_id"] for p in parts]
            cat = _category_count(recs, total, parts)
            if cat:
                out.append(cat)
    return out


def _counterpart_between(recs: list[dict], i: int, unit: str, total: dict, at: int) -> bool:
    """A figure in the unit that counts ``unit``'s beings once per time (人次 for 人, ``time_counterparts``) between
    ``total`` and the marker at ``at`` in the sentence of recs[i]: that figure, not ``total``, is broken down."""
    others = cues()["time_counterparts"].get(unit, [])
    x = recs[i]
    return any(r["sent_start"] == x["sent_start"] and r["unit"] in others and total["pos"] < r["pos"] < at
               for r in recs[:i]) if total["sent_start"] == x["sent_start"] else False


_BY_PLACE_REACH = 8
"""Sentences back in which the whole of a breakdown by place (分县看) is looked for."""


def _whole_by_place(recs: list[dict], i: int, unit: str, parts: list[dict], used: set[str]) -> dict | None:
    """The whole of parts listed by place after 分县看: among the figures of ``unit`` in the sentences
    before, those that are no part of another breakdown (no breakdown word before them in their
    sentence), no change and no earlier level, and not smaller than a part. One such figure is the
    whole; of several, the one the parts add up to, else none (no verdict: which total the places
    split is not said). 安排资金23.56亿元 … 累计拨付21.84亿元 … 其中用于基层21.36亿元. 分县看, 莎车县7.86亿元、…"""
    x = recs[i]
    biggest = max(p["value"] for p in parts)
    cands = [r for r in recs[:i] if x["sent_idx"] - _BY_PLACE_REACH <= r["sent_idx"] < x["sent_idx"]
             and r["unit"] == unit and _ok(r) and r["fact_id"] not in used and _marker(r) is None
             and not _is_change(r) and not _is_prior_level(r) and r["value"] >= biggest]
    if len(cands) == 1:
        return cands[0]
    s_iv = _sum_iv(parts)
    fits = [r for r in cands if overlaps(s_iv, (r["lo"], r["hi"]))]
    return fits[-1] if fits else None


def _run_on(recs: list[dict], group: list[int]) -> list[int]:
    """A breakdown word opening its sentence (其中，…; 直接投入帮扶资金中，…) lists parts up to the full stop: the
    statements joined by ； after it run on (…占59.7%；用于教育帮扶218万元、…), up to one that opens a breakdown
    of its own."""
    out = list(group)
    while out[-1] + 1 < len(recs):
        last, nxt = recs[out[-1]], recs[out[-1] + 1]
        if str(last["sentence"]).rstrip()[-1:] not in ("；", ";") or nxt["sent_idx"] != last["sent_idx"] + 1 \
                or _marker(nxt) is not None:
            break
        out += [j for j in range(out[-1] + 1, len(recs)) if recs[j]["sent_start"] == nxt["sent_start"]]
    return out


_NAMED_REACH = 3
"""Sentences back in which the total a sentence opens with (X中，) is looked for."""


def _named_before(recs: list[dict], i: int, unit: str, at: int) -> dict | None:
    """`全年直接投入帮扶资金1260万元…。直接投入帮扶资金中，用于产业发展752万元…`: the words before 中 open the
    sentence (four characters at least) and name a figure of ``unit`` in the sentences before, the one whose
    clause ends with them (no change, no earlier level, no average); the latest such, when all such agree."""
    x = recs[i]
    noun = str(x["sentence"])[:max(at, 0)].strip()
    noun = re.sub(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])", "", noun)
    if not re.fullmatch(r"[\u4e00-\u9fff“”\"]{4,14}", noun):
        return None
    cands = [r for r in recs[:i] if 0 < x["sent_idx"] - r["sent_idx"] <= _NAMED_REACH and r["unit"] == unit and _ok(r)
             and re.split(r"[,，;；:：]", str(r["label"]))[-1].endswith(noun) and not _is_change(r)
             and not _is_prior_level(r) and not _per_head(r)]
    if not cands or len({float(r["value"]) for r in cands}) != 1:
        return None
    return cands[-1]


def _overlapping_shares(recs: list[dict], parts: list[dict]) -> bool:
    """Parts each followed by its own share of the whole (其中，用于民生的资金18.62亿元，占79.0%，用于基层的
    资金21.36亿元，占90.7%) whose shares add up to more than the whole: the parts are overlapping
    categories of the total, not a split of it."""
    shares = [s for s in (_share_after(recs, recs.index(p)) for p in parts) if s is not None]
    return len(shares) >= 2 and sum(float(r["lo"]) for r in shares) > 100


def _bracketed_parts(sentence: str, at: int, parts: list[dict]) -> tuple[list[dict], list[tuple[dict, list[dict]]]]:
    """The parts of a breakdown at its own level, and the figures in brackets right after one of them,
    which break that part down, not the total: 学校186所，其中义务教育阶段学校172所（小学151所、初中21所）
    has the parts 172 alone, and 151 + 21 are a breakdown of 172 (two or more bracketed figures; one bracketed
    figure is a detail of its part, and is neither)."""
    top, nested = [], []
    for p in parts:
        # a part on a line of its own (其中：1. …；2. …): its brackets are counted in its own statement
        own = str(p.get("sentence") or sentence)
        between = sentence[max(0, at):p["pos"]] if own == sentence else own[:p["pos"]]
        depth = sum(between.count(c) for c in "（(") - sum(between.count(c) for c in "）)")
        if depth > 0 and top:
            if nested and nested[-1][0] is top[-1]:
                nested[-1][1].append(p)
            else:
                nested.append((top[-1], [p]))
        else:
            top.append(p)
    # a single bracketed figure (苹果园管护用工15.36万元（共投工2560个，每个工日60元）) details its part, a price or a
    # count of it: no part of the whole either, and no breakdown of its own
    flat = {id(p) for _, sub in nested for p in sub}
    nested = [(q, sub) for q, sub in nested if len(sub) >= 2]
    return [p for p in parts if id(p) not in flat], nested


def _before_subtotal(parts: list[dict]) -> tuple[list[dict], dict | None]:
    """The parts up to a figure that closes them, and that figure: after two parts or more, a figure right
    after a total word (``closing_total_regex``: 其中，脱贫劳动力1532人、监测对象218人，合计1750人), or after words
    ending with one when it equals their sum (汉滨区1850人…宁陕县960人，四县（区）合计6010人), is their own sum
    (checked as a list, checks/total_after_parts.py), no further part of the whole."""
    bare = re.compile(r"^[、，,\s]*(?:" + cues()["closing_total_regex"] + r")\s*$")
    named = re.compile("(?:" + cues()["closing_total_regex"] + r")\s*$")
    for k, p in enumerate(parts):
        before = str(p["ctx_before"])
        if k >= 2 and (bare.match(before)
                       or named.search(before) and overlaps(_sum_iv(parts[:k]), (p["lo"], p["hi"]))):
            return parts[:k], p
    return parts, None


def _all_per_head(parts: list[dict]) -> bool:
    """Whether every part is a per-head figure: its own label says so (每人每月988元和每人每年9204元), or it is listed
    bare after one that does, the list sharing its noun (人均纯收入分别为13652元、13418元和13896元)."""
    head = False
    for p in parts:
        if str(p["label"]).strip(" 、和及与，,以"):
            head = _per_head(p)
        if not head:
            return False
    return True


def _places_apiece(word: str, parts: list[dict]) -> bool:
    """Figures given apiece to places named before the word (敖汉旗、翁牛特旗、宁城县…分别为318人、286人和274人):
    each part has a place of its own, so the whole is looked for as after 分县看, not taken from the last
    figure of the sentence before."""
    regions = [str(p.get("region") or "") for p in parts]
    return (word in cues()["apiece_markers"] and len(parts) >= 2 and all(regions)
            and len(set(regions)) == len(parts))


def _levels_of_a_grant(total: dict, parts: list[dict]) -> bool:
    """Whether the parts split a fiscal grant (``fiscal_grant_regex``) by the levels of government that fund it, from
    中央 (``level_chain_top_regex``) down to the county (``level_chain_bottom_regex``): 下达衔接推进乡村振兴补助资金2.68亿元，
    其中中央资金1.52亿元、省级资金0.74亿元、市级资金0.18亿元、县级资金0.21亿元 names every level, so the list is the whole."""
    c = cues()
    upper = re.search(c["upper_grant_regex"], str(total["label"])) is not None  # 争取上级资金: 中央 down to 市级
    if len(parts) < 2 or (re.search(c["fiscal_grant_regex"], str(total["label"])) is None and not upper):
        return False
    if parts[0]["sent_start"] != parts[-1]["sent_start"]:
        return False
    sentence = str(parts[0]["sentence"])
    first = re.split(r"[、，,；;：:]", sentence[:parts[0]["pos"]])[-1]
    last = re.split(r"[、，,；;：:]", sentence[parts[-2]["pos"]:parts[-1]["pos"]])[-1]
    return (re.search(c["level_chain_top_regex"], first) is not None
            and (re.search(c["level_chain_bottom_regex"], last) is not None
                 or (upper and re.search(c["upper_chain_bottom_regex"], last) is not None)))


def _rate_base(recs: list[dict], r: dict) -> bool:
    """A figure written as the base of the percent right after it (目标任务35000人的103.2%)."""
    k = recs.index(r)
    nxt = recs[k + 1] if k + 1 < len(recs) else None
    return (nxt is not None and nxt["unit"] == "percent" and nxt["sent_start"] == r["sent_start"]
            and re.fullmatch(r"[)）]?的", r["ctx_after"].strip()) is not None)


def _items_taken_up(total: dict, parts: list[dict]) -> bool:
    """Whether the parts take up, one each and in order, the items counted in the clause right before the
    total (开行务工专列6列、包车152辆，共输送务工人员8760人，其中专列输送5210人、包车输送3450人): the list is
    then the whole, and a shortfall is a mismatch."""
    if len(parts) < 2 or any(p["sent_start"] != total["sent_start"] for p in parts):
        return False
    clauses = re.split(r"[，,；;：:]", total["sentence"][:total["pos"]])
    if len(clauses) < 2:
        return False
    items = clauses[-2].split("、")
    if len(items) != len(parts) or not all(re.search(r"\d", s) for s in items):
        return False
    markers = sorted(cues()["breakdown_markers"], key=len, reverse=True)
    for item, p in zip(items, parts):
        core = p["label"].strip(" ,，、;；:：")
        for w in markers:
            core = core.removeprefix(w)
        if len(core) < 2 or core[:2] not in item:
            return False
    return True


def _opens_statement(text: str) -> bool:
    """Whether the words before a figure open a new statement (``breakdown_statement_verbs``: 发放, 带动 …)."""
    return text.lstrip(" ,，、;；:：").startswith(tuple(cues()["breakdown_statement_verbs"]))


def _until_new_statement(parts: list[dict], word: str) -> list[dict]:
    """The parts up to the first one whose words open a new statement with a verb (其中中央资金260万元，发放劳务报酬
    108.4万元: the pay is drawn from a part, no second part of the investment); all of them when the first part opens
    with such a verb too (其中，发放…): then the verbs are the list's own."""
    if not parts:
        return parts
    first = str(parts[0]["ctx_before"])
    if _opens_statement(first[first.rfind(word) + len(word):] if word in first else first):
        return parts
    k = next((k for k, p in enumerate(parts[1:], 1) if _opens_statement(str(p["ctx_before"]))), len(parts))
    return parts[:k]


def _names_maximum(r: dict) -> bool:
    """A figure named as the most that can be scored or reached (满分50分, 分值10; ``maximum_words`` of
    data/checks.yaml), in the words of its own clause."""
    label = str(r["label"] or "")
    return any(label.endswith(w) or label.endswith(w + "为") for w in cues()["maximum_words"])


def _part_of(p: dict, total: dict) -> bool:
    """Whether a figure after a breakdown word can be a part of the total: not a change, and not a
    count of another project stage (已完工14个, 其中7个全部开工、4个已完工: the 开工 counts are not
    parts of the 完工 total)."""
    if _is_change(p) and not _is_change(total):
        return False
    if _per_head(p) and not _per_head(total):
        return False  # 带动务工215人，人均3777元: an average is no slice of a total
    if p["hi"] == math.inf and total["hi"] != math.inf:
        return False  # 村均32万元, 其中收入50万元以上的村18个: an open bound is a class limit, not an amount
    if _names_maximum(p) and not _names_maximum(total):
        return False  # 得分97分，其中：产出指标满分50分，得分50分: the most a part could score is no slice of the score

    if p["unit"] in cues()["pipeline_units"]:
        st, sp = _stage(total), _stage(p)
        if st is not None and sp is not None and st != sp:
            return False
    return True


def _parts_until_total(parts: list[dict], total: dict) -> list[dict]:
    """The first parts that already add up to the total: figures after them belong to another
    breakdown of the same total (其中A户、B户, 已消除风险C户 splits the total a second way)."""
    running = 0.0
    for k, p in enumerate(parts[:-1], 1):
        running += p["value"]
        if k >= 2 and overlaps((running, running), (total["lo"], total["hi"])):
            return parts[:k]
    return parts


def _sum_or_nesting(name: str, total: dict, parts: list[dict], exhaustive: bool, ev: list[dict]) -> dict:
    """Parts that add up to the total are a sum; fewer parts below a total that may hold more
    (no word says the list is complete) can only be checked as parts <= whole."""
    s_iv = _sum_iv(parts)
    t_iv = (total["lo"], total["hi"])
    s = sum(p["value"] for p in parts)
    text = " + ".join(fmt(p) for p in parts)
    if len(parts) == 1:
        return _check(name, "nesting", total, parts, f"{text} <= {fmt(total)}", s, total["value"],
                      "match" if s_iv[0] <= t_iv[1] else "mismatch", ev)
    if overlaps(s_iv, t_iv):
        return _check(name, "sum", total, parts, f"{text} = {fmt(total)}", s, total["value"], "match", ev)
    if s_iv[1] < t_iv[0] and not exhaustive:
        return _check(name, "nesting", total, parts, f"{text} <= {fmt(total)}", s, total["value"], "match", ev)
    return _check(name, "sum", total, parts, f"{text} = {fmt(total)}", s, total["value"], "mismatch", ev)
