"""The body text of an HTML page: trafilatura's extraction, checked so that no text is lost silently.

Internal helpers of :mod:`newsgraph.read.html` (unstable).

Why these settings (measured on the 711 WCXB dev pages, ``bench/extraction_bench.py``): trafilatura's
``favor_precision`` mode, used before, kept slivers of many pages. It turns off trafilatura's own
rescues for an extraction that covers little of the page (the baseline text dump and the recall
retry), deletes every heading that holds a link (the "#section" anchors of most tables of contents)
and list blocks dense in links; and tables were left out. On pages built that way the reader kept a
few lines of a long article. The balanced mode with tables keeps them; the clutter stripping that
runs first (``htmlpage.strip_clutter``) and the line rules of ``read.html`` still remove page furniture.

Two checks then make sure nothing large is lost without a trace:
  * when the stripped page's extraction has under half the words of trafilatura's plain extraction
    of the whole page, the extra words are looked up in the blocks the clutter rules removed: mostly
    there, ours is kept; mostly elsewhere, the plain extraction is used. Either way the reading says so
    (a ``Skip`` of stage ``read``). The plain extraction runs only when it could be that much longer,
    i.e. when the page shows over twice the words we kept (about one page in six on wcxb-dev);
  * the line rules (furniture, bylines, date lines) are not allowed to drop most of the body without
    saying so: see ``read.html``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from newsgraph.read import htmlpage
from newsgraph.read.htmlpage import Tree, squash
from newsgraph.records import Skip

# A plain extraction this many times longer (in words) than ours is looked at (see _against_plain).
FULLER = 2
# Fewer words than this are not an article's body: a headline and a line.
MIN_WORDS = 30
_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


@dataclass(frozen=True, slots=True)
class Body:
    """The body lines of a page, trafilatura's Document (for its metadata), and what was recorded."""

    lines: tuple[str, ...]
    doc: Any
    skipped: tuple[Skip, ...] = ()


def _extract(tree: Tree, *, url: str | None) -> Any:
    """Run trafilatura (balanced mode, tables kept, comments not) over ``tree``, which it changes."""
    import trafilatura

    return trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                       include_tables=True)


def _text(doc: Any) -> str:
    text = getattr(doc, "text", None) if doc is not None else None
    return text if isinstance(text, str) and text.strip() else ""


def words(text: str) -> int:
    """Count whitespace-separated words."""
    return len(text.split())


def visible_words(tree: Tree) -> int:
    """Count the words a browser would show in the page's <body> (no scripts, styles or templates)."""
    return sum(words(str(t)) for t in tree.xpath(_VISIBLE_TEXT))


def table_line(line: str) -> str | None:
    """Turn one line of a table as trafilatura writes it ("| a | b |") into "a | b"; None for a rule line.

    Lines that are not table rows come back unchanged.
    """
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|")):
        return line
    cells = [squash(c) for c in stripped[1:-1].split("|")]
    kept = [c for c in cells if c and set(c) - set("-: ")]
    return " | ".join(kept) if kept else None


def _lines(text: str) -> tuple[str, ...]:
    return tuple(t for t in (table_line(line) for line in text.split("\n")) if t is not None)


def _against_plain(tree: Tree, text: str, plain_text: str) -> tuple[bool, Skip]:
    """Decide between our extraction and a plain one over ``FULLER`` times longer; say why in a Skip.

    The extra words of the plain extraction are looked up in the blocks the clutter rules removed: when
    most of them are there (related posts, share tools, promotions), ours is kept; otherwise the
    stripping changed what trafilatura took for the article, and the plain extraction is used. It is
    used too when ours has under ``MIN_WORDS`` words (a headline and a line): a page is never read as
    next to nothing while trafilatura finds text in it.
    """
    ours = {squash(line) for line in text.split("\n")}
    extra = [line for line in (squash(x) for x in plain_text.split("\n")) if line and line not in ours]
    blocks = htmlpage.clutter_text(tree)
    extra_words = sum(words(line) for line in extra)
    in_clutter = sum(words(line) for line in extra if line in blocks)
    counts = f"trafilatura's plain extraction of the page keeps {words(plain_text)} words, ours {words(text)}"
    if words(text) < MIN_WORDS:
        return True, Skip("read", f"{counts}: nearly all the text is in blocks marked as page clutter, so the "
                                  "plain extraction is used")
    if 2 * in_clutter >= extra_words:
        return False, Skip("read", f"{counts}; {in_clutter} of its {extra_words} extra words are in blocks marked "
                                   "as page clutter (related links, share tools, promotions), so they are left out")
    return True, Skip("read", f"{counts}; only {in_clutter} of its {extra_words} extra words are in blocks marked "
                              "as page clutter, so the plain extraction is used")


def body(tree: Tree, *, url: str | None) -> Body:
    """Return the body lines of the page ``tree`` (not changed), with trafilatura's Document."""
    doc = _extract(htmlpage.strip_clutter(tree), url=url)
    text = _text(doc)
    skipped: tuple[Skip, ...] = ()
    if FULLER * words(text) < visible_words(tree):  # else no extraction can be FULLER times longer
        plain = _extract(copy.deepcopy(tree), url=url)
        plain_text = _text(plain)
        if words(plain_text) > FULLER * words(text):
            use_plain, skip = _against_plain(tree, text, plain_text)
            skipped = (skip,)
            if use_plain:
                return Body(_lines(plain_text), plain, skipped)
    if text:
        return Body(_lines(text), doc, skipped)
    return Body(tuple(htmlpage.fallback_paragraphs(htmlpage.strip_clutter(tree))), doc, skipped)
