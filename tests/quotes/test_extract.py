"""The quotes stage on short texts of our own: one row per construction (needs the model).

Spans follow PolNeAR's guidelines (issue 10): a cue keeps its verb group ("has long insisted"), and a
reported clause keeps its "that".

Each case is an article body (under a neutral headline) and the quotes expected in it, as
(type, content pieces joined by " | ", cue, speaker mention, speaker name). The stage runs alone,
so speaker names come from its own entity fallback, not from the actors stage.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.nlp.doc import make_doc
from newsgraph.quotes.rules import extract
from newsgraph.read.text import read_text
from newsgraph.records import Reading

pytestmark = pytest.mark.model

Row = tuple[str, str, str | None, str | None, str | None]
HEADLINE = "Council meets over budget plans"


def read_quotes(nlp: Any, text: str) -> Reading:
    article = read_text(text)
    return extract(make_doc(article, nlp), Reading(article=article))


def rows(reading: Reading) -> list[Row]:
    return [(q.kind, " | ".join(c.text for c in q.contents), q.cue.text if q.cue else None,
             q.speaker.text if q.speaker else None, q.speaker_name) for q in reading.quotes]


def article(*paragraphs: str) -> str:
    return HEADLINE + "\n\n" + "\n\n".join(paragraphs) + "\n"


CASES: list[tuple[str, str, list[Row]]] = [
    ("cue after, pronoun", article('Alan Ford spoke first. "We will win the vote," he said.'),
     [("direct", "We will win the vote,", "said", "he", "Alan Ford")]),
    ("cue before, colon", article('The finance minister, Alan Ford, said: "Taxes will fall next year."'),
     [("direct", "Taxes will fall next year.", "said", "The finance minister, Alan Ford", "Alan Ford")]),
    ("inverted cue", article('"Taxes will fall," said Mr Alan Ford, the finance minister.'),
     [("direct", "Taxes will fall,", "said", "Mr Alan Ford, the finance minister", "Alan Ford")]),
    ("split quote", article('"The plan," Sara Grey said, "is dead in the water."'),
     [("direct", "The plan, | is dead in the water.", "said", "Sara Grey", "Sara Grey")]),
    ("multi-paragraph quote", article('Sara Grey told the meeting: "We cannot go on like this.',
                                      '"The money has run out," she added.'),
     [("direct", "We cannot go on like this. | The money has run out,", "told", "Sara Grey", "Sara Grey")]),
    ("quote paragraph without cue", article('"The vote is close," Sara Grey said.', '"We need every member."'),
     [("direct", "The vote is close,", "said", "Sara Grey", "Sara Grey"),
      ("direct", "We need every member.", None, "Sara Grey", "Sara Grey")]),
    ("cue then another cue", article('Sara Grey spoke. "We gave them every chance," she said, adding: "They left."'),
     [("direct", "We gave them every chance,", "said", "she", "Sara Grey"),
      ("direct", "They left.", "adding", "she", "Sara Grey")]),
    ("name and colon opening a paragraph", article('Sara Grey: "This is the end of the road."'),
     [("direct", "This is the end of the road.", None, "Sara Grey", "Sara Grey")]),
    ("quote paragraph after someone new is introduced",
     article("Alan Ford said the offer was an insult.", "Sara Grey, the head of the union, was also critical.",
             '"It is a disaster for the health service."'),
     [("indirect", "the offer was an insult", "said", "Alan Ford", "Alan Ford"),
      ("direct", "It is a disaster for the health service.", None, "Sara Grey, the head of the union", "Sara Grey")]),
    ("cue then adding that", article('Alan Ford spoke. "Fares must rise," he said, adding that taxes would not.'),
     [("direct", "Fares must rise,", "said", "he", "Alan Ford"),
      ("indirect", "that taxes would not", "adding", "he", "Alan Ford")]),
    ("curly British single quotes", article("‘We won’t back down,’ said Sara Grey."),
     [("direct", "We won’t back down,", "said", "Sara Grey", "Sara Grey")]),
    ("straight British single quotes", article("'It's the workers' fight,' Sara Grey said."),
     [("direct", "It's the workers' fight,", "said", "Sara Grey", "Sara Grey")]),
    ("according to, after", article('"Prices will rise again," according to the central bank.'),
     [("direct", "Prices will rise again,", "according to", "the central bank", "central bank")]),
    ("indirect, bare clause", article("Alan Ford said taxes would fall next year."),
     [("indirect", "taxes would fall next year", "said", "Alan Ford", "Alan Ford")]),
    ("indirect, that clause", article("The Reform Party has insisted that the election must go ahead."),
     [("indirect", "that the election must go ahead", "has insisted", "The Reform Party", "Reform Party")]),
    ("indirect, apposition names the speaker",
     article("The main opposition group, the Reform Party, has long insisted that the election must go ahead."),
     [("indirect", "that the election must go ahead", "has long insisted",
       "The main opposition group, the Reform Party", "Reform Party")]),
    ("indirect, cue after the clause", article("The strike will go ahead on Monday, the union said."),
     [("indirect", "The strike will go ahead on Monday", "said", "the union", "union")]),
    ("parenthetical cue", article("The economy, Sara Grey said, is not strong enough to absorb the cuts."),
     [("indirect", "The economy | is not strong enough to absorb the cuts", "said", "Sara Grey", "Sara Grey")]),
    ("according to, mid-sentence", article("The proposal, according to budget papers, would freeze hiring."),
     [("indirect", "The proposal | would freeze hiring", "according to", "budget papers", "budget papers")]),
    ("according to, sentence end", article("About 50 people were hurt in the clashes, according to the police."),
     [("indirect", "About 50 people were hurt in the clashes", "according to", "the police", "police")]),
    ("mixed quote", article('Alan Ford said the plan was "dead in the water" and had to go.'),
     [("mixed", 'the plan was "dead in the water" and had to go', "said", "Alan Ford", "Alan Ford")]),
    ("accused of, mixed", article('Sara Grey accused the council of "betraying its voters".'),
     [("mixed", 'the council of "betraying its voters"', "accused", "Sara Grey", "Sara Grey")]),
    ("asked if ... said: one direct quote",
     article('Asked if the budget would pass, Alan Ford said: "Absolutely not. We will fight it."'),
     [("direct", "Absolutely not. We will fight it.", "said", "Alan Ford", "Alan Ford")]),
    ("no quote inside a quote", article('"He said he would come, and he did," Sara Grey said.'),
     [("direct", "He said he would come, and he did,", "said", "Sara Grey", "Sara Grey")]),
    # Issue 10: a refusal to comment and a report that was not made are attributions (PolNeAR's guidelines);
    # the refusal is an intention, the report not made a statement (test_attributions.py checks kinds).
    ("refusals and negated reports are statements",
     article("The ministry declined to comment. Alan Ford did not say whether he would stay."),
     [("indirect", "to comment", "declined", "The ministry", "ministry"),
      ("indirect", "whether he would stay", "did not say", "Alan Ford", "Alan Ford")]),
    ("scare quotes are not quotes", article('The so-called "peace dividend" never came.'), []),
    ("wire dateline", article("LONDON (Reuters) - Prices rose sharply in May, the statistics office said."),
     [("indirect", "Prices rose sharply in May", "said", "the statistics office", "statistics office")]),
    ("quoted as saying", article('"It is about sovereignty," Reuters quoted a central bank official as saying.'),
     [("direct", "It is about sovereignty,", "quoted", "a central bank official", "central bank official")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_constructions(nlp: Any, name: str, text: str, expected: list[Row]) -> None:
    assert rows(read_quotes(nlp, text)) == expected


def test_caption_quote_has_no_cue_and_the_named_speaker(nlp: Any) -> None:
    text = (HEADLINE + "\n\nMedia captionSara Grey: \"We will not give up\"\n\n"
            "Sara Grey leads the Reform Party.\n")
    assert rows(read_quotes(nlp, text)) == [("direct", "We will not give up", None, "Sara Grey", "Sara Grey")]
    assert read_quotes(nlp, text).quotes[0].where == "caption"


def test_headline_attribution(nlp: Any) -> None:
    text = ("Budget row: Taxes will not rise, says Ford\n\n"
            '"We have balanced the books," the finance minister Alan Ford said.\n')
    reading = read_quotes(nlp, text)
    head = reading.quotes[0]
    assert (head.where, head.kind, head.contents[0].text, head.cue and head.cue.text, head.speaker_name) == (
        "headline", "indirect", "Taxes will not rise", "says", "Alan Ford")


@pytest.mark.parametrize(("headline", "kind", "content", "cue"), [
    ("Taxes will not rise - Ford", "indirect", "Taxes will not rise", None),
    ("Ford: 'No chance' taxes will rise", "mixed", "'No chance' taxes will rise", None),
    ("'We have balanced the books', says Ford", "direct", "We have balanced the books", "says"),
    ("Ford says taxes will not rise", "indirect", "taxes will not rise", "says"),
    ("Budget row: Taxes will not rise, Ford says", "indirect", "Taxes will not rise", "says"),
])
def test_headline_forms(nlp: Any, headline: str, kind: str, content: str, cue: str | None) -> None:
    text = headline + "\n\n" + '"We have balanced the books," the finance minister Alan Ford said.\n'
    head = read_quotes(nlp, text).quotes[0]
    assert (head.where, head.kind, head.contents[0].text, head.cue and head.cue.text, head.speaker_name) == (
        "headline", kind, content, cue, "Alan Ford")


def test_headline_topic_is_not_a_speaker(nlp: Any) -> None:
    text = "Storm Mira: Thousands shelter as floods hit coast\n\nThousands of people left their homes.\n"
    assert read_quotes(nlp, text).quotes == ()


def test_pronoun_goes_to_the_last_speaker_not_a_person_in_the_report(nlp: Any) -> None:
    text = article('"We played well," said Tom Hale.',
                   "Hale revealed that Joe Barr had missed three penalties.",
                   '"It was not a good day," he added.')
    names = [q.speaker_name for q in read_quotes(nlp, text).quotes]
    assert names == ["Tom Hale", "Tom Hale", "Tom Hale"]


def test_description_resolves_to_an_earlier_organisation(nlp: Any) -> None:
    text = article("Harlow Components makes car parts in Toledo.",
                   '"Our offer is fair," the company said in a statement.')
    (quote,) = read_quotes(nlp, text).quotes
    assert (quote.speaker and quote.speaker.text, quote.speaker_name) == ("the company", "Harlow Components")


def test_unbalanced_marks_are_kept_and_reported(nlp: Any) -> None:
    reading = read_quotes(nlp, article('Alan Ford said: "we will not give up the fight.', "The vote is on Friday."))
    assert rows(reading) == [("direct", "we will not give up the fight.", "said", "Alan Ford", "Alan Ford")]
    assert [s.stage for s in reading.skipped] == ["newsgraph.quotes.rules.v1"]


def test_ids_in_text_order_and_spans_index_the_text(nlp: Any) -> None:
    reading = read_quotes(nlp, article('"A deal is close," Sara Grey said.', "Alan Ford said talks would resume."))
    text = reading.article.text
    assert [q.id for q in reading.quotes] == ["q1", "q2"]
    for q in reading.quotes:
        for span in (*q.contents, q.cue, q.speaker):
            assert span is not None and text[span.start:span.end] == span.text
