"""Resumable ingest: kill -9 a real `newsgraph ingest` process mid-run, run it again, get a clean run's DB."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_helpers import table_rows

from newsgraph.store.duckdb import Database

pytestmark = [pytest.mark.model, pytest.mark.slow]
ARTICLES, JSONL = 40, 20


def _command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", "from newsgraph.cli import app; app()", "ingest", str(folder), "--db", str(db),
            "--workers", "1", "--chunk-size", "2", "--quiet"]


def _count(db: Path) -> int:
    with Database(db, read_only=True) as opened:
        return int(opened.cursor().execute("SELECT count(*) FROM articles").fetchone()[0])


def _kill_mid_run(folder: Path, db: Path, *, grow: int) -> None:
    """Start the ingest, wait until its write-ahead log has grown by ``grow`` bytes, then kill -9 it all."""
    wal = db.with_name(db.name + ".wal")
    proc = subprocess.Popen(_command(folder, db), start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    low = wal.stat().st_size if wal.exists() else 0  # the log may be checkpointed (emptied) on reopening
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        size = wal.stat().st_size if wal.exists() else 0
        low = min(low, size)
        if size - low >= grow:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the main process and its workers, with no chance to clean up
    proc.wait()


def test_kill_9_at_any_moment_then_resume_ends_identical_to_a_clean_run(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(ARTICLES, jsonl=JSONL)
    clean = tmp_path / "clean.duckdb"
    subprocess.run(_command(folder, clean), check=True, timeout=600)
    expected = table_rows(clean)
    assert len(expected["articles"]) == ARTICLES + JSONL

    killed = tmp_path / "killed.duckdb"
    _kill_mid_run(folder, killed, grow=40_000)
    first = _count(killed)
    assert 0 < first < ARTICLES + JSONL  # really killed in the middle, with whole chunks committed
    _kill_mid_run(folder, killed, grow=40_000)  # killed again, later on
    assert first <= _count(killed) < ARTICLES + JSONL
    done = subprocess.run(_command(folder, killed), timeout=600)
    assert done.returncode == 0
    assert table_rows(killed) == expected


def _children(pid: int) -> set[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(c) for c in path.read_text().split()} if path.exists() else set()


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(") ")[-1][:1] not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_workers_exit_when_the_main_process_is_killed(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(ARTICLES)
    db = tmp_path / "kb.duckdb"
    wal = db.with_name(db.name + ".wal")
    command = _command(folder, db)
    command[command.index("--workers") + 1] = "2"
    proc = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline and not (wal.exists() and wal.stat().st_size > 20_000):
        time.sleep(0.01)
    workers = _children(proc.pid)
    assert proc.poll() is None and workers
    os.kill(proc.pid, signal.SIGKILL)  # the main process only
    proc.wait()
    deadline = time.monotonic() + 30
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)
