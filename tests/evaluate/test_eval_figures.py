"""`newsgraph eval figures`: the metrics of ../shared/eval/score_figures.py on hand-made excerpts (ours)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from newsgraph.evaluate import figures as ev

pytestmark = pytest.mark.issue12

GOLD = [
    {"id": "x1", "text": "About 3,000 people fled the floods in Korvan.", "quantity": 3000, "term": "Forced to Flee",
     "unit": "People", "location": "Korvan", "country": None},
    {"id": "x2", "text": "Some 120 families were evacuated.", "quantity": 120, "term": "Evacuated",
     "unit": "Households", "location": None, "country": None},
    {"id": "x3", "text": "Nearly 400 houses were destroyed near Lake Ruri.", "quantity": 400,
     "term": "Destroyed Housing", "unit": "Households", "location": "Lake Ruri", "country": None},
    {"id": "x4", "text": "The count was 1,050 at the last tally.", "quantity": 1000, "term": "Displaced",
     "unit": "People", "location": None, "country": None},
    {"id": "x5", "text": "No figure here.", "quantity": 50, "term": "Sheltered", "unit": "People", "location": None,
     "country": None},
    {"id": "x6", "text": "Not scored.", "quantity": None, "term": "Displaced", "unit": "People", "location": None,
     "country": None},
]
READINGS = {
    "x1": {"id": "x1", "figures": [{"value": 3000, "term": "forced to flee", "unit": "people", "place": "p1"}],
           "places": [{"id": "p1", "name": "Korvan District"}]},
    "x2": {"id": "x2", "figures": [{"value": 12, "term": "Evacuated"}, {"value": 120, "term": "Evacuated",
                                                                         "unit": "families"}]},
    "x3": {"id": "x3", "figures": [{"value": 400, "term": "Destroyed Housing", "unit": "houses", "place": "p9"}],
           "places": [{"id": "p1", "name": "Ruri"}]},
    "x4": {"id": "x4", "figures": [{"value": 1050, "term": "Displaced", "unit": "people"}]},
    "x5": {"id": "x5", "figures": []},
}


def test_metrics() -> None:
    m = ev.score(GOLD, READINGS)
    assert m == {"excerpts": 5, "exact": 60.0, "near": 80.0, "any_figure": 80.0, "term_acc": 100.0,
                 "unit_acc": pytest.approx(200 / 3), "place_acc": 50.0}
    assert ev.format_report(m).splitlines()[-1] == "figures exact quantity 60.0%"


@pytest.fixture(scope="module")
def scorer(project_scorer: Callable[[str], ModuleType]) -> ModuleType:
    """The project's scorer, imported from ../shared/eval."""
    return project_scorer("score_figures")


@pytest.mark.shared
def test_same_numbers_as_the_project_scorer(scorer: ModuleType, shared: Path, tmp_path: Path) -> None:
    assert ev.score(GOLD, READINGS) == scorer.score(GOLD, list(READINGS.values()))
    gold, readings = tmp_path / "gold.jsonl", tmp_path / "readings.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    readings.write_text("".join(json.dumps(r) + "\n" for r in READINGS.values()), encoding="utf-8")
    printed = subprocess.run([sys.executable, str(shared / "eval" / "score_figures.py"), str(gold), str(readings)],
                             capture_output=True, text=True, check=True).stdout
    assert printed == ev.format_report(ev.score(GOLD, READINGS)) + "\n"


@pytest.mark.model
def test_eval_figures_command(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.cli import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    out = tmp_path / "readings.jsonl"
    result = CliRunner().invoke(app, ["eval", "figures", str(gold), "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    m = json.loads(result.stdout)
    assert m["excerpts"] == 5 and m["exact"] >= 40.0
    assert {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()} == {
        g["id"] for g in GOLD}
