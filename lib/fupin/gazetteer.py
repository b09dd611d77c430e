"""The national gazetteer: every province, prefecture and county-level unit of China, with the
short forms reports use, and one automaton that finds them in text.

Source of the units: ``cpca/resources/adcodes.csv`` of the **cpca** package (version 0.5.5, MIT
licence), read at run time through ``importlib.resources``; nothing of it is copied into this
repository. Its columns are ``adcode`` (12 digits: province = first 2 digits + zeros, prefecture =
first 4 + zeros, county = first 6 + zeros), ``name``, ``longitude``, ``latitude``. As of: the file
predates the Tibetan renames of 2017–2023 (it still lists 那曲地区, 那曲县, 米林县, 错那县), i.e.
the divisions of about 2017. The ethnic names stripped from autonomous units come from the same
package (``cpca/resources/56_nations.csv``).

``lib/fupin/data/gazetteer.csv`` holds only what the table lacks: renamed units (former name ->
current name and code since the change; the former name and code stay in ``Gazetteer.former``), units outside the table (兵团 divisions, 全国), regional names (陕南,
南疆, 西部), common abbreviations (克州, 黔西南州) and strings that look like a name but are
ordinary words (level ``none``). Short forms are derived by rule (``short_forms``).
"""
from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import io
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from .paths import data_file

SOURCE_PACKAGE = "cpca"
SOURCE_FILE = "resources/adcodes.csv"
SOURCE_AS_OF = "about 2017 (before the Tibetan renames of 2017-2023)"

# Rows of adcodes.csv that stand for a grouping, not a unit: their children hang on the province.
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
LEVEL_RANK = {"country": 0, "province": 1, "area": 1.5, "prefecture": 2, "county": 3, "township": 4,
              "village": 5}
# Endings stripped to make a short form, per level, longest first; an autonomous ending is
# followed by the ethnic names of the unit (伊犁哈萨克自治州 -> 伊犁).
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "林区", "特区", "县", "旗", "市", "区"),
}
AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
# The endings a county-level unit may have had before its last change of kind (县 -> 区 or 市, 市 -> 区).
FORMER_ENDINGS = {"区": ("县", "市"), "市": ("县",)}
# A word jieba knows this often, and not as a name, is an ordinary word (城区, 和平, 合作); the
# short form of a province or prefecture must be more frequent still (大同, 保定, 大理 stay names).
ORDINARY_WORD_FREQ = {"county": 500, "prefecture": 3000, "province": 3000}
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "j"})
# 全州 (全州县), 全县, 本市: a short form read as "the whole / our unit" is never taken.
WHOLE_UNIT_HEADS, LEVEL_CHARS = frozenset("全我本该"), frozenset("省市州县区旗盟")


@dataclass(frozen=True)
class Place:
    """One unit: official name, level, enclosing unit's name, 6-digit code and position."""

    name: str
    level: str
    parent: str
    code: str = ""
    lon: float | None = None
    lat: float | None = None


@dataclass(frozen=True)
class Gazetteer:
    places: tuple[Place, ...]
    by_name: dict[str, tuple[Place, ...]]     # official name -> units (several: 城关区, 朝阳区)
    by_alias: dict[str, tuple[Place, ...]]    # every findable string -> candidate units
    by_code: dict[str, Place]
    automaton: ahocorasick.Automaton          # finds every key of by_alias
    # renamed unit's current name -> (the unit under its former name and code, year of the change)
    former: dict[str, tuple[Place, int]] = field(default_factory=dict)

    def parent_of(self, place: Place) -> Place | None:
        """The enclosing unit (by code when the place has one, else by name)."""
        if place.code and len(place.code) == 6 and place.code != "100000":
            for code in (place.code[:4] + "00", place.code[:2] + "0000"):
                p = self.by_code.get(code)
                if p is not None and p.code != place.code and p.name == place.parent:
                    return p
        cands = self.by_name.get(place.parent, ())
        return cands[0] if cands else None

    def ancestors(self, place: Place) -> list[Place]:
        out, p = [], self.parent_of(place)
        while p is not None and p not in out:
            out.append(p)
            p = self.parent_of(p)
        return out


def source_version() -> str:
    return f"{SOURCE_PACKAGE} {importlib.metadata.version(SOURCE_PACKAGE)}"


def _resource(name: str) -> str:
    return (importlib.resources.files(SOURCE_PACKAGE) / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def ethnic_names() -> tuple[str, ...]:
    """The 56 ethnic names, with and without 族 (蒙古族, 蒙古), longest first."""
    names = [ln.strip() for ln in _resource("resources/56_nations.csv").splitlines() if ln.strip()]
    forms = {n for n in names} | {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return tuple(sorted(forms, key=lambda s: (-len(s), s)))


def table_units() -> list[Place]:
    """The units of adcodes.csv with their parent chain (placeholders dropped)."""
    rows = list(csv.DictReader(io.StringIO(_resource(SOURCE_FILE))))
    names = {r["adcode"]: r["name"] for r in rows}
    out = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        if name in PLACEHOLDERS or len(code) != 12 or code[6:] != "000000":
            continue
        if code[2:] == "0" * 10:
            level, parent = "province", "中华人民共和国"
        elif code[4:] == "0" * 8:
            level, parent = "prefecture", names.get(code[:2] + "0" * 10, "")
        else:
            level = "county"
            parent = names.get(code[:4] + "0" * 8, "")
            if not parent or parent in PLACEHOLDERS:
                parent = names.get(code[:2] + "0" * 10, "")
        out.append(Place(name, level, parent, code[:6], _num(r["longitude"]), _num(r["latitude"])))
    return sorted(out, key=lambda p: p.code)


def _num(cell: str) -> float | None:
    try:
        return float(cell)
    except (TypeError, ValueError):
        return None


def short_forms(place: Place) -> list[str]:
    """Short forms by rule: the name without its level ending (and ethnic names of an
    autonomous unit); an autonomous prefecture also as short form + 州 (黔西南州). A district's
    short form is kept only from 3 characters (城关, 新华, 鼓楼 are ordinary or shared)."""
    name = place.name
    for suf in SUFFIXES.get(place.level, ()):
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            if suf in AUTONOMOUS:
                changed = True
                while changed:
                    changed = False
                    for e in ethnic_names():
                        if stem.endswith(e) and len(stem) - len(e) >= 2:
                            stem, changed = stem[: -len(e)], True
                            break
            if len(stem) < 2 or (suf == "区" and place.level == "county" and len(stem) < 3):
                return []
            out = [stem]
            if suf == "自治州":
                out.append(stem + "州")
            return out
    return []


class _JiebaWords:
    """word -> (frequency, tag) from jieba's dictionary, shared with ``fupin.segment``."""

    def __init__(self) -> None:
        from .segment import _dictionary  # loads jieba's dictionary once per process
        _dictionary()
        import jieba.posseg as pseg
        self.freq, self.tags = pseg.dt.tokenizer.FREQ, pseg.dt.word_tag_tab

    def get(self, word: str, default=(0, "")) -> tuple[int, str]:
        f = self.freq.get(word)
        return (f, self.tags.get(word, "")) if f else default


@lru_cache(maxsize=None)
def _jieba_words() -> _JiebaWords:
    return _JiebaWords()


def dictionary_word(s: str) -> bool:
    """Whether jieba's dictionary holds ``s`` as a word (五保, 三年)."""
    return _jieba_words().get(s, (0, ""))[0] > 0


def ordinary_word(s: str, level: str = "county") -> bool:
    """True for a frequent word that jieba does not tag as a name (城区, 和平, 合作, 比如)."""
    freq, tag = _jieba_words().get(s, (0, ""))
    return freq >= ORDINARY_WORD_FREQ.get(level, 500) and tag not in NAME_TAGS


def _alias_rows() -> list[dict]:
    with data_file("gazetteer.csv").open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=None)
def load() -> Gazetteer:
    """Units of the table, amended by the alias file, with every findable string."""
    units = table_units()
    rows = _alias_rows()
    not_places = {r["name"] for r in rows if r["level"] == "none"}
    not_places |= {a for r in rows if r["level"] == "none" for a in _split(r["aliases"])}
    # 1. renames: an alias-file unit whose alias is a table unit of the same level takes its place
    by_name: dict[str, list[Place]] = {}
    for p in units:
        by_name.setdefault(p.name, []).append(p)
    renamed: dict[str, str] = {}
    new_code: dict[str, tuple[str, int]] = {}   # renamed unit -> (its code since the change, year)
    extra_alias: dict[str, list[str]] = {}
    new_units: list[Place] = []
    for r in rows:
        if r["level"] in ("none", "variant"):
            continue  # a variant row folds a character (陜 -> 陕); the character alone names no place (苏陕协作)
        aliases = _split(r["aliases"])
        if r["name"] in by_name:
            extra_alias.setdefault((r["name"], r["parent"]), []).extend(aliases)
            continue
        former = next((a for a in aliases if any(p.level == r["level"] for p in by_name.get(a, ()))), None)
        if former:
            renamed[former] = r["name"]
            new_code[r["name"]] = (r.get("code") or "", int(r["since"]) if (r.get("since") or "").isdigit() else 0)
            extra_alias.setdefault((r["name"], r["parent"]), []).extend(aliases)
            continue
        new_units.append(Place(r["name"], r["level"], r["parent"], r.get("code", "") or ""))
        extra_alias.setdefault((r["name"], r["parent"]), []).extend(aliases)
    places = []
    former_units: dict[str, tuple[Place, int]] = {}
    for p in units:
        name = renamed.get(p.name, p.name)
        parent = renamed.get(p.parent, p.parent)
        code, since = new_code.get(name, ("", 0)) if name != p.name else ("", 0)
        places.append(Place(name, p.level, parent, code or p.code, p.lon, p.lat))
        if name != p.name:  # 沙湾县 (654223) until 2021, 沙湾市 (654203) since
            former_units[name] = (Place(p.name, p.level, parent, p.code, p.lon, p.lat), since)
    places += new_units
    names: dict[str, list[Place]] = {}
    for p in places:
        names.setdefault(p.name, []).append(p)
    # 2. findable strings: official names, then alias-file aliases (exclusive), then short forms
    by_alias: dict[str, list[Place]] = {n: list(ps) for n, ps in names.items()
                                        if n not in not_places and not (len(n) <= 2 and ordinary_word(n))}
    fixed: set[str] = set(by_alias)
    for (name, parent), aliases in extra_alias.items():
        owners = [p for p in names[name] if p.parent == parent] or names[name]
        for a in aliases:
            by_alias[a] = list(owners)
            fixed.add(a)
    derived: dict[str, list[Place]] = {}
    for p in places:
        if p.code and p.name == renamed.get(p.name, p.name):
            for s in short_forms(p):
                if s in fixed or s in not_places or ordinary_word(s, p.level) or \
                        (len(s) == 2 and s[0] in WHOLE_UNIT_HEADS and s[1] in LEVEL_CHARS):
                    continue
                derived.setdefault(s, []).append(p)
    for s, owners in derived.items():
        top = min(LEVEL_RANK[o.level] for o in owners)
        best = [o for o in owners if LEVEL_RANK[o.level] == top]
        if len(best) == 1:
            by_alias[s] = best
    # An autonomous county is commonly written as its short form + 县 (东乡县 for 东乡族自治县). When
    # that is another unit's official name (江西's 东乡县), both are candidates: the article's other
    # places decide, and the fact is flagged when they cannot.
    for p in places:
        if p.code and p.level == "county" and p.name.endswith("自治县"):
            for stem in short_forms(p):
                # a county named after its people keeps 族 in its short form (东乡族): 东乡县
                stem = stem[:-1] if stem.endswith("族") and len(stem) >= 3 else stem
                form = stem + "县"
                if form in not_places or form == p.name:
                    continue
                cands = by_alias.setdefault(form, [])
                if p not in cands:
                    cands.append(p)
    # Reports of earlier years name a county-level unit by its form before 撤县设区/撤县设市/撤市设区:
    # 崇礼县 (崇礼区 since 2016), 扶余县 (扶余市 since 2013), 南康市 (南康区 since 2013). Such a former
    # form is findable when no unit or alias has it, one unit alone gives it, and its stem is neither
    # another place (河北区: 河北市 would take 河北 from 河北市场) nor an ordinary word (前进区, 友好区).
    former: dict[str, list[Place]] = {}
    for p in places:
        if p.code and p.level == "county" and p.name[-1:] in FORMER_ENDINGS and len(p.name) >= 3:
            for end in FORMER_ENDINGS[p.name[-1]]:
                former.setdefault(p.name[:-1] + end, []).append(p)
    for form, owners in former.items():
        if len(owners) == 1 and form not in by_alias and form not in not_places and by_alias.get(form[:-1], owners) == owners \
                and not ordinary_word(form[:-1]):
            by_alias[form] = owners
    auto = ahocorasick.Automaton()
    for a in by_alias:
        auto.add_word(a, a)
    auto.make_automaton()
    by_code = {f.code: f for f, _since in former_units.values() if f.code}
    by_code.update({p.code: p for p in places if p.code})
    return Gazetteer(tuple(places), {k: tuple(v) for k, v in names.items()},
                     {k: tuple(v) for k, v in by_alias.items()}, by_code, auto, former_units)


def _split(cell: str | None) -> list[str]:
    return [a.strip() for a in (cell or "").split(";") if a.strip()]


@lru_cache(maxsize=None)
def _fold_table() -> dict[int, str]:
    """Variant characters folded before matching (陜 -> 陕), from the alias file's ``variant`` rows."""
    out = {}
    for r in _alias_rows():
        if r["level"] == "variant":
            for a in _split(r["aliases"]):
                out[ord(a)] = r["name"]
    return out


def fold(text: str) -> str:
    """``text`` with variant characters replaced one for one (offsets unchanged)."""
    table = _fold_table()
    return text.translate(table) if table else text


# A match this short must also be a word of its surroundings: 范县 in 示范县, 迁安 in 搬迁安置,
# 长治 in 长治久安 and 蒙山 in 乌蒙山区 are not places.
WORD_CHECK_MAX_LEN = 3
WORD_CHECK_WINDOW = 4
STRADDLING_WORD_FREQ = 100  # a rarer straddling word (松劲 in 曲松劲牌) is a segmentation accident
STRADDLING_PAIR_FREQ = 1000
COUNTY_LEVEL_CHARS = "县旗区"  # 县城, 县域, 旗县, 区分(别), 区域: words opened by the level of a full county name


def find(text: str) -> list[tuple[int, int, str]]:
    """Leftmost-longest non-overlapping matches (start, end, alias) of every findable string;
    a short one is dropped when a common word of its surroundings straddles one of its ends, and the
    text is searched again from its second character for a name written with its level only (用于都安瑶族自治县:
    于都 is dropped across 用于, and 都安瑶族自治县 is found; 投资兴业: 资兴 is dropped across 投资, and the alias 兴业 that
    starts inside it is no place: a short name overlapping a dropped one is as doubtful as it)."""
    folded = fold(text)
    out: list[tuple[int, int, str]] = []
    dropped: list[tuple[int, int, str]] = []
    at: tuple[int, int] | None = (0, 0)
    while at is not None:
        at = _find_from(folded, *at, out, dropped)
    return _chained_full_names(out, dropped) if dropped else out


def _find_from(folded: str, pos: int, inside: int, out: list, dropped: list) -> tuple[int, int] | None:
    """Append to ``out`` the matches from ``pos`` on, up to the first short one dropped (a common word
    straddling an end; kept in ``dropped`` when it is a full name); return where to search again and the end
    of the dropped name, or None. A match starting before ``inside`` (inside the name dropped before) counts
    only as a name written with its level (都安县, 都安瑶族自治县; not the alias 兴业)."""
    from .segment import tag_words
    for end, a in load().automaton.iter_long(folded, pos):
        s, e = end + 1 - len(a), end + 1
        if s < inside and not (len(a) > 2 and a[-1] in LEVEL_CHARS):
            continue
        if _conjunction_led(folded, s, a):
            continue  # 1个行政单位和县乡村振兴服务中心: 和 joins two nouns, 县 is the report's own county
        if e - s <= WORD_CHECK_MAX_LEN:
            w0 = max(0, s - WORD_CHECK_WINDOW)
            at, straddled = w0, False
            for word, _tag in tag_words(folded[w0: e + WORD_CHECK_WINDOW]):
                a0, at = at, at + len(word)
                freq, tag = _jieba_words().get(word, (0, ""))
                # a common word, or another place name (六盘山 around 盘山), across an end; not a
                # word opened by the level of a full county name (隆德县城关镇: 县城 is still the county)
                if a0 == e - 1 and a[-1] in COUNTY_LEVEL_CHARS and a in load().by_name:
                    continue
                # (在于都县梓山镇: a full county name, level and all, is meant as written though a word opened
                # by the character before it (在于) straddles its start; 在于都: the short form is dropped)
                if a0 < s < at and at < e and len(a) >= 3 and a[-1] in COUNTY_LEVEL_CHARS and a in load().by_name:
                    continue  # (the pair test below is skipped in the same way)
                if (a0 < s < at or a0 < e < at) and (freq >= STRADDLING_WORD_FREQ or tag == "ns"):
                    straddled = True
                    break
            # a very common two-character word across an end (乌蒙山区: 山区), however it is segmented
            full_county = len(a) >= 3 and a[-1] in COUNTY_LEVEL_CHARS and a in load().by_name
            pairs = (folded[s - 1: s + 1] if s and not full_county else "",
                     "" if a[-1] in COUNTY_LEVEL_CHARS and a in load().by_name else folded[e - 1: e + 1])
            if straddled or any(len(w) == 2 and _jieba_words().get(w, (0, ""))[0] >= STRADDLING_PAIR_FREQ
                                for w in pairs):
                if a in load().by_name and a[-1] in LEVEL_CHARS:
                    dropped.append((s, e, a))
                return s + 1, e
        out.append((s, e, a))
    return None


def _conjunction_led(folded: str, s: int, a: str) -> bool:
    """Whether the two-character name ``a`` found at ``s`` (和县) opens with a conjunction (``conjunction_led_name_chars``
    of data/region_cues.yaml) right after a word: the conjunction joins that word to a noun opened by the level."""
    from .region import cues  # region imports this module
    return (len(a) == 2 and a[-1] in LEVEL_CHARS and a[0] in cues()["conjunction_led_name_chars"]
            and s > 0 and folded[s - 1].isalpha())


def _chained_full_names(found: list[tuple[int, int, str]], dropped: list[tuple[int, int, str]]
                        ) -> list[tuple[int, int, str]]:
    """甘肃省会宁县: two full official names written together, one enclosing the other, are both places,
    though a common word (省会) straddles the join."""
    gz = load()
    spans = sorted(found + dropped)
    keep = set(found)

    def encloses(outer: str, inner: str) -> bool:
        return any(outer in {p.name for p in gz.ancestors(c)} for c in gz.by_name.get(inner, ()))

    for x, y in zip(spans, spans[1:]):
        if x[1] == y[0] and (x not in keep or y not in keep) and encloses(x[2], y[2]):
            keep.update((x, y))
    return [t for t in spans if t in keep]


def trie_pattern(words) -> str:
    """One regex alternation of ``words`` as a character trie (fast in ``re``; longest first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = [_esc(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body
    return build(trie)


def _esc(ch: str) -> str:
    import re
    return re.escape(ch)


@lru_cache(maxsize=None)
def place_pattern() -> str:
    """A regex matching the findable strings of provinces, prefectures and the alias file's
    units (donors, agencies and companies in patterns with a ``{PLACE}`` slot). County-level
    names are left to the automaton (``find``): thousands of them would make those patterns slow."""
    gz = load()
    return trie_pattern(a for a, ps in gz.by_alias.items()
                        if any(p.level != "county" or not p.code for p in ps))


def units() -> tuple[Place, ...]:
    return load().places
