"""Versioned stage names, e.g. ``"newsgraph.quotes.rules.v1"``.

Each stage registers itself under a versioned name; the name is stored on every record it
produces, so a row in the database always says which code made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.records import Reading

StageFn = Callable[[Doc, Reading], Reading]
# Every built-in stage reads English: an English spaCy model, English cues and lexicons.
ENGLISH: frozenset[str] = frozenset({"en"})


@dataclass(frozen=True, slots=True)
class Stage:
    """A pure function over a Doc and the reading so far, returning the reading with more filled in."""

    name: str
    fn: StageFn
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    languages: frozenset[str] | None = ENGLISH  # the languages it reads; None: any

    def __call__(self, doc: Doc, reading: Reading) -> Reading:
        return self.fn(doc, reading)

    def refuses(self, language: str | None) -> str | None:
        """Say why this stage does not read text in ``language``, or None when it does (or the language is unsure)."""
        if self.languages is None or language is None or language in self.languages:
            return None
        return f"the text is in language {language!r}; this stage reads {', '.join(sorted(self.languages))} only"


_STAGES: dict[str, Stage] = {}


def stage(
    name: str, *, requires: tuple[str, ...] = (), produces: tuple[str, ...] = (),
    languages: frozenset[str] | None = ENGLISH,
) -> Callable[[StageFn], Stage]:
    """Register ``fn`` as the pipeline stage ``name`` (decorator); ``languages`` it reads (None: any)."""

    def wrap(fn: StageFn) -> Stage:
        st = Stage(name, fn, requires, produces, languages)
        _STAGES[name] = st
        return st

    return wrap


def get_stage(name: str) -> Stage:
    """Return the registered stage called ``name``, importing the built-in stages first."""
    import newsgraph.stages  # noqa: F401  (registers the built-ins)

    if name not in _STAGES:
        raise KeyError(f"Unknown stage {name!r}; registered: {', '.join(sorted(_STAGES))}")
    return _STAGES[name]


def registered() -> tuple[str, ...]:
    """Names of every registered stage."""
    import newsgraph.stages  # noqa: F401

    return tuple(sorted(_STAGES))
