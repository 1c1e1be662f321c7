"""The DDL (schema.sql), its version, and the column list of every table."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

SCHEMA_VERSION = "2"
# What each version added, for the message an older database gets (errors.E108).
CHANGES: dict[str, str] = {
    "2": "quotes.attribution: what kind of thing each quote attributes (statement, belief, ...); "
         "articles.language: the language of each article's text; figures.term, unit, qualifier, low, high, "
         "figure_date and the number and cue spans (IDMC reporting terms and units); "
         "sources, fetches: the crawl state of feeds, sitemaps and pages (newsgraph ingest URL, newsgraph watch); "
         "articles.incomplete and skipped.error: a stage that raised on the article; failures.error and "
         "failures.article_id",
}


def changes_since(version: str | None) -> str:
    """Return what the versions after ``version`` up to SCHEMA_VERSION added, ``; ``-separated."""
    newer = [f"version {v}: {what}" for v, what in CHANGES.items()
             if version is None or not version.isdigit() or int(v) > int(version)]
    return "; ".join(newer) or "nothing recorded"


@functools.lru_cache(maxsize=1)
def ddl() -> str:
    """Return the text of store/schema.sql."""
    return resources.files("newsgraph.store").joinpath("schema.sql").read_text(encoding="utf-8")


def statements() -> list[str]:
    """Return the DDL as single statements, comments removed."""
    text = re.sub(r"--[^\n]*", "", ddl())
    return [s.strip() for s in text.split(";") if s.strip()]


@functools.lru_cache(maxsize=1)
def columns() -> dict[str, tuple[str, ...]]:
    """Return ``{table: (column, ...)}`` in DDL order, parsed from schema.sql."""
    out: dict[str, tuple[str, ...]] = {}
    for stmt in statements():
        m = re.match(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*)\)$", stmt, re.S)
        if not m:
            continue
        cols = []
        for line in m.group(2).splitlines():
            word = re.match(r"\s*(\w+)\s", line)
            if word and word.group(1).upper() not in ("PRIMARY", "UNIQUE"):
                cols.append(word.group(1))
        out[m.group(1)] = tuple(cols)
    return out


@functools.lru_cache(maxsize=1)
def arrow_schemas() -> dict[str, Any]:
    """Return the pyarrow schema of every table, read from an in-memory database built from the DDL."""
    import duckdb

    con = duckdb.connect()
    try:
        for stmt in statements():
            con.execute(stmt)
        out = {}
        for table in columns():
            rel = con.sql(f"SELECT * FROM {table} LIMIT 0")
            fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
            out[table] = fetch().schema
        return out
    finally:
        con.close()


def to_arrow(table: str, rows: list[dict[str, Any]]) -> Any:
    """Return ``rows`` of ``table`` as a pyarrow Table with the table's exact column types."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=arrow_schemas()[table])
