"""What a number phrase counts: the counted group, its noun, the kind, the cue, IDMC's term and the unit."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.figures import glue, lexical
from newsgraph.figures.kinds import kind_of
from newsgraph.figures.lexicon import COLLECTIVE_NOUNS, KIND_NOUNS, MODALS, NOT_PEOPLE, PEOPLE, TALLY_NOUNS
from newsgraph.figures.phrases import NumberPhrase
from newsgraph.figures.terms import HOUSING_KINDS, is_housing, term_of, unit_of
from newsgraph.nlp import views

_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod"})
_ELLIPTIC = frozenset({"more", "others", "other"})
# Group nouns that stand for the people counted without naming them.
_PEOPLE_FOR_KIND_NOUNS = frozenset({"death", "dead", "fatality", "injury", "injured", "wounded", "arrest",
                                    "displacement", "displaced", "missing", "homeless"})


@dataclass(frozen=True, slots=True)
class Count:
    """What a number phrase counts: the clause token for the group, the counted noun, the kind, the cue.

    ``unit`` is None when the text does not say (a bare number takes the unit of the figure before it).
    """

    phrase: NumberPhrase
    group: Token
    noun: Token | None
    kind: str
    cue: Token
    term: str | None
    unit: str | None
    object: str | None = None  # the counted object as read from the words, when no noun token holds it


def of_object(token: Token) -> Token | None:
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


def glued_unit(noun: Token) -> tuple[str, str] | None:
    """The unit and words of a counted noun run together with the next word: "peoplebetween", "people,151"."""
    if noun.is_alpha and noun.lemma_.lower() in PEOPLE:
        return None
    pieces = glue.pieces(noun.text, lexical.KNOWN)
    unit = lexical.NOUNS.get(pieces[0].word) if pieces and pieces[0].word[0].isalpha() else None
    return (unit, noun.text[:pieces[0].end - pieces[0].start]) if unit is not None else None


def _countable(noun: Token, kind: str) -> bool:
    """Whether ``noun`` is what a count of ``kind`` counts: people, or houses for housing and evacuations."""
    if kind == "SEIZE":
        return True
    housing = is_housing(noun)
    glued = glued_unit(noun) if not housing else None
    if glued is not None:
        housing = glued[0] in ("houses", "buildings")
    if kind in HOUSING_KINDS:  # houses, or the households whose houses they were
        return housing or unit_of(noun) == "households" or (glued is not None and glued[0] == "households")
    return (kind == "EVACUATE" and housing) or _counts_people(noun) or (glued is not None and not housing)


def _following_noun(phrase: NumberPhrase, head: Token) -> Token | None:
    """The noun right after a phrase the parser did not hang it from: "Between 2,000 and 4,000 newly displaced
    people", parsed with "people" under "Between"."""
    doc = head.doc
    for token in doc[phrase.end:min(phrase.end + 4, len(doc))]:
        if token.pos_ in ("NOUN", "PROPN"):
            inside = phrase.start <= token.head.i < phrase.end or token.head.i == head.head.i
            return token if inside else None
        if token.pos_ not in ("ADV", "ADJ", "VERB", "SPACE") or token.dep_ not in ("advmod", "amod", "dep", "compound"):
            return None
    return None


def _group_and_noun(phrase: NumberPhrase) -> tuple[Token, Token | None]:
    """The token standing for the counted group in its clause, and the counted noun."""
    head = phrase.head
    if head.dep_ in _MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN") and not phrase.covers(head.head):
        group: Token = head.head
        noun: Token | None = head.head
    elif head.dep_ in _MODIFIER_DEPS and head.head.lower_ in _ELLIPTIC and not phrase.covers(head.head):
        group, noun = head.head, None  # "damaged about 2,700 more": more of what came before
    else:
        group, noun = head, of_object(head)
    if noun is None:
        noun = _following_noun(phrase, head)
        group = noun or group
    if noun is not None and noun.lemma_ in COLLECTIVE_NOUNS | TALLY_NOUNS:
        noun = of_object(noun) or noun  # "274,000, the total number of people displaced"
    host = group.head.head
    if group.dep_ == "pobj" and group.head.lower_ == "of" and host.lemma_ in COLLECTIVE_NOUNS and host.pos_ == "NOUN":
        group = host  # "a community of 85 people fled": the community is what the clause is about
    return group, noun


def count_of(phrase: NumberPhrase) -> Count | None:
    """Find the counted group and kind of ``phrase``, or None when it counts nothing we report."""
    group, noun = _group_and_noun(phrase)
    if noun is not None and noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return None
    # A fraction's own verb says what happened to it: in "half of the 111,000 people displaced returned",
    # "displaced" describes the 111,000, and the half returned.
    found = (phrase.quantity.fraction and kind_of(group)) or kind_of(group, noun)
    if found is None:
        return None
    kind, cue = found
    if noun is not None and not _countable(noun, kind):
        return None
    if any(c.dep_ == "aux" and c.lemma_ in MODALS for c in views.children(cue)):
        return None  # "two million children will die": a warning, not a count
    if kind == "SEIZE" and (noun is None or noun.lemma_ in ("worth", "m", "bn")):
        return None  # seized goods are counted by what they are, not by their worth
    unit = None if kind == "SEIZE" or noun is None else unit_of(noun)
    glued = glued_unit(noun) if noun is not None and kind != "SEIZE" and not _counts_people(noun) else None
    if glued is not None:  # "96,000 peoplebetween January and August": people
        return Count(phrase, group, noun, kind, cue, term_of(kind, cue), glued[0], glued[1])
    return Count(phrase, group, noun, kind, cue, term_of(kind, cue), unit)


def object_text(count: Count) -> str | None:
    """The counted object's words, or None when the group is a bare number."""
    noun = count.noun
    if count.object is not None or noun is None:
        return count.object
    if noun.lemma_ in _PEOPLE_FOR_KIND_NOUNS or noun.lower_ in _PEOPLE_FOR_KIND_NOUNS:
        return "people"
    words = [c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1] + [noun]
    text = " ".join(t.text for t in words)
    if count.kind == "SEIZE" and noun.lemma_ in NOT_PEOPLE:
        stuff = of_object(noun)
        text = f"{text} of {stuff.text}" if stuff is not None else text
    return text


def lexical_count(phrase: NumberPhrase, sent: Span) -> Count | None:
    """The count read from the words around ``phrase`` when the parse says nothing (see ``lexical``)."""
    if phrase.quantity.fraction:
        return None
    found = lexical.read(sent, *phrase.chars(sent.doc))
    if found is None:
        return None
    kind, term, unit, cue, group, obj = found
    if any(c.dep_ == "aux" and c.lemma_ in MODALS for c in views.children(cue)):
        return None
    return Count(phrase, group, None, kind, cue, term, unit, obj)
