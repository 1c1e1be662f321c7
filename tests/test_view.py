"""The human view of a reading (model-free)."""

from __future__ import annotations

import pytest

from newsgraph.records import Figure, TextSpan
from newsgraph.view import figure_text

SPAN = TextSpan(0, 1, "x")


@pytest.mark.issue12
@pytest.mark.parametrize(
    ("figure", "line"),
    [
        (Figure("f1", "DISPLACED", 350_000, SPAN, approximate=True, object="people", term="Displaced",
                qualifier="more than", low=350_000), "DISPLACED (Displaced) more than 350,000 people"),
        (Figure("f2", "HOUSING_DESTROYED", 300, SPAN, approximate=True, object="homes", term="Destroyed Housing",
                unit="houses", low=200, high=300), "HOUSING_DESTROYED (Destroyed Housing) 200-300 homes [houses]"),
        (Figure("f3", "KILL", 24, SPAN, approximate=True, object="people", low=24), "KILL ~24 people"),
        (Figure("f4", "KILL", 40, SPAN, approximate=True, object="people"), "KILL ~40 people"),
        (Figure("f5", "SHELTER", 1_100, SPAN, object="families", term="Sheltered", unit="households"),
         "SHELTER (Sheltered) 1,100 families [households]"),
    ],
)
def test_figure_lines(figure: Figure, line: str) -> None:
    assert figure_text(figure) == line
