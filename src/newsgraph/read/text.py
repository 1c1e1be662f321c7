"""Plain-text articles in the style of a news page scrape.

The layout handled: an optional section line, the headline, then paragraphs one per line,
with page clutter ("Media playback is unsupported on your device", share widgets) and
captions ("Media caption…", "Image caption …") mixed in. ``Article.text`` is the input
verbatim, so every offset matches external gold annotated on the same file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from newsgraph.records import Article, Caption, CaptionKind, TextSpan

# Captions: the page's label is glued to the caption text in many scrapes ("Media captionSergei").
_CAPTION = re.compile(r"^(?P<label>(?:Media|Image|Video|Photo) ?caption)[\s:,-]*(?P<body>\S.*)$", re.I)
_CAPTION_KIND: dict[str, CaptionKind] = {"media": "media", "video": "media", "image": "image", "photo": "image"}

# Whole lines that are page furniture, not article text.
_BOILERPLATE = re.compile(
    r"^(?:media playback is (?:unsupported|not supported) on your device"
    r"|this video can not be played|play video|watch:?|listen:?"
    r"|share this with|share this (?:page|story)|copy this link|email|facebook|messenger|twitter|x"
    r"|pinterest|whatsapp|linkedin|reddit|print|advertisement|related topics|more on this story"
    r"|(?:image|media|video|photo) copyright\b.*|getty images|reuters|afp|ap|pa media|epa"
    r"|skip to content|accessibility help|sign in|read more:?|follow us on .*"
    r"|(?:published|updated|last updated)\s*:?\s*\d.*|(?:published|updated)\s*:?\s*$"
    r"|\d+ (?:minutes?|hours?|days?) ago|from the section .*|top stories|features|most read"
    r")$",
    re.I,
)

_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted)\s*:?\s*)?"
    r"(?P<d>\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}"
    r"|\d{4}-\d{2}-\d{2})\b.*$",
    re.I,
)


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
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _is_title_like(line: str, max_words: int) -> bool:
    words = line.split()
    return 0 < len(words) <= max_words and not re.search(r"[.!]$", line)


def _parse_date(value: str) -> date | None:
    for fmt in ("%d %B %Y", "%d %b %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def read_text(
    text: str,
    *,
    id: str | None = None,
    path: str | None = None,
    url: str | None = None,
    published: date | None = None,
) -> Article:
    """Read a plain-text news article, keeping ``text`` verbatim.

    Args:
        text: The article as scraped, one paragraph a line.
        id: Record id; a content hash when not given.
        path: Where the text came from, for provenance.
        url: The article's address, when known.
        published: Publication date, when known from outside the text.

    Returns:
        The Article with section, headline, captions, boilerplate and paragraphs marked.
    """
    lines = list(_lines(text))
    section: str | None = None
    headline: TextSpan | None = None
    captions: list[Caption] = []
    boilerplate: list[TextSpan] = []
    paragraphs: list[TextSpan] = []
    content = [ln for ln in lines if not _BOILERPLATE.match(ln.text) and not _CAPTION.match(ln.text)]
    head_index = 0
    if len(content) >= 3 and _is_title_like(content[0].text, 4) and _is_title_like(content[1].text, 25):
        section, head_index = content[0].text, 1
    if content and _is_title_like(content[head_index].text, 25) and len(content) > head_index + 1:
        line = content[head_index]
        headline = TextSpan(line.start, line.end, line.text)
    elif content:
        head_index = -1
    for ln in lines:
        if section is not None and ln is content[0]:
            continue
        if headline is not None and ln.start == headline.start:
            continue
        cap = _CAPTION.match(ln.text)
        if cap:
            label = cap.group("label").split()[0].lower().replace("caption", "")
            start = ln.start + cap.start("body")
            captions.append(Caption(TextSpan.of(text, start, ln.end), _CAPTION_KIND.get(label, "image")))
            continue
        date_match = _DATE_LINE.match(ln.text)
        if date_match and len(ln.text.split()) <= 8:
            published = published or _parse_date(date_match.group("d"))
            boilerplate.append(TextSpan(ln.start, ln.end, ln.text))
            continue
        if _BOILERPLATE.match(ln.text):
            boilerplate.append(TextSpan(ln.start, ln.end, ln.text))
            continue
        paragraphs.append(TextSpan(ln.start, ln.end, ln.text))
    return Article(
        id=id or content_id(text),
        text=text,
        format="text",
        path=path,
        url=url,
        section=section,
        headline=headline,
        published=published,
        captions=tuple(captions),
        boilerplate=tuple(boilerplate),
        paragraphs=tuple(paragraphs),
    )
