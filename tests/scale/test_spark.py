"""The Spark job writes, row for row, what the local ingest writes (issue 6)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.records import Article
from newsgraph.scale.inputs import local_name, order_key, roots
from newsgraph.scale.spark import DERIVED_TABLES, first_of_id
from newsgraph.store.rows import RECORD_TABLES

ROOT = Path(__file__).resolve().parents[2]
TABLES = (*RECORD_TABLES, "failures", *DERIVED_TABLES)


def test_spark_names_files_as_the_local_ingest_does(tmp_path: Path) -> None:
    (root,) = roots(["samples/"])
    assert root.given == "samples"
    uri = root.uri + "/sub/a.txt"
    assert local_name(root, uri) == "samples/sub/a.txt"
    assert order_key(root, uri) == (0, ("samples", "sub", "a.txt"))
    # Path order, not string order: "a/b" sorts before "a-b/c" as sorted(Path.rglob()) does.
    assert order_key(root, root.uri + "/a/b") < order_key(root, root.uri + "/a-b/c")


def test_first_article_of_an_id_wins_and_a_changed_text_is_a_failure() -> None:
    a1 = Article(id="x", text="one", path="in/1.jsonl")
    a2 = Article(id="x", text="one", path="in/2.jsonl")
    a3 = Article(id="x", text="two", path="in/3.jsonl")
    out = list(first_of_id([((0, ("in", "3.jsonl"), 0), a3), ((0, ("in", "1.jsonl"), 0), a1),
                            ((0, ("in", "2.jsonl"), 0), a2)]))
    assert out[0] == ("article", a1)
    assert [kind for kind, _ in out[1:]] == ["failure"]
    assert "in/3.jsonl" in out[1][1]["reason"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples plus bad inputs and a reused id, so failures are compared too."""
    folder = tmp_path_factory.mktemp("corpus") / "in"
    shutil.copytree(ROOT / "samples", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bad.jsonl").write_text(
        json.dumps({"id": "r1", "text": "Ministers met in Lisbon on Monday to discuss fishing quotas."}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "r1", "text": "A different text under a reused id."}) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java (apt-get install openjdk-17-jre-headless)")
    from newsgraph.scale.spark import session

    s = session("local[2]", app_name="newsgraph-test")
    yield s
    s.stop()


@pytest.mark.spark
@pytest.mark.model
@pytest.mark.slow
def test_spark_tables_equal_the_local_ingest(corpus: Path, spark: Any, tmp_path: Path) -> None:
    import duckdb

    from newsgraph.ingest.run import IngestOptions, ingest
    from newsgraph.scale import spark as job
    from newsgraph.scale.load import load

    local_db = tmp_path / "local.duckdb"
    ingest([str(corpus)], local_db, options=IngestOptions(in_process=True))
    out = tmp_path / "parquet"
    summary = job.ingest(spark, [str(corpus)], str(out), options=job.SparkOptions(partitions=2))
    assert summary.rows["articles"] >= 10 and summary.rows["failures"] >= 3
    assert sorted(p.name for p in (out / "quotes").iterdir() if p.is_dir())[0].startswith("month=")

    con = duckdb.connect()
    con.execute(f"ATTACH '{local_db}' AS l (READ_ONLY)")
    for table in TABLES:
        # The Parquet as written by Spark, cast to the local table's types (unsigned ints are widened).
        con.execute(f"CREATE TEMP TABLE s_{table} AS SELECT * FROM l.{table} LIMIT 0")
        cols = ", ".join(f'"{c}"' for c in con.execute(f"SELECT * FROM l.{table} LIMIT 0").fetchdf().columns)
        con.execute(f"INSERT INTO s_{table} SELECT {cols} FROM read_parquet(?, hive_partitioning = false)",
                    [str(out / table / "**" / "*.parquet")])
        n_local = con.execute(f"SELECT count(*) FROM l.{table}").fetchone()[0]  # type: ignore[index]
        only_spark = con.execute(f"SELECT count(*) FROM (FROM s_{table} EXCEPT ALL FROM l.{table})").fetchone()
        only_local = con.execute(f"SELECT count(*) FROM (FROM l.{table} EXCEPT ALL FROM s_{table})").fetchone()
        assert (only_spark, only_local) == ((0,), (0,)), f"{table}: {n_local} local rows"
    assert con.execute("SELECT count(*) FROM l.failures").fetchone()[0] >= 3  # type: ignore[index]
    assert con.execute("SELECT count(*) FROM l.quotes").fetchone()[0] > 0  # type: ignore[index]
    # Issue 12: the displacement figures of the samples, with their terms, units, bounds and spans.
    terms = con.execute("SELECT DISTINCT term FROM l.figures WHERE term IS NOT NULL AND unit IS NOT NULL "
                        "AND number_text IS NOT NULL").fetchall()
    assert {"Evacuated", "Sheltered", "Destroyed Housing"} <= {t for (t,) in terms}

    # `newsgraph load` brings the same rows into DuckDB; loading twice adds nothing.
    loaded = tmp_path / "loaded.duckdb"
    load(out, loaded)
    assert load(out, loaded)["articles"] == 0
    con.execute(f"ATTACH '{loaded}' AS d (READ_ONLY)")
    for table in TABLES:
        diff = con.execute(f"SELECT count(*) FROM ((FROM d.{table} EXCEPT ALL FROM l.{table}) UNION ALL "
                           f"(FROM l.{table} EXCEPT ALL FROM d.{table}))").fetchone()
        assert diff == (0,), table


@pytest.mark.spark
@pytest.mark.issue10
def test_spark_record_tables_keep_every_attribution(spark: Any, tmp_path: Path, make_attributed: Any) -> None:
    """Issue 10: quotes of all seven attributions, written by the job's own Parquet writer, load as the local rows."""
    import duckdb

    from newsgraph.records import ATTRIBUTIONS
    from newsgraph.scale import spark as job
    from newsgraph.scale.load import load
    from newsgraph.store.duckdb import Database
    from newsgraph.store.rows import reading_to_rows
    from newsgraph.store.schema import to_arrow

    readings = [make_attributed("attr-1"), make_attributed("attr-2", published=None)]  # month=unknown too
    local_db = tmp_path / "local.duckdb"
    pairs = []
    with Database(local_db) as db:
        for reading in readings:
            tables = reading_to_rows(reading)
            db.write_batch(tables)
            month = job.month_of(reading.article)
            # As the workers send them: Arrow tables, read back as Python rows.
            pairs += [(t, {**row, "month": month}) for t, rows in tables.items()
                      for row in to_arrow(t, rows).to_pylist()]
    out = tmp_path / "parquet"
    job.write_records(spark, spark.sparkContext.parallelize(pairs, 2), str(out), schemas=job.spark_schemas())
    loaded = tmp_path / "loaded.duckdb"
    load(out, loaded)

    con = duckdb.connect()
    con.execute(f"ATTACH '{local_db}' AS l (READ_ONLY)")
    con.execute(f"ATTACH '{loaded}' AS d (READ_ONLY)")
    for table in RECORD_TABLES:
        diff = con.execute(f"SELECT count(*) FROM ((FROM d.{table} EXCEPT ALL FROM l.{table}) UNION ALL "
                           f"(FROM l.{table} EXCEPT ALL FROM d.{table}))").fetchone()
        assert diff == (0,), table
    found = con.execute("SELECT attribution, count(*) FROM read_parquet(?, hive_partitioning = false) "
                        "GROUP BY 1 ORDER BY 1", [str(out / "quotes" / "**" / "*.parquet")]).fetchall()
    assert found == [(a, 2) for a in sorted(ATTRIBUTIONS)]
