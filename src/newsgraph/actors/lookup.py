"""Find the actor a span or a name refers to (used by the quotes, events and figures stages).

    >>> actor_at(reading.actors, 252, 265).name
    'Sergei Lavrov'
    >>> canonical(reading.actors, "Mr Lavrov").id
    'a4'
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.actors.names import fold, leading_titles, person_name, strip_possessive
from newsgraph.records import Actor


def actor_at(actors: Iterable[Actor], start: int, end: int) -> Actor | None:
    """Return the actor with a mention overlapping ``[start, end)``, or None.

    When several actors have mentions there ("Syrian President Bashar al-Assad" holds a
    mention of Syria and one of Assad), the one whose mention overlaps the span most wins,
    then persons before organisations before places, then the later mention (the head of a
    noun phrase comes last in English).
    """
    best: tuple[int, int, int] | None = None
    found: Actor | None = None
    rank = {"PERSON": 3, "ORG": 2}
    for actor in actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0 and not (start == end and m.start <= start < m.end):
                continue
            score = (overlap, rank.get(actor.type, 1), m.start)
            if best is None or score > best:
                best, found = score, actor
    return found


def _bare(text: str) -> str:
    text = strip_possessive(text.strip().strip("\"'\u201c\u201d,.:;"))
    if text[:4].lower() == "the ":
        text = text[4:]
    return text[leading_titles(text) :] if len(text.split()) > 1 else text


def canonical(actors: Iterable[Actor], text: str) -> Actor | None:
    """Return the actor that the name ``text`` refers to ("Mr Lavrov", "the UN"), or None.

    Matches the actor's name or any of its mention texts (case and accents ignored, titles
    and "the" dropped), then, for persons, a surname or first name.
    """
    actors = list(actors)
    key = fold(_bare(text))
    if not key:
        return None
    for actor in actors:
        names = {fold(actor.name)} | {fold(_bare(m.text)) for m in actor.mentions}
        if key in names:
            return actor
    matches = []
    for actor in actors:
        if actor.type != "PERSON":
            continue
        name = person_name(actor.name)
        if key in {fold(name.surname), fold(name.core), fold(name.words[-1]), fold(name.first or "")}:
            matches.append(actor)
    return matches[0] if len(matches) == 1 else None
