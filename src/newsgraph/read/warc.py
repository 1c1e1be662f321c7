"""WARC archives (Common Crawl News, web archives): each HTML response becomes an Article.

Read with warcio, record by record, gzipped or not. HTML ``response`` (and ``resource``)
records with a 2xx status become Articles with the record's target URL and id; plain-text
``conversion`` records (WET files) are read as plain text. Requests, metadata, redirects,
robots.txt, feeds and sitemaps (even when served as text/html) and non-HTML payloads are not
articles and are passed over. A ``metadata`` record written by newsgraph's crawler just before a
page (``WARC-Concurrent-To`` the page) carries the feed item's title and date, which fill what the
page lacks, exactly as they did when the page was fetched. A record that cannot be read is a
Failure; a file that is not a WARC at all is a ReadError (a Failure from ``read_path``).
"""

from __future__ import annotations

import io
import re
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from newsgraph.errors import Errors, ReadError
from newsgraph.read.clutter import parse_iso_date
from newsgraph.read.decode import decode, detect_charset
from newsgraph.read.failure import Failure, unexpected
from newsgraph.read.feeds import kind_of
from newsgraph.records import Article

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return str(record.http_headers.get_header("Content-Type", "") or "")
    return str(record.rec_headers.get_header("Content-Type", "") or "")


def _status_ok(record: Any) -> bool:
    if record.http_headers is None:
        return True
    status = str(record.http_headers.get_statuscode() or "")
    return status.startswith("2")


def _payload(record: Any, *, label: str) -> bytes:
    try:
        return bytes(record.content_stream().read())
    except Exception as err:  # noqa: BLE001 - warcio raises assorted errors on damaged records
        raise ReadError(Errors.E014.format(name=label, detail=f"unreadable payload: {err}"), name=label) from None


def _decode_payload(payload: bytes, *, ctype: str, label: str) -> str:
    """Decode a page: UTF-8 or the page's <meta charset>, else the HTTP charset, else a detected one."""
    try:
        return decode(payload, name=label, html=True)
    except ReadError as err:
        declared = _CHARSET.search(ctype)
        if declared is not None:
            try:
                return decode(payload, name=label, encoding=declared.group(1), html=True)
            except ReadError:
                pass
        detected = detect_charset(payload)
        if detected is None:
            raise err from None
        return decode(payload, name=label, encoding=detected, html=True)


@dataclass(frozen=True, slots=True)
class PageHints:
    """What a feed or news sitemap said about a page, archived beside it (a WARC ``metadata`` record)."""

    title: str | None = None
    published: date | None = None


_HINT_TITLE, _HINT_DATE = "newsgraph-title", "newsgraph-published"
_MAX_PENDING_HINTS = 256


def hints_payload(hints: PageHints) -> bytes:
    """The body of the ``metadata`` record (``application/warc-fields``) that archives ``hints``."""
    lines = []
    if hints.title:
        lines.append(f"{_HINT_TITLE}: {' '.join(hints.title.split())}")
    if hints.published:
        lines.append(f"{_HINT_DATE}: {hints.published.isoformat()}")
    return "".join(line + "\r\n" for line in lines).encode("utf-8")


def _read_hints(record: Any) -> tuple[str, PageHints] | None:
    """The hints a ``metadata`` record holds for the record it is concurrent to, if it holds any."""
    target = record.rec_headers.get_header("WARC-Concurrent-To")
    if record.rec_type != "metadata" or not target:
        return None
    fields: dict[str, str] = {}
    for line in record.content_stream().read(65536).decode("utf-8", "replace").splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in (_HINT_TITLE, _HINT_DATE):
            fields[key.strip().lower()] = value.strip()
    if not fields:
        return None
    return target.strip("<>"), PageHints(fields.get(_HINT_TITLE) or None, parse_iso_date(fields.get(_HINT_DATE)))


def _is_page_record(record: Any, ctype: str) -> bool:
    """A 2xx response (or a resource) that may be an HTML page; robots.txt never is."""
    if record.rec_type not in ("response", "resource") or not _status_ok(record):
        return False
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    return ("html" in ctype or not ctype.strip()) and urlsplit(url).path != "/robots.txt"


def _article(record: Any, *, name: str, label: str, hints: PageHints | None = None) -> Article | None:
    """Read one record into an Article, or None when it is not an article (request, image, feed, redirect)."""
    from newsgraph.read.html import read_html
    from newsgraph.read.text import read_text

    ctype = _content_type(record).lower()
    url = record.rec_headers.get_header("WARC-Target-URI")
    rec_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None
    if _is_page_record(record, ctype):
        payload = _payload(record, label=label)
        if kind_of(payload, ctype) != "html":  # a feed or sitemap served as text/html, an image without a type
            return None
        html = _decode_payload(payload, ctype=ctype, label=label)
        hints = hints or PageHints()
        article = read_html(html, url=url, path=name, name=label, id=rec_id, default_headline=hints.title,
                            default_published=hints.published)
    elif record.rec_type == "conversion" and "text/plain" in ctype:
        text = decode(_payload(record, label=label), name=label)
        article = read_text(text, url=url, path=name, id=rec_id)
    else:
        return None
    return replace(article, format="warc")


def _check_start(stream: BinaryIO, *, name: str) -> None:
    """Refuse a stream that does not open with a WARC (or ARC) header; warcio would guess otherwise."""
    if not stream.seekable():
        return
    head = stream.read(4096)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error as err:
            raise ReadError(Errors.E014.format(name=name, detail=f"broken gzip data: {err}"), name=name) from None
    if not head.strip():
        raise ReadError(Errors.E014.format(name=name, detail="it is empty"), name=name)
    if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
        raise ReadError(Errors.E014.format(name=name, detail="it does not open with a WARC/1.x header"), name=name)


def iter_warc(data: bytes | BinaryIO, *, name: str) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) per HTML response record of a WARC file.

    Args:
        data: The WARC file's bytes, or a seekable binary stream over it (gzipped or not).
        name: The file, for messages.

    Raises:
        ReadError: when the input is not a WARC file, breaks off mid-record, or holds no HTML page.
    """
    from warcio.archiveiterator import ArchiveIterator

    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    _check_start(stream, name=name)
    records = iter(ArchiveIterator(stream))
    n = found = 0
    pending: OrderedDict[str, PageHints] = OrderedDict()  # hints archived before their page
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as err:  # noqa: BLE001 - warcio raises assorted errors on damaged archives
            detail = f"record {n + 1} is damaged or cut short: {str(err).strip() or type(err).__name__}"
            raise ReadError(Errors.E014.format(name=name, detail=detail), name=name) from None
        n += 1
        url = record.rec_headers.get_header("WARC-Target-URI")
        label = f"{name} record {n}" + (f" ({url})" if url else "")
        hint = _read_hints(record)
        if hint is not None:
            pending[hint[0]] = hint[1]
            while len(pending) > _MAX_PENDING_HINTS:
                pending.popitem(last=False)
            continue
        rec_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
        try:
            article = _article(record, name=name, label=label, hints=pending.pop(rec_id, None))
        except ReadError as err:
            found += 1
            yield Failure(label, str(err))
            continue
        except Exception as err:  # noqa: BLE001 - a reader's bug on one record: recorded, the archive goes on
            found += 1
            yield unexpected(label, err)
            continue
        if article is not None:
            found += 1
            yield article
    if not found:
        detail = f"none of its {n} records is an HTML page or a text conversion"
        raise ReadError(Errors.E014.format(name=name, detail=detail), name=name)
