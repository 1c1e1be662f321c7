"""The quotes stage (placeholder until it lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Reading
from newsgraph.registry import stage


@stage("newsgraph.quotes.rules.v1", requires=("actors",), produces=("quotes",))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Return the reading unchanged."""
    return reading
