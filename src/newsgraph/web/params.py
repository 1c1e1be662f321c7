"""Query parameters of the pages and the API: declared once, validated, with clear 400 errors.

Every parameter has a type, a length or range cap and a description (shown on /docs). Values that
FastAPI cannot check by type alone (dates from HTML forms, where an empty field means "any"; codes
from closed lists) are checked here and rejected with a message that names the parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated

from fastapi import Query
from fastapi.exceptions import RequestValidationError

from newsgraph.errors import StoreError
from newsgraph.records import ATTRIBUTIONS, FIGURE_KINDS, FIGURE_UNITS, IDMC_TERMS, PLOVER_CATEGORIES
from newsgraph.store.pages import EventFilter, FigureFilter, SearchFilter
from newsgraph.store.query import attributions

MAX_LIMIT = 200
MAX_OFFSET = 100_000
QUOTE_TYPES = ("direct", "indirect", "mixed")
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT")

Text = Annotated[str, Query(max_length=200, description="Free text (at most 200 characters).")]
Name = Annotated[str, Query(max_length=120, description="Part of a name, case-insensitive.")]
Day = Annotated[str, Query(max_length=10, description="A date, YYYY-MM-DD (empty: any).",
                           json_schema_extra={"format": "date"})]
Country = Annotated[str, Query(max_length=3, description="ISO 3166 alpha-3 (actors) or alpha-2 (places) code.")]
QuoteType = Annotated[str, Query(alias="type", max_length=10, description="Quote type.",
                                 json_schema_extra={"enum": ["", *QUOTE_TYPES]})]
Attributions = Annotated[tuple[str, ...], Query(
    max_length=len(ATTRIBUTIONS), description=(
        "Only quotes of these attributions (what the source is said to have said, believed, intended, supported, "
        f"decreed, perceived, or what a document shows): {', '.join(ATTRIBUTIONS)}. Repeat the parameter for "
        "several (`attribution=statement&attribution=belief`); a comma list (`statement,belief`) is accepted too."),
    json_schema_extra={"items": {"type": "string", "enum": list(ATTRIBUTIONS)}})]
Category = Annotated[str, Query(max_length=10, description="PLOVER 2.0 event category.",
                                json_schema_extra={"enum": ["", *PLOVER_CATEGORIES]})]
FigureKind = Annotated[str, Query(max_length=20, description="Kind of reported figure.",
                                  json_schema_extra={"enum": ["", *FIGURE_KINDS]})]
FigureTerm = Annotated[str, Query(max_length=40, description="IDMC reporting term of a figure.",
                                  json_schema_extra={"enum": ["", *IDMC_TERMS]})]
FigureUnit = Annotated[str, Query(max_length=12, description="What a figure counts.",
                                  json_schema_extra={"enum": ["", *FIGURE_UNITS]})]
ActorType = Annotated[str, Query(alias="type", max_length=10, description="Actor type.",
                                 json_schema_extra={"enum": ["", *ACTOR_TYPES]})]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (1-{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (paging).")]


def invalid(parameter: str, message: str) -> RequestValidationError:
    """Return the error the app answers with 400 for a bad ``parameter``."""
    return RequestValidationError([{"loc": ("query", parameter), "msg": message, "type": "value_error"}])


def day(parameter: str, value: str) -> date | None:
    """Parse a ``YYYY-MM-DD`` parameter; empty means no date."""
    value = value.strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise invalid(parameter, f"{parameter} must be a date written YYYY-MM-DD, not {value!r}")


def choice(parameter: str, value: str, allowed: tuple[str, ...]) -> str:
    """Return ``value`` if it is one of ``allowed`` (case-insensitive) or empty."""
    value = value.strip()
    if not value:
        return ""
    for option in allowed:
        if option.lower() == value.lower():
            return option
    raise invalid(parameter, f"{parameter} must be one of {', '.join(allowed)}, not {value!r}")


def attribution_names(values: Sequence[str]) -> tuple[str, ...]:
    """Return the attributions asked for (each value may be a comma list), checked against the closed set."""
    try:
        return attributions(values)
    except StoreError as err:
        raise invalid("attribution", str(err).removeprefix("Invalid ").rstrip(".")) from None


def country_code(value: str) -> str:
    """Return an upper-cased 2- or 3-letter country code, or empty."""
    value = value.strip().upper()
    if value and not (value.isascii() and value.isalpha() and len(value) in (2, 3)):
        raise invalid("country", f"country must be an ISO code of 2 or 3 letters (NOR, SD), not {value!r}")
    return value


def date_range(since: str, until: str) -> tuple[date | None, date | None]:
    """Parse ``since``/``until`` and check that they are in order."""
    first, last = day("since", since), day("until", until)
    if first and last and first > last:
        raise invalid("since", f"since ({first}) is after until ({last})")
    return first, last


def search_filter(q: Text = "", about: Text = "", speaker: Name = "", actor: Name = "", country: Country = "",
                  since: Day = "", until: Day = "", kind: QuoteType = "", attribution: Attributions = (),
                  category: Category = "", limit: Limit = 20, offset: Offset = 0) -> SearchFilter:
    """Validate the search parameters (quotes and headlines) into a :class:`SearchFilter`."""
    first, last = date_range(since, until)
    return SearchFilter(q=" ".join(p for p in (q.strip(), about.strip()) if p), speaker=speaker.strip(),
                        actor=actor.strip(), country=country_code(country), since=first, until=last,
                        kind=choice("type", kind, QUOTE_TYPES), attributions=attribution_names(attribution),
                        category=choice("category", category, PLOVER_CATEGORIES), limit=limit, offset=offset)


def event_filter(category: Category = "", actor: Name = "", country: Country = "", q: Text = "", since: Day = "",
                 until: Day = "", limit: Limit = 50, offset: Offset = 0) -> EventFilter:
    """Validate the events parameters into an :class:`EventFilter`."""
    first, last = date_range(since, until)
    return EventFilter(category=choice("category", category, PLOVER_CATEGORIES), actor=actor.strip(),
                       country=country_code(country), q=q.strip(), since=first, until=last, limit=limit, offset=offset)


def figure_filter(kind: FigureKind = "", term: FigureTerm = "", unit: FigureUnit = "", place: Name = "",
                  limit: Limit = 50, offset: Offset = 0) -> FigureFilter:
    """Validate the figures page's parameters into a :class:`FigureFilter`."""
    return FigureFilter(kind=choice("kind", kind, FIGURE_KINDS), term=choice("term", term, IDMC_TERMS),
                        unit=choice("unit", unit, FIGURE_UNITS), place=place.strip(), limit=limit, offset=offset)
