"""Evaluate displacement and housing figures on excerpt gold (the shape of IDMC's IDETECT excerpts).

The gold file holds one excerpt a line::

    {"id": str, "text": str, "quantity": number, "term": IDMC reporting term, "unit": "People"|"Households",
     "location": str|null, "country": ISO alpha-3|null}

Each excerpt is read as its own article and scored with the metrics of the project's scorer
``score_figures.py``:

- exact quantity: share of excerpts (with a quantity) whose reading has a figure of that exact value;
  the first such figure is the hit;
- within 5%: share with a figure within 5% of the quantity;
- any figure: share whose reading has a figure at all;
- over exact hits: term accuracy (case-insensitive), unit accuracy ("families", "family" and
  "household" count as households, "person" as people) and, for gold with a location, place accuracy
  (the hit's place name contains the gold location or the other way round, case-insensitive).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsgraph.evaluate import read_texts, report

Json = dict[str, Any]
UNIT_ALIASES = {"family": "households", "families": "households", "household": "households", "person": "people"}


def _unit(value: Any) -> str:
    unit = str(value or "").strip().lower()
    return UNIT_ALIASES.get(unit, unit)


def _percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _place_right(gold: Json, hit: Json, reading: Json) -> bool:
    places = {p.get("id"): p for p in reading.get("places") or []}
    name = str((places.get(hit.get("place")) or {}).get("name") or "").lower()
    location = str(gold["location"]).lower()
    return bool(name) and (location in name or name in location)


def score(gold: list[Json], readings: Mapping[str, Json]) -> dict[str, float]:
    """The metrics of ``readings`` (by id) against ``gold`` excerpts (see the module docstring)."""
    n = exact = near = any_figure = term = unit = place = located = 0
    for g in gold:
        quantity = g.get("quantity")
        if quantity is None:
            continue
        n += 1
        reading = readings.get(g["id"]) or {}
        figures = reading.get("figures") or []
        any_figure += bool(figures)
        near += any(abs(float(f.get("value") or 0) - quantity) <= 0.05 * quantity for f in figures)
        hit = next((f for f in figures if float(f.get("value") or -1) == float(quantity)), None)
        if hit is None:
            continue
        exact += 1
        term += str(hit.get("term") or "").strip().lower() == str(g["term"]).strip().lower()
        unit += _unit(hit.get("unit")) == _unit(g["unit"])
        if g.get("location"):
            located += 1
            place += _place_right(g, hit, reading)
    return {"excerpts": n, "exact": _percent(exact, n), "near": _percent(near, n),
            "any_figure": _percent(any_figure, n), "term_acc": _percent(term, exact),
            "unit_acc": _percent(unit, exact), "place_acc": _percent(place, located)}


def format_report(m: Mapping[str, float]) -> str:
    """The three lines the project's scorer prints."""
    return (f"excerpts {m['excerpts']}: any figure {m['any_figure']:.1f}%, within 5% {m['near']:.1f}%\n"
            f"over exact hits: term {m['term_acc']:.1f}%, unit {m['unit_acc']:.1f}%, place {m['place_acc']:.1f}%\n"
            f"figures exact quantity {m['exact']:.1f}%")


def read_gold(path: Path) -> list[Json]:
    """The excerpts of a JSONL gold file, in order."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_excerpts(gold: list[Json], *, model: str, problems: list[str] | None = None) -> Iterator[Json]:
    """Read each excerpt as its own article; yield the readings as JSON objects."""
    return read_texts(((g["id"], g["text"], None) for g in gold), model=model, problems=problems)


def run(gold: Path, *, model: str, out: Path | None = None, as_json: bool = False,
        problems: list[str] | None = None) -> str:
    """Read the gold excerpts, score the figures and return the report.

    Args:
        gold: JSONL gold file (see the module docstring).
        model: Installed spaCy English pipeline.
        out: Also write the readings, one JSON a line, to this file.
        as_json: Return the metrics as JSON rather than the printed lines.
        problems: Collects a line per excerpt that gave no reading (scored as empty) or an incomplete one.
    """
    excerpts = read_gold(gold)
    readings = {r["id"]: r for r in read_excerpts(excerpts, model=model, problems=problems)}
    return report(readings, score(excerpts, readings), out=out, as_json=as_json, formatted=format_report)
