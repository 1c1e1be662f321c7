"""A Reading as the JSON document of schema ``newsgraph.reading/1`` (see docs/reading.md)."""

from __future__ import annotations

import json
from typing import Any

from newsgraph.records import SCHEMA, Actor, Event, Figure, Place, Quote, Reading, TextSpan


def span(s: TextSpan | None) -> dict[str, Any] | None:
    """A span as ``{"start", "end", "text"}``."""
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _actor(a: Actor) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "type": a.type, "roles": list(a.roles), "country": a.country,
            "sector": a.sector, "mentions": [span(m) for m in a.mentions], "method": a.method}


def _quote(q: Quote) -> dict[str, Any]:
    return {"id": q.id, "type": q.kind, "where": q.where, "content": [span(c) for c in q.contents],
            "cue": span(q.cue), "speaker_mention": span(q.speaker),
            "speaker": {"actor": q.speaker_actor_id, "name": q.speaker_name},
            "attribution": q.attribution, "confidence": q.confidence, "method": q.method}


def _event(e: Event) -> dict[str, Any]:
    return {"id": e.id, "category": e.category, "mode": e.mode, "negated": e.negated, "future": e.future,
            "actor": list(e.actor), "recipient": list(e.recipient), "place": e.place,
            "date": e.date.isoformat() if e.date else None, "cue": span(e.cue),
            "evidence": span(e.evidence), "method": e.method}


def _number(value: float | None) -> float | int | None:
    """A count as JSON: whole numbers without a decimal point."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _figure(f: Figure) -> dict[str, Any]:
    return {"id": f.id, "kind": f.kind, "value": _number(f.value), "approximate": f.approximate, "object": f.object,
            "place": f.place, "attributed_to": f.attributed_to, "term": f.term, "unit": f.unit,
            "qualifier": f.qualifier, "low": _number(f.low), "high": _number(f.high),
            "date": f.date.isoformat() if f.date else None, "number": span(f.number), "cue": span(f.cue),
            "evidence": span(f.evidence), "method": f.method}


def _place(p: Place) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
            "mentions": [span(m) for m in p.mentions], "method": p.method}


def to_dict(reading: Reading) -> dict[str, Any]:
    """Return the reading as the ``newsgraph.reading/1`` JSON object."""
    a = reading.article
    return {
        "schema": SCHEMA,
        "id": a.id,
        "source": {"path": a.path, "url": a.url, "format": a.format},
        "text": a.text,
        "section": a.section,
        "headline": span(a.headline),
        "published": a.published.isoformat() if a.published else None,
        "captions": [{**(span(c.span) or {}), "kind": c.kind} for c in a.captions],
        "boilerplate": [span(b) for b in a.boilerplate],
        "paragraphs": [span(p) for p in a.paragraphs],
        "actors": [_actor(x) for x in reading.actors],
        "quotes": [_quote(x) for x in reading.quotes],
        "events": [_event(x) for x in reading.events],
        "figures": [_figure(x) for x in reading.figures],
        "places": [_place(x) for x in reading.places],
        "summary": reading.summary,
        "skipped": [{"stage": s.stage, "reason": s.reason, "error": s.error} for s in reading.skipped],
        "incomplete": reading.incomplete,
        "pipeline_version": reading.pipeline_version,
        "methods": list(reading.methods),
        "language": reading.language,
    }


def to_json(reading: Reading, *, indent: int | None = None) -> str:
    """Return the reading as a JSON string (UTF-8 characters kept as they are)."""
    return json.dumps(to_dict(reading), ensure_ascii=False, indent=indent)
