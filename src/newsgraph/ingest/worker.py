"""The worker side of the ingest: one Pipeline (one spaCy model) per process, loaded once.

:func:`init` runs once in each worker process; :func:`process_chunk` reads a chunk of articles with
``Pipeline.pipe`` batching and returns rows (never Docs), so the main process only writes.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph import __version__
from newsgraph.read.failure import label
from newsgraph.read.sources import Failure
from newsgraph.records import Article, Reading
from newsgraph.store import schema
from newsgraph.store.rows import RECORD_TABLES, Row, failure_row, reading_failure_rows, reading_to_rows

_STATE: dict[str, Any] = {}
# Read once when a worker starts, outside any memory zone, so that stages build their lazy tables
# (matchers, gazetteers) with permanent strings before the first real chunk.
# Long and plain enough to be English without the language model (newsgraph.language), which a worker
# loads only if a real article needs it.
_WARMUP = ("World\nMinisters meet in Paris over grain deal\n"
           "The French Foreign Minister, Anne Martin, said on Monday that about 2,000 people had been "
           "displaced by floods near Lyon. \"We will send aid,\" Ms Martin told reporters. She said that the "
           "ministers, who have met twice this year, would sign the deal, which their governments have backed.\n")
FAILURE_VERSION = f"newsgraph {__version__}"


@dataclass(slots=True)
class ChunkResult:
    """What a worker sends back for one chunk: rows by table (pyarrow Tables), failures, peak memory."""

    tables: dict[str, Any] = field(default_factory=dict)
    failures: list[Row] = field(default_factory=list)
    articles: int = 0
    incomplete: int = 0  # of ``articles``: readings a failed stage left incomplete
    peak_rss_kb: int = 0
    pid: int = 0


def _watch_parent(parent: int) -> None:
    # A worker must not outlive its ingest (kill -9 of the main process): exit when it is gone.
    start_ppid = os.getppid()
    while True:
        time.sleep(0.5)
        try:
            os.kill(parent, 0)
        except OSError:
            os._exit(1)
        if os.getppid() != start_ppid:
            os._exit(1)


def init(model: str, batch_size: int, parent: int | None = None, time_limit: float | None = None) -> None:
    """Load the pipeline for this process (the model loads here, once); ``time_limit``: seconds per article."""
    from newsgraph.pipeline import Pipeline

    if parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    try:
        from newsgraph.read.text import read_text

        pipe = Pipeline(model=model, time_limit=time_limit)
        pipe.nlp  # noqa: B018  (load the model now: a missing model stops the run)
        schema.arrow_schemas()
        _STATE.update(pipe=pipe, batch_size=batch_size, error=None)
    except Exception as err:  # noqa: BLE001  (reported with the first chunk)
        _STATE.update(pipe=None, error=err)
        return
    try:
        pipe.run(read_text(_WARMUP, id="warmup"))
    except Exception:  # noqa: BLE001, S110  (a stage that fails here fails, and is recorded, on real articles)
        pass


def read_file(path: str) -> list[Article | Failure]:
    """Read one file (HTML pages and WARC archives are read here, in parallel, not in the main process)."""
    from newsgraph.read.sources import read_path

    return list(read_path(path))


def _read_all(pipe: Any, articles: Sequence[Article], batch_size: int) -> list[Reading | Failure]:
    """Read a chunk (a reading or a failure per article), telling the parent after each article."""
    from newsgraph.ingest.pool import beat

    out: list[Reading | Failure] = []
    for item in pipe.results(articles, batch_size=batch_size):
        out.append(item)
        beat(len(out))
    return out


def _memory_zone(nlp: Any) -> Any:
    # spaCy >= 3.8: strings interned while reading a chunk are freed after it, so a worker's
    # memory stays flat over millions of articles.
    import contextlib

    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def peak_rss_kb() -> int:
    """This process's peak resident memory in kB, since it started its own program.

    ``/proc/self/status`` VmHWM on Linux: ``ru_maxrss`` also counts the parent's pages when the worker
    was forked before it exec'd, so a large parent would hide the worker's own peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def process_chunk(articles: Sequence[Article]) -> ChunkResult:
    """Read ``articles`` and return their rows, and a failure row per article that gave no reading and
    per stage that failed on a stored (incomplete) reading."""
    if _STATE.get("error") is not None:
        raise _STATE["error"]
    pipe = _STATE["pipe"]
    result = ChunkResult(pid=os.getpid())
    tables: dict[str, list[Row]] = {t: [] for t in RECORD_TABLES}
    with _memory_zone(pipe.nlp):
        readings = _read_all(pipe, articles, _STATE["batch_size"])
    for article, reading in zip(articles, readings, strict=True):
        if isinstance(reading, Failure):
            result.failures.append(failure_row(reading.name, reading.reason, stage=reading.stage,
                                               error=reading.error, pipeline_version=FAILURE_VERSION))
            continue
        for table, rows in reading_to_rows(reading).items():
            tables[table].extend(rows)
        result.articles += 1
        if reading.incomplete:
            result.incomplete += 1
            result.failures.extend(reading_failure_rows(reading, name=label(article)))
    # Rows cross back to the main process as Arrow tables: cheap to send, nothing left to convert.
    result.tables = {t: schema.to_arrow(t, rows) for t, rows in tables.items() if rows}
    result.peak_rss_kb = peak_rss_kb()
    return result
