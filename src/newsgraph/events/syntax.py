"""Small readers of the dependency parse used by the event coder (spaCy English labels)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsgraph.events import framing as fw
from newsgraph.events import lexicon as lx
from newsgraph.events.senses import CLASSES, Sense
from newsgraph.nlp import views

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Modifiers that belong to a noun phrase naming an actor ("Israeli tanks", "Russia's army").
NP_MODS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "predet"})
# Prepositions that stay inside an actor phrase ("rebels in the Ivory Coast", "leaders of Romania").
NP_PREPS = frozenset({"of", "in", "from", "throughout", "across"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "its",
                      "their", "his", "our"})
_LETTING = frozenset({"allow", "permit", "let", "enable"})
_ENT_WORDS = {"GPE": "@place", "LOC": "@place", "FAC": "@place", "PERSON": "@person", "NORP": "@person",
              "ORG": "@org"}


@functools.cache
def _known() -> frozenset[str]:
    """Every verb the lexicon knows, to repair the small model's odd lemmas ("staged" -> "stag")."""
    return frozenset(lx.VERBS) | fw.LIGHT_VERBS | fw.REPORT_VERBS | fw.TRANSPARENT_VERBS \
        | fw.FUTURE_VERBS | fw.INTENT_VERBS | fw.SUBJECT_VERBS


def lemma(token: Token) -> str:
    """Lower-case lemma; when the model's lemma is unknown to the lexicon, a known stem of the word."""
    known = views.cache(token.doc, "events.lemma")
    found: str | None = known.get(token.i)
    if found is None:
        found = known[token.i] = _lemma(token)
    return found


def _lemma(token: Token) -> str:
    base = (token.lemma_ or token.text).lower()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        joined = f"{doc[token.i - 2].lower_}-{base}"  # "test-fired" is tokenised "test", "-", "fired"
        if joined in _known() or joined in lx.NOUNS:  # "call-up" is "call", "-", "up"
            return joined
    if token.pos_ != "VERB" or base in _known():
        return base
    low = token.lower_
    for stem in (low, low[:-1], low[:-2], low[:-3], low[:-3] + "e", low[:-4]):
        if len(stem) > 2 and stem in _known():
            return stem
    return base


def kids(token: Token, *deps: str) -> list[Token]:
    """Children of ``token`` with one of the dependency labels ``deps``."""
    return [c for c in views.children(token) if c.dep_ in deps]


def kid(token: Token, *deps: str) -> Token | None:
    """The first child of ``token`` with one of the labels ``deps``, if any."""
    found = kids(token, *deps)
    return found[0] if found else None


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """``tokens`` followed by their coordinated conjuncts ("Jordan and Britain"), without repeats."""
    out: list[Token] = []
    for t in tokens:
        for c in (t, *t.conjuncts):
            if c not in out and c.i >= t.i:
                out.append(c)
    return out


def is_passive(token: Token) -> bool:
    """Whether a verb is in the passive voice ("was attacked")."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in views.children(token))


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` hanging on ``token`` ("talks *with* X")."""
    wanted = set(preps)
    out: list[Token] = []
    for p in kids(token, "prep", "agent", "dative"):
        if p.lower_ in wanted or (p.dep_ == "agent" and "by" in wanted):
            out.extend(kids(p, "pobj", "pcomp"))
    return out


def direct_object(token: Token) -> Token | None:
    """The object of a verb: its direct object, or the subject of a passive ("were arrested")."""
    obj = kid(token, "dobj", "attr", "oprd")
    if obj is None and is_passive(token):
        obj = kid(token, "nsubjpass")
    return obj


def words_of(token: Token) -> set[str]:
    """Lemmas naming what a noun is: the noun, its compounds and adjectives, its "of" object, its entity kind."""
    words = {lemma(token), token.lower_}
    if token.ent_type_ in _ENT_WORDS:
        words.add(_ENT_WORDS[token.ent_type_])
    for c in views.children(token):
        if c.dep_ in ("compound", "amod", "nmod", "poss"):
            words.update((lemma(c), c.lower_))
            if c.ent_type_ in _ENT_WORDS:
                words.add(_ENT_WORDS[c.ent_type_])
    for pobj in prep_objects(token, ("of",)):
        words.add(lemma(pobj))
        words.update(lemma(c) for c in views.children(pobj) if c.dep_ in ("compound", "amod"))
    return words


def in_classes(words: set[str], names: Iterable[str]) -> bool:
    """Whether ``words`` meet one of the word classes ``names`` (a name not in CLASSES is a word)."""
    return any(words & CLASSES.get(name, frozenset({name})) for name in names)


def particle(token: Token) -> str | None:
    """The verb particle ("up" in "blew up"), if any."""
    prt = kid(token, "prt")
    if prt is not None:
        return prt.lower_
    for c in views.children(token):  # "stepped aside", "forced X out of the country"
        if c.dep_ in ("advmod", "prep") and c.lower_ in ("down", "aside", "out", "up", "back", "off"):
            return c.lower_
    return None


def sense_object(token: Token, sense: Sense) -> Token | None:
    """The object a sense is judged on: a named preposition's object, else the direct object.

    For verbs of letting, the one let is the subject of the clause ("allowed aid convoys to enter").
    """
    if sense.prep:
        found = prep_objects(token, sense.prep)
        return found[0] if found else None
    obj = direct_object(token)
    if obj is None and lemma(token) in _LETTING:
        obj = next((s for c in kids(token, "ccomp", "xcomp") for s in kids(c, "nsubj")), None)
    return obj


def matches(token: Token, sense: Sense, *, noun: bool = False) -> bool:
    """Whether ``sense`` applies to ``token`` where it stands."""
    if sense.prt is not None and particle(token) != sense.prt:
        return False
    if sense.child and not any(lemma(c) in sense.child for c in _holders(token, noun=noun)):
        return False
    if noun:  # a noun's conditions look at its own modifiers, or at its named preposition's object
        if sense.prep:
            found = prep_objects(token, sense.prep)
            return bool(found) and (not sense.obj or in_classes(words_of(found[0]), sense.obj))
        return not sense.obj or in_classes(words_of(token), sense.obj)
    obj = sense_object(token, sense)
    if sense.prep and obj is None:
        return False
    if sense.bare is True and direct_object(token) is not None:
        return False
    if sense.bare is False and obj is None:
        return False
    return not sense.obj or (obj is not None and in_classes(words_of(obj), sense.obj))


def _holders(token: Token, *, noun: bool) -> Iterator[Token]:
    """Children of a word and, for verbs, of its object and the object's conjuncts ("fire *against* X")."""
    yield from views.children(token)
    obj = None if noun else direct_object(token)
    for held in with_conjuncts([obj]) if obj is not None else ():
        yield from views.children(held)


def first_sense(token: Token, senses: tuple[Sense, ...], *, noun: bool = False) -> Sense | None:
    """The first of ``senses`` that applies to ``token``."""
    for sense in senses:
        if matches(token, sense, noun=noun):
            return sense
    return None


def phrase(token: Token) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``token``, for matching actor mentions.

    Keeps the noun's modifiers and its "of/in/from" phrases and appositions ("rebels in the Ivory
    Coast", "Qatar's emir, Sheikh Hamad"), leaving out relative clauses and other attachments.
    """
    tokens = list(_phrase_tokens(token))
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _phrase_tokens(token: Token) -> Iterator[Token]:
    yield token
    for c in views.children(token):
        if c.dep_ in NP_MODS or c.dep_ == "appos":
            yield from c.subtree
        elif c.dep_ == "prep" and c.lower_ in NP_PREPS:
            yield c
            for obj in kids(c, "pobj"):
                yield from _phrase_tokens(obj)


def modifiers(token: Token) -> list[Token]:
    """The tokens of a noun's own modifiers ("*Turkish and Greek* sides", "*Israel's* army")."""
    return [t for c in views.children(token) if c.dep_ in NP_MODS for t in c.subtree]


def inner_subtree(token: Token) -> list[Token]:
    """The subtree of ``token`` without the clauses that only describe a noun in it."""
    out = []
    for t in token.subtree:
        walk, inside = t, True
        while walk.i != token.i:
            if walk.dep_ in ("relcl", "acl"):
                inside = False
                break
            walk = walk.head
        if inside:
            out.append(t)
    return out


def aux_lemmas(token: Token) -> set[str]:
    """Lower-case auxiliaries and negations on a verb ("would", "not", "will")."""
    return {c.lower_ for c in views.children(token) if c.dep_ in ("aux", "auxpass", "neg")}
