"""What a news page's markup says beyond its body text: headline, date, address, section, captions.

Internal helpers of :mod:`newsgraph.read.html` (unstable). They read an lxml tree and never
change it, except :func:`strip_clutter`, which works on a copy.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from lxml import html as lxml_html  # type: ignore[import-untyped]
from lxml.etree import ParserError  # type: ignore[import-untyped]

from newsgraph.read.clutter import caption_of, is_furniture, parse_iso_date
from newsgraph.records import CaptionKind

Tree: TypeAlias = lxml_html.HtmlElement

_TAG = re.compile(r"<\s*(?:!doctype|html|head|body|p|div|article|main|section|h[1-6]|title|span|br|meta)\b", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Characters XML (and so lxml) cannot hold: C0 controls but tab/newline/return, lone surrogates, non-characters.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Class/id tokens of page furniture: share tools, player notices, related links, navigation.
_CLUTTER_TOKEN = re.compile(
    r"(?:^|[-_])(?:share|sharetools|social|sharing|byline-share|player-with-placeholder__caption|smp-message"
    r"|off-screen|visually-hidden|sr-only|copyright|related|newsletter|promo|advert|ad-slot|cookie|navigation"
    r"|breadcrumb|comments?)(?:$|[-_])",
    re.I,
)
# An id of four or more words ("h-what-is-social-shopping", "how_to_share_files") is a slug of the
# element's own heading, made by the CMS for anchor links: it says what the text is about, not that
# the element is a share widget or a related-links block, so the clutter tokens are not read in it.
_SLUG = re.compile(r"^[^\W_]+(?:[-_][^\W_]+){3,}$")
# "media-with-caption", "has-caption", "no-caption" name a figure that may hold a caption, not the caption.
_CAPTION_CONTAINER = re.compile(r"(?:^|-)(?:has|no|with)-captions?$", re.I)
_MEDIA_HINT = re.compile(r"video|player|audio|smp", re.I)
_PUBLISHED_XPATHS = (
    "//meta[@property='article:published_time' or @name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@name='pubdate' or @name='publishdate' or @name='date' or @name='dc.date' or @name='DC.date.issued'"
    " or @property='og:published_time']/@content",
)


@dataclass(frozen=True, slots=True)
class PageCaption:
    """A caption read from the markup, with its label removed."""

    text: str
    kind: CaptionKind


def looks_like_html(page: str) -> bool:
    """Say whether ``page`` holds any HTML markup at all."""
    return bool(_TAG.search(page[:200_000]))


def parse(page: str) -> Tree | None:
    """Parse ``page`` into an lxml tree (fragments too), or None when lxml cannot.

    Comments and processing instructions are dropped while parsing, as trafilatura's own loader
    does: its extraction reads an element's text and children, so the text after a comment node
    (``<h3><!--[-->Heading<!--]--></h3>``, as Vue and Nuxt pages write it) was lost.
    """
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        return lxml_html.document_fromstring(_NOT_XML.sub("", _XML_DECL.sub("", page, count=1)), parser=parser)
    except (ParserError, ValueError):
        return None


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and strip."""
    return " ".join(text.split())


def _text_of(el: Tree) -> str:
    return squash(el.text_content())


def _class_tokens(el: Tree) -> list[str]:
    """The element's class tokens and its id, unless the id spells out text (see ``_SLUG``)."""
    ident = (el.get("id") or "").strip()
    return (el.get("class") or "").split() + ([ident] if ident and not _SLUG.match(ident) else [])


def body_scope(tree: Tree) -> Tree:
    """Return the element holding the article: articleBody, the paragraph-richest block, or <body>."""
    marked = tree.xpath("//*[@property='articleBody' or @itemprop='articleBody']")
    if marked:
        return marked[0]
    best: Tree | None = None
    best_count = 0
    for parent in {p.getparent() for p in tree.iter("p") if p.getparent() is not None}:
        count = sum(1 for p in parent.iterchildren("p") if len(_text_of(p)) >= 40)
        if count > best_count:
            best, best_count = parent, count
    if best is not None:
        return best
    body = tree.find("body")
    return body if body is not None else tree


def headline(tree: Tree, *, title: str | None, sitename: str | None) -> str | None:
    """Return the page's headline: the <h1> that best matches the page title, else the title.

    The page title is trimmed of a trailing site name ("… - BBC News").
    """
    page_title = strip_site(title or _meta(tree, "og:title") or _first_text(tree, "//title"), sitename)
    h1s = [t for t in (_text_of(h) for h in tree.iter("h1")) if t]
    if h1s and page_title:
        want = set(page_title.lower().split())
        scored = [(len(want & set(h.lower().split())) / max(len(want), 1), -i, h) for i, h in enumerate(h1s)]
        score, _, best = max(scored)
        if score >= 0.3:
            return best
    if h1s and not page_title:
        return h1s[0]
    return page_title or None


def strip_site(title: str | None, sitename: str | None) -> str:
    """Remove a trailing " - Site Name" / " | Site Name" from a page title."""
    title = squash(title or "")
    names = [n for n in {sitename or "", "BBC News", "BBC Sport"} if n]
    for name in names:
        match = re.search(rf"\s*[-|\u2013\u2014:]\s*{re.escape(name)}\s*$", title, re.I)
        if match and match.start() > 0:
            return title[: match.start()]
    return title


def published_dates(tree: Tree) -> Iterator[tuple[str, date]]:
    """Yield ``(source, date)`` for each publication date the page gives, best source first.

    Sources: meta tags (article:published_time, itemprop, pubdate, dc.date), JSON-LD datePublished,
    then a full <time datetime> (the article's first, then the page's). Lazy: a caller that takes
    the first plausible date reads no further.
    """
    for xpath in _PUBLISHED_XPATHS:
        for value in tree.xpath(xpath):
            found = parse_iso_date(str(value))
            if found is not None:
                yield "the page's meta tags", found
    for script in tree.xpath("//script[@type='application/ld+json']"):
        found = _ld_date(script.text or "")
        if found is not None:
            yield "JSON-LD datePublished", found
    scope = body_scope(tree)
    for el in [*scope.iter("time"), *tree.iter("time")]:
        found = parse_iso_date(el.get("datetime") or "")
        if found is not None:
            yield "a <time> element", found


# JSON-LD nests a few levels deep; json.loads recurses once per level and raises RecursionError
# near a thousand, so deeper data is not parsed at all.
MAX_LD_DEPTH = 64
_LD_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(raw: str) -> bool:
    """Whether a JSON text nests arrays and objects over ``MAX_LD_DEPTH`` deep (read iteratively)."""
    depth = 0
    for token in _LD_TOKEN.finditer(raw):
        mark = token.group()
        if mark in ("[", "{"):
            depth += 1
            if depth > MAX_LD_DEPTH:
                return True
        elif mark in ("]", "}"):
            depth -= 1
    return False


def _ld_date(raw: str) -> date | None:
    if _too_deep(raw):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict):
            graph = item.get("@graph")
            for node in [item, *(graph if isinstance(graph, list) else [])]:
                if isinstance(node, dict):
                    found = parse_iso_date(node.get("datePublished"))
                    if found is not None:
                        return found
    return None


def page_url(tree: Tree) -> str | None:
    """Return the page's canonical address (link rel=canonical, then og:url)."""
    for value in tree.xpath("//link[@rel='canonical']/@href"):
        if str(value).strip():
            return str(value).strip()
    return _meta(tree, "og:url")


def section(tree: Tree) -> str | None:
    """Return the section the page declares (meta article:section)."""
    return _meta(tree, "article:section")


def sitename(tree: Tree) -> str | None:
    """Return the site name the page declares (meta og:site_name)."""
    return _meta(tree, "og:site_name")


def _meta(tree: Tree, prop: str) -> str | None:
    for value in tree.xpath(f"//meta[@property='{prop}' or @name='{prop}']/@content"):
        text = squash(str(value))
        if text:
            return text
    return None


def _first_text(tree: Tree, xpath: str) -> str | None:
    for el in tree.xpath(xpath):
        text = _text_of(el)
        if text:
            return text
    return None


def _is_caption_element(el: Tree) -> bool:
    if el.tag == "figcaption":
        return True
    return any("caption" in tok.lower() and not _CAPTION_CONTAINER.search(tok) for tok in _class_tokens(el))


def captions(tree: Tree) -> list[PageCaption]:
    """Return the captions of the article's figures: <figcaption> and elements classed "…caption…".

    Only the outermost caption element counts (BBC wraps a hidden "Image caption" label and the
    text in one figcaption); player notices and empty captions are dropped; duplicates once.
    """
    scope = body_scope(tree)
    found: list[PageCaption] = []
    seen: set[str] = set()
    for el in scope.iter():
        if not isinstance(el.tag, str) or not _is_caption_element(el):
            continue
        if any(_is_caption_element(a) for a in el.iterancestors()):
            continue
        text = _text_of(el)
        labelled = caption_of(text)
        if labelled is not None:
            kind, start = labelled
            text = text[start:]
        else:
            kind = "media" if _near_media(el) else "image"
        if text and not is_furniture(text) and text.lower() not in seen:
            seen.add(text.lower())
            found.append(PageCaption(text, kind))
    return found


def _near_media(el: Tree) -> bool:
    figure = next((a for a in el.iterancestors() if a.tag == "figure"), el.getparent())
    if figure is None:
        return False
    if any(True for _ in figure.iter("video", "audio", "iframe")):
        return True
    return any(_MEDIA_HINT.search(" ".join(_class_tokens(d))) for d in figure.iter() if isinstance(d.tag, str))


def _is_clutter(el: Tree) -> bool:
    if not isinstance(el.tag, str) or el.tag in ("html", "body"):
        return False
    if not (_is_caption_element(el) or any(_CLUTTER_TOKEN.search(t) for t in _class_tokens(el))):
        return False
    # A block holding several real paragraphs is content whatever its class says.
    return sum(1 for p in el.iter("p") if len(_text_of(p)) >= 80) < 3


def strip_clutter(tree: Tree) -> Tree:
    """Return a copy of ``tree`` without captions, share tools, hidden labels and player notices."""
    clean = copy.deepcopy(tree)
    for el in [el for el in clean.iter() if _is_clutter(el)]:
        if el.getparent() is not None:
            el.drop_tree()
    return clean


def clutter_text(tree: Tree) -> str:
    """Return the text of the blocks :func:`strip_clutter` removes, outermost blocks only, one a line."""
    blocks = [el for el in tree.iter() if _is_clutter(el)]
    chosen = set(blocks)
    return "\n".join(_text_of(el) for el in blocks if not any(a in chosen for a in el.iterancestors()))


def fallback_paragraphs(tree: Tree) -> list[str]:
    """Return the text of the paragraphs and list items of the article scope (when trafilatura finds nothing)."""
    scope = body_scope(tree)
    return [t for t in (_text_of(el) for el in scope.iter("p", "li", "h2", "h3", "blockquote")) if t]
