"""The DuckDB file: schema, batch writes, idempotent failures, derived tables, read-only opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.store.duckdb import Database
from newsgraph.store.rows import failure_row, reading_to_rows


def _write(db: Database, *readings) -> None:  # type: ignore[no-untyped-def]
    tables: dict[str, list[dict[str, object]]] = {}
    for reading in readings:
        for name, rows in reading_to_rows(reading).items():
            tables.setdefault(name, []).extend(rows)
    db.write_batch(tables)


def test_rows_round_trip_through_the_database(tmp_path: Path, make_reading) -> None:
    reading = make_reading("a")
    with Database(tmp_path / "kb.duckdb") as db:
        _write(db, reading)
        con = db.cursor()
        (text,) = con.execute("SELECT text FROM articles").fetchone()
        for start, end, piece in con.execute("SELECT cue_start, cue_end, cue_text FROM quotes "
                                             "WHERE cue_start IS NOT NULL").fetchall():
            assert text[start:end] == piece
        contents = con.execute("SELECT contents FROM quotes WHERE id = 'a/q3'").fetchone()[0]
        assert [c["text"] for c in contents] == ["There is no chance of that,", "None at all."]
        assert db.stored(["a", "b"]) == {"a": reading_to_rows(reading)["articles"][0]["content_hash"]}


def test_a_failed_batch_writes_nothing(tmp_path: Path, make_reading) -> None:
    with Database(tmp_path / "kb.duckdb") as db:
        _write(db, make_reading("a"))
        with pytest.raises(Exception):  # noqa: B017  (duplicate primary key)
            _write(db, make_reading("b"), make_reading("a"))
        assert db.cursor().execute("SELECT count(*) FROM quotes").fetchone() == (4,)


def test_the_same_failure_is_stored_once(tmp_path: Path) -> None:
    row = failure_row("bad.txt", "bad.txt: the input is empty", stage="read", pipeline_version="v")
    with Database(tmp_path / "kb.duckdb") as db:
        db.write_batch({}, [row])
        db.write_batch({}, [row, dict(row)])
        assert db.cursor().execute("SELECT count(*) FROM failures").fetchone() == (1,)


def test_derived_tables_link_duplicates_and_corpus_actors(tmp_path: Path, make_reading) -> None:
    from datetime import date

    with Database(tmp_path / "kb.duckdb") as db:
        _write(db, make_reading("a", published=date(2013, 5, 7)), make_reading("b", published=date(2013, 5, 6)))
        db.refresh_derived()
        con = db.cursor()
        assert con.execute("SELECT article_id, duplicate_of, kind FROM duplicates").fetchall() == [("a", "b", "exact")]
        petrov = con.execute("SELECT n_articles, n_quotes, names FROM corpus_actors "
                             "WHERE corpus_actor_id = 'person:ivan-petrov'").fetchone()
        assert petrov[:2] == (1, 3)  # the duplicate article is not counted
        assert "Mr Petrov" in petrov[2]
        anna = con.execute("SELECT corpus_actor_id FROM actor_links WHERE actor_id = 'a/a4'").fetchone()
        assert anna == ("person:anna-petrov",)
        db.refresh_derived()  # recomputing gives the same rows
        assert con.execute("SELECT count(*) FROM actor_links").fetchone() == (8,)


def test_read_only_needs_an_existing_newsgraph_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Database(tmp_path / "missing.duckdb", read_only=True)
    Database(tmp_path / "kb.duckdb").close()
    with Database(tmp_path / "kb.duckdb", read_only=True) as db:
        with pytest.raises(Exception):  # noqa: B017  (read-only)
            db.write_batch({}, [failure_row("x", "y", stage="read", pipeline_version="v")])
    import duckdb

    duckdb.connect(str(tmp_path / "other.duckdb")).close()
    with pytest.raises(StoreError, match="schema version"):
        Database(tmp_path / "other.duckdb", read_only=True)


@pytest.mark.issue12
def test_issue12_a_database_of_schema_version_1_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    Database(path).close()
    import duckdb

    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.execute("DROP TABLE minhash_bands")
    con.close()
    for read_only in (True, False):
        with pytest.raises(StoreError, match=r"schema version 1; this newsgraph reads version 2 \(.*figures\.term"):
            Database(path, read_only=read_only)
    con = duckdb.connect(str(path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "minhash_bands" not in tables  # the old database is left as it was
    con.close()
