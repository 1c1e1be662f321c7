"""Server-rendered pages over the hand-built knowledge base: content, escaping, 400s, no NLP imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def test_search_finds_quotes_and_headlines_with_filters(client: Any) -> None:
    page = client.get("/", params={"q": "solberg"}).text
    assert "We cannot wait for the rains, People are dying now." in page
    assert 'data-testid="quote-count">3 found' in page
    filtered = client.get("/", params={"speaker": "Solberg", "type": "direct", "since": "", "until": ""}).text
    assert 'data-testid="quote-count">1 found' in filtered
    by_event = client.get("/", params={"category": "AID"}).text
    assert "Aid convoy reaches Darfur" in by_event and "Solberg warns" not in by_event


def test_article_highlights_records_in_place(client: Any) -> None:
    page = client.get("/articles/sudan-1").text
    assert 'data-quote="q1"' in page and 'data-speaker-url="/actors/person:ingrid-solberg"' in page
    assert ('<span class="hl hl-cue" data-tip="Direct quote · statement · cue “said” · speaker: Ingrid Solberg">'
            'said</span>') in page
    assert ('<span class="hl hl-figure" id="r-f1" data-tip="Figure KILL: at least 1,200 people in Khartoum · '
            'according to UN">At least 1,200</span>') in page
    assert 'data-tip="Event REQUEST: Ingrid Solberg → — · cue “urged”"' in page
    assert '<span class="mono" data-testid="language">en</span>' in page  # issue 11


@pytest.mark.issue12
def test_issue12_figures_show_term_unit_and_number_in_place(client: Any) -> None:
    page = client.get("/articles/convoy-2").text
    tip = "Figure DISPLACED: about 2.5 million people · Forced to Flee in Sudan · as of 9 May 2024"
    assert f'<span class="hl hl-figure" id="r-f1" data-tip="{tip}">About 2.5 million</span>' in page
    assert f'<span class="hl hl-figure-cue" data-tip="{tip}">fled</span>' in page
    listing = client.get("/figures", params={"term": "forced to flee", "unit": "people"}).text
    assert "Forced to Flee" in listing and "2.5 million" in listing and "Khartoum" not in listing
    assert "about 2.5 million" in listing and "as of 9 May 2024" in listing
    assert "Khartoum" in client.get("/figures", params={"kind": "KILL"}).text
    assert client.get("/figures", params={"unit": "tents"}).status_code == 400


def test_actor_page_shows_timeline_roles_and_relations(client: Any) -> None:
    page = client.get("/actors/person:tomas-reyes").text
    assert page.count('<rect class="bar"') == 3  # 2024-03, an empty 2024-04, 2024-05
    assert "spokesman" in page and "Ingrid Solberg" in page and "Mr Reyes" in page


@pytest.mark.parametrize(("path", "texts"), [
    ("/events", ["REQUEST", "UN spokesman Tomas Reyes said Solberg had urged"]),
    ("/figures", ["DISPLACED", "2.5 million", "Khartoum"]),
    ("/map", ["Darfur", '<circle class="place"']),
    ("/network", ['id="network-data"', "Tomas Reyes"]),
    ("/status", ["broken.html", "no readable article text"]),
    ("/actors", ["Tomas Reyes", "Ingrid Solberg"]),
])
def test_pages_show_their_data(client: Any, path: str, texts: list[str]) -> None:
    page = client.get(path).text
    for text in texts:
        assert text in page


def test_malicious_text_is_escaped_everywhere(client: Any) -> None:
    (hill,) = client.get("/api/actors", params={"name": "Dana Hill"}).json()["items"]
    for path in ("/articles/xss-3", "/", "/?q=pwned", "/events", "/map", "/network", "/actors",
                 f"/actors/{hill['corpus_actor_id']}"):
        page = client.get(path).text
        assert "<script>window" not in page and "<img src=x" not in page and "<b>Councillor" not in page, path
        assert 'onmouseover="window' not in page, path
    article = client.get("/articles/xss-3").text
    assert "&lt;script&gt;window.__pwned = 1; alert(&#34;headline&#34;)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=window.__pwned=3&gt;" in article


def test_network_data_cannot_close_its_script_tag(client: Any) -> None:
    page = client.get("/network").text
    data = page.split('<script type="application/json" id="network-data">')[1].split("</script>")[0]
    assert "<" not in data and "\\u003cb\\u003eCouncillor" in data


def test_only_http_links_leave_the_site() -> None:
    from newsgraph.web.render import http_url

    assert http_url("javascript:alert(1)") == "" and http_url("https://example.org/a") == "https://example.org/a"


def test_bad_parameters_answer_a_400_page(client: Any) -> None:
    response = client.get("/", params={"since": "2024-13-01"})
    assert response.status_code == 400
    assert "since must be a date written YYYY-MM-DD" in response.text
    assert client.get("/events", params={"limit": 5000}).status_code == 400
    missing = client.get("/articles/does-not-exist")
    assert missing.status_code == 404 and "No article with id" in missing.text


def test_serving_never_imports_spacy_or_the_nlp_stages(kb_path: Path) -> None:
    code = f"""
import sys
from fastapi.testclient import TestClient
from newsgraph.web.app import create_app
with TestClient(create_app({str(kb_path)!r})) as c:
    for path in ("/", "/?q=a", "/articles/sudan-1", "/actors/person:tomas-reyes", "/events", "/figures",
                 "/network", "/map", "/status", "/docs", "/api/quotes", "/api/articles/sudan-1"):
        assert c.get(path).status_code == 200, path
nlp = ("spacy", "thinc", "newsgraph.nlp", "newsgraph.pipeline", "newsgraph.quotes", "newsgraph.actors",
       "newsgraph.events", "newsgraph.figures", "newsgraph.places", "newsgraph.summary")
loaded = sorted(m for m in sys.modules if m.split(".")[0] in nlp or m.startswith(nlp))
print(loaded)
sys.exit(1 if loaded else 0)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_serve_refuses_a_missing_database(tmp_path: Path, unwrapped) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from newsgraph.cli import app

    # a wide terminal: Rich wraps the error box at 80 columns, and a long tmp_path moved the words apart
    result = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such database" in unwrapped(result.output)  # Rich wraps the panel by width and path length


def test_search_words_are_marked_in_escaped_text() -> None:
    from newsgraph.web.render import marked

    assert str(marked("<b>Solberg</b> said", "solberg")) == "&lt;b&gt;<mark>Solberg</mark>&lt;/b&gt; said"
    assert str(marked("a (b) c", "(b")) == "a <mark>(b</mark>) c"
    assert str(marked("<i>", "")) == "&lt;i&gt;"


def test_results_are_paged(client: Any) -> None:
    first = client.get("/", params={"q": "solberg", "limit": 1}).text
    assert "1–1 of 3" in first and "offset=1" in first and "← Newer" not in first
    second = client.get("/", params={"q": "solberg", "limit": 1, "offset": 1}).text
    assert "2–2 of 3" in second and "← Newer" in second
    assert client.get("/events", params={"category": "AID"}).text.count('<span class="badge cat">') == 1
