"""``newsgraph load DIR --db FILE``: bring the Spark job's Parquet tables into DuckDB.

Record tables are appended for the articles the database does not hold yet (loading twice adds
nothing). The derived tables (duplicates, corpus actors, the quote word index) depend on every
article in the database, so the store recomputes them after loading, with the same functions whose
results the Spark job wrote to Parquet.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.errors import Errors, StoreError
from newsgraph.store.duckdb import Database
from newsgraph.store.rows import RECORD_TABLES
from newsgraph.store.schema import columns


def _parquet(folder: Path, table: str) -> str | None:
    path = folder / table
    if not path.is_dir() or not any(path.rglob("*.parquet")):
        return None
    return str(path / "**" / "*.parquet")


def load(folder: str | Path, db_path: str | Path) -> dict[str, int]:
    """Load every table under ``folder`` into the database at ``db_path``; return rows added per table."""
    src = Path(folder)
    if _parquet(src, "articles") is None:
        raise StoreError(Errors.E013.format(name=str(src), detail="no articles/ Parquet table here; "
                                            "run `newsgraph spark ingest ... --out DIR` first"))
    added: dict[str, int] = {}
    with Database(db_path) as db:
        con = db.execute_fn(lambda c: c)
        con.execute("BEGIN TRANSACTION")
        con.execute("CREATE TEMP TABLE ng_new AS SELECT article_id FROM read_parquet(?, hive_partitioning = false) "
                    "EXCEPT SELECT article_id FROM articles", [_parquet(src, "articles")])
        for table in (*RECORD_TABLES, "failures"):
            glob = _parquet(src, table)
            if glob is None:
                continue
            cols = ", ".join(f'"{c}"' for c in columns()[table])
            source = "read_parquet(?, hive_partitioning = false)"
            where = " WHERE article_id IN (SELECT article_id FROM ng_new)" if table in RECORD_TABLES else ""
            verb = "INSERT OR IGNORE" if table == "failures" else "INSERT"
            before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            con.execute(f"{verb} INTO {table} ({cols}) SELECT {cols} FROM {source}{where}", [glob])
            added[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
        con.execute("DROP TABLE ng_new")
        con.execute("UPDATE meta SET value = 'stale' WHERE key = 'derived'")
        con.execute("COMMIT")
        db.refresh_derived()
    return added
