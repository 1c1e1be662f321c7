"""``newsgraph ingest``: read many articles in parallel into the DuckDB knowledge base.

Design (docs/store.md):
  * the main process reads inputs (``read.sources.iter_articles``), skips articles already stored
    (same id and same content hash: re-ingesting adds nothing), and sends chunks of articles to
    worker processes (spawn; one model per worker, loaded once; ``Pipeline.pipe`` batching);
  * workers send rows back; the main process writes each chunk in ONE transaction holding the
    record rows and the ``articles`` rows that mark the chunk done, so a kill -9 at any moment
    leaves whole chunks only, and the same command run again finishes the job;
  * nothing one article does stops the run: a stage that raises leaves an incomplete reading (stored,
    and listed in ``failures`` with its stage), an article over the time limit is a failure, and a
    worker that stops answering (stuck in C code) or dies is replaced (``ingest.pool``): the article
    it was reading is recorded as failed and the rest of its chunk is read again;
  * derived tables (duplicates, corpus actors) are recomputed at the end from the stored rows, as
    functions of the set of articles, so a resumed run ends with the same database as a clean one.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.crawl.options import CrawlOptions
from newsgraph.errors import Errors, ModelError
from newsgraph.ingest import worker
from newsgraph.ingest.inputs import expand, files
from newsgraph.ingest.pool import SupervisedPool, WorkerLost
from newsgraph.ingest.tracked import Tracked
from newsgraph.nlp.doc import DEFAULT_MODEL
from newsgraph.read.failure import label
from newsgraph.read.sources import Failure, iter_articles
from newsgraph.records import Article
from newsgraph.store.duckdb import Database
from newsgraph.store.query import stats
from newsgraph.store.rows import Row, content_hash, failure_row

if TYPE_CHECKING:
    from newsgraph.crawl.crawler import CrawlStats
    from newsgraph.crawl.robots import RobotsBook

Progress = Callable[[int, int], None]  # (inputs done so far: added, skipped or failed; failures so far)
Upserts = Mapping[str, Sequence[Row]]
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to ingest: model, processes and batching."""

    model: str = DEFAULT_MODEL
    workers: int = 0  # 0: one per CPU core
    batch_size: int = 32  # articles per nlp.pipe batch in a worker
    chunk_size: int = 64  # articles sent to a worker at once (two nlp.pipe batches; one transaction)
    chunk_chars: int = 200_000  # ... and at most this many characters, so worker memory stays flat
    in_process: bool = False  # read in this process (no workers): for debugging and tests
    time_limit: float | None = 60.0  # seconds one article may take; None: no limit

    @property
    def stall(self) -> float | None:
        """Seconds a worker may go without reading an article before it is killed and replaced."""
        return None if not self.time_limit else 3 * self.time_limit + 30


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did, and the database totals after it."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    incomplete: int = 0  # of ``added``: stored readings that a failed stage left incomplete
    replaced_workers: int = 0
    totals: dict[str, Any] = field(default_factory=dict)
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # worker pid -> peak RSS
    crawl: CrawlStats | None = None  # what fetching URLs did, when URLs were given
    archive: Path | None = None  # the WARC file those responses went to


def _failure(f: Failure, stage: str | None = None) -> Row:
    return failure_row(f.name, f.reason, stage=stage or f.stage, error=f.error, pipeline_version=worker.FAILURE_VERSION)


class _Dedup:
    """Skip articles already stored or already seen in this run; flag reused ids."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.seen: dict[str, str] = {}

    def filter(self, articles: Sequence[Article]) -> tuple[list[Article], int, list[Row]]:
        stored = self.db.stored(a.id for a in articles)
        keep: list[Article] = []
        skipped = 0
        failures: list[Row] = []
        for article in articles:
            digest = content_hash(article.text)
            known = stored.get(article.id) or self.seen.get(article.id)
            if known is None:
                self.seen[article.id] = digest
                keep.append(article)
            elif known == digest:
                skipped += 1
            else:
                name = article.path or article.id
                failures.append(_failure(Failure(name, Errors.E105.format(name=name, id=article.id))))
        return keep, skipped, failures


@dataclass(slots=True)
class _Chunk:
    """Articles sent to a worker together, the failures and crawl state met on the way."""

    articles: list[Article] = field(default_factory=list)
    failures: list[Row] = field(default_factory=list)
    now: list[Upserts] = field(default_factory=list)  # crawl state to write at once (with the failures)
    later: dict[str, list[Upserts]] = field(default_factory=dict)  # article id -> state written with it
    chars: int = 0

    def __bool__(self) -> bool:
        return bool(self.articles or self.failures or self.now)


def _add(chunk: _Chunk, item: Article | Failure | Tracked, chars: int) -> bool:
    """Put ``item`` in ``chunk``; False when the chunk is too full (in characters) to take its article."""
    upserts: Upserts | None = None
    inner: Article | Failure | None = item if not isinstance(item, Tracked) else item.item
    if isinstance(item, Tracked):
        upserts = item.upserts
    if isinstance(inner, Article):
        if chunk.articles and chunk.chars + len(inner.text) > chars:
            return False
        chunk.articles.append(inner)
        chunk.chars += len(inner.text)
        if upserts:
            chunk.later.setdefault(inner.id, []).append(upserts)
        return True
    if isinstance(inner, Failure):
        chunk.failures.append(_failure(inner, item.stage if isinstance(item, Tracked) else None))
    if upserts:
        chunk.now.append(upserts)
    return True


def _chunks(items: Iterable[object], size: int, chars: int) -> Iterator[_Chunk]:
    """Group inputs into chunks of at most ``size`` articles and about ``chars`` characters.

    A ``FLUSH`` item ends the chunk being filled (a crawler about to wait sends what it has).
    """
    chunk = _Chunk()
    for item in items:
        if isinstance(item, Article | Failure | Tracked):
            if not _add(chunk, item, chars):
                yield chunk
                chunk = _Chunk()
                _add(chunk, item, chars)
            if max(len(chunk.articles), len(chunk.failures), len(chunk.now)) < size:
                continue
        if chunk:  # full, or FLUSH
            yield chunk
            chunk = _Chunk()
    if chunk:
        yield chunk


def _split_last(chunks: Iterable[_Chunk], parts: int) -> Iterator[_Chunk]:
    """Yield ``chunks`` one behind, cutting the last into ``parts`` so no worker idles while one ends the run."""
    last: _Chunk | None = None
    for chunk in chunks:
        if last is not None:
            yield last
        last = chunk
    if last is None:
        return
    step = max(1, -(-len(last.articles) // max(1, parts)))
    pieces = [last.articles[i:i + step] for i in range(0, len(last.articles), step)] or [[]]
    for n, piece in enumerate(pieces):
        ids = {a.id for a in piece}
        yield _Chunk(piece, last.failures if n == 0 else [], last.now if n == 0 else [],
                     {k: v for k, v in last.later.items() if k in ids})


class _InProcess(Executor):
    """An Executor that runs calls right away in this process (``in_process=True``)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as err:  # noqa: BLE001
            future.set_exception(err)
        return future


def open_executor(opts: IngestOptions) -> Executor:
    """Start the workers (each loads the model once), or an in-process stand-in with ``in_process``."""
    workers = opts.workers or os.cpu_count() or 1
    if opts.in_process:
        worker.init(opts.model, opts.batch_size, time_limit=opts.time_limit)
        return _InProcess()
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    return SupervisedPool(workers, initializer=worker.init, stall=opts.stall, mp_context=ctx,
                          initargs=(opts.model, opts.batch_size, os.getpid(), opts.time_limit))


_HEAVY = (".html", ".htm", ".warc", ".warc.gz")  # formats whose reading costs as much as a parse


def _read_inputs(paths: Iterable[Path], ex: Executor, lookahead: int) -> Iterator[Article | Failure]:
    """Read files: light formats here, HTML and WARC in the workers (up to ``lookahead`` files ahead)."""
    pending: deque[tuple[Path, Future[list[Article | Failure]]]] = deque()
    for path in paths:
        if path.name.lower().endswith(_HEAVY):
            pending.append((path, ex.submit(worker.read_file, str(path))))
            while len(pending) > lookahead:
                yield from _read_result(*pending.popleft())
        else:
            yield from iter_articles([path])
    while pending:
        yield from _read_result(*pending.popleft())


def _read_result(path: Path, future: Future[list[Article | Failure]]) -> list[Article | Failure]:
    """The articles a worker read from ``path``, or one Failure when it hung or died reading it."""
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001  (WorkerLost, or a reader's bug: recorded, the run goes on)
        error = "TimeLimitExceeded" if isinstance(err, WorkerLost) and err.hung else type(err).__name__
        reason = Errors.E110.format(name=path, detail=err)
        return [Failure(str(path), reason, stage="read", error=error)]


def _db_files(db_path: str | Path) -> list[Path]:
    """The database's own files, never read as input when it sits in an input folder."""
    db = Path(db_path)
    return [db, db.with_name(db.name + ".wal"), db.with_name(db.name + ".tmp")]


def _merge(upserts: Iterable[Upserts]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for mapping in upserts:
        for table, rows in mapping.items():
            out.setdefault(table, []).extend(rows)
    return out


class _Writer:
    """The main process's side of a run: sends chunks to the workers, writes what comes back, counts."""

    def __init__(self, db: Database, ex: Executor, workers: int, progress: Progress | None) -> None:
        self.db, self.ex, self.workers = db, ex, workers
        self.progress = progress
        self.dedup = _Dedup(db)
        self.summary = IngestSummary()
        # each chunk in a worker: its articles (read again if the worker is lost) and its crawl state
        self.in_flight: dict[Future[worker.ChunkResult], tuple[list[Article], dict[str, list[Row]]]] = {}

    def fail(self, rows: list[Row], upserts: dict[str, list[Row]] | None = None) -> None:
        if rows or upserts:  # failures are idempotent rows: written at once, in their own transaction
            self.db.write_batch({}, rows, upserts=upserts)
            self.summary.failed += len(rows)

    def submit(self, chunk: _Chunk) -> None:
        """Send a chunk's new articles to a worker; write its failures and crawl state of anything else."""
        keep, skipped, reused = self.dedup.filter(chunk.articles)
        self.summary.skipped += skipped
        kept = {a.id for a in keep}
        self.fail(chunk.failures + reused,
                  _merge([*chunk.now, *(u for k, us in chunk.later.items() if k not in kept for u in us)]))
        if keep:
            self.send(keep, _merge(u for k in kept for u in chunk.later.get(k, ())))
        self.drain(2 * self.workers - 1)  # bounded: the input is never read far ahead
        self.tick()

    def send(self, articles: list[Article], upserts: dict[str, list[Row]]) -> None:
        self.in_flight[self.ex.submit(worker.process_chunk, articles)] = (articles, upserts)

    def drain(self, limit: int) -> None:
        while len(self.in_flight) > limit:
            done, _ = wait(self.in_flight, return_when=FIRST_COMPLETED)
            for fut in done:
                articles, upserts = self.in_flight.pop(fut)
                self.write(fut, articles, upserts)
            self.tick()

    def finish(self) -> None:
        """Wait for the chunks still in the workers (and any read again) and write them."""
        self.drain(0)
        self.summary.replaced_workers = getattr(self.ex, "replaced", 0)

    def write(self, fut: Future[worker.ChunkResult], articles: list[Article], upserts: dict[str, list[Row]]) -> None:
        """Write a finished chunk; a chunk whose worker was lost, or that raised, is read again in pieces."""
        s = self.summary
        try:
            result = fut.result()
            # the chunk's rows, that it is done, and the crawl state that led to it: one transaction
            self.db.write_batch(result.tables, result.failures, upserts=upserts)
        except ModelError:
            raise  # no article can be read: the run stops, saying how to install the model
        except WorkerLost as lost:  # hung (killed) or died: what it had read is read again, the rest one by one
            if len(articles) == 1:
                self.fail([_lost(articles[0], lost, "TimeLimitExceeded" if lost.hung else "WorkerLost")], upserts)
                return
            self.again(([articles[:lost.done]] if lost.done else []) + [[a] for a in articles[lost.done:]], upserts)
            return
        except Exception as err:  # noqa: BLE001  (a bug on one article of the chunk: find it, record it)
            if len(articles) == 1:
                self.fail([_lost(articles[0], err, type(err).__name__)], upserts)
                return
            self.again([[a] for a in articles], upserts)
            return
        s.added += result.articles
        s.incomplete += result.incomplete
        s.failed += sum(1 for row in result.failures if row["article_id"] is None)
        s.peak_rss_kb[result.pid] = max(s.peak_rss_kb.get(result.pid, 0), result.peak_rss_kb)

    def again(self, pieces: list[list[Article]], upserts: dict[str, list[Row]]) -> None:
        """Send ``pieces`` of a lost chunk again; the chunk's crawl state goes with the first piece."""
        for n, piece in enumerate(pieces):
            self.send(piece, upserts if n == 0 else {})

    def tick(self) -> None:
        if self.progress is not None:
            s = self.summary
            self.progress(s.added + s.skipped + s.failed, s.failed)


def _lost(article: Article, err: Exception, error: str) -> Row:
    """The failure row of an article whose worker hung or died, or whose chunk raised ``err``."""
    name = label(article)
    return failure_row(name, Errors.E110.format(name=name, detail=" ".join(str(err).split()) or error),
                       stage="ingest", error=error, pipeline_version=worker.FAILURE_VERSION)


def is_url(location: str | Path) -> bool:
    """Say whether an input names a URL (``scheme://...``) rather than a file, folder or glob."""
    return isinstance(location, str) and bool(_URL.match(location.strip()))


def ingest(paths: Iterable[str | Path], db_path: str | Path, *, options: IngestOptions | None = None,
           progress: Progress | None = None, crawl: CrawlOptions | None = None) -> IngestSummary:
    """Ingest every article under ``paths`` into the database at ``db_path``.

    Args:
        paths: Files (.txt, .html, .jsonl(.gz), .warc(.gz)), folders (read recursively), globs, and http(s)
            URLs of article pages, RSS/Atom feeds, sitemaps or sitemap indexes (docs/crawl.md).
        db_path: The DuckDB file (created if missing).
        options: Model, workers and batching.
        progress: Called after each chunk with (inputs done: added, skipped or failed; failures).
        crawl: Politeness and limits for URLs.

    Returns:
        What this run added, skipped and failed, and the database totals.
    """
    opts = options or IngestOptions()
    locations = list(paths)
    with open_executor(opts) as ex:
        return ingest_with(ex, locations, db_path, options=opts, progress=progress, crawl=crawl)


def ingest_with(ex: Executor, paths: Sequence[str | Path], db_path: str | Path, *, options: IngestOptions,
                progress: Progress | None = None, crawl: CrawlOptions | None = None,
                robots: RobotsBook | None = None) -> IngestSummary:
    """:func:`ingest` with workers already started (``watch`` keeps them, and its robots.txt book, across runs)."""
    workers = options.workers or os.cpu_count() or 1
    urls = [str(p).strip() for p in paths if is_url(p)]
    found, missing = expand([p for p in paths if not is_url(p)])
    with Database(db_path) as db:
        out = _Writer(db, ex, workers, progress)
        out.fail([_failure(Failure(m, Errors.E107.format(path=m))) for m in missing])
        inputs = _read_inputs(files(found, exclude=_db_files(db_path)), ex, workers)
        for chunk in _split_last(_chunks(inputs, options.chunk_size, options.chunk_chars), workers):
            out.submit(chunk)
        out.finish()
        if urls:
            from newsgraph.crawl.run import crawling

            with crawling(db, urls, crawl or CrawlOptions(), robots=robots) as crawler:
                for chunk in _chunks(crawler.run(), options.chunk_size, options.chunk_chars):
                    out.submit(chunk)
                out.finish()
            out.summary.crawl = crawler.stats
            out.summary.archive = crawler.tools.archive.path
        if db.derived_stale():  # also after a run killed between its last chunk and this step
            db.refresh_derived()
        out.summary.totals = stats(db.cursor())
    return out.summary
