"""Issue 11: each reading says its language, and the English-only stages skip other languages, saying why.

The multilingual samples (tests/data/languages/samples.jsonl) were written by us; bench/language_bench.py
measures the detector on them and on the English corpora of ../shared.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from newsgraph import language
from newsgraph.reading import to_dict
from newsgraph.records import Article, Reading
from newsgraph.registry import Stage
from newsgraph.store.rows import reading_to_rows

SAMPLES = [json.loads(line) for line in
           (Path(__file__).parent / "data" / "languages" / "samples.jsonl").read_text(encoding="utf-8").splitlines()]

GERMAN = ("Stadtrat streitet über den neuen Hafen\n\n"
          "Der Stadtrat von Kleinberg hat am Montag stundenlang über den Ausbau des Hafens gestritten. "
          "Bürgermeisterin Anna Vogel sagte, die Stadt brauche die neuen Anlegestellen dringend. "
          "Die Opposition kritisierte die Kosten von mehr als zwölf Millionen Euro.\n")

pytestmark = pytest.mark.issue11


@pytest.mark.parametrize("sample", SAMPLES, ids=[f"{s['lang']}-{i}" for i, s in enumerate(SAMPLES)])
def test_issue11_each_sample_is_named_its_language(sample: dict[str, str]) -> None:
    got = language.detect(sample["text"])
    if sample["lang"] == "en":
        assert got in ("en", None)  # an English text is never called something else
    else:
        assert got == sample["lang"]


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers in northern Nigeria on Saturday.",  # py3langid alone: Nigerian Pidgin, p = 0.73
    "Armed bandits abducted 20 students in Kaduna state, Nigeria.",
    "Negotiators from Armenia and Azerbaijan met in Washington on Thursday.",
])
def test_issue11_one_english_sentence_is_english(text: str) -> None:
    assert language.detect(text) == "en"


@pytest.mark.parametrize("text", ["", "   ", "12:04 GMT 3-1", "OK", "- - -", "2019-11-02 | 1:32.104"])
def test_issue11_too_little_text_is_undetermined(text: str) -> None:
    assert language.detect(text) is None


def test_issue11_only_the_start_of_a_long_text_is_read() -> None:
    assert language.detect(GERMAN * 50 + "The rest of this text is in English, at length. " * 500) == "de"


def _noop(doc, reading):  # type: ignore[no-untyped-def]
    return reading


def test_issue11_a_stage_refuses_languages_it_does_not_read() -> None:
    english = Stage("test.en.v1", _noop, (), ())
    anything = Stage("test.any.v1", _noop, (), (), languages=None)
    assert english.refuses("en") is None and english.refuses(None) is None
    assert "'de'" in (english.refuses("de") or "") and "en only" in (english.refuses("de") or "")
    assert anything.refuses("de") is None


def test_issue11_the_language_is_in_the_json_and_the_article_row() -> None:
    reading = Reading(article=Article(id="x", text=GERMAN), language="de")
    assert to_dict(reading)["language"] == "de"
    assert reading_to_rows(reading)["articles"][0]["language"] == "de"
    assert to_dict(replace(reading, language=None))["language"] is None


@pytest.mark.model
def test_issue11_a_german_article_skips_the_english_stages(pipeline) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.read.text import read_text

    reading = pipeline.run(read_text(GERMAN))
    assert reading.language == "de"
    assert (reading.actors, reading.quotes, reading.events, reading.figures, reading.places) == ((), (), (), (), ())
    assert reading.summary is None
    assert [s.stage for s in reading.skipped] == list(reading.methods)
    assert all("language 'de'" in s.reason for s in reading.skipped)


@pytest.mark.model
def test_issue11_an_english_article_runs_every_stage(read) -> None:  # type: ignore[no-untyped-def]
    reading = read("Harbour plan approved\n\nThe council in Port Elsby approved the new harbour on Monday, "
                   "the mayor, Anna Vogel, said. \"It is a good day,\" she told reporters.\n")
    assert reading.language == "en"
    assert not [s for s in reading.skipped if "language" in s.reason]
    assert reading.quotes


def test_issue11_no_non_english_sample_takes_the_plain_english_path() -> None:
    for sample in SAMPLES:
        if sample["lang"] != "en":
            assert not language._plainly_english(sample["text"][:language.SAMPLE_CHARS]), sample["text"][:60]


def test_issue11_plain_english_is_english_without_the_model_and_agrees_with_it() -> None:
    text = ("The council said on Monday that the harbour plan, which has been debated for years, would go ahead. "
            "Its members have argued that the cost was too high, but they voted for it, and the mayor says "
            "she is pleased with the result, which she has called a fair deal for the town and its people. ") * 3
    assert language._plainly_english(text[:language.SAMPLE_CHARS])
    assert language.detect(text) == "en"
    code, _ = language._identifier().classify(text[:language.SAMPLE_CHARS])
    assert code == "en"


def test_issue11_short_or_sparse_english_still_asks_the_model() -> None:
    headline = "Gunmen killed five villagers in northern Nigeria on Saturday."
    assert not language._plainly_english(headline)
    assert not language._plainly_english("Results: " + "Team won 3-1 at home. " * 20)


def test_issue11_the_ingest_workers_warm_up_without_loading_the_language_model() -> None:
    from newsgraph.ingest.worker import _WARMUP

    assert language._plainly_english(_WARMUP[:language.SAMPLE_CHARS])
