"""The plain-text reader: structure spans over verbatim text (BBC scrapes, wire copy, US papers)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.read.text import read_text
from newsgraph.records import Article, TextSpan

SCRAPE = """Europe

Ministers agree fishing deal, says commissioner

Media playback is unsupported on your device
Media captionAnna Berg: "We have a deal"

Fisheries ministers agreed on new quotas on Tuesday.

Image caption Boats in the harbour at Bergen

"It was a long night," Ms Berg said.
"""

BBC_NEW_STYLE = """Scotland business

Whisky exports reach record high

Published
4 March 2024
Share
Close share panel
Image source, Getty Images
Image caption, Casks stacked in a warehouse near Elgin
By Morag Campbell
Business reporter, BBC Scotland

Exports of Scotch rose by a tenth last year, the industry body said.

Video caption, Distillers explain the rise

"Demand in Asia has been remarkable," said chief executive Iain Ross.

Related Topics
Whisky
Scotland economy
"""

WIRE = """Senate passes stopgap spending bill

By Jane Doe and JOHN ROE, Associated Press
March 5, 2013 / 12:35 PM

WASHINGTON (AP) \u2014 The U.S. Senate on Tuesday passed a stopgap bill to keep the government open.

"This is a good day," said Senator Mary Quinn.

Reporting by Jane Doe; Editing by Tom Hill
"""


def all_spans(art: Article) -> list[TextSpan]:
    spans = [*art.paragraphs, *art.boilerplate, *(c.span for c in art.captions)]
    return spans + ([art.headline] if art.headline else [])


def test_structure_of_a_scrape() -> None:
    art = read_text(SCRAPE)
    assert art.section == "Europe"
    assert art.headline is not None and art.headline.text == "Ministers agree fishing deal, says commissioner"
    assert [(c.kind, c.span.text) for c in art.captions] == [
        ("media", 'Anna Berg: "We have a deal"'),
        ("image", "Boats in the harbour at Bergen"),
    ]
    assert [b.text for b in art.boilerplate] == ["Media playback is unsupported on your device"]
    assert [p.text for p in art.paragraphs] == [
        "Fisheries ministers agreed on new quotas on Tuesday.",
        '"It was a long night," Ms Berg said.',
    ]


@pytest.mark.parametrize("text", [SCRAPE, BBC_NEW_STYLE, WIRE, SCRAPE.replace("\n", "\r\n")])
def test_text_is_verbatim_and_spans_index_it(text: str) -> None:
    art = read_text(text)
    assert art.text == text
    for s in all_spans(art):
        assert art.text[s.start : s.end] == s.text
        assert "\r" not in s.text and s.text == s.text.strip()


def test_every_line_lands_in_exactly_one_place() -> None:
    art = read_text(BBC_NEW_STYLE)
    starts = sorted(s.start for s in all_spans(art))
    assert len(starts) == len(set(starts))
    lines = [ln for ln in BBC_NEW_STYLE.splitlines() if ln.strip()]
    assert len(starts) + (art.section is not None) == len(lines)


def test_new_style_bbc_page_furniture() -> None:
    art = read_text(BBC_NEW_STYLE)
    assert art.section == "Scotland business"
    assert art.headline is not None and art.headline.text == "Whisky exports reach record high"
    assert art.published == date(2024, 3, 4)
    assert [(c.kind, c.span.text) for c in art.captions] == [
        ("image", "Casks stacked in a warehouse near Elgin"),
        ("media", "Distillers explain the rise"),
    ]
    assert [b.text for b in art.boilerplate] == [
        "Published", "4 March 2024", "Share", "Close share panel", "Image source, Getty Images",
        "By Morag Campbell", "Business reporter, BBC Scotland", "Related Topics", "Whisky", "Scotland economy",
    ]
    assert len(art.paragraphs) == 2


def test_wire_copy_keeps_its_dateline_and_drops_the_byline() -> None:
    art = read_text(WIRE)
    assert art.section is None
    assert art.headline is not None and art.headline.text == "Senate passes stopgap spending bill"
    assert art.paragraphs[0].text.startswith("WASHINGTON (AP) \u2014 The U.S. Senate")
    assert art.published == date(2013, 3, 5)
    assert {b.text for b in art.boilerplate} == {
        "By Jane Doe and JOHN ROE, Associated Press",
        "March 5, 2013 / 12:35 PM",
        "Reporting by Jane Doe; Editing by Tom Hill",
    }


@pytest.mark.parametrize(
    "first",
    [
        "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday",
        "LONDON, March 5 (Reuters) - British lawmakers voted on a new budget",
        "Paris (AFP) - French unions called a national strike for Thursday",
        "KABUL, Afghanistan \u2014 Heavy snow closed the main pass on Sunday",
        "The minister resigned on Friday after a week of pressure.",
        '"We will not give up," the minister told reporters.',
    ],
)
def test_a_first_line_that_is_a_sentence_is_not_a_headline(first: str) -> None:
    art = read_text(f"{first}\n\nThe vote was close.\n\nMore votes are due next week.\n")
    assert art.headline is None and art.section is None
    assert art.paragraphs[0].text == first


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        ("Storm hits coast\n\nWinds of 100mph hit the coast on Monday.\n", None, "Storm hits coast"),
        ("Winds of 100mph hit the coast on Monday. Homes lost power.\n", None, None),
        ("Storm Hits Coast\n\nWinds hit the coast.\n\nHomes lost power.\n", None, "Storm Hits Coast"),
        ("US & Canada\n\nStorm hits coast\n\nWinds hit the coast.\n", "US & Canada", "Storm hits coast"),
        ("Are cloned animals born old?\n\nScientists say no.\n", None, "Are cloned animals born old?"),
        ("US-China trade talks resume\n\nTalks began.\n", None, "US-China trade talks resume"),
        ("EU-UK deal: What it means\n\nTalks ended.\n", None, "EU-UK deal: What it means"),
        ("Just one line of a headline\n", None, None),
    ],
)
def test_headline_and_section_are_optional(text: str, section: str | None, headline: str | None) -> None:
    art = read_text(text)
    assert art.section == section
    assert (art.headline.text if art.headline else None) == headline
    assert art.paragraphs


@pytest.mark.parametrize(
    ("line", "kind", "caption"),
    [
        ("Media captionSergei Ivanov: \u201cWe are ready\u201d", "media", "Sergei Ivanov: \u201cWe are ready\u201d"),
        ("Image caption The bridge after the flood", "image", "The bridge after the flood"),
        ("IMAGE CAPTION: The bridge", "image", "The bridge"),
        ("Video caption, Rescuers at work", "media", "Rescuers at work"),
        ("Media caption\"It is over,\" she said", "media", "\"It is over,\" she said"),
    ],
)
def test_caption_labels(line: str, kind: str, caption: str) -> None:
    art = read_text(f"Floods hit town\n\n{line}\n\nRivers burst their banks.\n")
    assert [(c.kind, c.span.text) for c in art.captions] == [(kind, caption)]


def test_words_that_only_start_like_a_label_stay_body_text() -> None:
    text = "AI tools\n\nImage captioning software is improving.\n\nMedia captioned clips spread fast.\n"
    art = read_text(text)
    assert art.captions == ()
    assert len(art.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Share this with", "Email", "Facebook", "Copy this link", "Share this with Facebook",
        "Image copyright Getty Images", "Image copyright", "Published", "Related Topics",
        "Media playback is not supported on this device", "3 hours ago", "Published 12 May 2015",
        "Updated: 10:04 AM EST, Tue March 5, 2013", "Page last updated at 12:35 GMT, Tuesday, 5 March 2013",
        "By KATE LEE, Associated Press", "By Jo Smith in Kabul",
        "These are external links and will open in a new window",
    ],
)
def test_clutter_lines_are_boilerplate(line: str) -> None:
    art = read_text(f"Storm hits coast\n\n{line}\n\nWinds of 100mph hit the coast on Monday.\n")
    assert [b.text for b in art.boilerplate] == [line]
    assert [p.text for p in art.paragraphs] == ["Winds of 100mph hit the coast on Monday."]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, the river had burst its banks.",
        "Email is how most staff were told.",
        "Published figures show a rise.",
        "Share prices fell by 3%.",
    ],
)
def test_sentences_that_open_like_clutter_stay_body_text(line: str) -> None:
    art = read_text(f"Storm hits coast\n\n{line}\n\nWinds hit the coast.\n")
    assert art.boilerplate == ()
    assert art.paragraphs[0].text == line


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Published 3 March 2013", date(2013, 3, 3)),
        ("3 March 2013 Last updated at 12:04 GMT", date(2013, 3, 3)),
        ("March 3, 2013", date(2013, 3, 3)),
        ("Sept. 14, 2021 5:00 a.m. ET", date(2021, 9, 14)),
        ("2019-11-02", date(2019, 11, 2)),
        ("Tuesday 5 February 2013 14.30 GMT", date(2013, 2, 5)),
    ],
)
def test_published_date_from_a_date_line(line: str, when: date) -> None:
    art = read_text(f"Storm hits coast\n\n{line}\n\nWinds hit the coast.\n")
    assert art.published == when
    assert [b.text for b in art.boilerplate] == [line]


def test_the_first_date_line_wins_and_an_explicit_date_wins_over_both() -> None:
    text = "Storm hits coast\n\nPublished 3 March 2013\nUpdated 4 March 2013\n\nWinds hit the coast.\n"
    assert read_text(text).published == date(2013, 3, 3)
    assert read_text(text, published=date(2020, 1, 1)).published == date(2020, 1, 1)


def test_ids_and_provenance() -> None:
    art = read_text(SCRAPE, path="a.txt", url="https://example.org/a")
    assert art.id == read_text(SCRAPE).id and len(art.id) == 16
    assert read_text(SCRAPE, id="rec-1").id == "rec-1"
    assert (art.path, art.url, art.format) == ("a.txt", "https://example.org/a", "text")


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\r\n"])
def test_text_without_lines_gives_an_empty_article(text: str) -> None:
    art = read_text(text)
    assert art.text == text
    assert (art.headline, art.paragraphs, art.captions, art.boilerplate) == (None, (), (), ())


def test_a_caption_label_alone_on_its_line_captions_the_next_line() -> None:
    text = ("Floods hit town\n\nMedia caption\nRescuers reach the flooded street\nImage caption:\n"
            "The river at dawn\n\nRivers burst their banks.\n")
    art = read_text(text)
    assert [(c.kind, c.span.text) for c in art.captions] == [
        ("media", "Rescuers reach the flooded street"), ("image", "The river at dawn"),
    ]
    assert [b.text for b in art.boilerplate] == ["Media caption", "Image caption:"]
    assert [p.text for p in art.paragraphs] == ["Rivers burst their banks."]
