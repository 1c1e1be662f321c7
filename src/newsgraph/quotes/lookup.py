"""Find the actor behind a stretch of text.

``actor_at`` and ``canonical`` (from the actors stage, re-exported) look actors up by the spans of
their mentions and by name. When no actors stage ran (a bare spaCy pipeline with only
``newsgraph_quotes``), ``entity_actors`` clusters the Doc's named entities into minimal actors so
that speakers still get full names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from newsgraph.actors.lookup import actor_at, canonical
from newsgraph.nlp import views
from newsgraph.quotes.lexicon import HONORIFICS, NAME_DROP
from newsgraph.records import Actor, TextSpan

__all__ = ["actor_at", "bare_name", "canonical", "entity_actors"]

_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _words(text: str) -> list[str]:
    return re.findall(r"[\w\u00c0-\u024f'’.-]+", text)


def bare_name(text: str) -> str:
    """Drop honorifics, determiners and a possessive from a name ("Mr Lavrov's" -> "Lavrov")."""
    words = _words(text)
    while len(words) > 1 and (words[0].lower() in HONORIFICS or words[0].lower() in NAME_DROP):
        words = words[1:]
    name = " ".join(words)
    return re.sub(r"['’]s?$", "", name).strip(" .-")


def _clip(start: int, end: int, segments: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    for s, e in segments:
        if s < end and start < e:
            return max(start, s), min(end, e)
    return None


def _key(label: str, name: str) -> str:
    if label == "PERSON":
        return "PERSON:" + (name.lower().split() or [""])[-1]
    return f"{label}:{name.lower()}"


def _join_surnames(groups: dict[str, list[tuple[TextSpan, str, str]]]) -> None:
    """Fold one-word entities of another label into the person with that surname ("Ford" -> Alan Ford)."""
    for key in [k for k in groups if not k.startswith("PERSON:")]:
        items = groups[key]
        words = {it[1].lower() for it in items}
        person = "PERSON:" + next(iter(words)) if len(words) == 1 and " " not in next(iter(words)) else None
        if person is not None and person in groups:
            groups[person].extend((span, name, "PERSON") for span, name, _ in items)
            del groups[key]


def entity_actors(doc: Doc, segments: Sequence[tuple[int, int]], text: str) -> tuple[Actor, ...]:
    """Cluster the named entities of ``doc`` that fall in ``segments`` into minimal actors.

    People are grouped by surname and named by their longest mention; other entities by their
    text. This is a fallback for pipelines without the actors stage, not a replacement for it.
    ``text`` is the article text the Doc was parsed from (``Doc.text`` is rebuilt on each access).
    """
    groups: dict[str, list[tuple[TextSpan, str, str]]] = {}
    for ent in views.ents(doc):
        if ent.label_ not in _ACTOR_LABELS:
            continue
        clipped = _clip(ent.start_char, ent.end_char, segments)
        if clipped is None:
            continue
        span = TextSpan.of(text, *clipped)
        name = bare_name(span.text)
        if name:
            groups.setdefault(_key(ent.label_, name), []).append((span, name, ent.label_))
    _join_surnames(groups)
    actors = []
    for n, items in enumerate(groups.values(), 1):
        name = max((it[1] for it in items), key=lambda s: (len(s.split()), len(s)))
        actors.append(Actor(id=f"e{n}", name=name, type=items[0][2], mentions=tuple(it[0] for it in items),
                            method="newsgraph.quotes.lookup.entities.v1"))
    return tuple(actors)
