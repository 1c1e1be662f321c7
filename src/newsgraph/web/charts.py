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

SERIES_COLOURS = ("#a3161a", "#2357c6", "#1e7b3c", "#c47f00", "#6d3fc4", "#0f766e", "#7b8794", "#d9453b", "#3b3b98")


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
class Series:
    """One line of a line chart, with its colour and points."""

    name: str
    colour: str
    points: tuple[tuple[float, float, str, float], ...]  # x, y, period, value

    @property
    def path(self) -> str:
        """The SVG polyline points."""
        return " ".join(f"{x},{y}" for x, y, _, _ in self.points)


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart's frame: size, plot box, axes, bars and/or series."""

    width: float
    height: float
    left: float
    top: float
    bottom: float
    right: float
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    bars: tuple[Bar, ...] = ()
    series: tuple[Series, ...] = ()


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


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _y_ticks(top_value: float, *, top: float, bottom: float) -> tuple[Tick, ...]:
    steps = 4
    ticks = []
    for i in range(steps + 1):
        value = top_value * i / steps
        text = f"{value:,.0f}" if top_value >= steps or value.is_integer() else f"{value:.1f}"
        ticks.append(Tick(bottom - (bottom - top) * i / steps, text))
    return tuple(ticks)


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
    left, right, top, bottom = 44.0, width - 10, 12.0, height - 28
    if not by_period:
        return Chart(width, height, left, top, bottom, right, (), ())
    periods = months_between(min(by_period), max(by_period))
    slot = (right - left) / len(periods)
    top_value = _nice_max(max(by_period.values()))
    bars = []
    for i, period in enumerate(periods):
        value = by_period.get(period, 0)
        h = (bottom - top) * value / top_value
        bars.append(Bar(round(left + i * slot + slot * 0.12, 2), round(bottom - h, 2), round(slot * 0.76, 2),
                        round(h, 2), period, value))
    centres = [b.x + b.width / 2 for b in bars]
    return Chart(width, height, left, top, bottom, right, _x_ticks(periods, centres),
                 _y_ticks(top_value, top=top, bottom=bottom), bars=tuple(bars))


def lines(series: Mapping[str, Iterable[tuple[str, float]]], *, width: float = 760, height: float = 240) -> Chart:
    """Lay out one line per series over a shared monthly axis.

    Args:
        series: Series name (e.g. a figure kind) to ``(YYYY-MM, value)`` rows.
        width: SVG width in user units.
        height: SVG height in user units.

    Returns:
        The chart; no series when there are no rows.
    """
    data = {name: dict(rows) for name, rows in series.items()}
    data = {name: rows for name, rows in data.items() if rows}
    left, right, top, bottom = 64.0, width - 10, 12.0, height - 28
    if not data:
        return Chart(width, height, left, top, bottom, right, (), ())
    periods = months_between(min(min(r) for r in data.values()), max(max(r) for r in data.values()))
    step = (right - left) / max(1, len(periods) - 1)
    xs = [left + i * step if len(periods) > 1 else (left + right) / 2 for i in range(len(periods))]
    top_value = _nice_max(max(max(r.values()) for r in data.values()))
    drawn = []
    for n, (name, rows) in enumerate(sorted(data.items())):
        points = tuple(
            (round(x, 2), round(bottom - (bottom - top) * rows.get(p, 0) / top_value, 2), p, rows.get(p, 0))
            for p, x in zip(periods, xs, strict=True)
        )
        drawn.append(Series(name, SERIES_COLOURS[n % len(SERIES_COLOURS)], points))
    return Chart(width, height, left, top, bottom, right, _x_ticks(periods, xs),
                 _y_ticks(top_value, top=top, bottom=bottom), series=tuple(drawn))


def map_points(rows: Iterable[Mapping[str, object]], *, max_radius: float = 22, labels: int = 12) -> list[MapPoint]:
    """Place ``{"name", "country", "lat", "lon", "count"}`` rows on the world map, area by count.

    Args:
        rows: Places with coordinates and a mention count; rows without coordinates are skipped.
        max_radius: Radius of the most mentioned place.
        labels: How many of the most mentioned places get a text label.

    Returns:
        Points, largest first so that small ones are drawn on top.
    """
    located = [r for r in rows if isinstance(r.get("lat"), float | int) and isinstance(r.get("lon"), float | int)]
    located.sort(key=lambda r: -_as_int(r.get("count")))
    top = max((_as_int(r.get("count")) for r in located), default=1) or 1
    points = []
    for rank, row in enumerate(located):
        x, y = project(float(row["lat"]), float(row["lon"]))  # type: ignore[arg-type]
        count = _as_int(row.get("count"))
        points.append(MapPoint(x, y, round(max(3.0, max_radius * math.sqrt(count / top)), 2),
                               str(row.get("name") or ""), str(row.get("country") or ""), count, rank < labels))
    return points


def _as_int(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


MAP_BOX = (MAP_WIDTH, MAP_HEIGHT)
