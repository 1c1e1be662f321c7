"""Around the crawler: durations, Retry-After dates, --urls files, schema version 2, stats and the status page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from crawl_helpers import crawl_once
from crawl_server import FaultServer, Reply, etagged
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.crawl.http import Exchange
from newsgraph.crawl.options import CrawlOptions, parse_duration
from newsgraph.crawl.state import retry_after
from newsgraph.errors import StoreError
from newsgraph.store.duckdb import Database

pytestmark = pytest.mark.issue13


@pytest.mark.parametrize(("text", "seconds"), [("90", 90), ("30s", 30), ("15m", 900), ("1h", 3600), ("1d", 86400),
                                               ("1h30m", 5400), ("0.5s", 0.5), (" 2 m ", 120)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "-5m", "0", "5m later"])
def test_bad_durations_are_refused_with_the_fix(text: str) -> None:
    with pytest.raises(ValueError, match="not a duration: give seconds"):
        parse_duration(text)


def _exchange(retry: str) -> Exchange:
    return Exchange("http://127.0.0.1/x", (), 503, "Service Unavailable", "HTTP/1.1", (("Retry-After", retry),), b"",
                    b"")


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    now = datetime(2024, 3, 4, 12, 0, 0)
    assert retry_after(_exchange("120"), now) == 120
    assert retry_after(_exchange("Mon, 04 Mar 2024 12:05:00 GMT"), now) == 300
    assert retry_after(_exchange("Mon, 04 Mar 2024 11:00:00 GMT"), now) == 0  # already past
    assert retry_after(_exchange("whenever"), now) is None


def test_an_older_database_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Database(db) as opened:
        opened.execute_fn(lambda con: con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
        opened.execute_fn(lambda con: con.execute("DROP TABLE fetches"))
    with pytest.raises(StoreError, match="schema version 1; this newsgraph reads version 2 .*sources, fetches"):
        Database(db)
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert "fetches" not in tables  # not half-upgraded


def test_sitemap_index_not_modified_asks_its_sitemaps_again_conditionally(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    index = (f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>"
             f"{server.url('/news.xml')}</loc></sitemap></sitemapindex>").encode()
    urlset = (f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{server.url('/news/a')}"
              f"</loc></url></urlset>").encode()
    server.routes["/index.xml"] = etagged(index, "application/xml", '"i1"')
    server.routes["/news.xml"] = etagged(urlset, "application/xml", '"n1"')
    server.routes["/news/a"] = etagged(pages["grain-deal"], "text/html", '"a1"')
    db = tmp_path / "kb.duckdb"
    assert len(crawl_once(db, [server.url("/index.xml")], fast).articles) == 1
    server.hits.clear()
    again = crawl_once(db, [server.url("/index.xml")], fast)
    assert again.articles == []
    asked = {h.path: h.headers.get("if-none-match") for h in server.hits}
    assert asked == {"/robots.txt": None, "/index.xml": '"i1"', "/news.xml": '"n1"'}


def test_ingest_reads_a_urls_file_and_refuses_an_empty_one(tmp_path: Path) -> None:
    empty = tmp_path / "none.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    result = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["ingest", "--urls", str(empty), "--db",
                                                            str(tmp_path / "kb.duckdb")])
    assert result.exit_code == 2 and "no URLs in the file" in result.output


def test_watch_needs_sources_and_a_duration(tmp_path: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "400"})
    none = runner.invoke(app, ["watch", "--db", str(tmp_path / "kb.duckdb"), "--once"])
    assert none.exit_code == 2 and "give feed, sitemap or page URLs" in none.output
    bad = runner.invoke(app, ["watch", "http://127.0.0.1:9/feed", "--every", "often", "--once"])
    assert bad.exit_code == 2 and "not a duration" in bad.output


def test_stats_and_the_status_page_show_each_source(
        server: FaultServer, pages: dict[str, bytes], fast: CrawlOptions, tmp_path: Path) -> None:
    server.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /private/\n",
                                         (("Content-Type", "text/plain"),))
    server.routes["/news/a"] = etagged(pages["grain-deal"], "text/html", '"a1"')
    links = "".join(f"<item><link>{server.url(p)}</link></item>" for p in ("/news/a", "/news/gone", "/private/b"))
    server.routes["/feed.xml"] = Reply(200, f"<rss version='2.0'><channel>{links}</channel></rss>".encode(),
                                       (("Content-Type", "application/rss+xml"),))
    db = tmp_path / "kb.duckdb"
    crawl_once(db, [server.url("/feed.xml"), server.url("/down.xml")], fast)

    result = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    import json

    sources = {s["url"]: s for s in json.loads(result.output)[0]["sources"]}
    feed, down = sources[server.url("/feed.xml")], sources[server.url("/down.xml")]
    assert (feed["kind"], feed["last_status"], feed["errors"], feed["disallowed"], feed["queued"]) == (
        "feed", "fetched", 1, 1, 0)
    assert feed["new_articles"] == 1 and feed["last_fetch"]  # read by crawl_once, stored by it too
    assert down["last_status"] == "failed" and "HTTP 404" in down["last_error"]
    table = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["stats", "--db", str(db)])
    assert "Sources (2)" in table.output and server.url("/feed.xml") in table.output

    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    with TestClient(create_app(db)) as client:
        page = client.get("/status")
        assert page.status_code == 200
        assert server.url("/feed.xml") in page.text and "Links not fetched" in page.text
        assert "disallowed by" in page.text and server.url("/private/b") in page.text
        api = client.get("/api/status").json()
        assert {s["url"] for s in api["sources"]} == set(sources)


def test_ingest_urls_file_with_comments_records_each_failure_by_url(server: FaultServer, tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# our sources\n{server.url('/gone.xml')}   # retired\n\n{server.url('/also-gone')}\n",
                       encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    result = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["ingest", "--urls", str(listing), "--db", str(db),
                                                            "--min-delay", "0.01", "--workers", "1", "-q"])
    assert result.exit_code == 1, result.output
    assert "0 articles added, 0 already there, 2 failed" in result.output
    with Database(db, read_only=True) as opened:
        names = opened.cursor().execute("SELECT name, stage FROM failures ORDER BY name").fetchall()
    assert names == [(server.url("/also-gone"), "fetch"), (server.url("/gone.xml"), "fetch")]
