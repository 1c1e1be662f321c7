"""`newsgraph watch` and the options `newsgraph ingest` takes for URLs: politeness, limits, archive."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from newsgraph.nlp.doc import DEFAULT_MODEL

if TYPE_CHECKING:
    from newsgraph.crawl.options import CrawlOptions
    from newsgraph.ingest.run import IngestSummary

URLS = typer.Option(None, "--urls", help="A file of URLs to read too, one a line (# starts a comment).")
MIN_DELAY = typer.Option(1.0, "--min-delay", min=0.0,
                         help="Seconds between two requests to one host (robots.txt Crawl-delay may ask for more).")
CONTACT = typer.Option(None, "--contact", help="An e-mail address or URL added to the User-Agent for site owners.")
TIMEOUT = typer.Option(30.0, "--timeout", min=0.01, help="Read timeout in seconds (connecting: --connect-timeout).")
CONNECT_TIMEOUT = typer.Option(10.0, "--connect-timeout", min=0.01, help="Connect timeout in seconds.")
RETRIES = typer.Option(3, "--retries", min=0, help="Further attempts at a request answered 429 or 5xx.")
MAX_PAGES = typer.Option(0, "--max-pages", min=0,
                         help="Article pages requested per run (0: no limit); the rest wait for the next run.")
WARC = typer.Option(None, "--warc", help="Folder for the WARC archives (default: <db name>-warc/ beside the db).")


def crawl_options(*, min_delay: float, contact: str | None, timeout: float, connect_timeout: float, retries: int,
                  max_pages: int, warc: Path | None) -> CrawlOptions:
    """The CrawlOptions the command-line options ask for."""
    from newsgraph.crawl.options import CrawlOptions

    return CrawlOptions(min_delay=min_delay, contact=contact, read_timeout=timeout, connect_timeout=connect_timeout,
                        retries=retries, max_pages=max_pages, warc_dir=warc)


def with_url_file(items: list[str], urls: Path | None) -> list[str]:
    """``items`` and the URLs of the ``--urls`` file."""
    if urls is None:
        return list(items)
    from newsgraph.crawl.run import read_url_file
    from newsgraph.errors import NewsgraphError

    try:
        return [*items, *read_url_file(urls)]
    except NewsgraphError as err:
        raise typer.BadParameter(str(err), param_hint="--urls") from None


def crawl_line(summary: IngestSummary) -> str | None:
    """One line on what fetching did, when URLs were read."""
    c = summary.crawl
    if c is None:
        return None
    archive = f"; responses archived in {summary.archive}" if summary.archive else ""
    return (f"fetched: {c.requests} requests, {c.pages} new pages, {c.not_modified} not modified, "
            f"{c.unchanged} unchanged, {c.links} links queued, {c.disallowed} disallowed by robots.txt, "
            f"{c.failed} failed, {c.deferred} left for the next run{archive}.")


def watch_cmd(
    sources: list[str] = typer.Argument(None, help="Feed, sitemap and page URLs (http or https)."),
    db: Path = typer.Option(Path("newsgraph.duckdb"), "--db", help="The newsgraph DuckDB file (created if missing)."),
    every: str = typer.Option("15m", "--every", help="Time between runs: 90, 30s, 15m, 1h, 1d."),
    once: bool = typer.Option(False, "--once", help="Run once and exit (for cron)."),
    urls: Path | None = URLS, min_delay: float = MIN_DELAY, contact: str | None = CONTACT, timeout: float = TIMEOUT,
    connect_timeout: float = CONNECT_TIMEOUT, retries: int = RETRIES, max_pages: int = MAX_PAGES,
    warc: Path | None = WARC,
    workers: int = typer.Option(1, "--workers", "-w", min=0, help="Worker processes (0: one per CPU core)."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy English pipeline to use."),
    chunk_size: int = typer.Option(64, "--chunk-size", min=1, help="Articles per worker task."),
) -> None:
    """Keep a knowledge base up to date with feeds, sitemaps and pages: fetch only what is new, every run.

    $ newsgraph watch --urls feeds.txt --db news.duckdb --every 15m --contact desk@example.org

    $ newsgraph watch https://example.org/rss.xml https://example.org/news-sitemap.xml --db news.duckdb --once
    """
    from newsgraph.crawl.options import parse_duration
    from newsgraph.crawl.run import watch
    from newsgraph.errors import NewsgraphError
    from newsgraph.ingest.run import IngestOptions

    listed = with_url_file(list(sources or []), urls)
    if not listed:
        raise typer.BadParameter("give feed, sitemap or page URLs, or --urls FILE.", param_hint="SOURCES")
    try:
        seconds = parse_duration(every)
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--every") from None
    polite = crawl_options(min_delay=min_delay, contact=contact, timeout=timeout, connect_timeout=connect_timeout,
                           retries=retries, max_pages=max_pages, warc=warc)
    failed: list[int] = []
    try:
        watch(listed, db, every=seconds, once=once, crawl=polite, report=lambda s: failed.append(_report(s)),
              options=IngestOptions(model=model, workers=workers, chunk_size=chunk_size))
    except NewsgraphError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("stopped; the next run resumes where this one was.", err=True)
        raise typer.Exit(130) from None
    raise typer.Exit(1 if failed and failed[-1] else 0)


def _report(summary: Any) -> int:
    from datetime import datetime

    t = summary.totals
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S%z")
    typer.echo(f"{stamp} {summary.added} articles added, {summary.skipped} already there, {summary.failed} failed; "
               f"{t['articles']} articles, {t['failures']} failures in all.")
    line = crawl_line(summary)
    if line:
        typer.echo(line)
    return int(summary.failed)


def register(app: typer.Typer) -> None:
    """Add ``watch`` to ``app``."""
    app.command("watch")(watch_cmd)
