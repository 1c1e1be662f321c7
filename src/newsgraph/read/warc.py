"""WARC archives (Common Crawl News and web archives): each HTML response becomes an Article."""

from __future__ import annotations

import io
from collections.abc import Iterator

from newsgraph.errors import Errors, ReadError
from newsgraph.read.sources import Failure
from newsgraph.records import Article


def iter_warc(data: bytes, *, name: str) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) per HTML response record of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from newsgraph.read.html import read_html
    from newsgraph.read.sources import decode

    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            label = f"{name} record {n} ({url})"
            try:
                html = decode(record.content_stream().read(), name=label)
                rec_id = record.rec_headers.get_header("WARC-Record-ID")
                yield read_html(html, url=url, path=name, name=label, id=rec_id)
            except ReadError as err:
                yield Failure(label, str(err))
    except ArchiveLoadFailed as err:
        raise ReadError(Errors.E014.format(name=name, detail=err), name=name) from None
