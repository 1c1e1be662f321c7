"""The URLs waiting to be requested, queued per host, and when each host may be asked again.

One request at a time, and per host at least the host's delay apart (the minimum delay, or the
robots.txt Crawl-delay, or a Retry-After): the next request goes to the host that has waited
longest past its delay, so many hosts are crawled together without any of them being hurried.
Listings (feeds, sitemaps) go before the article pages of the same host, so links are found early.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from newsgraph.crawl.robots import origin
from newsgraph.read.warc import PageHints
from newsgraph.store.rows import Row

Role = Literal["source", "sitemap", "item"]


@dataclass(frozen=True, slots=True)
class Task:
    """One request to make.

    Attributes:
        url: The URL to request now (a redirect's target after a redirect).
        origin: The URL as given or listed: the key of its ``fetches`` row.
        role: ``source`` (given by the user), ``sitemap`` (listed by a sitemap index), ``item`` (an article
            link listed by a feed or sitemap).
        source: The source that led here.
        parent: The listing that listed it (None for a source).
        prior: Its ``fetches`` row before this run (validators, first seen), if any.
        title, published, updated: What the listing said about it.
        chain: URLs requested before this one for the same origin (redirects).
        attempt: Attempts already made at this URL in this run (429 and 5xx are retried).
        depth: Sitemap indexes above it.
    """

    url: str
    origin: str
    role: Role
    source: str
    parent: str | None = None
    prior: Row | None = None
    title: str | None = None
    published: date | None = None
    updated: datetime | None = None
    chain: tuple[str, ...] = ()
    attempt: int = 0
    depth: int = 0

    @property
    def hints(self) -> PageHints | None:
        """The listing's title and date for the page, if it gave any."""
        return PageHints(self.title, self.published) if self.title or self.published else None


@dataclass(slots=True)
class _Host:
    listings: deque[Task] = field(default_factory=deque)
    items: deque[Task] = field(default_factory=deque)
    ready: float = 0.0  # time.monotonic() before which the host is not asked again

    def __len__(self) -> int:
        return len(self.listings) + len(self.items)


class Frontier:
    """Per-host queues of tasks, and each host's next allowed time."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._hosts: dict[str, _Host] = {}

    def __len__(self) -> int:
        return sum(len(h) for h in self._hosts.values())

    def add(self, task: Task, *, first: bool = False) -> None:
        """Queue ``task`` at its host (at the head with ``first``: a retry or a redirect)."""
        host = self._hosts.setdefault(origin(task.url), _Host())
        queue = host.items if task.role == "item" else host.listings
        if first:
            queue.appendleft(task)
        else:
            queue.append(task)

    def wait(self, url: str, seconds: float) -> None:
        """Ask nothing of ``url``'s host for ``seconds`` from now (never shortening a longer wait)."""
        host = self._hosts.setdefault(origin(url), _Host())
        host.ready = max(host.ready, self.clock() + seconds)

    def next(self) -> tuple[Task, float] | None:
        """Take the next task: from the host that has been ready longest; with the seconds to wait for it."""
        waiting = [(h.ready, n) for n, h in enumerate(self._hosts.values()) if len(h)]
        if not waiting:
            return None
        ready, index = min(waiting)
        host = list(self._hosts.values())[index]
        task = host.listings.popleft() if host.listings else host.items.popleft()
        return task, max(0.0, ready - self.clock())

    def drop(self, url: str) -> list[Task]:
        """Remove and return every task of ``url``'s host (a host that keeps failing is left for later)."""
        host = self._hosts.get(origin(url))
        if host is None:
            return []
        dropped = [*host.listings, *host.items]
        host.listings.clear()
        host.items.clear()
        return dropped
