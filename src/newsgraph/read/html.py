"""HTML pages: the article body through trafilatura, plus headline, date, url, section and captions.

``Article.text`` is assembled, not verbatim: the headline, a blank line, the body paragraphs
separated by blank lines, then the captions the markup shows (<figcaption>, elements classed
"…caption…"), each in its own block after the body. Every span indexes that text. Page clutter
(share widgets, "Media playback is unsupported on your device", copyright credits, bylines,
date lines) is removed before and after extraction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from newsgraph.errors import Errors, ReadError
from newsgraph.read import htmlpage
from newsgraph.read.clutter import caption_of, is_byline, is_date_line, is_furniture, parse_iso_date
from newsgraph.read.htmlpage import PageCaption, Tree, squash
from newsgraph.read.text import content_id
from newsgraph.records import Article, Caption, TextSpan


def _extract(clean: Tree, *, url: str | None) -> Any:
    """Run trafilatura over the cleaned tree; its Document, or None when it finds no main text."""
    import trafilatura

    return trafilatura.bare_extraction(clean, url=url, with_metadata=True, include_comments=False,
                                       include_tables=False, favor_precision=True)


def _body_lines(tree: Tree, *, url: str | None) -> tuple[list[str], Any]:
    clean = htmlpage.strip_clutter(tree)
    doc = _extract(clean, url=url)
    body = getattr(doc, "text", None) if doc is not None else None
    if body and body.strip():
        return body.split("\n"), doc
    return htmlpage.fallback_paragraphs(htmlpage.strip_clutter(tree)), doc


def _paragraphs(
    lines: list[str], *, headline: str | None, captions: list[PageCaption]
) -> tuple[list[str], list[PageCaption]]:
    """Drop clutter, the repeated headline and caption text from the body; return paragraphs and captions."""
    paragraphs: list[str] = []
    found = list(captions)
    known = {c.text.lower() for c in captions}
    head = (headline or "").lower()
    for raw in lines:
        line = squash(raw)
        bare = line.removeprefix("- ").removeprefix("\u2022 ").strip()
        if not bare or bare in ("-", "\u2022") or is_furniture(bare) or is_byline(bare) or is_date_line(bare):
            continue
        if head and bare.lower() == head and not paragraphs:
            continue
        labelled = caption_of(bare)
        if labelled is not None:
            kind, start = labelled
            if bare[start:].lower() not in known:
                known.add(bare[start:].lower())
                found.append(PageCaption(bare[start:], kind))
            continue
        if bare.lower() in known:
            continue
        paragraphs.append(line)
    return paragraphs, found


def _assemble(
    headline: str | None, paragraphs: list[str], captions: list[PageCaption]
) -> tuple[str, TextSpan | None, list[TextSpan], list[Caption]]:
    """Join headline, paragraphs and captions with blank lines; return the text and the spans into it."""
    blocks: list[str] = []
    pos = 0

    def add(block: str) -> TextSpan:
        nonlocal pos
        if blocks:
            pos += 2
        span = TextSpan(pos, pos + len(block), block)
        blocks.append(block)
        pos += len(block)
        return span

    head_span = add(headline) if headline else None
    para_spans = [add(p) for p in paragraphs]
    cap_spans = [Caption(add(c.text), c.kind) for c in captions]
    return "\n\n".join(blocks) + "\n", head_span, para_spans, cap_spans


def _load(page: str, *, label: str) -> Tree:
    if not page.strip():
        raise ReadError(Errors.E001.format(name=label), name=label)
    if not htmlpage.looks_like_html(page):
        raise ReadError(Errors.E004.format(name=label, detail="no HTML markup in it"), name=label)
    tree = htmlpage.parse(page)
    if tree is None:
        raise ReadError(Errors.E004.format(name=label, detail="the markup could not be parsed"), name=label)
    return tree


def read_html(
    html: str,
    *,
    id: str | None = None,
    path: str | None = None,
    url: str | None = None,
    published: date | None = None,
    name: str | None = None,
) -> Article:
    """Read an HTML news page into an Article whose text is headline + body paragraphs + captions.

    Args:
        html: The page source.
        id: Record id; a content hash of the page when not given.
        path: Where the page came from, for provenance.
        url: The page's address; otherwise the page's canonical link, og:url or trafilatura's guess.
        published: Publication date; otherwise meta article:published_time, JSON-LD datePublished,
            <time datetime>, or trafilatura's date.
        name: How to name the input in errors (defaults to path, then id).

    Returns:
        The Article, ``format="html"``.

    Raises:
        ReadError: when the input is empty, holds no markup, or the page holds no article text.
    """
    label = name or path or id or "<html>"
    tree = _load(html, label=label)
    lines, doc = _body_lines(tree, url=url)
    site = htmlpage.sitename(tree) or getattr(doc, "sitename", None)
    head = htmlpage.headline(tree, title=None, sitename=site) or None
    paragraphs, captions = _paragraphs(lines, headline=head, captions=htmlpage.captions(tree))
    if not paragraphs:
        raise ReadError(Errors.E004.format(name=label, detail="no body paragraphs were found"), name=label)
    text, head_span, para_spans, cap_spans = _assemble(head, paragraphs, captions)
    when = published or htmlpage.published(tree) or parse_iso_date(getattr(doc, "date", None))
    return Article(
        id=id or content_id(html),
        text=text,
        format="html",
        path=path,
        url=url or htmlpage.page_url(tree) or getattr(doc, "url", None),
        section=htmlpage.section(tree),
        headline=head_span,
        published=when,
        captions=tuple(cap_spans),
        paragraphs=tuple(para_spans),
    )
