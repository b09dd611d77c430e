"""Checks for notebook parameters, so a notebook run directly with papermill (whose ``-p`` guesses
types: ``-p period 2022`` arrives as an int) behaves like one run by ``fupin run``, and a value
the suite cannot honour (``-p lang fr``) stops the run with one clear line instead of being ignored.
"""
from __future__ import annotations

from typing import Any

LANGS = ("en", "zh")
FIGURE_FORMATS = ("png", "svg", "pdf")


class ParameterError(ValueError):
    """A notebook parameter with a value the suite cannot use."""


def text(name: str, value: Any) -> str:
    """A filter given as text (region, period). Numbers are taken as their text (2022 → "2022")."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ParameterError(f"parameter {name}: {value!r} is not text")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def lang(value: Any) -> str:
    """The language of figure labels: one of ``LANGS``."""
    v = text("lang", value).lower()
    if v not in LANGS:
        raise ParameterError(f"parameter lang: {value!r} is not supported; use one of {', '.join(LANGS)}")
    return v


def formats(value: Any) -> tuple[str, ...]:
    """``"png,svg"`` → ("png", "svg"); every format must be one matplotlib writes and we publish."""
    items = value if isinstance(value, (list, tuple)) else text("fig_formats", value).split(",")
    out = tuple(dict.fromkeys(str(f).strip().lower().lstrip(".") for f in items if str(f).strip()))
    bad = [f for f in out if f not in FIGURE_FORMATS]
    if bad or not out:
        raise ParameterError(f"parameter fig_formats: {value!r}; use a comma-separated subset of "
                             f"{', '.join(FIGURE_FORMATS)}")
    return out


def dpi(value: Any) -> int:
    """Resolution of raster figures, 50 to 1200."""
    try:
        v = int(text("dpi", value))
    except ValueError:
        raise ParameterError(f"parameter dpi: {value!r} is not a whole number") from None
    if not 50 <= v <= 1200:
        raise ParameterError(f"parameter dpi: {v} is outside 50–1200")
    return v
