"""The trained attribution model: three linear scorers read from the package, no dependency needed.

``scripts/train_attributions.py`` (``make train``) fits them on PolNeAR train and writes
``newsgraph/data/attributions.json``; the model card is docs/models/attributions.md. Scoring a
candidate is a sum of the weights of its features, so it costs a few dictionary look-ups.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsgraph.errors import Errors, ModelError

FORMAT = "newsgraph.attributions/1"
_ZEROS = itertools.repeat(0.0)


@dataclass(frozen=True, slots=True)
class Linear:
    """A logistic regression: ``prob(features) = sigmoid(bias + sum of the features' weights)``."""

    bias: float
    weights: Mapping[str, float]
    threshold: float = 0.5

    def margin(self, features: Iterable[str]) -> float:
        """The linear score (log-odds) of a candidate with these features."""
        return self.bias + sum(map(self.weights.get, features, _ZEROS))  # unknown features weigh 0

    def prob(self, features: Iterable[str]) -> float:
        """The probability that the candidate is a positive."""
        m = self.margin(features)
        return 1.0 / (1.0 + math.exp(-m)) if m > -40 else 0.0

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Linear:
        """Build from the ``{"bias", "weights", "threshold"?}`` object the trainer writes."""
        return cls(float(data["bias"]), dict(data["weights"]), float(data.get("threshold", 0.5)))


@dataclass(frozen=True, slots=True)
class AttributionModel:
    """The cue, content-start and content-sibling scorers and the nouns that may head a cue."""

    cue: Linear
    start: Linear
    sibling: Linear
    nominal: frozenset[str]


@functools.lru_cache(maxsize=1)
def load() -> AttributionModel:
    """Load (once per process) the model shipped in the package.

    Raises:
        ModelError: when the weights file is missing or of another format (retrain with ``make train``).
    """
    try:
        raw = resources.files("newsgraph").joinpath("data/attributions.json").read_text(encoding="utf-8")
        data = json.loads(raw)
    except (FileNotFoundError, ValueError) as err:
        raise ModelError(Errors.E201.format(problem=str(err))) from None
    if data.get("format") != FORMAT:
        raise ModelError(Errors.E201.format(problem=f"format {data.get('format')!r}, expected {FORMAT!r}"))
    return AttributionModel(Linear.from_json(data["cue"]), Linear.from_json(data["start"]),
                            Linear.from_json(data["sibling"]), frozenset(data["nominal"]))
