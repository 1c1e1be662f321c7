"""Helpers for ingest tests: invented articles (people, places and events made up) and table dumps."""

from __future__ import annotations

from pathlib import Path

FIRST = ["Ivan", "Maria", "Tomas", "Anna", "Kofi", "Lena", "Omar", "Sara", "Piet", "Yuki"]
LAST = ["Petrov", "Lopez", "Berg", "Novak", "Mensah", "Holm", "Haddad", "Reyes", "Smit", "Mori"]
PLACE = ["Freedonia", "Sylvania", "Grand Fenwick", "Latveria", "Genovia"]
TOPIC = ["the grain deal", "fuel prices", "the border talks", "a new dam", "the teachers' strike",
         "rail fares", "fishing rights", "the census", "water rationing", "the stadium plan"]
VERB = ["said", "told reporters", "warned", "insisted", "added"]


def article_text(n: int) -> str:
    """Return invented article ``n``: a headline and three short paragraphs, different for each n."""
    who = f"{FIRST[n % 10]} {LAST[(n // 10) % 10]}"
    place, topic, verb = PLACE[n % 5], TOPIC[(n * 3) % 10], VERB[n % 5]
    return (f"World\nRow over {topic} in {place} enters day {n + 2}\n"
            f"{who}, a minister from {place}, {verb} on day {n + 2} that {topic} would not be delayed again.\n"
            f"\"We have waited {n + 3} weeks for an answer on {topic},\" Mr {LAST[(n // 10) % 10]} said. "
            f"\"Nobody in {place} can wait any longer.\"\n"
            f"About {(n + 1) * 17} people protested outside parliament on the {n + 1}th evening, police said.\n")


def table_rows(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (sorted), to compare two databases."""
    from newsgraph.store import schema
    from newsgraph.store.duckdb import Database

    with Database(db_path, read_only=True) as db:
        con = db.cursor()
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in schema.columns()}


# Tasks for SupervisedPool tests (module level: a spawned worker imports them by name).
def pool_init() -> None:
    """A worker initialiser that loads nothing."""


def pool_square(n: int) -> int:
    """Answer at once."""
    return n * n


def pool_hang(seconds: float) -> int:
    """Send one beat, then hang (as a worker stuck in C code would) for ``seconds``."""
    import time

    from newsgraph.ingest.pool import beat

    beat(1)
    time.sleep(seconds)
    return 0


def pool_die(code: int) -> int:
    """Exit at once, as a worker killed by a crash in C code would."""
    import os

    os._exit(code)
