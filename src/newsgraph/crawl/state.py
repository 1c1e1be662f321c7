"""The ``fetches`` row of a URL: how it is built from a task, when a link is worth a request, and when a
failed one is tried again. Pure functions of their arguments (the clock is passed in)."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urldefrag

from newsgraph.crawl.frontier import Task
from newsgraph.crawl.http import Exchange
from newsgraph.crawl.options import CrawlOptions
from newsgraph.read.feeds import Link
from newsgraph.store import schema
from newsgraph.store.rows import Row


def normalize(url: str) -> str:
    """A URL as the crawl keys it: surrounding space and the fragment removed."""
    return urldefrag(url.strip())[0]


def utcnow() -> datetime:
    """The time now in UTC, without a zone (how the crawl tables store times), to the microsecond."""
    return datetime.now(UTC).replace(tzinfo=None)


def row_of(task: Task, now: datetime, **changes: Any) -> Row:
    """The ``fetches`` row of ``task``'s URL: its prior row, what the listing said, then ``changes``."""
    row: Row = dict.fromkeys(schema.columns()["fetches"])
    if task.prior is not None:
        row.update(task.prior)
    else:
        row.update(url=task.origin, first_seen=now, attempts=0)
    row.update(source=task.source, parent=task.parent, role=task.role)
    row.update(title=task.title or row["title"], published=task.published or row["published"],
               listed_updated=task.updated or row["listed_updated"])
    row.update(changes)
    return row


def fetched(task: Task, ex: Exchange, now: datetime, **changes: Any) -> Row:
    """The row of a URL that answered (200 or 304): validators kept for the next conditional request."""
    base: dict[str, Any] = {"status": "fetched", "reason": None, "http_status": ex.status, "final_url": ex.url,
                            "fetched_at": now, "attempts": 0, "next_try": None}
    if ex.status != 304 or ex.header("etag"):
        base["etag"] = ex.header("etag")
    if ex.status != 304 or ex.header("last-modified"):
        base["last_modified"] = ex.header("last-modified")
    return row_of(task, now, **{**base, **changes})


def failed(task: Task, reason: str, now: datetime, opts: CrawlOptions, *, retry: bool,
           wait: float | None = None, **changes: Any) -> Row:
    """The row of a URL that failed: tried again after ``retry_after``, doubling per failure, or given up."""
    prior = task.prior or {}
    attempts = int(prior.get("attempts") or 0) + 1 if prior.get("status") == "failed" else 1
    next_try = None
    if retry and attempts < opts.max_attempts:
        seconds = wait if wait is not None else min(opts.retry_cap, opts.retry_after * 2 ** (attempts - 1))
        next_try = now + timedelta(seconds=seconds)
    return row_of(task, now, status="failed", reason=reason, fetched_at=now, attempts=attempts, next_try=next_try,
                  **changes)


def queued(task: Task, now: datetime) -> Row:
    """The row of a link waiting to be requested (so a run killed before it still requests it)."""
    return row_of(task, now, status="queued")


def wanted(prior: Mapping[str, Any] | None, link: Link, now: datetime) -> bool:
    """Say whether a listed link needs a request: new, left over, due for a retry, or changed since fetched.

    A link fetched before is requested again only when its listing says it changed after that
    (feed ``updated``, sitemap ``lastmod``), and then with its validators.
    """
    if prior is None or prior["status"] in ("queued", "disallowed"):
        return True
    if prior["status"] == "failed":
        return prior["next_try"] is not None and prior["next_try"] <= now
    return link.updated is not None and prior["fetched_at"] is not None and link.updated > prior["fetched_at"]


def conditional(task: Task) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for ``task``, when its URL answered with validators before."""
    prior = task.prior
    if prior is None or task.url != (prior.get("final_url") or prior["url"]):
        return {}
    headers = {}
    if prior.get("etag"):
        headers["If-None-Match"] = str(prior["etag"])
    if prior.get("last_modified"):
        headers["If-Modified-Since"] = str(prior["last_modified"])
    return headers


def retry_after(ex: Exchange, now: datetime) -> float | None:
    """Seconds the server asks to wait (Retry-After: seconds or an HTTP date), or None."""
    value = (ex.header("retry-after") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return max(0.0, (when - now).total_seconds())
