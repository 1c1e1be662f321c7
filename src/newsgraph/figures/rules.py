"""Figures: reported counts of people killed, displaced, evacuated, ... and of houses destroyed, with evidence.

For every number phrase in a headline, caption or body sentence (see ``phrases``), the stage
finds the counted group and what happened to it (see ``kinds`` and ``counts``), then:
- ``term`` and ``unit``: IDMC's reporting term where one applies, and what was counted (see ``terms``);
- ``object``: the counted noun ("people", "Syrians"); a bare number ("some 2.5 million have
  been forced from their homes") takes the object and unit of the figure before it in the article;
  dead/deaths/bodies count "people";
- ``approximate``, ``qualifier``, ``low``/``high``: hedged numbers, vague plurals, ranges and numbers
  somebody "estimates" (see ``numbers``);
- ``attributed_to``: the actor who says or estimates it (see ``sources``);
- ``place``: the place the figure's own clause puts it in ("fled their homes in central
  Mali"), else one its sentence or paragraph names, else the country the article mentions
  most (see ``where``); ``date``: the date its clause states (see ``when``).
A sentence may hold several figures, each with its own kind and term. The same kind and value
reported twice (headline and body) is one figure, with the body's evidence.
"""

from __future__ import annotations

import math
from dataclasses import replace

from spacy.tokens import Doc, Span

from newsgraph.figures.counts import Count, count_of, lexical_count, object_text
from newsgraph.figures.lexicon import KIND_NOUNS
from newsgraph.figures.phrases import NumberPhrase, number_phrases
from newsgraph.figures.sources import attribution
from newsgraph.figures.terms import HOUSING_KINDS
from newsgraph.figures.when import date_of
from newsgraph.figures.where import place_of
from newsgraph.nlp import views
from newsgraph.nlp.doc import zone_of
from newsgraph.records import Figure, Place, Reading, Skip, TextSpan
from newsgraph.registry import stage

METHOD = "newsgraph.figures.rules.v1"
# Kinds of people who left a place: the place they left is where the figure happened.
_LEAVING = frozenset({"DISPLACED", "REFUGEES", "EVACUATE", "RELOCATE"})


def _value(count: Count, phrases: list[NumberPhrase]) -> tuple[float, NumberPhrase | None] | None:
    """The count's value; a fraction is multiplied by the number it is a fraction of, if given."""
    quantity = count.phrase.quantity
    found: tuple[float, NumberPhrase | None]
    if not quantity.fraction:
        found = quantity.value, None
    elif count.noun is None:
        return None
    else:
        base = next((p for p in phrases if p.head.head.i == count.noun.i and not p.quantity.fraction), None)
        if base is None:
            return None
        found = quantity.value * base.quantity.value, base
    # Digits too many for a float ("9" written 400 times) read as infinity: not a count anyone reported.
    return found if math.isfinite(found[0]) else None


def _sentence_figures(sent: Span, reading: Reading, state: _State) -> None:
    """Add the figures of one sentence to ``state``."""
    phrases = number_phrases(sent)
    used: set[int] = set()
    for phrase in phrases:
        count = (count_of(phrase) or lexical_count(phrase, sent)) if phrase.start not in used else None
        if count is None:
            continue
        valued = _value(count, phrases)
        text = sent.doc[phrase.start:phrase.end].text
        if valued is None:
            state.skips.append(Skip(METHOD, f"fraction without a base: {text!r}"))
            continue
        value, base = valued
        if base is not None:
            own = count_of(base)
            if own is None or own.kind == count.kind:
                used.add(base.start)  # "a third of the 300 villagers need aid": the 300 need nothing
        state.add(count, value, sent, reading)


def evidence(sent: Span, reading: Reading) -> TextSpan:
    """The sentence without surrounding space; the whole headline when the parser split it."""
    article = reading.article
    headline = article.headline
    if headline is not None and headline.start <= sent.start_char < headline.end:
        return headline
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    end = sent.end_char - (len(sent.text) - len(sent.text.rstrip()))
    return TextSpan.of(article.text, start, end)


class _State:
    """Figures found so far in an article, with what later figures inherit.

    The same kind and value reported twice is one figure; when the headline or a caption
    reported it first, the body's report (a whole sentence, with its attribution and place)
    replaces it under the same id.
    """

    def __init__(self, main: Place | None) -> None:
        self.main = main
        self.figures: list[Figure] = []
        self.skips: list[Skip] = []
        self.last_object = "people"
        self.last_unit: str | None = "people"
        self.seen: dict[tuple[str, float], tuple[int, bool]] = {}  # -> (index, reported in the body)

    def _inherit(self, count: Count) -> tuple[str, str | None]:
        """The object and unit of a count, a bare number taking those of the figure before it."""
        obj, unit = object_text(count), count.unit
        housing = count.kind in HOUSING_KINDS
        if obj is None or unit is None:
            same_side = (self.last_unit in ("houses", "buildings")) == housing
            obj = obj or (self.last_object if same_side else ("houses" if housing else "people"))
            unit = unit or (self.last_unit if same_side else ("houses" if housing else "people"))
        if count.kind == "SEIZE":
            return obj, None
        if count.noun is None or count.noun.lemma_ not in KIND_NOUNS:
            self.last_object, self.last_unit = obj, unit
        return obj, unit

    def add(self, count: Count, value: float, sent: Span, reading: Reading) -> None:
        obj, unit = self._inherit(count)
        body = zone_of(reading.article, sent.start_char) == "body"
        index, in_body = self.seen.get((count.kind, value), (len(self.figures), False))
        if index < len(self.figures) and (in_body or not body):
            return
        self.seen[(count.kind, value)] = (index, body)
        actor, estimated = attribution(count.cue, sent, reading)
        quantity = count.phrase.quantity
        anchors = (count.cue, count.group)
        number = TextSpan.of(reading.article.text, *count.phrase.chars(sent.doc))
        figure = Figure(
            id=f"f{index + 1}", kind=count.kind, value=value, evidence=evidence(sent, reading),
            approximate=quantity.approximate or estimated, object=obj,
            place=place_of(anchors, count.noun, sent, reading, self.main, origin=count.kind in _LEAVING),
            attributed_to=actor,
            term=count.term, unit=unit, qualifier=quantity.qualifier, low=quantity.low, high=quantity.high,
            date=date_of(anchors, sent, reading.article.published), number=number,
            cue=_span(reading, sent.doc[count.cue.i:count.cue.i + 1]), method=METHOD,
        )
        if index < len(self.figures):
            self.figures[index] = figure
        else:
            self.figures.append(figure)


def _span(reading: Reading, span: Span) -> TextSpan:
    return TextSpan.of(reading.article.text, span.start_char, span.end_char)


@stage(METHOD, requires=("actors", "places"), produces=("figures",))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Return the reading with the figures reported in its headline, captions and body."""
    from newsgraph.places.gazetteer import main_country

    state = _State(main_country(reading))
    for sent in views.sents(doc):
        if zone_of(reading.article, sent.start_char) is None or not sent.text.strip():
            continue
        _sentence_figures(sent, reading, state)
    return replace(reading, figures=tuple(state.figures), skipped=reading.skipped + tuple(state.skips))
