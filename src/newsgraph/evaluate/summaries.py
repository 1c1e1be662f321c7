"""Evaluate summaries (placeholder until it lands)."""

from __future__ import annotations

from pathlib import Path


def run(gold: Path, *, model: str, out: Path | None = None, as_json: bool = False, limit: int = 0) -> str:
    """Read the gold documents, score the summaries and return the report."""
    raise NotImplementedError("newsgraph eval summaries is not implemented yet")
