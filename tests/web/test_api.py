"""The JSON API over the hand-built knowledge base: answers, filters, 400s, caps and OpenAPI."""

from __future__ import annotations

from typing import Any

import pytest


def test_quotes_by_speaker_mirror_the_cli(client: Any) -> None:
    body = client.get("/api/quotes", params={"speaker": "reyes"}).json()
    assert body["count"] == 3
    assert {q["speaker_id"] for q in body["items"]} == {"person:tomas-reyes"}
    assert [q["published"] for q in body["items"]] == ["2024-05-10", "2024-05-10", "2024-03-04"]
    about = client.get("/api/quotes", params={"about": "dying", "type": "direct"}).json()
    assert [q["quote"] for q in about["items"]] == ["We cannot wait for the rains, People are dying now."]
    assert about["items"][0]["evidence"].startswith('"We cannot wait')


@pytest.mark.issue12
def test_issue12_figures_by_term_and_unit(client: Any) -> None:
    items = client.get("/api/figures", params={"term": "Forced to Flee"}).json()["items"]
    assert [(f["kind"], f["term"], f["unit"], f["qualifier"], f["number"]) for f in items] == [
        ("DISPLACED", "Forced to Flee", "people", "about", "About 2.5 million")]
    assert client.get("/api/figures", params={"unit": "households"}).json()["items"] == []
    kills = client.get("/api/figures", params={"kind": "kill", "unit": "people"}).json()["items"]
    assert [(f["low"], f["high"], f["term"]) for f in kills] == [(1200.0, None, None)]


def test_quotes_by_date_range(client: Any) -> None:
    body = client.get("/api/quotes", params={"since": "2024-04-01", "until": "2024-05-31"}).json()
    assert {q["article_id"] for q in body["items"]} == {"convoy-2"}


def test_actors_events_figures_stats(client: Any) -> None:
    actors = client.get("/api/actors", params={"top": 2}).json()["items"]
    assert [a["name"] for a in actors] == ["Tomas Reyes", "Ingrid Solberg"]
    events = client.get("/api/events", params={"category": "request"}).json()["items"]
    assert [(e["category"], e["actor_names"]) for e in events] == [("REQUEST", ["Ingrid Solberg"])]
    assert events[0]["evidence"].startswith("UN spokesman Tomas Reyes said Solberg had urged")
    by_country = client.get("/api/events", params={"actor": "NOR"}).json()["items"]
    assert [e["category"] for e in by_country] == ["REQUEST"]
    figures = client.get("/api/figures", params={"kind": "KILL"}).json()["items"]
    assert [(f["value"], f["place_name"]) for f in figures] == [(1200.0, "Khartoum")]
    stats = client.get("/api/stats").json()
    assert (stats["articles"], stats["quotes"], stats["failures"]) == (3, 6, 1)


def test_article_has_every_record_with_spans(client: Any) -> None:
    body = client.get("/api/articles/sudan-1").json()
    text = body["text"]
    for quote in body["quotes"]:
        for piece in quote["contents"]:
            assert text[piece["start"]:piece["end"]] == piece["text"]
    assert {len(body[k]) for k in ("quotes", "events", "figures")} == {2, 1}
    assert "content_hash" not in body


def test_search_actor_network_places_status(client: Any) -> None:
    found = client.get("/api/search", params={"q": "famine", "country": "NO"}).json()
    assert [a["article_id"] for a in found["articles"]["items"]] == ["sudan-1"]
    actor = client.get("/api/actors/person:tomas-reyes").json()
    assert [t["period"] for t in actor["timeline"]] == ["2024-03", "2024-05"]
    assert [a["name"] for a in actor["talks_about"]] == ["Ingrid Solberg"]
    graph = client.get("/api/network").json()
    assert {(e["source"], e["target"], e["kind"]) for e in graph["edges"]} >= {
        ("person:tomas-reyes", "person:ingrid-solberg", "quote")}
    assert client.get("/api/places", params={"limit": 1}).json()[0]["name"] == "Darfur"
    assert client.get("/api/status").json()["failures"][0]["name"] == "broken.html"


@pytest.mark.parametrize(("url", "parameter", "words"), [
    ("/api/quotes?limit=201", "limit", "less than or equal to 200"),
    ("/api/quotes?limit=0", "limit", "greater than or equal to 1"),
    ("/api/quotes?offset=-1", "offset", "greater than or equal to 0"),
    ("/api/quotes?type=rumour", "type", "one of direct, indirect, mixed"),
    ("/api/quotes?since=2024-02-30", "since", "YYYY-MM-DD"),
    ("/api/quotes?since=yesterday", "since", "YYYY-MM-DD"),
    ("/api/quotes?since=2024-06-01&until=2024-01-01", "since", "after until"),
    ("/api/quotes?speaker=" + "x" * 121, "speaker", "at most 120 characters"),
    ("/api/events?category=HUG", "category", "one of AGREE"),
    ("/api/actors?country=R1", "country", "ISO code"),
    ("/api/figures?kind=killed", "kind", "one of KILL"),
    ("/api/figures?term=fled", "term", "one of Displaced"),
    ("/api/figures?unit=tents", "unit", "one of people"),
    ("/api/search?limit=abc", "limit", "valid integer"),
])
def test_bad_parameters_answer_400_naming_them(client: Any, url: str, parameter: str, words: str) -> None:
    response = client.get(url)
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid parameter"
    assert body["detail"][0]["parameter"] == parameter
    assert words in body["detail"][0]["message"]


def test_sql_in_parameters_is_only_data(client: Any) -> None:
    for value in ("' OR 1=1 --", "%", "\\", "'; DROP TABLE quotes; --"):
        assert client.get("/api/quotes", params={"speaker": value}).json()["count"] == 0
        assert client.get("/api/search", params={"q": value}).json()["quotes"]["total"] == 0
    # "_" is a literal underscore, not a LIKE wildcard: only the speaker whose name has one matches.
    found = client.get("/api/search", params={"speaker": "_"}).json()["quotes"]["items"]
    assert [q["speaker_name"] for q in found] == ['Dana Hill" onmouseover="window.__pwned=2']
    assert client.get("/api/stats").json()["quotes"] == 6


def test_unknown_ids_answer_404(client: Any) -> None:
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/actors/person:nobody").json() == {"error": "No actor with id 'person:nobody'."}


def test_openapi_documents_400_and_docs_need_no_cdn(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    quotes = spec["paths"]["/api/quotes"]["get"]
    assert "400" in quotes["responses"] and "422" not in quotes["responses"]
    assert {p["name"] for p in quotes["parameters"]} >= {"speaker", "about", "since", "until", "type", "limit"}
    docs = client.get("/docs").text
    assert "/api/quotes" in docs and "/api/articles/{article_id}" in docs
    assert "cdn" not in docs.lower() and "https://" not in docs
    assert client.get("/redoc").status_code == 404


def test_security_headers(client: Any) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
