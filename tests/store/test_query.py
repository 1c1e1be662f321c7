"""Queries: filters, bound parameters, page caps, duplicates left out, rows or DataFrames."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph
from newsgraph.errors import StoreError
from newsgraph.store import query


@pytest.fixture
def store(kb: Path):  # type: ignore[no-untyped-def]
    with newsgraph.open(kb, read_only=True) as opened:
        yield opened


def test_quotes_by_speaker_about_and_date(store) -> None:  # type: ignore[no-untyped-def]
    everyone = store.quotes()
    assert {q["article_id"] for q in everyone} == {"s1", "s2"}  # the copy is not counted
    assert len(store.quotes(include_duplicates=True)) == 12
    petrov = store.quotes(speaker="petrov")
    assert {q["speaker_name"] for q in petrov} == {"Ivan Petrov", "Anna Petrov"}
    ivan = store.quotes(speaker="Ivan Petrov", about="chance")
    assert [q["id"] for q in ivan] == ["s1/q3"]
    assert ivan[0]["evidence"].startswith('"There is no chance') and ivan[0]["headline"]
    assert {q["article_id"] for q in store.quotes(speaker="Petrov", since="2014-01-01")} == {"s2"}
    assert {q["article_id"] for q in store.quotes(until="2013-12-31")} == {"s1"}
    assert [q["id"] for q in store.quotes(speaker="person:anna-petrov")] == ["s2/q4", "s1/q4"]
    assert store.quotes(about="assad-style")[0]["article_id"] == "s2"


def test_user_values_are_bound_never_spliced(store) -> None:  # type: ignore[no-untyped-def]
    for evil in ("'; DROP TABLE quotes; --", "%", "_", "\\", "' OR 1=1 --"):
        assert store.quotes(speaker=evil) == []
        assert store.quotes(about=evil) == []
        assert store.events(actor=evil) == []
    assert store.stats()["quotes"] == 8


def test_pages_are_capped_and_validated(store) -> None:  # type: ignore[no-untyped-def]
    assert len(store.quotes(limit=10**9)) == 8
    assert query.page(10**9, 0) == [query.MAX_LIMIT, 0]
    assert [q["id"] for q in store.quotes(limit=2, offset=1)] == [q["id"] for q in store.quotes()][1:3]
    with pytest.raises(StoreError, match="limit"):
        store.quotes(limit=0)
    with pytest.raises(StoreError, match="since"):
        store.quotes(since="last week")


def test_actors_top_counts_without_duplicates(store) -> None:  # type: ignore[no-untyped-def]
    top = store.actors(top=2)
    assert [a["corpus_actor_id"] for a in top] == ["person:ivan-petrov", "person:anna-petrov"]
    assert (top[0]["n_quotes"], top[0]["n_articles"]) == (6, 2)
    assert [a["name"] for a in store.actors(type="ORG")] == ["UN"]
    assert store.actors(country="SYL")[0]["name"] == "Anna Petrov"


def test_events_and_figures(store) -> None:  # type: ignore[no-untyped-def]
    found = store.events(actor="FRE", category="reject")
    assert [e["article_id"] for e in found] == ["s2", "s1"]  # newest first, the copy left out
    event = found[1]
    assert event["recipient_names"] == ["Rufus Firefly"] and event["evidence"].startswith("Freedonian")
    assert store.events(actor="petrov") == found
    assert store.events(recipient="RUS") == []
    kills = store.figures(kind="KILL")
    assert [f["value"] for f in kills] == [5000.0, 5000.0]  # one per live article
    assert store.figures(place="freedonia", since="2014-01-01")[0]["article_id"] == "s2"


@pytest.mark.issue12
def test_issue12_figures_by_term_and_unit(store) -> None:  # type: ignore[no-untyped-def]
    fled = store.figures(term="forced  to flee")
    assert [(f["article_id"], f["kind"], f["value"], f["low"], f["high"]) for f in fled] == [
        ("s1", "DISPLACED", 30000.0, 20000.0, 30000.0)]
    assert (fled[0]["term"], fled[0]["unit"], fled[0]["number"], str(fled[0]["figure_date"])) == (
        "Forced to Flee", "households", "between 20,000 and 30,000", "2013-05-06")
    assert [f["kind"] for f in store.figures(unit="households")] == ["DISPLACED"]
    assert store.figures(unit="people", kind="DISPLACED") == []
    assert {f["qualifier"] for f in store.figures(kind="KILL")} == {"about"}


def test_stats_article_failures_and_dataframes(store) -> None:  # type: ignore[no-untyped-def]
    stats = store.stats()
    assert (stats["articles"], stats["duplicates"], stats["quotes"], stats["failures"]) == (2, 1, 8, 1)
    art = store.article("s1-copy")
    assert art["duplicate_of"] == "s1" and len(art["quotes"]) == 4 and len(art["mentions"]) == 9
    assert store.article("nope") is None
    assert store.failures()[0]["reason"].endswith("empty")
    frame = store.quotes().df()
    assert list(frame["id"]) == [q["id"] for q in store.quotes()]


@pytest.mark.parametrize("about", ["chance", "Firefly", "no chance", "ASSAD", "never", "stalling again"])
def test_word_index_finds_what_a_scan_finds(store, about: str) -> None:  # type: ignore[no-untyped-def]
    import re

    words = set(re.findall(r"\w+", about.lower()))
    scanned = [q["id"] for q in store.quotes(include_duplicates=True, limit=1000)
               if q["article_id"] != "s1-copy" and words <= set(re.findall(r"\w+", q["quote"].lower()))]
    assert [q["id"] for q in store.quotes(about=about)] == scanned
    assert scanned


def test_only_stopwords_fall_back_to_substring_search(store) -> None:  # type: ignore[no-untyped-def]
    assert {q["id"] for q in store.quotes(about="that")} == {"s1/q3"}
    assert {q["article_id"] for q in store.quotes(speaker="Petrov", include_duplicates=True)} == {
        "s1", "s2", "s1-copy"}
