"""The actors stage on short articles we wrote ourselves, one per outlet style (needs the model).

Each row: an article, then the actors it must hold: (name, type, roles that must be among the
actor's roles, country, sector, mention texts that must be among its mentions).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.records import Actor, Reading

from . import articles

Expected = tuple[str, str, tuple[str, ...], str | None, str | None, tuple[str, ...]]

CASES: list[tuple[str, str, list[Expected]]] = [
    (
        "us_wire",
        articles.US_WIRE,
        [
            ("Jane Doe", "PERSON", ("Secretary of State",), None, "GOV", ("Jane Doe", "Doe")),
            ("John Smith", "PERSON", ("Senator",), "USA", "GOV", ("John Smith", "Smith")),
            ("Mark Allen", "PERSON", ("President",), None, "GOV", ("Mark Allen", "Allen")),
            ("United States", "GPE", (), "USA", None, ("White House",)),
            ("Associated Press", "ORG", (), "USA", "MED", ("AP", "Associated Press")),
            ("State Department", "ORG", (), None, "GOV", ("State Department",)),
        ],
    ),
    (
        "british",
        articles.BRITISH,
        [
            ("Amber Stone", "PERSON", ("Home Secretary",), None, "GOV", ("Amber Stone", "Stone")),
            ("Theresa Hale", "PERSON", ("Prime Minister",), None, "GOV", ("Hale", "the prime minister")),
            ("Owen Brierley", "PERSON", ("Labour leader",), None, None, ("Owen Brierley",)),
            ("Ruth Okafor", "PERSON", ("transport economist",), None, "EDU", ("Ruth Okafor",)),
            ("United Kingdom", "GPE", (), "GBR", None, ("Downing Street",)),
        ],
    ),
    (
        "un_acronyms",
        articles.UN_ACRONYMS,
        [
            ("World Health Organization", "ORG", (), None, "IGO", ("World Health Organization", "WHO")),
            ("Global Water Alliance", "ORG", ("network of charities",), None, "NGO", ("GWA", "the alliance")),
            ("Tomas Ferreira", "PERSON", ("spokesman",), None, None, ("Tomas Ferreira",)),
            ("Medecins Sans Frontieres", "ORG", ("medical charity",), None, "NGO", ("Medecins Sans Frontieres",)),
            ("Red Cross", "ORG", (), None, "IGO", ("Red Cross",)),
            ("Mozambique", "GPE", (), "MOZ", None, ("Mozambique",)),
        ],
    ),
    (
        "appositions",
        articles.APPOSITIONS,
        [
            ("Nadia Haddad", "PERSON", ("prime minister",), "LBN", "GOV", ("Nadia Haddad", "Haddad")),
            ("Karim Aziz", "PERSON", ("spokesman",), "LBN", "MIL", ("Karim Aziz",)),
            ("Tom Baker", "PERSON", ("teacher",), None, "EDU", ("Tom Baker",)),
            ("Hezbollah", "ORG", ("militant group",), None, "REB", ("Hezbollah",)),
            ("Israel", "GPE", (), "ISR", None, ("Israeli",)),
            ("Lebanon", "GPE", (), "LBN", None, ("Lebanon", "Lebanese")),
        ],
    ),
    (
        "shared_surname",
        articles.SHARED_SURNAME,
        [
            ("Maria Lopez", "PERSON", ("chief executive",), None, "BUS", ("Maria Lopez",)),
            ("Carlos Lopez", "PERSON", (), None, None, ("Carlos Lopez",)),
            ("Lopez Foods", "ORG", (), None, None, ("Lopez Foods",)),
        ],
    ),
    (
        "metonyms",
        articles.METONYMS,
        [
            ("Russia", "GPE", (), "RUS", None, ("Kremlin", "Moscow", "Russian")),
            ("United States", "GPE", (), "USA", None, ("Washington",)),
            ("China", "GPE", (), "CHN", None, ("Beijing", "Chinese")),
            ("Ukraine", "GPE", (), "UKR", None, ("Ukrainian", "Ukrainians")),
            ("Moscow", "GPE", (), "RUS", None, ("Moscow",)),  # "travel to Moscow": the city
        ],
    ),
    (
        "reuters_wire",
        articles.REUTERS_WIRE,
        [
            ("Joe Biden", "PERSON", ("President",), "USA", "GOV", ("Joe Biden", "Biden")),
            ("Olaf Scholz", "PERSON", ("Chancellor",), "DEU", "GOV", ("Olaf Scholz",)),
            ("Volodymyr Zelenskiy", "PERSON", ("President",), "UKR", "GOV", ("Zelenskiy",)),
            ("Benjamin Netanyahu", "PERSON", ("Prime Minister",), "ISR", "GOV", ("Netanyahu",)),
            ("Ursula von der Leyen", "PERSON", ("President",), None, "IGO", ("Ursula von der Leyen",)),
            ("Jens Stoltenberg", "PERSON", ("Secretary-General",), None, "IGO", ("Stoltenberg",)),
            ("Nasser Kanaani", "PERSON", ("spokesman",), "IRN", "GOV", ("Nasser Kanaani",)),
            ("Maria Zakharova", "PERSON", ("spokeswoman",), "RUS", "GOV", ("Maria Zakharova",)),
            ("Russian Foreign Ministry", "ORG", (), "RUS", "GOV", ("Russian Foreign Ministry",)),
            ("United States", "GPE", (), "USA", None, ("U.S.", "White House")),
            ("Reuters", "ORG", (), "GBR", "MED", ("Reuters",)),
            ("NATO", "ORG", (), None, "IGO", ("NATO",)),
        ],
    ),
    (
        "guardian_lowercase_titles",
        articles.GUARDIAN_LOWERCASE_TITLES,
        [
            ("Rachel Morton", "PERSON", ("chancellor",), None, "GOV", ("Rachel Morton", "Morton")),
            ("Mel Stride", "PERSON", ("shadow chancellor",), None, "GOV", ("Mel Stride",)),
            ("Louise Haigh", "PERSON", ("transport secretary",), None, "GOV", ("Louise Haigh",)),
            ("Paul Johnson", "PERSON", ("director",), None, "EDU", ("Paul Johnson", "Johnson")),
            ("Institute for Fiscal Studies", "ORG", (), None, "EDU", ("Institute for Fiscal Studies", "IFS")),
        ],
    ),
    (
        "us_courts",
        articles.US_COURTS,
        [
            ("Robert Pitman", "PERSON", ("District Judge",), "USA", "JUD", ("Robert Pitman",)),
            ("Ken Paxton", "PERSON", ("Attorney General",), None, "GOV", ("Ken Paxton", "Paxton")),
            ("James Carter", "PERSON", ("Lieutenant General", "commander"), "USA", "MIL", ("James Carter",)),
            ("American Civil Liberties Union", "ORG", (), "USA", "NGO", ("A.C.L.U.",)),
            ("Julia Kaye", "PERSON", ("lawyer",), None, "CVL", ("Julia Kaye",)),
            ("Supreme Court", "ORG", (), None, "JUD", ("Supreme Court",)),
        ],
    ),
    (
        "east_asia",
        articles.EAST_ASIA,
        [
            ("Lee Jae-sung", "PERSON", ("President",), "KOR", "GOV", ("Lee Jae-sung", "Lee")),
            ("Hiroshi Tanaka", "PERSON", ("Prime Minister",), "JPN", "GOV", ("Hiroshi Tanaka", "Tanaka")),
            ("KCNA", "ORG", ("state news agency",), "PRK", "MED", ("KCNA",)),
            ("North Korea", "GPE", (), "PRK", None, ("North Korea",)),
        ],
    ),
]


@pytest.fixture(scope="module")
def actors_of(nlp) -> Callable[[str], Reading]:  # type: ignore[no-untyped-def]
    from newsgraph.actors.rules import extract
    from newsgraph.nlp.doc import make_doc
    from newsgraph.read.text import read_text

    def run(text: str) -> Reading:
        article = read_text(text)
        return extract(make_doc(article, nlp), Reading(article=article))

    return run


def _named(reading: Reading, name: str) -> Actor:
    found = [a for a in reading.actors if a.name == name]
    assert len(found) == 1, f"{name!r} not one actor: {[(a.name, a.type) for a in reading.actors]}"
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_article_actors(actors_of: Callable[[str], Reading], label: str, text: str, expected: list[Expected]) -> None:
    reading = actors_of(text)
    for name, type_, roles, country, sector, mentions in expected:
        actor = _named(reading, name)
        assert actor.type == type_, (name, actor.type)
        assert all(any(r.lower() in got.lower() for got in actor.roles) for r in roles), (name, actor.roles)
        assert (actor.country, actor.sector) == (country, sector), name
        assert set(mentions) <= {m.text for m in actor.mentions}, (name, [m.text for m in actor.mentions])


@pytest.mark.model
@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_actor_records_are_consistent(
    actors_of: Callable[[str], Reading], label: str, text: str, expected: object
) -> None:
    reading = actors_of(text)
    assert [a.id for a in reading.actors] == [f"a{i}" for i in range(1, len(reading.actors) + 1)]
    firsts = [a.mentions[0].start for a in reading.actors]
    assert firsts == sorted(firsts)
    spans = []
    for actor in reading.actors:
        assert list(actor.mentions) == sorted(actor.mentions, key=lambda m: (m.start, m.end))
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
            spans.append((m.start, m.end))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "mentions of two actors overlap"


@pytest.mark.model
def test_shared_surname_goes_to_the_person_of_that_gender(actors_of: Callable[[str], Reading]) -> None:
    reading = actors_of(articles.SHARED_SURNAME)
    maria, carlos = _named(reading, "Maria Lopez"), _named(reading, "Carlos Lopez")
    ms_lopez = articles.SHARED_SURNAME.index("Ms Lopez") + 3
    assert any(m.start == ms_lopez for m in maria.mentions)
    assert not any(m.start == ms_lopez for m in carlos.mentions)


@pytest.mark.model
def test_boilerplate_and_section_lines_give_no_mentions(actors_of: Callable[[str], Reading]) -> None:
    text = "Europe\n\nTalks end without a deal\n\nMedia playback is unsupported on your device\n\nFrance said no.\n"
    reading = actors_of(text)
    france = _named(reading, "France")
    assert [m.text for m in france.mentions] == ["France"]
    section_end = text.index("\n")
    assert all(m.start > section_end for a in reading.actors for m in a.mentions)
