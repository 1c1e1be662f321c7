"""Load check of `newsgraph serve`: bursts of 200 concurrent requests on the search and article pages.

Starts `newsgraph serve` in its own process on a free localhost port (the server never shares the
client's interpreter), fires BURST requests at once per page kind with an httpx async client, and
prints the latency percentiles and the error count. Localhost only and bounded: at most 10 rounds,
a 60 s timeout per request. Exits 1 if any request failed.

    python bench/load_bench.py                      # ingests samples/ into bench/results/load.duckdb once
    python bench/load_bench.py --db my.duckdb --rounds 3
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "bench" / "results" / "load.duckdb"
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _sample_db(path: Path) -> Path:
    """Ingest the bundled samples/ into ``path`` (once) with the real pipeline."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"ingesting {ROOT / 'samples'} into {path} ...", flush=True)
    subprocess.run([sys.executable, "-c", "from newsgraph.cli import app; app()", "ingest", str(ROOT / "samples"),
                    "--db", str(path), "--quiet"], check=True)
    return path


def _start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", "from newsgraph.cli import app; app()", "serve", "--db", str(db),
           "--host", HOST, "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer within 60 s")


async def _one(client: httpx.AsyncClient, url: str) -> tuple[float, str | None]:
    start = time.perf_counter()
    try:
        response = await client.get(url)
        error = None if response.status_code == 200 else f"{url}: HTTP {response.status_code}"
    except httpx.HTTPError as err:
        error = f"{url}: {type(err).__name__} {err}"
    return time.perf_counter() - start, error


async def _burst(base: str, paths: list[str], burst: int) -> tuple[list[float], list[str]]:
    limits = httpx.Limits(max_connections=burst, max_keepalive_connections=burst)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        results = await asyncio.gather(*(_one(client, paths[i % len(paths)]) for i in range(burst)))
    return [t for t, _ in results], [e for _, e in results if e]


def _paths(base: str) -> dict[str, list[str]]:
    """Search and article URLs from the database itself: top speakers, words, every article."""
    actors = httpx.get(f"{base}/api/actors", params={"top": 20}).json()["items"]
    found = httpx.get(f"{base}/api/search", params={"limit": 200}).json()["articles"]["items"]
    search = [f"/?q={a['name']}" for a in actors] + ["/?q=said", "/?q=the+talks", "/?type=direct&q=a"]
    return {"search": search, "article": [f"/articles/{a['article_id']}" for a in found]}


def _sequential(base: str, urls: list[str], n: int = 60) -> list[float]:
    """Latency of requests sent one at a time (no queueing), after one warm-up pass."""
    times = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for url in urls:
            client.get(url)
        for i in range(n):
            start = time.perf_counter()
            client.get(urls[i % len(urls)]).raise_for_status()
            times.append(time.perf_counter() - start)
    return times


def _ms(values: list[float], q: float) -> float:
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else 0.0


def main() -> int:
    """Run the load check and print p50/p99 per page kind; return 1 if any request failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help="A knowledge base (default: samples/ ingested).")
    parser.add_argument("--burst", type=int, default=200, help="Concurrent requests per burst (max 500).")
    parser.add_argument("--rounds", type=int, default=3, help="Bursts per page kind (max 10).")
    args = parser.parse_args()
    burst, rounds = min(max(args.burst, 1), 500), min(max(args.rounds, 1), 10)
    db = args.db or _sample_db(DEFAULT_DB)
    port = _free_port()
    server = _start_server(db, port)
    base = f"http://{HOST}:{port}"
    failed = 0
    try:
        paths = _paths(base)
        print(f"server pid {server.pid} on {base} · {os.cpu_count()} CPUs · {burst} concurrent x {rounds} rounds")
        for kind, urls in paths.items():
            alone = _sequential(base, urls)
            print(f"{kind:8s} one at a time: p50 {_ms(alone, 50):.0f} ms over {len(alone)} requests")
            times: list[float] = []
            kind_errors = 0
            for _ in range(rounds):
                start = time.perf_counter()
                took, errors = asyncio.run(_burst(base, urls, burst))
                wall = time.perf_counter() - start
                times += took
                kind_errors += len(errors)
                for error in errors[:5]:
                    print("  error:", error)
                print(f"  {kind:8s} burst of {burst}: {wall:.2f} s wall, {burst / wall:.0f} req/s")
            print(f"{kind:8s} {len(times)} requests over {len(urls)} URLs: p50 {_ms(times, 50):.0f} ms, "
                  f"p99 {_ms(times, 99):.0f} ms, max {1000 * max(times):.0f} ms, errors {kind_errors}")
            failed += kind_errors
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"total errors: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
