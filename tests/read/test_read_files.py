"""Files of every kind, good and bad: each problem is a clear message naming the input; batches go on."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from newsgraph.errors import ReadError
from newsgraph.read import Failure, decode, iter_articles, read_file, read_path
from newsgraph.read.decode import MAX_BYTES
from newsgraph.records import Article

ARTICLE = (
    "Europe\n\nCaf\u00e9 owners in S\u00e8te protest new tax\n\n"
    "Caf\u00e9 owners closed their doors on Monday in protest.\n\n"
    '"We cannot pay this," said owner Jos\u00e9 Mart\u00edn.\n'
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def only(items: list[Article | Failure]) -> Article | Failure:
    assert len(items) == 1, items
    return items[0]


def failure_of(path: Path, **kwargs: str) -> Failure:
    item = only(list(read_path(path, **kwargs)))
    assert isinstance(item, Failure), item
    assert item.name == str(path)
    assert item.reason.startswith(f"{path}")  # the message names the input
    return item


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_utf8_text_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE.encode("utf-8"))
    art = read_file(path)
    assert art.text == ARTICLE and art.path == str(path) and art.section == "Europe"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
def test_byte_order_marks_are_honoured_and_dropped(tmp_path: Path, bom: bytes) -> None:
    codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be",
             codecs.BOM_UTF32_LE: "utf-32-le"}[bom]
    path = write(tmp_path, "a.txt", bom + ARTICLE.encode(codec))
    assert read_file(path).text == ARTICLE


def test_windows_line_endings_stay_verbatim(tmp_path: Path) -> None:
    crlf = ARTICLE.replace("\n", "\r\n")
    art = read_file(write(tmp_path, "a.txt", crlf.encode()))
    assert art.text == crlf
    assert art.headline is not None and art.text[art.headline.start : art.headline.end] == art.headline.text
    assert all("\r" not in p.text for p in art.paragraphs)


def test_latin1_bytes_are_refused_with_the_offending_byte(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", ARTICLE.encode("latin-1"))
    reason = failure_of(path).reason
    assert "not valid UTF-8" in reason and "0xe9" in reason and "Latin-1" in reason


def test_latin1_is_read_when_the_encoding_is_given(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", ARTICLE.encode("latin-1"))
    assert read_file(path, encoding="latin-1").text == ARTICLE


def test_an_unknown_encoding_name_is_a_clear_error() -> None:
    with pytest.raises(ReadError, match="unknown encoding 'klingon'"):
        decode(b"abc", name="x.txt", encoding="klingon")


@pytest.mark.parametrize(("codec", "endian"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_without_a_bom_is_refused(tmp_path: Path, codec: str, endian: str) -> None:
    reason = failure_of(write(tmp_path, "wide.txt", ARTICLE.encode(codec))).reason
    assert f"UTF-16 {endian}" in reason and "byte-order mark" in reason


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t", codecs.BOM_UTF8 + b"\n"])
def test_empty_input(tmp_path: Path, data: bytes) -> None:
    assert "empty" in failure_of(write(tmp_path, "empty.txt", data)).reason


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (PNG, "PNG image"),
        (b"%PDF-1.7\n%binary", "PDF document"),
        (b"PK\x03\x04\x14\x00", "ZIP archive"),
        (b"Some text\x00with a NUL byte", "NUL bytes"),
        (gzip.compress(ARTICLE.encode()), "gzip-compressed"),
    ],
)
def test_binary_input_is_refused(tmp_path: Path, data: bytes, what: str) -> None:
    reason = failure_of(write(tmp_path, "odd.txt", data)).reason
    assert "binary" in reason and what in reason


def test_a_50_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: instant, no disk used
    reason = failure_of(path).reason
    assert f"{50 * 1024 * 1024} bytes" in reason and f"{MAX_BYTES}-byte limit" in reason


def test_a_gzip_bomb_is_refused_after_max_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * (MAX_BYTES + 10)))
    assert "limit" in failure_of(path).reason


def test_gzipped_text_and_html(tmp_path: Path) -> None:
    art = read_file(write(tmp_path, "a.txt.gz", gzip.compress(ARTICLE.encode())))
    assert art.text == ARTICLE
    page = "<html><body><h1>Bridge reopens</h1><p>The bridge reopened on Monday morning.</p></body></html>"
    art = read_file(write(tmp_path, "a.html.gz", gzip.compress(page.encode())))
    assert art.format == "html" and art.headline is not None


def test_a_gz_that_is_not_gzip(tmp_path: Path) -> None:
    reason = failure_of(write(tmp_path, "fake.txt.gz", ARTICLE.encode())).reason
    assert "not a gzip file" in reason


def test_a_truncated_gz(tmp_path: Path) -> None:
    data = gzip.compress(ARTICLE.encode() * 50)
    assert "truncated gzip" in failure_of(write(tmp_path, "cut.txt.gz", data[: len(data) // 2])).reason


def test_a_missing_file(tmp_path: Path) -> None:
    assert "no such file" in failure_of(tmp_path / "nowhere.txt").reason


def test_a_directory_given_to_read_path(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    assert "is a directory" in failure_of(tmp_path / "dir").reason


def test_an_unsupported_suffix(tmp_path: Path) -> None:
    assert "unsupported input format" in failure_of(write(tmp_path, "a.docx", b"PK\x03\x04")).reason


def test_html_files_latin1_by_declaration_and_no_suffix_sniffing(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="iso-8859-1"><title>Caf\u00e9s close</title></head>'
            "<body><h1>Caf\u00e9s close</h1><p>Caf\u00e9 owners closed their doors in S\u00e8te.</p></body></html>")
    art = read_file(write(tmp_path, "p.htm", page.encode("latin-1")))
    assert art.headline is not None and art.headline.text == "Caf\u00e9s close"
    art = read_file(write(tmp_path, "page", ("<!DOCTYPE html>" + page).encode("latin-1")))
    assert art.format == "html"


def test_unreadable_html_file(tmp_path: Path) -> None:
    path = write(tmp_path, "s.html", b"<html><body><script>track();</script></body></html>")
    assert "no readable article text" in failure_of(path).reason
    with pytest.raises(ReadError, match="s.html"):
        read_file(path)


def test_a_batch_goes_on_past_every_bad_input(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE.encode())
    bad = [
        write(tmp_path, "empty.txt", b""),
        write(tmp_path, "image.txt", PNG),
        write(tmp_path, "latin.txt", ARTICLE.encode("latin-1")),
        write(tmp_path, "fake.txt.gz", b"plain"),
        tmp_path / "missing.txt",
    ]
    items = list(iter_articles([bad[0], bad[1], good, *bad[2:]]))
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "Article", "Failure", "Failure", "Failure"]
    assert [i.name for i in items if isinstance(i, Failure)] == [str(p) for p in bad]


def test_iter_articles_reads_folders_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    write(tmp_path / "b", "2.txt", ARTICLE.encode())
    write(tmp_path, "a.txt", ARTICLE.encode())
    write(tmp_path, ".hidden.txt", b"")
    items = list(iter_articles([tmp_path]))
    assert [i.path for i in items if isinstance(i, Article)] == [str(tmp_path / "a.txt"), str(tmp_path / "b/2.txt")]


def test_read_file_refuses_collections(tmp_path: Path) -> None:
    path = write(tmp_path, "two.jsonl", b'{"id": "1", "text": "One."}\n{"id": "2", "text": "Two."}\n')
    with pytest.raises(ReadError, match="holds 2 articles"):
        read_file(path)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", ARTICLE.encode()),
        ("a.txt.gz", gzip.compress(ARTICLE.encode())),
        ("latin.txt", ARTICLE.encode("latin-1")),
        ("image.txt", PNG),
        ("empty.txt", b""),
        ("fake.txt.gz", b"plain"),
        ("two.jsonl", b'{"id": "1", "text": "One."}\n{oops\n'),
        ("p.html", b"<html><body><h1>Bridge reopens</h1><p>The bridge reopened on Monday.</p></body></html>"),
        ("notes.warc", b"not a warc"),
        ("a.docx", b"PK\x03\x04"),
        ("bomb.txt.gz", gzip.compress(b"a" * (MAX_BYTES + 10))),
        ("cut.jsonl.gz", gzip.compress(b'{"id": "1", "text": "One."}\n' * 2000)[:300]),
    ],
)
def test_read_bytes_matches_read_path(tmp_path: Path, name: str, data: bytes) -> None:
    from newsgraph.read.sources import read_bytes

    path = write(tmp_path, name, data)
    from_disk = list(read_path(path))
    in_memory = list(read_bytes(data, name=str(path)))
    assert [type(i) for i in in_memory] == [type(i) for i in from_disk]
    for a, b in zip(in_memory, from_disk, strict=True):
        if isinstance(a, Failure) and isinstance(b, Failure):
            assert (a.name, a.reason) == (b.name, b.reason)
        else:
            assert isinstance(a, Article) and isinstance(b, Article)
            assert (a.id, a.text, a.headline, a.paragraphs) == (b.id, b.text, b.headline, b.paragraphs)
