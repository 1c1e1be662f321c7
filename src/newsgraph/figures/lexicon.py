"""Cue words for figures: which verbs and nouns say that a counted group was killed, displaced, ...

Written for newsgraph from how news reports casualties and movements of people; lemmas of the
spaCy English models. Each verb says whether the counted group is its object ("40 were
arrested", "police arrested 40") or its subject ("70,000 people have died").
"""

from __future__ import annotations

from typing import Literal

from newsgraph.figures.numbers import HEDGES

Role = Literal["object", "subject"]
# Dependency labels of a verb's subject, and of the group a verb was done to.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})

# Verb lemma -> (kind, the role the counted group plays).
VERBS: dict[str, tuple[str, Role]] = {
    # KILL
    "kill": ("KILL", "object"), "murder": ("KILL", "object"), "massacre": ("KILL", "object"),
    "slaughter": ("KILL", "object"), "execute": ("KILL", "object"), "behead": ("KILL", "object"),
    "slay": ("KILL", "object"), "die": ("KILL", "subject"), "perish": ("KILL", "subject"),
    "drown": ("KILL", "subject"),
    # WOUND
    "injure": ("WOUND", "object"), "wound": ("WOUND", "object"), "hurt": ("WOUND", "object"),
    "maim": ("WOUND", "object"),
    # ARREST
    "arrest": ("ARREST", "object"), "detain": ("ARREST", "object"), "imprison": ("ARREST", "object"),
    "jail": ("ARREST", "object"), "apprehend": ("ARREST", "object"), "round": ("ARREST", "object"),
    # KIDNAP
    "kidnap": ("KIDNAP", "object"), "abduct": ("KIDNAP", "object"),
    # AFFECT
    "affect": ("AFFECT", "object"), "strand": ("AFFECT", "object"), "trap": ("AFFECT", "object"),
    # MISSING
    "disappear": ("MISSING", "subject"), "vanish": ("MISSING", "subject"),
    # PROTEST
    "protest": ("PROTEST", "subject"), "march": ("PROTEST", "subject"), "rally": ("PROTEST", "subject"),
    "demonstrate": ("PROTEST", "subject"), "strike": ("PROTEST", "subject"),
    # SEIZE
    "seize": ("SEIZE", "object"), "confiscate": ("SEIZE", "object"), "impound": ("SEIZE", "object"),
    # DISPLACED (flee/escape are decided by where people went: see ABROAD)
    "displace": ("DISPLACED", "object"), "uproot": ("DISPLACED", "object"),
    "flee": ("DISPLACED", "subject"), "escape": ("DISPLACED", "subject"),
    # EVACUATE, RELOCATE, SHELTER: the group is the object ("were evacuated"), or the subject of the
    # verb used without a people object ("30,000 people evacuated their homes"): see EITHER_ROLE
    "evacuate": ("EVACUATE", "object"), "relocate": ("RELOCATE", "object"), "resettle": ("RELOCATE", "object"),
    "rehouse": ("RELOCATE", "object"), "shelter": ("SHELTER", "object"),
    # RETURN
    "return": ("RETURN", "subject"),
    # Housing: only for counts of houses ("2,000 houses were destroyed", "the quake flattened 300 homes")
    "destroy": ("HOUSING_DESTROYED", "object"), "flatten": ("HOUSING_DESTROYED", "object"),
    "raze": ("HOUSING_DESTROYED", "object"), "demolish": ("HOUSING_DESTROYED", "object"),
    "collapse": ("HOUSING_DESTROYED", "subject"), "burn": ("HOUSING_DESTROYED", "object"),
    "wash": ("HOUSING_DESTROYED", "object"), "sweep": ("HOUSING_DESTROYED", "object"),
    "damage": ("HOUSING_DAMAGED", "object"), "flood": ("HOUSING_DAMAGED", "object"),
    "inundate": ("HOUSING_DAMAGED", "object"), "submerge": ("HOUSING_DAMAGED", "object"),
}
# Verbs whose group may also be their subject when they have no object that counts people.
EITHER_ROLE = frozenset({"evacuate", "relocate", "resettle", "shelter"})
# Subject-role verbs that count people only without an object: "returned (home)", not "returned their ballots".
INTRANSITIVE = frozenset({"return", "disappear", "vanish", "collapse", "die", "perish"})
# "round up": only with its particle.
NEEDS_PARTICLE: dict[str, str] = {"round": "up", "wash": "away", "sweep": "away"}
# Verbs that say what state the group is in: "remained displaced", "are missing", "went missing".
LINKING_VERBS = frozenset({"be", "remain", "stay", "become", "go", "live"})
# Verbs that file a group under a state: "registered as displaced", "recorded as homeless".
FILING_VERBS = frozenset({"register", "record", "count", "list", "report", "class", "classify", "identify",
                          "verify", "profile", "consider"})

# Verbs whose kind comes from their complement: "forced from their homes", "lost their lives", ...
FORCE_VERBS = frozenset({"force", "drive", "push", "chase", "make", "leave"})
HOMES = frozenset({"home", "house", "village", "town", "city", "area", "region", "land", "neighbourhood",
                   "neighborhood", "community", "province"})
LOSE_OBJECTS: dict[str, str] = {"life": "KILL", "home": "HOMELESS", "house": "HOMELESS"}
NEED_OBJECTS = frozenset({"aid", "assistance", "help", "food", "support", "shelter", "relief", "protection"})
# Where fleeing people went that makes them refugees rather than displaced.
ABROAD = frozenset({"abroad", "overseas", "country", "border", "frontier"})

# Nouns that are themselves the count's kind: "70 dead", "40 deaths", "a million refugees".
KIND_NOUNS: dict[str, str] = {
    "death": "KILL", "dead": "KILL", "fatality": "KILL",
    "injury": "WOUND", "injured": "WOUND", "wounded": "WOUND",
    "refugee": "REFUGEES", "asylum": "REFUGEES",
    "hostage": "KIDNAP", "captive": "KIDNAP", "abductee": "KIDNAP",
    "detainee": "ARREST", "arrest": "ARREST", "prisoner": "ARREST",
    "evacuee": "EVACUATE", "idp": "DISPLACED", "idps": "DISPLACED", "displacement": "DISPLACED",
    "displaced": "DISPLACED", "returnee": "RETURN", "homeless": "HOMELESS", "missing": "MISSING",
}
# Nouns that name the kind of a group only when no verb says otherwise ("thousands of protesters gathered").
WEAK_KIND_NOUNS: dict[str, str] = {
    "protester": "PROTEST", "protestor": "PROTEST", "demonstrator": "PROTEST", "marcher": "PROTEST",
    "striker": "PROTEST",
}
# Event nouns: "the deaths of 40 people", "the arrest of 20 activists".
EVENT_NOUNS: dict[str, str] = {
    "death": "KILL", "killing": "KILL", "murder": "KILL", "massacre": "KILL", "execution": "KILL",
    "injury": "WOUND", "wounding": "WOUND", "arrest": "ARREST", "detention": "ARREST",
    "imprisonment": "ARREST", "abduction": "KIDNAP", "kidnapping": "KIDNAP", "displacement": "DISPLACED",
    "evacuation": "EVACUATE", "relocation": "RELOCATE", "resettlement": "RELOCATE", "return": "RETURN",
    "disappearance": "MISSING", "exodus": "REFUGEES", "seizure": "SEIZE", "destruction": "HOUSING_DESTROYED",
    "damage": "HOUSING_DAMAGED",
}
# Nouns that hold a count of a kind given by their modifiers: "the death toll", "the number of dead".
TALLY_NOUNS = frozenset({"toll", "number", "total", "tally", "figure", "count"})
# Nouns that stand for the group in its clause when the number counts their "of" noun:
# "a community of 85 people fled", "a total of 300 families were displaced".
COLLECTIVE_NOUNS = frozenset({"community", "group", "population", "total", "influx", "wave", "caseload",
                              "number", "contingent", "convoy", "batch"})
# People who are in a camp or shelter for their work, not because they were displaced there.
AGENT_NOUNS = frozenset({
    "soldier", "troop", "officer", "policeman", "policewoman", "guard", "militant", "fighter", "rebel",
    "insurgent", "gunman", "jihadist", "combatant", "peacekeeper", "journalist", "reporter", "doctor", "nurse",
    "official", "politician", "lawmaker", "diplomat", "worker", "staff", "personnel", "employee", "volunteer",
    "aid", "teacher", "member", "suspect", "rescuer", "firefighter",
})
# Adjectival modifiers of the counted noun: "displaced people", "injured soldiers".
STATE_ADJECTIVES: dict[str, str] = {
    "dead": "KILL", "injured": "WOUND", "wounded": "WOUND", "displaced": "DISPLACED", "homeless": "HOMELESS",
    "missing": "MISSING", "detained": "ARREST", "kidnapped": "KIDNAP", "abducted": "KIDNAP", "affected": "AFFECT",
    "evacuated": "EVACUATE", "relocated": "RELOCATE", "resettled": "RELOCATE", "stranded": "AFFECT",
    "trapped": "AFFECT", "destroyed": "HOUSING_DESTROYED", "collapsed": "HOUSING_DESTROYED",
    "damaged": "HOUSING_DAMAGED", "flooded": "HOUSING_DAMAGED", "uninhabitable": "HOUSING_DAMAGED",
    "unsafe": "HOUSING_DAMAGED",
}

# Nouns that name people: a count of anything else is not a casualty, arrest, protest, ... figure.
# National groups ("Syrians") are recognised from the parse (NORP), not listed here.
PEOPLE = frozenset({
    "people", "person", "individual", "civilian", "resident", "inhabitant", "citizen", "national", "local",
    "villager", "man", "woman", "child", "kid", "baby", "infant", "girl", "boy", "teenager", "youth", "adult",
    "family", "household", "soldier", "troop", "serviceman", "officer", "policeman", "policewoman", "guard",
    "militant", "fighter", "rebel", "insurgent", "gunman", "jihadist", "combatant", "peacekeeper",
    "protester", "protestor", "demonstrator", "marcher", "striker", "activist", "supporter", "opponent",
    "student", "pupil", "teacher", "worker", "employee", "staff", "personnel", "miner", "farmer",
    "fisherman", "journalist", "reporter", "doctor", "nurse", "patient", "passenger", "pilgrim", "tourist",
    "visitor", "migrant", "immigrant", "refugee", "asylum", "evacuee", "survivor", "victim", "casualty",
    "hostage", "captive", "prisoner", "detainee", "inmate", "suspect", "crew", "sailor", "member", "voter",
    "worshipper", "fan", "spectator", "player", "athlete", "official", "politician", "lawmaker", "monk",
    "priest", "nun", "settler", "colonist", "dissident", "defendant", "convict", "smuggler", "trafficker",
    "dealer", "pirate", "diplomat", "aid", "volunteer", "relative", "community", "tribesman", "herder",
    "idp", "returnee", "occupant", "dweller", "squatter", "nomad", "pastoralist", "islander", "other",
})
# Modal verbs that make a count a prediction or a possibility, not a report ("will die", "could be").
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall"})

# Nouns that a count of people is not: units of time, measure, money, things.
NOT_PEOPLE = frozenset({
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "time", "percent",
    "per", "cent", "%", "dollar", "pound", "euro", "yen", "rouble", "mile", "kilometre", "kilometer", "km",
    "metre", "meter", "foot", "inch", "tonne", "ton", "kilogram", "kg", "litre", "liter", "barrel", "acre",
    "hectare", "point", "goal", "run", "seat", "vote", "home", "house", "building", "vehicle", "car",
    "page", "word", "round", "match", "game", "episode", "issue", "item", "case", "way", "thing", "part",
    "side", "stage", "step", "term", "quarter", "half", "billion", "million", "thousand", "hundred",
})

# Reporting lemmas whose subject a figure is attributed to ("The UN estimates that ...").
REPORTING = frozenset({
    "say", "estimate", "report", "tell", "announce", "claim", "state", "confirm", "add", "believe",
    "put", "suggest", "show", "indicate", "record", "count", "warn", "note", "calculate", "reckon",
})
ESTIMATING = frozenset({"estimate", "believe", "reckon", "calculate", "suggest", "put"})


# Words that can begin a hedge before a number ("at least", "more than", "an estimated").
HEDGE_WORDS = frozenset(word for hedge in HEDGES for word in hedge.split())
