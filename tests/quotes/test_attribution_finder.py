# ruff: noqa: E501  (an article paragraph is one line)
"""Issue 10: attributions beyond speech, typed, with PolNeAR's spans (texts of our own; needs the model)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.errors import ModelError
from newsgraph.pipeline import Pipeline
from newsgraph.quotes import model as attribution_model
from newsgraph.quotes.kinds import attribution_of
from newsgraph.quotes.marks import ascii_double_marks, pair_marks
from newsgraph.read.text import read_text
from newsgraph.records import ATTRIBUTIONS, Reading

pytestmark = pytest.mark.issue10


@pytest.fixture(scope="module")
def pipe(nlp: Any) -> Pipeline:
    return Pipeline(("newsgraph.actors.rules.v1", "newsgraph.quotes.rules.v1"), nlp=nlp)


def run(pipe: Pipeline, *paragraphs: str) -> Reading:
    return pipe.run(read_text("Council row over new stadium\n\n" + "\n\n".join(paragraphs) + "\n"))


Row = tuple[str, str, str | None, str | None]


def rows(reading: Reading) -> list[Row]:
    return [(q.attribution, " | ".join(c.text for c in q.contents), q.cue.text if q.cue else None,
             q.speaker.text if q.speaker else None) for q in reading.quotes]


# (text, the one attribution expected: kind, content, cue, source mention)
CASES: list[tuple[str, Row]] = [
    ("Mayor Ines Duarte plans to close two libraries next year.",
     ("intention", "to close two libraries next year", "plans", "Mayor Ines Duarte")),
    ("The mayor has endorsed Ruth Okafor for the council seat.",
     ("attitude", "Ruth Okafor for the council seat", "has endorsed", "The mayor")),
    ("A new poll shows that most residents oppose the stadium.",
     ("evidence", "that most residents oppose the stadium", "shows", "A new poll")),
    ("Councillor Amir Haddad believes the budget is too small.",
     ("belief", "the budget is too small", "believes", "Councillor Amir Haddad")),
    ("The High Court ruled that the planning decision was unlawful.",
     ("decree", "that the planning decision was unlawful", "ruled", "The High Court")),
    ("The club declined to comment on the talks.",
     ("intention", "to comment on the talks", "declined", "The club")),
    ("Residents have called for an independent inquiry into the costs.",
     ("intention", "an independent inquiry into the costs", "have called for", "Residents")),
    ("The council leader urged residents to back the plan.",
     ("intention", "residents to back the plan", "urged", "The council leader")),
    ("The council leader described the stadium as a good deal for the town.",
     ("attitude", "the stadium as a good deal for the town", "described", "The council leader")),
    ("The council leader denied that the costs had doubled.",
     ("statement", "that the costs had doubled", "denied", "The council leader")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] + ": " + c[1][2] for c in CASES])
def test_attributions_beyond_speech_are_found_and_typed(pipe: Pipeline, text: str, expected: Row) -> None:
    assert rows(run(pipe, text)) == [expected]


@pytest.mark.model
def test_a_passive_of_belief_has_no_source_and_two_pieces(pipe: Pipeline) -> None:
    (quote,) = run(pipe, "The new stadium is expected to open in the spring of 2027.").quotes
    assert [c.text for c in quote.contents] == ["The new stadium", "to open in the spring of 2027"]
    assert (quote.speaker, quote.cue and quote.cue.text) == (None, "is expected")


@pytest.mark.model
def test_a_cue_in_a_relative_clause_has_the_pronoun_as_source(pipe: Pipeline) -> None:
    reading = run(pipe, "The plan was opposed by Councillor Amir Haddad, who said the costs had doubled since May.")
    said = [q for q in reading.quotes if q.cue is not None and q.cue.text == "said"]
    assert [(q.speaker and q.speaker.text, q.speaker_name) for q in said] == [("who", "Amir Haddad")]


@pytest.mark.model
def test_nested_attributions_are_not_kept(pipe: Pipeline) -> None:
    reading = run(pipe, "Councillor Amir Haddad said residents want the council to drop the plan.")
    assert [(q.cue and q.cue.text, q.contents[0].text) for q in reading.quotes] == [
        ("said", "residents want the council to drop the plan")]


@pytest.mark.model
def test_a_question_put_by_an_interviewer_is_not_an_attribution(pipe: Pipeline) -> None:
    reading = run(pipe, 'Asked if the stadium would be finished on time, Ms Duarte said: "We are on schedule."')
    assert [(q.kind, q.contents[0].text) for q in reading.quotes] == [("direct", "We are on schedule.")]


@pytest.mark.model
def test_quotes_signed_with_a_dash(pipe: Pipeline) -> None:
    reading = run(pipe, "\u201cThe stadium will bring jobs.\u201d \u2015 Lena Ward",
                  "\u201cIt is a waste of public money.\u201d \u2015 Tom Baxter, a local shopkeeper")
    assert [(q.contents[0].text, q.cue and q.cue.text, q.speaker_name) for q in reading.quotes] == [
        ("The stadium will bring jobs.", "\u2015", "Lena Ward"),
        ("It is a waste of public money.", "\u2015", "Tom Baxter")]


@pytest.mark.model
def test_typewriter_double_marks_make_direct_quotes(pipe: Pipeline) -> None:
    reading = run(pipe, "''We will not back down,'' Ms Duarte said on Tuesday.")
    (quote,) = reading.quotes
    assert (quote.kind, quote.contents[0].text, quote.speaker and quote.speaker.text) == (
        "direct", "We will not back down,", "Ms Duarte")


def test_typewriter_marks_keep_every_offset() -> None:
    text = "He said ''no'' and ``maybe'' twice."
    swapped = ascii_double_marks(text)
    assert len(swapped) == len(text)
    pairing = pair_marks(text, [[(0, len(text))]])
    assert [text[s:e] for q in pairing.quoted for s, e in q.pieces] == ["no", "maybe"]


@pytest.mark.parametrize(("lemma", "kwargs", "kind"), [
    ("say", {}, "statement"),
    ("urge", {}, "statement"),
    ("think", {}, "belief"),
    ("be:concerned", {}, "belief"),
    ("plan", {}, "intention"),
    ("endorse", {}, "attitude"),
    ("rule", {}, "decree"),
    ("notice", {}, "perception"),
    ("show", {"source_lemma": "poll", "source_is_person": False}, "evidence"),
    ("find", {"source_lemma": "report", "source_is_person": False}, "evidence"),
    ("decline", {"form": "infinitive"}, "intention"),
    ("urge", {"form": "infinitive"}, "intention"),
    ("call", {"form": "object"}, "intention"),
    ("propose", {"form": "gerund"}, "intention"),
    ("deny", {"form": "gerund"}, "statement"),
    ("deny", {"form": "object"}, "attitude"),
    ("describe", {"form": "object"}, "attitude"),
    ("declare", {"form": "object"}, "decree"),
    ("ask", {"form": "proposition"}, "statement"),
    ("agree", {"form": "infinitive"}, "intention"),
    ("agree", {}, "belief"),
    ("lambast-ish", {}, "attitude"),
])
def test_attribution_kind_of_a_cue(lemma: str, kwargs: dict[str, Any], kind: str) -> None:
    assert attribution_of(lemma, **kwargs) == kind
    assert kind in ATTRIBUTIONS


def test_the_shipped_model_loads_and_scores() -> None:
    model = attribution_model.load()
    assert 0.0 < model.cue.threshold < 1.0 and model.nominal
    said = ["l=say", "t=VBD", "d=ROOT", "c=ccomp", "cc=that", "s=PROPN:PERSON"]
    assert model.cue.prob(said) > model.cue.threshold > model.cue.prob(["l=eat", "t=VBD", "d=ROOT", "c=dobj"])


def test_a_model_file_of_another_format_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "newsgraph" / "data"
    bad.mkdir(parents=True)
    (bad / "attributions.json").write_text(json.dumps({"format": "something/else"}), encoding="utf-8")
    monkeypatch.setattr(attribution_model.resources, "files", lambda _pkg: tmp_path / "newsgraph")
    attribution_model.load.cache_clear()
    try:
        with pytest.raises(ModelError, match="make train"):
            attribution_model.load()
    finally:
        attribution_model.load.cache_clear()


@pytest.mark.model
def test_a_document_that_speaks_is_an_actor_of_its_own(pipe: Pipeline) -> None:
    reading = run(pipe, "A new poll shows that most residents oppose the stadium. The poll was taken in May.",
                  "Councillor Amir Haddad said the poll was flawed. A second poll shows support falling.")
    documents = [a for a in reading.actors if a.type == "DOCUMENT"]
    assert [(a.name, [m.text for m in a.mentions]) for a in documents] == [
        ("new poll", ["A new poll"]), ("second poll", ["A second poll"])]
    evidence = [q for q in reading.quotes if q.attribution == "evidence"]
    assert [(q.speaker_name, q.speaker_actor_id) for q in evidence] == [(a.name, a.id) for a in documents]
    said = [q for q in reading.quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.speaker_name for q in said] == ["Amir Haddad"]


def test_documents_are_never_merged_across_articles() -> None:
    from newsgraph.store.corpus_actors import group_key

    one = group_key({"type": "DOCUMENT", "name": "report", "article_id": "a-1"})
    two = group_key({"type": "DOCUMENT", "name": "report", "article_id": "a-2"})
    assert one != two and one[0] == two[0] == "DOCUMENT"
    assert group_key({"type": "ORG", "name": "Gallup", "article_id": "a-1"}) == group_key(
        {"type": "ORG", "name": "Gallup", "article_id": "a-2"})
