"""robots.txt, read with Protego (Scrapy's maintained parser: wildcards, longest match, Crawl-delay).

Per RFC 9309: a robots.txt that answers 4xx means no rules (everything may be fetched); one that
cannot be fetched (5xx, 429, network errors) means nothing on the host may be fetched until it can
be. The rules for newsgraph's product token (``newsgraph``) apply, else those for ``*``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsgraph.crawl.options import ROBOTS_AGENT

ROBOTS_LIMIT = 512 * 1024  # RFC 9309: parse at least the first 500 KiB


@dataclass(frozen=True, slots=True)
class Robots:
    """The rules of one origin (scheme, host and port), or why they could not be fetched."""

    url: str
    parser: object | None = None  # a protego.Protego; None: no rules (4xx) or unreachable
    error: str | None = None  # set when robots.txt could not be fetched: nothing may be fetched
    fetched: float = 0.0  # time.monotonic() when fetched

    def allowed(self, url: str) -> bool:
        """Say whether ``url`` may be fetched (False for every URL while robots.txt is unreachable)."""
        if self.error is not None:
            return False
        if self.parser is None:
            return True
        return bool(self.parser.can_fetch(url, ROBOTS_AGENT))  # type: ignore[attr-defined]

    def delay(self) -> float:
        """The Crawl-delay (or the interval of a Request-rate) asked for, in seconds; 0 when none."""
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(ROBOTS_AGENT) or 0.0  # type: ignore[attr-defined]
        rate = self.parser.request_rate(ROBOTS_AGENT)  # type: ignore[attr-defined]
        interval = rate.seconds / rate.requests if rate is not None and rate.requests else 0.0
        return max(float(delay), float(interval))


def origin(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, lower-cased: the scope of one robots.txt and one host queue."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"


def robots_url(url: str) -> str:
    """The robots.txt that governs ``url``."""
    return origin(url) + "/robots.txt"


def parse(url: str, text: str, *, now: float) -> Robots:
    """Parse a fetched robots.txt."""
    from protego import Protego

    return Robots(url, Protego.parse(text), None, now)


class RobotsBook:
    """The robots.txt of each origin seen, kept for ``ttl`` seconds (a watch keeps one book across runs)."""

    def __init__(self, *, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._known: dict[str, Robots] = {}

    def get(self, url: str) -> Robots | None:
        """The rules for ``url``'s origin, or None when they must be fetched (first time, or expired)."""
        found = self._known.get(origin(url))
        if found is None or self.clock() - found.fetched > self.ttl:
            return None
        if found.error is not None and self.clock() - found.fetched > min(self.ttl, 60.0):
            return None  # an unreachable robots.txt is asked for again within a minute or so
        return found

    def put(self, url: str, robots: Robots) -> None:
        """Keep ``robots`` for ``url``'s origin."""
        self._known[origin(url)] = robots
