"""The Python API of the knowledge base: ``newsgraph.open(path)``.

Example:
    >>> import newsgraph
    >>> kb = newsgraph.open("newsgraph.duckdb", read_only=True)
    >>> kb.quotes(speaker="Lavrov", about="Assad", since="2013-01-01")[0]["quote"]
    >>> kb.events(actor="RUS", category="REJECT").df()   # a pandas DataFrame
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsgraph.store import query
from newsgraph.store.duckdb import Database


class Rows(list[dict[str, Any]]):
    """Query rows (a list of dicts) that also convert to a pandas DataFrame with :meth:`df`."""

    def df(self) -> Any:
        """Return the rows as a ``pandas.DataFrame`` (needs pandas installed)."""
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]

        return pd.DataFrame.from_records(list(self))


class Store:
    """An open newsgraph database with its queries (see :mod:`newsgraph.store.query` for filters).

    Each call takes its own cursor, so one Store may serve several threads.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.db = Database(path, read_only=read_only)

    def quotes(self, **filters: Any) -> Rows:
        """Quotes by ``speaker``, ``about``, ``since``, ``until``, ``kind``, ``attribution``, ``article_id``.

        Newest first; ``attribution`` is ``"statement,belief"`` or a list of names.
        """
        return Rows(query.quotes(self.db.cursor(), **filters))

    def actors(self, **filters: Any) -> Rows:
        """Corpus actors, most quoted first: ``top``, ``type``, ``country``, ``name``."""
        return Rows(query.actors(self.db.cursor(), **filters))

    def events(self, **filters: Any) -> Rows:
        """PLOVER events by ``actor``, ``recipient``, ``category``, ``since``, ``until``."""
        return Rows(query.events(self.db.cursor(), **filters))

    def figures(self, **filters: Any) -> Rows:
        """Reported figures by ``kind``, ``place``, ``since``, ``until``."""
        return Rows(query.figures(self.db.cursor(), **filters))

    def failures(self, **filters: Any) -> Rows:
        """Inputs that could not be read or processed, with the reason."""
        return Rows(query.failures(self.db.cursor(), **filters))

    def stats(self) -> dict[str, Any]:
        """Counts of articles, duplicates, quotes, events, figures, places, actors, failures."""
        return query.stats(self.db.cursor())

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with all its records, or None."""
        return query.article(self.db.cursor(), article_id)

    def sql(self, sql: str, params: list[object] | None = None) -> Rows:
        """Run your own SQL with bound ``params`` (``?`` placeholders)."""
        return Rows(query.rows(self.db.cursor(), sql, params or []))

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path, *, read_only: bool = False) -> Store:
    """Open (or, unless ``read_only``, create) the newsgraph database at ``path``.

    Args:
        path: The DuckDB file.
        read_only: Open without write access, as the web UI does; the file must exist.

    Raises:
        StoreError: the file is missing (read-only), locked by a writer, or not a newsgraph database.
    """
    return Store(path, read_only=read_only)
