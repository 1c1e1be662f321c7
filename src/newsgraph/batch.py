"""Read files into readings: one article, or a batch written as JSONL with progress on stderr."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.nlp.doc import DEFAULT_MODEL
from newsgraph.read.sources import Failure, iter_articles
from newsgraph.reading import to_dict
from newsgraph.records import Article, Reading


def _split(items: Iterable[Article | Failure], failures: list[Failure]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            yield item


def read_one(path: str | Path, *, model: str = DEFAULT_MODEL) -> tuple[list[Reading], list[Failure]]:
    """Read every article in ``path`` (one for .txt/.html) and return readings and failures."""
    from newsgraph.pipeline import Pipeline

    failures: list[Failure] = []
    pipe = Pipeline(model=model)
    readings = list(pipe.pipe(_split(iter_articles([path]), failures)))
    return readings, failures


def read_to_jsonl(paths: Iterable[str | Path], out: str | Path, *, model: str = DEFAULT_MODEL,
                  batch_size: int = 32, progress: bool = True) -> list[Failure]:
    """Read every article under ``paths`` and write one reading a line to ``out``.

    Each failure is reported on stderr with its reason and returned; the batch goes on.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from newsgraph.pipeline import Pipeline

    console = Console(stderr=True)
    failures: list[Failure] = []
    pipe = Pipeline(model=model)
    columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeElapsedColumn())
    with open(out, "w", encoding="utf-8") as fh, Progress(*columns, console=console,
                                                          disable=not progress) as bar:
        task = bar.add_task("read", total=None, rate="")
        seen_failures = 0
        for n, reading in enumerate(pipe.pipe(_split(iter_articles(paths), failures), batch_size=batch_size), 1):
            fh.write(json.dumps(to_dict(reading), ensure_ascii=False) + "\n")
            elapsed = bar.tasks[0].elapsed or 0.0
            bar.update(task, completed=n, rate=f"{n / elapsed:.1f} articles/s" if elapsed else "")
            for f in failures[seen_failures:]:
                console.print(f"[red]failed[/red] {f.reason}", markup=True, highlight=False)
            seen_failures = len(failures)
        for f in failures[seen_failures:]:
            console.print(f"[red]failed[/red] {f.reason}", markup=True, highlight=False)
    return failures
