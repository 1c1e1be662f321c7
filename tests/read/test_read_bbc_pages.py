"""The HTML reader on real BBC page captures (../shared/corpus/bbc-html-dev), one test per page.

For every page: the headline is the page's visible <h1>; the intro sentence that the XSum
authors extracted (the .data file) appears in our text; no share widget or player notice is
left in the paragraphs. Nothing from ../shared is copied here: the pages are read in place.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsgraph.read.html import read_html

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
PAGES = sorted((SHARED / "corpus" / "bbc-html-dev").glob("*.html"))
CLUTTER = ("Share this with", "Media playback", "Copy this link", "Image copyright", "Media caption", "Image caption")

pytestmark = pytest.mark.shared


def squash(text: str) -> str:
    return " ".join(text.split())


def intro_of(page: Path) -> str | None:
    """The intro sentence from the page's .data file (sections marked [XSUM]NAME[XSUM])."""
    data = page.with_suffix(".data")
    if not data.exists():
        return None
    raw = data.read_text(encoding="utf-8")
    return squash(raw.split("[XSUM]INTRODUCTION[XSUM]")[1].split("[XSUM]RESTBODY[XSUM]")[0])


def h1s_of(html: str) -> list[str]:
    from lxml import html as lxml_html  # type: ignore[import-untyped]

    return [squash(h.text_content()) for h in lxml_html.document_fromstring(html.encode()).iter("h1")]


@pytest.mark.parametrize("page", PAGES or [pytest.param(None, id="no-pages")], ids=[p.stem for p in PAGES] or None)
def test_bbc_page(shared: Path, page: Path) -> None:
    html = page.read_text(encoding="utf-8", errors="replace")
    art = read_html(html, path=str(page))
    assert art.headline is not None and art.headline.text in h1s_of(html)
    intro = intro_of(page)
    if intro is not None:
        assert intro in squash(art.text)
    body = "\n".join(p.text for p in art.paragraphs)
    assert not [c for c in CLUTTER if c in body]
    for s in [art.headline, *art.paragraphs, *(c.span for c in art.captions)]:
        assert art.text[s.start : s.end] == s.text
