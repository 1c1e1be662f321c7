"""Fixtures for ingest tests: folders of invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import article_text


@pytest.fixture
def corpus(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write ``count`` invented articles as .txt files (and optionally a JSONL) and return the folder."""

    def make(count: int, *, jsonl: int = 0, name: str = "in") -> Path:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        for n in range(count):
            (folder / f"a{n:03d}.txt").write_text(article_text(n), encoding="utf-8")
        if jsonl:
            lines = [json.dumps({"id": f"j{n}", "text": article_text(1000 + n), "published": "2013-05-06"})
                     for n in range(jsonl)]
            (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return folder

    return make
