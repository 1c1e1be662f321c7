"""The crawl of one run: sources in, :class:`~newsgraph.ingest.tracked.Tracked` items out.

:meth:`Crawler.run` is a generator the ingest consumes like a file reader. It requests each source
(conditionally when the server gave validators), tells feeds, sitemaps and pages apart by the
response, queues the links a listing gives that are new, changed or due for a retry, and reads each
new page from the WARC records it was just archived in (``read.sources.read_bytes``: the same reader
as ``newsgraph ingest ARCHIVE``). Each outcome comes with the ``fetches`` row that records it; the
ingest writes the row in the transaction that stores the article, so a kill never loses either.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from newsgraph.crawl import state
from newsgraph.crawl.archive import Archive, digest, page_record_id
from newsgraph.crawl.frontier import Frontier, Task
from newsgraph.crawl.http import Exchange, Fetcher, FetchError
from newsgraph.crawl.listings import Listings
from newsgraph.crawl.options import ROBOTS_AGENT, CrawlOptions
from newsgraph.crawl.robots import ROBOTS_LIMIT, Robots, RobotsBook, parse, robots_url
from newsgraph.errors import Errors
from newsgraph.ingest.tracked import FLUSH, Tracked
from newsgraph.read.failure import Failure
from newsgraph.read.feeds import kind_of
from newsgraph.records import Article
from newsgraph.store import crawl as crawl_store
from newsgraph.store.duckdb import Database
from newsgraph.store.rows import Row

_FLUSH_AFTER = 0.5  # seconds of waiting worth sending the articles held so far to the workers


@dataclass(slots=True)
class CrawlStats:
    """What one run did: requests, answers and outcomes."""

    requests: int = 0
    not_modified: int = 0  # 304
    unchanged: int = 0  # 200 with the body archived before
    pages: int = 0  # new page bodies read
    links: int = 0  # links queued
    disallowed: int = 0
    failed: int = 0
    deferred: int = 0  # left for a later run (host failing, page limit)


@dataclass(frozen=True, slots=True)
class Tools:
    """What a crawl uses: the HTTP client, the WARC archive, the robots.txt book and the clocks."""

    fetcher: Fetcher
    archive: Archive
    robots: RobotsBook
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], datetime] = state.utcnow


class Crawler:
    """One run over ``sources``, reading and recording crawl state in ``db``."""

    def __init__(self, db: Database, sources: Sequence[str], opts: CrawlOptions, tools: Tools) -> None:
        self.db, self.opts, self.tools = db, opts, tools
        self.sources = list(dict.fromkeys(state.normalize(s) for s in sources))
        self.frontier = Frontier(clock=tools.clock)
        self.stats = CrawlStats()
        self.listings = Listings(self)
        self._network_failures: Counter[str] = Counter()
        self._item_requests = 0  # article links asked for this run (max_pages)

    def run(self) -> Iterator[Tracked | object]:
        """Crawl; yield each outcome (and FLUSH before waiting for a host)."""
        yield from self._start()
        while (picked := self.frontier.next()) is not None:
            task, wait = picked
            if wait > 0:
                if wait >= _FLUSH_AFTER:
                    yield FLUSH
                self.tools.sleep(wait)
            yield from self._step(task)

    def _start(self) -> Iterator[Tracked]:
        now = self.tools.now()
        con = self.db.cursor()
        known = {str(r["url"]): r for r in crawl_store.sources(con)}
        states = crawl_store.fetch_states(con, self.sources)
        for url in self.sources:
            found = known.get(url) or {}
            self.listings.sources[url] = {"url": url, "kind": found.get("kind"), "added": found.get("added") or now}
        yield Tracked(None, {"sources": list(self.listings.sources.values())})
        for url in self.sources:
            self.listings.seen.add(url)
            self.frontier.add(Task(url, url, "source", url, prior=states.get(url)))
        for row in crawl_store.pending(con, self.sources, now):
            if row["url"] not in self.listings.seen:
                self.listings.seen.add(str(row["url"]))
                self.frontier.add(self.listings.task_of(row))

    # -- one request ------------------------------------------------------------------------------

    def _step(self, task: Task) -> Iterator[Tracked]:
        if urlsplit(task.url).scheme.lower() not in ("http", "https"):
            yield self.fail(task, Errors.E311.format(url=task.url), retry=False)
            return
        robots = self.tools.robots.get(task.url)
        if robots is None:
            self._fetch_robots(task.url)
            self.frontier.add(task, first=True)
            return
        if robots.error is not None:
            yield self.fail(task, Errors.E312.format(url=task.url, robots=robots.url, detail=robots.error), retry=True)
        elif not robots.allowed(task.url):
            self.stats.disallowed += 1
            reason = Errors.E306.format(url=task.url, robots=robots.url, agent=ROBOTS_AGENT)
            yield Tracked(None, {"fetches": [state.row_of(task, self.tools.now(), status="disallowed",
                                                          reason=reason, fetched_at=None)]})
        elif task.role == "item" and not task.chain and not task.attempt and \
                0 < self.opts.max_pages <= self._item_requests:
            self.stats.deferred += 1  # stays queued for the next run
        else:
            yield from self._request(task, robots)

    def _request(self, task: Task, robots: Robots) -> Iterator[Tracked]:
        self.stats.requests += 1
        self._item_requests += task.role == "item" and not task.chain and not task.attempt
        try:
            ex = self.tools.fetcher.get(task.url, headers=state.conditional(task))
        except FetchError as err:
            yield from self._network_failure(task, err)
            return
        finally:
            self.frontier.wait(task.url, max(self.opts.min_delay, robots.delay()))
        self._network_failures.pop(urlsplit(task.url).netloc, None)
        yield from self._response(task, ex)

    def _network_failure(self, task: Task, err: FetchError) -> Iterator[Tracked]:
        yield self.fail(task, str(err), retry=err.kind not in ("too-large", "encoding"))
        if err.kind in ("dns", "refused", "timeout", "network"):
            host = urlsplit(task.url).netloc
            self._network_failures[host] += 1
            if self._network_failures[host] >= self.opts.host_failures:
                self.stats.deferred += len(self.frontier.drop(task.url))  # their rows stay queued

    def _fetch_robots(self, url: str) -> None:
        """Fetch, archive and keep the robots.txt of ``url``'s host (redirects followed, up to 5)."""
        target, now = robots_url(url), self.tools.clock()
        for _hop in range(6):
            self.stats.requests += 1
            try:
                ex = self.tools.fetcher.get(target, limit=ROBOTS_LIMIT, truncate=True)
            except FetchError as err:
                self.tools.robots.put(url, Robots(robots_url(url), error=str(err), fetched=now))
                break
            self.tools.archive.write(ex)
            location = ex.header("location")
            if 300 <= ex.status < 400 and location:
                target = state.normalize(urljoin(target, location))
                continue
            if 200 <= ex.status < 300:
                robots = parse(robots_url(url), ex.body.decode("utf-8", "replace"), now=now)
            elif 400 <= ex.status < 500 and ex.status != 429:
                robots = Robots(robots_url(url), fetched=now)  # no robots.txt: no rules
            else:
                robots = Robots(robots_url(url), error=f"HTTP {ex.status}", fetched=now)
            self.tools.robots.put(url, robots)
            break
        else:
            self.tools.robots.put(url, Robots(robots_url(url), error="too many redirects", fetched=now))
        found = self.tools.robots.get(url)
        self.frontier.wait(url, max(self.opts.min_delay, found.delay() if found else 0.0))

    # -- what came back ---------------------------------------------------------------------------

    def _response(self, task: Task, ex: Exchange) -> Iterator[Tracked]:
        status, archive = ex.status, self.tools.archive
        location = ex.header("location")
        if 300 <= status < 400 and status != 304 and location:
            archive.write(ex)
            yield from self._redirect(task, state.normalize(urljoin(ex.url, location)))
        elif status == 304:
            archive.write(ex)
            self.stats.not_modified += 1
            yield Tracked(None, {"fetches": [state.fetched(task, ex, self.tools.now())]})
            yield from self.listings.known_children(task)
        elif status == 429 or status >= 500:
            archive.write(ex)
            yield from self._retry(task, ex)
        elif not 200 <= status < 300:
            archive.write(ex)
            reason = Errors.E304.format(url=ex.url, status=status, phrase=ex.reason or "")
            yield self.fail(task, reason.replace(" .", "."), retry=True, http_status=status, final_url=ex.url)
        else:
            yield from self._content(task, ex)

    def _redirect(self, task: Task, target: str) -> Iterator[Tracked]:
        chain = (*task.chain, task.url)
        shown = " → ".join((*chain, target))
        if target in chain:
            yield self.fail(task, Errors.E309.format(url=task.origin, chain=shown), retry=False)
        elif len(chain) > self.opts.max_redirects:
            yield self.fail(task, Errors.E310.format(url=task.origin, limit=self.opts.max_redirects, chain=shown),
                            retry=False)
        else:
            self.frontier.add(replace(task, url=target, chain=chain, attempt=0), first=True)

    def _retry(self, task: Task, ex: Exchange) -> Iterator[Tracked]:
        now = self.tools.now()
        asked = state.retry_after(ex, now)
        wait = asked if asked is not None else min(self.opts.max_backoff, self.opts.backoff * 2 ** task.attempt)
        if task.attempt >= self.opts.retries:
            reason = Errors.E305.format(url=ex.url, status=ex.status, phrase=ex.reason, attempts=task.attempt + 1)
            yield self.fail(task, reason, retry=True, http_status=ex.status, final_url=ex.url)
        elif wait > self.opts.max_wait:
            reason = Errors.E317.format(url=ex.url, status=ex.status, seconds=wait, limit=self.opts.max_wait)
            self.frontier.wait(task.url, wait)
            yield self.fail(task, reason, retry=True, wait=wait, http_status=ex.status, final_url=ex.url)
        else:
            self.frontier.wait(task.url, wait)
            self.frontier.add(replace(task, attempt=task.attempt + 1), first=True)

    def _content(self, task: Task, ex: Exchange) -> Iterator[Tracked]:
        body_digest = digest(ex.body)
        kind = kind_of(ex.body, ex.header("content-type") or "")
        prior = task.prior or {}
        if prior.get("payload_digest") == body_digest and prior.get("record_id") and prior.get("record_date"):
            self.tools.archive.revisit(ex, body_digest=body_digest,
                                       refers_to=(str(prior["record_id"]), str(prior["record_date"])))
            self.stats.unchanged += 1
            row = state.fetched(task, ex, self.tools.now())
            if kind in ("feed", "sitemap") and task.role != "item":
                yield from self.listings.read(task, ex, row)
            else:
                yield Tracked(None, {"fetches": [row]})
        elif kind == "html" and task.role != "sitemap":
            yield self._page(task, ex, body_digest)
        elif kind in ("feed", "sitemap") and task.role != "item":
            archived = self.tools.archive.write(ex)
            yield from self.listings.read(task, ex, state.fetched(
                task, ex, self.tools.now(), payload_digest=body_digest, record_id=archived.record_id,
                record_date=archived.record_date, warc_file=str(archived.path)))
        else:
            self.tools.archive.write(ex)
            ctype = ex.header("content-type") or ""
            reason = (Errors.E315.format(url=ex.url, kind=kind) if kind in ("feed", "sitemap", "html")
                      else Errors.E308.format(url=ex.url, ctype=ctype))
            yield self.fail(task, reason, retry=False, http_status=ex.status, final_url=ex.url, kind=kind)

    def _page(self, task: Task, ex: Exchange, body_digest: str) -> Tracked:
        """Archive a new page and read its article from the archived records (as a replay would)."""
        from newsgraph.read.sources import read_bytes

        hints = task.hints
        archived = self.tools.archive.write(ex, record_id=page_record_id(ex.url, body_digest, hints), hints=hints)
        self.stats.pages += 1
        now = self.tools.now()
        read = list(read_bytes(archived.data, name=str(archived.path)))
        article = next((a for a in read if isinstance(a, Article)), None)
        kept: Any = {"payload_digest": body_digest, "record_id": archived.record_id,
                     "record_date": archived.record_date, "warc_file": str(archived.path), "kind": "page"}
        sources = [self.listings.source_row(task.origin, "page")] if task.role == "source" else []
        if article is None:
            problem = next((f.reason for f in read if isinstance(f, Failure)), "no article in the page")
            return replace(self.fail(task, problem, retry=False, http_status=ex.status, final_url=ex.url, **kept),
                           stage="read")
        row = state.fetched(task, ex, now, article_id=article.id, stored_at=now, **kept)
        return Tracked(article, {"fetches": [row], **({"sources": sources} if sources else {})})

    def fail(self, task: Task, reason: str, *, retry: bool, wait: float | None = None, **changes: object) -> Tracked:
        """A failure row (``failures``, stage fetch, named by the URL) and the URL's ``fetches`` row."""
        self.stats.failed += 1
        row: Row = state.failed(task, reason, self.tools.now(), self.opts, retry=retry, wait=wait, **changes)
        return Tracked(Failure(task.origin, reason), {"fetches": [row]})
