"""Ingest end to end with the real pipeline: idempotent, bad inputs recorded, duplicates linked."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from ingest_helpers import article_text, table_rows

from newsgraph.ingest.run import IngestOptions, ingest
from newsgraph.store import query
from newsgraph.store.duckdb import Database

pytestmark = pytest.mark.model
IN_PROCESS = IngestOptions(in_process=True, chunk_size=4)


def test_ingest_reads_files_and_jsonl_into_every_table(corpus, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(6, jsonl=3)
    summary = ingest([folder], tmp_path / "kb.duckdb", options=IN_PROCESS)
    assert (summary.added, summary.skipped, summary.failed) == (9, 0, 0), table_rows(tmp_path / "kb.duckdb")["failures"]
    assert summary.totals["articles"] == 9 and summary.totals["quotes"] > 0
    with Database(tmp_path / "kb.duckdb", read_only=True) as db:
        con = db.cursor()
        assert query.article(con, "j1")["published"].isoformat() == "2013-05-06"
        for text, start, end, piece in con.execute(
                "SELECT a.text, q.evidence_start, q.evidence_end, q.evidence_text FROM quotes q "
                "JOIN articles a USING (article_id)").fetchall():
            assert text[start:end] == piece


def test_reingesting_adds_nothing(corpus, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(5)
    db = tmp_path / "kb.duckdb"
    ingest([folder], db, options=IN_PROCESS)
    before = table_rows(db)
    again = ingest([folder, folder / "a001.txt", str(folder / "*.txt")], db, options=IN_PROCESS)
    assert (again.added, again.skipped) == (0, 5)
    assert table_rows(db) == before


def _bad_inputs(folder: Path) -> dict[str, str]:
    """Write one bad input of each kind; return {file name: words its failure reason must hold}."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners in Sylvania said prices rose.".encode("latin-1"))
    lines = [json.dumps({"id": "ok-1", "text": article_text(500)}), "{not json", json.dumps(["a", "list"])]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a 50 MB file (sparse)
    (folder / "fake.jsonl.gz").write_bytes(b"this is not gzip at all")
    return {"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "UTF-8", "mixed.jsonl:2": "JSON",
            "mixed.jsonl:3": "JSON", "huge.txt": "limit", "fake.jsonl.gz": "gzip"}


def test_bad_inputs_land_in_failures_and_the_batch_goes_on(corpus, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(3)
    expected = _bad_inputs(folder)
    db = tmp_path / "kb.duckdb"
    summary = ingest([folder], db, options=IN_PROCESS)
    assert summary.added == 4  # three .txt articles and the good JSONL line
    with Database(db, read_only=True) as opened:
        failures = {Path(f["name"]).name: f["reason"] for f in query.failures(opened.cursor(), limit=100)}
    assert set(failures) == set(expected)
    for name, words in expected.items():
        assert words in failures[name], (name, failures[name])
    ingest([folder], db, options=IN_PROCESS)  # again: failures are not stored twice
    assert len(table_rows(db)["failures"]) == len(expected)


def test_an_id_reused_for_another_text_is_a_failure_not_an_overwrite(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text(json.dumps({"id": "x", "text": article_text(1)}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "x", "text": article_text(2)}) + "\n", encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([first, second], db, options=IN_PROCESS)
    rows = table_rows(db)
    assert len(rows["articles"]) == 1 and "already stored with a different text" in rows["failures"][0][3]


def test_syndicated_copies_are_linked_and_not_counted_twice(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    story = article_text(7)
    records = [{"id": "orig", "text": story, "published": "2013-05-06"},
               {"id": "wire-copy", "text": story.replace("World\n", "Europe\n") + "Reporting by staff.\n",
                "published": "2013-05-07"},
               {"id": "same-text", "text": story, "published": "2013-05-08"},
               {"id": "other", "text": article_text(8)}]
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in records).encode()))
    db = tmp_path / "kb.duckdb"
    summary = ingest([path], db, options=IN_PROCESS)
    assert summary.totals["articles"] == 2 and summary.totals["duplicates"] == 2
    dups = {r[0]: (r[1], r[2]) for r in table_rows(db)["duplicates"]}
    assert dups == {"wire-copy": ("orig", "near"), "same-text": ("orig", "exact")}
    with Database(db, read_only=True) as opened:
        quotes = query.quotes(opened.cursor())
    assert {q["article_id"] for q in quotes} <= {"orig", "other"}


def test_worker_processes_give_the_same_rows(corpus, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(8)
    (folder / "port.html").write_text(PAGE, encoding="utf-8")  # HTML is read in a worker
    ingest([folder], tmp_path / "one.duckdb", options=IN_PROCESS)
    summary = ingest([folder], tmp_path / "two.duckdb", options=IngestOptions(workers=2, chunk_size=2))
    assert summary.added == 9 and len(summary.peak_rss_kb) >= 1, table_rows(tmp_path / "two.duckdb")["failures"][:1]
    assert table_rows(tmp_path / "one.duckdb") == table_rows(tmp_path / "two.duckdb")


def test_the_database_inside_an_input_folder_is_not_read(corpus, nlp) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(2)
    ingest([folder], folder / "kb.duckdb", options=IN_PROCESS)
    again = ingest([folder], folder / "kb.duckdb", options=IN_PROCESS)
    assert (again.skipped, again.failed) == (2, 0)


PAGE = """<html><head><title>Sylvania port reopens after storm | The Daily Fenwick</title>
<meta property="article:published_time" content="2014-03-02T10:00:00Z"></head>
<body><article><h1>Sylvania port reopens after storm</h1>
<p>The port of Sylvania reopened on Sunday after a storm closed it for two days, harbour master Lena Holm said.</p>
<p>"Ships are moving again and grain deliveries will resume tomorrow," Ms Holm told reporters at the harbour.</p>
<p>About 40 ships had been stranded outside the harbour, officials said, and dozens of crews waited on board.</p>
</article></body></html>"""


def _warc(path: Path, pages: dict[str, str]) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(html.encode()),
                                               http_headers=headers)
            writer.write_record(record)


def test_html_pages_and_warc_archives_are_ingested(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "port.html").write_text(PAGE, encoding="utf-8")
    other = PAGE.replace("Sylvania", "Genovia").replace("Lena Holm", "Omar Haddad").replace("Holm", "Haddad")
    _warc(folder / "crawl.warc.gz", {"https://news.example/genovia-port": other})
    db = tmp_path / "kb.duckdb"
    summary = ingest([folder], db, options=IN_PROCESS)
    assert (summary.added, summary.failed) == (2, 0)
    with Database(db, read_only=True) as opened:
        articles = query.rows(opened.cursor(), "SELECT source_path, url, published, headline_text FROM articles "
                                               "ORDER BY source_path")
        speakers = {q["speaker_name"] for q in query.quotes(opened.cursor())}
    assert [Path(a["source_path"]).name for a in articles] == ["crawl.warc.gz", "port.html"]
    assert articles[0]["url"] == "https://news.example/genovia-port"
    assert {a["headline_text"] for a in articles} == {"Sylvania port reopens after storm",
                                                     "Genovia port reopens after storm"}
    assert {"Lena Holm", "Omar Haddad"} <= speakers
