"""The web UI in a real browser (Debian's Chromium through Playwright): pages, click-through, no XSS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import LiveServer, PageProbe

pytestmark = pytest.mark.browser

PAGES = [  # path, text that must be on screen
    ("/", "Most quoted"),
    ("/actors", "People and organisations"),
    ("/events", "Events"),
    ("/figures", "Highest reported figure per month"),
    ("/network", "Network"),
    ("/map", "Places by mentions"),
    ("/status", "Ingest status"),
    ("/docs", "/api/quotes"),
]


def _open(probe: PageProbe, url: str) -> Any:
    response = probe.page.goto(url)
    assert response is not None and response.ok, f"{url}: {response.status if response else 'no answer'}"
    probe.page.wait_for_load_state("networkidle")
    return response


@pytest.mark.parametrize(("path", "text"), PAGES)
def test_every_page_renders(live_kb: LiveServer, probe: PageProbe, path: str, text: str) -> None:
    _open(probe, live_kb.url + path)
    assert probe.page.get_by_text(text, exact=False).first.is_visible()
    probe.shot(path.strip("/") or "search")
    assert probe.errors == []


def test_search_article_speaker_click_through(live_kb: LiveServer, probe: PageProbe) -> None:
    page = probe.page
    _open(probe, live_kb.url + "/")
    page.get_by_label("Search quotes and headlines").first.fill("Solberg")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=Solberg**")
    results = page.get_by_test_id("quote-results")
    assert "We cannot wait for the rains" in results.inner_text()
    probe.shot("1-search")

    card = page.get_by_test_id("quote").filter(has_text="We cannot wait for the rains")
    card.get_by_role("link", name="Solberg warns of famine as Sudan talks open").click()
    page.wait_for_url("**/articles/sudan-1**")
    assert page.get_by_test_id("headline").inner_text() == "Solberg warns of famine as Sudan talks open"
    page.wait_for_function("document.documentElement.dataset.articleReady === '1'")

    quote = page.locator('#article-text [data-quote="q1"]').first
    quote.hover()
    tip = page.locator(".tip")
    assert tip.is_visible()
    assert "Direct quote · statement · cue “said” · speaker: Ingrid Solberg" in tip.inner_text()
    quote.click()
    panel = page.get_by_test_id("quote-panel")
    assert panel.is_visible()
    assert page.get_by_test_id("panel-speaker").inner_text() == "Ingrid Solberg"
    assert page.locator('[data-mention].flash').inner_text() == "Ms Solberg"
    probe.shot("2-article")

    page.get_by_test_id("panel-speaker").click()
    page.wait_for_url("**/actors/person:ingrid-solberg")
    assert page.get_by_test_id("actor-name").inner_text() == "Ingrid Solberg"
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert "Foreign Minister" in page.get_by_test_id("roles").inner_text()
    assert "Tomas Reyes" in page.get_by_test_id("co-quoted").inner_text()
    assert "We cannot wait for the rains" in page.get_by_test_id("actor-quotes").inner_text()
    probe.shot("3-speaker")
    assert probe.errors == []


def test_legend_toggles_a_layer(live_kb: LiveServer, probe: PageProbe) -> None:
    page = probe.page
    _open(probe, live_kb.url + "/articles/sudan-1")
    page.locator('.legend input[value="quote"]').uncheck()
    assert "hide-quote" in (page.get_by_test_id("article-text").get_attribute("class") or "")


def test_network_draws_every_actor(live_kb: LiveServer, probe: PageProbe) -> None:
    page = probe.page
    _open(probe, live_kb.url + "/network")
    page.wait_for_function("document.documentElement.dataset.networkReady !== undefined")
    drawn = int(page.evaluate("document.documentElement.dataset.networkReady"))
    assert drawn == page.locator("#network svg a.node").count() == 4
    assert page.locator("#network svg line.edge").count() == 2


MALICIOUS = ["/articles/xss-3", "/", "/?q=pwned", "/?q=%3Cscript%3E", "/events", "/map", "/network", "/actors",
             "/status"]


# Elements that only injected markup could create: inline scripts that run, images, event handlers.
_INJECTED = """[...document.querySelectorAll('script')].filter(s => !s.src && s.type !== 'application/json').length
  + document.querySelectorAll('img, [onmouseover], [onerror], #article-text b, #article-text i').length"""


def _assert_inert(probe: PageProbe, base: str, paths: list[str]) -> None:
    page = probe.page
    for path in paths:
        _open(probe, base + path)
        for element in page.locator("#article-text .hl, a, td, li").all()[:200]:
            if element.is_visible():
                element.hover(timeout=2_000)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.evaluate(_INJECTED) == 0, path
    assert probe.dialogs == []


def test_malicious_article_runs_no_script(live_kb: LiveServer, probe: PageProbe) -> None:
    _assert_inert(probe, live_kb.url, MALICIOUS)
    page = probe.page
    _open(probe, live_kb.url + "/articles/xss-3")
    text = page.get_by_test_id("article-text").inner_text()
    assert '<script>window.__pwned = 1; alert("headline")</script>' in text
    assert '" onmouseover="window.__pwned=2"' in text
    assert "<img src=x onerror=window.__pwned=3>" in text
    probe.shot("xss")
    actor = page.get_by_role("link", name='Dana Hill" onmouseover="window.__pwned=2').first
    actor.click()
    page.wait_for_url("**/actors/**")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert probe.dialogs == []


@pytest.mark.model
@pytest.mark.slow
def test_bundled_samples_in_the_browser(samples_db: Path, probe: PageProbe) -> None:
    """Ingest samples/ with the real pipeline, then search a speaker and click through, and stay inert."""
    import httpx

    with LiveServer(samples_db) as server:
        top = httpx.get(f"{server.url}/api/actors", params={"top": 1}).json()["items"][0]
        page = probe.page
        for path, text in PAGES:
            _open(probe, server.url + path)
            assert page.get_by_text(text, exact=False).first.is_visible()
            probe.shot(path.strip("/") or "search")
        _open(probe, server.url + "/")
        page.get_by_label("Search quotes and headlines").first.fill(top["name"])
        page.keyboard.press("Enter")
        page.wait_for_url("**/?q=*")
        first = page.get_by_test_id("quote").first
        assert top["name"] in first.inner_text()
        first.locator("a.article-link").click()
        page.wait_for_url("**/articles/**")
        page.wait_for_function("document.documentElement.dataset.articleReady === '1'")
        assert page.locator(f'#article-text [data-speaker-name="{top["name"]}"]').count() >= 1
        probe.shot("article")
        page.locator(f'#article-text [data-speaker-name="{top["name"]}"]').first.click()
        page.get_by_test_id("panel-speaker").click()
        page.wait_for_url("**/actors/**")
        assert page.get_by_test_id("actor-name").inner_text() == top["name"]
        probe.shot("speaker")
        hits = httpx.get(f"{server.url}/api/search", params={"q": "hacked"}).json()["articles"]["items"]
        malicious = f"/articles/{hits[0]['article_id']}"
        _assert_inert(probe, server.url, [malicious, "/?q=script", "/events", "/actors"])
        _open(probe, server.url + malicious)
        assert "<script>alert(1)</script>" in page.get_by_test_id("article-text").inner_text()
        probe.shot("xss")
    assert probe.errors == []


@pytest.mark.issue10
def test_attribution_filter_and_badges(live_kb: LiveServer, probe: PageProbe) -> None:
    """Issue 10: tick an attribution in the search filters, see only its quotes, each with its badge."""
    page = probe.page
    _open(probe, live_kb.url + "/")
    latest = page.get_by_test_id("quote")
    assert latest.count() == 6
    assert sorted(latest.nth(n).get_by_test_id("attribution").inner_text().lower() for n in range(6)) == [
        "belief", "statement", "statement", "statement", "statement", "statement"]

    boxes = page.get_by_test_id("attribution-filter")
    boxes.locator('input[value="belief"]').check()
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?*attribution=belief*")
    assert page.get_by_test_id("quote-count").inner_text() == "1 found"
    card = page.get_by_test_id("quote")
    assert card.count() == 1 and "right to keep pushing" in card.inner_text()
    badge = card.get_by_test_id("attribution")
    assert badge.inner_text().lower() == "belief" and badge.is_visible()
    assert badge.get_attribute("title") == "what the source thinks: thinks, believes, knows"
    assert page.get_by_test_id("attribution-filter").locator('input[value="belief"]').is_checked()
    probe.shot("1-belief")

    # Ticking statement too widens the search to both.
    page.get_by_test_id("attribution-filter").locator('input[value="statement"]').check()
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?*attribution=statement*")
    assert page.get_by_test_id("quote-count").inner_text() == "6 found"

    # The article reader: the badge in the side list, and the attribution in the quote panel.
    page.get_by_test_id("quote").filter(has_text="right to keep pushing").locator("a.article-link").click()
    page.wait_for_url("**/articles/convoy-2**")
    page.wait_for_function("document.documentElement.dataset.articleReady === '1'")
    page.locator('#article-text [data-quote="q2"]').first.click()
    assert page.get_by_test_id("panel-attribution").inner_text() == "belief"
    page.locator('#article-text [data-quote="q1"]').first.click()
    assert page.get_by_test_id("panel-attribution").inner_text() == "statement"
    assert page.locator("aside").get_by_test_id("attribution").count() == 3
    probe.shot("2-article")
    assert probe.errors == []
