"""The article reader: every record of an article turned into marks over its text, like displaCy.

Layers, outermost first: structure (headline, captions, boilerplate), event and figure evidence,
quote contents, cues and speakers, actor and place mentions. Hover text and links travel in
``data-*`` attributes, which :func:`newsgraph.web.highlight.highlight` escapes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsgraph.web.highlight import Mark
from newsgraph.web.render import actor_url, day, number

Row = Mapping[str, Any]


def _structure(article: Row) -> list[Mark]:
    marks = []
    if article.get("headline_start") is not None:
        marks.append(Mark(article["headline_start"], article["headline_end"], "headline"))
    for caption in article.get("captions") or []:
        marks.append(Mark(caption["start"], caption["end"], "caption",
                          (("data-tip", f"{caption.get('kind') or ''} caption".strip()),)))
    for piece in article.get("boilerplate") or []:
        marks.append(Mark(piece["start"], piece["end"], "boilerplate", (("data-tip", "page clutter, not read"),)))
    return marks


def _names(names: list[str] | None) -> str:
    return ", ".join(names or []) or "—"


def event_line(event: Row) -> str:
    """Who did it to whom, flags and cue: ``Russia → Syria (negated) · cue “pressure”``."""
    flags = [f for f, on in (("negated", event.get("negated")), ("future", event.get("future"))) if on]
    who = f"{_names(event.get('actor_names'))} → {_names(event.get('recipient_names'))}"
    cue = f" · cue “{event['cue_text']}”" if event.get("cue_text") else ""
    return f"{who}{' (' + ', '.join(flags) + ')' if flags else ''}{cue}"


def event_tip(event: Row) -> str:
    """One line saying what an event is: category, who, to whom, flags."""
    return f"Event {event['category']}: {event_line(event)}"


def figure_amount(figure: Row) -> str:
    """How many, as the text hedged it: ``more than 350,000``, ``2,000–4,000``, ``about 1,200``."""
    low, high = figure.get("low"), figure.get("high")
    if low is not None and high is not None and low != high:
        amount = f"{number(low)}–{number(high)}"
    else:
        amount = number(figure["value"])
    qualifier = figure.get("qualifier") or ("about" if figure.get("approximate") and amount == number(
        figure["value"]) and low is None and high is None else "")
    return f"{qualifier} {amount}".strip()


def figure_line(figure: Row) -> str:
    """What a figure counts: ``more than 1,200 people · Displaced in Khartoum · according to UN``."""
    term = f" · {figure['term']}" if figure.get("term") else ""
    where = f" in {figure['place_name']}" if figure.get("place_name") else ""
    when = f" · as of {day(figure['figure_date'])}" if figure.get("figure_date") else ""
    source = f" · according to {figure['attributed_name']}" if figure.get("attributed_name") else ""
    return f"{figure_amount(figure)} {figure.get('object') or ''}".rstrip() + f"{term}{where}{when}{source}"


def figure_tip(figure: Row) -> str:
    """One line saying what a figure counts, with its kind."""
    return f"Figure {figure['kind']}: {figure_line(figure)}"


def quote_tip(quote: Row) -> str:
    """One line saying who said a quote, with which cue, of which type and attribution."""
    cue = f"cue “{quote['cue_text']}”" if quote.get("cue_text") else "no cue"
    attribution = f" · {quote['attribution']}" if quote.get("attribution") else ""
    return (f"{quote['kind'].capitalize()} quote{attribution} · {cue} · "
            f"speaker: {quote.get('speaker_name') or 'unknown'}")


def _evidence(article: Row) -> list[Mark]:
    marks = [Mark(e["evidence_start"], e["evidence_end"], "event",
                  (("id", _anchor(e["record_id"])), ("data-tip", event_tip(e))), layer=1)
             for e in article["events"]]
    for f in article["figures"]:
        # The number itself when it is known (a sentence may hold several figures), else the sentence.
        start, end = ((f["number_start"], f["number_end"]) if f.get("number_start") is not None
                      else (f["evidence_start"], f["evidence_end"]))
        marks.append(Mark(start, end, "figure", (("id", _anchor(f["record_id"])), ("data-tip", figure_tip(f))),
                          layer=2))
        if f.get("cue_start") is not None and (f["cue_start"], f["cue_end"]) != (start, end):
            marks.append(Mark(f["cue_start"], f["cue_end"], "figure-cue", (("data-tip", figure_tip(f)),), layer=2))
    return marks


def _anchor(record_id: str) -> str:
    return f"r-{record_id}"


def _quotes(article: Row) -> list[Mark]:
    marks: list[Mark] = []
    speakers: dict[tuple[int, int], Mark] = {}
    for quote in article["quotes"]:
        at = (f"{quote['speaker_start']}-{quote['speaker_end']}" if quote.get("speaker_start") is not None else "")
        attrs = (("data-quote", quote["record_id"]), ("data-kind", quote["kind"]),
                 ("data-attribution", quote.get("attribution") or ""),
                 ("data-cue", quote.get("cue_text") or ""), ("data-speaker-name", quote.get("speaker_name") or ""),
                 ("data-speaker-url", actor_url(quote.get("speaker_id"))), ("data-speaker-at", at),
                 ("data-tip", quote_tip(quote)))
        for n, piece in enumerate(quote.get("contents") or []):
            first = (("id", _anchor(quote["record_id"])),) if n == 0 else ()
            marks.append(Mark(piece["start"], piece["end"], "quote", first + attrs, layer=3))
        if quote.get("cue_start") is not None:
            marks.append(Mark(quote["cue_start"], quote["cue_end"], "cue", (("data-tip", quote_tip(quote)),),
                              layer=4))
        if at and (quote["speaker_start"], quote["speaker_end"]) not in speakers:
            speakers[(quote["speaker_start"], quote["speaker_end"])] = Mark(
                quote["speaker_start"], quote["speaker_end"], "speaker",
                (("data-mention", at), ("data-actor-url", actor_url(quote.get("speaker_id"))),
                 ("data-tip", f"Speaker: {quote.get('speaker_name') or 'unknown'}")), layer=5)
    return marks + list(speakers.values())


def _mentions(article: Row, taken: set[tuple[int, int]]) -> list[Mark]:
    actors = {a["id"]: a for a in article["actors"]}
    places = {p["id"]: p for p in article["places"]}
    marks = []
    for m in article["mentions"]:
        span = (m["mention_start"], m["mention_end"])
        if m["owner_type"] == "actor" and m["owner_id"] in actors and span not in taken:
            actor = actors[m["owner_id"]]
            roles = f" · {', '.join(actor['roles'])}" if actor.get("roles") else ""
            country = f" · {actor['country']}" if actor.get("country") else ""
            marks.append(Mark(*span, "actor", (("data-actor-url", actor_url(actor.get("corpus_actor_id"))),
                                               ("data-tip", f"{actor['type']}: {actor['name']}{roles}{country}")),
                              layer=6))
        elif m["owner_type"] == "place" and m["owner_id"] in places:
            place = places[m["owner_id"]]
            where = f" · {place['lat']:.2f}, {place['lon']:.2f}" if place.get("lat") is not None else ""
            marks.append(Mark(*span, "place", (("data-tip", f"Place: {place['name']} · {place.get('country') or '?'}"
                                                            f"{where}"),), layer=7))
    return marks


def marks(article: Row) -> list[Mark]:
    """Return every mark to draw over ``article["text"]`` (an article row from ``store.pages.article``)."""
    quote_marks = _quotes(article)
    taken = {(m.start, m.end) for m in quote_marks if m.kind == "speaker"}
    return [*_structure(article), *_evidence(article), *quote_marks, *_mentions(article, taken)]


def legend(article: Row) -> list[tuple[str, str, int]]:
    """Return ``(kind, label, count)`` for the legend toggles of an article."""
    speakers = {(q["speaker_start"], q["speaker_end"]) for q in article["quotes"] if q.get("speaker_start") is not None}
    mentions = [m for m in article["mentions"] if m["owner_type"] == "actor"]
    places = [m for m in article["mentions"] if m["owner_type"] == "place"]
    return [("quote", "Quotes", len(article["quotes"])), ("speaker", "Speakers", len(speakers)),
            ("cue", "Cues", sum(1 for q in article["quotes"] if q.get("cue_start") is not None)),
            ("actor", "Actors", len(mentions)), ("event", "Events", len(article["events"])),
            ("figure", "Figures", len(article["figures"])), ("place", "Places", len(places))]
