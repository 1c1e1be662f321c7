"""The DuckDB file: one connection owned by the store, schema set-up, batch writes, derived tables.

Writes go through :meth:`Database.write_batch`, one transaction per batch holding the articles'
rows *and* the articles rows that mark them done, so a kill at any moment leaves either the whole
batch or none of it. Derived tables are recomputed by :meth:`Database.refresh_derived`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from newsgraph import __version__
from newsgraph.errors import Errors, StoreError
from newsgraph.store import corpus_actors, dedup, schema, terms
from newsgraph.store.rows import Row

T = TypeVar("T")
DERIVED_VERSION = f"newsgraph {__version__}"


class Database:
    """A newsgraph DuckDB file.

    Args:
        path: The database file (created when missing, unless ``read_only``).
        read_only: Open without write access (for the web UI and queries); the file must exist.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(Errors.E101.format(path=self.path))
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(Errors.E102.format(path=self.path, detail=err)) from None
        try:
            if read_only:
                self._check_version()
            else:
                self._create()
        except BaseException:
            self._con.close()  # refused: hold no lock on the file
            raise

    def _create(self) -> None:
        if self._has_tables():  # an existing database: refuse another schema before changing anything
            self._check_version()
        self._con.execute("BEGIN TRANSACTION")  # all or nothing: a half-made file would not say its version
        try:
            for stmt in schema.statements():
                self._con.execute(stmt)
            self._con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [schema.SCHEMA_VERSION])
            self._con.execute("INSERT OR IGNORE INTO meta VALUES ('derived', 'fresh')")
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._check_version()

    def _has_tables(self) -> bool:
        found = self._con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                                  "AND NOT temporary").fetchone()
        return bool(found and found[0])

    def _check_version(self) -> None:
        """Raise E103 (not a newsgraph database), E108 (an older schema) or E109 (a newer one)."""
        try:
            found = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except Exception:  # noqa: BLE001  (not a newsgraph database at all)
            found = None
        version = str(found[0]) if found else None
        expected = schema.SCHEMA_VERSION
        if version == expected:
            return
        if version is None or not version.isdigit():
            raise StoreError(Errors.E103.format(path=self.path, found=version, expected=expected))
        code = Errors.E108 if int(version) < int(expected) else Errors.E109
        raise StoreError(code.format(path=self.path, found=version, expected=expected,
                                     changes=schema.changes_since(version)))

    def cursor(self) -> Any:
        """Return a new cursor on the connection (one per thread)."""
        return self._con.cursor()

    def execute_fn(self, fn: Callable[[Any], T]) -> T:
        """Call ``fn(connection)`` and return what it returns."""
        return fn(self._con)

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log)."""
        self._con.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _insert(self, table: str, rows: Sequence[Row] | Any, *, ignore: bool = False) -> None:
        """Insert rows (dicts, or a pyarrow Table made by ``schema.to_arrow``) into ``table``."""
        if not len(rows):
            return
        batch = schema.to_arrow(table, list(rows)) if isinstance(rows, list | tuple) else rows
        self._con.register("_ng_batch", batch)
        try:
            verb = "INSERT OR IGNORE" if ignore else "INSERT"
            self._con.execute(f"{verb} INTO {table} SELECT * FROM _ng_batch")
        finally:
            self._con.unregister("_ng_batch")

    def _upsert(self, table: str, rows: Sequence[Row]) -> None:
        """Insert ``rows`` into ``table``, replacing rows with the same key (the table's first column)."""
        key = schema.columns()[table][0]
        latest = {row[key]: row for row in rows}  # one row per key: the last given wins
        if not latest:
            return
        self._con.register("_ng_upsert", schema.to_arrow(table, list(latest.values())))
        try:
            self._con.execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM _ng_upsert")
        finally:
            self._con.unregister("_ng_upsert")

    def write_batch(self, tables: Mapping[str, Sequence[Row] | Any], failures: Sequence[Row] = (), *,
                    upserts: Mapping[str, Sequence[Row]] | None = None) -> None:
        """Write the rows of a batch of articles, its failures and its crawl state in one transaction.

        Args:
            tables: ``{table: rows}``, rows as dicts or as a pyarrow Table (``schema.to_arrow``).
            failures: ``failures`` rows (a failure already stored is not stored again).
            upserts: ``{table: rows}`` of keyed tables (``sources``, ``fetches``): a row replaces the row
                with the same key.
        """
        self._con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in tables.items():
                self._insert(table, rows)
            if any(len(rows) for rows in tables.values()):
                self._con.execute("UPDATE meta SET value = 'stale' WHERE key = 'derived'")
            self._insert("failures", failures, ignore=True)
            for table, keyed in (upserts or {}).items():
                self._upsert(table, keyed)
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise

    def stored(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Return ``{article_id: content_hash}`` for those of ``article_ids`` already stored."""
        ids = list(article_ids)
        if not ids:
            return {}
        rows = self._con.execute("SELECT article_id, content_hash FROM articles WHERE article_id IN "
                                 "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        return {str(a): str(h) for a, h in rows}

    def derived_stale(self) -> bool:
        """Say whether records were written since the derived tables were last computed."""
        found = self._con.execute("SELECT value FROM meta WHERE key = 'derived'").fetchone()
        return found is None or found[0] != "fresh"

    def refresh_derived(self) -> None:
        """Recompute ``duplicates``, ``corpus_actors``, ``actor_links`` and ``quote_terms`` in one transaction."""
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._refresh_duplicates()
            self._refresh_corpus_actors()
            terms.build(self._con)
            self._con.execute("INSERT OR REPLACE INTO meta VALUES ('derived', 'fresh')")
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise

    def _refresh_duplicates(self) -> None:
        pairs = self._con.execute("""
            WITH cand AS (
                SELECT DISTINCT a.article_id AS x, b.article_id AS y
                FROM minhash_bands a JOIN minhash_bands b ON a.band = b.band AND a.band_key = b.band_key
                WHERE a.article_id < b.article_id)
            SELECT c.x, c.y, mx.signature, my.signature, ax.published, ay.published, ax.content_hash, ay.content_hash
            FROM cand c JOIN minhashes mx ON mx.article_id = c.x JOIN minhashes my ON my.article_id = c.y
            JOIN articles ax ON ax.article_id = c.x JOIN articles ay ON ay.article_id = c.y""").fetchall()
        near, published, hashes, sigs = [], {}, {}, {}
        for x, y, sx, sy, px, py, hx, hy in pairs:
            if dedup.is_near(sx, sy):
                near.append((x, y))
                published.update({x: px, y: py})
                hashes.update({x: hx, y: hy})
                sigs.update({x: sx, y: sy})
        rows = dedup.clusters(near, published=published, hashes=hashes, signatures=sigs)
        self._con.execute("DELETE FROM duplicates")
        self._insert("duplicates", [{**r, "pipeline_version": DERIVED_VERSION} for r in rows])

    def _refresh_corpus_actors(self) -> None:
        result = self._con.execute("""
            SELECT a.id, a.article_id, a.name, a.type, a.roles, a.country,
                   list(m.mention_text ORDER BY m.mention_start) FILTER (WHERE m.id IS NOT NULL) AS mentions
            FROM actors a LEFT JOIN mentions m ON m.owner_id = a.id GROUP BY ALL""")
        names = [d[0] for d in result.description]
        actor_rows = [dict(zip(names, row, strict=True)) for row in result.fetchall()]
        corpus, links = corpus_actors.corpus_actors(actor_rows)
        self._con.execute("DELETE FROM actor_links")
        self._con.execute("DELETE FROM corpus_actors")
        self._insert("actor_links", [{**r, "pipeline_version": DERIVED_VERSION} for r in links])
        counts = self._counts()
        self._insert("corpus_actors", [{**r, **counts.get(r["corpus_actor_id"], _ZERO),
                                        "pipeline_version": DERIVED_VERSION} for r in corpus])

    def _counts(self) -> dict[str, dict[str, int]]:
        rows = self._con.execute("""
            WITH live AS (SELECT l.* FROM actor_links l ANTI JOIN duplicates d ON d.article_id = l.article_id),
            ment AS (SELECT owner_id, count(*) AS n FROM mentions WHERE owner_type = 'actor' GROUP BY 1),
            quo AS (SELECT speaker_actor_id, count(*) AS n FROM quotes GROUP BY 1)
            SELECT l.corpus_actor_id, count(DISTINCT l.article_id), count(*), coalesce(sum(ment.n), 0),
                   coalesce(sum(quo.n), 0)
            FROM live l LEFT JOIN ment ON ment.owner_id = l.actor_id LEFT JOIN quo ON quo.speaker_actor_id = l.actor_id
            GROUP BY 1""").fetchall()
        return {str(c): {"n_articles": a, "n_actors": n, "n_mentions": int(m), "n_quotes": int(q)}
                for c, a, n, m, q in rows}


_ZERO = {"n_articles": 0, "n_actors": 0, "n_mentions": 0, "n_quotes": 0}
