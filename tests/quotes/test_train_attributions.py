"""Issue 10: `make train` reproduces the attribution model from ../shared (a small run, skipped without it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.quotes import model as attribution_model

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.issue10, pytest.mark.model, pytest.mark.slow]


def test_the_trainer_writes_a_model_the_stage_reads(shared: Path, tmp_path: Path) -> None:
    lines = (shared / "gold" / "polnear" / "train.jsonl").read_text(encoding="utf-8").splitlines()[:30]
    gold = tmp_path / "train.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "attributions.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_attributions.py"), "--gold", str(gold),
                    "--out", str(out), "--folds", "3"], check=True, capture_output=True, text=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == attribution_model.FORMAT
    assert data["trained_on"]["articles"] == 30 and len(data["trained_on"]["sha256"]) == 64
    model = attribution_model.AttributionModel(
        *(attribution_model.Linear.from_json(data[k]) for k in ("cue", "start", "sibling")), frozenset(data["nominal"]))
    assert model.cue.weights and model.start.weights and 0 < model.cue.threshold < 1
    said = ["l=say", "t=VBD", "d=ROOT", "c=ccomp", "l|c=say|ccomp"]
    assert model.cue.prob(said) > 0.5


def test_the_trainer_refuses_articles_outside_train(shared: Path, tmp_path: Path) -> None:
    line = (shared / "gold" / "polnear" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0]
    gold = tmp_path / "dev.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_attributions.py"), "--gold", str(gold),
                           "--out", str(tmp_path / "m.json")], capture_output=True, text=True)
    assert done.returncode != 0 and "outside the train split" in done.stderr
