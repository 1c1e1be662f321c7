"""When a figure was reported to hold: the date its own clause states ("as of 23 March", "on 11 February").

Dates that start a period ("since 2012", "from October") or place it around an event ("after the
storm on 8 March") are not the figure's date. Of a stated period ("between 4 and 8 March") the figure
holds at its end. Dates resolve against the article's publication date (:mod:`newsgraph.events.dates`):
without one, only dates that carry their year do.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsgraph.events import dates
from newsgraph.figures.where import tree_distance
from newsgraph.nlp import views

_NOT_THE_DATE = frozenset({"since", "from", "after", "before", "until", "till"})


def _period_end(text: str) -> str:
    """The end of a stated period: "between 4 and 8 March" -> "8 March"."""
    low = text.lower()
    for joint in (" and ", " to ", "-", "\u2013"):
        if joint in low:
            return text[low.rindex(joint) + len(joint):]
    return text


def date_of(anchors: tuple[Token, ...], sent: Span, published: date | None) -> date | None:
    """The date stated in the clause of a figure's cue or group, nearest them in the parse, or None."""
    found: list[tuple[int, int, date]] = []
    for ent in views.ents_in(sent):
        if ent.label_ != "DATE" or ent[0].lower_ in _NOT_THE_DATE:
            continue
        root = ent.root
        prep = root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in _NOT_THE_DATE:
            continue
        if not any(a.is_ancestor(root) or a.i == root.head.i for a in anchors):
            continue
        if any(c.dep_ == "conj" and c.ent_type_ == "DATE" and not ent.start <= c.i < ent.end
               for t in ent for c in views.children(t)):
            continue  # "between 17 October and 23 March" parsed as two dates: the figure holds at the second
        when = dates.resolve(_period_end(ent.text), published)
        if when is not None:
            found.append((min(tree_distance(a, root) for a in anchors), ent.start, when))
    return min(found)[2] if found else None
