"""Entry point for ``spark-submit``: ``spark-submit … submit.py INPUT… --out DIR [--partitions N]``."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    """Run the Spark ingest with the SparkSession that spark-submit provides."""
    from newsgraph.nlp.doc import DEFAULT_MODEL
    from newsgraph.scale.spark import SparkOptions, ingest, session

    parser = argparse.ArgumentParser(prog="newsgraph-spark", description="newsgraph ingest on Apache Spark")
    parser.add_argument("inputs", nargs="+", help="files, folders or globs on any Hadoop-compatible path")
    parser.add_argument("--out", required=True, help="output folder (one Parquet table per subfolder)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy English pipeline")
    parser.add_argument("--partitions", type=int, default=0, help="partitions of articles (0: Spark's default)")
    args = parser.parse_args(argv)
    spark = session(None)
    try:
        summary = ingest(spark, args.inputs, args.out,
                         options=SparkOptions(model=args.model, partitions=args.partitions))
    finally:
        spark.stop()
    sys.stdout.write("".join(f"{table} {n}\n" for table, n in summary.rows.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
