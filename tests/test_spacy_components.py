"""The stages as spaCy components: `nlp.add_pipe("newsgraph_quotes")` in anyone's pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.records import Reading

TEXT = '"We will not give up," Foreign Minister Ana Ruiz said on Monday.\n'


@pytest.mark.model
def test_components_come_from_entry_points_and_fill_user_data() -> None:
    from newsgraph.nlp.doc import DEFAULT_MODEL, load_model

    load_model.cache_clear()
    nlp = load_model(DEFAULT_MODEL)  # a fresh pipeline object, not shared with other tests
    try:
        nlp.add_pipe("newsgraph_actors")
        nlp.add_pipe("newsgraph_quotes")
        doc = nlp(TEXT)
    finally:
        load_model.cache_clear()
    reading = doc.user_data["newsgraph"]
    assert isinstance(reading, Reading)
    (quote,) = reading.quotes
    assert quote.contents[0].text == "We will not give up,"
    assert quote.speaker_name == "Ana Ruiz"
    assert not Doc.has_extension("quotes")  # extensions are opt-in, never set at import


@pytest.mark.model
def test_doc_extensions_are_opt_in(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.spacy_components import StageComponent, set_doc_extensions

    set_doc_extensions()
    try:
        doc = StageComponent("newsgraph.quotes.rules.v1")(StageComponent("newsgraph.actors.rules.v1")(nlp(TEXT)))
        assert [q.speaker_name for q in doc._.quotes] == ["Ana Ruiz"]
    finally:
        for name in ("newsgraph", "quotes", "actors"):
            Doc.remove_extension(name)
