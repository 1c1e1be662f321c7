"""Ingest errors that stop a run say why; inputs that fail are recorded (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import ModelError
from newsgraph.ingest.inputs import estimate, expand
from newsgraph.ingest.run import IngestOptions, ingest


def test_a_missing_model_stops_the_run_with_its_install_hint(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("World\nA headline\nA line of text.\n", encoding="utf-8")
    with pytest.raises(ModelError, match="pip install"):
        ingest([tmp_path / "a.txt"], tmp_path / "kb.duckdb", options=IngestOptions(model="no_such_model_xyz",
                                                                                 in_process=True))


def test_only_failures_need_no_model(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    summary = ingest([tmp_path / "empty.txt", tmp_path / "missing.txt"], tmp_path / "kb.duckdb",
                     options=IngestOptions(model="no_such_model_xyz", in_process=True))
    assert (summary.added, summary.failed, summary.totals["failures"]) == (0, 2, 2)


def test_paths_globs_and_estimates(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.txt", "sub/c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "d.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n', encoding="utf-8")
    found, missing = expand([str(tmp_path / "*.txt"), tmp_path / "sub", str(tmp_path / "nothing*"), "nope.txt"])
    assert [p.name for p in found] == ["a.txt", "b.txt", "sub"]
    assert missing == [str(tmp_path / "nothing*"), "nope.txt"]
    assert estimate(found) == 5  # three text files and two JSONL records


def test_the_command_refuses_when_nothing_matches(tmp_path: Path, unwrapped) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nothing*"), "--db", str(tmp_path / "kb.duckdb")])
    assert result.exit_code == 2 and "nothing to read" in unwrapped(result.output)
