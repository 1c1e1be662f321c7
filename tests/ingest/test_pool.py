"""Issue 11: the ingest's worker pool replaces a worker that hangs or dies; the others go on."""

from __future__ import annotations

import multiprocessing

import pytest
from ingest_helpers import pool_die, pool_hang, pool_init, pool_square

from newsgraph.ingest.pool import SupervisedPool, WorkerLost

pytestmark = pytest.mark.issue11


def _pool(workers: int, stall: float | None) -> SupervisedPool:
    return SupervisedPool(workers, initializer=pool_init, initargs=(), stall=stall,
                          mp_context=multiprocessing.get_context("spawn"))


def test_issue11_a_worker_that_stops_answering_is_killed_and_replaced() -> None:
    with _pool(2, stall=1.0) as pool:
        hung = pool.submit(pool_hang, 60)
        quick = [pool.submit(pool_square, n) for n in range(5)]
        with pytest.raises(WorkerLost) as lost:
            hung.result(timeout=60)
        assert lost.value.hung and lost.value.done == 1 and "sent nothing for 1 s" in str(lost.value)
        assert [f.result(timeout=60) for f in quick] == [0, 1, 4, 9, 16]
        assert pool.submit(pool_square, 7).result(timeout=60) == 49  # the replacement works
        assert pool.replaced == 1


def test_issue11_a_worker_that_dies_is_replaced() -> None:
    with _pool(1, stall=None) as pool:
        with pytest.raises(WorkerLost) as lost:
            pool.submit(pool_die, 3).result(timeout=60)
        assert not lost.value.hung and "died (exit code 3)" in str(lost.value)
        assert pool.submit(pool_square, 3).result(timeout=60) == 9


def test_issue11_errors_in_a_task_reach_its_future() -> None:
    with _pool(1, stall=None) as pool, pytest.raises(TypeError):
        pool.submit(pool_square, "x").result(timeout=60)


def test_issue11_ingest_reads_a_lost_chunk_again_and_records_the_article_that_hung(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import Future

    from newsgraph.ingest.run import _Writer
    from newsgraph.read.text import read_text
    from newsgraph.store.duckdb import Database

    class Recorder:  # stands in for the pool: keeps what is sent again
        def __init__(self) -> None:
            self.sent: list[list[object]] = []

        def submit(self, fn, articles):  # type: ignore[no-untyped-def]
            self.sent.append(articles)
            return Future()

    articles = [read_text(f"Headline {n}\nBody {n}.\n", id=f"a{n}", path="in.jsonl") for n in range(5)]
    ex = Recorder()
    with Database(tmp_path / "kb.duckdb") as db:
        out = _Writer(db, ex, 1, None)  # type: ignore[arg-type]
        lost: Future[object] = Future()
        lost.set_exception(WorkerLost("the worker sent nothing for 190 s", done=2, hung=True))
        out.write(lost, articles, {})  # type: ignore[arg-type]
        assert ex.sent == [articles[:2], [articles[2]], [articles[3]], [articles[4]]]
        single: Future[object] = Future()
        single.set_exception(WorkerLost("the worker sent nothing for 190 s", done=0, hung=True))
        out.write(single, [articles[2]], {})  # type: ignore[arg-type]
        assert len(ex.sent) == 4  # one article alone: recorded, not sent again
        rows = db.cursor().execute("SELECT name, stage, error, reason FROM failures").fetchall()
    assert rows == [("in.jsonl#a2", "ingest", "TimeLimitExceeded",
                     "in.jsonl#a2: the worker sent nothing for 190 s (the ingest went on without it).")]
    assert out.summary.failed == 1
