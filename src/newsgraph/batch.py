"""Read files into readings: one article, or a batch written as JSONL with progress on stderr.

Nothing is lost: every input ends as a reading in the output or as a failure (one JSON line in the
``--failures`` file, or one line on stderr), and a reading that a failed stage left incomplete says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.nlp.doc import DEFAULT_MODEL
from newsgraph.read.failure import label
from newsgraph.read.sources import Failure, iter_articles
from newsgraph.reading import to_dict
from newsgraph.records import Article, Reading

if TYPE_CHECKING:
    from newsgraph.pipeline import Pipeline

DEFAULT_TIME_LIMIT = 60.0  # seconds one article may take in `read` and `ingest`


@dataclass(slots=True)
class ReadSummary:
    """What a batch read did: readings written (how many incomplete) and the inputs that failed."""

    readings: int = 0
    incomplete: list[Reading] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every input gave a complete reading."""
        return not self.failures and not self.incomplete

    def describe(self, out: str | Path | None = None, failures_out: str | Path | None = None) -> str:
        """One line for stderr: how many inputs, readings, incomplete readings and failures, and where."""
        total = self.readings + len(self.failures)
        where = f" to {out}" if out else ""
        listed = f" (listed in {failures_out})" if failures_out and self.failures else ""
        return (f"{total} inputs: {self.readings} readings{where} ({len(self.incomplete)} incomplete: "
                f"a stage failed), {len(self.failures)} failed{listed}.")


def incomplete_line(reading: Reading) -> str:
    """One line naming an incomplete reading and the stages that failed on it."""
    name = label(reading.article)
    failed = "; ".join(f"{s.stage} raised {s.error}: {s.reason}" for s in reading.skipped if s.error)
    return f"{name}: incomplete reading ({failed})"


def _split(items: Iterable[Article | Failure], failures: list[Failure]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            yield item


def read_items(paths: Iterable[str | Path], pipe: Pipeline, *, batch_size: int = 32) -> Iterator[Reading | Failure]:
    """Every input under ``paths``, in order, as a Reading or as a Failure saying why there is none."""
    pending: list[Failure] = []
    for item in pipe.results(_split(iter_articles(paths), pending), batch_size=batch_size):
        yield from pending
        pending.clear()
        yield item
    yield from pending


def read_one(path: str | Path, *, model: str = DEFAULT_MODEL,
             time_limit: float | None = DEFAULT_TIME_LIMIT) -> tuple[list[Reading], list[Failure]]:
    """Read every article in ``path`` (one for .txt/.html) and return readings and failures."""
    from newsgraph.pipeline import Pipeline

    readings: list[Reading] = []
    failures: list[Failure] = []
    for item in read_items([path], Pipeline(model=model, time_limit=time_limit)):
        if isinstance(item, Failure):
            failures.append(item)
        else:
            readings.append(item)
    return readings, failures


def _writer(path: str | Path | None) -> IO[str] | None:
    # backslashreplace: a lone surrogate (an undecodable file name) is written as its JSON escape.
    return None if path is None else open(path, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115


def read_to_jsonl(paths: Iterable[str | Path], out: str | Path, *, model: str = DEFAULT_MODEL,
                  batch_size: int = 32, progress: bool = True, failures_out: str | Path | None = None,
                  time_limit: float | None = DEFAULT_TIME_LIMIT) -> ReadSummary:
    """Read every article under ``paths`` and write one reading a line to ``out``.

    Args:
        paths: Files or folders of any supported format.
        out: The JSONL file of readings.
        model: The spaCy pipeline.
        batch_size: Articles per ``nlp.pipe`` batch.
        progress: Show a progress bar on stderr.
        failures_out: A JSONL file with one line per input that gave no reading (``id``, ``input``,
            ``stage``, ``error``, ``message``); without it each failure is one line on stderr.
        time_limit: Seconds one article may take (None: no limit).

    Returns:
        The counts, the incomplete readings and the failures; each was also reported on stderr.
    """
    from newsgraph.pipeline import Pipeline

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    summary = ReadSummary()
    pipe = Pipeline(model=model, time_limit=time_limit)
    failed = _writer(failures_out)
    try:
        with open(out, "w", encoding="utf-8", errors="backslashreplace") as fh, _Bar(console, progress) as tick:
            for item in read_items(paths, pipe, batch_size=batch_size):
                _record(item, summary, fh, failed, console)
                tick(summary.readings + len(summary.failures))
    finally:
        if failed is not None:
            failed.close()
    return summary


def _record(item: Reading | Failure, summary: ReadSummary, fh: IO[str], failed: IO[str] | None,
            console: Console) -> None:
    if isinstance(item, Failure):
        summary.failures.append(item)
        if failed is not None:
            failed.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        else:
            console.print(f"[red]failed[/red] {escape(item.reason)}")
        return
    fh.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
    summary.readings += 1
    if item.incomplete:
        summary.incomplete.append(item)
        console.print(f"[yellow]incomplete[/yellow] {escape(incomplete_line(item))}")


class _Bar:
    """A Rich progress bar (articles, rate, time) as a context manager yielding its tick function."""

    def __init__(self, console: Console, enabled: bool) -> None:
        columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                   TimeElapsedColumn())
        self.bar = Progress(*columns, console=console, disable=not enabled)
        self.task = self.bar.add_task("read", total=None, rate="")

    def __enter__(self) -> Callable[[int], None]:
        self.bar.__enter__()

        def tick(done: int) -> None:
            elapsed = self.bar.tasks[0].elapsed or 0.0
            self.bar.update(self.task, completed=done, rate=f"{done / elapsed:.1f} articles/s" if elapsed else "")

        return tick

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)
