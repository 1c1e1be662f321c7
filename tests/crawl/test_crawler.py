"""The crawler against a fault-injecting server on 127.0.0.1 (no model: articles are read, not parsed).

Each fault the issue names: a feed of several items, a sitemap index, a slow page, 500 then 200, 429 with
Retry-After, 404, a redirect loop, a path disallowed by robots.txt, an oversized body, a wrong charset,
gzip, a feed that answers 304 the second time; and the politeness rules around them.
"""

from __future__ import annotations

import gzip
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
import pytest
from crawl_helpers import crawl_once, fetch_rows
from crawl_server import FaultServer, Reply, Request, etagged, html

from newsgraph import __version__
from newsgraph.crawl.http import Fetcher, FetchError
from newsgraph.crawl.options import CrawlOptions

pytestmark = pytest.mark.issue13
ROBOTS_TXT = (("Content-Type", "text/plain"),)


def _rss(server: FaultServer, items: list[tuple[str, str | None, str | None]]) -> bytes:
    """An RSS feed of (path, title, RFC 822 date) items."""
    out = []
    for path, title, when in items:
        parts = [f"<link>{server.url(path)}</link>"]
        if title:
            parts.append(f"<title>{title}</title>")
        if when:
            parts.append(f"<pubDate>{when}</pubDate>")
        out.append("<item>" + "".join(parts) + "</item>")
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Courier</title>"
            + "".join(out) + "</channel></rss>").encode()


def _serve_pages(server: FaultServer, pages: dict[str, bytes]) -> list[str]:
    for name, body in pages.items():
        server.routes[f"/news/{name}"] = etagged(body, "text/html; charset=utf-8", f'"{name}-v1"')
    return [f"/news/{name}" for name in pages]


def test_feed_items_are_read_and_robots_disallowed_links_never_requested(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    paths = _serve_pages(server, pages)
    server.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /private/\n", ROBOTS_TXT)
    server.routes["/feed.xml"] = etagged(_rss(server, [(p, None, None) for p in [*paths, "/private/x"]]),
                                         "application/rss+xml", '"feed-1"')
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/feed.xml")], fast)
    assert sorted(a.url for a in out.articles) == sorted(server.url(p) for p in paths)
    assert all(a.format == "warc" and a.path == str(out.archive) for a in out.articles)
    assert "/private/x" not in server.paths()
    row = fetch_rows(tmp_path / "kb.duckdb")[server.url("/private/x")]
    assert row["status"] == "disallowed" and "disallowed by" in row["reason"] and "robots.txt" in row["reason"]
    assert max(hit.concurrent for hit in server.hits) == 1  # one request at a time


def test_second_run_asks_the_feed_conditionally_and_requests_no_page(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    paths = _serve_pages(server, pages)
    server.routes["/feed.xml"] = etagged(_rss(server, [(p, None, None) for p in paths]), "application/rss+xml",
                                         '"feed-1"', modified="Mon, 04 Mar 2024 10:00:00 GMT")
    db = tmp_path / "kb.duckdb"
    crawl_once(db, [server.url("/feed.xml")], fast)
    server.hits.clear()
    again = crawl_once(db, [server.url("/feed.xml")], fast)
    assert again.articles == [] and again.failures == []
    assert again.stats is not None and again.stats.not_modified == 1
    (feed,) = [h for h in server.hits if h.path == "/feed.xml"]
    assert feed.headers["if-none-match"] == '"feed-1"'
    assert feed.headers["if-modified-since"] == "Mon, 04 Mar 2024 10:00:00 GMT"
    assert not [h for h in server.hits if h.path.startswith("/news/")]


def test_a_changed_item_is_asked_again_conditionally_and_an_unchanged_body_adds_nothing(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    body = pages["grain-deal"]
    server.routes["/news/a"] = Reply(200, body, (("Content-Type", "text/html"), ("ETag", '"a1"')))
    server.routes["/feed.xml"] = Reply(200, _rss(server, [("/news/a", None, "Mon, 04 Mar 2024 09:00:00 GMT")]),
                                       (("Content-Type", "application/rss+xml"),))
    db = tmp_path / "kb.duckdb"
    assert len(crawl_once(db, [server.url("/feed.xml")], fast).articles) == 1
    # the feed now says the item changed after we fetched it: asked again, with its validator
    server.routes["/feed.xml"] = Reply(200, _rss(server, [("/news/a", None, "Mon, 04 Mar 2030 09:00:00 GMT")]),
                                       (("Content-Type", "application/rss+xml"),))
    server.hits.clear()
    again = crawl_once(db, [server.url("/feed.xml")], fast)
    (page,) = [h for h in server.hits if h.path == "/news/a"]
    assert page.headers["if-none-match"] == '"a1"'
    assert again.articles == [] and again.stats is not None and again.stats.unchanged == 1  # same body: a revisit


def test_sitemap_index_news_sitemap_metadata_fills_what_the_page_lacks(
        server: FaultServer, fast: CrawlOptions, tmp_path: Path) -> None:
    bare = b"<html><body><div><p>" + b"Ministers met in Fredville on Monday to discuss the harbour plan. " * 3 + \
        b"</p><p>The talks will resume next week, officials said.</p></div></body></html>"
    server.routes["/sitemap_index.xml"] = Reply(200, (
        f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<sitemap><loc>{server.url('/news-sitemap')}</loc></sitemap>"
        f"<sitemap><loc>{server.url('/old.xml.gz')}</loc></sitemap></sitemapindex>").encode(),
        (("Content-Type", "application/xml"),))
    server.routes["/news-sitemap"] = Reply(200, (
        f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
        f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'><url><loc>{server.url('/news/bare')}</loc>"
        f"<news:news><news:publication_date>2024-03-10</news:publication_date>"
        f"<news:title>Harbour plan talks in Fredville</news:title></news:news></url></urlset>").encode(),
        (("Content-Type", "text/xml"),))
    server.routes["/old.xml.gz"] = Reply(200, gzip.compress(
        f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{server.url('/news/old')}</loc>"
        f"</url></urlset>".encode()), (("Content-Type", "application/x-gzip"),))
    server.routes["/news/bare"] = html(bare)
    server.routes["/news/old"] = html(b"<html><head><title>Old story</title></head><body><p>"
                                      + b"An old story about the harbour, long ago. " * 4 + b"</p></body></html>")
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/sitemap_index.xml")], fast)
    by_url = {a.url: a for a in out.articles}
    bare_article = by_url[server.url("/news/bare")]
    assert bare_article.headline is not None and bare_article.headline.text == "Harbour plan talks in Fredville"
    assert bare_article.published == date(2024, 3, 10)
    assert by_url[server.url("/news/old")].headline.text == "Old story"  # type: ignore[union-attr]
    rows = fetch_rows(tmp_path / "kb.duckdb")
    assert rows[server.url("/sitemap_index.xml")]["kind"] == "sitemap-index"
    assert rows[server.url("/news-sitemap")]["role"] == "sitemap"


def test_slow_page_times_out_and_the_crawl_goes_on(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    server.routes["/news/slow"] = Reply(200, pages["dam-protest"], (("Content-Type", "text/html"),), delay=1.5)
    server.routes["/news/ok"] = html(pages["rail-fares"])
    server.routes["/feed.xml"] = Reply(200, _rss(server, [("/news/slow", None, None), ("/news/ok", None, None)]),
                                       (("Content-Type", "application/rss+xml"),))
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/feed.xml")], fast)
    assert [a.url for a in out.articles] == [server.url("/news/ok")]
    (failure,) = out.failures
    assert failure.name == server.url("/news/slow") and "0.5 s read timeout" in failure.reason


def test_500_then_200_is_retried_and_always_500_fails_after_the_retries(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    def flaky(req: Request) -> Reply:
        return Reply(500, b"busy") if req.count == 0 else html(pages["grain-deal"])

    server.routes["/news/flaky"] = flaky
    server.routes["/news/broken"] = Reply(503, b"down")
    server.routes["/feed.xml"] = Reply(200, _rss(server, [("/news/flaky", None, None), ("/news/broken", None, None)]),
                                       (("Content-Type", "application/rss+xml"),))
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/feed.xml")], fast)
    assert [a.url for a in out.articles] == [server.url("/news/flaky")]
    assert server.paths().count("/news/flaky") == 2
    assert server.paths().count("/news/broken") == fast.retries + 1
    (failure,) = out.failures
    assert "HTTP 503" in failure.reason and f"after {fast.retries + 1} attempts" in failure.reason
    row = fetch_rows(tmp_path / "kb.duckdb")[server.url("/news/broken")]
    assert row["status"] == "failed" and row["attempts"] == 1 and row["next_try"] is not None


def test_429_waits_as_long_as_retry_after_says(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    def limited(req: Request) -> Reply:
        return Reply(429, b"slow down", (("Retry-After", "1"),)) if req.count == 0 else html(pages["rail-fares"])

    server.routes["/news/limited"] = limited
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/news/limited")], fast)
    assert len(out.articles) == 1
    first, second = [h for h in server.hits if h.path == "/news/limited"]
    assert second.at - first.at >= 1.0


def test_a_retry_after_longer_than_a_run_waits_leaves_the_url_for_later(
        server: FaultServer, fast: CrawlOptions, tmp_path: Path) -> None:
    server.routes["/news/later"] = Reply(503, b"", (("Retry-After", "3600"),))
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/news/later")], fast)
    (failure,) = out.failures
    assert "Retry-After" in failure.reason and server.paths().count("/news/later") == 1


def test_404_redirect_loop_not_html_and_oversized_are_failures_naming_url_and_reason(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    server.routes["/news/loop-a"] = Reply(302, b"", (("Location", "/news/loop-b"),))
    server.routes["/news/loop-b"] = Reply(301, b"", (("Location", "/news/loop-a"),))
    server.routes["/news/moved"] = Reply(301, b"", (("Location", "/news/here"),))
    server.routes["/news/here"] = html(pages["border-talks"])
    server.routes["/news/photo"] = Reply(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, (("Content-Type", "image/png"),))
    big = pages["grain-deal"] + b"<!--" + b"x" * 10_500_000 + b"-->"
    server.routes["/news/huge"] = Reply(200, big, (("Content-Type", "text/html"),))
    server.routes["/news/huge-streamed"] = Reply(200, big, (("Content-Type", "text/html"),), stream=True)
    listed = ["/news/missing", "/news/loop-a", "/news/moved", "/news/photo", "/news/huge", "/news/huge-streamed"]
    server.routes["/feed.xml"] = Reply(200, _rss(server, [(p, None, None) for p in listed]),
                                       (("Content-Type", "application/rss+xml"),))
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/feed.xml")], replace(fast, max_bytes=10_000_000))
    assert [a.url for a in out.articles] == [server.url("/news/here")]  # the redirect's target
    reasons = {f.name.rsplit("/", 1)[-1]: f.reason for f in out.failures}
    assert "HTTP 404" in reasons["missing"]
    assert "redirect loop" in reasons["loop-a"] and "/news/loop-b" in reasons["loop-a"]
    assert "not an HTML page" in reasons["photo"] and "image/png" in reasons["photo"]
    assert "10000000-byte limit" in reasons["huge"] and "Content-Length" in reasons["huge"]
    assert "10000000-byte limit" in reasons["huge-streamed"]
    assert all(f.name.startswith(server.url("/news/")) for f in out.failures)


def test_charset_from_header_meta_or_detection_and_gzip(
        server: FaultServer, fast: CrawlOptions, tmp_path: Path) -> None:
    text = ("<html><head><title>Caf\u00e9 owners\u2019 row in Fredville</title></head><body><p>The caf\u00e9 "
            "owners\u2019 association said on Monday that na\u00efve plans to close the street \u2013 the end of a "
            "long dispute \u2013 would hurt trade in the old town.</p><p>The council will vote on the plan "
            "next week, its leader said.</p></body></html>")
    server.routes["/news/mislabelled"] = html(text.encode("cp1252"), charset="utf-8")  # says utf-8, is cp1252
    server.routes["/news/latin-label"] = html(text.encode("utf-8"), charset="iso-8859-1")  # says latin-1, is utf-8
    server.routes["/news/zipped"] = html(text, gzip=True)
    out = crawl_once(tmp_path / "kb.duckdb", [server.url(p) for p in
                                              ("/news/mislabelled", "/news/latin-label", "/news/zipped")], fast)
    assert len(out.articles) == 3 and not out.failures
    for article in out.articles:
        assert "caf\u00e9 owners\u2019 association" in article.text and "na\u00efve" in article.text


def test_robots_crawl_delay_spaces_requests_and_the_user_agent_names_newsgraph(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    paths = _serve_pages(server, dict(list(pages.items())[:3]))
    server.routes["/robots.txt"] = Reply(200, b"User-agent: newsgraph\nCrawl-delay: 0.3\n", ROBOTS_TXT)
    opts = replace(fast, contact="news-desk@example.org")
    crawl_once(tmp_path / "kb.duckdb", [server.url(p) for p in paths], opts)
    times = [h.at for h in server.hits]
    assert len(times) == 4 and all(b - a >= 0.3 for a, b in zip(times, times[1:], strict=False))
    agents = {h.headers["user-agent"] for h in server.hits}
    assert agents == {f"newsgraph/{__version__} (+news-desk@example.org)"}


def test_only_http_and_https(fast: CrawlOptions, tmp_path: Path) -> None:
    out = crawl_once(tmp_path / "kb.duckdb", ["ftp://127.0.0.1/feed.xml"], fast)
    (failure,) = out.failures
    assert "only http and https" in failure.reason


def test_a_host_that_keeps_failing_is_left_for_the_next_run(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    slow = [f"/news/s{i}" for i in range(5)]
    for path in slow:
        server.routes[path] = Reply(200, b"", delay=1.0)
    server.routes["/feed.xml"] = Reply(200, _rss(server, [(p, None, None) for p in slow]),
                                       (("Content-Type", "application/rss+xml"),))
    db = tmp_path / "kb.duckdb"
    out = crawl_once(db, [server.url("/feed.xml")], replace(fast, host_failures=2))
    assert len(out.failures) == 2 and out.stats is not None and out.stats.deferred == 3
    queued = [u for u, r in fetch_rows(db).items() if r["status"] == "queued"]
    assert len(queued) == 3
    for path in slow:
        server.routes[path] = html(pages["grain-deal"].replace(b"Monday", path.encode()))
    again = crawl_once(db, [server.url("/feed.xml")], fast)
    assert sorted(a.url for a in again.articles) == sorted(queued)  # the failed two wait for their retry time


def test_max_pages_leaves_the_rest_queued(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    paths = _serve_pages(server, pages)
    server.routes["/feed.xml"] = Reply(200, _rss(server, [(p, None, None) for p in paths]),
                                       (("Content-Type", "application/rss+xml"),))
    db = tmp_path / "kb.duckdb"
    first = crawl_once(db, [server.url("/feed.xml")], replace(fast, max_pages=2))
    second = crawl_once(db, [server.url("/feed.xml")], fast)
    assert len(first.articles) == 2 and len(second.articles) == 4
    assert {a.url for a in first.articles + second.articles} == {server.url(p) for p in paths}


def test_dns_and_refused_are_named(fast: CrawlOptions) -> None:
    def no_dns(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with Fetcher(fast, transport=httpx.MockTransport(no_dns)) as fetcher, pytest.raises(FetchError) as dns:
        fetcher.get("http://newsgraph-test.invalid/feed")
    assert dns.value.kind == "dns" and "could not be resolved" in str(dns.value)
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before the request: nothing listens there
    with Fetcher(fast) as fetcher, pytest.raises(FetchError) as refused:
        fetcher.get(f"http://127.0.0.1:{port}/feed")
    assert refused.value.kind == "refused" and "connection was refused" in str(refused.value)


def test_too_many_redirects_and_an_unreachable_host_are_named(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    for hop in range(4):
        server.routes[f"/r{hop}"] = Reply(302, b"", (("Location", f"/r{hop + 1}"),))
    server.routes["/r4"] = html(pages["grain-deal"])
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    out = crawl_once(tmp_path / "kb.duckdb", [server.url("/r0"), f"http://127.0.0.1:{closed}/feed.xml"],
                     replace(fast, max_redirects=2))
    reasons = {f.name: f.reason for f in out.failures}
    assert out.articles == [] and len(reasons) == 2
    assert "more than 2 redirects" in reasons[server.url("/r0")] and "/r3" in reasons[server.url("/r0")]
    refused = reasons[f"http://127.0.0.1:{closed}/feed.xml"]
    assert "robots.txt could not be fetched" in refused and "connection was refused" in refused
    assert "/r4" not in server.paths()
