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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import Errors, ModelError
from newsgraph.ingest import worker
from newsgraph.ingest.inputs import expand, files
from newsgraph.ingest.pool import SupervisedPool, WorkerLost
from newsgraph.nlp.doc import DEFAULT_MODEL
from newsgraph.read.failure import label
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


def _failure(f: Failure) -> Row:
    return failure_row(f.name, f.reason, stage=f.stage, error=f.error, pipeline_version=worker.FAILURE_VERSION)


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

    def write(self, done: Iterable[Future[worker.ChunkResult]], in_flight: dict[Future[Any], list[Article]]
              ) -> list[list[Article]]:
        """Write the finished chunks; return the chunks to read again, split where a worker was lost."""
        again: list[list[Article]] = []
        for fut in done:
            again += self._write(fut, in_flight.pop(fut))
        return again

    def _write(self, fut: Future[worker.ChunkResult], articles: list[Article]) -> list[list[Article]]:
        s = self.summary
        try:
            result = fut.result()
            self.db.write_batch(result.tables, result.failures)  # the chunk's rows, and that it is done
        except ModelError:
            raise  # no article can be read: the run stops, saying how to install the model
        except WorkerLost as lost:  # hung (killed) or died: what it had read is read again, the rest one by one
            if len(articles) == 1:
                self.fail([_lost(articles[0], lost, "TimeLimitExceeded" if lost.hung else "WorkerLost")])
                return []
            return ([articles[:lost.done]] if lost.done else []) + [[a] for a in articles[lost.done:]]
        except Exception as err:  # noqa: BLE001  (a bug on one article of the chunk: find it, record it)
            if len(articles) == 1:
                self.fail([_lost(articles[0], err, type(err).__name__)])
                return []
            return [[a] for a in articles]
        s.added += result.articles
        s.incomplete += result.incomplete
        s.failed += sum(1 for row in result.failures if row["article_id"] is None)
        s.peak_rss_kb[result.pid] = max(s.peak_rss_kb.get(result.pid, 0), result.peak_rss_kb)
        return []

    def tick(self) -> None:
        if self.progress is not None:
            s = self.summary
            self.progress(s.added + s.skipped + s.failed, s.failed)


def _lost(article: Article, err: Exception, error: str) -> Row:
    """The failure row of an article whose worker hung or died, or whose chunk raised ``err``."""
    name = label(article)
    return failure_row(name, Errors.E110.format(name=name, detail=" ".join(str(err).split()) or error),
                       stage="ingest", error=error, pipeline_version=worker.FAILURE_VERSION)


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
        in_flight: dict[Future[Any], list[Article]] = {}
        with _executor(opts, workers) as ex:

            def drain(limit: int) -> None:
                while len(in_flight) > limit:  # bounded: the input is never read far ahead
                    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    for chunk in out.write(done, in_flight):
                        in_flight[ex.submit(worker.process_chunk, chunk)] = chunk
                    out.tick()

            inputs = _read_inputs(files(found, exclude=_db_files(db_path)), ex, workers)
            for articles, failures in _split_last(_chunks(inputs, opts.chunk_size, opts.chunk_chars), workers):
                keep, skipped, reused = dedup.filter(articles)
                out.summary.skipped += skipped
                out.fail(failures + reused)
                if keep:
                    in_flight[ex.submit(worker.process_chunk, keep)] = keep
                drain(2 * workers - 1)
                out.tick()
            drain(0)
            out.summary.replaced_workers = getattr(ex, "replaced", 0)
        if db.derived_stale():  # also after a run killed between its last chunk and this step
            db.refresh_derived()
        out.summary.totals = stats(db.cursor())
    return out.summary
