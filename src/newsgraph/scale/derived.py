"""The derived tables (duplicates, corpus actors, actor links) as Spark stages.

The same functions as the local store (:mod:`newsgraph.store.corpus_actors`, :mod:`newsgraph.store.dedup`)
run on the executors: actor rows are grouped by ``group_key`` with ``groupByKey``, each group is linked
by ``resolve_group`` and each cluster summarised by ``summarize``. Near-duplicate candidates come from a
MinHash band self-join and are verified on the executors; only the verified pairs (few) are clustered
on the driver, with the store's own ``dedup.clusters``.
"""

from __future__ import annotations

from typing import Any

from newsgraph.store import corpus_actors as ca
from newsgraph.store import dedup
from newsgraph.store.duckdb import DERIVED_VERSION

_ZERO = {"n_articles": 0, "n_actors": 0, "n_mentions": 0, "n_quotes": 0}


def _near_pairs(spark: Any, frames: dict[str, Any]) -> list[tuple[str, str, Any, Any, Any, Any, Any, Any]]:
    frames["minhash_bands"].createOrReplaceTempView("ng_bands")
    frames["minhashes"].createOrReplaceTempView("ng_minhashes")
    frames["articles"].createOrReplaceTempView("ng_articles")
    candidates = spark.sql("""
        WITH cand AS (
            SELECT DISTINCT a.article_id AS x, b.article_id AS y
            FROM ng_bands a JOIN ng_bands b ON a.band = b.band AND a.band_key = b.band_key
            WHERE a.article_id < b.article_id)
        SELECT c.x, c.y, mx.signature AS sx, my.signature AS sy, ax.published AS px, ay.published AS py,
               ax.content_hash AS hx, ay.content_hash AS hy
        FROM cand c JOIN ng_minhashes mx ON mx.article_id = c.x JOIN ng_minhashes my ON my.article_id = c.y
        JOIN ng_articles ax ON ax.article_id = c.x JOIN ng_articles ay ON ay.article_id = c.y""")
    return candidates.rdd.map(tuple).filter(lambda r: dedup.is_near(r[2], r[3])).collect()  # type: ignore[no-any-return]


def duplicates(spark: Any, frames: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the ``duplicates`` rows (the local store's clustering of verified near pairs)."""
    near, published, hashes, sigs = [], {}, {}, {}
    for x, y, sx, sy, px, py, hx, hy in _near_pairs(spark, frames):
        near.append((x, y))
        published.update({x: px, y: py})
        hashes.update({x: hx, y: hy})
        sigs.update({x: list(sx), y: list(sy)})
    rows = dedup.clusters(near, published=published, hashes=hashes, signatures=sigs)
    return [{**r, "pipeline_version": DERIVED_VERSION} for r in rows]


def _actor_rows(spark: Any, frames: dict[str, Any]) -> Any:
    frames["actors"].createOrReplaceTempView("ng_actors")
    frames["mentions"].createOrReplaceTempView("ng_mentions")
    rows = spark.sql("""
        SELECT a.id, a.article_id, a.name, a.type, a.roles, a.country,
               collect_list(struct(m.mention_start, m.mention_text)) AS ms
        FROM ng_actors a LEFT JOIN ng_mentions m ON m.owner_id = a.id
        GROUP BY a.id, a.article_id, a.name, a.type, a.roles, a.country""")

    def to_row(r: Any) -> dict[str, Any]:
        mentions = [m[1] for m in sorted(r["ms"], key=lambda m: m[0]) if m[1] is not None]
        return {"id": r["id"], "article_id": r["article_id"], "name": r["name"], "type": r["type"],
                "roles": list(r["roles"] or []), "country": r["country"], "mentions": mentions or None}

    return rows.rdd.map(to_row)


def corpus(spark: Any, frames: dict[str, Any]) -> tuple[Any, Any]:
    """Return RDDs of ``corpus_actors`` rows (without counts) and ``actor_links`` rows."""
    actors = _actor_rows(spark, frames).cache()
    links = (actors.map(lambda r: (ca.group_key(r)[:2], r)).groupByKey()
             .flatMap(lambda kv: ca.resolve_group(list(kv[1])).items()))
    members = actors.map(lambda r: (r["id"], r)).join(links).map(lambda kv: (kv[1][1], kv[1][0]))
    corpus_rows = members.groupByKey().map(
        lambda kv: ca.summarize(kv[0], sorted(kv[1], key=lambda r: str(r["id"]))))
    link_rows = members.map(lambda kv: {"actor_id": kv[1]["id"], "article_id": kv[1]["article_id"],
                                        "corpus_actor_id": kv[0], "method": ca.METHOD,
                                        "pipeline_version": DERIVED_VERSION})
    return corpus_rows, link_rows


def _counts(spark: Any, frames: dict[str, Any], links: Any, dups: Any) -> dict[str, dict[str, int]]:
    links.createOrReplaceTempView("ng_links")
    dups.createOrReplaceTempView("ng_dups")
    frames["quotes"].createOrReplaceTempView("ng_quotes")
    frames["mentions"].createOrReplaceTempView("ng_mentions")
    rows = spark.sql("""
        WITH live AS (SELECT l.* FROM ng_links l LEFT ANTI JOIN ng_dups d ON d.article_id = l.article_id),
        ment AS (SELECT owner_id, count(*) AS n FROM ng_mentions WHERE owner_type = 'actor' GROUP BY owner_id),
        quo AS (SELECT speaker_actor_id, count(*) AS n FROM ng_quotes GROUP BY speaker_actor_id)
        SELECT l.corpus_actor_id, count(DISTINCT l.article_id), count(*), coalesce(sum(ment.n), 0),
               coalesce(sum(quo.n), 0)
        FROM live l LEFT JOIN ment ON ment.owner_id = l.actor_id LEFT JOIN quo ON quo.speaker_actor_id = l.actor_id
        GROUP BY l.corpus_actor_id""").collect()
    return {str(c): {"n_articles": int(a), "n_actors": int(n), "n_mentions": int(m), "n_quotes": int(q)}
            for c, a, n, m, q in rows}


def compute(spark: Any, frames: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """Return DataFrames of every derived table, computed from the record tables' DataFrames."""
    def frame(table: str, rows: Any) -> Any:
        names = schemas[table].names
        rdd = rows if hasattr(rows, "map") else spark.sparkContext.parallelize(rows, 1)
        return spark.createDataFrame(rdd.map(lambda r: tuple(r.get(c) for c in names)), schemas[table])

    dups = frame("duplicates", duplicates(spark, frames)).cache()
    corpus_rows, link_rows = corpus(spark, frames)
    links = frame("actor_links", link_rows).cache()
    counts = _counts(spark, frames, links, dups)
    with_counts = corpus_rows.map(lambda r: {**r, **counts.get(r["corpus_actor_id"], _ZERO),
                                             "pipeline_version": DERIVED_VERSION})
    return {"duplicates": dups, "corpus_actors": frame("corpus_actors", with_counts), "actor_links": links}
