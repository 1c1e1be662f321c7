"""Issue 11: every input ends as a reading or as a failure record, in `read`, `eval` and `ingest`."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.registry import _STAGES, get_stage

pytestmark = [pytest.mark.issue11, pytest.mark.model]

GOOD = ("Talks resume\nThe French Foreign Minister, Anne Martin, said on Monday that about 2,000 people had "
        "fled floods near Lyon. \"We will send aid,\" Ms Martin told reporters in Paris.\n")


def _inputs(path: Path) -> list[str]:
    """A JSONL batch that once stopped `read` or lost articles, one problem a line; returns the ids."""
    records = [
        {"id": "good", "text": GOOD},
        {"id": "year-one", "text": "The minister said yesterday that talks would resume next year.",
         "published": "0001-01-01"},
        {"id": "year-9999", "text": "The minister said on Thursday that talks would resume next year.",
         "published": "9999-12-31"},
        {"id": "superscript", "text": "Police said \u00b2\u00b2\u00b2\u00b2 people died in the attack."},
        {"id": "surrogate", "text": "He said \ud800 \"we will win\" on Tuesday."},
        {"id": "nul", "text": "He said \x00 \"we will win\" yesterday."},
        {"id": "brackets", "text": "He said " + "(" * 3000 + "yes" + ")" * 3000},
        {"id": "deep-ld", "html": "<html><head><script type='application/ld+json'>" + "[" * 5000
         + "</script></head><body><p>" + "The minister said the talks went well. " * 5 + "</p></body></html>"},
        {"id": "empty", "text": ""},
        {"id": 7.5, "text": "an id that is not a string"},
    ]
    lines = [json.dumps(r) for r in records] + ["not json at all"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["good", "year-one", "year-9999", "superscript", "surrogate", "nul", "brackets", "deep-ld", "empty",
            "line 10", "line 11"]


def test_issue11_read_out_failures_puts_every_input_in_exactly_one_file(tmp_path: Path) -> None:
    src, out, failed = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "failed.jsonl"
    _inputs(src)
    result = CliRunner().invoke(app, ["read", str(src), "--out", str(out), "--failures", str(failed)])
    assert result.exit_code == 1, result.output
    readings = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    failures = [json.loads(line) for line in failed.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in readings] == ["good", "year-one", "year-9999", "superscript", "surrogate", "nul",
                                           "brackets", "deep-ld"]
    assert not any(r["incomplete"] for r in readings)
    assert [(f["id"], f["input"], f["stage"], f["error"]) for f in failures] == [
        ("empty", f"{src}:9", "read", "ReadError"), (None, f"{src}:10", "read", "ReadError"),
        (None, f"{src}:11", "read", "ReadError")]
    assert all(set(f) == {"id", "input", "stage", "error", "message"} and f["message"] for f in failures)
    assert "11 inputs: 8 readings" in result.stderr and "3 failed" in result.stderr
    assert "Traceback" not in result.output


def test_issue11_without_failures_each_failure_is_one_line_on_stderr(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _inputs(src)
    result = CliRunner().invoke(app, ["read", str(src), "--out", str(out)], env={"COLUMNS": "40"})
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert len(lines) == 3 and all(str(src) in line for line in lines)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 8


def test_issue11_a_broken_stage_gives_an_incomplete_reading_in_read_and_ingest(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.ingest.run import IngestOptions, ingest
    from newsgraph.store.duckdb import Database

    def boom(doc, reading):  # type: ignore[no-untyped-def]
        raise ValueError("broken on purpose")

    name = "newsgraph.quotes.rules.v1"
    monkeypatch.setitem(_STAGES, name, replace(get_stage(name), fn=boom))
    src, out = tmp_path / "a.txt", tmp_path / "out.jsonl"
    src.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(src), "--out", str(out)])
    assert result.exit_code == 1
    (reading,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert reading["incomplete"] and reading["actors"] and not reading["quotes"]
    assert "incomplete" in result.stderr and "ValueError: broken on purpose" in result.stderr

    summary = ingest([src], tmp_path / "kb.duckdb", options=IngestOptions(in_process=True))
    assert (summary.added, summary.incomplete, summary.failed) == (1, 1, 0)
    with Database(tmp_path / "kb.duckdb", read_only=True) as db:
        con = db.cursor()
        assert con.execute("SELECT incomplete, n_actors > 0 FROM articles").fetchall() == [(True, True)]
        row = con.execute("SELECT stage, error, article_id, reason FROM failures").fetchall()
    assert [r[:3] for r in row] == [(name, "ValueError", reading["id"])] and "broken on purpose" in row[0][3]


def test_issue11_eval_scores_what_it_can_and_reports_what_failed(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def boom(doc, reading):  # type: ignore[no-untyped-def]
        raise KeyError("x")

    name = "newsgraph.events.rules.v1"
    monkeypatch.setitem(_STAGES, name, replace(get_stage(name), fn=boom))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "d1", "text": GOOD, "quotes": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "quotes", str(gold)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "quotes F1" in result.stdout and "incomplete reading" in result.stderr
