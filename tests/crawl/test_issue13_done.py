"""Issue 13's "done when", with the model: a local feed into the knowledge base, politely and incrementally.

A feed of six article pages (tests/data/crawl, written by us) plus a broken link (404), a page that always
answers 500 and a link robots.txt disallows, served on 127.0.0.1. ``newsgraph ingest FEED`` stores the six
articles and two failures and never requests the disallowed page; running it again adds nothing and
requests no page without a conditional header. ``watch --once`` twice, and a watch killed with SIGKILL
then run again, leave the same database as one clean run; the WARC archive read into a fresh database
gives the same rows.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from crawl_server import FaultServer, Reply, etagged
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.crawl.options import CrawlOptions
from newsgraph.store import schema
from newsgraph.store.duckdb import Database

pytestmark = [pytest.mark.issue13, pytest.mark.model]
CRAWL_TABLES = ("sources", "fetches")
# What a crawl leaves in ``fetches`` whatever the run's history: its times, WARC files, record ids and the
# last answer (200 or 304) are the log of that history, not its result.
FETCH_COLUMNS = ("url", "source", "parent", "role", "kind", "status", "reason", "final_url", "article_id",
                 "title", "published", "payload_digest")
FAST = ["--min-delay", "0.01", "--timeout", "2", "--retries", "1", "-q"]


def _site(server: FaultServer, pages: dict[str, bytes], *, delay: float = 0.0) -> str:
    """Serve the six pages, a 404, an always-500 page and a disallowed one from a feed; return the feed URL."""
    server.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /private/\n",
                                         (("Content-Type", "text/plain"),))
    links = []
    for name, body in pages.items():
        route = etagged(body, "text/html; charset=utf-8", f'"{name}"')
        server.routes[f"/news/{name}"] = (lambda req, r=route: Reply(**{**vars(r(req)), "delay": delay})) \
            if delay else route
        links.append(f"/news/{name}")
    server.routes["/news/broken"] = Reply(500, b"<html><body><p>Server error</p></body></html>",
                                          (("Content-Type", "text/html"),))
    links += ["/news/gone", "/news/broken", "/private/draft"]
    items = "".join(f"<item><title>{p.rsplit('/', 1)[-1]}</title><link>{server.url(p)}</link></item>" for p in links)
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Courier</title>{items}</channel></rss>"
    server.routes["/feed.xml"] = etagged(feed.encode(), "application/rss+xml", '"feed-1"')
    return server.url("/feed.xml")


def _counts(db: Path) -> tuple[int, list[tuple[str, str]]]:
    with Database(db, read_only=True) as opened:
        con = opened.cursor()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        failures = con.execute("SELECT name, stage FROM failures ORDER BY name").fetchall()
    return int(articles), [(str(n), str(s)) for n, s in failures]


def _state(db: Path) -> dict[str, Any]:
    """Every row of every table, but the crawl log's history columns and the WARC file an article came from."""
    with Database(db, read_only=True) as opened:
        con = opened.cursor()
        out: dict[str, Any] = {}
        for table in schema.columns():
            if table in CRAWL_TABLES:
                continue
            rows = con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            if table == "articles":
                where = schema.columns()["articles"].index("source_path")
                assert all(Path(r[where]).is_file() for r in rows)  # the archive each article was read from
                rows = sorted(tuple(None if i == where else v for i, v in enumerate(r)) for r in rows)
            out[table] = rows
        out["fetches"] = con.execute(f"SELECT {', '.join(FETCH_COLUMNS)} FROM fetches ORDER BY url").fetchall()
        out["sources"] = con.execute("SELECT url, kind FROM sources ORDER BY url").fetchall()
    return out


def test_feed_of_six_pages_stores_six_articles_and_two_failures_and_again_adds_nothing(
        server: FaultServer, pages: dict[str, bytes], tmp_path: Path) -> None:
    feed, db = _site(server, pages), tmp_path / "news.duckdb"
    first = CliRunner().invoke(app, ["ingest", feed, "--db", str(db), "--workers", "1", *FAST])
    assert first.exit_code == 1, first.output  # 1: some inputs failed, each with its reason
    articles, failures = _counts(db)
    assert articles == 6
    assert failures == [(server.url("/news/broken"), "fetch"), (server.url("/news/gone"), "fetch")]
    assert "/private/draft" not in server.paths()
    assert "6 articles added" in first.output and "1 disallowed by robots.txt" in first.output

    server.hits.clear()
    again = CliRunner().invoke(app, ["ingest", feed, "--db", str(db), "--workers", "1", *FAST])
    assert again.exit_code == 0, again.output
    assert "0 articles added" in again.output
    assert _counts(db) == (6, failures)
    unconditional = [h.path for h in server.hits if h.path != "/robots.txt"
                     and not ({"if-none-match", "if-modified-since"} & set(h.headers))]
    assert unconditional == []
    assert "/private/draft" not in server.paths()

    status = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["stats", "--db", str(db), "--json"])
    (source,) = __import__("json").loads(status.output)[0]["sources"]
    assert (source["url"], source["kind"], source["articles"], source["errors"], source["disallowed"]) == (
        feed, "feed", 6, 2, 1)


def test_the_warc_archive_read_into_a_fresh_database_gives_the_same_rows(
        server: FaultServer, pages: dict[str, bytes], tmp_path: Path) -> None:
    from newsgraph.ingest.run import IngestOptions, ingest

    feed, live = _site(server, pages), tmp_path / "live.duckdb"
    opts = IngestOptions(in_process=True)
    summary = ingest([feed], live, options=opts, crawl=CrawlOptions(min_delay=0.01, retries=1))
    assert summary.added == 6 and summary.archive is not None
    replay = tmp_path / "replay.duckdb"
    again = ingest([str(summary.archive)], replay, options=opts)
    assert again.added == 6 and again.failed == 0
    live_rows, replay_rows = _state(live), _state(replay)
    for table in schema.columns():
        if table not in (*CRAWL_TABLES, "failures"):  # fetch failures have no archived page to read
            assert replay_rows[table] == live_rows[table], table
    with Database(live, read_only=True) as a, Database(replay, read_only=True) as b:
        sql = "SELECT article_id, source_path FROM articles ORDER BY 1"
        assert a.cursor().execute(sql).fetchall() == b.cursor().execute(sql).fetchall()


def test_watch_once_twice_leaves_the_database_of_one_clean_run(
        server: FaultServer, pages: dict[str, bytes], tmp_path: Path) -> None:
    from newsgraph.crawl.run import watch
    from newsgraph.ingest.run import IngestOptions

    feed = _site(server, pages)
    kwargs: dict[str, Any] = {"every": 900.0, "once": True, "options": IngestOptions(in_process=True),
                              "crawl": CrawlOptions(min_delay=0.01, retries=1)}
    watch([feed], tmp_path / "clean.duckdb", **kwargs)
    twice = tmp_path / "twice.duckdb"
    watch([feed], twice, **kwargs)
    watch([feed], twice, **kwargs)
    assert _state(twice) == _state(tmp_path / "clean.duckdb")


def _watch(feed: str, db: Path) -> list[str]:
    return [sys.executable, "-c", "from newsgraph.cli import app; app()", "watch", feed, "--db", str(db), "--once",
            "--workers", "1", "--chunk-size", "1", "--min-delay", "0.01", "--retries", "1"]


@pytest.mark.slow
def test_a_watch_killed_mid_run_then_run_again_leaves_the_database_of_one_clean_run(
        server: FaultServer, pages: dict[str, bytes], tmp_path: Path) -> None:
    feed = _site(server, pages, delay=0.3)
    clean = tmp_path / "clean.duckdb"
    subprocess.run(_watch(feed, clean), check=False, timeout=600, capture_output=True)
    assert _counts(clean)[0] == 6

    killed = tmp_path / "killed.duckdb"
    server.hits.clear()
    proc = subprocess.Popen(_watch(feed, killed), start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    # with one-article chunks and two in flight, page 4 is asked for only once page 2 is committed
    while proc.poll() is None and time.monotonic() < deadline and \
            sum(p.startswith("/news/") for p in server.paths()) < 4:
        time.sleep(0.01)
    assert proc.poll() is None, "the watch ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the watch and its worker, with no chance to clean up
    proc.wait()
    stored = _counts(killed)[0]
    assert 0 < stored < 6  # really killed in the middle, with whole articles committed

    done = subprocess.run(_watch(feed, killed), check=False, timeout=600, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    assert _state(killed) == _state(clean)
