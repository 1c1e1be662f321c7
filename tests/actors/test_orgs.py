"""Organisation tables and what a name says about an organisation (no model)."""

from __future__ import annotations

import pytest

from newsgraph.actors.orgs import country_in, known, profile, sector_of_name


@pytest.mark.parametrize(
    ("text", "name", "sector", "country"),
    [
        ("the United Nations", "UN", "IGO", None),
        ("U.N.", "UN", "IGO", None),
        ("WHO", "World Health Organization", "IGO", None),
        ("Nato", "Nato", "IGO", None),
        ("BBC", "BBC", "MED", "GBR"),
        ("Reuters", "Reuters", "MED", "GBR"),
        ("The Associated Press", "Associated Press", "MED", "USA"),
        ("Médecins Sans Frontières", "Medecins Sans Frontieres", "NGO", None),
        ("Doctors Without Borders", "Medecins Sans Frontieres", "NGO", None),
        ("Red Cross", "Red Cross", "IGO", None),
        ("Isis", "Islamic State", "REB", None),
    ],
)
def test_known_organisations(text: str, name: str, sector: str, country: str | None) -> None:
    prof = profile(text)
    assert (prof.name, prof.sector, prof.country) == (name, sector, country)


@pytest.mark.parametrize("text", ["who", "is", "ap", "Acme Widgets"])
def test_capital_acronyms_need_capitals_and_unknown_names_are_unknown(text: str) -> None:
    assert known(text) is None


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Syrian National Coalition", "SYR", None),
        ("Russian Foreign Ministry", "RUS", "GOV"),
        ("Free Syrian Army", "SYR", "MIL"),
        ("Bank of America", "USA", "BUS"),
        ("University of Leeds", None, "EDU"),
        ("Lopez Foods", None, None),
    ],
)
def test_country_and_sector_from_an_organisations_name(name: str, country: str | None, sector: str | None) -> None:
    assert (country_in(name), sector_of_name(name)) == (country, sector)
