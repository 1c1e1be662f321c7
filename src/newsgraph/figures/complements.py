"""Kinds a verb's complement carries: "forced from their homes", "left homeless", "remained displaced",
"registered as displaced", "took refuge in a camp", "were still in evacuation centres".

Each function returns the kind and its cue token (the token the reporting term is read from), or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.figures.lexicon import (
    AGENT_NOUNS,
    FILING_VERBS,
    FORCE_VERBS,
    HOMES,
    KIND_NOUNS,
    LINKING_VERBS,
    LOSE_OBJECTS,
    NEED_OBJECTS,
    OBJECT_DEPS,
    STATE_ADJECTIVES,
    SUBJECT_DEPS,
    VERBS,
)
from newsgraph.figures.terms import (
    HOUSING_KINDS,
    REFUGE_NOUNS,
    REFUGE_PLACES,
    is_housing,
    is_shelter_place,
    shelter_place,
)
from newsgraph.nlp import views

Found = tuple[str, Token]  # (kind, the cue token)
# Verbs that put or keep people in a shelter, and verbs whose subject shelters people.
REFUGE_VERBS = frozenset({"shelter", "house", "accommodate", "move", "take", "bring", "transfer", "send", "bus",
                          "stay", "sleep", "relocate", "evacuate", "settle", "register"})
HOSTING_VERBS = frozenset({"house", "host", "accommodate", "shelter"})
# Verbs that say where people are or went: "were still in evacuation centres", "are living in camps",
# "arrived in the camp"; not "were held in a camp".
PLACING_VERBS = REFUGE_VERBS | LINKING_VERBS | FORCE_VERBS | {
    "arrive", "join", "gather", "camp", "crowd", "head", "reach", "squeeze", "pack", "seek", "find"}


def _state(token: Token) -> str | None:
    """The kind a state word names: "displaced", "homeless", "missing", "IDPs"."""
    return STATE_ADJECTIVES.get(token.lower_) or KIND_NOUNS.get(token.lower_) or KIND_NOUNS.get(token.lemma_)


def _linked_state(verb: Token, group: Token) -> Found | None:
    """The state a linking or filing verb gives: "remained displaced", "registered as displaced"."""
    lemma = verb.lemma_
    if verb.lower_ in ("missing", "homeless") and group.dep_ in SUBJECT_DEPS and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in views.children(verb)):
        return STATE_ADJECTIVES[verb.lower_], verb  # "15 people are still missing", parsed as a verb
    if lemma in LINKING_VERBS and group.dep_ in SUBJECT_DEPS:
        for child in views.children(verb):
            if child.dep_ in ("acomp", "oprd", "attr", "xcomp") and _state(child):
                return _state(child) or "", child
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.lemma_ == "need" for g in views.children(child)):
                return "AFFECT", child  # "140,000 people are in urgent need of assistance"
    if lemma in FILING_VERBS:
        for child in views.children(verb):
            if child.dep_ in ("acomp", "oprd", "xcomp") and _state(child):  # "29 people reported missing"
                return _state(child) or "", child
            if child.dep_ == "prep" and child.lower_ == "as":
                for state in views.children(child):
                    if _state(state):
                        return _state(state) or "", state
    return None


def _lost_houses(verb: Token, objects: list[Token]) -> Found | None:
    """Households whose houses were destroyed: "41,000 households had their houses destroyed"."""
    if verb.lemma_ != "have":
        return None
    for obj in objects:
        if not is_housing(obj):
            continue
        for done in views.children(obj) if obj.dep_ == "dobj" else ():
            entry = VERBS.get(done.lemma_)
            if entry is not None and entry[0] in HOUSING_KINDS and done.tag_ == "VBN":
                return entry[0], done
    houses = any(is_housing(o) for o in objects)
    for done in views.children(verb):  # parsed with the participle on "had"
        entry = VERBS.get(done.lemma_)
        if done.dep_ not in ("ccomp", "xcomp", "oprd") or entry is None or entry[0] not in HOUSING_KINDS:
            continue
        if houses or any(is_housing(c) for c in views.children(done)):
            return entry[0], done
    return None


def _hosted(verb: Token, group: Token) -> Found | None:
    """People a camp or shelter houses: "camps housing 50,000 people", "the centres host 2,000 families"."""
    if verb.lemma_ not in HOSTING_VERBS or group.dep_ not in OBJECT_DEPS:
        return None
    hosts = [c for c in views.children(verb) if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl"):
        hosts.append(verb.head)
    host = next((h for h in hosts if is_shelter_place(h) or h.lemma_.lower() in REFUGE_PLACES), None)
    return ("SHELTER", host) if host is not None else None


def _placed(verb: Token, group: Token, objects: list[Token]) -> Found | None:
    """People put in camps or shelters: "took refuge in a camp", "forced 300 people into shelters"."""
    if verb.lemma_ in ("take", "seek", "find") and any(o.lemma_ in REFUGE_NOUNS for o in objects):
        refuge = next(o for o in objects if o.lemma_ in REFUGE_NOUNS)
        place = shelter_place(verb, refuge=True) or shelter_place(refuge, refuge=True)  # "sought refuge in a camp"
        return ("SHELTER", place or refuge) if group.dep_ in SUBJECT_DEPS else None
    place = shelter_place(verb, refuge=verb.lemma_ in REFUGE_VERBS) if verb.lemma_ in PLACING_VERBS else None
    if place is None or group.lemma_ in AGENT_NOUNS:
        return _hosted(verb, group)
    if verb.lemma_ in FORCE_VERBS and group.dep_ in OBJECT_DEPS:
        return "EVACUATE", verb  # being forced into shelters is being evacuated
    if group.dep_ in SUBJECT_DEPS or group.dep_ == "dobj":
        return "SHELTER", place
    return None


def complement_kind(verb: Token, group: Token) -> Found | None:
    """Kinds carried by a verb's complement, for the counted ``group`` it governs."""
    lemma = verb.lemma_
    kids = views.children(verb)
    objects = [c for c in kids if c.dep_ in ("dobj", "oprd", "attr")]
    preps = [g for c in kids if c.dep_ == "prep" for g in views.children(c) if g.dep_ == "pobj"]
    if lemma in FORCE_VERBS and any(p.lemma_ in HOMES for p in preps + objects):
        return "DISPLACED", verb
    if lemma in ("leave", "make"):  # "left three people dead", "left 10,000 homeless"
        for child in kids:
            if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and STATE_ADJECTIVES.get(child.lower_):
                return STATE_ADJECTIVES[child.lower_], verb
    if lemma == "lose":
        for obj in objects:
            if obj.lemma_ in LOSE_OBJECTS:
                return LOSE_OBJECTS[obj.lemma_], verb
    if lemma in ("take", "hold") and any(o.lemma_ in ("hostage", "captive", "prisoner") for o in objects + preps):
        return ("KIDNAP" if any(o.lemma_ != "prisoner" for o in objects + preps) else "ARREST"), verb
    if lemma == "take" and any(p.lemma_ == "street" for p in preps):
        return "PROTEST", verb
    if lemma in ("need", "require") and any(o.lemma_ in NEED_OBJECTS for o in objects):
        return "AFFECT", verb
    if lemma == "shoot" and any(c.lower_ == "dead" for c in kids):
        return "KILL", verb
    return _linked_state(verb, group) or (_lost_houses(verb, objects) if group.dep_ in SUBJECT_DEPS else None)


def placed_kind(verb: Token, group: Token) -> Found | None:
    """Kinds of people a verb puts in a camp or shelter (tried after the verb's own kind)."""
    objects = [c for c in views.children(verb) if c.dep_ in ("dobj", "oprd", "attr")]
    return _placed(verb, group, objects)
