"""Chart geometry: monthly bars with gaps filled, tidy axes, map projection and labels."""

from __future__ import annotations

from newsgraph.web import charts
from newsgraph.web.worldmap import HEIGHT, WIDTH, project


def test_timeline_fills_empty_months_and_scales_bars() -> None:
    chart = charts.timeline([("2024-05", 2), ("2024-02", 1)])
    assert [b.label for b in chart.bars] == ["2024-02", "2024-03", "2024-04", "2024-05"]
    assert [b.value for b in chart.bars] == [1, 0, 0, 2]
    tallest = chart.bars[-1]
    assert tallest.y == chart.top and tallest.y + tallest.height == chart.bottom
    assert chart.bars[1].height == 0
    assert [t.label for t in chart.y_ticks] == ["0", "1", "2"]


def test_timeline_across_a_year_end_and_without_rows() -> None:
    chart = charts.timeline([("2023-12", 5), ("2024-01", 3)])
    assert [b.label for b in chart.bars] == ["2023-12", "2024-01"]
    assert charts.timeline([]).bars == ()


def test_axis_labels_are_short_and_round() -> None:
    chart = charts.timeline([("2024-01", 2_400_000)])
    assert [t.label for t in chart.y_ticks] == ["0", "500k", "1M", "1.5M", "2M", "2.5M"]


def test_projection_puts_places_where_they_are() -> None:
    assert project(0.0, 0.0) == (WIDTH / 2, round((84.0 / 142.0) * HEIGHT, 1))
    oslo, khartoum = project(59.9, 10.7), project(15.5, 32.5)
    assert oslo[1] < khartoum[1] and oslo[0] < khartoum[0]
    assert project(-90.0, 200.0) == (WIDTH, round(HEIGHT, 1))


def test_map_points_size_by_count_and_labels_do_not_overlap() -> None:
    rows = [{"name": "Darfur", "country": "SD", "lat": 13.5, "lon": 24.0, "count": 4},
            {"name": "Sudan", "country": "SD", "lat": 15.5, "lon": 30.0, "count": 1},
            {"name": "Khartoum", "country": "SD", "lat": 15.6, "lon": 32.5, "count": 1},
            {"name": "Nowhere", "country": "", "lat": None, "lon": None, "count": 9}]
    points = charts.map_points(rows)
    assert [p.name for p in points] == ["Darfur", "Sudan", "Khartoum"]
    assert points[0].r > points[1].r
    assert points[0].label and not all(p.label for p in points)
