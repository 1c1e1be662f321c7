"""The seed article against its hand annotation, scored by the project's own scorer (../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.pipeline import Pipeline
from newsgraph.read.text import read_text
from newsgraph.reading import to_dict

pytestmark = [pytest.mark.model, pytest.mark.shared]


def _scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score_seed", shared / "eval" / "score_seed.py")
    if spec is None or spec.loader is None:
        pytest.skip("../shared/eval/score_seed.py is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_quotes_all_found_with_right_speakers_and_none_false(nlp: Any, shared: Path) -> None:
    text = (shared / "corpus" / "seed" / "bbc-syria-lavrov.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "gold" / "seed.json").read_text(encoding="utf-8"))
    pipe = Pipeline(("newsgraph.actors.rules.v1", "newsgraph.quotes.rules.v1"), nlp=nlp)
    reading = to_dict(pipe.run(read_text(text)))
    problems: list[str] = []
    ok, summary = _scorer(shared).check_quotes(reading, gold, problems)
    assert ok, summary + "\n" + "\n".join(problems)
