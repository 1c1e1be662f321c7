"""Decide what a count counts (KILL, WOUND, ARREST, ...) from the dependency parse.

The counted group is the noun a number modifies ("70,000 people"), the noun after "of"
("dozens of people"), or the number itself ("some 2.5 million have been forced ..."). Its kind
comes, in this order, from: the group noun itself ("70 dead", "a million refugees"); a modifier
("displaced people", "people killed in ..."); the verb that governs it, in the right role
("police arrested 40", "40 were arrested", but not "40 soldiers killed 10 rebels"); an event or
tally noun it hangs from ("the deaths of 40 people", "the death toll rose to 70").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.figures.complements import PLACING_VERBS, REFUGE_VERBS, Found, complement_kind, placed_kind
from newsgraph.figures.lexicon import (
    ABROAD,
    AGENT_NOUNS,
    EITHER_ROLE,
    EVENT_NOUNS,
    HOMES,
    INTRANSITIVE,
    KIND_NOUNS,
    NEEDS_PARTICLE,
    OBJECT_DEPS,
    STATE_ADJECTIVES,
    SUBJECT_DEPS,
    TALLY_NOUNS,
    VERBS,
    WEAK_KIND_NOUNS,
)
from newsgraph.figures.terms import shelter_place
from newsgraph.nlp import views

# Kinds that name what people are (refugees, IDPs), and what may happen to them besides.
STATUS_KINDS = frozenset({"REFUGEES", "DISPLACED", "EVACUATE", "RETURN"})


def _has_perfect_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in views.children(verb))


def _in_object_role(group: Token, verb: Token) -> bool:
    """Whether ``group`` is what ``verb`` was done to (object, passive or reduced-passive subject)."""
    if group.dep_ in OBJECT_DEPS:
        return True
    if group.dep_ != "nsubj" or _has_perfect_aux(verb):
        return False
    # A reduced passive: "hundreds of thousands displaced"; also when tagged as a past tense
    # ("500 people already displaced in Rakhine crossed ..."): the verb has no object of its own.
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in views.children(verb)))


def _abroad(verb: Token) -> bool:
    """Whether people fleeing (``verb``) went abroad: "fled abroad", "fled the country", "fled to Turkey"."""
    for child in views.children(verb):
        if child.dep_ in ("advmod", "dobj") and child.lemma_ in ABROAD:
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "into", "across", "over", "out"):
            for pobj in child.subtree:
                if pobj.dep_ in ("pobj", "conj") and (pobj.lemma_ in ABROAD or _is_country(pobj)):
                    return True
    return False


def _is_country(token: Token) -> bool:
    """Whether ``token`` is (the head of) a country's name ("Turkey", "the United States")."""
    if token.ent_type_ != "GPE":
        return False
    from newsgraph.geo import countries

    ent = views.ent_at(token.doc, token.i)
    found = countries.match(ent.text if ent is not None else token.text)
    return found is not None and found.kind == "name"


def _role_fits(group: Token, verb: Token, candidate: Token, lemma: str, role: str) -> bool:
    """Whether ``group`` plays the role a cue verb needs ("40 were arrested", "70 people died")."""
    if role == "object":
        ok = _in_object_role(group, verb)
        if not ok and lemma in EITHER_ROLE and group.dep_ in SUBJECT_DEPS:
            # "30,000 people evacuated (their homes)": no people object, so the subject moved
            ok = not any(c.dep_ == "dobj" and c.lemma_ not in HOMES for c in views.children(candidate))
    else:
        ok = group.dep_ in SUBJECT_DEPS
    if candidate.i != verb.i:
        ok = ok or group.dep_ in SUBJECT_DEPS | OBJECT_DEPS  # "were forced to flee": the group flees
    if lemma in INTRANSITIVE:  # "5,000 refugees returned (home)", not "voters return their ballots"
        ok = ok and not any(c.dep_ == "dobj" and c.lemma_ not in HOMES for c in views.children(candidate))
    return ok


def verb_kind(verb: Token, group: Token) -> Found | None:
    """The kind ``verb`` gives the counted ``group`` it governs, and its cue, or None."""
    candidates = (verb, *(c for c in views.children(verb) if c.dep_ == "xcomp"))
    for candidate in candidates:
        found = complement_kind(candidate, group)
        if found is not None:
            return found
        entry = VERBS.get(candidate.lemma_)
        if entry is None or candidate.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        particle = NEEDS_PARTICLE.get(candidate.lemma_)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in views.children(candidate)):
            continue
        kind, role = entry
        if _role_fits(group, verb, candidate, candidate.lemma_, role):
            if kind == "DISPLACED" and candidate.lemma_ in ("flee", "escape") and _abroad(candidate):
                kind = "REFUGEES"
            return kind, verb
    for candidate in candidates:
        found = placed_kind(candidate, group)
        if found is not None:
            return found
    return None


def _modifier_kind(noun: Token) -> Found | None:
    """Kinds given by a modifier of the group noun: "displaced people", "people killed", "people in need"."""
    for child in views.children(noun):
        if child.dep_ == "amod" and child.lower_ in STATE_ADJECTIVES and STATE_ADJECTIVES[child.lower_]:
            return STATE_ADJECTIVES[child.lower_], child
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            entry = VERBS.get(child.lemma_)
            passive = child.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in views.children(child))
            if entry is not None and (entry[1] == "subject" or passive):
                return entry[0], child
            found = complement_kind(child, noun)
            if found is not None:
                return found
            placing = child.lemma_ in PLACING_VERBS and noun.lemma_ not in AGENT_NOUNS
            place = shelter_place(child, refuge=child.lemma_ in REFUGE_VERBS) if placing else None
            if place is not None:  # "4,000 people staying in the camp", "175,500 staying in temporary shelters"
                return "SHELTER", place
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lemma_ == "need" for g in views.children(child)):
            return "AFFECT", child
    place = shelter_place(noun) if noun.lemma_ not in AGENT_NOUNS else None
    return ("SHELTER", place) if place is not None else None


def tally_kind(noun: Token) -> Found | None:
    """The kind a tally noun counts: "death toll", "the number of dead", "the number of people killed"."""
    for child in views.children(noun):
        if child.dep_ in ("compound", "amod", "nmod") and child.lemma_ in EVENT_NOUNS | KIND_NOUNS:
            return (EVENT_NOUNS | KIND_NOUNS)[child.lemma_], child
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in views.children(child):
                if pobj.lemma_ in KIND_NOUNS:
                    return KIND_NOUNS[pobj.lemma_], pobj
                found = _modifier_kind(pobj)
                if found is not None:
                    return found
    return _modifier_kind(noun)  # "the number of people killed" parsed with "killed" on "number"


def _attached_kind(group: Token) -> Found | None:
    """Kinds from what the group hangs from: "the deaths of 40", "a toll of 70", "the toll rose to 70"."""
    if group.dep_ != "pobj":
        return None
    prep, host = group.head, group.head.head
    if (prep.lower_ == "of" or (prep.lower_ == "to" and host.lemma_ == "damage")) and host.lemma_ in EVENT_NOUNS \
            and host.pos_ in ("NOUN", "PROPN"):
        return EVENT_NOUNS[host.lemma_], host  # "the deaths of 40 people", "damage to 61,000 homes"
    if prep.lower_ in ("of", "at", "to") and host.lemma_ in TALLY_NOUNS:
        return tally_kind(host)
    if prep.lower_ in ("to", "at", "above", "past") and host.pos_ in ("VERB", "AUX"):
        tally = _tally_near(host)
        if tally is not None:
            return tally_kind(tally)
    return None


def _tally_near(verb: Token) -> Token | None:
    """The tally noun a verb moves: "put the death toll at 70", "brought the number of people killed to 400"."""
    for child in views.children(verb):
        if child.dep_ in SUBJECT_DEPS | {"dobj"} and child.lemma_ in TALLY_NOUNS:
            return child
    for ancestor in list(verb.ancestors)[:4]:  # "... number of people killed this year to 400"
        if ancestor.lemma_ in TALLY_NOUNS:
            return ancestor
    return None


def _verb_of(group: Token) -> Token | None:
    """The verb governing the group, climbing from a conjunct to the first conjunct."""
    token = group
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        token = token.head
    head = token.head
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        head = head.head  # "860 people remained displaced" parsed with "remained" as an auxiliary
    return head if head.i != token.i and head.pos_ in ("VERB", "AUX", "ADJ") else None


def _participle_kind(group: Token) -> Found | None:
    """A participle the parser took for the counted noun: "there are 175,500 staying in shelters"."""
    verb = group.head
    if group.dep_ != "nummod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBN"):
        return None
    place = shelter_place(verb, refuge=verb.lemma_ in REFUGE_VERBS) if verb.lemma_ in PLACING_VERBS else None
    if place is not None:
        return "SHELTER", place
    entry = VERBS.get(verb.lemma_)
    return (entry[0], verb) if entry is not None and (verb.tag_ == "VBN" or entry[1] == "subject") else None


def _status_or_verb(group: Token, found: Found) -> Found:
    """A status the group has (refugees, "displaced people", "IDPs who fled") unless its verb says what
    happened to it: "230 IDPs were killed", "7,000 IDPs were forced to flee", "displaced families stayed in
    shelters"."""
    verb = _verb_of(group) if found[0] in STATUS_KINDS else None
    by_verb = verb_kind(verb, first_conjunct(group)) if verb is not None else None
    return by_verb if by_verb is not None else found


def kind_of(group: Token, noun: Token | None = None) -> Found | None:
    """The kind of a count and its cue token.

    Args:
        group: The token standing for the counted group in the clause: the noun the number
            modifies, or the number itself ("dozens of people were killed": "dozens").
        noun: The counted noun when it is not ``group`` ("people" after "dozens of").
    """
    for token in (noun, group) if noun is not None and noun is not group else (group,):
        if token.lemma_ in KIND_NOUNS or token.lower_ in KIND_NOUNS:
            return _status_or_verb(group, (KIND_NOUNS.get(token.lemma_) or KIND_NOUNS[token.lower_], token))
        found = _modifier_kind(token)
        if found is not None:
            return _status_or_verb(group, found)
    found = _attached_kind(group) or _participle_kind(group)
    if found is not None:
        return found
    state = STATE_ADJECTIVES.get(group.head.lower_) if group.dep_ in ("nummod", "npadvmod") else None
    if state:  # "10,000 homeless", "70 dead" with the adjective as head
        return state, group.head
    verb = _verb_of(group)
    if verb is not None:
        found = verb_kind(verb, first_conjunct(group))
        if found is not None:
            return found
        tally = next((c for c in views.children(verb) if c.dep_ in SUBJECT_DEPS and c.lemma_ in TALLY_NOUNS), None)
        if group.dep_ in ("attr", "dobj") and tally is not None:
            return tally_kind(tally)
    for weak in (noun, group):
        if weak is not None and weak.lemma_ in WEAK_KIND_NOUNS:
            return WEAK_KIND_NOUNS[weak.lemma_], weak
    return None


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` belongs to (itself when it is not a conjunct)."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token
