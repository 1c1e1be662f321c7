"""scan._occurrences finds a name form as a whole word exactly as the regex ``(?<![\\w-])FORM(?![\\w-])`` would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.actors.scan import _occurrences

PIECES = st.sampled_from([*"ab -_.\u00e91\n", "ab", "a-b", "Lavrov", "Lavrov's"])


def _regex(text: str, form: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w\-])" + re.escape(form) + r"(?![\w\-])")
    return [(m.start(), m.end()) for a, b in spans for m in pattern.finditer(text, a, b)]


def test_whole_words_only() -> None:
    text = "Lavrov met Lavrovsky; Mr Lavrov-Smith and Lavrov."
    assert list(_occurrences(text, "Lavrov", [(0, len(text))])) == [(0, 6), (42, 48)]


@settings(max_examples=500)
@given(st.lists(PIECES, max_size=30).map("".join), st.lists(PIECES, min_size=1, max_size=3).map("".join),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)).map(sorted).map(tuple), max_size=3))
def test_same_as_the_regex(text: str, form: str, spans: list[tuple[int, int]]) -> None:
    assert list(_occurrences(text, form, spans)) == _regex(text, form, spans)
