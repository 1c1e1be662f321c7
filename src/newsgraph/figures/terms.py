"""IDMC reporting terms and units: what crisis databases call a count, and what it counts.

A figure's ``kind`` says what happened (GDELT GKG's count types, grown with the displacement ones);
its ``term`` is the reporting term of IDMC's displacement monitoring (IDETECT) when one applies, chosen
by the words the text uses: "fled" is *Forced to Flee* where "were displaced" is *Displaced*; people
"in camps" are *In Relief Camp* where people "in evacuation centres" are *Sheltered*. Its ``unit``
says what was counted: ``people``, ``households`` (families and households), ``houses`` (homes,
dwellings) or ``buildings``. The lists of kinds, terms and units are in :mod:`newsgraph.records`.

Written for newsgraph from IDMC's published list of reporting terms and from how crisis reports word
these counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import views

HOUSING_KINDS = frozenset({"HOUSING_DESTROYED", "HOUSING_DAMAGED"})

# Kinds whose term does not depend on the words used.
_FIXED_TERMS: dict[str, str] = {
    "EVACUATE": "Evacuated", "HOMELESS": "Homeless", "RELOCATE": "Relocated",
    "HOUSING_DESTROYED": "Destroyed Housing", "HOUSING_DAMAGED": "Partially Destroyed Housing",
}
# Cues that make a displacement "Forced to Flee": fleeing, or being forced, driven or chased out.
FLEE_CUES = frozenset({"flee", "escape", "force", "drive", "chase", "push", "run"})
UNINHABITABLE_CUES = frozenset({"uninhabitable", "unsafe", "unlivable", "unliveable", "inhabitable"})

# Where displaced people stay: camps and sites (IDMC "In Relief Camp") or shelters (IDMC "Sheltered").
CAMP_NOUNS = frozenset({"camp", "site", "campsite", "encampment"})
SHELTER_NOUNS = frozenset({"shelter", "centre", "center", "building", "facility", "hall", "accommodation"})
# Shelter nouns that say so only with a modifier: "evacuation centres", "collective centres".
NEED_MODIFIER = frozenset({"centre", "center", "building", "facility", "hall", "accommodation"})
# Buildings people shelter in only when a verb says so ("took shelter in schools", "moved to hotels"):
# 2,000 people at a temple are not sheltered there.
REFUGE_PLACES = frozenset({"school", "church", "mosque", "temple", "hotel", "gym", "gymnasium", "stadium",
                           "hall", "tent", "classroom"})
SHELTER_MODIFIERS = frozenset({"evacuation", "relief", "emergency", "temporary", "collective", "transit",
                               "reception", "displacement", "idp", "public", "community", "evacuee"})
REFUGE_NOUNS = frozenset({"refuge", "shelter", "sanctuary"})

HOUSEHOLD_NOUNS = frozenset({"family", "household"})
HOUSE_NOUNS = frozenset({"house", "home", "dwelling", "hut", "shelter", "apartment", "flat", "homestead",
                         "residence", "shack", "housing", "dwelling unit"})
BUILDING_NOUNS = frozenset({"building", "structure"})


def term_of(kind: str, cue: Token) -> str | None:
    """IDMC's reporting term for a count of ``kind`` told by ``cue`` (the verb, noun or place), or None."""
    lower = cue.lower_
    return term_for(kind, lower if lower in UNINHABITABLE_CUES else cue.lemma_.lower())


def term_for(kind: str, lemma: str) -> str | None:
    """IDMC's reporting term for a count of ``kind`` told by a cue of lemma ``lemma``, or None."""
    if kind == "HOUSING_DAMAGED" and lemma in UNINHABITABLE_CUES:
        return "Uninhabitable Housing"
    if kind in _FIXED_TERMS:
        return _FIXED_TERMS[kind]
    if kind == "SHELTER":
        return "In Relief Camp" if lemma in CAMP_NOUNS else "Sheltered"
    if kind in ("DISPLACED", "REFUGEES"):
        if lemma in FLEE_CUES:
            return "Forced to Flee"
        return "Displaced" if kind == "DISPLACED" else None
    return None


def is_host_family(noun: Token) -> bool:
    """Whether ``noun`` is "host families", with whom displaced people stay."""
    return noun.lemma_.lower() in ("family", "community") and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "host" for c in views.children(noun))


def is_shelter_place(noun: Token) -> bool:
    """Whether ``noun`` names a camp or shelter: "camps", "evacuation centres", "emergency shelters"."""
    lemma = noun.lemma_.lower()
    if lemma in CAMP_NOUNS or is_host_family(noun):
        return True
    if lemma not in SHELTER_NOUNS:
        return False
    if lemma not in NEED_MODIFIER:
        return True
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in SHELTER_MODIFIERS
               for c in views.children(noun))


def is_housing(noun: Token) -> bool:
    """Whether ``noun`` counts houses or buildings ("homes", "housing units", "buildings")."""
    lemma = noun.lemma_.lower()
    if lemma in HOUSE_NOUNS or lemma in BUILDING_NOUNS:
        return True
    return lemma == "unit" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("housing", "residential")
                                   for c in views.children(noun))


def unit_of(noun: Token) -> str:
    """What a counted noun counts: people, households, houses or buildings."""
    lemma = noun.lemma_.lower()
    if lemma in HOUSEHOLD_NOUNS:
        return "households"
    if is_housing(noun):
        owners = [c for c in views.children(noun) if c.dep_ in ("poss", "compound")]
        if any(c.lemma_.lower() in HOUSEHOLD_NOUNS for c in owners):
            return "households"  # "120,000 families' homes"
        return "buildings" if lemma in BUILDING_NOUNS else "houses"
    return "people"


def shelter_place(token: Token, *, refuge: bool = False) -> Token | None:
    """The camp or shelter a verb or noun puts people in: "in nine evacuation centres", "to hotels and shelters".

    With ``refuge`` (the verb says people sought shelter), schools, churches, hotels ... count too.
    """
    for prep in views.children(token):
        if prep.dep_ not in ("prep", "advmod") or prep.lower_ not in ("in", "at", "into", "to", "inside", "within",
                                                                      "with"):
            continue
        # "in or near the camp": the camp may hang from the second preposition
        pobjs = [g for p in (prep, *(c for c in views.children(prep) if c.dep_ == "conj"))
                 for g in views.children(p) if g.dep_ == "pobj"]
        for pobj in pobjs:
            for noun in (pobj, *(c for c in views.children(pobj) if c.dep_ == "conj")):
                if prep.lower_ == "with" and not is_host_family(noun):
                    continue  # "with" only for "staying with host families"
                if is_shelter_place(noun) or (refuge and noun.lemma_.lower() in REFUGE_PLACES):
                    return noun
    return None
