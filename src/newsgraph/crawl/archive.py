"""Every response archived as WARC (warcio), so a crawl can be read again without the network.

One gzipped WARC file per run, in ``<database name>-warc/`` beside the database, opened at the first
record. Each exchange is a ``request`` and a ``response`` record (the body as received); a page listed
by a feed also gets a ``metadata`` record, written just before it, holding the item's title and date
(read back by :mod:`newsgraph.read.warc`); a 200 whose body is the one already archived is a
``revisit`` record. Records are flushed and synced before the page they hold is read, so the database
never holds an article its archive lacks.

A page's response record id is derived from its URL, its body and its listing metadata, not drawn at
random: the article id is that record id (as for any WARC), so fetching the same page again, or
resuming a killed run, gives the same article, and ``newsgraph ingest ARCHIVE`` gives the same rows.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from newsgraph import __version__
from newsgraph.crawl.http import Exchange
from newsgraph.read.warc import PageHints, hints_payload

_NAMESPACE = uuid.UUID("5b0c1f1e-6a53-4f54-9d0e-6e6577736772")  # newsgraph's own uuid5 namespace
_DROPPED = frozenset({"transfer-encoding"})  # the archived body is no longer chunked


@dataclass(frozen=True, slots=True)
class Archived:
    """Where an exchange was archived: the response (or revisit) record's id and date, the file, and the
    bytes of the records written (a complete WARC in itself, for reading the page)."""

    record_id: str
    record_date: str
    path: Path
    data: bytes


def digest(body: bytes) -> str:
    """``sha1:<base32>`` of a body, as WARC writes payload digests."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def page_record_id(url: str, body_digest: str, hints: PageHints | None) -> str:
    """The WARC-Record-ID of a page: the same URL, body and listing metadata give the same id."""
    h = hints or PageHints()
    key = "\n".join((url, body_digest, h.title or "", h.published.isoformat() if h.published else ""))
    return f"<urn:uuid:{uuid.uuid5(_NAMESPACE, key)}>"


def default_folder(db_path: str | Path) -> Path:
    """``news.duckdb`` → ``news-warc/`` beside it."""
    db = Path(db_path)
    return db.with_name(f"{db.stem}-warc")


class Archive:
    """The WARC file of one run.

    Args:
        folder: Where to write (created when the first record is written).
        prefix: File name prefix (the database's name).
        user_agent: Recorded in the file's warcinfo record.
    """

    def __init__(self, folder: Path, *, prefix: str, user_agent: str) -> None:
        self.folder = folder
        self.prefix = prefix
        self.user_agent = user_agent
        self.path: Path | None = None
        self._file: BinaryIO | None = None

    def _append(self, data: bytes) -> Path:
        """Append records to the run's file (opened, with its warcinfo record, the first time); sync it."""
        if self._file is None or self.path is None:
            from warcio.warcwriter import WARCWriter

            self.folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            self.path = self.folder / f"{self.prefix}-{stamp}-{os.getpid()}.warc.gz"
            self._file = self.path.open("ab")
            buf = io.BytesIO()
            writer = WARCWriter(buf, gzip=True)
            writer.write_record(writer.create_warcinfo_record(self.path.name, {
                "software": f"newsgraph/{__version__} (warcio)", "format": "WARC File Format 1.0",
                "http-header-user-agent": self.user_agent, "robots": "obey"}))
            data = buf.getvalue() + data
        self._file.write(data)
        self._file.flush()
        os.fsync(self._file.fileno())
        return self.path

    def close(self) -> None:
        """Close the file."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def write(self, ex: Exchange, *, record_id: str | None = None, hints: PageHints | None = None) -> Archived:
        """Archive an exchange as request (+ metadata) + response records; return where."""
        from warcio.warcwriter import WARCWriter

        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        response = writer.create_warc_record(
            ex.url, "response", payload=io.BytesIO(ex.raw), length=len(ex.raw), http_headers=_response_headers(ex),
            warc_headers_dict={"WARC-Record-ID": record_id} if record_id else None)
        rid = str(response.rec_headers.get_header("WARC-Record-ID"))
        date = str(response.rec_headers.get_header("WARC-Date"))
        writer.write_record(_request(writer, ex, rid, date))
        if hints is not None and (hints.title or hints.published):
            meta = hints_payload(hints)
            writer.write_record(writer.create_warc_record(
                ex.url, "metadata", payload=io.BytesIO(meta), length=len(meta),
                warc_content_type="application/warc-fields",
                warc_headers_dict={"WARC-Concurrent-To": rid, "WARC-Date": date}))
        writer.write_record(response)
        data = buf.getvalue()
        return Archived(rid, date, self._append(data), data)

    def revisit(self, ex: Exchange, *, body_digest: str, refers_to: tuple[str, str]) -> Archived:
        """Archive a 200 whose body was archived before as a ``revisit`` record (identical payload)."""
        from warcio.warcwriter import WARCWriter

        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        record = writer.create_revisit_record(ex.url, body_digest, ex.url, refers_to[1],
                                              http_headers=_response_headers(ex))
        record.rec_headers.add_header("WARC-Refers-To", refers_to[0])
        rid = str(record.rec_headers.get_header("WARC-Record-ID"))
        date = str(record.rec_headers.get_header("WARC-Date"))
        writer.write_record(_request(writer, ex, rid, date))
        writer.write_record(record)
        return Archived(rid, date, self._append(buf.getvalue()), buf.getvalue())


def _response_headers(ex: Exchange) -> Any:
    from warcio.statusandheaders import StatusAndHeaders

    headers = [(k, v) for k, v in ex.headers if k.lower() not in _DROPPED]
    return StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), headers, protocol=ex.http_version)


def _request(writer: Any, ex: Exchange, concurrent_to: str, date: str) -> Any:
    from warcio.statusandheaders import StatusAndHeaders

    parts = urlsplit(ex.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = StatusAndHeaders(f"GET {target} {ex.http_version}", list(ex.request_headers), is_http_request=True)
    return writer.create_warc_record(ex.url, "request", http_headers=headers,
                                     warc_headers_dict={"WARC-Concurrent-To": concurrent_to, "WARC-Date": date})
