# ruff: noqa: E501  (an article paragraph is one line)
"""Issue 10, item 4: outlets and pollsters named as sources are organisations, and a place name inside
a longer name is neither an actor nor a place of its own (model; an invented article we wrote)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.records import Reading

pytestmark = [pytest.mark.model, pytest.mark.issue10]

ARTICLE = """Politics

Ruritania vote tightens as outlets tally the polls

The senator told The Washington Post on Tuesday that she would run again, and a reporter for the Chicago Tribune asked her about the budget.

Russia Today aired the speech, while the Boston Globe and the Texas Tribune carried only a short report.

She served in the Iraq War and now advises Iraq and Afghanistan Veterans of America, a group she joined after the Boston Marathon.

Russian President Vladimir Putin called Indiana Gov. Mike Pence and Florida Sen. Marco Rubio in Washington Monday, according to Reuters.

A New York Democrat said the British Prime Minister had called Texas and Ohio officials.

According to the Des Moines Register, a Quinnipiac University poll and a Gallup survey show the race is close, while a Pew Research Center study and Axios found voters undecided.

Politico, The Hill, MSNBC and Xinhua also reported the figures.
"""


@pytest.fixture(scope="module")
def reading(read: Callable[..., Reading]) -> Reading:
    return read(ARTICLE)


def _actor(reading: Reading, name: str) -> tuple[str, str | None, str | None]:
    found = [a for a in reading.actors if a.name == name]
    assert len(found) == 1, f"{name!r}: {[(a.name, a.type) for a in reading.actors]}"
    return found[0].type, found[0].sector, found[0].country


@pytest.mark.parametrize(
    ("name", "sector", "country"),
    [
        ("Washington Post", "MED", "USA"),
        ("Chicago Tribune", "MED", "USA"),
        ("Boston Globe", "MED", "USA"),
        ("Texas Tribune", "MED", "USA"),
        ("Des Moines Register", "MED", "USA"),
        ("Reuters", "MED", "GBR"),
        ("Politico", "MED", "USA"),
        ("The Hill", "MED", "USA"),
        ("MSNBC", "MED", "USA"),
        ("Xinhua", "MED", "CHN"),
        ("Axios", "MED", "USA"),
        ("Gallup", "RES", "USA"),
        ("Pew Research Center", "RES", "USA"),
    ],
)
def test_outlets_and_pollsters_are_organisations(reading: Reading, name: str, sector: str, country: str) -> None:
    assert _actor(reading, name) == ("ORG", sector, country)


def test_russia_today_is_the_channel(reading: Reading) -> None:
    (rt,) = [a for a in reading.actors if any(m.text == "Russia Today" for m in a.mentions)]
    assert (rt.type, rt.sector, rt.country) == ("ORG", "MED", "RUS")


def test_a_quinnipiac_poll_is_not_media(reading: Reading) -> None:
    (poll,) = [a for a in reading.actors if a.name.startswith("Quinnipiac")]
    assert (poll.type, poll.sector) == ("ORG", "RES")


def _place_mentions(reading: Reading) -> set[tuple[int, str]]:
    spans = {(m.start, m.text) for a in reading.actors if a.type in ("GPE", "LOC", "NORP") for m in a.mentions}
    return spans | {(m.start, m.text) for p in reading.places for m in p.mentions}


@pytest.mark.parametrize(
    ("inside", "longer"),
    [
        ("Washington", "The Washington Post"),
        ("Chicago", "the Chicago Tribune"),
        ("Russia", "Russia Today"),
        ("Boston", "the Boston Globe"),
        ("Texas", "the Texas Tribune"),
        ("Iraq", "the Iraq War"),
        ("Afghanistan", "Afghanistan Veterans"),
        ("Boston", "the Boston Marathon"),
        ("Des Moines", "the Des Moines Register"),
    ],
)
def test_a_place_inside_a_longer_name_is_no_place(reading: Reading, inside: str, longer: str) -> None:
    at = ARTICLE.index(longer) + longer.index(inside)
    assert (at, inside) not in _place_mentions(reading)


@pytest.mark.parametrize(
    ("place", "after"),
    [
        ("Russian", "Russian President"),
        ("Indiana", "Indiana Gov."),
        ("Florida", "Florida Sen."),
        ("Washington", "Washington Monday"),
        ("New York", "New York Democrat"),
        ("British", "British Prime"),
        ("Texas", "Texas and"),
        ("Iraq", "Iraq and"),
    ],
)
def test_a_place_before_a_title_a_day_or_a_conjunction_stands(reading: Reading, place: str, after: str) -> None:
    at = ARTICLE.index(after)
    assert any(start == at and text == place for start, text in _place_mentions(reading))


@pytest.mark.parametrize("after", ["Indiana Gov.", "Florida Sen.", "Washington Monday", "New York Democrat",
                                   "Texas and", "Iraq and"])
def test_the_places_stage_keeps_a_place_before_a_title_a_day_or_a_conjunction(reading: Reading, after: str) -> None:
    at = ARTICLE.index(after)
    assert any(m.start == at for p in reading.places for m in p.mentions), [p.name for p in reading.places]
