"""Name and order Spark's input files exactly as the local ingest names and orders them.

Spark lists files as URIs (``file:/abs/samples/a.txt``, ``s3a://bucket/x.jsonl``). The local ingest
names a file by the argument it was found under joined with its path below that argument
(``samples/a.txt``) and reads arguments in order, each folder in sorted path order. Using the same
rule here makes the rows of both runs identical (``articles.source_path``, failure names, which of
two articles with one id is kept).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True, slots=True)
class InputRoot:
    """One input argument: what the user typed and the URI prefix Spark lists its files under."""

    index: int
    given: str
    uri: str


def roots(paths: list[str]) -> list[InputRoot]:
    """Return the input roots of ``paths`` (local paths become ``file:`` URIs, as Spark lists them)."""
    out = []
    for n, path in enumerate(paths):
        if "://" in path or path.startswith("file:"):
            out.append(InputRoot(n, path.rstrip("/"), path.rstrip("/")))
        else:
            out.append(InputRoot(n, str(PurePosixPath(path)), "file:" + os.path.abspath(path)))
    return out


def local_name(root: InputRoot, uri: str) -> str:
    """Return the name the local ingest gives the file ``uri`` found under ``root``."""
    for prefix in (root.uri, root.uri.replace("file:", "file://", 1)):
        if uri == prefix:
            return root.given
        if uri.startswith(prefix + "/"):
            return root.given + uri[len(prefix):]
    return uri


def order_key(root: InputRoot, uri: str) -> tuple[int, tuple[str, ...]]:
    """Sort key of a file: its argument's position, then its path parts (``sorted(Path.rglob())``)."""
    return (root.index, PurePosixPath(local_name(root, uri)).parts)
