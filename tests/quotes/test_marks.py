"""Quotation mark pairing, without a model: straight and curly marks, apostrophes, paragraphs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.quotes.marks import Quoted, _nest, _outer, pair_marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """One paragraph per non-blank line, as the readers mark them."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def quoted(text: str) -> list[list[str]]:
    """The top-level quoted passages of ``text``, each as its list of pieces."""
    pairing = pair_marks(text, [paragraphs(text)])
    return [[text[s:e] for s, e in q.pieces] for q in pairing.quoted if not q.nested]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," he said. "They will lose."', [["We will win,"], ["They will lose."]]),
        ("“We will win,” he said.", [["We will win,"]]),
        ("‘We won’t back down,’ said the minister.", [["We won’t back down,"]]),
        ("'We won't back down,' said the minister.", [["We won't back down,"]]),
        ("‘It is the workers' fight and we’ll win it.’", [["It is the workers' fight and we’ll win it."]]),
        ("'It's the ministers' decision,' she said.", [["It's the ministers' decision,"]]),
        ('There is "absolutely" no "regime-change game".', [["absolutely"], ["regime-change game"]]),
        ("Rock 'n' roll in the '90s was 'great' fun.", [["great"]]),
        ("Mr O'Brien's dog didn't bark.", []),
        ('"He told me \'no way,\'" she said.', [["He told me 'no way,'"]]),
        ("“Hello,“ he said.", [["Hello,"]]),
        ("«Nous gagnerons», a-t-il dit.", [["Nous gagnerons"]]),
    ],
)
def test_pairs_within_a_paragraph(text: str, expected: list[list[str]]) -> None:
    assert quoted(text) == expected


def test_nested_quote_is_flagged_not_top_level() -> None:
    text = '"He told me \'no way,\'" she said.'
    pairing = pair_marks(text, [paragraphs(text)])
    assert [(q.family, q.nested) for q in pairing.quoted] == [("double", False), ("single", True)]


def test_multi_paragraph_quote_reopens_and_closes_once() -> None:
    text = 'She said: "First part.\n\n"Second part.\n\n"Third part," she added.\n\nNo quote here.'
    assert quoted(text) == [["First part.", "Second part.", "Third part,"]]


def test_reopening_within_a_paragraph_when_breaks_were_lost() -> None:
    text = '"We played well," he said. "They won on penalties. "It is very frustrating."'
    assert quoted(text) == [["We played well,"], ["They won on penalties.", "It is very frustrating."]]


def test_quote_never_closed_is_kept_to_paragraph_end_with_a_problem() -> None:
    text = 'He said: "we will win the vote.\n\nThe vote is on Friday.'
    pairing = pair_marks(text, [paragraphs(text)])
    assert [[text[s:e] for s, e in q.pieces] for q in pairing.quoted] == [["we will win the vote."]]
    assert pairing.quoted[0].close is None
    assert len(pairing.problems) == 1 and "never closed" in pairing.problems[0]


def test_missing_closing_mark_is_repaired_before_the_cue() -> None:
    text = '"We were born in that hospital, said Mary Doyle, who led the march.\n\n"Where now?" she asked.'
    pairing = pair_marks(text, [paragraphs(text)])
    assert quoted(text) == [["We were born in that hospital,"], ["Where now?"]]
    assert pairing.quoted[0].repaired and pairing.problems


def test_stray_closing_mark_is_reported_not_paired() -> None:
    text = 'He said we will win." Then he left.'
    pairing = pair_marks(text, [paragraphs(text)])
    assert pairing.quoted == ()
    assert "no opening mark" in pairing.problems[0]


def test_blocks_keep_headline_quotes_apart_from_the_body() -> None:
    text = 'Minister: "We will win\n\n"The vote is close," she said.'
    head, body = paragraphs(text)
    pairing = pair_marks(text, [[body], [head]])
    assert [[text[s:e] for s, e in q.pieces] for q in pairing.quoted] == [["We will win"], ["The vote is close,"]]


MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»"]
noisy_text = st.lists(
    st.one_of(st.sampled_from(MARKS), st.sampled_from(["word", "it's", " ", "\n", "\n\n", ",", ".", "a b"])),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(noisy_text)
def test_random_marks_never_raise_and_pieces_stay_inside_their_marks(text: str) -> None:
    pairing = pair_marks(text, [paragraphs(text)])
    for q in pairing.quoted:
        assert q.open < q.start
        for s, e in q.pieces:
            assert 0 <= s < e <= len(text)
            assert "\n" not in text[s:e]
        if q.close is not None:
            assert q.end <= q.close < len(text)
            assert text[q.close] in "\"'”’“‘«»"
    tops = sorted((q.open, q.end) for q in pairing.quoted if not q.nested)
    assert all(a[1] <= b[0] for a, b in zip(tops, tops[1:], strict=False))


def _nest_by_scan(quoted: list[Quoted]) -> list[Quoted]:
    """What ``_nest`` answers, by comparing every pair of passages (the definition; quadratic)."""
    doubles = [_outer(q) for q in quoted if q.family == "double"]
    kept = [q for q in quoted if q.family != "single"
            or not any((a < _outer(q)[0] < b) != (a < _outer(q)[1] - 1 < b) for a, b in doubles)]
    spans = [_outer(q) for q in kept]
    out = []
    for q in kept:
        s, e = _outer(q)
        inside = any(a < s and e <= b or a <= s and e < b for a, b in spans if (a, b) != (s, e))
        out.append(Quoted(q.pieces, q.open, q.close, q.family, nested=inside, repaired=q.repaired))
    return sorted(out, key=lambda q: q.open)


_PASSAGE = st.tuples(st.integers(0, 60), st.integers(1, 20), st.sampled_from(["double", "single"]), st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(_PASSAGE, max_size=12))
def test_issue11_nesting_in_linear_time_answers_as_comparing_every_pair(raw: list[tuple[int, int, str, bool]]) -> None:
    quoted = [Quoted(((start + 1, start + length),), start, start + length if closed else None, family)
              for start, length, family, closed in raw]
    assert _nest(quoted) == _nest_by_scan(quoted)


def test_issue11_many_quoted_passages_nest_without_comparing_every_pair() -> None:
    text = "\u201cyes\u201d and \u2018no\u2019 \u201ca \u2018b\u201d c\u2019 " * 10_000  # 30,000 passages
    found = pair_marks(text, [[(0, len(text))]])
    assert len(found.quoted) == 30_000  # the straddling single pairs are dropped
    assert not any(q.nested for q in found.quoted)
