"""`newsgraph ingest` (articles into the DuckDB knowledge base) and `newsgraph export`."""

from __future__ import annotations

from pathlib import Path

import typer

from newsgraph.commands import crawl
from newsgraph.commands.read import TIME_LIMIT
from newsgraph.nlp.doc import DEFAULT_MODEL

_DB = typer.Option(Path("newsgraph.duckdb"), "--db", help="The newsgraph DuckDB file (created if missing).")


def ingest_cmd(
    paths: list[str] = typer.Argument(None, help="Files, folders or globs (.txt .html .jsonl(.gz) .warc(.gz)), and "
                                                 "http(s) URLs of article pages, RSS/Atom feeds or sitemaps."),
    db: Path = _DB,
    workers: int = typer.Option(0, "--workers", "-w", min=0, help="Worker processes (0: one per CPU core)."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy English pipeline to use."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    chunk_size: int = typer.Option(64, "--chunk-size", min=1,
                                   help="Articles per worker task (two nlp.pipe batches); lower it to lower "
                                        "each worker's peak memory, at some cost in speed."),
    time_limit: float = TIME_LIMIT,
    urls: Path | None = crawl.URLS, min_delay: float = crawl.MIN_DELAY, contact: str | None = crawl.CONTACT,
    timeout: float = crawl.TIMEOUT, connect_timeout: float = crawl.CONNECT_TIMEOUT, retries: int = crawl.RETRIES,
    max_pages: int = crawl.MAX_PAGES, warc: Path | None = crawl.WARC,
) -> None:
    """Read articles in parallel into the knowledge base (idempotent and resumable): files, and pages, feeds
    and sitemaps on the web.

    $ newsgraph ingest corpus/ crawl.warc.gz --db news.duckdb

    $ newsgraph ingest https://example.org/rss.xml --urls more-feeds.txt --db news.duckdb
    """
    from newsgraph.errors import NewsgraphError
    from newsgraph.ingest.inputs import estimate, expand
    from newsgraph.ingest.progress import progress_bar
    from newsgraph.ingest.run import IngestOptions, ingest, is_url

    items = crawl.with_url_file(list(paths or []), urls)
    found, missing = expand([p for p in items if not is_url(p)])
    if not found and len(missing) == len(items):
        shown = ", ".join(missing) + " not found" if missing else "no PATHS or URLs given"
        raise typer.BadParameter(f"nothing to read: {shown}.", param_hint="PATH")
    opts = IngestOptions(model=model, workers=workers, batch_size=batch_size, chunk_size=chunk_size,
                         time_limit=time_limit or None)
    polite = crawl.crawl_options(min_delay=min_delay, contact=contact, timeout=timeout,
                                 connect_timeout=connect_timeout, retries=retries, max_pages=max_pages, warc=warc)
    try:
        with progress_bar(None if len(found) + len(missing) < len(items) else estimate(found),
                          enabled=not quiet) as bar:
            summary = ingest(items, db, options=opts, progress=bar, crawl=polite)
    except NewsgraphError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    t = summary.totals
    incomplete = f" ({summary.incomplete} incomplete: a stage failed)" if summary.incomplete else ""
    typer.echo(f"{summary.added} articles added{incomplete}, {summary.skipped} already there, {summary.failed} "
               f"failed. {db} now holds {t['articles']} articles (+{t['duplicates']} duplicates), {t['quotes']} "
               f"quotes, {t['events']} events, {t['figures']} figures, {t['failures']} failures.")
    line = crawl.crawl_line(summary)
    if line:
        typer.echo(line)
    raise typer.Exit(1 if summary.failed or summary.incomplete else 0)


def export_cmd(
    db: Path = typer.Option(Path("newsgraph.duckdb"), "--db", help="The newsgraph DuckDB file."),
    parquet: Path | None = typer.Option(None, "--parquet", help="Write one Parquet file per table here."),
    jsonl: Path | None = typer.Option(None, "--jsonl", help="Write one JSONL file per table here."),
    gkg: Path | None = typer.Option(None, "--gkg", help="Write a GDELT-GKG-like TSV file."),
) -> None:
    """Export the knowledge base as Parquet, JSONL or a GKG-like TSV."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.store import export
    from newsgraph.store.duckdb import Database

    if not (parquet or jsonl or gkg):
        raise typer.BadParameter("say what to write: --parquet DIR, --jsonl DIR and/or --gkg FILE.")
    try:
        with Database(db, read_only=True) as opened:
            for path in (export.to_parquet(opened, parquet) if parquet else []) + (
                    export.to_jsonl(opened, jsonl) if jsonl else []):
                typer.echo(f"wrote {path}")
            if gkg:
                typer.echo(f"wrote {gkg} ({export.to_gkg(opened, gkg)} articles)")
    except NewsgraphError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``export`` to ``app``."""
    app.command("ingest")(ingest_cmd)
    app.command("export")(export_cmd)
