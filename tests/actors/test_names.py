"""Name helpers of the actors stage (no model)."""

from __future__ import annotations

import pytest

from newsgraph.actors.names import (
    acronym,
    contains_words,
    leading_titles,
    org_key,
    person_name,
    split_names,
    strip_possessive,
    surname_variants,
    title_head,
)


@pytest.mark.parametrize(
    ("text", "first", "surname", "core"),
    [
        ("Sergei Lavrov", "Sergei", "Lavrov", "Lavrov"),
        ("Bashar al-Assad", "Bashar", "al-Assad", "Assad"),
        ("Osama bin Laden", "Osama", "bin Laden", "Laden"),
        ("Staffan de Mistura", "Staffan", "de Mistura", "Mistura"),
        ("Martin Luther King Jr.", "Martin", "King", "King"),
        ("Lavrov", None, "Lavrov", "Lavrov"),
    ],
)
def test_person_name(text: str, first: str | None, surname: str, core: str) -> None:
    name = person_name(text)
    assert (name.first, name.surname, name.core) == (first, surname, core)


def test_surname_variants_cover_short_references() -> None:
    assert {"al-Assad", "Assad"} <= set(surname_variants(person_name("Bashar al-Assad")))
    assert "Von der Leyen" in surname_variants(person_name("Ursula von der Leyen"))


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("President Bashar al-Assad", "Bashar al-Assad"),
        ("Mr Lavrov", "Lavrov"),
        ("Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("Sen. John Smith", "John Smith"),
        ("Dr Ruth Okafor", "Ruth Okafor"),
        ("General", "General"),  # a title that would leave no name stays
        ("Lavrov", "Lavrov"),
    ],
)
def test_leading_titles_strip_titles_and_honorifics(text: str, bare: str) -> None:
    assert text[leading_titles(text) :] == bare


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("World Health Organization", "WHO"),
        ("Medecins Sans Frontieres", "MSF"),
        ("Syrian National Coalition", "SNC"),
        ("Organisation for Security and Co-operation in Europe", "OSCE"),
    ],
)
def test_acronym(name: str, short: str) -> None:
    assert acronym(name) == short


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Foreign", "Minister"], (1, "GOV")),
        (["chief", "executive"], (2, "BUS")),
        (["Sen."], (1, "GOV")),
        (["Secretary-General"], (1, "IGO")),
        (["rebel", "commander"], (2, "REB")),
        (["spokesman"], (1, None)),
        (["talks"], None),
    ],
)
def test_title_head(words: list[str], expected: tuple[int, str | None] | None) -> None:
    assert title_head(words) == expected


def test_org_name_helpers() -> None:
    assert org_key("the U.N.") == "un"
    assert strip_possessive("Russia's") == "Russia" and strip_possessive("Jones\u2019") == "Jones"
    assert contains_words("Syrian National Coalition", "National Coalition")
    assert not contains_words("National Coalition", "Syrian National Coalition")


@pytest.mark.parametrize(("entity", "names"), [
    ("Assad - Lavrov", ["Assad", "Lavrov"]),
    ("- Hague", ["Hague"]),
    ("WIRE)--Helio Labs, Inc.", ["Helio Labs, Inc."]),
    ("Arsene Wenger - he", ["Arsene Wenger"]),
    ("Philip Larkin - battled", ["Philip Larkin"]),
    ("Jean-Paul Sartre", ["Jean-Paul Sartre"]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("World Health Organization (WHO", ["World Health Organization"]),
    ("Ama Owusu-Bempah: 'Nobody", ["Ama Owusu-Bempah"]),
])
def test_split_names(entity: str, names: list[str]) -> None:
    assert [entity[s:e] for s, e in split_names(entity)] == names
