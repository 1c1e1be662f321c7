"""Words that PDF extraction ran together or broke: "peoplewere", "weredisplaced", "fledShirqat", "fami-lies".

Crisis reports are often published as PDF, and their text comes out with the space between two words
lost at a line end, or a line-break hyphen kept inside a word. :func:`pieces` cuts a text into lower-case
words with their offsets, splitting a run-together word into two words the caller knows (a case change
marks a split too: "fledShirqat") and joining a broken word the caller knows ("fami-lies").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[^\sA-Za-z]")
_CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Piece:
    """A word of the text, lower case, or a single non-letter character, with its character offsets."""

    word: str
    start: int
    end: int


def _split(word: str, start: int, known: Collection[str]) -> list[Piece]:
    """``word`` as known words: itself, a broken word joined, or two run-together known words."""
    lower = word.lower()
    if lower in known:
        return [Piece(lower, start, start + len(word))]
    if "-" in lower:
        joined = lower.replace("-", "")
        if joined in known:
            return [Piece(joined, start, start + len(word))]
        out: list[Piece] = []
        offset = start
        for part in word.split("-"):
            out += _split(part, offset, known)
            offset += len(part) + 1
        return out
    for cut in range(2, len(lower) - 1):
        if lower[:cut] in known and lower[cut:] in known:
            return [Piece(lower[:cut], start, start + cut), Piece(lower[cut:], start + cut, start + len(word))]
    return [Piece(lower, start, start + len(word))]


def pieces(text: str, known: Collection[str], *, offset: int = 0) -> list[Piece]:
    """The words of ``text`` (and its other non-space characters), run-together words split into ``known`` words.

    Args:
        text: Text to cut.
        known: Lower-case words a run-together word may be made of.
        offset: Added to every offset (the position of ``text`` in the article).
    """
    out: list[Piece] = []
    for m in _WORD.finditer(text):
        raw = m.group()
        if not raw[0].isalpha():
            out.append(Piece(raw, offset + m.start(), offset + m.end()))
            continue
        position = m.start()
        for part in _CASE_BOUNDARY.split(raw):
            out += _split(part, offset + position, known)
            position += len(part)
    return out
