"""newsgraph: who said what, who did what to whom, where, when and how many, from raw news.

The stable public API: :func:`process_article`, :class:`Pipeline`, the readers and the records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsgraph.records import Reading

__all__ = ["__version__", "process_article", "Pipeline", "read_text", "to_dict", "open"]


def process_article(text: str, *, html: bool = False, model: str | None = None) -> Reading:
    """Read one article given as plain text (or HTML with ``html=True``) into a Reading."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.read.html import read_html
    from newsgraph.read.text import read_text

    article = read_html(text) if html else read_text(text)
    pipe = Pipeline(model=model) if model else Pipeline()
    return pipe.run(article)


def __getattr__(name: str) -> Any:
    # Lazy re-exports: importing newsgraph stays cheap (no spaCy, no DuckDB at import time).
    if name == "Pipeline":
        from newsgraph.pipeline import Pipeline

        return Pipeline
    if name == "read_text":
        from newsgraph.read.text import read_text

        return read_text
    if name == "to_dict":
        from newsgraph.reading import to_dict

        return to_dict
    if name == "open":
        from newsgraph.store.api import open_store  # type: ignore[import-not-found,unused-ignore]

        return open_store
    raise AttributeError(name)
