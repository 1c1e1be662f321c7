"""The query and export commands over a small hand-built database (no model)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

runner = CliRunner()


def _ok(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_quotes_json_csv_and_table(kb: Path) -> None:
    rows = json.loads(_ok("quotes", "--db", str(kb), "--speaker", "Ivan Petrov", "--about", "chance", "--json"))
    assert [r["id"] for r in rows] == ["s1/q3"] and rows[0]["evidence"].startswith('"There is no chance')
    table = list(csv.DictReader(io.StringIO(_ok("quotes", "--db", str(kb), "--since", "2014-01-01", "--csv"))))
    assert {r["article_id"] for r in table} == {"s2"}
    shown = _ok("quotes", "--db", str(kb), "--speaker", "Anna", "--evidence")
    assert "Firefly was stalling again" in shown and "Sylvanian diplomat" in shown


@pytest.mark.parametrize(("args", "expected"), [
    (("actors", "--top", "2"), "person:ivan-petrov"),
    (("events", "--actor", "FRE", "--category", "REJECT"), "REJECT"),
    (("figures", "--kind", "KILL"), "5000"),
    (("stats",), "duplicates"),
    (("failures",), "empty.txt"),
])
def test_every_query_command_prints_its_rows(kb: Path, args: tuple[str, ...], expected: str) -> None:
    assert expected in _ok(*args, "--db", str(kb))
    assert expected in _ok(*args, "--db", str(kb), "--json")


@pytest.mark.issue12
def test_issue12_figures_by_term_kind_and_unit(kb: Path, unwrapped: Callable[[str], str]) -> None:
    rows = json.loads(_ok("figures", "--db", str(kb), "--term", "forced to flee", "--unit", "Households", "--json"))
    assert [(r["kind"], r["term"], r["value"], r["unit"]) for r in rows] == [
        ("DISPLACED", "Forced to Flee", 30000.0, "households")]
    table = _ok("figures", "--db", str(kb), "--kind", "displaced")
    assert "Forced to Flee" in table and "households" in table and "5000" not in table
    for option, value in (("--kind", "killed"), ("--term", "Fled"), ("--unit", "tents")):
        bad = runner.invoke(app, ["figures", "--db", str(kb), option, value])
        assert bad.exit_code == 2 and "is not one of" in unwrapped(bad.output) and value in unwrapped(bad.output)


def test_bad_filters_and_missing_databases_are_usage_errors(kb: Path, tmp_path: Path) -> None:
    bad = runner.invoke(app, ["quotes", "--db", str(kb), "--since", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    missing = runner.invoke(app, ["stats", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2 and "no such database" in missing.output


def test_export_parquet_jsonl_and_gkg(kb: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = _ok("export", "--db", str(kb), "--parquet", str(tmp_path / "pq"), "--jsonl", str(tmp_path / "jl"),
              "--gkg", str(tmp_path / "kb.tsv"))
    assert "kb.tsv (2 articles)" in out
    assert pq.read_table(tmp_path / "pq" / "quotes.parquet").num_rows == 12
    lines = (tmp_path / "jl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["published"] for line in lines} == {"2013-05-06", "2013-05-07", "2014-02-01"}
    header, *rows = (tmp_path / "kb.tsv").read_text(encoding="utf-8").splitlines()
    gkg = [dict(zip(header.split("\t"), row.split("\t"), strict=True)) for row in rows]
    first = next(r for r in gkg if r["GKGRECORDID"] == "s1")
    assert first["DATE"] == "20130506000000" and "Ivan Petrov" in first["Persons"].split(";")
    assert first["Counts"].startswith("KILL#5000#people#1#Freedonia#FR#")
    kill, displaced = first["Counts"].split(";")
    assert displaced.startswith("DISPLACED#30000#families#1#Freedonia#FR#")
    stored = [json.loads(line) for line in lines]
    text = next(a["text"] for a in stored if a["article_id"] == "s1")
    at = (text.index("About 5,000"), text.index("between 20,000"))
    assert first["V21Counts"].split(";") == [f"{kill}#{at[0]}", f"{displaced}#{at[1]}"]
    assert first["CountDetails"].split(";") == [
        f"KILL#5000##people#about####UN#{at[0]}",
        f"DISPLACED#30000#Forced to Flee#households##20000#30000#20130506#UN#{at[1]}"]
    assert "|told|There is no chance of that, None at all.|Ivan Petrov" in first["Quotations"]
