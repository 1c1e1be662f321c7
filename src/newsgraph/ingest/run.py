"""``newsgraph ingest``: read many articles in parallel into the DuckDB knowledge base.

Design (docs/store.md):
  * the main process reads inputs (``read.sources.iter_articles``), skips articles already stored
    (same id and same content hash: re-ingesting adds nothing), and sends chunks of articles to
    worker processes (spawn; one model per worker, loaded once; ``Pipeline.pipe`` batching);
  * workers send rows back; the main process writes each chunk in ONE transaction holding the
    record rows and the ``articles`` rows that mark the chunk done, so a kill -9 at any moment
    leaves whole chunks only, and the same command run again finishes the job;
  * derived tables (duplicates, corpus actors) are recomputed at the end from the stored rows, as
    functions of the set of articles, so a resumed run ends with the same database as a clean one.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import Errors
from newsgraph.ingest import worker
from newsgraph.ingest.inputs import expand, files
from newsgraph.nlp.doc import DEFAULT_MODEL
from newsgraph.read.sources import Failure, iter_articles
from newsgraph.records import Article
from newsgraph.store.duckdb import Database
from newsgraph.store.query import stats
from newsgraph.store.rows import Row, content_hash, failure_row

Progress = Callable[[int, int], None]  # (inputs done so far: added, skipped or failed; failures so far)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to ingest: model, processes and batching."""

    model: str = DEFAULT_MODEL
    workers: int = 0  # 0: one per CPU core
    batch_size: int = 32  # articles per nlp.pipe batch in a worker
    chunk_size: int = 64  # articles sent to a worker at once (two nlp.pipe batches; one transaction)
    chunk_chars: int = 200_000  # ... and at most this many characters, so worker memory stays flat
    in_process: bool = False  # read in this process (no workers): for debugging and tests


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did, and the database totals after it."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    totals: dict[str, Any] = field(default_factory=dict)
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # worker pid -> peak RSS


def _failure(f: Failure) -> Row:
    return failure_row(f.name, f.reason, stage="read", pipeline_version=worker.FAILURE_VERSION)


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


def _chunks(items: Iterable[Article | Failure], size: int, chars: int) -> Iterator[tuple[list[Article], list[Row]]]:
    """Group inputs into chunks of at most ``size`` articles and about ``chars`` characters."""
    articles: list[Article] = []
    failures: list[Row] = []
    total = 0
    for item in items:
        if isinstance(item, Failure):
            failures.append(_failure(item))
        else:
            if articles and total + len(item.text) > chars:
                yield articles, failures
                articles, failures, total = [], [], 0
            articles.append(item)
            total += len(item.text)
        if len(articles) >= size or len(failures) >= size:
            yield articles, failures
            articles, failures, total = [], [], 0
    if articles or failures:
        yield articles, failures


def _split_last(chunks: Iterable[tuple[list[Article], list[Row]]], parts: int
                ) -> Iterator[tuple[list[Article], list[Row]]]:
    """Yield ``chunks`` one behind, cutting the last into ``parts`` so no worker idles while one ends the run."""
    last: tuple[list[Article], list[Row]] | None = None
    for chunk in chunks:
        if last is not None:
            yield last
        last = chunk
    if last is None:
        return
    articles, failures = last
    step = max(1, -(-len(articles) // max(1, parts)))
    pieces = [articles[i:i + step] for i in range(0, len(articles), step)] or [[]]
    yield pieces[0], failures
    for piece in pieces[1:]:
        yield piece, []


class _InProcess(Executor):
    """An Executor that runs calls right away in this process (``in_process=True``)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as err:  # noqa: BLE001
            future.set_exception(err)
        return future


def _executor(opts: IngestOptions, workers: int) -> Executor:
    if opts.in_process:
        worker.init(opts.model, opts.batch_size)
        return _InProcess()
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=worker.init,
                               initargs=(opts.model, opts.batch_size, os.getpid()))


_HEAVY = (".html", ".htm", ".warc", ".warc.gz")  # formats whose reading costs as much as a parse


def _read_inputs(paths: Iterable[Path], ex: Executor, lookahead: int) -> Iterator[Article | Failure]:
    """Read files: light formats here, HTML and WARC in the workers (up to ``lookahead`` files ahead)."""
    pending: deque[Future[list[Article | Failure]]] = deque()
    for path in paths:
        if path.name.lower().endswith(_HEAVY):
            pending.append(ex.submit(worker.read_file, str(path)))
            while len(pending) > lookahead:
                yield from pending.popleft().result()
        else:
            yield from iter_articles([path])
    while pending:
        yield from pending.popleft().result()


def _db_files(db_path: str | Path) -> list[Path]:
    """The database's own files, never read as input when it sits in an input folder."""
    db = Path(db_path)
    return [db, db.with_name(db.name + ".wal"), db.with_name(db.name + ".tmp")]


class _Writer:
    """The main process's side of a run: writes chunks and failures, counts, reports progress."""

    def __init__(self, db: Database, progress: Progress | None) -> None:
        self.db = db
        self.progress = progress
        self.summary = IngestSummary()

    def fail(self, rows: list[Row]) -> None:
        if rows:  # failures are idempotent rows: written at once, in their own transaction
            self.db.write_batch({}, rows)
            self.summary.failed += len(rows)

    def write(self, done: Iterable[Future[worker.ChunkResult]]) -> None:
        s = self.summary
        for fut in done:
            result = fut.result()
            self.db.write_batch(result.tables, result.failures)  # the chunk's rows, and that it is done
            s.added += result.articles
            s.failed += len(result.failures)
            s.peak_rss_kb[result.pid] = max(s.peak_rss_kb.get(result.pid, 0), result.peak_rss_kb)

    def tick(self) -> None:
        if self.progress is not None:
            s = self.summary
            self.progress(s.added + s.skipped + s.failed, s.failed)


def ingest(paths: Iterable[str | Path], db_path: str | Path, *, options: IngestOptions | None = None,
           progress: Progress | None = None) -> IngestSummary:
    """Ingest every article under ``paths`` into the database at ``db_path``.

    Args:
        paths: Files (.txt, .html, .jsonl(.gz), .warc(.gz)), folders (read recursively) or globs.
        db_path: The DuckDB file (created if missing).
        options: Model, workers and batching.
        progress: Called after each chunk with (inputs done: added, skipped or failed; failures).

    Returns:
        What this run added, skipped and failed, and the database totals.
    """
    opts = options or IngestOptions()
    workers = opts.workers or os.cpu_count() or 1
    found, missing = expand(paths)
    with Database(db_path) as db:
        out, dedup = _Writer(db, progress), _Dedup(db)
        out.fail([_failure(Failure(m, Errors.E107.format(path=m))) for m in missing])
        in_flight: set[Future[worker.ChunkResult]] = set()
        with _executor(opts, workers) as ex:
            inputs = _read_inputs(files(found, exclude=_db_files(db_path)), ex, workers)
            for articles, failures in _split_last(_chunks(inputs, opts.chunk_size, opts.chunk_chars), workers):
                keep, skipped, reused = dedup.filter(articles)
                out.summary.skipped += skipped
                out.fail(failures + reused)
                if keep:
                    in_flight.add(ex.submit(worker.process_chunk, keep))
                while len(in_flight) >= 2 * workers:  # bounded: the input is never read far ahead
                    done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    out.write(done)
                out.tick()
            out.write(wait(in_flight).done)
            out.tick()
        if db.derived_stale():  # also after a run killed between its last chunk and this step
            db.refresh_derived()
        out.summary.totals = stats(db.cursor())
    return out.summary
