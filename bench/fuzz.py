"""Fuzz the whole read path with mutated articles; print counts by outcome (``make fuzz``).

Each case (``fuzzcases.make_case``) is a mutated seed article packaged as a .txt or .html file or a JSONL
record. It goes through what ``newsgraph read`` and ``ingest`` do: the readers (``read_bytes``), the
pipeline (``Pipeline.results``, with its per-article time limit), the JSON reading, the human view
and the store rows. Properties checked on every case:

* nothing escapes: no exception leaves the readers or the pipeline, no stage raises (a reading left
  incomplete counts as a crash), no reader fails with anything but a coded read error, and the reading
  is strict JSON (no NaN or Infinity) that encodes as UTF-8;
* offsets: every span satisfies ``text[start:end] == span.text``;
* time: each case takes at most ``--time-limit`` seconds of CPU time (CPU, not wall-clock, time: the
  machines are shared, and a loaded machine must not turn slow cases into hangs). The pipeline's own
  wall-clock limit is set to twenty times that (``WALL``), and a worker that does not answer within
  three times the pipeline's limit is killed and replaced; both count as hangs.

Outcomes: ``ok``, ``rejected`` (the input was refused with a clear coded error: empty, binary, not
UTF-8, not JSON, no article text), ``crash``, ``hang``, ``span_mismatch``. The run exits 1 when any case
crashed, hung or broke an offset. Run: ``.venv/bin/python bench/fuzz.py --cases 10000 --workers 2``;
rebuild and rerun one case with ``--case N`` (same ``--seed``).
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import statistics
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzzcases import Case, SeedRef, make_case, seed_refs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
OUTCOMES = ("ok", "rejected", "crash", "hang", "span_mismatch")
WALL = 20  # the pipeline's wall-clock limit, in CPU limits: only a case stuck without using CPU reaches it
_WORST = {name: rank for rank, name in enumerate(("ok", "rejected", "span_mismatch", "hang", "crash"))}


def bad_spans(node: Any, text: str) -> list[str]:
    """Every span (a dict with start, end and text) in a JSON reading whose text is not text[start:end]."""
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if {"start", "end", "text"} <= item.keys() and text[item["start"]:item["end"]] != item["text"]:
                found.append(f"{item['start']}:{item['end']} {item['text'][:40]!r}")
            stack.extend(v for k, v in item.items() if k != "text" or not isinstance(v, str))
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _judge_reading(reading: Any) -> tuple[str, str]:
    from rich.console import Console

    from newsgraph.reading import to_dict
    from newsgraph.store import schema
    from newsgraph.store.rows import reading_to_rows
    from newsgraph.view import show_reading

    if reading.incomplete:
        failed = [f"{s.stage} {s.error}: {s.reason}" for s in reading.skipped if s.error]
        return "crash", "incomplete reading: " + "; ".join(failed)
    data = to_dict(reading)
    json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    show_reading(reading, console=Console(file=io.StringIO(), width=100, highlight=False))  # as the CLI does
    for table, rows in reading_to_rows(reading).items():
        schema.to_arrow(table, rows)
    wrong = bad_spans({k: v for k, v in data.items() if k != "text"}, data["text"])
    return ("span_mismatch", "; ".join(wrong[:5])) if wrong else ("ok", "")


def _judge_failure(failure: Any) -> tuple[str, str]:
    if failure.error == "TimeLimitExceeded":
        return "hang", failure.reason
    return ("rejected" if failure.error == "ReadError" else "crash"), f"[{failure.stage}] {failure.reason}"


def check(case: Case, pipe: Any, time_limit: float) -> dict[str, Any]:
    """Run one case through the readers and the pipeline; return its outcome and what was seen."""
    from newsgraph.read.sources import Failure, read_bytes
    from newsgraph.records import Article

    start, cpu = time.perf_counter(), time.process_time()
    verdicts: list[tuple[str, str]] = []
    try:
        items = list(read_bytes(case.data, name=case.name))
        verdicts += [_judge_failure(f) for f in items if isinstance(f, Failure)]
        for item in pipe.results([a for a in items if isinstance(a, Article)]):
            verdicts.append(_judge_failure(item) if isinstance(item, Failure) else _judge_reading(item))
    except BaseException as err:  # noqa: BLE001  (what the property forbids: record it)
        verdicts.append(("crash", f"escaped {type(err).__name__}: {err}\n{traceback.format_exc(limit=-6)}"))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if cpu > time_limit:
        verdicts.append(("hang", f"took {cpu:.1f} s of CPU time, over the {time_limit:g} s limit"))
    outcome, detail = max(verdicts or [("ok", "")], key=lambda v: _WORST[v[0]])
    return {"case": case.number, "name": case.name, "seed": case.seed, "mutations": list(case.mutations),
            "bytes": len(case.data), "seconds": round(seconds, 3), "cpu": round(cpu, 3), "outcome": outcome,
            "detail": detail[:2000]}


# ----------------------------------------------------------------------------------- worker processes
def _worker(conn: Connection, shared: str | None, run_seed: int, time_limit: float) -> None:
    from newsgraph.pipeline import Pipeline

    refs = seed_refs(Path(shared) if shared else None)
    pipe = Pipeline(time_limit=WALL * time_limit)
    pipe.run(_warm_article())
    while True:
        number = conn.recv()
        if number is None:
            return
        conn.send(check(make_case(refs, run_seed, number), pipe, time_limit))


def _warm_article() -> Any:
    from newsgraph.read.text import read_text

    return read_text("Paris talks\nThe French minister said on Monday that 2,000 people fled Lyon. \"We act,\" "
                     "she said.\n", id="warm")


@dataclass
class _Slot:
    process: Any
    conn: Connection
    case: int | None = None
    started: float = 0.0


@dataclass
class Run:
    """The results of a fuzz run."""

    results: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def counts(self) -> Counter[str]:
        return Counter(r["outcome"] for r in self.results)


def _start(ctx: Any, args: tuple[Any, ...]) -> _Slot:
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_worker, args=(child, *args), daemon=True)
    process.start()
    return _Slot(process, parent)


def _lost(slot: _Slot, outcome: str, note: str) -> dict[str, Any]:
    """The result of a case whose worker died or was killed."""
    return {"case": slot.case, "name": "", "seed": "", "mutations": [], "bytes": 0, "cpu": 0.0,
            "seconds": round(time.perf_counter() - slot.started, 3), "outcome": outcome, "detail": note}


def run_processes(numbers: list[int], *, workers: int, run_seed: int, time_limit: float, shared: Path | None,
                  progress: bool = True, log: Path | None = None) -> Run:
    """Run cases in ``workers`` processes (each loads the model once), replacing any that hangs or dies.

    Each result is appended to ``log`` (JSON lines) as it arrives, so a long run can be watched.
    """
    ctx = multiprocessing.get_context("spawn")
    args = (str(shared) if shared else None, run_seed, time_limit)
    slots = [_start(ctx, args) for _ in range(workers)]
    todo, out, begin, shown = list(reversed(numbers)), Run(), time.perf_counter(), 0
    sink = log.open("w", encoding="utf-8") if log else None
    out.results = _Logged(sink)
    hard = 3 * WALL * time_limit  # three times the pipeline's limit; a fresh worker's model load is not counted
    while todo or any(s.case is not None for s in slots):
        for s in slots:
            if s.case is None and todo:
                s.case, s.started = todo.pop(), time.perf_counter()
                s.conn.send(s.case)
        busy = [s for s in slots if s.case is not None]
        for conn in wait([s.conn for s in busy], timeout=1.0):
            s = next(x for x in busy if x.conn is conn)
            try:
                out.results.append(conn.recv())
            except EOFError:  # the worker died (a crash in C code): its case is a crash
                out.results.append(_lost(s, "crash", f"worker died (exit code {s.process.exitcode})"))
                slots[slots.index(s)] = _start(ctx, args)
                continue
            s.case = None
        for i, s in enumerate(slots):
            if s.case is not None and time.perf_counter() - s.started > hard:
                s.process.kill()
                out.results.append(_lost(s, "hang", f"no answer after {hard:g} s: worker killed and replaced"))
                slots[i] = _start(ctx, args)
        if progress and len(out.results) >= shown + 100:
            shown = len(out.results)
            print(f"{shown}/{len(numbers)} cases, {time.perf_counter() - begin:.0f} s: {dict(out.counts())}",
                  file=sys.stderr, flush=True)
    for s in slots:
        s.conn.send(None)
        s.process.join(timeout=10)
    if sink is not None:
        sink.close()
    out.seconds = time.perf_counter() - begin
    return out


class _Logged(list):  # type: ignore[type-arg]
    """A list of results that also writes each appended one to a file, at once."""

    def __init__(self, sink: Any) -> None:
        super().__init__()
        self.sink = sink

    def append(self, item: Any) -> None:
        super().append(item)
        if self.sink is not None:
            self.sink.write(json.dumps(item) + "\n")
            self.sink.flush()


def run_here(numbers: list[int], *, pipe: Any, run_seed: int, time_limit: float, shared: Path | None) -> Run:
    """Run cases in this process with ``pipe`` (the test suite's short run)."""
    refs: list[SeedRef] = seed_refs(shared)
    out, begin = Run(), time.perf_counter()
    for n in numbers:
        out.results.append(check(make_case(refs, run_seed, n), pipe, time_limit))
    out.seconds = time.perf_counter() - begin
    return out


def report(run: Run) -> str:
    """Counts by outcome and by mutation, the slowest cases, and every case that broke a property."""
    counts = run.counts()
    times = [r["seconds"] for r in run.results] or [0.0]
    cpu = [r["cpu"] for r in run.results] or [0.0]
    lines = [f"{len(run.results)} cases in {run.seconds:.0f} s ({run.seconds / 60:.1f} min); per case: median "
             f"{statistics.median(times):.2f} s, max {max(times):.1f} s; CPU median {statistics.median(cpu):.2f} s, "
             f"max {max(cpu):.1f} s",
             "outcomes: " + ", ".join(f"{name} {counts.get(name, 0)}" for name in OUTCOMES)]
    by_mutation: dict[str, Counter[str]] = {}
    for r in run.results:
        for m in r["mutations"]:
            by_mutation.setdefault(m, Counter())[r["outcome"]] += 1
    for m in sorted(by_mutation):
        lines.append(f"  {m:18s} " + ", ".join(f"{k} {v}" for k, v in sorted(by_mutation[m].items())))
    lines.append("most CPU: " + ", ".join(f"#{r['case']} {r['cpu']:.1f}s ({r['bytes']:,} bytes)"
                                          for r in sorted(run.results, key=lambda r: -r["cpu"])[:5]))
    big = [r for r in run.results if r["bytes"] >= 50_000 and r["outcome"] == "ok"]
    if big:
        rate = max(big, key=lambda r: r["cpu"] / r["bytes"])
        lines.append(f"slowest per byte among inputs of 50 kB or more: #{rate['case']} "
                     f"{rate['cpu'] / rate['bytes'] * 100_000:.1f} s of CPU per 100 kB")
    for r in run.results:
        if r["outcome"] not in ("ok", "rejected"):
            lines.append(f"{r['outcome'].upper()} #{r['case']} {r['seed']} {'+'.join(r['mutations'])}: {r['detail']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=10_000, help="How many cases (default 10,000).")
    ap.add_argument("--seed", type=int, default=11, help="Run seed: the same seed gives the same cases.")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Worker processes.")
    ap.add_argument("--time-limit", type=float, default=30.0,
                    help="CPU seconds a case may take (default 30); the pipeline's wall-clock limit is 20 times it.")
    ap.add_argument("--no-shared", action="store_true", help="Bundled seeds only, even when ../shared is there.")
    ap.add_argument("--case", type=int, action="append", help="Run only this case number (repeatable).")
    ap.add_argument("--report", type=Path, help="Also write one JSON line per case here, as each ends.")
    args = ap.parse_args(argv)
    shared = None if args.no_shared or not (SHARED / "corpus").is_dir() else SHARED
    numbers = args.case or list(range(args.cases))
    print(f"fuzz: {len(numbers)} cases, seed {args.seed}, {len(seed_refs(shared))} seed articles "
          f"({'with' if shared else 'without'} ../shared), {args.workers} workers", file=sys.stderr)
    run = run_processes(numbers, workers=max(1, args.workers), run_seed=args.seed, time_limit=args.time_limit,
                        shared=shared, log=args.report)
    print(report(run))
    counts = run.counts()
    return 1 if counts["crash"] or counts["hang"] or counts["span_mismatch"] else 0


if __name__ == "__main__":
    sys.exit(main())
