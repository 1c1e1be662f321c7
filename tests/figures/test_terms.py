"""IDMC terms, units, run-together words and the lexical reading, on hand-built Docs (model-free)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.figures import glue, lexical
from newsgraph.figures.terms import is_shelter_place, term_for, term_of, unit_of
from newsgraph.records import FIGURE_KINDS, IDMC_TERMS

pytestmark = pytest.mark.issue12


@pytest.fixture(scope="module")
def en_vocab():  # type: ignore[no-untyped-def]
    """An English vocab (lower-case forms, like_num), unlike the bare one of tests/conftest.py."""
    import spacy

    return spacy.blank("en").vocab


@pytest.mark.parametrize(
    ("kind", "lemma", "term"),
    [
        ("DISPLACED", "displace", "Displaced"), ("DISPLACED", "flee", "Forced to Flee"),
        ("DISPLACED", "force", "Forced to Flee"), ("REFUGEES", "flee", "Forced to Flee"),
        ("REFUGEES", "refugee", None), ("EVACUATE", "evacuate", "Evacuated"), ("SHELTER", "camp", "In Relief Camp"),
        ("SHELTER", "site", "In Relief Camp"), ("SHELTER", "centre", "Sheltered"), ("SHELTER", "refuge", "Sheltered"),
        ("RELOCATE", "relocate", "Relocated"), ("HOMELESS", "leave", "Homeless"),
        ("HOUSING_DESTROYED", "collapse", "Destroyed Housing"),
        ("HOUSING_DAMAGED", "damage", "Partially Destroyed Housing"),
        ("HOUSING_DAMAGED", "uninhabitable", "Uninhabitable Housing"), ("KILL", "kill", None),
        ("RETURN", "return", None),
    ],
)
def test_terms_follow_the_words_used(kind: str, lemma: str, term: str | None) -> None:
    assert term_for(kind, lemma) == term
    assert term is None or term in IDMC_TERMS
    assert kind in FIGURE_KINDS


def _doc(vocab, words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:  # type: ignore[no-untyped-def]
    return Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_units_of_counted_nouns(en_vocab) -> None:  # type: ignore[no-untyped-def]
    # "families ' homes ; housing units ; buildings ; households ; residents"
    words = ["families", "'", "homes", "housing", "units", "buildings", "households", "residents"]
    doc = _doc(en_vocab, words, [2, 0, 2, 4, 4, 5, 6, 7], ["poss", "case", "ROOT", "compound", "ROOT", "ROOT", "ROOT",
                                                           "ROOT"],
               ["family", "'", "home", "housing", "unit", "building", "household", "resident"])
    assert [unit_of(doc[i]) for i in (2, 4, 5, 6, 7)] == ["households", "houses", "buildings", "households", "people"]


def test_shelter_places_and_their_terms(en_vocab) -> None:  # type: ignore[no-untyped-def]
    # "evacuation centres ; the centre ; relief camps ; host families ; a school"
    words = ["evacuation", "centres", "the", "centre", "relief", "camps", "host", "families", "a", "school"]
    heads = [1, 1, 3, 3, 5, 5, 7, 7, 9, 9]
    deps = ["compound", "ROOT", "det", "ROOT", "compound", "ROOT", "compound", "ROOT", "det", "ROOT"]
    lemmas = ["evacuation", "centre", "the", "centre", "relief", "camp", "host", "family", "a", "school"]
    doc = _doc(en_vocab, words, heads, deps, lemmas)
    assert [is_shelter_place(doc[i]) for i in (1, 3, 5, 7, 9)] == [True, False, True, True, False]
    assert [term_of("SHELTER", doc[i]) for i in (1, 5, 7)] == ["Sheltered", "In Relief Camp", "Sheltered"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("668,000 peoplewere evacuated", ["people", "were", "evacuated"]),
        ("have already fledShirqat", ["have", "already", "fled", "shirqat"]),
        ("7,000 fami-lies", ["families"]),
        ("displacedabout 4,400", ["displaced", "about"]),
        ("stillliving inIDPcamps", ["still", "living", "in", "idp", "camps"]),
        ("ordinary words stay whole", ["ordinary", "words", "stay", "whole"]),
    ],
)
def test_run_together_words_are_split_into_known_words(text: str, words: list[str]) -> None:
    pieces = [p for p in glue.pieces(text, lexical.KNOWN, offset=10) if p.word[0].isalpha()]
    assert [p.word for p in pieces] == words
    for piece in pieces:
        assert text[piece.start - 10:piece.end - 10].replace("-", "").lower() == piece.word


def _sentence(vocab, text: str) -> Doc:  # type: ignore[no-untyped-def]
    words = text.split(" ")
    return Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("about 668,000 peoplewere evacuated", "668,000", ("EVACUATE", "Evacuated", "people", "people")),
        ("around 192,000 people weredisplaced in Darfur", "192,000", ("DISPLACED", "Displaced", "people", "people")),
        ("more than 230,000 displacedpeople is planned", "230,000", ("DISPLACED", "Displaced", "people", "people")),
        ("floods displacedabout 4,400 people in Aceh", "4,400", ("DISPLACED", "Displaced", "people", "people")),
        ("degrees of damageto 61,000 homes", "61,000", ("HOUSING_DAMAGED", "Partially Destroyed Housing", "houses",
                                                        "homes")),
        ("55,107 people stillliving inIDPcamps and makeshift shelters", "55,107",
         ("SHELTER", "In Relief Camp", "people", "people")),
        ("Number of displaced: 452", "452", ("DISPLACED", "Displaced", "people", "people")),
        ("nearly 500,000 newdisplacements have been recorded", "500,000", ("DISPLACED", "Displaced", "people",
                                                                           "people")),
    ],
)
def test_lexical_reading(en_vocab, text: str, number: str, expected: tuple[str, str, str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = _sentence(en_vocab, text)
    start = text.index(number)
    found = lexical.read(doc[:], start, start + len(number))
    assert found is not None
    kind, term, unit, cue, group, obj = found
    assert (kind, term, unit, obj) == expected
    assert cue.doc is doc and group.doc is doc


@pytest.mark.parametrize("text", ["The 300 delegates met in Geneva", "In 2016 some 300 officials said camps were full",
                                  "It cost 300 dollars to repair the damage", "about 300 people attended"])
def test_lexical_reading_needs_a_counted_noun_and_a_cue_next_to_it(en_vocab, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = _sentence(en_vocab, text)
    start = text.index("300")
    assert lexical.read(doc[:], start, start + 3) is None
