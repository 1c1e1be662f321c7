"""The seed article of ../shared scored by its own scorer, actors part (needs the model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.model
@pytest.mark.shared
def test_seed_actors_with_roles(shared: Path, nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.actors.rules import extract
    from newsgraph.nlp.doc import make_doc
    from newsgraph.read.text import read_text
    from newsgraph.reading import to_dict
    from newsgraph.records import Reading

    article = read_text((shared / "corpus" / "seed" / "bbc-syria-lavrov.txt").read_text(encoding="utf-8"))
    reading = extract(make_doc(article, nlp), Reading(article=article))
    out = tmp_path / "reading.json"
    out.write_text(json.dumps(to_dict(reading)), encoding="utf-8")
    scorer = shared / "eval" / "score_seed.py"
    done = subprocess.run(
        [sys.executable, str(scorer), str(out), "--parts", "structure,actors"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
