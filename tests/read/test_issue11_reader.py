"""Issue 11: the reader never drops a page's text silently, and ignores implausible publication dates.

Every page here is written by us; the measure on real pages is tests/read/test_read_wcxb_pages.py.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsgraph.read import htmlbody, htmlpage
from newsgraph.read.html import _dropped_by_rules, read_html
from newsgraph.read.htmlpage import PageCaption
from newsgraph.read.published import first_plausible, implausible
from newsgraph.read.text import read_text

pytestmark = pytest.mark.issue11

TODAY = date(2024, 6, 1)
PARAS = [
    "The harbour authority in Port Elsby said on Tuesday that it would close the old ferry terminal by June.",
    "Chief executive Maria Okafor told reporters the building no longer met safety rules and could not be saved.",
    "Traders said the closure would cost the town hundreds of visitors a week during the summer season.",
    "The council is expected to vote on plans for a new terminal on the north quay next month.",
]


def page(body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>Port Elsby ferry terminal to close</title>{head}</head>"
            f"<body><article><h1>Port Elsby ferry terminal to close</h1>{body}</article></body></html>")


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize(("day", "why"), [
    (date(1, 1, 1), "before 1900"), (date(1899, 12, 31), "before 1900"), (date(1900, 1, 1), None),
    (TODAY, None), (TODAY + timedelta(days=1), None), (TODAY + timedelta(days=2), "after 2024-06-02"),
    (date(9999, 12, 31), "after"),
])
def test_issue11_implausible_dates(day: date, why: str | None) -> None:
    got = implausible(day, today=TODAY)
    assert (got is None) if why is None else (got is not None and got.startswith(why))


def test_issue11_the_first_plausible_date_wins_and_each_set_aside_is_recorded() -> None:
    def candidates():  # type: ignore[no-untyped-def]
        yield "JSON-LD", date(1, 1, 1)
        yield "nowhere", None
        yield "a <time> element", date(2020, 3, 4)
        raise AssertionError("read past the first plausible date")

    day, skips = first_plausible(candidates(), today=TODAY)
    assert day == date(2020, 3, 4)
    assert [(s.stage, s.reason) for s in skips] == [
        ("read", "publication date 0001-01-01 from JSON-LD ignored: before 1900")]


def test_issue11_a_placeholder_json_ld_date_is_ignored_for_the_next_source() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01"}</script>'
    art = read_html(page(paras(PARAS) + '<time datetime="2019-05-02T10:00">2 May</time>', head))
    assert art.published == date(2019, 5, 2)
    assert any("0001-01-01 from JSON-LD datePublished ignored" in s.reason for s in art.skipped)


def test_issue11_a_page_with_only_implausible_dates_has_none() -> None:
    head = '<meta property="article:published_time" content="9999-12-31T00:00:00Z">'
    art = read_html(page(paras(PARAS), head))
    assert art.published is None
    assert [s.stage for s in art.skipped] == ["read"] and "9999-12-31" in art.skipped[0].reason


def test_issue11_plain_text_and_caller_dates_are_checked_too() -> None:
    text = "Harbour to close\nPublished 3 March 1850\nPublished 4 March 2013\n" + "\n".join(PARAS) + "\n"
    art = read_text(text)
    assert art.published == date(2013, 3, 4) and "1850-03-03" in art.skipped[0].reason
    art = read_text(text, published=date(1, 1, 1))
    assert art.published == date(2013, 3, 4) and "from the caller" in art.skipped[0].reason


def test_issue11_text_after_an_html_comment_is_kept() -> None:
    # Vue/Nuxt pages wrap text in comment markers: <h3><a><!--[-->Heading<!--]--></a></h3>
    body = "".join(f'<h3 id="s{i}"><a href="#s{i}"><!--[-->Part {i} of the story<!--]--></a></h3><p>{p}</p>'
                   for i, p in enumerate(PARAS))
    text = read_html(page(body)).text
    assert all(f"Part {i} of the story" in text for i in range(len(PARAS)))


def test_issue11_a_heading_slug_is_not_read_as_a_share_widget() -> None:
    body = ('<h2 id="h-how-to-share-the-quay-with-ferries">How to share the quay with ferries</h2>' + paras(PARAS)
            + '<div id="share"><p>Share this with Facebook</p></div>')
    art = read_html(page(body))
    assert "How to share the quay with ferries" in [p.text for p in art.paragraphs]
    assert "Share this with" not in art.text


def test_issue11_tables_are_kept_as_rows_of_cells() -> None:
    table = ("<table><tr><th>Route</th><th>Sailings a day</th></tr><tr><td>Port Elsby to Marrow</td><td>6</td></tr>"
             "<tr><td>Port Elsby to Danby</td><td>4</td></tr></table>")
    paragraphs = [p.text for p in read_html(page(paras(PARAS[:2]) + table + paras(PARAS[2:]))).paragraphs]
    assert "Port Elsby to Marrow | 6" in paragraphs
    assert not [p for p in paragraphs if p.startswith("|") or "---" in p]


@pytest.mark.parametrize(("line", "row"), [
    ("| a | b |", "a | b"), ("|---|---|", None), ("| | |", None), ("| Score: 3-1 | |", "Score: 3-1"),
    ("Plain line | with a bar", "Plain line | with a bar"),
])
def test_issue11_table_lines(line: str, row: str | None) -> None:
    assert htmlbody.table_line(line) == row


def _tree(html: str):  # type: ignore[no-untyped-def]
    tree = htmlpage.parse(html)
    assert tree is not None
    return tree


def test_issue11_plain_extraction_text_in_clutter_blocks_is_left_out_with_a_reason() -> None:
    others = [f"Other story number {i} from the coast" for i in range(30)]
    tree = _tree(page(paras(PARAS) + '<div class="related-posts">' + paras(others) + "</div>"))
    ours = "\n".join(PARAS)
    plain = "\n".join([ours, *others])
    use_plain, skip = htmlbody._against_plain(tree, ours, plain)
    assert not use_plain
    assert skip.stage == "read" and "left out" in skip.reason and "page clutter" in skip.reason


def test_issue11_plain_extraction_with_text_outside_clutter_blocks_is_used() -> None:
    tree = _tree(page(paras(PARAS) + '<div class="share">Share</div>'))
    use_plain, skip = htmlbody._against_plain(tree, PARAS[0], "\n".join(PARAS))
    assert use_plain and "plain extraction is used" in skip.reason


def test_issue11_a_page_whose_text_lies_in_a_clutter_block_keeps_its_text() -> None:
    # the whole story sits in a block whose class names a "related" widget, in short paragraphs that
    # the three-long-paragraphs guard of strip_clutter does not protect
    short = [f"Ferry {i} leaves the old terminal at {i} o'clock." for i in range(1, 13)]
    art = read_html(page('<div class="related-story-body">' + paras(short) + "</div>"))
    kept = " ".join(p.text for p in art.paragraphs)
    assert sum(s in kept for s in short) >= 10


def test_issue11_line_rules_dropping_most_of_the_body_are_recorded() -> None:
    lines = ["Published 3 March 2013", "Share", "Facebook", "Email", "By Tom Reed", "The ferry leaves at noon."]
    (skip,) = _dropped_by_rules(lines, ["The ferry leaves at noon."], [])
    assert skip.stage == "read" and "set aside" in skip.reason
    assert _dropped_by_rules(PARAS + ["Share"], PARAS, [PageCaption("x", "image")]) == ()
