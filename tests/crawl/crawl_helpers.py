"""Run the crawler without the NLP: write its crawl state as the ingest would, collect what it read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.crawl.crawler import CrawlStats
from newsgraph.crawl.options import CrawlOptions
from newsgraph.crawl.robots import RobotsBook
from newsgraph.ingest.tracked import Tracked
from newsgraph.read.failure import Failure
from newsgraph.records import Article
from newsgraph.store.duckdb import Database
from newsgraph.store.rows import failure_row


@dataclass
class Crawled:
    """What one crawl run gave: articles read, failures, its stats and WARC file."""

    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    stats: CrawlStats | None = None
    archive: Path | None = None


def crawl_once(db_path: Path, sources: list[str], opts: CrawlOptions, *, robots: RobotsBook | None = None,
               **tools: Any) -> Crawled:
    """One crawl run into ``db_path``; articles are collected (not read by the pipeline) and their rows kept."""
    from newsgraph.crawl.run import crawling

    out = Crawled()
    with Database(db_path) as db, crawling(db, sources, opts, robots=robots) as crawler:
        if tools:
            crawler.tools = type(crawler.tools)(**{**_fields(crawler.tools), **tools})
        for item in crawler.run():
            if not isinstance(item, Tracked):
                continue
            failures = []
            if isinstance(item.item, Article):
                out.articles.append(item.item)
            elif isinstance(item.item, Failure):
                out.failures.append(item.item)
                failures.append(failure_row(item.item.name, item.item.reason, stage=item.stage,
                                            pipeline_version="test"))
            db.write_batch({}, failures, upserts={k: list(v) for k, v in item.upserts.items()})
        out.stats = crawler.stats
        out.archive = crawler.tools.archive.path
    return out


def _fields(tools: Any) -> dict[str, Any]:
    return {name: getattr(tools, name) for name in tools.__dataclass_fields__}


def fetch_rows(db_path: Path) -> dict[str, dict[str, Any]]:
    """Every ``fetches`` row, by URL."""
    with Database(db_path, read_only=True) as db:
        cur = db.cursor().execute("SELECT * FROM fetches")
        names = [d[0] for d in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
