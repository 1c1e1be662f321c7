"""Character spans taken so far, answering "does this span overlap any of them?" in logarithmic time.

Stages that keep the first of competing mentions or quotes ask this once per candidate; a scan of every
span taken so far made long articles cost quadratic time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Occupied:
    """A union of half-open character spans ``[start, end)``, kept as sorted disjoint runs.

    ``overlaps(a, b)`` is true exactly when some added span ``[s, e)`` has ``s < b and a < e`` (so an
    empty query span ``[x, x)`` overlaps a span strictly around ``x``). Empty spans add nothing.
    """

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps an added span."""
        i = bisect.bisect_right(self.ends, start)  # the first run that ends after ``start``
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, merging it with the runs it overlaps (runs that only touch stay apart)."""
        if start >= end:
            return
        lo = bisect.bisect_right(self.ends, start)
        hi = bisect.bisect_left(self.starts, end)
        if lo < hi:
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


class Owned:
    """Disjoint character spans, each held by an owner: which owners hold spans overlapping a span?

    The caller keeps the spans of different owners disjoint (an owner is added only when none of its spans
    overlaps another owner's, after dropping the owners it replaces); an owner's own spans may overlap
    each other and are merged. ``over(a, b)`` then answers in logarithmic time plus the owners found.
    """

    __slots__ = ("starts", "ends", "owners")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.owners: list[int] = []

    def over(self, start: int, end: int) -> set[int]:
        """The owners with a span ``[s, e)`` such that ``s < end and start < e``."""
        found: set[int] = set()
        i = bisect.bisect_right(self.ends, start)
        while i < len(self.starts) and self.starts[i] < end:
            found.add(self.owners[i])
            i += 1
        return found

    def add(self, owner: int, spans: Iterable[tuple[int, int]]) -> None:
        """Give ``owner`` its spans (disjoint from every other owner's)."""
        own = Occupied(spans)
        for start, end in zip(own.starts, own.ends, strict=True):
            i = bisect.bisect_left(self.starts, start)
            self.starts.insert(i, start)
            self.ends.insert(i, end)
            self.owners.insert(i, owner)

    def drop(self, owners: set[int]) -> None:
        """Remove every span of ``owners``."""
        keep = [i for i, o in enumerate(self.owners) if o not in owners]
        self.starts = [self.starts[i] for i in keep]
        self.ends = [self.ends[i] for i in keep]
        self.owners = [self.owners[i] for i in keep]
