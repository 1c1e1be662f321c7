"""One Reading -> the rows of every record table (store/schema.sql).

:func:`reading_to_rows` is the single mapping from records to rows. It is pure (no database, no
clock, no randomness), so the local ingest and the Spark job write identical rows for the same
article. Row ids are deterministic: ``"<article_id>/<record_id>"`` (``"bbc-1/q3"``), and mention ids
``"<owner row id>/m<n>"``. Spans become ``<name>_start``, ``<name>_end``, ``<name>_text`` columns.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from newsgraph.errors import Errors
from newsgraph.records import Actor, Article, Event, Figure, Place, Quote, Reading, TextSpan
from newsgraph.store import dedup

Row = dict[str, Any]

RECORD_TABLES: tuple[str, ...] = (
    "articles", "actors", "mentions", "quotes", "events", "figures", "places", "minhashes", "minhash_bands",
)


def row_id(article_id: str, record_id: str) -> str:
    """Return the global row id of record ``record_id`` of article ``article_id``."""
    return f"{article_id}/{record_id}"


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of an article text (the idempotency key)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span_columns(prefix: str, span: TextSpan | None) -> Row:
    """Return ``{prefix_start, prefix_end, prefix_text}`` for ``span`` (all None when absent)."""
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def line_span(text: str, start: int, end: int) -> TextSpan:
    """Return the span of the whole lines of ``text`` that hold ``text[start:end]``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    while hi > lo and text[hi - 1] in "\r \t":
        hi -= 1
    while lo < hi and text[lo] in " \t":
        lo += 1
    return TextSpan.of(text, lo, hi)


def _article_row(reading: Reading) -> Row:
    a = reading.article
    return {
        "article_id": a.id, "content_hash": content_hash(a.text), "source_path": a.path, "url": a.url,
        "format": a.format, "section": a.section, **span_columns("headline", a.headline),
        "published": a.published, "text": a.text, "n_chars": len(a.text), "language": reading.language,
        "captions": [{"start": c.span.start, "end": c.span.end, "text": c.span.text, "kind": c.kind}
                     for c in a.captions],
        "paragraphs": [{"start": p.start, "end": p.end} for p in a.paragraphs],
        "boilerplate": [{"start": b.start, "end": b.end} for b in a.boilerplate],
        "summary": reading.summary,
        "skipped": [{"stage": s.stage, "reason": s.reason, "error": s.error} for s in reading.skipped],
        "incomplete": reading.incomplete,
        "methods": list(reading.methods),
        "n_actors": len(reading.actors), "n_quotes": len(reading.quotes), "n_events": len(reading.events),
        "n_figures": len(reading.figures), "n_places": len(reading.places),
        "method": f"newsgraph.read.{a.format}",
    }


def _mention_rows(article_id: str, owner_id: str, owner_type: str, spans: Sequence[TextSpan],
                  method: str) -> list[Row]:
    return [{"id": f"{owner_id}/m{n}", "article_id": article_id, "owner_id": owner_id, "owner_type": owner_type,
             **span_columns("mention", m), "method": method} for n, m in enumerate(spans)]


def _actor_row(article_id: str, actor: Actor) -> Row:
    return {"id": row_id(article_id, actor.id), "article_id": article_id, "record_id": actor.id,
            "name": actor.name, "type": actor.type, "roles": list(actor.roles), "country": actor.country,
            "sector": actor.sector, "n_mentions": len(actor.mentions),
            "first_offset": min((m.start for m in actor.mentions), default=None), "method": actor.method}


def _quote_row(article: Article, quote: Quote) -> Row:
    spans = [*quote.contents, *(s for s in (quote.cue, quote.speaker) if s is not None)]
    content = " ".join(c.text for c in quote.contents)
    evidence = (line_span(article.text, min(s.start for s in spans), max(s.end for s in spans))
                if spans else None)
    return {
        "id": row_id(article.id, quote.id), "article_id": article.id, "record_id": quote.id,
        "kind": quote.kind, "zone": quote.where, "attribution": quote.attribution,
        "contents": [{"start": c.start, "end": c.end, "text": c.text} for c in quote.contents],
        "quote_start": quote.contents[0].start if quote.contents else None,
        "quote_end": quote.contents[-1].end if quote.contents else None,
        "content_text": content, "search_text": content.lower(),
        **span_columns("cue", quote.cue), **span_columns("speaker", quote.speaker),
        "speaker_actor_id": row_id(article.id, quote.speaker_actor_id) if quote.speaker_actor_id else None,
        "speaker_name": quote.speaker_name, "confidence": quote.confidence,
        **span_columns("evidence", evidence), "published": article.published, "method": quote.method,
    }


def _event_row(article: Article, event: Event, actors: dict[str, Actor], places: dict[str, Place]) -> Row:
    def side(ids: Sequence[str]) -> Row:
        found = [actors[i] for i in ids if i in actors]
        return {"ids": [row_id(article.id, i) for i in ids], "names": [a.name for a in found],
                "countries": [a.country for a in found if a.country]}

    who, whom = side(event.actor), side(event.recipient)
    place = places.get(event.place) if event.place else None
    return {
        "id": row_id(article.id, event.id), "article_id": article.id, "record_id": event.id,
        "category": event.category, "mode": event.mode, "negated": event.negated, "future": event.future,
        "actor_ids": who["ids"], "actor_names": who["names"], "actor_countries": who["countries"],
        "recipient_ids": whom["ids"], "recipient_names": whom["names"], "recipient_countries": whom["countries"],
        "place_id": row_id(article.id, event.place) if event.place else None,
        "place_name": place.name if place else None, "event_date": event.date,
        **span_columns("cue", event.cue), **span_columns("evidence", event.evidence),
        "published": article.published, "method": event.method,
    }


def _figure_row(article: Article, figure: Figure, actors: dict[str, Actor], places: dict[str, Place]) -> Row:
    place = places.get(figure.place) if figure.place else None
    source = actors.get(figure.attributed_to) if figure.attributed_to else None
    return {
        "id": row_id(article.id, figure.id), "article_id": article.id, "record_id": figure.id,
        "kind": figure.kind, "value": float(figure.value), "approximate": figure.approximate,
        "qualifier": figure.qualifier, "low": figure.low, "high": figure.high, "term": figure.term,
        "unit": figure.unit, "object": figure.object,
        "place_id": row_id(article.id, figure.place) if figure.place else None,
        "place_name": place.name if place else None,
        "attributed_to": row_id(article.id, figure.attributed_to) if figure.attributed_to else None,
        "attributed_name": source.name if source else None, "figure_date": figure.date,
        **span_columns("number", figure.number), **span_columns("cue", figure.cue),
        **span_columns("evidence", figure.evidence), "published": article.published, "method": figure.method,
    }


def _place_row(article_id: str, place: Place) -> Row:
    return {"id": row_id(article_id, place.id), "article_id": article_id, "record_id": place.id,
            "name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
            "n_mentions": len(place.mentions), "method": place.method}


def _minhash_rows(article_id: str, text: str) -> tuple[list[Row], list[Row]]:
    sig = dedup.signature(text)
    bands = [{"article_id": article_id, "band": n, "band_key": key} for n, key in enumerate(dedup.band_keys(sig))]
    return [{"article_id": article_id, "signature": sig, "method": dedup.METHOD}], bands


def reading_to_rows(reading: Reading) -> dict[str, list[Row]]:
    """Map one Reading to the rows of every record table.

    Args:
        reading: A reading from :meth:`newsgraph.pipeline.Pipeline.run` (or hand-built).

    Returns:
        ``{table: [row, ...]}`` for every name in :data:`RECORD_TABLES`; each row is a dict whose keys
        are the table's columns (store/schema.sql) and carries ``method`` and ``pipeline_version``.
    """
    article = reading.article
    aid = article.id
    actors = {a.id: a for a in reading.actors}
    places = {p.id: p for p in reading.places}
    mentions = [m for a in reading.actors
                for m in _mention_rows(aid, row_id(aid, a.id), "actor", a.mentions, a.method)]
    mentions += [m for p in reading.places
                 for m in _mention_rows(aid, row_id(aid, p.id), "place", p.mentions, p.method)]
    minhashes, bands = _minhash_rows(aid, article.text)
    tables: dict[str, list[Row]] = {
        "articles": [_article_row(reading)],
        "actors": [_actor_row(aid, a) for a in reading.actors],
        "mentions": mentions,
        "quotes": [_quote_row(article, q) for q in reading.quotes],
        "events": [_event_row(article, e, actors, places) for e in reading.events],
        "figures": [_figure_row(article, f, actors, places) for f in reading.figures],
        "places": [_place_row(aid, p) for p in reading.places],
        "minhashes": minhashes,
    }
    for rows in tables.values():
        for row in rows:
            row["pipeline_version"] = reading.pipeline_version
    tables["minhash_bands"] = bands
    return tables


def failure_row(name: str, reason: str, *, stage: str, pipeline_version: str, error: str = "ReadError",
                article_id: str | None = None) -> Row:
    """Return the ``failures`` row of an input that could not be read or processed.

    Args:
        name: The input (path, ``path:line``, ``path#id``).
        reason: The message, naming the input and the problem.
        stage: ``read``, ``parse``, a stage's registry name, or ``ingest``.
        pipeline_version: The code that failed.
        error: The error type (``ReadError`` for coded read errors).
        article_id: The article stored anyway (an incomplete reading), or None when none was.

    The id hashes name and reason, so the same bad input ingested twice is one row.
    """
    digest = hashlib.sha256(f"{name}\0{reason}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return {"failure_id": digest, "name": name, "stage": stage, "reason": reason, "error": error,
            "article_id": article_id, "method": f"newsgraph.{stage}" if "." not in stage else stage,
            "pipeline_version": pipeline_version}


def reading_failure_rows(reading: Reading, *, name: str) -> list[Row]:
    """The ``failures`` rows of a stored reading that a stage left incomplete: one per stage that raised."""
    a = reading.article
    return [failure_row(name, Errors.E017.format(name=name, stage=s.stage, error=s.error, message=s.reason),
                        stage=s.stage, error=s.error, article_id=a.id, pipeline_version=reading.pipeline_version)
            for s in reading.skipped if s.error is not None]
