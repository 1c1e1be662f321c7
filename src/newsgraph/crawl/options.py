"""How politely and how far to fetch: one frozen set of options, with the defaults docs/crawl.md names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsgraph import __version__
from newsgraph.errors import Errors
from newsgraph.read.decode import MAX_BYTES

ROBOTS_AGENT = "newsgraph"  # the product token robots.txt rules are matched against
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.I)
_UNIT = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """Politeness, limits and retry schedule of a crawl. Times are seconds.

    Attributes:
        min_delay: Least time between two requests to one host (robots.txt Crawl-delay may ask for more).
        connect_timeout: Time to open a connection.
        read_timeout: Time to wait for each piece of a response.
        total_timeout: Time to receive a whole response (a server that trickles bytes is cut off).
        retries: Further attempts at a request answered 429 or 5xx.
        backoff: Wait before the first retry when the server gives no Retry-After; doubles each time.
        max_backoff: Longest wait between retries.
        max_wait: Longest Retry-After a run waits for; a longer one leaves the URL to a later run.
        max_bytes: Largest response body (after content decoding).
        max_redirects: Redirects followed from one URL.
        contact: An address (e-mail or URL) added to the User-Agent, so site owners can reach you.
        max_pages: Article pages requested per run (0: no limit); the rest stay queued for the next run.
        max_sitemaps: Sitemaps requested per source and run (an index can list thousands).
        retry_after: A link that failed is tried again on a run after this long, doubling per failure.
        retry_cap: ... but never later than this after its last failure.
        max_attempts: Failed runs after which a link is given up.
        robots_ttl: How long a robots.txt is trusted before it is fetched again.
        host_failures: Network failures in a row (DNS, refused, timeout) after which a host's other URLs are
            left for the next run.
        warc_dir: Where the WARC archives go (default: ``<database name>-warc/`` beside the database).
    """

    min_delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    max_wait: float = 120.0
    max_bytes: int = MAX_BYTES
    max_redirects: int = 10
    contact: str | None = None
    max_pages: int = 0
    max_sitemaps: int = 1000
    retry_after: float = 3600.0
    retry_cap: float = 86400.0
    max_attempts: int = 6
    robots_ttl: float = 3600.0
    host_failures: int = 3
    warc_dir: Path | None = None

    def user_agent(self) -> str:
        """The User-Agent header: newsgraph and its version, and the contact address when given."""
        contact = " ".join((self.contact or "").split())
        return f"{ROBOTS_AGENT}/{__version__}" + (f" (+{contact})" if contact else "")


def parse_duration(value: str | float) -> float:
    """Return seconds for ``"90"``, ``"30s"``, ``"15m"``, ``"1h"``, ``"1d"`` or ``"1h30m"``.

    Raises:
        ValueError: with E214, when ``value`` is not a positive duration.
    """
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        text = value.strip()
        parts = list(_DURATION.finditer(text))
        if not parts or "".join(p.group(0) for p in parts).replace(" ", "") != text.replace(" ", ""):
            raise ValueError(Errors.E314.format(value=value))
        seconds = sum(float(p.group(1)) * _UNIT[p.group(2).lower()] for p in parts)
    if seconds <= 0:
        raise ValueError(Errors.E314.format(value=value))
    return seconds
