"""WARC archives: HTML responses become Articles with their URL; other records are passed over."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from newsgraph.read import Failure, read_path
from newsgraph.records import Article

PAGE = """<html><head><title>{title} - Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body><article><h1>{title}</h1>
<p>{body} The council met on Tuesday evening to discuss the proposal in detail.</p>
<p>Residents said they were pleased with the outcome and hoped work would start soon.</p>
<figure><img src="x.jpg"><figcaption>The old bridge in winter</figcaption></figure>
</article></body></html>"""


def record(writer: object, url: str, payload: bytes, *, ctype: str = "text/html; charset=utf-8",
           status: str = "200 OK", rec_type: str = "response") -> None:
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, rec_type, payload=BytesIO(payload), http_headers=headers)  # type: ignore[attr-defined]
    writer.write_record(rec)  # type: ignore[attr-defined]


def build_warc(path: Path, *, gz: bool) -> None:
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        page1 = PAGE.format(title="Bridge plan approved", body="A new bridge will be built over the Wey.")
        record(writer, "https://news.example.org/bridge", page1.encode())
        record(writer, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00", ctype="image/png")
        record(writer, "https://news.example.org/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
        record(writer, "https://news.example.org/empty", b"<html><body><script>x()</script></body></html>")
        page2 = PAGE.format(title="Caf\u00e9 owners protest", body="Caf\u00e9 owners in S\u00e8te closed for a day.")
        record(writer, "https://news.example.org/cafe", page2.encode("latin-1"), ctype="text/html; charset=iso-8859-1")


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_articles_with_their_urls(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    build_warc(path, gz=gz)
    items = list(read_path(path))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [a.url for a in articles] == ["https://news.example.org/bridge", "https://news.example.org/cafe"]
    assert [a.headline.text if a.headline else None for a in articles] == ["Bridge plan approved",
                                                                           "Caf\u00e9 owners protest"]
    assert all(a.format == "warc" and a.path == str(path) and a.id.startswith("urn:uuid:") for a in articles)
    assert [c.span.text for c in articles[0].captions] == ["The old bridge in winter"]
    assert "Caf\u00e9 owners in S\u00e8te" in articles[1].text
    # The page without text is a Failure naming its record; the image and the 404 are not articles.
    assert len(failures) == 1
    assert failures[0].name == f"{path} record 4 (https://news.example.org/empty)"
    assert "no body paragraphs" in failures[0].reason


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.warc.gz", b"These are just some notes, not an archive.\n"),
        ("empty.warc", b""),
        ("image.warc", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ],
)
def test_a_file_that_is_not_a_warc_is_a_failure(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_path(path))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].name == str(path) and "not a WARC file" in items[0].reason


def test_a_warc_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    build_warc(path, gz=False)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.index(b"https://news.example.org/cafe") + 200])
    items = list(read_path(cut))
    assert isinstance(items[0], Article) and items[0].url == "https://news.example.org/bridge"


def test_a_warc_without_pages_is_a_failure(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "images.warc.gz"
    with path.open("wb") as fh:
        record(WARCWriter(fh, gzip=True), "https://news.example.org/a.png", b"\x89PNG\r\n", ctype="image/png")
    items = list(read_path(path))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert "none of its 1 records is an HTML page" in items[0].reason


def test_a_warc_cut_inside_its_first_header_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    build_warc(path, gz=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(path.read_bytes()[:100])
    items = list(read_path(cut))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert "record 1 is damaged or cut short" in items[0].reason
