"""Spark benchmark (not a test): Spark local[N] throughput ÷ local ingest throughput, and Spark's start-up cost.

Prints, in one run on the same articles (../shared/corpus/bbc2225 by default):
  1. Spark start-up overhead: seconds to a SparkSession plus a trivial job, and to the first model load
     in the Python workers (a job over one article);
  2. articles/s of ``newsgraph ingest`` with N workers and of ``newsgraph spark ingest`` on local[N], both
     end to end (reading, NLP, rows, derived tables, writing), and their ratio.
Timings are medians of --repeats runs, interleaved. Shrink it with --articles and --repeats.
Run: ``.venv/bin/python bench/spark_bench.py [--articles 500] [--repeats 1]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_bench import CORPUS, load_texts, write_inputs  # noqa: E402


def local_rate(folder: Path, db: Path, *, workers: int, n: int) -> float:
    from newsgraph.ingest.run import IngestOptions, ingest

    db.unlink(missing_ok=True)
    start = time.perf_counter()
    ingest([str(folder)], db, options=IngestOptions(workers=workers))
    return n / (time.perf_counter() - start)


def spark_rate(spark: object, folder: Path, out: Path, *, partitions: int, n: int) -> float:
    from newsgraph.scale.spark import SparkOptions, ingest

    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    ingest(spark, [str(folder)], str(out), options=SparkOptions(partitions=partitions))
    return n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=0, help="articles to use (0: the whole corpus)")
    parser.add_argument("--cores", type=int, default=2, help="local[N] and ingest workers")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (set NEWSGRAPH_SHARED to the shared folder)")
    texts = load_texts(args.corpus)
    n = args.articles or len(texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_inputs(texts, n, Path(tmp) / "in")
        one = write_inputs(texts, 1, Path(tmp) / "one")
        from newsgraph.scale.spark import session

        start = time.perf_counter()
        spark = session(f"local[{args.cores}]", app_name="newsgraph-bench")
        spark.sparkContext.parallelize(range(args.cores), args.cores).count()  # type: ignore[attr-defined]
        startup = time.perf_counter() - start
        first = 1 / spark_rate(spark, one, Path(tmp) / "out1", partitions=1, n=1)
        local, remote = [], []
        for _ in range(args.repeats):
            local.append(local_rate(folder, Path(tmp) / "local.duckdb", workers=args.cores, n=n))
            remote.append(spark_rate(spark, folder, Path(tmp) / "out", partitions=args.cores * 2, n=n))
        spark.stop()  # type: ignore[attr-defined]
    lm, sm = statistics.median(local), statistics.median(remote)
    print(f"articles {n}, cores {args.cores}, repeats {args.repeats}")
    print(f"spark start-up: session + trivial job {startup:.1f} s; "
          f"one-article job (workers load the model) {first:.1f} s")
    print(f"local ingest, {args.cores} workers: {lm:.1f} articles/s (runs: {', '.join(f'{r:.1f}' for r in local)})")
    print(f"spark local[{args.cores}]:          {sm:.1f} articles/s (runs: {', '.join(f'{r:.1f}' for r in remote)})")
    print(f"spark / local ingest throughput: {sm / lm:.2f}")


if __name__ == "__main__":
    main()
