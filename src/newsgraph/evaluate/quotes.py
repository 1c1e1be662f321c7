"""Evaluate quotes (placeholder until it lands)."""

from __future__ import annotations

from pathlib import Path


def run(gold: Path, *, model: str, out: Path | None = None, as_json: bool = False) -> str:
    """Read the gold texts, score the readings and return the report."""
    raise NotImplementedError("newsgraph eval quotes is not implemented yet")
