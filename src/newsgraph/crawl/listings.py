"""Feeds, sitemaps and sitemap indexes in a crawl: which of their links to request, and the rows that
queue them (written with the listing's own row, so a run killed halfway still requests them later)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newsgraph.crawl import state
from newsgraph.crawl.frontier import Task
from newsgraph.crawl.http import Exchange
from newsgraph.errors import ReadError
from newsgraph.ingest.tracked import Tracked
from newsgraph.read.feeds import Link, Listing, read_listing
from newsgraph.store import crawl as crawl_store
from newsgraph.store.rows import Row

if TYPE_CHECKING:
    from newsgraph.crawl.crawler import Crawler

MAX_DEPTH = 3  # sitemap indexes listing sitemap indexes, at most this deep


def task_of(row: Row, *, depth: int = 0) -> Task:
    """The task that requests a link left over from an earlier run (its ``fetches`` row)."""
    return Task(str(row["url"]), str(row["url"]), row["role"], str(row["source"]), parent=row["parent"], prior=row,
                title=row["title"], published=row["published"], updated=row["listed_updated"], depth=depth)


class Listings:
    """The listing side of one crawl run: links seen, sitemaps requested per source, source rows."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()
        self.sources: dict[str, Row] = {}
        self._sitemaps: Counter[str] = Counter()

    def task_of(self, row: Row) -> Task:
        """A task for a left-over row (see :func:`task_of`)."""
        return task_of(row)

    def source_row(self, url: str, kind: str) -> Row:
        """The ``sources`` row of ``url`` with its kind now known."""
        row = {**self.sources.get(url, {"url": url, "added": self.crawler.tools.now()}), "kind": kind}
        self.sources[url] = row
        return row

    def read(self, task: Task, ex: Exchange, row: Row) -> Iterator[Tracked]:
        """Read a listing's links, queue those worth a request, and yield the rows of all that."""
        crawler = self.crawler
        try:
            listing = read_listing(ex.body, url=ex.url, content_type=ex.header("content-type") or "")
        except ReadError as err:
            yield crawler.fail(task, str(err), retry=True, http_status=ex.status, final_url=ex.url)
            return
        upserts: dict[str, list[Row]] = {"fetches": [{**row, "kind": listing.kind}, *self._queue(task, listing)]}
        if task.role == "source":
            upserts["sources"] = [self.source_row(task.origin, listing.kind)]
        yield Tracked(None, upserts)

    def _capped(self, task: Task) -> bool:
        return self._sitemaps[task.source] >= self.crawler.opts.max_sitemaps

    def _wanted(self, role: str, prior: Row | None, link: Link) -> bool:
        now = self.crawler.tools.now()
        if role == "sitemap" and prior is not None and prior["status"] == "fetched":
            # a sitemap changes while its index stays the same: asked again unless its lastmod says not
            return link.updated is None or prior["fetched_at"] is None or link.updated > prior["fetched_at"]
        return state.wanted(prior, link, now)

    def _queue(self, task: Task, listing: Listing) -> list[Row]:
        """Queue the links of ``listing`` worth a request; return their rows (status queued)."""
        role: Any = "sitemap" if listing.kind == "sitemap-index" else "item"
        if role == "sitemap" and task.depth >= MAX_DEPTH:
            return []
        links = {state.normalize(link.url): link for link in reversed(listing.links)}  # first listing of a URL wins
        fresh = [u for u in dict.fromkeys(state.normalize(link.url) for link in listing.links) if u not in self.seen]
        states = crawl_store.fetch_states(self.crawler.db.cursor(), fresh)
        rows: list[Row] = []
        now = self.crawler.tools.now()
        for url in fresh:
            link, prior = links[url], states.get(url)
            if not self._wanted(role, prior, link):
                continue
            self.seen.add(url)
            child = Task(url, url, role, task.source, parent=task.origin, prior=prior, title=link.title,
                         published=link.published, updated=link.updated, depth=task.depth + (role == "sitemap"))
            rows.append(state.queued(child, now))
            if role == "sitemap":
                if self._capped(task):
                    continue  # queued for the next run
                self._sitemaps[task.source] += 1
            self.crawler.frontier.add(child)
            self.crawler.stats.links += 1
        return rows

    def known_children(self, task: Task) -> Iterator[Tracked]:
        """On a 304 from a sitemap index, ask its sitemaps again (each conditionally): they change under it."""
        if (task.prior or {}).get("kind") != "sitemap-index" or task.depth >= MAX_DEPTH:
            return
        for row in crawl_store.children(self.crawler.db.cursor(), task.origin):
            url = str(row["url"])
            if url in self.seen or self._capped(task) or row["status"] in ("failed", "disallowed"):
                continue
            self.seen.add(url)
            self._sitemaps[task.source] += 1
            self.crawler.frontier.add(task_of(row, depth=task.depth + 1))
        yield from ()
