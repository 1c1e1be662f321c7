"""A reading of displacement and housing counts from the words next to a number, for when the parse fails.

The parse-based rules (``kinds``) need a sound parse; text extracted from PDF reports often has words
run together ("668,000 peoplewere evacuated"), double spaces and broken words that derail it, and
tables write counts as labels ("Number of displaced: 452"). For a number phrase the rules could not
read, this module looks at the words right after it, with run-together words split (``glue``):

- ``N [modifiers] NOUN [auxiliaries, adverbs] CUE``: "668,000 peoplewere evacuated", "192,000 people
  weredisplaced", "150,000 more people have already fledShirqat", "55,107 people stillliving inIDPcamps";
- ``N [modifiers] CUE NOUN``: "230,000 displacedpeople", "14,593 internally displaced households";
- ``N [modifiers] CUE-NOUN``: "500,000 newdisplacements";
- ``CUE [hedge] N NOUN`` and ``EVENT to/of N NOUN``: "displacedabout 4,400 people", "damageto 61,000 homes";
- ``LABEL: N``: "Number of displaced: 452", "Evacuated people: 144,044".

Only displacement and housing kinds are read this way (casualty counts are left to the parse), and only
within the number's clause: the words stop at the next number or at ; : ( ) and the sentence end.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.figures.glue import Piece, pieces
from newsgraph.figures.terms import term_for
from newsgraph.nlp import views

# Counted nouns as written -> unit.
NOUNS: dict[str, str] = {
    **dict.fromkeys(("people", "persons", "person", "individuals", "residents", "inhabitants", "civilians",
                     "villagers", "children", "women", "men", "idps", "refugees", "migrants", "returnees",
                     "evacuees", "survivors", "victims"), "people"),
    **dict.fromkeys(("families", "family", "households", "household"), "households"),
    **dict.fromkeys(("homes", "houses", "dwellings", "huts", "shelters", "housing", "apartments"), "houses"),
    **dict.fromkeys(("buildings", "structures"), "buildings"),
}
# Cue words as written -> (kind, the lemma IDMC's term is chosen by).
CUES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("displaced", "displace", "displacing"), ("DISPLACED", "displace")),
    **dict.fromkeys(("fled", "flee", "fleeing"), ("DISPLACED", "flee")),
    **dict.fromkeys(("evacuated", "evacuate", "evacuating"), ("EVACUATE", "evacuate")),
    **dict.fromkeys(("relocated", "relocate", "resettled"), ("RELOCATE", "relocate")),
    **dict.fromkeys(("homeless",), ("HOMELESS", "homeless")),
    **dict.fromkeys(("sheltered", "sheltering"), ("SHELTER", "shelter")),
    **dict.fromkeys(("destroyed", "collapsed", "razed", "flattened", "demolished"), ("HOUSING_DESTROYED", "destroy")),
    **dict.fromkeys(("damaged", "flooded"), ("HOUSING_DAMAGED", "damage")),
    **dict.fromkeys(("uninhabitable",), ("HOUSING_DAMAGED", "uninhabitable")),
    **dict.fromkeys(("camps", "camp"), ("SHELTER", "camp")),
    **dict.fromkeys(("shelters", "shelter", "refuge", "centres", "centers"), ("SHELTER", "shelter")),
}
# Nouns that are their own cue: "500,000 newdisplacements", "300 evacuees".
CUE_NOUNS: dict[str, tuple[str, str]] = {
    "displacements": ("DISPLACED", "displace"), "displacement": ("DISPLACED", "displace"),
    "idps": ("DISPLACED", "displace"), "evacuees": ("EVACUATE", "evacuate"),
}
# Event nouns that take the count after "to"/"of": "damage to 61,000 homes", "the displacement of 300 people".
EVENTS: dict[str, tuple[str, str]] = {
    "damage": ("HOUSING_DAMAGED", "damage"), "destruction": ("HOUSING_DESTROYED", "destroy"),
    "displacement": ("DISPLACED", "displace"), "evacuation": ("EVACUATE", "evacuate"),
}
MODIFIERS = frozenset({"newly", "internally", "more", "new", "additional", "further", "other", "undocumented",
                       "mostly", "also", "some", "recently", "temporarily", "forcibly"})
FILLERS = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "also", "already",
                     "reportedly", "newly", "internally", "forcibly", "pre", "emptively", "preemptively",
                     "temporarily", "still", "all", "now", "recently", "reported", "subsequently", "later", "then",
                     "currently", "forced", "to"})
# Words between a group and a camp or shelter: "55,107 people still living in IDP camps".
PLACING = frozenset({"living", "staying", "live", "stay", "remain", "remained", "remaining", "sheltering", "in",
                     "at", "into", "taken", "took", "sought", "seek", "seeking", "find", "found", "the", "a", "an",
                     "temporary", "emergency", "evacuation", "relief", "idp", "government", "makeshift",
                     "collective", "displacement", "transit"})
# Cues that need a placing word before them: "people in camps", not "300 camps".
PLACES = frozenset({"camps", "camp", "shelters", "shelter", "refuge", "centres", "centers"})
HEDGES = frozenset({"about", "some", "nearly", "almost", "around", "roughly", "approximately", "over", "more",
                    "than", "at", "least", "up", "to", "estimated", "an"})
# Function words a run-together word may end or begin with: "peoplebetween", "ordestroyed".
GLUE_WORDS = frozenset({"between", "in", "on", "from", "of", "to", "by", "at", "as", "and", "or", "the", "since",
                        "during", "after", "before", "with", "who", "which", "that", "across", "into", "following"})
KNOWN = (frozenset(NOUNS) | frozenset(CUES) | frozenset(CUE_NOUNS) | frozenset(EVENTS) | MODIFIERS | FILLERS | HEDGES
         | PLACING | GLUE_WORDS)
_STOP = frozenset(";:()[]") | frozenset("0123456789")
_HOUSING = frozenset({"houses", "buildings"})
# Any cue or label word, to skip the reading quickly where there is none.
_ANY_CUE = re.compile(r"displac|evacu|fled|flee|reloc|resettl|homeless|shelter|refuge|camp|centre|center|destr|"
                      r"collaps|razed|flatten|demolish|damag|flood|uninhabit|idp", re.I)
_CAMP_AFTER = re.compile(r"[^.;:()]{0,60}?\b(?:camps?|sites?)\b", re.I)
_LABEL = re.compile(r"(?:number|total)?\s*(?:of\s+)?(?P<cue>[a-z]+)(?:\s+(?P<noun>[a-z]+))?\s*:\s*$", re.I)

Found = tuple[str, str, str, Piece, Piece | None]  # (kind, term lemma, unit, cue piece, noun piece)


def _unit(word: str) -> str | None:
    """The unit a counted noun counts, or None when ``word`` is not one ("Syrians" count people)."""
    if word in NOUNS:
        return NOUNS[word]
    if not word.endswith("s"):
        return None
    from newsgraph.geo import countries

    found = countries.match(word)
    return "people" if found is not None and found.kind == "demonym" else None


def _fits(kind: str, unit: str) -> bool:
    """Housing kinds count houses; the others count people or households (evacuations also houses)."""
    housing = unit in _HOUSING
    return housing if kind.startswith("HOUSING") else (not housing or kind == "EVACUATE")


def _after(words: list[Piece]) -> Found | None:
    """Read ``N [modifiers] NOUN [fillers] CUE``, ``N [modifiers] CUE NOUN`` or ``N [modifiers] CUE-NOUN``."""
    i = 0
    while i < len(words) and i < 2 and words[i].word in MODIFIERS and words[i].word not in CUES:
        i += 1
    if i >= len(words):
        return None
    first = words[i]
    if first.word in CUE_NOUNS:
        kind, lemma = CUE_NOUNS[first.word]
        return kind, lemma, "people", first, first
    if first.word in CUES and i + 1 < len(words) and _unit(words[i + 1].word):
        kind, lemma = CUES[first.word]
        unit = _unit(words[i + 1].word) or "people"
        return (kind, lemma, unit, first, words[i + 1]) if _fits(kind, unit) else None
    if first.word not in NOUNS:
        return None
    j = i + 1
    while j < len(words) and j - i <= 7 and (words[j].word in FILLERS or words[j].word in PLACING):
        j += 1
    placed = any(w.word in PLACING for w in words[i + 1:j])
    if j < len(words) and words[j].word in CUES and (placed or words[j].word not in PLACES):
        kind, lemma = CUES[words[j].word]
        unit = NOUNS[first.word]
        return (kind, lemma, unit, words[j], first) if _fits(kind, unit) else None
    return None


def _before(words: list[Piece], after: list[Piece]) -> Found | None:
    """Read ``CUE [hedge] N NOUN`` and ``EVENT to/of N NOUN`` (``words`` are those before the number)."""
    rest = list(words)
    while rest and rest[-1].word in HEDGES and rest[-1].word not in ("to", "of"):
        rest.pop()
    noun = next((w for w in after[:3] if w.word in NOUNS), None)
    if noun is None or not rest:
        return None
    unit = NOUNS[noun.word]
    if rest[-1].word in ("to", "of") and len(rest) > 1 and rest[-2].word in EVENTS:
        kind, lemma = EVENTS[rest[-2].word]
        return (kind, lemma, unit, rest[-2], noun) if _fits(kind, unit) else None
    if rest[-1].word in CUES and rest[-1].word.endswith("ed"):
        kind, lemma = CUES[rest[-1].word]
        return (kind, lemma, unit, rest[-1], noun) if _fits(kind, unit) else None
    return None


def _label(before: str, offset: int) -> Found | None:
    """Read ``LABEL: N``: "Number of displaced:", "Evacuated people:", "IDPs:"."""
    m = _LABEL.search(before[-40:])
    if m is None:
        return None
    base = offset + len(before) - len(before[-40:])
    cue = m.group("cue").lower()
    found = CUES.get(cue) or CUE_NOUNS.get(cue)
    if found is None:
        return None
    noun = (m.group("noun") or "").lower()
    unit = NOUNS.get(noun, "people")
    piece = Piece(cue, base + m.start("cue"), base + m.end("cue"))
    return (found[0], found[1], unit, piece, None) if _fits(found[0], unit) else None


def _window(words: list[Piece], *, asides: bool = False) -> list[Piece]:
    """The words up to the first stop (a digit or ; : ( ) [ ]); with ``asides``, an aside in brackets
    ("7,000 families (about 42,000 people) were displaced") is passed over, not a stop."""
    out: list[Piece] = []
    depth = 0
    for piece in words:
        if asides and piece.word in "()":
            depth = max(0, depth + (1 if piece.word == "(" else -1))
            continue
        if depth:
            continue
        if piece.word in _STOP:
            break
        if piece.word[0].isalpha():
            out.append(piece)
    return out


Reading = tuple[str, str | None, str, Token, Token, str]  # kind, term, unit, cue, group, object


def read(sent: Span, start: int, end: int) -> Reading | None:
    """The kind, IDMC term, unit, cue token, group token and object of the number phrase at characters
    ``[start, end)`` of the article, read from the words around it; None when they say nothing."""
    text = views.text(sent.doc)
    if _ANY_CUE.search(text, max(sent.start_char, start - 60), min(sent.end_char, end + 100)) is None:
        return None  # no cue word near: most numbers of most news
    after = _window(pieces(text[end:min(sent.end_char, end + 100)], KNOWN, offset=end), asides=True)[:10]
    before_text = text[max(sent.start_char, start - 60):start]
    before_pieces = pieces(before_text, KNOWN, offset=start - len(before_text))
    before = list(reversed(_window(list(reversed(before_pieces)))))
    found = _after(after) or _before(before, after) or _label(before_text, start - len(before_text))
    if found is None:
        return None
    kind, lemma, unit, cue, noun = found
    if kind == "SHELTER" and _CAMP_AFTER.match(text, cue.end, min(sent.end_char, cue.end + 80)):
        lemma = "camp"  # "sought refuge in around 300 government relief camps"
    cue_token = _token(sent, cue.start)
    group_token = _token(sent, noun.start) if noun is not None else _token(sent, start)
    obj = text[noun.start:noun.end] if noun is not None and _unit(noun.word) else unit
    return kind, term_for(kind, lemma), unit, cue_token, group_token, obj


def _token(sent: Span, char: int) -> Token:
    """The token of ``sent`` at character ``char``."""
    doc = sent.doc
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[sent.start]
