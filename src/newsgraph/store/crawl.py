"""Crawl state in the store: what the crawler asks of ``fetches`` and ``sources``, and what stats show.

Writes go through :meth:`newsgraph.store.duckdb.Database.write_batch` (``upserts``), in the transaction
of the articles they concern. Every value is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from newsgraph.store.query import rows
from newsgraph.store.rows import Row

_BATCH = 1000


def fetch_states(con: Any, urls: Iterable[str]) -> dict[str, Row]:
    """Return the ``fetches`` row of each of ``urls`` that has one."""
    wanted = list(dict.fromkeys(urls))
    out: dict[str, Row] = {}
    for i in range(0, len(wanted), _BATCH):
        found = rows(con, "SELECT * FROM fetches WHERE url IN (SELECT unnest(?::VARCHAR[]))", [wanted[i:i + _BATCH]])
        out.update((str(r["url"]), r) for r in found)
    return out


def pending(con: Any, sources: Sequence[str], now: datetime) -> list[Row]:
    """Links of ``sources`` left to do: queued (a run stopped before them), failed and due, or disallowed
    (robots.txt is checked again), in the order they were first seen."""
    return rows(con, """
        SELECT * FROM fetches
        WHERE source IN (SELECT unnest(?::VARCHAR[])) AND role <> 'source'
          AND (status IN ('queued', 'disallowed') OR (status = 'failed' AND next_try <= ?))
        ORDER BY first_seen, url""", [list(sources), now])


def children(con: Any, parent: str) -> list[Row]:
    """The sitemaps a sitemap index listed when it was last read."""
    return rows(con, "SELECT * FROM fetches WHERE parent = ? AND role = 'sitemap' ORDER BY url", [parent])


def sources(con: Any) -> list[Row]:
    """The sources asked for so far, oldest first."""
    return rows(con, "SELECT * FROM sources ORDER BY added, url")


def source_status(con: Any) -> list[Row]:
    """One row per source: kind, last fetch and its outcome, new articles from it in its last run, links
    waiting, failed and disallowed, articles in all, and the last error."""
    return rows(con, """
        WITH own AS (SELECT * FROM fetches WHERE role = 'source'),
        links AS (
            SELECT f.source,
                   count(*) FILTER (WHERE f.article_id IS NOT NULL) AS articles,
                   count(*) FILTER (WHERE f.stored_at >= o.fetched_at) AS new_articles,
                   count(*) FILTER (WHERE f.status = 'queued') AS queued,
                   count(*) FILTER (WHERE f.status = 'failed') AS errors,
                   count(*) FILTER (WHERE f.status = 'disallowed') AS disallowed,
                   arg_max(f.reason, f.fetched_at) FILTER (WHERE f.status = 'failed') AS last_link_error
            FROM fetches f LEFT JOIN own o ON o.url = f.source
            GROUP BY f.source)
        SELECT s.url, coalesce(s.kind, o.kind) AS kind, o.fetched_at AS last_fetch, o.status AS last_status,
               o.http_status, coalesce(l.new_articles, 0) AS new_articles, coalesce(l.articles, 0) AS articles,
               coalesce(l.queued, 0) AS queued, coalesce(l.errors, 0) AS errors,
               coalesce(l.disallowed, 0) AS disallowed,
               CASE WHEN o.status = 'failed' THEN o.reason ELSE l.last_link_error END AS last_error
        FROM sources s LEFT JOIN own o ON o.url = s.url LEFT JOIN links l ON l.source = s.url
        ORDER BY s.added, s.url""")


def overview(con: Any) -> Row:
    """The counts of :func:`newsgraph.store.query.stats` and, under ``"sources"``, :func:`source_status`."""
    from newsgraph.store.query import stats

    return {**stats(con), "sources": source_status(con)}


def not_fetched(con: Any, *, limit: int = 200) -> list[Row]:
    """Links that failed or that robots.txt disallowed, latest first, with the reason and when to try again."""
    return rows(con, """
        SELECT url, source, status, http_status, reason, attempts, next_try, fetched_at FROM fetches
        WHERE status IN ('failed', 'disallowed') ORDER BY fetched_at DESC NULLS LAST, url LIMIT ?""", [limit])
