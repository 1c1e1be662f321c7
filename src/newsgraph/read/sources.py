"""Open files and records of any supported format and yield Articles, or Failures.

Bad input never stops a batch: each problem becomes a :class:`Failure` naming the input and
the reason, and the next input is read. Single-article readers raise :class:`ReadError`.

Formats, by suffix: ``.txt``/``.text``/no suffix (plain text, or HTML when it starts like a
page), ``.html``/``.htm``/``.xhtml``, ``.jsonl``/``.ndjson``, ``.warc``/``.arc``; any of them
gzip-compressed with a further ``.gz``.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import Errors, ReadError
from newsgraph.read.decode import MAX_BYTES, clean_text, decode
from newsgraph.read.failure import Failure, unexpected
from newsgraph.read.jsonl import article_from_record, iter_jsonl
from newsgraph.read.text import read_text
from newsgraph.records import Article

__all__ = [
    "MAX_BYTES", "Failure", "article_from_record", "decode", "iter_articles", "read_bytes", "read_file", "read_path",
]

_TEXT = (".txt", ".text", "")
_HTML = (".html", ".htm", ".xhtml", ".shtml")
_JSONL = (".jsonl", ".ndjson")
_WARC = (".warc", ".arc")


def _kind(path: Path) -> tuple[str, bool]:
    """Return the format suffix of ``path`` (without a trailing .gz) and whether it is gzipped."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    inner = Path(name[:-3] if gz else name).suffix
    return inner, gz


def _looks_like_page(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml"))


def _article_of(data: bytes, *, inner: str, name: str, encoding: str | None) -> Article:
    if inner in _HTML or (inner in ("", ".text") and _looks_like_page(data)):
        from newsgraph.read.html import read_html

        return read_html(decode(data, name=name, encoding=encoding, html=True), path=name, name=name)
    return read_text(decode(data, name=name, encoding=encoding), path=name)


def _oserror(err: OSError, *, name: str) -> str:
    if isinstance(err, FileNotFoundError):
        detail = "no such file"
    elif isinstance(err, IsADirectoryError):
        detail = "is a directory; pass it to iter_articles (or `newsgraph ingest`) to read the files in it"
    elif isinstance(err, PermissionError):
        detail = "permission denied"
    else:
        detail = err.strerror or str(err)
    return Errors.E013.format(name=name, detail=detail)


def read_path(path: str | Path, *, encoding: str | None = None) -> Iterator[Article | Failure]:
    """Read one file of any supported format.

    Args:
        path: A .txt, .html/.htm, .jsonl/.ndjson or .warc file, optionally gzipped (.gz).
        encoding: A codec for text and HTML input that is not UTF-8 (e.g. ``"latin-1"``).

    Yields:
        An Article per article found, or a Failure per input (file, line or record) that could
        not be read. A missing file or a directory is a Failure too.
    """
    p = Path(path)
    name = clean_text(str(p))  # an undecodable file name holds lone surrogates

    def items() -> Iterator[Article | Failure]:
        if p.is_dir():
            raise IsADirectoryError(21, "Is a directory", name)
        size = p.stat().st_size
        with p.open("rb") as raw:
            yield from _dispatch(raw, name=name, size=size, encoding=encoding)

    yield from _guarded(items(), name=name)


def read_bytes(data: bytes, *, name: str, encoding: str | None = None) -> Iterator[Article | Failure]:
    """Read one file's content already in memory (from Spark, an object store, an upload).

    Args:
        data: The file's bytes, as stored (gzipped when ``name`` ends in .gz).
        name: The file's name; its suffixes choose the format, as in :func:`read_path`.
        encoding: A codec for text and HTML input that is not UTF-8.

    Yields:
        An Article per article found, or a Failure per input that could not be read.
    """
    yield from _guarded(_dispatch(io.BytesIO(data), name=name, size=len(data), encoding=encoding), name=name)


def _dispatch(raw: BinaryIO, *, name: str, size: int, encoding: str | None) -> Iterator[Article | Failure]:
    """Read the stream ``raw`` of the file ``name`` (``size`` bytes as stored) by its format."""
    inner, gz = _kind(Path(name))
    if inner in _WARC:
        from newsgraph.read.warc import iter_warc

        yield from iter_warc(raw, name=name)  # warcio reads gzipped WARCs itself, record by record
        return
    stream: BinaryIO = gzip.GzipFile(fileobj=raw) if gz else raw  # type: ignore[assignment]
    if inner in _JSONL:
        yield from iter_jsonl(stream, name=name)
    elif inner in _TEXT or inner in _HTML:
        if size > MAX_BYTES and not gz:
            raise ReadError(Errors.E007.format(name=name, size=size, limit=MAX_BYTES), name=name)
        data = stream.read(MAX_BYTES + 1)  # never decompress more than one article may hold
        if len(data) > MAX_BYTES:
            raise ReadError(Errors.E007.format(name=name, size=f"over {MAX_BYTES}", limit=MAX_BYTES), name=name)
        yield _article_of(data, inner=inner, name=name, encoding=encoding)
    else:
        raise ReadError(Errors.E009.format(name=name), name=name)


def _guarded(items: Iterator[Article | Failure], *, name: str) -> Iterator[Article | Failure]:
    """Yield ``items``, turning an error that ends them into a Failure naming the input."""
    try:
        yield from items
    except ReadError as err:
        yield Failure(name, str(err))
    except gzip.BadGzipFile as err:
        yield Failure(name, Errors.E008.format(name=name, detail=err))
    except (EOFError, zlib.error) as err:
        yield Failure(name, Errors.E013.format(name=name, detail=f"corrupt or truncated gzip data ({err})"))
    except OSError as err:
        yield Failure(name, _oserror(err, name=name))
    except Exception as err:  # noqa: BLE001 - a reader's bug on one input: recorded, the batch goes on
        yield unexpected(name, err)


def read_file(path: str | Path, *, encoding: str | None = None) -> Article:
    """Read one file holding exactly one article (.txt, .html, optionally .gz).

    Raises:
        ReadError: naming the file, when it cannot be read or holds no article, or several.
    """
    items = list(read_path(path, encoding=encoding))
    failures = [i for i in items if isinstance(i, Failure)]
    if failures:
        raise ReadError(failures[0].reason, name=failures[0].name)
    if len(items) != 1 or not isinstance(items[0], Article):
        detail = f"holds {len(items)} articles; use read_path or iter_articles for collections"
        raise ReadError(Errors.E013.format(name=str(path), detail=detail), name=str(path))
    return items[0]


def iter_articles(paths: Iterable[str | Path], *, encoding: str | None = None) -> Iterator[Article | Failure]:
    """Read many files in order; a folder is read recursively, in sorted order, hidden files skipped."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")):
                yield from read_path(child, encoding=encoding)
        else:
            yield from read_path(p, encoding=encoding)
