"""Highlighting marks over article text: exact text back, well-formed HTML, everything escaped."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.web.highlight import Mark, highlight


class _Tags(HTMLParser):
    """Collects the visible text and checks that every span opened is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.depth = 0
        self.other: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "span":
            self.other.append(tag)
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        assert tag == "span"
        self.depth -= 1
        assert self.depth >= 0

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser


def test_nested_marks_nest() -> None:
    text = 'Lavrov said: "We will not."'
    out = highlight(text, [Mark(0, 27, "event"), Mark(14, 26, "quote"), Mark(0, 6, "speaker"), Mark(7, 11, "cue")])
    assert out == ('<span class="hl hl-event"><span class="hl hl-speaker">Lavrov</span> '
                   '<span class="hl hl-cue">said</span>: &#34;<span class="hl hl-quote">We will not.</span>'
                   '&#34;</span>')


def test_crossing_marks_are_split_not_broken() -> None:
    out = str(highlight("abcdef", [Mark(0, 4, "quote"), Mark(2, 6, "event")]))
    assert out == ('<span class="hl hl-quote">ab<span class="hl hl-event">cd</span></span>'
                   '<span class="hl hl-event">ef</span>')


def test_text_and_attributes_are_escaped() -> None:
    text = '<script>alert(1)</script> " onmouseover="x'
    mark = Mark(0, 8, "quote", (("data-tip", '"><img src=x onerror=alert(2)>'),))
    out = str(highlight(text, [mark]))
    assert "<script>" not in out and "<img" not in out
    assert 'data-tip="&#34;&gt;&lt;img src=x onerror=alert(2)&gt;"' in out
    parsed = _parse(out)
    assert "".join(parsed.text) == text and parsed.other == [] and parsed.depth == 0


def test_marks_outside_the_text_or_empty_are_ignored() -> None:
    assert str(highlight("abc", [Mark(2, 9, "quote"), Mark(1, 1, "cue"), Mark(-1, 2, "actor")])) == "abc"


spans = st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["quote", "cue", "actor", "event"]),
                  st.integers(0, 3))


@given(text=st.text(alphabet='ab <>&"\'\n', max_size=40), raw=st.lists(spans, max_size=12))
def test_any_marks_give_well_formed_html_with_the_exact_text(text: str, raw: list[tuple[int, int, str, int]]) -> None:
    marks = [Mark(min(a, b), max(a, b), kind, layer=layer) for a, b, kind, layer in raw]
    parsed = _parse(str(highlight(text, marks)))
    assert "".join(parsed.text) == html.unescape(html.escape(text))
    assert parsed.depth == 0 and parsed.other == []
