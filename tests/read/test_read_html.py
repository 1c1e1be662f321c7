"""The HTML reader: trafilatura body, our headline/date/url/section, captions kept apart, clutter out."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.errors import ReadError
from newsgraph.read.html import read_html
from newsgraph.records import Article

PARAS = [
    "The harbour authority in Port Elsby said on Tuesday that it would close the old ferry terminal by June.",
    "Chief executive Maria Okafor told reporters the building no longer met safety rules and could not be saved.",
    '"We looked at every option, and none of them worked," she said at a meeting with local traders.',
    "Traders said the closure would cost the town hundreds of visitors a week during the summer season.",
    "The council is expected to vote on plans for a new terminal on the north quay next month.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Port Elsby ferry terminal to close - BBC News</title>
<meta property="og:title" content="Port Elsby ferry terminal to close - BBC News">
<meta property="og:site_name" content="BBC News">
<meta property="article:section" content="England">
<meta property="og:url" content="https://www.example.org/news/port-elsby-1">
<link rel="canonical" href="https://www.example.org/news/port-elsby">
{meta}
</head><body>
<div class="navigation"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="story-body">
<h1 class="story-body__h1">Port Elsby ferry terminal to close</h1>
<div class="byline">By Tom Reed</div>
{time}
<ul class="sharetools"><li>Share this with</li><li>Email</li><li>Facebook</li><li>Copy this link</li></ul>
<div class="story-body__inner" property="articleBody">
<figure class="media-with-caption">
  <div class="player-with-placeholder__caption">Media playback is unsupported on your device</div>
  <div class="media-player"></div>
  <figcaption class="media-with-caption__caption"><span class="off-screen">Media caption</span>Maria Okafor:
  "None of them worked"</figcaption>
</figure>
<p class="story-body__introduction">{p0}</p>
<figure class="media-landscape has-caption full-width">
  <span class="image-and-copyright-container"><img src="a.jpg" alt="">
  <span class="off-screen">Image copyright</span><span class="story-image-copyright">Getty Images</span></span>
  <figcaption class="media-caption"><span class="off-screen">Image caption</span>
  <span class="media-caption__text">The terminal opened in 1962</span></figcaption>
</figure>
<p>{p1}</p><p>{p2}</p>
<figure><img src="b.jpg"><figcaption>Traders on the quay</figcaption></figure>
<p>{p3}</p><p>{p4}</p>
</div>
<div class="share-tools-footer"><p>Share this with</p><p>Facebook</p><p>Twitter</p></div>
</div>
<div class="related-stories"><h2>Related stories</h2><p>Other news from the coast this week</p></div>
</body></html>
"""


def page(*, meta: str = "", time: str = "", paras: list[str] = PARAS) -> str:
    return PAGE.format(meta=meta, time=time, **{f"p{i}": p for i, p in enumerate(paras)})


def check_spans(art: Article) -> None:
    spans = [*art.paragraphs, *(c.span for c in art.captions)] + ([art.headline] if art.headline else [])
    for s in spans:
        assert art.text[s.start : s.end] == s.text


def test_a_page_becomes_headline_paragraphs_and_captions() -> None:
    art = read_html(page(), path="page.html")
    check_spans(art)
    assert art.format == "html" and art.path == "page.html"
    assert art.headline is not None and art.headline.text == "Port Elsby ferry terminal to close"
    assert art.text.startswith("Port Elsby ferry terminal to close\n\n" + PARAS[0] + "\n\n")
    assert [p.text for p in art.paragraphs] == PARAS
    assert [(c.kind, c.span.text) for c in art.captions] == [
        ("media", 'Maria Okafor: "None of them worked"'),
        ("image", "The terminal opened in 1962"),
        ("image", "Traders on the quay"),
    ]
    assert min(c.span.start for c in art.captions) > art.paragraphs[-1].end  # captions come after the body
    assert art.section == "England"
    assert art.url == "https://www.example.org/news/port-elsby"


def test_no_clutter_reaches_the_text() -> None:
    art = read_html(page())
    for clutter in ("Share this with", "Media playback", "Facebook", "Getty Images", "Image caption",
                    "Media caption", "By Tom Reed", "Related stories", "Copy this link"):
        assert clutter not in art.text


def test_an_explicit_url_and_date_win() -> None:
    art = read_html(page(meta='<meta property="article:published_time" content="2016-04-05T10:00:00Z">'),
                    url="https://example.org/x", published=date(2001, 1, 1))
    assert (art.url, art.published) == ("https://example.org/x", date(2001, 1, 1))


@pytest.mark.parametrize(
    ("meta", "time", "when"),
    [
        ('<meta property="article:published_time" content="2016-04-05T10:00:00Z">',
         '<time datetime="2015-01-01">1 January 2015</time>', date(2016, 4, 5)),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2017-06-30T08:00"}</script>',
         "", date(2017, 6, 30)),
        ("", '<time datetime="2015-07-01T09:30:00+01:00">1 July 2015</time>', date(2015, 7, 1)),
        ("", '<time datetime="02-03">2 mins</time><time datetime="2014-08-14">14 August 2014</time>',
         date(2014, 8, 14)),
    ],
)
def test_published_date_from_the_markup(meta: str, time: str, when: date) -> None:
    assert read_html(page(meta=meta, time=time)).published == when


def test_headline_falls_back_to_the_title_without_the_site_name() -> None:
    html = page().replace('<h1 class="story-body__h1">Port Elsby ferry terminal to close</h1>', "")
    art = read_html(html)
    assert art.headline is not None and art.headline.text == "Port Elsby ferry terminal to close"


def test_a_short_fragment_is_read_without_trafilatura() -> None:
    art = read_html("<p>The bridge reopened on Monday.</p><p>Drivers welcomed the news.</p>")
    assert [p.text for p in art.paragraphs] == ["The bridge reopened on Monday.", "Drivers welcomed the news."]
    assert art.headline is None
    check_spans(art)


def test_an_xml_declaration_is_accepted() -> None:
    art = read_html('<?xml version="1.0" encoding="utf-8"?>\n' + page())
    assert art.headline is not None


@pytest.mark.parametrize(
    ("html", "problem"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("Just some words, no markup at all.", "no HTML markup"),
        ("<html><head><title>T</title></head></html>", "no body paragraphs"),
        ("<html><body><script>var a = 1;</script><style>p {}</style></body></html>", "no body paragraphs"),
        ("<html><body><ul class='share'><li>Share this with</li><li>Email</li></ul></body></html>",
         "no body paragraphs"),
    ],
)
def test_unreadable_html_is_a_read_error_naming_the_input(html: str, problem: str) -> None:
    with pytest.raises(ReadError, match=problem) as info:
        read_html(html, name="broken.html")
    assert str(info.value).startswith("broken.html:")
    assert info.value.name == "broken.html"
