"""`newsgraph read` through the CLI runner: JSON out, JSONL batches, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

ARTICLE = "Business\n\nFactory to close, says union\n\nThe union said 300 jobs would go.\n"


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["read", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("newsgraph ")


@pytest.mark.model
def test_read_json_is_one_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(path), "--json"])
    assert result.exit_code == 0, result.output
    reading = json.loads(result.stdout)
    assert reading["text"] == ARTICLE
    assert reading["section"] == "Business"


@pytest.mark.model
def test_read_jsonl_batch_keeps_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "one", "text": ARTICLE}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "two", "text": "Markets rose on Monday.", "published": "2024-05-06"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["read", str(src), "--out", str(out)])
    assert result.exit_code == 1  # one input failed
    assert "line 2" in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["one", "two"]
    assert rows[1]["published"] == "2024-05-06"


@pytest.mark.issue10
def test_the_human_view_and_the_reading_json_say_each_attribution(capsys: pytest.CaptureFixture[str],
                                                                    make_attributed: object) -> None:
    """Issue 10: `newsgraph read` shows every quote's attribution; the JSON carries it (no model needed)."""
    from newsgraph.reading import to_dict
    from newsgraph.records import ATTRIBUTIONS
    from newsgraph.view import show_reading

    reading = make_attributed()  # type: ignore[operator]
    assert [q["attribution"] for q in to_dict(reading)["quotes"]] == list(ATTRIBUTIONS)
    show_reading(reading)
    shown = " ".join(capsys.readouterr().out.split())  # as wide as the terminal: lines may wrap anywhere
    assert "(believes, indirect, belief)" in shown and "(shows, indirect, evidence)" in shown
