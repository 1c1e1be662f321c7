"""Feeds and sitemaps told apart by their content, and the links (with titles and dates) they list."""

from __future__ import annotations

import gzip
from datetime import date, datetime

import pytest

from newsgraph.errors import ReadError
from newsgraph.read.feeds import kind_of, read_listing

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Courier</title><link>http://127.0.0.1/</link>
<item><title>Grain deal signed</title><link>http://127.0.0.1/news/grain</link>
  <pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate></item>
<item><title>Dam protest</title><link>/news/dam#comments</link></item>
<item><title>No link here</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:x</id><updated>2024-03-05T10:00:00Z</updated>
<entry><title>Teachers strike</title><id>urn:1</id><link rel="alternate" href="http://127.0.0.1/news/strike"/>
  <published>2024-03-06T08:00:00+01:00</published><updated>2024-03-06T12:00:00Z</updated></entry>
</feed>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>http://127.0.0.1/sitemap-news.xml</loc><lastmod>2024-03-07T10:00:00+00:00</lastmod></sitemap>
  <sitemap><loc>http://127.0.0.1/sitemap-2023.xml.gz</loc></sitemap>
</sitemapindex>"""

NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>http://127.0.0.1/news/border</loc>
    <news:news><news:publication><news:name>Courier</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-03-07T09:30:00+02:00</news:publication_date>
      <news:title>Border talks resume</news:title></news:news></url>
  <url><loc>http://127.0.0.1/news/floods</loc><lastmod>2024-03-08</lastmod></url>
</urlset>"""


@pytest.mark.parametrize(("body", "ctype", "kind"), [
    (RSS, "application/rss+xml", "feed"),
    (RSS, "text/html", "feed"),  # a feed served as a page is still a feed
    (ATOM, "", "feed"),
    (INDEX, "text/xml", "sitemap"),
    (NEWS, "application/xml", "sitemap"),
    (gzip.compress(NEWS), "application/octet-stream", "sitemap"),
    (b"http://127.0.0.1/a\nhttp://127.0.0.1/b\n", "text/plain", "sitemap"),
    (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "text/html; charset=utf-8", "html"),
    (b"<!doctype html><html><body><p>Hi</p></body></html>", "", "html"),
    (b"<?xml version='1.0'?><!-- a comment --><html xmlns='http://www.w3.org/1999/xhtml'></html>",
     "application/xhtml+xml", "html"),
    (b"\x89PNG\r\n\x1a\n....", "image/png", "other"),
    (b"just words", "text/plain", "other"),
])
def test_kind_is_told_by_the_content_not_the_url(body: bytes, ctype: str, kind: str) -> None:
    assert kind_of(body, ctype) == kind


def test_rss_items_give_absolute_links_titles_and_dates() -> None:
    listing = read_listing(RSS, url="http://127.0.0.1/feed", content_type="application/rss+xml")
    assert listing.kind == "feed"
    assert [link.url for link in listing.links] == ["http://127.0.0.1/news/grain", "http://127.0.0.1/news/dam"]
    first = listing.links[0]
    assert (first.title, first.published) == ("Grain deal signed", date(2024, 3, 4))
    assert first.updated == datetime(2024, 3, 4, 9, 30)
    assert listing.links[1].published is None


def test_atom_entries_give_published_and_updated_in_utc() -> None:
    (entry,) = read_listing(ATOM, url="http://127.0.0.1/atom").links
    assert (entry.url, entry.title, entry.published) == ("http://127.0.0.1/news/strike", "Teachers strike",
                                                         date(2024, 3, 6))
    assert entry.updated == datetime(2024, 3, 6, 12, 0)


def test_sitemap_index_lists_sitemaps_with_lastmod() -> None:
    listing = read_listing(INDEX, url="http://127.0.0.1/sitemap.xml")
    assert listing.kind == "sitemap-index"
    assert [link.url for link in listing.links] == ["http://127.0.0.1/sitemap-news.xml",
                                                   "http://127.0.0.1/sitemap-2023.xml.gz"]
    assert listing.links[0].updated == datetime(2024, 3, 7, 10, 0)
    assert listing.links[1].updated is None


def test_news_sitemap_gives_title_and_publication_date_gzipped_or_not() -> None:
    for body in (NEWS, gzip.compress(NEWS)):
        listing = read_listing(body, url="http://127.0.0.1/sitemap-news.xml")
        assert listing.kind == "sitemap"
        border, floods = listing.links
        assert (border.title, border.published, border.updated) == ("Border talks resume", date(2024, 3, 7),
                                                                   datetime(2024, 3, 7, 7, 30))
        assert (floods.title, floods.published, floods.updated) == (None, None, datetime(2024, 3, 8))


def test_text_sitemap_is_one_url_a_line() -> None:
    listing = read_listing(b"http://127.0.0.1/a\n\nhttp://127.0.0.1/b#x\n", url="http://127.0.0.1/s.txt",
                           content_type="text/plain")
    assert [link.url for link in listing.links] == ["http://127.0.0.1/a", "http://127.0.0.1/b"]


def test_entities_are_not_expanded_in_sitemaps() -> None:
    hostile = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
               b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1/&e;</loc>'
               b"</url><url><loc>http://127.0.0.1/ok</loc></url></urlset>")
    urls = [link.url for link in read_listing(hostile, url="http://127.0.0.1/s.xml").links]
    assert "http://127.0.0.1/ok" in urls
    assert not any("root:" in u for u in urls)


def test_a_page_is_not_a_listing() -> None:
    with pytest.raises(ReadError, match="not a readable feed or sitemap"):
        read_listing(b"<html><body><p>x</p></body></html>", url="http://127.0.0.1/p", content_type="text/html")
