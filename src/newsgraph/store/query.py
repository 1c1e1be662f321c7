"""Queries over the knowledge base, shared by the CLI, the Python API and the web UI.

Every function takes an open DuckDB connection or cursor first and keyword-only filters after it,
and returns plain rows (dicts). Values from users are always bound parameters: the SQL text is made
only of constant fragments chosen by code. Pages are capped at :data:`MAX_LIMIT` rows. Rows of
articles that repeat another one (table ``duplicates``) are left out unless asked for, so a
syndicated story is counted once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from newsgraph.errors import Errors, StoreError
from newsgraph.records import ATTRIBUTIONS
from newsgraph.store import terms

Row = dict[str, Any]

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
_LIVE = "{aid} NOT IN (SELECT article_id FROM duplicates)"
_SOURCE = "a.headline_text AS headline, a.url, a.source_path"


def rows(con: Any, sql: str, params: Sequence[object] = ()) -> list[Row]:
    """Run ``sql`` with bound ``params`` and return the rows as dicts."""
    result = con.execute(sql, list(params))
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def as_date(value: date | str | None, *, field: str) -> date | None:
    """Parse a YYYY-MM-DD filter value (a ``date`` passes through)."""
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise StoreError(Errors.E106.format(field=field, detail=f"{value!r} is not a YYYY-MM-DD date")) from None


def attributions(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """Parse an attribution filter: ``"statement,belief"``, a list of names (each may be a comma list), or None.

    Returns:
        The names asked for, lower-cased, each once, in the order of :data:`newsgraph.records.ATTRIBUTIONS`;
        empty when nothing is asked.

    Raises:
        StoreError: a name is not one of ``ATTRIBUTIONS`` (E106, naming it and the allowed ones).
    """
    given = [value] if isinstance(value, str) else list(value or ())
    names = {part.strip().lower() for item in given for part in str(item).split(",")} - {""}
    for name in sorted(names):
        if name not in ATTRIBUTIONS:
            shown = name if len(name) <= 40 else name[:40] + "…"
            raise StoreError(Errors.E106.format(field="attribution", detail=(
                f"{shown!r} is not an attribution; use one or more of {', '.join(ATTRIBUTIONS)}, "
                "comma-separated (e.g. statement,belief)")))
    return tuple(a for a in ATTRIBUTIONS if a in names)


def page(limit: int, offset: int) -> list[int]:
    """Validate a page and return ``[limit, offset]`` with limit capped at MAX_LIMIT."""
    if limit < 1:
        raise StoreError(Errors.E106.format(field="limit", detail=f"{limit} is below 1"))
    if offset < 0:
        raise StoreError(Errors.E106.format(field="offset", detail=f"{offset} is negative"))
    return [min(int(limit), MAX_LIMIT), int(offset)]


class _Where:
    """AND-ed conditions with their bound parameters."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[object] = []

    def add(self, sql: str, *params: object) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def dates(self, column: str, since: date | str | None, until: date | str | None) -> None:
        if (start := as_date(since, field="since")) is not None:
            self.add(f"{column} >= ?", start)
        if (end := as_date(until, field="until")) is not None:
            self.add(f"{column} <= ?", end)

    @property
    def sql(self) -> str:
        return " AND ".join(self.parts) or "TRUE"


_SPEAKER = """(contains(lower(q.speaker_name), ?) OR q.speaker_actor_id IN (
    SELECT l.actor_id FROM actor_links l JOIN corpus_actors c ON c.corpus_actor_id = l.corpus_actor_id
    WHERE c.corpus_actor_id = ? OR contains(lower(array_to_string(c.names, '|')), ?)))"""

_QUOTE_ROWS = f"""
    SELECT q.id, q.article_id, q.published, q.speaker_name, l.corpus_actor_id AS speaker_id, q.kind,
           q.attribution, q.zone,
           q.content_text AS quote, q.cue_text AS cue, q.speaker_text AS speaker_mention, q.confidence,
           q.evidence_start, q.evidence_end, q.evidence_text AS evidence, {_SOURCE}, q.method
    FROM hit JOIN quotes q ON q.id = hit.id JOIN articles a ON a.article_id = q.article_id
    LEFT JOIN actor_links l ON l.actor_id = q.speaker_actor_id
    ORDER BY hit.published DESC NULLS LAST, hit.id"""


def _index_terms(con: Any, speaker: str | None, about: str | None) -> list[str] | None:
    """The quote_terms to look up for these filters, or None when a filter has no indexable word."""
    found: list[str] = []
    if speaker:
        words = [speaker] if ":" in speaker else terms.tokens(con, speaker)
        found += [f"i:{w}" if ":" in speaker else f"s:{w}" for w in words]
        if not words:
            return None
    if about:
        words = terms.tokens(con, about)
        if not words:
            return None
        found += [f"c:{w}" for w in words]
    return found or None


def _hit_from_index(index: list[str], w: _Where) -> tuple[str, list[object]]:
    marks = ", ".join("?" for _ in index)  # placeholders only: every value is bound
    return (f"SELECT quote_id AS id, any_value(published) AS published FROM quote_terms "
            f"WHERE term IN ({marks}) AND {w.sql} GROUP BY quote_id HAVING count(*) = ?",
            [*index, *w.params, len(index)])


def quotes(con: Any, *, speaker: str | None = None, about: str | None = None, since: date | str | None = None,
           until: date | str | None = None, kind: str | None = None, attribution: str | Sequence[str] | None = None,
           article_id: str | None = None, include_duplicates: bool = False, limit: int = DEFAULT_LIMIT,
           offset: int = 0) -> list[Row]:
    """Return quotes, newest first.

    Speaker and topic filters use the word index (``quote_terms``): every word given must be a word of
    the speaker's names (or the quote's content). With ``include_duplicates`` or ``article_id``, or with
    only stopwords given, they match as case-insensitive substrings instead.

    Args:
        con: DuckDB connection or cursor.
        speaker: Words of the speaker's name (any name of its corpus actor), or a corpus actor id.
        about: Words the quote's content contains.
        since: First publication date (inclusive), a date or "YYYY-MM-DD".
        until: Last publication date (inclusive).
        kind: ``direct``, ``indirect`` or ``mixed``.
        attribution: Only quotes of these attributions: ``"statement,belief"`` or a list of names
            (:func:`attributions`); a name outside the closed set raises StoreError.
        article_id: Only this article's quotes.
        include_duplicates: Also return quotes of duplicate articles.
        limit: Page size (at most MAX_LIMIT).
        offset: Rows to skip.

    Returns:
        Rows with the quote, its type and attribution, its speaker, cue, evidence sentence and source.
    """
    w = _Where()
    if kind:
        w.add("kind = ?", kind)
    if wanted := attributions(attribution):
        w.add("list_contains(?::VARCHAR[], attribution)", list(wanted))
    w.dates("published", since, until)
    index = None if include_duplicates or article_id else _index_terms(con, speaker, about)
    if index:
        hit, params = _hit_from_index(index, w)
    else:
        if speaker:
            w.add(_SPEAKER, speaker.lower(), speaker, speaker.lower())
        if about:
            w.add("contains(q.search_text, ?)", about.lower())
        if article_id:
            w.add("q.article_id = ?", article_id)
        if not include_duplicates:
            w.add(_LIVE.format(aid="q.article_id"))
        hit, params = f"SELECT q.id, q.published FROM quotes q WHERE {w.sql}", w.params
    return rows(con, f"WITH hit AS ({hit} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?) {_QUOTE_ROWS}",
                [*params, *page(limit, offset)])


def actors(con: Any, *, top: int = 20, type: str | None = None, country: str | None = None,
           name: str | None = None, offset: int = 0) -> list[Row]:
    """Return corpus actors, most quoted first (then most articles).

    Args:
        con: DuckDB connection or cursor.
        top: How many (at most MAX_LIMIT).
        type: Entity type (PERSON, ORG, GPE, ...).
        country: ISO alpha-3 country code the actor was seen with.
        name: Part of any of the actor's names.
        offset: Rows to skip.
    """
    w = _Where()
    if type:
        w.add("type = ?", type.upper())
    if country:
        w.add("list_contains(countries, ?)", country.upper())
    if name:
        w.add("contains(lower(array_to_string(names, '|')), ?)", name.lower())
    w.add("n_articles > 0")
    return rows(con, f"""
        SELECT corpus_actor_id, name, type, roles, countries, n_quotes, n_articles, n_mentions, names
        FROM corpus_actors WHERE {w.sql}
        ORDER BY n_quotes DESC, n_articles DESC, n_mentions DESC, corpus_actor_id LIMIT ? OFFSET ?""",
                [*w.params, *page(top, offset)])


_SIDE = ("(list_contains({side}_countries, ?) OR "
         "contains(lower(array_to_string({side}_names, '|')), ?))")


def events(con: Any, *, actor: str | None = None, recipient: str | None = None, category: str | None = None,
           since: date | str | None = None, until: date | str | None = None, include_duplicates: bool = False,
           limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[Row]:
    """Return PLOVER events, newest first.

    Args:
        con: DuckDB connection or cursor.
        actor: ISO alpha-3 country of an actor (``RUS``) or part of an actor's name.
        recipient: The same for the recipient side.
        category: PLOVER category (``REJECT``).
        since: First publication date (inclusive).
        until: Last publication date (inclusive).
        include_duplicates: Also return events of duplicate articles.
        limit: Page size (at most MAX_LIMIT).
        offset: Rows to skip.
    """
    w = _Where()
    if actor:
        w.add(_SIDE.format(side="e.actor"), actor.upper(), actor.lower())
    if recipient:
        w.add(_SIDE.format(side="e.recipient"), recipient.upper(), recipient.lower())
    if category:
        w.add("e.category = ?", category.upper())
    w.dates("e.published", since, until)
    if not include_duplicates:
        w.add(_LIVE.format(aid="e.article_id"))
    return rows(con, f"""
        SELECT e.id, e.article_id, e.published, e.category, e.mode, e.negated, e.future, e.actor_names,
               e.actor_countries, e.recipient_names, e.recipient_countries, e.place_name, e.event_date,
               e.cue_text AS cue, e.evidence_start, e.evidence_end, e.evidence_text AS evidence, {_SOURCE}, e.method
        FROM events e JOIN articles a ON a.article_id = e.article_id WHERE {w.sql}
        ORDER BY e.published DESC NULLS LAST, e.id LIMIT ? OFFSET ?""", [*w.params, *page(limit, offset)])


def figures(con: Any, *, kind: str | None = None, term: str | None = None, unit: str | None = None,
            place: str | None = None, since: date | str | None = None, until: date | str | None = None,
            include_duplicates: bool = False, limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[Row]:
    """Return reported figures (KILL, DISPLACED, HOUSING_DESTROYED, ...), newest first.

    Args:
        con: DuckDB connection or cursor.
        kind: Figure kind (``KILL``).
        term: IDMC reporting term (``Forced to Flee``), case-insensitive.
        unit: What was counted: ``people``, ``households``, ``houses`` or ``buildings``.
        place: Part of the place name.
        since: First publication date (inclusive).
        until: Last publication date (inclusive).
        include_duplicates: Also return figures of duplicate articles.
        limit: Page size (at most MAX_LIMIT).
        offset: Rows to skip.
    """
    w = _Where()
    if kind:
        w.add("f.kind = ?", kind.upper())
    if term:
        w.add("lower(f.term) = ?", " ".join(term.split()).lower())
    if unit:
        w.add("f.unit = ?", unit.lower())
    if place:
        w.add("contains(lower(f.place_name), ?)", place.lower())
    w.dates("f.published", since, until)
    if not include_duplicates:
        w.add(_LIVE.format(aid="f.article_id"))
    return rows(con, f"""
        SELECT f.id, f.article_id, f.published, f.kind, f.term, f.value, f.approximate, f.qualifier, f.low, f.high,
               f.unit, f.object, f.place_name, f.figure_date, f.attributed_name, f.number_text AS number,
               f.evidence_start, f.evidence_end, f.evidence_text AS evidence, {_SOURCE}, f.method
        FROM figures f JOIN articles a ON a.article_id = f.article_id WHERE {w.sql}
        ORDER BY f.published DESC NULLS LAST, f.id LIMIT ? OFFSET ?""", [*w.params, *page(limit, offset)])


def stats(con: Any) -> Row:
    """Return counts of the knowledge base; record counts leave out duplicate articles."""
    live = _LIVE.format(aid="article_id")
    found = rows(con, f"""
        SELECT (SELECT count(*) FROM articles WHERE {live}) AS articles,
               (SELECT count(*) FROM duplicates) AS duplicates,
               (SELECT count(*) FROM quotes WHERE {live}) AS quotes,
               (SELECT count(*) FROM events WHERE {live}) AS events,
               (SELECT count(*) FROM figures WHERE {live}) AS figures,
               (SELECT count(*) FROM places WHERE {live}) AS places,
               (SELECT count(*) FROM actors WHERE {live}) AS actors,
               (SELECT count(*) FROM corpus_actors WHERE n_articles > 0) AS corpus_actors,
               (SELECT count(*) FROM failures) AS failures""")
    return found[0]


def article(con: Any, article_id: str) -> Row | None:
    """Return one article with all its records (actors, mentions, quotes, events, figures, places)."""
    found = rows(con, "SELECT a.*, d.duplicate_of, d.kind AS duplicate_kind FROM articles a "
                      "LEFT JOIN duplicates d ON d.article_id = a.article_id WHERE a.article_id = ?", [article_id])
    if not found:
        return None
    out = found[0]
    out["actors"] = rows(con, "SELECT x.*, l.corpus_actor_id FROM actors x LEFT JOIN actor_links l "
                              "ON l.actor_id = x.id WHERE x.article_id = ? ORDER BY x.first_offset, x.id", [article_id])
    for table, order in (("mentions", "mention_start"), ("quotes", "quote_start"), ("events", "evidence_start"),
                         ("figures", "evidence_start"), ("places", "name")):
        out[table] = rows(con, f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}, id", [article_id])
    return out


def failures(con: Any, *, stage: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[Row]:
    """Return inputs that could not be read or processed, with their reasons."""
    w = _Where()
    if stage:
        w.add("stage = ?", stage)
    return rows(con, f"SELECT failure_id, name, stage, error, article_id, reason FROM failures WHERE {w.sql} "
                     "ORDER BY name, failure_id LIMIT ? OFFSET ?", [*w.params, *page(limit, offset)])
