"""Fixtures of the crawl tests: the fault-injecting server on 127.0.0.1, fast options, our fixture pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_server import FaultServer

from newsgraph.crawl.options import CrawlOptions

PAGES = Path(__file__).resolve().parents[1] / "data" / "crawl"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A fresh fault-injecting server on 127.0.0.1 (routes are set by each test)."""
    running = FaultServer().start()
    yield running
    running.stop()


@pytest.fixture
def fast(tmp_path: Path) -> CrawlOptions:
    """Crawl options with small delays and timeouts, so tests are quick (the defaults are 1 s, 10 s, 30 s)."""
    return CrawlOptions(min_delay=0.01, connect_timeout=2.0, read_timeout=0.5, total_timeout=5.0, backoff=0.01,
                        max_backoff=0.05, max_wait=3.0, warc_dir=tmp_path / "warc")


@pytest.fixture(scope="session")
def pages() -> dict[str, bytes]:
    """Our six invented article pages (tests/data/crawl), by name."""
    return {p.stem: p.read_bytes() for p in sorted(PAGES.glob("*.html"))}
