"""nlp.doc tokenises in linear time without moving a character, and starts sentences at line breaks."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.nlp.doc import MAX_RUN, PUNCT_RUN, prepare, tokenize

pytestmark = pytest.mark.model

PARTS = ["The", "minister", "said", ",", ".", "\"", "(", ")", " ", "  ", "\n", "\n\n", " \n ", "\t", "[" * PUNCT_RUN,
         "]" * (PUNCT_RUN + 3), "-" * 40, "=" * 17, "[{" * 12, "." * 15, "x" * (MAX_RUN + 7), "\u201c" * 20]

# Words and white space of news text (joined by spaces): the line rule on ordinary tokens.
WORDS = ["Mr", "Lavrov", "said", "the", "UN", "in", "Paris", "on", "Monday", ",", ".", "\"", "\n", "\n\n",
         " \n ", "\u00a0", "\t", "caf\u00e9", "70,000", "people", "-", "'s", "Ms", "Berg", "told", "reporters"]


def _reference_starts(nlp: Any, text: str) -> list[bool | None]:
    """The sentence-start rule written token by token (the first word after a line break starts a sentence)."""
    doc = tokenize(nlp, text)
    after_break = True
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                after_break = True
            continue
        token.is_sent_start = True if after_break else None
        after_break = "\n" in token.whitespace_
    return [t.is_sent_start for t in doc]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PARTS), max_size=30).map("".join))
def test_issue11_tokens_cover_the_text_exactly(nlp: Any, text: str) -> None:
    doc = tokenize(nlp, text)
    assert doc.text == text
    assert all(doc.text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert all(len(t) <= MAX_RUN for t in doc if not t.is_space)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PARTS), max_size=30).map("".join) | st.lists(st.sampled_from(WORDS), max_size=40)
       .map(" ".join) | st.text(max_size=60))
def test_issue11_a_sentence_starts_at_each_line_and_nowhere_else_before_parsing(nlp: Any, text: str) -> None:
    doc = prepare(nlp, text)
    if len(doc) <= 250:  # longer lines get extra starts (MAX_SENTENCE), tested below
        assert [t.is_sent_start for t in doc] == _reference_starts(nlp, text)


def test_issue11_text_without_long_runs_is_tokenised_as_spacy_does(nlp: Any) -> None:
    text = "He said: \"No.\" (Then -- nothing...) [1]\n\n  Next line, ok?"
    ours = [(t.text, t.whitespace_) for t in tokenize(nlp, text)]
    assert ours == [(t.text, t.whitespace_) for t in nlp.make_doc(text)]


def test_issue11_a_run_of_punctuation_is_one_token_per_max_run_characters(nlp: Any) -> None:
    text = "Data: " + "[" * 100_000 + "]" * 100_000 + " end."
    doc = tokenize(nlp, text)
    assert doc.text == text
    assert len(doc) == 4 + 2 * 100  # Data, :, 200 bracket tokens, end, .
    assert [t.text for t in doc][-2:] == ["end", "."]


@pytest.mark.parametrize("unit", ["a-", "1,", "x", "http://x.org/a?"])
def test_issue11_a_run_without_white_space_is_one_token_per_max_run_characters(nlp: Any, unit: str) -> None:
    run = unit * (30 * MAX_RUN // len(unit))
    text = "Before it. " + run + " After it."
    doc = prepare(nlp, text)
    assert doc.text == text
    assert [t.text for t in doc if t.idx >= len("Before it. ") and t.idx < len("Before it. ") + len(run)] == \
        [run[i:i + MAX_RUN] for i in range(0, len(run), MAX_RUN)]
    assert [t.text for t in doc][-3:] == ["After", "it", "."]


def test_issue11_a_run_of_blank_lines_is_read_once(nlp: Any) -> None:
    text = "Title" + "\n" * 200_000 + "Body text here."
    doc = prepare(nlp, text)
    assert [t.text for t in doc if t.is_sent_start] == ["Title", "Body"]


def test_issue11_a_line_of_thousands_of_tokens_gets_sentence_starts(nlp: Any) -> None:
    doc = prepare(nlp, "word " * 2000)
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts[0] == 0 and all(b - a <= 250 for a, b in zip(starts, [*starts[1:], len(doc)], strict=False))
