"""The region of each number: places found in the text, the article's own place, and the rules
that give a number its place, each choice with a short reason.

Places come from the national gazetteer (``fupin.gazetteer``); cue words from
``data/region_cues.yaml`` and ``data/actors.yaml`` (funding levels, organisations). The rules, in
the order they are tried for one number:

1. a national allocation or reference (中央财政安排…, 国家扶贫标准2300元) -> 中华人民共和国;
2. a distributive figure (每个县2000万元) -> every place of the list before it;
   a count of places referring back to a group counted earlier (160个重点帮扶县) -> the group's place;
3. the nearest place before it in its clause (a place heading a clause governs the figures after
   it; inside brackets, the list item's own place), then after it in the clause, then before and
   after it in the sentence; 全县/我市/本区 count as places standing for the article's own unit.
   Not places of a figure: places visited (赴…开展检查), named as examples (如定西市), as yardsticks
   (全国平均水平的40%), as origins of goods when another place acts (设立定西特色农产品展销中心), a
   later place heading another clause, and county names read as words (会同, 屏山景区);
4. a total (共计/合计…) after a list of places -> the enclosing unit (the article's subject);
5. the article's own place (aid recipient, title place, or most cited).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

import yaml

from . import gazetteer, segment
from .gazetteer import LEVEL_RANK, Place
from .numerals import CHINESE_NUMERAL_CHARS
from .paths import data_file

COUNTRY = "中华人民共和国"


@dataclass
class Mention:
    start: int
    end: int
    place: Place
    role: str = "place"      # place | level | org | donor | example | reference | dateline
    cands: tuple[Place, ...] = ()
    ambiguous: bool = False
    reason: str = ""         # how a 全县-like word was resolved
    item: bool = False       # one of a list of places each given its own figure (娘子神乡58个、堂尔上乡47个)


@dataclass
class Choice:
    places: list[Place]
    reason: str
    flags: list[str] = field(default_factory=list)

    @property
    def region(self) -> str:
        """The places joined by ';'; a sub-area is followed by its province (陕南地区;陕西省)."""
        names = [p.name for p in self.places]
        names += [p.parent for p in self.places if p.level == "area" and p.parent]
        return ";".join(dict.fromkeys(names))

    @property
    def code(self) -> str:
        return ";".join(p.code for p in self.places if p.code)

    @property
    def level(self) -> str:
        return self.places[0].level if self.places else ""


@lru_cache(maxsize=None)
def cues() -> dict:
    with data_file("region_cues.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def _actor_cfg() -> dict:
    with data_file("actors.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def _rx(key: str) -> re.Pattern:
    return re.compile(cues()[key])


@lru_cache(maxsize=None)
def _org_rx() -> re.Pattern:
    cfg = _actor_cfg()
    return re.compile(r"[\u4e00-\u9fff]{0,%d}?(?:%s)" % (
        cfg["organisation_max_gap"], "|".join(map(re.escape, cfg["organisation_suffixes"]))))


def ancestors(place: Place) -> list[Place]:
    return list(_ancestors(place))


@lru_cache(maxsize=1 << 14)
def _ancestors(place: Place) -> tuple[Place, ...]:
    # a mention's chain of enclosing units is looked up again for every mention of the place
    return tuple(gazetteer.load().ancestors(place))


def _ancestor_names(place: Place) -> set[str]:
    return {p.name for p in ancestors(place)}


# ----------------------------------------------------------------------------- mentions


def find_mentions(text: str, donor_spans: list[tuple[int, int]], donor_places: set[str],
                  year: int | None = None) -> list[Mention]:
    """Gazetteer mentions with their role; adjacent chains keep only the most specific link,
    and a chain (拉萨市城关区) settles which of several same-named units is meant. A renamed unit
    written under its former official name in a report of a year before the change (沙湾县 in 2019)
    is that unit under its former name and code."""
    gz = gazetteer.load()
    cfg = _actor_cfg()
    raw = [Mention(s, e, gz.by_alias[a][0], cands=gz.by_alias[a]) for s, e, a in gazetteer.find(text)]
    for m in raw:
        old = gz.former.get(m.place.name) if len(m.cands) == 1 else None
        if old and year and year < old[1] and gazetteer.fold(text[m.start: m.end]) == old[0].name:
            m.place, m.cands = old[0], (old[0],)
    raw = sorted(raw + _pair_abbreviations(text, raw), key=lambda m: m.start)
    for prev, m in zip(raw, raw[1:]):
        if prev.end == m.start and len(m.cands) > 1:
            inside = [c for c in m.cands if any(p.name in _ancestor_names(c) for p in prev.cands)]
            if len(inside) == 1:
                m.cands, m.place = (inside[0],), inside[0]
    raw = [m for m in raw if text[m.start: m.end] in gz.by_name or not _rx("town_after").match(text, m.end)]
    # 科尔沁右翼中旗巴彦呼舒镇: a short form written right after a county-level unit that does not
    # enclose it begins the name of a township or village of that unit (巴彦 is not 巴彦县 here)
    raw = [m for k, m in enumerate(raw) if not (
        k and raw[k - 1].end == m.start and raw[k - 1].place.level == "county"
        and text[m.start: m.end] not in gz.by_name and m.place.level in ("county", "prefecture")
        and raw[k - 1].place.name not in _ancestor_names(m.place))]
    raw = _drop_town_name_heads(text, raw)
    raw = [m for m in raw if not _listed_as_township(text, m)]
    raw = [m for m in raw if not _verb_homonym(text, m)]
    out: list[Mention] = []
    for i, m in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if nxt and nxt.start == m.end and (m.place.name in _ancestor_names(nxt.place)
                                           or nxt.place.level == "village"):
            continue  # 甘肃省广河县: the next, more specific link stands for the chain
        after = text[m.end: m.end + 16]
        before = text[max(0, m.start - 4): m.start]
        if _rx("recipient_before").search(before):
            pass  # 帮扶黔东南州财政援助资金: the recipient, whatever follows it
        elif text[m.start: m.end] not in gz.by_name and _rx("breed_after").match(text, m.end):
            m.role = "name"  # 固始鸡养殖小区: a breed named after the place
        elif _rx("own_level_after").match(text, m.end):
            pass  # 喀什地区本级及其他1.24亿元: the unit's own share, the unit itself
        elif any(after.startswith(s) for s in cfg["place_level_suffixes"]):
            m.role = "level"
        elif _org_rx().match(after) or text[max(0, m.start - 2): m.start] in ("农行", "工行", "建行", "中行"):
            m.role = "org"
        elif _rx("media_after").match(text, m.end) or _rx("origin_after").match(text, m.end) \
                or (m.place.level == "area" and _rx("area_people_after").match(text, m.end)):
            m.role = "org"  # 南疆少数民族群众4120人: the people's home area, not the place of the figure
        elif _rx("dateline_after").match(text, m.end):
            m.role = "dateline"
        elif before.endswith(tuple(cues()["reference_before"])) or _rx("yardstick_after").match(text, m.end):
            m.role = "reference"
        elif _rx("sold_to_before").search(before) or (
                _rx("channel_before").search(before) and _rx("venue_after").match(text, m.end)):
            m.role = "market"  # 销往广东省58.2亿元, 通过北京新发地市场销售: the seller's figure
        elif _rx("moved_to_before").search(before) and (_rx("work_after").match(text, m.end)
                                                         or _rx("moved_list_after").match(text, m.end)):
            m.role = "destination"  # 到江苏省就业2.18万人: workers of the article's place
        elif _rx("flow_to_before").search(text[max(0, m.start - 40): m.start]):
            m.role = "destination"  # 主要流向北京、天津、山东和江苏等地: every place of the list
        elif _partner(text, m, raw):
            m.role = "partner"  # 与广东省东莞市、浙江省宁波市等地建立劳务协作关系: the subject's partners
        out.append(m)
    at: dict[int, list[Mention]] = {}   # mentions by start: a look-up per donor span, not a scan
    for m in out:
        at.setdefault(m.start, []).append(m)
    for a, _b in donor_spans:
        for m in at.get(a, ()):
            if m.role == "place":
                m.role = "donor"
    for m in out:
        # the donor's own place is the region only when it is what is being counted (北京市74个村)
        counted = _COUNTED_RX.match(text, m.end) and not _YEAR_AFTER_RX.match(text, m.end)
        if m.role == "place" and m.place.name in donor_places and not counted:
            m.role = "donor"
    starts = [m.start for m in out]   # sorted (gazetteer order): a quote's mentions are a slice
    for qm in _rx("quoted_name").finditer(text):
        for m in out[bisect_right(starts, qm.start()): bisect_left(starts, qm.end())]:
            if qm.start() < m.start and m.end < qm.end() and qm.end() - qm.start() - 2 > m.end - m.start \
                    and m.role == "place":
                m.role = "name"
    _mark_examples(text, out)
    _mark_visited(text, out)
    return out


def _partner(text: str, m: Mention, raw: list[Mention]) -> bool:
    """Whether ``m`` is named after 与/同 and before a verb of setting up a tie (``partner_before``, ``partner_after``)
    in a clause that names no place before 与 (我们与…等地建立劳务协作关系; not 天津市16个区与昌都市…建立结对关系)."""
    lo = max(0, m.start - 40)
    b = _rx("partner_before").search(text[lo: m.start])
    if b is None or not _rx("partner_after").match(text, m.end):
        return False
    head, yu = lo + b.start("head"), lo + b.end("head")
    return not any(head <= r.start < yu for r in raw)


def _verb_homonym(text: str, m: Mention) -> bool:
    """县乡村振兴局会同县农商行: a county's official name whose stem is an ordinary word (会同 'together
    with') written after an agency and before 县/市 opening another agency's name is that word."""
    if m.place.level != "county" or text[m.start: m.end] not in gazetteer.load().by_name:
        return False
    stem = next(iter(gazetteer.short_forms(m.place)), "")
    if not stem or not text.startswith(stem, m.start) or not gazetteer.ordinary_word(stem):
        return False
    return bool(_rx("homonym_before").search(text, max(0, m.start - 4), m.start)) and \
        bool(_rx("homonym_after").match(text, m.start + len(stem)))


def _mark_visited(text: str, mentions: list[Mention]) -> None:
    """执法检查组赴恩施州、十堰市等4个市州开展检查,召开座谈会16次: places a group goes to in order to
    inspect or survey them are where it went, not the place of the figures of its visit."""
    k = 0
    while k < len(mentions):
        m = mentions[k]
        if m.role != "place" or not _rx("visit_before").search(text, max(0, m.start - 3), m.start):
            k += 1
            continue
        j = k
        while j + 1 < len(mentions) and text[mentions[j].end: mentions[j + 1].start] in ("、", "和", "及", "与"):
            j += 1
        if _rx("visit_after").match(text, mentions[j].end):
            for n in mentions[k: j + 1]:
                if n.role == "place":
                    n.role = "visited"
        k = j + 1


# A word this common (or any non-name dictionary word: 贫困村) across the characters after a short
# form (西吉农村, 平江安定镇) makes them ordinary language or the county's own town, not the rest
# of an unknown place name.
TOWN_TAIL_WORD_FREQ = 100


def _town_name_head(text: str, m: Mention) -> bool:
    """True when the short form of a county or prefecture at ``m`` begins a longer township or
    village name (巴彦呼舒镇): more name characters, then a township or village ending."""
    gz = gazetteer.load()
    alias = text[m.start: m.end]
    if alias in gz.by_name or alias[-1] in gazetteer.LEVEL_CHARS or m.place.level not in ("county", "prefecture"):
        return False
    if m.place.level == "county" and _rx("site_after").match(text, m.end):
        return True  # 屏山景区: a scenic area or reservoir named like the county, not the county
    t = _rx("town_name_after").match(text, m.end)
    if not t:
        return False
    pos = m.start
    for word, _tag in segment.tag_words(text[m.start: t.end()]):
        a0, pos = pos, pos + len(word)
        freq, tag = gazetteer._jieba_words().get(word, (0, ""))
        # 龙泉关镇: a rare word of one name character and the ending (关镇) is the tail of the name
        tail = pos > t.end(1) and t.end(1) - max(a0, m.end) <= 1
        if len(word) > 1 and a0 < t.end(1) and pos > m.end and (
                freq >= TOWN_TAIL_WORD_FREQ or (freq and tag not in gazetteer.NAME_TAGS and not tail)):
            return False  # 农村, 贫困村, 安定: a word of the language, not the rest of a name
    return True


def _town_name_tail(text: str, m: Mention) -> bool:
    """True when the short form of a county that ends like a township (东乡, 湘乡) at ``m`` is the tail of a township
    name: one name character before it, at the head of a clause or list item (朗镇、金东乡、拉多乡; ；金东乡藏香猪): a
    character the language tags as a word of its own (在, 对, 支持) leaves it the county."""
    gz = gazetteer.load()
    alias = text[m.start: m.end]
    if alias in gz.by_name or m.place.level != "county" or not _rx("town_after").fullmatch(alias[-1]) or m.start < 1:
        return False
    lead, before = text[m.start - 1], text[m.start - 2] if m.start >= 2 else "\n"
    if not re.match(r"[\u4e00-\u9fff]", lead) or before not in cues()["free_unit_open"] + "、":
        return False
    if lead in cues()["unit_name_forbidden_chars"]:
        return False
    _freq, tag = gazetteer._jieba_words().get(lead, (0, ""))
    # 饶丰镇 (饶 is also a verb): a name the text writes alone as a table cell or a list item is a township's
    return tag not in cues()["unit_category_tags"] or _named_alone(text, lead + alias)


def _listed_as_township(text: str, m: Mention) -> bool:
    """True when the short form of a county or prefecture at ``m`` is one of a list of names closed by a count of
    townships or villages (中和、青川两个乡镇): a township named without its ending, not the county (青川县)."""
    gz = gazetteer.load()
    alias = text[m.start: m.end]
    # (甘南州97个乡镇: a short form with its level's ending is the unit, whose townships are counted)
    return alias not in gz.by_name and alias[-1] not in gazetteer.LEVEL_CHARS \
        and m.place.level in ("county", "prefecture") \
        and _rx("town_count_after").match(text, m.end) is not None \
        and (m.start == 0 or text[m.start - 1] in cues()["free_unit_open"] + "、和及与")


def _named_alone(text: str, name: str) -> bool:
    """True when ``name`` stands alone somewhere in the text as a table cell or a list item (饶丰镇\t1720; 、饶丰镇、)."""
    return re.search(rf"(?:^|[\n\t、|｜])[ \u3000]*{re.escape(name)}[ \u3000]*(?=[\t、|｜,，]|$)", text, re.M) is not None


def _drop_town_name_heads(text: str, raw: list[Mention]) -> list[Mention]:
    """Mentions without the short forms that begin a township or village name (巴彦呼舒镇, a town
    of 科尔沁右翼中旗, is not 巴彦县), or end one (金东乡, a township of 朗县, is not 东乡县): such a place is unknown and
    left to the article's context, unless the unit itself is named elsewhere in the text (西吉县 ... 西吉将台乡)."""
    heads = {id(m) for m in raw if _town_name_head(text, m) or _town_name_tail(text, m)}
    if not heads:
        return raw
    named = {m.place.name for m in raw if id(m) not in heads}
    return [m for m in raw if id(m) not in heads or m.place.name in named]


def _pair_abbreviations(text: str, found: list[Mention]) -> list[Mention]:
    """粤桂两省区, 闽宁两省区: one-character province abbreviations before a count of provinces are
    the two provinces (each a mention of one character), unless a found place covers them."""
    gz = gazetteer.load()
    abbr = cues()["province_abbreviations"]
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for pm in _rx("province_pair").finditer(text):
        a, b = pm.start(), pm.start() + 1
        if a in taken or b in taken:
            continue
        for i in (a, b):
            cands = gz.by_name.get(abbr[text[i]], ())
            if cands:
                out.append(Mention(i, i + 1, cands[0], cands=cands[:1]))
    return out


_COUNTED_RX = re.compile(r"\s*\d")
_YEAR_AFTER_RX = re.compile(r"\s*\d{4}年")


def _mark_examples(text: str, mentions: list[Mention]) -> None:
    """Places listed as examples (打入北京、上海、成都等内地市场) are not the region of a number."""
    k = 0
    while k < len(mentions):
        j = k
        while j + 1 < len(mentions) and text[mentions[j].end: mentions[j + 1].start] == "、":
            j += 1
        if j > k and text[mentions[j].end: mentions[j].end + 1] == "等" and \
                not re.match(r"等\s*[\d两二三四五六七八九十]", text[mentions[j].end:]) and \
                not _subject_list(text, _chain_start(text, mentions, k), mentions[j].end):
            for m in mentions[k: j + 1]:
                m.role = "example"
        k = j + 1


_CLAUSE_OPEN = frozenset("，,。；;：:！？!?\n")


def _subject_list(text: str, a: int, b: int) -> bool:
    """五指山市、琼中县、白沙县等中部市县还为…发放奖励5000元: a list of places heading its clause and
    closed by 等 and a noun of places is the subject of the clause (its figures are theirs), not a
    list of examples. So is such a list after a locative 在 opening the clause (在湖南、广西、贵州等省份的1326所
    农村学校实施: where the work the clause counts is done; ``locative_openers``)."""
    if a >= 1 and text[a - 1] in cues()["locative_openers"]:
        a -= 1
    return (a == 0 or text[a - 1] in _CLAUSE_OPEN) and bool(_rx("subject_list_after").match(text, b))


def _locative_list_end(text: str, m: Mention) -> bool:
    """Whether ``m`` closes a list of places that a locative opening its clause introduces and 等 and a noun of
    places close (在长沙、广州、深圳等地…): the list ``_subject_list`` takes as where the clause's work is done."""
    a = max((text.rfind(ch, 0, m.start) for ch in _CLAUSE_OPEN), default=-1) + 1
    return text[a: a + 1] in cues()["locative_openers"] and bool(_rx("subject_list_after").match(text, m.end))


def _chain_start(text: str, mentions: list[Mention], k: int) -> int:
    """The start of the chain of places ending with mention ``k``: 四川省凉山彝族自治州 starts at 四川省, whether or not
    the enclosing unit is a mention of its own."""
    while k > 0 and mentions[k - 1].end == mentions[k].start:
        k -= 1
    a = mentions[k].start
    for anc in ancestors(mentions[k].place):
        if anc.level != "country" and anc.name and text.endswith(anc.name, 0, a):
            a -= len(anc.name)
    return a


def resolve_ambiguous(mentions: list[Mention], title_places: list[Place]) -> None:
    """A name shared by several units (城关区, 朝阳区) takes the one lying in the provinces and
    prefectures of the article's other places; otherwise it stays ambiguous (no code)."""
    context: dict[str, int] = {}
    for m in mentions:
        if len(m.cands) == 1 and m.role in ("place", "level", "donor", "visited"):
            for p in [m.place, *ancestors(m.place)]:
                if p.level != "country":
                    context[p.name] = context.get(p.name, 0) + 1
    for p in title_places:
        for a in [p, *ancestors(p)]:
            if a.level != "country":
                context[a.name] = context.get(a.name, 0) + 3
    for m in mentions:
        if len(m.cands) <= 1:
            continue
        scored = []
        for c in m.cands:
            chain = ancestors(c)
            # an enclosing prefecture named in the article outweighs a shared province
            score = max((context[a.name] * 10 + (10_000 if a.level in ("prefecture", "county") else 0)
                         for a in chain if a.name in context), default=0)
            scored.append((score, c))
        scored.sort(key=lambda t: -t[0])
        if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            m.place = scored[0][1]
        else:
            names = {c.name for c in m.cands}
            level = m.cands[0].level if len({c.level for c in m.cands}) == 1 else ""
            m.place = Place(m.cands[0].name if len(names) == 1 else "", level, "", "")
            m.ambiguous = True
            if not m.place.name:
                m.role = "ambiguous"


def _villages(text: str, mentions: list[Mention]) -> list[Mention]:
    """Named villages introduced after a county (类乌齐县岗色乡的马曲村, 花垣县十八洞村), named townships
    introduced after a county (永宁县闽宁镇), and their later mentions."""
    found: dict[str, Place] = {}
    for m in mentions:
        if m.place.level != "county":
            continue
        vm = _VILLAGE_RX.match(text, m.end)
        if vm and _unit_name(vm.group("v")) and not vm.group("v").endswith(("农村", "乡村")):  # 于都县农业农村局, 某县美丽乡村: words, not villages
            v = vm.group("v")
            found.setdefault(v, Place(m.place.name + v, "village", m.place.name, m.place.code))
            continue
        tm = _rx("township_name").match(text, m.end)
        if tm and _unit_name(tm.group("t")):
            t = tm.group("t")
            found.setdefault(t, Place(m.place.name + t, "township", m.place.name, m.place.code))
    extra = []
    for v, place in sorted(found.items()):
        for vm in re.finditer(re.escape(v), text):
            extra.append(Mention(vm.start(), vm.end(), place, cands=(place,)))
    counties = {m.place.name: m.place for m in mentions if m.place.level == "county" and m.role == "place"}
    if len(counties) == 1:
        # 默戎镇、红石林镇、断龙山镇3个茶叶重点乡镇…分别为, 乡镇为娘子神乡58个、堂尔上乡47个: townships listed alone,
        # each given its figures, in the report of one county are that county's (there only)
        (county,) = counties.values()
        for a, b, t in _listed_townships(text):
            if t not in found:
                place = Place(county.name + t, "township", county.name, county.code)
                extra.append(Mention(a, b, place, cands=(place,), item=True))
    taken = {(m.start, m.end) for m in extra}
    merged = [m for m in mentions if (m.start, m.end) not in taken] + extra
    return sorted(merged, key=lambda m: m.start)


def _regiments(text: str, mentions: list[Mention]) -> list[Mention]:
    """团场 named by their number (``regiment_name``: 六十二团、六十六团、七十四团分别新建…): units inside the 兵团
    division (a unit whose parent is ``regiment_division_parent``) named last before them; left alone when none is."""
    parent = cues()["regiment_division_parent"]
    divisions = [m for m in mentions if m.place.parent == parent and m.role == "place"]
    if not divisions:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    extra = []
    for rm in _rx("regiment_name").finditer(text):
        div = next((m for m in reversed(divisions) if m.end <= rm.start()), None)
        if div is None or rm.start() in taken:
            continue
        place = Place(div.place.name + rm.group(), "township", div.place.name, div.place.code)
        extra.append(Mention(rm.start(), rm.end(), place, cands=(place,), reason=f"{rm.group()} of {div.place.name}"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _free_unit(text: str, at: int, subject: Place, outer: Place | None) -> tuple[int, Place] | None:
    """The township or village named alone from ``at`` (`free_unit_name`), as a unit inside ``outer`` (a
    township named right before it) or the article's place: (end, place), or None when the words there are
    no name of one unit (贫困村, 街道社区)."""
    um = _rx("free_unit_name").match(text, at)
    levels = cues()["free_unit_levels"]
    if um is None or not _unit_name(um.group("u")) \
            or _one_common_word(re.sub(f"(?:{'|'.join(levels)})$", "", um.group("u"))):
        return None
    if um.group("u").endswith("村") and text.startswith(tuple(cues()["village_common_noun_after"]), um.end()):
        return None  # 新修村道路812公里, 新建村卫生室118个, 的整村推进: 村 opens a common noun, no village's name ends
    name = um.group("u")
    if any(name.endswith(w) for w in cues()["unit_category_words"] if w not in levels):
        return None  # 惠及城镇居民3200户: a category word (城镇) closing the words, no name
    level = next(v for k, v in levels.items() if name.endswith(k))
    host = outer or subject
    if outer is None and LEVEL_RANK.get(subject.level, 0) < LEVEL_RANK["county"]:
        return um.end(), Place(name, level, subject.name, subject.code)  # 闽宁镇 in a report of 宁夏: the name alone
    if LEVEL_RANK.get(level, 0) <= LEVEL_RANK.get(host.level, 0):
        return None
    return um.end(), Place(host.name + name, level, host.parent if host.level in ("township", "village") else host.name,
                           host.code)


def _free_units(text: str, mentions: list[Mention], subject: Place) -> list[Mention]:
    """Townships, streets, villages and communities named alone where a clause, heading or table row opens
    (闽宁镇是…, （一）谢桥街道旺家社区。, 胡店村\t604), in a report of a place above them, and their later
    mentions: units inside the article's place (a village right after a street or township is inside it)."""
    if subject.level == "country":
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    opens = set(cues()["free_unit_open"])
    found: dict[str, Place] = {}
    for k in range(len(text)):
        if k in taken or (k and text[k - 1] not in opens):
            continue
        got = _free_unit(text, k, subject, None)
        if got is None:
            continue
        end, place = got
        found.setdefault(place.name[-(end - k):] if place.name.endswith(text[k:end]) else text[k:end], place)
        inner = _free_unit(text, end, subject, place) if place.level == "township" else None
        if inner is not None:
            found.setdefault(text[end:inner[0]], inner[1])
    extra = []
    for name, place in found.items():
        for vm in re.finditer(re.escape(name), text):
            if not taken & set(range(vm.start(), vm.end())) and _rx("free_unit_name").match(text, vm.start()) is not None:
                extra.append(Mention(vm.start(), vm.end(), place, cands=(place,), reason=f"{name} named alone"))
    if not extra:
        return mentions
    extra = [m for m in extra if not any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                         for o in extra)]
    return sorted(mentions + extra, key=lambda m: m.start)


def township_ending(before: str) -> str | None:
    """The township name that ``before`` ends with (其中平孟镇, 乡镇为娘子神乡) when it is a proper name
    (`_unit_name`: no category such as 重点镇 or 边境乡) opening the text or written after a character that
    introduces a name (``township_lead_chars``); None otherwise."""
    if not before.endswith(("镇", "乡")):
        return None
    lead = cues()["township_lead_chars"]
    for n in range(3, min(5, len(before)) + 1):
        name = before[-n:]
        if _unit_name(name) and not _one_common_word(name[:-1]) and (n == len(before) or before[-n - 1] in lead):
            return name
    return None


def _one_common_word(stem: str) -> bool:
    """信用乡(镇)85个: a stem that is one word of the dictionary, not a name of a person or place (信用, 生态, 电商),
    makes a category of townships."""
    words = segment.tag_words(stem)
    return len(words) == 1 and words[0][1] not in ("ns", "nr", "nrt")


def _named_like(name: str) -> bool:
    """A further item of a list of township names (杜家村镇 after 堂尔上乡47个、): a stem of two or three
    characters holding no category word, though it may hold a level character (村)."""
    stem = name[:-1]
    return 2 <= len(stem) <= 3 and not any(w in stem for w in cues()["unit_category_words"]) \
        and not set(stem) & set(CHINESE_NUMERAL_CHARS + "个所座名批")


def _listed_townships(text: str) -> list[tuple[int, int, str]]:
    """Township names written as items of a list whose figures are given to each of them, each item right after
    the one before and 、/和/及: with its own figure (娘子神乡58个、堂尔上乡47个; 其中平孟镇5个、百南乡4个), or bare
    before 分别 in the clause after the list (默戎镇、红石林镇、断龙山镇3个茶叶重点乡镇茶园面积分别为…). A bare list
    read on (涉及中川镇、郭城驿镇等15个乡镇) names no place of the figures after it."""
    runs: list[list[tuple[int, int, str, bool]]] = []
    for m in _rx("township_list_item").finditer(text):
        name = township_ending(text[max(0, m.end("t") - 8):m.end("t")])
        joined = bool(runs) and text[runs[-1][-1][1]:m.start("t")] in cues()["township_list_joiners"]
        if not name and joined and _named_like(m.group("t")):
            name = m.group("t")  # 娘子神乡58个、堂尔上乡47个、杜家村镇41个: a further item of the list
        if not name:
            continue
        item = (m.end("t") - len(name), m.end(), name, m.end() > m.end("t"))
        if runs and text[runs[-1][-1][1]:item[0]] in cues()["township_list_joiners"]:
            runs[-1].append(item)
        else:
            runs.append([item])
    out: list[tuple[int, int, str]] = []
    for run in runs:
        if len(run) == 1 and run[0][3] and text[:run[0][0]].endswith(tuple(cues()["township_part_before"])):
            out.append((run[0][0], run[0][0] + len(run[0][2]), run[0][2]))  # 其中谷前堡镇2.1万亩: a part with its figure
            continue
        if len({name for _a, _b, name, _f in run}) < 2:
            continue
        rest = re.split(r"[，,。；;！？\n]", text[run[-1][1]:run[-1][1] + 60], maxsplit=1)[0]
        # 上津镇、店子镇、夹河镇3个乡镇电站规模较大，装机容量分别为…: 分别 may stand a clause later in the sentence, when
        # the list is closed (no 等 after it: 涉及中川镇、郭城驿镇等15个乡镇 is a reach, not the places of the figures)
        said = re.split(r"[。；;！？\n]", text[run[-1][1]:run[-1][1] + 60], maxsplit=1)[0]
        closed = not text.startswith("等", run[-1][1])
        if all(figured for *_x, figured in run) or "分别" in rest or (closed and "分别" in said):
            out += [(a, a + len(name), name) for a, _b, name, _f in run]
    return out


def _drop_plain_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """老城区 in a report on 固原市 is the town's old quarter, not 洛阳市老城区: a unit whose name is made
    only of ordinary characters (``plain_unit_name_chars``) is dropped unless the article names a unit
    enclosing one of its candidates."""
    plain = set(cues()["plain_unit_name_chars"])
    suspects = [m for m in mentions if m.place.level == "county" and m.place.name
                and set(m.place.name[:-1]) <= plain and m.place.name[-1] in gazetteer.LEVEL_CHARS]
    if not suspects:
        return mentions

    def named(a: Place) -> bool:  # 北京市东城区: the chain's head is no mention of its own
        return a.name in text or any(f in text for f in gazetteer.short_forms(a))
    drop = {id(m) for m in suspects
            if not any(named(a) for c in (m.cands or (m.place,)) for a in ancestors(c) if a.level != "country")}
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _unit_name(name: str) -> bool:
    """Whether ``name`` (十八洞村, 闽宁镇, 三岔镇) is the name of one township or village, not a category of
    them (贫困村, 所有乡镇, 移民村): its stem holds no category word and no word of two characters or more
    whose part of speech is that of ordinary language."""
    stem = re.sub(r"(?:镇|乡|村|苏木|街道|社区|嘎查)$", "", name)
    if len(stem) < 2 or set(stem) & set(cues()["unit_name_forbidden_chars"]):
        return False
    if stem[-1] in cues()["unit_name_verb_end_chars"]:
        return False  # 对驻村工作队: 驻村 is a verb, 对驻 no name
    counted = "[\\d" + CHINESE_NUMERAL_CHARS + "][" + cues()["unit_name_count_chars"] + "]"
    if stem[0] in cues()["unit_name_count_chars"] or re.search(counted, stem):
        return False
    words = set(cues()["unit_category_words"])
    if any(w in stem for w in words):
        return False
    tags = set(cues()["unit_category_tags"])
    return not any(len(w) > 1 and t in tags for w, t in segment.tag_words(stem))


_VILLAGE_RX = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?(?:[乡镇]|苏木))?的?"
                         r"(?P<v>[\u4e00-\u9fff]{2,3}村|[\u4e00-\u9fff]{2,5}?嘎查)(?![委民级庄])")


# ----------------------------------------------------------------------------- the article's place


_RECIPIENT_RX = re.compile(r"(?:对口支援|支援|援助|帮扶|援建)(?P<rest>.{0,2}?)$")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]|\[[^\]]*\]")


def title_span(text: str, title: str) -> tuple[int, int]:
    """The title line: ``title`` when the text starts with it, else the first line that is not a
    URL (a stored copy whose first line is its address)."""
    if title and text.startswith(title) and not _rx("not_title_line").match(title):
        return 0, len(title)
    if "\n" not in text:
        return 0, 0
    pos = 0
    for line in text.split("\n"):
        if line.strip() and not _rx("not_title_line").match(line) and line.strip() != title.strip():
            return pos, pos + len(line)
        if title and line.strip() == title.strip() and not _rx("not_title_line").match(line):
            return pos, pos + len(line)
        pos += len(line) + 1
    return 0, 0


def title_places(text: str, title: str, mentions: list[Mention], drop_donors: bool = False) -> list[Place]:
    """Places of the title line, bracketed asides (the source, 哈密开发报) left out; with
    ``drop_donors``, also the givers of an aid relation when another place remains."""
    a, b = title_span(text, title)
    masked = text[:a] + _BRACKETED.sub(lambda m: "□" * len(m.group()), text[a:b])
    found = [m for m in mentions if a <= m.start and m.end <= b and m.role == "place"
             and "□" not in masked[m.start: m.end]]
    if drop_donors:
        def donor(k: int, m: Mention) -> bool:
            # 南京商洛东西部协作: of two places written together before the aid word, the giver is named
            # first (闽宁, 沪滇, 苏陕) and the second is the receiver
            if k + 1 < len(found) and found[k + 1].start == m.end and _rx("donor_after").match(text, found[k + 1].end):
                return True
            if k and found[k - 1].end == m.start and _rx("donor_after").match(text, m.end):
                return False
            return _rx("donor_after").match(text, m.end) is not None
        kept = [m for k, m in enumerate(found) if not donor(k, m)]
        found = kept or found
    return [m.place for m in found]


def common_place(places: list[Place]) -> Place | None:
    """The most specific unit enclosing every place (陕南 and 陕北 -> 陕西省)."""
    if not places:
        return None
    chains = [[p, *ancestors(p)] for p in places]
    for cand in chains[0]:
        if all(any(c.name == cand.name for c in ch) for ch in chains[1:]):
            return cand
    return None


def topic(text: str, title: str, mentions: list[Mention], default_region: str) -> Place | None:
    """The article's own place: aid recipient, else the place of the title, else the most cited."""
    gz = gazetteer.load()
    head_end = text.find("\n", len(title) + 1) if title and text.startswith(title) else -1
    head_end = head_end if head_end > 0 else min(len(text), 300)
    titled = [p for p in title_places(text, title, mentions, drop_donors=True) if p.level != "country"]
    givers = [p for p in title_places(text, title, mentions) if p.name not in {q.name for q in titled}]
    for k, m in enumerate(mentions):  # 南京对口支援墨竹工卡县: the recipient is the article's place
        if m.start < head_end and m.role == "place" and _RECIPIENT_RX.search(text[max(0, m.start - 6): m.start]):
            if k and givers and mentions[k - 1].end >= m.start - 6 \
                    and any(g.name in _ancestor_names(mentions[k - 1].place) for g in givers) \
                    and any(p.name in _ancestor_names(m.place) for p in titled):
                continue  # 江宁区帮扶商州区 in a report titled 南京商洛…: a pair of units inside the title's two places
            listed = [m]  # 分别帮扶百色市、河池市: several recipients -> the unit enclosing them
            for n in mentions[k + 1:]:
                if n.role != "place" or text[listed[-1].end: n.start] not in ("、", "和", "及", "与"):
                    break
                listed.append(n)
            common = common_place([n.place for n in listed]) if len(listed) > 1 else None
            return common if common is not None and common.level != "country" else m.place
    in_title = [p for p in title_places(text, title, mentions, drop_donors=True) if p.level != "country"]
    if in_title:
        distinct = list({p.name: p for p in in_title}.values())
        # 嘉黎县林堤乡的拉贡村, 永宁县闽宁镇: a named village or township stands for its county
        distinct = [p for p in distinct if not any(o.level in ("village", "township") and p.name in _ancestor_names(o)
                                                   for o in distinct)]
        # 西海固…固原市: a regional name beside a unit of its province yields to the unit
        distinct = [p for p in distinct if not (p.level == "area" and any(
            o.level not in ("area", "country") and p.parent in _ancestor_names(o) for o in distinct))] or distinct
        if len(distinct) == 1:
            return distinct[0]
        common = common_place(distinct)
        if common is not None and common.level != "country":
            return common
        return distinct[0]
    if _national_article(text, title, mentions):
        return _country()
    counts: dict[str, tuple[int, int, Place]] = {}
    for m in mentions:
        if m.role != "place" or m.ambiguous or m.item:  # a list item with its figure is no subject of the article
            continue
        n, first, _ = counts.get(m.place.name, (0, m.start, m.place))
        counts[m.place.name] = (n + 1, first, m.place)
    # a regional name under the country (西部) is part of a national report, not its place
    local = {k: v for k, v in counts.items() if v[2].level != "country"
             and not (v[2].level == "area" and v[2].parent == COUNTRY)}
    if local:
        ranked = sorted(local.values(), key=lambda t: (-t[0], -LEVEL_RANK.get(t[2].level, 0), t[1]))
        # several places cited equally often, none inside another (疏勒县、英吉沙县、麦盖提县、岳普湖县
        # once each): the article is about the unit enclosing them all, not the first of them
        tied = [t[2] for t in ranked if t[0] == ranked[0][0]]
        # one of them enclosing two or more others cited as often (河北 once, then 唐山市、廊坊市、石家庄市 once
        # each in a provincial release): the article is about the enclosing unit, its parts are compared in it
        enclosing = [a for a in tied if len(tied) > 2 and all(a.name in _ancestor_names(b) for b in tied if b is not a)]
        if enclosing:
            return enclosing[0]
        if len(tied) > 1 and not any(a.name in _ancestor_names(b) for a in tied for b in tied if a is not b):
            common = common_place(tied)
            if common is not None and common.level not in ("country", "area"):
                return common
        # ties go to the more specific place (a village named once after its county), then the first
        return ranked[0][2]
    if counts:
        return next(iter(counts.values()))[2]
    if default_region:
        cands = gz.by_alias.get(default_region)
        return cands[0] if cands else Place(default_region, "", "")
    return None


def _opens_organisation(text: str, m: Mention) -> bool:
    """The country's name opening the name of an organisation (中国华能2023年定点帮扶工作综述, where the body writes
    中国华能集团有限公司): the title names the enterprise, not the country. Its two characters after the name, with it,
    are written somewhere in the text followed by an organisation's suffix (``organisation_suffixes``)."""
    name = text[m.start: m.end + 2]
    if len(name) < m.end - m.start + 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", name[-2:]):
        return False
    return any(_org_rx().match(text, k.end()) for k in re.finditer(re.escape(name), text))


def _national_article(text: str, title: str, mentions: list[Mention]) -> bool:
    """An article whose title names no place below the country is national when the title names the country
    (《人类减贫的中国实践》白皮书) or the title or the two lines after it name a national body as its author
    (``national_author``: 国务院新闻办公室, 中国乡村发展基金会…): its figures are the country's, not those of the
    province it cites most (called only when the title has no place of its own)."""
    a, b = title_span(text, title)
    if any(m.place.level == "country" and not _opens_organisation(text, m)
           for m in mentions if a <= m.start and m.end <= b and m.role == "place"
           and m.place in title_places(text, title, mentions)):
        return True
    head = text[a:].split("\n")[:3]
    rx = _rx("national_author")
    return any(rx.search(line.strip()) for line in head)


def _cited_within(mentions: list[Mention], subject: Place, endings: tuple[str, ...]) -> Place | None:
    """The place most cited in the article among those lying inside ``subject`` whose names end in
    ``endings`` (全市 in an article whose subject is its province: the city it is about)."""
    counts: dict[str, tuple[int, int, Place]] = {}
    for m in mentions:
        if m.role != "place" or m.ambiguous or not m.place.name.endswith(endings) \
                or subject.name not in _ancestor_names(m.place):
            continue
        n, first, _ = counts.get(m.place.name, (0, m.start, m.place))
        counts[m.place.name] = (n + 1, first, m.place)
    if not counts:
        return None
    ranked = sorted(counts.values(), key=lambda t: (-t[0], t[1]))
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None  # two places cited as often: 全市 stays unresolved
    return ranked[0][2]


def _sentence_head_unit(text: str, at: int, index: "_WithinSubject", endings: tuple[str, ...]) -> Place | None:
    """福鼎市建成农村供水智慧监管平台，对全市156处供水工程实现在线监测 (a report on 宁德市): 全市 inside a clause, not
    heading it, in a sentence headed by a unit of that level inside the article's place, with no other place
    between, is that unit. 全市 heading a clause (福安市完成造林3万亩，全市累计完成20万亩) sums up: not this."""
    if at == 0 or text[at - 1] in "，,。；;：:！？!?\n\t、（(“":
        return None
    stop = max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1
    ms, starts = index.inside(endings)
    k = bisect_left(starts, stop)
    if k >= len(ms) or ms[k].start != stop or ms[k].end > at:
        return None
    head = ms[k]
    if head.place.name == index.subject.name:
        return None
    if any(m.role == "place" and head.end <= m.start < at for m in index.mentions if m.start < at):
        return None
    return head.place


def _named_in_sentence(text: str, at: int, mentions: list[Mention], subject: Place,
                       endings: tuple[str, ...], index: "_WithinSubject | None" = None) -> Place | None:
    """环江毛南族自治县是毛南族聚居地,全县…: the last unit of that level named before ``at`` in its
    sentence, inside the article's place, stands for 全县. ``index``: the same mentions indexed
    (a bisection instead of a scan of every mention of the article)."""
    stop = max((x.end() for x in _FULL_STOP.finditer(text, max(0, at - 200), at)), default=0)
    if index is not None and index.in_order:
        return index.last_named(endings, stop, at)
    named = [m for m in mentions if stop <= m.start and m.end <= at and m.role == "place" and not m.ambiguous
             and m.place.name.endswith(endings) and subject.name in _ancestor_names(m.place)]
    return named[-1].place if named else None


class _WithinSubject:
    """The mentions of one article as :func:`whole_unit_mentions` reads them for each 全县/我市, indexed
    once: per name ending, those with the role place, not ambiguous, lying inside the subject (in list
    order, with their starts), and the answer of :func:`_cited_within`, which does not depend on where
    the word stands. Each such word used to scan every mention of the article: quadratic in its length."""

    def __init__(self, mentions: list[Mention], subject: Place) -> None:
        self.mentions, self.subject = mentions, subject
        starts = [m.start for m in mentions]
        self.in_order = all(a <= b for a, b in zip(starts, starts[1:]))
        self._inside: dict[tuple[str, ...], tuple[list[Mention], list[int]]] = {}
        self._cited: dict[tuple[str, ...], Place | None] = {}

    def inside(self, endings: tuple[str, ...]) -> tuple[list[Mention], list[int]]:
        got = self._inside.get(endings)
        if got is None:
            ms = [m for m in self.mentions if m.role == "place" and not m.ambiguous
                  and m.place.name.endswith(endings) and self.subject.name in _ancestor_names(m.place)]
            got = self._inside[endings] = (ms, [m.start for m in ms])
        return got

    def last_named(self, endings: tuple[str, ...], stop: int, at: int) -> Place | None:
        """The last of ``inside(endings)`` with ``stop <= start`` and ``end <= at`` (mentions in order)."""
        ms, starts = self.inside(endings)
        k = bisect_right(starts, at) - 1
        while k >= 0 and starts[k] >= stop:   # walks back only over mentions that run past ``at``
            if ms[k].end <= at:
                return ms[k].place
            k -= 1
        return None

    def cited(self, endings: tuple[str, ...]) -> Place | None:
        if endings not in self._cited:
            self._cited[endings] = _cited_within(self.mentions, self.subject, endings)
        return self._cited[endings]


def whole_unit_mentions(text: str, subject: Place | None, mentions: list[Mention] = ()) -> list[Mention]:
    """全县/我市/本区…: mentions of the article's own unit (or its enclosing unit of that level;
    or, below a subject of a higher level, the unit of that level the article cites most)."""
    out = []
    endings = cues()["whole_unit_endings"]
    chain = [subject, *ancestors(subject)] if subject else []
    unnamed = None
    cfg = _actor_cfg()
    index = _WithinSubject(list(mentions), subject) if subject is not None and mentions else None
    for m in _rx("whole_unit").finditer(text):
        word, lvl = m.group(), m.group("lvl") or m.group("bare")
        after = text[m.end(): m.end() + 16]
        if text[m.end(): m.end() + 1] in ("级", "委", "长") or text[m.start() - 1: m.start()] in ("县", "市", "区"):
            continue  # 本级资金, 县委, 市长: not the unit itself
        if (m.group("bare") and (any(after.startswith(x) for x in cfg["place_level_suffixes"])
                                 or _rx("level_funds_after").match(after))) \
                or _org_rx().match(after):
            continue  # 自治区资金, 自治区财政厅: a funding level or an agency
        unit = _sentence_head_unit(text, m.start(), index, tuple(endings.get(lvl, [lvl]))) \
            if word[0] == "全" and index is not None else None
        unit = unit or next((p for p in chain if p.name.endswith(tuple(endings.get(lvl, [lvl])))), None)
        if unit is None and subject is not None and word[0] == "全" and mentions:
            unit = _named_in_sentence(text, m.start(), index.mentions, subject, tuple(endings.get(lvl, [lvl])), index)
        if unit is None and subject is not None and word[0] in "全我本" and mentions:
            unit = index.cited(tuple(endings.get(lvl, [lvl])))
        if text[max(0, m.start() - 4): m.start()].endswith(tuple(cues()["reference_before"])):
            continue  # 超全省平均增长率: a yardstick
        if _rx("whole_unit_yardstick_after").match(text, m.end()) or _rx("yardstick_after").match(text, m.end()):
            continue  # 是全州最大的集中安置点: a yardstick
        if unit is not None:
            out.append(Mention(m.start(), m.end(), unit, cands=(unit,),
                               reason=f"{word} → article subject {unit.name}"))
        elif subject is None and word[0] in "我本" and lvl in ("县", "市", "区", "旗"):
            # an article that never names its own unit (a masked speech): the text's own word
            unnamed = unnamed or Place(word, {"县": "county", "旗": "county"}.get(lvl, ""), "", "")
            out.append(Mention(m.start(), m.end(), unnamed, cands=(unnamed,),
                               reason=f"{word} → unnamed article subject"))
    if unnamed is not None:  # 全县 in the same speech is the same unnamed unit
        for m in _rx("whole_unit").finditer(text):
            if m.group()[0] == "全" and (m.group("lvl") or "") == unnamed.name[-1]:
                out.append(Mention(m.start(), m.end(), unnamed, cands=(unnamed,),
                                   reason=f"{m.group()} → unnamed article subject {unnamed.name}"))
    return out


# ----------------------------------------------------------------------------- per-article state


_YEAR_RX = re.compile(r"((?:19|20)\d{2})年")


def report_year(text: str) -> int | None:
    """The latest year the text writes (2019年…2020年 -> 2020), the year its names are of."""
    years = [int(y) for y in _YEAR_RX.findall(text)]
    return max(years) if years else None


@dataclass
class ArticlePlaces:
    text: str
    mentions: list[Mention]
    topic: Place | None
    donor: str = ""
    usable: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    enclosing: set[str] = field(default_factory=set)
    mention_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    # counted groups of places met so far (160个国家乡村振兴重点帮扶县), with the place they were given
    groups: list[tuple[int, str, str, "Choice"]] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def build(cls, text: str, title: str, donor_spans: list[tuple[int, int]], donor_places: set[str],
              donor: str = "", default_region: str = "") -> "ArticlePlaces":
        mentions = find_mentions(text, donor_spans, donor_places, report_year(text))
        resolve_ambiguous(mentions, title_places(text, title, [m for m in mentions if len(m.cands) == 1]))
        mentions = _drop_plain_words(text, mentions)
        mentions = _villages(text, mentions)
        mentions = _regiments(text, mentions)
        subject = topic(text, title, mentions, default_region)
        if subject is not None:
            mentions = _free_units(text, mentions, subject)
        whole = whole_unit_mentions(text, subject, mentions)
        taken = sorted((m.start, m.end) for m in mentions)
        taken_starts = [a for a, _ in taken]
        reach = list(accumulate((b for _, b in taken), max))  # furthest end among the first k spans
        for w in whole:
            k = bisect_left(taken_starts, w.end)   # the spans starting before w ends
            if not (k and reach[k - 1] > w.start):
                mentions.append(w)
        mentions.sort(key=lambda m: m.start)
        if subject is None:
            unnamed = next((m.place for m in mentions if m.reason and "unnamed" in m.reason), None)
            subject = unnamed
        if subject is not None:
            _mark_origins(text, mentions, subject)
        mentions = _local_unit_words(text, mentions)
        usable = [m for m in mentions if m.role == "place"]
        return cls(text, mentions, subject, donor, usable, [m.start for m in usable],
                   _ancestor_names(subject) if subject else set())


def _mark_origins(text: str, mentions: list[Mention], subject: Place) -> None:
    """来自北京的人才在兴安盟挂职, 来自固原市原州区、隆德县的移民1998户, 从西吉县搬迁到闽宁镇: where people
    come from, outside the article's place, is an origin, not the place of the figures (those of a
    settlement belong to where people now live). A list after the cue is an origin throughout."""
    joiners = set(cues()["respective_joiners"])
    one, listing, source, moved = (_chained_cue(key) for key in (
        "origin_before", "origin_list_before", "origin_from_before", "origin_moved_before"))
    k = 0
    while k < len(mentions):
        m = mentions[k]
        before = text[max(0, m.start - 16): m.start]
        cued = one.search(before) or listing.search(before)
        j = k
        while j + 1 < len(mentions) and text[mentions[j].end: mentions[j + 1].start] in joiners:
            j += 1
        if not cued and source.search(before):
            cued = _rx("origin_from_after").match(text, mentions[j].end)
        settled = None
        if not cued and moved.search(before):
            # 将西吉县的3000户群众安置到红寺堡区: the place they are moved to is named in the clause
            settled = _rx("origin_moved_after").match(text, mentions[j].end)
            if settled and not any(n.start == settled.end() for n in mentions[j + 1:]):
                settled = None
        if cued or settled:
            listed = mentions[k: j + 1] if settled or listing.search(before) or source.search(before) else [m]
            for n in listed:
                if n.role == "place" and (settled or _outside(n.place, subject)):
                    n.role = "origin"
            cued = True
        k = max(k + 1, j + 1) if cued else k + 1


@lru_cache(maxsize=None)
def _chained_cue(key: str) -> re.Pattern:
    """Cue ``key`` (a regex ending in $) followed by the enclosing units written before a place
    (来自固原市原州区: 固原市 is the chain's head, 原州区 the mention)."""
    return re.compile(cues()[key].rstrip("$") + r"(?:[\u4e00-\u9fff]{1,9}?(?:省|自治区|市|州|地区|盟))?$")


def _local_unit_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """全村/该镇 anywhere, 村民/村集体/村里 at the head of a clause: the township or village named last
    before them in their paragraph, when no other place stands between (十八洞村这几年变化很大。村里发展了
    乡村旅游…,2023年全村接待游客80万人次)."""
    local = [m for m in mentions if m.place.level in ("township", "village") and m.role == "place"]
    if not local:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = [m.start for m in mentions]
    extra = []
    for key, head in (("local_unit_word", False), ("local_unit_head", True)):
        for am in _rx(key).finditer(text):
            if am.start() in taken or (head and am.start() and text[am.start() - 1] not in _CLAUSE_OPEN):
                continue
            k = bisect_left(starts, am.start()) - 1
            level = cues()["free_unit_levels"][am.group("lvl")]
            back = am.group().startswith(cues()["local_unit_back"])
            # 原隆村是闽宁镇最大的生态移民村，全村1998户: a township between a village and 全村 is the village's own
            while k >= 0 and (mentions[k].role not in ("place", "donor")
                              or (level == "village" and mentions[k].place.level == "township"
                                  and not _unnamed_village(text, mentions[k]))
                              or (back and mentions[k].place.level not in ("township", "village"))):
                k -= 1
            if k < 0:
                continue
            last = mentions[k]
            unnamed = level == "village" and _unnamed_village(text, last)
            if (last.place.level != level and not unnamed) or last.role != "place" \
                    or ("\n" in text[last.end: am.start()] and not back):
                continue
            extra.append(Mention(am.start(), am.end(), last.place, cands=(last.place,),
                                 reason=f"{am.group()} → {last.place.name} named before"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _unnamed_village(text: str, m: Mention) -> bool:
    """娘子神乡某村: a township followed by a village left unnamed (``unnamed_village_after``)."""
    return m.place.level == "township" and _rx("unnamed_village_after").match(text, m.end) is not None


# ----------------------------------------------------------------------------- one number


def _country() -> Place:
    return gazetteer.load().by_name[COUNTRY][0]


def _joint(usable: list[Mention], k: int, text: str) -> list[Mention]:
    """The mentions of a list 'A、B两县(区)' or of siblings written together (陕南陕北) that
    mention k belongs to, else just mention k."""
    def siblings(a: Mention, b: Mention) -> bool:
        return a.end == b.start and a.place.parent == b.place.parent and a.place.level == b.place.level
    lo = hi = k
    while lo > 0 and siblings(usable[lo - 1], usable[lo]):
        lo -= 1
    while hi + 1 < len(usable) and siblings(usable[hi], usable[hi + 1]):
        hi += 1
    if hi > lo:
        return usable[lo: hi + 1]
    lo = hi = k
    while lo > 0 and text[usable[lo - 1].end: usable[lo].start] == "、":
        lo -= 1
    while hi + 1 < len(usable) and text[usable[hi].end: usable[hi + 1].start] == "、":
        hi += 1
    if hi > lo and (_JOINT_RX.match(text, usable[hi].end) or _subject_list(text, usable[lo].start, usable[hi].end)
                    or re.search(cues()["recipient_before"], text[max(0, usable[lo].start - 6): usable[lo].start])):
        return usable[lo: hi + 1]  # 上海、山东、广东、深圳四省市; 对口支援莎车县、泽普县、叶城县、巴楚县
    return [usable[k]]


_JOINT_RX = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})(?:个)?(?:县|区|市|乡|镇|省|地州|州)")


def _counted_object_list(ap: ArticlePlaces, k: int, s0: int) -> Choice | None:
    """全市计划实施农村供水工程156处，重点推进古田县、屏南县2个城乡供水一体化项目，新建改造供水管网420公里: places
    listed as the object of a count of things (2个…项目), not heading the clause, are not the place of the figures
    in the clauses after it; the place before the list in the sentence (全市) is, else the article's. None when
    mention ``k`` is not the last of such a list."""
    if not _rx("object_count_after").match(ap.text, ap.usable[k].end):
        return None
    lo = k
    while lo > 0 and ap.text[ap.usable[lo - 1].end: ap.usable[lo].start] in ("、", "和", "及", "与"):
        lo -= 1
    listed = ap.usable[lo: k + 1]
    if len(listed) < 2:
        return None
    if ap.text[listed[0].start - 1: listed[0].start] in _CLAUSE_OPEN:
        return None  # 古田县、屏南县2个项目已开工，…: the list heads its clause, it is the subject
    earlier = [m for m in ap.usable[bisect_left(ap.starts, s0): bisect_left(ap.starts, listed[0].start)]]
    if earlier:
        return Choice([earlier[-1].place], f"after places counted as objects → {earlier[-1].place.name} before them")
    return Choice([ap.topic], f"after places counted as objects → article subject {ap.topic.name}")


def _opens_list(ap: ArticlePlaces, m: Mention) -> bool:
    """Is ``m`` the first of a list of places joined by 、 (疏附县、伽师县和…)?"""
    i = bisect_right(ap.starts, m.start)
    return i < len(ap.usable) and ap.text[m.end: ap.usable[i].start] == "、" \
        and ap.text[max(0, m.start - 1): m.start] != "、"


def _list_before(ap: ArticlePlaces, a: int, b: int) -> list[Mention]:
    """The last list of two or more places joined by 、 in text[a:b]."""
    window = ap.usable[bisect_left(ap.starts, a): bisect_right(ap.starts, b)]
    window = [m for m in window if m.end <= b]
    best: list[Mention] = []
    run: list[Mention] = []
    for m in window:
        if run and ap.text[run[-1].end: m.start] == "、":
            run.append(m)
        else:
            run = [m]
        if len(run) >= 2:
            best = list(run)
    return best


def _parent_before_list(ap: ArticlePlaces, listed: list[Mention]) -> Place | None:
    """The place written right before a list of two or more of its units (喀什地区莎车、泽普、叶城、巴楚):
    the unit the list is drawn from, when it encloses every listed place."""
    common = common_place([m.place for m in listed]) if len(listed) >= 2 else None
    if common is None or common.level == "country":
        return None
    tail = ap.text[max(0, listed[0].start - 8): listed[0].start]
    for s, e, alias in gazetteer.find(tail):  # the chain's head is no mention of its own (新疆喀什地区莎车)
        if e == len(tail) and any(p.name == common.name for p in gazetteer.load().by_alias.get(alias, ())):
            return common
    return None


def _index(ap: ArticlePlaces, m: Mention) -> int:
    """``ap.usable.index(m)`` (the first equal mention) by bisection: equal mentions start alike."""
    for k in range(bisect_left(ap.starts, m.start), len(ap.usable)):
        if ap.usable[k] == m:
            return k
    raise ValueError("mention not usable")


def _has_place_between(ap: ArticlePlaces, a: int, b: int) -> bool:
    """A mention with the role place starting in a..b (``ap.mentions`` is sorted by start)."""
    if len(ap.mention_starts) != len(ap.mentions):
        ap.mention_starts = [m.start for m in ap.mentions]
    lo, hi = bisect_left(ap.mention_starts, a), bisect_left(ap.mention_starts, b)
    return any(m.role == "place" for m in ap.mentions[lo:hi])


@lru_cache(maxsize=4096)
def _national_reference(item: str) -> bool:
    """国家扶贫标准2300元 names a national figure; 高于全国平均水平1.6个百分点 only compares with one."""
    yardstick = tuple(cues()["reference_before"])
    for p in cues()["national_reference"]:
        for m in re.finditer(p, item):
            # 约为全国平均水平的40%: a ratio to the national figure is the subject's own figure
            if not item[: m.start()].endswith(yardstick) and not _RATIO_OF.match(item, m.end()):
                return True
    return False


_RATIO_OF = re.compile(r"\s*(?:[(（][^()（）]*[)）])?的")


def _bracketed_yardstick(ap: ArticlePlaces, opened: str) -> Choice | None:
    """相当于全省平均水平(8090元)的96.6%: a figure in brackets right after a yardstick unit's level is that
    unit's figure (the province's average), though the unit itself is only a yardstick of the sentence."""
    m = re.search(cues()["bracketed_yardstick"], opened)
    if m is None:
        return None
    return _yardstick_unit(ap, m.group("unit") or m.group("compared"), "in brackets")


def _compared_yardstick(ap: ArticlePlaces, before: str, t: str, end: int) -> Choice | None:
    """增速比全省7.9%的水平高0.4个百分点: a figure written right after 比/较 and a unit's level word, then 的 and a
    word of level or a comparative, is that unit's figure (the same as in brackets, 比全省（7.9%）)."""
    m = re.search(cues()["compared_yardstick_before"], before)
    if m is None or not re.match(cues()["compared_yardstick_after"], t[end: end + 8]):
        return None
    return _yardstick_unit(ap, m.group("unit"), "compared")


def _yardstick_unit(ap: ArticlePlaces, unit: str, how: str) -> Choice | None:
    if unit == "全国":
        return Choice([_country()], f"national yardstick {how}")
    units = whole_unit_mentions(unit, ap.topic, ap.mentions)
    if len(units) != 1:
        return None
    return Choice([units[0].place], f"{unit} yardstick {how} → {units[0].place.name}")


@lru_cache(maxsize=None)
def _per_unit_rx() -> tuple[re.Pattern, re.Pattern]:
    """``per_unit`` ending a text, and opening one."""
    return re.compile(cues()["per_unit"] + r"$"), re.compile(r"^\s*" + cues()["per_unit"])


def _respective(ap: ArticlePlaces, w, others) -> Choice | None:
    """A、B、C…分别为x、y、z: the i-th figure after 分别 in its clause is about the i-th place of
    the list before 分别 in the sentence, when both counts agree."""
    q, t = w.q, w.masked
    c0, c1 = w.clause
    cue = None
    for cue in _rx("respective").finditer(t[c0: q.start]):
        pass
    if cue is None:
        return _respective_continued(ap, w, others)
    at = c0 + cue.start()
    figures = sorted({(a, b) for a, b in others if c0 + cue.end() <= a and b <= c1} | {(q.start, q.end)})
    if len(figures) < 2:
        return None
    return _respective_pick(ap, w, at, figures)


def _respective_continued(ap: ArticlePlaces, w, others) -> Choice | None:
    """…分别为88.6%、87.2%和86.5%，高出全省平均水平4.8、3.4和2.7个百分点: a clause right after a 分别 clause of
    its sentence, naming no place and listing as many figures (``respective_list_joiners`` between them), goes on
    pairing them with the places listed before 分别."""
    q, t = w.q, w.masked
    c0, c1 = w.clause
    s0 = w.sentence[0]
    prev_end = c0 - 1
    if prev_end <= s0 or t[prev_end] not in _CLAUSE_PUNCT:
        return None
    p0 = max((x.end() for x in _CLAUSE_END.finditer(t, s0, prev_end)), default=s0)
    cue = None
    for cue in _rx("respective").finditer(t, p0, prev_end):
        pass
    if cue is None or _has_place_between(ap, cue.end(), q.start):
        return None
    earlier = sorted((a, b) for a, b in others if cue.end() <= a and b <= prev_end)
    figures = sorted({(a, b) for a, b in others if c0 <= a and b <= c1} | {(q.start, q.end)})
    if len(figures) < 2 or len(figures) != len(earlier):
        return None
    joiners = tuple(cues()["respective_joiners"])
    # the figures of the clause are one list (4.8、3.4和2.7), not figures of different things
    if not all(t[b: a2].lstrip("%％").endswith(joiners) and len(t[b: a2].strip("%％")) <= 2
               for (_a, b), (a2, _b2) in zip(figures, figures[1:])):
        return None
    return _respective_pick(ap, w, cue.start(), figures)


def _respective_pick(ap: ArticlePlaces, w, at: int, figures: list[tuple[int, int]]) -> Choice | None:
    q, t = w.q, w.masked
    window = ap.usable[bisect_left(ap.starts, w.sentence[0]): bisect_right(ap.starts, at)]
    window = [m for m in window if m.end <= at]
    joiners = set(cues()["respective_joiners"])
    listed: list[Mention] = []
    for m in window:
        if listed and ap.text[listed[-1].end: m.start] in joiners:
            listed.append(m)
        else:
            listed = [m]
    reason = "listed"
    if len(listed) != len(figures):
        listed = _counted_list_before(ap, t[w.sentence[0]: at], w.sentence[0], len(figures))
        reason = "named before"
        if not listed:
            return None
    k = figures.index((q.start, q.end))
    return Choice([listed[k].place], f"respectively: place {k + 1} of {len(listed)} {reason}")


COUNTED_LIST_REACH = 60  # places looked back over for the list a count (两县) stands for
_COUNT_WORD = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _counted_list_before(ap: ArticlePlaces, head: str, a: int, n: int) -> list[Mention]:
    """两县脱贫人口人均纯收入分别达到13856元和14203元: a count of places of one level (两县, 三个市) in the
    sentence before 分别 stands for the last list of that many places of that level named before the
    sentence (昭觉县、甘孜县)."""
    cm = re.search(cues()["counted_places"], head)
    if cm is None or _COUNT_WORD.get(cm.group("n"), int(cm.group("n")) if cm.group("n").isdigit() else 0) != n:
        return []
    endings = tuple(cues()["whole_unit_endings"].get(cm.group("lvl"), [cm.group("lvl")]))
    k = bisect_left(ap.starts, a)
    window = [m for m in ap.usable[max(0, k - COUNTED_LIST_REACH): k] if m.end <= a]
    joiners = set(cues()["respective_joiners"])
    last = len(window) - 1
    while last >= 0:  # the runs of joined places, latest first
        first = last
        while first > 0 and ap.text[window[first - 1].end: window[first].start] in joiners:
            first -= 1
        run = window[first: last + 1]
        if len(run) == n and all(m.place.name.endswith(endings) for m in run):
            return run
        last = first - 1
    return []


def _count_value(n: str) -> int:
    return int(n) if n.isdigit() else _COUNT_WORD.get(n, 0)


def _remaining_places(ap: ArticlePlaces, w) -> Choice | None:
    """其余4个县（市、区）合计2.18亿元 after 屏南县…古田县1.37亿元: a count of the remaining units opening the
    clause, and the figures of that clause, are about the unit enclosing the places named before it in the
    sentence (the parent of a single one; the article's subject when they share none)."""
    c0 = w.clause[0]
    m = _rx("remaining_places").match(w.masked, c0)
    if m is None or m.start("n") > w.q.start:
        return None
    # 其他8市及济源示范区 165320: units joined to the remaining ones are of the same residual group, not its place
    joiners = tuple(cues()["respective_joiners"])
    at, joined = m.end(), []
    for x in ap.usable[bisect_left(ap.starts, m.end()): bisect_left(ap.starts, w.q.start)]:
        if x.end > w.q.start or not ap.text[at: x.start] in joiners:
            break
        at = x.end
        joined.append(x)
    if _has_place_between(ap, at if joined else c0, w.q.start):
        return None
    named = [x.place for x in ap.usable[bisect_left(ap.starts, w.sentence[0]): bisect_left(ap.starts, c0)]
             if x.end <= c0 and x.place.level != "country"]
    common = common_place(named) if named else None
    if common is not None and all(p.name == common.name for p in named):
        up = ancestors(common)
        common = up[0] if up else None
    if common is None or common.level == "country":
        common = ap.topic
    if common is None:
        return None
    return Choice([common], f"remaining {m.group('n')}{m.group('lvl')} → {common.name}")


def _members_after(ap: ArticlePlaces, w) -> Choice | None:
    """2个县的衔接资金2156.3万元滞留…，其中明水县1328.6万元、兰西县827.7万元: a count of places of one level
    opening the clause, and the figures of that clause after it, are about the places of that level named
    after 其中 in the sentence, when there are as many of them as counted."""
    c0, t = w.clause[0], w.masked
    m = _rx("counted_places_opening").match(t, c0)
    if m is None or m.start("n") > w.q.start or _has_place_between(ap, c0, w.q.start):
        return None
    n = _count_value(m.group("n"))
    follow = _rx("members_follow").search(t, w.q.end, w.sentence[1])
    if n < 2 or follow is None:
        return None
    endings = tuple(cues()["whole_unit_endings"].get(m.group("lvl"), [m.group("lvl")]))
    after = [x for x in ap.usable[bisect_left(ap.starts, follow.end()): bisect_left(ap.starts, w.sentence[1])]
             if x.role == "place" and x.end <= w.sentence[1]]
    members = list({x.place.name: x.place for x in after if x.place.name.endswith(endings)}.values())
    if len(members) != n or len(members) != len({x.place.name for x in after}):
        return None
    return Choice(members, f"{m.group('n')}{m.group('lvl')} named after 其中")


def _paired_recipient(ap: ArticlePlaces, a: int, pick: Mention) -> list[Mention]:
    """Places inside the article's place named before ``pick`` (a place outside it) in the same
    sentence, with a pairing verb between them (A、B结对C): A and B, the recipients."""
    window = ap.usable[bisect_left(ap.starts, a): bisect_left(ap.starts, pick.start)]
    inside = [m for m in window if m.end <= pick.start and not _outside(m.place, ap.topic)
              and m.place.level != "country" and m.place.name != ap.topic.name]
    if not inside:
        return []
    partner = next((m for m in window if m.start > inside[-1].start and _outside(m.place, ap.topic)), pick)
    if not _rx("pairing").search(ap.text, inside[-1].end, partner.start):
        return []
    listed = [inside[-1]]
    for m in reversed([m for m in window if m.end <= listed[0].start]):
        if ap.text[m.end: listed[0].start] != "、" or _outside(m.place, ap.topic):
            break
        listed.insert(0, m)
    return listed


def _organisation_place(ap: ArticlePlaces, w) -> Choice | None:
    """宁夏泾源县黄牛产业有限公司今年收购肉牛1.6万头: with no place of its own, a figure of an
    organisation named after a unit inside the article's place is about that unit."""
    if ap.topic is None:
        return None
    if len(ap.mention_starts) != len(ap.mentions):
        ap.mention_starts = [m.start for m in ap.mentions]
    lo, hi = bisect_left(ap.mention_starts, w.sentence[0]), bisect_left(ap.mention_starts, w.q.start)
    orgs = [m for m in ap.mentions[lo:hi] if m.role == "org" and m.end <= w.q.start
            and not m.ambiguous and ap.topic.name in _ancestor_names(m.place)]
    if not orgs or "等" in w.masked[orgs[-1].end: w.q.start]:
        return None  # …有限公司等24家龙头企业: organisations named as examples
    return Choice([orgs[-1].place], f"organisation of {orgs[-1].place.name}")


# A count of places (160个国家乡村振兴重点帮扶县) that a later count of the same number refers back to
# (160个重点帮扶县人均GDP…): the group keeps the place it was given where it was defined.
GROUP_MIN = 10
_GROUP_AT = re.compile(r"(\d+)个([\u4e00-\u9fff]{1,14})")


def _group_noun(text: str, end: int) -> str:
    """The noun of places after a count ending at ``end`` (国家乡村振兴重点帮扶县 after 160个), up to its
    last level character within the next few characters; '' when none."""
    run = re.match(r"[\u4e00-\u9fff]{1,14}", text[end: end + 14])
    if not run:
        return ""
    noun = ""
    for word, _tag in segment.tag_words(run.group()):  # 国家/乡村振兴/重点/帮扶/县: up to the word 县
        noun += word
        if word[-1] in cues()["group_levels"] and word not in cues()["group_noun_inner"]:
            return noun
    return ""


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


def _group_of(ap: ArticlePlaces, number: str, noun: str, before: int) -> Choice | None:
    for at, n, defined, choice in ap.groups:
        if at < before and n == number and noun and _subsequence(noun, defined) and noun[-1] == defined[-1]:
            return choice
    return None


def _counted_group(ap: ArticlePlaces, w) -> Choice | None:
    """A figure of a counted group of places named earlier with its place (160个重点帮扶县 after
    西部10省确定160个国家乡村振兴重点帮扶县): the group's place, when no place stands between the group's
    count and the figure in its clause."""
    if not ap.groups:
        return None
    q, t = w.q, w.masked
    c0 = w.clause[0]
    if _has_place_between(ap, c0, q.start):
        return None
    own = re.match(r"(\d+)个$", ap.text[q.start: q.end])
    if own:
        got = _group_of(ap, own.group(1), _group_noun(ap.text, q.end), q.start)
        if got is not None:
            return Choice(list(got.places), f"group counted earlier → {got.region}", list(got.flags))
    for gm in _GROUP_AT.finditer(t, c0, q.start):
        noun = _group_noun(t, gm.start(2))
        got = _group_of(ap, gm.group(1), noun, gm.start())
        if got is not None and gm.start(2) + len(noun) <= q.start \
                and not _has_place_between(ap, gm.start(), q.start):
            return Choice(list(got.places), f"figure of the group {gm.group(1)}个{noun} → {got.region}",
                          list(got.flags))
    return None


def _remember_group(ap: ArticlePlaces, w, choice: Choice) -> None:
    """Keep a count of places (N个…县, N at least GROUP_MIN) given a place named in its sentence."""
    own = re.match(r"(\d+)个$", ap.text[w.q.start: w.q.end])
    if not own or int(own.group(1)) < GROUP_MIN or not choice.places or choice.reason.startswith(
            ("article subject", "group counted", "figure of the group")):
        return
    noun = _group_noun(ap.text, w.q.end)
    if noun and not any(at == w.q.start for at, *_ in ap.groups):
        ap.groups.append((w.q.start, own.group(1), noun, choice))


def choose(ap: ArticlePlaces, w, others=()) -> Choice:
    """``_choose``, remembering counted groups of places for the figures that refer back to them."""
    got = _choose(ap, w, others)
    _remember_group(ap, w, got)
    return got


def _choose(ap: ArticlePlaces, w, others=()) -> Choice:
    """The region of one number; ``w`` gives its scopes (``q``, ``masked``, ``item``, ``clause``,
    ``sentence``), as built by ``fupin.attribution``; ``others`` the spans of the other figures of
    its sentence."""
    q, t = w.q, w.masked
    column = _column_header_place(ap, q.start)
    if column is not None:
        return column
    c0, c1 = w.clause
    item = t[w.item[0]: w.item[1]]
    clause_before = t[c0: q.start]
    # 1. national figures
    opened = t[max(0, c0 - 13): c0].rstrip()  # 国家新的扶贫标准(农民人均纯收入2300元): a bracket opens the clause
    if _national_reference(item) or (opened[-1:] in ("(", "（") and _national_reference(opened[:-1])):
        return Choice([_country()], "national reference figure")
    yard = _bracketed_yardstick(ap, t[max(0, c0 - 16): c0].rstrip()[:-1]) if opened[-1:] in ("(", "（") else None
    yard = yard or _compared_yardstick(ap, clause_before[-12:], t, q.end)
    if yard is not None:
        return yard
    nat = _rx("national_subject").search(clause_before.lstrip())
    if nat and not _has_place_between(ap, c0, q.start):
        return Choice([_country()], f"national subject {nat.group()}")
    # 2. distributive figures
    if _per_unit_rx()[0].search(t[c0: q.start].rstrip("：:")) or _per_unit_rx()[1].match(clause_before):
        listed = _list_before(ap, w.sentence[0], c0)
        if listed:
            return Choice([m.place for m in listed], "per-unit figure: every listed place")
    respective = _respective(ap, w, others)
    if respective is not None:
        return respective
    group = _counted_group(ap, w)
    if group is not None:
        return group
    counted = _remaining_places(ap, w) or _members_after(ap, w)
    if counted is not None:
        return counted
    # 3. nearest place
    for (a, b), before, own in ((w.clause, True, True), (w.clause, False, True),
                                (w.sentence, True, False), (w.sentence, False, False)):
        if before:
            window = ap.usable[bisect_left(ap.starts, a): bisect_right(ap.starts, q.start)]
            cands = [m for m in window if m.end <= q.start]
            pick = cands[-1] if cands else None
        else:
            window = ap.usable[bisect_left(ap.starts, q.end): bisect_right(ap.starts, b)]
            pick = next((m for m in window if m.end <= b), None)
            if pick is not None and re.search(cues()["parts_follow"], t[q.end: pick.start]):
                continue  # 建成扶贫新村126个,其中通江县32个: the places after 其中 share the whole out
            if pick is not None and not own and _heads_clause(ap, pick):
                continue  # 全年有312个贫困村退出,雷山县、丹寨县率先启动…: the subject of another clause
            if pick is not None and _named_as_example(ap.text, pick):
                continue  # 全省建成扶贫车间1200个,如定西市…: an example named after the figure
            if pick is not None and _rx("place_count_after").match(t, q.end) \
                    and _rx("pairing").search(t, q.end, pick.start):
                # 浙江省…组织11个市及所属36个县结对支援青川县: places paired with it, not inside it; the
                # giver named earlier in the sentence is theirs
                giver = [m for m in ap.mentions if w.sentence[0] <= m.start and m.end <= q.start and m.role == "donor"]
                if giver:
                    return Choice([giver[-1].place], f"places paired with {pick.place.name} → giver {giver[-1].place.name}")
                continue
        if pick is None:
            continue
        k = _index(ap, pick)
        if ap.topic is not None and _outside(pick.place, ap.topic) \
                and _rx("aid_funds").search(t, *((c0, c1) if own else (w.sentence[0], q.start))) \
                and pick.end <= q.start and _rx("aid_giving").search(t, pick.end, q.start) \
                and not re.search(cues()["recipient_before"], ap.text[max(0, pick.start - 4): pick.start]):
            return Choice([ap.topic], f"aid from {pick.place.name} → recipient {ap.topic.name}")
        if before and ap.topic is not None and _outside(pick.place, ap.topic):
            paired = _paired_recipient(ap, w.sentence[0], pick)
            if paired:  # 巴马瑶族自治县、凤山县、东兰县结对广州市番禺区…,共实施协作项目65个
                return Choice([m.place for m in paired], f"paired with {pick.place.name} → recipient")
        if own and before and re.fullmatch(r"等\s*", ap.text[pick.end: q.start]):
            listed = _list_before(ap, w.sentence[0], q.start)
            common = common_place([m.place for m in listed]) if len(listed) >= 2 else None
            if common is not None:  # 栾川县、嵩县…确山县等7个: the count of the listed places
                return Choice([common], f"count of the listed places → {common.name}")
        if own and before and pick.end == q.start and _JOINT_RX.match(ap.text, q.start):
            parent = _parent_before_list(ap, _list_before(ap, w.sentence[0], q.start))
            if parent is not None:  # 喀什地区莎车、泽普、叶城、巴楚四县: the count of the prefecture's units
                return Choice([parent], f"count of the listed places of {parent.name}")
        if before and _rx("goods_after").match(ap.text, pick.end):
            # 天津市通过…采购甘南州农畜产品7.92亿元, 福州市在城区设立定西特色农产品展销中心6个: a place naming
            # where goods come from, after a place heading a clause of the sentence (the one that acts):
            # both, as for aid (giver and recipient)
            if len(ap.mention_starts) != len(ap.mentions):
                ap.mention_starts = [m.start for m in ap.mentions]
            acting = [m for m in ap.mentions[bisect_left(ap.mention_starts, w.sentence[0]):
                                             bisect_left(ap.mention_starts, pick.start)]
                      if m.role in ("place", "donor") and (m.start == 0 or ap.text[m.start - 1] in _CLAUSE_OPEN)
                      and not _rx("goods_after").match(ap.text, m.end)]
            if acting and acting[-1].place.name != pick.place.name:
                return Choice([acting[-1].place, pick.place],
                              f"clause head {acting[-1].place.name} acting, goods of {pick.place.name}")
        if own and before and pick.place.name in ap.enclosing and ap.topic is not None \
                and not _rx("own_level_after").match(ap.text, pick.end):  # 喀什地区本级1.24亿元: the unit itself
            # 该省地跨中国六盘山…: an enclosing place after a more specific one is descriptive
            earlier = [m for m in cands[:-1] if m.place.name not in ap.enclosing]
            if earlier:
                pick, k = earlier[-1], _index(ap, earlier[-1])
        recipient = re.search(r"(?:支援|援助|帮扶|援建)$", ap.text[max(0, pick.start - 2): pick.start])
        dest = tuple(cues()["destination_before"])
        # …企业进藏投资,投资额超10亿元: only the clause right after the destination is about it
        destination = (ap.text[pick.start: pick.end].startswith(dest) or
                       ap.text[max(0, pick.start - 1): pick.start].endswith(dest)) and \
            sum(ch in "，,；;：:" for ch in ap.text[pick.end: c0]) <= 1
        stop = max((x.end() for x in _FULL_STOP.finditer(t, max(0, pick.start - 200), pick.start)), default=0)
        national = pick.place.level == "country" and _reports_figure(t, pick, [(q.start, q.end), *others]) \
            and not any(m.place.level != "country" for m in ap.usable[bisect_left(ap.starts, stop):
                                                                      bisect_right(ap.starts, q.start)])
        # 云南省贫困人口较多,2013年底为661万人: a clause without a subject continues the subject heading
        # the clause before it, though that place encloses the article's
        continued = before and _rx("subjectless_clause").match(clause_before.lstrip()) and _heads_clause(ap, pick) \
            and len(_CLAUSE_END.findall(t, pick.end, c0)) == 1
        if not own and pick.place.name in ap.enclosing and not recipient and not destination \
                and ap.topic is not None and not national and not pick.reason and not continued:
            # 全国 alone in its sentence stays national
            return Choice([ap.topic], f"{pick.place.name} encloses article subject {ap.topic.name}")
        if not own and before and ap.topic is not None and ap.topic.level != "country" and _locative_list_end(ap.text, pick) \
                and not _rx("work_result_clause").match(clause_before.lstrip()):
            # 在长沙、广州、深圳等地开设品牌专营店42家，组织企业参加展销会16场次: a list after a locative says where
            # its own clause's work is done; the clauses after it are the article's (a national article's lists stay: the
            # country is no place of work), but for a clause that counts
            # what that work reached (…等省份的860所学校实施，惠及学生21.5万人)
            return Choice([ap.topic], f"after a locative list ending in {pick.place.name} → article subject {ap.topic.name}")
        # 4. a total after a list of places belongs to the enclosing unit
        if not own and before and ap.topic is not None and _rx("total_words").match(clause_before.lstrip()):
            named = {m.place.name for m in window if m.end <= q.start}
            joint = {m.place.name for m in _joint(ap.usable, k, ap.text)}
            if len(named) >= 2 and not named <= joint:  # not the total of one joint subject (A、B等市县…,共…)
                return Choice([ap.topic], f"total after a list → article subject {ap.topic.name}")
        if not own and before and ap.topic is not None:
            counted = _counted_object_list(ap, k, w.sentence[0])
            if counted is not None:
                return counted
        if not own and before and pick.item and ap.topic is not None:
            # 娘子神乡58个、堂尔上乡47个、杜家村镇41个，3个乡镇合计146个: the last item of a list of places, each
            # with its figure, is not the place of the figures in the clauses after the list
            return Choice([ap.topic], f"after a list of places with their figures → article subject {ap.topic.name}")
        picked = _joint(ap.usable, k, ap.text)
        if len(picked) == 1 and not own and not before and ap.topic is not None and _opens_list(ap, pick):
            # 安排援疆资金12.60亿元,…,重点支持喀什地区疏附县、伽师县和第三师: a figure before a list of the places
            # it goes to is of them all, not of the first one listed (a list closed by its count, 乃东、曲松两县,
            # is one joint region: `_joint`)
            return Choice([ap.topic], f"before a list of places → article subject {ap.topic.name}")
        if len(picked) == 1 and own and before and not re.search(cues()["respective"], t[c0: q.start]):
            listed = _list_before(ap, c0, pick.end)  # 在共和县、贵德县建成产业园区2个: both
            if len(listed) >= 2 and listed[-1] is pick \
                    and len({(m.place.level, m.place.parent) for m in listed}) == 1:
                picked = listed
        flags = ["region_ambiguous"] if any(m.ambiguous for m in picked) else []
        if pick.reason:
            reason = pick.reason
        elif own and before and _in_bracket(w, pick):
            reason = "parenthesised list item"
        elif own and before:
            reason = f"clause head {pick.place.name}"
        elif own:
            reason = f"later in clause {pick.place.name}"
        elif before:
            reason = f"earlier in sentence {pick.place.name}"
        else:
            reason = f"later in sentence {pick.place.name}"
        if ap.donor and recipient:
            reason += " (donor/recipient: recipient)"
        return Choice([m.place for m in picked], reason, flags)
    org = _organisation_place(ap, w)
    if org is not None:
        return org
    heading = _item_heading_place(ap, w) or _colon_heading_place(ap, w) or _label_line_place(ap, w) \
        or _local_unit_carried(ap, w)
    if heading is not None:
        return heading
    if ap.topic is not None:
        return Choice([ap.topic], f"article subject {ap.topic.name}", ["region_from_topic"])
    return Choice([], "", ["region_missing"])


_TABLE_SEP = re.compile(r"\t|[|｜]")
_OF_WHICH = re.compile(r"^其中[：:]?")


def _column_header_place(ap: ArticlePlaces, at: int) -> Choice | None:
    """The place a table's column is about: a figure in a row split by tabs or | under a header cell that is a
    place's name alone, or a part of the column before it (完成值 | 其中：莲花县 | 遂川县: each county's share). Only for
    a row as wide as its header (the cells line up) whose cells name no place before the figure (a row about a
    place under columns about others is a table of pairs)."""
    text = ap.text
    r0 = text.rfind("\n", 0, at) + 1
    r1 = text.find("\n", at)
    r1 = len(text) if r1 < 0 else r1
    row = text[r0:r1]
    if not _TABLE_SEP.search(row):
        return None
    cells = _TABLE_SEP.split(row)
    k = len(_TABLE_SEP.findall(text, r0, at))
    h1 = r0 - 1
    for _ in range(40):  # the header: the nearest line above of the row's width with no figure
        if h1 <= 0:
            return None
        h0 = text.rfind("\n", 0, h1) + 1
        line = text[h0:h1]
        if not _TABLE_SEP.search(line):
            return None
        if not re.search(r"[0-9]", line):
            break
        h1 = h0 - 1
    else:
        return None
    names = _TABLE_SEP.split(line)
    if len(names) != len(cells) or k >= len(names):
        return None
    if any(m.start < at for m in ap.usable[bisect_left(ap.starts, r0): bisect_left(ap.starts, at)]):
        return None
    name = _OF_WHICH.sub("", names[k].strip())
    if not name:
        return None
    c0 = h0 + sum(len(n) + 1 for n in names[:k])
    for m in ap.mentions:
        if c0 <= m.start and m.end <= c0 + len(names[k]) and text[m.start:m.end] == name:
            return Choice([m.place], f"column header {m.place.name}")
    return None


def choose_same(ap: ArticlePlaces, w, others=(), memo: dict | None = None) -> Choice:
    """``choose(ap, w, others)``, looked up in ``memo`` when no mention of any role starts near the
    number (13 characters before its clause to the end of its sentence): then choose reads only the
    text there, the positions of the number, its item, clause, sentence and the other figures, and
    the article's subject, so equal stretches of text get equal choices (a report repeating one
    sentence thousands of times)."""
    if memo is None:
        return choose(ap, w, others)
    q = w.q
    lo = max(0, min(w.clause[0] - 13, w.sentence[0], w.item[0], q.start))
    hi = max(w.sentence[1], w.clause[1], w.item[1], q.end)
    if len(ap.mention_starts) != len(ap.mentions):
        ap.mention_starts = [m.start for m in ap.mentions]
    if bisect_right(ap.mention_starts, hi) > bisect_left(ap.mention_starts, lo) or \
            (ap.groups and any(n + "个" in w.masked[lo:hi] for _at, n, _d, _c in ap.groups)):
        return choose(ap, w, others)
    key = ("choose", w.masked[lo:hi], lo == 0, q.start - lo, q.end - lo, q.unit,
           *((a - lo, b - lo) for a, b in (w.item, w.clause, w.sentence)),
           tuple((a - lo, b - lo) for a, b in others))
    got = memo.get(key)
    if got is None:
        got = memo[key] = choose(ap, w, others)
    return Choice(list(got.places), got.reason, list(got.flags))


_FULL_STOP = re.compile(r"[。！？!?\n]")
_CLAUSE_PUNCT = "，,；;：:"
_CLAUSE_END = re.compile(r"[，,；;。：:！？!?\n]")


def _item_heading_place(ap: ArticlePlaces, w) -> Choice | None:
    """The place a numbered item's heading opens with (``numbered_item``, then places written one after the other,
    one chain: 朝阳市建昌县 -> 建昌县) for a figure after the heading's sentence (up to 。) in the item's paragraph.
    1.阜新蒙古族自治县某村原党支部书记李某某虚报冒领…问题。…共计12.96万元 is of 阜新蒙古族自治县."""
    p0, p1 = w.paragraph
    m = _rx("numbered_item").match(ap.text[p0:p1])
    if m is None:
        # 规模最大的3个安置点情况如下：（一）谢桥街道旺家社区。…: a lead-in closed by a colon, joined to the first item
        lead = _rx("item_lead_in").match(ap.text[p0:p1])
        m = _rx("numbered_item").match(ap.text[p0:p1], lead.end()) if lead else None
    if m is None:
        return None
    opened = p0 + m.end()
    stop = ap.text.find("。", opened, p1)
    if stop < 0 or w.q.start <= stop:
        return None  # a figure of the heading itself names its own place or none
    run: list[Mention] = []
    for x in ap.usable[bisect_left(ap.starts, opened): bisect_left(ap.starts, stop)]:
        if run and x.start != run[-1].end:
            break
        # (朝阳市 before 建平县 heads the chain and is no mention of its own)
        if not run and ap.text[opened:x.start] not in {""} | {a.name for a in ancestors(x.place)}:
            return None
        run.append(x)
    if not run:
        return None
    last = run[-1].place
    named = ap.usable[bisect_left(ap.starts, opened): bisect_left(ap.starts, stop)]
    # (丹都街道冲广坪社区: a unit named alone inside a township named alone carries the township's name)
    chain = {last.name} | {a.name for a in ancestors(last)} | {x.place.name for x in named if last.name.startswith(x.place.name)}
    named = ap.usable[bisect_left(ap.starts, opened): bisect_left(ap.starts, stop)]
    # another place named in the heading makes it no one place's (朝阳市与阜新市两地…); a name read inside an
    # anonymised unit (某镇原党委: 镇原) is none
    if any(x.place.name not in chain and ap.text[x.start - 1:x.start] != "某" for x in named):
        return None
    return Choice([last], f"numbered item heading {last.name}")


def _colon_heading_place(ap: ArticlePlaces, w) -> Choice | None:
    """The place opening a paragraph as its heading, a colon after it (``place_heading_mark``): 阜南县：投入…；
    引进企业9家 (the figures after ； name no place, they are 阜南县's). None for a figure of the heading itself."""
    p0, p1 = w.paragraph
    k = bisect_left(ap.starts, p0)
    if k >= len(ap.usable):
        return None
    first = ap.usable[k]
    if first.end > p1 or ap.text[p0:first.start].strip() or w.q.start < first.end:
        return None
    if _rx("place_heading_mark").match(ap.text, first.end) is None:
        return None
    return Choice([first.place], f"paragraph heading {first.place.name}")


_LABEL_LINES_UP = 3
"""Label lines above a figure line looked at for a place (桦南县…产值 / 12.6亿元; 同江市… / 村集体经济收入全部超过 / 20万元)."""


def _label_line_place(ap: ArticlePlaces, w) -> Choice | None:
    """An infographic as text: the figure opens its line (``figure_line``) and names no place; the label lines right
    above it (up to a blank line or another figure line) open with a place: the figure is that place's."""
    t = ap.text
    line0 = t.rfind("\n", 0, w.q.start) + 1
    if not _rx("figure_line").match(t, line0):
        return None
    end = line0 - 1
    for _ in range(_LABEL_LINES_UP):
        if end <= 0:
            return None
        start = t.rfind("\n", 0, end) + 1
        line = t[start:end]
        if not line.strip() or _rx("figure_line").match(line):
            return None
        lead = start + len(line) - len(line.lstrip(cues()["label_line_skip"]))
        k = bisect_left(ap.starts, lead)
        if k < len(ap.usable) and ap.usable[k].start == lead:
            m = ap.usable[k]
            return Choice([m.place], f"label line {t[m.start:m.end]} above the figure line")
        end = start - 1
    return None


def _local_unit_carried(ap: ArticlePlaces, w) -> Choice | None:
    """该村2023年收益分配情况如下：一是…；二是…4项，支出4.44万元…。以上合计27.6万元: a figure naming no place in its
    sentence, in a paragraph whose last place before it is a word standing for a township or village named before
    (该村, 我们村, 全村: `_local_unit_words`), goes on being about that unit, not the article's place."""
    p0 = w.paragraph[0]
    before = [m for m in ap.usable[bisect_left(ap.starts, p0): bisect_left(ap.starts, w.q.start)] if m.end <= w.q.start]
    if not before or _has_place_between(ap, before[-1].end, w.q.start):
        return None
    last = before[-1]
    if last.place.level not in ("township", "village") or not _rx("local_unit_word").fullmatch(ap.text, last.start, last.end):
        return None
    return Choice([last.place], f"paragraph on {ap.text[last.start:last.end]} → {last.place.name}")


def _named_as_example(text: str, m: Mention) -> bool:
    """Whether ``m`` is introduced as an example (如定西市, 例如…, 以定西市为例): such a place, named
    after a figure, does not take the figure from the unit the sentence is about."""
    return bool(_rx("example_before").search(text, max(0, m.start - 3), m.start)) or \
        bool(_rx("example_after").match(text, m.end))


def _heads_clause(ap: ArticlePlaces, m: Mention) -> bool:
    """Whether ``m``, or the list of places joined by 、 that it ends, opens its clause (雷山县、丹寨县率先
    启动…): the subject of that clause."""
    k = _index(ap, m)
    while k > 0 and ap.text[ap.usable[k - 1].end: ap.usable[k].start] == "、":
        k -= 1
    a = ap.usable[k].start
    return a == 0 or ap.text[a - 1] in _CLAUSE_OPEN


def _reports_figure(t: str, m: Mention, figures) -> bool:
    """Whether the clause of mention ``m`` states a figure (全国累计建成安置区约3.5万个: the country is
    what the sentence counts; 走在全国前列 and 全国东西扶贫协作“闽宁模式” only name it)."""
    a = max((x.end() for x in _CLAUSE_END.finditer(t, max(0, m.start - 80), m.start)), default=0)
    e = _CLAUSE_END.search(t, m.end)
    b = e.start() if e else len(t)
    return any(a <= s and f <= b for s, f in figures)


def _outside(place: Place, topic: Place) -> bool:
    """Neither the article's place, nor a unit inside it, nor one enclosing it (a giver from afar)."""
    if place.name == topic.name or place.level == "country":
        return False
    return topic.name not in _ancestor_names(place) and place.name not in _ancestor_names(topic)


def _in_bracket(w, m: Mention) -> bool:
    t = w.masked
    geo = getattr(w, "geo", None)
    if geo is not None:
        # the same test from the article's index: the last round bracket before the number opens
        # before the place (no scan back through a report printed as one long line)
        k = geo.last_round_bracket(w.mask_key, w.q.start)
        return 0 <= k < m.start and t[k] in "(（"
    a = max(t.rfind("(", 0, w.q.start), t.rfind("（", 0, w.q.start))
    return a >= 0 and a < m.start and ")" not in t[a: w.q.start] and "）" not in t[a: w.q.start]
