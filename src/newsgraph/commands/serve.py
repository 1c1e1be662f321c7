"""`newsgraph serve`: the web UI over a knowledge base, opened read-only."""

from __future__ import annotations

from pathlib import Path

import typer


def serve_cmd(
    db: Path = typer.Option(Path("newsgraph.duckdb"), "--db", help="The knowledge base written by `newsgraph ingest`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Serve the web UI and the JSON API (docs at /docs) over DB, read-only."""
    import uvicorn

    from newsgraph.errors import StoreError
    from newsgraph.web.app import create_app

    try:
        app = create_app(db)
    except StoreError as err:
        raise typer.BadParameter(str(err), param_hint="--db") from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: listening on {host}: anyone who can reach this address can read the database.",
                   err=True)
    typer.echo(f"newsgraph: serving {db} (read-only) at http://{_url_host(host)}:{port}/  (Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def register(app: typer.Typer) -> None:
    """Add ``serve`` to ``app``."""
    app.command("serve")(serve_cmd)
