"""The summariser interface and the candidate sentences every extractive summariser starts from.

A summariser is any callable ``(doc, reading) -> str | None``: the extractive ones here, or an
abstractive model plugged in later behind the same Protocol (load it once in ``__init__``,
call it per article). ``summary_stage`` wraps one as a registered pipeline stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from spacy.tokens import Doc, Span

from newsgraph.nlp import views
from newsgraph.nlp.doc import zone_of
from newsgraph.records import Reading, Skip
from newsgraph.registry import Stage, stage
from newsgraph.summary.dateline import dateline_end

# Sentences glued without a space in some scrapes: 'again".He made', 'archived.But the FBI'.
_GLUED = re.compile(r"(?<=[a-z0-9)][.!?])(?=[A-Z][a-z])|(?<=[a-z0-9)][.!?][\"\u201d'])(?=[A-Z][a-z])")


_CLOSING = frozenset(")]}\u201d\u2019,;:.!?")
_STRAIGHT_QUOTES = frozenset("\"'")
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))


class Summarizer(Protocol):
    """Anything that turns a parsed article into a one-sentence summary (None: nothing to say)."""

    def __call__(self, doc: Doc, reading: Reading) -> str | None:
        """Summarise one article in one sentence."""
        ...


@dataclass(frozen=True, slots=True)
class Unit:
    """A candidate sentence: its span in the Doc, its text, and its position among candidates."""

    span: Span
    text: str
    index: int
    well_formed: bool = True  # it can open a summary (see ``well_formed``)


def _pieces(sent: Span) -> list[Span]:
    """Split a sentence the parser left glued ("...again".He made ...") at the missing spaces."""
    cuts = [sent.start_char + m.start() for m in _GLUED.finditer(sent.text)]
    if not cuts:
        return [sent]
    pieces: list[Span] = []
    bounds = [sent.start_char, *cuts, sent.end_char]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        piece = sent.doc.char_span(lo, hi, alignment_mode="expand")
        if piece is not None and piece.text.strip():
            pieces.append(piece)
    return pieces or [sent]


def well_formed(text: str) -> bool:
    """Whether ``text`` can open a summary: no lower-case continuation, closing mark or unbalanced brackets.

    A first word with a capital inside it ("eBay", "iPhone") is a name, not a continuation.
    """
    text = text.strip()
    if not text or text[0] in _CLOSING:
        return False
    first = text.split()[0]
    if first[0].islower() and first == first.lower():
        return False
    if text[0] in _STRAIGHT_QUOTES and (len(text) < 2 or not (text[1].isupper() or text[1].isdigit())):
        return False  # '" he said.': the end of a quotation
    return all(text.count(o) == text.count(c) for o, c in _BRACKETS)


def _after_datelines(reading: Reading) -> list[tuple[int, int]]:
    """The (paragraph start, text start) of every body paragraph that opens with a wire dateline."""
    cuts = []
    for para in reading.article.paragraphs:
        end = dateline_end(para.text)
        if end:
            cuts.append((para.start, para.start + end))
    return cuts


def _trim(sent: Span, cuts: list[tuple[int, int]]) -> Span | None:
    """``sent`` without the part of it inside a dateline (None when it is all dateline)."""
    for start, end in cuts:
        if start <= sent.start_char < end:
            if sent.end_char <= end:
                return None
            return sent.doc.char_span(end, sent.end_char, alignment_mode="contract")
    return sent


_FINAL = (".", "!", "?", ".\"", ".\u201d", "?\"", "?\u201d", "!\"", "!\u201d")


def _continues(prev: Span, piece: Span) -> bool:
    """Whether ``piece`` is the rest of the sentence ``prev`` began: the parser split it mid-way.

    ``prev`` ends without a sentence's final mark and ``piece`` opens with a lower-case word,
    on the same line ('"Over' | 'the last few years, ...').
    """
    words = piece.text.split(maxsplit=1)
    text = views.text(piece.doc)
    if not words or not words[0].islower() or "\n" in text[prev.end_char:piece.start_char]:
        return False
    end = prev.end_char  # the last marks of ``prev``, read from the text: ``prev`` may be long (linear time)
    while end > prev.start_char and text[end - 1].isspace():
        end -= 1
    return not text[max(prev.start_char, end - 2):end].endswith(_FINAL)


def _sentences(doc: Doc, reading: Reading, zones: tuple[str, ...]) -> list[Span]:
    """The sentences of ``zones`` without datelines, glued ones split and split ones joined."""
    cuts = _after_datelines(reading)
    pieces: list[Span] = []
    for sent in views.sents(doc):
        if zone_of(reading.article, sent.start_char) not in zones:
            continue
        trimmed = _trim(sent, cuts)
        for piece in _pieces(trimmed) if trimmed is not None else []:
            if pieces and pieces[-1].end <= piece.start and _continues(pieces[-1], piece):
                pieces[-1] = doc[pieces[-1].start:piece.end]
            else:
                pieces.append(piece)
    return pieces


def candidates(doc: Doc, reading: Reading, *, zones: tuple[str, ...] = ("body",),
               malformed: bool = False) -> list[Unit]:
    """Body sentences (by default) in order, that could open a summary.

    Wire datelines ("GENEVA (AFP) -") and any fragment before them are cut, glued sentences
    are split, a sentence the parser split mid-way is joined again, and blank sentences are
    dropped, and so are sentences that are not ``well_formed`` (a closing bracket or quote,
    a lower-case continuation) unless ``malformed`` asks for them too (flagged, to count
    their words but never pick them).
    """
    units: list[Unit] = []
    for piece in _sentences(doc, reading, zones):
        text = piece.text.strip()
        fit = well_formed(text)
        if any(c.isalpha() for c in text) and (fit or malformed):
            units.append(Unit(piece, text, len(units), fit))
    return units


def summary_stage(name: str, summarizer: Summarizer) -> Stage:
    """Register ``summarizer`` as the pipeline stage ``name`` (it records a Skip when it returns None)."""

    def run(doc: Doc, reading: Reading) -> Reading:
        text = summarizer(doc, reading)
        if text is None:
            return replace(reading, summary=None, skipped=reading.skipped + (Skip(name, "no sentence to summarise"),))
        return replace(reading, summary=text)

    run.__doc__ = f"Return the reading with the one-sentence summary made by {type(summarizer).__name__}."
    return stage(name, requires=("doc",), produces=("summary",))(run)
