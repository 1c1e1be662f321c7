"""The JSON API: the CLI's queries over HTTP (``/api/quotes?speaker=…``), described at ``/docs``.

``/api/quotes``, ``/api/actors``, ``/api/events``, ``/api/figures``, ``/api/stats`` and
``/api/articles/{id}`` take the filters of the matching ``newsgraph`` commands and run the same
:mod:`newsgraph.store.query` functions; the other endpoints serve the web pages' data.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException

from newsgraph.records import FIGURE_KINDS, FIGURE_UNITS, IDMC_TERMS, PLOVER_CATEGORIES
from newsgraph.store import pages, query
from newsgraph.web.network import network
from newsgraph.web.params import (
    ACTOR_TYPES,
    QUOTE_TYPES,
    ActorType,
    Attributions,
    Category,
    Country,
    Day,
    FigureKind,
    FigureTerm,
    FigureUnit,
    Limit,
    Name,
    Offset,
    QuoteType,
    Text,
    attribution_names,
    choice,
    country_code,
    date_range,
    search_filter,
)
from newsgraph.web.render import cursor

router = APIRouter(prefix="/api", tags=["api"])
Cursor = Annotated[Any, Depends(cursor)]
Page = dict[str, Any]
_HIDDEN = {"search_text", "content_hash"}


def _page(limit: int, offset: int, items: list[dict[str, Any]], total: int | None = None) -> Page:
    out: Page = {"limit": limit, "offset": offset, "count": len(items)}
    if total is not None:
        out["total"] = total
    out["items"] = [{k: v for k, v in item.items() if k not in _HIDDEN} for item in items]
    return out


@router.get("/quotes", summary="Quotes by speaker, words, date, type and attribution (as `newsgraph quotes`)")
def quotes(con: Cursor, speaker: Name = "", about: Text = "", since: Day = "", until: Day = "",
           kind: QuoteType = "", attribution: Attributions = (), limit: Limit = 50, offset: Offset = 0) -> Page:
    """Return quotes newest first, each with its speaker, cue, evidence sentence and source.

    Every item has ``kind`` (direct, indirect, mixed) and ``attribution`` (statement, belief, intention,
    attitude, decree, perception or evidence: what the source is reported to have said, believed, intended,
    supported, decreed or perceived, or what a document or poll shows).
    """
    first, last = date_range(since, until)
    found = query.quotes(con, speaker=speaker.strip() or None, about=about.strip() or None, since=first, until=last,
                         kind=choice("type", kind, QUOTE_TYPES) or None, attribution=attribution_names(attribution),
                         limit=limit, offset=offset)
    return _page(limit, offset, found)


@router.get("/actors", summary="People and organisations, most quoted first (as `newsgraph actors`)")
def actors(con: Cursor, top: Limit = 20, kind: ActorType = "", country: Country = "", name: Name = "",
           offset: Offset = 0) -> Page:
    """Return corpus actors with every name and role seen, their countries and counts."""
    found = query.actors(con, top=top, type=choice("type", kind, ACTOR_TYPES) or None,
                         country=country_code(country) or None, name=name.strip() or None, offset=offset)
    return _page(top, offset, found)


@router.get("/events", summary="PLOVER events with their evidence sentence (as `newsgraph events`)")
def events(con: Cursor, actor: Name = "", recipient: Name = "", category: Category = "", since: Day = "",
           until: Day = "", limit: Limit = 50, offset: Offset = 0) -> Page:
    """Return events newest first; ``actor``/``recipient`` take a country code (RUS) or part of a name."""
    first, last = date_range(since, until)
    found = query.events(con, actor=actor.strip() or None, recipient=recipient.strip() or None,
                         category=choice("category", category, PLOVER_CATEGORIES) or None, since=first, until=last,
                         limit=limit, offset=offset)
    return _page(limit, offset, found)


@router.get("/figures", summary="Reported figures with their evidence sentence (as `newsgraph figures`)")
def figures(con: Cursor, kind: FigureKind = "", term: FigureTerm = "", unit: FigureUnit = "", place: Name = "",
            since: Day = "", until: Day = "", limit: Limit = 50, offset: Offset = 0) -> Page:
    """Return figures (killed, displaced, houses destroyed, …) newest first, optionally of one kind, IDMC term,
    unit and place."""
    first, last = date_range(since, until)
    found = query.figures(con, kind=choice("kind", kind, FIGURE_KINDS) or None,
                          term=choice("term", term, IDMC_TERMS) or None,
                          unit=choice("unit", unit, FIGURE_UNITS) or None, place=place.strip() or None,
                          since=first, until=last, limit=limit, offset=offset)
    return _page(limit, offset, found)


@router.get("/stats", summary="Counts of the knowledge base (as `newsgraph stats`)")
def stats(con: Cursor) -> dict[str, Any]:
    """Return how many articles, duplicates, quotes, events, figures, places, actors and failures."""
    return query.stats(con)


@router.get("/articles/{article_id:path}", summary="One article with all its records and their spans")
def article(con: Cursor, article_id: str) -> dict[str, Any]:
    """Return the article text and its actors, mentions, quotes, events, figures and places."""
    found = query.article(con, article_id)
    if found is None:
        raise HTTPException(404, f"No article with id {article_id!r}.")
    return {k: v for k, v in found.items() if k not in _HIDDEN}


@router.get("/search", summary="The search page: quotes and headlines with every filter")
def search(con: Cursor, f: Annotated[pages.SearchFilter, Depends(search_filter)]) -> dict[str, Any]:
    """Return the matching quotes and articles with their totals (``q`` matches words anywhere)."""
    n_quotes, found_quotes = pages.search_quotes(con, f)
    n_articles, found_articles = pages.search_articles(con, f)
    return {"quotes": _page(f.limit, f.offset, found_quotes, n_quotes),
            "articles": _page(f.limit, f.offset, found_articles, n_articles)}


@router.get("/actors/{actor_id:path}", summary="One corpus actor: quotes over time, who they talk about")
def actor(con: Cursor, actor_id: str, limit: Limit = 100) -> dict[str, Any]:
    """Return a corpus actor with its quotes (oldest first), quotes per month and related actors."""
    found = pages.corpus_actor(con, actor_id)
    if found is None:
        raise HTTPException(404, f"No actor with id {actor_id!r}.")
    return {**found, "timeline": pages.actor_timeline(con, actor_id),
            "quotes": pages.actor_quotes(con, actor_id, limit=limit),
            "talks_about": pages.actor_talks_about(con, actor_id, limit=20),
            "co_quoted": pages.actor_co_quoted(con, actor_id, limit=20)}


@router.get("/places", summary="Geocoded places by number of mentions (the map)")
def places(con: Cursor, limit: Limit = 100) -> list[dict[str, Any]]:
    """Return places with their country, coordinates, mentions and articles."""
    return pages.map_counts(con, limit=limit)


@router.get("/network", summary="Actors linked by quotes about each other and by events")
def graph(con: Cursor, category: Category = "", nodes: Limit = 60) -> dict[str, Any]:
    """Return nodes (actors, weighted) and edges (``quote`` or ``event``, weighted)."""
    return network(con, category=choice("category", category, PLOVER_CATEGORIES), max_nodes=nodes)


@router.get("/status", summary="Ingest status: counts, versions, failures with reasons, duplicates")
def status(con: Cursor) -> dict[str, Any]:
    """Return what ``newsgraph ingest`` stored, including every failure and its reason."""
    return pages.ingest_status(con)
