"""Readers: turn files and records into Articles. Only this package knows input formats."""

from typing import TYPE_CHECKING

from newsgraph.read.decode import decode
from newsgraph.read.failure import Failure
from newsgraph.read.jsonl import article_from_record
from newsgraph.read.sources import iter_articles, read_file, read_path
from newsgraph.read.text import read_text

if TYPE_CHECKING:
    from newsgraph.read.html import read_html

__all__ = ["read_text", "read_html", "read_path", "read_file", "iter_articles", "article_from_record", "decode",
           "Failure"]


def __getattr__(name: str) -> object:
    # read_html pulls in lxml and trafilatura; import it on first use, not with the package.
    if name == "read_html":
        from newsgraph.read.html import read_html

        return read_html
    raise AttributeError(name)
