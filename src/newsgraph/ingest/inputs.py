"""Expand the PATH arguments of ``newsgraph ingest`` (files, folders, globs) and count articles."""

from __future__ import annotations

import glob
import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.read.sources import MAX_BYTES

_GLOB_CHARS = frozenset("*?[")


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Return the files and folders named by ``paths`` (globs expanded, sorted) and the unmatched ones."""
    found: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.exists():
            found.append(p)
        elif _GLOB_CHARS & set(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            found.extend(Path(m) for m in matches)
            if not matches:
                missing.append(str(raw))
        else:
            missing.append(str(raw))
    return list(dict.fromkeys(found)), missing


def files(paths: Iterable[Path], *, exclude: Iterable[Path] = ()) -> Iterator[Path]:
    """Yield the files under ``paths`` (folders recursively, sorted), each file once, none of ``exclude``."""
    seen: set[Path] = {p.resolve() for p in exclude}
    for p in paths:
        children = sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")) if p.is_dir() \
            else [p]
        for child in children:
            key = child.resolve()
            if key not in seen:
                seen.add(key)
                yield child


def _count_lines(p: Path, name: str) -> int:
    try:
        if name.endswith(".gz"):
            with gzip.open(p, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        with p.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except (OSError, EOFError):
        return 1


def estimate(paths: Iterable[Path]) -> int | None:
    """Count the articles under ``paths`` cheaply (JSONL lines, one per other file); None if unknown."""
    total = 0
    for p in files(paths):
        name = p.name.lower()
        if name.endswith((".warc", ".warc.gz")):
            return None
        if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")) and p.stat().st_size <= 50 * MAX_BYTES:
            total += _count_lines(p, name)
        else:
            total += 1
    return total
