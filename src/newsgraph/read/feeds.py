"""Feeds and sitemaps: what a fetched response is, and the links it lists.

A response is told apart by its content, never by its URL: an RSS, RDF or Atom root element is a
feed (parsed with feedparser), a ``urlset`` or ``sitemapindex`` root is a sitemap (parsed with lxml:
``<loc>``, ``<lastmod>`` and the news-sitemap ``<news:title>``/``<news:publication_date>``), a
``text/plain`` list of URLs is a text sitemap, and an HTML content type (or, without one, markup
that opens like a page) is a page. A gzipped body (``sitemap.xml.gz``) is unpacked first, never to
more than :data:`MAX_BYTES`.

Used by the crawler (``newsgraph.crawl``) to decide what to do with a response, and by the WARC
reader, so that a feed served as ``text/html`` is not read as an article in either.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal
from urllib.parse import urldefrag, urljoin

from newsgraph.errors import Errors, ReadError
from newsgraph.read.decode import MAX_BYTES

Kind = Literal["html", "feed", "sitemap", "other"]
ListingKind = Literal["feed", "sitemap", "sitemap-index"]

MAX_LINKS = 50_000  # the sitemaps protocol's own limit per file; feeds are far shorter
_FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
_ROOT = re.compile(rb"<\s*(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")
_SKIP = re.compile(rb"\A(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>)", re.S | re.I)
_PAGE_START = (b"<!doctype html", b"<html")


@dataclass(frozen=True, slots=True)
class Link:
    """A link listed by a feed or sitemap, with what the listing says about it.

    Attributes:
        url: Absolute http(s) URL, fragment removed.
        title: The item's title (feed item, news sitemap).
        published: The item's publication date (feed item, news sitemap).
        updated: When the listing says the item last changed (feed ``updated``, sitemap ``lastmod``), UTC.
    """

    url: str
    title: str | None = None
    published: date | None = None
    updated: datetime | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """A parsed feed, sitemap or sitemap index: the links it lists, in order."""

    kind: ListingKind
    links: tuple[Link, ...]


def unpack(payload: bytes, *, name: str) -> bytes:
    """Return ``payload`` gunzipped when it is gzip data (a ``.xml.gz`` sitemap), else unchanged.

    Raises:
        ReadError: when the data is broken or unpacks to more than :data:`MAX_BYTES`.
    """
    if not payload.startswith(b"\x1f\x8b"):
        return payload
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = unzip.decompress(payload, MAX_BYTES + 1)
    except zlib.error as err:
        raise ReadError(Errors.E008.format(name=name, detail=err), name=name) from None
    if len(data) > MAX_BYTES or unzip.unconsumed_tail:
        raise ReadError(Errors.E007.format(name=name, size=f"over {MAX_BYTES} unpacked", limit=MAX_BYTES),
                        name=name)
    return data


def _root_name(data: bytes) -> str | None:
    """The local name of the first element, after the XML declaration, comments and doctype."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf")
    while True:
        skipped = _SKIP.match(head)
        if skipped is None or not skipped.group(0):
            break
        head = head[skipped.end():]
    match = _ROOT.match(head)
    return match.group(1).decode("ascii").lower() if match else None


def _is_url_list(data: bytes) -> bool:
    lines = [line.strip() for line in data[:65536].splitlines() if line.strip()]
    return bool(lines) and all(line.startswith((b"http://", b"https://")) and b" " not in line for line in lines)


def kind_of(payload: bytes, content_type: str) -> Kind:
    """Say what a response is, from its content first and its Content-Type second.

    Args:
        payload: The response body (content-decoded; a gzipped file body is unpacked here).
        content_type: The response's Content-Type header ("" when absent).

    Returns:
        ``"feed"``, ``"sitemap"``, ``"html"`` (a page to read as an article) or ``"other"``.
    """
    try:
        data = unpack(payload, name="response")
    except ReadError:
        return "other"
    ctype = content_type.lower()
    root = _root_name(data)
    if root in _FEED_ROOTS:
        return "feed"
    if root in _SITEMAP_ROOTS:
        return "sitemap"
    if "html" in ctype:
        return "html"
    if ctype.startswith("text/plain") and _is_url_list(data):
        return "sitemap"
    if not ctype.strip() and data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_PAGE_START):
        return "html"
    return "other"


def _clean_link(base: str, raw: object) -> str | None:
    if not isinstance(raw, str) or not raw.strip():
        return None
    return urldefrag(urljoin(base, raw.strip()))[0]


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _struct_time(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime(*value[:6])  # feedparser gives UTC struct_time
    except (TypeError, ValueError):
        return None


def _w3c_datetime(value: str | None) -> datetime | None:
    """A sitemap date (W3C datetime: ``2024-05-06``, ``2024-05-06T10:00:00+02:00``, ``...Z``), in UTC."""
    if not value or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        return _utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def _feed_links(data: bytes, *, url: str, content_type: str) -> tuple[Link, ...]:
    import feedparser  # type: ignore[import-untyped,unused-ignore]

    # A stream, never a string: feedparser would fetch a string that looks like a URL itself.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url,
                                                                  "content-type": content_type or "application/xml"})
    if not parsed.get("version") and not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "no feed entries could be read")
        raise ReadError(Errors.E016.format(name=url, kind="feed", detail=detail), name=url)
    links: list[Link] = []
    for entry in parsed.entries[:MAX_LINKS]:
        link = _clean_link(url, entry.get("link") or _first_href(entry))
        if link is None:
            continue
        title = entry.get("title")
        # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed, with a warning
        published = _struct_time(dict.get(entry, "published_parsed")) or _struct_time(dict.get(entry, "created_parsed"))
        updated = _struct_time(dict.get(entry, "updated_parsed"))
        links.append(Link(link, title.strip() if isinstance(title, str) and title.strip() else None,
                          published.date() if published else None, updated or published))
    return tuple(links)


def _first_href(entry: Any) -> str | None:
    for item in entry.get("links") or ():
        if item.get("rel", "alternate") == "alternate" and item.get("href"):
            return str(item["href"])
    return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el: Any, *names: str) -> str | None:
    """The text of the first descendant of ``el`` along local names ``names`` (namespaces ignored)."""
    current = [el]
    for name in names:
        current = [c for parent in current for c in parent if _local(c.tag) == name]
        if not current:
            return None
    text = current[0].text
    return text.strip() if isinstance(text, str) and text.strip() else None


def _sitemap_links(data: bytes, *, url: str) -> Listing:
    from lxml import etree  # type: ignore[import-untyped]

    if _root_name(data) not in _SITEMAP_ROOTS:  # a text sitemap: one URL a line
        found = (_clean_link(url, line.decode("utf-8", "replace")) for line in data.splitlines() if line.strip())
        return Listing("sitemap", tuple(Link(u) for u in found if u)[:MAX_LINKS])
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise ReadError(Errors.E016.format(name=url, kind="sitemap", detail=err), name=url) from None
    if root is None:
        raise ReadError(Errors.E016.format(name=url, kind="sitemap", detail="no XML could be read"), name=url)
    index = _local(root.tag) == "sitemapindex"
    links: list[Link] = []
    for entry in root:
        if _local(entry.tag) not in ("sitemap", "url"):
            continue
        link = _clean_link(url, _child_text(entry, "loc"))
        if link is None:
            continue
        news_date = _w3c_datetime(_child_text(entry, "news", "publication_date"))
        links.append(Link(link, _child_text(entry, "news", "title"), news_date.date() if news_date else None,
                          _w3c_datetime(_child_text(entry, "lastmod")) or news_date))
        if len(links) >= MAX_LINKS:
            break
    return Listing("sitemap-index" if index else "sitemap", tuple(links))


def read_listing(payload: bytes, *, url: str, content_type: str = "") -> Listing:
    """Read the links of a feed, sitemap or sitemap index.

    Args:
        payload: The response body (gzipped sitemaps are unpacked).
        url: The listing's address: relative links are resolved against it; it names it in errors.
        content_type: The response's Content-Type (its charset helps feedparser).

    Returns:
        The listing: its kind and its links (http(s) or not: the caller checks schemes).

    Raises:
        ReadError: when the payload is neither a feed nor a sitemap, or cannot be parsed.
    """
    data = unpack(payload, name=url)
    kind = kind_of(data, content_type)
    if kind == "feed":
        return Listing("feed", _feed_links(data, url=url, content_type=content_type))
    if kind == "sitemap":
        return _sitemap_links(data, url=url)
    raise ReadError(Errors.E016.format(name=url, kind="feed or sitemap", detail=f"it is {kind}"), name=url)
