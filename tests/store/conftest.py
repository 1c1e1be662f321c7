"""Hand-built readings (invented people and places) for store tests: no model needed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from newsgraph.records import Actor, Article, Caption, Event, Figure, Place, Quote, Reading, TextSpan

TEXT = (
    "World\n"
    "Ministers clash over Freedonia talks\n"
    "Media captionIvan Petrov: \"We will not give in\"\n"
    "Freedonian Foreign Minister Ivan Petrov said on Monday that his country would not pressure "
    "President Rufus Firefly to stand down.\n"
    "\"There is no chance of that,\" Mr Petrov told reporters in Sylvania. \"None at all.\"\n"
    "About 5,000 people have been killed in the fighting and between 20,000 and 30,000 families have fled "
    "their homes, the UN says.\n"
    "Sylvanian envoy Anna Petrov said Firefly had to go.\n"
)


def _at(text: str, needle: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return TextSpan.of(text, start, start + len(needle))


PHRASES = {"q1": "We will not give in",
           "q2": "his country would not pressure President Rufus Firefly to stand down",
           "q3": ("There is no chance of that,", "None at all."), "q4": "Firefly had to go"}


def build_reading(article_id: str = "art-1", *, text: str = TEXT, published: date | None = date(2013, 5, 6),
                  pipeline_version: str = "newsgraph test", phrases: dict[str, object] | None = None) -> Reading:
    """Return a complete hand-built Reading of ``text`` (which must contain the names used)."""
    s = lambda needle, nth=0: _at(text, needle, nth)  # noqa: E731
    ph = phrases or PHRASES
    lines = [m for m in text.split("\n") if m]
    article = Article(
        id=article_id, text=text, format="jsonl", path="test.jsonl", section="World",
        headline=s(lines[1]), published=published,
        captions=(Caption(s(lines[2]), "media"),),
        paragraphs=tuple(s(line) for line in lines[3:]),
    )
    actors = (
        Actor("a1", "Ivan Petrov", "PERSON", (s("Ivan Petrov"), s("Ivan Petrov", 1), s("Mr Petrov")),
              roles=("Foreign Minister",), country="FRE", sector="GOV"),
        Actor("a2", "Rufus Firefly", "PERSON", (s("Rufus Firefly"), s("Firefly", 1)), roles=("President",),
              country="FRE", sector="GOV"),
        Actor("a3", "UN", "ORG", (s("UN"),), sector="IGO"),
        Actor("a4", "Anna Petrov", "PERSON", (s("Anna Petrov"),), roles=("envoy",), country="SYL"),
    )
    quotes = (
        Quote("q1", "direct", "caption", (s(str(ph["q1"])),), None, s("Ivan Petrov"), "a1", "Ivan Petrov"),
        Quote("q2", "indirect", "body", (s(str(ph["q2"])),), s("said"), s("Ivan Petrov", 1), "a1", "Ivan Petrov",
              confidence=0.9),
        Quote("q3", "direct", "body", tuple(s(p) for p in ph["q3"]), s("told"),  # type: ignore[attr-defined]
              s("Mr Petrov"), "a1", "Ivan Petrov"),
        Quote("q4", "indirect", "body", (s(str(ph["q4"])),), s("said", 1), s("Anna Petrov"), "a4", "Anna Petrov"),
    )
    evidence = s(lines[3])
    events = (Event("e1", "REJECT", evidence, actor=("a1",), recipient=("a2",), negated=True, place="p1",
                    date=published, cue=s("pressure")),)
    figures: tuple[Figure, ...] = (
        Figure("f1", "KILL", 5000.0, s(lines[5]), approximate=True, object="people", place="p2",
               attributed_to="a3", qualifier="about", number=s(lines[5].split(" people")[0]), cue=s("killed")),)
    if "between 20,000 and 30,000" in text:
        figures += (Figure("f2", "DISPLACED", 30000.0, s(lines[5]), approximate=True, object="families",
                           place="p2", attributed_to="a3", term="Forced to Flee", unit="households", low=20000.0,
                           high=30000.0, date=published, number=s("between 20,000 and 30,000"), cue=s("fled")),)
    places = (Place("p1", "Sylvania", (s("Sylvania"),), country="SY", lat=1.5, lon=2.5),
              Place("p2", "Freedonia", (s("Freedonia"),), country="FR", lat=3.0, lon=4.0))
    return Reading(article=article, actors=actors, quotes=quotes, events=events, figures=figures, places=places,
                   summary=lines[3], pipeline_version=pipeline_version, methods=("newsgraph.actors.rules.v1",))


@pytest.fixture
def make_reading() -> Callable[..., Reading]:
    """Build hand-made readings: ``make_reading("id", text=..., published=...)``."""
    return build_reading


TEXT_2 = (
    "Europe\n"
    "Freedonia envoy rebuffs peace plan\n"
    "Media captionIvan Petrov: \"Talks must come first\"\n"
    "Ivan Petrov said on Friday his government saw no reason to pressure Rufus Firefly over the ceasefire "
    "proposal tabled last month.\n"
    "\"Assad-style threats will not work here,\" Mr Petrov told a press conference in Sylvania. \"Never.\"\n"
    "Nearly 200 people were killed near the border in March, the UN says in a report.\n"
    "Anna Petrov, a Sylvanian diplomat, said Firefly was stalling again.\n"
)

PHRASES_2 = {"q1": "Talks must come first", "q2": "his government saw no reason to pressure Rufus Firefly",
             "q3": ("Assad-style threats will not work here,", "Never."), "q4": "Firefly was stalling again"}


@pytest.fixture
def kb(tmp_path):  # type: ignore[no-untyped-def]
    """A small database: two stories and a syndicated copy of the first, derived tables computed."""
    from newsgraph.store.duckdb import Database
    from newsgraph.store.rows import failure_row, reading_to_rows

    path = tmp_path / "kb.duckdb"
    readings = [build_reading("s1", published=date(2013, 5, 6)),
                build_reading("s2", text=TEXT_2, published=date(2014, 2, 1), phrases=PHRASES_2),
                build_reading("s1-copy", published=date(2013, 5, 7))]
    tables: dict[str, list[dict[str, object]]] = {}
    for reading in readings:
        for name, rows in reading_to_rows(reading).items():
            tables.setdefault(name, []).extend(rows)
    with Database(path) as db:
        db.write_batch(tables, [failure_row("empty.txt", "empty.txt: the input is empty", stage="read",
                                            pipeline_version="v")])
        db.refresh_derived()
    return path
