"""Pair quotation marks into quoted passages, without a model.

Double marks (``"`` ``“`` ``”`` ``„`` ``«`` ``»``) and single marks (``'`` ``‘`` ``’``) are paired
separately, paragraph by paragraph. A straight mark's direction comes from its context (a space
before it opens, a space or punctuation after it closes). A single mark between two letters is an
apostrophe (``don’t``, ``O'Brien``), and a few elisions (``'90s``, ``'em``, ``rock 'n' roll``) never
open. Among possible closing single marks the first one next to punctuation wins over a bare
``s'`` (``the workers' union``), which is most often a plural possessive.

A quote that is still open at the end of a paragraph continues when the next paragraph of the
same block opens with a mark again (the newspaper convention for multi-paragraph quotes); it then
has one piece per paragraph. The same holds inside a paragraph when a new opening mark follows
the end of a quoted sentence: text whose paragraph breaks were lost keeps the reopening marks.
A quote never closed is closed before a cue that follows it (``"… there, said Jane Doe``) or kept
to the end of its paragraph; either way the problem is reported. Unbalanced marks never raise.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

DOUBLE = '"“”„«»'
SINGLE = "'‘’"
_OPENING_PUNCT = "([{—–-/\u00a0" + DOUBLE + SINGLE
_CLOSING_PUNCT = ".,;:!?)]}—–-…" + DOUBLE + SINGLE
_STRONG_BEFORE = ".,;:!?…—–-"
_ASCII_DOUBLE = re.compile(r"''|``")
_FILLER = "\u2063"  # INVISIBLE SEPARATOR: stands in for a typewriter mark's second character
_ELISION = re.compile(r"(?:\d\d?s?\b|em\b|til\b|cause\b|tis\b|twas\b|n['’]|s\b)", re.I)
# Where a closing mark was most likely forgotten: punctuation, then a cue ("…there, said Jane Doe").
_CUE_WORDS = r"(?:said|says|added|adds|asked|asks|told|tells|insisted|warned|explained|replied)"
_MISSING_CLOSE = re.compile(
    rf"[,?!](?=\s+(?:{_CUE_WORDS}\b|(?:he|she|they|it|we|I)\s+{_CUE_WORDS}\b"
    rf"|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{1,4}}{_CUE_WORDS}\b))"
)


@dataclass(frozen=True, slots=True)
class Mark:
    """One quotation mark and what it may do."""

    offset: int
    can_open: bool
    can_close: bool
    strong: bool = True  # as a closing mark: next to punctuation or the end of the paragraph


@dataclass(frozen=True, slots=True)
class Quoted:
    """A passage between quotation marks.

    Attributes:
        pieces: Character spans inside the marks, one per paragraph.
        open: Offset of the first opening mark.
        close: Offset of the closing mark, or None when the quote was never closed.
        family: "double" or "single".
        nested: True when the passage lies inside another quoted passage.
    """

    pieces: tuple[tuple[int, int], ...]
    open: int
    close: int | None
    family: str
    nested: bool = False
    repaired: bool = False  # the closing mark was missing and is assumed before a cue

    @property
    def after(self) -> int | None:
        """Offset just past the closing mark (past the last piece when it was repaired), if closed."""
        if self.close is not None:
            return self.close + 1
        return self.end if self.repaired else None

    @property
    def start(self) -> int:
        """Start of the first piece."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """End of the last piece."""
        return self.pieces[-1][1]


@dataclass(frozen=True, slots=True)
class Pairing:
    """Every quoted passage found, in text order, and the problems met on the way."""

    quoted: tuple[Quoted, ...]
    problems: tuple[str, ...]


def _context(text: str, i: int, start: int, end: int) -> tuple[bool, bool]:
    """Return (opening context, closing context) of the mark at ``i`` within ``[start, end)``."""
    prev = text[i - 1] if i > start else ""
    nxt = text[i + 1] if i + 1 < end else ""
    open_ctx = (prev == "" or prev.isspace() or prev in _OPENING_PUNCT) and nxt != "" and not nxt.isspace()
    close_ctx = prev != "" and not prev.isspace() and (nxt == "" or nxt.isspace() or nxt in _CLOSING_PUNCT)
    return open_ctx, close_ctx


def _double(text: str, i: int, start: int, end: int) -> Mark:
    open_ctx, close_ctx = _context(text, i, start, end)
    ch = text[i]
    if ch in "“„«":
        return Mark(i, can_open=not (close_ctx and not open_ctx), can_close=close_ctx and not open_ctx)
    if ch in "”»":
        return Mark(i, can_open=open_ctx and not close_ctx, can_close=not (open_ctx and not close_ctx))
    return Mark(i, can_open=open_ctx or not close_ctx, can_close=close_ctx or not open_ctx)


def _single(text: str, i: int, start: int, end: int) -> Mark | None:
    prev = text[i - 1] if i > start else ""
    nxt = text[i + 1] if i + 1 < end else ""
    if prev.isalnum() and nxt.isalnum():
        return None  # an apostrophe: don’t, O'Brien
    open_ctx, close_ctx = _context(text, i, start, end)
    ch = text[i]
    can_open = open_ctx and not _ELISION.match(text, i + 1, end)
    if ch == "’":
        can_open = can_open and nxt.isupper()
    can_close = close_ctx and not (ch == "‘" and open_ctx)
    strong = prev in _STRONG_BEFORE or nxt == "" or nxt in _CLOSING_PUNCT
    if not (can_open or can_close):
        return None
    return Mark(i, can_open=can_open, can_close=can_close, strong=strong)


def _marks(text: str, seg: tuple[int, int], family: str) -> list[Mark]:
    start, end = max(seg[0], 0), min(seg[1], len(text))
    out: list[Mark] = []
    chars = DOUBLE if family == "double" else SINGLE
    for i in range(start, end):
        if text[i] in chars:
            m = _double(text, i, start, end) if family == "double" else _single(text, i, start, end)
            if m is not None:
                out.append(m)
    return out


def _reopens(text: str, seg: tuple[int, int], marks: list[Mark]) -> bool:
    """True when the paragraph ``seg`` starts with an opening mark (a quote carried over)."""
    if not marks or not marks[0].can_open:
        return False
    return not text[max(seg[0], 0):marks[0].offset].strip()


def _sentence_before(text: str, start: int, mark: int) -> bool:
    """True when the quoted text before an opening mark ends a sentence (``… line. "It's``)."""
    before = text[start:mark].rstrip().rstrip("'’”\"").rstrip()
    return len(before) > 1 and before[-1] in ".?!…" and mark > start and text[mark - 1].isspace()


def _pick_close(marks: list[Mark], k: int) -> int | None:
    """Index of the first mark from ``marks[k]`` on that closes an open single quote (strong first)."""
    weak: int | None = None
    for j in range(k, len(marks)):
        m = marks[j]
        if m.can_close and m.strong:
            return j
        if m.can_close:
            weak = j
        if m.can_open and not m.can_close:
            break
    return weak


@dataclass(slots=True)
class _Open:
    mark: Mark
    pieces: list[tuple[int, int]]
    piece_start: int


def _pair_block(text: str, block: Sequence[tuple[int, int]], family: str,
                found: list[Quoted], problems: list[str]) -> None:
    """Pair the marks of one family over the paragraphs of one block."""
    pending: _Open | None = None
    for seg in block:
        marks = _marks(text, seg, family)
        k = 0
        if pending is not None:
            if _reopens(text, seg, marks):
                pending.piece_start = marks[0].offset + 1
                k = 1
            else:
                _unclosed(text, pending, found, problems, family)
                pending = None
        while k < len(marks):
            m = marks[k]
            if pending is None:
                if m.can_open:
                    pending = _Open(m, [], m.offset + 1)
                elif family == "double":
                    problems.append(f"closing quotation mark at offset {m.offset} has no opening mark; ignored")
                k += 1
                continue
            j = (k if m.can_close else None) if family == "double" else _pick_close(marks, k)
            if j is None and _sentence_before(text, pending.piece_start, m.offset):
                pending.pieces.append((pending.piece_start, m.offset))  # a paragraph break lost in the
                pending.piece_start = m.offset + 1  # text: the quote reopens at a new sentence
                k += 1
                continue
            if j is None:
                if family == "double":
                    problems.append(f"quotation mark opened at offset {pending.mark.offset} is not closed "
                                    f"before another opens at {m.offset}; dropped")
                pending = _Open(m, [], m.offset + 1) if m.can_open else None
                k += 1
                continue
            pending.pieces.append((pending.piece_start, marks[j].offset))
            found.append(Quoted(tuple(pending.pieces), pending.mark.offset, marks[j].offset, family))
            pending = None
            k = j + 1
        if pending is not None:
            pending = _paragraph_end(text, seg, pending, family, found, problems)
    if pending is not None:
        _unclosed(text, pending, found, problems, family)


def _paragraph_end(text: str, seg: tuple[int, int], pending: _Open, family: str,
                   found: list[Quoted], problems: list[str]) -> _Open | None:
    """Carry a quote still open at a paragraph's end to the next one, unless a cue shows where it ended."""
    pending.pieces.append((pending.piece_start, min(seg[1], len(text))))
    pending.piece_start = -1
    repaired = _repair(text, pending) if family == "double" and len(pending.pieces) == 1 else None
    if repaired is None:
        return pending
    found.append(repaired)
    problems.append(f"quotation mark opened at offset {pending.mark.offset} is never closed; "
                    "closed before the cue that follows it")
    return None


def _repair(text: str, pending: _Open) -> Quoted | None:
    """Close a quote whose closing mark is missing just before the cue that follows it."""
    start, end = pending.pieces[0]
    m = _MISSING_CLOSE.search(text, start, end)
    if m is None:
        return None
    return Quoted(((start, m.end()),), pending.mark.offset, None, "double", repaired=True)


def _unclosed(text: str, pending: _Open, found: list[Quoted], problems: list[str], family: str) -> None:
    """Keep a double-marked quote that never closes up to its paragraph end; drop a single one."""
    if family == "double" and pending.pieces:
        found.append(Quoted(tuple(pending.pieces), pending.mark.offset, None, family))
        problems.append(f"quotation mark opened at offset {pending.mark.offset} is never closed; "
                        "kept to the end of its paragraph")
    elif len(pending.pieces) > 1:
        found.append(Quoted(tuple(pending.pieces), pending.mark.offset, None, family))
        problems.append(f"single quotation mark opened at offset {pending.mark.offset} is never closed; "
                        "kept to the end of its paragraph")


def _trim(text: str, q: Quoted) -> Quoted | None:
    pieces: list[tuple[int, int]] = []
    for s, e in q.pieces:
        while s < e and (text[s].isspace() or text[s] == _FILLER):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append((s, e))
    if not pieces:
        return None
    return Quoted(tuple(pieces), q.open, q.close, q.family, repaired=q.repaired)


def _outer(q: Quoted) -> tuple[int, int]:
    return q.open, (q.close + 1 if q.close is not None else q.end)


def _straddles(doubles: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``[s, e)`` has one end strictly inside a double pair and the other not.

    Double pairs do not overlap one another (marks pair in order), so the pair strictly around an
    offset is found by bisection; when they do overlap, every pair is checked.
    """
    ordered = sorted(doubles)
    starts = [a for a, _ in ordered]
    if any(b > a2 for (_, b), (a2, _) in zip(ordered, ordered[1:], strict=False)):
        return lambda s, e: any((a < s < b) != (a < e - 1 < b) for a, b in ordered)

    def around(x: int) -> int:
        k = bisect_left(starts, x) - 1  # the last pair opening strictly before x
        return k if k >= 0 and x < ordered[k][1] else -1

    return lambda s, e: around(s) != around(e - 1)


def _contained(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie inside another, different span (one end strictly inside): linear after a sort."""
    inside: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the spans before, which all start at or before this one
    for s, e in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if reach >= e:
            inside.add((s, e))
        reach = max(reach, e)
    return inside


def _nest(quoted: list[Quoted]) -> list[Quoted]:
    """Drop single-mark pairs that straddle a double-mark pair; flag passages inside others."""
    straddles = _straddles([_outer(q) for q in quoted if q.family == "double"])
    kept = [q for q in quoted if q.family != "single" or not straddles(*_outer(q))]
    inside = _contained([_outer(q) for q in kept])
    out = [Quoted(q.pieces, q.open, q.close, q.family, nested=_outer(q) in inside, repaired=q.repaired)
           for q in kept]
    return sorted(out, key=lambda q: q.open)


def ascii_double_marks(text: str) -> str:
    """``text`` with typewriter double marks (``''word''``, ```word''``) as one ``"`` and a space.

    Wire archives and some newspapers' systems write a double quotation mark as two apostrophes
    (or two backticks to open). Each pair becomes a straight double mark on its first character,
    where a tokenizer starts the mark's token, and a filler on its second that pieces are trimmed of,
    so the string keeps its length and every offset stays put: an opening pair reads ``"`` and an
    invisible filler, a closing one ``"`` and a space.
    """
    if "''" not in text and "``" not in text:
        return text

    def swap(m: re.Match[str]) -> str:
        after = text[m.end():m.end() + 1]
        before = text[m.start() - 1:m.start()] if m.start() else ""
        opening = m.group() == "``" or ((not before or before.isspace() or before in "([{—–-")
                                        and after != "" and not after.isspace())
        return '"' + _FILLER if opening else '" '

    return _ASCII_DOUBLE.sub(swap, text)


def pair_marks(text: str, blocks: Sequence[Sequence[tuple[int, int]]]) -> Pairing:
    """Find the quoted passages of ``text``.

    Args:
        text: The article text.
        blocks: Groups of paragraph spans, in order; a quote may run on from one paragraph to the
            next only within a group (the body is one group; a headline or caption is its own).

    Returns:
        The quoted passages in text order (nested ones flagged) and the problems met.
    """
    found: list[Quoted] = []
    problems: list[str] = []
    text = ascii_double_marks(text)
    for family in ("double", "single"):
        for block in blocks:
            _pair_block(text, block, family, found, problems)
    trimmed = [t for t in (_trim(text, q) for q in found) if t is not None]
    return Pairing(tuple(_nest(trimmed)), tuple(problems))
