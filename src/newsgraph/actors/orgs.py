"""What an organisation's name says about it: a known organisation, its sector and country.

    >>> profile("the United Nations")
    OrgProfile(name='UN', sector='IGO', country=None, aliases=('United Nations', 'U.N.'))
    >>> profile("Syrian National Coalition").country
    'SYR'
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from newsgraph.actors.lexicon import ORG_NAME_WORDS, KnownOrg, known_orgs

__all__ = ["KnownOrg", "OrgProfile", "country_in", "known", "needs_the", "profile", "sector_of_name"]
from newsgraph.actors.names import fold, org_key
from newsgraph.geo import countries


class OrgProfile(NamedTuple):
    """An organisation's canonical name (for known ones), sector, country and other names."""

    name: str | None
    sector: str | None
    country: str | None
    aliases: tuple[str, ...] = ()


@functools.cache
def _index() -> dict[str, KnownOrg]:
    index: dict[str, KnownOrg] = {}
    for org in known_orgs():
        for name in (org.name, *org.aliases):
            index.setdefault(org_key(name), org)
    return index


def known(text: str, *, the: bool = False) -> KnownOrg | None:
    """Return the organisation of our tables that ``text`` names, or None.

    All-capital aliases ("WHO", "AP", "IS") only match when written in capitals, and a name our
    tables only write with "The" ("The Hill", "The Intercept") only when "the" comes with it
    (in ``text``, or before it in the article: ``the=True``), so that "Hill" stays a surname.
    """
    org = _index().get(org_key(text))
    if org is None:
        return None
    stripped = re.sub(r"^(the|The)\s+", "", text.strip())
    the = the or stripped != text.strip()
    bare = stripped.replace(".", "")
    for name in (org.name, *org.aliases):
        if org_key(name) != org_key(text) or (name.startswith("The ") and not the):
            continue
        if bare.isupper() or not name.replace(".", "").isupper():
            return org
    return None


def needs_the(org: KnownOrg) -> bool:
    """Whether our tables write the organisation's name only with "The" ("The Hill")."""
    return all(name.startswith("The ") for name in (org.name, *org.aliases))


def country_in(name: str) -> str | None:
    """Return the alpha-3 code of a country named inside an organisation's name, or None.

    "Syrian National Coalition" -> "SYR"; "Bank of America" -> "USA"; "Free Syrian Army" -> "SYR".
    """
    words = name.replace("-", " ").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            found = countries.match(" ".join(words[i : i + size]))
            if found is not None and found.kind in ("name", "demonym", "part"):
                return found.country.alpha3
    return None


def sector_of_name(name: str) -> str | None:
    """Return the sector that a word of an organisation's name says ("Foreign Ministry" -> GOV)."""
    for word in reversed(fold(name).replace("-", " ").split()):
        if word in ORG_NAME_WORDS:
            return ORG_NAME_WORDS[word]
    return None


def profile(text: str) -> OrgProfile:
    """Return what the name ``text`` says about an organisation."""
    org = known(text)
    if org is not None:
        return OrgProfile(org.name, org.sector, org.country, org.aliases)
    return OrgProfile(None, sector_of_name(text), country_in(text))
