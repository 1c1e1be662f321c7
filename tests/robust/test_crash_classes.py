"""Issue 11: the crash classes found by fuzzing, each fixed at its root, with its minimal input."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.errors import ReadError
from newsgraph.events.dates import resolve
from newsgraph.figures.phrases import number_phrases
from newsgraph.nlp.doc import check_text
from newsgraph.read.decode import clean_text
from newsgraph.read.htmlpage import MAX_LD_DEPTH, _ld_date, parse, published_dates
from newsgraph.read.text import read_text
from newsgraph.records import Article

pytestmark = pytest.mark.issue11

FIRST, LAST = date(1, 1, 1), date(9999, 12, 31)


@pytest.mark.parametrize(("text", "published", "future"), [
    ("yesterday", FIRST, False),                  # OverflowError: date value out of range
    ("last week", FIRST, False),
    ("last month", FIRST, False),                 # ValueError: year 0 is out of range
    ("last year", FIRST, False),
    ("on Monday", FIRST, False),                  # 0001-01-01 is a Monday: fine; one day on is not
    ("tomorrow", LAST, False),
    ("next week", LAST, False),
    ("next month", LAST, False),
    ("next year", LAST, False),
    ("on Thursday", LAST, True),                  # 9999-12-31 is a Friday: the next Thursday is past 9999
    ("October 16", LAST, True),                   # next year's October 16
    ("March 3", FIRST, False),                    # last year's March 3
    ("99999999999999999999 days ago", date(2020, 5, 1), False),
])
def test_issue11_dates_outside_years_1_to_9999_resolve_to_none(text: str, published: date, future: bool) -> None:
    found = resolve(text, published, future=future)
    assert found is None or FIRST <= found <= LAST
    if text not in ("on Monday", "October 16", "March 3"):
        assert found is None


def test_issue11_dates_inside_the_range_still_resolve() -> None:
    assert resolve("yesterday", date(1, 1, 2)) == date(1, 1, 1)
    assert resolve("today", LAST) == LAST
    assert resolve("next week", date(2020, 1, 1)) == date(2020, 1, 6)


def test_issue11_json_ld_nested_deeper_than_the_cap_is_skipped_not_a_recursion_error() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert _ld_date(deep) is None
    shallow = '{"datePublished": "2020-01-02", "x": ' + "[" * MAX_LD_DEPTH + "]" * MAX_LD_DEPTH + "}"
    assert _ld_date(shallow) is None  # one level more than the cap: the whole script is skipped
    inside = '{"datePublished": "2020-01-02", "x": ' + "[" * 10 + "]" * 10 + "}"
    assert _ld_date(inside) == date(2020, 1, 2)
    page = (f'<html><head><script type="application/ld+json">{deep}</script>'
            '<meta property="article:published_time" content="2021-03-04"></head><body><p>x</p></body></html>')
    tree = parse(page)
    assert tree is not None and next(published_dates(tree))[1] == date(2021, 3, 4)


def test_issue11_brackets_inside_json_strings_do_not_count_as_nesting() -> None:
    raw = '{"datePublished": "2020-01-02", "headline": "' + "[{" * 500 + '"}'
    assert _ld_date(raw) == date(2020, 1, 2)


def test_issue11_superscript_digits_are_not_read_as_a_year() -> None:
    words = ["Police", "said", "\u00b2\u00b2\u00b2\u00b2", "people", "died"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, True, False],
              heads=[1, 1, 3, 4, 1], deps=["nsubj", "ROOT", "nummod", "nsubj", "ccomp"])
    number_phrases(doc[:])  # ValueError: invalid literal for int() with base 10: '²²²²'


def test_issue11_lone_surrogates_and_nul_are_replaced_one_for_one() -> None:
    raw = "He said \ud800 \"we\x00 will\" on Tuesday.\n"
    text = clean_text(raw)
    assert len(text) == len(raw) and text == raw.replace("\ud800", "\ufffd").replace("\x00", "\ufffd")
    article = read_text(raw)
    assert article.text == text
    assert [article.text[p.start:p.end] for p in article.paragraphs] == [p.text for p in article.paragraphs]
    text.encode("utf-8")  # writable as UTF-8, which a lone surrogate is not


def test_issue11_a_hand_built_article_with_a_lone_surrogate_is_refused_clearly() -> None:
    with pytest.raises(ReadError, match="lone surrogate .U\\+DC00. at offset 3"):
        check_text("abc\udc00", name="x")
    with pytest.raises(ReadError, match="NUL character at offset 1"):
        check_text("a\x00", name="x")
    check_text("plain text", name="x")
    assert Article(id="x", text="ok").text == "ok"


@pytest.mark.model
def test_issue11_a_number_too_large_for_a_float_is_no_figure(read) -> None:  # type: ignore[no-untyped-def]
    import json

    from newsgraph.reading import to_dict

    reading = read("Police said " + "9" * 400 + " people were killed in the attack on Monday.\n")
    assert all(f.value < float("inf") for f in reading.figures)
    json.dumps(to_dict(reading), allow_nan=False)  # ValueError: Out of range float values are not JSON compliant


@pytest.mark.model
@pytest.mark.parametrize("phrase", ["More than " + "9" * 400, "between 1 and " + "9" * 400, "some " + "9" * 320])
def test_issue11_displacement_counts_too_large_for_a_float_are_no_figure_and_no_failure(read, phrase: str
                                                                                         ) -> None:  # type: ignore[no-untyped-def]
    reading = read(f"{phrase} people were displaced by the floods in Kenya.\n")
    assert not reading.incomplete, reading.skipped
    assert all(f.value < float("inf") for f in reading.figures)


def test_issue11_parse_quantity_refuses_infinite_values() -> None:
    from newsgraph.figures.numbers import parse_quantity

    assert parse_quantity("9" * 400) is None
    assert parse_quantity("between 1 and " + "9" * 400) is None
    assert parse_quantity("about 70,000") is not None


@pytest.mark.parametrize("text", ["99999999999999999999 months ago", "99999999999999999999 years ago",
                                  "in March 99999999999999999999"])
def test_issue11_a_shift_of_more_years_than_a_c_long_holds_is_no_date(text: str) -> None:
    assert resolve(text, date(2020, 1, 1)) is None  # was OverflowError, found by make fuzz (cases 8225, 8428)
