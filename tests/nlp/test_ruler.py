"""nlp.ruler gives exactly the tags, morphology, lemmas and labels spaCy's own attribute ruler gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph.nlp.doc import load_stock_model, prepare
from newsgraph.nlp.ruler import FastAttributeRuler, compile_rules, install

pytestmark = pytest.mark.model

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
COLUMNS = [POS, TAG, DEP, MORPH, LEMMA, HEAD]
# Words the model's rules name (contractions, "gon na", "let 's", "y' all", negations), and ordinary ones.
WORDS = ["'s", "is", "are", "'re", "am", "'m", "have", "'ve", "be", "do", "does", "did", "'d", "has", "had", "not",
         "n't", "nt", "n\u2019t", "gon", "na", "got", "ta", "let", "c'm", "on", "y'", "y", "all", "ai", "nothin'",
         "i", "you", "it", "but", "that", "if", "while", "gets", "there", "the", "this", "which", "said", "minister",
         "Paris", ",", ".", "\"", "  ", "\n", "\t", "caf\u00e9", "70,000"]


@pytest.fixture(scope="module")
def stock() -> Any:
    """The model as spaCy ships it: its ruler is spaCy's own."""
    return load_stock_model()


@pytest.fixture(scope="module")
def labels(stock: Any) -> tuple[list[str], list[str]]:
    return [*stock.get_pipe("tagger").labels, "_SP", ""], [*stock.get_pipe("parser").labels, "dep", ""]


def _both(ruler: AttributeRuler, doc: Doc) -> tuple[Any, Any]:
    """The doc's columns after spaCy's ruler and after the compiled one, each on its own copy."""
    mine, theirs = (Doc(doc.vocab).from_bytes(doc.to_bytes()) for _ in range(2))
    AttributeRuler.__call__(ruler, theirs)
    FastAttributeRuler.__call__(ruler, mine)
    return theirs.to_array(COLUMNS), mine.to_array(COLUMNS)


def test_the_models_rules_all_compile(stock: Any) -> None:
    compiled = compile_rules(stock.get_pipe("attribute_ruler"))
    assert compiled is not None
    assert len(compiled.steps) >= len(stock.get_pipe("attribute_ruler").patterns)


def test_load_model_compiles_the_ruler_and_stock_does_not(nlp: Any, stock: Any) -> None:
    assert type(nlp.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler


def test_same_columns_as_spacy_on_the_bundled_articles(stock: Any) -> None:
    ruler = stock.get_pipe("attribute_ruler")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    assert texts
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(stock.pipe(prepare(stock, t) for t in texts))
    for doc in docs:
        theirs, mine = _both(ruler, doc)
        assert (theirs == mine).all()
        assert (theirs[:, 0] != 0).any()  # the rules did set parts of speech


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_same_columns_as_spacy_on_random_docs(stock: Any, labels: tuple[list[str], list[str]], data: Any) -> None:
    """Any words, tags and labels: the two-token rules ("gon na", "let 's"), negative and positive indices."""
    tags, deps = labels
    words = data.draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    doc = Doc(stock.vocab, words=words,
              tags=data.draw(st.lists(st.sampled_from(tags), min_size=len(words), max_size=len(words))),
              deps=data.draw(st.lists(st.sampled_from(deps), min_size=len(words), max_size=len(words))),
              heads=list(range(len(words))))
    theirs, mine = _both(stock.get_pipe("attribute_ruler"), doc)
    assert (theirs == mine).all()


def test_a_rule_it_cannot_compile_leaves_spacys_code(stock: Any) -> None:
    ruler = AttributeRuler(stock.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_rules(ruler) is None
    ruler.__class__ = FastAttributeRuler
    doc = ruler(Doc(stock.vocab, words=["very", "very", "good"]))
    assert [t.pos_ for t in doc] == ["ADV", "ADV", ""]


def test_rules_added_after_a_call_apply(stock: Any) -> None:
    ruler = FastAttributeRuler(stock.vocab)
    ruler.add([[{"LOWER": "minister"}]], {"POS": "NOUN"})
    assert [t.pos_ for t in ruler(Doc(stock.vocab, words=["the", "minister"]))] == ["", "NOUN"]
    ruler.add([[{"LOWER": "the"}]], {"POS": "DET", "LEMMA": "the"})
    assert [(t.pos_, t.lemma_) for t in ruler(Doc(stock.vocab, words=["the", "minister"]))] == \
        [("DET", "the"), ("NOUN", "")]


def test_the_later_rule_wins_for_an_attribute_both_set(stock: Any) -> None:
    ruler = FastAttributeRuler(stock.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"LOWER": "talks"}]], {"POS": "VERB"})
    doc = ruler(Doc(stock.vocab, words=["talks"], tags=["NN"]))
    assert (doc[0].pos_, str(doc[0].morph)) == ("VERB", "Number=Sing")


def test_install_changes_only_attribute_rulers(stock: Any) -> None:
    nlp = load_stock_model()
    install(nlp)
    assert [type(c).__name__ for _, c in nlp.components].count("FastAttributeRuler") == 1
    assert type(nlp.get_pipe("tagger")) is type(stock.get_pipe("tagger"))


def test_same_columns_as_spacy_on_bbc_articles(stock: Any, shared: Path) -> None:
    """Real news by other writers (the first 60 articles of the BBC corpus in ../shared)."""
    texts = []
    with (shared / "corpus" / "bbc2225" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line, _ in zip(fh, range(60), strict=False):
            rec = json.loads(line)
            texts.append(f"{rec['headline']}\n{rec['body']}")
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(stock.pipe(prepare(stock, t) for t in texts))
    ruler = stock.get_pipe("attribute_ruler")
    assert sum(int((theirs != mine).any()) for theirs, mine in (_both(ruler, d) for d in docs)) == 0


def test_same_columns_when_the_memo_is_full(stock: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its cap the memo of attribute values starts again; the answers do not change."""
    import newsgraph.nlp.ruler as ruler_module

    monkeypatch.setattr(ruler_module, "_MAX_CACHE", 5)
    ruler = AttributeRuler(stock.vocab)
    for pattern in stock.get_pipe("attribute_ruler").patterns:
        ruler.add(pattern["patterns"], pattern["attrs"], index=pattern["index"])
    texts = [(SAMPLES / name).read_text(encoding="utf-8") for name in ("bbc-un-appeal.txt", "bbc-mali-attack.txt")]
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = [stock(prepare(stock, t)) for t in texts]
    for doc in docs:
        theirs, mine = _both(ruler, doc)
        assert (theirs == mine).all()
    compiled = ruler._compiled
    assert compiled is not None
    # only the second article's values are remembered: the first one's were dropped before it
    last = docs[-1].to_array(compiled.columns)
    assert [len(memo) for memo in compiled.values] == [len(set(last[:, c].tolist())) for c in range(last.shape[1])]


def test_a_model_with_the_compiled_ruler_pickles(nlp: Any) -> None:
    """spaCy pipelines travel by pickle (other processes, Spark): the compiled ruler must too."""
    import pickle

    nlp("The minister said it is so.")  # compiled now
    ruler = pickle.loads(pickle.dumps(nlp.get_pipe("attribute_ruler")))
    assert type(ruler) is FastAttributeRuler
    doc = ruler(Doc(nlp.vocab, words=["it", "is", "n't", "so"], tags=["PRP", "VBZ", "RB", "RB"]))
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "PART", "ADV"]
