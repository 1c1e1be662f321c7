"""JSON Lines: one article record a line, read as a stream (plain or gzipped).

A record is ``{"id", "text"|"html", "url"?, "published"?}``; the ``{"id", "headline", "body"}``
shape of common news datasets is read too. A malformed line or record becomes a Failure
naming the file and the line number, and the next line is read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import BinaryIO

from newsgraph.errors import Errors, ReadError
from newsgraph.read.clutter import parse_iso_date
from newsgraph.read.decode import MAX_BYTES, clean_text, sniff_binary
from newsgraph.read.failure import Failure, unexpected
from newsgraph.read.text import read_text
from newsgraph.records import Article, TextSpan

_CHUNK = 1 << 20
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _string(record: dict[str, object], key: str, *, label: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value if value is None else clean_text(value)  # JSON escapes can spell lone surrogates
    detail = f'"{key}" must be a string, not {_json_type(value)}'
    raise ReadError(Errors.E013.format(name=label, detail=detail), name=label)


def _record_id(value: object, *, label: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return clean_text(str(value))
    detail = f'"id" must be a string or an integer, not {_json_type(value)}'
    raise ReadError(Errors.E013.format(name=label, detail=detail), name=label)


def _published(value: object, *, name: str, line: int) -> date | None:
    if value is None or value == "":
        return None
    found = parse_iso_date(value)
    if found is None:
        raise ReadError(Errors.E015.format(name=name, line=line, value=value), name=name)
    return found


def _from_body(
    headline: str | None, body: str, *, id: str | None, path: str, url: str | None, published: date | None
) -> Article:
    """Read a record given as headline + body: the text is the headline, a blank line, the body."""
    head = " ".join((headline or "").split())
    if not head:
        return read_text(body, id=id, path=path, url=url, published=published)
    art = read_text(f"{head}\n\n{body}", id=id, path=path, url=url, published=published)
    cut = len(head)
    return replace(
        art,
        section=None,
        headline=TextSpan(0, cut, head),
        paragraphs=tuple(p for p in art.paragraphs if p.start >= cut),
        boilerplate=tuple(b for b in art.boilerplate if b.start >= cut),
        captions=tuple(c for c in art.captions if c.span.start >= cut),
    )


def article_from_record(record: object, *, name: str, line: int) -> Article:
    """Turn one JSONL record ``{"id", "text"|"html", "url"?, "published"?}`` into an Article.

    Args:
        record: The parsed JSON value of the line.
        name: The file, for messages.
        line: The line number (1-based), for messages.

    Returns:
        The Article, ``format="jsonl"``, with the record's id (a content hash when it has none).

    Raises:
        ReadError: naming the file and line when the record is not an object, a field has the
            wrong type, ``published`` is not a date, or there is no text to read.
    """
    label = f"{name}, line {line}"
    if not isinstance(record, dict):
        raise ReadError(Errors.E005.format(name=name, line=line, detail=f"found {_json_type(record)}"), name=name)
    rec_id = _record_id(record.get("id"), label=label)
    url = _string(record, "url", label=label) or None
    published = _published(record.get("published"), name=name, line=line)
    text, html = _string(record, "text", label=label), _string(record, "html", label=label)
    body = _string(record, "body", label=label)
    if text and text.strip():
        article = read_text(text, id=rec_id, path=name, url=url, published=published)
    elif html and html.strip():
        from newsgraph.read.html import read_html

        article = read_html(html, id=rec_id, path=name, url=url, published=published, name=label)
    elif body and body.strip():
        headline = _string(record, "headline", label=label) or _string(record, "title", label=label)
        article = _from_body(headline, body, id=rec_id, path=name, url=url, published=published)
    else:
        raise ReadError(Errors.E006.format(name=name, line=line), name=name)
    return replace(article, format="jsonl")


def _raw_lines(fh: BinaryIO, head: bytes) -> Iterator[bytes | None]:
    """Yield the lines of a byte stream (without newlines); None stands for a line over MAX_BYTES."""
    pending = head
    skipping = False
    while True:
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            if skipping:
                skipping = False  # the rest of an oversized line
                continue
            yield raw if len(raw) <= MAX_BYTES else None
        if len(pending) > MAX_BYTES:
            if not skipping:
                yield None
            pending, skipping = b"", True
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        pending += chunk
    if pending and not skipping:
        yield pending if len(pending) <= MAX_BYTES else None


def _parse_line(raw: bytes, *, name: str, n: int) -> Article | Failure | None:
    label = f"{name}:{n}"
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        detail = f"byte 0x{raw[err.start]:02x} at column {err.start + 1}"
        return Failure(label, Errors.E003.format(name=f"{name}, line {n}", detail=detail))
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Failure(label, Errors.E005.format(name=name, line=n, detail=f"{err.msg} at column {err.colno}"))
    try:
        return article_from_record(record, name=name, line=n)
    except ReadError as err:
        return Failure(label, str(err), id=_id_of(record))
    except Exception as err:  # noqa: BLE001 - a reader's bug on one record: recorded, the file goes on
        return unexpected(label, err, id=_id_of(record))


def _id_of(record: object) -> str | None:
    """The record's id, when it has a usable one (for the failure of a record that gave no article)."""
    value = record.get("id") if isinstance(record, dict) else None
    ok = isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))
    return clean_text(str(value)) if ok and value != "" else None


def iter_jsonl(fh: BinaryIO, *, name: str) -> Iterator[Article | Failure]:
    """Yield an Article or a Failure per non-blank line of a JSONL byte stream.

    A binary or empty file gives one Failure for the whole file.
    """
    head = fh.read(8192).removeprefix(codecs.BOM_UTF8)
    while head.isspace() and (more := fh.read(_CHUNK)):
        head += more
    if not head.strip():
        yield Failure(name, Errors.E001.format(name=name))
        return
    what = sniff_binary(head)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        what = "UTF-16 text; JSON Lines must be UTF-8"
    if what is not None:
        yield Failure(name, Errors.E002.format(name=name, detail=what))
        return
    for n, raw in enumerate(_raw_lines(fh, head), 1):
        if raw is None:
            size = f"over {MAX_BYTES}"
            yield Failure(f"{name}:{n}", Errors.E007.format(name=f"{name}, line {n}", size=size, limit=MAX_BYTES))
            continue
        item = _parse_line(raw, name=name, n=n)
        if item is not None:
            yield item
