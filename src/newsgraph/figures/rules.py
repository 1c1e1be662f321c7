"""Figures: reported counts of people killed, wounded, arrested, displaced, ... with their evidence.

For every number phrase in a headline, caption or body sentence (see ``phrases``), the stage
finds the counted group and what happened to it (see ``kinds``), then:
- ``object``: the counted noun ("people", "Syrians"); a bare number ("some 2.5 million have
  been forced from their homes") takes the object of the figure before it in the article;
  dead/deaths/bodies count "people";
- ``approximate``: hedged numbers, vague plurals, and numbers somebody "estimates";
- ``attributed_to``: the actor who says or estimates it ("The UN estimates that ...",
  "..., the ministry said", "according to the ministry");
- ``place``: the place the figure's own clause puts it in ("fled their homes in central
  Mali"), else one its sentence or paragraph names, else the country the article mentions
  most (see ``where``).
The same kind and value reported twice (headline and body) is one figure, with the body's evidence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsgraph.figures.kinds import kind_of
from newsgraph.figures.lexicon import ESTIMATING, KIND_NOUNS, MODALS, NOT_PEOPLE, PEOPLE, REPORTING
from newsgraph.figures.phrases import NumberPhrase, number_phrases
from newsgraph.figures.where import place_of
from newsgraph.nlp import views
from newsgraph.nlp.doc import zone_of
from newsgraph.records import Figure, Place, Reading, Skip, TextSpan
from newsgraph.registry import stage

METHOD = "newsgraph.figures.rules.v1"
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod"})
# Group nouns that stand for the people counted without naming them.
_PEOPLE_FOR_KIND_NOUNS = frozenset({"death", "dead", "fatality", "injury", "injured", "wounded", "arrest"})


@dataclass(frozen=True, slots=True)
class Count:
    """What a number phrase counts: the clause token for the group, the counted noun, the kind, the cue."""

    phrase: NumberPhrase
    group: Token
    noun: Token | None
    kind: str
    cue: Token


def _of_object(token: Token) -> Token | None:
    """The noun after "of" under ``token`` ("dozens of people" -> "people")."""
    for child in views.children(token):
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in views.children(child) if g.dep_ == "pobj"), None)
    return None


def _counts_people(noun: Token) -> bool:
    """Whether ``noun`` names people: a listed noun, a kind noun ("dead"), or a national group."""
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE or lemma in KIND_NOUNS or noun.lower_ in KIND_NOUNS:
        return True
    if lemma in NOT_PEOPLE:
        return False
    from newsgraph.geo import countries

    demonym = countries.match(noun.text)
    return noun.ent_type_ == "NORP" or (demonym is not None and demonym.kind == "demonym")


def count_of(phrase: NumberPhrase) -> Count | None:
    """Find the counted group and kind of ``phrase``, or None when it counts nothing we report."""
    head = phrase.head
    if head.dep_ in _MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN") and not phrase.covers(head.head):
        group: Token = head.head
        noun: Token | None = head.head
    else:
        group, noun = head, _of_object(head)
    if noun is not None and noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return None
    found = kind_of(group, noun)
    if found is None:
        return None
    kind, cue = found
    if noun is not None and kind != "SEIZE" and not _counts_people(noun):
        return None
    if any(c.dep_ == "aux" and c.lemma_ in MODALS for c in views.children(cue)):
        return None  # "two million children will die": a warning, not a count
    if kind == "SEIZE" and (noun is None or noun.lemma_ in ("worth", "m", "bn")):
        return None  # seized goods are counted by what they are, not by their worth
    return Count(phrase, group, noun, kind, cue)


def object_text(count: Count) -> str | None:
    """The counted object's words, or None when the group is a bare number."""
    noun = count.noun
    if noun is None:
        return None
    if noun.lemma_ in _PEOPLE_FOR_KIND_NOUNS or noun.lower_ in _PEOPLE_FOR_KIND_NOUNS:
        return "people"
    words = [c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1] + [noun]
    text = " ".join(t.text for t in words)
    if count.kind == "SEIZE" and noun.lemma_ in NOT_PEOPLE:
        stuff = _of_object(noun)
        text = f"{text} of {stuff.text}" if stuff is not None else text
    return text


def _actor_at(token: Token, reading: Reading) -> str | None:
    """Id of the actor with a mention inside ``token``'s phrase (its subtree), nearest the head first."""
    lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    best: tuple[int, str] | None = None
    for actor in reading.actors:
        for m in actor.mentions:
            if lo <= m.start and m.end <= hi:
                distance = 0 if m.start <= token.idx < m.end else abs(m.start - token.idx) + 1
                if best is None or distance < best[0]:
                    best = (distance, actor.id)
    return best[1] if best is not None else None


def attribution(cue: Token, sent: Span, reading: Reading) -> tuple[str | None, bool]:
    """Who the figure is attributed to (actor id) and whether it is an estimate."""
    token = cue
    for _ in range(10):
        if token.lemma_ in REPORTING and token.pos_ in ("VERB", "AUX") and token.i != cue.i:
            subject = next((c for c in views.children(token) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return _actor_at(subject, reading), token.lemma_ in ESTIMATING
        if token.head.i == token.i:
            break
        token = token.head
    for tok in views.span_tokens(sent):
        if tok.lower_ == "according":
            pobj = next((g for c in views.children(tok) if c.lower_ == "to"
                         for g in views.children(c) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _actor_at(pobj, reading), False
    return None, False


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
        count = count_of(phrase) if phrase.start not in used else None
        if count is None:
            continue
        valued = _value(count, phrases)
        text = sent.doc[phrase.start:phrase.end].text
        if valued is None:
            state.skips.append(Skip(METHOD, f"fraction without a base: {text!r}"))
            continue
        value, base = valued
        if base is not None:
            used.add(base.start)
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
        self.seen: dict[tuple[str, float], tuple[int, bool]] = {}  # -> (index, reported in the body)

    def add(self, count: Count, value: float, sent: Span, reading: Reading) -> None:
        obj = object_text(count) or self.last_object
        self.last_object = obj if count.noun is None or count.noun.lemma_ not in KIND_NOUNS else self.last_object
        body = zone_of(reading.article, sent.start_char) == "body"
        index, in_body = self.seen.get((count.kind, value), (len(self.figures), False))
        if index < len(self.figures) and (in_body or not body):
            return
        self.seen[(count.kind, value)] = (index, body)
        actor, estimated = attribution(count.cue, sent, reading)
        figure = Figure(
            id=f"f{index + 1}", kind=count.kind, value=value, evidence=evidence(sent, reading),
            approximate=count.phrase.quantity.approximate or estimated, object=obj,
            place=place_of((count.cue, count.group), count.noun, sent, reading, self.main),
            attributed_to=actor, method=METHOD,
        )
        if index < len(self.figures):
            self.figures[index] = figure
        else:
            self.figures.append(figure)


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
