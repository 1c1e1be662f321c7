"""Where a figure happened: the place its own clause names first, then its sentence, paragraph, article.

The order, for a figure whose counted group is ``group`` and whose cue (the verb or noun that
says what happened) is ``cue``:
1. a place in a locative phrase of the sentence ("in central Mali", "across Mali and Niger",
   "in the village of X", "in the Mopti region"), or for people who left a place the place they
   left ("displaced from Mosul", "fled Aleppo"): one inside the cue's own clause, else the
   one nearest the cue or group in the parse tree, so that "forced from their homes across
   Mali" beats "Speaking in Geneva, ...";
2. the country of a national group ("500 Syrians");
3. any other place of the sentence that is not a destination ("fled to Turkey"), nearest in
   the parse tree;
4. a place of the same paragraph (or headline, or caption), the nearest before the sentence,
   else the nearest after it;
5. the country the article mentions most.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.records import Place, Reading, TextSpan

LOCATIVE = frozenset({"in", "inside", "across", "throughout", "near", "at", "within", "around", "through",
                      "outside", "along"})
DESTINATION = frozenset({"to", "into", "towards", "toward"})
ORIGIN = frozenset({"from", "out"})
# Links from a place name up to the noun its preposition governs: "central Mali", "the Mopti
# region", "Mali's north", "Mali, Burkina Faso and Niger", "the capital, Lima".
_UP_DEPS = frozenset({"compound", "poss", "nmod", "amod", "conj", "appos"})


@dataclass(frozen=True, slots=True)
class Located:
    """A place mention in the sentence: where it starts, its place and the root of its tokens."""

    start: int
    place: Place
    root: Token


def _governor(root: Token) -> Token:
    """The token whose preposition says how the place stands ("the village of X" -> "village")."""
    token = root
    for _ in range(4):
        if token.dep_ in _UP_DEPS and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            token = token.head.head
        else:
            break
    return token


def _preposition(root: Token) -> str | None:
    """The preposition the place's phrase hangs from, lower case, or None."""
    governor = _governor(root)
    return governor.head.lower_ if governor.dep_ == "pobj" else None


def _left(root: Token, anchors: tuple[Token, ...]) -> bool:
    """Whether the place is the object of a cue verb of leaving: "fled Aleppo", "evacuated the town of X"."""
    governor = _governor(root)
    return governor.dep_ == "dobj" and any(governor.head.i == a.i for a in anchors)


def _depth_path(token: Token) -> list[int]:
    """Token indices from ``token`` up to the root of its sentence."""
    path = [token.i]
    while token.head.i != token.i:
        token = token.head
        path.append(token.i)
    return path


def tree_distance(a: Token, b: Token) -> int:
    """The number of dependency arcs between two tokens of the same sentence."""
    up_a, up_b = _depth_path(a), _depth_path(b)
    common = set(up_a) & set(up_b)
    if not common:
        return len(up_a) + len(up_b)
    return min(up_a.index(i) + up_b.index(i) for i in common)


def located(sent: Span, reading: Reading) -> list[Located]:
    """The place mentions inside ``sent``, in text order."""
    found: list[Located] = []
    for place in reading.places:
        for m in place.mentions:
            if sent.start_char <= m.start < sent.end_char:
                span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    found.append(Located(m.start, place, span.root))
    return sorted(found, key=lambda item: item.start)


def _nearest(anchors: tuple[Token, ...], places: list[Located]) -> Place | None:
    """The place in the clause of the first anchor, else nearest any anchor in the parse tree.

    Ties go to the earliest mention.
    """
    if not places:
        return None
    clause = anchors[0]
    best = min(places, key=lambda p: (not clause.is_ancestor(p.root),
                                      min(tree_distance(a, p.root) for a in anchors), p.start))
    return best.place


def _national(noun: Token | None, reading: Reading, main: Place | None) -> Place | None:
    """The country of a national group noun ("Syrians" -> Syria), when the reading names it."""
    from newsgraph.geo import countries

    national = countries.lookup(noun.text) if noun is not None and noun.ent_type_ == "NORP" else None
    if national is None:
        return None
    for place in reading.places:
        if place.country == national.alpha2 and (place.name == national.name or main is not None
                                                  and main.id == place.id):
            return place
    return None


def _enclosing(reading: Reading, sent: Span) -> TextSpan | None:
    """The paragraph, headline or caption ``sent`` is in."""
    article = reading.article
    blocks = [*article.paragraphs, *(c.span for c in article.captions)]
    if article.headline is not None:
        blocks.append(article.headline)
    return next((b for b in blocks if b.start <= sent.start_char < b.end), None)


def _in_paragraph(sent: Span, reading: Reading) -> Place | None:
    """The place mentioned nearest before ``sent`` in its paragraph, else nearest after it."""
    block = _enclosing(reading, sent)
    if block is None:
        return None
    before: list[tuple[int, Place]] = []
    after: list[tuple[int, Place]] = []
    for place in reading.places:
        for m in place.mentions:
            if block.start <= m.start < sent.start_char:
                before.append((sent.start_char - m.start, place))
            elif sent.end_char <= m.start < block.end:
                after.append((m.start - sent.end_char, place))
    for side in (before, after):
        if side:
            return min(side, key=lambda item: item[0])[1]
    return None


def place_of(anchors: tuple[Token, ...], noun: Token | None, sent: Span, reading: Reading,
             main: Place | None, *, origin: bool = False) -> str | None:
    """Id of the place a figure is in (see the module docstring), or None.

    Args:
        anchors: The figure's cue and counted group, the tokens distances are measured from.
        noun: The counted noun, if any (a national group names its country).
        sent: The figure's sentence.
        reading: The reading so far (its places).
        main: The country the article mentions most.
        origin: The figure counts people who left a place ("displaced from Mosul", "fled Aleppo"):
            the place they left is where the figure happened.
    """
    here = located(sent, reading)
    where = LOCATIVE | ORIGIN if origin else LOCATIVE
    placed = [p for p in here if _preposition(p.root) in where or (origin and _left(p.root, anchors))]
    others = [p for p in here if _preposition(p.root) not in DESTINATION]
    found = (_nearest(anchors, placed) or _national(noun, reading, main) or _nearest(anchors, others)
             or _in_paragraph(sent, reading) or main)
    return found.id if found is not None else None
