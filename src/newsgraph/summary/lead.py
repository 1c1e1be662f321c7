"""The summary stage (placeholder until it lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Reading
from newsgraph.registry import stage


@stage("newsgraph.summary.lead.v1", requires=("doc",), produces=("summary",))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Return the reading unchanged."""
    return reading
