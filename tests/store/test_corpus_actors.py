"""Corpus-level actors: one id for one person across articles, never two people merged by surname."""

from __future__ import annotations

import random

import pytest

from newsgraph.store.corpus_actors import corpus_actors, group_key, person_key


def _row(actor_id: str, name: str, *, type: str = "PERSON", country: str | None = None,
         roles: tuple[str, ...] = (), mentions: tuple[str, ...] = ()) -> dict[str, object]:
    return {"id": actor_id, "article_id": actor_id.split("/")[0], "name": name, "type": type,
            "country": country, "roles": list(roles), "mentions": list(mentions)}


def _links(rows: list[dict[str, object]]) -> dict[str, str]:
    _, links = corpus_actors(rows)
    return {r["actor_id"]: r["corpus_actor_id"] for r in links}


@pytest.mark.parametrize(("name", "key"), [
    ("Sergei Lavrov", ("sergei", "lavrov")),
    ("Russian Foreign Minister Sergei Lavrov", ("sergei", "lavrov")),
    ("Mr Lavrov", (None, "lavrov")),
    ("Lavrov's", (None, "lavrov")),
    ("Bashar al-Assad", ("bashar", "assad")),
    ("President Bashar al-Assad", ("bashar", "assad")),
    ("Martin Luther King", ("martin", "king")),
    ("Secretary of State John Kerry", ("john", "kerry")),
    ("François Hollande", ("francois", "hollande")),
])
def test_person_key_drops_titles_and_roles(name: str, key: tuple[str | None, str]) -> None:
    assert person_key(name) == key


def test_the_same_person_across_articles_gets_one_id_with_all_names_and_roles() -> None:
    rows = [
        _row("d1/a1", "Sergei Lavrov", country="RUS", roles=("Foreign Minister",), mentions=("Mr Lavrov", "he")),
        _row("d2/a3", "Lavrov", country="RUS"),
        _row("d3/a2", "Russian Foreign Minister Sergei Lavrov", roles=("Foreign Minister",)),
    ]
    corpus, links = corpus_actors(rows)
    assert {r["corpus_actor_id"] for r in links} == {"person:sergei-lavrov"}
    (actor,) = corpus
    assert actor["name"] == "Sergei Lavrov"
    assert set(actor["names"]) == {"Sergei Lavrov", "Lavrov", "Russian Foreign Minister Sergei Lavrov", "Mr Lavrov"}
    assert actor["roles"] == ["Foreign Minister"] and actor["countries"] == ["RUS"]


def test_people_sharing_a_surname_are_not_merged() -> None:
    links = _links([_row("d1/a1", "Sergei Lavrov", country="RUS"), _row("d2/a1", "Anna Lavrov", country="FRA"),
                    _row("d3/a1", "Lavrov")])
    assert links["d1/a1"] != links["d2/a1"]
    assert links["d3/a1"] == "person:lavrov"  # ambiguous: neither full name is linked


def test_a_surname_alone_is_linked_by_country_when_that_decides() -> None:
    links = _links([_row("d1/a1", "Sergei Lavrov", country="RUS"), _row("d2/a1", "Anna Lavrov", country="FRA"),
                    _row("d3/a1", "Mr Lavrov", country="RUS")])
    assert links["d3/a1"] == "person:sergei-lavrov"


def test_an_initial_links_only_to_a_matching_first_name() -> None:
    links = _links([_row("d1/a1", "Sergei Lavrov"), _row("d2/a1", "Anna Lavrov"), _row("d3/a1", "A. Lavrov")])
    assert links["d3/a1"] == "person:anna-lavrov"


def test_organisations_link_acronyms_to_their_full_name() -> None:
    links = _links([_row("d1/a1", "the United Nations", type="ORG"), _row("d2/a1", "UN", type="ORG"),
                    _row("d3/a4", "Medecins Sans Frontieres", type="ORG"), _row("d4/a1", "MSF", type="ORG"),
                    _row("d5/a1", "Reuters", type="ORG")])
    assert links["d2/a1"] == links["d1/a1"] == "org:united-nations"
    assert links["d4/a1"] == "org:medecins-sans-frontieres"
    assert links["d5/a1"] == "org:reuters"
    assert group_key(_row("x/a1", "UN", type="ORG"))[2] is None


def test_types_are_kept_apart() -> None:
    links = _links([_row("d1/a1", "Jordan", type="PERSON"), _row("d2/a1", "Jordan", type="GPE")])
    assert links["d1/a1"] != links["d2/a1"]


def test_result_does_not_depend_on_row_order() -> None:
    rows = [_row(f"d{i}/a{j}", name, country=c) for i, (name, c) in enumerate(
        [("Sergei Lavrov", "RUS"), ("Lavrov", None), ("Anna Lavrov", "FRA"), ("Mr Lavrov", "FRA"),
         ("William Hague", "GBR"), ("Hague", None), ("Mr Hague", "GBR")]) for j in range(2)]
    first = corpus_actors(rows)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert corpus_actors(shuffled) == first
