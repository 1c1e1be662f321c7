"""What a live source hands the ingest: an input plus the crawl-state rows that record it as done.

Files need no more than Articles and Failures: a file read again is skipped by its content hash. A
fetched page must also leave its URL's state (validators, retry schedule), and that state must be
written in the same transaction as the page's article, or a kill between the two would lose the
article or fetch it twice. :class:`Tracked` carries both; :data:`FLUSH` asks the ingest to send the
articles it holds to the workers now (the crawler is about to wait for a host).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsgraph.read.failure import Failure
from newsgraph.records import Article
from newsgraph.store.rows import Row


@dataclass(frozen=True, slots=True)
class Tracked:
    """An input (or none) and keyed rows to upsert with it (``{"fetches": [...], "sources": [...]}``).

    With an Article, the rows are written in the transaction that stores the article (or at once when the
    article is already stored). With a Failure or no item, they are written at once.
    """

    item: Article | Failure | None
    upserts: Mapping[str, Sequence[Row]] = field(default_factory=dict)
    stage: str = "fetch"  # of a Failure: fetch (no usable response) or read (a page with no article)


class _Flush:
    def __repr__(self) -> str:
        return "FLUSH"


FLUSH = _Flush()
