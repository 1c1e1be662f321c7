"""Evaluation against annotated gold: the same metrics as the project's scorers.

Each module has ``run(gold, *, model, out) -> str``: read the gold file, read its texts with the
pipeline, optionally write the readings to ``out`` (JSONL), and return the printed report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def write_readings(out: Path, readings: Iterable[dict[str, Any]]) -> None:
    """Write reading dicts to ``out``, one JSON object a line (the scorers' READINGS.jsonl)."""
    with out.open("w", encoding="utf-8") as f:
        for reading in readings:
            f.write(json.dumps(reading, ensure_ascii=False) + "\n")
