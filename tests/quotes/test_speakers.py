"""Speaker helpers on hand-built Docs (no model): subjects, mentions, appositions, pronouns."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.quotes.lookup import bare_name, canonical
from newsgraph.quotes.speakers import Resolver, mention_of, speaker_token, subject_of
from newsgraph.records import Actor, TextSpan


@pytest.fixture(scope="module")
def en_vocab() -> Any:
    """An English vocab with lexical attributes (lower case, punctuation), no model needed."""
    return spacy.blank("en").vocab


LEMMAS = {"said": "say", "saying": "say", "quoted": "quote", "smiled": "smile", "met": "meet"}


def build(vocab: Any, rows: list[tuple[str, int, str, str]]) -> Doc:
    """A Doc from (word, head index, dep, pos) rows."""
    words, heads, deps, pos = (list(x) for x in zip(*rows, strict=True))
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_subject_through_a_conjunction_and_a_relative_clause(en_vocab: Any) -> None:
    # He smiled and said that ...  /  Lavrov , who said ...
    doc = build(en_vocab, [("He", 1, "nsubj", "PRON"), ("smiled", 1, "ROOT", "VERB"), ("and", 1, "cc", "CCONJ"),
                           ("said", 1, "conj", "VERB"), ("Lavrov", 1, "dobj", "PROPN"), (",", 4, "punct", "PUNCT"),
                           ("who", 7, "nsubj", "PRON"), ("said", 4, "relcl", "VERB")])
    assert subject_of(doc[3]).text == "He"
    assert subject_of(doc[3], inherit=False) is None
    assert subject_of(doc[7]).text == "Lavrov"


def test_quoted_as_saying_gives_the_one_quoted(en_vocab: Any) -> None:
    doc = build(en_vocab, [("Reuters", 1, "nsubj", "PROPN"), ("quoted", 1, "ROOT", "VERB"),
                           ("an", 3, "det", "DET"), ("official", 1, "dobj", "NOUN"), ("as", 1, "prep", "ADP"),
                           ("saying", 4, "pcomp", "VERB")])
    assert subject_of(doc[1]).text == "official"
    assert subject_of(doc[5]).text == "official"


def test_mention_keeps_modifiers_and_of_phrases_but_not_appositions(en_vocab: Any) -> None:
    # the head of the union , Marc Lefevre , said
    doc = build(en_vocab, [("the", 1, "det", "DET"), ("head", 8, "nsubj", "NOUN"), ("of", 1, "prep", "ADP"),
                           ("the", 4, "det", "DET"), ("union", 2, "pobj", "NOUN"), (",", 1, "punct", "PUNCT"),
                           ("Marc", 7, "compound", "PROPN"), ("Lefevre", 1, "appos", "PROPN"),
                           ("said", 8, "ROOT", "VERB")])
    start, end = mention_of(doc[1])
    assert doc.text[start:end] == "the head of the union"
    name = speaker_token(doc[1])
    assert doc.text[slice(*mention_of(name))] == "Marc Lefevre"


def test_mention_drops_an_unclosed_parenthesis(en_vocab: Any) -> None:
    doc = build(en_vocab, [("the", 2, "det", "DET"), ("Fiscal", 2, "compound", "PROPN"),
                           ("Institute", 5, "nsubj", "PROPN"), ("(", 4, "punct", "PUNCT"),
                           ("IFS", 2, "compound", "PROPN"), ("said", 5, "ROOT", "VERB")])
    assert doc.text[slice(*mention_of(doc[2]))] == "the Fiscal Institute"


def _actor(doc: Doc, aid: str, name: str, kind: str, *words: int) -> Actor:
    spans = tuple(TextSpan.of(doc.text, doc[i].idx, doc[i].idx + len(doc[i].text)) for i in words)
    return Actor(id=aid, name=name, type=kind, mentions=spans)


def test_pronoun_and_description_resolve_to_salient_actors(en_vocab: Any) -> None:
    words = ["Ford", "met", "Acme", ".", "He", "said", "it", "said", "the", "company", "said"]
    doc = Doc(en_vocab, words=words, pos=["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB",
                                          "DET", "NOUN", "VERB"],
              heads=[1, 1, 1, 1, 5, 5, 7, 7, 9, 10, 10],
              deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ROOT", "det", "nsubj", "ROOT"],
              lemmas=[LEMMAS.get(w, w.lower()) for w in words],
              tags=["NNP", "VBD", "NNP", ".", "PRP", "VBD", "PRP", "VBD", "DT", "NN", "VBD"])
    ford = _actor(doc, "a1", "Alan Ford", "PERSON", 0)
    acme = _actor(doc, "a2", "Acme Corp", "ORG", 2)
    resolver = Resolver(doc, [ford, acme])
    resolver.note_subjects([])
    assert resolver.resolve(mention_of(doc[4]), doc[4]).actor == ford
    assert resolver.resolve(mention_of(doc[6]), doc[6]).actor == acme
    assert resolver.resolve(mention_of(doc[9]), doc[9]).actor == acme


def test_names_without_actors_lose_titles_and_determiners() -> None:
    assert bare_name("Mr Lavrov's") == "Lavrov"
    assert bare_name("The UN") == "UN"
    assert bare_name("President Assad") == "Assad"
    people = [Actor(id="a1", name="Sergei Lavrov", type="PERSON", mentions=())]
    assert canonical(people, "Lavrov") == people[0]
    assert canonical(people, "Hague") is None
