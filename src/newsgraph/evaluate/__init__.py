"""Evaluation against annotated gold: the same metrics as the project's scorers.

Each module has ``run(gold, *, model, out) -> str``: read the gold file, read its texts with the
pipeline, optionally write the readings to ``out`` (JSONL), and return the printed report.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any


def write_readings(out: Path, readings: Iterable[dict[str, Any]]) -> None:
    """Write reading dicts to ``out``, one JSON object a line (the scorers' READINGS.jsonl)."""
    with out.open("w", encoding="utf-8") as f:
        for reading in readings:
            f.write(json.dumps(reading, ensure_ascii=False) + "\n")


def read_texts(texts: Iterable[tuple[str, str, date | None]], *, model: str) -> Iterator[dict[str, Any]]:
    """Read each ``(id, text, published)`` as its own article with the full pipeline; yield JSON readings."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.read.text import read_text
    from newsgraph.reading import to_dict

    articles = (read_text(text, id=text_id, published=published) for text_id, text, published in texts)
    for reading in Pipeline(model=model).pipe(articles):
        yield to_dict(reading)


def report(readings: Mapping[str, dict[str, Any]], result: dict[str, Any], *, out: Path | None, as_json: bool,
           formatted: Callable[[dict[str, Any]], str]) -> str:
    """Write the readings to ``out`` (when given) and return the metrics, as JSON or formatted."""
    if out is not None:
        write_readings(out, readings.values())
    return json.dumps(result, indent=1) if as_json else formatted(result)
