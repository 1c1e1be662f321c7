"""One HTTP exchange at a time, with httpx: timeouts, a size cap, and errors named for people.

:meth:`Fetcher.get` sends one GET (never following redirects: the crawler schedules each hop itself,
so every hop waits its turn at its host and passes robots.txt) and returns the response as received:
its headers and its body still content-encoded, for the WARC archive, plus the decoded body, for
reading. Whatever goes wrong becomes a :class:`FetchError` whose message names the URL and the cause.
"""

from __future__ import annotations

import socket
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from newsgraph.crawl.options import CrawlOptions
from newsgraph.errors import Errors, NewsgraphError

_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,"
           "text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1")


class FetchError(NewsgraphError):
    """A request that got no usable response. ``kind``: dns, refused, timeout, network, too-large, encoding."""

    def __init__(self, message: str, *, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and its response.

    Attributes:
        url: The URL requested.
        request_headers: The request's headers as sent (User-Agent, conditional headers, ...).
        status: The HTTP status code; ``reason`` its phrase; ``http_version`` e.g. ``HTTP/1.1``.
        headers: The response headers as received, in order.
        raw: The body as received (content encoding kept, transfer encoding removed): what is archived.
        body: The body with its content encoding (gzip, deflate) removed: what is read.
    """

    url: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    http_version: str
    headers: tuple[tuple[str, str], ...]
    raw: bytes
    body: bytes

    def header(self, name: str) -> str | None:
        """The first response header called ``name`` (any case), or None."""
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), None)


def _chain(err: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    seen: BaseException | None = err
    while seen is not None and seen not in out:
        out.append(seen)
        seen = seen.__cause__ or seen.__context__
    return out


def classify(err: httpx.HTTPError, *, url: str, opts: CrawlOptions) -> FetchError:
    """Turn an httpx error into a FetchError naming the URL and what happened (DNS, refused, timeout ...)."""
    causes = _chain(err)
    text = " ".join(str(c) for c in causes).lower()
    if isinstance(err, httpx.ConnectTimeout):
        return FetchError(Errors.E303.format(url=url, seconds=opts.connect_timeout, phase="connect"), kind="timeout")
    if isinstance(err, httpx.TimeoutException):
        return FetchError(Errors.E303.format(url=url, seconds=opts.read_timeout, phase="read"), kind="timeout")
    if any(isinstance(c, socket.gaierror) for c in causes) or any(
            k in text for k in ("name or service not known", "nodename nor servname", "name resolution",
                                "no address associated", "getaddrinfo failed")):
        return FetchError(Errors.E301.format(url=url, detail=str(err) or "unknown host"), kind="dns")
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "connection refused" in text:
        return FetchError(Errors.E302.format(url=url, detail=str(err) or "nothing listens there"), kind="refused")
    return FetchError(Errors.E313.format(url=url, detail=f"{type(err).__name__}: {err}".rstrip(": ")), kind="network")


def _decode_content(raw: bytes, encoding: str | None, *, url: str, limit: int) -> bytes:
    """Undo gzip/deflate content encodings (never unpacking more than ``limit`` bytes).

    httpx decodes only the bytes it streams to us; we read the raw body (the archive keeps what the server
    sent) and so undo the two encodings we ask for here, with zlib and a cap against gzip bombs.
    """
    data = raw
    for coding in reversed([c.strip().lower() for c in (encoding or "").split(",") if c.strip()]):
        if coding in ("identity", ""):
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(Errors.E313.format(url=url, detail=f"unsupported Content-Encoding {coding!r}"),
                             kind="encoding")
        wbits = 16 + zlib.MAX_WBITS if coding != "deflate" else (zlib.MAX_WBITS if data[:1] == b"\x78"
                                                                    else -zlib.MAX_WBITS)
        unzip = zlib.decompressobj(wbits)
        try:
            out = unzip.decompress(data, limit + 1)
        except zlib.error as err:
            raise FetchError(Errors.E313.format(url=url, detail=f"broken {coding} body: {err}"),
                             kind="encoding") from None
        if len(out) > limit or unzip.unconsumed_tail:
            raise FetchError(Errors.E307.format(url=url, limit=limit, detail=f"{coding} body unpacks further"),
                             kind="too-large")
        data = out
    return data


class Fetcher:
    """An httpx client sending one GET at a time, with the options' timeouts, User-Agent and size cap.

    Args:
        opts: Timeouts, size cap, User-Agent contact.
        transport: An httpx transport to use instead of the network (tests use ``httpx.MockTransport``).
    """

    def __init__(self, opts: CrawlOptions, *, transport: httpx.BaseTransport | None = None) -> None:
        self.opts = opts
        timeout = httpx.Timeout(opts.read_timeout, connect=opts.connect_timeout)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport,
                                    headers={"User-Agent": opts.user_agent(), "Accept": _ACCEPT,
                                             "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, headers: Mapping[str, str] | None = None, limit: int | None = None,
            truncate: bool = False) -> Exchange:
        """Send one GET and return the exchange, whatever its status.

        Args:
            url: An http(s) URL.
            headers: Extra request headers (If-None-Match, If-Modified-Since).
            limit: Largest body in bytes (default: the options' ``max_bytes``).
            truncate: Keep the first ``limit`` bytes of a longer body instead of failing (robots.txt).

        Raises:
            FetchError: no response (DNS, refused, timeout, network error) or a body over the limit.
        """
        cap = limit or self.opts.max_bytes
        try:
            with self._client.stream("GET", url, headers=dict(headers or {})) as resp:
                raw = self._read(resp, url=url, cap=cap, truncate=truncate)
                return Exchange(url=url, request_headers=tuple(resp.request.headers.multi_items()),
                                status=resp.status_code, reason=resp.reason_phrase or "",
                                http_version=resp.http_version or "HTTP/1.1",
                                headers=tuple(resp.headers.multi_items()), raw=raw,
                                body=self._body(raw, resp, url=url, cap=cap, truncate=truncate))
        except httpx.HTTPError as err:
            raise classify(err, url=url, opts=self.opts) from None

    def _read(self, resp: Any, *, url: str, cap: int, truncate: bool) -> bytes:
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and not truncate:
            raise FetchError(Errors.E307.format(url=url, limit=cap, detail=f"Content-Length {declared}"),
                             kind="too-large")
        deadline = time.monotonic() + self.opts.total_timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_raw():
            chunks.append(chunk)
            size += len(chunk)
            if size > cap:
                if truncate:
                    return b"".join(chunks)[:cap]
                raise FetchError(Errors.E307.format(url=url, limit=cap, detail=f"over {cap} bytes received"),
                                 kind="too-large")
            if time.monotonic() > deadline:
                raise FetchError(Errors.E303.format(url=url, seconds=self.opts.total_timeout, phase="total"),
                                 kind="timeout")
        return b"".join(chunks)

    def _body(self, raw: bytes, resp: Any, *, url: str, cap: int, truncate: bool) -> bytes:
        encoding = resp.headers.get("content-encoding")
        if truncate and encoding:
            try:
                return _decode_content(raw, encoding, url=url, limit=cap)
            except FetchError:
                return b""
        return _decode_content(raw, encoding, url=url, limit=cap)
