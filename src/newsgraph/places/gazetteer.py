"""Places: GPE, LOC and FAC mentions geocoded offline, with ambiguity resolved by context.

A mention such as "Paris", "Birmingham" or "Georgia" can name several places. The article's
country context decides: every unambiguous place mention (a country, or a city or state found
in one country only) and every actor's country votes for its country, and an ambiguous name
takes the candidate whose country has the most votes; ties go to a country over a state over
a city, then to the larger population. A match on a place's own name always beats a match on
one of its alternate names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from newsgraph.actors.embedded import longer_name
from newsgraph.nlp import views
from newsgraph.nlp.doc import zone_of
from newsgraph.places.index import Candidate, gazetteer
from newsgraph.records import Place, Reading, Skip, TextSpan
from newsgraph.registry import stage

METHOD = "newsgraph.places.gazetteer.v1"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A proper noun the model left untagged counts as a place after one of these ("like here in Homs").
LOCATIVE = frozenset({"in", "at", "from", "near", "outside", "to", "into", "across", "around", "towards"})
# ... and when it names a city at least this big (or a country); smaller towns need the model's tag.
MIN_UNTAGGED_POPULATION = 100_000
# Words that may stand between the locative and the place: "in central Mali", "in the north-eastern".
QUALIFIERS = frozenset({
    "the", "-", "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
    "southwest", "north-eastern", "north-western", "south-eastern", "south-western", "rural", "remote",
    "coastal", "neighbouring", "neighboring", "war-torn",
})
# Nouns of "the village of X": X stands where a place does.
SETTLEMENTS = frozenset({"village", "town", "city", "region", "province", "district", "state", "area", "county",
                         "capital", "port", "island", "suburb", "neighbourhood", "neighborhood", "municipality"})
_KIND_RANK = {"country": 3, "state": 2, "region": 2, "continent": 2, "city": 1}


@dataclass(frozen=True, slots=True)
class Mention:
    """One place mention: its span and the name looked up."""

    span: TextSpan
    name: str


def _clean(ent: Span) -> tuple[int, int] | None:
    """Token bounds of ``ent`` without a leading "the" or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "'s", "\u2019s")
                           or doc[start].is_lower and doc[start].lower_ in QUALIFIERS):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019", ".", ","):
        end -= 1
    return (start, end) if end > start else None


def _untagged_propn(doc: Doc, i: int) -> bool:
    # The small model tags some places as PERSON or ORG ("to Kiev"), even as an adjective in a
    # headline ("Mali attack"); placement and size decide then.
    token = views.tokens(doc)[i]
    named = token.pos_ == "PROPN" or (token.is_title and token.ent_type_ in ("PERSON", "ORG"))
    return named and token.ent_type_ not in PLACE_LABELS


def _after_locative(doc: Doc, k: int) -> bool:
    """Whether ``doc[k]`` follows "in", "near"... or "the village of", past "the" and "central" or "north-eastern"."""
    m = k - 1
    while m >= 0 and doc[m].lower_ in QUALIFIERS:
        m -= 1
    if m < 0:
        return False
    if doc[m].lower_ in LOCATIVE:
        return True
    return doc[m].lower_ == "of" and m > 0 and doc[m - 1].lemma_.lower() in SETTLEMENTS


def _placed(doc: Doc, i: int, j: int) -> bool:
    """Whether the run ``doc[i:j]`` stands where a place does: after "in", "near"..., or joined to a place.

    A conjunct is placed when an earlier conjunct is a tagged place or is placed itself
    ("across Mali, Burkina Faso and Niger").
    """
    if _after_locative(doc, i):
        return True
    token = doc[j - 1]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.ent_type_ in PLACE_LABELS or _after_locative(doc, token.left_edge.i):
            return True
    return False


def _modifies_noun(doc: Doc, j: int) -> bool:
    """Whether the run ending before ``j`` modifies a common noun: "Mali attack", "Syria talks"."""
    last = doc[j - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ == "NOUN" and last.head.i == j


def _untagged(doc: Doc, reading: Reading) -> list[Mention]:
    """Runs of proper nouns outside any place entity that name a place where they stand.

    A run is a place when it names a region of our table ("the Sahel"), when it is placed
    (see ``_placed``) and names a country or a city of ``MIN_UNTAGGED_POPULATION``, or when it
    modifies a noun and names a country ("Mali attack").
    """
    from newsgraph.places.regions import region

    gaz = gazetteer()
    found: list[Mention] = []
    toks = views.tokens(doc)
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and _untagged_propn(doc, j) and (j == i or not toks[j].is_sent_start):
            j += 1
        if j == i or zone_of(reading.article, toks[i].idx) is None:
            i = max(j, i + 1)
            continue
        span = TextSpan.of(reading.article.text, toks[i].idx, toks[j - 1].idx + len(toks[j - 1].text))
        if longer_name(doc, i, j) is not None:
            pass
        elif region(span.text) is not None:
            found.append(Mention(span, span.text))
        elif _placed(doc, i, j) or _modifies_noun(doc, j):
            cands = gaz.lookup(span.text)
            big = _placed(doc, i, j) and any(c.population >= MIN_UNTAGGED_POPULATION for c in cands)
            if big or any(c.kind == "country" for c in cands):
                found.append(Mention(span, span.text))
        i = j
    return found


def mentions(doc: Doc, reading: Reading) -> list[Mention]:
    """Place mentions outside boilerplate, in text order: tagged entities, then untagged place names."""
    found: list[Mention] = []
    text = reading.article.text
    for ent in views.ents(doc):
        if ent.label_ not in PLACE_LABELS or zone_of(reading.article, ent.start_char) is None:
            continue
        bounds = _clean(ent)
        if bounds is None or longer_name(doc, *bounds) is not None:  # "Washington" in "Washington Post"
            continue
        first, last = doc[bounds[0]], doc[bounds[1] - 1]
        span = TextSpan.of(text, first.idx, last.idx + len(last.text))
        found.append(Mention(span, span.text))
    found.extend(_untagged(doc, reading))
    return sorted(found, key=lambda m: m.span.start)


def _single_country(cands: tuple[Candidate, ...]) -> str | None:
    """The one country every primary candidate lies in, if there is just one."""
    primary = [c for c in cands if c.primary] or list(cands)
    countries = {c.country for c in primary}
    return countries.pop() if len(countries) == 1 else None


def _other_votes(doc: Doc, reading: Reading) -> Counter[str]:
    """Votes from actors' countries and from demonyms ("Syrian", "Texans")."""
    from newsgraph.geo import countries

    votes: Counter[str] = Counter()
    for actor in reading.actors:
        country = countries.by_alpha3(actor.country) if actor.country else None
        if country is not None:
            votes[country.alpha2] += 1
    for ent in views.ents(doc):
        if ent.label_ == "NORP" and zone_of(reading.article, ent.start_char) is not None:
            country = countries.lookup(ent.text)
            if country is not None:
                votes[country.alpha2] += 1
    return votes


def context(found: list[tuple[Mention, tuple[Candidate, ...]]], votes: Counter[str]) -> Counter[str]:
    """Add to ``votes`` one vote per unambiguous mention for its country (alpha-2)."""
    votes = Counter(votes)
    for _mention, cands in found:
        country = _single_country(cands)
        if country is not None:
            votes[country] += 1
    return votes


def choose(cands: tuple[Candidate, ...], votes: Counter[str]) -> Candidate:
    """The candidate the article most likely means (see the module docstring)."""
    return max(cands, key=lambda c: (c.primary, votes[c.country or ""], _KIND_RANK[c.kind], c.population))


def resolve(found: list[Mention], votes: Counter[str]) -> tuple[tuple[Place, ...], tuple[Skip, ...]]:
    """Geocode mentions into one Place per distinct place, ids p1, p2, ... in order of first mention.

    Args:
        found: The place mentions, in text order.
        votes: Country votes from outside the mentions (actors, demonyms).
    """
    gaz = gazetteer()
    looked = [(m, gaz.lookup(m.name)) for m in found]
    votes = context(looked, votes)
    chosen: dict[str, tuple[Candidate, list[TextSpan]]] = {}
    missing: dict[str, None] = {}
    for mention, cands in looked:
        if not cands:
            missing.setdefault(mention.name, None)
            continue
        best = choose(cands, votes)
        chosen.setdefault(best.key, (best, []))[1].append(mention.span)
    places = tuple(
        Place(id=f"p{i}", name=c.name, mentions=tuple(spans), country=c.country, lat=c.lat, lon=c.lon, method=METHOD)
        for i, (c, spans) in enumerate(chosen.values(), start=1)
    )
    skips = tuple(Skip(METHOD, f"no gazetteer entry for {name!r}") for name in missing)
    return places, skips


def main_country(reading: Reading) -> Place | None:
    """The country place the reading mentions most, counting mentions of the places in it.

    Mentions of a city or region count for its country ("Mali" once and "Mopti" twice is
    three for Mali); only a country the reading names itself can be chosen, and a tie goes to
    the one named first. None when the reading names no country.
    """
    gaz = gazetteer()
    countries = [p for p in reading.places if p.country and gaz.countries.get(p.country, None) is not None
                 and gaz.countries[p.country].name == p.name]
    weight: Counter[str] = Counter()
    for place in reading.places:
        if place.country:
            weight[place.country] += len(place.mentions)
    return max(countries, key=lambda p: weight[p.country or ""], default=None)


@stage(METHOD, requires=("doc",), produces=("places",))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Return the reading with its geocoded places (and a Skip for each name not found)."""
    places, skips = resolve(mentions(doc, reading), _other_votes(doc, reading))
    return replace(reading, places=places, skipped=reading.skipped + skips)
