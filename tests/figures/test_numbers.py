"""Value parsing of number phrases (model-free): tables, and properties checked with hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.figures.numbers import AROUND_HEDGES, LOWER_HEDGES, UPPER_HEDGES, Quantity, parse_quantity


@pytest.mark.parametrize(
    ("phrase", "value", "approximate"),
    [
        ("70,000", 70_000, False),
        ("one million", 1_000_000, False),
        ("2.5 million", 2_500_000, False),
        ("1.2m", 1_200_000, False),
        ("1.5 mn", 1_500_000, False),
        ("3bn", 3_000_000_000, False),
        ("seventy", 70, False),
        ("twenty-five", 25, False),
        ("two hundred and fifty", 250, False),
        ("Nine hundred and twenty-one", 921, False),
        ("a dozen", 12, False),
        ("a hundred", 100, False),
        ("half a million", 500_000, False),
        ("one and a half million", 1_500_000, False),
        ("14 000", 14_000, False),
        ("14\u202f000", 14_000, False),
        ("14\u2009000", 14_000, False),
        ("14\u00a0000", 14_000, False),
        ("14.000", 14_000, False),
        ("1.250.000", 1_250_000, False),
        ("14'000", 14_000, False),
        ("1.500 million", 1_500_000, False),
        ("1,5 million", 1_500_000, False),
        ("2.5", 2.5, False),
        ("0.500", 0.5, False),
        ("12,34,567", 1_234_567, False),
        ("1.5 lakh", 150_000, False),
        ("2 crore", 20_000_000, False),
    ],
)
def test_counts(phrase: str, value: float, approximate: bool) -> None:
    assert parse_quantity(phrase) == Quantity(float(value), approximate, False)


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("about 70,000", 70_000, None, None, "about"),
        ("some 2.5 million", 2_500_000, None, None, "some"),
        ("an estimated 5,000", 5_000, None, None, "an estimated"),
        ("at least 40", 40, 40, None, "at least"),
        ("More than 1,000", 1_000, 1_000, None, "more than"),
        ("up to 12", 12, None, 12, "up to"),
        ("nearly 300", 300, None, 300, "nearly"),
        ("as many as 6,600", 6_600, None, 6_600, "as many as"),
        ("dozens", 24, 24, None, None),
        ("dozens of", 24, 24, None, None),
        ("scores", 40, 40, None, None),
        ("hundreds", 200, 200, None, None),
        ("thousands", 2_000, 2_000, None, None),
        ("tens of thousands", 20_000, 20_000, None, None),
        ("hundreds of thousands", 200_000, 200_000, None, None),
        ("millions", 2_000_000, 2_000_000, None, None),
        ("several hundred", 300, 300, None, None),
        ("a few thousand", 3_000, 3_000, None, None),
        ("between 200 and 300", 300, 200, 300, None),
        ("Between 10,000 and 12,000", 12_000, 10_000, 12_000, None),
        ("2,000-3,000", 3_000, 2_000, 3_000, None),
        ("200\u2013300", 300, 200, 300, None),
        ("200 to 300", 300, 200, 300, None),
        ("2 to 3 million", 3_000_000, 2_000_000, 3_000_000, None),
        ("between 1.2 and 1.5 million", 1_500_000, 1_200_000, 1_500_000, None),
        ("between ten and twenty", 20, 10, 20, None),
        ("up to 2,000-3,000", 3_000, 2_000, 3_000, "up to"),
    ],
)
def test_hedges_bounds_and_ranges(phrase: str, value: float, low: float | None, high: float | None,
                                  qualifier: str | None) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None and quantity.approximate and not quantity.fraction
    assert (quantity.value, quantity.low, quantity.high, quantity.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("a third of", 1 / 3), ("two-thirds", 2 / 3), ("half", 1 / 2), ("one in five", 1 / 5), ("40%", 0.4),
     ("12 per cent", 0.12)],
)
def test_fractions(phrase: str, value: float) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None and quantity.fraction
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize("phrase", ["", "the", "Some", "m", "people", "about", "5 apples", "1,200 and 2,000",
                                    "between 300 and 200", "between 40", "1,5", "1,23,45"])
def test_not_numbers(phrase: str) -> None:
    assert parse_quantity(phrase) is None


# --- properties -------------------------------------------------------------------------------------

SEPARATORS = [",", " ", "\u00a0", "\u2009", "\u202f", "'", "."]
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def grouped(n: int, sep: str) -> str:
    """``n`` written with ``sep`` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


def spelled(n: int) -> str:
    """``n`` (1 to 999,999) in words, the British way: "nine hundred and twenty-one thousand"."""
    def below_thousand(k: int) -> str:
        hundreds, rest = divmod(k, 100)
        words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
        if rest:
            tail = _ONES[rest] if rest < 20 else _TENS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else "")
            words.append(f"and {tail}" if hundreds else tail)
        return " ".join(words)

    thousands, rest = divmod(n, 1000)
    parts = [f"{below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        parts.append(("and " if thousands and rest < 100 else "") + below_thousand(rest))
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=10**10), st.sampled_from(SEPARATORS))
def test_grouped_digits_round_trip(n: int, sep: str) -> None:
    assert parse_quantity(grouped(n, sep)) == Quantity(float(n))


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(SEPARATORS),
       st.sampled_from(LOWER_HEDGES + UPPER_HEDGES + AROUND_HEDGES))
def test_hedged_digits_round_trip(n: int, sep: str, hedge: str) -> None:
    quantity = parse_quantity(f"{hedge} {grouped(n, sep)}")
    assert quantity is not None
    assert (quantity.value, quantity.approximate, quantity.qualifier) == (n, True, hedge)
    assert (quantity.low, quantity.high) == ((n, None) if hedge in LOWER_HEDGES else
                                             (None, n) if hedge in UPPER_HEDGES else (None, None))


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "m", "mn", " million", "bn"]))
def test_scaled_decimals_round_trip(tenths: int, scale: str) -> None:
    text = f"{tenths / 10:g}{scale if scale.startswith(' ') or len(scale) < 3 else ' ' + scale}"
    expected = tenths * (100_000_000 if scale == "bn" else 100_000)
    assert parse_quantity(text) == Quantity(float(expected))


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_round_trip(n: int) -> None:
    assert parse_quantity(spelled(n)) == Quantity(float(n))


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=1, max_value=10**8),
       st.sampled_from(SEPARATORS), st.sampled_from(["between {} and {}", "{}-{}", "{}\u2013{}", "{} to {}"]))
def test_ranges_round_trip(low: int, gap: int, sep: str, form: str) -> None:
    high = low + gap
    quantity = parse_quantity(form.format(grouped(low, sep), grouped(high, sep)))
    assert quantity == Quantity(float(high), True, False, float(low), float(high))
