"""Export the knowledge base: Parquet (one file per table), JSONL, and a GDELT-GKG-like TSV.

Files are written through pyarrow and Python, never through SQL built from a user's path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from newsgraph.store import schema
from newsgraph.store.duckdb import Database

_BATCH = 10_000


def tables() -> list[str]:
    """Names of every table of the schema, in DDL order."""
    return list(schema.columns())


def _batches(db: Database, table: str) -> Any:
    rel = db.cursor().sql(f"SELECT * FROM {table}")  # table names come from schema.sql, never from users
    fetch = getattr(rel, "to_arrow_reader", None) or rel.fetch_arrow_reader
    return fetch(_BATCH)


def to_parquet(db: Database, out_dir: str | Path) -> list[Path]:
    """Write ``<out_dir>/<table>.parquet`` for every table; return the files written."""
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables():
        reader = _batches(db, table)
        path = out / f"{table}.parquet"
        with pq.ParquetWriter(path, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
        written.append(path)
    return written


def _json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_jsonl(db: Database, out_dir: str | Path) -> list[Path]:
    """Write ``<out_dir>/<table>.jsonl`` (one row a line) for every table; return the files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables():
        path = out / f"{table}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for batch in _batches(db, table):
                for row in batch.to_pylist():
                    fh.write(json.dumps(row, default=_json_default, ensure_ascii=False) + "\n")
        written.append(path)
    return written


# --- GDELT-GKG-like TSV -----------------------------------------------------------------------------

GKG_COLUMNS = ("GKGRECORDID", "DATE", "SourceCommonName", "DocumentIdentifier", "Counts", "V21Counts",
               "CountDetails", "Locations", "Persons", "Organizations", "Quotations", "AllNames", "Headline")


def _clean(value: object) -> str:
    """A field value with the GKG delimiters (tab, newline, #, ;, |) replaced by spaces."""
    return re.sub(r"[\t\r\n#;|]+", " ", "" if value is None else str(value)).strip()


def _whole(value: float | None) -> float | int | str:
    """A count without a needless decimal point ("5000", not "5000.0"); empty for none."""
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def _gkg_rows(db: Database) -> Iterator[dict[str, Any]]:
    result = db.cursor().execute("""
        SELECT a.article_id, a.published, a.url, a.source_path, a.headline_text,
          (SELECT list(p ORDER BY p.id) FROM places p WHERE p.article_id = a.article_id) AS places,
          (SELECT list(x ORDER BY x.first_offset, x.id) FROM actors x WHERE x.article_id = a.article_id) AS actors,
          (SELECT list(f ORDER BY f.evidence_start, f.id) FROM figures f WHERE f.article_id = a.article_id) AS figures,
          (SELECT list(q ORDER BY q.quote_start, q.id) FROM quotes q WHERE q.article_id = a.article_id) AS quotes
        FROM articles a WHERE a.article_id NOT IN (SELECT article_id FROM duplicates)
        ORDER BY a.published NULLS LAST, a.article_id""")
    names = [d[0] for d in result.description]
    while batch := result.fetchmany(1000):
        for row in batch:
            yield dict(zip(names, row, strict=True))


def _gkg_counts(figures: list[dict[str, Any]], places: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """The ``Counts``, ``V21Counts`` and ``CountDetails`` entries of an article's figures."""
    counts, v21, details = [], [], []
    for f in figures:
        p = places.get(f["place_id"]) or {}
        count = "#".join(_clean(v) for v in (f["kind"], _whole(f["value"]), f["object"], 1 if p else "",
                                             p.get("name"), p.get("country"), "", p.get("lat"), p.get("lon"), ""))
        counts.append(count)
        offset = f["number_start"] if f.get("number_start") is not None else f["evidence_start"]
        v21.append(f"{count}#{offset}")
        when = f["figure_date"].strftime("%Y%m%d") if f.get("figure_date") else ""
        details.append("#".join(_clean(v) for v in (f["kind"], _whole(f["value"]), f.get("term"), f.get("unit"),
                                                    f.get("qualifier"), _whole(f.get("low")), _whole(f.get("high")),
                                                    when, f.get("attributed_name"), offset)))
    return counts, v21, details


def _gkg_line(row: dict[str, Any]) -> list[str]:
    places = {p["id"]: p for p in row["places"] or []}
    actors = row["actors"] or []
    persons = sorted({_clean(x["name"]) for x in actors if x["type"] == "PERSON"})
    orgs = sorted({_clean(x["name"]) for x in actors if x["type"] in ("ORG", "NORP")})
    counts, v21, details = _gkg_counts(row["figures"] or [], places)
    locations = ["#".join(_clean(v) for v in (1, p["name"], p["country"], "", p["lat"], p["lon"], ""))
                 for p in places.values()]
    quotes = ["|".join(_clean(v) for v in (q["quote_start"], (q["quote_end"] or 0) - (q["quote_start"] or 0),
                                           q["cue_text"], q["content_text"], q["speaker_name"], q["attribution"]))
              for q in row["quotes"] or []]
    all_names = [f"{_clean(x['name'])},{x['first_offset']}" for x in actors if x["first_offset"] is not None]
    published = row["published"].strftime("%Y%m%d000000") if row["published"] else ""
    source = urlparse(row["url"]).netloc if row["url"] else (row["source_path"] or "")
    return [_clean(row["article_id"]), published, _clean(source), _clean(row["url"] or row["source_path"]),
            ";".join(counts), ";".join(v21), ";".join(details), ";".join(locations), ";".join(persons),
            ";".join(orgs), "#".join(quotes), ";".join(all_names), _clean(row["headline_text"])]


def to_gkg(db: Database, out_file: str | Path) -> int:
    """Write a GDELT-GKG-like TSV (one article a line, duplicates left out); return the lines written.

    Columns follow GKG 2.1 where they exist: ``Counts`` (V1: kind#value#object#loctype#place#country#
    adm1#lat#lon#feature, ';'-separated), ``V21Counts`` (the same with the character offset of the
    number appended, as GKG 2.1 does), ``Locations`` (V1), ``Persons``, ``Organizations``,
    ``Quotations`` (offset|length|verb|quote, '#'-separated) with the speaker added as a fifth field and
    the attribution (statement, belief, ...) as a sixth, and ``AllNames`` (name,offset). ``CountDetails``
    is newsgraph's own: per count, in the order of ``Counts``, kind#value#IDMC term#unit#qualifier#low#high#
    date (YYYYMMDD)#attributed to#offset. Delimiters inside values become spaces.
    """
    n = 0
    with Path(out_file).open("w", encoding="utf-8") as fh:
        fh.write("\t".join(GKG_COLUMNS) + "\n")
        for row in _gkg_rows(db):
            fh.write("\t".join(_gkg_line(row)) + "\n")
            n += 1
    return n
