"""Running crawls: one run inside an ingest (:func:`crawling`), and many on a schedule (:func:`watch`)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.crawl.archive import Archive, default_folder
from newsgraph.crawl.crawler import Crawler, Tools
from newsgraph.crawl.http import Fetcher
from newsgraph.crawl.options import CrawlOptions
from newsgraph.crawl.robots import RobotsBook
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.store.duckdb import Database

if TYPE_CHECKING:
    from newsgraph.ingest.run import IngestOptions, IngestSummary


@contextlib.contextmanager
def crawling(db: Database, sources: Sequence[str], opts: CrawlOptions, *,
             robots: RobotsBook | None = None) -> Iterator[Crawler]:
    """Open the HTTP client and the run's WARC file; yield the crawler over ``sources``; close them."""
    folder = opts.warc_dir or default_folder(db.path)
    archive = Archive(folder, prefix=db.path.stem, user_agent=opts.user_agent())
    with Fetcher(opts) as fetcher:
        try:
            yield Crawler(db, sources, opts, Tools(fetcher, archive, robots or RobotsBook(ttl=opts.robots_ttl)))
        finally:
            archive.close()


def read_url_file(path: str | Path) -> list[str]:
    """The URLs of a ``--urls`` file: one a line; blank lines and ``#`` comments ignored.

    Raises:
        NewsgraphError: naming the file, when it cannot be read or holds no URL.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise NewsgraphError(Errors.E013.format(name=str(path), detail=err)) from None
    urls = [line.split("#", 1)[0].strip() for line in lines]
    urls = [u for u in urls if u]
    if not urls:
        raise NewsgraphError(Errors.E316.format(path=path))
    return urls


def watch(sources: Sequence[str], db_path: str | Path, *, every: float, once: bool = False,
          options: IngestOptions | None = None, crawl: CrawlOptions | None = None,
          report: Callable[[IngestSummary], None] | None = None, sleep: Callable[[float], None] = time.sleep,
          clock: Callable[[], float] = time.monotonic) -> int:
    """Ingest what is new at ``sources`` now, then again every ``every`` seconds (or once).

    Runs start ``every`` seconds apart (a run that takes longer is followed at once by the next). The
    workers (and their model) and the robots.txt book are kept across runs; the database is closed
    between runs, so ``newsgraph stats`` can read it then. Ctrl-C or a kill stops the watch; what the
    interrupted run committed stays, and the next run resumes the rest.

    Args:
        sources: Feed, sitemap and page URLs.
        db_path: The knowledge base (created if missing).
        every: Seconds between the starts of two runs.
        once: Run once and return (for cron).
        options: Model, workers and batching.
        crawl: Politeness and limits.
        report: Called with each run's summary.
        sleep, clock: For tests.

    Returns:
        The number of runs made.
    """
    from newsgraph.ingest.run import IngestOptions, ingest_with, open_executor

    opts, polite = options or IngestOptions(), crawl or CrawlOptions()
    book = RobotsBook(ttl=polite.robots_ttl, clock=clock)
    runs = 0
    with open_executor(opts) as ex:
        while True:
            started = clock()
            summary = ingest_with(ex, list(sources), db_path, options=opts, crawl=polite, robots=book)
            runs += 1
            if report is not None:
                report(summary)
            if once:
                return runs
            sleep(max(0.0, every - (clock() - started)))
