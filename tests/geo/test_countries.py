"""The offline country tables: names, aliases, demonyms, capitals, codes (no model)."""

from __future__ import annotations

import pytest

from newsgraph.geo import by_alpha2, by_alpha3, is_capital, lookup, match
from newsgraph.geo.countries import normalise, plurals, un_members


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Russian", "RUS"), ("Russians", "RUS"),
        ("Moscow", "RUS"), ("the Kremlin", "RUS"), ("Syria", "SYR"), ("Syrians", "SYR"), ("Damascus", "SYR"),
        ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"), ("British", "GBR"),
        ("Britons", "GBR"), ("London", "GBR"), ("Downing Street", "GBR"), ("US", "USA"), ("U.S.", "USA"),
        ("America", "USA"), ("the United States", "USA"), ("Americans", "USA"), ("Washington", "USA"),
        ("White House", "USA"), ("United States of America", "USA"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"), ("Syrian Arab Republic", "SYR"),
        ("Israeli", "ISR"), ("Israelis", "ISR"), ("Beijing", "CHN"), ("Chinese", "CHN"),
        ("Iran", "IRN"), ("Tehran", "IRN"), ("South Korea", "KOR"), ("North Korean", "PRK"), ("Seoul", "KOR"),
        ("FRENCH", "FRA"), ("Frenchmen", "FRA"), ("Côte d’Ivoire", "CIV"), ("Ivorian", "CIV"), ("Kyiv", "UKR"),
        ("Kiev", "UKR"), ("the Netherlands", "NLD"), ("Dutch", "NLD"), ("Swiss", "CHE"), ("Filipinos", "PHL"),
        ("Guinea-Bissau", "GNB"), ("Guinea Bissau", "GNB"), ("Saudis", "SAU"), ("Emirati", "ARE"),
        ("Congolese", "COD"), ("Brazzaville", "COG"), ("Russia's", "RUS"), ("Palestinians", "PSE"),
        ("Taiwanese", "TWN"), ("Kosovo", "XKX"), ("Greenland", "GRL"),
    ],
)
def test_lookup_names_demonyms_capitals(text: str, alpha3: str) -> None:
    found = lookup(text)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize("text", ["us", "turkey", "china", "male", "poles", "Atlantis", "", "the", "president"])
def test_lookup_refuses_ordinary_words_and_unknowns(text: str) -> None:
    assert lookup(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Russia", "name"), ("Russian", "demonym"), ("Moscow", "capital"), ("Kremlin", "seat"), ("Scotland", "part")],
)
def test_match_says_how_text_names_a_country(text: str, kind: str) -> None:
    found = match(text)
    assert found is not None and found.kind == kind


def test_parts_belong_to_their_country_without_being_it() -> None:
    found = match("Scots")
    assert found is not None and found.place == "Scotland" and found.country.alpha3 == "GBR"


def test_is_capital_tells_cities_from_countries() -> None:
    assert is_capital("Moscow") and is_capital("damascus") and is_capital("Washington DC")
    assert not is_capital("Russia") and not is_capital("Kremlin") and not is_capital("Syrian")


def test_codes_round_trip() -> None:
    russia = by_alpha3("rus")
    assert russia is not None and (russia.alpha2, russia.name) == ("RU", "Russia")
    assert by_alpha2("gb") == by_alpha3("GBR")
    assert by_alpha3("ZZZ") is None and by_alpha2("ZZ") is None


def test_every_un_member_has_a_demonym_or_capital_and_common_name() -> None:
    members = un_members()
    assert len(members) == 193
    assert len({c.alpha2 for c in members}) == 193
    for country in members:
        assert lookup(country.name) == country, country
        assert by_alpha2(country.alpha2) == country


@pytest.mark.parametrize(
    ("demonym", "expected"),
    [("Syrian", ("Syrians",)), ("British", ()), ("Chinese", ()), ("Swiss", ()), ("Frenchman", ("Frenchmen",))],
)
def test_plurals(demonym: str, expected: tuple[str, ...]) -> None:
    assert plurals(demonym) == expected


def test_normalise() -> None:
    assert normalise("the U.S.") == "us"
    assert normalise("Côte d’Ivoire") == "cote d'ivoire"
    assert normalise("Russia's") == "russia"


def test_forms_lists_names_and_demonyms_as_written() -> None:
    from newsgraph.geo import forms

    assert {"Russia", "Russian Federation", "Russian", "Russians"} <= set(forms("RUS"))
    assert forms("rus", kinds=("capital", "seat")) == ("Moscow", "Kremlin")
    assert forms("ZZZ") == ()
