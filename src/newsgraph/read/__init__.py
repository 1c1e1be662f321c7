"""Readers: turn files and records into Articles. Only this package knows input formats."""

from newsgraph.read.text import read_text
from newsgraph.read.sources import read_path, iter_articles, Failure

__all__ = ["read_text", "read_path", "iter_articles", "Failure"]
