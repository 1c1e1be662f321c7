"""A small knowledge base built by hand for the web tests: invented articles, no model needed.

The readings are written here (people and quotes are invented), turned into rows by the store's own
``reading_to_rows`` and written to a DuckDB file with the store's DDL.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsgraph.records import Actor, Article, Event, Figure, Place, Quote, Reading, TextSpan

SUDAN = """World
Solberg warns of famine as Sudan talks open
Norway's Foreign Minister Ingrid Solberg has warned that famine is spreading in Sudan.
"We cannot wait for the rains," Ms Solberg said in Oslo on Monday. "People are dying now."
UN spokesman Tomas Reyes said Solberg had urged both armies to let convoys through.
At least 1,200 people have been killed in Khartoum since April, the UN says.
"""

CONVOY = """Africa
Aid convoy reaches Darfur, says UN
The first aid convoy in months has reached Darfur, UN spokesman Tomas Reyes said.
"This is a start, not a solution," Mr Reyes told reporters in Geneva.
He believes Ingrid Solberg was "right to keep pushing" for access.
About 2.5 million people have fled their homes in Sudan.
"""

XSS = """Local
<script>window.__pwned = 1; alert("headline")</script> Mayor speaks
Mayor Dana Hill" onmouseover="window.__pwned=2" said the town hall would reopen.
"<img src=x onerror=window.__pwned=3> is not a real picture," Ms Hill said.
She met <b>Councillor</b> Omar Vale in Leeds.
"""


def _span(text: str, needle: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return TextSpan.of(text, start, start + len(needle))


def _line(text: str, needle: str) -> TextSpan:
    start = text.index(needle)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.index("\n", start)
    return TextSpan.of(text, lo, hi)


def _article(aid: str, text: str, published: date) -> Article:
    lines = text.split("\n")
    headline = _span(text, lines[1])
    paragraphs = tuple(_span(text, line) for line in lines[2:] if line)
    return Article(id=aid, text=text, section=lines[0], headline=headline, published=published,
                   paragraphs=paragraphs)


def sudan() -> Reading:
    """An article with a direct split quote, an indirect quote, an event, a figure and two places."""
    t = SUDAN
    solberg = Actor("a1", "Ingrid Solberg", "PERSON", (_span(t, "Solberg"), _span(t, "Ingrid Solberg"),
                    _span(t, "Ms Solberg"), _span(t, "Solberg", 3)), roles=("Foreign Minister",), country="NOR",
                    sector="GOV")
    reyes = Actor("a2", "Tomas Reyes", "PERSON", (_span(t, "Tomas Reyes"),), roles=("spokesman",), sector="IGO")
    un = Actor("a3", "UN", "ORG", (_span(t, "UN"), _span(t, "UN", 1)), sector="IGO")
    sudan_actor = Actor("a4", "Sudan", "GPE", (_span(t, "Sudan"), _span(t, "Sudan", 1)), country="SDN")
    q1 = Quote("q1", "direct", "body", (_span(t, "We cannot wait for the rains,"), _span(t, "People are dying now.")),
               cue=_span(t, "said", 0), speaker=_span(t, "Ms Solberg"), speaker_actor_id="a1",
               speaker_name="Ingrid Solberg")
    q2 = Quote("q2", "indirect", "body", (_span(t, "Solberg had urged both armies to let convoys through"),),
               cue=_span(t, "said", 1), speaker=_span(t, "UN spokesman Tomas Reyes"), speaker_actor_id="a2",
               speaker_name="Tomas Reyes")
    event = Event("e1", "REQUEST", _line(t, "UN spokesman Tomas Reyes"), actor=("a1",), recipient=(),
                  cue=_span(t, "urged"))
    oslo = Place("p1", "Oslo", (_span(t, "Oslo"),), country="NO", lat=59.913, lon=10.752)
    khartoum = Place("p2", "Khartoum", (_span(t, "Khartoum"),), country="SD", lat=15.552, lon=32.532)
    figure = Figure("f1", "KILL", 1200, _line(t, "At least 1,200"), approximate=True, object="people", place="p2",
                    attributed_to="a3", qualifier="at least", low=1200, number=_span(t, "At least 1,200"),
                    cue=_span(t, "killed"))
    return Reading(_article("sudan-1", t, date(2024, 3, 4)), actors=(solberg, reyes, un, sudan_actor),
                   quotes=(q1, q2), events=(event,), figures=(figure,), places=(oslo, khartoum),
                   summary="Norway's foreign minister warns of famine in Sudan.", pipeline_version="test",
                   language="en")


def convoy() -> Reading:
    """A second article: Reyes quoted about Solberg (a mixed quote of a belief), an AID event, a displacement figure."""
    t = CONVOY
    reyes = Actor("a1", "Tomas Reyes", "PERSON", (_span(t, "Tomas Reyes"), _span(t, "Mr Reyes"), _span(t, "He")),
                  roles=("spokesman",), sector="IGO")
    solberg = Actor("a2", "Ingrid Solberg", "PERSON", (_span(t, "Ingrid Solberg"),), country="NOR")
    un = Actor("a3", "UN", "ORG", (_span(t, "UN"), _span(t, "UN", 1)), sector="IGO")
    q1 = Quote("q1", "direct", "body", (_span(t, "This is a start, not a solution,"),), cue=_span(t, "told"),
               speaker=_span(t, "Mr Reyes"), speaker_actor_id="a1", speaker_name="Tomas Reyes")
    q2 = Quote("q2", "mixed", "body", (_span(t, "Ingrid Solberg was \"right to keep pushing\" for access"),),
               cue=_span(t, "believes"), speaker=_span(t, "He"), speaker_actor_id="a1", speaker_name="Tomas Reyes",
               attribution="belief")
    q3 = Quote("q3", "indirect", "headline", (_span(t, "Aid convoy reaches Darfur"),), cue=_span(t, "says"),
               speaker=_span(t, "UN"), speaker_actor_id="a3", speaker_name="UN")
    event = Event("e1", "AID", _line(t, "The first aid convoy"), actor=("a3",), recipient=(), cue=_span(t, "reached"))
    darfur = Place("p1", "Darfur", (_span(t, "Darfur"), _span(t, "Darfur", 1)), country="SD", lat=13.5, lon=24.0)
    geneva = Place("p2", "Geneva", (_span(t, "Geneva"),), country="CH", lat=46.202, lon=6.146)
    sudan_place = Place("p3", "Sudan", (_span(t, "Sudan"),), country="SD", lat=15.5, lon=30.0)
    figure = Figure("f1", "DISPLACED", 2_500_000, _line(t, "About 2.5 million"), approximate=True, object="people",
                    place="p3", term="Forced to Flee", unit="people", qualifier="about",
                    number=_span(t, "About 2.5 million"), cue=_span(t, "fled"), date=date(2024, 5, 9))
    return Reading(_article("convoy-2", t, date(2024, 5, 10)), actors=(reyes, solberg, un), quotes=(q1, q2, q3),
                   events=(event,), figures=(figure,), places=(darfur, geneva, sudan_place),
                   summary="An aid convoy reached Darfur.", pipeline_version="test")


def xss() -> Reading:
    """A malicious article: markup in the headline, a speaker name and a quote must all render inert."""
    t = XSS
    hill = Actor("a1", 'Dana Hill" onmouseover="window.__pwned=2', "PERSON",
                 (_span(t, 'Dana Hill" onmouseover="window.__pwned=2'), _span(t, "Ms Hill")),
                 roles=('<i>Mayor</i>',), country="GBR")
    vale = Actor("a2", "<b>Councillor</b> Omar Vale", "PERSON", (_span(t, "<b>Councillor</b> Omar Vale"),))
    quote = Quote("q1", "direct", "body", (_span(t, "<img src=x onerror=window.__pwned=3> is not a real picture,"),),
                  cue=_span(t, "said", 1), speaker=_span(t, "Ms Hill"), speaker_actor_id="a1",
                  speaker_name='Dana Hill" onmouseover="window.__pwned=2')
    leeds = Place("p1", "Leeds<script>", (_span(t, "Leeds"),), country="GB", lat=53.8, lon=-1.55)
    event = Event("e1", "CONSULT", _line(t, "She met"), actor=("a1",), recipient=("a2",), cue=_span(t, "met"))
    return Reading(_article("xss-3", t, date(2024, 6, 1)), actors=(hill, vale), quotes=(quote,), events=(event,),
                   places=(leeds,), summary='<script>window.__pwned=4</script>', pipeline_version="test")


def readings() -> list[Reading]:
    """All hand-built readings."""
    return [sudan(), convoy(), xss()]


def build(path: Path, items: list[Reading] | None = None) -> Path:
    """Write ``items`` (default: :func:`readings`) into a new knowledge base at ``path`` with the store's writer."""
    from newsgraph.store.duckdb import Database
    from newsgraph.store.rows import failure_row, reading_to_rows

    failure = failure_row("broken.html", "broken.html: the HTML has no readable article text (empty body).",
                          stage="read", pipeline_version="test") | {"failure_id": "f1", "method": "test"}
    with Database(path) as db:
        for n, reading in enumerate(items if items is not None else readings()):
            db.write_batch(reading_to_rows(reading), [failure] if n == 0 else [])
        db.refresh_derived()
    return path
