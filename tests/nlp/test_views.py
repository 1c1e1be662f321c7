"""nlp.views answers exactly what spaCy's own Doc, Span and Token accessors answer (the line rule: test_doc.py)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.nlp import views
from newsgraph.nlp.doc import _prepare

pytestmark = pytest.mark.model

ARTICLE = (
    "World\n"
    "Ministers meet in Geneva as talks on Syria resume\n"
    "\n"
    "The UN says more than 70,000 people have died. Russian Foreign Minister Sergei Lavrov said on "
    "Tuesday that Moscow would not press President Bashar al-Assad to step down.\n"
    "  \u00a0\"We will not do it,\" he told reporters in Moscow, according to Interfax.\n"
    "Image caption Refugees at a camp in Jordan\n"
    "Britain's Foreign Secretary William Hague and US Secretary of State John Kerry met in London."
)


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(_prepare(nlp, ARTICLE))


def test_text_tokens_offsets(doc: Any) -> None:
    assert views.text(doc) == doc.text == ARTICLE
    assert views.tokens(doc) == list(doc)
    assert views.offsets(doc) == [t.idx for t in doc]


def test_sentences_and_sentence_of_each_token(doc: Any) -> None:
    assert views.sents(doc) == list(doc.sents)
    for token in doc:
        assert views.sent_of(doc, token.i) == token.sent


def test_entities_in_spans_and_at_tokens(doc: Any) -> None:
    assert views.ents(doc) == doc.ents
    assert len(doc.ents) >= 5
    for sent in doc.sents:
        assert views.ents_in(sent) == list(sent.ents)
    for start in range(0, len(doc), 3):
        span = doc[start:start + 7]
        assert views.ents_in(span) == list(span.ents)
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert views.ent_at(doc, token.i) == expected


def test_children_and_span_tokens(doc: Any) -> None:
    for token in doc:
        assert views.children(token) == tuple(token.children)
    for sent in doc.sents:
        assert views.span_tokens(sent) == list(sent)


def test_tokens_between_character_offsets(doc: Any) -> None:
    for start in range(0, len(ARTICLE), 17):
        for end in (start, start + 1, start + 40, len(ARTICLE) + 5):
            for first in (0, 5):
                expected = [t for t in doc[first:] if start <= t.idx < end]
                assert views.tokens_between(doc, start, end, first=first) == expected


def test_release_forgets_the_memo(doc: Any) -> None:
    views.sents(doc)
    views.release(doc)
    assert "newsgraph.views" not in doc.user_data
    assert views.sents(doc) == list(doc.sents)


def test_empty_doc(nlp: Any) -> None:
    empty = nlp(_prepare(nlp, ""))
    assert views.tokens(empty) == [] and views.offsets(empty) == [] and views.sents(empty) == []
    assert views.tokens_between(empty, 0, 10) == []
