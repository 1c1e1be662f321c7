"""The plain-text reader: structure spans over verbatim text."""

from __future__ import annotations

import pytest

from newsgraph.read.text import read_text

SCRAPE = """Europe

Ministers agree fishing deal, says commissioner

Media playback is unsupported on your device
Media captionAnna Berg: "We have a deal"

Fisheries ministers agreed on new quotas on Tuesday.

Image caption Boats in the harbour at Bergen

"It was a long night," Ms Berg said.
"""


def test_structure_of_a_scrape() -> None:
    art = read_text(SCRAPE)
    assert art.section == "Europe"
    assert art.headline is not None and art.headline.text == "Ministers agree fishing deal, says commissioner"
    assert [(c.kind, c.span.text) for c in art.captions] == [
        ("media", 'Anna Berg: "We have a deal"'),
        ("image", "Boats in the harbour at Bergen"),
    ]
    assert [b.text for b in art.boilerplate] == ["Media playback is unsupported on your device"]
    assert [p.text for p in art.paragraphs] == [
        "Fisheries ministers agreed on new quotas on Tuesday.",
        '"It was a long night," Ms Berg said.',
    ]


def test_text_is_verbatim_and_spans_index_it() -> None:
    art = read_text(SCRAPE)
    assert art.text == SCRAPE
    spans = [art.headline, *art.paragraphs, *art.boilerplate, *(c.span for c in art.captions)]
    for s in spans:
        assert s is not None and art.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        ("Storm hits coast\n\nWinds of 100mph hit the coast on Monday.\n", None, "Storm hits coast"),
        ("Winds of 100mph hit the coast on Monday. Homes lost power.\n", None, None),
    ],
)
def test_headline_and_section_are_optional(text: str, section: str | None, headline: str | None) -> None:
    art = read_text(text)
    assert art.section == section
    assert (art.headline.text if art.headline else None) == headline
    assert art.paragraphs
