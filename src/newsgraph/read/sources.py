"""Open files and records of any supported format and yield Articles, or Failures.

Bad input never stops a batch: each problem becomes a :class:`Failure` naming the input and
the reason, and the next input is read.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsgraph.errors import Errors, ReadError
from newsgraph.read.text import read_text
from newsgraph.records import Article

MAX_BYTES = 10_000_000  # one article; a 50 MB "article" is a mistake, not news


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read, and why."""

    name: str
    reason: str


def decode(data: bytes, *, name: str) -> str:
    """Decode bytes as UTF-8 text, refusing empty, binary and mis-encoded input.

    Raises:
        ReadError: naming ``name`` and the problem.
    """
    if len(data) > MAX_BYTES:
        raise ReadError(Errors.E007.format(name=name, size=len(data), limit=MAX_BYTES), name=name)
    if not data.strip():
        raise ReadError(Errors.E001.format(name=name), name=name)
    if b"\x00" in data[:8192]:
        raise ReadError(Errors.E002.format(name=name, detail="it contains NUL bytes"), name=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        detail = f"byte 0x{data[err.start]:02x} at offset {err.start}"
        raise ReadError(Errors.E003.format(name=name, detail=detail), name=name) from None
    return text.removeprefix("\ufeff")


def _parse_published(value: object, *, name: str, line: int) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ReadError(Errors.E015.format(name=name, line=line, value=value), name=name) from None


def article_from_record(record: object, *, name: str, line: int) -> Article:
    """Turn one JSONL record ``{"id", "text"|"html", "url"?, "published"?}`` into an Article."""
    if not isinstance(record, dict):
        raise ReadError(Errors.E005.format(name=name, line=line, detail=type(record).__name__), name=name)
    published = _parse_published(record.get("published"), name=name, line=line)
    rec_id = str(record["id"]) if record.get("id") not in (None, "") else None
    url = record.get("url") or None
    label = f"{name}, line {line}"
    if isinstance(record.get("text"), str) and record["text"].strip():
        return read_text(record["text"], id=rec_id, path=name, url=url, published=published)
    if isinstance(record.get("html"), str) and record["html"].strip():
        from newsgraph.read.html import read_html

        return read_html(record["html"], id=rec_id, path=name, url=url, published=published, name=label)
    raise ReadError(Errors.E006.format(name=name, line=line), name=name)


def _iter_jsonl(data: bytes, *, name: str) -> Iterator[Article | Failure]:
    text = decode(data, name=name)
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            yield Failure(f"{name}:{n}", Errors.E005.format(name=name, line=n, detail=err.msg))
            continue
        try:
            yield article_from_record(record, name=name, line=n)
        except ReadError as err:
            yield Failure(f"{name}:{n}", str(err))


def _gunzip(data: bytes, *, name: str) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as err:
        raise ReadError(Errors.E008.format(name=name, detail=err), name=name) from None


def read_path(path: str | Path) -> Iterator[Article | Failure]:
    """Read one file of any supported format.

    Args:
        path: A .txt, .html/.htm, .jsonl/.jsonl.gz or .warc/.warc.gz file.

    Yields:
        An Article per article found, or a Failure per input that could not be read.
    """
    p = Path(path)
    name = str(p)
    suffixes = "".join(p.suffixes[-2:]).lower()
    try:
        if p.stat().st_size > MAX_BYTES and not suffixes.endswith((".jsonl", ".jsonl.gz", ".warc", ".warc.gz")):
            raise ReadError(Errors.E007.format(name=name, size=p.stat().st_size, limit=MAX_BYTES), name=name)
        data = p.read_bytes()
        if suffixes.endswith(".gz"):
            data = _gunzip(data, name=name)
        if suffixes.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            yield from _iter_jsonl(data, name=name)
        elif suffixes.endswith((".warc", ".warc.gz")):
            from newsgraph.read.warc import iter_warc

            yield from iter_warc(data, name=name)
        elif suffixes.endswith((".html", ".htm")):
            from newsgraph.read.html import read_html

            yield read_html(decode(data, name=name), path=name, name=name)
        elif suffixes.endswith((".txt", ".text")) or not p.suffix:
            yield read_text(decode(data, name=name), path=name)
        else:
            raise ReadError(Errors.E009.format(name=name), name=name)
    except ReadError as err:
        yield Failure(name, str(err))
    except OSError as err:
        yield Failure(name, Errors.E013.format(name=name, detail=err.strerror or err))


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Read many files in order; a folder is read recursively, in sorted order."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")):
                yield from read_path(child)
        else:
            yield from read_path(p)
