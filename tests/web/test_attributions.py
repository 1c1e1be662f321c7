"""Quote attributions in the web UI and the JSON API (issue 10), over the hand-built knowledge base.

The knowledge base (tests/web/kb.py) holds six quotes: five statements and one belief (Tomas Reyes: "He believes
Ingrid Solberg was ...").
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsgraph.records import ATTRIBUTIONS

pytestmark = pytest.mark.issue10


def _attributions(body: dict[str, Any]) -> list[str]:
    return sorted(q["attribution"] for q in body["items"])


@pytest.mark.parametrize(("params", "expected"), [
    ({}, ["belief"] + ["statement"] * 5),
    ({"attribution": "belief"}, ["belief"]),
    ({"attribution": ["statement", "belief"]}, ["belief"] + ["statement"] * 5),
    ({"attribution": "Statement, belief"}, ["belief"] + ["statement"] * 5),
    ({"attribution": "intention"}, []),
    ({"attribution": "belief", "speaker": "reyes"}, ["belief"]),
    ({"attribution": "statement", "speaker": "reyes"}, ["statement", "statement"]),
    ({"attribution": ""}, ["belief"] + ["statement"] * 5),
])
def test_api_quotes_filter_by_attribution(client: Any, params: dict[str, Any], expected: list[str]) -> None:
    body = client.get("/api/quotes", params=params).json()
    assert _attributions(body) == expected


def test_api_items_carry_the_attribution_everywhere(client: Any) -> None:
    (belief,) = client.get("/api/quotes", params={"attribution": "belief"}).json()["items"]
    assert (belief["id"], belief["kind"], belief["cue"]) == ("convoy-2/q2", "mixed", "believes")
    article = client.get("/api/articles/convoy-2").json()
    assert [(q["record_id"], q["attribution"]) for q in article["quotes"]] == [
        ("q3", "statement"), ("q1", "statement"), ("q2", "belief")]
    actor = client.get("/api/actors/person:tomas-reyes").json()
    assert sorted(q["attribution"] for q in actor["quotes"]) == ["belief", "statement", "statement"]
    search = client.get("/api/search", params={"attribution": "belief"}).json()
    assert [q["id"] for q in search["quotes"]["items"]] == ["convoy-2/q2"]
    assert [a["article_id"] for a in search["articles"]["items"]] == ["convoy-2"]


@pytest.mark.parametrize("url", ["/api/quotes?attribution=rumour", "/api/quotes?attribution=statement,rumour",
                                 "/api/quotes?attribution=belief&attribution=rumour", "/api/search?attribution=rumour"])
def test_a_bad_attribution_answers_400_naming_it(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400
    (problem,) = response.json()["detail"]
    assert problem["parameter"] == "attribution"
    assert "'rumour' is not an attribution" in problem["message"]
    assert all(name in problem["message"] for name in ATTRIBUTIONS)


def test_openapi_describes_the_attribution_parameter(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/quotes", "/api/search"):
        (param,) = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "attribution"]
        assert param["in"] == "query" and param["required"] is False
        assert param["schema"]["type"] == "array" and param["schema"]["items"]["enum"] == list(ATTRIBUTIONS)
        assert "statement,belief" in param["description"]
    assert "attribution" in spec["paths"]["/api/quotes"]["get"]["description"]
    assert "attribution" in client.get("/docs").text


def _badges(page: str) -> list[str]:
    return re.findall(r'<span class="badge attr attr-(\w+)" data-testid="attribution"', page)


def test_search_page_shows_a_badge_per_quote_and_filters(client: Any) -> None:
    page = client.get("/", params={"q": "reyes"}).text
    assert sorted(_badges(page)) == ["belief", "statement", "statement"]
    assert 'title="what the source thinks: thinks, believes, knows"' in page
    filtered = client.get("/", params={"attribution": "belief"}).text
    assert 'data-testid="quote-count">1 found' in filtered and _badges(filtered) == ["belief"]
    assert 'data-testid="article-count">1 found' in filtered
    assert '<input type="checkbox" name="attribution" value="belief" checked>' in filtered
    assert '<input type="checkbox" name="attribution" value="statement">' in filtered
    both = client.get("/", params=[("attribution", "statement"), ("attribution", "belief")]).text
    assert 'data-testid="quote-count">6 found' in both


def test_paging_keeps_the_attribution_filter(client: Any) -> None:
    first = client.get("/", params=[("attribution", "statement"), ("attribution", "belief"), ("limit", "2")]).text
    assert "1–2 of 6" in first
    (older,) = re.findall(r'href="(\?[^"]*offset=2[^"]*)"', first)
    assert "attribution=statement%2Cbelief" in older
    second = client.get("/" + older.replace("&amp;", "&")).text
    assert "3–4 of 6" in second


def test_article_and_actor_pages_show_the_attribution(client: Any) -> None:
    article = client.get("/articles/convoy-2").text
    assert sorted(_badges(article)) == ["belief", "statement", "statement"]
    assert 'data-attribution="belief"' in article
    assert 'data-tip="Mixed quote · belief · cue “believes” · speaker: Tomas Reyes"' in article
    assert 'data-testid="panel-attribution"' in article
    actor = client.get("/actors/person:tomas-reyes").text
    assert sorted(_badges(actor)) == ["belief", "statement", "statement"]


def test_a_bad_attribution_answers_a_400_page(client: Any) -> None:
    response = client.get("/", params={"attribution": "gossip"})
    assert response.status_code == 400
    assert "&#39;gossip&#39; is not an attribution" in response.text
