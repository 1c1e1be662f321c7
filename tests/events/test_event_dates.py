"""Date expressions resolved against the publication date (no model)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.events.dates import resolve

FRIDAY = date(2013, 2, 22)  # a Friday


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("today", False, date(2013, 2, 22)),
        ("yesterday", False, date(2013, 2, 21)),
        ("tomorrow", True, date(2013, 2, 23)),
        ("on Thursday", False, date(2013, 2, 21)),
        ("Thursday", True, date(2013, 2, 28)),
        ("late on Friday", False, date(2013, 2, 22)),
        ("next Monday", False, date(2013, 2, 25)),
        ("last Tuesday", True, date(2013, 2, 19)),
        ("next week", True, date(2013, 2, 25)),
        ("last week", False, date(2013, 2, 11)),
        ("this week", False, date(2013, 2, 18)),
        ("last month", False, date(2013, 1, 1)),
        ("next month", True, date(2013, 3, 1)),
        ("two weeks ago", False, date(2013, 2, 8)),
        ("three days ago", False, date(2013, 2, 19)),
        ("October 16", True, date(2013, 10, 16)),
        ("December 30", False, date(2012, 12, 30)),
        ("16 February", False, date(2013, 2, 16)),
        ("Oct. 3, 2011", False, date(2011, 10, 3)),
        ("15 March 2013", False, date(2013, 3, 15)),
        ("2012-07-04", False, date(2012, 7, 4)),
        ("March 2010", False, date(2010, 3, 1)),
    ],
)
def test_resolves_against_publication(text: str, future: bool, expected: date) -> None:
    assert resolve(text, FRIDAY, future=future) == expected


@pytest.mark.parametrize("text", ["1988", "two years", "the 1990s", "mid-August", "recent weeks", ""])
def test_leaves_periods_and_durations_unresolved(text: str) -> None:
    assert resolve(text, FRIDAY) is None


def test_without_publication_only_dated_expressions_resolve() -> None:
    assert resolve("on Thursday", None) is None
    assert resolve("next week", None) is None
    assert resolve("October 16", None) is None
    assert resolve("16 October 2013", None) == date(2013, 10, 16)


def test_impossible_dates_are_none() -> None:
    assert resolve("February 30", FRIDAY) is None
