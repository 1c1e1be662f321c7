"""How the ingest groups articles into worker chunks: bounded in count and characters, the last one shared out."""

from __future__ import annotations

from newsgraph.ingest.run import _chunks, _split_last
from newsgraph.ingest.tracked import FLUSH, Tracked
from newsgraph.read.sources import Failure
from newsgraph.read.text import read_text
from newsgraph.records import Article


def _articles(n: int, size: int = 100) -> list[Article]:
    return [read_text("Headline\n" + "word " * (size // 5), id=f"a{i}") for i in range(n)]


def test_chunks_are_bounded_by_count_and_characters() -> None:
    arts = _articles(10, size=1000)
    by_count = [len(c.articles) for c in _chunks(arts, 4, 10**9)]
    assert by_count == [4, 4, 2]
    by_chars = [len(c.articles) for c in _chunks(arts, 100, 2500)]
    assert by_chars == [2, 2, 2, 2, 2]


def test_failures_travel_with_their_chunk() -> None:
    items: list[Article | Failure] = [*_articles(2), Failure("bad.txt", "empty"), *_articles(1)]
    chunks = list(_chunks(items, 64, 10**9))
    assert len(chunks) == 1
    assert [a.id for a in chunks[0].articles] == ["a0", "a1", "a0"]
    assert [f["name"] for f in chunks[0].failures] == ["bad.txt"]


def test_the_last_chunk_is_cut_into_one_piece_per_worker() -> None:
    arts = _articles(11)
    chunks = list(_split_last(_chunks(arts, 4, 10**9), 2))
    assert [len(c.articles) for c in chunks] == [4, 4, 2, 1]
    assert [x.id for c in chunks for x in c.articles] == [x.id for x in arts]


def test_split_keeps_failures_once_and_handles_empty_input() -> None:
    items: list[Article | Failure] = [Failure("x.gz", "not gzip"), *_articles(3)]
    chunks = list(_split_last(_chunks(items, 64, 10**9), 4))
    assert [len(c.articles) for c in chunks] == [1, 1, 1]
    assert sum(len(c.failures) for c in chunks) == 1
    assert list(_split_last(iter([]), 2)) == []
    only_failures = list(_split_last(_chunks([Failure("y", "bad")], 64, 10**9), 2))
    assert [(len(c.articles), len(c.failures)) for c in only_failures] == [(0, 1)]


def test_crawl_state_travels_with_its_article_and_flush_ends_a_chunk() -> None:
    a0, a1 = _articles(2)
    row = {"url": "http://127.0.0.1/a0"}
    items = [Tracked(None, {"fetches": [{"url": "feed"}]}), Tracked(a0, {"fetches": [row]}), FLUSH,
             Tracked(Failure("http://127.0.0.1/x", "HTTP 404"), {"fetches": [{"url": "x"}]}), a1]
    first, second = _chunks(items, 64, 10**9)
    assert [a.id for a in first.articles] == ["a0"] and first.later == {"a0": [{"fetches": [row]}]}
    assert first.now == [{"fetches": [{"url": "feed"}]}]
    assert [a.id for a in second.articles] == ["a1"] and second.later == {}
    assert [f["stage"] for f in second.failures] == ["fetch"] and second.now == [{"fetches": [{"url": "x"}]}]
