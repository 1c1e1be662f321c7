"""`newsgraph read`: one article to a readable view or JSON; a JSONL batch to readings."""

from __future__ import annotations

from pathlib import Path

import typer

from newsgraph.nlp.doc import DEFAULT_MODEL


def read_cmd(
    path: Path = typer.Argument(..., help="An article (.txt, .html) or many (.jsonl, .jsonl.gz, .warc.gz)."),
    json_out: bool = typer.Option(False, "--json", help="Print the reading as JSON (newsgraph.reading/1)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write one reading per line to this JSONL file."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy English pipeline to use."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
) -> None:
    """Read articles and print (or write) what newsgraph found in them."""
    from newsgraph.batch import read_one, read_to_jsonl
    from newsgraph.errors import NewsgraphError
    from newsgraph.view import show_reading

    if not path.exists():
        raise typer.BadParameter(f"{path} does not exist.", param_hint="PATH")
    try:
        if out is not None:
            failed = read_to_jsonl([path], out, model=model, batch_size=batch_size)
            raise typer.Exit(1 if failed else 0)
        readings, failures = read_one(path, model=model)
    except NewsgraphError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    for f in failures:
        typer.echo(f"error: {f.reason}", err=True)
    for reading in readings:
        show_reading(reading, as_json=json_out)
    raise typer.Exit(1 if failures else 0)


def register(app: typer.Typer) -> None:
    """Add ``read`` to ``app``."""
    app.command("read")(read_cmd)
