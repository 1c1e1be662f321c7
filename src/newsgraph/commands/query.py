"""`newsgraph quotes|actors|events|figures|stats|failures`: query the knowledge base.

Each command opens the database read-only, calls one function of :mod:`newsgraph.store.query` and
prints the rows as a Rich table (default), ``--json`` or ``--csv``; ``--evidence`` adds the evidence
sentence and the source of every row.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import typer

from newsgraph.records import ATTRIBUTIONS

_DB = typer.Option(Path("newsgraph.duckdb"), "--db", help="The newsgraph DuckDB file.")
_JSON = typer.Option(False, "--json", help="Print the rows as JSON.")
_CSV = typer.Option(False, "--csv", help="Print the rows as CSV.")
_EVIDENCE = typer.Option(False, "--evidence", "-e", help="Show the evidence sentence and the source of each row.")
_LIMIT = typer.Option(50, "--limit", "-n", min=1, help="Rows to show (at most 1000).")
_OFFSET = typer.Option(0, "--offset", min=0, help="Rows to skip.")
_SINCE = typer.Option(None, "--since", help="First publication date, YYYY-MM-DD.")
_UNTIL = typer.Option(None, "--until", help="Last publication date, YYYY-MM-DD.")
_SOURCE = ("evidence", "headline", "source_path", "url")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def _emit(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, as_json: bool, as_csv: bool,
          evidence: bool, title: str) -> None:
    """Print ``rows`` (all columns for JSON/CSV; ``columns`` plus evidence for the table)."""
    if as_json:
        sys.stdout.write(json.dumps(list(rows), default=str, ensure_ascii=False, indent=1) + "\n")
        return
    if as_csv:
        names = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        return
    from rich.console import Console
    from rich.table import Table

    shown = [*columns, *(c for c in _SOURCE if evidence and (not rows or c in rows[0]))]
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", show_lines=evidence)
    for col in shown:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(col)) for col in shown))
    Console(highlight=False).print(table)


def _run(db: Path, fn: Callable[..., Any], **filters: Any) -> Any:
    """Open ``db`` read-only and call ``fn(cursor, **filters)``, turning errors into exit code 2."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.store.duckdb import Database

    try:
        with Database(db, read_only=True) as opened:
            return fn(opened.cursor(), **filters)
    except NewsgraphError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None


def _attributions(value: str | None) -> str | None:
    """Check ``--attribution`` against the closed set before any database is opened."""
    from newsgraph.errors import StoreError
    from newsgraph.store.query import attributions

    try:
        return ",".join(attributions(value)) or None
    except StoreError as err:
        raise typer.BadParameter(str(err).removeprefix("Invalid attribution: ").rstrip(".")) from None


def quotes_cmd(
    speaker: str | None = typer.Option(None, "--speaker", "-s", help="Part of the speaker's name, or an actor id."),
    about: str | None = typer.Option(None, "--about", "-a", help="Words the quote contains."),
    since: str | None = _SINCE, until: str | None = _UNTIL,
    kind: str | None = typer.Option(None, "--type", help="direct, indirect or mixed."),
    attribution: str | None = typer.Option(
        None, "--attribution", callback=_attributions,
        help=f"Only quotes of these attributions, comma-separated: {', '.join(ATTRIBUTIONS)} "
             "(e.g. statement,belief)."),
    limit: int = _LIMIT, offset: int = _OFFSET, db: Path = _DB, as_json: bool = _JSON, as_csv: bool = _CSV,
    evidence: bool = _EVIDENCE,
) -> None:
    """Who said what: quotes by speaker, topic, date, type and attribution, newest first."""
    from newsgraph.store import query

    rows = _run(db, query.quotes, speaker=speaker, about=about, since=since, until=until, kind=kind,
                attribution=attribution, limit=limit, offset=offset)
    _emit(rows, ("published", "speaker_name", "quote", "kind", "attribution"), as_json=as_json, as_csv=as_csv,
          evidence=evidence, title="Quotes")


def actors_cmd(
    top: int = typer.Option(20, "--top", "-n", min=1, help="How many actors."),
    type: str | None = typer.Option(None, "--type", help="PERSON, ORG, GPE, ..."),
    country: str | None = typer.Option(None, "--country", help="ISO alpha-3 country code."),
    name: str | None = typer.Option(None, "--name", help="Part of any of the actor's names."),
    db: Path = _DB, as_json: bool = _JSON, as_csv: bool = _CSV,
) -> None:
    """The most quoted people and organisations across the corpus."""
    from newsgraph.store import query

    rows = _run(db, query.actors, top=top, type=type, country=country, name=name)
    _emit(rows, ("corpus_actor_id", "name", "type", "roles", "countries", "n_quotes", "n_articles"),
          as_json=as_json, as_csv=as_csv, evidence=False, title="Actors")


def events_cmd(
    actor: str | None = typer.Option(None, "--actor", help="Actor country (RUS) or part of a name."),
    recipient: str | None = typer.Option(None, "--recipient", help="Recipient country or part of a name."),
    category: str | None = typer.Option(None, "--category", "-c", help="PLOVER category, e.g. REJECT."),
    since: str | None = _SINCE, until: str | None = _UNTIL, limit: int = _LIMIT, offset: int = _OFFSET,
    db: Path = _DB, as_json: bool = _JSON, as_csv: bool = _CSV, evidence: bool = _EVIDENCE,
) -> None:
    """Who did what to whom: PLOVER events by actor, recipient and category."""
    from newsgraph.store import query

    rows = _run(db, query.events, actor=actor, recipient=recipient, category=category, since=since,
                until=until, limit=limit, offset=offset)
    _emit(rows, ("published", "category", "actor_names", "recipient_names", "negated", "cue"),
          as_json=as_json, as_csv=as_csv, evidence=evidence, title="Events")


def _choice(option: str, value: str | None, allowed: Sequence[str]) -> str | None:
    """``value`` as spelled in ``allowed`` (case and spacing aside), or a usage error naming the choices."""
    if value is None:
        return None
    found = {" ".join(a.lower().split()): a for a in allowed}.get(" ".join(value.lower().split()))
    if found is None:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(allowed)}.", param_hint=option)
    return found


def figures_cmd(
    kind: str | None = typer.Option(None, "--kind", "-k", help="KILL, DISPLACED, EVACUATE, HOUSING_DESTROYED, ..."),
    term: str | None = typer.Option(None, "--term", "-t", help="IDMC reporting term, e.g. \"Forced to Flee\"."),
    unit: str | None = typer.Option(None, "--unit", "-u", help="people, households, houses or buildings."),
    place: str | None = typer.Option(None, "--place", help="Part of a place name."),
    since: str | None = _SINCE, until: str | None = _UNTIL, limit: int = _LIMIT, offset: int = _OFFSET,
    db: Path = _DB, as_json: bool = _JSON, as_csv: bool = _CSV, evidence: bool = _EVIDENCE,
) -> None:
    """How many: reported counts of killed, displaced, evacuated, houses destroyed, ..."""
    from newsgraph.records import FIGURE_KINDS, FIGURE_UNITS, IDMC_TERMS
    from newsgraph.store import query

    filters = {"kind": _choice("--kind", kind, FIGURE_KINDS), "term": _choice("--term", term, IDMC_TERMS),
               "unit": _choice("--unit", unit, FIGURE_UNITS)}
    rows = _run(db, query.figures, **filters, place=place, since=since, until=until, limit=limit, offset=offset)
    _emit(rows, ("published", "kind", "term", "qualifier", "value", "unit", "object", "place_name",
                 "attributed_name"), as_json=as_json, as_csv=as_csv, evidence=evidence, title="Figures")


def stats_cmd(db: Path = _DB, as_json: bool = _JSON, as_csv: bool = _CSV) -> None:
    """Counts of the knowledge base (duplicate articles not counted twice), and each source watched: last fetch,
    new articles, errors."""
    from newsgraph.store import crawl

    found = _run(db, crawl.overview)
    sources = found.pop("sources")
    if as_json:
        _emit([{**found, "sources": sources}], (), as_json=True, as_csv=False, evidence=False, title="newsgraph")
        return
    if as_csv:
        _emit([found], (), as_json=False, as_csv=True, evidence=False, title="newsgraph")
        return
    _emit([{"what": k, "count": v} for k, v in found.items()], ("what", "count"), as_json=False, as_csv=False,
          evidence=False, title="newsgraph")
    if sources:
        _emit(sources, ("url", "kind", "last_fetch", "last_status", "new_articles", "articles", "queued", "errors",
                        "disallowed", "last_error"), as_json=False, as_csv=False, evidence=False, title="Sources")


def failures_cmd(limit: int = _LIMIT, offset: int = _OFFSET, db: Path = _DB, as_json: bool = _JSON,
                 as_csv: bool = _CSV) -> None:
    """Inputs that could not be read or processed, and stages that failed on a stored article, with the reason."""
    from newsgraph.store import query

    rows = _run(db, query.failures, limit=limit, offset=offset)
    _emit(rows, ("name", "stage", "error", "article_id", "reason"), as_json=as_json, as_csv=as_csv,
          evidence=False, title="Failures")


def register(app: typer.Typer) -> None:
    """Add the query commands to ``app``."""
    for name, fn in (("quotes", quotes_cmd), ("actors", actors_cmd), ("events", events_cmd),
                     ("figures", figures_cmd), ("stats", stats_cmd), ("failures", failures_cmd)):
        app.command(name)(fn)
