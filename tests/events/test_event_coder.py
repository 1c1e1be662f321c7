"""The event coder and stage on hand-built parses: negation, reported speech, future, actors, dates (no model)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.events import coder, rules
from newsgraph.records import Actor, Article, Reading, TextSpan

LEMMAS = {"said": "say", "met": "meet"}


@pytest.fixture(scope="module")
def en_vocab() -> Vocab:
    """An English vocabulary with lexical attributes (lower case, ...), as spaCy's own tests use."""
    vocab: Vocab = spacy.blank("en").vocab
    return vocab


def parse(vocab: Vocab, rows: list[tuple[str, int, str, str]], ents: list[str] | None = None) -> Doc:
    """A Doc from (word, head, dep, pos) rows; lemmas are the lower-case words but for ``LEMMAS``."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    return Doc(vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=lemmas, ents=ents)


WONT_PRESSURE = [("Russia", 3, "nsubj", "PROPN"), ("will", 3, "aux", "AUX"), ("not", 3, "neg", "PART"),
                 ("pressure", 3, "ROOT", "VERB"), ("Assad", 3, "dobj", "PROPN"), (".", 3, "punct", "PUNCT")]
REPORTED = [("Lavrov", 1, "nsubj", "PROPN"), ("said", 1, "ROOT", "VERB"), ("Russia", 5, "nsubj", "PROPN"),
            ("would", 5, "aux", "AUX"), ("not", 5, "neg", "PART"), ("ask", 1, "ccomp", "VERB"),
            ("Assad", 5, "dobj", "PROPN"), ("to", 8, "aux", "PART"), ("stand", 5, "xcomp", "VERB"),
            ("aside", 8, "advmod", "ADV"), (".", 1, "punct", "PUNCT")]
WILL_VISIT = [("France", 2, "nsubj", "PROPN"), ("will", 2, "aux", "AUX"), ("visit", 2, "ROOT", "VERB"),
              ("Mali", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT")]
DID_NOT_ATTACK = [("The", 1, "det", "DET"), ("army", 4, "nsubj", "NOUN"), ("did", 4, "aux", "AUX"),
                  ("not", 4, "neg", "PART"), ("attack", 4, "ROOT", "VERB"), ("the", 6, "det", "DET"),
                  ("town", 4, "dobj", "NOUN"), (".", 4, "punct", "PUNCT")]
MET_ON_THURSDAY = [("Russia", 1, "nsubj", "PROPN"), ("met", 1, "ROOT", "VERB"), ("Syria", 1, "dobj", "PROPN"),
                   ("on", 1, "prep", "ADP"), ("Thursday", 3, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]


def test_wont_pressure_is_a_reject_not_a_request(en_vocab: Vocab) -> None:
    doc = parse(en_vocab, WONT_PRESSURE)
    (frame,) = coder.code(doc[3])
    assert (frame.category, frame.negated) == ("REJECT", False)
    assert [t.text for t in frame.agents] == ["Russia"] and [t.text for t in frame.recipients] == ["Assad"]


def test_reported_refusal_to_ask_is_a_reject_by_the_one_who_would_ask(en_vocab: Vocab) -> None:
    doc = parse(en_vocab, REPORTED)
    (frame,) = coder.code(doc[1])
    assert (frame.category, frame.mode, frame.cue.text) == ("REJECT", "change", "ask")
    assert [t.text for t in frame.agents] == ["Russia"] and [t.text for t in frame.recipients] == ["Assad"]


def test_future_visit_is_an_agree(en_vocab: Vocab) -> None:
    doc = parse(en_vocab, WILL_VISIT)
    (frame,) = coder.code(doc[2])
    assert (frame.category, frame.future) == ("AGREE", True)
    assert [t.text for t in frame.recipients] == ["Mali"]


def test_negated_attack_is_marked_negated(en_vocab: Vocab) -> None:
    doc = parse(en_vocab, DID_NOT_ATTACK)
    (frame,) = coder.code(doc[4])
    assert (frame.category, frame.negated) == ("ASSAULT", True)


def _reading(doc: Doc, actors: tuple[Actor, ...], published: date | None = None) -> Reading:
    text = doc.text
    article = Article(id="t", text=text, paragraphs=(TextSpan.of(text, 0, len(text)),), published=published)
    return Reading(article=article, actors=actors)


def _actor(doc: Doc, i: int, actor_id: str, country: str) -> Actor:
    token = doc[i]
    return Actor(actor_id, token.text, "GPE", (TextSpan.of(doc.text, token.idx, token.idx + len(token)),),
                 country=country)


def test_stage_ties_events_to_actor_ids_and_spans(en_vocab: Vocab) -> None:
    doc = parse(en_vocab, WONT_PRESSURE)
    reading = rules.extract(doc, _reading(doc, (_actor(doc, 0, "a1", "RUS"), _actor(doc, 4, "a2", "SYR"))))
    (event,) = reading.events
    assert (event.category, event.actor, event.recipient) == ("REJECT", ("a1",), ("a2",))
    assert event.evidence.text == doc.text == reading.article.text[event.evidence.start:event.evidence.end]
    assert event.cue is not None and event.cue.text == "pressure"
    assert event.method == "newsgraph.events.rules.v1"


def test_stage_drops_negated_conflict_with_a_recorded_reason(en_vocab: Vocab) -> None:
    doc = parse(en_vocab, DID_NOT_ATTACK)
    reading = rules.extract(doc, _reading(doc, ()))
    assert reading.events == ()
    assert any("negated ASSAULT" in s.reason for s in reading.skipped)


def test_stage_resolves_the_date_against_publication(en_vocab: Vocab) -> None:
    ents = ["B-GPE", "O", "B-GPE", "O", "B-DATE", "O"]
    doc = parse(en_vocab, MET_ON_THURSDAY, ents)
    actors = (_actor(doc, 0, "a1", "RUS"), _actor(doc, 2, "a2", "SYR"))
    (event,) = rules.extract(doc, _reading(doc, actors, published=date(2013, 2, 22))).events
    assert (event.category, event.date) == ("CONSULT", date(2013, 2, 21))
    (undated,) = rules.extract(doc, _reading(doc, actors)).events
    assert undated.date is None


def test_stage_ignores_text_outside_headline_and_body(en_vocab: Vocab) -> None:
    doc = parse(en_vocab, WONT_PRESSURE)
    article = Article(id="t", text=doc.text, boilerplate=(TextSpan.of(doc.text, 0, len(doc.text)),))
    assert rules.extract(doc, Reading(article=article)).events == ()
