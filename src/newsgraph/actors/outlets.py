"""News outlets and pollsters named as sources: what their names say without a table of every outlet.

    >>> outlet("Des Moines Register")
    KnownOrg(name='Des Moines Register', aliases=(), sector='MED', country='USA')
    >>> outlet("Kansas City Star").sector     # "Star" is a masthead after a place's name
    'MED'
    >>> outlet("Lone Star") is None
    True

A name is an outlet's when it is in our media table (``lexicon``), or when its form says so:
it ends in a masthead word ("Times", "Post", "Tribune", "Herald", "Gazette", "Register", "News",
"Radio", "TV", ...) or, after a place's name, in "Star", "Sun", "Today" ... ("Baltimore Sun",
"USA Today"), opens with "Daily"/"Evening"/"Sunday", or is a news or press agency, service
or network ("Korean Central News Agency"). A pollster is in our pollster table or its name ends
in "Poll", "Polling" or "Research" ("Edison Research"). The country is the one the name
names: a country or demonym ("Irish Times"), else a city or US state its first words name
("Chicago Tribune", "Texas Tribune": the most populous place of that name).
"""

from __future__ import annotations

import functools

from newsgraph.actors import orgs
from newsgraph.actors.lexicon import MED, RES, KnownOrg
from newsgraph.actors.names import word_key

# The last word of an outlet's name.
MASTHEADS = frozenset(
    "times post journal tribune herald gazette register news radio tv television broadcasting press globe "
    "chronicle inquirer enquirer examiner dispatch courier sentinel bulletin telegraph observer monthly weekly "
    "magazine newswire zeitung star-tribune review-journal journal-constitution".split()
)
# The last word of an outlet's name when a place's name comes before it ("Toronto Star", "Russia Today").
_PLACE_MASTHEADS = frozenset("star sun mirror express standard record today mail independent".split())
_OPENERS = frozenset("daily evening sunday".split())
# "X News Agency", "Y Press Service", "Z Broadcasting Corporation".
_MEDIA_WORDS = frozenset("news press broadcasting broadcast radio television".split())
_MEDIA_TAILS = frozenset("agency service network corporation company channel group wire".split())
_POLL_TAILS = frozenset("poll polls polling research".split())
_SECTORS = frozenset({MED, RES})
_LAST_WORDS = MASTHEADS | _PLACE_MASTHEADS | _MEDIA_TAILS | _POLL_TAILS


def outlet(name: str, *, strict: bool = False) -> KnownOrg | None:
    """Return the outlet or pollster that ``name`` names (from our tables or its form), or None.

    Args:
        name: An organisation's name, as written.
        strict: For a name tagged as a person's: a masthead alone ("Emily Post") is not enough;
            a place's name must open it ("Denver Post"), or "Daily" ... or "News Agency".
    """
    org = orgs.known(name)
    if org is not None:
        return org if org.sector in _SECTORS else None
    words = name.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "and", "&")
                                 for w in words):
        return None
    if word_key(words[-1]) not in _LAST_WORDS and word_key(words[0]) not in _OPENERS:
        return None  # most names: no look-up of places
    bare = " ".join(words)
    country = orgs.country_in(bare) or _country_of_place(tuple(words[:-1]))
    sector = _sector(words, placed=country is not None, strict=strict)
    return KnownOrg(bare, (), sector, country) if sector is not None else None


def _sector(words: list[str], *, placed: bool, strict: bool) -> str | None:
    keys = [word_key(w) for w in words]
    last, opened = keys[-1], keys[0] in _OPENERS
    masthead = last in MASTHEADS or (placed and last in _PLACE_MASTHEADS)
    agency = last in _MEDIA_TAILS and any(k in _MEDIA_WORDS for k in keys[:-1])
    if agency or (masthead and (placed or opened)):
        return MED
    if strict:  # "Emily Post", "Sunday Oliseh": a person's name may end in a masthead or open with "Sunday"
        return None
    if masthead or opened:
        return MED
    return RES if last in _POLL_TAILS else None


@functools.lru_cache(maxsize=1024)
def _country_of_place(words: tuple[str, ...]) -> str | None:
    """The alpha-3 code of the city or state that the first words name ("Des Moines" -> USA)."""
    from newsgraph.geo import countries
    from newsgraph.places.index import gazetteer

    gaz = gazetteer()
    for size in range(min(3, len(words)), 0, -1):
        cands = [c for c in gaz.lookup(" ".join(words[:size])) if c.primary and c.kind in ("city", "state")]
        if cands:
            best = max(cands, key=lambda c: (c.kind == "state", c.population))
            country = countries.by_alpha2(best.country) if best.country else None
            return country.alpha3 if country is not None else None
    return None
