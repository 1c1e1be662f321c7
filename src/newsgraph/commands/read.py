"""`newsgraph read`: one article to a readable view or JSON; a JSONL batch to readings."""

from __future__ import annotations

from pathlib import Path

import typer

from newsgraph.nlp.doc import DEFAULT_MODEL

TIME_LIMIT = typer.Option(60.0, "--time-limit", min=0,
                          help="Seconds one article may take; a slower one is recorded as failed (0: no limit).")


def read_cmd(
    path: Path = typer.Argument(..., help="An article (.txt, .html) or many (.jsonl, .jsonl.gz, .warc.gz)."),
    json_out: bool = typer.Option(False, "--json", help="Print the reading as JSON (newsgraph.reading/1)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write one reading per line to this JSONL file."),
    failures: Path | None = typer.Option(None, "--failures",
                                         help="With --out: write one JSON line per input that gave no reading "
                                              "(id, input, stage, error, message) here, not on stderr."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy English pipeline to use."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    time_limit: float = TIME_LIMIT,
) -> None:
    """Read articles and print (or write) what newsgraph found in them."""
    from newsgraph.batch import incomplete_line, read_one, read_to_jsonl
    from newsgraph.errors import NewsgraphError
    from newsgraph.view import show_reading

    if not path.exists():
        raise typer.BadParameter(f"{path} does not exist.", param_hint="PATH")
    if failures is not None and out is None:
        raise typer.BadParameter("--failures needs --out: readings go to --out, failures to --failures.")
    limit = time_limit or None
    try:
        if out is not None:
            summary = read_to_jsonl([path], out, model=model, batch_size=batch_size, failures_out=failures,
                                    time_limit=limit)
            typer.echo(summary.describe(out, failures), err=True)
            raise typer.Exit(0 if summary.ok else 1)
        readings, failed = read_one(path, model=model, time_limit=limit)
    except NewsgraphError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    for f in failed:
        typer.echo(f"error: {f.reason}", err=True)
    for reading in readings:
        show_reading(reading, as_json=json_out)
        if reading.incomplete:
            typer.echo(f"warning: {incomplete_line(reading)}", err=True)
    raise typer.Exit(1 if failed or any(r.incomplete for r in readings) else 0)


def register(app: typer.Typer) -> None:
    """Add ``read`` to ``app``."""
    app.command("read")(read_cmd)
