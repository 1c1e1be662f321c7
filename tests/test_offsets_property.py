"""Offsets are sacred: every span of every reading satisfies text[start:end] == span.text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.reading import to_dict

WORDS = [
    "Mr", "Ms", "Lavrov", "Anna", "Berg", "Russia", "Moscow", "the", "UN", "said", "told", "says", "added",
    "that", "he", "she", "they", "would", "not", "attack", "meet", "talks", "in", "London", "on", "Thursday",
    "70,000", "about", "people", "were", "killed", "fled", "President", "Foreign", "Minister", "according", "to",
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", ",", ".", ":", "-", "\n", "\n\n",
    "Media caption", "Image caption",
    "caf\u00e9", "\u00c9lys\u00e9e", "\U0001f600", "  ", "\t",
]


def spans(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every {"start","end","text"} object anywhere in a reading."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


article_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join)


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=article_text)
def test_every_span_indexes_the_text(read, text: str) -> None:  # type: ignore[no-untyped-def]
    if not text.strip():
        return
    reading = to_dict(read(text))
    assert reading["text"] == text
    for span in spans({k: v for k, v in reading.items() if k != "text"}):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"]
