"""The newsgraph ingest on Apache Spark: the same reading code, the same rows, as Parquet.

The job runs the local ingest's own functions on the executors:

1. **read** (``flatMap``): each input file's bytes through :func:`newsgraph.read.sources.read_bytes`,
   named and ordered as the local ingest names and orders them (:mod:`newsgraph.scale.inputs`);
2. **dedup by id** (``groupByKey``): the first article of each id is kept; a later one with the same
   text is skipped, with another text it is a failure — the local ingest's rule;
3. **read articles** (``mapPartitions``): :func:`newsgraph.ingest.worker.process_chunk`, with the spaCy
   model loaded once per Python worker and ``nlp.pipe`` batching, then
   :func:`newsgraph.store.rows.reading_to_rows`;
4. **derived tables** as Spark stages: corpus actors grouped by
   :func:`newsgraph.store.corpus_actors.group_key` and linked by ``resolve_group``/``summarize`` on
   the executors; near-duplicates by a MinHash band self-join.

Record tables are written partitioned by publication month (``month=YYYY-MM``, ``month=unknown``).
``newsgraph load DIR --db FILE`` brings them into DuckDB (:mod:`newsgraph.scale.load`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import Errors
from newsgraph.nlp.doc import DEFAULT_MODEL
from newsgraph.records import Article
from newsgraph.scale.inputs import InputRoot, local_name, order_key, roots
from newsgraph.store.rows import RECORD_TABLES, Row, content_hash, failure_row

DERIVED_TABLES = ("duplicates", "corpus_actors", "actor_links")
UNKNOWN_MONTH = "unknown"
Ordinal = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class SparkOptions:
    """How to run: the model, nlp.pipe batch size, articles per worker call, and partitions."""

    model: str = DEFAULT_MODEL
    batch_size: int = 32
    chunk_size: int = 64
    partitions: int = 0  # 0: spark.default.parallelism
    time_limit: float | None = 60.0  # seconds one article may take; None: no limit


@dataclass(frozen=True, slots=True)
class SparkSummary:
    """Rows written per table."""

    rows: dict[str, int]
    out: str


def _failure(name: str, reason: str, *, stage: str = "read", error: str = "ReadError") -> Row:
    from newsgraph.ingest.worker import FAILURE_VERSION

    return failure_row(name, reason, stage=stage, error=error, pipeline_version=FAILURE_VERSION)


def read_file(root: InputRoot, uri: str, data: bytes) -> Iterator[tuple[Ordinal, Article | Row]]:
    """Read one input file's bytes into ordered (ordinal, Article) or (ordinal, failure row) items."""
    from newsgraph.read.sources import Failure, read_bytes

    name = local_name(root, uri)
    key = order_key(root, uri)
    for n, item in enumerate(read_bytes(data, name=name)):
        yield (key, n), (_failure(item.name, item.reason, stage=item.stage, error=item.error)
                         if isinstance(item, Failure) else item)


def _read_pair(root: InputRoot, pair: tuple[str, bytes]) -> Iterator[tuple[Ordinal, Article | Row]]:
    return read_file(root, pair[0], pair[1])


def first_of_id(items: Iterable[tuple[Ordinal, Article]]) -> Iterator[tuple[str, Article | Row]]:
    """Keep the first article of one id; a later one with other text becomes a failure row."""
    ordered = sorted(items, key=lambda item: item[0])
    first = ordered[0][1]
    yield "article", first
    digest = content_hash(first.text)
    for _, article in ordered[1:]:
        if content_hash(article.text) != digest:
            name = article.path or article.id
            yield "failure", _failure(name, Errors.E105.format(name=name, id=article.id))


def month_of(article: Article) -> str:
    """The Parquet partition of an article's rows."""
    return article.published.strftime("%Y-%m") if article.published else UNKNOWN_MONTH


def process_partition(articles: Iterable[Article], *, options: SparkOptions) -> Iterator[tuple[str, Row]]:
    """Read a partition's articles with the local ingest's worker code; yield (table, row) pairs."""
    from newsgraph.ingest import worker

    if "pipe" not in worker._STATE:  # once per Python worker process: the model loads here
        worker.init(options.model, options.batch_size, time_limit=options.time_limit)
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= options.chunk_size:
            yield from _rows_of(chunk, worker)
            chunk = []
    if chunk:
        yield from _rows_of(chunk, worker)


def _rows_of(chunk: list[Article], worker: Any) -> Iterator[tuple[str, Row]]:
    months = {a.id: month_of(a) for a in chunk}
    result = worker.process_chunk(chunk)
    for table, rows in result.tables.items():
        for row in rows.to_pylist() if hasattr(rows, "to_pylist") else rows:
            yield table, {**row, "month": months[row["article_id"]]}
    for row in result.failures:
        yield "failures", row


def spark_schemas() -> dict[str, Any]:
    """Spark schemas of every table, derived from store/schema.sql (unsigned ints widened)."""
    import pyarrow as pa
    from pyspark.sql.pandas.types import from_arrow_schema

    from newsgraph.store.schema import arrow_schemas

    def widen(t: pa.DataType) -> pa.DataType:
        if pa.types.is_unsigned_integer(t):
            return pa.int64()
        if pa.types.is_list(t):
            return pa.list_(widen(t.value_type))
        return t

    out: dict[str, Any] = {}
    for table in (*RECORD_TABLES, "failures", *DERIVED_TABLES):
        fields = [pa.field(f.name, widen(f.type)) for f in arrow_schemas()[table]]
        if table in RECORD_TABLES:
            fields.append(pa.field("month", pa.string()))
        out[table] = from_arrow_schema(pa.schema(fields))
    return out


def _frame(spark: Any, rows: Any, schema: Any) -> Any:
    names = schema.names
    return spark.createDataFrame(rows.map(lambda r: tuple(r.get(c) for c in names)), schema)


def write_records(spark: Any, rows: Any, out: str, *, schemas: dict[str, Any]) -> dict[str, Any]:
    """Write an RDD of (table, row) pairs as the Parquet record tables and ``failures`` under ``out``.

    Record tables are partitioned by ``month``; a failure stored twice is written once. Returns the
    DataFrame read back from each table's Parquet.
    """
    frames: dict[str, Any] = {}
    for table in (*RECORD_TABLES, "failures"):
        frame = _frame(spark, rows.filter(lambda kv, t=table: kv[0] == t).map(lambda kv: kv[1]), schemas[table])
        if table == "failures":
            frame = frame.dropDuplicates(["failure_id"])
        writer = frame.write.mode("overwrite")
        if table in RECORD_TABLES:
            writer = writer.partitionBy("month")
        writer.parquet(os.path.join(out, table))
        frames[table] = spark.read.schema(schemas[table]).parquet(os.path.join(out, table))
    return frames


def read_inputs(spark: Any, paths: list[str]) -> tuple[Any, list[Row]]:
    """Return an RDD of (ordinal, Article | failure row) over ``paths`` and the failures of missing paths."""
    from newsgraph.ingest.inputs import expand

    sc = spark.sparkContext
    sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    local = [p for p in paths if "://" not in p and not p.startswith("file:")]
    found, missing = expand(local)
    expanded = [str(p) for p in found] + [p for p in paths if p not in local]
    failures = [_failure(m, Errors.E107.format(path=m)) for m in missing]
    rdds = [sc.binaryFiles(root.uri).flatMap(functools.partial(_read_pair, root)) for root in roots(expanded)]
    return (sc.union(rdds) if rdds else sc.emptyRDD()), failures


def ingest(spark: Any, paths: list[str], out: str, *, options: SparkOptions | None = None) -> SparkSummary:
    """Run the newsgraph ingest on Spark and write every table as Parquet under ``out``.

    Re-running on the same input overwrites the output with the same rows.
    """
    from newsgraph.scale import derived

    opts = options or SparkOptions()
    sc = spark.sparkContext
    items, missing = read_inputs(spark, paths)
    items = items.cache()
    read_failures = items.filter(lambda kv: isinstance(kv[1], dict)).map(lambda kv: ("failures", kv[1]))
    by_id = (items.filter(lambda kv: isinstance(kv[1], Article)).map(lambda kv: (kv[1].id, kv))
             .groupByKey().flatMap(lambda kv: first_of_id(kv[1])).cache())
    articles = by_id.filter(lambda kv: kv[0] == "article").map(lambda kv: kv[1])
    if opts.partitions:
        articles = articles.repartition(opts.partitions)
    rows = (articles.mapPartitions(lambda part: process_partition(part, options=opts))
            .union(by_id.filter(lambda kv: kv[0] == "failure").map(lambda kv: ("failures", kv[1])))
            .union(read_failures).union(sc.parallelize([("failures", r) for r in missing], 1))).cache()
    schemas = spark_schemas()
    frames = write_records(spark, rows, out, schemas=schemas)
    counts = {table: frame.count() for table, frame in frames.items()}
    for table, frame in derived.compute(spark, frames, schemas).items():
        frame.write.mode("overwrite").parquet(os.path.join(out, table))
        counts[table] = spark.read.schema(schemas[table]).parquet(os.path.join(out, table)).count()
    rows.unpersist()
    items.unpersist()
    by_id.unpersist()
    return SparkSummary(rows=counts, out=str(Path(out)))


def session(master: str | None = "local[*]", *, app_name: str = "newsgraph") -> Any:
    """Return a SparkSession on ``master``, or, with ``master=None``, the one spark-submit configured."""
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name).config("spark.sql.session.timeZone", "UTC")
    if master is not None:
        builder = builder.master(master).config("spark.ui.enabled", "false")
    return builder.getOrCreate()
