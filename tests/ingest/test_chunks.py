"""How the ingest groups articles into worker chunks: bounded in count and characters, the last one shared out."""

from __future__ import annotations

from newsgraph.ingest.run import _chunks, _split_last
from newsgraph.read.sources import Failure
from newsgraph.read.text import read_text
from newsgraph.records import Article


def _articles(n: int, size: int = 100) -> list[Article]:
    return [read_text("Headline\n" + "word " * (size // 5), id=f"a{i}") for i in range(n)]


def test_chunks_are_bounded_by_count_and_characters() -> None:
    arts = _articles(10, size=1000)
    by_count = [len(a) for a, _ in _chunks(arts, 4, 10**9)]
    assert by_count == [4, 4, 2]
    by_chars = [len(a) for a, _ in _chunks(arts, 100, 2500)]
    assert by_chars == [2, 2, 2, 2, 2]


def test_failures_travel_with_their_chunk() -> None:
    items: list[Article | Failure] = [*_articles(2), Failure("bad.txt", "empty"), *_articles(1)]
    chunks = list(_chunks(items, 64, 10**9))
    assert len(chunks) == 1
    assert [a.id for a in chunks[0][0]] == ["a0", "a1", "a0"]
    assert [f["name"] for f in chunks[0][1]] == ["bad.txt"]


def test_the_last_chunk_is_cut_into_one_piece_per_worker() -> None:
    arts = _articles(11)
    chunks = list(_split_last(_chunks(arts, 4, 10**9), 2))
    assert [len(a) for a, _ in chunks] == [4, 4, 2, 1]
    assert [x.id for a, _ in chunks for x in a] == [x.id for x in arts]


def test_split_keeps_failures_once_and_handles_empty_input() -> None:
    items: list[Article | Failure] = [Failure("x.gz", "not gzip"), *_articles(3)]
    chunks = list(_split_last(_chunks(items, 64, 10**9), 4))
    assert [len(a) for a, _ in chunks] == [1, 1, 1]
    assert sum(len(f) for _, f in chunks) == 1
    assert list(_split_last(iter([]), 2)) == []
    only_failures = list(_split_last(_chunks([Failure("y", "bad")], 64, 10**9), 2))
    assert [(len(a), len(f)) for a, f in only_failures] == [(0, 1)]
