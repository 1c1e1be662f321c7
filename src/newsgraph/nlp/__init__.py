"""The only place a spaCy model is loaded."""

from newsgraph.nlp.doc import DEFAULT_MODEL, load_model, make_doc, make_docs, zone_of

__all__ = ["DEFAULT_MODEL", "load_model", "make_doc", "make_docs", "zone_of"]
