"""Find and parse every quantity in clean Simplified Chinese text.

One compiled regex finds candidates over the whole text: an optional qualifier prefix (约, 近, 超过 ...),
a number (Arabic, Chinese or mixed), an optional range end, 余/多, 万/亿, a unit or measure word, and an
optional postfix (以上, 左右). The grammar then decides which candidates are quantities (dates, ordinals,
names and articles are not) and, for classifiers such as 个/家, which noun is counted. Word lists live in
data files: units.csv, qualifiers.csv and not_quantities.yaml.
"""
from __future__ import annotations

import bisect
import csv
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

import yaml

from .model import Quantity
from .numerals import CHINESE_NUMERAL_CHARS, DIGITS, parse_number
from .paths import data_file

DIGIT_LOST = "\ufffd"


@dataclass(frozen=True)
class UnitWord:
    """One row of units.csv."""

    word: str          # as matched, e.g. 县(区)
    kind: str          # measure | classifier | duration | date | noun
    unit: str
    one_is_article: bool
    arabic_only: bool
    scale: float = 1.0  # value x scale gives base units (3‰ -> 0.3 percent, 三成 -> 30 percent)

    raw_len: int = 0   # length kept in the raw span: a parenthesised tail (县(区)) is matched, not kept

    def __post_init__(self) -> None:
        object.__setattr__(self, "raw_len", len(re.split(r"[(（]", self.word, maxsplit=1)[0]))


def _read_csv(name: str) -> list[dict[str, str]]:
    with data_file(name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _first_chars(words: list[str]) -> str:
    """Lookahead on the possible first characters: lets the regex engine skip ahead quickly."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


def _atoms(word: str) -> list[str]:
    """Regex atoms of one word; brackets match both widths so 县(区) also matches 县（区）."""
    return ["[(（]" if c in "(（" else "[)）]" if c in ")）" else re.escape(c) for c in word]


def _alternation(words: list[str]) -> str:
    """A trie-shaped regex for a word list: fast to scan, and longer words win (个百分点 over 个)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for atom in _atoms(word):
            node = node.setdefault(atom, {})
        node[""] = {}

    def build(node: dict) -> str:
        leaves = sorted(a for a, child in node.items() if a and child == {"": {}} and len(a) == 1)
        longer = [a + build(child) for a, child in sorted(node.items()) if a and a not in leaves]
        if len(leaves) > 1:
            longer.append("[" + "".join(leaves) + "]")
        else:
            longer.extend(leaves)
        if "" in node:
            longer.append("")  # the word may end here; longer continuations are tried first
        return longer[0] if len(longer) == 1 else "(?:" + "|".join(longer) + ")"

    return build(trie)


@dataclass(frozen=True)
class Grammar:
    """Everything loaded from the data files, plus the compiled patterns."""

    units: dict[str, UnitWord]          # measure/classifier/duration/date words by normalised form
    nouns: dict[str, UnitWord]          # counted nouns
    qualifiers: dict[tuple[str, str], str]
    prefixes: dict[str, str]            # qualifier prefix word -> qualifier (checked before the number)
    prefix_ends: frozenset[str]         # last characters of the prefix words
    candidate: re.Pattern[str]
    noun_re: re.Pattern[str]
    stop_re: re.Pattern[str]
    ordinals: frozenset[str]
    rank_re: re.Pattern[str]            # 居全州前三位: the text before a rank number
    rank_units: frozenset[str]
    duration_cue_re: re.Pattern[str]
    zero_re: re.Pattern[str]
    rate_re: re.Pattern[str]
    money_re: re.Pattern[str]
    boundary_re: re.Pattern[str]
    quote_re: re.Pattern[str]
    title_re: re.Pattern[str]
    compound_re: re.Pattern[str]        # words that begin with a unit/noun character (人均, 村民)
    head_nouns: frozenset[str]          # nouns that end a counted phrase (14个方面倾斜支持政策)
    listed_counts: frozenset[str]       # counts that need their members listed before them
    list_item_chars: str                # one-character names of levels and provinces (区市两级, 闽宁两省区)
    inner_qualifier_re: re.Pattern[str]  # 2个多百分点
    bare_rate_re: re.Pattern[str]       # 开工率达到100: a rate word governing a bare number
    shared_unit_re: re.Pattern[str]     # 6.4和1.1个百分点: the unit of the next number
    people_after_re: re.Pattern[str]    # 162万贫困人口
    people_before_re: re.Pattern[str]   # 贫困人口623万
    lost_percent_re: re.Pattern[str]    # 参保率均达%: the number is gone
    contact_re: re.Pattern[str]         # 电话:0870-6623517: a number after a contact word
    ratio_re: re.Pattern[str]           # 城乡居民收入比为2.76: a ratio word governing a bare number
    unit_starts: frozenset[str]         # first characters of units and multipliers (joins 4900万\n元)
    rate_column_re: re.Pattern[str] = re.compile(r"(?!)")  # 增速, 占比: a table column of percents
    fraction_column_re: re.Pattern[str] = re.compile(r"(?!)")  # 支出率 printed as 0.741 by an Excel CSV export
    fraction_column_not_re: re.Pattern[str] = re.compile(r"(?!)")  # 增长率: a change, never read as a fraction
    count_verb_end_re: re.Pattern[str] = re.compile(r"(?!)")  # 的村达到72个: a verb between noun and count
    scope_prefixes: frozenset[str] = frozenset()  # 全村8个村民组: 全村 is the scope, not what is counted
    group_label_re: re.Pattern[str] = re.compile(r"(?!)")  # 山区26县, 南疆4地州: the kind of area before a label
    money_slang: frozenset[str] = frozenset()   # 块: yuan only where money is talked of (卖一万多块, 两千块钱)
    money_talk_re: re.Pattern[str] = re.compile(r"(?!)")
    never_counts: dict[str, frozenset[str]] = field(default_factory=dict)  # 件 never counts persons
    clock_units: frozenset[str] = frozenset()   # 分: after an hour (10时30分) the minutes of a time of day
    clock_re: re.Pattern[str] = re.compile(r"(?!)")
    unit_predicate_re: re.Pattern[str] = re.compile(r"(?!)")  # 100个村发展产业项目: 发展 opens the predicate
    chain_boundary_re: re.Pattern[str] = re.compile(r"(?!)")  # 26个行政村未建设服务点: a negation after the noun
    per_noun_re: re.Pattern[str] = re.compile(r"(?!)")  # 平均每所学校800个: 每 + classifier + noun before a count
    category_label_re: re.Pattern[str] = re.compile(r"(?!)")  # 政策落实类15条: a category label before a count
    entered_place_re: re.Pattern[str] = re.compile(r"(?!)")  # 入驻园区63家: the place entered, right before a count


def _norm(word: str) -> str:
    return word.replace("（", "(").replace("）", ")")


ARABIC = r"\ufffd?[0-9０-９]+(?:\ufffd[0-9０-９]+)*(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
# Damaged numbers (issue 12), tried before a plain Arabic number. Each is read exactly or not at all:
#   10 851.8     a single space (also a no-break or thin space) before a group of exactly three digits
#                 is a thousands separator;
#   146。73亿     a 。 (or a middle dot ·・‧) between digits right before 万/亿 or a measure unit (元, %,
#                 人, 亩 ...) is a decimal point: a sentence does not open with a measured bare number (a
#                 count with a classifier may: 达到30。12个县 stays 30 and 12个);
#   26**.26      a masked digit (* ＊ ? ？): the value is lost, never read as a shorter number;
#   .9万人        the integer part was stripped: the value is lost.
SPACED = r"[0-9]{1,3}(?P<thsep>[ \u00a0\u2009\u202f])[0-9]{3}(?:(?P=thsep)[0-9]{3})*(?![0-9])(?:[.．][0-9]+)?"
DECIMAL_MARKS = "。·・‧｡"
"""Characters printed for a decimal point by scrapers and old fonts (read so only before a unit)."""
CJK_DECIMAL = r"[0-9０-９]+[。·・‧｡][0-9０-９]+(?=[千万亿萬億]|{measures})"  # measures: filled in grammar()
# A run of masks is tried from its first character only and never given back (a page of ??? from a
# failed encoding would otherwise be rescanned from each of its characters).
MASKED = (r"[0-9]+[*＊?？](?=[0-9*＊?？.．]|{unit_start})[0-9*＊?？]*(?:[.．][0-9*＊?？]+)?"
          r"|(?<![*＊?？])[*＊?？]++[.．]?[0-9][0-9*＊?？]*(?:[.．][0-9*＊?？]+)?"
          r"|[0-9]+[.．][0-9]*[*＊?？][0-9*＊?？]*"
          # **万元, *.*亿元, ?.?%: every digit masked, a unit after (a lone ? may be a lost character)
          r"|(?<![*＊?？])(?:[*＊]++(?:[.．][*＊?？]++)?|[?？]++[.．][*＊?？]++)(?={unit_start})")  # unit_start: filled in grammar()
# .9万人; �萬户 (flagged repair). A run of � is tried from its first character only, and never given
# back: a long run (undecodable bytes) would otherwise be rescanned from each of its characters.
LOST_INTEGER = r"(?<![0-9０-９.．])[.．][0-9]+|(?<!\ufffd)\ufffd++(?=[千万亿萬億])"
FRACTION = r"(?<![0-9/])[1-9]/[1-9][0-9]?(?![0-9/])"
CHINESE = f"[{CHINESE_NUMERAL_CHARS}壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+"
MULT = "[千万亿萬億]+"
RANGE_SEP = "[-~～—－–至到]"
# Characters that end the search for the counted noun after a classifier.
_FWD_STOP = re.compile(r"[\s0-9０-９，。、；：！？,.;:!?()（）“”\"《》【】\[\]…—·]")
_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_FWD_WINDOW = 12
_FIRST_GAP = 6
_CHAIN_GAP = 4
_BACK_WINDOW = 100


@lru_cache(maxsize=1)
def not_quantity_lists() -> dict[str, Any]:
    """not_quantities.yaml, read once per process (the word lists and tables of what is no quantity, or
    how a phrase counts: 翻两番). Read only: callers must not change what it returns."""
    with data_file("not_quantities.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """Load the data files once and compile the patterns."""
    units: dict[str, UnitWord] = {}
    nouns: dict[str, UnitWord] = {}
    for row in _read_csv("units.csv"):
        uw = UnitWord(row["word"], row["kind"], row["unit"],
                      row["one_is_article"] == "yes", row["arabic_only"] == "yes",
                      float(row.get("scale") or 1))
        table = nouns if uw.kind == "noun" else units
        table[_norm(uw.word)] = uw
        table[uw.word.replace("(", "（").replace(")", "）")] = uw  # full-width brackets match too
    qualifiers = {(r["word"], r["position"]): r["qualifier"] for r in _read_csv("qualifiers.csv")}
    lists = not_quantity_lists()

    def q(position: str) -> str:
        return _alternation([w for (w, p) in qualifiers if p == position])

    measures = _alternation([u.word for u in units.values() if u.kind == "measure"])
    # 2万千瓦: a 千 that begins a unit (千瓦, 千米, 千克) is not a multiplier
    kilo = sorted({u.word[1:] for u in units.values() if u.word.startswith("千") and len(u.word) > 1})
    mult = rf"(?:千(?!{_alternation(kilo)})|[万亿萬億])" if kilo else MULT[:-1]
    # 717户2509人均已落实: after a count, 均 + a verb is "all", not the 均 of 人均 (per head)
    distributive = _alternation(lists["distributive_verbs"])
    cjk_decimal = CJK_DECIMAL.replace("{measures}", measures)
    masked = MASKED.replace("{unit_start}", rf"(?:{mult}|{_alternation([u.word for u in units.values()])})")
    number = (rf"[百千]分之(?:{CHINESE}(?:[点點][零〇一二三四五六七八九]+)?|{ARABIC})|(?P<frac>{FRACTION}|[一二三四五六七八九十两]+分之[一二三四五六七八九十]+)"
              rf"|(?:{SPACED}|{cjk_decimal}|{masked}|{LOST_INTEGER}|{ARABIC}){mult}*|(?P<cn>{CHINESE}(?:[点點][零〇一二三四五六七八九]+)?)")  # 二十二点六万人: a spoken decimal
    gap = "[ \u00a0\u2009\u202f]"
    candidate = re.compile(
        rf"(?P<num>{number})"
        rf"(?:{gap}?(?P<sep>{RANGE_SEP}){gap}?(?P<num2>{ARABIC}(?:{mult}+)?|{CHINESE}))?"
        # 5.92 亿元, 1200&nbsp;万元, 85.1&nbsp;%: one space between digits and a multiplier or unit is no
        # break; not after one to three digits (12 万元 may be 12 345万元 whose last group was stripped)
        rf"(?:(?:(?<=[.．][0-9])|(?<=[.．][0-9]{{2}})|(?<=[0-9]{{4}})){gap}"
        rf"(?=[千万亿萬億]|{_alternation([u.word for u in units.values()])}))?"
        rf"(?P<suf>{q('suffix')})?"
        rf"(?P<mult>{mult}+)?"
        rf"(?P<suf2>{q('suffix')})?"
        rf"(?P<unit>(?!{_alternation(lists['unit_compounds'])}(?<!均(?={distributive})))"
        rf"(?:{_alternation([u.word for u in units.values()])}))?"
        rf"(?P<post>{q('postfix')})?"
        r"(?(cn)(?(unit)|(?!))|)"  # a Chinese numeral must have a unit (一体化, 十分 are words)
    )
    quote_max = int(lists["max_name_quote_length"])
    return Grammar(
        units=units, nouns=nouns, qualifiers=qualifiers, candidate=candidate,
        prefixes={w: v for (w, p), v in qualifiers.items() if p == "prefix"},
        prefix_ends=frozenset(w[-1] for (w, p) in qualifiers if p == "prefix"),
        noun_re=re.compile(_alternation([n.word for n in nouns.values()])),
        stop_re=re.compile(_first_chars(lists["stop_terms"]) + f"(?:{_alternation(lists['stop_terms'])})"),
        ordinals=frozenset(lists["ordinal_prefixes"]),
        rank_re=re.compile(rf"(?:{_alternation(lists['rank_verbs'])})[^\d，。；、,;]{{0,4}}(?:{_alternation(lists['rank_ends'])})$"),
        rank_units=frozenset(lists["rank_units"]),
        clock_units=frozenset(lists["clock_units"]),
        clock_re=re.compile(lists["clock_hour_regex"]),
        duration_cue_re=re.compile(f"(?:{_alternation(lists['duration_cues'])})$"),
        zero_re=re.compile(
            _first_chars(lists["zero_cues"] + lists["zero_words"]) +
            rf"(?:(?P<cue>{_alternation(lists['zero_cues'])})[“\"]?(?P<zero>零|0|〇)(?![0-9.%％])"
            rf"|(?P<word>{_alternation(lists['zero_words'])}))"
        ),
        rate_re=re.compile(_alternation(lists["rate_words"])),
        rate_column_re=re.compile(_alternation(lists["rate_column_words"])),
        fraction_column_re=re.compile(_alternation(lists["fraction_column_words"])),
        fraction_column_not_re=re.compile(_alternation(lists["fraction_column_not"])),
        count_verb_end_re=re.compile(rf"(?:{_alternation(lists['count_verbs'])})$"),
        scope_prefixes=frozenset(lists["scope_prefixes"]),
        group_label_re=re.compile(
            rf"(?:{_alternation(lists['group_label_words'])})$"),
        money_slang=frozenset(lists.get("money_slang", [])),
        never_counts={k: frozenset(v) for k, v in (lists.get("classifier_never_counts") or {}).items()},
        per_noun_re=re.compile(rf"(?:{_alternation(lists['per_words'])})[{''.join(lists['per_classifiers'])}]?"
                               rf"[\u4e00-\u9fff]{{1,4}}$"),
        category_label_re=re.compile(rf"[\u4e00-\u9fff](?:{_alternation(lists['category_label_ends'])})$"),
        entered_place_re=re.compile(rf"(?:{_alternation(lists['entering_verbs'])})[\u4e00-\u9fff]{{0,4}}?"
                                    rf"(?:{_alternation(lists['entered_places'])})$"),
        unit_predicate_re=re.compile(_alternation(lists["unit_predicate_verbs"])),
        money_talk_re=re.compile(_alternation(lists["money_talk"])) if lists.get("money_talk") else re.compile(r"(?!)"),
        money_re=re.compile(rf"[^\s，。、；：,.;:!?！？]{{0,4}}?(?:{_alternation(lists['money_nouns'])})"),
        boundary_re=re.compile(_alternation(lists["np_boundaries"])),
        chain_boundary_re=re.compile(_alternation(lists["chain_boundaries"])),
        quote_re=re.compile(rf"[“「『\"]([^“”「」『』\"\n，。；！？,;!?]{{1,{quote_max}}})[”」』\"]"),
        title_re=re.compile(r"《[^《》\n]{1,120}》"),
        compound_re=re.compile(_alternation(lists["unit_compounds"])),
        unit_starts=frozenset({u.word[0] for u in units.values()
                               if u.kind == "measure" and not u.word[0].isascii()}
                              | set("千万亿萬億分點点")),
        head_nouns=frozenset(lists["head_nouns"]),
        listed_counts=frozenset(lists["listed_counts"]),
        list_item_chars="".join(lists["list_item_chars"]),
        inner_qualifier_re=re.compile(rf"(?P<q>{q('suffix')})(?:百分点|百分點)"),
        bare_rate_re=re.compile(
            rf"(?:(?:{_alternation(lists['bare_rate_words'])})(?:{_alternation(lists['rate_modals'])})?"
            rf"(?:{_alternation(lists['rate_verbs'])})?|占[^\s，。；、,;0-9]{{0,10}}的)$"),
        shared_unit_re=re.compile(r"(?:[和与及、或][0-9]+(?:\.[0-9]+)?)+(?P<unit>%|％|个百分点|百分点)"),
        people_after_re=re.compile(
            rf"[^\s，。、；：,.;:!?！？0-9]{{0,10}}?(?:{_alternation(lists['people_nouns'])})"),
        people_before_re=re.compile(
            rf"(?:{_alternation(lists['people_nouns'])})(?:{_alternation(lists['count_verbs'])})?$"),
        contact_re=re.compile(rf"(?:{_alternation(lists['contact_words'])})[:：\s(（)）0-9０-９\-－—]{{0,8}}$"),
        ratio_re=re.compile(rf"(?:{_alternation(lists['ratio_words'])})[^。；;\n]{{0,16}}?"
                            rf"(?:{_alternation(lists['ratio_verbs'])})$"),
        lost_percent_re=re.compile(
            rf"(?:{_alternation(lists['bare_rate_words'])})[^\s，。；、,;0-9%％]{{0,6}}?"
            rf"(?:{_alternation(lists['rate_verbs'])})(?P<pct>[%％])"),
    )


def _first_class(words: list[str], extra: str = "") -> re.Pattern[str]:
    """A class of the characters a match of an alternation of ``words`` can start with."""
    chars = {w[0] for w in words if w} | set(extra)
    if chars & set("(（"):
        chars |= set("(（")
    if chars & set(")）"):
        chars |= set(")）")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


@lru_cache(maxsize=1)
def _first_classes() -> dict[str, re.Pattern[str]]:
    """For the context patterns searched in a short window around each candidate, the characters
    one of which must stand in that window for the pattern to match there: a window without any is
    skipped with a bisection instead of a regex search (a run of a million bare numbers)."""
    lists = not_quantity_lists()
    return {
        "contact": _first_class(lists["contact_words"]),
        "rate": _first_class(lists["bare_rate_words"], "占"),
        "ratio": _first_class(lists["ratio_words"]),
        "money": _first_class(lists["money_nouns"]),
        "people": _first_class(lists["people_nouns"]),
        "bare": _first_class(lists["bare_rate_words"] + lists["ratio_words"], "占"),
    }


class _Context:
    """Per-text spans and positions used by the grammar, built once per call."""

    def __init__(self, text: str, blocked: list[tuple[int, int]], quotes: list[tuple[int, int]],
                 sentence_ends: list[int]) -> None:
        self.text = text
        self.quotes = quotes                  # content spans of short quotations, sorted
        self.sentence_ends = sentence_ends    # positions of 。！？；\n, sorted
        # classifier -> (position, counted noun) of its latest count, for 继续执行的33个
        self.last_count: dict[str, tuple[int, UnitWord | None]] = {}
        self._firsts: dict[str, list[int]] = {}
        # Byte masks make the per-candidate overlap tests one C call each.
        self.blocked_mask = bytearray(len(text))   # stop terms and 《titles》
        for s, e in blocked:
            self.blocked_mask[s:e] = b"\x01" * (e - s)
        self.quote_mask = bytearray(len(text))
        for s, e in quotes:
            self.quote_mask[s:e] = b"\x01" * (e - s)

    def may_match(self, key: str, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` holds a character a match of the ``key`` pattern starts with
        (``_first_classes``); their positions are found once per text."""
        pos = self._firsts.get(key)
        if pos is None:
            pos = self._firsts[key] = [m.start() for m in _first_classes()[key].finditer(self.text)]
        k = bisect.bisect_left(pos, lo)
        return k < len(pos) and pos[k] < hi

    def blocked(self, start: int, end: int) -> bool:
        return self.blocked_mask.find(1, start, end) >= 0

    def quote(self, start: int, end: int) -> tuple[int, int] | None:
        """The short quotation overlapping [start, end), if any."""
        if self.quote_mask.find(1, start, end) < 0:
            return None
        i = bisect.bisect_right(self.quotes, (end, 0)) - 1
        return self.quotes[i] if i >= 0 else None

    def sentence_start(self, pos: int, floor: int) -> int:
        """Start of the sentence holding `pos`, but not before `floor`."""
        i = bisect.bisect_left(self.sentence_ends, pos) - 1
        return max(floor, self.sentence_ends[i] + 1) if i >= 0 else floor


_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_CLAUSE_SEP = "，,、：:"
_CLAUSE_END = "。！？；!?;\n，,"


def _orphan_titles(text: str) -> Iterator[tuple[int, int]]:
    """Spans ending in a 》 whose 《 was lost (damaged input): from the sentence start to the 》."""
    for m in re.finditer("》", text):
        end = m.start()
        floor = max(0, end - 120)
        opened = max(text.rfind(c, floor, end) for c in "《》\n")
        if opened < 0 or text[opened] != "《":
            yield max(opened, floor - 1, *(text.rfind(c, floor, end) for c in "。！？!?")) + 1, end


def _context(text: str, g: Grammar) -> _Context:
    blocked = [m.span() for m in g.stop_re.finditer(text)] + [m.span() for m in g.title_re.finditer(text)]
    blocked += _orphan_titles(text)
    quotes = [m.span(1) for m in g.quote_re.finditer(text)]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    return _Context(text, blocked, quotes, ends)


@lru_cache(maxsize=64)
def _counts_listed_after(classifier: str) -> re.Pattern[str]:
    """The counts of the same classifier listed right after one (、8个和6个), with nothing else between."""
    return re.compile(rf"(?:\s*[、和及与或]\s*\d+(?:\.\d+)?[万亿]?{re.escape(classifier)})+")


def _find_noun(ctx: _Context, start: int, end: int, classifier: str, g: Grammar) -> UnitWord | None:
    """Counted noun for a classifier: the noun phrase after it (17个产业项目), else the nearest noun before
    it in its clause (项目56个), else the noun of the previous count with the same classifier in the
    sentence (63个政策文件中,继续执行的33个)."""
    text = ctx.text
    listed = _counts_listed_after(classifier).match(text, end)
    if listed:
        end = listed.end()  # 分别有9个、8个和6个车间: counts listed with one classifier share the noun after the last
    stop = _FWD_STOP.search(text, end, end + _FWD_WINDOW)
    fwd_end = stop.start() if stop else min(len(text), end + _FWD_WINDOW)
    head = _forward_head(text, end, fwd_end, g)
    if head is None and stop is not None and text[stop.start()] == "、" \
            and 0 < stop.start() - end <= _FIRST_GAP and not _boundary_in(text[end:stop.start()], g):
        # 43个闲置、低效运营项目: modifiers joined by 、 before the noun; the noun after them is counted
        after = _FWD_STOP.search(text, stop.end(), stop.end() + _FWD_WINDOW)
        head = _forward_head(text, stop.end(), after.start() if after else min(len(text), stop.end() + _FWD_WINDOW), g)
    if head:
        # Re-match without the window end so 县(区) is read whole although "(" ended the window.
        whole = g.noun_re.match(text, head.start())
        return g.nouns[_norm(whole.group() if whole else head.group())]
    sentence = ctx.sentence_start(start, 0)
    lo = max(sentence, start - _BACK_WINDOW)
    window = _PAREN.sub(lambda p: "\x00" * len(p.group()), text[lo:start])
    for i in range(max(0, len(window) - 16), len(window)):
        whole = g.noun_re.match(window, i)
        if whole and whole.end() == len(window) and "、" in whole.group():
            return g.nouns[_norm(whole.group())]  # 新技术、新项目92项: a noun written as a list, right before
    clause = window[max(window.rfind(c) for c in _CLAUSE_SEP) + 1:]
    cell = max(clause.rfind(c) for c in _CELL_SEPS)
    if cell >= 0 and re.search(r"[\u4e00-\u9fff]", clause[cell + 1:]):
        # 设施蔬菜产业园项目\t新建冬暖式大棚12个: a table cell with words before its figure is a clause of its own
        # (the 项目 of the name column is not what it counts); a cell of the figure alone (新建村卫生室\t12个) counts
        # what its row's label names
        clause = clause[cell + 1:]
    if g.per_noun_re.search(clause.rstrip("\x00")) or g.category_label_re.search(clause.rstrip("\x00")):
        # 新增学位9600个，平均每所学校800个: the noun after 每 is what the figure is per; the counted noun is the
        # one of the count before it with the same classifier in the statement, else the classifier's own;
        # 问题线索37条，其中政策落实类15条: the nouns of a category label (category_label_ends) name the category
        previous = ctx.last_count.get(classifier)
        statement = max(0, *(text.rfind(c, 0, start) + 1 for c in "。！？!?\n"))
        return previous[1] if previous and previous[0] >= statement else None
    # A single character (村, 县) is an antecedent only as the head of a compound written right
    # before the number (示范村50个, 贫困村39个); elsewhere it is too ambiguous.
    # 收入10万元以上的村达到72个: the same, with a verb of counting between the noun and the number
    # 信用乡(镇)85个: a bracket after the noun leaves it the noun; 抽查乡镇31个、村186个: a noun standing
    # alone as a list item is what it counts
    # 结对帮扶村（社区）达到4000个: the bracket is dropped after the verb too
    # “空壳村”“薄弱村”有247个: a quoted noun is still the noun
    # 三镇合计34个: a noun after a numeral is a count of its own (三镇), not what the figure counts
    for c in (clause.rstrip("\x00"), g.count_verb_end_re.sub("", clause).rstrip("\x00"),
              g.count_verb_end_re.sub("", clause).rstrip("\x00").rstrip("”’」』\"")):
        if len(c) >= 2 and "\u4e00" <= c[-2] <= "\u9fff" and _norm(c[-1]) in g.nouns \
                and c[-2] not in g.scope_prefixes and c[-2] not in CHINESE_NUMERAL_CHARS \
                and not _ends_with_place(c):  # 其中通江县32个: 县 ends the place, it is not what is counted
            return g.nouns[_norm(c[-1])]
        if len(c) == 1 and _norm(c) in g.nouns and window[-2:-1] == "、":
            return g.nouns[_norm(c)]
    lo = max(0, start - 2 * _BACK_WINDOW)
    statement = max(lo, *(text.rfind(c, lo, start) + 1 for c in "。！？!?\n"))
    previous = ctx.last_count.get(classifier)
    before = [n for n in g.noun_re.findall(clause) if len(n) > 1]
    if before and clause.rstrip("\x00").endswith("的") and previous and previous[0] >= statement \
            and previous[1] is not None:
        # 开发岗位3.12万个，其中安置脱贫人口和监测对象的2.36万个: the nouns before 的 say whom the counted
        # things serve; the things are those of the count before
        return previous[1]
    if before:
        last = g.nouns[_norm(before[-1])]
        if len(before) > 1 and g.units.get(classifier) is not None and classifier != "个":
            # 认定扶贫产品生产企业和合作社64家: nouns joined by 和/与/及/、 are counted together; the one
            # the classifier counts by itself (家: enterprises) names the count
            own = g.units[classifier].unit
            first = g.nouns[_norm(before[-2])]
            joined = re.search(rf"{re.escape(before[-2])}(?:和|与|及|、){re.escape(before[-1])}$",
                               clause.rstrip("\x00"))
            if joined and last.unit != own and first.unit == own:
                return first
        return last
    # 实施项目412个, 其中已开工405个; 已完工368个: a ; does not end the statement whose noun is carried on
    return previous[1] if previous and previous[0] >= statement else None


def _forward_head(text: str, scan_from: int, fwd_end: int, g: Grammar) -> re.Match[str] | None:
    """The head noun of the phrase after a classifier, in text[scan_from:fwd_end]: the last noun of a
    compound (产业项目 -> 项目) begun within a few characters, with no boundary word before it."""
    head: re.Match[str] | None = None
    for m in g.noun_re.finditer(text, scan_from, fwd_end):
        if len(m.group()) == 1 and g.compound_re.match(text, m.start()):
            continue  # 人均, 村民: the character begins another word
        gap = text[(head.end() if head else scan_from):m.start()]
        if len(gap) > (_CHAIN_GAP if head else _FIRST_GAP) or _boundary_in(gap, g) \
                or (head and g.chain_boundary_re.search(gap)):
            break  # 26个行政村未建设服务点: a negation after the noun ends the phrase
        if text[m.start() - 1:m.start()] in _CN_ALL and text[m.start() - 1:m.start()] not in "万亿萬億" \
                and _is_count_of(text, m.start(), g):
            break  # 引进企业19家到三县投资: 三 counts the 县, not the 19家
        head = m  # the last noun of a compound is its head (产业项目 -> 项目)
        if _norm(m.group()) in g.head_nouns:
            break  # 14个方面倾斜支持政策 counts 方面
        if m.start() == scan_from and len(m.group()) == 1 and g.unit_predicate_re.match(text, m.end()):
            break  # 100个村发展产业项目: the villages, then what they do
    return head


def _boundary_in(gap: str, g: Grammar) -> bool:
    """Whether a boundary word (的, 对, 发展 ... np_boundaries) stands in the gap between a count and a
    noun; a one-character boundary ending a word of jieba's dictionary is none (省定相对贫困村: 相对)."""
    from .gazetteer import dictionary_word
    for b in g.boundary_re.finditer(gap):
        i = b.start()
        if len(b.group()) == 1 and i > 0 and dictionary_word(gap[i - 1:i + 1]):
            continue  # the end of a word (相对), not the boundary (被, 为 and 对 begin words: 被评为 stays one)
        return True
    return False


def _is_count_of(text: str, pos: int, g: Grammar) -> bool:
    """Whether a Chinese numeral written right before ``pos`` counts the word there (到三县, 与四县):
    not a word of jieba's dictionary with it (统一, 万一)."""
    from .gazetteer import dictionary_word
    return not dictionary_word(text[pos - 2:pos]) and not dictionary_word(text[pos - 1:pos + 1])


def _ends_with_place(clause: str) -> bool:
    """True when the clause ends with the name of a place (通江县, 巴州区), not with a counted noun."""
    from .gazetteer import find
    tail = clause[-8:]
    return any(e == len(tail) and e - s >= 2 for s, e, _a in find(tail)) or _ends_with_township(tail)


def _ends_with_township(tail: str) -> bool:
    """其中平孟镇5个, 乡镇为娘子神乡58个: a township the national table lacks (region.township_ending)."""
    from .region import township_ending
    return township_ending(tail) is not None


_CN_EXTRA = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
_CN_ALL = frozenset(CHINESE_NUMERAL_CHARS + _CN_EXTRA)


_MASKS = "*＊?？"


def _loss(num: str) -> list[str]:
    """Flags of a number whose digits were damaged beyond reading: its value is left empty."""
    if any(c in num for c in _MASKS):
        return ["digit_lost", "digit_masked"]
    if DIGIT_LOST in num or num[0] in ".．":
        return ["digit_lost"]
    return []


MAX_DIGITS = 20
"""More digits than this (a budget of 10^20 yuan) is no figure a report states: a digit run or a
garbled numeral, left without a value and flagged ``number_implausible``."""
MAX_VALUE = 1e16
"""Values at or above this (more than a hundred times China's GDP in yuan) are garbled numerals
such as 一万万万亿亿: no value, flagged ``number_implausible``."""


def _implausible(num: str, value: float | None) -> bool:
    if value is not None and not (abs(value) < MAX_VALUE):
        return True
    return sum(c.isdigit() or c in DIGITS for c in num) > MAX_DIGITS


def _after_letter_dash(text: str, start: int) -> bool:
    """``e-7``, ``H-1``: a number joined by a dash to a Latin letter is an exponent or a code."""
    return start >= 2 and text[start - 1] in "-－" and text[start - 2].isascii() and text[start - 2].isalpha()


_THOUSANDS_SPACES = " \u00a0\u2009\u202f"
_READ_DAMAGED = {**{ord(c): None for c in _THOUSANDS_SPACES}, **{ord(c): "." for c in DECIMAL_MARKS}}


def _repair_flags(num: str) -> list[str]:
    """Flags of a number read through a known damage (146。73, 10 851.8): the value is exact."""
    return (["decimal_repaired"] if any(c in num for c in DECIMAL_MARKS) else []) \
        + (["separator_space"] if any(c in num for c in _THOUSANDS_SPACES) else [])


def _value(num: str, mult: str | None) -> float | None:
    """Value of the number and an optional separate multiplier (3800 + 万 in 3800余万元)."""
    if _loss(num):
        return None
    num = num.translate(_READ_DAMAGED)
    try:
        v: float | None = float(num)  # plain 1234.5 (also full-width digits)
    except ValueError:
        v = parse_number(num)
        if v is None and num[0] in "万亿萬億":
            v = parse_number("一" + num)  # 近万人, 超亿元: a round bound
    if v is not None and mult:
        v = parse_number(num + mult) if num[-1] not in _CN_ALL else v * (parse_number("1" + mult) or 1)
    return v


def _chinese_range(num: str) -> tuple[float, float] | None:
    """三四公里 -> (3, 4): two neighbouring digits written together mean 'three or four'."""
    if len(num) == 2 and all(c in DIGITS for c in num):
        a, b = DIGITS[num[0]], DIGITS[num[1]]
        if 0 < a and b == a + 1:
            return float(a), float(b)
    return None


def _prefix(text: str, start: int, g: Grammar) -> str | None:
    """Qualifier word (约, 超过 ...) written right before the number, if any."""
    if text[start - 1:start] not in g.prefix_ends:
        return None
    # longest word first, so 不超过 is read as an upper bound and not as 超过
    for n in range(max(map(len, g.prefixes)), 0, -1):
        if start >= n and text[start - n:start] in g.prefixes:
            if any(text[max(0, start - len(w)):start] == w for w in _not_qualifier_words()):
                return None  # 签约7.61万人: the 约 of a word
            return text[start - n:start]
    return None


@lru_cache(maxsize=1)
def _not_qualifier_words() -> tuple[str, ...]:
    return tuple(not_quantity_lists().get("not_qualifier_words") or ())


def _qualifier(pre: str | None, suf: str | None, suf2: str | None, post: str | None, g: Grammar) -> str:
    if pre:
        return g.prefixes[pre]
    if suf or suf2:
        return g.qualifiers[(suf or suf2, "suffix")]  # type: ignore[index]
    return g.qualifiers[(post, "postfix")] if post else "exact"


def _round_bound(num: str, unit_text: str | None, text: str, num_start: int, g: Grammar,
                 suffix: str | None = None) -> bool:
    """超過百億元, 近千万元, 近万人, 千余人, 百余家, 逾千户: a round 百/千/万/亿 (or 百/千 + 万/亿) is a figure
    when a qualifier bounds it (近/超/逾 … before it, 余/多 after it) and a unit follows."""
    if unit_text is None or not re.fullmatch("[百千万亿萬億]|[百千][万亿萬億]", num):
        return False
    if unit_text in ("元",) and len(num) == 2:
        return bool(_prefix(text, num_start, g))
    return bool(suffix or _prefix(text, num_start, g))


def _listed_before(text: str, start: int, g: Grammar) -> bool:
    """Are the members of a group count listed right before it (区市两级, 上海、广东两省市, ...等四个方面)?"""
    if text[start - 1:start] in ("等", "“", '"'):
        return True
    lo = max(0, start - 16)
    clause = text[lo:start]
    clause = clause[max(clause.rfind(c) for c in "，。；：！？,;:!?\n") + 1:]
    joined = "和" in clause[-8:] and clause[-1:] != "和"  # 昌都市和三县医院: the count is a member itself
    if "、" in clause and not re.search(r"[0-9０-９]", clause[clause.rfind("、"):]) or joined:
        return True  # 莎车、泽普…四县; not 176名教师、138名医生分布在四县 (a list of counts, the 四县 named before)
    two = text[max(0, start - 2):start]
    return len(two) == 2 and all(c in g.list_item_chars for c in two)


def _listed_in_sentence(text: str, start: int, end: int, noun: str, num: str) -> bool:
    """Is the count followed by a total word (合计, 共计, 共) with as many places of the group's noun as it says listed
    earlier in its sentence (昭苏县、特克斯县、尼勒克县分别安排…，三县合计5.22亿元)? The count then closes that list; a
    count with no such list (集团在两县实施, the two named sentences before) or naming the group again (对口支援江达县、
    贡觉县、芒康县，为三县打赢…) stays a label."""
    if not re.match(r"(?:合计|共计|总计|共)", text[end:end + 2]):
        return False
    try:
        n = parse_number(num)
    except (ValueError, TypeError):
        return False
    if not n or n != int(n):
        return False
    lo = max(max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1, start - 120)
    # 县市 counts places ending in either of its level characters (利川市、巴东县、建始县…三县市合计)
    end_rx = f"[{noun}]" if len(noun) > 1 and set(noun) <= set("省市县区旗州") else re.escape(noun)
    item = rf"[\u4e00-\u9fff]{{1,8}}?{end_rx}"
    lists = re.findall(rf"{item}(?:[、和及]{item})+", text[lo:start])
    if any(len(re.findall(rf"[\u4e00-\u9fff]{{1,8}}?{end_rx}(?=[、和及]|$)", x)) == int(n) for x in lists):
        return True
    # 流向广东、浙江和福建，分别为…，三省合计: the places written short, without the noun; a 、 list closed by 和 whose
    # items are short names, right after a verb of going or a clause opening
    short = re.findall(r"(?:^|[，,：:]|流向|流入|到|在)((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}和[\u4e00-\u9fff]{2,3})(?=[，,])",
                       text[lo:start])
    return any(len(re.split("[、和]", x)) == int(n) for x in short)


def _closes_list(text: str, start: int) -> bool:
    """Does the count close a list of names written right before it with 等 (高血压、糖尿病、肺结核、严重精神障碍等四种慢性病)?
    A Chinese numeral before a word that otherwise makes names (种, 期) counts then the items listed."""
    if text[start - 1:start] != "等":
        return False
    clause = text[max(0, start - 40):start - 1]
    clause = clause[max(clause.rfind(c) for c in "，。；：！？,;:!?\n“”") + 1:]
    return clause.count("、") >= 1 and not re.search(r"[0-9０-９]", clause)


def _money_talk(text: str, start: int, end: int, g: Grammar) -> bool:
    """Is a slang money word (块) said of money: 钱 right after it, or a word of earning, selling or paying
    (``money_talk`` of not_quantities.yaml) earlier in its clause (挣不到两千块钱, 能卖一万多块)?"""
    if text[end:end + 1] == "钱":
        return True
    lo = max(0, start - 16)
    clause = text[lo:start]
    clause = clause[max(clause.rfind(c) for c in "，。；：！？,;:!?\n") + 1:]
    return g.money_talk_re.search(clause) is not None


def _said_before(text: str, start: int, span: str) -> bool:
    """Is the bare group count ``span`` (4县, 26县: an Arabic number with the group noun, no 个) printed
    earlier in the text? Written again it names the group (4县共安排, 山区26县发展), it counts nothing new."""
    at = text.rfind(span, 0, start)   # no copy of the text before, no pattern compiled per count
    while at > 0 and (text[at - 1].isdigit() or text[at - 1] == "."):
        at = text.rfind(span, 0, at + len(span) - 1)
    return at >= 0


_FRAC_DIGITS = {"两": 2, **{c: i for i, c in enumerate("零一二三四五六七八九十") if i}}


def _fraction(m: re.Match[str], ctx: _Context, g: Grammar) -> Quantity | None:
    """1/4, 三分之一: a fraction of a whole is a share, in percent (1/4 = 25)."""
    text, raw = ctx.text, m.group("frac")
    if "/" in raw:
        a, b = (int(x) for x in raw.split("/"))
    else:
        den, numer = raw.split("分之")
        a, b = parse_number(numer), parse_number(den)  # type: ignore[assignment]
        if a is None or b is None:
            return None
    if not 0 < a < b:
        return None
    s, e = m.span("frac")
    if text[e:e + 1] and (text[e].isascii() and text[e].isalnum()):
        return None
    pre = _prefix(text, s, g)
    start = s - len(pre or "")
    if ctx.blocked(start, e) or (ctx.quote(start, e) and text[start - 1:start] not in "“\""):
        return None
    return Quantity(start=start, end=e, raw=text[start:e], value=round(100 * a / b, 10), unit="percent",
                    qualifier=g.prefixes[pre] if pre else "exact", noun="分之", flags=["fraction"])


_GROUPS = ("num", "num2", "suf", "mult", "suf2", "unit", "post")
_PERCENT = UnitWord("%", "measure", "percent", False, False)
_PERMILLE = UnitWord("‰", "measure", "percent", False, False, 0.1)
_NOT_ARTICLE_DURATION = ("一", "壹")
_HUNDREDS = frozenset("百千万亿佰仟萬億")


def _hundreds(num: str) -> bool:
    """A Chinese numeral of a hundred or more (九百八十, 一千二百): a count even before a unit whose
    Chinese-numeral uses are names (二期, 十八大, 二十四节气, 三口之家 all use small numbers)."""
    return any(ch in _HUNDREDS for ch in num)


_VILLAGE_NAME_TAIL = re.compile(r"[\u4e00-\u9fff]{0,2}村(?![级委民])")  # 家台村 after 伍: one word ending in 村
_ORDINAL_LIST_BEFORE = re.compile(r"第[0-9一二三四五六七八九十]{1,3}[、和至到][0-9一二三四五六七八九十]{0,3}、?$")
"""第二、 before a figure (分列第二、三位): a list of ordinals whose 第 is written once."""
_INDEFINITE = ("数", "几", "上")  # 数十个, 几百人, 上千户: indefinite numbers


def _candidate(m: re.Match[str], ctx: _Context, g: Grammar) -> Quantity | None:
    """Turn one regex match into a Quantity, or None when the grammar says it is not a quantity."""
    text = ctx.text
    parts = m.group(*_GROUPS)
    num, unit_text = parts[0], parts[5]
    if m.group("frac"):
        return _fraction(m, ctx, g)
    chinese = num[0] in _CN_ALL
    percent_words = chinese and num.startswith(("百分之", "千分之"))
    num_start, num_end = m.span("num")
    if chinese and not percent_words and (unit_text is None or num[0] in "百千万亿萬億佰仟") \
            and not _round_bound(num, unit_text, text, num_start, g, parts[2] or parts[4]):
        return None  # a Chinese numeral counts only before a unit and starts with a digit or 十 (千亩圣地)
    if chinese and (text[num_start - 1:num_start] in _INDEFINITE or text[num_start - 2:num_start] == "若干"):
        return None  # 数十个, 几十家, 上百家: an indefinite number, not a figure
    if text[num_start - 1:num_start] in g.ordinals or text[num_start - 2:num_start] in g.ordinals \
            or (text[num_start - 1:num_start] in " \u00a0" and text[num_start - 2:num_start - 1] in g.ordinals):
        return None  # 第八批, 周一, 第 3 个
    if _ORDINAL_LIST_BEFORE.search(text, max(0, num_start - 8), num_start):
        return None  # 分列第二、三位, 第1、2名: the 第 of the first ordinal of a list carries on to the next
    if unit_text in g.rank_units and g.rank_re.search(text[max(0, num_start - 12):num_start]):
        return None  # 增速居全州前三位: a place in a ranking
    if unit_text in g.clock_units and g.clock_re.search(text[max(0, num_start - 6):num_start]):
        return None  # 10时30分: the minutes of a time of day, not the points of a score
    if not chinese:
        prev = text[num_start - 1:num_start]
        after = m.end("unit") if unit_text and unit_text[0].isascii() and unit_text[0].isalpha() \
            else num_end  # 150KW: the letters are the unit; look past them
        nxt = text[after:after + 1]
        if (prev and prev.isascii() and (prev.isalnum() or prev in "+./_=")) or nxt == "+" \
                or (nxt.isascii() and nxt.isalpha()) or _after_letter_dash(text, num_start):
            return None  # 1+N, 100+, G318, 5G, news/1636427, 3.4e-7: codes, paths, exponents
        if (num[0] == "0" and num[1:2] in _ASCII_DIGITS and not _fragment(text, num_start, num)) or (
                ctx.may_match("contact", max(0, num_start - 16), num_start)
                and g.contact_re.search(text, max(0, num_start - 16), num_start)):
            return None  # 0870-6623517, 电话:86825521: telephone numbers and codes
    uw = (_PERMILLE if num.startswith("千") else _PERCENT) if percent_words \
        else g.units.get(unit_text) if unit_text else None
    if uw is None:
        return _unitless(m, parts, ctx, g)
    if uw.kind == "date" or (uw.arabic_only and chinese and not _hundreds(num) and not _closes_list(text, num_start)):
        return None  # 4月底; 十八大, 二期 (but 九百八十期: names use small numbers; 高血压、糖尿病…等四种 counts its list)
    if chinese and uw.one_is_article and num in ("一", "壹", "二", "贰", "貳"):
        # 一座新的信号塔 is an article; 二级/二类 is a rank (counting uses 两).
        if not (uw.kind == "duration" and num in _NOT_ARTICLE_DURATION):
            return None
    pre = _prefix(text, num_start, g)
    start = num_start - len(pre or "")
    if uw.kind == "duration":
        is_year = uw.word == "年" and not chinese and len(num) == 4 and num[:2] in ("19", "20")
        if is_year or not g.duration_cue_re.search(text, max(0, start - 4), start):
            return None  # 2019年; 一年来 / 每年 place events in time
    if unit_text:
        unit_start, unit_end = m.span("unit")
        end = unit_start + uw.raw_len
        if parts[6] and end == unit_end:
            end = m.end()  # 85%以上
    else:
        end = unit_end = m.end()
    unit, noun = uw.unit, uw.word
    if uw.word in g.money_slang and not _money_talk(text, start, unit_end, g):
        unit = f"other:{uw.word}"  # 标志牌1180块: a count of pieces, not yuan
    qualifier_inside = None
    if uw.kind == "classifier":
        after = text[unit_end:unit_end + 1]
        inner = g.inner_qualifier_re.match(text, unit_end) if uw.word == "个" else None
        if inner:
            # 2个多百分点: the qualifier stands between 个 and 百分点.
            qualifier_inside = inner.group("q")
            end = inner.end()
            unit, noun = "percentage_point", "百分点"
            return _finish(parts, ctx, g, start, end, unit, noun, pre, qualifier=qualifier_inside)
        if after and (after in "一不" or text.startswith(unit_text, unit_end)):  # type: ignore[arg-type]
            return None  # 五个一批, 四个不摘, 一个个: slogans and reduplication
        found = _find_noun(ctx, start, unit_end, uw.word, g)
        if chinese and found is not None and found.unit == "village" and "village" in g.never_counts.get(uw.word, ()) \
                and _VILLAGE_NAME_TAIL.match(text, unit_end):
            return None  # 三家村, 伍家台村: a numeral and a classifier that counts no villages, then 村: a village's name
        if found is not None and found.unit in g.never_counts.get(uw.word, ()):
            found = None  # 受理群众来信1428件: 件 counts no people; the classifier's own unit
        if found is not None and chinese and found.word not in g.listed_counts:
            first = g.noun_re.match(text, unit_end)
            if first and _norm(first.group()) in g.listed_counts and _listed_before(text, start, g):
                # 永顺、龙山两个县项目最多: after a list of places, the places' noun right after the classifier is
                # what is counted (两个县), not the head of the compound it begins (县项目)
                found = g.nouns[_norm(first.group())]
        if found is not None and g.entered_place_re.search(text, max(0, start - 12), start):
            found = None  # 入驻园区63家: the place entered is no count of what entered it; the classifier's own unit
        ctx.last_count[uw.word] = (start, found)
        if found is not None:
            if found.unit == "none":
                return None  # 两个层面: referential
            if not (found.unit == "item" and uw.unit.startswith("other:") and uw.word != "个"):
                unit = found.unit  # 230座设施, 大棚4860座: 座 counts the things built, not items of work
            noun = found.word
        unit = unit.replace("{mw}", uw.word)
    if chinese and noun in g.listed_counts and not _listed_before(text, start, g) \
            and not _listed_in_sentence(text, start, unit_end, noun, num):
        return None  # 四级衔接资金, 陕南三市, 四省市: a group label, its members are not listed
    if noun in g.listed_counts and noun == uw.word:
        label = g.group_label_re.search(text, max(0, start - 8), start)
        if label and text[label.start() - 1:label.start()] != "等":
            return None  # 山区26县, 宁夏贫困8县(区): a kind of area, then a bare count word: a group's name
    if not chinese and uw.kind != "classifier" and noun in g.listed_counts and not _listed_before(text, start, g) \
            and _said_before(text, num_start, text[num_start:unit_end]):
        return None  # 明水、青冈、望奎、兰西4县 …, 4县共安排: the group named again, not a new count
    q = _finish(parts, ctx, g, start, end, unit, noun, pre, scale=uw.scale)
    if q is not None and uw.kind == "measure" and uw.scale == 10 and end == unit_end:
        q = _tenths_digit(q, text, end)
    if q is not None and chinese and q.unit == "CNY" and unit_text and unit_text.endswith("元"):
        q = _jiao_fen(q, text, end)
    return q


_JIAO_FEN = re.compile(f"(?:零?(?P<jiao>[{''.join(DIGITS)}])角)?(?:零?(?P<fen>[{''.join(DIGITS)}])分)?")
"""The 角 (0.1 元) and 分 (0.01 元) a written-out amount ends with (壹拾捌万柒仟叁佰元伍角, 叁佰元零伍分)."""


def _jiao_fen(q: Quantity, text: str, end: int) -> Quantity:
    """An amount in Chinese numerals read to its 角 and 分: 壹拾捌万柒仟叁佰元伍角 is 187300.5 元, never 187300 (a
    公示 writes the cents out; without them the value is a wrong number). An Arabic amount is never extended:
    its decimals are printed as digits."""
    m = _JIAO_FEN.match(text, end)
    if m is None or not m.group() or q.value is None:
        return q
    cents = 10 * DIGITS[m.group("jiao")] if m.group("jiao") else 0
    cents += DIGITS[m.group("fen")] if m.group("fen") else 0
    return Quantity(start=q.start, end=m.end(), raw=text[q.start:m.end()], value=round(q.value + cents / 100, 2),
                    unit=q.unit, qualifier=q.qualifier, value_high=None, noun=q.noun, flags=q.flags)


_TENTH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九") if i}


def _tenths_digit(q: Quantity, text: str, end: int) -> Quantity | None:
    """六成五 is 65 %, not 六成 (60 %) followed by 五: a digit right after 成 is its next place. Read it
    unless it starts a word of jieba's dictionary with the next character (六成五保户, 七成三年): then the
    value is left empty and flagged rather than a shorter number or a guess."""
    d = _TENTH_DIGITS.get(text[end:end + 1])
    if d is None:
        return q
    nxt = text[end + 1:end + 2]
    from .gazetteer import dictionary_word  # jieba's dictionary, loaded once for the gazetteer
    if q.value is not None and (not nxt or nxt in _BARE_END or nxt in "的以左多上"
                                or not dictionary_word(text[end:end + 2])):
        return Quantity(start=q.start, end=end + 1, raw=text[q.start:end + 1], value=round(q.value + d, 10),
                        unit=q.unit, qualifier=q.qualifier, value_high=None, noun=q.noun, flags=q.flags)
    return Quantity(start=q.start, end=q.end, raw=q.raw, value=None, unit=q.unit, qualifier=q.qualifier,
                    value_high=None, noun=q.noun, flags=[*q.flags, "number_unclear"])


def _finish(parts: tuple, ctx: _Context, g: Grammar, start: int, end: int,
            unit: str, noun: str, pre: str | None, flags: list[str] | None = None,
            scale: float = 1.0, qualifier: str | None = None) -> Quantity | None:
    """Apply the span rules (stop terms, titles, slogans), compute the value and build the Quantity."""
    text = ctx.text
    if ctx.blocked(start, end):
        return None
    quote = ctx.quote(start, end)
    if quote and text[quote[0]:quote[1]] != text[start:end]:
        return None  # “四个不摘”, “一支奶、两支水”: a number inside a slogan
    num, num2, suf, mult, suf2, _, post = parts
    flags = flags or []
    value = _value(num, mult)
    qualifier = _qualifier(pre, suf or qualifier, suf2, post, g)
    value_high = None
    if num2:
        value_high = _value(num2, mult)
        if value is not None and value_high is not None and num2[-1] in "千万亿萬億" \
                and num[-1] not in "千万亿萬億":
            # 5-10万元: the multiplier of the high end applies to the low end too.
            value *= parse_number("1" + re.search(f"{MULT}$", num2).group()) or 1  # type: ignore[union-attr]
        if value is None or value_high is None or value_high <= value:
            return None  # 2019-10, 0891-1234567: not a range of amounts
        qualifier = "range"
    elif value is None and num[0] in _CN_ALL:
        rng = _chinese_range(num)
        if rng is None:
            return None
        value, value_high = rng
        qualifier = "range"
    loss = _loss(num) or _fragment(text, start + len(pre or ""), num)
    if loss:
        value = None  # the high end of a range (000至5000元) is whole
        flags += loss
    elif value is None:
        return None
    elif _implausible(num, value) or (num2 and _implausible(num2, value_high)):
        value = value_high = None
        flags += ["number_implausible"]
    flags += _repair_flags(num)
    if value is not None and not num2 and not pre and _minus_before(text, start):
        value, flags, start = -value, [*flags, "signed"], start - 1  # 同比增长-1.5%: a fall printed with a minus
    if scale != 1.0:
        # round away float noise of the scaling (3‰ -> 0.3, not 0.30000000000000004)
        value = None if value is None else round(value * scale, 10)
        value_high = None if value_high is None else round(value_high * scale, 10)
    return Quantity(start=start, end=end, raw=text[start:end], value=value, unit=unit,
                    qualifier=qualifier, value_high=value_high, noun=noun, flags=flags)


_MINUS_SIGNS = "-－−"
_BEFORE_MINUS = re.compile(r"[\u4e00-\u9fff：:（(，,、]")


def _minus_before(text: str, num_start: int) -> bool:
    """A minus sign right before an Arabic number, itself after a Chinese character or an opening
    bracket or clause mark (同比增长-1.5%, （−0.8%）): the figure is negative. After a digit it is a range
    or a date (3-5个, 2022-12), after a letter a code (G-318), after a space a page footer (- 3 -)."""
    return (num_start >= 2 and text[num_start - 1] in _MINUS_SIGNS and text[num_start:num_start + 1].isdigit()
            and bool(_BEFORE_MINUS.fullmatch(text[num_start - 2])))


_SPLIT_SPACES = " \u00a0\u3000\u2002\u2003\u2009\u202f\n"
_GROUP_COMMAS = "，、,"
_GAP_CHARS = _SPLIT_SPACES + "·・‧。｡" + "\u200b\u200c\u200d\u2060\ufeff"  # and zero-width characters (11\u200b265元)
_GROUPED_BEFORE = re.compile(r"[0-9]{1,3}(?:[,，][0-9]{3})+[,，]$")
"""Thousands groups right before a comma (12,706,3万元): the figure after the comma is their cut decimal part."""
_GROUPED = re.compile(r"[0-9０-９][ \u00a0\u2009\u202f,，][0-9０-９]{3}")
"""A figure written in thousands groups (2 706.3): digits and a comma right before it are its cut leading group."""
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_LINE_END_HYPHENS = "-‐－"


def _fragment(text: str, num_start: int, num: str) -> list[str]:
    """A number cut from the digits before it (3 6.5万元, 3\\n6.5万元, 5·64亿元, 1，365人): its value is
    lost, not the shorter number. The digits before are joined to it by a single space or line break
    (not a thousands group, read by ``SPACED``), a middle dot, or a comma or 、 before a group of
    exactly three digits after at most three (a thousands separator that may also end a list item)."""
    if num_start < 2 or num[0] not in _DIGIT_CHARS:
        return []
    if text[num_start - 1] == "〇" and text[num_start - 2] in _DIGIT_CHARS | {".", "．"}:
        return ["digit_lost", "number_split"]  # 21〇6个: an OCR 〇 for a zero inside a figure, never 6个
    if text[num_start - 1] == "\n" and num_start >= 3 and text[num_start - 2] in _LINE_END_HYPHENS \
            and text[num_start - 3] in _DIGIT_CHARS | {".", "．"}:
        # 户厕486- / 2座: a figure hyphenated at a line end, or a range cut after its dash (3- / 5个): never 2座 alone
        return ["digit_lost", "number_split"]
    gap = num_start
    while gap > 1 and num_start - gap < 3 and text[gap - 1] in _GAP_CHARS:
        gap -= 1
    cut = text[gap:num_start]
    if cut and (text[gap - 1] in _DIGIT_CHARS and any(c not in "。｡" for c in cut)
                or text[gap - 1] in "*＊"  # 3 6.5, 58 。7, *·74: digits before, cut off
                or text[gap - 1] in ".．" and text[gap - 2] in _DIGIT_CHARS):  # 78.\n4%: a decimal point, wrapped
        return ["digit_lost", "number_split"]
    if cut and text[gap - 1] in _DIGIT_CHARS:
        # 6。9家: a 。 between digits before a classifier is a decimal point or a sentence end after a
        # bare number (达到30。12个县): which one the text does not say
        return ["number_unclear", "decimal_unclear"]
    sep = text[num_start - 1]
    if sep in _GROUP_COMMAS and (text[num_start - 2] in _DIGIT_CHARS or text[num_start - 2] in "*＊?？"):
        lead = len(num) - len(num.lstrip("0123456789０１２３４５６７８９"))
        before = num_start - 1
        while before > 0 and (text[before - 1] in _DIGIT_CHARS or text[before - 1] in "*＊?？"):
            before -= 1
        if lead == 3 and num_start - 1 - before <= 3 or _GROUPED_BEFORE.search(text, max(0, num_start - 24), num_start) \
                or sep in ",，" and _GROUPED.search(num):  # 1,2 706.3万元: a figure written in thousands groups goes on before the comma
            return ["digit_lost", "number_split"]
    return []


_ASCII_DIGITS = frozenset("0123456789")
_TO_ONE = re.compile(r"[:：]1(?![0-9.．:：])")  # 16.95:1, a ratio to one
_BARE_END = "，。；、,;:：)）(（\n "


def _unitless(m: re.Match[str], parts: tuple, ctx: _Context, g: Grammar) -> Quantity | None:
    """An Arabic number with no unit. Its unit comes from its context, flagged ``unit_inferred``:
    money when a money noun follows (3.82亿支援资金, 5000-10000的补助), people when a word for people
    follows or precedes a 万 count (162万贫困人口, 贫困人口623万), percent when a rate word governs it
    (开工率达到100). A bare number before 和/、 shares the unit of the next number (6.4和1.1个百分点)."""
    num, num2, suf, mult, suf2, _, post = parts
    text = ctx.text
    if num[0] in _CN_ALL or post:
        return None
    pre = _prefix(text, m.start(), g)
    start = m.start() - len(pre or "")
    if not (mult or num2 or num[-1] in "千万亿萬億"):
        if suf or suf2 or _loss(num):
            return None
        shared = g.shared_unit_re.match(text, m.end())
        if shared and text[m.end()] in _GROUP_COMMAS and _fragment(text, m.end() + 1, text[m.end() + 1:]):
            return None  # 1、000%: a thousands separator, not a list of two rates
        if shared:
            unit = "percent" if shared.group("unit") in "%％" else "percentage_point"
            return _finish(parts, ctx, g, start, m.end(), unit, shared.group("unit"), pre, ["unit_shared"])
        rate = ctx.may_match("rate", max(0, start - 16), start) and g.bare_rate_re.search(text, max(0, start - 16), start)
        nxt = text[m.end():m.end() + 1]
        value = _value(num, None)
        if nxt in _GAP_CHARS and text[m.end():m.end() + 3].lstrip(_GAP_CHARS)[:1] in _DIGIT_CHARS:
            return None  # 5 2.4, 56。7, 2.2 1: digits go on after a space, a dot or a 。: a cut number
        if rate and (not nxt or nxt in _BARE_END) and value is not None and value <= 100:
            return _finish(parts, ctx, g, start, m.end(), "percent", rate.group(), pre, ["unit_inferred"])
        ratio = ctx.may_match("ratio", max(0, start - 24), start) and g.ratio_re.search(text, max(0, start - 24), start)
        if ratio and value is not None and nxt not in (":", "：") \
                and (not nxt or nxt in _BARE_END or ratio.group().endswith(("由", "从"))):
            # 城乡居民收入比为2.76, 比上年缩小0.07, 由2.89缩小到2.76: a ratio of two amounts, written bare
            return _finish(parts, ctx, g, start, m.end(), "other:ratio", "比", pre, ["unit_inferred"])
        to_one = _TO_ONE.match(text, m.end())
        if ratio and value is not None and to_one:
            # 生师比为16.95:1: the ratio to one, read with its :1
            return _finish(parts, ctx, g, start, to_one.end(), "other:ratio", "比", pre, ["unit_inferred"])
        return None
    if ctx.may_match("money", m.end(), m.end() + 8) and g.money_re.match(text, m.end(), m.end() + 8):
        return _finish(parts, ctx, g, start, m.end(), "CNY", "", pre, ["unit_inferred"])
    if not num2 and ((ctx.may_match("people", m.end(), m.end() + 12)
                      and g.people_after_re.match(text, m.end(), m.end() + 12))
                     or (ctx.may_match("people", max(0, start - 8), start)
                         and g.people_before_re.search(text, max(0, start - 8), start))):
        return _finish(parts, ctx, g, start, m.end(), "person", "", pre, ["unit_inferred"])
    return None


def _lost_percents(ctx: _Context, g: Grammar) -> Iterator[Quantity]:
    """参保率均达%: a rate whose number was stripped. Its value is lost, and said so."""
    for m in g.lost_percent_re.finditer(ctx.text):
        s, e = m.span("pct")
        if not ctx.blocked(s, e):
            yield Quantity(start=s, end=e, raw=ctx.text[s:e], value=None, unit="percent",
                           qualifier="exact", noun="%", flags=["digit_lost"])


@lru_cache(maxsize=1)
def _doubling_re() -> re.Pattern[str]:
    words = not_quantity_lists().get("doubling_counts") or {}
    nums = _alternation(list(words))
    return re.compile(rf"翻(?:了)?(?P<n>{nums})番")


def _doublings(ctx: _Context) -> Iterator[Quantity]:
    """翻一番 / 翻了两番: doubled N times, a multiple of 2^N (other:倍), as 是…的4倍 would print it."""
    words = not_quantity_lists().get("doubling_counts") or {}
    for m in _doubling_re().finditer(ctx.text):
        if not ctx.blocked(*m.span()):
            yield Quantity(start=m.start(), end=m.end(), raw=m.group(), value=float(2 ** int(words[m.group("n")])),
                           unit="other:倍", qualifier="exact", noun="倍", flags=["doubling"])


def _zeros(ctx: _Context, g: Grammar) -> Iterator[Quantity]:
    """Rule R2: 贫困发生率下降至零 (percent), 降为“0”, 贫困人口“清零” (unit of the noun before it)."""
    text = ctx.text
    for m in g.zero_re.finditer(text):
        if m.group("zero"):
            start, end = m.span("zero")
            nxt = text[end:end + 1]
            if nxt and not (nxt in "”\"，。；、,.;)）" or nxt.isspace()):
                continue  # 零返贫: part of a word or slogan
        else:
            start, end = m.span("word")
        if ctx.blocked(start, end):
            continue
        floor = max(0, start - 30)
        lo = max(floor, *(text.rfind(c, floor, start) + 1 for c in _CLAUSE_END))
        clause = text[lo:start]
        rates = g.rate_re.findall(clause)
        if rates:
            unit, noun = "percent", rates[-1]
        else:
            nouns = [n for n in g.noun_re.findall(clause) if len(n) > 1]
            found = g.nouns[_norm(nouns[-1])] if nouns else None
            if found is None or found.unit == "none" or "{" in found.unit:
                continue  # 动态清零 with no counted stock: not an indicator
            unit, noun = found.unit, found.word
        yield Quantity(start=start, end=end, raw=text[start:end], value=0.0, unit=unit,
                       qualifier="exact", noun=noun, flags=["zero_word"])


_CELL_SEPS = ("|", "｜", "\t")
_SEP = re.compile(r"[|｜\t]")
_HEADER_UNIT = re.compile(r"[(（](?P<unit>[^()（）]{1,8})[)）]")
_UNIT_LINE = re.compile(r"单位[:：]\s*(?P<unit>[^\s,，、;；)）]{1,6})")
_UNIT_LIST = re.compile(r"单位[:：]\s*(?P<units>[^\s)）。；;]{1,20})")
_NUMBER_CELL = re.compile(r"[0-9]{1,3}(?:(?P<sep>[, \u00a0\u2009\u202f])[0-9]{3})(?:(?P=sep)[0-9]{3})*(?:\.[0-9]+)?"
                          r"|[0-9]+(?:\.[0-9]+)?")  # 10 930: a space in a digit group of three
_SCIENTIFIC_CELL = re.compile(r"[1-9](?:\.[0-9]+)?E\+[0-9]{2}")
"""A cell a spreadsheet shows in scientific notation because the number is wider than the column (1.26E+07 is
12600000 to three significant digits, as printed: the digits beyond them are not on the page)."""
_COUNT_LABEL_ENDS = ("个数", "数量", "数")
_NOT_MEASURED_HEADER = re.compile(r"年(?![初末中])|序号|编号|排名|名次|代码|备注")  # columns a 单位 line does not measure (年份; 年初预算 is measured)
_PERCENT_IN_UNIT_LINE = re.compile(r"单位[:：][^\n)）]{0,12}?[%％]")  # 单位:元、%: the rate columns are in percent
# Tables scraped from PDFs print their cells separated by spaces: a row is a label (a name, 合计, an
# optional serial number before it) then three or more cells, each a plain number, a percentage or a
# blank (- or —); a header row is three or more short names with no number and no sentence mark.
_SPACES = " \u00a0\u3000"
_SPACE_CELL = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<pct>[%％]?)|[-—–－/／]{1,2}|(?P<signed>[-－−–][0-9]+(?:\.[0-9]+)?[%％]?)")
# -3.2, -3.2%: a signed cell (a fall printed with a minus) is a cell, read as no quantity and never
# as the figure without its sign; - — / alone are blank cells
_SIGNED_CELL = re.compile(r"[-－−–][0-9]+(?:\.[0-9]+)?[%％]?")
_BLANK_OR_SIGNED = re.compile(r"[-—–－/／]{1,2}|[-－−–][0-9]+(?:\.[0-9]+)?[%％]?")
_SPACE_TOKEN = re.compile(f"[^{_SPACES}\\r\\n]+")
_SPACE_ROW_HINT = re.compile(f"[0-9%％][{_SPACES}]+[0-9][^\\n]*[{_SPACES}][-—–－/／0-9]|[0-9%％][{_SPACES}]{{2,}}[0-9]"
                             # 1 英德市 连江口镇 连樟村 96.5: a numbered row of labels ending in one figure
                             f"|(?m:^[0-9]{{1,3}}[{_SPACES}]+[^\\n]*[{_SPACES}][0-9]+(?:\\.[0-9]+)?[%％]?$)")
_NOT_A_LABEL = re.compile(r"[，。；！？,;!?]")
_LABEL_WORD = re.compile(r"[\u4e00-\u9fff]")
_MAX_HEADER_CELL = 16

Column = tuple[float, UnitWord, str] | None


def _space_tokens(line: str, start: int) -> list[tuple[int, str]]:
    return [(m.start() + start, m.group()) for m in _SPACE_TOKEN.finditer(line.rstrip("\r\n"))]


_ONE_HAN = re.compile(r"[\u4e00-\u9fff]")


def _space_row(tokens: list[tuple[int, str]], numbers: int = 3, least: int = 3) -> tuple[list[tuple[int, str]], int] | None:
    """The cells of a space-separated table row (the label joined into one cell) and how many lead
    the data (the label, a serial number before it), or None when the line is not one:
    产业发展类 48 41 85.4% 12860.5 9872.3 76.8%, 1 南江县 8750 — 48; ``least`` data cells at least (two under
    a header: 昭通市   2386   38.62)."""
    k = 0
    if len(tokens) > 1 and tokens[0][1].isdigit() and len(tokens[0][1]) <= 3 \
            and not _SPACE_CELL.fullmatch(tokens[1][1]):
        k = 1  # a serial number before the label
    j = k
    while j < len(tokens) and not _SPACE_CELL.fullmatch(tokens[j][1]):
        j += 1
    label = tokens[k:j]
    if not label or any(_NOT_A_LABEL.search(t) for _, t in label) \
            or not any(_LABEL_WORD.search(t) for _, t in label):
        return None
    cells = tokens[j:]
    if len(cells) < least or any(not _SPACE_CELL.fullmatch(t) for _, t in cells) \
            or sum(t[0].isdigit() for _, t in cells) < numbers:
        return None
    joined = (label[0][0], " ".join(t for _, t in label))
    return tokens[:k] + [joined] + cells, k + 1


def _spaced_label(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`项    目    预算数    决算数`, `合    计    262000    248362`: a label spaced out one character at a time to
    fill its column is one cell (项目, 合计): the leading run of single Chinese characters, two or three of them,
    before a cell of more than one character."""
    k = 0
    while k < len(cells) and len(cells[k][1]) == 1 and _LABEL_WORD.fullmatch(cells[k][1]):
        k += 1
    if k in (2, 3) and k < len(cells) and len(cells[k][1]) > 1:
        return [(cells[0][0], "".join(c for _, c in cells[:k]))] + cells[k:]
    return cells


def _space_header(tokens: list[tuple[int, str]]) -> bool:
    """项目类别 计划项目数（个） 完工率 计划资金（万元）: three or more short names, no number."""
    return len(tokens) >= 3 and all(
        _LABEL_WORD.search(t) and len(t) <= _MAX_HEADER_CELL and not _NOT_A_LABEL.search(t)
        and not _SPACE_CELL.fullmatch(t) for _, t in tokens)


@lru_cache(maxsize=1)
def _header_words() -> dict[str, list[str]]:
    with data_file("table_headers.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _count_tails() -> frozenset[str]:
    return frozenset(["", *_header_words()["count_tails"]])


def _column_unit(label: str, unit_text: str | None, g: Grammar) -> tuple[float, UnitWord, str] | None:
    """Multiplier, unit word and counted noun of a table column: 资金(万元) -> 1e4 元, 项目数(个) -> 项目,
    受益户数 (no bracket) -> 户. None when the header does not say what the column counts."""
    label = _HEADER_UNIT.sub("", label).strip()
    mult = 1.0
    if unit_text:
        # 千瓦, 千瓦时, 千克: a unit word that begins with 千 is the unit itself, not 千 times 瓦 (万千瓦 is 1e4 kW)
        lead = None if unit_text in g.units else re.match(MULT, unit_text)
        if lead is not None and unit_text[lead.end():] not in g.units:
            for k in range(1, lead.end()):
                if unit_text[k:] in g.units:
                    lead = re.match(MULT, unit_text[:k])
                    break
        word = unit_text[lead.end():] if lead else unit_text
        if lead:
            mult = parse_number("1" + lead.group()) or 1.0
        uw = g.units.get(word) if word else None
        if uw is None or uw.kind in ("date", "duration"):
            return None
        if uw.kind != "classifier":
            return mult, uw, uw.word
    else:
        uw = None
    head = label
    for end in _COUNT_LABEL_ENDS:
        if head.endswith(end) and len(head) > len(end):
            head = head[: -len(end)]
            break
    nouns = list(g.noun_re.finditer(head))
    # the counted noun heads the cell (贫困村, 乡镇（个）, 行政村总数); a noun with more after it only
    # modifies another head (县级资金, 村级自筹, 乡镇配套): not a count of it
    if nouns and head[nouns[-1].end():] in _count_tails():
        noun = g.nouns[_norm(nouns[-1].group())]
        if noun.unit != "none":
            return mult, noun, noun.word
    if head and head != label and head[-1] in g.units and g.units[head[-1]].kind == "measure":
        measure = g.units[head[-1]]  # 户数, 人数: the counted measure word itself
        return mult, measure, measure.word
    if uw is not None:
        return mult, uw, uw.word
    return None


def _listed_units(line: str) -> list[str]:
    """The units a 单位 line lists (单位：万元、人、% -> 万元, 人, %)."""
    m = _UNIT_LIST.search(line)
    return [w for w in re.split(r"[、,，/／;；]", m.group("units")) if w] if m else []


def _lists_count_of(col: Column, listed: list[str], g: Grammar) -> bool:
    """Whether a 单位 line lists a unit a column of counts ``col`` may be in: a classifier (个, 家) or
    the measure of its unit (人 for a column of persons)."""
    if col is None:
        return False
    for word in listed:
        uw = g.units.get(word)
        if uw is not None and (uw.kind == "classifier" or (uw.kind == "measure" and uw.unit == col[1].unit)):
            return True
    return False


def _money_unit(word: str, g: Grammar) -> bool:
    lead = re.match(MULT, word)
    uw = g.units.get(word[lead.end():] if lead else word)
    return uw is not None and uw.unit == "CNY"


def _counted_measure(label: str, g: Grammar) -> Column:
    """受益户, 带动人: a header ending with the measure word of a count (户, 人), no count ending."""
    label = _HEADER_UNIT.sub("", label).strip()
    uw = g.units.get(label[-1:]) if len(label) > 1 else None
    if uw is None or uw.kind != "measure" or uw.unit.startswith("other:") \
            or uw.unit in ("CNY", "percent", "percentage_point"):
        return None
    return 1.0, uw, uw.word


def _header_columns(cells: list[tuple[int, str]], default_unit: str | None, g: Grammar,
                    default_percent: bool = False, listed: list[str] | None = None,
                    years_measured: bool = False) -> list[Column] | None:
    """What each column of a header row counts (None for a column whose header does not say). A
    column counted by a bare classifier counts what the column before it with that classifier
    counts (项目数(个) 已开工(个): projects), as 实施项目412个, 其中已开工405个 does in prose.
    Under a 单位 line (``default_unit``, the first of the ``listed`` units), a column that names no
    count takes the line's unit (单位:万元 over 合计, 县级资金, 以工代赈) when the line lists no other
    unit than %; a column that names a thing with no count ending (贫困村, 受益户: money paid to them
    or a count of them?) counts it only when the line lists a unit for that count (个, 人)."""
    header: list[Column] = []
    counted: dict[str, Column] = {}  # classifier -> the latest column counting a noun with it
    fractions: set[int] = set()  # rate columns with no unit whose cells may be fractions (see ``_fraction_column``)
    listed = listed or ([default_unit] if default_unit else [])
    others = [w for w in listed[1:] if w not in ("%", "％")]
    # 单位：元 over 指标 | 2022年 | 2023年 (split by tabs): each year's column is in the line's one unit
    by_year = years_measured and default_unit is not None and not others and _period_header([c for _, c in cells])
    for _, c in cells:
        if by_year and _YEAR_CELL.fullmatch(c):
            header.append(_column_unit("", default_unit, g))
            continue
        if not c or (default_unit is None and c in _header_words()["row_unit_columns"]):
            header.append(None)  # a blank header cell (over the labels), or 目标任务 of a scorecard, says nothing
            continue
        u = _HEADER_UNIT.search(c)
        unit_text = u.group("unit") if u else None
        if unit_text is None and c in _header_words()["score_columns"]:
            unit_text = "分"  # 分值 | 得分 of a 绩效目标表: the points of a score
        if unit_text is None and c.endswith(("%", "％")) and len(c) > 1:
            unit_text = "%"  # 完成调整预算% under 单位：万元: the sign ending the header is the column's unit
        if unit_text is None and g.rate_column_re.search(c) and not g.money_re.search(c):
            # 单位:元、% over 人均纯收入 | 增速: a rate column is in percent when the line says so,
            # never in the line's money unit
            if not default_percent and _fraction_column(c, g):
                fractions.add(len(header))  # 完成率 with no unit: its cells may be fractions (0.741)
            header.append(_column_unit(c, "%", g) if default_percent else None)
            continue
        if unit_text is None and not default_percent and _fraction_column(c, g):
            fractions.add(len(header))  # 支出率 (支出 is money): its cells may be fractions
            header.append(None)
            continue
        if unit_text is None and default_unit:
            bare = _column_unit(c, None, g) or _counted_measure(c, g)
            if g.money_re.search(c):
                # 单位:万元 over 县级资金; 单位：人、万元 over 补助资金: the money unit of the line
                unit_text = next((w for w in listed if _money_unit(w, g)), default_unit)
            elif bare is None and not _NOT_MEASURED_HEADER.search(c) and not g.rate_re.search(c):
                if others:
                    header.append(None)  # 单位:万元、人 over 合计: which of them?
                    continue
                unit_text = default_unit  # 单位:万元 over 合计, 以工代赈, 村级自筹
            elif bare is not None and not _HEADER_UNIT.sub("", c).strip().endswith(_COUNT_LABEL_ENDS) \
                    and not _lists_count_of(bare, listed, g):
                header.append(None)  # 单位:万元 over 贫困村: money paid to them or a count of them?
                continue
        col = _column_unit(c, unit_text, g)
        if unit_text is None and col is not None and c.endswith("个数") and col[1].kind == "noun":
            counted["个"] = col  # 项目个数 then 已开工（个）: projects
        classifier = g.units.get(unit_text) if unit_text else None
        if col is not None and classifier is not None and classifier.kind == "classifier":
            if col[1] is classifier:
                col = counted.get(unit_text, col)  # type: ignore[arg-type]
            else:
                counted[unit_text] = col  # type: ignore[index]
        header.append(col)
    if not any(header) and not _period_header([c for _, c in cells]):
        return None  # a header of years says no unit, but its rows may (无偿帮扶资金（万元）): see ``_row_unit``
    out = _Header(header)
    out.names = [c for _, c in cells]
    out.fractions = fractions
    out.listed = list(listed)
    return out


FRACTION_SCALE = 100.0
"""A percent cell exported as a fraction (0.741) is read times this, only when all its column's cells are fractions."""
_FRACTION_CELL = re.compile(r"0\.[0-9]{2,}|1\.0{2,}")
_GENERAL_FRACTION = re.compile(r"0\.[0-9]+|1(?:\.0*)?|0")
"""A fraction as Excel's General format shows it (1, 0.8: trailing zeros dropped), read as such only in a column
whose other cells are fractions printed with two decimals or more (two at least)."""


def _fraction_column(header: str, g: Grammar) -> bool:
    """A rate column naming no unit (支出率, 完成进度) whose cells may be fractions (see ``fraction_column_words``)."""
    return bool(g.fraction_column_re.search(header)) and not g.fraction_column_not_re.search(header)


def _fraction_cell(rows: list, columns: list[Column], j: int, cell: str) -> bool:
    """Whether cell ``j`` of a row is read as a fraction: its column is a fraction column of its header, and it
    and every other cell of the column (in the rows split by | or tabs under the header) are fractions, two at
    least."""
    if j not in getattr(columns, "fractions", ()) or _GENERAL_FRACTION.fullmatch(cell) is None:
        return False
    column = [cells[j][1] for spaced, cells, _, cols, _ in rows if cols is columns and not spaced and j < len(cells)]
    if _FRACTION_CELL.fullmatch(cell) is None:
        return sum(1 for c in column if _FRACTION_CELL.fullmatch(c)) >= 2 \
            and all(_GENERAL_FRACTION.fullmatch(c) for c in column)
    return len(column) >= 2 and (all(_FRACTION_CELL.fullmatch(c) for c in column) or (
        sum(1 for c in column if _FRACTION_CELL.fullmatch(c)) >= 2 and all(_GENERAL_FRACTION.fullmatch(c) for c in column)))


class _Header(list):
    """The columns of a header row, with the header's cell texts (``names``)."""

    names: list[str]
    fractions: set[int]


def _sep_cells(line: str, start: int) -> list[tuple[int, str]]:
    """(offset, text) of the cells of a line split by |, ｜ or tabs, by position: an empty cell
    between two separators is kept as "" (城关镇\t\t50: the second column is blank), the border
    of | 乡镇 | 户数 | and the empty cells at the end of the line are not cells."""
    body = line.rstrip("\r\n")
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _SEP.finditer(body + "\t"):
        piece = body[pos:m.start()]
        out.append((start + pos + len(piece) - len(piece.lstrip()), piece.strip()))
        pos = m.end()
    if out and not out[0][1] and body.lstrip()[:1] in ("|", "｜"):
        out = out[1:]  # the border before the first cell
    while out and not out[-1][1]:
        out.pop()
    return out


def _line_cells(line: str) -> list[str]:
    """The cells of a table line: split by |, ｜ or tabs when it has one, else by spaces."""
    if any(sep in line for sep in _CELL_SEPS):
        return [c for _, c in _sep_cells(line, 0)]
    return [t for _, t in _space_tokens(line, 0)]


def _names_only(line: str) -> bool:
    """A line that may be (a part of) a header row: short names, no figure, no sentence mark."""
    cells = _line_cells(line)
    return bool(cells) and len(cells) <= 40 and not _UNIT_LINE.search(line) and all(
        len(c) <= _MAX_HEADER_CELL and not _NOT_A_LABEL.search(c) and not _NUMBER_CELL.fullmatch(c)
        and not _SPACE_CELL.fullmatch(c) for c in cells) and any(_LABEL_WORD.search(c) for c in cells)


def _row_width(line: str) -> int | None:
    """How many cells a data row has (a spaced row's label counted as one), None for no data row."""
    if any(sep in line for sep in _CELL_SEPS):
        cells = _line_cells(line)
        return len(cells) if any(_NUMBER_CELL.fullmatch(c) for c in cells) else None
    tokens = _space_tokens(line, 0)
    found = _space_row(tokens, 1) if len(tokens) >= 4 else None
    return len(found[0]) if found else None


def _header_joins(lines: list[str], width: int) -> str | None:
    """The one way of joining ``lines`` (a header cut over them) into a line of ``width`` cells: each
    break dropped (计划资金 / （万元）: a cell cut) or read as a separator (a cut between cells). None
    when no way or several give that width, or when a joined cell would begin with a bracket (a unit
    cut from its name)."""
    found = []
    seps = "\t" if any("\t" in x for x in lines) else " | " if any(c in x for x in lines for c in "|｜") else " "
    for mask in range(2 ** (len(lines) - 1)):
        joined = lines[0]
        for k, nxt in enumerate(lines[1:]):
            joined += (seps if mask >> k & 1 else "") + nxt
        cells = _line_cells(joined)
        if len(cells) == width and not any(c[:1] in ("(", "（") for c in cells):
            found.append(joined)
    return found[0] if len(found) == 1 else None


def _joined_header_lines(text: str, g: Grammar | None = None) -> Iterator[tuple[int, str]]:
    """(start, line) of the lines of ``text``, a header row wrapped over two or three lines (a PDF
    cell cut: 计划资金 / （万元）, 项目 / 个数) given as one line: the last lines of names above a data
    row, fewest first, whose join (see ``_header_joins``) has as many cells as the row, when the line
    right above the row has not. The joined line keeps the start of its first line (a header's
    offsets are not read). A line of units alone under a line of names is joined to it cell by cell
    (see ``_units_under``)."""
    g = g or grammar()
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    joins: dict[int, tuple[int, str]] = {}  # first line -> (lines joined, the joined line)
    names = [_names_only(line) for line in lines]
    for r in range(2, len(lines)):
        if not (names[r - 1] and names[r - 2]):
            continue
        width = _row_width(lines[r])
        if width is None or len(_line_cells(lines[r - 1])) == width:
            continue
        for n in (2, 3):
            if r - n < 0 or not all(names[r - n:r]) or len(_line_cells(lines[r - n])) == width:
                break  # a whole header above a label cut from its row (易地扶贫搬迁 / 后续扶持类 9 7 …)
            joined = _header_joins([x.rstrip("\r\n") for x in lines[r - n:r]], width)
            if joined is not None:
                joins[r - n] = (n, joined + "\n")
                break
    i = 0
    while i < len(lines):
        if i in joins:
            n, joined = joins[i]
            yield starts[i], joined
            i += n
            continue
        under = _units_under(lines[i], lines[i + 1], g) if i + 1 < len(lines) and names[i] and names[i + 1] else None
        if under is not None:
            yield starts[i], under
            i += 2
            continue
        yield starts[i], lines[i]
        i += 1


def _unit_cells(line: str) -> list[str] | None:
    """The cells of a line of units alone, each under its column's name (\t（个）\t（个）\t（万元）), or None."""
    cells = [c for _, c in _sep_cells(line, 0)] if any(sep in line for sep in _CELL_SEPS) else _line_cells(line)
    if not any(cells) or not all(not c or _HEADER_UNIT.fullmatch(c) for c in cells):
        return None
    return cells


def _units_under(names: str, units: str, g: Grammar) -> str | None:
    """A header whose units stand on the line below its names (乡镇\t计划项目\t已开工\t资金 over
    \t（个）\t（个）\t（万元）), as one line of cells, each name with its unit (计划项目（个）). A line split
    by | or tabs keeps its blank cells: a unit stands under the name of its place, when the line keeps the
    blank over the labels or has as many cells as the names. A spaced line has no blank cells, nor has a
    line that lost the blank over its labels (（个）\t（个）\t（万元） under 乡镇\t项目数\t已开工\t资金): its
    units stand under as many names, or under the names after the label columns (乡镇, 序号: at most two
    leading names with no unit, count ending, money nor rate, as ``_label_columns`` reads them); any other
    count says nothing of where they stand (None). None too when the upper line is a line of units or a
    name under which a unit stands has a unit already."""
    cells = _unit_cells(units)
    if cells is None or _unit_cells(names) is not None:
        return None
    sep = any(s in names for s in _CELL_SEPS)
    if sep != any(s in units for s in _CELL_SEPS):
        return None
    over = [c for _, c in _sep_cells(names, 0)] if sep else _line_cells(names)
    if len(cells) > len(over):
        return None
    if not sep or (cells[0] and len(cells) < len(over)):  # no blank kept over the labels: where do they start?
        lead = len(over) - len(cells)
        if lead > 2 or any(_HEADER_UNIT.search(c) or c.endswith(_COUNT_LABEL_ENDS) or g.money_re.search(c)
                           or g.rate_re.search(c) for c in over[:lead]):
            return None
        cells = [""] * lead + cells
    cells = cells + [""] * (len(over) - len(cells))
    if any(u and (not n or _HEADER_UNIT.search(n)) for n, u in zip(over, cells)):
        return None
    glue = "\t" if "\t" in names else " | " if sep else " "
    return glue.join(n + u for n, u in zip(over, cells)) + "\n"


_UNIT_LINE_ALONE = re.compile(r"\s*[(（]?\s*单位[:：]\s*[^\s,，、;；)）]{1,6}(?:[、,，/／][^\s,，、;；)）]{1,6})*\s*[)）]?\s*")


def _unit_line_below(lines: list[tuple[int, str]], i: int) -> re.Match[str] | None:
    """The 单位 line of a table split by | or tabs printed under its rows (科目\t年初预算\t决算数, the rows,
    then （单位：万元）): the line right after the table's last row when it holds the unit alone and no
    table follows it (a unit line over the next table's header is that table's)."""
    j = i + 1
    while j < len(lines) and any(sep in lines[j][1] for sep in _CELL_SEPS):
        j += 1
    if j == i + 1 or j >= len(lines) or not _UNIT_LINE_ALONE.fullmatch(lines[j][1]):
        return None
    nxt = next((line for _, line in lines[j + 1:] if line.strip()), "")
    if any(sep in nxt for sep in _CELL_SEPS) or _names_only(nxt):
        return None
    return _UNIT_LINE.search(lines[j][1])


def _table_rows(text: str, g: Grammar) -> Iterator[tuple[bool, list[tuple[int, str]], int,
                                                          list[Column] | None, int]]:
    """The rows of text-rendered tables: (spaced, cells, lead, columns, head). ``spaced`` rows are
    split by spaces (a PDF copied as text), the others by |, ｜ or tabs; ``lead`` cells before the
    data (a serial number, the label) of a spaced row; ``columns`` what each column of the header
    above counts (one list per header), None without one, the first ``head`` of them over the
    labels as far as the header's words tell. A spaced row cut over lines (its label alone on a
    line, or its cells going on on the next) is joined while it has fewer cells than the header."""
    columns: list[Column] | None = None
    head = 0
    default_unit: str | None = None
    default_percent = False
    listed: list[str] = []  # the units the 单位 line lists
    pending: tuple[list[tuple[int, str]], int] | None = None  # a spaced row awaiting its other cells

    def flush() -> Iterator[tuple[bool, list[tuple[int, str]], int, list[Column] | None, int]]:
        nonlocal pending
        if pending is not None and len(pending[0]) > pending[1]:
            yield True, pending[0], pending[1], columns, head
        pending = None

    def short(cells: list[tuple[int, str]], lead: int) -> bool:
        least = len(columns) - (head if head >= 0 else 1 - head) if columns is not None else 0
        return len(cells) - lead < least

    lines = list(_joined_header_lines(text, g))
    for i, (start, line) in enumerate(lines):
        if any(sep in line for sep in _CELL_SEPS):
            yield from flush()
            cells = _sep_cells(line, start)
            if not any(_NUMBER_CELL.fullmatch(c) for _, c in cells):
                if any(_BLANK_OR_SIGNED.fullmatch(c) for _, c in cells):
                    yield False, cells, 0, columns, head  # 通江县 | — | /: a row of blanks, not a header
                    continue
                if sum(bool(c) for _, c in cells) >= 2 and any(_LABEL_WORD.search(c) for _, c in cells):
                    below = _unit_line_below(lines, i) if default_unit is None else None
                    if below is not None:
                        columns = _header_columns(cells, below.group("unit"), g,
                                                  _PERCENT_IN_UNIT_LINE.search(below.string) is not None,
                                                  _listed_units(below.string))
                    else:
                        columns = _header_columns(cells, default_unit, g, default_percent, listed, years_measured=True)
                    head = 0
                continue
            yield False, cells, 0, columns, head
            continue
        tokens = _space_tokens(line, start)
        # under a header a row may have blank cells (通江县 50 9420 — —): its width is checked later
        # under a header of its width, a row of two figures (昭通市   2386   38.62; 粮食 吨 46800 1.3) is one too
        narrow = columns is not None and len(columns) == len(tokens) >= 3
        # under a header of its width whose last column is measured (排名 县 镇 村 综合得分), a row may
        # end in one figure (1 英德市 连江口镇 连樟村 96.5): the cells before it are the row's labels
        least = (1 if columns[-1] is not None else 2) if narrow else 3
        found = _space_row(tokens, 1 if columns else 3, least) if len(tokens) >= 4 or narrow else None
        if found is not None:
            yield from flush()
            if narrow and len(found[0]) < len(tokens):
                # a row of the header's width whose labels were joined into one cell (1 英德市 连江口镇 连樟村
                # 96.5 under 排名 县 镇 村 综合得分): its tokens stand under the header's columns one by one,
                # so the columns over its labels are label columns
                yield True, found[0], found[1], columns, len(columns) - (len(found[0]) - found[1])
            elif short(*found):
                pending = found  # 产业发展类 48 41 85.4% | 12860.5 9872.3 76.8% on the next line
            else:
                yield True, found[0], found[1], columns, head
            continue
        if pending is not None and tokens and all(_SPACE_CELL.fullmatch(t) for _, t in tokens):
            pending = (pending[0] + tokens, pending[1])
            if not short(*pending):
                yield from flush()
            continue
        yield from flush()
        if columns and len(tokens) <= 2 and tokens and all(
                _LABEL_WORD.search(t) and not _NOT_A_LABEL.search(t) and len(t) <= _MAX_HEADER_CELL
                for _, t in tokens):
            pending = ([(tokens[0][0], " ".join(t for _, t in tokens))], 1)  # 易地搬迁后扶类 alone, its cells below
            continue
        if columns and len(tokens) >= 4 and _space_row(tokens, 0) is not None:
            continue  # 通江县 — / -: a row of blank cells under the header, the table goes on
        stated = _UNIT_LINE.search(line)
        tokens = _spaced_label(tokens)  # 项    目    预算数 …: the label spaced out to fill its column
        if _space_header(tokens) and not stated:
            columns = _header_columns(tokens, default_unit, g, default_percent, listed)
            head, sure = _label_columns(tokens, columns, g) if columns else (0, True)
            if not sure:
                head = -1 - head  # decided by the rows (see _label_heads)
            continue
        columns = None
        if stated:
            default_unit = stated.group("unit")
            default_percent = _PERCENT_IN_UNIT_LINE.search(line) is not None
            listed = _listed_units(line)
        elif line.strip():
            default_unit, default_percent, listed = None, False, []
    yield from flush()


def _aligned(cells: list[tuple[int, str]], lead: int, columns: list[Column] | None,
             head: int) -> list[tuple[tuple[int, str], Column]] | None:
    """The data cells of a spaced row (after its ``lead`` cells) with the data columns of its
    header (after its ``head`` label columns; none when the header has no label column); without a
    header, no column. None when the row has more or fewer data cells than the header: a cell cut
    in two by a space would shift every cell after it into the wrong column."""
    if columns is None:
        return [(c, None) for c in cells[lead:]]
    if len(cells) - lead != len(columns) - head and not (
            len(cells) - lead < len(columns) - head
            and _missing_at_end(cells[lead - 1:], columns[head - 1:] if head else [None, *columns],
                                getattr(columns, "names", None), False)):
        return None  # a row that lost a cell of figures: where?
    return list(zip(cells[lead:], columns[head:]))


def _keeps_blanks(rows: list) -> set[int]:
    """The tables (ids of their header columns) split by | or tabs whose rows keep their blank cells
    (城关镇\t\t50): there a row with fewer cells than the header lost only the blanks at its end
    (a line's trailing tabs are stripped with its end)."""
    return {id(columns) for spaced, cells, _, columns, _ in rows
            if not spaced and columns is not None and any(not c for _, c in cells[1:-1])}


def _text_column(header: str) -> bool:
    """备注, 项目名称, 实施地点: a column of words, never of figures (``text_columns``)."""
    return any(w in header for w in _header_words()["text_columns"])


def _missing_at_end(cells: list[tuple[int, str]], columns: list[Column], headers: list[str] | None,
                    kept: bool) -> bool:
    """Whether a row with fewer cells than its header lost only its last cells: the copy keeps the
    blank cells inside rows (``kept``), or the header's last columns are of words (备注), which a
    row of figures leaves blank; and the row's first cell is no figure (a label lost before it)."""
    missing = len(columns) - len(cells)
    if missing <= 0 or not cells or _NUMBER_CELL.fullmatch(cells[0][1]):
        return False
    if kept:
        return True
    return headers is not None and all(_text_column(h) for h in headers[len(headers) - missing:])


def _sep_row_fits(cells: list[tuple[int, str]], columns: list[Column], kept: bool) -> bool:
    """A row split by | or tabs is read by position when it has its header's width, or lost only
    blank cells at its end (see ``_missing_at_end``); otherwise it is read as prose (flagged)."""
    if len(cells) == len(columns):
        return True
    return _missing_at_end(cells, columns, getattr(columns, "names", None), kept)


# units counted in wholes: a column of them in ones (not 万人) holds no fraction
_WHOLE_COUNTS = frozenset(["project", "person", "person_time", "household", "village", "enterprise", "document",
                           "item", "head"])


def _cell_figure(c: str) -> float | None:
    return float(c.replace(",", "").translate(_READ_DAMAGED)) if _NUMBER_CELL.fullmatch(c) else None


def _column_figures(rows: list) -> dict[int, list[list[float]]]:
    """The figures each column holds in the rows of its header's width, per table split by | or tabs (ids
    of its header columns): what a column's figures look like (``_fits``)."""
    out: dict[int, list[list[float]]] = {}
    for spaced, cells, _, columns, _ in rows:
        if spaced or columns is None or len(cells) != len(columns):
            continue
        seen = out.setdefault(id(columns), [[] for _ in columns])
        for j, (_, c) in enumerate(cells):
            v = _cell_figure(c)
            if v is not None:
                seen[j].append(v)
    return out


def _order(v: float) -> int:
    return math.floor(math.log10(v)) if v > 0 else 0


def _fits(c: str, col: Column, header: str, seen: list[float]) -> bool:
    """Whether cell text ``c`` may stand in a column: a blank anywhere; a figure not under words (备注), not a
    fraction under a count (项目数（个）: 12, never 12.5), and of the order of the column's figures in the rows
    of the header's width, one order either way (a 合计 row: 26 under 8, 12); a word under words or under a
    column holding no figure."""
    if not c or _BLANK_OR_SIGNED.fullmatch(c):
        return not _text_column(header) or not c
    v = _cell_figure(c)
    if v is None:
        return _text_column(header) or not seen
    if _text_column(header):
        return False
    if col is not None and v != int(v) and col[0] == 1 and (col[1].kind in ("noun", "classifier")
                                                         or col[1].unit in _WHOLE_COUNTS):
        return False
    if not seen or v == 0:
        return True
    orders = [_order(x) for x in seen if x > 0]
    return not orders or min(orders) - 1 <= _order(v) <= max(orders) + 1


def _placed(cells: list[tuple[int, str]], columns: list[Column], seen: list[list[float]] | None) -> \
        list[tuple[tuple[int, str], Column]] | None:
    """The cells of a short row of a table that keeps its blank cells (城关镇\t\t50 in another row) with their
    columns. Such a copy strips a line's trailing tabs, but a row may as well have lost a cell inside: its
    cells after the label are placed, in order, only where the figures fit one placement alone (``_fits``:
    a fraction under no count, an order of magnitude its column holds). None when no placement or several
    fit: the row's figures are left without a column, never put under a wrong one."""
    if not cells or _NUMBER_CELL.fullmatch(cells[0][1]) or len(cells) >= len(columns):
        return None
    names = list(getattr(columns, "names", None) or [""] * len(columns))
    seen = seen or [[] for _ in columns]
    rest, n = cells[1:], len(columns)
    fit = [[_fits(c, columns[j], names[j], seen[j]) for j in range(n)] for _, c in rest]
    # ways[i][j]: the placements (counted up to 2) of rest[i:] in order into the columns from j on
    ways = [[0] * (n + 1) for _ in range(len(rest) + 1)]
    ways[len(rest)] = [1] * (n + 1)
    for i in range(len(rest) - 1, -1, -1):
        for j in range(n - 1, 0, -1):
            ways[i][j] = min(2, ways[i][j + 1] + (ways[i + 1][j + 1] if fit[i][j] else 0))
    if ways[0][1] != 1:
        return None
    out, j = [(cells[0], columns[0])], 1
    for i, cell in enumerate(rest):
        while not (fit[i][j] and ways[i + 1][j + 1]):
            j += 1
        out.append((cell, columns[j]))
        j += 1
    return out


def _cell_kind(c: str) -> str:
    """figure, words or blank: what a cell of a row split by | or tabs holds."""
    if not c or _BLANK_OR_SIGNED.fullmatch(c):
        return "blank"
    return "figure" if _NUMBER_CELL.fullmatch(c) else "words"


def _column_kinds(rows: list) -> dict[int, list[set[str]]]:
    """What each column holds (figures, words) in the rows of its header's width, per table split by | or tabs."""
    out: dict[int, list[set[str]]] = {}
    for spaced, cells, _, columns, _ in rows:
        if spaced or columns is None or len(cells) != len(columns):
            continue
        seen = out.setdefault(id(columns), [set() for _ in columns])
        for j, (_, c) in enumerate(cells):
            if _cell_kind(c) != "blank":
                seen[j].add(_cell_kind(c))
    return out


def _right_placed(cells: list[tuple[int, str]], columns: list[Column], kinds: list[set[str]] | None) -> \
        list[tuple[tuple[int, str], Column]] | None:
    """The cells of a row of a table split by tabs that lost its first cells: a cell spanning several rows (一级指标
    产出指标 over 数量指标, 质量指标 …) is printed once, and the copy strips the blank cells it leaves at the head of
    the rows below. Such a row is read against its header's last columns when its cells are, one by one, of the
    kind (figure or words) the rows of the header's width hold there, and not of that kind against the first
    columns (where a row lost its last cells). None otherwise."""
    if not kinds or not cells or _cell_kind(cells[0][1]) != "words" \
            or not any(_cell_kind(c) == "figure" for _, c in cells):
        return None

    def fits(offset: int) -> bool:
        for j, (_, c) in enumerate(cells):
            kind, held = _cell_kind(c), kinds[offset + j]
            if kind != "blank" and (not held or held != {kind}):
                return False
        return True

    offset = len(columns) - len(cells)
    if not fits(offset) or fits(0):
        return None
    return list(zip(cells, columns[offset:]))


def _label_columns(cells: list[tuple[int, str]], columns: list[Column], g: Grammar) -> tuple[int, bool]:
    """How many header cells name the label columns before the data (项目类别; 序号 乡镇), and
    whether the words say so surely: the leading ones that measure nothing, or that name a thing
    with neither a unit in brackets, a count ending (户数), money nor a rate, at most two. A cell
    measured by a word of no standard unit (县（区）: 区 is also a measure word) leaves it unsure."""
    k, sure = 0, True
    while k < min(2, len(cells) - 1):
        c, col = cells[k][1], columns[k]
        if k == 1 and c in _header_words()["unit_columns"]:
            k += 1  # 产品名称 单位: the unit of each row stands in its label (粮食 吨 46800)
            break
        if col is not None and (_HEADER_UNIT.search(c) or c.endswith(_COUNT_LABEL_ENDS)
                                or g.money_re.search(c)):
            # the first data column; unsure when a word of no standard unit measures it (县（区）),
            # not when a label before it is one (乡镇 资金（万元）: 资金 is data)
            sure = not (col[1].unit.startswith("other:") and not c.endswith(_COUNT_LABEL_ENDS))
            break
        if g.rate_re.search(c) or (k == 1 and not _NOT_MEASURED_HEADER.search(cells[0][1])
                                   and c not in _header_words()["partner_label_columns"]):
            break
        k += 1
    return k, sure


def _table_cells(text: str, ctx: _Context, g: Grammar) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """Quantities in the rows of text-rendered tables (县(区) | 资金(万元) | 项目数(个), one row a
    line, the cells split by |, tabs or spaces), and the spans of the spaced rows' cells. A header
    cell names what its column counts, with the unit in brackets or on a 单位:万元 line above; each
    bare number below it is a quantity in that unit. A column whose header says nothing (a year, a
    name, a rate with no %) is left out. In a spaced row every cell is read here, a percentage too:
    its spaces part cells, they do not cut numbers (48 41 85.4% is three cells, not 4841 or 41 85.4%)."""
    out: list[Quantity] = []
    zones: list[tuple[int, int]] = []
    rows = list(_table_rows(text, g))
    heads = _label_heads(rows)
    kept = _keeps_blanks(rows)
    figures = _column_figures(rows)
    kinds = _column_kinds(rows)
    for spaced, cells, lead, columns, head in rows:
        placed = None
        if not spaced:
            zones.extend((s, s + len(c)) for s, c in cells if _SIGNED_CELL.fullmatch(c))
            if columns is not None and len(cells) < len(columns):
                placed = _right_placed(cells, columns, kinds.get(id(columns)))
            if placed is None and columns is not None and id(columns) in kept and len(cells) < len(columns):
                placed = _placed(cells, columns, figures.get(id(columns)))
                if placed is None:
                    continue  # a short row whose cells may stand in several places: none is said
        if not spaced and placed is None and (columns is None or not _sep_row_fits(cells, columns, id(columns) in kept)):
            continue
        if spaced and columns is not None:
            head = heads[id(columns)]
            if head is None:
                continue
        aligned = _aligned(cells, lead, columns, head) if spaced else placed or list(zip(cells, columns or []))
        own = _row_unit(cells, lead, columns, head, g) if spaced else None
        if aligned is None or (spaced and columns is None):
            continue  # a row wider or narrower than its header, or under none: read as prose
        if not spaced and placed is None:
            aligned = _in_row_unit(aligned, columns, g)
            aligned = _series_row(aligned, columns, g)
        if own is not None:
            names = getattr(columns, "names", None) or []
            # a column naming no unit, or a thing measured in its measure word (产量: other:{mw}), is in the row's
            aligned = [(cell, col if (col is not None and "{mw}" not in col[1].unit)
                        or _measured_header(names, head, k, g) else own) for k, (cell, col) in enumerate(aligned)]
        if spaced:
            zones.append((cells[lead][0], cells[-1][0] + len(cells[-1][1])))
        targets = _target_positions(columns) if not spaced and placed is None else frozenset()
        for k, ((s, c), col) in enumerate(aligned):
            if ctx.blocked(s, s + len(c)):
                continue
            m = _SPACE_CELL.fullmatch(c) if spaced else None
            if m is not None and m.group("pct"):
                out.append(Quantity(start=s, end=s + len(c), raw=c, value=float(m.group("num")),
                                    unit="percent", qualifier="exact", noun="%", flags=["table_cell"]))
                continue
            if col is None and not spaced and placed is None and columns is not None \
                    and _fraction_cell(rows, columns, k, c):
                out.append(Quantity(start=s, end=s + len(c), raw=c, value=round(float(c) * FRACTION_SCALE, 10),
                                    unit="percent", qualifier="exact", noun="%", flags=["table_cell", "fraction_percent"]))
                continue
            if col is not None and not spaced and _SCIENTIFIC_CELL.fullmatch(c) and col[1].unit != "percent":
                mult, uw, noun = col  # 1.26E+07 under 投资额（元）: a sheet's display of a number too wide for its cell
                out.append(Quantity(start=s, end=s + len(c), raw=c, value=round(float(c) * mult * uw.scale, 10),
                                    unit=uw.unit.replace("{mw}", uw.word), qualifier="exact", noun=noun,
                                    flags=["table_cell", "scientific"]))
                continue
            if col is None or (m.group("num") is None if m else not _NUMBER_CELL.fullmatch(c)):
                continue
            mult, uw, noun = col
            unit = uw.unit.replace("{mw}", uw.word)
            if unit == "none":
                continue
            value = float(c.replace(",", "").translate(_READ_DAMAGED)) * mult * uw.scale
            out.append(Quantity(start=s, end=s + len(c), raw=c, value=round(value, 10), unit=unit,
                                qualifier="exact", noun=noun, flags=["table_cell", "target"] if k in targets else ["table_cell"]))
    return out, zones


def _target_positions(columns: list[Column] | None) -> frozenset[int]:
    """The columns of a header split by | or tabs that hold targets, not levels reached (目标任务 of a scorecard:
    see target_columns)."""
    wanted = set(_header_words()["target_columns"])
    return frozenset(k for k, n in enumerate(getattr(columns, "names", None) or []) if n in wanted)


def _row_unit(cells: list[tuple[int, str]], lead: int, columns: list[Column] | None, head: int,
              g: Grammar) -> Column:
    """The unit a spaced row names for its own figures: in brackets at the end of its label under a
    header of years (无偿帮扶资金（万元） 3850 4620 5260 under 指标 2019年 2020年 2021年), or in the label's
    cell under a 单位 column of its header (粮食 吨 46800 1.3 under 产品名称 单位 产量 比上年增长（%））. None
    when the row names none, or under any other header (衔接资金（万元） 5000 4500 90 under 指标 计划 完成
    完成率: the 90 of the rate column is no 万元)."""
    label = cells[lead - 1][1] if lead else ""
    names = list(getattr(columns, "names", None) or [])
    if _period_header(names):
        u = _HEADER_UNIT.search(label)
        if u is None or u.end() != len(label):
            return None
        return _column_unit(label, u.group("unit"), g)
    if head < 2 or not any(n in _header_words()["unit_columns"] for n in names[:head]):
        return None
    word = label.split()[-1] if len(label.split()) == head else ""
    uw = g.units.get(word)
    return _column_unit("", word, g) if uw is not None and uw.kind == "measure" else None


_YEAR_CELL = re.compile(r"(?:19|20)[0-9]{2}年度?")


def _series_row(aligned: list[tuple[tuple[int, str], Column]], columns: list[Column] | None,
                g: Grammar) -> list[tuple[tuple[int, str], Column]]:
    """A row split by tabs under a header of years (指标 | 2022年 | 2023年): its figures are in the unit its label
    names in brackets at its end (增长（%）), else in the header's (the 单位 line's); a label naming a rate or a
    change with no unit of its own (比上年增长, 占比) leaves them unread."""
    names = list(getattr(columns, "names", None) or [])
    if not _period_header(names):
        return aligned
    labels = [c for (_, c), _ in aligned if c and not _NUMBER_CELL.fullmatch(c)]
    label = labels[-1] if labels else ""
    u = _HEADER_UNIT.search(label)
    if u is not None and u.end() == len(label):
        own = _column_unit(label, u.group("unit"), g)
    elif g.rate_re.search(label) or g.rate_column_re.search(label):
        own = None
    else:
        return aligned
    return [(cell, own if k and _YEAR_CELL.fullmatch(names[k] if k < len(names) else "") else col)
            for k, (cell, col) in enumerate(aligned)]


def _in_row_unit(aligned: list[tuple[tuple[int, str], Column]], columns: list[Column] | None,
                 g: Grammar) -> list[tuple[tuple[int, str], Column]]:
    """The cells of a row split by | or tabs, those under a scorecard column (目标任务, 完成情况: see
    row_unit_columns) in the unit its label names in brackets at its end (1 | 财政援助资金（万元） | 98000 |
    102360 | 104.4: 万元; 选派党政干部（人）: people). A row naming no unit keeps them unread."""
    names = list(getattr(columns, "names", None) or [])
    wanted = set(_header_words()["row_unit_columns"])
    if not wanted.intersection(names):
        return aligned
    labels = [c for (_, c), _ in aligned if c and not _NUMBER_CELL.fullmatch(c)]
    u = _HEADER_UNIT.search(labels[-1]) if labels else None
    own = _column_unit(labels[-1], u.group("unit"), g) if u is not None and u.end() == len(labels[-1]) else None
    units_at = [k for k, n in enumerate(names) if n in _header_words()["unit_columns"]]
    if own is None and units_at and units_at[0] < len(aligned) and len(labels) >= 2:
        # 指标 | 单位 | 目标任务 | 完成 | 完成率（%）: the row's unit is the word in its 单位 cell (设施农业新增面积 | 万亩 | 1.2 | 1.26)
        word = aligned[units_at[0]][0][1].strip()
        if word and word == labels[-1] and not _NUMBER_CELL.fullmatch(word):
            own = _column_unit(labels[0], word, g)
    if own is None and labels:
        own = _listed_unit_of_label(labels[-1], getattr(columns, "listed", None) or [], g)
    scored = _scorecard_positions(names, wanted, g)
    return [(cell, own if k in scored else col) for k, (cell, col) in enumerate(aligned)]


_OF_WHICH = re.compile(r"^其中[：:]?")


def _scorecard_positions(names: list[str], wanted: set[str], g: Grammar) -> frozenset[int]:
    """The columns of a scorecard header whose cells are in the unit of their row: the scorecard columns
    (row_unit_columns), and the parts that break one of them down right after it (完成值 | 其中：莲花县 | 遂川县 |
    完成率（%）: each county's share of the 完成值 is in the same unit), from the 其中 cell on up to a column
    that names its own unit, a rate or words."""
    out = {k for k, n in enumerate(names) if n in wanted}
    for k, n in enumerate(names):
        if k - 1 not in out or not _OF_WHICH.match(n) or _OF_WHICH.sub("", n) in wanted:
            continue
        j = k
        while j < len(names) and names[j] and names[j] not in wanted and _HEADER_UNIT.search(names[j]) is None \
                and not names[j].endswith(("%", "％")) and not _measured_header(names, 0, j, g):
            out.add(j)
            j += 1
    return frozenset(out)


def _listed_unit_of_label(label: str, listed: list[str], g: Grammar) -> Column:
    """Under a 单位 line listing a money unit and one other (单位：万元、人次), the unit of a scorecard row naming none
    in brackets: the money unit when its label names money (直接投入帮扶资金) or a trade in goods (购买脱贫地区农产品;
    ``row_money_words``), else the other one (培训基层干部: 人次). None under a line listing other units than these two."""
    units = [w for w in listed if w not in ("%", "％")]
    money = [w for w in units if _money_unit(w, g)]
    other = [w for w in units if w not in money]
    if len(money) != 1 or len(other) != 1:
        return None
    is_money = g.money_re.search(label) or any(w in label for w in _header_words()["row_money_words"])
    return _column_unit("", money[0] if is_money else other[0], g)


def _period_header(names: list[str]) -> bool:
    """指标 2019年 2020年 2021年: a header whose columns are years, each row a series in its own unit."""
    return len(names) >= 3 and all(_YEAR_CELL.fullmatch(n) for n in names[1:])


def _measured_header(names: list[str], head: int, k: int, g: Grammar) -> bool:
    """Whether the header names what the k-th data column holds (a rate, a year-on-year change, a
    column of words): then a row's own unit is not its unit."""
    name = names[head + k] if head + k < len(names) else ""
    return bool(g.rate_re.search(name) or g.rate_column_re.search(name) or _text_column(name))


def _label_heads(rows: list) -> dict[int, int | None]:
    """How many columns of each spaced table's header stand over the labels. The header's words
    tell (项目类别 is a label, 资金（万元） data: ``head`` >= 0), and then a row of another width is
    a cell cut by a space or a blank left out, not read. When they do not tell surely (县（区）: 区 is
    also a measure word; ``head`` = -1 - the words' guess), the width most rows have decides
    between the guess and one label column more; a tie decides nothing (None)."""
    widths: dict[int, Counter[int]] = {}
    stated: dict[int, tuple[int, int]] = {}
    for spaced, cells, lead, columns, head in rows:
        if spaced and columns is not None:
            widths.setdefault(id(columns), Counter())[len(cells) - lead] += 1
            stated[id(columns)] = (len(columns), head)
    out: dict[int, int | None] = {}
    for key, seen in widths.items():
        n, head = stated[key]
        if head >= 0:
            out[key] = head
            continue
        guess = -1 - head
        a, b = seen[n - guess], seen[n - guess - 1]
        out[key] = guess if a > b else guess + 1 if b > a else None
    return out


_FULLWIDTH_ROW = re.compile(r"[^\s，。；！？,;!?]+(?:\u3000[^\s，。；！？,;!?]+){3,}")


def fullwidth_row(line: str) -> bool:
    """1　英德市　连江口镇　连樟村　96.5: a line of four or more cells split by single full-width spaces and no
    sentence mark, a table row (of a 公示 ranking) however unfinished it looks."""
    return _FULLWIDTH_ROW.fullmatch(line.strip(" \u3000\r\n")) is not None


def _spaced_row_line(line: str) -> bool:
    tokens = _space_tokens(line, 0)
    return (len(tokens) >= 4 and _space_row(tokens) is not None) or fullwidth_row(line)


def _inner_breaks(text: str, g: Grammar) -> list[int]:
    """Line breaks inside a quantity (4900万\n元, 30.33个百\n分点): after a digit, 万/亿 or the start of
    a unit, and before a multiplier or the rest of a unit. A break before a digit is never joined."""
    out = []
    for m in re.finditer("\n", text):
        i = m.start()
        if 0 < i < len(text) - 1 and text[i - 1] in _BREAK_BEFORE and text[i + 1] in g.unit_starts:
            line_start, line_end = text.rfind("\n", 0, i) + 1, text.find("\n", i + 1) % (len(text) + 1)
            if any(sep in text[line_start:line_end] for sep in _CELL_SEPS) \
                    or _spaced_row_line(text[line_start:i]) or _spaced_row_line(text[i + 1:line_end]):
                continue  # a table row ends there (…\t420\n南江县\t8750): the next row, not the rest of a unit
            out.append(i)
    return out


_BREAK_BEFORE = frozenset("0123456789０１２３４５６７８９万亿萬億个個百")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text` (clean Simplified Chinese), sorted by position; offsets index `text`."""
    g = grammar()
    breaks = _inner_breaks(text, g) if "\n" in text else []
    if breaks:
        # Find the quantities in the text without those breaks, then map the spans back: the raw
        # span keeps the break, as printed.
        skip = set(breaks)
        keep = [i for i in range(len(text) + 1) if i not in skip]
        joined = "".join(text[i] for i in keep[:-1])
        out = []
        for q in _find(joined, g):
            start, end = keep[q.start], keep[q.end - 1] + 1
            q.start, q.end, q.raw = start, end, text[start:end]
            out.append(q)
        return out
    return _find(text, g)


_SHARED_FIRST = frozenset("和与及、或")  # the first characters of ``shared_unit_re``


def _plain_and_bare(m: re.Match[str], ctx: _Context, reach: int) -> bool:
    """True when the candidate is a plain run of ASCII digits alone (no unit, range, multiplier or
    qualifier after it) with neither a shared unit after it nor a rate or ratio word before it:
    ``_candidate`` would return None for it (see ``_unitless``), so it is skipped at the cost of a
    few look-ups (a run of a million bare numbers)."""
    num = m.group("num")
    if m.group() != num or not (num.isascii() and num.isdigit()):
        return False
    e, s = m.end(), m.start()
    if ctx.text[e:e + 1] in _SHARED_FIRST or e == len(ctx.text):
        return False
    return not ctx.may_match("bare", max(0, s - reach), s)


def _find(text: str, g: Grammar) -> list[Quantity]:
    ctx = _context(text, g)
    reach = 24 + max(map(len, g.prefixes), default=0)  # the widest look-back of ``_unitless``
    found = [q for q in (_candidate(m, ctx, g) for m in g.candidate.finditer(text)
                         if not _plain_and_bare(m, ctx, reach)) if q is not None]
    taken = {(q.start, q.end) for q in found}
    found.extend(z for z in _zeros(ctx, g) if (z.start, z.end) not in taken)
    found.extend(d for d in _doublings(ctx) if not any(q.start < d.end and q.end > d.start for q in found))
    found.extend(_lost_percents(ctx, g))
    if any(sep in text for sep in _CELL_SEPS) or _SPACE_ROW_HINT.search(text):
        cells, zones = _table_cells(text, ctx, g)
        if zones:  # the cells of a spaced row are read there only
            found = [q for q in found if not any(q.start < e and q.end > s for s, e in zones)]
        taken = {(q.start, q.end) for q in found}
        found.extend(c for c in cells if (c.start, c.end) not in taken)
    found.sort(key=lambda q: (q.start, q.end))
    return found
