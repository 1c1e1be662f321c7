"""Chart geometry computed on the server: the templates draw it as plain SVG, no chart library.

Every function here is pure: rows in, rectangles, points and labels out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsgraph.web.worldmap import HEIGHT as MAP_HEIGHT
from newsgraph.web.worldmap import WIDTH as MAP_WIDTH
from newsgraph.web.worldmap import project


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its box, the period it counts and the count."""

    x: float
    y: float
    width: float
    height: float
    label: str
    value: float


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick: its position and its text."""

    at: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart: size, plot box, axes and bars."""

    width: float
    height: float
    left: float
    top: float
    bottom: float
    right: float
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    bars: tuple[Bar, ...] = ()


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A place on the world map."""

    x: float
    y: float
    r: float
    name: str
    country: str
    count: int
    label: bool


def months_between(first: str, last: str) -> list[str]:
    """Return every ``YYYY-MM`` from ``first`` to ``last`` inclusive (at most 600 months)."""
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while len(out) < 600:
        period = f"{year:04d}-{month:02d}"
        out.append(period)
        if period >= last:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _nice_max(value: float) -> tuple[float, int]:
    """Return a round axis maximum at or above ``value`` and how many equal steps divide it nicely."""
    if value <= 0:
        return 1.0, 1
    if value <= 4 and float(value).is_integer():
        return float(value), int(value)
    magnitude = 10 ** math.floor(math.log10(value))
    for factor, steps in ((1, 4), (2, 4), (2.5, 5), (4, 4), (5, 5), (10, 5)):
        if value <= factor * magnitude:
            return float(factor * magnitude), steps
    return float(10 * magnitude), 5


def compact(value: float) -> str:
    """Format an axis value briefly: 950, 12k, 2.5M."""
    for size, suffix in ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")):
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"


def _y_ticks(top_value: float, steps: int, *, top: float, bottom: float) -> tuple[Tick, ...]:
    return tuple(Tick(round(bottom - (bottom - top) * i / steps, 2), compact(top_value * i / steps))
                 for i in range(steps + 1))


def _x_ticks(periods: Sequence[str], centres: Sequence[float]) -> tuple[Tick, ...]:
    every = max(1, math.ceil(len(periods) / 12))
    return tuple(Tick(x, p) for i, (p, x) in enumerate(zip(periods, centres, strict=True)) if i % every == 0)


def timeline(counts: Iterable[tuple[str, float]], *, width: float = 760, height: float = 200) -> Chart:
    """Lay out a bar per month from ``(YYYY-MM, count)`` rows, with empty months in between.

    Args:
        counts: Periods (``YYYY-MM``) and counts, in any order.
        width: SVG width in user units.
        height: SVG height in user units.

    Returns:
        The chart; no bars when there are no rows.
    """
    by_period = dict(counts)
    left, right, top, bottom = 40.0, width - 10, 12.0, height - 28
    if not by_period:
        return Chart(width, height, left, top, bottom, right, (), ())
    periods = months_between(min(by_period), max(by_period))
    slot = (right - left) / len(periods)
    top_value, steps = _nice_max(max(by_period.values()))
    bars = []
    for i, period in enumerate(periods):
        value = by_period.get(period, 0)
        h = (bottom - top) * value / top_value
        width_ = min(slot * 0.76, 36.0)
        bars.append(Bar(round(left + (i + 0.5) * slot - width_ / 2, 2), round(bottom - h, 2), round(width_, 2),
                        round(h, 2), period, value))
    centres = [b.x + b.width / 2 for b in bars]
    return Chart(width, height, left, top, bottom, right, _x_ticks(periods, centres),
                 _y_ticks(top_value, steps, top=top, bottom=bottom), bars=tuple(bars))


def map_points(rows: Iterable[Mapping[str, object]], *, max_radius: float = 22, labels: int = 15) -> list[MapPoint]:
    """Place ``{"name", "country", "lat", "lon", "count"}`` rows on the world map, area by count.

    Args:
        rows: Places with coordinates and a mention count; rows without coordinates are skipped.
        max_radius: Radius of the most mentioned place.
        labels: How many of the most mentioned places may get a text label (labels never overlap).

    Returns:
        Points, largest first so that small ones are drawn on top.
    """
    located = [r for r in rows if isinstance(r.get("lat"), float | int) and isinstance(r.get("lon"), float | int)]
    located.sort(key=lambda r: -_as_int(r.get("count")))
    top = max((_as_int(r.get("count")) for r in located), default=1) or 1
    points: list[MapPoint] = []
    boxes: list[tuple[float, float, float, float]] = []
    for rank, row in enumerate(located):
        x, y = project(float(row["lat"]), float(row["lon"]))  # type: ignore[arg-type]
        count = _as_int(row.get("count"))
        r = round(max(3.0, max_radius * math.sqrt(count / top)), 2)
        name = str(row.get("name") or "")
        box = (x + r + 2, y - 8, x + r + 4 + 6.6 * len(name), y + 6)
        label = rank < labels and not any(_overlap(box, other) for other in boxes)
        if label:
            boxes.append(box)
        points.append(MapPoint(x, y, r, name, str(row.get("country") or ""), count, label))
    return points


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _as_int(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


MAP_BOX = (MAP_WIDTH, MAP_HEIGHT)
