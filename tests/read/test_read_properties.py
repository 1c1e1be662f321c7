"""Properties of the readers over arbitrary input (hypothesis).

- read_text never raises on a string, keeps it verbatim, and every span indexes it exactly;
  spans are non-empty, stripped, single-line and never overlap.
- read_html either returns an Article whose spans index its text, or raises ReadError.
- read_path on arbitrary bytes, whatever the suffix, yields only Articles and Failures.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import ReadError
from newsgraph.read import Failure, read_path
from newsgraph.read.decode import clean_text
from newsgraph.read.html import read_html
from newsgraph.read.text import read_text
from newsgraph.records import Article, TextSpan

FRAGMENTS = [
    "Middle East", "Europe", "US & Canada", "Syria crisis: Russia won't pressure Assad, says Lavrov",
    "Media playback is unsupported on your device", "Media caption", "Media captionAnna Berg: \u201cNo\u201d",
    "Image caption The harbour", "Image copyright Getty Images", "Share this with", "Email", "Facebook",
    "Copy this link", "Related Topics", "Published", "3 March 2013", "Published 3 March 2013 12:04 GMT",
    "By Jane Doe", "By JANE DOE, Associated Press", "WASHINGTON (Reuters) - The Senate voted.",
    '"We will go," he said.', "He said: \u201cNo.\u201d", "Reporting by Jane Doe; Editing by Tom Hill",
    "caf\u00e9", "\U0001f600", "\t", "  ", "", "-", ":", ".", "\u2028", "\x85", "\x0c", "\ufeff",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " \n ", "\n\t\n"]

line = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=60))
article = st.tuples(
    st.lists(line, min_size=1, max_size=25),
    st.lists(st.sampled_from(SEPARATORS), min_size=25, max_size=25),
).map(lambda parts: "".join(ln + sep for ln, sep in zip(parts[0], parts[1], strict=False)))


def spans_of(art: Article) -> list[TextSpan]:
    spans = [*art.paragraphs, *art.boilerplate, *(c.span for c in art.captions)]
    return spans + ([art.headline] if art.headline else [])


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(article, st.text(min_size=1)))
def test_read_text_spans_index_the_verbatim_text(text: str) -> None:
    art = read_text(text)
    # Verbatim, but for lone surrogates and NUL, which no parser takes: each becomes U+FFFD (issue 11).
    assert art.text == clean_text(text) and len(art.text) == len(text)
    text = art.text
    spans = sorted(spans_of(art), key=lambda s: s.start)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and "\n" not in s.text and "\r" not in s.text
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start  # no line is in two places
    if art.section is not None:
        assert art.headline is not None and art.section in text


paragraph = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@settings(max_examples=40, deadline=None)
@given(title=st.text(max_size=80), paras=st.lists(paragraph, min_size=0, max_size=6), caption=st.text(max_size=60))
def test_read_html_returns_consistent_spans_or_a_read_error(title: str, paras: list[str], caption: str) -> None:
    from html import escape

    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    page = (f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
            f"<figure><img src='a.jpg'><figcaption>{escape(caption)}</figcaption></figure>{body}"
            "</article></body></html>")
    try:
        art = read_html(page, name="page.html")
    except ReadError as err:
        assert str(err).startswith("page.html:")
        return
    assert art.paragraphs
    for s in [*art.paragraphs, *(c.span for c in art.captions)] + ([art.headline] if art.headline else []):
        assert art.text[s.start : s.end] == s.text and s.text


SUFFIXES = [".txt", ".html", ".jsonl", ".warc", ".txt.gz", ".jsonl.gz", ".warc.gz", ""]
raw_bytes = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n", b'{"id": 1, "text": "x"}\n{', b"<html>"]).flatmap(
        lambda head: st.binary(max_size=200).map(lambda tail: head + tail)
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=raw_bytes, suffix=st.sampled_from(SUFFIXES))
def test_read_path_never_raises_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_path(path))
    assert items and all(isinstance(i, Article | Failure) for i in items)
    for item in items:
        if isinstance(item, Failure):
            assert item.name.startswith(str(path)) and str(path) in item.reason
