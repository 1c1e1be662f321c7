"""What the quote finders share: the article context and the draft of a quote before its speaker is resolved."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.intervals import Occupied
from newsgraph.nlp import views
from newsgraph.nlp.doc import zone_of
from newsgraph.quotes.marks import Quoted, pair_marks
from newsgraph.records import Article, QuoteKind

Span = tuple[int, int]

# A wire dateline opening a paragraph: "PARIS (AFP) - ", "EL PASO, Texas (AP) — ", "OSLO, May 3 (Reuters) - ",
# and press-release ones: "DENVER, May 6, 2025 /PRNewswire/ -- ", "AUSTIN, Texas--(BUSINESS WIRE)--".
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*)(?:,\s*[A-Za-z0-9.'’ ]{1,30}?){0,3}\s*"
    r"(?:[-—–]{1,2}\s*)?(?P<agency>\([A-Za-z.&/ ]{1,30}\)|/[A-Za-z.& -]{2,30}/)?\s*[-—–]{1,2}(?P<space>\s*)"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a paragraph starting at ``start`` begins past its wire dateline (``start`` if none)."""
    m = _DATELINE.match(text, start, end)
    if m is None or (m.group("agency") is None and (sum(c.isalpha() for c in m.group("place")) < 4
                                                    or not m.group("space"))):
        return start
    return m.end()


@dataclass(frozen=True, slots=True)
class Draft:
    """A quote found in the text, before its speaker is resolved to an actor.

    Attributes:
        kind: direct, indirect or mixed.
        contents: Content character spans.
        cue: The cue's character span, if any.
        speaker: The speaker mention's character span, if any.
        head: Token index of the speaker mention's head, when the mention is a parsed noun phrase.
        inherit: True when the speaker is the previous quote's (a quote paragraph with no cue).
        source: Which finder made it (for precedence and debugging).
    """

    kind: QuoteKind
    contents: tuple[Span, ...]
    cue: Span | None
    speaker: Span | None
    head: int | None = None
    inherit: bool = False
    source: str = ""

    @property
    def start(self) -> int:
        """Where the first content piece starts."""
        return self.contents[0][0]


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph-like piece of the article: the headline, a caption or a body paragraph."""

    start: int
    end: int
    zone: str
    index: int  # order among the body paragraphs (-1 for headline and captions)
    lead: int = -1  # where the text proper starts, past a dateline ("PARIS (AFP) - ")


@dataclass(slots=True)
class Context:
    """The parsed article, its segments and its quoted passages, shared by every finder."""

    doc: Doc
    article: Article
    segments: tuple[Segment, ...]
    quoted: tuple[Quoted, ...]
    problems: tuple[str, ...]
    _starts: list[int] = field(default_factory=list)
    _pieces: Occupied | None = None  # the quoted pieces, indexed on first use
    _seg_starts: list[int] | None = None  # segment starts, when segments do not overlap (bisection)

    @classmethod
    def build(cls, doc: Doc, article: Article) -> Context:
        """Split ``article`` into segments and pair its quotation marks."""
        segs: list[Segment] = []
        if article.headline is not None:
            segs.append(Segment(article.headline.start, article.headline.end, "headline", -1))
        segs.extend(Segment(c.span.start, c.span.end, "caption", -1) for c in article.captions)
        for i, p in enumerate(article.paragraphs):
            lead = dateline_end(article.text, p.start, p.end) if i < 3 else p.start
            segs.append(Segment(p.start, p.end, "body", i, lead))
        if not article.paragraphs and article.headline is None:
            segs.append(Segment(0, len(article.text), "body", 0))
        segs.sort(key=lambda s: s.start)
        body = [(s.start, s.end) for s in segs if s.zone == "body"]
        blocks = [body] + [[(s.start, s.end)] for s in segs if s.zone != "body"]
        pairing = pair_marks(article.text, blocks)
        return cls(doc, article, tuple(segs), pairing.quoted, pairing.problems, list(views.offsets(doc)))

    @property
    def text(self) -> str:
        """The article text."""
        return self.article.text

    def token_at(self, offset: int) -> Token | None:
        """The token covering character ``offset`` (or the one just before it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.doc[i] if i >= 0 else None

    def segment_at(self, offset: int) -> Segment | None:
        """The segment that holds character ``offset``."""
        if self._seg_starts is None:
            segs = self.segments
            disjoint = all(a.end <= b.start for a, b in zip(segs, segs[1:], strict=False))
            self._seg_starts = [seg.start for seg in segs] if disjoint else []
        if self._seg_starts or not self.segments:
            i = bisect.bisect_right(self._seg_starts, offset) - 1
            found = self.segments[i] if i >= 0 else None
            return found if found is not None and offset < found.end else None
        for seg in self.segments:  # overlapping segments: the first that holds it
            if seg.start <= offset < seg.end:
                return seg
        return None

    def lead(self, offset: int) -> int:
        """Where the text proper of the segment holding ``offset`` starts (past any dateline)."""
        seg = self.segment_at(offset)
        return max(seg.lead, seg.start) if seg is not None else offset

    def in_dateline(self, offset: int) -> bool:
        """True when ``offset`` falls in a paragraph's dateline."""
        seg = self.segment_at(offset)
        return seg is not None and seg.start <= offset < seg.lead

    def zone(self, offset: int) -> str | None:
        """headline / caption / body, or None for boilerplate and section lines."""
        return zone_of(self.article, offset)

    def tokens(self, start: int, end: int) -> Iterator[Token]:
        """The non-space tokens starting within ``[start, end)``."""
        toks = views.tokens(self.doc)
        i = bisect.bisect_left(self._starts, start)
        while i < len(toks) and toks[i].idx < end:
            if not toks[i].is_space:
                yield toks[i]
            i += 1

    def token_before(self, offset: int) -> int:
        """The index of the last token starting before character ``offset`` (-1 if none)."""
        return bisect.bisect_left(self._starts, offset) - 1

    def tokens_back(self, start: int, end: int, limit: int) -> Iterator[Token]:
        """The non-space tokens starting within ``[start, end)``, the last first, at most ``limit`` of them."""
        toks = views.tokens(self.doc)
        i = self.token_before(end)
        while i >= 0 and toks[i].idx >= start and limit > 0:
            if not toks[i].is_space:
                yield toks[i]
                limit -= 1
            i -= 1

    def top_level(self) -> tuple[Quoted, ...]:
        """Quoted passages that are not nested in another one."""
        return tuple(q for q in self.quoted if not q.nested)

    def in_quoted(self, offset: int) -> bool:
        """True when ``offset`` falls inside the marks of any quoted passage."""
        if self._pieces is None:
            self._pieces = Occupied(p for q in self.quoted for p in q.pieces)
        return self._pieces.overlaps(offset, offset + 1)


def token_span(token: Token) -> Span:
    """Character span of one token."""
    return token.idx, token.idx + len(token.text)


def trim_span(text: str, start: int, end: int, *, strip: str = " \t\r\n,;:") -> Span:
    """Shrink ``[start, end)`` past surrounding whitespace and the characters in ``strip``."""
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end
