"""Places: the offline gazetteer (model-free) and the stage on texts we wrote (model)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsgraph.places.index import fold, gazetteer


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Syria", "SY", "country"),
        ("the United Kingdom", "GB", "country"),
        ("UK", "GB", "country"),
        ("Britain", "GB", "country"),
        ("Russian Federation", "RU", "country"),
        ("Moscow", "RU", "city"),
        ("Homs", "SY", "city"),
        ("Kiev", "UA", "city"),
        ("Texas", "US", "state"),
        ("Europe", None, "continent"),
    ],
)
def test_lookup_best_entry(name: str, country: str | None, kind: str) -> None:
    from newsgraph.places.gazetteer import choose

    best = choose(gazetteer().lookup(name), Counter())
    assert (best.country, best.kind) == (country, kind)


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("  São   Paulo ") == fold("sao paulo")


def test_unknown_name_has_no_candidates() -> None:
    assert gazetteer().lookup("Xqzzyville") == ()


@pytest.mark.parametrize(
    ("name", "votes", "country"),
    [
        ("Paris", {}, "FR"),
        ("Paris", {"US": 2}, "US"),
        ("Birmingham", {}, "GB"),
        ("Birmingham", {"US": 1}, "US"),
        ("Georgia", {}, "GE"),
        ("Georgia", {"US": 3}, "US"),
        ("London", {"CA": 1}, "CA"),
    ],
)
def test_context_resolves_ambiguous_names(name: str, votes: dict[str, int], country: str) -> None:
    from newsgraph.places.gazetteer import choose

    assert choose(gazetteer().lookup(name), Counter(votes)).country == country


def test_primary_name_beats_alternate_name() -> None:
    from newsgraph.places.gazetteer import choose

    assert choose(gazetteer().lookup("Homs"), Counter({"LY": 5})).name == "Homs"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting in Georgia spread to the capital Tbilisi on Monday.", {("Georgia", "GE"), ("Tbilisi", "GE")}),
        ("The governor of Georgia met officials in Atlanta and Washington.",
         {("Georgia", "US"), ("Atlanta", "US"), ("Washington", "US")}),
        ("Police in Paris, Texas, said the fire near Dallas was out.",
         {("Paris", "US"), ("Texas", "US"), ("Dallas", "US")}),
        ("Riots broke out in Paris and Marseille on Friday night.", {("Paris", "FR"), ("Marseille", "FR")}),
        ("Traffic in Birmingham was disrupted for hours, Mr Brown told the BBC.", {("Birmingham", "GB")}),
    ],
)
def test_places_in_context(read, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    reading = read(text)
    assert {(p.name, p.country) for p in reading.places} == expected


@pytest.mark.model
def test_one_place_per_distinct_place_with_all_mentions(read) -> None:  # type: ignore[no-untyped-def]
    text = ("Talks in Geneva\n"
            "Ministers from Britain and the UK's allies met in Geneva on Monday. The UK said Britain wanted a deal.\n")
    reading = read(text)
    by_name = {p.name: p for p in reading.places}
    assert [p.id for p in reading.places] == [f"p{i}" for i in range(1, len(reading.places) + 1)]
    assert [m.text for m in by_name["United Kingdom"].mentions] == ["Britain", "UK", "UK", "Britain"]
    assert len(by_name["Geneva"].mentions) == 2
    for place in reading.places:
        assert all(reading.article.text[m.start:m.end] == m.text for m in place.mentions)
        assert place.lat is not None and place.lon is not None


@pytest.mark.model
def test_seed_places(shared: Path, read) -> None:  # type: ignore[no-untyped-def]
    import json

    text = (shared / "corpus/seed/bbc-syria-lavrov.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "gold/seed.json").read_text(encoding="utf-8"))["places"]
    reading = read(text)
    got = {(p.name, p.country) for p in reading.places}
    assert {(g["name"], g["country"]) for g in gold} <= got


@pytest.mark.parametrize(
    ("name", "region", "country"),
    [
        ("Sahel", "Sahel", None),
        ("the Sahel", "Sahel", None),
        ("the Middle East", "Middle East", None),
        ("Gulf", "Gulf", None),
        ("Persian Gulf", "Gulf", None),
        ("the Balkans", "Balkans", None),
        ("Caucasus", "Caucasus", None),
        ("the Horn of Africa", "Horn of Africa", None),
        ("South-East Asia", "Southeast Asia", None),
        ("Darfur", "Darfur", "SD"),
    ],
)
def test_regions_have_a_representative_point(name: str, region: str, country: str | None) -> None:
    (cand,) = gazetteer().lookup(name)
    assert (cand.name, cand.kind, cand.country) == (region, "region", country)
    assert cand.lat is not None and -90 <= cand.lat <= 90
    assert cand.lon is not None and -180 <= cand.lon <= 180


def test_main_country_counts_the_places_in_it() -> None:
    from newsgraph.places.gazetteer import main_country
    from newsgraph.records import Article, Place, Reading, TextSpan

    text = "France Mali Mopti Mopti Geneva Geneva Geneva"
    spans, start = [], 0
    for word in text.split():
        spans.append(TextSpan.of(text, start, start + len(word)))
        start += len(word) + 1
    places = (
        Place("p1", "France", (spans[0],), "FR"),
        Place("p2", "Mali", (spans[1],), "ML"),
        Place("p3", "Mopti", (spans[2], spans[3]), "ML"),
        Place("p4", "Geneva", tuple(spans[4:]), "CH"),
    )
    main = main_country(Reading(article=Article(id="t", text=text), places=places))
    assert main is not None and main.name == "Mali"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands have fled their homes in central Mali since April.", {("Mali", "ML")}),
        ("Aid was sent across Mali, Burkina Faso and Niger on Monday.",
         {("Mali", "ML"), ("Burkina Faso", "BF"), ("Niger", "NE")}),
        ("Donors met to discuss the Sahel, and Gulf states pledged money.", {("Sahel", None), ("Gulf", None)}),
        ("Envoys from the Balkans and the Horn of Africa met in Vienna.",
         {("Balkans", None), ("Horn of Africa", None), ("Vienna", "AT")}),
    ],
)
def test_untagged_places_and_regions(read, text: str, expected: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    reading = read(text)
    assert {(p.name, p.country) for p in reading.places} == expected
    assert not [s for s in reading.skipped if s.stage == "newsgraph.places.gazetteer.v1"]
