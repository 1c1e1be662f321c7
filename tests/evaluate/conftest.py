"""The project's scorers, imported from ../shared/eval for agreement tests (skipped when absent)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="session")
def project_scorer(shared: Path) -> Callable[[str], ModuleType]:
    """``project_scorer("score_figures")``: the scorer module ../shared/eval/score_figures.py."""
    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, shared / "eval" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load
