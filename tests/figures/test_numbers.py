"""Value parsing of number phrases (model-free)."""

from __future__ import annotations

import pytest

from newsgraph.figures.numbers import Quantity, parse_quantity


@pytest.mark.parametrize(
    ("phrase", "value", "approximate"),
    [
        ("70,000", 70_000, False),
        ("about 70,000", 70_000, True),
        ("one million", 1_000_000, False),
        ("about one million", 1_000_000, True),
        ("2.5 million", 2_500_000, False),
        ("some 2.5 million", 2_500_000, True),
        ("at least 40", 40, True),
        ("More than 1,000", 1_000, True),
        ("nearly 300", 300, True),
        ("an estimated 5,000", 5_000, True),
        ("up to 12", 12, True),
        ("1.2m", 1_200_000, False),
        ("1.5 mn", 1_500_000, False),
        ("3bn", 3_000_000_000, False),
        ("seventy", 70, False),
        ("twenty-five", 25, False),
        ("two hundred and fifty", 250, False),
        ("a dozen", 12, False),
        ("a hundred", 100, False),
        ("dozens", 24, True),
        ("dozens of", 24, True),
        ("scores", 40, True),
        ("hundreds", 200, True),
        ("thousands", 2_000, True),
        ("tens of thousands", 20_000, True),
        ("hundreds of thousands", 200_000, True),
        ("millions", 2_000_000, True),
        ("several hundred", 300, True),
        ("a few thousand", 3_000, True),
    ],
)
def test_counts(phrase: str, value: float, approximate: bool) -> None:
    assert parse_quantity(phrase) == Quantity(float(value), approximate, False)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("a third of", 1 / 3), ("two-thirds", 2 / 3), ("half", 1 / 2), ("one in five", 1 / 5), ("40%", 0.4),
     ("12 per cent", 0.12)],
)
def test_fractions(phrase: str, value: float) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None and quantity.fraction
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize("phrase", ["", "the", "Some", "m", "people", "about", "5 apples"])
def test_not_numbers(phrase: str) -> None:
    assert parse_quantity(phrase) is None
