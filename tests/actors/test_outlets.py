"""News outlets and pollsters as sources: our tables and the forms of their names (issue 10, no model)."""

from __future__ import annotations

import pytest

from newsgraph.actors.orgs import known
from newsgraph.actors.outlets import outlet

pytestmark = pytest.mark.issue10


@pytest.mark.parametrize(
    ("name", "sector", "country"),
    [
        # well-known bare names, from the table
        ("Politico", "MED", "USA"),
        ("MSNBC", "MED", "USA"),
        ("Axios", "MED", "USA"),
        ("Breitbart News", "MED", "USA"),
        ("the Associated Press", "MED", "USA"),
        ("Xinhua", "MED", "CHN"),
        ("Le Monde", "MED", "FRA"),
        ("RT", "MED", "RUS"),
        ("Russia Today", "MED", "RUS"),
        # outlets by the form of their names, with the country the name says
        ("Des Moines Register", "MED", "USA"),
        ("the Chicago Tribune", "MED", "USA"),
        ("Texas Tribune", "MED", "USA"),
        ("Boston Globe", "MED", "USA"),
        ("Irish Times", "MED", "IRL"),
        ("Toronto Star", "MED", "CAN"),
        ("Daily Mirror", "MED", None),
        ("Ruritanian News Agency", "MED", None),
        ("Meadowvale Evening Gazette", "MED", None),
        # pollsters and research: RES
        ("Gallup", "RES", "USA"),
        ("Pew Research Center", "RES", "USA"),
        ("Quinnipiac University", "RES", "USA"),
        ("YouGov", "RES", "GBR"),
        ("Ipsos", "RES", "FRA"),
        ("Harbourside Research", "RES", None),
    ],
)
def test_outlets_and_pollsters(name: str, sector: str, country: str | None) -> None:
    found = outlet(name)
    assert found is not None
    assert (found.sector, found.country) == (sector, country)


@pytest.mark.parametrize("name", ["Lone Star", "Acme Widgets", "World Health Organization", "Texas Senate",
                                  "New York", "Globe"])
def test_not_outlets(name: str) -> None:
    assert outlet(name) is None


@pytest.mark.parametrize("name", ["Emily Post", "Sunday Oliseh", "Harbourside Research"])
def test_a_persons_name_needs_more_than_a_masthead(name: str) -> None:
    assert outlet(name, strict=True) is None


def test_the_hill_needs_its_the() -> None:
    assert known("Hill") is None  # a surname
    assert known("The Hill") is not None
    assert known("Hill", the=True) is not None
