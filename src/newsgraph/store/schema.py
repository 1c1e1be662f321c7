"""The DDL (schema.sql), its version, and the column list of every table."""

from __future__ import annotations

import functools
import re
from importlib import resources

SCHEMA_VERSION = "1"


@functools.lru_cache(maxsize=1)
def ddl() -> str:
    """Return the text of store/schema.sql."""
    return resources.files("newsgraph.store").joinpath("schema.sql").read_text(encoding="utf-8")


def statements() -> list[str]:
    """Return the DDL as single statements, comments removed."""
    text = re.sub(r"--[^\n]*", "", ddl())
    return [s.strip() for s in text.split(";") if s.strip()]


@functools.lru_cache(maxsize=1)
def columns() -> dict[str, tuple[str, ...]]:
    """Return ``{table: (column, ...)}`` in DDL order, parsed from schema.sql."""
    out: dict[str, tuple[str, ...]] = {}
    for stmt in statements():
        m = re.match(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*)\)$", stmt, re.S)
        if not m:
            continue
        cols = []
        for line in m.group(2).splitlines():
            word = re.match(r"\s*(\w+)\s", line)
            if word and word.group(1).upper() not in ("PRIMARY", "UNIQUE"):
                cols.append(word.group(1))
        out[m.group(1)] = tuple(cols)
    return out
