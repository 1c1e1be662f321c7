"""Quote attributions in the knowledge base (issue 10): the column, the word index, every quote query, the
schema version an older database is refused with, the `quotes --attribution` option and the exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import StoreError
from newsgraph.records import ATTRIBUTIONS
from newsgraph.store import pages, query, schema
from newsgraph.store.duckdb import Database
from newsgraph.store.rows import reading_to_rows

pytestmark = pytest.mark.issue10
runner = CliRunner()


def _build(path: Path, *readings: Any) -> Path:
    with Database(path) as db:
        for reading in readings:
            db.write_batch(reading_to_rows(reading))
        db.refresh_derived()
    return path


@pytest.fixture
def kb(tmp_path: Path, make_attributed: Callable[..., Any], make_reading: Callable[..., Any]) -> Path:
    """The seven-attribution article, a later copy of it (a duplicate) and an older story of four statements."""
    return _build(tmp_path / "kb.duckdb", make_attributed("attr-1"),
                  make_attributed("attr-copy", published=date(2016, 3, 2)), make_reading("s1"))


def _attributions(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(r["attribution"] for r in rows)


def test_rows_carry_each_quote_attribution(make_attributed: Callable[..., Any]) -> None:
    rows = reading_to_rows(make_attributed())["quotes"]
    assert [r["attribution"] for r in rows] == list(ATTRIBUTIONS)
    assert "attribution" in schema.columns()["quotes"] and "attribution" in schema.columns()["quote_terms"]
    assert schema.SCHEMA_VERSION == "2" and "schema version 2" in schema.ddl().splitlines()[0]


def test_attribution_is_stored_and_in_the_word_index(kb: Path) -> None:
    with Database(kb, read_only=True) as db:
        con = db.cursor()
        stored = con.execute("SELECT record_id, attribution FROM quotes WHERE article_id = 'attr-1' "
                             "ORDER BY quote_start").fetchall()
        indexed = con.execute("SELECT DISTINCT split_part(quote_id, '/', 2), attribution FROM quote_terms "
                              "WHERE quote_id LIKE 'attr-1/%' ORDER BY 1").fetchall()
    assert stored == [(f"q{n}", a) for n, a in enumerate(ATTRIBUTIONS, 1)]
    assert indexed == stored


@pytest.mark.parametrize(("given", "expected"), [
    ("belief", ["belief"]),
    ("statement,evidence", ["evidence", "statement"]),
    (" Belief , DECREE ,", ["belief", "decree"]),
    (["intention", "attitude,perception"], ["attitude", "intention", "perception"]),
    ("", sorted(ATTRIBUTIONS)),
    (None, sorted(ATTRIBUTIONS)),
])
def test_quotes_filter_by_attribution(kb: Path, given: Any, expected: list[str]) -> None:
    with Database(kb, read_only=True) as db:
        rows = query.quotes(db.cursor(), attribution=given, article_id="attr-1")
        live = query.quotes(db.cursor(), attribution=given)  # the duplicate left out; s1 holds four statements
    assert _attributions(rows) == expected
    assert _attributions(live) == sorted(expected + ["statement"] * 4 * ("statement" in expected))
    assert "attr-copy" not in {r["article_id"] for r in live}


def test_attribution_filter_on_the_word_index_and_on_substrings(kb: Path) -> None:
    with Database(kb, read_only=True) as db:
        con = db.cursor()
        # The word index (quote_terms) answers speaker and topic filters; it must filter attributions too.
        by_index = query.quotes(con, speaker="Petrov", attribution="perception")
        by_scan = query.quotes(con, speaker="Petrov", attribution="perception", include_duplicates=True)
        topic = query.quotes(con, about="deal", attribution="attitude,evidence", since="2016-01-01")
        spoken = query.quotes(con, about="deal", attribution="belief,statement")
    assert [(r["id"], r["attribution"]) for r in by_index] == [("attr-1/q6", "perception")]
    assert {r["id"] for r in by_scan} == {"attr-1/q6", "attr-copy/q6"}
    assert [(r["id"], r["quote"]) for r in topic] == [("attr-1/q4", "the deal"),
                                                      ("attr-1/q7", "most voters oppose the deal")]
    assert [(r["id"], r["attribution"]) for r in spoken] == [("attr-1/q1", "statement"), ("attr-1/q2", "belief")]


def test_a_bad_attribution_names_it_and_the_allowed_ones(kb: Path) -> None:
    with pytest.raises(StoreError) as err:
        query.attributions("statement,rumour")
    assert "'rumour' is not an attribution" in str(err.value)
    assert all(name in str(err.value) for name in ATTRIBUTIONS)
    with Database(kb, read_only=True) as db, pytest.raises(StoreError, match="'quote'"):
        query.quotes(db.cursor(), attribution=["belief", "quote"])


def test_article_actor_and_search_rows_carry_the_attribution(kb: Path) -> None:
    with Database(kb, read_only=True) as db:
        con = db.cursor()
        article = query.article(con, "attr-1")
        assert article is not None
        spoken = pages.actor_quotes(con, "person:ivan-petrov", limit=10)
        n_quotes, found = pages.search_quotes(con, pages.SearchFilter(attributions=("belief", "decree")))
        n_articles, _ = pages.search_articles(con, pages.SearchFilter(attributions=("decree",)))
        n_none, _ = pages.search_articles(con, pages.SearchFilter(speaker="Ivan", attributions=("belief",)))
        n_anna, _ = pages.search_articles(con, pages.SearchFilter(speaker="Anna"))
        anna_believes = pages.search_articles(con, pages.SearchFilter(speaker="Anna", attributions=("belief",)))[1]
    assert [q["attribution"] for q in article["quotes"]] == list(ATTRIBUTIONS)
    assert _attributions(spoken) == ["perception"] + ["statement"] * 4  # with his three statements in s1
    assert n_quotes == 2 and _attributions(found) == ["belief", "decree"]
    assert n_articles == 1  # the duplicate is left out
    assert n_none == 0  # Ivan Petrov states and sees; he is not quoted with a belief
    # An article matches when one of *its own* quotes has the speaker and the attribution.
    assert n_anna == 2 and [a["article_id"] for a in anna_believes] == ["attr-1"]


# --- The schema version: an older database is refused, untouched, with what to do ---------------------------------

def _tables(path: Path) -> list[tuple[str, str]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT table_name, column_name FROM information_schema.columns "
                           "ORDER BY table_name, ordinal_position").fetchall()
    finally:
        con.close()


def _as_version_1(path: Path) -> Path:
    """Turn a fresh database into what newsgraph 1 wrote: no attribution columns, version 1."""
    con = duckdb.connect(str(path))
    con.execute("DROP INDEX quotes_id")
    con.execute("DROP INDEX quotes_article")
    con.execute("ALTER TABLE quotes DROP COLUMN attribution")
    con.execute("ALTER TABLE quote_terms DROP COLUMN attribution")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    return path


def test_a_version_1_database_is_refused_untouched_saying_what_to_do(tmp_path: Path,
                                                                    make_attributed: Callable[..., Any],
                                                                    unwrapped: Callable[[str], str]) -> None:
    old = _as_version_1(_build(tmp_path / "old.duckdb", make_attributed("attr-1")))
    before = _tables(old)
    for read_only in (True, False):
        with pytest.raises(StoreError) as err:
            Database(old, read_only=read_only)
        message = str(err.value)
        assert message.startswith(f"{old}: a newsgraph database of schema version 1;")
        assert "reads version 2" in message and "quotes.attribution" in message
        assert "newsgraph ingest PATHS --db NEW.duckdb" in message and "left unchanged" in message
    assert _tables(old) == before
    assert ("quotes", "attribution") not in before

    for args in (["quotes", "--db", str(old)], ["stats", "--db", str(old)], ["serve", "--db", str(old)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        shown = unwrapped(result.output)  # Rich's error panel wraps at the terminal's width
        assert "schema version 1" in shown and "NEW.duckdb" in shown
    (tmp_path / "in.txt").write_text("Ministers met in Lisbon on Monday.\n", encoding="utf-8")
    ingest = runner.invoke(app, ["ingest", str(tmp_path / "in.txt"), "--db", str(old), "--quiet", "--workers", "1"])
    assert ingest.exit_code == 1 and "schema version 1" in unwrapped(ingest.output)
    assert _tables(old) == before


def test_a_newer_or_foreign_database_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.duckdb"
    Database(newer).close()
    con = duckdb.connect(str(newer))
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="written by a newer newsgraph; this one reads version 2"):
        Database(newer)
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE sales (n INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a newsgraph database"):
        Database(foreign)
    assert _tables(foreign) == [("sales", "n")]  # nothing created in somebody else's database


# --- The command line and the exports ------------------------------------------------------------------------------

def _ok(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_quotes_command_filters_and_prints_the_attribution(kb: Path) -> None:
    rows = json.loads(_ok("quotes", "--db", str(kb), "--attribution", "statement,belief", "--json"))
    assert _attributions(rows) == ["belief"] + ["statement"] * 5
    table = list(csv.DictReader(io.StringIO(_ok("quotes", "--db", str(kb), "--attribution", "evidence", "--csv"))))
    assert [(r["id"], r["attribution"]) for r in table] == [("attr-1/q7", "evidence")]
    shown = _ok("quotes", "--db", str(kb), "--attribution", "intention", "--speaker", "Firefly")
    header = next(line for line in shown.splitlines() if "speaker_name" in line)
    assert "attribution" in header and "to visit the port in June" in shown and shown.count("intention") == 1


def test_a_bad_attribution_is_a_usage_error_naming_it(kb: Path, tmp_path: Path) -> None:
    for db in (kb, tmp_path / "missing.duckdb"):  # checked before any database is opened
        result = runner.invoke(app, ["quotes", "--db", str(db), "--attribution", "statement,rumour"],
                               env={"COLUMNS": "400"})
        assert result.exit_code == 2
        assert "Invalid value for '--attribution'" in result.output and "'rumour'" in result.output
        assert all(name in result.output for name in ATTRIBUTIONS)


def test_exports_carry_the_attribution(kb: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    _ok("export", "--db", str(kb), "--parquet", str(tmp_path / "pq"), "--jsonl", str(tmp_path / "jl"),
        "--gkg", str(tmp_path / "kb.tsv"))
    quotes = pq.read_table(tmp_path / "pq" / "quotes.parquet").to_pylist()
    assert sorted((q["id"], q["attribution"]) for q in quotes if q["article_id"] == "attr-1") == [
        (f"attr-1/q{n}", a) for n, a in enumerate(ATTRIBUTIONS, 1)]
    lines = (tmp_path / "jl" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["attribution"] for line in lines) == sorted([*ATTRIBUTIONS * 2, *["statement"] * 4])
    header, *rows = (tmp_path / "kb.tsv").read_text(encoding="utf-8").splitlines()
    gkg = {r["GKGRECORDID"]: r for r in (dict(zip(header.split("\t"), row.split("\t"), strict=True)) for row in rows)}
    quotations = [q.split("|") for q in gkg["attr-1"]["Quotations"].split("#")]
    assert [q[5] for q in quotations] == list(ATTRIBUTIONS)
    assert quotations[1][2:5] == ["believes", "the deal will not survive the winter", "Anna Petrov"]
