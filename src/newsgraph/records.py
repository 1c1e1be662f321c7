"""Frozen, typed records: what every stage returns and what the store writes.

Records hold character offsets into ``Article.text`` rather than spaCy objects, so they
serialise to JSON, DuckDB and Parquet and outlive the Doc they were read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

SCHEMA = "newsgraph.reading/1"

QuoteKind = Literal["direct", "indirect", "mixed"]
# What is attributed (the kinds of PolNeAR's guidelines, Newell et al. 2018): what a source said, believes,
# intends or wants, thinks of something, decreed, perceived, or what a document or poll shows.
Attribution = Literal["statement", "belief", "intention", "attitude", "decree", "perception", "evidence"]
ATTRIBUTIONS: tuple[str, ...] = ("statement", "belief", "intention", "attitude", "decree", "perception", "evidence")
Where = Literal["headline", "body", "caption"]
CaptionKind = Literal["media", "image"]
FigureKind = Literal[
    "KILL", "WOUND", "MISSING", "ARREST", "KIDNAP", "AFFECT", "PROTEST", "SEIZE", "DISPLACED", "EVACUATE",
    "HOMELESS", "SHELTER", "RELOCATE", "REFUGEES", "RETURN", "HOUSING_DESTROYED", "HOUSING_DAMAGED",
]
FIGURE_KINDS: tuple[str, ...] = (
    "KILL", "WOUND", "MISSING", "ARREST", "KIDNAP", "AFFECT", "PROTEST", "SEIZE", "DISPLACED", "EVACUATE",
    "HOMELESS", "SHELTER", "RELOCATE", "REFUGEES", "RETURN", "HOUSING_DESTROYED", "HOUSING_DAMAGED",
)
# IDMC's reporting terms (IDETECT) and what a figure counts.
IDMC_TERMS: tuple[str, ...] = (
    "Displaced", "Evacuated", "Forced to Flee", "Sheltered", "In Relief Camp", "Relocated", "Homeless",
    "Destroyed Housing", "Partially Destroyed Housing", "Uninhabitable Housing",
)
FIGURE_UNITS: tuple[str, ...] = ("people", "households", "houses", "buildings")
PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A character span of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> TextSpan:
        """Build the span of ``text[start:end]``."""
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Caption:
    """A media or image caption, kept apart from the body."""

    span: TextSpan
    kind: CaptionKind


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: its verbatim text and the structure found in it.

    ``text`` is what every offset in a reading indexes. For plain-text input it is the input,
    verbatim; for HTML it is the text the reader assembled from the page.
    """

    id: str
    text: str
    format: Literal["text", "html", "jsonl", "warc"] = "text"
    path: str | None = None
    url: str | None = None
    section: str | None = None
    headline: TextSpan | None = None
    published: date | None = None
    captions: tuple[Caption, ...] = ()
    boilerplate: tuple[TextSpan, ...] = ()
    paragraphs: tuple[TextSpan, ...] = ()
    skipped: tuple[Skip, ...] = ()  # what the reader set aside and why (stage "read"), e.g. an implausible date


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or place acting in an article, with every mention of it."""

    id: str
    name: str
    type: str
    mentions: tuple[TextSpan, ...]
    roles: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, OPP, REB, IGO, NGO, MED, CVL, BUS, ...
    method: str = "newsgraph.actors.rules.v1"


@dataclass(frozen=True, slots=True)
class Quote:
    """An attributed statement: who said it, the cue, and the content piece(s)."""

    id: str
    kind: QuoteKind
    where: Where
    contents: tuple[TextSpan, ...]
    cue: TextSpan | None
    speaker: TextSpan | None  # the speaker mention in the text
    speaker_actor_id: str | None = None
    speaker_name: str | None = None
    confidence: float | None = None
    attribution: Attribution = "statement"
    method: str = "newsgraph.quotes.rules.v1"


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event: who did what to whom, with the sentence that says so."""

    id: str
    category: str
    evidence: TextSpan
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    mode: str | None = None
    negated: bool = False
    future: bool = False
    place: str | None = None
    date: date | None = None
    cue: TextSpan | None = None
    method: str = "newsgraph.events.rules.v1"


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported count (killed, wounded, displaced, houses destroyed, ...) with its evidence.

    ``value`` is the number written (a range's upper bound); ``low``/``high`` are the bounds the words
    state ("at least 40", "up to 12", "between 200 and 300"); ``term`` is IDMC's reporting term where one
    applies; ``unit`` is what was counted (people, households, houses, buildings; None for seized goods).
    """

    id: str
    kind: str
    value: float
    evidence: TextSpan
    approximate: bool = False
    object: str = ""
    place: str | None = None
    attributed_to: str | None = None
    term: str | None = None
    unit: str | None = "people"
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None
    date: date | None = None
    number: TextSpan | None = None  # the number phrase as written: "More than 350,000"
    cue: TextSpan | None = None  # the word that says what happened: "displaced", "fled", "camps"
    method: str = "newsgraph.figures.rules.v1"


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place mentioned in the article."""

    id: str
    name: str
    mentions: tuple[TextSpan, ...]
    country: str | None = None  # ISO 3166 alpha-2
    lat: float | None = None
    lon: float | None = None
    method: str = "newsgraph.places.gazetteer.v1"


@dataclass(frozen=True, slots=True)
class Skip:
    """Why something was dropped: never silent.

    Attributes:
        stage: The stage (registry name) that dropped something or failed.
        reason: What was dropped and why; for a stage that raised, the error message.
        error: The exception type when the stage raised (its records are missing), else None.
    """

    stage: str
    reason: str
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything newsgraph read in one article (schema ``newsgraph.reading/1``)."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    places: tuple[Place, ...] = ()
    summary: str | None = None
    skipped: tuple[Skip, ...] = ()
    pipeline_version: str = ""
    methods: tuple[str, ...] = field(default=())
    language: str | None = None  # ISO 639-1 code of the text's language (newsgraph.language), None if unsure

    @property
    def incomplete(self) -> bool:
        """Whether a stage raised on this article, so its records (and its dependents') are missing."""
        return any(s.error is not None for s in self.skipped)
