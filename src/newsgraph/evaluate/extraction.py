"""What the HTML reader keeps of a page, on WCXB-shaped folders (``html/ID.html.gz``, ``ground-truth/ID.json``).

The page's body, title and date come from the reader alone (no NLP stage touches them), so this reads
the pages with ``read_html`` only: the same fields ``newsgraph read`` writes, in a fraction of the time.
Scoring is left to the project's scorer (``../shared/eval/score_extraction.py``), which the benchmark
and the regression test import rather than copy, so the numbers are the scorer's own.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import ReadError
from newsgraph.read.html import read_html
from newsgraph.reading import span
from newsgraph.records import Article


def half(page_id: str) -> int:
    """Split pages into two fixed halves by a hash of their id: 0 (development) or 1 (check)."""
    return int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) % 2


def pages(folder: Path) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(id, html, url)`` for every page of a WCXB-shaped folder, in id order."""
    for truth in sorted((folder / "ground-truth").glob("*.json")):
        page_id = truth.stem
        url = json.loads(truth.read_text(encoding="utf-8")).get("url")
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        yield page_id, raw.decode("utf-8", "replace"), url


def fields(article: Article) -> dict[str, Any]:
    """The reading fields the extraction scorer reads (``text``, ``paragraphs``, ``headline``, ``published``)."""
    return {
        "id": article.id, "text": article.text, "paragraphs": [span(p) for p in article.paragraphs],
        "headline": span(article.headline), "published": article.published.isoformat() if article.published else None,
        "skipped": [{"stage": s.stage, "reason": s.reason} for s in article.skipped],
    }


def read_pages(folder: Path, *, only: int | None = None) -> dict[str, dict[str, Any]]:
    """Read every page (or one half of them) with ``read_html``; a page that cannot be read maps to ``{}``."""
    out: dict[str, dict[str, Any]] = {}
    for page_id, html, url in pages(folder):
        if only is not None and half(page_id) != only:
            continue
        try:
            out[page_id] = fields(read_html(html, id=page_id, url=url))
        except ReadError:
            out[page_id] = {}
    return out
