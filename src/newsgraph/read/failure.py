"""The record of an input that could not be read (re-exported by :mod:`newsgraph.read.sources`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read, and why.

    Attributes:
        name: The input: a path, ``path:line`` for a JSONL record, or a WARC record label.
        reason: The message, naming the input and the problem.
    """

    name: str
    reason: str
