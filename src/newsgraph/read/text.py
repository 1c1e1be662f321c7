"""Plain-text articles in the style of a news page scrape, or wire copy.

The layout handled: an optional section line, the headline, then paragraphs one per line,
with page clutter ("Media playback is unsupported on your device", share widgets, bylines,
date lines) and captions ("Media caption…", "Image caption …") mixed in. Wire copy starts
with a dateline paragraph ("WASHINGTON (Reuters) - …"), which stays body text.

``Article.text`` is the input verbatim, so every offset matches external gold annotated on
the same file. Windows line endings are kept; spans never include the ``\\r``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from newsgraph.read.clutter import (
    bare_caption_label,
    caption_of,
    find_date,
    is_byline,
    is_date_line,
    is_furniture,
    is_trailer_heading,
)
from newsgraph.read.decode import clean_text
from newsgraph.read.published import first_plausible
from newsgraph.records import Article, Caption, CaptionKind, TextSpan

# "caption-media"/"caption-image": a caption whose label stood alone on the line before.
LineKind = Literal["content", "caption", "caption-media", "caption-image", "boilerplate", "date"]

# A wire dateline opens the first paragraph: "WASHINGTON (Reuters) - ", "LONDON, March 5 (AP) — ".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+){0,3}(?:,\s*[A-Za-z0-9 .'/-]{1,40})?(?:\s*\([^)]{1,40}\))?\s"
    r"|[A-Z][\w .'/-]{1,40}(?:,\s*[\w .'/-]{1,40})?\s*\([A-Za-z .]{1,30}\)\s*)"
    r"(?:-{1,2}|\u2013|\u2014)\s+\S"
)
# A line ending like a sentence: final . or ! (an ellipsis too), then closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!]['\"\u2019\u201d)\]]*$")
_SECTION_JOINERS = frozenset({"and", "&", "of", "the", "in", "for", "-", "\u2013", "news", "business", "politics",
                              "sport", "world", "technology", "science", "health", "environment", "arts",
                              "entertainment", "education", "opinion", "features", "analysis", "magazine"})


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> Iterator[_Line]:
    """Yield the non-blank lines of ``text`` with their stripped offsets."""
    for m in re.finditer(r"[^\r\n]+", text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = m.start() + lead
            yield _Line(start, start + len(body), body)


def content_id(text: str) -> str:
    """Return a short, stable content hash used as an id when the input has none."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _is_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line) or _DATELINE.match(line)) or len(line.split()) > 30


def _is_headline_like(line: str) -> bool:
    """A headline: at most 30 words, opening with a capital, digit or quote, not ending like a sentence."""
    first = line.lstrip("\"'\u2018\u201c([")[:1]
    return bool(first) and (first.isupper() or first.isdigit()) and not _is_sentence(line) \
        and not line.endswith((":", ",", ";"))


def _is_section_like(line: str) -> bool:
    """A section line: a few capitalised words ("Middle East", "US & Canada", "Scotland business")."""
    words = line.split()
    if not 0 < len(words) <= 5 or len(line) > 40 or re.search(r"[.!?:;,\"()\u201c\u201d]", line):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SECTION_JOINERS for w in words)


def _classify(lines: list[_Line]) -> list[LineKind]:
    """Label each line: caption, boilerplate, date line or content."""
    kinds: list[LineKind] = []
    after_byline = in_trailer = False
    label: CaptionKind | None = None
    for ln in lines:
        kind: LineKind = "content"
        if caption_of(ln.text):
            kind = "caption"
        elif bare_caption_label(ln.text):
            kind = "boilerplate"
        elif label is not None and not is_furniture(ln.text):
            kind = "caption-media" if label == "media" else "caption-image"
        elif is_furniture(ln.text) or is_byline(ln.text):
            kind = "boilerplate"
        elif is_date_line(ln.text):
            kind = "date"
        elif in_trailer and not _is_sentence(ln.text) and len(ln.text.split()) <= 8:
            kind = "boilerplate"
        elif after_byline and len(ln.text.split()) <= 8 and _is_headline_like(ln.text):
            kind = "boilerplate"  # the byline's second line: "BBC News, Washington", "Political editor"
        kinds.append(kind)
        in_trailer = (in_trailer and kind == "boilerplate") or is_trailer_heading(ln.text)
        after_byline = is_byline(ln.text)
        label = bare_caption_label(ln.text)
    return kinds


def _header(content: list[_Line]) -> tuple[_Line | None, _Line | None]:
    """Find the section line and the headline among the first content lines."""
    section: _Line | None = None
    rest = content
    if len(content) >= 3 and _is_section_like(content[0].text) and _is_headline_like(content[1].text):
        section, rest = content[0], content[1:]
    if len(rest) >= 2 and _is_headline_like(rest[0].text):
        return section, rest[0]
    return None, None


def _caption(text: str, ln: _Line, kind: LineKind) -> Caption:
    if kind != "caption":  # the label was on the line before: the whole line is the caption
        return Caption(TextSpan(ln.start, ln.end, ln.text), "media" if kind == "caption-media" else "image")
    found = caption_of(ln.text)
    start = ln.start + (found[1] if found else 0)
    return Caption(TextSpan.of(text, start, ln.end), found[0] if found else "image")


def read_text(
    text: str,
    *,
    id: str | None = None,
    path: str | None = None,
    url: str | None = None,
    published: date | None = None,
) -> Article:
    """Read a plain-text news article, keeping ``text`` verbatim.

    Never raises on a string: text with no lines gives an Article with no spans (file readers
    refuse empty input before they get here).

    Args:
        text: The article as scraped, one paragraph a line.
        id: Record id; a content hash when not given.
        path: Where the text came from, for provenance.
        url: The article's address, when known.
        published: Publication date, when known from outside the text; otherwise the first
            date line ("Published 3 March 2013") gives it. A date before 1900 or after tomorrow is
            ignored and recorded in ``Article.skipped`` (``read.published``).

    Returns:
        The Article with section, headline, captions, boilerplate and paragraphs marked. Lone
        surrogates and NUL characters, which no parser takes, are replaced by U+FFFD one for one.
    """
    text = clean_text(text)
    lines = list(_lines(text))
    kinds = _classify(lines)
    section, headline = _header([ln for ln, k in zip(lines, kinds, strict=True) if k == "content"])
    captions: list[Caption] = []
    boilerplate: list[TextSpan] = []
    paragraphs: list[TextSpan] = []
    dates: list[tuple[str, date | None]] = [("the caller", published)]
    for ln, kind in zip(lines, kinds, strict=True):
        if ln is section or ln is headline:
            continue
        span = TextSpan(ln.start, ln.end, ln.text)
        if kind.startswith("caption"):
            captions.append(_caption(text, ln, kind))
        elif kind == "content":
            paragraphs.append(span)
        else:
            if kind == "date":
                dates.append((f"the date line {ln.text!r}", find_date(ln.text)))
            boilerplate.append(span)
    published, date_skips = first_plausible(dates)
    return Article(
        id=id or content_id(text),
        text=text,
        format="text",
        path=path,
        url=url,
        section=section.text if section else None,
        headline=TextSpan(headline.start, headline.end, headline.text) if headline else None,
        published=published,
        captions=tuple(captions),
        boilerplate=tuple(boilerplate),
        paragraphs=tuple(paragraphs),
        skipped=date_skips,
    )
