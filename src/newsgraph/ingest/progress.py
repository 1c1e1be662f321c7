"""A Rich progress bar on stderr for ingest: articles, articles/s, failures and an ETA."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def progress_bar(total: int | None, *, enabled: bool = True) -> Iterator[Callable[[int, int], None]]:
    """Show a progress bar on stderr while the block runs; yield the callback that moves it."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} articles/s"), TextColumn("[red]{task.fields[failed]} failed"),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), disable=not enabled) as bar:
        task = bar.add_task("ingest", total=total, rate="-", failed=0)

        def update(done: int, failed: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:.1f}" if elapsed > 0 else "-"
            bar.update(task, completed=done, rate=rate, failed=failed)

        yield update
