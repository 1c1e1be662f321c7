"""Find the actor a span or a name refers to (used by the quotes, events and figures stages).

    >>> actor_at(reading.actors, 252, 265).name
    'Sergei Lavrov'
    >>> canonical(reading.actors, "Mr Lavrov").id
    'a4'
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from newsgraph.actors.names import fold, leading_titles, person_name, strip_possessive
from newsgraph.records import Actor


def actor_at(actors: Iterable[Actor], start: int, end: int) -> Actor | None:
    """Return the actor with a mention overlapping ``[start, end)``, or None.

    When several actors have mentions there ("Syrian President Bashar al-Assad" holds a
    mention of Syria and one of Assad), the one whose mention overlaps the span most wins,
    then persons before organisations before places, then the later mention (the head of a
    noun phrase comes last in English).
    """
    index = _index_of(actors)
    entries = index.near(start, end) if index is not None else _entries(actors)
    best: tuple[int, int, int] | None = None
    found: Actor | None = None
    for m_start, m_end, rank, actor in entries:
        overlap = min(end, m_end) - max(start, m_start)
        if overlap <= 0 and not (start == end and m_start <= start < m_end):
            continue
        score = (overlap, rank, m_start)
        if best is None or score > best:
            best, found = score, actor
    return found


_RANK = {"PERSON": 3, "ORG": 2}
Entry = tuple[int, int, int, Actor]  # mention start, end, type rank, actor


def _entries(actors: Iterable[Actor]) -> list[Entry]:
    """Every mention, in the order of the actors and of their mentions (ties go to the first)."""
    return [(m.start, m.end, _RANK.get(a.type, 1), a) for a in actors for m in a.mentions]


class _Index:
    """The mentions of a set of actors sorted by start, so a lookup reads only those near the span.

    Sorting is stable, so mentions starting at the same offset keep the order ``_entries`` gives them
    and a lookup picks the same actor as a scan of every mention would.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = sorted(entries, key=lambda e: e[0])
        self.starts = [e[0] for e in self.entries]
        self.longest = max((e[1] - e[0] for e in self.entries), default=0)

    def near(self, start: int, end: int) -> list[Entry]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_right(self.starts, max(start, end))
        return self.entries[lo:hi]


_T = TypeVar("_T")


def _memo(store: dict[int, tuple[tuple[Actor, ...], Any]], actors: tuple[Actor, ...],
          build: Callable[[tuple[Actor, ...]], _T]) -> _T:
    """``build(actors)``, kept for the tuple in use: keyed by its identity, which the entry keeps alive;
    a pure memo, bounded to the last few tuples."""
    hit = store.get(id(actors))
    if hit is not None and hit[0] is actors:
        found: _T = hit[1]
        return found
    value = build(actors)
    if len(store) >= 8:
        store.pop(next(iter(store)))
    store[id(actors)] = (actors, value)
    return value


# A lookup scans every mention; in a long article the quotes and events stages look up every
# subject and argument, so the mentions of the actors tuple in use are indexed once.
_INDEXES: dict[int, tuple[tuple[Actor, ...], Any]] = {}
_INDEX_FROM = 200  # mentions: below this a scan is cheaper than building an index


def _index_of(actors: Iterable[Actor]) -> _Index | None:
    if not isinstance(actors, tuple) or sum(len(a.mentions) for a in actors) < _INDEX_FROM:
        return None
    return _memo(_INDEXES, actors, lambda found: _Index(_entries(found)))


def _bare(text: str) -> str:
    text = strip_possessive(text.strip().strip("\"'\u201c\u201d,.:;"))
    if text[:4].lower() == "the ":
        text = text[4:]
    return text[leading_titles(text) :] if len(text.split()) > 1 else text


def _names(actor: Actor) -> set[str]:
    """The folded forms an actor answers to: its name and its mention texts, bare."""
    return {fold(actor.name)} | {fold(_bare(m.text)) for m in actor.mentions}


# A speaker lookup compares a name with every mention of every actor; in a long article the quotes
# stage asks once per quote, so the names of the actors tuple in use are indexed once.
_NAMES: dict[int, tuple[tuple[Actor, ...], Any]] = {}


def _name_index(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    index: dict[str, Actor] = {}
    for actor in actors:
        for name in _names(actor):
            index.setdefault(name, actor)
    return index


def _names_of(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    """Folded name -> the first actor answering to it, for the actors tuple in use."""
    return _memo(_NAMES, actors, _name_index)


def canonical(actors: Iterable[Actor], text: str) -> Actor | None:
    """Return the actor that the name ``text`` refers to ("Mr Lavrov", "the UN"), or None.

    Matches the actor's name or any of its mention texts (case and accents ignored, titles
    and "the" dropped), then, for persons, a surname or first name.
    """
    names = _names_of(actors) if isinstance(actors, tuple) else None
    actors = list(actors)
    key = fold(_bare(text))
    if not key:
        return None
    if names is not None:
        if key in names:
            return names[key]
    else:
        for actor in actors:
            if key in _names(actor):
                return actor
    matches = []
    for actor in actors:
        if actor.type != "PERSON":
            continue
        name = person_name(actor.name)
        if key in {fold(name.surname), fold(name.core), fold(name.words[-1]), fold(name.first or "")}:
            matches.append(actor)
    return matches[0] if len(matches) == 1 else None
