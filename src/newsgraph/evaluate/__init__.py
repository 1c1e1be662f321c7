"""Evaluation against annotated gold: the same metrics as the project's scorers.

Each module has ``run(gold, *, model, out, problems) -> str``: read the gold file, read its texts with
the pipeline, optionally write the readings to ``out`` (JSONL), and return the printed report. A gold
text that gives no reading is scored as an empty reading and a reading a failed stage left incomplete
is scored as it is; each is described in ``problems`` (the CLI prints them on stderr and exits 1).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.records import Article, Reading


def read_all(articles: Iterable[Article], *, model: str, stages: Sequence[str] | None = None,
             problems: list[str] | None = None) -> Iterator[Reading]:
    """Read ``articles`` with the pipeline; yield each reading, noting failures in ``problems``."""
    from newsgraph.batch import incomplete_line
    from newsgraph.pipeline import Pipeline
    from newsgraph.read.failure import Failure

    pipe = Pipeline(stages, model=model) if stages is not None else Pipeline(model=model)
    for item in pipe.results(articles):
        if isinstance(item, Failure):
            if problems is not None:
                problems.append(f"failed: {item.reason}")
            continue
        if item.incomplete and problems is not None:
            problems.append(incomplete_line(item))
        yield item


def write_readings(out: Path, readings: Iterable[dict[str, Any]]) -> None:
    """Write reading dicts to ``out``, one JSON object a line (the scorers' READINGS.jsonl)."""
    with out.open("w", encoding="utf-8") as f:
        for reading in readings:
            f.write(json.dumps(reading, ensure_ascii=False) + "\n")


def read_texts(texts: Iterable[tuple[str, str, date | None]], *, model: str,
               problems: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Read each ``(id, text, published)`` as its own article with the full pipeline; yield JSON readings.

    A text that gives no reading, or an incomplete one, is described in ``problems``.
    """
    from newsgraph.read.text import read_text
    from newsgraph.reading import to_dict

    articles = (read_text(text, id=text_id, published=published) for text_id, text, published in texts)
    for reading in read_all(articles, model=model, problems=problems):
        yield to_dict(reading)


def report(readings: Mapping[str, dict[str, Any]], result: dict[str, Any], *, out: Path | None, as_json: bool,
           formatted: Callable[[dict[str, Any]], str]) -> str:
    """Write the readings to ``out`` (when given) and return the metrics, as JSON or formatted."""
    if out is not None:
        write_readings(out, readings.values())
    return json.dumps(result, indent=1) if as_json else formatted(result)
