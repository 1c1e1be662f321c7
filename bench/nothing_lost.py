"""Real inputs and mutations of them through ``newsgraph read --out --failures`` and ``newsgraph ingest``.

Issue 11's second check: every input ends as a reading or as a failure record, with no traceback.
The inputs are the article pages and texts in ../shared (WCXB dev pages, BBC pages, the seed, PolNeAR
dev texts, IDETECT excerpts, XSum dev documents) and ``--mutations`` fuzz cases built from them
(``fuzzcases.make_case``, a seed of its own so they differ from ``make fuzz``'s). Both commands run as
a user runs them, in a subprocess; the script prints what each accounted for and exits 1 when an
input is unaccounted for or a traceback is printed.

Run: ``.venv/bin/python bench/nothing_lost.py --mutations 300``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzzcases import make_case, seed_refs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
CLI = [sys.executable, "-c", "from newsgraph.cli import app; app()"]


def _jsonl_texts(path: Path, field: str, id_field: str, prefix: str, limit: int) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if len(records) >= limit:
                break
            if line.strip():
                rec = json.loads(line)
                records.append({"id": f"{prefix}-{rec.get(id_field, n)}", "text": str(rec[field])})
    return records


def real_inputs(shared: Path, folder: Path, limit: int) -> tuple[list[Path], list[dict[str, str]]]:
    """Write the real pages as files in ``folder``; return them and the text records (for one JSONL)."""
    pages: list[Path] = []
    corpus = shared / "corpus"
    for src in sorted((corpus / "wcxb-dev" / "html").glob("*.html.gz"))[:limit]:
        dst = folder / src.name.removesuffix(".gz")
        dst.write_bytes(gzip.decompress(src.read_bytes()))
        pages.append(dst)
    for src in sorted((corpus / "bbc-html-dev").glob("*.html"))[:limit]:
        dst = folder / f"bbc-{src.name}"
        dst.write_bytes(src.read_bytes())
        pages.append(dst)
    for src in sorted((corpus / "seed").glob("*.txt")):
        dst = folder / src.name
        dst.write_bytes(src.read_bytes())
        pages.append(dst)
    texts = _jsonl_texts(shared / "gold" / "polnear" / "dev.jsonl", "text", "doc_id", "polnear", limit)
    idetect = sorted((shared / "gold" / "idetect").glob("*.jsonl"))
    if idetect:
        texts += _jsonl_texts(idetect[0], "text", "id", "idetect", limit)
    xsum = sorted((corpus / "xsum-dev").glob("*.jsonl"))
    if xsum:
        texts += _jsonl_texts(xsum[0], "document", "bbcid", "xsum", limit)
    return pages, texts


def _run(args: list[str]) -> tuple[int, str, float]:
    start = time.perf_counter()
    done = subprocess.run([*CLI, *args], capture_output=True, text=True, errors="replace", check=False)
    return done.returncode, done.stdout + done.stderr, time.perf_counter() - start


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line] if path.exists() else []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mutations", type=int, default=300, help="Fuzz cases added to the real inputs.")
    ap.add_argument("--limit", type=int, default=200, help="At most this many pages or texts per source.")
    ap.add_argument("--seed", type=int, default=2026, help="Seed of the mutations.")
    args = ap.parse_args(argv)
    if not (SHARED / "corpus").is_dir():
        print(f"no corpora at {SHARED}: nothing to check", file=sys.stderr)
        return 0
    failed_checks: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inputs"
        folder.mkdir()
        pages, texts = real_inputs(SHARED, folder, args.limit)
        refs = seed_refs(SHARED)
        cases = [make_case(refs, args.seed, n) for n in range(args.mutations)]
        records: list[str] = [json.dumps({"id": p.stem, ("html" if p.suffix == ".html" else "text"):
                                          p.read_text(encoding="utf-8", errors="replace")}) for p in pages]
        records += [json.dumps(t) for t in texts]
        for case in cases:
            (folder / case.name).write_bytes(case.data)
            if case.name.endswith(".jsonl"):  # its lines, as they are (a mutation may break one)
                records += [line for line in case.data.decode("utf-8", errors="replace").splitlines() if line.strip()]
            else:
                key = "html" if case.name.endswith(".html") else "text"
                records.append(json.dumps({"id": Path(case.name).stem, key: case.data.decode("utf-8", "replace")}))
        (folder / "texts.jsonl").write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        batch = Path(tmp) / "all.jsonl"
        batch.write_text("".join(r + "\n" for r in records), encoding="utf-8")
        print(f"{len(pages)} real pages, {len(texts)} real texts, {len(cases)} mutations "
              f"({len(records)} JSONL records in one batch)")

        out, failures = Path(tmp) / "out.jsonl", Path(tmp) / "failed.jsonl"
        code, output, seconds = _run(["read", str(batch), "--out", str(out), "--failures", str(failures)])
        readings, failed = _lines(out), _lines(failures)
        incomplete = sum(1 for r in readings if r.get("incomplete"))
        print(f"read --out --failures: {len(readings)} readings ({incomplete} incomplete) + {len(failed)} failures "
              f"= {len(readings) + len(failed)} of {len(records)} records; exit {code}; {seconds:.0f} s")
        if len(readings) + len(failed) != len(records):
            failed_checks.append("read lost records")
        if "Traceback" in output:
            failed_checks.append("read printed a traceback")

        db = Path(tmp) / "kb.duckdb"
        inputs = sorted(p for p in folder.iterdir())
        code, output, seconds = _run(["ingest", str(folder), "--db", str(db), "--quiet"])
        print(f"ingest: {output.strip().splitlines()[-1] if output.strip() else '(no output)'}; exit {code}; "
              f"{seconds:.0f} s")
        import duckdb

        with duckdb.connect(str(db), read_only=True) as con:
            stored = {r[0] for r in con.execute("SELECT source_path FROM articles").fetchall()}
            named = [r[0] for r in con.execute("SELECT name FROM failures WHERE article_id IS NULL").fetchall()]
        lost = [p.name for p in inputs
                if str(p) not in stored and not any(n == str(p) or n.startswith(f"{p}:") or n.startswith(f"{p}#")
                                                    for n in named)]
        print(f"ingest: {len(inputs)} input files; {len(lost)} with neither a stored article nor a failure")
        if lost:
            failed_checks.append(f"ingest lost {', '.join(lost[:10])}")
        if "Traceback" in output:
            failed_checks.append("ingest printed a traceback")
    for check in failed_checks:
        print(f"FAILED: {check}", file=sys.stderr)
    return 1 if failed_checks else 0


if __name__ == "__main__":
    raise SystemExit(main())
