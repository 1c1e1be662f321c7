"""Offline country tables: names, aliases, demonyms and capitals to ISO 3166 codes.

    >>> lookup("the Syrians").alpha3
    'SYR'
    >>> lookup("Downing Street").name
    'United Kingdom'
    >>> is_capital("Moscow"), is_capital("Russia")
    (True, False)

Names, demonyms, capitals and seats of power come from our own table (``_table.py``);
pycountry supplies the alpha-2 codes and the names of territories outside that table.
Nothing is built at import time: the dictionaries are built on first use and cached.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from newsgraph.geo import _table

Kind = Literal["name", "demonym", "capital", "seat", "part"]


@dataclass(frozen=True, slots=True)
class Country:
    """A country (or territory) with its ISO 3166 codes and common English name."""

    alpha3: str
    alpha2: str
    name: str


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """What a piece of text names: a country, and how (its name, a demonym, its capital, ...).

    ``kind`` is "part" for a constituent part or territory (Scotland, Gaza) that belongs to
    ``country`` without being it; ``place`` is then the part's own name.
    """

    country: Country
    kind: Kind
    place: str | None = None


_EXTRA_ALPHA2 = {"XKX": "XK"}  # Kosovo: a user-assigned code, absent from ISO 3166 and pycountry


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Return the lookup key of ``text``: folded case and accents, no dots, "the" or "'s".

    "the U.S." -> "us"; "Côte d’Ivoire" -> "cote d'ivoire"; "Guinea-Bissau" -> "guinea bissau".
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    text = re.sub(r"[-\u2010-\u2014\s]+", " ", text).strip().lower()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"\s*'s$", "", text)


def plurals(demonym: str) -> tuple[str, ...]:
    """Return the plural forms of a singular demonym ("Syrian" -> ("Syrians",))."""
    low = demonym.lower()
    if low.endswith("man") or low.endswith("woman"):
        return (demonym[:-3] + "men",)
    if low.endswith(_table.NO_PLURAL_ENDINGS):
        return ()
    return (demonym + "s",)


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]


def _country(alpha3: str, name: str) -> Country:
    import pycountry

    alpha2 = _EXTRA_ALPHA2.get(alpha3)
    if alpha2 is None:
        record = pycountry.countries.get(alpha_3=alpha3)
        if record is None:
            raise KeyError(f"{alpha3!r} is not an ISO 3166 alpha-3 code")
        alpha2 = str(record.alpha_2)
    return Country(alpha3, alpha2, name)


@functools.cache
def _tables() -> tuple[dict[str, Country], dict[str, CountryMatch]]:
    """Build (alpha3 -> Country, key -> CountryMatch) from our table, then pycountry."""
    by_code: dict[str, Country] = {}
    keys: dict[str, CountryMatch] = {}

    def add(text: str, found: CountryMatch) -> None:
        keys.setdefault(normalise(text), found)

    for line in _table.COUNTRIES.strip().splitlines():
        code, names, demonyms, capitals, seats = (cell.strip() for cell in line.split("|"))
        country = _country(code, _split(names)[0])
        by_code[code] = country
        for name in _split(names):
            add(name, CountryMatch(country, "name"))
        for demonym in _split(demonyms):
            for form in (demonym, *plurals(demonym)):
                add(form, CountryMatch(country, "demonym"))
        for capital in _split(capitals):
            add(capital, CountryMatch(country, "capital"))
        for seat in _split(seats):
            add(seat, CountryMatch(country, "seat"))
    for line in _table.PARTS.strip().splitlines():
        code, names, demonyms = (cell.strip() for cell in line.split("|"))
        place = _split(names)[0]
        for form in _split(names) + [f for d in _split(demonyms) for f in (d, *plurals(d))]:
            add(form, CountryMatch(by_code[code], "part", place))
    _add_pycountry(by_code, keys)
    return by_code, keys


def _add_pycountry(by_code: dict[str, Country], keys: dict[str, CountryMatch]) -> None:
    """Add ISO names ("United Kingdom of Great Britain and Northern Ireland") and the
    territories missing from our table (Greenland, Puerto Rico, ...)."""
    import pycountry

    for record in pycountry.countries:
        code = str(record.alpha_3)
        name = str(getattr(record, "common_name", None) or record.name)
        country = by_code.setdefault(code, Country(code, str(record.alpha_2), name))
        for attr in ("name", "official_name", "common_name"):
            text = getattr(record, attr, None)
            if text and "," not in str(text):
                keys.setdefault(normalise(str(text)), CountryMatch(country, "name"))


def _allowed(text: str, key: str) -> bool:
    """Refuse keys that are also ordinary words unless written as names ("us", "turkey")."""
    if key in _table.UPPER_ONLY:
        return text.replace(".", "").strip().removeprefix("the ").removeprefix("The ").isupper()
    if key in _table.CAPITALISED_ONLY:
        bare = re.sub(r"^(the|The)\s+", "", text.strip())
        return bare[:1].isupper()
    return True


def match(text: str) -> CountryMatch | None:
    """Say which country ``text`` names and how, or None.

    Args:
        text: A country name or alias, a demonym (singular or plural), a capital or seat of
            power, or a constituent part; case-insensitive, a leading "the" and a trailing
            "'s" are ignored.
    """
    key = normalise(text)
    found = _tables()[1].get(key)
    if found is None or not _allowed(text, key):
        return None
    return found


def lookup(text: str) -> Country | None:
    """Return the country that ``text`` names (a name, alias, demonym or capital), or None.

    A constituent part ("Scotland", "Gaza") returns the country it belongs to; use
    :func:`match` to tell the two apart.
    """
    found = match(text)
    return found.country if found is not None else None


def is_capital(text: str) -> bool:
    """Return True when ``text`` is a capital city ("Moscow"), False for a country or other."""
    found = match(text)
    return found is not None and found.kind == "capital"


def by_alpha3(code: str) -> Country | None:
    """Return the country with ISO 3166 alpha-3 ``code`` (any case), or None."""
    return _tables()[0].get(code.strip().upper())


@functools.cache
def _by_alpha2() -> dict[str, Country]:
    return {c.alpha2: c for c in _tables()[0].values()}


def by_alpha2(code: str) -> Country | None:
    """Return the country with ISO 3166 alpha-2 ``code`` (any case), or None."""
    return _by_alpha2().get(code.strip().upper())


def un_members() -> tuple[Country, ...]:
    """Return the 193 UN member states of our table, by alpha-3 code."""
    members = (c for code, c in _tables()[0].items() if code not in _table.NON_MEMBERS)
    table_codes = {line.split("|")[0].strip() for line in _table.COUNTRIES.strip().splitlines()}
    return tuple(sorted((c for c in members if c.alpha3 in table_codes), key=lambda c: c.alpha3))


@functools.cache
def _forms() -> dict[tuple[str, str], tuple[str, ...]]:
    """(alpha3, kind) -> the forms of our table, as written (for scanning text)."""
    out: dict[tuple[str, str], list[str]] = {}
    for line in _table.COUNTRIES.strip().splitlines():
        code, names, demonyms, capitals, seats = (cell.strip() for cell in line.split("|"))
        out.setdefault((code, "name"), []).extend(_split(names))
        out.setdefault((code, "demonym"), []).extend(f for d in _split(demonyms) for f in (d, *plurals(d)))
        out.setdefault((code, "capital"), []).extend(_split(capitals))
        out.setdefault((code, "seat"), []).extend(_split(seats))
    return {key: tuple(values) for key, values in out.items()}


def forms(alpha3: str, *, kinds: tuple[Kind, ...] = ("name", "demonym")) -> tuple[str, ...]:
    """Return the written forms of a country from our table ("Russia", "Russian", "Russians").

    Args:
        alpha3: ISO 3166 alpha-3 code.
        kinds: Which forms: "name" (names and aliases), "demonym", "capital", "seat".
    """
    table = _forms()
    return tuple(f for kind in kinds for f in table.get((alpha3.upper(), kind), ()))
