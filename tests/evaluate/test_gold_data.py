"""The quote gold compiled from tests/data/quotes/articles is current, well formed and covers the constructions."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "quotes"
TYPES = {"direct", "indirect", "mixed"}


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """scripts/build_quote_gold.py, imported as a module."""
    path = ROOT / "scripts" / "build_quote_gold.py"
    spec = importlib.util.spec_from_file_location("build_quote_gold", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def actors() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines()]


def test_compiled_files_are_up_to_date(builder: ModuleType) -> None:
    gold_text, actors_text = builder.build(DATA / "articles")
    assert (DATA / "gold.jsonl").read_text(encoding="utf-8") == gold_text, "run scripts/build_quote_gold.py"
    assert (DATA / "actors.jsonl").read_text(encoding="utf-8") == actors_text, "run scripts/build_quote_gold.py"


def test_about_thirty_articles_of_60_to_250_words(gold: list[dict[str, Any]]) -> None:
    assert len(gold) >= 30
    assert len({g["doc_id"] for g in gold}) == len(gold)
    for g in gold:
        assert 60 <= len(g["text"].split()) <= 250, g["doc_id"]


def test_gold_has_exactly_the_scorer_shape(gold: list[dict[str, Any]]) -> None:
    for g in gold:
        assert set(g) == {"doc_id", "text", "quotes"}
        for q in g["quotes"]:
            assert set(q) == {"type", "cue", "sources", "contents"}
            assert q["type"] in TYPES
            spans = [*q["sources"], *q["contents"], *([q["cue"]] if q["cue"] else [])]
            assert q["sources"] and q["contents"]
            for s in spans:
                assert set(s) == {"start", "end"}


def test_every_span_is_in_range_non_empty_and_trimmed(gold: list[dict[str, Any]]) -> None:
    for g in gold:
        text = g["text"]
        for q in g["quotes"]:
            for s in [*q["sources"], *q["contents"], *([q["cue"]] if q["cue"] else [])]:
                piece = text[s["start"]:s["end"]]
                assert 0 <= s["start"] < s["end"] <= len(text), (g["doc_id"], s)
                assert piece.strip() == piece != "", (g["doc_id"], piece)
                assert "{" not in piece and "}" not in piece, (g["doc_id"], piece)


def test_no_markup_is_left_in_the_text(gold: list[dict[str, Any]]) -> None:
    for g in gold:
        assert "{" not in g["text"] and "}" not in g["text"], g["doc_id"]


def test_indirect_content_leaves_out_that(gold: list[dict[str, Any]]) -> None:
    for g in gold:
        for q in g["quotes"]:
            if q["type"] == "indirect":
                first = g["text"][q["contents"][0]["start"]:q["contents"][0]["end"]].split()[0]
                assert first.lower() != "that" or q["cue"] is None, (g["doc_id"], first)


def test_actors_sidecar_matches_the_gold(gold: list[dict[str, Any]], actors: list[dict[str, Any]]) -> None:
    assert [a["doc_id"] for a in actors] == [g["doc_id"] for g in gold]
    for g, a in zip(gold, actors, strict=True):
        names = {x["name"] for x in a["actors"]}
        assert len(a["speakers"]) == len(g["quotes"])
        assert {s for s in a["speakers"] if s is not None} <= names, g["doc_id"]
        for x in a["actors"]:
            assert x["country"] is None or (len(x["country"]) == 3 and x["country"].isupper())


def _pieces(g: dict[str, Any], key: str) -> list[str]:
    return [g["text"][s["start"]:s["end"]] for q in g["quotes"] for s in q[key]]


def test_gold_covers_each_construction(gold: list[dict[str, Any]]) -> None:
    """Every construction the quote stage must handle appears at least once."""
    texts = [g["text"] for g in gold]
    quotes = [(g, q) for g in gold for q in g["quotes"]]
    cues = {g["text"][q["cue"]["start"]:q["cue"]["end"]].lower() for g, q in quotes if q["cue"]}
    sources = {s.lower() for g in gold for s in _pieces(g, "sources")}
    assert {"say", "says", "said", "told", "added", "insisted", "estimate", "warned", "claimed", "denied",
            "accused", "argued", "according to"} <= cues
    assert {"he", "she", "they"} <= sources and any(s.startswith("the ") for s in sources)
    assert {q["type"] for _, q in quotes} == TYPES
    assert any(len(q["contents"]) > 1 for _, q in quotes)  # split and multi-paragraph quotes
    assert any(q["cue"] is None for _, q in quotes)  # captions and cue-less continuations
    assert any("\n" in g["text"][q["contents"][0]["end"]:q["contents"][-1]["start"]] for g, q in quotes)
    assert any("\u201c" in t for t in texts) and any("\u2018" in t for t in texts)
    assert any("Media caption" in t for t in texts) and any("(Reuters) -" in t for t in texts)
    assert any("(AP) \u2014" in t for t in texts)
    assert any(t.count('"') % 2 for t in texts)  # an unbalanced quotation mark


def test_markup_parser_keeps_offsets_of_the_clean_text(builder: ModuleType) -> None:
    text, tags = builder.parse_markup('{S1:Ms Ruiz} {C1:said}: "{D1:We {S2:they}\\} won}."')
    assert text == 'Ms Ruiz said: "We they} won."'
    assert sorted((t.kind, text[t.start:t.end]) for t in tags) == [
        ("C", "said"), ("D", "We they} won"), ("S", "Ms Ruiz"), ("S", "they")]


@pytest.mark.parametrize("marked", ["{S1:never closed", "a stray } brace", "{X1:unknown kind}", "{D1: padded }",
                                    "{S2:Pedro} {C2:said} {I2:no speaker actor}", "{C3:said} {D3:no source}"])
def test_markup_errors_name_the_file(builder: ModuleType, tmp_path: Path, marked: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(f"@actor Ana Ruiz | PERSON | | ESP |\n---\n{{S1:Ruiz}} {{C1:said}} {{D1:yes}} {marked}\n",
                    encoding="utf-8")
    with pytest.raises(builder.MarkupError, match="bad.txt"):
        builder.compile_article(path)
