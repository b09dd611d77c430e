"""Check ``weighted_rate``: rates stated per region after their aggregate, against it through their bases.

`完工率90.67%(A市89.71%、B县97.24%、C县68.63%)` or `完工率90.67%, 其中A市89.71%、B县97.24%…`: the
aggregate rate is the average of the per-region rates weighted by their bases (Σ rate × base / Σ base),
since the numerators and bases add up. The check is made only when every listed region's base is
printed, once, in a statement that region heads (`A市安排项目68个; B县安排项目181个…`), with a base word
of the rate (``base_words`` of ``data/rate_words.csv``, the first word every region has a figure for),
of the base unit of the rate (``denominator_unit`` of ``data/rates.csv``, or the one unit that fits).
An open list (…等), a region without a base or with two, or bases whose sum differs from a base printed
for the aggregate itself (the list is then not the whole) leave the rates unchecked.

Every printed figure stands for its rounding interval; the weighted rate is bounded exactly over the
box of the rates' and bases' intervals.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..scopes import clean_raw, cues, fmt, has_word, overlaps, periods_compatible

_OPEN = "（("
_CLOSE = "）)"
_TERMINAL = "。；;!！?？"


def _z(t: object) -> str:
    return clean_raw(str(t or ""))


def _ok(r: dict) -> bool:
    lo = r.get("lo")
    return lo is not None and lo == lo


def _words(cell: str) -> list[str]:
    return [w for w in str(cell or "").split("|") if w]


@lru_cache(maxsize=1)
def _base_units() -> dict[str, list[str]]:
    from ..rates import load_rates
    t = load_rates()
    return {r["name"]: _words(r["denominator_unit"]) for _, r in t.iterrows()}


def _place_name(text: str, word: str) -> str | None:
    """The place a listed rate is about: the words before it without separators, list openers and verbs
    (`(A市` -> A市, `其中B县完工率为` -> B县); None unless it ends like an administrative unit."""
    c = cues()
    t = _z(text).strip(" \u3000" + _OPEN + "、,，;；:：")
    for w in sorted(c["regional_list_openers"] + [word] + c["regional_rate_verbs"], key=len, reverse=True):
        t = t.removeprefix(w)
    for _ in range(2):
        for w in sorted([word] + c["regional_rate_verbs"], key=len, reverse=True):
            t = t.removesuffix(w)
    t = t.strip(" \u3000" + _OPEN + "、,，;；:：")
    n = c["regional_name_chars"]
    if not (n[0] <= len(t) <= n[1]) or re.search(r"[\d%]", t) or not t.endswith(tuple(c["place_suffixes"])):
        return None
    return t


def _members(recs: list[dict], i: int, word: str) -> list[tuple[dict, str]] | None:
    """The per-region rates listed right after the aggregate at i, with their place names."""
    agg = recs[i]
    sent = agg["sentence"]
    end = agg["pos"] + agg["end"] - agg["start"]
    rest = sent[end:]
    bracket = rest[:1] in _OPEN
    if not bracket and not any(_z(rest).lstrip(",，;；:：").startswith(w) for w in cues()["regional_list_openers"]):
        return None
    out: list[tuple[dict, str]] = []
    prev_end = end
    for r in recs[i + 1:]:
        if r["sent_start"] != agg["sent_start"]:
            break
        if r["unit"] != "percent" or not _ok(r) or r["qualifier"] != "exact":
            break
        between = sent[prev_end:r["pos"]]
        if bracket and any(ch in _CLOSE for ch in between):
            break
        if any(ch in _TERMINAL for ch in between):
            break
        name = _place_name(between, word)
        if name is None:
            if bracket:
                return None
            break  # the list ends where a figure is not about a listed place
        out.append((r, name))
        prev_end = r["pos"] + r["end"] - r["start"]
    if len(out) < 2 or len({n for _, n in out}) != len(out):
        return None
    tail = _z(sent[prev_end:]).lstrip(" ")
    if any(tail.startswith(w) for w in cues()["enumeration_open_words"]):
        return None  # …等: the list is open
    if bracket and tail[:1] not in _CLOSE:
        return None
    if not bracket and tail and tail[:1] not in ",，;；。":
        return None
    return out


def _heading(r: dict, names: list[str]) -> str | None:
    """The listed place that heads the statement of a figure (the last name before it since the last
    stop), or None."""
    seg = r["sentence"][:r["pos"]]
    cut = max(seg.rfind(p) for p in _TERMINAL)
    seg = _z(seg[cut + 1:])
    hits = [(seg.rfind(n), n) for n in names if n in seg]
    return max(hits)[1] if hits else None


def _clause(r: dict) -> str:
    before = _z(r["ctx_before"])
    cut = max(before.rfind(p) for p in ",，;；:：。")
    return before[cut + 1:] + "|" + _z(r["clause_after"])


def _weighted_bounds(rates: list[tuple[float, float]], bases: list[tuple[float, float]]) -> tuple[float, float]:
    """Exact bounds of Σ r b / Σ b over the box of intervals: the lowest rates take the largest bases
    for the minimum (and the highest for the maximum), split at every threshold."""
    def extreme(vals: list[float], low: bool) -> float:
        order = sorted(range(len(vals)), key=lambda k: vals[k], reverse=not low)
        best = None
        for cut in range(len(order) + 1):
            heavy = set(order[:cut])
            w = [bases[k][1] if k in heavy else bases[k][0] for k in range(len(vals))]
            if sum(w) <= 0:
                continue
            v = sum(x * y for x, y in zip(vals, w)) / sum(w)
            best = v if best is None else (min(best, v) if low else max(best, v))
        return best if best is not None else float("nan")
    return extreme([r[0] for r in rates], True), extreme([r[1] for r in rates], False)


def weighted_rates(recs: list[dict]) -> list[dict]:
    """Rows (total = the aggregate rate, parts = the per-region rates and their bases)."""
    from ..stated_rates import find_word
    out = []
    for i, agg in enumerate(recs):
        if agg["unit"] != "percent" or not _ok(agg):
            continue
        w = find_word(agg["label"], "percent")
        if w is None or w["kind"] != "rate":
            continue
        members = _members(recs, i, w["word"])
        if not members:
            continue
        names = [n for _, n in members]
        bw, nw = _words(w["base_words"]), _words(w["numerator_words"])
        listed = {m["fact_id"] for m, _ in members} | {agg["fact_id"]}
        units = _base_units().get(w["rate"]) or []

        def is_base(r: dict, word: str) -> bool:
            cl = _clause(r).replace(w["word"], "")
            return (_ok(r) and r["fact_id"] not in listed and r["unit"] not in ("percent", "percentage_point")
                    and r["value"] > 0 and r["qualifier"] == "exact" and (not units or r["unit"] in units)
                    and has_word(cl, word) and not any(has_word(cl, x) for x in nw)
                    and periods_compatible(r["period"], agg["period"]))

        chosen = None
        for word in bw:  # the first base word every listed place has exactly one figure for
            by_unit: dict[str, dict[str, set]] = {}
            for r in recs:
                if is_base(r, word):
                    h = _heading(r, names)
                    if h is not None:
                        by_unit.setdefault(r["unit"], {}).setdefault(h, {})[float(r["value"])] = r
            fits = [(u, got) for u, got in by_unit.items() if all(len(got.get(n, {})) == 1 for n in names)]
            if len(fits) == 1:
                chosen = word, fits[0][0], [next(iter(fits[0][1][n].values())) for n in names]
                break
            if fits or by_unit:
                break  # two units fit, or some places have no base or two: nothing is taken
        if chosen is None:
            continue
        word, unit, bases = chosen
        total_base = sum(b["value"] for b in bases)
        b_iv = (sum(b["lo"] for b in bases), sum(b["hi"] for b in bases))
        own = [r for r in recs if r["sent_start"] == agg["sent_start"] and r["pos"] < agg["pos"] and is_base(r, word)
               and r["unit"] == unit and _heading(r, names) is None]
        if own and not any(overlaps(b_iv, (r["lo"], r["hi"])) for r in own):
            continue  # the aggregate's own base is not the sum: the list is not the whole
        rates = [m for m, _ in members]
        lo, hi = _weighted_bounds([(m["lo"], m["hi"]) for m in rates], [(b["lo"], b["hi"]) for b in bases])
        v = sum(m["value"] * b["value"] for m, b in zip(rates, bases)) / total_base
        terms = " + ".join(f"{fmt(m)} × {fmt(b)}" for m, b in zip(rates, bases))
        ok = overlaps((lo, hi), (agg["lo"], agg["hi"]))
        text = f"({terms}) / {total_base:g} = {v:.2f}% vs {fmt(agg)}"
        if not ok:
            text += (f"; the per-region rates over their bases ({'、'.join(names)}) give {v:.2f}%, the printed"
                     f" {fmt(agg)} implies {agg['value'] / 100 * total_base:.1f} of {total_base:g} instead of"
                     f" {v / 100 * total_base:.1f}")
        out.append({"total": agg, "parts": rates + bases, "sum": v, "text": text,
                    "status": "match" if ok else "mismatch", "rate": w["rate"]})
    return out
