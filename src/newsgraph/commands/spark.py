"""`newsgraph spark ingest` and `newsgraph load`: the ingest on Apache Spark, and its Parquet into DuckDB."""

from __future__ import annotations

from pathlib import Path

import typer

from newsgraph.commands.read import TIME_LIMIT
from newsgraph.nlp.doc import DEFAULT_MODEL

spark_app = typer.Typer(help="Run newsgraph on Apache Spark (needs: pip install 'newsgraph\\[spark]').",
                        no_args_is_help=True)


@spark_app.command("ingest")
def spark_ingest_cmd(
    inputs: list[str] = typer.Argument(..., help="Files, folders or globs; any Hadoop-compatible path (s3a://, hdfs://)."),
    out: str = typer.Option(..., "--out", "-o", help="Output folder: one Parquet table per subfolder."),
    master: str = typer.Option("local[*]", "--master", help="Spark master when not run by spark-submit."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy English pipeline to use."),
    partitions: int = typer.Option(0, "--partitions", min=0, help="Partitions of articles (0: Spark's default)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    time_limit: float = TIME_LIMIT,
) -> None:
    """Read articles on Spark and write the newsgraph tables as Parquet, partitioned by month."""
    from newsgraph.scale.spark import SparkOptions, ingest, session

    spark = session(master)
    try:
        summary = ingest(spark, inputs, out, options=SparkOptions(model=model, partitions=partitions,
                                                                 batch_size=batch_size, time_limit=time_limit or None))
    finally:
        spark.stop()
    for table, n in summary.rows.items():
        typer.echo(f"{table:15s} {n:>9,d} rows")
    typer.echo(f"written to {summary.out}; load it with: newsgraph load {summary.out} --db newsgraph.duckdb")


def load_cmd(
    folder: Path = typer.Argument(..., exists=True, file_okay=False, help="Output folder of `newsgraph spark ingest`."),
    db: Path = typer.Option(Path("newsgraph.duckdb"), "--db", help="The DuckDB file to load into."),
) -> None:
    """Load Parquet tables written by `newsgraph spark ingest` into a DuckDB knowledge base."""
    from newsgraph.errors import NewsgraphError
    from newsgraph.scale.load import load

    try:
        added = load(folder, db)
    except NewsgraphError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    for table, n in added.items():
        typer.echo(f"{table:15s} +{n:,d} rows")


def register(app: typer.Typer) -> None:
    """Add ``spark`` and ``load`` to ``app``."""
    app.add_typer(spark_app, name="spark")
    app.command("load")(load_cmd)
