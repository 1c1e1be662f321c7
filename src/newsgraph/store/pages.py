"""Read-only queries behind the web pages (``newsgraph serve``), beyond those of :mod:`.query`.

Each function takes an open DuckDB connection (or cursor) and returns plain rows (dicts). Every value
from a user is a bound parameter: the SQL text is built only from constant fragments chosen by code.
Articles that repeat another one (table ``duplicates``) are left out of lists and counts, so a
syndicated story is not counted twice; they still open by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsgraph.store import crawl, query
from newsgraph.store.query import rows

Row = dict[str, Any]

MAX_TERMS = 8
_NOT_DUPLICATE = "{aid} NOT IN (SELECT article_id FROM duplicates)"


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """What the user searches for; every field is optional and all given fields must match.

    Attributes:
        q: Words that must all appear in the quote (or its speaker) or in the headline.
        speaker: Part of a speaker's name, or a corpus actor id.
        actor: Part of the name of an actor the article mentions.
        country: ISO alpha-3 (actors) or alpha-2 (places) code of a country the article involves.
        since: First publication date (inclusive).
        until: Last publication date (inclusive).
        kind: Quote type: ``direct``, ``indirect`` or ``mixed``.
        attributions: Quote attributions (``records.ATTRIBUTIONS``); any of them matches.
        category: PLOVER category of an event in the article.
        limit: Page size.
        offset: Rows to skip.
    """

    q: str = ""
    speaker: str = ""
    actor: str = ""
    country: str = ""
    since: date | None = None
    until: date | None = None
    kind: str = ""
    attributions: tuple[str, ...] = ()
    category: str = ""
    limit: int = 20
    offset: int = 0


def _one(con: Any, sql: str, params: Sequence[object] = ()) -> Row | None:
    found = rows(con, sql, params)
    return found[0] if found else None


def _counted(con: Any, columns: str, body: str, order: str, params: list[object], limit: int,
             offset: int) -> tuple[int, list[Row]]:
    """Return (rows matching ``body`` in all, one page of them) with one query (a window count)."""
    page = rows(con, f"SELECT {columns}, count(*) OVER () AS _total {body} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, limit, offset])
    if not page:
        total = con.execute(f"SELECT count(*) {body}", params).fetchone()[0] if offset else 0
        return int(total), []
    total = page[0]["_total"]
    for row in page:
        del row["_total"]
    return int(total), page


def like(term: str) -> str:
    """Return a ``LIKE ... ESCAPE '\\'`` pattern matching ``term`` anywhere, lower-cased, wildcards escaped."""
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def terms(q: str) -> list[str]:
    """Split a search box into at most ``MAX_TERMS`` words."""
    return q.split()[:MAX_TERMS]


def _date_range(where: list[str], params: list[object], column: str, since: date | None,
                until: date | None) -> None:
    """Add the bounds of a date range on ``column`` (a constant SQL expression) to ``where``."""
    for bound, op in ((since, ">="), (until, "<=")):
        if bound:
            where.append(f"{column} {op} ?")
            params.append(bound)


def _article_conditions(f: SearchFilter, aid: str) -> tuple[list[str], list[object]]:
    """Conditions on the article (column ``aid``) shared by the quote and the article searches."""
    where = [_NOT_DUPLICATE.format(aid=aid)]
    params: list[object] = []
    if f.actor:
        where.append(f"EXISTS (SELECT 1 FROM actors x WHERE x.article_id = {aid} "
                     "AND lower(x.name) LIKE ? ESCAPE '\\')")
        params.append(like(f.actor))
    if f.country:
        where.append(f"(EXISTS (SELECT 1 FROM actors x WHERE x.article_id = {aid} AND x.country = ?) "
                     f"OR EXISTS (SELECT 1 FROM places p WHERE p.article_id = {aid} AND p.country = ?))")
        params += [f.country, f.country]
    if f.category:
        where.append(f"EXISTS (SELECT 1 FROM events e WHERE e.article_id = {aid} AND e.category = ?)")
        params.append(f.category)
    return where, params


_SPEAKER_MATCH = ("(lower(q.speaker_name) LIKE ? ESCAPE '\\' OR lower(ca.name) LIKE ? ESCAPE '\\' "
                  "OR l.corpus_actor_id = ?)")
_QUOTE_SPEAKERS = """
FROM quotes q
LEFT JOIN actor_links l ON l.actor_id = q.speaker_actor_id
LEFT JOIN corpus_actors ca ON ca.corpus_actor_id = l.corpus_actor_id
"""
_QUOTE_FROM = _QUOTE_SPEAKERS + "JOIN articles a ON a.article_id = q.article_id\n"
QUOTE_COLUMNS = """q.id, q.article_id, q.record_id, q.kind, q.attribution, q.zone, q.content_text, q.quote_start,
q.cue_text, q.speaker_text, q.speaker_name, l.corpus_actor_id AS speaker_id,
COALESCE(ca.name, q.speaker_name) AS speaker_display, ca.type AS speaker_type, q.published,
a.headline_text AS headline, q.evidence_text"""


def _quote_conditions(f: SearchFilter) -> tuple[str, list[object]]:
    where, params = _article_conditions(f, "q.article_id")
    for term in terms(f.q):
        where.append("(q.search_text LIKE ? ESCAPE '\\' OR lower(q.speaker_name) LIKE ? ESCAPE '\\' "
                     "OR lower(ca.name) LIKE ? ESCAPE '\\' OR lower(a.headline_text) LIKE ? ESCAPE '\\')")
        params += [like(term)] * 4
    if f.speaker:
        where.append(_SPEAKER_MATCH)
        params += [like(f.speaker), like(f.speaker), f.speaker]
    if f.kind:
        where.append("q.kind = ?")
        params.append(f.kind)
    if f.attributions:
        where.append("list_contains(?::VARCHAR[], q.attribution)")
        params.append(list(f.attributions))
    _date_range(where, params, "q.published", f.since, f.until)
    return " AND ".join(where), params


def search_quotes(con: Any, f: SearchFilter) -> tuple[int, list[Row]]:
    """Return (how many quotes match, one page of them), newest first."""
    where, params = _quote_conditions(f)
    return _counted(con, QUOTE_COLUMNS, f"{_QUOTE_FROM} WHERE {where}",
                    "q.published DESC NULLS LAST, q.article_id, q.quote_start", params, f.limit, f.offset)


def search_articles(con: Any, f: SearchFilter) -> tuple[int, list[Row]]:
    """Return (how many articles match, one page of them): headline/summary words and the same filters."""
    where, params = _article_conditions(f, "a.article_id")
    for term in terms(f.q):
        where.append("(lower(a.headline_text) LIKE ? ESCAPE '\\' OR lower(a.summary) LIKE ? ESCAPE '\\')")
        params += [like(term)] * 2
    if f.speaker or f.kind or f.attributions:
        where.append(f"EXISTS (SELECT 1 {_QUOTE_SPEAKERS} WHERE q.article_id = a.article_id "
                     f"AND ({_SPEAKER_MATCH if f.speaker else 'TRUE'}) AND (? = '' OR q.kind = ?) "
                     "AND (len(?::VARCHAR[]) = 0 OR list_contains(?::VARCHAR[], q.attribution)))")
        params += [like(f.speaker), like(f.speaker), f.speaker] if f.speaker else []
        params += [f.kind, f.kind, list(f.attributions), list(f.attributions)]
    _date_range(where, params, "a.published", f.since, f.until)
    sql_where = " AND ".join(where)
    return _counted(con, "a.article_id, a.headline_text AS headline, a.published, a.section, a.summary, "
                         "a.n_quotes, a.n_events, a.n_figures, a.source_path, a.url",
                    f"FROM articles a WHERE {sql_where}", "a.published DESC NULLS LAST, a.article_id", params,
                    f.limit, f.offset)


def corpus_actor(con: Any, corpus_actor_id: str) -> Row | None:
    """Return one corpus actor (names, roles, countries, counts) or None."""
    return _one(con, "SELECT * FROM corpus_actors WHERE corpus_actor_id = ?", [corpus_actor_id])


def actor_quotes(con: Any, corpus_actor_id: str, *, limit: int) -> list[Row]:
    """Return the quotes spoken by a corpus actor, oldest first (undated last)."""
    return rows(con, f"SELECT {QUOTE_COLUMNS} {_QUOTE_FROM} WHERE l.corpus_actor_id = ? "
                     f"AND {_NOT_DUPLICATE.format(aid='q.article_id')} "
                     "ORDER BY q.published NULLS LAST, q.article_id, q.quote_start LIMIT ?",
                [corpus_actor_id, limit])


def actor_timeline(con: Any, corpus_actor_id: str) -> list[Row]:
    """Return ``{period: YYYY-MM, quotes: n}`` for the dated quotes of a corpus actor."""
    return rows(con, "SELECT strftime(q.published, '%Y-%m') AS period, count(*) AS quotes FROM quotes q "
                     "JOIN actor_links l ON l.actor_id = q.speaker_actor_id "
                     f"WHERE l.corpus_actor_id = ? AND q.published IS NOT NULL "
                     f"AND {_NOT_DUPLICATE.format(aid='q.article_id')} GROUP BY period ORDER BY period",
                [corpus_actor_id])


def actor_talks_about(con: Any, corpus_actor_id: str, *, limit: int) -> list[Row]:
    """Return the actors mentioned inside a corpus actor's quotes, most often first."""
    return rows(con, """
        SELECT la.corpus_actor_id AS id, ca.name, ca.type, count(DISTINCT q.id) AS quotes
        FROM quotes q
        JOIN actor_links ls ON ls.actor_id = q.speaker_actor_id
        CROSS JOIN unnest(q.contents) AS piece(c)
        JOIN mentions m ON m.article_id = q.article_id AND m.owner_type = 'actor'
             AND m.mention_start >= c.start AND m.mention_end <= c."end"
        JOIN actor_links la ON la.actor_id = m.owner_id
        JOIN corpus_actors ca ON ca.corpus_actor_id = la.corpus_actor_id
        WHERE ls.corpus_actor_id = ? AND la.corpus_actor_id <> ?
          AND q.article_id NOT IN (SELECT article_id FROM duplicates)
        GROUP BY ALL ORDER BY quotes DESC, ca.name LIMIT ?""", [corpus_actor_id, corpus_actor_id, limit])


def actor_co_quoted(con: Any, corpus_actor_id: str, *, limit: int) -> list[Row]:
    """Return the other speakers quoted in the same articles as a corpus actor, most shared first."""
    return rows(con, """
        WITH mine AS (
            SELECT DISTINCT q.article_id FROM quotes q JOIN actor_links l ON l.actor_id = q.speaker_actor_id
            WHERE l.corpus_actor_id = ?)
        SELECT l.corpus_actor_id AS id, ca.name, ca.type, count(DISTINCT q.article_id) AS articles,
               count(*) AS quotes
        FROM quotes q JOIN mine USING (article_id)
        JOIN actor_links l ON l.actor_id = q.speaker_actor_id
        JOIN corpus_actors ca ON ca.corpus_actor_id = l.corpus_actor_id
        WHERE l.corpus_actor_id <> ? AND q.article_id NOT IN (SELECT article_id FROM duplicates)
        GROUP BY ALL ORDER BY articles DESC, quotes DESC, ca.name LIMIT ?""",
                [corpus_actor_id, corpus_actor_id, limit])


def actor_articles(con: Any, corpus_actor_id: str, *, limit: int) -> list[Row]:
    """Return the articles that mention a corpus actor, newest first, with the name used there."""
    return rows(con, """
        SELECT a.article_id, a.headline_text AS headline, a.published, x.name, x.roles, x.n_mentions
        FROM actor_links l JOIN actors x ON x.id = l.actor_id JOIN articles a ON a.article_id = x.article_id
        WHERE l.corpus_actor_id = ? AND a.article_id NOT IN (SELECT article_id FROM duplicates)
        ORDER BY a.published DESC NULLS LAST, a.article_id LIMIT ?""", [corpus_actor_id, limit])


def corpus_links(con: Any, actor_ids: Sequence[str]) -> dict[str, str]:
    """Return ``{actors.id: corpus_actor_id}`` for the given article-level actor ids."""
    if not actor_ids:
        return {}
    found = rows(con, "SELECT actor_id, corpus_actor_id FROM actor_links WHERE list_contains(?, actor_id)",
                 [list(actor_ids)])
    return {r["actor_id"]: r["corpus_actor_id"] for r in found}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of the events table (all optional)."""

    category: str = ""
    actor: str = ""
    country: str = ""
    q: str = ""
    since: date | None = None
    until: date | None = None
    limit: int = 50
    offset: int = 0


def events(con: Any, f: EventFilter) -> tuple[int, list[Row]]:
    """Return (how many events match, one page), newest first, with their evidence sentences."""
    where = [_NOT_DUPLICATE.format(aid="e.article_id")]
    params: list[object] = []
    if f.category:
        where.append("e.category = ?")
        params.append(f.category)
    if f.actor:
        where.append("lower(array_to_string(list_concat(e.actor_names, e.recipient_names), '|')) LIKE ? ESCAPE '\\'")
        params.append(like(f.actor))
    if f.country:
        where.append("(list_contains(e.actor_countries, ?) OR list_contains(e.recipient_countries, ?))")
        params += [f.country, f.country]
    for term in terms(f.q):
        where.append("lower(e.evidence_text) LIKE ? ESCAPE '\\'")
        params.append(like(term))
    _date_range(where, params, "COALESCE(e.event_date, e.published)", f.since, f.until)
    sql_where = " AND ".join(where)
    return _counted(con, "e.*, a.headline_text AS headline",
                    f"FROM events e JOIN articles a ON a.article_id = e.article_id WHERE {sql_where}",
                    "COALESCE(e.event_date, e.published) DESC NULLS LAST, e.article_id, e.evidence_start", params,
                    f.limit, f.offset)


@dataclass(frozen=True, slots=True)
class FigureFilter:
    """Filters of the figures page (all optional): kind, IDMC term, unit and part of a place name."""

    kind: str = ""
    term: str = ""
    unit: str = ""
    place: str = ""
    limit: int = 50
    offset: int = 0


def _figure_where(f: FigureFilter) -> tuple[str, list[object]]:
    where = [_NOT_DUPLICATE.format(aid="f.article_id"), "(? = '' OR f.kind = ?)", "(? = '' OR f.term = ?)",
             "(? = '' OR f.unit = ?)", "(? = '' OR lower(f.place_name) LIKE ? ESCAPE '\\')"]
    return " AND ".join(where), [f.kind, f.kind, f.term, f.term, f.unit, f.unit, f.place, like(f.place)]


def figures_over_time(con: Any, f: FigureFilter) -> list[Row]:
    """Return ``{kind, period, highest, reports}`` per kind and month (dated figures only).

    ``highest`` is the largest figure reported that month: the same toll repeated by several articles
    is not added up.
    """
    where, params = _figure_where(f)
    return rows(con, "SELECT f.kind, strftime(f.published, '%Y-%m') AS period, max(f.value) AS highest, "
                     f"count(*) AS reports FROM figures f WHERE {where} AND f.published IS NOT NULL "
                     "GROUP BY ALL ORDER BY f.kind, period", params)


def figures_by_place(con: Any, f: FigureFilter, *, limit: int = 50) -> list[Row]:
    """Return ``{kind, term, place, reports, highest, last_reported}`` per kind, term and place, most reported
    first."""
    where, params = _figure_where(f)
    return rows(con, "SELECT f.kind, f.term, COALESCE(f.place_name, '') AS place, count(*) AS reports, "
                     "max(f.value) AS highest, max(f.published) AS last_reported "
                     f"FROM figures f WHERE {where} GROUP BY ALL ORDER BY reports DESC, highest DESC LIMIT ?",
                [*params, limit])


def figures(con: Any, f: FigureFilter) -> tuple[int, list[Row]]:
    """Return (how many figures match, one page), newest first, with evidence and source article."""
    where, params = _figure_where(f)
    return _counted(con, "f.*, a.headline_text AS headline",
                    f"FROM figures f JOIN articles a ON a.article_id = f.article_id WHERE {where}",
                    "f.published DESC NULLS LAST, f.article_id, f.evidence_start", params, f.limit, f.offset)


def network_edges(con: Any, *, category: str = "", limit: int = 2000) -> list[Row]:
    """Return ``{source, target, kind, weight}`` between corpus actors, strongest first.

    A ``quote`` edge goes from a speaker to an actor mentioned inside the quote; an ``event`` edge
    from an event's actor to its recipient (only events of ``category`` when given).
    """
    return rows(con, """
        WITH quote_edges AS (
            SELECT ls.corpus_actor_id AS source, la.corpus_actor_id AS target, 'quote' AS kind,
                   count(DISTINCT q.id) AS weight
            FROM quotes q
            JOIN actor_links ls ON ls.actor_id = q.speaker_actor_id
            CROSS JOIN unnest(q.contents) AS piece(c)
            JOIN mentions m ON m.article_id = q.article_id AND m.owner_type = 'actor'
                 AND m.mention_start >= c.start AND m.mention_end <= c."end"
            JOIN actor_links la ON la.actor_id = m.owner_id
            WHERE ? = '' AND q.article_id NOT IN (SELECT article_id FROM duplicates)
            GROUP BY ALL),
        event_edges AS (
            SELECT l1.corpus_actor_id AS source, l2.corpus_actor_id AS target, 'event' AS kind,
                   count(DISTINCT e.id) AS weight
            FROM events e
            CROSS JOIN unnest(e.actor_ids) AS who(actor_id)
            CROSS JOIN unnest(e.recipient_ids) AS whom(actor_id)
            JOIN actor_links l1 ON l1.actor_id = who.actor_id
            JOIN actor_links l2 ON l2.actor_id = whom.actor_id
            WHERE (? = '' OR e.category = ?) AND e.article_id NOT IN (SELECT article_id FROM duplicates)
            GROUP BY ALL)
        SELECT * FROM (SELECT * FROM quote_edges UNION ALL SELECT * FROM event_edges)
        WHERE source <> target ORDER BY weight DESC, source, target, kind LIMIT ?""",
                [category, category, category, limit])


def corpus_actors_by_id(con: Any, ids: Sequence[str]) -> list[Row]:
    """Return ``{id, name, type, n_articles}`` of the given corpus actors."""
    return rows(con, "SELECT corpus_actor_id AS id, name, type, n_articles FROM corpus_actors "
                     "WHERE list_contains(?, corpus_actor_id) ORDER BY corpus_actor_id", [list(ids)])


def top_actors(con: Any, *, q: str = "", type_: str = "", limit: int = 20, offset: int = 0) -> tuple[int, list[Row]]:
    """Return (how many corpus actors match, one page), most articles first, then most quoted."""
    where = ("n_articles > 0 AND (? = '' OR lower(array_to_string(list_prepend(name, names), '|')) "
             "LIKE ? ESCAPE '\\') AND (? = '' OR type = ?)")
    params: list[object] = [q, like(q), type_, type_]
    return _counted(con, "corpus_actor_id AS id, name, type, names, roles, countries, n_articles, n_quotes",
                    f"FROM corpus_actors WHERE {where}", "n_articles DESC, n_quotes DESC, name", params, limit, offset)


def map_counts(con: Any, *, limit: int = 300) -> list[Row]:
    """Return geocoded places ``{name, country, lat, lon, count, articles}``, most mentioned first."""
    return rows(con, "SELECT name, country, round(lat, 3) AS lat, round(lon, 3) AS lon, "
                     "sum(n_mentions)::INTEGER AS count, count(DISTINCT article_id) AS articles FROM places "
                     f"WHERE lat IS NOT NULL AND lon IS NOT NULL AND {_NOT_DUPLICATE.format(aid='article_id')} "
                     "GROUP BY ALL ORDER BY count DESC, name LIMIT ?", [limit])


def ingest_status(con: Any, *, limit: int = 200) -> Row:
    """Return counts, store metadata, pipeline versions, articles per month, failures, duplicates, the sources
    watched (last fetch, new articles, errors) and the links that could not be fetched or were disallowed."""
    return {
        "stats": query.stats(con),
        "meta": rows(con, "SELECT key, value FROM meta ORDER BY key"),
        "versions": rows(con, "SELECT pipeline_version, count(*) AS articles FROM articles GROUP BY ALL ORDER BY 1"),
        "months": rows(con, "SELECT strftime(published, '%Y-%m') AS period, count(*) AS articles FROM articles "
                            "WHERE published IS NOT NULL GROUP BY ALL ORDER BY period"),
        "undated": con.execute("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0],
        "failures": rows(con, "SELECT name, stage, reason FROM failures ORDER BY name, stage LIMIT ?", [limit]),
        "duplicates": rows(con, "SELECT article_id, duplicate_of, kind, similarity FROM duplicates "
                                "ORDER BY article_id LIMIT ?", [limit]),
        "sources": crawl.source_status(con),
        "not_fetched": crawl.not_fetched(con, limit=limit),
    }

