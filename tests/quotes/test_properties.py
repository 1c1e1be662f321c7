"""Properties of the quotes stage on random text: it never raises, and every span indexes the text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.nlp.doc import make_doc
from newsgraph.quotes.rules import extract
from newsgraph.read.text import read_text
from newsgraph.records import Reading

WORDS = [
    "Mr", "Grey", "Sara", "Ford", "the", "council", "said", "told", "says", "added", "insisted", "that", "he",
    "she", "it", "they", "would", "not", "win", "vote", "according", "to", "Asked", "if", "we", "will", "dead",
    "\u201c", "\u201d", '"', '"', "'", "'", "\u2018", "\u2019", "«", "»", ",", ",", ".", ".", ":", "-", "\u2014",
    "don't", "workers'", "'90s", "(AP)", "LONDON", "\n\n", "\n\n",
    # issue 10: cues of the trained finder and the constructions around them
    "plans", "wants", "is", "expected", "seems", "poll", "shows", "who", "which", "called", "for", "urged",
    "declined", "comment", "''", "``", "\u2015",
]
paragraph_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)


@pytest.mark.model
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraph_text)
def test_random_quote_marks_never_raise_and_spans_hold(nlp: Any, body: str) -> None:
    text = "Council row over the vote\n\n" + body
    article = read_text(text)
    reading = extract(make_doc(article, nlp), Reading(article=article))
    for q in reading.quotes:
        assert q.contents and q.id.startswith("q")
        for span in (*q.contents, q.cue, q.speaker):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start:span.end] == span.text
    assert all(s.stage == "newsgraph.quotes.rules.v1" for s in reading.skipped)
