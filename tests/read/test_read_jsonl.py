"""JSON Lines records: ids kept, every bad line a Failure with its line number, the rest read."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import ReadError
from newsgraph.read import Failure, article_from_record, read_path
from newsgraph.records import Article

TEXT = "Storm hits coast\n\nWinds of 100mph hit the coast on Monday.\n"
HTML = ("<html><head><title>Bridge reopens</title></head><body><h1>Bridge reopens</h1>"
        "<p>The bridge over the Tamar reopened on Monday after repairs.</p></body></html>")


def jsonl(tmp_path: Path, lines: list[object | str], name: str = "in.jsonl") -> Path:
    raw = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    path = tmp_path / name
    path.write_bytes(gzip.compress(raw.encode()) if name.endswith(".gz") else raw.encode())
    return path


def test_records_keep_their_ids_urls_and_dates(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [
        {"id": "a-1", "text": TEXT, "url": "https://example.org/a", "published": "2013-03-05"},
        {"id": 42, "html": HTML, "published": "2016-04-05T10:00:00Z"},
        {"text": TEXT},
    ])
    a, b, c = list(read_path(path))
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert (a.id, a.url, a.published, a.text, a.format) == ("a-1", "https://example.org/a", date(2013, 3, 5),
                                                            TEXT, "jsonl")
    assert a.headline is not None and a.headline.text == "Storm hits coast"
    assert (b.id, b.published) == ("42", date(2016, 4, 5))
    assert b.headline is not None and b.headline.text == "Bridge reopens"
    assert len(c.id) == 16  # a content hash when the record has no id
    assert a.path == str(path)


def test_the_headline_and_body_shape(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"id": "b/1", "headline": "Ad sales boost profit", "body": "Profits rose.\n\nSales too."}])
    art = next(iter(read_path(path)))
    assert isinstance(art, Article)
    assert art.text == "Ad sales boost profit\n\nProfits rose.\n\nSales too."
    assert art.headline is not None and art.headline.text == "Ad sales boost profit"
    assert [p.text for p in art.paragraphs] == ["Profits rose.", "Sales too."]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "text": "unterminated', "line 2: not a JSON object (Unterminated string"),
        ('["a", "list"]', "line 2: not a JSON object (found an array)"),
        ('"just a string"', "line 2: not a JSON object (found a string)"),
        ('{"id": "x"}', 'line 2: the record needs a non-empty "text" or "html" field'),
        ('{"id": "x", "text": "   "}', 'line 2: the record needs a non-empty "text" or "html" field'),
        ('{"id": "x", "text": 5}', 'line 2: "text" must be a string, not a number'),
        ('{"id": "x", "html": ["<p>"]}', 'line 2: "html" must be a string, not an array'),
        ('{"id": ["x"], "text": "Hi."}', 'line 2: "id" must be a string or an integer, not an array'),
        ('{"id": true, "text": "Hi."}', 'line 2: "id" must be a string or an integer, not a boolean'),
        ('{"id": "x", "text": "Hi.", "url": 7}', 'line 2: "url" must be a string, not a number'),
        ('{"id": "x", "text": "Hi.", "published": "yesterday"}', 'line 2: "published" must be a YYYY-MM-DD date'),
        ('{"id": "x", "text": "Hi.", "published": 2013}', 'line 2: "published" must be a YYYY-MM-DD date'),
        ('{"id": "x", "html": "<html><body><script>x()</script></body></html>"}', "line 2: the HTML has no"),
    ],
)
def test_a_bad_line_is_a_failure_and_the_batch_goes_on(tmp_path: Path, line: str, message: str) -> None:
    path = jsonl(tmp_path, [{"id": "1", "text": TEXT}, line, {"id": "3", "text": TEXT}])
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    bad = items[1]
    assert isinstance(bad, Failure) and bad.name == f"{path}:2"
    assert message in bad.reason and str(path) in bad.reason


def test_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"id": "1", "text": TEXT}, "", "   ", "{oops"])
    items = list(read_path(path))
    assert isinstance(items[1], Failure) and items[1].name == f"{path}:4"


def test_a_line_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "1", "text": "Caf\xe9"}\n{"id": "2", "text": "Fine."}\n')
    bad, good = list(read_path(path))
    assert isinstance(bad, Failure) and "line 1" in bad.reason and "0xe9" in bad.reason
    assert isinstance(good, Article) and good.id == "2"


def test_a_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "1", "text": "Fine."}\n')
    assert [a.id for a in read_path(path) if isinstance(a, Article)] == ["1"]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"id": str(n), "text": TEXT} for n in range(5)], name="in.jsonl.gz")
    assert [a.id for a in read_path(path) if isinstance(a, Article)] == ["0", "1", "2", "3", "4"]


def test_a_truncated_jsonl_gz_keeps_what_it_read(tmp_path: Path) -> None:
    raw = "".join(json.dumps({"id": str(n), "text": f"Line {n} of a long file. " * 40}) + "\n" for n in range(400))
    data = gzip.compress(raw.encode(), compresslevel=1)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_path(path))
    assert isinstance(items[-1], Failure) and "truncated gzip" in items[-1].reason
    read = items[:-1]
    assert read and [a.id for a in read if isinstance(a, Article)] == [str(n) for n in range(len(read))]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("fake.jsonl.gz", b'{"id": "1", "text": "Hi."}\n', "not a gzip file"),
        ("empty.jsonl", b"", "empty"),
        ("blank.jsonl", b"\n\n  \n", "empty"),
        ("image.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        ("wide.jsonl", b"\xff\xfe{\x00}\x00", "JSON Lines must be UTF-8"),
    ],
)
def test_a_bad_file_is_one_failure(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_path(path))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].name == str(path) and message in items[0].reason


def test_a_huge_line_is_refused_and_the_next_is_read(tmp_path: Path) -> None:
    from newsgraph.read.decode import MAX_BYTES

    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"id": "1", "text": "' + b"a" * (MAX_BYTES + 5) + b'"}\n')
        fh.write(b'{"id": "2", "text": "Fine."}\n')
    big, good = list(read_path(path))
    assert isinstance(big, Failure) and big.name == f"{path}:1" and "limit" in big.reason
    assert isinstance(good, Article) and good.id == "2"


def test_article_from_record_raises_read_errors() -> None:
    with pytest.raises(ReadError, match=r"in\.jsonl, line 7: not a JSON object \(found a number\)"):
        article_from_record(3, name="in.jsonl", line=7)
    art = article_from_record({"id": "r", "text": TEXT}, name="in.jsonl", line=1)
    assert art.id == "r" and art.text == TEXT
