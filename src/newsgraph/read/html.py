"""HTML pages: the article body through trafilatura, plus headline, date, url, section and captions.

``Article.text`` is assembled, not verbatim: the headline, a blank line, the body paragraphs
separated by blank lines, then the captions the markup shows (<figcaption>, elements classed
"…caption…"), each in its own block after the body. Every span indexes that text. Page clutter
(share widgets, "Media playback is unsupported on your device", copyright credits, bylines,
date lines) is removed before and after extraction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from newsgraph.errors import Errors, ReadError
from newsgraph.read import htmlbody, htmlpage
from newsgraph.read.clutter import caption_of, is_byline, is_date_line, is_furniture, parse_iso_date
from newsgraph.read.htmlpage import PageCaption, Tree, squash
from newsgraph.read.published import first_plausible
from newsgraph.read.text import content_id
from newsgraph.records import Article, Caption, Skip, TextSpan


def _paragraphs(
    lines: Sequence[str], *, headline: str | None, captions: list[PageCaption]
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


def _dropped_by_rules(lines: Sequence[str], paragraphs: list[str], captions: list[PageCaption]) -> tuple[Skip, ...]:
    """Record it when the line rules set aside most of the extracted body (they should take furniture only)."""
    before = sum(htmlbody.words(line) for line in lines)
    after = sum(htmlbody.words(p) for p in paragraphs) + sum(htmlbody.words(c.text) for c in captions)
    if before and after * 2 < before:
        return (Skip("read", f"the line rules (page furniture, bylines, date lines, the repeated headline) "
                             f"set aside {before - after} of the {before} words extracted from the page"),)
    return ()


def _dates(tree: Tree, doc: Any, published: date | None, listed: date | None) -> Iterator[tuple[str, date | None]]:
    yield "the caller", published
    yield from htmlpage.published_dates(tree)
    yield "the feed or sitemap that listed the page", listed
    yield "trafilatura (htmldate)", parse_iso_date(getattr(doc, "date", None))


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


def _squashed(text: str | None) -> str | None:
    return squash(text) or None if text else None


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
    default_headline: str | None = None,
    default_published: date | None = None,
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
        default_headline: The headline when the page has none (a feed item's title).
        default_published: The date when the page's markup gives none (a feed item's date); it wins over
            trafilatura's guess from the text or URL.

    Returns:
        The Article, ``format="html"``.

    Raises:
        ReadError: when the input is empty, holds no markup, or the page holds no article text.
    """
    label = name or path or id or "<html>"
    tree = _load(html, label=label)
    body = htmlbody.body(tree, url=url)
    doc = body.doc
    site = htmlpage.sitename(tree) or getattr(doc, "sitename", None)
    head = htmlpage.headline(tree, title=None, sitename=site) or _squashed(default_headline)
    page_captions = htmlpage.captions(tree)
    paragraphs, captions = _paragraphs(body.lines, headline=head, captions=page_captions)
    if not paragraphs:
        raise ReadError(Errors.E004.format(name=label, detail="no body paragraphs were found"), name=label)
    text, head_span, para_spans, cap_spans = _assemble(head, paragraphs, captions)
    when, date_skips = first_plausible(_dates(tree, doc, published, default_published))
    dropped = _dropped_by_rules(body.lines, paragraphs, captions[len(page_captions):])
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
        skipped=body.skipped + dropped + date_skips,
    )
