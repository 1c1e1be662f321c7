"""The HTML pages: search, article, actor, events, figures, network, map, status and API docs."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from newsgraph.records import ATTRIBUTIONS, FIGURE_KINDS, FIGURE_UNITS, IDMC_TERMS, PLOVER_CATEGORIES
from newsgraph.store import pages, query
from newsgraph.web import article_view, charts
from newsgraph.web.highlight import highlight
from newsgraph.web.network import network
from newsgraph.web.params import (
    QUOTE_TYPES,
    Category,
    Limit,
    Name,
    Offset,
    choice,
    event_filter,
    figure_filter,
    search_filter,
)
from newsgraph.web.render import cursor, once, render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Cursor = Annotated[Any, Depends(cursor)]


def _form(request: Request) -> dict[str, str]:
    """The raw query parameters, to refill the form and build paging links (repeated ``attribution``: a comma list)."""
    form = {k: v for k, v in request.query_params.items() if k in {
        "q", "speaker", "actor", "country", "since", "until", "type", "category", "kind", "term", "unit", "place",
        "limit"}}
    if picked := [v for v in request.query_params.getlist("attribution") if v]:
        form["attribution"] = ",".join(picked)
    return form


@router.get("/")
def search(request: Request, con: Cursor, f: Annotated[pages.SearchFilter, Depends(search_filter)]) -> HTMLResponse:
    """Search quotes and headlines, with filters; the landing page when nothing is asked."""
    asked = any((f.q, f.speaker, f.actor, f.country, f.since, f.until, f.kind, f.attributions, f.category))
    context: dict[str, Any] = {"nav": "Search", "title": "Search", "f": f, "form": _form(request), "asked": asked,
                               "quote_types": QUOTE_TYPES, "attributions": ATTRIBUTIONS,
                               "categories": PLOVER_CATEGORIES}
    if asked:
        context["n_quotes"], context["quotes"] = pages.search_quotes(con, f)
        context["n_articles"], context["articles"] = pages.search_articles(con, f)
    else:
        context["stats"] = once(request, ("stats",), lambda: query.stats(con))
        context["speakers"] = once(request, ("speakers",), lambda: [
            a for a in query.actors(con, top=12) if a["n_quotes"]])
        context["n_quotes"], context["quotes"] = pages.search_quotes(con, pages.SearchFilter(limit=6))
        context["n_articles"], context["articles"] = pages.search_articles(con, pages.SearchFilter(limit=8))
    return render(request, "search.html", context)


@router.get("/articles/{article_id:path}")
def article(request: Request, con: Cursor, article_id: str) -> HTMLResponse:
    """One article, its text with every record highlighted in place."""
    found = query.article(con, article_id)
    if found is None:
        raise HTTPException(404, f"No article with id {article_id!r}.")
    corpus_ids = {a["id"]: a.get("corpus_actor_id") for a in found["actors"]}
    for quote in found["quotes"]:
        quote["speaker_id"] = corpus_ids.get(quote.get("speaker_actor_id") or "")
    return render(request, "article.html", {
        "title": found.get("headline_text") or article_id, "a": found,
        "body": highlight(found["text"], article_view.marks(found)), "legend": article_view.legend(found),
        "event_line": article_view.event_line, "figure_line": article_view.figure_line,
        "figure_amount": article_view.figure_amount,
    })


@router.get("/actors")
def actors(request: Request, con: Cursor, q: Name = "", limit: Limit = 60, offset: Offset = 0) -> HTMLResponse:
    """People and organisations, most covered first."""
    total, found = pages.top_actors(con, q=q.strip(), limit=limit, offset=offset)
    return render(request, "actors.html", {"nav": "People", "title": "People and organisations", "actors": found,
                                           "total": total,
                                           "q": q, "limit": limit, "offset": offset, "form": _form(request)})


@router.get("/actors/{actor_id:path}")
def actor(request: Request, con: Cursor, actor_id: str) -> HTMLResponse:
    """A speaker or actor: quotes over time, who they talk about, roles, co-quoted actors."""
    found = pages.corpus_actor(con, actor_id)
    if found is None:
        raise HTTPException(404, f"No actor with id {actor_id!r}.")
    timeline = pages.actor_timeline(con, actor_id)
    return render(request, "actor.html", {
        "nav": "People", "title": found["name"], "actor": found,
        "quotes": pages.actor_quotes(con, actor_id, limit=500),
        "chart": charts.timeline((r["period"], r["quotes"]) for r in timeline),
        "talks_about": pages.actor_talks_about(con, actor_id, limit=20),
        "co_quoted": pages.actor_co_quoted(con, actor_id, limit=20),
        "articles": pages.actor_articles(con, actor_id, limit=50),
    })


@router.get("/events")
def events(request: Request, con: Cursor, f: Annotated[pages.EventFilter, Depends(event_filter)]) -> HTMLResponse:
    """The events table, each with its evidence sentence."""
    total, found = pages.events(con, f)
    ids = sorted({i for e in found for i in (*e["actor_ids"], *e["recipient_ids"])})
    return render(request, "events.html", {
        "nav": "Events", "title": "Events", "f": f, "form": _form(request), "total": total, "events": found,
        "links": pages.corpus_links(con, ids), "categories": PLOVER_CATEGORIES,
    })


@router.get("/figures")
def figures(request: Request, con: Cursor, f: Annotated[pages.FigureFilter, Depends(figure_filter)]) -> HTMLResponse:
    """Reported figures: the highest per month and kind, by place, and every report with its sentence."""
    series: dict[str, list[tuple[str, float]]] = {}
    for row in pages.figures_over_time(con, f):
        series.setdefault(row["kind"], []).append((row["period"], row["highest"]))
    small = {k: charts.timeline(rows, width=560, height=170) for k, rows in sorted(series.items())}
    total, found = pages.figures(con, f)
    return render(request, "figures.html", {
        "nav": "Figures", "title": "Figures", "f": f, "kinds": FIGURE_KINDS, "terms": IDMC_TERMS,
        "units": FIGURE_UNITS, "form": _form(request), "charts": small, "limit": f.limit, "offset": f.offset,
        "figure_amount": article_view.figure_amount,
        "by_place": pages.figures_by_place(con, f), "total": total, "figures": found,
    })


@router.get("/network")
def network_page(request: Request, con: Cursor, category: Category = "", nodes: Limit = 60) -> HTMLResponse:
    """Actors linked by quotes about each other and by events, sized by how often."""
    category = choice("category", category, PLOVER_CATEGORIES)
    graph = once(request, ("network", category, nodes), lambda: network(con, category=category, max_nodes=nodes))
    return render(request, "network.html", {"nav": "Network", "title": "Network", "graph": graph,
                                            "category": category, "categories": PLOVER_CATEGORIES})


@router.get("/map")
def map_page(request: Request, con: Cursor) -> HTMLResponse:
    """Places mentioned, by count, on a world map."""
    places = once(request, ("places",), lambda: pages.map_counts(con, limit=300))
    return render(request, "map.html", {"nav": "Map", "title": "Map", "places": places,
                                        "points": charts.map_points(places), "box": charts.MAP_BOX})


@router.get("/status")
def status(request: Request, con: Cursor) -> HTMLResponse:
    """What was ingested: counts, versions, articles per month, failures with reasons, duplicates."""
    found = pages.ingest_status(con)
    chart = charts.timeline((r["period"], r["articles"]) for r in found["months"])
    return render(request, "status.html", {"nav": "Status", "title": "Ingest status", "s": found, "chart": chart,
                                           "db": request.app.state.db_path.name})


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    """The JSON API, described from its OpenAPI document (self-contained: no CDN)."""
    spec = request.app.openapi()
    endpoints = [(path, method.upper(), op) for path, item in spec["paths"].items() for method, op in item.items()]
    return render(request, "docs.html", {"nav": "API", "title": "API", "spec": spec, "endpoints": endpoints})
