"""The record of an input that gave no reading (re-exported by :mod:`newsgraph.read.sources`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.errors import Errors
from newsgraph.records import Article


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that gave no reading, and why.

    Attributes:
        name: The input: a path, ``path:line`` for a JSONL record, or a WARC record label.
        reason: The message, naming the input and the problem.
        stage: Where it failed: ``"read"`` (the input could not be read into an article), ``"parse"``
            (spaCy could not parse the text), or the stage running when the time limit ended it.
        error: The type of the error: ``"ReadError"`` for a coded read error, else the exception's type.
        id: The article id, when the input got as far as having one.
    """

    name: str
    reason: str
    stage: str = "read"
    error: str = "ReadError"
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The failure as one line of a ``--failures`` file: ``{id, input, stage, error, message}``."""
        return {"id": self.id, "input": self.name, "stage": self.stage, "error": self.error, "message": self.reason}


def unexpected(name: str, err: Exception, *, id: str | None = None) -> Failure:
    """The Failure of an input whose reading raised ``err``, an error no reader expected (a bug)."""
    message = " ".join(str(err).split()) or type(err).__name__
    reason = Errors.E017.format(name=name, stage="reading", error=type(err).__name__, message=message)
    return Failure(name, reason, error=type(err).__name__, id=id)


def label(article: Article) -> str:
    """Name an article in messages: ``path#id``, or its id."""
    return f"{article.path}#{article.id}" if article.path else article.id
