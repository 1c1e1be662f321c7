"""newsgraph stages as spaCy pipeline components, for use in anyone's spaCy pipeline.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("newsgraph_actors")
    nlp.add_pipe("newsgraph_quotes")
    doc = nlp(text)
    doc.user_data["newsgraph"].quotes       # a Reading; offsets index doc.text

Registered through the ``spacy_factories`` entry point. Results go to
``doc.user_data["newsgraph"]``; ``Doc._`` extensions are opt-in (:func:`set_doc_extensions`).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp import views
from newsgraph.records import Reading

KEY = "newsgraph"


class StageComponent:
    """Run one newsgraph stage over a parsed Doc, keeping the Reading in ``doc.user_data``."""

    def __init__(self, stage_name: str) -> None:
        self.stage_name = stage_name

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.read.text import read_text
        from newsgraph.registry import get_stage

        reading = doc.user_data.get(KEY)
        if not isinstance(reading, Reading):
            reading = Reading(article=read_text(doc.text))
        try:
            doc.user_data[KEY] = get_stage(self.stage_name)(doc, reading)
        finally:
            views.release(doc)  # a later spaCy component may change the Doc
        return doc


@Language.factory("newsgraph_actors", requires=["doc.ents", "token.dep"])
def make_actors(nlp: Language, name: str) -> StageComponent:
    """spaCy factory of the actors stage."""
    return StageComponent("newsgraph.actors.rules.v1")


@Language.factory("newsgraph_quotes", requires=["doc.sents", "token.dep"])
def make_quotes(nlp: Language, name: str) -> StageComponent:
    """spaCy factory of the quotes stage (add newsgraph_actors first to resolve speakers)."""
    return StageComponent("newsgraph.quotes.rules.v1")


def set_doc_extensions() -> None:
    """Opt in to ``doc._.newsgraph``, ``doc._.quotes`` and ``doc._.actors`` (never done at import)."""

    def getter(field: str) -> Any:
        def get(doc: Doc) -> Any:
            reading = doc.user_data.get(KEY)
            return getattr(reading, field) if reading is not None else ()

        return get

    Doc.set_extension("newsgraph", getter=lambda doc: doc.user_data.get(KEY), force=True)
    Doc.set_extension("quotes", getter=getter("quotes"), force=True)
    Doc.set_extension("actors", getter=getter("actors"), force=True)
