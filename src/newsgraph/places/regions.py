"""Well-known regions news names on their own ("the Sahel", "Gulf states", "the Balkans").

The gazetteer's tables know countries, US states, continents and cities, but not regions
that span several countries or have no administrative status. This table gives each a
representative point: an approximate centroid we estimated for newsgraph from the usual
extent of the region, good to a few degrees and meant for maps, not for measurement. A
region inside one country names that country (ISO 3166 alpha-2); one that spans several,
or is disputed, has none.

Columns: name | other names (";") | latitude | longitude | country.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

REGIONS = """
Sahel | Sahel region | 15.0 | 5.0 |
Middle East | Mideast | 29.0 | 43.0 |
Gulf | Persian Gulf; Arabian Gulf; Gulf region | 26.5 | 52.0 |
Gulf of Mexico | | 25.0 | -90.0 |
Gulf of Aden | | 12.0 | 48.0 |
Balkans | Balkan region | 43.0 | 21.0 |
Western Balkans | | 43.0 | 19.5 |
Caucasus | Caucasus region | 42.0 | 45.0 |
South Caucasus | | 41.0 | 45.0 |
North Caucasus | | 43.5 | 44.5 | RU
Horn of Africa | | 8.0 | 43.0 |
Maghreb | | 30.0 | 3.0 |
Levant | | 33.5 | 36.0 |
Central Asia | | 42.0 | 64.0 |
South Asia | | 24.0 | 78.0 |
Southeast Asia | South-East Asia; South East Asia | 8.0 | 110.0 |
East Asia | | 35.0 | 115.0 |
West Africa | | 11.0 | -3.0 |
East Africa | | 0.0 | 36.0 |
Central Africa | | 2.0 | 20.0 |
North Africa | | 27.0 | 13.0 |
Southern Africa | | -23.0 | 25.0 |
Sub-Saharan Africa | | 0.0 | 22.0 |
Latin America | | -8.0 | -62.0 |
Central America | | 13.0 | -86.0 |
Caribbean | | 17.0 | -72.0 |
Scandinavia | | 63.0 | 15.0 |
Baltics | Baltic states | 57.0 | 24.0 |
Mediterranean | Mediterranean Sea | 35.0 | 18.0 |
Red Sea | | 20.0 | 38.5 |
Black Sea | | 43.0 | 34.0 |
Baltic Sea | | 58.0 | 20.0 |
South China Sea | | 12.0 | 114.0 |
Kashmir | | 34.0 | 75.0 |
Golan Heights | Golan | 33.0 | 35.75 |
Kurdistan | | 36.5 | 44.0 |
Darfur | | 13.0 | 24.5 | SD
Tigray | | 14.0 | 39.0 | ET
Donbas | Donbass | 48.0 | 38.5 | UA
Crimea | | 45.0 | 34.0 | UA
Sinai | Sinai Peninsula | 29.5 | 33.8 | EG
Nagorno-Karabakh | Karabakh | 39.8 | 46.8 | AZ
"""


@dataclass(frozen=True, slots=True)
class Region:
    """One row of the table: the region's name, representative point and country (if one)."""

    name: str
    lat: float
    lon: float
    country: str | None


def _fold(name: str) -> str:
    from newsgraph.places.index import fold

    return fold(name)


@functools.cache
def regions() -> dict[str, Region]:
    """Folded name or other name -> region, built on first use."""
    table: dict[str, Region] = {}
    for line in REGIONS.strip().splitlines():
        name, others, lat, lon, country = (cell.strip() for cell in line.split("|"))
        region = Region(name, float(lat), float(lon), country or None)
        for form in [name, *(o.strip() for o in others.split(";") if o.strip())]:
            table[_fold(form)] = region
    return table


def region(name: str) -> Region | None:
    """The region ``name`` names ("the Sahel", "Gulf", "South-East Asia"), or None."""
    key = _fold(name)
    return regions().get(key) or (regions().get(key[4:]) if key.startswith("the ") else None)
