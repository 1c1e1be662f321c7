"""The ``newsgraph`` command line: thin commands over the library.

Each command parses its arguments, calls one library function and prints the result.
Command groups live in ``newsgraph.commands.*`` and register themselves on :data:`app`.
"""

from __future__ import annotations

import typer

from newsgraph import __version__

app = typer.Typer(
    name="newsgraph",
    help="Read news: who said what, who did what to whom, where, when and how many.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Read news: who said what, who did what to whom, where, when and how many."""


def _register() -> None:
    from newsgraph.commands import crawl, ingest, query, read, serve, spark
    from newsgraph.commands import eval as eval_cmd

    for module in (read, eval_cmd, ingest, crawl, query, serve, spark):
        module.register(app)


_register()
