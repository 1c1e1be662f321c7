# ruff: noqa: E501  (an article paragraph is one line)
"""Actor errors found on held-out news, each with cases of our own (needs the model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.records import Actor, Reading

pytestmark = pytest.mark.model


def _actors(read: Callable[..., object], text: str) -> tuple[Actor, ...]:
    reading = read(text)
    assert isinstance(reading, Reading)
    return reading.actors


def _by_name(actors: tuple[Actor, ...], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in actors]}"
    return found[0]


# 12a. A headline "... - Name" never gives an actor whose name starts with a dash.
@pytest.mark.parametrize(("text", "person", "headline_mention"), [
    ("No regrets over Iraq - Blair\n\nTony Blair told the inquiry he had no regrets about the invasion.\n", "Tony Blair", "Blair"),
    ("Talks with Syria must go on - Hague\n\nWilliam Hague said talks with Damascus must continue.\n", "William Hague", "Hague"),
])
def test_headline_dash_speaker_is_not_part_of_a_name(read: Callable[..., object], text: str, person: str,
                                                      headline_mention: str) -> None:
    actors = _actors(read, text)
    assert not [a.name for a in actors if not a.name[:1].isalnum()]
    actor = _by_name(actors, person)
    first_line = text.split("\n")[0]
    assert any(m.text == headline_mention and m.end <= len(first_line) for m in actor.mentions)


# 12b. An entity spanning two names joined by a dash is two names.
@pytest.mark.parametrize(("text", "people"), [
    ("Assad - Lavrov talks end without deal\n\nBashar al-Assad met Sergei Lavrov in Damascus on Monday.\n",
     ("Bashar al-Assad", "Sergei Lavrov")),
    ("Putin - Trump summit set for July\n\nVladimir Putin and Donald Trump will meet in Helsinki.\n",
     ("Vladimir Putin", "Donald Trump")),
])
def test_dashed_pair_of_names_is_split(read: Callable[..., object], text: str, people: tuple[str, str]) -> None:
    actors = _actors(read, text)
    assert not [a.name for a in actors if " - " in a.name]
    headline_end = text.index("\n")
    for person in people:
        actor = _by_name(actors, person)
        assert actor.type == "PERSON"
        assert any(m.end <= headline_end for m in actor.mentions), person


# 12c. A "person" that the text calls "the company" or that has Inc/Ltd/plc is an organisation.
@pytest.mark.parametrize(("text", "name"), [
    ("Doughnut chain to open Welsh stores\n\nKrispy Kreme said sales rose 10% in the year. The company said it would open 20 more stores.\n", "Krispy Kreme"),
    ("Coffee chain expands\n\nTim Hortons said it would open 50 cafes in Britain. The firm said demand was strong.\n", "Tim Hortons"),
    ("Helio Labs revenue rises\n\nAUSTIN, Texas--(BUSINESS WIRE)--Helio Labs, Inc. (NASDAQ: HLAB) today said its fourth-quarter revenue rose 12 percent.\n", "Helio Labs"),
])
def test_company_tagged_as_person_is_an_organisation(read: Callable[..., object], text: str, name: str) -> None:
    actors = _actors(read, text)
    found = [a for a in actors if a.name.startswith(name)]
    assert found and all(a.type == "ORG" for a in found), [(a.name, a.type) for a in actors]


def test_person_with_a_role_near_the_company_stays_a_person(read: Callable[..., object]) -> None:
    text = ("Harlow Components cuts jobs\n\nHarlow Components makes car parts. Its chief executive, Dana Whitt, said 200 jobs would go. "
            "The company said the cuts were unavoidable.\n")
    assert _by_name(_actors(read, text), "Dana Whitt").type == "PERSON"


# 12d. Police ranks are roles, not part of the name.
@pytest.mark.parametrize(("text", "name", "role"), [
    ("Man arrested after stabbing\n\nDet Ch Insp Bev Hyland said officers were searching the area.\n", "Bev Hyland", "Det Ch Insp"),
    ("Inquiry widens\n\nDet Supt Carl Dunne, who leads the inquiry, appealed for witnesses.\n", "Carl Dunne", "Det Supt"),
    ("Force apologises\n\nChief Constable Sara Thorne said the force had let the family down.\n", "Sara Thorne", "Chief Constable"),
])
def test_police_rank_is_a_role(read: Callable[..., object], text: str, name: str, role: str) -> None:
    actor = _by_name(_actors(read, text), name)
    assert actor.type == "PERSON"
    assert role in actor.roles


def test_stock_tickers_are_not_actors(read: Callable[..., object]) -> None:
    text = ("Brightfield Energy to build solar farm\n\nDENVER, May 6, 2025 /PRNewswire/ -- Brightfield Energy (NYSE: BFE) "
            "today announced that it will build a solar farm. Rival Kestrel Power (Nasdaq: KPWR) declined to comment.\n")
    names = [a.name for a in _actors(read, text)]
    assert "Brightfield Energy" in names
    assert not [n for n in names if n in ("NYSE", "BFE", "Nasdaq", "KPWR") or ":" in n]
