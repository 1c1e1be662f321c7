"""Actors: entities clustered per article (placeholder until the actors stage lands)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.records import Reading
from newsgraph.registry import stage


@stage("newsgraph.actors.rules.v1", requires=("doc",), produces=("actors",))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Return the reading with its actors."""
    return replace(reading, actors=())
