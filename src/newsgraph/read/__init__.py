"""Readers: turn files and records into Articles. Only this package knows input formats."""

from newsgraph.read.sources import Failure, iter_articles, read_path
from newsgraph.read.text import read_text

__all__ = ["read_text", "read_path", "iter_articles", "Failure"]
