"""The quality gate: each stage measured on gold, against the floors in floors.json.

The gold sets in tests/data are ours (written for newsgraph); the PLOVER, XSum and IDETECT sets are read
from ../shared and skipped, saying why, when it is absent. Floors given by an issue are its targets.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.nlp.doc import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[2]
FLOORS: dict[str, Any] = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _check(measured: dict[str, float], floors: dict[str, Any]) -> None:
    low = {k: (measured[k], v) for k, v in floors.items() if isinstance(v, float) and measured[k] < v}
    assert not low, f"below the floor (measured, floor): {low}"


@pytest.mark.parametrize("name", ["quotes_own", "quotes_set2"])
def test_quotes_on_our_annotated_articles(name: str) -> None:
    from newsgraph.evaluate import quotes

    floor = FLOORS[name]
    result = json.loads(quotes.run(ROOT / floor["gold"], model=DEFAULT_MODEL, as_json=True,
                                   attributions=floor.get("attributions")))
    m = result["match"]["0.5"]
    _check({"quotes_f1": m["f1"], "e2e_f1": m["e2e_f1"]}, floor)


@pytest.mark.issue10
def test_quotes_on_polnear_dev(shared: Path) -> None:
    """Political news annotated by others (PolNeAR dev): issue 10's targets."""
    from newsgraph.evaluate import quotes

    floor = FLOORS["quotes_polnear_dev"]
    result = json.loads(quotes.run(shared / floor["gold"], model=DEFAULT_MODEL, as_json=True))
    m, comp = result["match"]["0.5"], result["component_exact"]
    assert result["articles"] == 84
    _check({"quotes_f1": m["f1"], "e2e_f1": m["e2e_f1"], "source_f1": comp["source"]["f1"],
            "cue_f1": comp["cue"]["f1"], "content_f1": comp["content"]["f1"]}, floor)


def test_events_on_our_sentences() -> None:
    from newsgraph.evaluate import events

    floor = FLOORS["events_own"]
    _check(json.loads(events.run(ROOT / floor["gold"], model=DEFAULT_MODEL, as_json=True)), floor)


def test_events_on_plover_gold(shared: Path) -> None:
    from newsgraph.evaluate import events

    floor = FLOORS["events_plover"]
    _check(json.loads(events.run(shared / floor["gold"], model=DEFAULT_MODEL, as_json=True)), floor)


def test_summaries_beat_the_lead_baseline_on_xsum(shared: Path) -> None:
    from newsgraph.evaluate import summaries

    floor = FLOORS["summaries_xsum"]
    result = json.loads(summaries.run(shared / floor["gold"], model=DEFAULT_MODEL, as_json=True))
    assert result["articles"] == 460
    _check(result, floor)


@pytest.mark.shared
@pytest.mark.issue12
def test_figures_on_idetect_excerpts(shared: Path) -> None:
    from newsgraph.evaluate import figures

    floor = FLOORS["figures_idetect"]
    result = json.loads(figures.run(shared / floor["gold"], model=DEFAULT_MODEL, as_json=True))
    assert result["excerpts"] == 312
    _check(result, floor)


@pytest.mark.parametrize("folder", ["quotes", "quotes-set2", "blind/quotes"])
def test_compiled_quote_gold_is_current(folder: str) -> None:
    import subprocess
    import sys

    script = ROOT / "scripts" / "build_quote_gold.py"
    done = subprocess.run([sys.executable, str(script), "--data", str(ROOT / "tests" / "data" / folder), "--check"],
                          check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
